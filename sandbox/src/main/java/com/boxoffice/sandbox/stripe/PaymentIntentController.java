package com.boxoffice.sandbox.stripe;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Stripe's {@code /v1/payment_intents} endpoints. */
@RestController
class PaymentIntentController {
  private final PaymentIntents intents;
  private final Settlements settlements;

  PaymentIntentController(PaymentIntents intents, Settlements settlements) {
    this.intents = intents;
    this.settlements = settlements;
  }

  @PostMapping("/v1/payment_intents")
  Map<String, Object> create(HttpServletRequest request) {
    return intents.create(params(request), ApiCall.of(request));
  }

  @GetMapping("/v1/payment_intents/{id}")
  Map<String, Object> retrieve(@PathVariable String id, HttpServletRequest request) {
    return intents.retrieve(id, params(request));
  }

  @PostMapping("/v1/payment_intents/{id}/confirm")
  Map<String, Object> confirm(@PathVariable String id, HttpServletRequest request) {
    return intents.confirm(id, params(request), ApiCall.of(request));
  }

  @PostMapping("/v1/payment_intents/{id}/capture")
  Map<String, Object> capture(@PathVariable String id, HttpServletRequest request) {
    return settlements.capture(id, params(request), ApiCall.of(request));
  }

  @PostMapping("/v1/payment_intents/{id}/cancel")
  Map<String, Object> cancel(@PathVariable String id, HttpServletRequest request) {
    return settlements.cancel(id, params(request), ApiCall.of(request));
  }

  private static FormParams params(HttpServletRequest request) {
    return new FormParams(request.getParameterMap());
  }
}
