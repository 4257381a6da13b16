package io.ariflow.flows.queue.strategy;

import java.util.Comparator;

/** The standard order of waiting callers, as app_queue inserts them: higher priority first, then first come. */
public final class CallerOrder {

  /** Higher effective priority first; equal priorities by arrival. */
  public static final Comparator<CallerView> PRIORITY_THEN_ARRIVAL =
      Comparator.comparingInt(CallerView::priority).reversed().thenComparingLong(CallerView::arrival);

  private CallerOrder() {
  }
}
