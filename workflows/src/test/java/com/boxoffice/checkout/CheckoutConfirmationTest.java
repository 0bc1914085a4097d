package com.boxoffice.checkout;

import static com.boxoffice.checkout.CheckoutFixtures.AMOUNT;
import static com.boxoffice.checkout.CheckoutFixtures.INTENT_ID;
import static com.boxoffice.checkout.CheckoutFixtures.TICKETS;
import static com.boxoffice.checkout.CheckoutFixtures.WORKFLOW_ID;
import static com.boxoffice.checkout.CheckoutFixtures.intent;
import static com.boxoffice.checkout.CheckoutFixtures.request;
import static com.boxoffice.checkout.CheckoutFixtures.webhook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.boxoffice.checkout.contract.email.ConfirmationEmail;
import com.boxoffice.checkout.contract.inventory.OrderStatusUpdate;
import com.boxoffice.checkout.contract.payment.AuthorizeRequest;
import com.boxoffice.checkout.contract.payment.CaptureMethod;
import com.boxoffice.checkout.contract.payment.CaptureRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;

class CheckoutConfirmationTest {
  @RegisterExtension final CheckoutHarness harness = new CheckoutHarness();

  @Test
  void confirmsTheOrderWithItsTicketsOnceTheAuthorizedCardIsCaptured() {
    harness.start(request());

    CheckoutState result = harness.result();

    assertThat(result.status()).isEqualTo(CheckoutStatus.CONFIRMED);
    assertThat(result.tickets()).isEqualTo(TICKETS);
    verify(harness.payments).capture(new CaptureRequest(INTENT_ID, WORKFLOW_ID + ":capture"));
  }

  @Test
  void authorizesTheHeldAmountWithAKeyDerivedFromTheWorkflowId() {
    harness.start(request());
    harness.result();

    ArgumentCaptor<AuthorizeRequest> authorize = ArgumentCaptor.forClass(AuthorizeRequest.class);
    verify(harness.payments).authorize(authorize.capture());
    assertThat(authorize.getValue().idempotencyKey()).isEqualTo(WORKFLOW_ID + ":authorize");
    assertThat(authorize.getValue().amount()).isEqualTo(AMOUNT);
    assertThat(authorize.getValue().captureMethod()).isEqualTo(CaptureMethod.MANUAL);
    assertThat(authorize.getValue().paymentMethodId()).isEqualTo("pm_card_visa");
  }

  @Test
  void answersTheStartingUpdateWithTheClientSecretWhileTheBuyerMustAct() {
    when(harness.payments.authorize(any())).thenReturn(intent("requires_action"));

    CheckoutState ready = harness.start(request());

    assertThat(ready.status()).isEqualTo(CheckoutStatus.AWAITING_PAYMENT);
    assertThat(ready.clientSecret()).isEqualTo(INTENT_ID + "_secret_42");
    assertThat(ready.paymentStatus()).isEqualTo("requires_action");
  }

  @Test
  void recordsTheIntentInTheDatabaseBeforeAnsweringTheStartingUpdate() {
    when(harness.payments.authorize(any())).thenReturn(intent("requires_action"));

    harness.start(request());

    verify(harness.inventory)
        .recordStatus(
            new OrderStatusUpdate(
                "c-1", "AWAITING_PAYMENT", INTENT_ID, "requires_action", null, null, null));
  }

  @Test
  void doesNotCaptureWhatAutomaticCaptureAlreadyCharged() {
    when(harness.payments.authorize(any())).thenReturn(intent("succeeded"));
    harness.start(request(CaptureMethod.AUTOMATIC));

    CheckoutState result = harness.result();

    assertThat(result.status()).isEqualTo(CheckoutStatus.CONFIRMED);
    verify(harness.payments, never()).capture(any());
  }

  @Test
  void confirmsOnceTheBuyerPassesThreeDSecure() {
    when(harness.payments.authorize(any())).thenReturn(intent("requires_action"));
    harness.start(request());

    harness
        .checkout()
        .paymentUpdated(
            webhook("evt_1", "payment_intent.amount_capturable_updated", "requires_capture"));

    assertThat(harness.result().status()).isEqualTo(CheckoutStatus.CONFIRMED);
  }

  @Test
  void emailsTheTicketsToTheBuyer() {
    harness.start(request());
    harness.result();

    ArgumentCaptor<ConfirmationEmail> mail = ArgumentCaptor.forClass(ConfirmationEmail.class);
    verify(harness.email).sendConfirmation(mail.capture());
    assertThat(mail.getValue().toEmail()).isEqualTo("ada@example.com");
    assertThat(mail.getValue().tickets()).isEqualTo(TICKETS);
  }
}
