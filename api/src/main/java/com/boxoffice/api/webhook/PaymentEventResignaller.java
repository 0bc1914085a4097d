package com.boxoffice.api.webhook;

import com.boxoffice.api.ApiProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Signals again the events that were recorded while Temporal could not be reached: Stripe has its
 * 200 already and will not send them again.
 */
@Component
class PaymentEventResignaller {
  private static final Logger log = LoggerFactory.getLogger(PaymentEventResignaller.class);

  private final PaymentEventStore store;
  private final StripeEvents events;
  private final PaymentEventApplier applier;
  private final ApiProperties properties;
  private final WebhookMetrics metrics;

  PaymentEventResignaller(
      PaymentEventStore store,
      StripeEvents events,
      PaymentEventApplier applier,
      ApiProperties properties,
      WebhookMetrics metrics) {
    this.store = store;
    this.events = events;
    this.applier = applier;
    this.properties = properties;
    this.metrics = metrics;
  }

  @Scheduled(
      initialDelayString = "${boxoffice.webhook.resignal-every:PT3S}",
      fixedDelayString = "${boxoffice.webhook.resignal-every:PT3S}")
  void resignal() {
    try {
      var webhook = properties.webhook();
      for (var event : store.unprocessed(webhook.resignalAfter(), webhook.resignalBatch())) {
        metrics.resignalled(applier.apply(event.recorded(), events.parse(event.payload())));
      }
    } catch (RuntimeException e) {
      log.warn("Re-signalling payment events failed; next run retries: {}", e.toString());
    }
  }
}
