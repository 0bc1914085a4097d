package com.boxoffice.inventory;

import static com.boxoffice.schema.Tables.ORDER_ITEMS;
import static com.boxoffice.schema.Tables.TICKET_TYPES;

import com.boxoffice.schema.tables.records.OrderItemsRecord;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;

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
          tx.update(TICKET_TYPES)
              .set(TICKET_TYPES.HELD, TICKET_TYPES.HELD.plus(line.quantity()))
              .where(TICKET_TYPES.EVENT_ID.eq(eventId))
              .and(TICKET_TYPES.TICKET_TYPE_ID.eq(line.ticketTypeId()))
              .and(
                  TICKET_TYPES
                      .HELD
                      .plus(TICKET_TYPES.SOLD)
                      .plus(line.quantity())
                      .le(TICKET_TYPES.CAPACITY))
              .execute();
      if (updated == 0) {
        shortOf.add(line.ticketTypeId());
      }
    }
    return shortOf;
  }

  /** The order's lines in ticket type order, the lock order every counter update follows. */
  static List<OrderItemsRecord> items(DSLContext tx, String checkoutId) {
    return tx.selectFrom(ORDER_ITEMS)
        .where(ORDER_ITEMS.CHECKOUT_ID.eq(checkoutId))
        .orderBy(ORDER_ITEMS.TICKET_TYPE_ID)
        .fetch();
  }

  static void release(DSLContext tx, List<OrderItemsRecord> items) {
    move(tx, items, -1, 0);
  }

  static void sell(DSLContext tx, List<OrderItemsRecord> items) {
    move(tx, items, -1, 1);
  }

  static void revoke(DSLContext tx, List<OrderItemsRecord> items) {
    move(tx, items, 0, -1);
  }

  private static void move(DSLContext tx, List<OrderItemsRecord> items, int held, int sold) {
    for (OrderItemsRecord item : items) {
      tx.update(TICKET_TYPES)
          .set(TICKET_TYPES.HELD, TICKET_TYPES.HELD.plus(held * item.getQuantity()))
          .set(TICKET_TYPES.SOLD, TICKET_TYPES.SOLD.plus(sold * item.getQuantity()))
          .where(TICKET_TYPES.EVENT_ID.eq(item.getEventId()))
          .and(TICKET_TYPES.TICKET_TYPE_ID.eq(item.getTicketTypeId()))
          .execute();
    }
  }
}
