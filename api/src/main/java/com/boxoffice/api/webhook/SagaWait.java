package com.boxoffice.api.webhook;

import com.boxoffice.checkout.CheckoutStatus;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.Field;

/**
 * Whether a checkout's saga is past its wait for Stripe's webhooks, as its order row tells. It
 * waits only while the row says {@code AWAITING_PAYMENT} with no authorization recorded. Before
 * that it is in its first workflow task, where Stripe's own answer tells it what the webhook would
 * (the buyer cannot act before that task has answered); after it, it is capturing, confirmed, or
 * undoing whatever the intent has become, read fresh from Stripe. A signal then would only land in
 * the task about to end the saga, whose completion the server would refuse, and the task would run
 * again. An order that has ended (or has no row) is not past its wait by this rule: what becomes of
 * its event is decided by whether a workflow still takes it.
 *
 * <p>The rule is written twice, once for a row in hand and once for the ledger's insert, which
 * settles such an event in the same statement that records it; {@code SagaWaitTest} holds them to
 * the same answers.
 */
final class SagaWait {
  static final Set<String> AUTHORIZED = Set.of("requires_capture", "succeeded");

  static final Set<String> NOT_WAITING =
      Set.of(
          CheckoutStatus.RESERVING.name(),
          CheckoutStatus.CAPTURING.name(),
          CheckoutStatus.CONFIRMING.name(),
          CheckoutStatus.CONFIRMED.name(),
          CheckoutStatus.COMPENSATING.name());

  private SagaWait() {}

  static boolean isPast(String orderStatus, String paymentStatus) {
    if (CheckoutStatus.AWAITING_PAYMENT.name().equals(orderStatus)) {
      return paymentStatus != null && AUTHORIZED.contains(paymentStatus);
    }
    return orderStatus != null && NOT_WAITING.contains(orderStatus);
  }

  static Condition isPast(Field<String> orderStatus, Field<String> paymentStatus) {
    return orderStatus
        .eq(CheckoutStatus.AWAITING_PAYMENT.name())
        .and(paymentStatus.in(AUTHORIZED))
        .or(orderStatus.in(NOT_WAITING));
  }
}
