package com.boxoffice.sandbox.stripe;

import com.boxoffice.sandbox.webhook.WebhookPublisher;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Creates intents and takes them through confirmation and the buyer's 3-D Secure challenge. */
@Component
class PaymentIntents {
  private static final Set<String> CAPTURE_METHODS =
      Set.of("automatic", "automatic_async", "manual");

  private final PaymentIntentStore store;
  private final WebhookPublisher webhooks;

  PaymentIntents(PaymentIntentStore store, WebhookPublisher webhooks) {
    this.store = store;
    this.webhooks = webhooks;
  }

  Map<String, Object> create(FormParams params, ApiCall call) {
    Long amount = params.amount("amount");
    if (amount == null) {
      throw StripeApiException.missing("amount");
    }
    String currency = params.required("currency").toLowerCase();
    String captureMethod = params.get("capture_method", "automatic");
    if (!CAPTURE_METHODS.contains(captureMethod)) {
      throw StripeApiException.invalidRequest(
          "parameter_invalid_string",
          "capture_method",
          "Invalid capture_method: must be one of automatic, automatic_async, or manual");
    }
    String paymentMethod = params.get("payment_method");
    boolean confirm = params.bool("confirm");
    // Checked before the intent exists, as Stripe does: an unknown method creates nothing.
    TestCard card = paymentMethod == null ? null : TestCard.of(paymentMethod);
    if (confirm && card == null) {
      throw StripeApiException.invalidRequest(
          "payment_intent_unexpected_state",
          "payment_method",
          "You cannot confirm this PaymentIntent because it's missing a payment method.");
    }
    Map<String, String> automatic = params.nested("automatic_payment_methods");
    List<String> types = params.list("payment_method_types");
    PaymentIntent intent =
        new PaymentIntent(
            new PaymentIntent.Creation(
                amount,
                currency,
                captureMethod,
                params.nested("metadata"),
                params.get("description"),
                params.get("receipt_email"),
                automatic.isEmpty()
                    ? null
                    : Map.of("enabled", "true".equals(automatic.get("enabled"))),
                types.isEmpty() ? List.of("card") : types,
                call.apiVersion()),
            paymentMethod);
    return intent.locked(() -> {
      store.add(intent);
      publish("payment_intent.created", intent, call);
      return confirm ? confirm(intent, card, call) : intent.json(false);
    });
  }

  Map<String, Object> retrieve(String id, FormParams params) {
    PaymentIntent intent = store.intent(id, "id");
    boolean expandCharge = params.list("expand").contains("latest_charge");
    return intent.locked(() -> intent.json(expandCharge));
  }

  Map<String, Object> confirm(String id, FormParams params, ApiCall call) {
    PaymentIntent intent = store.intent(id, "id");
    return intent.locked(() -> {
      String paymentMethod = params.get("payment_method", intent.paymentMethod());
      if (paymentMethod == null) {
        throw StripeApiException.unexpectedState(
            intent, "You cannot confirm this PaymentIntent because it's missing a payment method.");
      }
      return confirm(intent, TestCard.of(paymentMethod), call);
    });
  }

  /** The buyer passed or failed the challenge of an intent in {@code requires_action}. */
  Map<String, Object> completeChallenge(String id, boolean passed) {
    PaymentIntent intent = store.intent(id, "id");
    return intent.locked(() -> {
      if (!intent.status().equals("requires_action")) {
        throw new ChallengeNotPending(intent.status());
      }
      if (passed) {
        intent.authorize();
        publish(authorizedEvent(intent), intent, ApiCall.NONE);
      } else {
        intent.failAuthentication();
        publish("payment_intent.payment_failed", intent, ApiCall.NONE);
      }
      return intent.json(false);
    });
  }

  private Map<String, Object> confirm(PaymentIntent intent, TestCard card, ApiCall call) {
    intent.confirmWith(card.paymentMethod);
    switch (card.outcome) {
      case AUTHORIZE -> {
        intent.authorize();
        publish(authorizedEvent(intent), intent, call);
      }
      case DECLINE -> {
        intent.decline(card);
        publish("payment_intent.payment_failed", intent, call);
        throw StripeApiException.card(intent);
      }
      case CHALLENGE -> {
        intent.requireAction();
        publish("payment_intent.requires_action", intent, call);
      }
    }
    return intent.json(false);
  }

  private static String authorizedEvent(PaymentIntent intent) {
    return intent.manual()
        ? "payment_intent.amount_capturable_updated"
        : "payment_intent.succeeded";
  }

  private void publish(String type, PaymentIntent intent, ApiCall call) {
    webhooks.publish(type, intent.json(false), intent.creation.apiVersion(), call.eventRequest());
  }

  /** The intent is not waiting for a challenge: nothing to pass or fail. */
  static final class ChallengeNotPending extends RuntimeException {
    ChallengeNotPending(String status) {
      super("The PaymentIntent is " + status + ", not requires_action");
    }
  }
}
