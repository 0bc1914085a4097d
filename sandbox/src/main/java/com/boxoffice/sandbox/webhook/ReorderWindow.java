package com.boxoffice.sandbox.webhook;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Holds the deliveries of a short window and then releases them newest first, a little apart, so
 * that a receiver sees e.g. {@code payment_intent.canceled} before {@code
 * payment_intent.amount_capturable_updated}.
 */
final class ReorderWindow {
  private static final long WINDOW_MS = 300;
  private static final long STAGGER_MS = 40;

  private final WebhookDispatcher dispatcher;
  private final List<Delivery> held = new ArrayList<>();
  private long delayMs;

  ReorderWindow(WebhookDispatcher dispatcher) {
    this.dispatcher = dispatcher;
  }

  synchronized void hold(Delivery delivery, long delayMs) {
    held.add(delivery);
    this.delayMs = delayMs;
    if (held.size() == 1) {
      dispatcher.later(this::release, WINDOW_MS);
    }
  }

  private void release() {
    List<Delivery> batch;
    long delay;
    synchronized (this) {
      batch = new ArrayList<>(held);
      held.clear();
      delay = delayMs;
    }
    Collections.reverse(batch);
    for (int i = 0; i < batch.size(); i++) {
      dispatcher.send(batch.get(i), delay + i * STAGGER_MS);
    }
  }
}
