package com.boxoffice.sandbox.webhook;

import com.boxoffice.sandbox.SandboxProperties;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
class WebhookEndpointController {
  /** What {@code /sandbox/webhook-endpoint} shows; only the enabled events can be changed. */
  record View(String url, List<String> enabledEvents) {}

  private final SandboxProperties properties;
  private final WebhookEndpoint endpoint;

  WebhookEndpointController(SandboxProperties properties, WebhookEndpoint endpoint) {
    this.properties = properties;
    this.endpoint = endpoint;
  }

  @GetMapping("/sandbox/webhook-endpoint")
  View get() {
    return new View(properties.webhookUrl(), endpoint.current().enabledEvents());
  }

  @PutMapping("/sandbox/webhook-endpoint")
  View put(@RequestBody EnabledEvents events) {
    String problem = events.problem();
    if (problem != null) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, problem);
    }
    endpoint.replace(new EnabledEvents(List.copyOf(events.enabledEvents())));
    return get();
  }
}
