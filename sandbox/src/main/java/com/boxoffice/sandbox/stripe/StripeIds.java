package com.boxoffice.sandbox.stripe;

import java.security.SecureRandom;

/** Stripe-looking ids: a type prefix and 24 alphanumerics, e.g. {@code pi_3Nq…}. */
final class StripeIds {
  private static final String ALPHABET =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  private static final SecureRandom RANDOM = new SecureRandom();

  private StripeIds() {}

  static String next(String prefix) {
    StringBuilder id = new StringBuilder(prefix).append('_');
    for (int i = 0; i < 24; i++) {
      id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return id.toString();
  }
}
