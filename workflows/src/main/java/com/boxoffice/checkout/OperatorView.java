package com.boxoffice.checkout;

import static com.boxoffice.checkout.CheckoutSearchAttributes.AMOUNT;
import static com.boxoffice.checkout.CheckoutSearchAttributes.CHECKOUT_ID;
import static com.boxoffice.checkout.CheckoutSearchAttributes.CUSTOMER_EMAIL;
import static com.boxoffice.checkout.CheckoutSearchAttributes.EVENT_ID;
import static com.boxoffice.checkout.CheckoutSearchAttributes.NEEDS_ATTENTION;
import static com.boxoffice.checkout.CheckoutSearchAttributes.PAYMENT_INTENT_ID;
import static com.boxoffice.checkout.CheckoutSearchAttributes.STATUS;

import com.boxoffice.inventory.TicketLine;
import com.boxoffice.payment.Money;
import io.temporal.workflow.Workflow;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What operators see of a workflow in the Temporal UI and CLI: the search attributes they find it
 * by, and the current details that say what it is waiting for. Search attributes are only as good
 * as they are current, so every change of the state they mirror goes through here.
 */
final class OperatorView {

  /** The starter may have set these already; a workflow started by any other client needs them. */
  void started(CheckoutRequest request) {
    Workflow.upsertTypedSearchAttributes(
        CHECKOUT_ID.valueSet(request.checkoutId()),
        STATUS.valueSet(CheckoutStatus.RESERVING.name()),
        EVENT_ID.valueSet(request.eventId()),
        CUSTOMER_EMAIL.valueSet(request.customer().email()),
        NEEDS_ATTENTION.valueSet(false));
  }

  void checkout(String checkoutId) {
    if (checkoutId != null) {
      Workflow.upsertTypedSearchAttributes(CHECKOUT_ID.valueSet(checkoutId));
    }
  }

  void status(CheckoutStatus status) {
    Workflow.upsertTypedSearchAttributes(STATUS.valueSet(status.name()));
  }

  void amount(Money amount) {
    Workflow.upsertTypedSearchAttributes(AMOUNT.valueSet(amount.value()));
  }

  void paymentIntent(String paymentIntentId) {
    Workflow.upsertTypedSearchAttributes(PAYMENT_INTENT_ID.valueSet(paymentIntentId));
  }

  void needsAttention(boolean needsAttention) {
    Workflow.upsertTypedSearchAttributes(NEEDS_ATTENTION.valueSet(needsAttention));
  }

  /** Markdown, shown at the top of the workflow's page: what it waits for, and until when. */
  void details(String markdown) {
    Workflow.setCurrentDetails(markdown);
  }

  /** "2 seats (ga ×2)". */
  static String seats(List<TicketLine> items) {
    int seats = items.stream().mapToInt(TicketLine::quantity).sum();
    String lines =
        items.stream()
            .map(line -> line.ticketTypeId() + " ×" + line.quantity())
            .collect(Collectors.joining(", "));
    return seats + (seats == 1 ? " seat (" : " seats (") + lines + ")";
  }

  /** "150.00 USD": Stripe counts minor units, operators read major ones. */
  static String money(Money amount) {
    String currency = amount.currency().toUpperCase(Locale.ROOT);
    int digits;
    try {
      digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    } catch (IllegalArgumentException unknown) {
      digits = 2;
    }
    return BigDecimal.valueOf(amount.value(), digits).toPlainString() + " " + currency;
  }

  /** Seconds are precise enough for an operator, and read shorter. */
  static String time(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
