package com.boxoffice.sandbox.stripe;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The sandbox's own calls on intents: inspect them, and play the buyer at a challenge. */
@RestController
class SandboxPaymentIntentController {
  /** Body of the challenge call: {@code {"outcome": "pass" | "fail"}}. */
  record Challenge(String outcome) {}

  private final PaymentIntentStore store;
  private final PaymentIntents intents;

  SandboxPaymentIntentController(PaymentIntentStore store, PaymentIntents intents) {
    this.store = store;
    this.intents = intents;
  }

  @GetMapping("/sandbox/payment_intents")
  List<IntentView> list(@RequestParam(required = false) String status) {
    return store.intents().stream()
        .map(intent -> intent.locked(intent::view))
        .filter(view -> status == null || view.status().equals(status))
        .toList();
  }

  @GetMapping("/sandbox/payment_intents/{id}")
  IntentView get(@PathVariable String id) {
    PaymentIntent intent = known(id);
    return intent.locked(intent::view);
  }

  @PostMapping("/sandbox/payment_intents/{id}/challenge")
  Map<String, Object> challenge(@PathVariable String id, @RequestBody Challenge challenge) {
    known(id);
    String outcome = challenge.outcome() == null ? "" : challenge.outcome();
    if (!outcome.equals("pass") && !outcome.equals("fail")) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "outcome must be pass or fail");
    }
    try {
      return intents.completeChallenge(id, outcome.equals("pass"));
    } catch (PaymentIntents.ChallengeNotPending e) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, e.getMessage());
    }
  }

  private PaymentIntent known(String id) {
    try {
      return store.intent(id, "id");
    } catch (StripeApiException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
    }
  }
}
