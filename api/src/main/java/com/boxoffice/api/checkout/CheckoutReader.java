package com.boxoffice.api.checkout;

import com.boxoffice.api.Amount;
import com.boxoffice.api.checkout.CheckoutShapes.CheckoutView;
import com.boxoffice.api.checkout.CheckoutShapes.CustomerView;
import com.boxoffice.api.checkout.CheckoutShapes.FailureView;
import com.boxoffice.api.checkout.CheckoutShapes.ItemView;
import com.boxoffice.api.checkout.CheckoutShapes.PaymentView;
import com.boxoffice.api.checkout.CheckoutShapes.TicketView;
import com.boxoffice.checkout.CheckoutState;
import com.boxoffice.checkout.CheckoutStatus;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Reads a checkout from the database, the record; while the saga is mid-flight the database lags
 * the workflow, so then the workflow's own status and payment win.
 */
@Component
class CheckoutReader {
  private final CheckoutRecords records;
  private final IdempotencyKeys keys;
  private final CheckoutWorkflows workflows;

  CheckoutReader(CheckoutRecords records, IdempotencyKeys keys, CheckoutWorkflows workflows) {
    this.records = records;
    this.keys = keys;
    this.workflows = workflows;
  }

  Optional<CheckoutView> read(String checkoutId) {
    Optional<CheckoutState> recorded = records.state(checkoutId);
    if (recorded.isEmpty()) {
      // Accepted but not yet reserved: the order row is written by the saga's first step.
      if (!keys.isKnown(checkoutId)) {
        return Optional.empty();
      }
      return Optional.of(
          workflows.state(checkoutId).map(CheckoutReader::view).orElse(reserving(checkoutId)));
    }
    CheckoutState state = recorded.get();
    if (!state.status().isTerminal()) {
      state = workflows.state(checkoutId).map(live -> merge(recorded.get(), live)).orElse(state);
    }
    return Optional.of(view(state));
  }

  private static CheckoutState merge(CheckoutState recorded, CheckoutState live) {
    return new CheckoutState(
        recorded.checkoutId(),
        live.status(),
        recorded.eventId(),
        recorded.items(),
        recorded.amount(),
        recorded.customerEmail(),
        live.paymentIntentId() != null ? live.paymentIntentId() : recorded.paymentIntentId(),
        null,
        live.paymentStatus() != null ? live.paymentStatus() : recorded.paymentStatus(),
        recorded.tickets().isEmpty() && live.tickets() != null
            ? live.tickets()
            : recorded.tickets(),
        live.failure() != null ? live.failure() : recorded.failure(),
        live.needsAttention() || recorded.needsAttention(),
        recorded.expiresAt(),
        recorded.createdAt(),
        later(recorded.updatedAt(), live.updatedAt()));
  }

  private static java.time.Instant later(java.time.Instant a, java.time.Instant b) {
    return b == null || (a != null && a.isAfter(b)) ? a : b;
  }

  private static CheckoutView reserving(String checkoutId) {
    return new CheckoutView(
        checkoutId,
        CheckoutStatus.RESERVING.name(),
        null,
        List.of(),
        null,
        null,
        null,
        List.of(),
        null,
        null,
        null,
        null);
  }

  static CheckoutView view(CheckoutState state) {
    return new CheckoutView(
        state.checkoutId(),
        state.status().name(),
        state.eventId(),
        state.items() == null
            ? List.of()
            : state.items().stream()
                .map(i -> new ItemView(i.ticketTypeId(), i.quantity()))
                .toList(),
        state.amount() == null
            ? null
            : new Amount(state.amount().value(), state.amount().currency()),
        new CustomerView(state.customerEmail()),
        new PaymentView(state.paymentIntentId(), state.paymentStatus()),
        TicketView.of(state.tickets()),
        state.failure() == null
            ? null
            : new FailureView(state.failure().code(), state.failure().message()),
        state.expiresAt(),
        state.createdAt(),
        state.updatedAt());
  }
}
