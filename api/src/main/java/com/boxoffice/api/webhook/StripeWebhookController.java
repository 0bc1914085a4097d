package com.boxoffice.api.webhook;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Verifies, records and signals — nothing else. */
@RestController
@Tag(name = "webhooks")
class StripeWebhookController {
  private final StripeEvents events;
  private final PaymentEventStore store;
  private final PaymentEventApplier applier;
  private final WebhookMetrics metrics;

  StripeWebhookController(
      StripeEvents events,
      PaymentEventStore store,
      PaymentEventApplier applier,
      WebhookMetrics metrics) {
    this.events = events;
    this.store = store;
    this.applier = applier;
    this.metrics = metrics;
  }

  @PostMapping("/v1/webhooks/stripe")
  @Operation(summary = "Stripe's webhook: 200 once recorded, 400 when unsigned or not an event")
  Map<String, Object> receive(
      @RequestBody(required = false) String payload,
      @RequestHeader(name = "Stripe-Signature", required = false) String signature) {
    HandledEvent handled = metrics.observe(() -> handle(payload, signature));
    return Map.of("received", true, "duplicate", handled.duplicate());
  }

  private HandledEvent handle(String payload, String signature) {
    ReceivedEvent event = events.verify(payload, signature);
    String known = PaymentEventApplier.outcomeOnArrival(event);
    // A database failure here escapes as a 5xx, and Stripe delivers the event again.
    return store
        .record(event, known)
        .map(row ->
            row.outcome() != null
                ? new HandledEvent(event.type(), row.outcome())
                : applier.apply(row, event))
        .orElseGet(() -> new HandledEvent(event.type(), WebhookMetrics.DUPLICATE));
  }
}
