package com.boxoffice.sandbox.webhook;

import com.boxoffice.sandbox.SandboxProperties;
import com.boxoffice.sandbox.StripeIds;
import com.boxoffice.sandbox.fault.FaultSettings;
import com.boxoffice.sandbox.fault.Faults;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Turns a state change into the Stripe event that announces it and hands it to delivery when the
 * webhook endpoint enables its type, applying the webhook faults (drop, duplicate, reorder, delay)
 * on the way.
 */
@Component
public class WebhookPublisher {
  private final SandboxProperties properties;
  private final WebhookEndpoint endpoint;
  private final FaultSettings faults;
  private final DeliveryLog deliveries;
  private final WebhookDispatcher dispatcher;
  private final ReorderWindow reorder;
  private final ObjectMapper json;

  WebhookPublisher(
      SandboxProperties properties,
      WebhookEndpoint endpoint,
      FaultSettings faults,
      DeliveryLog deliveries,
      WebhookDispatcher dispatcher,
      ObjectMapper json) {
    this.properties = properties;
    this.endpoint = endpoint;
    this.faults = faults;
    this.deliveries = deliveries;
    this.dispatcher = dispatcher;
    this.reorder = new ReorderWindow(dispatcher);
    this.json = json;
  }

  /**
   * Publishes an event whose {@code data.object} is {@code object}; {@code apiVersion} should be
   * the version the object was rendered for, so that stripe-java can deserialize it.
   */
  public void publish(
      String type, Map<String, Object> object, String apiVersion, EventRequest request) {
    String id = StripeIds.next("evt");
    // Events about one payment keep their order; events about different ones do not wait.
    Object orderingKey = object.getOrDefault("payment_intent", object.get("id"));
    String key = String.valueOf(orderingKey);
    Delivery.State unsent = unsent(type);
    if (unsent != null) {
      // Listed all the same, as Stripe lists the event under /v1/events, so that a tester can see
      // why it never came; no attempt is made, and no fault applies to it.
      deliveries.open(id, type, key, null, false).end(unsent);
      return;
    }
    String payload = serialize(event(id, type, object, apiVersion, request));
    Faults now = faults.current();
    Delivery delivery = deliveries.open(id, type, key, payload, false);
    if (faults.strikes(now.webhookDropRate())) {
      delivery.end(Delivery.State.DROPPED);
      return;
    }
    List<Delivery> copies = new ArrayList<>(List.of(delivery));
    if (faults.strikes(now.webhookDuplicateRate())) {
      copies.add(deliveries.open(id, type, key, payload, true));
    }
    for (Delivery copy : copies) {
      if (now.webhookReorder()) {
        reorder.hold(copy, now.webhookDelayMs());
      } else {
        dispatcher.send(copy, now.webhookDelayMs());
      }
    }
  }

  /** Why no delivery of an event of this type is made, as with Stripe; null when one is. */
  private Delivery.State unsent(String type) {
    if (!properties.webhooksEnabled()) {
      return Delivery.State.DISABLED;
    }
    return endpoint.enables(type) ? null : Delivery.State.NOT_ENABLED;
  }

  private static Map<String, Object> event(
      String id, String type, Map<String, Object> object, String apiVersion, EventRequest request) {
    Map<String, Object> origin = new LinkedHashMap<>();
    origin.put("id", request.id());
    origin.put("idempotency_key", request.idempotencyKey());
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("id", id);
    event.put("object", "event");
    event.put("api_version", apiVersion);
    event.put("created", Instant.now().getEpochSecond());
    event.put("data", Map.of("object", object));
    event.put("livemode", false);
    event.put("pending_webhooks", 1);
    event.put("request", origin);
    event.put("type", type);
    return event;
  }

  private String serialize(Map<String, Object> event) {
    try {
      return json.writeValueAsString(event);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an event is plain maps, lists and scalars", e);
    }
  }
}
