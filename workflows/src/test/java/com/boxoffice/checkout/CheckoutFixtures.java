package com.boxoffice.checkout;

import com.boxoffice.checkout.contract.inventory.Ticket;
import com.boxoffice.checkout.contract.inventory.TicketLine;
import com.boxoffice.checkout.contract.payment.CaptureMethod;
import com.boxoffice.checkout.contract.payment.Money;
import com.boxoffice.checkout.contract.payment.PaymentIntentStatus;
import java.time.Duration;
import java.util.List;

/** One buyer's checkout of two festival tickets, and what Stripe says about its payment. */
final class CheckoutFixtures {
  static final String CHECKOUT_ID = "c-1";
  static final String WORKFLOW_ID = CheckoutWorkflow.workflowId(CHECKOUT_ID);
  static final String INTENT_ID = "pi_1";
  static final Money AMOUNT = new Money(15000, "usd");
  static final List<Ticket> TICKETS = List.of(new Ticket("T-AAA", "ga"), new Ticket("T-BBB", "ga"));

  private CheckoutFixtures() {}

  static CheckoutRequest request(CaptureMethod captureMethod) {
    return new CheckoutRequest(
        CHECKOUT_ID,
        "festival-2026",
        List.of(new TicketLine("ga", 2)),
        new Customer("ada@example.com", "Ada Lovelace"),
        "pm_card_visa",
        Duration.ofMinutes(15),
        captureMethod);
  }

  static CheckoutRequest request() {
    return request(CaptureMethod.MANUAL);
  }

  static PaymentIntentStatus intent(String status) {
    long capturable = "requires_capture".equals(status) ? AMOUNT.value() : 0;
    long received = "succeeded".equals(status) ? AMOUNT.value() : 0;
    return new PaymentIntentStatus(
        INTENT_ID, INTENT_ID + "_secret_42", status, capturable, received, null, null);
  }

  static PaymentUpdate webhook(String eventId, String type, String paymentStatus) {
    return new PaymentUpdate(eventId, type, INTENT_ID, paymentStatus, null, null);
  }
}
