package com.boxoffice.api.admin;

import static com.boxoffice.api.OperatorText.markdown;
import static com.boxoffice.api.OperatorText.money;

import com.boxoffice.api.OperatorText;
import com.boxoffice.checkout.CheckoutSearchAttributes;
import com.boxoffice.checkout.CheckoutWorkflow;
import com.boxoffice.checkout.RefundWorkflow;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.WorkflowOptions;
import io.temporal.common.SearchAttributes;

/**
 * How a refund's workflow starts and what an operator sees of it. It carries the checkout's keys
 * but no CheckoutStatus, so that a search by checkout id finds the refund beside the saga while a
 * search by status finds only sagas.
 */
final class RefundStartOptions {
  private RefundStartOptions() {}

  /** The confirmed order being refunded, as the database has it. */
  record Order(
      String checkoutId,
      String eventId,
      String customerEmail,
      String paymentIntentId,
      long amountMinor,
      String currency) {}

  static WorkflowOptions of(Order order, String reason) {
    var attributes =
        SearchAttributes.newBuilder()
            .set(CheckoutSearchAttributes.CHECKOUT_ID, order.checkoutId())
            .set(CheckoutSearchAttributes.EVENT_ID, order.eventId())
            .set(CheckoutSearchAttributes.CUSTOMER_EMAIL, order.customerEmail())
            .set(CheckoutSearchAttributes.AMOUNT, order.amountMinor());
    if (order.paymentIntentId() != null) {
      attributes.set(CheckoutSearchAttributes.PAYMENT_INTENT_ID, order.paymentIntentId());
    }
    return WorkflowOptions.newBuilder()
        .setWorkflowId(RefundWorkflow.workflowId(order.checkoutId()))
        .setTaskQueue(CheckoutWorkflow.TASK_QUEUE)
        .setWorkflowIdReusePolicy(WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE)
        .setTypedSearchAttributes(attributes.build())
        .setStaticSummary(summary(order))
        .setStaticDetails(details(order, reason))
        .build();
  }

  /** {@code Refund of co_… (750.00 USD) requested by an operator}. */
  static String summary(Order order) {
    return OperatorText.fit(
        "Refund of %s (%s) requested by an operator"
            .formatted(order.checkoutId(), money(order.amountMinor(), order.currency())),
        OperatorText.SUMMARY_BYTES);
  }

  static String details(Order order, String reason) {
    return """
    **Refund** of checkout `%s`, requested by an operator

    - **Reason:** %s
    - **Amount:** %s, the whole captured charge
    - **Payment intent:** `%s`
    - **Buyer:** %s
    - **Event:** `%s`

    The charge is refunded, then the tickets are voided; the checkout ends `REFUNDED`.
    """
        .formatted(
            order.checkoutId(),
            // An operator's free text must not push the details past Temporal's size limit.
            OperatorText.fit(markdown(reason), 2000),
            money(order.amountMinor(), order.currency()),
            order.paymentIntentId(),
            markdown(order.customerEmail()),
            order.eventId());
  }
}
