package com.boxoffice.sandbox.webhook;

/**
 * The API request that caused an event, as Stripe reports it in {@code event.request}; both parts
 * are null for events no API call caused (a buyer's 3-D Secure challenge).
 */
public record EventRequest(String id, String idempotencyKey) {
  public static final EventRequest NONE = new EventRequest(null, null);
}
