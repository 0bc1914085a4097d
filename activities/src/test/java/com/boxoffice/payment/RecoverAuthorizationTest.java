package com.boxoffice.payment;

import static com.boxoffice.payment.PaymentFixture.DECLINED;
import static com.boxoffice.payment.PaymentFixture.VISA;
import static com.boxoffice.payment.PaymentFixture.authorization;
import static com.boxoffice.payment.PaymentFixture.payments;
import static com.boxoffice.payment.PaymentFixture.retryableFailure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.boxoffice.checkout.contract.payment.PaymentIntentStatus;
import com.boxoffice.testkit.SandboxExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Finding the intent of an authorization whose answer the saga never got. */
class RecoverAuthorizationTest {
  @RegisterExtension static final SandboxExtension sandbox = new SandboxExtension();

  private StripePaymentActivities payments;

  @BeforeEach
  void stripe() {
    payments = payments(sandbox.baseUrl());
  }

  @Test
  void findsTheIntentTheLostAuthorizationMadeWithoutMakingAnother() {
    PaymentIntentStatus lost = payments.authorize(authorization("c1", VISA));

    PaymentIntentStatus recovered = payments.recoverAuthorization(authorization("c1", VISA));

    assertThat(recovered.paymentIntentId()).isEqualTo(lost.paymentIntentId());
    assertThat(recovered.status()).isEqualTo("requires_capture");
    assertThat(sandbox.intents()).hasSize(1);
  }

  @Test
  void findsTheIntentADeclinedAuthorizationLeftBehind() {
    Throwable declined = catchThrowable(() -> payments.authorize(authorization("c1", DECLINED)));

    PaymentIntentStatus recovered = payments.recoverAuthorization(authorization("c1", DECLINED));

    assertThat(declined).isNotNull();
    assertThat(recovered.status()).isEqualTo("requires_payment_method");
    assertThat(sandbox.intents()).hasSize(1);
  }

  @Test
  void findsNothingWhenStripeRefusesTheRequest() {
    assertThat(payments.recoverAuthorization(authorization("c1", "pm_card_unknown"))).isNull();
    assertThat(sandbox.intents()).isEmpty();
  }

  @Test
  void isRetriedWhileStripeIsDown() {
    payments.authorize(authorization("c1", VISA));
    sandbox.faults("{\"errorRate\": 1.0}");

    retryableFailure(() -> payments.recoverAuthorization(authorization("c1", VISA)));
  }
}
