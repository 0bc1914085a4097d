package com.boxoffice.payment;

import static com.boxoffice.payment.PaymentFixture.VISA;
import static com.boxoffice.payment.PaymentFixture.authorization;
import static com.boxoffice.payment.PaymentFixture.capture;
import static com.boxoffice.payment.PaymentFixture.payments;
import static com.boxoffice.payment.PaymentFixture.retryableFailure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.boxoffice.checkout.contract.payment.PaymentActivities;
import com.boxoffice.checkout.contract.payment.PaymentIntentStatus;
import com.boxoffice.quota.RateLimitingServer;
import com.boxoffice.testkit.SandboxExtension;
import io.temporal.failure.ApplicationFailure;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class StripeFaultTest {
  @RegisterExtension static final SandboxExtension sandbox = new SandboxExtension();

  private StripePaymentActivities payments;

  @BeforeEach
  void stripe() {
    payments = payments(sandbox.baseUrl());
  }

  @Test
  void aServerErrorIsRetried() {
    sandbox.faults("{\"errorRate\": 1.0}");

    retryableFailure(() -> payments.authorize(authorization("c1", VISA)));
  }

  @Test
  void aRateLimitIsRetried() {
    sandbox.faults("{\"rateLimitRate\": 1.0}");

    ApplicationFailure failure = rateLimited(() -> payments.authorize(authorization("c1", VISA)));

    assertThat(failure.isNonRetryable()).isFalse();
  }

  /** The sandbox's 429s say nothing of when to come back. */
  @Test
  void aRateLimitWithoutRetryAfterIsRetriedAfterTheWorkflowsBackoff() {
    sandbox.faults("{\"rateLimitRate\": 1.0}");

    ApplicationFailure failure = rateLimited(() -> payments.authorize(authorization("c1", VISA)));

    assertThat(failure.getNextRetryDelay()).isNull();
  }

  @Test
  void aRateLimitIsRetriedAfterTheRetryAfterStripeSends() {
    try (RateLimitingServer stripe =
        new RateLimitingServer(
            Map.of("Retry-After", "3", "Request-Id", "req_limited"),
            "{\"error\": {\"type\": \"invalid_request_error\", \"code\": \"rate_limit\","
                + " \"message\": \"Too many requests hit the API too quickly.\"}}")) {
      StripePaymentActivities limited = payments(stripe.baseUrl());

      ApplicationFailure failure = rateLimited(() -> limited.authorize(authorization("c1", VISA)));

      assertThat(failure.getNextRetryDelay()).isEqualTo(Duration.ofSeconds(3));
    }
  }

  @Test
  void aRetryAfterAServerErrorCreatesOneIntent() {
    sandbox.faults("{\"errorRate\": 1.0}");
    retryableFailure(() -> payments.authorize(authorization("c1", VISA)));
    sandbox.faults("{}");

    payments.authorize(authorization("c1", VISA));

    assertThat(sandbox.intents()).hasSize(1);
  }

  @Test
  void aCaptureThatFailedOnAServerErrorIsRetried() {
    PaymentIntentStatus intent = payments.authorize(authorization("c1", VISA));
    sandbox.faults("{\"errorRate\": 1.0}");

    retryableFailure(() -> payments.capture(capture(intent, "checkout-c1:capture")));
  }

  @Test
  void aSlowAnswerIsCutOffByTheReadTimeout() {
    sandbox.faults("{\"latencyMs\": 1500}");
    StripePaymentActivities impatient =
        payments("sk_test_boxoffice", sandbox.baseUrl(), Duration.ofMillis(300));

    // A key no other test uses: the sandbox still answers this request, and stores the answer
    // under its key, after the next test has reset it.
    retryableFailure(() -> impatient.authorize(authorization("cut-off-by-read-timeout", VISA)));
  }

  @Test
  void anUnreachableStripeIsRetried() throws IOException {
    StripePaymentActivities unreachable = payments("http://127.0.0.1:" + closedPort());

    retryableFailure(() -> unreachable.authorize(authorization("c1", VISA)));
  }

  @Test
  void aKeyStripeRefusesIsRetriedUntilAnOperatorFixesIt() {
    StripePaymentActivities misconfigured =
        payments("sk_live_wrong", sandbox.baseUrl(), Duration.ofSeconds(5));

    retryableFailure(() -> misconfigured.authorize(authorization("c1", VISA)));
  }

  private static ApplicationFailure rateLimited(ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    assertThat(thrown).isInstanceOf(ApplicationFailure.class);
    ApplicationFailure failure = (ApplicationFailure) thrown;
    assertThat(failure.getType()).isEqualTo(PaymentActivities.RATE_LIMITED);
    return failure;
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
