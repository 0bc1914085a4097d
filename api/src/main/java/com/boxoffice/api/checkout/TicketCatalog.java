package com.boxoffice.api.checkout;

import static com.boxoffice.schema.Tables.EVENTS;
import static com.boxoffice.schema.Tables.TICKET_TYPES;

import com.boxoffice.api.ApiProblem;
import com.boxoffice.api.FieldProblem;
import com.boxoffice.api.checkout.CheckoutShapes.Item;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * Turns away checkouts for events or ticket types that do not exist before any workflow starts,
 * naming the bad field; seats and prices are still decided by the saga.
 */
@Repository
class TicketCatalog {
  private final DSLContext db;

  TicketCatalog(DSLContext db) {
    this.db = db;
  }

  void requireKnown(String eventId, List<Item> items) {
    Set<String> known =
        Set.copyOf(
            db.select(TICKET_TYPES.TICKET_TYPE_ID)
                .from(TICKET_TYPES)
                .where(TICKET_TYPES.EVENT_ID.eq(eventId))
                .and(
                    TICKET_TYPES.TICKET_TYPE_ID.in(items.stream().map(Item::ticketTypeId).toList()))
                .fetch(TICKET_TYPES.TICKET_TYPE_ID));
    if (known.size() == items.size()) {
      return;
    }
    if (known.isEmpty() && !db.fetchExists(EVENTS, EVENTS.EVENT_ID.eq(eventId))) {
      throw ApiProblem.invalid(
          "unknown-event", List.of(new FieldProblem("eventId", "no such event")));
    }
    List<FieldProblem> problems = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      if (!known.contains(items.get(i).ticketTypeId())) {
        problems.add(
            new FieldProblem("items[" + i + "].ticketTypeId", "no such ticket type for the event"));
      }
    }
    throw ApiProblem.invalid("unknown-ticket-type", problems);
  }
}
