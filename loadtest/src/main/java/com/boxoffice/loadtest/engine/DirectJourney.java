package com.boxoffice.loadtest.engine;

import com.boxoffice.checkout.CheckoutStatus;
import com.boxoffice.checkout.CheckoutWorkflow;
import com.boxoffice.email.ConfirmationEmail;
import com.boxoffice.email.EmailActivities;
import com.boxoffice.inventory.ConfirmOrderRequest;
import com.boxoffice.inventory.HoldSeatsRequest;
import com.boxoffice.inventory.InventoryActivities;
import com.boxoffice.inventory.OrderStatusUpdate;
import com.boxoffice.inventory.SeatHold;
import com.boxoffice.inventory.Ticket;
import com.boxoffice.inventory.TicketLine;
import com.boxoffice.payment.AuthorizeRequest;
import com.boxoffice.payment.CaptureMethod;
import com.boxoffice.payment.CaptureRequest;
import com.boxoffice.payment.PaymentActivities;
import com.boxoffice.payment.PaymentIntentStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The saga's six activities called one after the other in this process, without Temporal: what a
 * checkout costs when nothing makes it durable. The requests are the saga's own, idempotency keys
 * included (derived from the workflow id the checkout would have had), so PostgreSQL, the sandbox
 * and the activity code do the same work as under Temporal.
 */
final class DirectJourney implements Journey {
  /** The benchmark stack's seat hold (bench.holdTtl); only a deadline here, never reached. */
  private static final Duration HOLD = Duration.ofMinutes(2);

  private final InventoryActivities inventory;
  private final PaymentActivities payments;
  private final EmailActivities email;
  private final String eventId;

  DirectJourney(
      InventoryActivities inventory,
      PaymentActivities payments,
      EmailActivities email,
      String eventId) {
    this.inventory = inventory;
    this.payments = payments;
    this.email = email;
    this.eventId = eventId;
  }

  @Override
  public void run(Runnable answered) throws JourneyFailed {
    String checkoutId = "direct_" + UUID.randomUUID();
    String workflowId = CheckoutWorkflow.workflowId(checkoutId);
    String buyer = "buyer-" + UUID.randomUUID() + "@engine.test";
    SeatHold hold =
        inventory.holdSeats(
            new HoldSeatsRequest(
                checkoutId,
                eventId,
                List.of(new TicketLine(EngineEvent.TICKET_TYPE, 1)),
                buyer,
                "Engine Buyer",
                Instant.now().plus(HOLD)));
    PaymentIntentStatus intent =
        payments.authorize(
            new AuthorizeRequest(
                checkoutId,
                workflowId + ":authorize",
                hold.amount(),
                "pm_card_visa",
                CaptureMethod.MANUAL,
                buyer,
                hold.eventName()));
    if (!intent.isAuthorized()) {
      throw new JourneyFailed("authorization " + intent.status(), checkoutId);
    }
    inventory.recordStatus(
        new OrderStatusUpdate(
            checkoutId,
            CheckoutStatus.AWAITING_PAYMENT.name(),
            intent.paymentIntentId(),
            intent.status(),
            null,
            null,
            null));
    answered.run();
    PaymentIntentStatus captured =
        payments.capture(new CaptureRequest(intent.paymentIntentId(), workflowId + ":capture"));
    List<Ticket> tickets =
        inventory
            .confirmOrder(
                new ConfirmOrderRequest(checkoutId, intent.paymentIntentId(), captured.status()))
            .tickets();
    email.sendConfirmation(
        new ConfirmationEmail(
            checkoutId, buyer, "Engine Buyer", hold.eventName(), hold.amount(), tickets));
  }
}
