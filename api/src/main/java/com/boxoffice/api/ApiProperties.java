package com.boxoffice.api;

import com.boxoffice.payment.CaptureMethod;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The API's settings; every default runs against the local stack. */
@ConfigurationProperties("boxoffice")
public record ApiProperties(String adminToken, Checkout checkout, Webhook webhook) {

  public ApiProperties {
    adminToken = adminToken == null || adminToken.isBlank() ? "dev-admin-token" : adminToken;
    checkout = checkout == null ? new Checkout(null, null, null) : checkout;
    webhook = webhook == null ? new Webhook(null, null, null, null, 0) : webhook;
  }

  /**
   * @param holdTtl how long seats stay held while the buyer pays
   * @param capture manual (authorize, then capture at the pivot) or automatic (charge at once)
   * @param readyTimeout how long {@code POST /v1/checkouts} waits for seats and intent
   */
  public record Checkout(Duration holdTtl, CaptureMethod capture, Duration readyTimeout) {
    public Checkout {
      holdTtl = holdTtl == null ? Duration.ofMinutes(15) : holdTtl;
      capture = capture == null ? CaptureMethod.MANUAL : capture;
      readyTimeout = readyTimeout == null ? Duration.ofSeconds(30) : readyTimeout;
    }
  }

  /**
   * @param secret Stripe's signing secret for this endpoint
   * @param tolerance how old a signature may be before it counts as a replay
   * @param resignalAfter how long a recorded but unsignalled event waits before it is retried
   * @param resignalEvery how often the retry runs
   * @param resignalBatch how many events one retry run handles at most
   */
  public record Webhook(
      String secret,
      Duration tolerance,
      Duration resignalAfter,
      Duration resignalEvery,
      int resignalBatch) {
    public Webhook {
      secret = secret == null || secret.isBlank() ? "whsec_boxoffice_dev" : secret;
      tolerance = tolerance == null ? Duration.ofMinutes(5) : tolerance;
      resignalAfter = resignalAfter == null ? Duration.ofSeconds(5) : resignalAfter;
      resignalEvery = resignalEvery == null ? Duration.ofSeconds(3) : resignalEvery;
      resignalBatch = resignalBatch <= 0 ? 50 : resignalBatch;
    }
  }
}
