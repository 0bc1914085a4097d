package com.boxoffice.sandbox;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The sandbox's settings; {@code sandbox.yml} maps each to its environment variable.
 *
 * @param webhookUrl where Stripe events are POSTed; blank disables delivery
 * @param webhookSecret the {@code whsec_…} secret events are signed with
 * @param webhookMaxAttempts deliveries of one event before it is given up
 * @param webhookRetryBase delay before the first retry, doubled at each further retry
 * @param seed makes fault injection reproducible when set
 */
@ConfigurationProperties("sandbox")
public record SandboxProperties(
    @DefaultValue("http://127.0.0.1:8080/v1/webhooks/stripe") String webhookUrl,
    @DefaultValue("whsec_boxoffice_dev") String webhookSecret,
    @DefaultValue("8") int webhookMaxAttempts,
    @DefaultValue("500ms") Duration webhookRetryBase,
    Long seed) {

  public boolean webhooksEnabled() {
    return webhookUrl != null && !webhookUrl.isBlank();
  }

  public URI webhookUri() {
    return URI.create(webhookUrl);
  }
}
