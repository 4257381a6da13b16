package io.ariflow.sim;

import io.ariflow.sim.dialplan.Dialplan;
import io.ariflow.sim.sounds.SoundCatalog;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything the simulator can be configured with. Defaults ({@link #defaults()}) mirror a stock Asterisk
 * 22.10.1 on {@code 127.0.0.1:8088} with ARI user {@code asterisk}/{@code asterisk}, the trace dialplan
 * whose Stasis() hands calls to app {@code ariflow}, one PJSIP endpoint {@code sipp}, the bundled English
 * prompts and a virtual clock starting at 2026-11-22T10:00:00Z.
 *
 * @param host interface to bind
 * @param port TCP port; 0 picks a free one (read it back with {@link AriSimulator#port()})
 * @param user ARI user accepted by Basic auth and {@code api_key=user:password}
 * @param password ARI password
 * @param clockMode VIRTUAL (tests advance time) or REAL (Vert.x timers)
 * @param startTime where the virtual clock starts (ignored by the real clock)
 * @param sounds prompt catalog: ids and durations
 * @param dialplan contexts for Local channels, originate and inbound calls
 * @param asteriskVersion reported by /asterisk/info
 * @param entityId the {@code asterisk_id} of every event
 * @param stasisApp the app that {@code ${APP}} in the dialplan (e.g. [from-test]) stands for
 * @param endpoints PJSIP endpoints that exist (offline until registered through the control API)
 * @param channelVars variables echoed in every Channel's {@code channelvars} (ari.conf); empty = none
 * @param seed seed of the generator of playback/bridge UUIDs, so runs are reproducible
 */
public record SimOptions(
    String host,
    int port,
    String user,
    String password,
    ClockMode clockMode,
    Instant startTime,
    SoundCatalog sounds,
    Dialplan dialplan,
    String asteriskVersion,
    String entityId,
    String stasisApp,
    List<String> endpoints,
    List<String> channelVars,
    long seed) {

  public SimOptions {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(clockMode, "clockMode");
    Objects.requireNonNull(startTime, "startTime");
    Objects.requireNonNull(sounds, "sounds");
    Objects.requireNonNull(dialplan, "dialplan");
    endpoints = List.copyOf(endpoints);
    channelVars = List.copyOf(channelVars);
  }

  public static SimOptions defaults() {
    return new SimOptions("127.0.0.1", 8088, "asterisk", "asterisk", ClockMode.VIRTUAL,
        Instant.parse("2026-11-22T10:00:00Z"), SoundCatalog.bundled(), Dialplan.defaults(), "22.10.1",
        "02:fc:00:00:00:01", "ariflow", List.of("sipp"), List.of(), 42L);
  }

  /** Defaults with an ephemeral port: what most tests want. */
  public static SimOptions forTests() {
    return defaults().withPort(0);
  }

  public SimOptions withHost(String v) { return toBuilder().host(v).build(); }
  public SimOptions withPort(int v) { return toBuilder().port(v).build(); }
  public SimOptions withCredentials(String u, String p) { return toBuilder().user(u).password(p).build(); }
  public SimOptions withClockMode(ClockMode v) { return toBuilder().clockMode(v).build(); }
  public SimOptions withStartTime(Instant v) { return toBuilder().startTime(v).build(); }
  public SimOptions withSounds(SoundCatalog v) { return toBuilder().sounds(v).build(); }
  public SimOptions withDialplan(Dialplan v) { return toBuilder().dialplan(v).build(); }
  public SimOptions withStasisApp(String v) { return toBuilder().stasisApp(v).build(); }
  public SimOptions withEndpoints(List<String> v) { return toBuilder().endpoints(v).build(); }
  public SimOptions withChannelVars(List<String> v) { return toBuilder().channelVars(v).build(); }

  /** Adds far ends on top of the current dialplan. */
  public SimOptions withFarEnds(Dialplan extra) { return withDialplan(dialplan.with(extra)); }

  /** Adds prompts from a {@code name<TAB>duration_ms} file. */
  public SimOptions withSoundsTsv(Path tsv, String language) {
    return withSounds(sounds.with(SoundCatalog.readTsv(tsv, language)));
  }

  /** Adds prompts from a directory of sound files. */
  public SimOptions withSoundsDirectory(Path dir, String language) {
    return withSounds(sounds.with(SoundCatalog.scanDirectory(dir, language)));
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  public static Builder builder() {
    return defaults().toBuilder();
  }

  /** Mutable builder starting from given options. */
  public static final class Builder {
    private String host; private int port; private String user; private String password;
    private ClockMode clockMode; private Instant startTime; private SoundCatalog sounds; private Dialplan dialplan;
    private String asteriskVersion; private String entityId; private String stasisApp;
    private List<String> endpoints; private List<String> channelVars; private long seed;

    private Builder(SimOptions o) {
      host = o.host; port = o.port; user = o.user; password = o.password; clockMode = o.clockMode;
      startTime = o.startTime; sounds = o.sounds; dialplan = o.dialplan; asteriskVersion = o.asteriskVersion;
      entityId = o.entityId; stasisApp = o.stasisApp; endpoints = o.endpoints; channelVars = o.channelVars;
      seed = o.seed;
    }

    public Builder host(String v) { host = v; return this; }
    public Builder port(int v) { port = v; return this; }
    public Builder user(String v) { user = v; return this; }
    public Builder password(String v) { password = v; return this; }
    public Builder clockMode(ClockMode v) { clockMode = v; return this; }
    public Builder startTime(Instant v) { startTime = v; return this; }
    public Builder sounds(SoundCatalog v) { sounds = v; return this; }
    public Builder dialplan(Dialplan v) { dialplan = v; return this; }
    public Builder asteriskVersion(String v) { asteriskVersion = v; return this; }
    public Builder entityId(String v) { entityId = v; return this; }
    public Builder stasisApp(String v) { stasisApp = v; return this; }
    public Builder endpoints(List<String> v) { endpoints = v; return this; }
    public Builder channelVars(List<String> v) { channelVars = v; return this; }
    public Builder seed(long v) { seed = v; return this; }

    public SimOptions build() {
      return new SimOptions(host, port, user, password, clockMode, startTime, sounds, dialplan,
          asteriskVersion, entityId, stasisApp, endpoints, channelVars, seed);
    }
  }
}
