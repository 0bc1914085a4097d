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
import io.temporal.common.SearchAttributeKey;
import io.temporal.common.SearchAttributeUpdate;
import io.temporal.common.SearchAttributes;
import io.temporal.workflow.Workflow;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What operators see of a workflow in the Temporal UI and CLI: the search attributes they find it
 * by, and the current details that say what it is waiting for. Search attributes are only as good
 * as they are current, so every change of the state they mirror goes through here.
 */
final class OperatorView {
  /**
   * Each upsert is a history event and a write to the server's visibility store: sagas started
   * since this version skip the attributes their start already carried, and pass on the amount and
   * the payment intent with the next status instead of one upsert each.
   */
  static final String FEWER_UPSERTS = "fewer-search-attribute-upserts";

  private final List<SearchAttributeUpdate<?>> pending = new ArrayList<>();
  private boolean batching;

  /** The starter may have set these already; a workflow started by any other client needs them. */
  void started(CheckoutRequest request) {
    batching = Workflow.getVersion(FEWER_UPSERTS, Workflow.DEFAULT_VERSION, 1) == 1;
    var initial =
        Map.<SearchAttributeKey<?>, Object>of(
            CHECKOUT_ID, request.checkoutId(),
            STATUS, CheckoutStatus.RESERVING.name(),
            EVENT_ID, request.eventId(),
            CUSTOMER_EMAIL, request.customer().email(),
            NEEDS_ATTENTION, false);
    SearchAttributes current = Workflow.getTypedSearchAttributes();
    if (batching
        && initial.entrySet().stream()
            .allMatch(set -> set.getValue().equals(current.get(set.getKey())))) {
      return;
    }
    Workflow.upsertTypedSearchAttributes(
        CHECKOUT_ID.valueSet(request.checkoutId()),
        STATUS.valueSet(CheckoutStatus.RESERVING.name()),
        EVENT_ID.valueSet(request.eventId()),
        CUSTOMER_EMAIL.valueSet(request.customer().email()),
        NEEDS_ATTENTION.valueSet(false));
  }

  void checkout(String checkoutId) {
    if (checkoutId != null) {
      upsert(CHECKOUT_ID.valueSet(checkoutId));
    }
  }

  void status(CheckoutStatus status) {
    upsert(STATUS.valueSet(status.name()));
  }

  void amount(Money amount) {
    later(AMOUNT.valueSet(amount.value()));
  }

  void paymentIntent(String paymentIntentId) {
    later(PAYMENT_INTENT_ID.valueSet(paymentIntentId));
  }

  void needsAttention(boolean needsAttention) {
    upsert(NEEDS_ATTENTION.valueSet(needsAttention));
  }

  /** Every saga's status changes again before it ends, so nothing put off is lost. */
  private void later(SearchAttributeUpdate<?> update) {
    if (batching) {
      pending.add(update);
    } else {
      upsert(update);
    }
  }

  private void upsert(SearchAttributeUpdate<?> update) {
    pending.add(update);
    Workflow.upsertTypedSearchAttributes(pending.toArray(SearchAttributeUpdate<?>[]::new));
    pending.clear();
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
