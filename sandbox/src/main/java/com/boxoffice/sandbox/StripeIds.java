package com.boxoffice.sandbox;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Stripe-looking ids: a type prefix and 24 alphanumerics, e.g. {@code pi_3Nq…}, for the intents,
 * charges, refunds, requests and events the sandbox makes.
 *
 * <p>Unique in practice (143 random bits), not unguessable: nothing the sandbox holds is secret,
 * and the JDK's {@code SecureRandom} took the sandbox's request threads through a lock and a SHA-1
 * round for every character (BENCHMARKS.md, tuning 32).
 */
public final class StripeIds {
  private static final String ALPHABET =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  private static final int LENGTH = 24;

  private StripeIds() {}

  /** {@code prefix_} and 24 alphanumerics. */
  public static String next(String prefix) {
    return prefix + '_' + random();
  }

  /** 24 alphanumerics, about 143 bits. */
  public static String random() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    char[] id = new char[LENGTH];
    for (int i = 0; i < LENGTH; i++) {
      id[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
    }
    return new String(id);
  }
}
