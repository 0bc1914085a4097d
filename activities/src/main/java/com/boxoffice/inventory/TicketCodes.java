package com.boxoffice.inventory;

import java.security.SecureRandom;

/**
 * Ticket codes a buyer can read out at the gate and nobody can guess: 60 random bits in Crockford
 * base32, which leaves out I, L, O and U so a code survives being read aloud or retyped.
 */
final class TicketCodes {
  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final int LENGTH = 12;
  private static final int GROUP = 4;

  private final SecureRandom random;

  TicketCodes(SecureRandom random) {
    this.random = random;
  }

  TicketCodes() {
    this(new SecureRandom());
  }

  String next() {
    long bits = random.nextLong();
    StringBuilder code = new StringBuilder(LENGTH + LENGTH / GROUP - 1);
    for (int i = 0; i < LENGTH; i++) {
      if (i > 0 && i % GROUP == 0) {
        code.append('-');
      }
      code.append(ALPHABET[(int) (bits & 31)]);
      bits >>>= 5;
    }
    return code.toString();
  }
}
