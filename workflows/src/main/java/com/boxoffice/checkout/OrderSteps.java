package com.boxoffice.checkout;

import com.boxoffice.checkout.contract.email.ConfirmationEmail;
import com.boxoffice.checkout.contract.inventory.ConfirmOrderRequest;
import com.boxoffice.checkout.contract.inventory.HoldSeatsRequest;
import com.boxoffice.checkout.contract.inventory.InventoryActivities;
import com.boxoffice.checkout.contract.inventory.OrderStatusUpdate;
import com.boxoffice.checkout.contract.inventory.ReleaseSeatsRequest;
import com.boxoffice.checkout.contract.inventory.SeatHold;
import com.boxoffice.checkout.contract.inventory.Ticket;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.CanceledFailure;
import io.temporal.workflow.Workflow;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;

/** The saga's steps on seats and orders: hold, release, confirm, and the confirmation email. */
final class OrderSteps {
  private static final Logger log = Workflow.getLogger(OrderSteps.class);
  private static final Set<String> REFUSED_HOLDS =
      Set.of(InventoryActivities.SOLD_OUT, InventoryActivities.UNKNOWN_TICKET_TYPE);

  private final SagaActivities activities;
  private final Checkout checkout;
  private final StatusRecorder recorder;

  OrderSteps(SagaActivities activities, Checkout checkout, StatusRecorder recorder) {
    this.activities = activities;
    this.checkout = checkout;
    this.recorder = recorder;
  }

  SeatHold holdSeats(CheckoutRequest request) {
    Instant holdUntil = Instant.ofEpochMilli(Workflow.currentTimeMillis()).plus(request.holdTtl());
    String seats = OperatorView.seats(request.items()) + " for " + request.eventId();
    checkout.currently("Holding " + seats + "; the API waits for the answer.");
    HoldSeatsRequest hold =
        new HoldSeatsRequest(
            request.checkoutId(),
            request.eventId(),
            request.items(),
            request.customer().email(),
            request.customer().name(),
            holdUntil);
    try {
      SeatHold held = activities.call(SagaActivities.HOLD, "Hold " + seats, i -> i.holdSeats(hold));
      checkout.held(held.amount(), holdUntil);
      return held;
    } catch (ActivityFailure failure) {
      if (failure.getCause() instanceof CanceledFailure) {
        throw failure;
      }
      if (failure.getCause() instanceof ApplicationFailure refusal
          && REFUSED_HOLDS.contains(refusal.getType())) {
        throw soldOut(refusal);
      }
      throw new CheckoutFailed(
          CheckoutStatus.CANCELLED,
          CheckoutFailure.RESERVATION_FAILED,
          "The seats could not be held; please try again",
          failure);
    }
  }

  List<Ticket> confirmOrder() {
    checkout.moveTo(CheckoutStatus.CONFIRMING);
    checkout.currently(
        "Confirming the order: selling the held seats and issuing the tickets, retried until the"
            + " database answers. The payment is refunded if the hold has lapsed.");
    ConfirmOrderRequest order =
        new ConfirmOrderRequest(
            checkout.checkoutId(), checkout.paymentIntentId(), checkout.paymentStatus());
    try {
      return activities
          .call(
              SagaActivities.INVENTORY,
              "Confirm order " + checkout.checkoutId() + " and issue its tickets",
              i -> i.confirmOrder(order))
          .tickets();
    } catch (ActivityFailure failure) {
      // Confirmation is retried until it succeeds unless the hold lapsed: then the seats may have
      // gone to someone else, and the money must go back.
      throw new CheckoutFailed(
          CheckoutStatus.EXPIRED,
          CheckoutFailure.EXPIRED,
          "The seats' hold lapsed before the order could be confirmed; the payment is refunded",
          failure);
    }
  }

  void sendConfirmation(CheckoutRequest request, SeatHold hold, List<Ticket> tickets) {
    String buyer = request.customer().email();
    checkout.currently(
        "**CONFIRMED**. Emailing the tickets to "
            + buyer
            + ", retried for up to "
            + SagaActivities.EMAIL_WINDOW.toHours()
            + " hours.");
    ConfirmationEmail email =
        new ConfirmationEmail(
            request.checkoutId(),
            request.customer().email(),
            request.customer().name(),
            hold.eventName(),
            hold.amount(),
            tickets);
    try {
      activities.call(
          SagaActivities.EMAIL,
          "Email " + tickets.size() + " tickets to " + buyer,
          mail -> mail.sendConfirmation(email));
    } catch (ActivityFailure failure) {
      // The buyer has paid and has tickets: a lost email is an operator's job, never a refund.
      log.error("Confirmation email for {} could not be sent", request.checkoutId(), failure);
      checkout.needsAttention(true);
      recorder.needsAttention(request.checkoutId(), true);
      checkout.currently(
          "**CONFIRMED**, but the tickets could not be emailed to "
              + buyer
              + ": send them by hand.");
      return;
    }
    checkout.currently("**CONFIRMED**: " + tickets.size() + " tickets emailed to " + buyer + ".");
  }

  /** The compensation of {@link #holdSeats}: gives the seats back and records how it ended. */
  void releaseSeats() {
    OrderStatusUpdate finalStatus = checkout.finalRecord();
    activities.run(
        SagaActivities.COMPENSATING_INVENTORY,
        "Release the seats of order " + checkout.checkoutId(),
        i -> i.releaseSeats(new ReleaseSeatsRequest(finalStatus)));
  }

  private static CheckoutFailed soldOut(ApplicationFailure refusal) {
    return InventoryActivities.SOLD_OUT.equals(refusal.getType())
        ? CheckoutFailed.refused(
            CheckoutStatus.SOLD_OUT,
            CheckoutFailure.SOLD_OUT,
            "Not enough seats are left for this order")
        : CheckoutFailed.refused(
            CheckoutStatus.SOLD_OUT,
            CheckoutFailure.UNKNOWN_TICKET_TYPE,
            "The event or one of its ticket types does not exist");
  }
}
