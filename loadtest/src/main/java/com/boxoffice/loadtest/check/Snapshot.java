package com.boxoffice.loadtest.check;

import com.boxoffice.checkout.CheckoutStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the database and the sandbox held at one moment, read once so that every check judges the
 * same state. {@code takenAt} is the database's clock, the one order timestamps were written by.
 */
record Snapshot(
    Instant takenAt,
    List<TicketType> ticketTypes,
    List<Order> orders,
    List<Intent> intents,
    List<Mail> mails) {

  /**
   * A ticket type's counters beside what the rows behind them add up to.
   *
   * @param validTickets tickets issued and not voided
   * @param confirmedSeats seats of the orders now {@code CONFIRMED}
   * @param seatsInHeldHolds seats of the orders whose hold is still {@code HELD}
   */
  record TicketType(
      String eventId,
      String ticketTypeId,
      int capacity,
      int held,
      int sold,
      int validTickets,
      int confirmedSeats,
      int seatsInHeldHolds) {

    String name() {
      return eventId + "/" + ticketTypeId;
    }
  }

  /** An order row with its hold's state ({@code null} for a sold-out order, which holds none). */
  record Order(
      String checkoutId,
      String status,
      long amount,
      String paymentIntentId,
      String holdState,
      Instant createdAt) {

    boolean confirmed() {
      return "CONFIRMED".equals(status);
    }

    /** A status this build does not know counts as unsettled: the checker must not guess. */
    boolean terminal() {
      try {
        return CheckoutStatus.valueOf(status).isTerminal();
      } catch (IllegalArgumentException unknown) {
        return false;
      }
    }
  }

  /** A PaymentIntent as the sandbox (Stripe's stand-in) holds it. */
  record Intent(
      String id,
      String status,
      long amount,
      long amountCapturable,
      long amountReceived,
      long amountRefunded,
      int captureCount,
      String checkoutId) {

    boolean captured() {
      return amountReceived > 0;
    }
  }

  /** A mail the sandbox captured, by the checkout and kind it carries in {@code custom_args}. */
  record Mail(String checkoutId, String kind, List<String> to) {}

  Map<String, Order> ordersById() {
    return orders.stream().collect(Collectors.toMap(Order::checkoutId, Function.identity()));
  }
}
