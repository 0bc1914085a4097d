package com.boxoffice.checkout;

import com.boxoffice.email.ConfirmationEmail;
import com.boxoffice.inventory.ConfirmOrderRequest;
import com.boxoffice.inventory.HoldSeatsRequest;
import com.boxoffice.inventory.InventoryActivities;
import com.boxoffice.inventory.OrderStatusUpdate;
import com.boxoffice.inventory.ReleaseSeatsRequest;
import com.boxoffice.inventory.SeatHold;
import com.boxoffice.inventory.Ticket;
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
  private final Compensations compensations;
  private final StatusRecorder recorder;

  OrderSteps(
      SagaActivities activities,
      Checkout checkout,
      Compensations compensations,
      StatusRecorder recorder) {
    this.activities = activities;
    this.checkout = checkout;
    this.compensations = compensations;
    this.recorder = recorder;
  }

  SeatHold reserveSeats(CheckoutRequest request) {
    Instant holdUntil = Instant.ofEpochMilli(Workflow.currentTimeMillis()).plus(request.holdTtl());
    // Registered first: a hold that timed out on our side may still have committed.
    compensations.add("release seats", this::releaseSeats);
    String seats = OperatorView.seats(request.items()) + " for " + request.eventId();
    checkout.currently("Holding " + seats + "; the API waits for the answer.");
    try {
      SeatHold hold =
          activities
              .holding("Hold " + seats)
              .holdSeats(
                  new HoldSeatsRequest(
                      request.checkoutId(),
                      request.eventId(),
                      request.items(),
                      request.customer().email(),
                      request.customer().name(),
                      holdUntil));
      checkout.held(hold.amount(), holdUntil);
      return hold;
    } catch (ActivityFailure failure) {
      if (failure.getCause() instanceof CanceledFailure) {
        throw failure;
      }
      if (failure.getCause() instanceof ApplicationFailure refusal
          && REFUSED_HOLDS.contains(refusal.getType())) {
        // A refused hold is all or none: nothing was written, so there is nothing to release.
        compensations.clear();
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
    try {
      return activities
          .inventory("Confirm order " + checkout.checkoutId() + " and issue its tickets")
          .confirmOrder(
              new ConfirmOrderRequest(
                  checkout.checkoutId(), checkout.paymentIntentId(), checkout.paymentStatus()))
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
    try {
      activities
          .email("Email " + tickets.size() + " tickets to " + buyer)
          .sendConfirmation(
              new ConfirmationEmail(
                  request.checkoutId(),
                  request.customer().email(),
                  request.customer().name(),
                  hold.eventName(),
                  hold.amount(),
                  tickets));
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

  private void releaseSeats() {
    OrderStatusUpdate finalStatus = checkout.finalRecord();
    activities
        .compensatingInventory("Release the seats of order " + checkout.checkoutId())
        .releaseSeats(new ReleaseSeatsRequest(finalStatus));
  }

  private static CheckoutFailed soldOut(ApplicationFailure refusal) {
    return InventoryActivities.SOLD_OUT.equals(refusal.getType())
        ? new CheckoutFailed(
            CheckoutStatus.SOLD_OUT,
            CheckoutFailure.SOLD_OUT,
            "Not enough seats are left for this order")
        : new CheckoutFailed(
            CheckoutStatus.SOLD_OUT,
            CheckoutFailure.UNKNOWN_TICKET_TYPE,
            "The event or one of its ticket types does not exist");
  }
}
