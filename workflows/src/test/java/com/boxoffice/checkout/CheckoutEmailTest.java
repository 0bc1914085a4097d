package com.boxoffice.checkout;

import static com.boxoffice.checkout.CheckoutFixtures.CHECKOUT_ID;
import static com.boxoffice.checkout.CheckoutFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.boxoffice.checkout.contract.email.EmailReceipt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CheckoutEmailTest {
  @RegisterExtension final CheckoutHarness harness = new CheckoutHarness();

  @Test
  void retriesTheEmailUntilSendGridAcceptsIt() {
    when(harness.email.sendConfirmation(any()))
        .thenThrow(new IllegalStateException("SendGrid unavailable"))
        .thenThrow(new IllegalStateException("SendGrid unavailable"))
        .thenReturn(new EmailReceipt(CHECKOUT_ID, "msg-1", false));
    harness.start(request());

    CheckoutState result = harness.result();

    assertThat(result.status()).isEqualTo(CheckoutStatus.CONFIRMED);
    assertThat(result.needsAttention()).isFalse();
    verify(harness.email, times(3)).sendConfirmation(any());
  }

  @Test
  void keepsTheOrderConfirmedButFlagsItWhenTheEmailCannotBeSent() {
    when(harness.email.sendConfirmation(any()))
        .thenThrow(new IllegalStateException("SendGrid unavailable"));
    harness.start(request());

    CheckoutState result = harness.result();

    assertThat(result.status()).isEqualTo(CheckoutStatus.CONFIRMED);
    assertThat(result.needsAttention()).isTrue();
    verify(harness.inventory)
        .recordStatus(argThat(update -> Boolean.TRUE.equals(update.needsAttention())));
    verify(harness.payments, never()).undo(any());
  }
}
