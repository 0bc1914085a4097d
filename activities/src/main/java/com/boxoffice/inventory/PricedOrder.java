package com.boxoffice.inventory;

import static com.boxoffice.schema.Tables.EVENTS;
import static com.boxoffice.schema.Tables.TICKET_TYPES;

import com.boxoffice.checkout.contract.inventory.InventoryActivities;
import com.boxoffice.checkout.contract.inventory.TicketLine;
import com.boxoffice.checkout.contract.payment.Money;
import com.boxoffice.schema.sql.RenderedSql;
import io.temporal.failure.ApplicationFailure;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * An order's lines priced from the ticket types, never from the client, sorted by ticket type so
 * their seats are always locked in the same order.
 */
record PricedOrder(String eventName, String currency, List<Line> lines) {
  /** The order_items check allows 1 to 50 seats a line. */
  private static final int MAX_QUANTITY = 50;

  record Line(String ticketTypeId, int quantity, long unitPriceMinor) {}

  Money amount() {
    long total = 0;
    for (Line line : lines) {
      total = Math.addExact(total, Math.multiplyExact(line.unitPriceMinor(), line.quantity()));
    }
    return new Money(total, currency);
  }

  /** The event's name and currency with each asked-for ticket type's price; none if unknown. */
  private static final RenderedSql PRICES =
      RenderedSql.of(
          DSL.select(
                  EVENTS.NAME,
                  EVENTS.CURRENCY,
                  TICKET_TYPES.TICKET_TYPE_ID,
                  TICKET_TYPES.PRICE_MINOR)
              .from(EVENTS)
              .leftJoin(TICKET_TYPES)
              .on(TICKET_TYPES.EVENT_ID.eq(EVENTS.EVENT_ID))
              .and(
                  TICKET_TYPES.TICKET_TYPE_ID.eq(
                      DSL.any(DSL.param("ticketTypeIds", String[].class))))
              .where(EVENTS.EVENT_ID.eq(DSL.param("eventId", String.class))));

  private record Price(String eventName, String currency, String ticketTypeId, Long priceMinor) {}

  static PricedOrder lookUp(DSLContext tx, String eventId, List<TicketLine> items) {
    Map<String, Integer> quantities = quantities(items);
    List<Price> rows =
        PRICES.fetch(
            tx,
            row ->
                new Price(
                    row.getString(1),
                    row.getString(2),
                    row.getString(3),
                    row.getObject(4, Long.class)),
            "eventId",
            eventId,
            "ticketTypeIds",
            quantities.keySet().toArray(String[]::new));
    if (rows.isEmpty()) {
      throw unknown("Unknown event: " + eventId);
    }
    Map<String, Long> prices =
        rows.stream()
            .filter(row -> row.ticketTypeId() != null)
            .collect(Collectors.toMap(Price::ticketTypeId, Price::priceMinor));
    List<String> unknown =
        quantities.keySet().stream().filter(id -> !prices.containsKey(id)).toList();
    if (!unknown.isEmpty()) {
      throw unknown(
          "Unknown ticket types for event " + eventId + ": " + String.join(", ", unknown));
    }
    List<Line> lines =
        quantities.entrySet().stream()
            .map(e -> new Line(e.getKey(), e.getValue(), prices.get(e.getKey())))
            .toList();
    return new PricedOrder(rows.get(0).eventName(), rows.get(0).currency(), lines);
  }

  private static Map<String, Integer> quantities(List<TicketLine> items) {
    if (items == null || items.isEmpty()) {
      throw invalid("An order needs at least one line");
    }
    Map<String, Integer> quantities = new TreeMap<>();
    for (TicketLine item : items) {
      if (item == null || item.ticketTypeId() == null) {
        throw invalid("A line has no ticket type");
      }
      if (item.quantity() < 1 || item.quantity() > MAX_QUANTITY) {
        throw invalid("Quantity of " + item.ticketTypeId() + " must be 1 to " + MAX_QUANTITY);
      }
      if (quantities.put(item.ticketTypeId(), item.quantity()) != null) {
        throw unknown("Ticket type listed twice: " + item.ticketTypeId());
      }
    }
    return quantities;
  }

  private static ApplicationFailure unknown(String message) {
    return ApplicationFailure.newNonRetryableFailure(
        message, InventoryActivities.UNKNOWN_TICKET_TYPE);
  }

  private static ApplicationFailure invalid(String message) {
    return ApplicationFailure.newNonRetryableFailure(
        message, JooqInventoryActivities.INVALID_ORDER);
  }
}
