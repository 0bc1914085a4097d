package com.boxoffice.inventory;

import static com.boxoffice.schema.Tables.ORDER_ITEMS;
import static com.boxoffice.schema.Tables.TICKET_TYPES;

import com.boxoffice.schema.sql.RenderedSql;
import com.boxoffice.schema.tables.records.TicketTypesRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.UpdateConditionStep;
import org.jooq.impl.DSL;

/**
 * The ticket types' held and sold counters, the hottest rows in the database. Callers touch them
 * last in their transaction so a row stays locked for as little as one statement, and always in
 * ticket type order so two orders for the same types can never deadlock.
 */
final class SeatCounts {
  private SeatCounts() {}

  /**
   * Holds each line's seats unless that would take the ticket type past its capacity; returns the
   * ticket types that were short (the caller rolls back if there are any). The database, not a read
   * in Java, decides, so concurrent holds can never oversell.
   */
  static List<String> hold(DSLContext tx, String eventId, List<PricedOrder.Line> sortedLines) {
    List<String> shortOf = new ArrayList<>();
    for (PricedOrder.Line line : sortedLines) {
      int updated =
          HOLD.execute(
              tx,
              "eventId",
              eventId,
              "ticketTypeId",
              line.ticketTypeId(),
              "quantity",
              line.quantity());
      if (updated == 0) {
        shortOf.add(line.ticketTypeId());
      }
    }
    return shortOf;
  }

  private static final RenderedSql HOLD =
      RenderedSql.of(
          holdStatement(
              DSL.param("ticketTypeId", String.class), DSL.param("quantity", Integer.class)));

  /**
   * Holds {@code quantity} seats of the event's ticket type unless that would take it past its
   * capacity; also the first line's part of the hold's own statement ({@code Reservations}).
   */
  static UpdateConditionStep<TicketTypesRecord> holdStatement(
      Field<String> ticketTypeId, Field<Integer> quantity) {
    return DSL.update(TICKET_TYPES)
        .set(TICKET_TYPES.HELD, TICKET_TYPES.HELD.plus(quantity))
        .where(TICKET_TYPES.EVENT_ID.eq(DSL.param("eventId", String.class)))
        .and(TICKET_TYPES.TICKET_TYPE_ID.eq(ticketTypeId))
        .and(TICKET_TYPES.HELD.plus(TICKET_TYPES.SOLD).plus(quantity).le(TICKET_TYPES.CAPACITY));
  }

  /** The order's lines in ticket type order, the lock order every counter update follows. */
  static List<Item> items(DSLContext tx, String checkoutId) {
    return ITEMS.fetch(
        tx,
        row -> new Item(row.getString(1), row.getString(2), row.getInt(3)),
        "checkoutId",
        checkoutId);
  }

  /** An order's line, as the counters and the tickets need it. */
  record Item(String eventId, String ticketTypeId, int quantity) {}

  private static final RenderedSql ITEMS =
      RenderedSql.of(
          DSL.select(ORDER_ITEMS.EVENT_ID, ORDER_ITEMS.TICKET_TYPE_ID, ORDER_ITEMS.QUANTITY)
              .from(ORDER_ITEMS)
              .where(ORDER_ITEMS.CHECKOUT_ID.eq(DSL.param("checkoutId", String.class)))
              .orderBy(ORDER_ITEMS.TICKET_TYPE_ID));

  static void release(DSLContext tx, List<Item> items) {
    move(tx, items, -1, 0);
  }

  static void sell(DSLContext tx, List<Item> items) {
    move(tx, items, -1, 1);
  }

  static void revoke(DSLContext tx, List<Item> items) {
    move(tx, items, 0, -1);
  }

  private static void move(DSLContext tx, List<Item> items, int held, int sold) {
    for (Item item : items) {
      MOVE.execute(
          tx,
          "held",
          held * item.quantity(),
          "sold",
          sold * item.quantity(),
          "eventId",
          item.eventId(),
          "ticketTypeId",
          item.ticketTypeId());
    }
  }

  /**
   * The arrays' elements side by side, a row for each index (PostgreSQL's {@code unnest} of several
   * arrays): how one statement writes a row per line or per seat. jOOQ renders no such table of its
   * own; alias it and its columns with {@code as}.
   */
  static Table<Record> zip(Field<?>... arrays) {
    return DSL.table(
        "unnest("
            + String.join(
                ", ", IntStream.range(0, arrays.length).mapToObj(i -> "{" + i + "}").toList())
            + ")",
        (Object[]) arrays);
  }

  private static final RenderedSql MOVE =
      RenderedSql.of(
          moveStatement(
              DSL.param("held", Integer.class),
              DSL.param("sold", Integer.class),
              DSL.param("ticketTypeId", String.class)));

  /**
   * Sells {@code quantity} held seats of the event's ticket type; also the first item's part of the
   * confirm's statement that issues the tickets ({@code Fulfilment}).
   */
  static UpdateConditionStep<TicketTypesRecord> sellStatement(
      Field<String> ticketTypeId, Field<Integer> quantity) {
    return moveStatement(quantity.neg(), quantity, ticketTypeId);
  }

  private static UpdateConditionStep<TicketTypesRecord> moveStatement(
      Field<Integer> held, Field<Integer> sold, Field<String> ticketTypeId) {
    return DSL.update(TICKET_TYPES)
        .set(TICKET_TYPES.HELD, TICKET_TYPES.HELD.plus(held))
        .set(TICKET_TYPES.SOLD, TICKET_TYPES.SOLD.plus(sold))
        .where(TICKET_TYPES.EVENT_ID.eq(DSL.param("eventId", String.class)))
        .and(TICKET_TYPES.TICKET_TYPE_ID.eq(ticketTypeId));
  }
}
