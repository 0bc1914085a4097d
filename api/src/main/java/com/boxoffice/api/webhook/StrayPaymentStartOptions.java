package com.boxoffice.api.webhook;

import static com.boxoffice.api.OperatorText.markdown;
import static com.boxoffice.api.OperatorText.money;

import com.boxoffice.api.OperatorText;
import com.boxoffice.checkout.CheckoutSearchAttributes;
import com.boxoffice.checkout.CheckoutWorkflow;
import com.boxoffice.checkout.StrayPaymentWorkflow;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.WorkflowOptions;
import io.temporal.common.SearchAttributes;

/**
 * How a stray payment's workflow starts and what an operator sees of it: money that moved for a
 * checkout that had ended, or for none we know.
 */
final class StrayPaymentStartOptions {
  private StrayPaymentStartOptions() {}

  static WorkflowOptions of(String checkoutId, ReceivedEvent event) {
    var attributes =
        SearchAttributes.newBuilder()
            .set(CheckoutSearchAttributes.PAYMENT_INTENT_ID, event.paymentIntentId());
    if (checkoutId != null) {
      attributes.set(CheckoutSearchAttributes.CHECKOUT_ID, checkoutId);
    }
    if (event.amountMinor() != null) {
      attributes.set(CheckoutSearchAttributes.AMOUNT, event.amountMinor());
    }
    return WorkflowOptions.newBuilder()
        .setWorkflowId(StrayPaymentWorkflow.workflowId(event.paymentIntentId()))
        .setTaskQueue(CheckoutWorkflow.TASK_QUEUE)
        .setWorkflowIdReusePolicy(WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE)
        .setTypedSearchAttributes(attributes.build())
        .setStaticSummary(summary(checkoutId, event))
        .setStaticDetails(details(checkoutId, event))
        .build();
  }

  /**
   * {@code Stray payment pi_… (750.00 USD) for co_…, no saga running: void or refund}, or {@code …
   * (750.00 USD), no checkout known: …}.
   */
  static String summary(String checkoutId, ReceivedEvent event) {
    return OperatorText.fit(
        "Stray payment %s%s%s: void or refund"
            .formatted(event.paymentIntentId(), amount(event), whose(checkoutId)),
        OperatorText.SUMMARY_BYTES);
  }

  static String details(String checkoutId, ReceivedEvent event) {
    return """
    **Stray payment** `%s`%s

    - **Checkout:** %s
    - **Stripe event:** `%s` (`%s`)

    Stripe reported money moving after no saga could take it. It is voided if only \
    authorized, refunded if captured, so that no money is kept without a confirmed order.
    """
        .formatted(
            event.paymentIntentId(),
            amount(event),
            checkoutId == null
                ? "none known"
                : markdown(checkoutId) + ", no saga was running for it",
            event.eventId(),
            event.type());
  }

  private static String amount(ReceivedEvent event) {
    return event.amountMinor() == null || event.currency() == null
        ? ""
        : " (" + money(event.amountMinor(), event.currency()) + ")";
  }

  private static String whose(String checkoutId) {
    return checkoutId == null
        ? ", no checkout known"
        : " for " + OperatorText.oneLine(checkoutId) + ", no saga running";
  }
}
