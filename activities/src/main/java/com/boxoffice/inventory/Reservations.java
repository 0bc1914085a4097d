package com.boxoffice.inventory;

import static com.boxoffice.schema.Tables.EVENTS;
import static com.boxoffice.schema.Tables.ORDERS;
import static com.boxoffice.schema.Tables.ORDER_ITEMS;
import static com.boxoffice.schema.Tables.SEAT_HOLDS;
import static com.boxoffice.schema.Tables.TICKET_TYPES;

import com.boxoffice.checkout.CheckoutFailure;
import com.boxoffice.checkout.CheckoutStatus;
import com.boxoffice.checkout.contract.inventory.HoldSeatsRequest;
import com.boxoffice.checkout.contract.inventory.SeatHold;
import com.boxoffice.checkout.contract.payment.Money;
import com.boxoffice.schema.sql.RenderedSql;
import io.temporal.failure.ApplicationFailure;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record6;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Holds an order's seats in one short transaction of as few round trips as it can: the prices are
 * read, then one statement writes the order, its items and its hold and holds the first line's
 * seats, and the commit follows. A one-type order's hot ticket type row is locked by the last
 * statement before the commit, so for one round trip; each further line adds one counter update
 * after it, in ticket type order. The items' foreign key to that row is checked at commit
 * (migration V4), so the row takes no share lock before the update.
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
    Written written = write(tx, request, order, until, null);
    if (!written.order()) {
      return replay(tx, request.checkoutId());
    }
    List<String> shortOf = new ArrayList<>();
    List<PricedOrder.Line> lines = order.lines();
    if (!written.firstLineHeld()) {
      shortOf.add(lines.get(0).ticketTypeId());
    }
    shortOf.addAll(SeatCounts.hold(tx, request.eventId(), lines.subList(1, lines.size())));
    if (!shortOf.isEmpty()) {
      throw new ShortOfSeats(order, new SoldOut(shortOf));
    }
    return new SeatHold(request.checkoutId(), order.eventName(), order.amount(), until.toInstant());
  }

  /** Returns the hold a concurrent attempt made instead, or null once the refusal is recorded. */
  private SeatHold recordSoldOut(
      DSLContext tx, HoldSeatsRequest request, ShortOfSeats shortOfSeats, OffsetDateTime until) {
    if (!write(tx, request, shortOfSeats.order, until, shortOfSeats.soldOut).order()) {
      return replay(tx, request.checkoutId());
    }
    return null;
  }

  /**
   * What {@link #WRITE} did: whether it wrote the order (false when the checkout already had one),
   * and whether it held the first line's seats.
   */
  private record Written(boolean order, boolean firstLineHeld) {}

  /**
   * Writes the order with its items and, unless it is a sold-out refusal, its hold and the first
   * line's seats, in one statement.
   */
  private Written write(
      DSLContext tx,
      HoldSeatsRequest request,
      PricedOrder order,
      OffsetDateTime until,
      SoldOut soldOut) {
    Money amount = order.amount();
    List<PricedOrder.Line> lines = order.lines();
    PricedOrder.Line first = lines.get(0);
    return WRITE
        .fetchOptional(
            tx,
            row -> new Written(row.getBoolean(1), row.getBoolean(2)),
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
            "holdUntil",
            until,
            "now",
            OffsetDateTime.now(clock),
            "ticketTypeIds",
            lines.stream().map(PricedOrder.Line::ticketTypeId).toArray(String[]::new),
            "quantities",
            lines.stream().map(PricedOrder.Line::quantity).toArray(Integer[]::new),
            "unitPrices",
            lines.stream().map(PricedOrder.Line::unitPriceMinor).toArray(Long[]::new),
            "holds",
            soldOut == null,
            "firstTicketTypeId",
            first.ticketTypeId(),
            "firstQuantity",
            first.quantity())
        .orElseThrow();
  }

  /**
   * The order, its items, its hold and the first line's counter update as one data-modifying
   * statement: one round trip where they took four, and the counter update still the transaction's
   * first lock on a ticket type, in ticket type order ({@link SeatCounts#hold} takes the other
   * lines' after it). Its parts see one snapshot and no part sees another's rows, so each part
   * after the order's insert draws from what that insert returned: a checkout that already has an
   * order writes nothing more. {@code holds} false records a sold-out refusal: the order and its
   * items only.
   */
  private static final RenderedSql WRITE = write();

  private static RenderedSql write() {
    var order =
        DSL.name("new_order")
            .as(
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
                    .set(ORDERS.EXPIRES_AT, DSL.param("holdUntil", OffsetDateTime.class))
                    .set(ORDERS.CREATED_AT, DSL.param("now", OffsetDateTime.class))
                    .set(ORDERS.UPDATED_AT, DSL.param("now", OffsetDateTime.class))
                    .onConflict(ORDERS.CHECKOUT_ID)
                    .doNothing()
                    .returningResult(ORDERS.CHECKOUT_ID));
    Field<String> newOrder = order.field(ORDERS.CHECKOUT_ID);
    Field<Boolean> holds = DSL.param("holds", Boolean.class);
    Table<?> line =
        SeatCounts.zip(
                DSL.param("ticketTypeIds", String[].class),
                DSL.param("quantities", Integer[].class),
                DSL.param("unitPrices", Long[].class))
            .as("line", "ticket_type_id", "quantity", "unit_price_minor");
    var items =
        DSL.name("new_items")
            .as(
                DSL.insertInto(
                        ORDER_ITEMS,
                        ORDER_ITEMS.CHECKOUT_ID,
                        ORDER_ITEMS.EVENT_ID,
                        ORDER_ITEMS.TICKET_TYPE_ID,
                        ORDER_ITEMS.QUANTITY,
                        ORDER_ITEMS.UNIT_PRICE_MINOR)
                    .select(
                        DSL.select(
                                newOrder,
                                DSL.param("eventId", String.class),
                                DSL.field(DSL.name("line", "ticket_type_id"), String.class),
                                DSL.field(DSL.name("line", "quantity"), Integer.class),
                                DSL.field(DSL.name("line", "unit_price_minor"), Long.class))
                            .from(order)
                            .crossJoin(line))
                    .returningResult(ORDER_ITEMS.TICKET_TYPE_ID));
    var hold =
        DSL.name("new_hold")
            .as(
                DSL.insertInto(
                        SEAT_HOLDS,
                        SEAT_HOLDS.CHECKOUT_ID,
                        SEAT_HOLDS.STATE,
                        SEAT_HOLDS.HOLD_UNTIL,
                        SEAT_HOLDS.UPDATED_AT)
                    .select(
                        DSL.select(
                                newOrder,
                                DSL.inline(HoldState.HELD.name()),
                                DSL.param("holdUntil", OffsetDateTime.class),
                                DSL.param("now", OffsetDateTime.class))
                            .from(order)
                            .where(holds))
                    .returningResult(SEAT_HOLDS.CHECKOUT_ID));
    var firstLine =
        DSL.name("first_line")
            .as(
                SeatCounts.holdStatement(
                        DSL.param("firstTicketTypeId", String.class),
                        DSL.param("firstQuantity", Integer.class))
                    .and(holds)
                    .andExists(DSL.selectOne().from(order))
                    .returningResult(TICKET_TYPES.TICKET_TYPE_ID));
    return RenderedSql.of(
        DSL.with(order, items, hold, firstLine)
            .select(
                DSL.field(DSL.exists(DSL.selectOne().from(order))),
                DSL.field(DSL.exists(DSL.selectOne().from(firstLine)))));
  }

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
