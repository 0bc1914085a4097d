package com.boxoffice.email;

import com.boxoffice.checkout.contract.email.EmailActivities;

/**
 * A SendGrid call that may succeed when retried: a 5xx, a network error, or a key an operator can
 * still fix. Temporal retries it. (A rate limit fails with {@link EmailActivities#RATE_LIMITED}
 * instead, which can say when to retry.)
 */
public class SendGridCallFailed extends RuntimeException {
  SendGridCallFailed(String message, Throwable cause) {
    super(message, cause);
  }
}
