package com.boxoffice.sandbox.webhook;

import com.boxoffice.sandbox.SandboxProperties;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Delivers events at least once: a non-2xx answer or an unreachable receiver is retried with
 * exponential backoff up to {@code sandbox.webhook-max-attempts}. Sends are asynchronous and never
 * run on an API request's thread. The first attempts of deliveries sharing an ordering key go out
 * one after the other, in publication order, as Stripe's usually arrive; retries do not hold up
 * later events, so a failing receiver sees them out of order, as it would with Stripe.
 */
@Component
class WebhookDispatcher implements DisposableBean {
  private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
  private static final Duration TIMEOUT = Duration.ofSeconds(5);
  private static final Duration LONGEST_BACKOFF = Duration.ofSeconds(30);

  private final SandboxProperties properties;
  private final DeliveryLog deliveries;
  private final WebhookSigner signer;
  private final Map<String, CompletableFuture<Void>> queues = new ConcurrentHashMap<>();
  private final ScheduledExecutorService scheduler =
      Executors.newSingleThreadScheduledExecutor(
          Thread.ofPlatform().name("sandbox-webhooks").daemon().factory());
  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(TIMEOUT)
          .executor(Executors.newVirtualThreadPerTaskExecutor())
          .build();

  WebhookDispatcher(SandboxProperties properties, DeliveryLog deliveries) {
    this.properties = properties;
    this.deliveries = deliveries;
    this.signer = new WebhookSigner(properties.webhookSecret());
  }

  /** Queues the delivery's first attempt behind earlier ones with the same ordering key. */
  void send(Delivery delivery, long delayMs) {
    CompletableFuture<Void> queued =
        queues.compute(
            delivery.orderingKey,
            (key, tail) ->
                (tail == null ? CompletableFuture.<Void>completedFuture(null) : tail)
                    .thenCompose(ignored -> after(delayMs))
                    .thenCompose(ignored -> attempt(delivery))
                    .exceptionally(error -> null));
    queued.whenComplete((ignored, error) -> queues.remove(delivery.orderingKey, queued));
  }

  void later(Runnable task, long delayMs) {
    scheduler.schedule(task, delayMs, TimeUnit.MILLISECONDS);
  }

  private CompletableFuture<Void> after(long delayMs) {
    return delayMs <= 0
        ? CompletableFuture.completedFuture(null)
        : CompletableFuture.runAsync(
            () -> {}, CompletableFuture.delayedExecutor(delayMs, TimeUnit.MILLISECONDS, scheduler));
  }

  /** One attempt; completes once it is answered (or failed) and any retry is scheduled. */
  private CompletableFuture<Void> attempt(Delivery delivery) {
    if (!deliveries.isCurrent(delivery) || scheduler.isShutdown()) {
      return CompletableFuture.completedFuture(null);
    }
    int attempt = delivery.startAttempt();
    // Stripe signs every attempt afresh, so a late retry still passes the receiver's tolerance.
    String signature = signer.header(delivery.payload, Instant.now().getEpochSecond());
    HttpRequest request =
        HttpRequest.newBuilder(properties.webhookUri())
            .timeout(TIMEOUT)
            .header("Content-Type", "application/json; charset=utf-8")
            .header("Stripe-Signature", signature)
            .header("User-Agent", "Stripe/1.0 (+https://stripe.com/docs/webhooks)")
            .POST(HttpRequest.BodyPublishers.ofString(delivery.payload))
            .build();
    return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
        .handle((response, error) -> {
          if (error != null) {
            delivery.unreachable(error);
          } else {
            delivery.answered(response.statusCode());
          }
          if (error != null || response.statusCode() / 100 != 2) {
            retryOrGiveUp(delivery, attempt);
          }
          return null;
        });
  }

  private void retryOrGiveUp(Delivery delivery, int attempt) {
    if (attempt >= properties.webhookMaxAttempts()) {
      delivery.end(Delivery.State.GAVE_UP);
      log.warn(
          "Gave up delivering {} {} after {} attempts", delivery.type, delivery.eventId, attempt);
      return;
    }
    Duration backoff = properties.webhookRetryBase().multipliedBy(1L << Math.min(attempt - 1, 20));
    if (backoff.compareTo(LONGEST_BACKOFF) > 0) {
      backoff = LONGEST_BACKOFF;
    }
    if (!scheduler.isShutdown()) {
      later(() -> attempt(delivery), backoff.toMillis());
    }
  }

  @Override
  public void destroy() {
    scheduler.shutdownNow();
    http.shutdownNow();
  }
}
