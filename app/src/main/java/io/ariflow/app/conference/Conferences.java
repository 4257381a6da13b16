package io.ariflow.app.conference;

import io.ariflow.app.ari.rest.AriRestClient;
import io.ariflow.app.engine.ObjectOwners;
import io.ariflow.app.engine.StandInEvents;
import io.ariflow.flows.conference.room.RoomEnvironment;
import io.ariflow.flows.load.Declarations;
import io.ariflow.flows.port.ConferencePort;
import io.ariflow.flows.port.IdGenerator;
import io.ariflow.flows.port.SupervisionPort;
import io.ariflow.flows.port.Timers;
import io.ariflow.flows.state.TransitionObserver;
import io.ariflow.model.request.bridges.BridgesList;
import io.ariflow.model.request.channels.ChannelsList;
import io.vertx.core.Context;
import io.vertx.core.Future;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Conferences and supervision wired for one engine: the room host and the supervision host on the engine's
 * context, the ports flows reach them by, the operations facade, and the declarations swapped in on reload (open
 * rooms keep the declaration they opened with).
 */
public final class Conferences {
  private static final Logger LOG = LoggerFactory.getLogger(Conferences.class);

  private final ConferenceHost rooms;
  private final SupervisionHost supervision;
  private final ConferenceControl control;
  private final SupervisionControl supervisionControl;
  private final ClickToCalls calls;
  private final AriRestClient rest;
  private final String app;
  private Declarations declarations = Declarations.NONE;

  private Conferences(Context home, ObjectOwners objects, AriRestClient rest, String app, Timers timers,
      IdGenerator ids) {
    this.rest = rest;
    this.app = app;
    AriCommands ari = new AriCommands(rest, app);
    TimersClock clock = new TimersClock(timers);
    RoomEnvironment env = new RoomEnvironment(clock, ids, TransitionObserver.NONE);
    this.rooms = new ConferenceHost(declarations.rooms(), env, ari, objects, new KeyedTimers(timers));
    this.supervision = new SupervisionHost(rest, ari, objects, ids, () -> declarations.supervision(), clock);
    KeyedTimers callTimers = new KeyedTimers(timers);
    this.calls = new ClickToCalls(ids,
        (machine, id) -> new ClickToCallRun(machine, id, ari, objects, callTimers));
    this.control = new ConferenceControl(home, rooms, supervision, calls);
    this.supervisionControl = new SupervisionControl(home, supervision);
  }

  /**
   * Conferences for the engine running on {@code home}, whose objects are routed through {@code objects}.
   *
   * @param rest the ARI REST client
   * @param app the Stasis application dialled participants and snoops enter
   * @param timers the engine's timers (virtual in tests)
   * @param ids id generator for bridges, playbacks, snoops and dialled channels
   */
  public static Conferences create(Context home, ObjectOwners objects, AriRestClient rest, String app, Timers timers,
      IdGenerator ids) {
    return new Conferences(home, objects, rest, app, timers, ids);
  }

  /** Applies the declarations of a new catalog; call on the engine's context. */
  public void replace(Declarations next) {
    declarations = next;
    rooms.replaceCatalog(next.rooms());
  }

  /** The ports the conference and supervise steps use, for every run's {@code RunPorts}. */
  public Map<Class<?>, Object> ports() {
    return Map.of(ConferencePort.class, rooms, SupervisionPort.class, supervision);
  }

  /**
   * After a reconnect (on the engine's context): lists Asterisk's channels and bridges and gives rooms, supervision
   * sessions and click-to-calls the end events they missed, so members who hung up in the gap leave their rooms, a
   * room whose bridge is gone ends, a session whose call ended ends with {@code call-ended}, and a click-to-call
   * whose leg hung up reports it. Only what they held before the listings were asked for is judged.
   */
  public Future<Void> reconnected() {
    LostEnds ends = new LostEnds(rest, new StandInEvents(app, null));
    List<Consumer<AriPicture>> checks = List.of(rooms.recovery(ends), supervision.recovery(ends),
        calls.recovery(ends));
    return rest.send(ChannelsList.of())
        .compose(channels -> rest.send(BridgesList.of()).map(bridges -> AriPicture.of(channels, bridges)))
        .<Void>map(picture -> {
          checks.forEach(check -> check.accept(picture));
          return null;
        })
        .onFailure(f -> LOG.warn("conferences: could not list channels and bridges after a reconnect: {}",
            f.getMessage()));
  }

  /** The engine operations on rooms. */
  public ConferenceControl control() {
    return control;
  }

  /** The engine operations on supervision sessions. */
  public SupervisionControl supervision() {
    return supervisionControl;
  }
}
