package com.boxoffice.api.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/** Strings and JSON values that real clients send by mistake, or attackers on purpose. */
final class FuzzValues {
  static final Pattern SLUG = Pattern.compile("^[a-z0-9-]{1,64}$");
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private FuzzValues() {}

  static Arbitrary<String> strings() {
    // Huge strings are few: each costs the server a 10-400 KB body and still tests one thing.
    return Arbitraries.frequencyOf(Tuple.of(24, ordinary()), Tuple.of(1, huge()));
  }

  private static Arbitrary<String> ordinary() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withCharRange('\u0000', '\uD7FF').ofMaxLength(40),
        Arbitraries.strings().ascii().ofMaxLength(70),
        Arbitraries.strings().withChars("aZ-_ .é€\u0000\t\n\u202E\uFEFF").ofMaxLength(70),
        Arbitraries.of(
                "😀", "🎟️", "👩‍👩‍👧‍👦", "𝕏", "Ａ", "\u0000", "\u200B", "ǅ", "İ", "ß", "\uFFFF")
            .list()
            .ofMaxSize(90)
            .map(parts -> String.join("", parts)),
        Arbitraries.of(
            "",
            " ",
            "null",
            "NaN",
            "../../etc/passwd",
            "..%2F..%2Fetc",
            "%00",
            "'; drop table orders; --",
            "${jndi:ldap://127.0.0.1/x}",
            "<script>alert(1)</script>",
            "co_AAAAAAAAAAAAAAAAAAAA",
            "FEST",
            "-",
            "a".repeat(65)));
  }

  /** 10 KB to 100 KB: past every size limit of the contract, well within Tomcat's body limit. */
  static Arbitrary<String> huge() {
    return Arbitraries.of("a", "é", "😀", "\u0000", " ", "a-")
        .flatMap(unit -> Arbitraries.integers().between(10_000, 100_000).map(unit::repeat));
  }

  static Arbitrary<JsonNode> values() {
    return Arbitraries.oneOf(
        Arbitraries.just(JSON.nullNode()),
        Arbitraries.of(true, false).map(JSON::booleanNode),
        Arbitraries.integers().map(JSON::numberNode),
        Arbitraries.of(-1, 0, 1, 2, 10, 11, 51, 1_000_001, Integer.MAX_VALUE, Integer.MIN_VALUE)
            .map(JSON::numberNode),
        Arbitraries.longs().map(JSON::numberNode),
        Arbitraries.bigIntegers()
            .between(BigInteger.TEN.pow(19), BigInteger.TEN.pow(40))
            .map(JSON::numberNode),
        Arbitraries.doubles().between(-1e12, 1e12).map(JSON::numberNode),
        Arbitraries.of("1e400", "-1e400", "1.5", "2.0", "0.0001", "1E2")
            .map(text -> JSON.numberNode(new BigDecimal(text))),
        strings().map(JSON::textNode),
        Arbitraries.of("1", "2", "true", "-1", "1e3").map(JSON::textNode),
        Arbitraries.just(JSON.arrayNode()),
        Arbitraries.just(JSON.objectNode()),
        strings().map(text -> JSON.arrayNode().add(text)),
        strings().map(text -> JSON.objectNode().put("value", text)));
  }

  static JsonNode parse(String json) {
    try {
      return new ObjectMapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(json, e);
    }
  }

  static boolean isSlug(JsonNode value) {
    return value != null && value.isTextual() && SLUG.matcher(value.asText()).matches();
  }

  static boolean isIntBetween(JsonNode value, long min, long max) {
    return value != null
        && value.isIntegralNumber()
        && value.canConvertToLong()
        && value.asLong() >= min
        && value.asLong() <= max;
  }

  /** What a person-facing name may be: 1-200 characters, not blank, no control characters. */
  static boolean isName(JsonNode value) {
    if (value == null || !value.isTextual()) {
      return false;
    }
    String text = value.asText();
    // trim(), as Bean Validation's @NotBlank does: other Unicode spaces make a valid name.
    return !text.trim().isEmpty()
        && text.length() <= 200
        && text.chars().noneMatch(Character::isISOControl);
  }
}
