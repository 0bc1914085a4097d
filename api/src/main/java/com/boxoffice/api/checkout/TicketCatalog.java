package com.boxoffice.api.checkout;

import static com.boxoffice.schema.Tables.EVENTS;
import static com.boxoffice.schema.Tables.TICKET_TYPES;

import com.boxoffice.api.ApiProblem;
import com.boxoffice.api.FieldProblem;
import com.boxoffice.api.checkout.CheckoutShapes.Item;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record6;
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

  Quote quote(String eventId, List<Item> items) {
    Map<String, Record6<String, String, Long, String, String, Integer>> known =
        db.select(
                TICKET_TYPES.TICKET_TYPE_ID,
                TICKET_TYPES.NAME,
                TICKET_TYPES.PRICE_MINOR,
                EVENTS.NAME,
                EVENTS.CURRENCY,
                TICKET_TYPES.CAPACITY.minus(TICKET_TYPES.HELD).minus(TICKET_TYPES.SOLD))
            .from(TICKET_TYPES)
            .join(EVENTS)
            .on(EVENTS.EVENT_ID.eq(TICKET_TYPES.EVENT_ID))
            .where(TICKET_TYPES.EVENT_ID.eq(eventId))
            .and(TICKET_TYPES.TICKET_TYPE_ID.in(items.stream().map(Item::ticketTypeId).toList()))
            .fetchMap(TICKET_TYPES.TICKET_TYPE_ID);
    if (known.size() == items.size()) {
      var event = known.values().iterator().next();
      List<Quote.Line> lines = new ArrayList<>();
      for (Item item : items) {
        var type = known.get(item.ticketTypeId());
        lines.add(
            new Quote.Line(
                item.ticketTypeId(), type.value2(), item.quantity(), type.value3(), type.value6()));
      }
      return new Quote(eventId, event.value4(), event.value5(), lines);
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
