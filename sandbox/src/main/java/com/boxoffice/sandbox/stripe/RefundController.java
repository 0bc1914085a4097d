package com.boxoffice.sandbox.stripe;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Stripe's {@code /v1/refunds} endpoints. */
@RestController
class RefundController {
  private final Settlements settlements;

  RefundController(Settlements settlements) {
    this.settlements = settlements;
  }

  @PostMapping("/v1/refunds")
  Map<String, Object> create(HttpServletRequest request) {
    return settlements.refund(new FormParams(request.getParameterMap()), ApiCall.of(request));
  }

  @GetMapping("/v1/refunds/{id}")
  Map<String, Object> retrieve(@PathVariable String id) {
    return settlements.refund(id);
  }
}
