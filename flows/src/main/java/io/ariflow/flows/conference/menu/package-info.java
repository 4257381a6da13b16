/** DTMF menu matching for rooms: plain entries and service codes with an argument ended by {@code #}. */
package io.ariflow.flows.conference.menu;
