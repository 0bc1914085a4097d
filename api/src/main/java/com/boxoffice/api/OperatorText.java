package com.boxoffice.api;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Currency;
import java.util.Locale;

/**
 * Text that operators read in the Temporal UI and CLI: workflow summaries and details. Buyers and
 * organisers choose some of it (names), so it is flattened and escaped before it is shown.
 */
public final class OperatorText {
  /**
   * Temporal refuses a start whose summary payload exceeds 400 bytes (its default namespace limit);
   * this leaves room for the payload's encoding metadata and JSON quoting.
   */
  public static final int SUMMARY_BYTES = 300;

  private OperatorText() {}

  /** {@code 750.00 USD}: in the currency's own decimals, as a person reads a price. */
  public static String money(long minor, String currency) {
    String code = currency.toUpperCase(Locale.ROOT);
    int digits;
    try {
      digits = Math.max(0, Currency.getInstance(code).getDefaultFractionDigits());
    } catch (IllegalArgumentException e) {
      digits = 2;
    }
    return BigDecimal.valueOf(minor, digits).toPlainString() + " " + code;
  }

  /** One line: a summary is shown in a single row, so line breaks and controls become spaces. */
  public static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("\\p{Cntrl}+", " ").strip();
  }

  /** Shortened with an ellipsis so that its JSON form stays within {@code maxBytes}. */
  public static String fit(String text, int maxBytes) {
    if (size(text) <= maxBytes) {
      return text;
    }
    String ellipsis = "…";
    int budget = maxBytes - size(ellipsis);
    int end = 0;
    int used = 0;
    while (end < text.length()) {
      int next = text.offsetByCodePoints(end, 1);
      int size = size(text.substring(end, next));
      if (used + size > budget) {
        break;
      }
      used += size;
      end = next;
    }
    return text.substring(0, end).stripTrailing() + ellipsis;
  }

  /**
   * Shown literally in Markdown: its own asterisks, pipes or brackets format nothing. Values always
   * follow a label, never start a line, so only inline syntax needs escaping.
   */
  public static String markdown(String text) {
    return oneLine(text).replaceAll("([\\\\`*_\\[\\]<>|~])", "\\\\$1");
  }

  /** The bytes {@code text} takes as a JSON string's content, which is what Temporal measures. */
  public static int size(String text) {
    int escapes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        escapes++;
      }
    }
    return text.getBytes(StandardCharsets.UTF_8).length + escapes;
  }
}
