package com.boxoffice.sandbox.stripe;

import com.boxoffice.sandbox.Resettable;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

@Component
class PaymentIntentStore implements Resettable {
  private final Map<String, PaymentIntent> intents = new ConcurrentHashMap<>();
  private final Map<String, Refund> refunds = new ConcurrentHashMap<>();

  void add(PaymentIntent intent) {
    intents.put(intent.id, intent);
  }

  PaymentIntent intent(String id, String param) {
    PaymentIntent intent = intents.get(id);
    if (intent == null) {
      throw StripeApiException.noSuch("payment_intent", id, param);
    }
    return intent;
  }

  /** Newest first. */
  List<PaymentIntent> intents() {
    return intents.values().stream()
        .sorted(Comparator.comparingLong((PaymentIntent intent) -> intent.created).reversed())
        .toList();
  }

  void add(Refund refund) {
    refunds.put(refund.id(), refund);
  }

  Refund refund(String id) {
    Refund refund = refunds.get(id);
    if (refund == null) {
      throw StripeApiException.noSuch("refund", id, "id");
    }
    return refund;
  }

  @Override
  public void reset() {
    intents.clear();
    refunds.clear();
  }
}
