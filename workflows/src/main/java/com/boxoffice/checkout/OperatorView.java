package com.boxoffice.checkout;

import static com.boxoffice.checkout.CheckoutSearchAttributes.AMOUNT;
import static com.boxoffice.checkout.CheckoutSearchAttributes.CHECKOUT_ID;
import static com.boxoffice.checkout.CheckoutSearchAttributes.CUSTOMER_EMAIL;
import static com.boxoffice.checkout.CheckoutSearchAttributes.EVENT_ID;
import static com.boxoffice.checkout.CheckoutSearchAttributes.NEEDS_ATTENTION;
import static com.boxoffice.checkout.CheckoutSearchAttributes.PAYMENT_INTENT_ID;
import static com.boxoffice.checkout.CheckoutSearchAttributes.STATUS;

import com.boxoffice.checkout.contract.inventory.TicketLine;
import com.boxoffice.checkout.contract.payment.Money;
import io.temporal.common.SearchAttributeKey;
import io.temporal.common.SearchAttributeUpdate;
import io.temporal.common.SearchAttributes;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.Workflow;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.LinkedHashMap;
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

  /** When a change reaches the server. */
  private enum Batching {
    /** Each change as it happens: sagas started before {@link #FEWER_UPSERTS}. */
    NONE,
    /** The amount and the intent with the next status or flag. */
    WITH_NEXT_STATUS,
    /**
     * Every change when the saga next waits or ends ({@link #flush()}): what a workflow task
     * changes reaches the server once, at its end, and operators never see a state the saga has
     * already left. Sagas since {@link SagaVersion#ONE_TASK}.
     */
    UNTIL_THE_SAGA_WAITS
  }

  private final Map<String, SearchAttributeUpdate<?>> pending = new LinkedHashMap<>();
  private Batching batching = Batching.NONE;
  private String details;

  /** The starter may have set these already; a workflow started by any other client needs them. */
  void started(CheckoutRequest request, boolean oneTask) {
    if (oneTask) {
      batching = Batching.UNTIL_THE_SAGA_WAITS;
    } else if (Workflow.getVersion(FEWER_UPSERTS, Workflow.DEFAULT_VERSION, 1) == 1) {
      batching = Batching.WITH_NEXT_STATUS;
    }
    var initial =
        Map.<SearchAttributeKey<?>, Object>of(
            CHECKOUT_ID, request.checkoutId(),
            STATUS, CheckoutStatus.RESERVING.name(),
            EVENT_ID, request.eventId(),
            CUSTOMER_EMAIL, request.customer().email(),
            NEEDS_ATTENTION, false);
    SearchAttributes current = Workflow.getTypedSearchAttributes();
    if (batching != Batching.NONE
        && initial.entrySet().stream()
            .allMatch(set -> set.getValue().equals(current.get(set.getKey())))) {
      return;
    }
    for (SearchAttributeUpdate<?> update :
        List.of(
            CHECKOUT_ID.valueSet(request.checkoutId()),
            STATUS.valueSet(CheckoutStatus.RESERVING.name()),
            EVENT_ID.valueSet(request.eventId()),
            CUSTOMER_EMAIL.valueSet(request.customer().email()),
            NEEDS_ATTENTION.valueSet(false))) {
      pending.put(update.getKey().getName(), update);
    }
    if (batching != Batching.UNTIL_THE_SAGA_WAITS) {
      send();
    }
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

  /** Sends what the saga changed since it last waited; call it before it waits or ends. */
  void flush() {
    if (batching == Batching.UNTIL_THE_SAGA_WAITS && !pending.isEmpty()) {
      send();
    }
  }

  /** Every saga's status changes again before it ends, so nothing put off is lost. */
  private void later(SearchAttributeUpdate<?> update) {
    if (batching == Batching.NONE) {
      upsert(update);
    } else {
      pending.put(update.getKey().getName(), update);
    }
  }

  private void upsert(SearchAttributeUpdate<?> update) {
    pending.put(update.getKey().getName(), update);
    if (batching != Batching.UNTIL_THE_SAGA_WAITS) {
      send();
    }
  }

  private void send() {
    Workflow.upsertTypedSearchAttributes(pending.values().toArray(SearchAttributeUpdate<?>[]::new));
    pending.clear();
  }

  /** Markdown, shown at the top of the workflow's page: what it waits for, and until when. */
  void details(String markdown) {
    details = markdown;
    Workflow.setCurrentDetails(markdown);
  }

  String details() {
    return details;
  }

  /** "**Retrying** Capture pi_…: 3 attempts failed, the last with: …. Next attempt at …." */
  static String retrying(String step, ActivityFailure failure, int attempts, Instant retryAt) {
    Throwable cause = failure.getCause() == null ? failure : failure.getCause();
    String reason =
        cause instanceof ApplicationFailure application
            ? application.getOriginalMessage()
            : cause.getMessage();
    return "**Retrying** "
        + step
        + ": "
        + attempts
        + (attempts == 1 ? " attempt" : " attempts")
        + " failed, the last with: "
        + reason
        + ". Next attempt at "
        + time(retryAt)
        + ".";
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
