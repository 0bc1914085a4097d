package com.boxoffice.api.admin;

import static com.boxoffice.schema.Tables.ORDERS;

import com.boxoffice.api.ApiProblem;
import com.boxoffice.checkout.CheckoutStatus;
import com.boxoffice.checkout.RefundRequest;
import com.boxoffice.checkout.RefundWorkflow;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import org.jooq.DSLContext;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** An operator's refund runs as its own durable workflow, one per checkout. */
@Component
class Refunds {
  private final DSLContext db;
  private final WorkflowClient client;

  Refunds(DSLContext db, WorkflowClient client) {
    this.db = db;
    this.client = client;
  }

  /** Starts the refund, or finds it started or done already. */
  void refund(String checkoutId, String reason) {
    var order =
        db.select(
                ORDERS.STATUS,
                ORDERS.CHECKOUT_ID,
                ORDERS.EVENT_ID,
                ORDERS.CUSTOMER_EMAIL,
                ORDERS.PAYMENT_INTENT_ID,
                ORDERS.AMOUNT_MINOR,
                ORDERS.CURRENCY)
            .from(ORDERS)
            .where(ORDERS.CHECKOUT_ID.eq(checkoutId))
            .fetchOptional()
            .orElseThrow(() -> ApiProblem.notFound("No such checkout."));
    String status = order.value1();
    if (CheckoutStatus.REFUNDED.name().equals(status)) {
      return;
    }
    if (!CheckoutStatus.CONFIRMED.name().equals(status)) {
      throw ApiProblem.of(
          HttpStatus.CONFLICT,
          "not-refundable",
          "Only a CONFIRMED checkout can be refunded; this one is " + status + ".");
    }
    var refunded =
        new RefundStartOptions.Order(
            order.value2(),
            order.value3(),
            order.value4(),
            order.value5(),
            order.value6(),
            order.value7());
    RefundWorkflow refund =
        client.newWorkflowStub(RefundWorkflow.class, RefundStartOptions.of(refunded, reason));
    try {
      WorkflowClient.start(
          refund::refund, new RefundRequest(checkoutId, refunded.paymentIntentId(), reason));
    } catch (WorkflowExecutionAlreadyStarted e) {
      // The refund is under way or done: asking twice is the same request.
    }
  }
}
