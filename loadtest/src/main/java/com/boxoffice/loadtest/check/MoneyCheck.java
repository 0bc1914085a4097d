package com.boxoffice.loadtest.check;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The money promises, read from Stripe's side: every captured payment belongs to a {@code
 * CONFIRMED} order or was refunded in full, nothing was captured twice, no checkout was charged by
 * two intents, every confirmed order was paid, and no authorization outlives its order.
 */
final class MoneyCheck implements Check {
  @Override
  public Finding check(Snapshot snapshot) {
    Finding finding = new Finding("payments");
    Map<String, Snapshot.Order> orders = snapshot.ordersById();
    Map<String, Long> byStatus = new TreeMap<>();
    Map<String, Integer> chargesPerCheckout = new HashMap<>();
    Map<String, Long> receivedPerCheckout = new HashMap<>();
    for (Snapshot.Intent intent : snapshot.intents()) {
      byStatus.merge(intent.status(), 1L, Long::sum);
      Snapshot.Order order = orders.get(intent.checkoutId());
      long kept = intent.amountReceived() - intent.amountRefunded();
      if (intent.captured()) {
        finding.count("captured intents", 1);
        receivedPerCheckout.merge(intent.checkoutId(), kept, Long::sum);
      }
      if (intent.amountRefunded() > 0) {
        finding.count("refunded intents", 1);
      }
      if (kept > 0) {
        chargesPerCheckout.merge(intent.checkoutId(), 1, Integer::sum);
        // An order still capturing or confirming is in flight; the settlement check times it.
        if (order == null || (order.terminal() && !order.confirmed())) {
          finding.violation(
              intent.id() + " keeps " + kept + " from " + describe(intent.checkoutId(), order));
        }
      }
      if (intent.captureCount() > 1) {
        finding.count("intents captured more than once", 1);
        finding.violation(intent.id() + " was captured " + intent.captureCount() + " times");
      }
      if (intent.amountCapturable() > 0 && (order == null || order.terminal())) {
        finding.count("authorizations left hanging", 1);
        finding.violation(
            intent.id()
                + " still authorizes "
                + intent.amountCapturable()
                + " for "
                + describe(intent.checkoutId(), order));
      }
    }
    byStatus.forEach((status, count) -> finding.count("intents " + status, count));
    chargesPerCheckout.forEach((checkoutId, charges) -> {
      if (charges > 1) {
        finding.violation(checkoutId + " is charged by " + charges + " intents");
      }
    });
    for (Snapshot.Order order : snapshot.orders()) {
      long received = receivedPerCheckout.getOrDefault(order.checkoutId(), 0L);
      if (order.confirmed() && received != order.amount()) {
        finding.violation(
            order.checkoutId() + " is CONFIRMED for " + order.amount() + " but paid " + received);
      }
    }
    return finding;
  }

  private static String describe(String checkoutId, Snapshot.Order order) {
    return order == null
        ? "checkout " + checkoutId + " (no such order)"
        : order.status() + " order " + checkoutId;
  }
}
