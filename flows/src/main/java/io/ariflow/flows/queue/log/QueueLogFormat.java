package io.ariflow.flows.queue.log;

import java.util.ArrayList;
import java.util.List;

/**
 * Formats records exactly as Asterisk's logger writes queue_log:
 * {@code epoch|callid|queuename|agent|event|data1|data2|...}, the epoch in whole seconds, and a trailing
 * empty field for events without data ({@code 1366720340|NONE|NONE|NONE|QUEUESTART|}). A {@code |} inside
 * a value would shift every later column for the tools that read the file, so it is written as {@code _}.
 */
public final class QueueLogFormat {

  private QueueLogFormat() {
  }

  /** The line for {@code record}, without the newline. */
  public static String line(QueueLogRecord record) {
    List<String> fields = new ArrayList<>();
    fields.add(Long.toString(record.at().getEpochSecond()));
    fields.add(record.callId());
    fields.add(record.queue());
    fields.add(record.agent());
    fields.add(record.event().keyword());
    fields.addAll(record.event().data());
    return String.join("|", fields.stream().map(QueueLogFormat::clean).toList());
  }

  private static String clean(String value) {
    return value.replace('|', '_').replace('\n', ' ').replace('\r', ' ');
  }
}
