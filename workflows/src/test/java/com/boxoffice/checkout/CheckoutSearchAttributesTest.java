package com.boxoffice.checkout;

import static com.boxoffice.checkout.CheckoutFixtures.AMOUNT;
import static com.boxoffice.checkout.CheckoutFixtures.CHECKOUT_ID;
import static com.boxoffice.checkout.CheckoutFixtures.INTENT_ID;
import static com.boxoffice.checkout.CheckoutFixtures.WORKFLOW_ID;
import static com.boxoffice.checkout.CheckoutFixtures.intent;
import static com.boxoffice.checkout.CheckoutFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.when;

import com.boxoffice.checkout.contract.payment.PaymentActivities;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowOptions;
import io.temporal.common.SearchAttributeKey;
import io.temporal.common.SearchAttributes;
import io.temporal.failure.ApplicationFailure;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Operators find checkouts by these attributes, so they must be right at every step. The harness
 * starts checkouts without any: what a test finds, the workflow has set itself.
 */
class CheckoutSearchAttributesTest {
  @RegisterExtension final CheckoutHarness harness = new CheckoutHarness();

  @Test
  void makesTheCheckoutFindableByIdEventAndEmailWhoeverStartedIt() {
    harness.start(request());

    SearchAttributes found = harness.searchAttributes(WORKFLOW_ID);

    assertThat(found.get(CheckoutSearchAttributes.CHECKOUT_ID)).isEqualTo(CHECKOUT_ID);
    assertThat(found.get(CheckoutSearchAttributes.EVENT_ID)).isEqualTo("festival-2026");
    assertThat(found.get(CheckoutSearchAttributes.CUSTOMER_EMAIL)).isEqualTo("ada@example.com");
  }

  @Test
  void showsAwaitingPaymentWithTheIntentAndAmountWhileTheBuyerMustAct() {
    when(harness.payments.authorize(any())).thenReturn(intent("requires_action"));
    harness.start(request());

    SearchAttributes found = harness.searchAttributes(WORKFLOW_ID);

    assertThat(found.get(CheckoutSearchAttributes.STATUS)).isEqualTo("AWAITING_PAYMENT");
    assertThat(found.get(CheckoutSearchAttributes.PAYMENT_INTENT_ID)).isEqualTo(INTENT_ID);
    assertThat(found.get(CheckoutSearchAttributes.AMOUNT)).isEqualTo(AMOUNT.value());
  }

  @Test
  void showsConfirmedOnceTheOrderIsConfirmed() {
    harness.start(request());
    harness.result();

    SearchAttributes found = harness.searchAttributes(WORKFLOW_ID);

    assertThat(found.get(CheckoutSearchAttributes.STATUS)).isEqualTo("CONFIRMED");
    assertThat(found.get(CheckoutSearchAttributes.NEEDS_ATTENTION)).isFalse();
  }

  @Test
  void showsTheFinalStatusAndTheDeclinedIntentOnceCompensationEnds() {
    when(harness.payments.authorize(any()))
        .thenThrow(
            ApplicationFailure.newNonRetryableFailure(
                "Your card was declined.", PaymentActivities.CARD_DECLINED, INTENT_ID, "declined"));
    harness.startWithoutWaiting(request());
    harness.result();

    SearchAttributes found = harness.searchAttributes(WORKFLOW_ID);

    assertThat(found.get(CheckoutSearchAttributes.STATUS)).isEqualTo("PAYMENT_FAILED");
    assertThat(found.get(CheckoutSearchAttributes.PAYMENT_INTENT_ID)).isEqualTo(INTENT_ID);
  }

  @Test
  void setsEveryAttributeInOneUpsertWhenTheCardNeedsNoThreeDSecure() {
    harness.start(request());
    harness.result();

    assertThat(upserted(WORKFLOW_ID))
        .containsExactly(
            Set.of(
                "CheckoutId",
                "CheckoutStatus",
                "EventId",
                "CustomerEmail",
                "NeedsAttention",
                "AmountMinor",
                "PaymentIntentId"));
  }

  @Test
  void upsertsOnceBeforeWaitingForTheBuyerAndOnceAtTheEnd() throws InterruptedException {
    when(harness.payments.authorize(any())).thenReturn(intent("requires_action"));
    harness.start(request(), startedAsTheApiStartsIt());
    assertThat(upserted(WORKFLOW_ID))
        .containsExactly(Set.of("AmountMinor", "PaymentIntentId", "CheckoutStatus"));

    harness
        .checkout()
        .paymentUpdated(
            CheckoutFixtures.webhook(
                "evt_1", "payment_intent.amount_capturable_updated", "requires_capture"));
    harness.result();

    assertThat(upserted(WORKFLOW_ID))
        .containsExactly(
            Set.of("AmountMinor", "PaymentIntentId", "CheckoutStatus"), Set.of("CheckoutStatus"));
  }

  @Test
  void showsTheStatusOfAStepThatWaitsToBeRetried() {
    AtomicReference<String> whileRetrying = new AtomicReference<>();
    AtomicInteger attempts = new AtomicInteger();
    when(harness.payments.capture(any()))
        .thenAnswer(call -> {
          if (attempts.incrementAndGet() <= 3) {
            throw new IllegalStateException("Stripe unavailable");
          }
          whileRetrying.set(searched(CheckoutSearchAttributes.STATUS));
          return intent("succeeded");
        });
    harness.start(request());
    harness.result();

    assertThat(whileRetrying.get()).isEqualTo("CAPTURING");
  }

  @Test
  void upsertsNoneOfTheAttributesItsStartAlreadyCarried() {
    harness.start(request(), startedAsTheApiStartsIt());
    harness.result();

    assertThat(upserted(WORKFLOW_ID))
        .containsExactly(Set.of("AmountMinor", "PaymentIntentId", "CheckoutStatus"));
  }

  @Test
  void raisesNeedsAttentionWhileACompensationKeepsFailing() {
    AtomicReference<Boolean> whileRetrying = new AtomicReference<>();
    givenReleasingSeatsFailsForOneRoundOfRetries(
        () -> whileRetrying.set(searched(CheckoutSearchAttributes.NEEDS_ATTENTION)));
    harness.start(request());
    harness.result();

    assertThat(whileRetrying.get()).isTrue();
  }

  @Test
  void clearsNeedsAttentionOnceTheFailingCompensationSucceeds() {
    givenReleasingSeatsFailsForOneRoundOfRetries(() -> {});
    harness.start(request());
    harness.result();

    assertThat(searched(CheckoutSearchAttributes.NEEDS_ATTENTION)).isFalse();
  }

  @Test
  void marksTheRefundWithItsCheckoutAndRefundedOnceDone() {
    String workflowId = RefundWorkflow.workflowId(CHECKOUT_ID);
    harness.recordHistoryOf(workflowId);
    harness
        .client
        .newWorkflowStub(RefundWorkflow.class, options(workflowId))
        .refund(new RefundRequest(CHECKOUT_ID, INTENT_ID, "event cancelled"));

    SearchAttributes found = harness.searchAttributes(workflowId);

    assertThat(found.get(CheckoutSearchAttributes.CHECKOUT_ID)).isEqualTo(CHECKOUT_ID);
    assertThat(found.get(CheckoutSearchAttributes.PAYMENT_INTENT_ID)).isEqualTo(INTENT_ID);
    assertThat(found.get(CheckoutSearchAttributes.STATUS)).isEqualTo("REFUNDED");
  }

  @Test
  void makesAStrayPaymentFindableByItsIntentAndCheckout() {
    String workflowId = StrayPaymentWorkflow.workflowId("pi_9");
    harness.recordHistoryOf(workflowId);
    harness
        .client
        .newWorkflowStub(StrayPaymentWorkflow.class, options(workflowId))
        .settle(new StrayPayment("pi_9", "c-9", "evt_9"));

    SearchAttributes found = harness.searchAttributes(workflowId);

    assertThat(found.get(CheckoutSearchAttributes.PAYMENT_INTENT_ID)).isEqualTo("pi_9");
    assertThat(found.get(CheckoutSearchAttributes.CHECKOUT_ID)).isEqualTo("c-9");
  }

  /** The attributes each upsert in the workflow's history set, in order. */
  private List<Set<String>> upserted(String workflowId) {
    return harness.client.fetchHistory(workflowId).getEvents().stream()
        .filter(HistoryEvent::hasUpsertWorkflowSearchAttributesEventAttributes)
        .map(event ->
            event
                .getUpsertWorkflowSearchAttributesEventAttributes()
                .getSearchAttributes()
                .getIndexedFieldsMap()
                .keySet())
        .toList();
  }

  private <T> T searched(SearchAttributeKey<T> key) {
    return harness.searchAttributes(WORKFLOW_ID).get(key);
  }

  /**
   * Seats are released at expiry; the first round of the activity's retries fails, and {@code
   * onRetryRound} runs as the saga's second round begins.
   */
  private void givenReleasingSeatsFailsForOneRoundOfRetries(Runnable onRetryRound) {
    when(harness.payments.authorize(any())).thenReturn(intent("requires_action"));
    AtomicInteger calls = new AtomicInteger();
    doAnswer(
            call -> {
              int attempt = calls.incrementAndGet();
              if (attempt <= SagaActivities.COMPENSATION_ATTEMPTS) {
                throw new IllegalStateException("database unavailable");
              }
              onRetryRound.run();
              return null;
            })
        .when(harness.inventory)
        .releaseSeats(any());
  }

  /** The attributes the API's start carries (CheckoutStartOptions). */
  private static SearchAttributes startedAsTheApiStartsIt() {
    return SearchAttributes.newBuilder()
        .set(CheckoutSearchAttributes.CHECKOUT_ID, CHECKOUT_ID)
        .set(CheckoutSearchAttributes.STATUS, "RESERVING")
        .set(CheckoutSearchAttributes.EVENT_ID, "festival-2026")
        .set(CheckoutSearchAttributes.CUSTOMER_EMAIL, "ada@example.com")
        .set(CheckoutSearchAttributes.NEEDS_ATTENTION, false)
        .build();
  }

  private static WorkflowOptions options(String workflowId) {
    return WorkflowOptions.newBuilder()
        .setWorkflowId(workflowId)
        .setTaskQueue(CheckoutWorkflow.TASK_QUEUE)
        .build();
  }
}
