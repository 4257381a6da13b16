package io.ariflow.flows.conference.supervision;

/**
 * The life of a supervision session. CONNECTING and SWITCHING wait for a snoop channel to be ready (the previous
 * mode keeps playing meanwhile, make-before-break); ENDED and REFUSED are final.
 */
public enum SupervisionState {
  REQUESTED, CONNECTING, LISTENING, WHISPERING, BARGING, SWITCHING, ENDED, REFUSED
}
