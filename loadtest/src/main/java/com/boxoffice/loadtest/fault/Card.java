package com.boxoffice.loadtest.fault;

/**
 * How a buyer pays, from Stripe's test cards, and how a 3-D Secure buyer answers the challenge.
 * Buyers take their card from a fixed cycle, so every run of a size meets the same mix: 65 %
 * succeed at once, 10 % are declined, 15 % pass 3-D Secure, 10 % fail it.
 */
enum Card {
  VISA("pm_card_visa", null),
  DECLINED("pm_card_chargeDeclined", null),
  THREE_D_SECURE_PASSED("pm_card_threeDSecure2Required", "pass"),
  THREE_D_SECURE_FAILED("pm_card_threeDSecure2Required", "fail");

  private static final String CYCLE = "VVVPVVDVVFVVPVVDVVPF";

  private final String paymentMethod;
  private final String challengeOutcome;

  Card(String paymentMethod, String challengeOutcome) {
    this.paymentMethod = paymentMethod;
    this.challengeOutcome = challengeOutcome;
  }

  /** The card of buyer {@code n} (from 0). */
  static Card forBuyer(int n) {
    return switch (CYCLE.charAt(n % CYCLE.length())) {
      case 'D' -> DECLINED;
      case 'P' -> THREE_D_SECURE_PASSED;
      case 'F' -> THREE_D_SECURE_FAILED;
      default -> VISA;
    };
  }

  String paymentMethod() {
    return paymentMethod;
  }

  /** {@code pass} or {@code fail} for a 3-D Secure card, else null: no challenge to play. */
  String challengeOutcome() {
    return challengeOutcome;
  }
}
