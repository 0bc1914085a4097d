package com.boxoffice.loadtest.fault;

import java.util.Set;

/**
 * What the API answered a buyer's {@code POST /v1/checkouts}: the HTTP status and, for a problem,
 * its stable {@code code}. Status 0 stands for no answer at all (refused, reset, timed out).
 */
record Answer(int status, String code) {
  static final String PAYMENT_UNAVAILABLE = "payment-unavailable";
  static final String CHECKOUT_FAILED = "checkout-failed";
  static final String SOLD_OUT = "sold-out";
  static final String PAYMENT_DECLINED = "payment-declined";

  static final Answer UNANSWERED = new Answer(0, "unanswered");

  String label() {
    if (status == 0) {
      return code;
    }
    return code == null ? String.valueOf(status) : status + " " + code;
  }

  boolean created() {
    return status == 201;
  }

  /**
   * The contract's answers to retry with the same key: 503 (checkout-pending, or a backend briefly
   * down) and no answer at all. Every other answer is the buyer's final one.
   */
  boolean worthRetrying() {
    return status == 503 || status == 0;
  }

  /**
   * Whether a buyer paying with {@code card} may end with this answer in a run that can cause
   * {@code definiteFailures} (problem codes of acceptable 502s).
   */
  boolean acceptableFor(Card card, Set<String> definiteFailures) {
    return switch (status) {
      case 201 -> card != Card.DECLINED;
      case 402 -> card == Card.DECLINED && PAYMENT_DECLINED.equals(code);
      case 409 -> SOLD_OUT.equals(code);
      case 502 -> definiteFailures.contains(code);
      default -> false;
    };
  }

  @Override
  public String toString() {
    return label();
  }
}
