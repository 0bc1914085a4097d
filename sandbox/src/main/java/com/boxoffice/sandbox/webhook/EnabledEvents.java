package com.boxoffice.sandbox.webhook;

import java.util.List;

/**
 * A webhook endpoint's {@code enabled_events}: the event types it receives, {@code *} for every
 * type. Also the body of {@code PUT /sandbox/webhook-endpoint}.
 */
record EnabledEvents(List<String> enabledEvents) {
  static final String ALL = "*";

  boolean enables(String type) {
    return enabledEvents.contains(ALL) || enabledEvents.contains(type);
  }

  /**
   * Why these cannot be applied, or null when they can. Stripe refuses an endpoint without enabled
   * events; the way to receive none here is an empty {@code SANDBOX_WEBHOOK_URL}.
   */
  String problem() {
    if (enabledEvents == null
        || enabledEvents.isEmpty()
        || enabledEvents.stream().anyMatch(type -> type == null || type.isBlank())) {
      return "enabledEvents must name at least one event type, or \"*\" for all";
    }
    return null;
  }
}
