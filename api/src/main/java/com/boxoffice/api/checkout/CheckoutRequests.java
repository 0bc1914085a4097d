package com.boxoffice.api.checkout;

import com.boxoffice.api.checkout.CheckoutShapes.Item;
import com.boxoffice.api.checkout.CheckoutShapes.StartCheckout;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;

/** Checkout ids, and the canonical form of a request that its Idempotency-Key is bound to. */
final class CheckoutRequests {
  private static final SecureRandom RANDOM = new SecureRandom();

  private CheckoutRequests() {}

  /** {@code co_} and 20 URL-safe characters (120 random bits). */
  static String newId() {
    byte[] bytes = new byte[15];
    RANDOM.nextBytes(bytes);
    return "co_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The same purchase however its items are ordered. */
  static StartCheckout canonical(StartCheckout body) {
    return new StartCheckout(
        body.eventId(),
        body.items().stream().sorted(Comparator.comparing(Item::ticketTypeId)).toList(),
        body.customer(),
        body.paymentMethodId());
  }

  static String hash(StartCheckout canonical) {
    // Each value is length-prefixed, so no two different requests can share one text.
    StringBuilder text = new StringBuilder();
    append(text, canonical.eventId());
    for (Item item : canonical.items()) {
      append(text, item.ticketTypeId());
      append(text, String.valueOf(item.quantity()));
    }
    append(text, canonical.customer().email());
    append(text, canonical.customer().name());
    append(text, canonical.paymentMethodId() == null ? "" : canonical.paymentMethodId());
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(text.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }

  private static void append(StringBuilder text, String value) {
    text.append(value.length()).append(':').append(value).append(';');
  }
}
