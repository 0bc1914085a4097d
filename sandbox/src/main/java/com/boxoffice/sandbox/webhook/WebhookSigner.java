package com.boxoffice.sandbox.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Stripe's scheme: {@code t=<unix>,v1=<hex HMAC-SHA256(secret, "<t>.<payload>")>}. */
final class WebhookSigner {
  private final byte[] secret;

  WebhookSigner(String secret) {
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
  }

  String header(String payload, long timestamp) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      byte[] digest = mac.doFinal((timestamp + "." + payload).getBytes(StandardCharsets.UTF_8));
      return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
