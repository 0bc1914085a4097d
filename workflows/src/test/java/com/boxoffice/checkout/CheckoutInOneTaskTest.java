package com.boxoffice.checkout;

import static com.boxoffice.checkout.CheckoutFixtures.INTENT_ID;
import static com.boxoffice.checkout.CheckoutFixtures.TICKETS;
import static com.boxoffice.checkout.CheckoutFixtures.WORKFLOW_ID;
import static com.boxoffice.checkout.CheckoutFixtures.intent;
import static com.boxoffice.checkout.CheckoutFixtures.request;
import static com.boxoffice.checkout.CheckoutFixtures.webhook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.boxoffice.checkout.contract.inventory.InventoryActivities;
import com.boxoffice.checkout.contract.inventory.OrderStatusUpdate;
import com.boxoffice.checkout.contract.payment.PaymentActivities;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.failure.ApplicationFailure;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.InOrder;

/**
 * Since {@code checkout-in-one-workflow-task}, a card that needs no 3-D Secure is held, authorized,
 * captured, confirmed and emailed in the workflow task that the API's update-with-start opens, and
 * the API answers with the confirmed order.
 */
class CheckoutInOneTaskTest {
  @RegisterExtension final CheckoutHarness harness = new CheckoutHarness();

  @Test
  void answersTheStartingUpdateWithTheConfirmedOrderAndItsTickets() {
    CheckoutState answer = harness.start(request());

    assertThat(answer.status()).isEqualTo(CheckoutStatus.CONFIRMED);
    assertThat(answer.tickets()).isEqualTo(TICKETS);
    assertThat(answer.paymentStatus()).isEqualTo("succeeded");
  }

  @Test
  void runsEveryStepOfACardThatNeedsNoThreeDSecureInTheTaskThatStartedIt() {
    harness.start(request());
    harness.result();

    assertThat(eventsOf(EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED)).hasSize(1);
    assertThat(eventsOf(EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED)).isEmpty();
    assertThat(eventsOf(EventType.EVENT_TYPE_TIMER_STARTED)).isEmpty();
    verify(harness.email).sendConfirmation(any());
  }

  @Test
  void writesNoStatusRowBetweenTheHoldAndTheConfirmationWhenTheCardIsAuthorizedAtOnce() {
    harness.start(request());
    harness.result();

    verify(harness.inventory, never()).recordStatus(any());
  }

  @Test
  void answersTheSoldOutFailureFromTheSameTask() {
    doThrow(ApplicationFailure.newNonRetryableFailure("short", InventoryActivities.SOLD_OUT))
        .when(harness.inventory)
        .holdSeats(any());

    harness.startWithoutWaiting(request());

    assertThat(harness.result().status()).isEqualTo(CheckoutStatus.SOLD_OUT);
    assertThat(eventsOf(EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED)).hasSize(1);
  }

  @Test
  void voidsAndReleasesADeclinedCardInTheSameTask() {
    when(harness.payments.authorize(any()))
        .thenThrow(
            ApplicationFailure.newNonRetryableFailure(
                "Your card was declined.", PaymentActivities.CARD_DECLINED, INTENT_ID, "declined"));

    harness.startWithoutWaiting(request());

    assertThat(harness.result().status()).isEqualTo(CheckoutStatus.PAYMENT_FAILED);
    assertThat(eventsOf(EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED)).hasSize(1);
    verify(harness.payments).undo(any());
  }

  @Test
  void tellsTheDatabaseItNoLongerWaitsBeforeCapturingWhatTheBuyerAuthorized() {
    when(harness.payments.authorize(any())).thenReturn(intent("requires_action"));
    harness.start(request());

    harness
        .checkout()
        .paymentUpdated(
            webhook("evt_1", "payment_intent.amount_capturable_updated", "requires_capture"));
    harness.result();

    InOrder order = inOrder(harness.inventory, harness.payments);
    order.verify(harness.inventory).recordStatus(status("AWAITING_PAYMENT"));
    order.verify(harness.inventory).recordStatus(status("CAPTURING"));
    order.verify(harness.payments).capture(any());
  }

  @Test
  void tellsTheDatabaseItNoLongerWaitsBeforeVoidingWhatTheBuyerFailedToPay() {
    when(harness.payments.authorize(any())).thenReturn(intent("requires_action"));
    harness.start(request());

    harness
        .checkout()
        .paymentUpdated(
            new PaymentUpdate(
                "evt_1",
                "payment_intent.payment_failed",
                INTENT_ID,
                "requires_payment_method",
                "payment_intent_authentication_failure",
                "3-D Secure failed"));
    harness.result();

    InOrder order = inOrder(harness.inventory, harness.payments);
    order.verify(harness.inventory).recordStatus(status("COMPENSATING"));
    order.verify(harness.payments).undo(any());
  }

  private static OrderStatusUpdate status(String status) {
    return argThat(update -> update != null && status.equals(update.status()));
  }

  private List<HistoryEvent> eventsOf(EventType type) {
    return harness.client.fetchHistory(WORKFLOW_ID).getEvents().stream()
        .filter(event -> event.getEventType() == type)
        .toList();
  }
}
