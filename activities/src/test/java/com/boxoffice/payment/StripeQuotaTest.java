package com.boxoffice.payment;

import static com.boxoffice.payment.PaymentFixture.VISA;
import static com.boxoffice.payment.PaymentFixture.authorization;
import static com.boxoffice.payment.PaymentFixture.capture;
import static com.boxoffice.payment.PaymentFixture.payments;
import static com.boxoffice.payment.PaymentFixture.undo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.boxoffice.checkout.contract.payment.PaymentActivities;
import com.boxoffice.checkout.contract.payment.PaymentIntentStatus;
import com.boxoffice.quota.CallQuota;
import com.boxoffice.testkit.SandboxExtension;
import io.temporal.failure.ApplicationFailure;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every request to Stripe, from any activity or helper, takes a permit of the Stripe quota. */
class StripeQuotaTest {
  @RegisterExtension static final SandboxExtension sandbox = new SandboxExtension();

  private final AtomicInteger permits = new AtomicInteger();
  private final CallQuota counting = permits::incrementAndGet;

  /** Authorize, capture, then an undo that reads the intent and refunds it: four requests. */
  @Test
  void everyRequestTakesAPermit() {
    StripePaymentActivities payments = payments(sandbox.baseUrl(), counting);
    PaymentIntentStatus intent = payments.authorize(authorization("c1", VISA));
    payments.capture(capture(intent, "checkout-c1:capture"));

    payments.undo(undo(intent));

    assertThat(permits).hasValue(4);
  }

  /** Captured under another key already: Stripe refuses the capture, then the intent is read. */
  @Test
  void aCapturesFallbackReadTakesAPermitOfItsOwn() {
    StripePaymentActivities payments = payments(sandbox.baseUrl(), counting);
    PaymentIntentStatus intent = payments.authorize(authorization("c1", VISA));
    payments.capture(capture(intent, "checkout-c1:capture"));
    permits.set(0);

    payments.capture(capture(intent, "admin:capture"));

    assertThat(permits).hasValue(2);
  }

  @Test
  void aRequestWithoutAPermitIsNotSent() {
    ApplicationFailure refused =
        ApplicationFailure.newBuilder().setType(PaymentActivities.RATE_LIMITED).build();
    StripePaymentActivities payments =
        payments(
            sandbox.baseUrl(),
            () -> {
              throw refused;
            });

    Throwable thrown = catchThrowable(() -> payments.authorize(authorization("c1", VISA)));

    assertThat(thrown).isSameAs(refused);
    assertThat(sandbox.intents()).isEmpty();
  }

  /** The client's own retries would each take a permit: one permit, one try. */
  @Test
  void stripeJavaDoesNotRetryByItself() throws IOException {
    StripePaymentActivities unreachable = payments("http://127.0.0.1:" + closedPort(), counting);

    catchThrowable(() -> unreachable.authorize(authorization("c1", VISA)));

    assertThat(permits).hasValue(1);
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
