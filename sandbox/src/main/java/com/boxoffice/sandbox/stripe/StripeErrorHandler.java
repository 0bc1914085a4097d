package com.boxoffice.sandbox.stripe;

import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@RestControllerAdvice(assignableTypes = {PaymentIntentController.class, RefundController.class})
class StripeErrorHandler {

  @ExceptionHandler
  ResponseEntity<Map<String, Object>> stripeError(StripeApiException e) {
    return ResponseEntity.status(e.status()).body(e.body());
  }
}
