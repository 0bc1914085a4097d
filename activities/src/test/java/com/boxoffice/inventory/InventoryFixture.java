package com.boxoffice.inventory;

import static com.boxoffice.schema.Tables.EVENTS;
import static com.boxoffice.schema.Tables.ORDERS;
import static com.boxoffice.schema.Tables.SEAT_HOLDS;
import static com.boxoffice.schema.Tables.TICKETS;
import static com.boxoffice.schema.Tables.TICKET_TYPES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.boxoffice.checkout.contract.inventory.ConfirmOrderRequest;
import com.boxoffice.checkout.contract.inventory.HoldSeatsRequest;
import com.boxoffice.checkout.contract.inventory.TicketLine;
import com.boxoffice.schema.tables.records.OrdersRecord;
import com.boxoffice.schema.tables.records.TicketsRecord;
import io.temporal.failure.ApplicationFailure;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jooq.DSLContext;

/** A festival with two ticket types, and read-backs of what the activities wrote. */
final class InventoryFixture {
  static final String EVENT = "summer-fest";
  static final String GA = "ga";
  static final String VIP = "vip";
  static final long GA_PRICE = 15_000;
  static final long VIP_PRICE = 40_000;
  static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  static final Instant HOLD_UNTIL = NOW.plus(Duration.ofMinutes(15));

  record Counts(int capacity, int held, int sold) {}

  private final DSLContext dsl;

  InventoryFixture(DSLContext dsl) {
    this.dsl = dsl;
  }

  /** The festival with {@code gaCapacity} general admission seats and {@code vipCapacity} VIP. */
  void festival(int gaCapacity, int vipCapacity) {
    dsl.insertInto(EVENTS)
        .set(EVENTS.EVENT_ID, EVENT)
        .set(EVENTS.NAME, "Summer Fest")
        .set(EVENTS.CURRENCY, "usd")
        .set(EVENTS.STARTS_AT, NOW.plus(Duration.ofDays(30)).atOffset(ZoneOffset.UTC))
        .execute();
    ticketType(GA, GA_PRICE, gaCapacity);
    ticketType(VIP, VIP_PRICE, vipCapacity);
  }

  void ticketType(String ticketTypeId, long priceMinor, int capacity) {
    dsl.insertInto(TICKET_TYPES)
        .set(TICKET_TYPES.EVENT_ID, EVENT)
        .set(TICKET_TYPES.TICKET_TYPE_ID, ticketTypeId)
        .set(TICKET_TYPES.NAME, ticketTypeId.toUpperCase())
        .set(TICKET_TYPES.PRICE_MINOR, priceMinor)
        .set(TICKET_TYPES.CAPACITY, capacity)
        .execute();
  }

  void capacity(String ticketTypeId, int capacity) {
    dsl.update(TICKET_TYPES)
        .set(TICKET_TYPES.CAPACITY, capacity)
        .where(TICKET_TYPES.TICKET_TYPE_ID.eq(ticketTypeId))
        .execute();
  }

  Counts counts(String ticketTypeId) {
    return dsl.select(TICKET_TYPES.CAPACITY, TICKET_TYPES.HELD, TICKET_TYPES.SOLD)
        .from(TICKET_TYPES)
        .where(TICKET_TYPES.EVENT_ID.eq(EVENT))
        .and(TICKET_TYPES.TICKET_TYPE_ID.eq(ticketTypeId))
        .fetchSingle(row -> new Counts(row.value1(), row.value2(), row.value3()));
  }

  OrdersRecord order(String checkoutId) {
    return dsl.fetchOne(ORDERS, ORDERS.CHECKOUT_ID.eq(checkoutId));
  }

  int orderCount() {
    return dsl.fetchCount(ORDERS);
  }

  /** The hold's state, or null when the checkout has none. */
  String holdState(String checkoutId) {
    return dsl.select(SEAT_HOLDS.STATE)
        .from(SEAT_HOLDS)
        .where(SEAT_HOLDS.CHECKOUT_ID.eq(checkoutId))
        .fetchOne(SEAT_HOLDS.STATE);
  }

  List<TicketsRecord> tickets(String checkoutId) {
    return dsl.selectFrom(TICKETS)
        .where(TICKETS.CHECKOUT_ID.eq(checkoutId))
        .orderBy(TICKETS.TICKET_TYPE_ID, TICKETS.SEQ)
        .fetch();
  }

  static HoldSeatsRequest holdRequest(String checkoutId, TicketLine... lines) {
    return new HoldSeatsRequest(
        checkoutId, EVENT, List.of(lines), "ada@example.com", "Ada Lovelace", HOLD_UNTIL);
  }

  static TicketLine line(String ticketTypeId, int quantity) {
    return new TicketLine(ticketTypeId, quantity);
  }

  /** Asserts that the call fails with a non-retryable failure of the type, and returns it. */
  static ApplicationFailure nonRetryableFailure(ThrowingCallable call, String type) {
    Throwable thrown = catchThrowable(call);
    assertThat(thrown).isInstanceOf(ApplicationFailure.class);
    ApplicationFailure failure = (ApplicationFailure) thrown;
    assertThat(failure.getType()).isEqualTo(type);
    assertThat(failure.isNonRetryable()).isTrue();
    return failure;
  }

  static ConfirmOrderRequest confirmRequest(String checkoutId) {
    return new ConfirmOrderRequest(checkoutId, "pi_" + checkoutId, "succeeded");
  }
}
