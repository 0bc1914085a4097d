package com.boxoffice.sandbox;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The sandbox's settings; {@code sandbox.yml} maps each to its environment variable.
 *
 * @param webhookUrl where Stripe events are POSTed; blank disables delivery
 * @param webhookSecret the {@code whsec_…} secret events are signed with
 * @param webhookEvents the event types sent to {@code webhookUrl}, as a Stripe endpoint's {@code
 *     enabled_events} ({@code *} for every type); unset or empty, {@link
 *     #PRODUCTION_WEBHOOK_EVENTS}
 * @param webhookMaxAttempts deliveries of one event before it is given up
 * @param webhookRetryBase delay before the first retry, doubled at each further retry
 * @param seed makes fault injection reproducible when set
 */
@ConfigurationProperties("sandbox")
public record SandboxProperties(
    @DefaultValue("http://127.0.0.1:8080/v1/webhooks/stripe") String webhookUrl,
    @DefaultValue("whsec_boxoffice_dev") String webhookSecret,
    List<String> webhookEvents,
    @DefaultValue("8") int webhookMaxAttempts,
    @DefaultValue("500ms") Duration webhookRetryBase,
    Long seed) {

  /**
   * What Box Office's production endpoint subscribes to (the project README's {@code stripe listen
   * --events}), so that local runs and benchmarks see the traffic production sees, no more.
   */
  static final List<String> PRODUCTION_WEBHOOK_EVENTS =
      List.of(
          "payment_intent.amount_capturable_updated",
          "payment_intent.succeeded",
          "payment_intent.payment_failed",
          "payment_intent.canceled",
          "charge.refunded");

  public SandboxProperties {
    // sandbox.yml hands an unset SANDBOX_WEBHOOK_EVENTS on as an empty value, not as no value.
    List<String> named =
        webhookEvents == null
            ? List.of()
            : webhookEvents.stream().map(String::strip).filter(type -> !type.isEmpty()).toList();
    webhookEvents = named.isEmpty() ? PRODUCTION_WEBHOOK_EVENTS : named;
  }

  public boolean webhooksEnabled() {
    return webhookUrl != null && !webhookUrl.isBlank();
  }

  public URI webhookUri() {
    return URI.create(webhookUrl);
  }
}
