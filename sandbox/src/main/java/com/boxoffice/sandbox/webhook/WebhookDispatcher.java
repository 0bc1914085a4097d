package com.boxoffice.sandbox.webhook;

import com.boxoffice.sandbox.SandboxProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
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
 *
 * <p>Each attempt is a blocking {@link HttpURLConnection} on a virtual thread of its own, over a
 * kept-alive connection: the sandbox shares the machine with the stack it stands in for, and the
 * asynchronous {@code java.net.http.HttpClient} spent more CPU on each send (BENCHMARKS.md, tuning
 * 28).
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
  private final ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();

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
    return CompletableFuture.supplyAsync(() -> post(delivery.payload, signature), senders)
        .handle((status, error) -> {
          if (error != null) {
            delivery.unreachable(error);
          } else {
            delivery.answered(status);
          }
          if (error != null || status / 100 != 2) {
            retryOrGiveUp(delivery, attempt);
          }
          return null;
        });
  }

  /** The receiver's status code; its body is read to the end so the connection can be reused. */
  private int post(String payload, String signature) {
    byte[] body = payload.getBytes(StandardCharsets.UTF_8);
    try {
      HttpURLConnection http = (HttpURLConnection) properties.webhookUri().toURL().openConnection();
      http.setConnectTimeout((int) TIMEOUT.toMillis());
      http.setReadTimeout((int) TIMEOUT.toMillis());
      http.setRequestMethod("POST");
      http.setRequestProperty("Content-Type", "application/json; charset=utf-8");
      http.setRequestProperty("Stripe-Signature", signature);
      http.setRequestProperty("User-Agent", "Stripe/1.0 (+https://stripe.com/docs/webhooks)");
      http.setDoOutput(true);
      http.setFixedLengthStreamingMode(body.length);
      try (OutputStream out = http.getOutputStream()) {
        out.write(body);
      }
      int status = http.getResponseCode();
      try (InputStream answer = status >= 400 ? http.getErrorStream() : http.getInputStream()) {
        if (answer != null) {
          answer.transferTo(OutputStream.nullOutputStream());
        }
      }
      return status;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
    senders.shutdownNow();
  }
}
