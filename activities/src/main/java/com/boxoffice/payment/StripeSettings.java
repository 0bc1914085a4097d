package com.boxoffice.payment;

import com.boxoffice.quota.CallQuota;
import com.stripe.StripeClient;
import java.time.Duration;

/**
 * Where and how to reach Stripe.
 *
 * @param apiKey the secret key ({@code sk_live_…}, or {@code sk_test_…} for test mode and the
 *     sandbox)
 * @param apiBase {@code https://api.stripe.com} in production, the sandbox's URL locally
 * @param connectTimeout bound on opening a connection
 * @param readTimeout bound on waiting for an answer; keep connect plus read below the payment
 *     activities' start-to-close timeout, so a slow call fails inside the attempt it belongs to
 */
public record StripeSettings(
    String apiKey, String apiBase, Duration connectTimeout, Duration readTimeout) {

  public static final String PRODUCTION_API_BASE = "https://api.stripe.com";

  /** A client whose every request first takes a permit from {@code quota}. */
  public StripeClient client(CallQuota quota) {
    return StripeClient.builder()
        .setHttpClient(new QuotaHttpClient(quota))
        .setApiKey(apiKey)
        .setApiBase(apiBase)
        .setConnectTimeout(Math.toIntExact(connectTimeout.toMillis()))
        .setReadTimeout(Math.toIntExact(readTimeout.toMillis()))
        // Temporal's retry policy is the one retry layer: its backoff, limits and history are
        // what operators see. Retries inside the client would multiply with it and hide attempts.
        .setMaxNetworkRetries(0)
        .build();
  }
}
