package com.boxoffice.loadtest.launch;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What one buyer does: look at the event, check out with a card (coming back with the same key
 * after {@code Retry-After} while answered 503, for up to 90 s), and for 3-D Secure play the
 * challenge at the sandbox. A buyer who passes it polls the checkout until it settles, which times
 * webhook → {@code CONFIRMED} from the outside (to within the 100 ms poll).
 */
final class Buyers {
  /** A kind of buyer, by the test card they pay with and how they answer a challenge. */
  enum Card {
    VISA("pm_card_visa"),
    DECLINED("pm_card_chargeDeclined"),
    THREE_D_SECURE_PASS("pm_card_threeDSecure2Required"),
    THREE_D_SECURE_FAIL("pm_card_threeDSecure2Required");

    final String paymentMethod;

    Card(String paymentMethod) {
      this.paymentMethod = paymentMethod;
    }
  }

  private static final Set<String> TERMINAL =
      Set.of("CONFIRMED", "SOLD_OUT", "PAYMENT_FAILED", "EXPIRED", "CANCELLED", "REFUNDED");
  private static final Duration POLL = Duration.ofMillis(100);
  private static final long POLL_FOR_NANOS = Duration.ofSeconds(30).toNanos();
  private static final String CHECKOUT =
      """
      {"eventId": "#{eventId}", "items": [{"ticketTypeId": "general", "quantity": 1}],
       "customer": {"email": "#{email}", "name": "Launch Buyer"}, "paymentMethodId": "#{card}"}
      """;

  private final Latencies latencies;
  private final String sandboxUrl;
  private final long retryForNanos;

  /** {@code patience}: how long a buyer answered {@code 503} keeps coming back. */
  Buyers(Latencies latencies, String sandboxUrl, Duration patience) {
    this.latencies = latencies;
    this.sandboxUrl = sandboxUrl;
    this.retryForNanos = patience.toNanos();
  }

  /** The flash sale's mix: 80 % succeed, 8 % are declined, 6 % pass 3-D Secure, 6 % fail it. */
  static Card flashSaleCard() {
    int roll = ThreadLocalRandom.current().nextInt(100);
    return roll < 80
        ? Card.VISA
        : roll < 88
            ? Card.DECLINED
            : roll < 94 ? Card.THREE_D_SECURE_PASS : Card.THREE_D_SECURE_FAIL;
  }

  ChainBuilder buy(String phase, String eventId, java.util.function.Supplier<Card> cards) {
    return exec(
            session -> {
              Card card = cards.get();
              return session
                  .set("eventId", eventId)
                  .set("kind", card.name())
                  .set("card", card.paymentMethod)
                  .set("key", UUID.randomUUID().toString())
                  .set("email", "buyer-" + UUID.randomUUID() + "@launch.test");
            })
        .exec(
            http("GET /v1/events/{id}")
                .get("/v1/events/#{eventId}")
                .check(status().is(200), responseTimeInMillis().saveAs("rt")))
        .exec(session -> timed(session, "GET /v1/events/{id} (" + phase + ")"))
        .exec(session -> session.set("attempts", 0).set("firstPostAt", System.nanoTime()))
        .asLongAs(this::tryingToCheckOut)
        .on(
            exec(session ->
                    session
                        .remove("status")
                        .remove("retryAfter")
                        .set("attempts", session.getInt("attempts") + 1))
                .exec(
                    http("POST /v1/checkouts")
                        .post("/v1/checkouts")
                        .header("Idempotency-Key", "#{key}")
                        .body(StringBody(CHECKOUT))
                        .asJson()
                        .check(
                            // Saved first, so an unexpected answer is counted as itself.
                            status().saveAs("status"),
                            status().in(201, 402, 409, 503),
                            responseTimeInMillis().saveAs("rt"),
                            header("Retry-After").optional().saveAs("retryAfter"),
                            jsonPath("$.checkoutId").optional().saveAs("checkoutId"),
                            jsonPath("$.payment.paymentIntentId").optional().saveAs("intentId")))
                .exec(session -> timed(session, "POST /v1/checkouts (" + phase + ")"))
                .doIf(this::tryingToCheckOut)
                .then(pause(Buyers::comeBackAfter)))
        .exec(session -> {
          latencies.outcome(
              phase + " " + session.getString("kind") + " -> " + answer(session, "status"));
          if (session.getInt("attempts") > 1) {
            latencies.outcome(phase + " buyers who came back after 503");
          }
          double millis = (System.nanoTime() - session.getLong("firstPostAt")) / 1e6;
          latencies.record("checkout answered, retries included (" + phase + ")", millis);
          return session;
        })
        .exitHereIfFailed()
        .doIf(session -> session.getString("kind").startsWith("THREE") && accepted(session))
        .then(challenge(phase));
  }

  private ChainBuilder challenge(String phase) {
    return exec(session ->
            session.set(
                "outcome",
                Card.THREE_D_SECURE_PASS.name().equals(session.get("kind")) ? "pass" : "fail"))
        .exec(
            http("POST /sandbox/payment_intents/{id}/challenge")
                .post(sandboxUrl + "/sandbox/payment_intents/#{intentId}/challenge")
                .body(StringBody("{\"outcome\": \"#{outcome}\"}"))
                .asJson()
                .check(status().is(200)))
        .doIf(session -> "pass".equals(session.getString("outcome")))
        .then(
            exec(session -> session.set("challengedAt", System.nanoTime()).set("polled", "-"))
                .asLongAs(Buyers::stillPolling)
                .on(
                    pause(POLL)
                        .exec(
                            http("GET /v1/checkouts/{id}")
                                .get("/v1/checkouts/#{checkoutId}")
                                .check(jsonPath("$.status").saveAs("polled"))))
                .exec(session -> {
                  String polled = session.getString("polled");
                  if ("CONFIRMED".equals(polled)) {
                    double millis = (System.nanoTime() - session.getLong("challengedAt")) / 1e6;
                    latencies.record("webhook -> CONFIRMED, polled (" + phase + ")", millis);
                  }
                  latencies.outcome(phase + " 3-D Secure passed, then " + polled);
                  return session;
                }));
  }

  /** A buyer told 503 comes back with the same key, as a frontend would, for a bounded time. */
  private boolean tryingToCheckOut(Session session) {
    return session.getInt("attempts") == 0
        || !session.isFailed()
            && "503".equals(answer(session, "status"))
            && System.nanoTime() - session.getLong("firstPostAt") < retryForNanos;
  }

  private static Duration comeBackAfter(Session session) {
    Object retryAfter = session.get("retryAfter");
    return Duration.ofSeconds(retryAfter == null ? 1 : Long.parseLong(retryAfter.toString()));
  }

  private static boolean stillPolling(Session session) {
    return !TERMINAL.contains(session.getString("polled"))
        && System.nanoTime() - session.getLong("challengedAt") < POLL_FOR_NANOS;
  }

  private static boolean accepted(Session session) {
    return "201".equals(answer(session, "status")) && session.contains("intentId");
  }

  private Session timed(Session session, String measure) {
    if (session.contains("rt")) {
      latencies.record(measure, session.getLong("rt"));
    }
    return session.remove("rt");
  }

  private static String answer(Session session, String key) {
    // Typed as Object: Session.get's inferred type would pick String.valueOf(char[]).
    Object value = session.get(key);
    return value == null ? "failed" : value.toString();
  }
}
