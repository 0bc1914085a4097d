package com.boxoffice.api.checkout;

import static com.boxoffice.schema.Tables.EVENTS;
import static com.boxoffice.schema.Tables.TICKET_TYPES;

import com.boxoffice.api.ApiProblem;
import com.boxoffice.api.FieldProblem;
import com.boxoffice.api.checkout.CheckoutShapes.Item;
import com.boxoffice.schema.sql.RenderedSql;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Turns away checkouts for events or ticket types that do not exist before any workflow starts,
 * naming the bad field, and quotes the known ones for operators; seats and the charged amount are
 * still decided by the saga.
 */
@Repository
class TicketCatalog {
  private final DSLContext db;

  TicketCatalog(DSLContext db) {
    this.db = db;
  }

  /** The ticket types asked for, with their event, in one statement rendered once. */
  private static final RenderedSql KNOWN_TYPES =
      RenderedSql.of(
          DSL.select(
                  TICKET_TYPES.TICKET_TYPE_ID,
                  TICKET_TYPES.NAME,
                  TICKET_TYPES.PRICE_MINOR,
                  EVENTS.NAME,
                  EVENTS.CURRENCY,
                  TICKET_TYPES.CAPACITY.minus(TICKET_TYPES.HELD).minus(TICKET_TYPES.SOLD))
              .from(TICKET_TYPES)
              .join(EVENTS)
              .on(EVENTS.EVENT_ID.eq(TICKET_TYPES.EVENT_ID))
              .where(TICKET_TYPES.EVENT_ID.eq(DSL.param("eventId", String.class)))
              .and(
                  TICKET_TYPES.TICKET_TYPE_ID.eq(
                      DSL.any(DSL.param("ticketTypeIds", String[].class)))));

  private record Known(
      String ticketTypeId,
      String name,
      long priceMinor,
      String eventName,
      String currency,
      int seatsLeft) {}

  Quote quote(String eventId, List<Item> items) {
    Map<String, Known> known =
        KNOWN_TYPES
            .fetch(
                db,
                row ->
                    new Known(
                        row.getString(1),
                        row.getString(2),
                        row.getLong(3),
                        row.getString(4),
                        row.getString(5),
                        row.getInt(6)),
                "eventId",
                eventId,
                "ticketTypeIds",
                items.stream().map(Item::ticketTypeId).toArray(String[]::new))
            .stream()
            .collect(Collectors.toMap(Known::ticketTypeId, type -> type));
    if (known.size() == items.size()) {
      Known event = known.values().iterator().next();
      List<Quote.Line> lines = new ArrayList<>();
      for (Item item : items) {
        Known type = known.get(item.ticketTypeId());
        lines.add(
            new Quote.Line(
                item.ticketTypeId(),
                type.name(),
                item.quantity(),
                type.priceMinor(),
                type.seatsLeft()));
      }
      return new Quote(eventId, event.eventName(), event.currency(), lines);
    }
    if (known.isEmpty() && !db.fetchExists(EVENTS, EVENTS.EVENT_ID.eq(eventId))) {
      throw ApiProblem.invalid(
          "unknown-event", List.of(new FieldProblem("eventId", "no such event")));
    }
    List<FieldProblem> problems = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      if (!known.containsKey(items.get(i).ticketTypeId())) {
        problems.add(
            new FieldProblem("items[" + i + "].ticketTypeId", "no such ticket type for the event"));
      }
    }
    throw ApiProblem.invalid("unknown-ticket-type", problems);
  }
}
