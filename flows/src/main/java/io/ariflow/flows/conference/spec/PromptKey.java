package io.ariflow.flows.conference.spec;

import java.util.Locale;

/**
 * Every prompt a room plays, with the Asterisk core sound ConfBridge uses for it (all present in the English
 * sound list). A declaration may override any of them by key.
 */
public enum PromptKey {
  GET_PIN("conf-getpin"),
  INVALID_PIN("conf-invalidpin"),
  RECORD_NAME("vm-rec-name"),
  LOCKED("conf-locked"),
  FULL("conf-full"),
  ONLY_PERSON("conf-onlyperson"),
  ONLY_ONE("conf-onlyone"),
  THERE_ARE("conf-thereare"),
  OTHER_IN_PARTY("conf-otherinparty"),
  HAS_JOINED("conf-hasjoin"),
  HAS_LEFT("conf-hasleft"),
  JOIN_TONE("confbridge-join"),
  LEAVE_TONE("confbridge-leave"),
  WAIT_FOR_LEADER("conf-waitforleader"),
  CONF_BEGIN("confbridge-conf-begin"),
  LEADER_HAS_LEFT("conf-leaderhasleft"),
  KICKED("conf-kicked"),
  ENDED("confbridge-conf-end"),
  MUTED("conf-muted"),
  UNMUTED("conf-unmuted"),
  PARTICIPANTS_MUTED("conf-now-muted"),
  PARTICIPANTS_UNMUTED("conf-now-unmuted"),
  LOCKED_NOW("conf-lockednow"),
  UNLOCKED_NOW("conf-unlockednow"),
  RECORDING_STARTED("conf-now-recording"),
  RECORDING_STOPPED("beep"),
  DONE("beep"),
  ERROR("conf-errormenu"),
  DIAL_OUT_FAILED("beeperr");

  private final String defaultSound;

  PromptKey(String defaultSound) {
    this.defaultSound = defaultSound;
  }

  /** The core sound played unless the declaration overrides it. */
  public String defaultSound() {
    return defaultSound;
  }

  /** The key as declarations write it, e.g. {@code only-person}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
