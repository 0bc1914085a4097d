package com.boxoffice.email;

import com.boxoffice.checkout.contract.email.ConfirmationEmail;
import com.boxoffice.checkout.contract.email.EmailActivities;
import com.boxoffice.checkout.contract.email.EmailReceipt;
import com.boxoffice.email.DeliveryLedger.Delivery;
import com.boxoffice.quota.RateLimited;
import com.sendgrid.Method;
import com.sendgrid.Request;
import com.sendgrid.Response;
import com.sendgrid.SendGrid;
import com.sendgrid.helpers.mail.Mail;
import io.temporal.failure.ApplicationFailure;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * Confirmation mails through SendGrid, recorded in the {@code email_deliveries} ledger so that a
 * retried activity finds the mail sent and does not send it again.
 *
 * <p>One window cannot be closed: SendGrid takes no idempotency key, so if the worker dies (or the
 * database fails) after SendGrid accepted the mail and before the ledger says SENT, the retry sends
 * it again. It is kept to one single-row update: the mail is built and the attempt counted before
 * the call, and the SENT mark is the only thing after it. Each mail carries its checkout id and
 * kind in {@code custom_args}, so such a duplicate can be traced in SendGrid's activity feed.
 *
 * <p>Two attempts sending at once are kept apart by time, not by a lock: the client's connect plus
 * read timeouts stay below the activity's start-to-close timeout, so an attempt's call has ended
 * before Temporal starts the next one. A row lock held across the call would also close that gap,
 * but it pins a pooled connection for the whole call, and the pool is small and shared with seat
 * holds.
 */
public class SendGridEmailActivities implements EmailActivities {
  /** Failure type: SendGrid refused the mail itself (a bad address, a bad request). Not retried. */
  public static final String EMAIL_REJECTED = "EmailRejected";

  static final String CONFIRMATION = "CONFIRMATION";

  private final SendGrid sendGrid;
  private final DSLContext dsl;
  private final String fromEmail;
  private final Clock clock;

  /**
   * Build {@code sendGrid} with {@link SendGridSettings#client}: it bounds every call and takes a
   * permit of the cluster's SendGrid quota before each.
   */
  public SendGridEmailActivities(SendGrid sendGrid, DSLContext dsl, String fromEmail, Clock clock) {
    this.sendGrid = sendGrid;
    this.dsl = dsl;
    this.fromEmail = fromEmail;
    this.clock = clock;
  }

  @Override
  public EmailReceipt sendConfirmation(ConfirmationEmail email) {
    String checkoutId = email.checkoutId();
    String body = body(ConfirmationMail.of(email, CONFIRMATION, fromEmail));
    Delivery recorded = DeliveryLedger.begin(dsl, checkoutId, CONFIRMATION, email.toEmail(), now());
    if (recorded.sent()) {
      return new EmailReceipt(checkoutId, recorded.messageId(), true);
    }
    String messageId = send(body, checkoutId);
    DeliveryLedger.markSent(dsl, checkoutId, CONFIRMATION, messageId, now());
    return new EmailReceipt(checkoutId, messageId, false);
  }

  private String send(String body, String checkoutId) {
    Request request = new Request();
    request.setMethod(Method.POST);
    request.setEndpoint("mail/send");
    request.setBody(body);
    Response response;
    try {
      response = sendGrid.api(request);
    } catch (IOException e) {
      throw new SendGridCallFailed("Mail for checkout " + checkoutId + ": no answer", e);
    }
    int status = response.getStatusCode();
    if (status >= 200 && status < 300) {
      return header(response.getHeaders(), "X-Message-Id");
    }
    String problem =
        "Mail for checkout "
            + checkoutId
            + ": SendGrid answered "
            + status
            + " "
            + response.getBody();
    if (status == 429) {
      throw RateLimited.failure(RATE_LIMITED, problem, retryAfter(response.getHeaders()), null);
    }
    // 401 and 403 (a revoked key, an unverified sender) are an operator's fix: retrying lets the
    // mail go out once it is made, where failing would lose the confirmation for good.
    if (status == 401 || status == 403 || status >= 500) {
      throw new SendGridCallFailed(problem, null);
    }
    throw ApplicationFailure.newNonRetryableFailure(problem, EMAIL_REJECTED, status);
  }

  private static String body(Mail mail) {
    try {
      return mail.build();
    } catch (IOException e) {
      throw ApplicationFailure.newNonRetryableFailureWithCause(
          "The mail cannot be written as JSON", EMAIL_REJECTED, e);
    }
  }

  /**
   * SendGrid documents {@code X-RateLimit-Reset} (when its window resets, in epoch seconds) on its
   * 429s; a standard {@code Retry-After} wins if it sends one.
   */
  private Optional<Duration> retryAfter(Map<String, String> headers) {
    return RateLimited.retryAfter(header(headers, "Retry-After"), clock.instant())
        .or(() -> RateLimited.until(header(headers, "X-RateLimit-Reset"), clock.instant()));
  }

  private static String header(Map<String, String> headers, String name) {
    return headers.entrySet().stream()
        .filter(header -> header.getKey().equalsIgnoreCase(name))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(null);
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
