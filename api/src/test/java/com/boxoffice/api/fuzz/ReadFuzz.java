package com.boxoffice.api.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Reads and actions on ids that name nothing (traversal, percent-encoding, very long), and admin
 * searches with bad parameters.
 */
final class ReadFuzz {
  private ReadFuzz() {}

  static Arbitrary<BadRequest> badIds() {
    Arbitrary<String> call =
        Arbitraries.of(
            "GET /v1/events/%s",
            "GET /v1/checkouts/%s",
            "POST /v1/checkouts/%s/cancel",
            "POST /v1/admin/checkouts/%s/refund");
    return Combinators.combine(call, ids(), Arbitraries.of(true, false))
        .as((template, id, admin) -> {
          String[] parts = template.split(" ");
          var request = BadRequest.of("ids", parts[0], parts[1].formatted(id));
          return admin || parts[1].contains("admin")
              ? request.header("Authorization", admin ? EventFuzz.TOKEN : "Bearer x")
              : request;
        });
  }

  /** Percent-encoded as a client library would, or raw as an attacker types it. */
  private static Arbitrary<String> ids() {
    return Arbitraries.oneOf(
        FuzzValues.strings()
            .filter(id -> !id.isEmpty() && id.length() < 3_000)
            .map(id -> URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20")),
        Arbitraries.of(
            "..",
            "../..",
            "..%2F..%2Fetc%2Fpasswd",
            "%2e%2e",
            "%00",
            "a%00b",
            "%ZZ",
            "%",
            "%2F",
            "co_%00",
            ";jsessionid=1",
            "x;a=b",
            "%C0%AE",
            "%FF",
            "%E2%80%AE",
            "co_x%0Ay",
            "\u00e9",
            "a b",
            "a\tb",
            "a|b",
            "{x}",
            "a\\b",
            "a?b=c",
            "#x",
            "co_" + "A".repeat(20),
            "co_AAAAAAAAAAAAAAAAAAA!",
            "pi_123",
            "FEST",
            "ga"),
        Arbitraries.integers().between(300, 7_000).map("x"::repeat));
  }

  static Arbitrary<BadRequest> badSearches() {
    Arbitrary<String> status =
        Arbitraries.oneOf(
            Arbitraries.of("confirmed", "", "CONFIRMED,EXPIRED", "PENDING", "%00", "CONFIRMED%00"),
            FuzzValues.strings().map(ReadFuzz::encode).filter(value -> value.length() < 6_000));
    Arbitrary<String> limit =
        Arbitraries.oneOf(
            Arbitraries.of(
                "0", "-1", "101", "1e2", "2147483648", "9999999999999", "", "ten", "1.5", "%00"),
            Arbitraries.integers().between(Integer.MIN_VALUE, 0).map(String::valueOf));
    Arbitrary<String> cursor =
        Arbitraries.<String>oneOf(
                FuzzValues.strings().map(ReadFuzz::encode),
                FuzzValues.strings().map(ReadFuzz::base64),
                FuzzValues.strings().map(text -> base64("2030-01-01T00:00:00Z|" + text + "\u0000")),
                FuzzValues.strings().map(text -> base64(text + "|co_x")))
            .filter(value -> value.length() < 6_000);
    Arbitrary<String> text =
        FuzzValues.strings()
            .map(value -> encode(value + "\u0000"))
            .filter(value -> value.length() < 6_000);
    Arbitrary<String> query =
        Arbitraries.oneOf(
            status.map(value -> "status=" + value),
            limit.map(value -> "limit=" + value),
            cursor.map(value -> "cursor=" + value),
            text.map(value -> "email=" + value),
            text.map(value -> "eventId=" + value));
    return Combinators.combine(query, Arbitraries.of("", "&email=a%40b.c", "&limit=5"))
        .as((bad, other) ->
            BadRequest.of("admin-search", "GET", "/v1/admin/checkouts?" + bad + other))
        .map(request -> request.header("Authorization", EventFuzz.TOKEN));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String base64(String value) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(value.getBytes(StandardCharsets.UTF_8));
  }
}
