package com.boxoffice.sandbox;

import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import com.stripe.net.RequestOptions;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.PaymentIntentCreateParams.CaptureMethod;

/** Creates intents through stripe-java the way the product's payment activities do. */
final class Intents {
  static final long AMOUNT = 15_000;

  private Intents() {}

  static PaymentIntentCreateParams params(CaptureMethod capture, String paymentMethod) {
    PaymentIntentCreateParams.Builder params =
        PaymentIntentCreateParams.builder()
            .setAmount(AMOUNT)
            .setCurrency("usd")
            .setCaptureMethod(capture)
            .putMetadata("checkout_id", "chk_test");
    if (paymentMethod != null) {
      params.setPaymentMethod(paymentMethod).setConfirm(true);
    }
    return params.build();
  }

  static PaymentIntent manual(String paymentMethod) throws StripeException {
    return create(params(CaptureMethod.MANUAL, paymentMethod), null);
  }

  static PaymentIntent automatic(String paymentMethod) throws StripeException {
    return create(params(CaptureMethod.AUTOMATIC, paymentMethod), null);
  }

  static PaymentIntent create(PaymentIntentCreateParams params, String idempotencyKey)
      throws StripeException {
    RequestOptions options = RequestOptions.builder().setIdempotencyKey(idempotencyKey).build();
    return TestSandbox.get().stripe.v1().paymentIntents().create(params, options);
  }
}
