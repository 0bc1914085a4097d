package com.boxoffice.api.fuzz;

import static com.boxoffice.api.fuzz.FuzzValues.isIntBetween;
import static com.boxoffice.api.fuzz.FuzzValues.isName;
import static com.boxoffice.api.fuzz.FuzzValues.isSlug;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Bad {@code POST /v1/checkouts}: each one is refused by input checks, never by the saga. */
final class CheckoutFuzz {
  static final String EVENT = "fuzz-fest";
  private static final Pattern PAYMENT_METHOD = Pattern.compile("^pm_[A-Za-z0-9_]{1,100}$");

  private CheckoutFuzz() {}

  static String valid(String eventId) {
    return """
    {"eventId": "%s", "items": [{"ticketTypeId": "ga", "quantity": 2}],
     "customer": {"email": "ada@example.com", "name": "Ada Lovelace"},
     "paymentMethodId": "pm_card_visa"}\
    """
        .formatted(eventId);
  }

  /** One field given a value its rules refuse, or removed; the event is real or unknown. */
  static Arbitrary<BadRequest> wrongFields() {
    Arbitrary<JsonEdit> edit =
        Arbitraries.oneOf(
            invalid("eventId", v -> !isSlug(v)),
            invalid("items", v -> true),
            invalid("items[0]", v -> true),
            invalid("items[0].ticketTypeId", v -> !isSlug(v)),
            invalid("items[0].quantity", v -> !isIntBetween(v, 1, 10)),
            invalid("customer", v -> true),
            invalid("customer.email", CheckoutFuzz::isSurelyNoEmail),
            invalid("customer.name", v -> !isName(v)),
            invalid("paymentMethodId", v -> !v.isNull() && !matches(PAYMENT_METHOD, v)),
            Arbitraries.of("eventId", "items", "items[0].ticketTypeId", "items[0].quantity")
                .map(JsonEdit::removing),
            Arbitraries.of("customer", "customer.email", "customer.name").map(JsonEdit::removing),
            Arbitraries.of(repeatedItems(), tooManyItems())
                .map(items -> new JsonEdit("items", FuzzValues.parse(items))));
    Arbitrary<String> event = Arbitraries.of(EVENT, "nope-" + UUID.randomUUID());
    return Combinators.combine(edit, event)
        .as((change, eventId) ->
            post()
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .json(change.applyTo(valid(eventId)))
                .naming(change.path()));
  }

  /** Truncated or random JSON, invalid UTF-8, deep nesting, wrong content types, bad keys. */
  static Arbitrary<BadRequest> badWire() {
    return wire().map(request -> request.in("checkouts-wire"));
  }

  private static Arbitrary<BadRequest> wire() {
    String body = valid(EVENT);
    String key = "Idempotency-Key";
    return Arbitraries.oneOf(
        Arbitraries.integers()
            .between(0, body.length() - 1)
            .map(end ->
                post().header(key, UUID.randomUUID().toString()).json(body.substring(0, end))),
        FuzzValues.strings()
            .map(text -> post().header(key, UUID.randomUUID().toString()).json(text)),
        Arbitraries.bytes()
            .array(byte[].class)
            .ofMaxSize(300)
            .map(bytes -> post().header(key, UUID.randomUUID().toString()).json("").body(bytes)),
        Arbitraries.of(0xC3, 0xFF, 0x80, 0xED, 0xF8)
            .map(bad ->
                post()
                    .header(key, UUID.randomUUID().toString())
                    .json("")
                    .body(withByte(body, bad))),
        Arbitraries.integers()
            .between(900, 5_000)
            .map(depth -> post().header(key, UUID.randomUUID().toString()).json(nested(depth))),
        Arbitraries.of(
                "text/plain",
                "application/xml",
                "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x",
                "application/octet-stream",
                "application/json; charset=bogus",
                "application/",
                "*/*",
                "garbage",
                "")
            .map(type ->
                post()
                    .header(key, UUID.randomUUID().toString())
                    .header("Content-Type", type)
                    .body(body)),
        Arbitraries.just(post().header(key, UUID.randomUUID().toString()).body(body)),
        Arbitraries.strings()
            .ascii()
            .ofMinLength(256)
            .ofMaxLength(7_000)
            .injectNull(0.05)
            .map(bad -> bad == null ? post().json(body) : post().header(key, bad).json(body)),
        Arbitraries.just(post().header(key, "").json(body)),
        Arbitraries.of(
                "X-Bad Name: x",
                "NoColonHere",
                "X-Nul: a\u0000b",
                "X-Fold: a\r\n folded",
                "X-Big: " + "b".repeat(9_000),
                "X-Ctl: \u0001\u0002",
                ": no name")
            .map(line -> post().line(line).json(body)));
  }

  private static Arbitrary<JsonEdit> invalid(String path, Predicate<JsonNode> refused) {
    return FuzzValues.values().filter(refused::test).map(value -> new JsonEdit(path, value));
  }

  /** Without an {@code @} nothing is an address, whatever else the validator allows. */
  private static boolean isSurelyNoEmail(JsonNode value) {
    if (!value.isTextual()) {
      return true;
    }
    String text = value.asText();
    return !text.contains("@") || text.trim().isEmpty() || text.length() > 254;
  }

  private static boolean matches(Pattern pattern, JsonNode value) {
    return value.isTextual() && pattern.matcher(value.asText()).matches();
  }

  private static String repeatedItems() {
    return "[{\"ticketTypeId\": \"ga\", \"quantity\": 1}, {\"ticketTypeId\": \"ga\", \"quantity\": 1}]";
  }

  private static String tooManyItems() {
    StringBuilder items = new StringBuilder("[");
    for (int i = 0; i < 11; i++) {
      items
          .append(i == 0 ? "" : ",")
          .append("{\"ticketTypeId\": \"t")
          .append(i)
          .append("\", \"quantity\": 1}");
    }
    return items.append(']').toString();
  }

  private static String nested(int depth) {
    return "{\"eventId\": \""
        + EVENT
        + "\", \"items\": "
        + "[".repeat(depth)
        + "]".repeat(depth)
        + "}";
  }

  private static byte[] withByte(String body, int bad) {
    byte[] bytes =
        body.replace("Ada Lovelace", "Ada \u0001 Lovelace").getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 1) {
        bytes[i] = (byte) bad;
      }
    }
    return bytes;
  }

  private static BadRequest post() {
    return BadRequest.of("checkouts-body", "POST", "/v1/checkouts");
  }
}
