package com.boxoffice.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.boxoffice.checkout.CheckoutStatus;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Waits, within a bound, until every checkout of an event has settled, then proves the product's
 * promises held for all of them: no seat sold twice or lost, no double charge, nothing left
 * authorized, exactly one mail per confirmed order and none for the others.
 */
final class Settlement {
  private Settlement() {}

  /** Returns how many orders ended in each status. */
  static Map<CheckoutStatus, Long> verify(
      LocalStack stack, String eventId, List<CheckoutStream.Placed> placed, Duration within)
      throws Exception {
    Snapshot settled = awaitSettled(stack, eventId, placed, within);

    for (CheckoutStream.Placed checkout : placed) {
      String answered =
          Http.get(stack.options().apiUrl() + "/v1/checkouts/" + checkout.checkoutId())
              .json()
              .path("status")
              .asText();
      assertThat(answered)
          .as("the API's status of %s", checkout.checkoutId())
          .isEqualTo(settled.orders().get(checkout.checkoutId()).status().name());
    }
    int confirmedSeats = 0;
    for (Snapshot.Order order : settled.orders().values()) {
      List<JsonNode> intents = settled.intents().getOrDefault(order.checkoutId(), List.of());
      assertThat(intents).as("intents of %s", order.checkoutId()).hasSizeLessThanOrEqualTo(1);
      for (JsonNode intent : intents) {
        assertThat(intent.get("capture_count").asInt()).as("captures of %s", intent).isLessThan(2);
        if (order.confirmed()) {
          assertThat(intent.get("status").asText()).as("%s", intent).isEqualTo("succeeded");
          assertThat(intent.get("amount_received").asLong()).isEqualTo(order.amount());
          assertThat(intent.get("amount_refunded").asLong()).isZero();
        } else {
          assertThat(intent.get("amount_refunded").asLong())
              .as("money kept from %s order %s: %s", order.status(), order.checkoutId(), intent)
              .isEqualTo(intent.get("amount_received").asLong());
        }
      }
      int mails = settled.mailsTo().getOrDefault(order.email(), 0);
      assertThat(mails)
          .as("mails for %s order %s", order.status(), order.checkoutId())
          .isEqualTo(order.confirmed() ? 1 : 0);
      confirmedSeats += order.confirmed() ? order.quantity() : 0;
    }
    assertThat(settled.sold()).isEqualTo(confirmedSeats).isLessThanOrEqualTo(settled.capacity());
    assertThat(settled.validTickets()).isEqualTo(confirmedSeats);
    JsonNode event = Http.get(stack.options().apiUrl() + "/v1/events/" + eventId).json();
    assertThat(event.at("/ticketTypes/0/available").asInt())
        .as("seats the API offers")
        .isEqualTo(settled.capacity() - settled.sold() - settled.held());
    return settled.orders().values().stream()
        .collect(
            Collectors.groupingBy(Snapshot.Order::status, TreeMap::new, Collectors.counting()));
  }

  private static Snapshot awaitSettled(
      LocalStack stack, String eventId, List<CheckoutStream.Placed> placed, Duration within)
      throws Exception {
    Instant deadline = Instant.now().plus(within);
    while (true) {
      Snapshot snapshot = Snapshot.of(stack, eventId);
      List<String> unsettled = unsettled(snapshot, placed);
      if (unsettled.isEmpty()) {
        return snapshot;
      }
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(
            unsettled.size() + " not settled after " + within + ", e.g. " + unsettled.getFirst());
      }
      Thread.sleep(1000);
    }
  }

  private static List<String> unsettled(Snapshot snapshot, List<CheckoutStream.Placed> placed) {
    List<String> unsettled = new ArrayList<>();
    Map<String, Snapshot.Order> orders = snapshot.orders();
    placed.stream()
        .filter(checkout -> !orders.containsKey(checkout.checkoutId()))
        .forEach(checkout -> unsettled.add(checkout.checkoutId() + " has no order"));
    for (Snapshot.Order order : orders.values()) {
      if (!order.status().isTerminal()) {
        unsettled.add(order + " is still running");
      } else if (order.confirmed() && !snapshot.sentLedger().contains(order.checkoutId())) {
        unsettled.add(order + " has no mail sent yet");
      } else if (!order.confirmed() && "HELD".equals(order.hold())) {
        unsettled.add(order + " still holds seats");
      }
      for (JsonNode intent : snapshot.intents().getOrDefault(order.checkoutId(), List.of())) {
        String status = intent.get("status").asText();
        if (!status.equals("succeeded") && !status.equals("canceled")) {
          unsettled.add(order + " has its intent " + status);
        }
      }
    }
    if (snapshot.held() != 0) {
      unsettled.add(snapshot.held() + " seats still held");
    }
    return unsettled;
  }
}
