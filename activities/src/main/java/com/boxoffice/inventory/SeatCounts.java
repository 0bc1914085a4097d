package com.boxoffice.inventory;

import static com.boxoffice.schema.Tables.ORDER_ITEMS;
import static com.boxoffice.schema.Tables.TICKET_TYPES;

import com.boxoffice.schema.sql.RenderedSql;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
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
          DSL.update(TICKET_TYPES)
              .set(TICKET_TYPES.HELD, TICKET_TYPES.HELD.plus(DSL.param("quantity", Integer.class)))
              .where(TICKET_TYPES.EVENT_ID.eq(DSL.param("eventId", String.class)))
              .and(TICKET_TYPES.TICKET_TYPE_ID.eq(DSL.param("ticketTypeId", String.class)))
              .and(
                  TICKET_TYPES
                      .HELD
                      .plus(TICKET_TYPES.SOLD)
                      .plus(DSL.param("quantity", Integer.class))
                      .le(TICKET_TYPES.CAPACITY)));

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

  private static final RenderedSql MOVE =
      RenderedSql.of(
          DSL.update(TICKET_TYPES)
              .set(TICKET_TYPES.HELD, TICKET_TYPES.HELD.plus(DSL.param("held", Integer.class)))
              .set(TICKET_TYPES.SOLD, TICKET_TYPES.SOLD.plus(DSL.param("sold", Integer.class)))
              .where(TICKET_TYPES.EVENT_ID.eq(DSL.param("eventId", String.class)))
              .and(TICKET_TYPES.TICKET_TYPE_ID.eq(DSL.param("ticketTypeId", String.class))));
}
