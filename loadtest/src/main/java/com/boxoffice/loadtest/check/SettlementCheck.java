package com.boxoffice.loadtest.check;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * No checkout left unsettled: after the drain time every saga must have reached a terminal status.
 * Younger ones are only counted, as a run may be checked while its last buyers are still paying.
 */
final class SettlementCheck implements Check {
  private final Duration drainTime;

  SettlementCheck(Duration drainTime) {
    this.drainTime = drainTime;
  }

  @Override
  public Finding check(Snapshot snapshot) {
    Finding finding = new Finding("orders");
    Instant settledBy = snapshot.takenAt().minus(drainTime);
    Map<String, Long> byStatus = new TreeMap<>();
    for (Snapshot.Order order : snapshot.orders()) {
      byStatus.merge(order.status(), 1L, Long::sum);
      if (order.terminal()) {
        continue;
      }
      if (order.createdAt().isBefore(settledBy)) {
        finding.count("unsettled after the drain time", 1);
        finding.violation(
            order.checkoutId()
                + " is still "
                + order.status()
                + " "
                + Duration.between(order.createdAt(), snapshot.takenAt()).toSeconds()
                + " s after it began (drain time "
                + drainTime.toSeconds()
                + " s)");
      } else {
        finding.count("still running within the drain time", 1);
      }
    }
    finding.count("orders", snapshot.orders().size());
    byStatus.forEach((status, count) -> finding.count("orders " + status, count));
    return finding;
  }
}
