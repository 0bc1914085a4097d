package com.boxoffice.api;

import com.boxoffice.checkout.contract.payment.CaptureMethod;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The API's settings; every default runs against the local stack. */
@ConfigurationProperties("boxoffice")
public record ApiProperties(String adminToken, Checkout checkout, Webhook webhook) {

  public ApiProperties {
    adminToken = adminToken == null || adminToken.isBlank() ? "dev-admin-token" : adminToken;
    checkout = checkout == null ? new Checkout(null, null, null, null) : checkout;
    webhook = webhook == null ? new Webhook(null, null, null, null, 0) : webhook;
  }

  /**
   * @param holdTtl how long seats stay held while the buyer pays
   * @param capture manual (authorize, then capture at the pivot) or automatic (charge at once)
   * @param readyTimeout how long {@code POST /v1/checkouts} waits for seats and intent
   * @param admission how many checkouts this process starts at once, and how many may wait
   */
  public record Checkout(
      Duration holdTtl, CaptureMethod capture, Duration readyTimeout, Admission admission) {
    public Checkout {
      holdTtl = holdTtl == null ? Duration.ofMinutes(15) : holdTtl;
      capture = capture == null ? CaptureMethod.MANUAL : capture;
      readyTimeout = readyTimeout == null ? Duration.ofSeconds(30) : readyTimeout;
      admission = admission == null ? new Admission(null, null, null) : admission;
    }
  }

  /**
   * @param starting checkouts starting at once, each until its seats are held and its intent exists
   * @param waiting buyers who may wait for a start, first come first served; more are told to retry
   * @param maxWait how long a buyer waits in that line before being told to retry
   */
  public record Admission(Integer starting, Integer waiting, Duration maxWait) {
    public Admission {
      starting = starting == null || starting < 1 ? 32 : starting;
      waiting = waiting == null || waiting < 0 ? 64 : waiting;
      maxWait = maxWait == null ? Duration.ofSeconds(10) : maxWait;
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
