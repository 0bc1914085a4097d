package com.boxoffice.loadtest.fault;

import java.util.concurrent.atomic.AtomicInteger;

/** How many of a run's buyers have arrived, for disruptions timed at a share of them. */
final class Progress {
  private final int total;
  private final AtomicInteger arrived = new AtomicInteger();

  Progress(int total) {
    this.total = total;
  }

  void arrived() {
    arrived.incrementAndGet();
  }

  /** Returns once {@code share} of the buyers (0 to 1) have arrived. */
  void awaitShare(double share) throws InterruptedException {
    while (arrived.get() < Math.ceil(total * share)) {
      Thread.sleep(50);
    }
  }
}
