package com.boxoffice.api.webhook;

/**
 * A Stripe event's type and what became of it: {@code signalled}, {@code duplicate}, {@code
 * no-checkout}, {@code workflow-closed}, {@code stray-payment}, {@code not-awaited} (its saga does
 * not wait for it), {@code ignored} (not about payments), or {@code deferred} while Temporal cannot
 * be reached.
 */
record HandledEvent(String type, String result) {
  boolean duplicate() {
    return WebhookMetrics.DUPLICATE.equals(result);
  }
}
