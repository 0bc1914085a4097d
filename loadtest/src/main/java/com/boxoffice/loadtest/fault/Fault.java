package com.boxoffice.loadtest.fault;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One kind of trouble a fault run puts the stack through: faults of the sandbox (Stripe and
 * SendGrid's stand-in) in force while the buyers check out, or a disruption of the stack itself
 * part-way through them.
 */
enum Fault {
  PROVIDER(
      "Stripe and SendGrid answer 500 to 20 % and 429 to 10 % of calls, every call 200 ms late",
      Map.of("latencyMs", 200, "errorRate", 0.2, "rateLimitRate", 0.1),
      // The authorization has half a minute of retries; under 30 % failed calls it can run out.
      Set.of(Answer.PAYMENT_UNAVAILABLE)),
  WEBHOOKS(
      "Stripe's webhooks duplicated 30 %, reordered, delayed 2 s, dropped 10 %",
      Map.of(
          "webhookDuplicateRate",
          0.3,
          "webhookReorder",
          true,
          "webhookDelayMs",
          2000,
          "webhookDropRate",
          0.1),
      Set.of()),
  WORKERS(
      "a worker SIGKILLed at a third of the buyers and another at two thirds, each replaced",
      Map.of(),
      // An authorization the killed worker held costs its 10 s attempt out of the half minute.
      Set.of(Answer.PAYMENT_UNAVAILABLE)),
  TEMPORAL(
      "the Temporal dev server restarted at a third of the buyers",
      Map.of(),
      // While the server is down no attempt can start, and the authorization's time still runs.
      Set.of(Answer.PAYMENT_UNAVAILABLE)),
  POSTGRES(
      "PostgreSQL restarted (fast shutdown, sessions cut) at a third of the buyers",
      Map.of(),
      // The seats' hold gets five quick attempts so that the API can answer; a database that is
      // down for longer ends the checkout (nothing held, nothing charged).
      Set.of(Answer.CHECKOUT_FAILED));

  private final String description;
  private final Map<String, Object> sandboxFaults;
  private final Set<String> definiteFailures;

  Fault(String description, Map<String, Object> sandboxFaults, Set<String> definiteFailures) {
    this.description = description;
    this.sandboxFaults = sandboxFaults;
    this.definiteFailures = definiteFailures;
  }

  /** The name used in {@code -Dfaults.only} and in the report. */
  String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  String description() {
    return description;
  }

  /** This fault's fields of the sandbox's {@code PUT /sandbox/faults} body. */
  Map<String, Object> sandboxFaults() {
    return sandboxFaults;
  }

  /**
   * The problem codes of the 502s this fault can honestly cause: a checkout the saga gave up for
   * good before anything was charged, its seats released, which the buyer may start again.
   */
  Set<String> definiteFailures() {
    return definiteFailures;
  }

  static Fault byId(String id) {
    return Arrays.stream(values())
        .filter(fault -> fault.id().equals(id.trim()))
        .findFirst()
        .orElseThrow(() ->
            new IllegalArgumentException(
                "Unknown fault '"
                    + id
                    + "'; known: "
                    + Arrays.stream(values()).map(Fault::id).collect(Collectors.joining(", "))));
  }
}
