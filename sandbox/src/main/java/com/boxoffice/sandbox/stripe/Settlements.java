package com.boxoffice.sandbox.stripe;

import com.boxoffice.sandbox.StripeIds;
import com.boxoffice.sandbox.webhook.WebhookPublisher;
import java.time.Instant;
import java.util.Map;
import org.springframework.stereotype.Component;

/** What happens to an authorized intent: capture, cancel (void) and refunds. */
@Component
class Settlements {
  private final PaymentIntentStore store;
  private final WebhookPublisher webhooks;

  Settlements(PaymentIntentStore store, WebhookPublisher webhooks) {
    this.store = store;
    this.webhooks = webhooks;
  }

  Map<String, Object> capture(String id, FormParams params, ApiCall call) {
    PaymentIntent intent = store.intent(id, "id");
    Long amount = params.amount("amount_to_capture");
    return intent.locked(() -> {
      intent.capture(amount);
      publish("payment_intent.succeeded", intent.json(false), intent, call);
      return intent.json(false);
    });
  }

  Map<String, Object> cancel(String id, FormParams params, ApiCall call) {
    PaymentIntent intent = store.intent(id, "id");
    String reason = params.get("cancellation_reason");
    return intent.locked(() -> {
      intent.cancel(reason);
      publish("payment_intent.canceled", intent.json(false), intent, call);
      return intent.json(false);
    });
  }

  Map<String, Object> refund(FormParams params, ApiCall call) {
    PaymentIntent intent = intentToRefund(params);
    Long requested = params.amount("amount");
    return intent.locked(() -> {
      if (!intent.status().equals("succeeded")) {
        throw StripeApiException.unexpectedState(
            intent,
            "This PaymentIntent does not have a successful charge to refund (its status is "
                + intent.status()
                + ").");
      }
      long refundable = intent.refundable();
      if (refundable == 0) {
        throw StripeApiException.invalidRequest(
            "charge_already_refunded",
            null,
            "Charge " + intent.latestCharge() + " has already been refunded.");
      }
      long amount = requested == null ? refundable : requested;
      if (amount > refundable || amount == 0) {
        throw StripeApiException.invalidRequest(
            "amount_too_large",
            "amount",
            "Refund amount ("
                + amount
                + ") is greater than unrefunded amount on charge ("
                + refundable
                + ")");
      }
      Refund refund =
          new Refund(
              StripeIds.next("re"),
              amount,
              intent.creation.currency(),
              intent.latestCharge(),
              intent.id,
              params.get("reason"),
              params.nested("metadata"),
              Instant.now().getEpochSecond());
      intent.refunded(refund);
      store.add(refund);
      publish("charge.refunded", intent.chargeJson(), intent, call);
      return refund.json();
    });
  }

  Map<String, Object> refund(String id) {
    return store.refund(id).json();
  }

  private PaymentIntent intentToRefund(FormParams params) {
    String id = params.get("payment_intent");
    if (id == null) {
      throw StripeApiException.missing("payment_intent");
    }
    return store.intent(id, "payment_intent");
  }

  private void publish(
      String type, Map<String, Object> object, PaymentIntent intent, ApiCall call) {
    webhooks.publish(type, object, intent.creation.apiVersion(), call.eventRequest());
  }
}
