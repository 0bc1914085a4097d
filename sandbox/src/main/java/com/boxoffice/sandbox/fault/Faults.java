package com.boxoffice.sandbox.fault;

/**
 * The faults injected from now on. A missing JSON field is zero or false, so {@code {}} clears them
 * all.
 *
 * @param latencyMs added to every Stripe and SendGrid API call
 * @param errorRate share of API calls answered 500 before anything changes, so a retry is safe
 * @param rateLimitRate share of API calls answered 429
 * @param webhookDelayMs added before an event's first delivery
 * @param webhookDuplicateRate share of events delivered twice (same event id)
 * @param webhookReorder whether events of a short window are delivered newest first
 * @param webhookDropRate share of events never delivered
 */
public record Faults(
    long latencyMs,
    double errorRate,
    double rateLimitRate,
    long webhookDelayMs,
    double webhookDuplicateRate,
    boolean webhookReorder,
    double webhookDropRate) {

  public static final Faults NONE = new Faults(0, 0, 0, 0, 0, false, 0);

  /** Why these faults cannot be applied, or null when they can. */
  String problem() {
    if (latencyMs < 0 || webhookDelayMs < 0) {
      return "latencyMs and webhookDelayMs must not be negative";
    }
    for (double rate :
        new double[] {errorRate, rateLimitRate, webhookDuplicateRate, webhookDropRate}) {
      if (rate < 0 || rate > 1) {
        return "rates must be between 0 and 1";
      }
    }
    return null;
  }
}
