package io.ariflow.flows.queue.log;

import java.util.List;

/**
 * The queue_log events app_queue writes, one record each, with their data fields in app_queue's order and
 * units (seconds unless a name says ms). Existing call-center reporting tools read these lines, so names
 * and field order must not drift.
 */
public sealed interface QueueLogEvent {

  /** The event keyword, e.g. {@code ENTERQUEUE}. */
  String keyword();

  /** The data fields after the keyword, already formatted. */
  List<String> data();

  /** A caller joined: {@code url|callerid|position}. */
  record EnterQueue(String url, String callerId, int position) implements QueueLogEvent {
    @Override
    public String keyword() {
      return "ENTERQUEUE";
    }

    @Override
    public List<String> data() {
      return List.of(url, callerId, Integer.toString(position));
    }
  }

  /** An agent answered: {@code holdtime|bridgedchanneluniqueid|ringtime}. */
  record Connect(long holdSeconds, String agentChannelId, long ringSeconds) implements QueueLogEvent {
    @Override
    public String keyword() {
      return "CONNECT";
    }

    @Override
    public List<String> data() {
      return List.of(Long.toString(holdSeconds), agentChannelId, Long.toString(ringSeconds));
    }
  }

  /** The caller ended a connected call: {@code holdtime|calltime|origposition}. */
  record CompleteCaller(long holdSeconds, long talkSeconds, int originalPosition) implements QueueLogEvent {
    @Override
    public String keyword() {
      return "COMPLETECALLER";
    }

    @Override
    public List<String> data() {
      return List.of(Long.toString(holdSeconds), Long.toString(talkSeconds), Integer.toString(originalPosition));
    }
  }

  /** The agent ended a connected call: {@code holdtime|calltime|origposition}. */
  record CompleteAgent(long holdSeconds, long talkSeconds, int originalPosition) implements QueueLogEvent {
    @Override
    public String keyword() {
      return "COMPLETEAGENT";
    }

    @Override
    public List<String> data() {
      return List.of(Long.toString(holdSeconds), Long.toString(talkSeconds), Integer.toString(originalPosition));
    }
  }

  /** The caller hung up while waiting: {@code position|origposition|waittime}. */
  record Abandon(int position, int originalPosition, long waitSeconds) implements QueueLogEvent {
    @Override
    public String keyword() {
      return "ABANDON";
    }

    @Override
    public List<String> data() {
      return positions(position, originalPosition, waitSeconds);
    }
  }

  /** The caller waited the maximum time: {@code position|origposition|waittime}. */
  record ExitWithTimeout(int position, int originalPosition, long waitSeconds) implements QueueLogEvent {
    @Override
    public String keyword() {
      return "EXITWITHTIMEOUT";
    }

    @Override
    public List<String> data() {
      return positions(position, originalPosition, waitSeconds);
    }
  }

  /** The caller left with a key: {@code key|position|origposition|waittime}. */
  record ExitWithKey(String key, int position, int originalPosition, long waitSeconds) implements QueueLogEvent {
    @Override
    public String keyword() {
      return "EXITWITHKEY";
    }

    @Override
    public List<String> data() {
      return List.of(key, Integer.toString(position), Integer.toString(originalPosition),
          Long.toString(waitSeconds));
    }
  }

  /** The queue became empty under leave-when-empty: {@code position|origposition|waittime}. */
  record ExitEmpty(int position, int originalPosition, long waitSeconds) implements QueueLogEvent {
    @Override
    public String keyword() {
      return "EXITEMPTY";
    }

    @Override
    public List<String> data() {
      return positions(position, originalPosition, waitSeconds);
    }
  }

  /** An offered agent did not answer: {@code ringtime} in milliseconds. */
  record RingNoAnswer(long ringMillis) implements QueueLogEvent {
    @Override
    public String keyword() {
      return "RINGNOANSWER";
    }

    @Override
    public List<String> data() {
      return List.of(Long.toString(ringMillis));
    }
  }

  /** The caller left while an agent rang: {@code ringtime} in milliseconds. */
  record RingCanceled(long ringMillis) implements QueueLogEvent {
    @Override
    public String keyword() {
      return "RINGCANCELED";
    }

    @Override
    public List<String> data() {
      return List.of(Long.toString(ringMillis));
    }
  }

  /** An agent logged in: {@code channel}. */
  record AgentLogin(String channel) implements QueueLogEvent {
    @Override
    public String keyword() {
      return "AGENTLOGIN";
    }

    @Override
    public List<String> data() {
      return List.of(channel);
    }
  }

  /** An agent logged off: {@code channel|logintime}. */
  record AgentLogoff(String channel, long loggedInSeconds) implements QueueLogEvent {
    @Override
    public String keyword() {
      return "AGENTLOGOFF";
    }

    @Override
    public List<String> data() {
      return List.of(channel, Long.toString(loggedInSeconds));
    }
  }

  /** A member was paused in one queue ({@code PAUSE}) or in all ({@code PAUSEALL}): {@code reason}. */
  record Pause(boolean all, String reason) implements QueueLogEvent {
    @Override
    public String keyword() {
      return all ? "PAUSEALL" : "PAUSE";
    }

    @Override
    public List<String> data() {
      return List.of(reason);
    }
  }

  /** A member was unpaused in one queue ({@code UNPAUSE}) or in all ({@code UNPAUSEALL}): {@code reason}. */
  record Unpause(boolean all, String reason) implements QueueLogEvent {
    @Override
    public String keyword() {
      return all ? "UNPAUSEALL" : "UNPAUSE";
    }

    @Override
    public List<String> data() {
      return List.of(reason);
    }
  }

  /** A member joined a queue at run time: {@code PAUSED} when it joined paused, else empty. */
  record AddMember(boolean paused) implements QueueLogEvent {
    @Override
    public String keyword() {
      return "ADDMEMBER";
    }

    @Override
    public List<String> data() {
      return List.of(paused ? "PAUSED" : "");
    }
  }

  /** A member left a queue at run time (no data). */
  record RemoveMember() implements QueueLogEvent {
    @Override
    public String keyword() {
      return "REMOVEMEMBER";
    }

    @Override
    public List<String> data() {
      return List.of("");
    }
  }

  /** The queueing system started (no data). */
  record QueueStart() implements QueueLogEvent {
    @Override
    public String keyword() {
      return "QUEUESTART";
    }

    @Override
    public List<String> data() {
      return List.of("");
    }
  }

  private static List<String> positions(int position, int originalPosition, long waitSeconds) {
    return List.of(Integer.toString(position), Integer.toString(originalPosition), Long.toString(waitSeconds));
  }
}
