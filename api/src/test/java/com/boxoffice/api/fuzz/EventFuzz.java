package com.boxoffice.api.fuzz;

import static com.boxoffice.api.fuzz.FuzzValues.isIntBetween;
import static com.boxoffice.api.fuzz.FuzzValues.isName;
import static com.boxoffice.api.fuzz.FuzzValues.isSlug;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Bad {@code PUT /v1/admin/events/{eventId}}: bad fields, bad slugs, missing or forged tokens. */
final class EventFuzz {
  static final String TOKEN = "Bearer dev-admin-token";

  private EventFuzz() {}

  static String valid() {
    return """
    {"name": "Fuzz Fest", "currency": "usd", "startsAt": "2030-07-01T18:00:00Z",
     "ticketTypes": [{"ticketTypeId": "ga", "name": "General admission",
                      "price": {"value": 15000, "currency": "usd"}, "capacity": 100}]}\
    """;
  }

  static Arbitrary<BadRequest> badPuts() {
    return Arbitraries.oneOf(wrongFields(), badSlugs(), badTokens());
  }

  private static Arbitrary<BadRequest> wrongFields() {
    String type = "ticketTypes[0].";
    Arbitrary<JsonEdit> edit =
        Arbitraries.oneOf(
            invalid("name", v -> !isName(v)),
            invalid("currency", v -> !(v.isTextual() && v.asText().matches("^[a-z]{3}$"))),
            invalid("startsAt", EventFuzz::isSurelyNoDate),
            Arbitraries.of(
                    "2030-02-30T00:00:00Z",
                    "2030-07-01",
                    "tomorrow",
                    "+10000-01-01T00:00:00Z",
                    "+1000000000-01-01T00:00:00Z",
                    "-0001-01-01T00:00:00Z",
                    "0000-01-01T00:00:00Z",
                    "-999999999-01-01T00:00:00Z",
                    "+999999999-12-31T23:59:59Z",
                    "2030-07-01T18:00:00+25:00",
                    "1",
                    "1893456000",
                    "1969-12-31T23:59:59Z")
                .map(date -> new JsonEdit("startsAt", FuzzValues.parse('"' + date + '"'))),
            invalid("ticketTypes", v -> true),
            invalid(type.substring(0, type.length() - 1), v -> true),
            invalid(type + "ticketTypeId", v -> !isSlug(v)),
            invalid(type + "name", v -> !isName(v)),
            invalid(type + "price", v -> true),
            invalid(type + "price.value", v -> !isIntBetween(v, 0, 99_999_999)),
            invalid(type + "price.currency", v -> !(v.isTextual() && v.asText().equals("usd"))),
            invalid(type + "capacity", v -> !isIntBetween(v, 0, 1_000_000)),
            Arbitraries.of(
                    "name",
                    "currency",
                    "startsAt",
                    "ticketTypes",
                    type + "price",
                    type + "capacity")
                .map(JsonEdit::removing));
    Arbitrary<String> event = Arbitraries.of(CheckoutFuzz.EVENT, "nope-" + UUID.randomUUID());
    return Combinators.combine(edit, event)
        .as((change, eventId) ->
            put(eventId)
                .header("Authorization", TOKEN)
                .json(change.applyTo(valid()))
                .naming(change.path()));
  }

  private static Arbitrary<BadRequest> badSlugs() {
    return FuzzValues.strings()
        .filter(id -> !id.isEmpty() && !FuzzValues.SLUG.matcher(id).matches())
        .filter(id -> id.length() < 2_000)
        .map(id -> put(URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20")))
        .map(request -> request.header("Authorization", TOKEN).json(valid()));
  }

  private static Arbitrary<BadRequest> badTokens() {
    Arbitrary<String> forged =
        Arbitraries.oneOf(
            Arbitraries.strings().ascii().ofMaxLength(60).map(text -> "Bearer " + text),
            Arbitraries.strings().alpha().ofMaxLength(60),
            Arbitraries.of(
                "bearer dev-admin-token",
                "Bearer  dev-admin-token",
                "Bearer dev-admin-tokeN",
                "Basic ZGV2LWFkbWluLXRva2Vu",
                "Bearer",
                "Bearer dev-admin-token, Bearer x",
                "Bearer dév-admin-token",
                "Bearer dev-admin-token\u00A0"));
    return Combinators.combine(
            forged.injectNull(0.1), Arbitraries.of(CheckoutFuzz.EVENT, "nope-" + UUID.randomUUID()))
        .as((token, eventId) ->
            token == null ? put(eventId) : put(eventId).header("Authorization", token))
        .map(request -> request.json(valid()));
  }

  private static Arbitrary<JsonEdit> invalid(String path, Predicate<JsonNode> refused) {
    return FuzzValues.values().filter(refused::test).map(value -> new JsonEdit(path, value));
  }

  /** Only an ISO-8601 date-time with an offset, in a four-digit year, is a start. */
  private static boolean isSurelyNoDate(JsonNode value) {
    if (!value.isTextual()) {
      return true;
    }
    try {
      int year =
          OffsetDateTime.parse(value.asText()).toInstant().atOffset(ZoneOffset.UTC).getYear();
      return year < 1970 || year > 9999;
    } catch (DateTimeParseException e) {
      return true;
    }
  }

  private static BadRequest put(String eventId) {
    return BadRequest.of("admin-events", "PUT", "/v1/admin/events/" + eventId);
  }
}
