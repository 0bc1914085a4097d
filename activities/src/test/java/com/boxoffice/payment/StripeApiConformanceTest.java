package com.boxoffice.payment;

import static com.boxoffice.payment.PaymentFixture.VISA;
import static com.boxoffice.payment.PaymentFixture.authorization;
import static com.boxoffice.payment.PaymentFixture.payments;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.boxoffice.checkout.contract.payment.CaptureMethod;
import com.boxoffice.checkout.contract.payment.CaptureRequest;
import com.boxoffice.checkout.contract.payment.PaymentIntentStatus;
import com.boxoffice.checkout.contract.payment.RetrievePaymentRequest;
import com.boxoffice.checkout.contract.payment.UndoPaymentRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The requests the payment activities send are valid Stripe API calls: stripe-mock answers an
 * unknown or malformed parameter with invalid_request_error, which the activities turn into a
 * non-retryable PaymentRejected failure. (It answers with fixtures, not state, so outcomes are
 * tested against the sandbox instead.)
 */
class StripeApiConformanceTest {
  @RegisterExtension static final StripeMockExtension stripeMock = new StripeMockExtension();

  private final StripePaymentActivities payments = payments(stripeMock.apiBase());

  @Test
  void authorizingAndConfirmingWithAPaymentMethodIsAValidStripeCall() {
    PaymentIntentStatus intent = payments.authorize(authorization("c1", VISA));

    assertThat(intent.paymentIntentId()).startsWith("pi_");
  }

  @Test
  void authorizingForAutomaticCaptureWithoutAPaymentMethodIsAValidStripeCall() {
    assertThatCode(() -> payments.authorize(authorization("c2", null, CaptureMethod.AUTOMATIC)))
        .doesNotThrowAnyException();
  }

  @Test
  void retrievingAnIntentIsAValidStripeCall() {
    PaymentIntentStatus intent = payments.authorize(authorization("c3", VISA));

    assertThatCode(() -> payments.retrieve(new RetrievePaymentRequest(intent.paymentIntentId())))
        .doesNotThrowAnyException();
  }

  @Test
  void capturingIsAValidStripeCall() {
    PaymentIntentStatus intent = payments.authorize(authorization("c4", VISA));

    assertThatCode(() ->
            payments.capture(new CaptureRequest(intent.paymentIntentId(), "checkout-c4:capture")))
        .doesNotThrowAnyException();
  }

  @Test
  void undoingAnUncapturedIntentIsAValidStripeCall() {
    PaymentIntentStatus intent = payments.authorize(authorization("c5", VISA));

    assertThatCode(() ->
            payments.undo(
                new UndoPaymentRequest(intent.paymentIntentId(), "checkout-c5:undo", "test")))
        .doesNotThrowAnyException();
  }
}
