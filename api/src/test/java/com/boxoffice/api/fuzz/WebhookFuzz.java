package com.boxoffice.api.fuzz;

import com.stripe.net.Webhook;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Stripe deliveries that are not Stripe's: no, stale or forged signatures, or no event inside. */
final class WebhookFuzz {
  private static final String SECRET = "whsec_boxoffice_dev";

  private WebhookFuzz() {}

  static Arbitrary<BadRequest> badDeliveries() {
    Arbitrary<String> body =
        Arbitraries.oneOf(
            FuzzValues.strings(), nearEvents(), FuzzValues.values().map(Object::toString));
    return Arbitraries.oneOf(
        Combinators.combine(body, badSignatures()).as(WebhookFuzz::delivery),
        nearEvents().map(payload -> delivery(payload, sign(payload, Instant.now()))),
        FuzzValues.strings().map(payload -> delivery(payload, sign(payload, Instant.now()))),
        Arbitraries.bytes()
            .array(byte[].class)
            .ofMaxSize(300)
            .map(bytes ->
                delivery("", sign(new String(bytes, StandardCharsets.UTF_8), Instant.now()))
                    .body(bytes)));
  }

  /**
   * Shaped like an event but lacking what makes one: a text id, a text type, an object, or with a
   * NUL that PostgreSQL cannot store.
   */
  private static Arbitrary<String> nearEvents() {
    Arbitrary<String> id = Arbitraries.of("5", "null", "[]", "{}", "true", "\"evt_\\u0000\"");
    Arbitrary<String> type = Arbitraries.of("7", "null", "[\"a\"]", "\"payment_intent.succeeded\"");
    Arbitrary<String> object =
        Arbitraries.of("null", "\"pi\"", "[]", "{\"id\": \"pi_\\u0000\"}", "{}");
    return Combinators.combine(id, type, object)
        .as((i, t, o) ->
            "{\"id\": %s, \"object\": \"event\", \"type\": %s, \"data\": {\"object\": %s}}"
                .formatted(i, t, o));
  }

  private static Arbitrary<String> badSignatures() {
    Instant now = Instant.now();
    return Arbitraries.oneOf(
        Arbitraries.just((String) null),
        Arbitraries.of(
            "", " ", "t=", "v1=", "t=1,v1=", "t=abc,v1=def", "t=" + Long.MAX_VALUE + ",v1=00"),
        FuzzValues.strings()
            .map(text -> text.replace("\u0000", "").replace("\n", "").replace("\r", "")),
        Arbitraries.strings()
            .withChars("0123456789abcdef")
            .ofLength(64)
            .map(hex -> "t=" + now.getEpochSecond() + ",v1=" + hex),
        Arbitraries.integers().between(301, 1_000_000).map(age -> "stale:" + age));
  }

  private static BadRequest delivery(String payload, String signature) {
    var request = BadRequest.of("webhooks", "POST", "/v1/webhooks/stripe").json(payload);
    if (signature == null) {
      return request;
    }
    if (signature.startsWith("stale:")) {
      long age = Long.parseLong(signature.substring(6));
      return request.header("Stripe-Signature", sign(payload, Instant.now().minusSeconds(age)));
    }
    return request.header("Stripe-Signature", signature);
  }

  static String sign(String payload, Instant at) {
    try {
      return Webhook.Signature.generateSignatureHeader(payload, SECRET, at.getEpochSecond());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
