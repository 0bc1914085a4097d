package com.boxoffice.api.webhook;

import com.boxoffice.api.ApiProblem;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * What became of Stripe's deliveries and how long they took: {@code
 * boxoffice_webhook_events_total{type,result}}, {@code boxoffice_webhook_handling_seconds{result}}
 * and, for events applied again later, {@code boxoffice_webhook_resignals_total{type,result}}.
 */
@Component
class WebhookMetrics {
  static final String DUPLICATE = "duplicate";
  static final String RECORD_FAILED = "record-failed";
  // Anyone can post a body: a type that was never recorded must not become a label value.
  static final String UNKNOWN_TYPE = "unknown";

  private final MeterRegistry registry;

  WebhookMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  /** One delivery; a refusal counts as its problem's code, a failure to record as record-failed. */
  HandledEvent observe(Supplier<HandledEvent> delivery) {
    Timer.Sample handling = Timer.start(registry);
    HandledEvent handled = new HandledEvent(UNKNOWN_TYPE, RECORD_FAILED);
    try {
      handled = delivery.get();
      return handled;
    } catch (ApiProblem problem) {
      handled = new HandledEvent(UNKNOWN_TYPE, problem.code());
      throw problem;
    } finally {
      counter("boxoffice.webhook.events", "Stripe webhook deliveries by event type and result")
          .tag("type", handled.type())
          .tag("result", handled.result())
          .register(registry)
          .increment();
      handling.stop(
          Timer.builder("boxoffice.webhook.handling")
              .description("How long a Stripe webhook delivery took to answer")
              .tag("result", handled.result())
              // Buckets, so that p99 can be compared with the 100 ms service level.
              .publishPercentileHistogram()
              .minimumExpectedValue(Duration.ofMillis(1))
              .maximumExpectedValue(Duration.ofSeconds(10))
              .register(registry));
    }
  }

  /** An event recorded earlier, applied again because Temporal could not be reached then. */
  void resignalled(HandledEvent handled) {
    counter("boxoffice.webhook.resignals", "Recorded events applied again, by type and result")
        .tag("type", handled.type())
        .tag("result", handled.result())
        .register(registry)
        .increment();
  }

  private static Counter.Builder counter(String name, String description) {
    return Counter.builder(name).description(description);
  }
}
