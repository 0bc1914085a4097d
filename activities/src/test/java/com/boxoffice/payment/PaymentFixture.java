package com.boxoffice.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.boxoffice.checkout.contract.payment.AuthorizeRequest;
import com.boxoffice.checkout.contract.payment.CaptureMethod;
import com.boxoffice.checkout.contract.payment.CaptureRequest;
import com.boxoffice.checkout.contract.payment.Money;
import com.boxoffice.checkout.contract.payment.PaymentIntentStatus;
import com.boxoffice.checkout.contract.payment.UndoPaymentRequest;
import com.boxoffice.quota.CallQuota;
import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Requests against the sandbox, through the client the worker builds. */
final class PaymentFixture {
  static final String VISA = "pm_card_visa";
  static final String DECLINED = "pm_card_chargeDeclined";
  static final String INSUFFICIENT_FUNDS = "pm_card_chargeDeclinedInsufficientFunds";
  static final String THREE_D_SECURE = "pm_card_threeDSecure2Required";
  static final Money AMOUNT = new Money(15_000, "usd");

  /** For tests about anything but the quota. */
  static final CallQuota UNLIMITED = () -> {};

  private PaymentFixture() {}

  static StripePaymentActivities payments(String apiBase) {
    return payments("sk_test_boxoffice", apiBase, Duration.ofSeconds(5));
  }

  static StripePaymentActivities payments(String apiKey, String apiBase, Duration readTimeout) {
    return payments(apiKey, apiBase, readTimeout, UNLIMITED);
  }

  static StripePaymentActivities payments(String apiBase, CallQuota quota) {
    return payments("sk_test_boxoffice", apiBase, Duration.ofSeconds(5), quota);
  }

  private static StripePaymentActivities payments(
      String apiKey, String apiBase, Duration readTimeout, CallQuota quota) {
    return new StripePaymentActivities(
        new StripeSettings(apiKey, apiBase, Duration.ofSeconds(2), readTimeout).client(quota));
  }

  static AuthorizeRequest authorization(String checkoutId, String paymentMethod) {
    return authorization(checkoutId, paymentMethod, CaptureMethod.MANUAL);
  }

  static AuthorizeRequest authorization(
      String checkoutId, String paymentMethod, CaptureMethod captureMethod) {
    return new AuthorizeRequest(
        checkoutId,
        "checkout-" + checkoutId + ":authorize",
        AMOUNT,
        paymentMethod,
        captureMethod,
        "ada@example.com",
        "Summer Fest");
  }

  static CaptureRequest capture(PaymentIntentStatus intent, String key) {
    return new CaptureRequest(intent.paymentIntentId(), key);
  }

  static UndoPaymentRequest undo(PaymentIntentStatus intent) {
    return new UndoPaymentRequest(intent.paymentIntentId(), "checkout-c1:undo", "PAYMENT_FAILED");
  }

  /** Asserts that the call fails with a non-retryable failure of the type, and returns it. */
  static ApplicationFailure nonRetryableFailure(ThrowingCallable call, String type) {
    Throwable thrown = catchThrowable(call);
    assertThat(thrown).isInstanceOf(ApplicationFailure.class);
    ApplicationFailure failure = (ApplicationFailure) thrown;
    assertThat(failure.getType()).isEqualTo(type);
    assertThat(failure.isNonRetryable()).isTrue();
    return failure;
  }

  /** Asserts that the call fails with an exception Temporal retries. */
  static void retryableFailure(ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    assertThat(thrown).isInstanceOf(StripeCallFailed.class);
  }
}
