package io.ariflow.flows.queue.definition;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A queue as declared: name, strategy, members, limits and caller experience. Immutable; the loader builds
 * one per YAML declaration, {@link QueueValidator} checks it, and a {@code QueueEngine} runs it.
 *
 * @param name the queue name (also the queue_log queue column)
 * @param strategy the distribution strategy's registry name ({@code ringall}, {@code rrmemory}, ...)
 * @param members static members, always logged in
 * @param agents dynamic agents allowed to log in to this queue at run time
 * @param limits who may join and how long they may stay
 * @param offers how agents are rung
 * @param announcements what waiting callers hear
 * @param callback whether callers may ask to be called back
 * @param aging how waiting calls gain priority
 * @param penaltyRules how a caller's penalty window widens while they wait, in time order
 * @param weight the queue's priority for agents in several queues (app_queue's {@code weight})
 * @param serviceLevel the answer time within which a call counts for the service level
 * @param musicClass the music-on-hold class callers hear
 * @param exitKeys DTMF keys that let a caller leave the queue (the step routes each to a flow step)
 */
public record QueueDefinition(
    String name, String strategy, List<MemberDefinition> members, List<MemberDefinition> agents,
    QueueLimits limits, OfferPolicy offers, AnnouncementPolicy announcements, CallbackPolicy callback,
    PriorityAging aging, List<PenaltyStep> penaltyRules, int weight, Duration serviceLevel, String musicClass,
    String exitKeys) {

  /** Copies the lists and rejects nulls. */
  public QueueDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(strategy, "strategy");
    members = List.copyOf(members);
    agents = List.copyOf(agents);
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(offers, "offers");
    Objects.requireNonNull(announcements, "announcements");
    Objects.requireNonNull(callback, "callback");
    Objects.requireNonNull(aging, "aging");
    penaltyRules = List.copyOf(penaltyRules);
    Objects.requireNonNull(serviceLevel, "serviceLevel");
    Objects.requireNonNull(musicClass, "musicClass");
    Objects.requireNonNull(exitKeys, "exitKeys");
  }

  /** A builder with app_queue's defaults for everything but the name. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** A builder starting from this definition. */
  public Builder toBuilder() {
    Builder builder = new Builder(name);
    builder.strategy = strategy;
    builder.members.addAll(members);
    builder.agents.addAll(agents);
    builder.limits = limits;
    builder.offers = offers;
    builder.announcements = announcements;
    builder.callback = callback;
    builder.aging = aging;
    builder.penaltyRules.addAll(penaltyRules);
    builder.weight = weight;
    builder.serviceLevel = serviceLevel;
    builder.musicClass = musicClass;
    builder.exitKeys = exitKeys;
    return builder;
  }

  /** The member or agent declared with {@code agentId}. */
  public Optional<MemberDefinition> member(String agentId) {
    return allMembers().stream().filter(m -> m.agentId().equals(agentId)).findFirst();
  }

  /** Static members then dynamic agents, in declaration order. */
  public List<MemberDefinition> allMembers() {
    List<MemberDefinition> all = new ArrayList<>(members);
    all.addAll(agents);
    return all;
  }

  /**
   * Collects a definition; every field starts at app_queue's default (ringall, 15 s ring timeout, 5 s retry,
   * no limits, no announcements) except the service level, which starts at 60 s.
   */
  public static final class Builder {
    private final String name;
    private String strategy = "ringall";
    private final List<MemberDefinition> members = new ArrayList<>();
    private final List<MemberDefinition> agents = new ArrayList<>();
    private QueueLimits limits = QueueLimits.defaults();
    private OfferPolicy offers = OfferPolicy.defaults();
    private AnnouncementPolicy announcements = AnnouncementPolicy.defaults();
    private CallbackPolicy callback = CallbackPolicy.disabled();
    private PriorityAging aging = PriorityAging.none();
    private final List<PenaltyStep> penaltyRules = new ArrayList<>();
    private int weight;
    private Duration serviceLevel = Duration.ofSeconds(60);
    private String musicClass = "default";
    private String exitKeys = "";

    private Builder(String name) {
      this.name = name;
    }

    /** The strategy's registry name. */
    public Builder strategy(String value) {
      this.strategy = value;
      return this;
    }

    /** Adds static members or dynamic agents, by whether each has an endpoint. */
    public Builder member(MemberDefinition... added) {
      for (MemberDefinition member : added) {
        (member.isStatic() ? members : agents).add(member);
      }
      return this;
    }

    /** Who may join and for how long. */
    public Builder limits(QueueLimits value) {
      this.limits = value;
      return this;
    }

    /** How agents are rung. */
    public Builder offers(OfferPolicy value) {
      this.offers = value;
      return this;
    }

    /** What waiting callers hear. */
    public Builder announcements(AnnouncementPolicy value) {
      this.announcements = value;
      return this;
    }

    /** Whether callers may ask for a callback. */
    public Builder callback(CallbackPolicy value) {
      this.callback = value;
      return this;
    }

    /** How waiting calls gain priority. */
    public Builder aging(PriorityAging value) {
      this.aging = value;
      return this;
    }

    /** Adds penalty rule lines. */
    public Builder penaltyRule(PenaltyStep... steps) {
      penaltyRules.addAll(List.of(steps));
      return this;
    }

    /** The queue's weight for agents shared with other queues. */
    public Builder weight(int value) {
      this.weight = value;
      return this;
    }

    /** The service-level threshold. */
    public Builder serviceLevel(Duration value) {
      this.serviceLevel = value;
      return this;
    }

    /** The music-on-hold class. */
    public Builder musicClass(String value) {
      this.musicClass = value;
      return this;
    }

    /** The keys that let a caller leave. */
    public Builder exitKeys(String value) {
      this.exitKeys = value;
      return this;
    }

    /** The immutable definition (not validated: run {@link QueueValidator}). */
    public QueueDefinition build() {
      return new QueueDefinition(name, strategy, members, agents, limits, offers, announcements, callback, aging,
          penaltyRules, weight, serviceLevel, musicClass, exitKeys);
    }
  }
}
