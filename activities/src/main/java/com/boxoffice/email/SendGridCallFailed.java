package com.boxoffice.email;

/**
 * A SendGrid call that may succeed when retried: a rate limit, a 5xx, a network error, or a key an
 * operator can still fix. Temporal retries it.
 */
public class SendGridCallFailed extends RuntimeException {
  SendGridCallFailed(String message, Throwable cause) {
    super(message, cause);
  }
}
