package com.boxoffice.sandbox.webhook;

import com.boxoffice.sandbox.Resettable;
import com.boxoffice.sandbox.SandboxProperties;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The event types the webhook URL receives now: those of {@code sandbox.webhook-events} until
 * {@code PUT /sandbox/webhook-endpoint} changes them, and again after a reset, so that one test's
 * choice does not leak into the next.
 */
@Component
class WebhookEndpoint implements Resettable {
  private static final Logger log = LoggerFactory.getLogger(WebhookEndpoint.class);

  private final EnabledEvents configured;
  private final AtomicReference<EnabledEvents> current;

  WebhookEndpoint(SandboxProperties properties) {
    this.configured = new EnabledEvents(properties.webhookEvents());
    this.current = new AtomicReference<>(configured);
    if (properties.webhooksEnabled()) {
      // Said once, so that whoever misses an event type can see it was never subscribed to.
      log.info("Webhook events {} go to {}", configured.enabledEvents(), properties.webhookUrl());
    }
  }

  boolean enables(String type) {
    return current.get().enables(type);
  }

  EnabledEvents current() {
    return current.get();
  }

  void replace(EnabledEvents events) {
    current.set(events);
  }

  @Override
  public void reset() {
    current.set(configured);
  }
}
