package com.boxoffice.api.line;

import java.time.Duration;

/**
 * How fast the checkout line moves: a moving average of how long a start holds its place, which
 * falls at once when the starts turn into quick sold-out answers and rises when the sagas slow.
 */
final class LinePace {
  // Each finished start moves the average a tenth of the way: about the last few dozen count.
  private static final double WEIGHT = 0.1;

  private final int places;
  private double averageNanos;

  LinePace(int places) {
    this.places = places;
  }

  synchronized void started(long heldNanos) {
    averageNanos =
        averageNanos == 0 ? heldNanos : averageNanos + WEIGHT * (heldNanos - averageNanos);
  }

  /** How long a buyer waits who finds {@code ahead} buyers waiting and every place taken. */
  synchronized Duration waitBehind(int ahead) {
    return Duration.ofNanos((long) (averageNanos * (ahead + 1) / places));
  }
}
