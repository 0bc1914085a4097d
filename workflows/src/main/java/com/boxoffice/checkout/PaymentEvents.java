package com.boxoffice.checkout;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Stripe's webhook events as the API signalled them. Stripe delivers at least once, so an event id
 * counts only the first time; an event may also arrive before the authorization has told the saga
 * which intent is its own, so events are kept and matched to the intent when it is asked about.
 */
final class PaymentEvents {
  private final Set<String> seenEventIds = new HashSet<>();
  private final List<PaymentUpdate> decisive = new ArrayList<>();

  /** Returns false for an event already seen. */
  boolean record(PaymentUpdate update) {
    if (!seenEventIds.add(update.stripeEventId())) {
      return false;
    }
    if (PaymentUpdate.settlesPayment(update.type())) {
      decisive.add(update);
    }
    return true;
  }

  /** The first event that settles the given intent one way or the other. */
  Optional<PaymentUpdate> outcomeFor(String paymentIntentId) {
    return decisive.stream()
        .filter(update -> update.paymentIntentId().equals(paymentIntentId))
        .findFirst();
  }
}
