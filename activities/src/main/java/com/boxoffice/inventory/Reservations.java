package com.boxoffice.inventory;

import static com.boxoffice.schema.Tables.EVENTS;
import static com.boxoffice.schema.Tables.ORDERS;
import static com.boxoffice.schema.Tables.ORDER_ITEMS;
import static com.boxoffice.schema.Tables.SEAT_HOLDS;

import com.boxoffice.checkout.CheckoutFailure;
import com.boxoffice.checkout.CheckoutStatus;
import com.boxoffice.payment.Money;
import com.boxoffice.schema.sql.RenderedSql;
import io.temporal.failure.ApplicationFailure;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.jooq.DSLContext;
import org.jooq.Record6;
import org.jooq.impl.DSL;

/**
 * Holds an order's seats in one short transaction: the order, its items and its hold are written
 * first and the contended counter update comes last, so the hot ticket type row is locked for one
 * statement before the commit. The items' foreign key to that row is checked at commit (migration
 * V4), so the row takes no share lock before the update.
 */
final class Reservations {
  private final DSLContext dsl;
  private final Clock clock;

  Reservations(DSLContext dsl, Clock clock) {
    this.dsl = dsl;
    this.clock = clock;
  }

  SeatHold hold(HoldSeatsRequest request) {
    if (request.holdUntil() == null) {
      throw ApplicationFailure.newNonRetryableFailure(
          "An order needs a hold deadline", JooqInventoryActivities.INVALID_ORDER);
    }
    // PostgreSQL keeps microseconds; truncating first makes a retry answer the same instant.
    OffsetDateTime holdUntil =
        request.holdUntil().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    try {
      return dsl.transactionResult(tx -> holdOrReplay(tx.dsl(), request, holdUntil));
    } catch (ShortOfSeats e) {
      SeatHold concurrent =
          dsl.transactionResult(tx -> recordSoldOut(tx.dsl(), request, e, holdUntil));
      if (concurrent != null) {
        return concurrent;
      }
      throw e.soldOut.failure();
    }
  }

  private SeatHold holdOrReplay(DSLContext tx, HoldSeatsRequest request, OffsetDateTime until) {
    PricedOrder order = PricedOrder.lookUp(tx, request.eventId(), request.items());
    if (!insertOrder(tx, request, order, until, null)) {
      return replay(tx, request.checkoutId());
    }
    INSERT_HOLD.execute(
        tx,
        "checkoutId",
        request.checkoutId(),
        "holdUntil",
        until,
        "now",
        OffsetDateTime.now(clock));
    var shortOf = SeatCounts.hold(tx, request.eventId(), order.lines());
    if (!shortOf.isEmpty()) {
      throw new ShortOfSeats(order, new SoldOut(shortOf));
    }
    return new SeatHold(request.checkoutId(), order.eventName(), order.amount(), until.toInstant());
  }

  /** Returns the hold a concurrent attempt made instead, or null once the refusal is recorded. */
  private SeatHold recordSoldOut(
      DSLContext tx, HoldSeatsRequest request, ShortOfSeats shortOfSeats, OffsetDateTime until) {
    if (!insertOrder(tx, request, shortOfSeats.order, until, shortOfSeats.soldOut)) {
      return replay(tx, request.checkoutId());
    }
    return null;
  }

  /** Inserts the order and its items; false when the checkout already has an order. */
  private boolean insertOrder(
      DSLContext tx,
      HoldSeatsRequest request,
      PricedOrder order,
      OffsetDateTime until,
      SoldOut soldOut) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    Money amount = order.amount();
    int inserted =
        INSERT_ORDER.execute(
            tx,
            "checkoutId",
            request.checkoutId(),
            "eventId",
            request.eventId(),
            "status",
            (soldOut == null ? CheckoutStatus.RESERVING : CheckoutStatus.SOLD_OUT).name(),
            "email",
            request.customerEmail(),
            "name",
            request.customerName(),
            "amount",
            amount.value(),
            "currency",
            amount.currency(),
            "failureCode",
            soldOut == null ? null : CheckoutFailure.SOLD_OUT,
            "failureMessage",
            soldOut == null ? null : soldOut.message(),
            "expiresAt",
            until,
            "now",
            now);
    if (inserted == 0) {
      return false;
    }
    INSERT_ITEM.executeBatch(
        tx,
        order.lines().stream()
            .map(line ->
                new Object[] {
                  "checkoutId", request.checkoutId(),
                  "eventId", request.eventId(),
                  "ticketTypeId", line.ticketTypeId(),
                  "quantity", line.quantity(),
                  "unitPrice", line.unitPriceMinor()
                })
            .toList());
    return true;
  }

  private static final RenderedSql INSERT_ORDER =
      RenderedSql.of(
          DSL.insertInto(ORDERS)
              .set(ORDERS.CHECKOUT_ID, DSL.param("checkoutId", String.class))
              .set(ORDERS.EVENT_ID, DSL.param("eventId", String.class))
              .set(ORDERS.STATUS, DSL.param("status", String.class))
              .set(ORDERS.CUSTOMER_EMAIL, DSL.param("email", String.class))
              .set(ORDERS.CUSTOMER_NAME, DSL.param("name", String.class))
              .set(ORDERS.AMOUNT_MINOR, DSL.param("amount", Long.class))
              .set(ORDERS.CURRENCY, DSL.param("currency", String.class))
              .set(ORDERS.FAILURE_CODE, DSL.param("failureCode", String.class))
              .set(ORDERS.FAILURE_MESSAGE, DSL.param("failureMessage", String.class))
              .set(ORDERS.EXPIRES_AT, DSL.param("expiresAt", OffsetDateTime.class))
              .set(ORDERS.CREATED_AT, DSL.param("now", OffsetDateTime.class))
              .set(ORDERS.UPDATED_AT, DSL.param("now", OffsetDateTime.class))
              .onConflict(ORDERS.CHECKOUT_ID)
              .doNothing());

  private static final RenderedSql INSERT_ITEM =
      RenderedSql.of(
          DSL.insertInto(ORDER_ITEMS)
              .set(ORDER_ITEMS.CHECKOUT_ID, DSL.param("checkoutId", String.class))
              .set(ORDER_ITEMS.EVENT_ID, DSL.param("eventId", String.class))
              .set(ORDER_ITEMS.TICKET_TYPE_ID, DSL.param("ticketTypeId", String.class))
              .set(ORDER_ITEMS.QUANTITY, DSL.param("quantity", Integer.class))
              .set(ORDER_ITEMS.UNIT_PRICE_MINOR, DSL.param("unitPrice", Long.class)));

  private static final RenderedSql INSERT_HOLD =
      RenderedSql.of(
          DSL.insertInto(SEAT_HOLDS)
              .set(SEAT_HOLDS.CHECKOUT_ID, DSL.param("checkoutId", String.class))
              .set(SEAT_HOLDS.STATE, HoldState.HELD.name())
              .set(SEAT_HOLDS.HOLD_UNTIL, DSL.param("holdUntil", OffsetDateTime.class))
              .set(SEAT_HOLDS.UPDATED_AT, DSL.param("now", OffsetDateTime.class)));

  /** The answer an earlier attempt gave: its hold, or its sold-out failure again. */
  private static SeatHold replay(DSLContext tx, String checkoutId) {
    Record6<Long, String, OffsetDateTime, String, String, String> order =
        tx.select(
                ORDERS.AMOUNT_MINOR,
                ORDERS.CURRENCY,
                ORDERS.EXPIRES_AT,
                ORDERS.FAILURE_MESSAGE,
                EVENTS.NAME,
                SEAT_HOLDS.STATE)
            .from(ORDERS)
            .join(EVENTS)
            .on(EVENTS.EVENT_ID.eq(ORDERS.EVENT_ID))
            .leftJoin(SEAT_HOLDS)
            .on(SEAT_HOLDS.CHECKOUT_ID.eq(ORDERS.CHECKOUT_ID))
            .where(ORDERS.CHECKOUT_ID.eq(checkoutId))
            .fetchSingle();
    if (order.value6() == null) {
      throw SoldOut.fromMessage(order.value4()).failure();
    }
    return new SeatHold(
        checkoutId,
        order.value5(),
        new Money(order.value1(), order.value2()),
        order.value3().toInstant());
  }

  /** Unwinds the hold's transaction; carries what the sold-out record needs. */
  private static final class ShortOfSeats extends RuntimeException {
    private final transient PricedOrder order;
    private final transient SoldOut soldOut;

    ShortOfSeats(PricedOrder order, SoldOut soldOut) {
      super(soldOut.message(), null, false, false);
      this.order = order;
      this.soldOut = soldOut;
    }
  }
}
