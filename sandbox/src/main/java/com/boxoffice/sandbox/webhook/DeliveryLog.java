package com.boxoffice.sandbox.webhook;

import com.boxoffice.sandbox.Resettable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * Every delivery ever opened, oldest first. A reset starts a new generation so that retries of
 * deliveries opened before it stop instead of reaching the next test's receiver.
 */
@Component
class DeliveryLog implements Resettable {
  private final ConcurrentLinkedQueue<Delivery> deliveries = new ConcurrentLinkedQueue<>();
  private final AtomicLong generation = new AtomicLong();

  Delivery open(
      String eventId, String type, String orderingKey, String payload, boolean duplicate) {
    Delivery delivery =
        new Delivery(eventId, type, orderingKey, payload, duplicate, generation.get());
    deliveries.add(delivery);
    return delivery;
  }

  boolean isCurrent(Delivery delivery) {
    return delivery.generation == generation.get();
  }

  List<Delivery.View> views() {
    List<Delivery.View> views = new ArrayList<>();
    deliveries.forEach(delivery -> views.add(delivery.view()));
    return Collections.unmodifiableList(views);
  }

  @Override
  public void reset() {
    generation.incrementAndGet();
    deliveries.clear();
  }
}
