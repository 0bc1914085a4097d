package com.boxoffice.loadtest.check;

import java.util.HashMap;
import java.util.Map;

/**
 * Exactly one confirmation per confirmed order, despite retries; none for an order that never
 * confirmed. A refunded order was confirmed before, so its one mail is expected, not required.
 */
final class EmailCheck implements Check {
  static final String CONFIRMATION = "CONFIRMATION";

  @Override
  public Finding check(Snapshot snapshot) {
    Finding finding = new Finding("emails");
    Map<String, Integer> confirmations = new HashMap<>();
    for (Snapshot.Mail mail : snapshot.mails()) {
      if (CONFIRMATION.equals(mail.kind())) {
        confirmations.merge(mail.checkoutId(), 1, Integer::sum);
      }
    }
    finding.count("confirmation mails", confirmations.values().stream().mapToLong(n -> n).sum());
    Map<String, Snapshot.Order> orders = snapshot.ordersById();
    for (Snapshot.Order order : snapshot.orders()) {
      int mails = confirmations.getOrDefault(order.checkoutId(), 0);
      if (order.confirmed()) {
        finding.count("confirmed orders", 1);
        finding.count("confirmed orders with exactly one mail", mails == 1 ? 1 : 0);
        if (mails != 1) {
          finding.violation(order.checkoutId() + " is CONFIRMED with " + mails + " mails");
        }
      } else if ("REFUNDED".equals(order.status()) ? mails > 1 : mails > 0) {
        finding.violation(
            order.checkoutId() + " is " + order.status() + " with " + mails + " mails");
      }
    }
    confirmations.keySet().stream()
        .filter(checkoutId -> !orders.containsKey(checkoutId))
        .forEach(checkoutId -> finding.violation("a mail for unknown checkout " + checkoutId));
    return finding;
  }
}
