package com.boxoffice.sandbox.webhook;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class WebhookController {
  private final DeliveryLog deliveries;

  WebhookController(DeliveryLog deliveries) {
    this.deliveries = deliveries;
  }

  /** The delivery log, oldest first, optionally only one event type. */
  @GetMapping("/sandbox/webhooks")
  List<Delivery.View> deliveries(@RequestParam(required = false) String type) {
    return deliveries.views().stream()
        .filter(view -> type == null || view.type().equals(type))
        .toList();
  }
}
