/**
 * Room declarations as records (ConfBridge's bridge profiles, user profiles per role and DTMF menus, plus service
 * codes) and their validation, which returns problems by room and field for the loader to place in the file.
 */
package io.ariflow.flows.conference.spec;
