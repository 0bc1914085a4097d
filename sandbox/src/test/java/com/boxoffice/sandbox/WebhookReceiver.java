package com.boxoffice.sandbox;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.net.Webhook;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * Plays the API's webhook endpoint: verifies each delivery exactly as the product will, with
 * stripe-java's {@code Webhook.constructEvent}, and can refuse the first deliveries of a type.
 */
final class WebhookReceiver {
  private final HttpServer server;
  private final String secret;
  private final List<Event> events = new CopyOnWriteArrayList<>();
  private final List<String> rejected = new CopyOnWriteArrayList<>();
  private final Map<String, Integer> refusals = new ConcurrentHashMap<>();

  WebhookReceiver(String secret) {
    this.secret = secret;
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/v1/webhooks/stripe", this::handle);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1/webhooks/stripe";
  }

  /** Answers 500 to the next {@code times} deliveries of events of {@code type}. */
  void refuse(String type, int times) {
    refusals.put(type, times);
  }

  /** Verified events received for one object (e.g. an intent id), in arrival order. */
  List<Event> eventsFor(String objectId) {
    return events.stream()
        .filter(event -> rawObject(event).contains("\"" + objectId + "\""))
        .toList();
  }

  List<String> typesFor(String objectId) {
    return eventsFor(objectId).stream().map(Event::getType).toList();
  }

  /** Deliveries whose signature did not verify. */
  List<String> rejected() {
    return rejected;
  }

  void reset() {
    events.clear();
    rejected.clear();
    refusals.clear();
  }

  private static String rawObject(Event event) {
    return event.getData().getObject().toString();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String payload = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String signature = exchange.getRequestHeaders().getFirst("Stripe-Signature");
    int status;
    try {
      Event event = Webhook.constructEvent(payload, signature, secret, 300);
      int left = refusals.getOrDefault(event.getType(), 0);
      if (left > 0) {
        refusals.put(event.getType(), left - 1);
        status = 500;
      } else {
        events.add(event);
        status = 200;
      }
    } catch (SignatureVerificationException e) {
      rejected.add(payload);
      status = 400;
    }
    exchange.sendResponseHeaders(status, -1);
    exchange.close();
  }
}
