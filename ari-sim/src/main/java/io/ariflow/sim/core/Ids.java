package io.ariflow.sim.core;

import java.time.Instant;
import java.util.Random;
import java.util.UUID;

/**
 * Identifier generators of one Asterisk process: channel uniqueids {@code <epoch>.<n>} with one global
 * counter, channel-name sequences (Local, Announcer and Recorder share one; PJSIP and Snoop have their
 * own) and UUIDs from a seeded generator. A restart starts a fresh instance, so ids restart like Asterisk's.
 */
public final class Ids {

  private final Random random;
  private long uniqueCounter;
  private int unrealSeq;
  private int pjsipSeq;
  private int snoopSeq;

  public Ids(long seed) {
    this.random = new Random(seed);
  }

  public String uniqueId(Instant now) {
    return now.getEpochSecond() + "." + uniqueCounter++;
  }

  public String nextUnrealSuffix() {
    return hex(unrealSeq++);
  }

  public String nextPjsipSuffix() {
    return hex(pjsipSeq++);
  }

  public String nextSnoopSuffix() {
    return hex(snoopSeq++);
  }

  public String uuid() {
    long msb = (random.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
    long lsb = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
    return new UUID(msb, lsb).toString();
  }

  /** A SIP Call-ID like sipp's {@code 1-25004@127.0.0.1}. */
  public String sipCallId() {
    return "1-" + (20000 + random.nextInt(10000)) + "@127.0.0.1";
  }

  private static String hex(int n) {
    return String.format("%08x", n);
  }
}
