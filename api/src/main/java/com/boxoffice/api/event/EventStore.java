package com.boxoffice.api.event;

import static com.boxoffice.schema.Tables.EVENTS;
import static com.boxoffice.schema.Tables.ORDERS;
import static com.boxoffice.schema.Tables.ORDER_ITEMS;
import static com.boxoffice.schema.Tables.TICKET_TYPES;

import com.boxoffice.api.Amount;
import com.boxoffice.api.ApiProblem;
import com.boxoffice.api.event.EventShapes.EventRequest;
import com.boxoffice.api.event.EventShapes.EventView;
import com.boxoffice.api.event.EventShapes.TicketTypeRequest;
import com.boxoffice.api.event.EventShapes.TicketTypeView;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Events and their ticket types; seat counts are guarded by SQL, never by a read in Java. */
@Repository
class EventStore {
  private final DSLContext db;

  EventStore(DSLContext db) {
    this.db = db;
  }

  /** One query: the event joined with its ticket types. */
  Optional<EventView> find(String eventId) {
    var rows =
        db.select(EVENTS.asterisk(), TICKET_TYPES.asterisk())
            .from(EVENTS)
            .leftJoin(TICKET_TYPES)
            .on(TICKET_TYPES.EVENT_ID.eq(EVENTS.EVENT_ID))
            .where(EVENTS.EVENT_ID.eq(eventId))
            .orderBy(TICKET_TYPES.TICKET_TYPE_ID)
            .fetch();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Record event = rows.get(0);
    String currency = event.get(EVENTS.CURRENCY);
    List<TicketTypeView> types = new ArrayList<>();
    for (Record row : rows) {
      if (row.get(TICKET_TYPES.TICKET_TYPE_ID) != null) {
        int capacity = row.get(TICKET_TYPES.CAPACITY);
        types.add(
            new TicketTypeView(
                row.get(TICKET_TYPES.TICKET_TYPE_ID),
                row.get(TICKET_TYPES.NAME),
                new Amount(row.get(TICKET_TYPES.PRICE_MINOR), currency),
                capacity,
                capacity - row.get(TICKET_TYPES.HELD) - row.get(TICKET_TYPES.SOLD)));
      }
    }
    return Optional.of(
        new EventView(
            eventId,
            event.get(EVENTS.NAME),
            currency,
            event.get(EVENTS.STARTS_AT).toInstant(),
            types));
  }

  /** Creates or replaces the event; answers whether it was created. */
  @Transactional
  public boolean upsert(String eventId, EventRequest request) {
    var startsAt = request.startsAt().atOffset(ZoneOffset.UTC);
    boolean created =
        db.insertInto(EVENTS)
                .set(EVENTS.EVENT_ID, eventId)
                .set(EVENTS.NAME, request.name())
                .set(EVENTS.CURRENCY, request.currency())
                .set(EVENTS.STARTS_AT, startsAt)
                .onConflictDoNothing()
                .execute()
            == 1;
    if (!created) {
      String currency =
          db.select(EVENTS.CURRENCY)
              .from(EVENTS)
              .where(EVENTS.EVENT_ID.eq(eventId))
              .forUpdate()
              .fetchSingle(EVENTS.CURRENCY);
      if (!currency.equals(request.currency())
          && db.fetchExists(ORDERS, ORDERS.EVENT_ID.eq(eventId))) {
        throw conflict("currency-conflict", "The event has orders; its currency cannot change.");
      }
      db.update(EVENTS)
          .set(EVENTS.NAME, request.name())
          .set(EVENTS.CURRENCY, request.currency())
          .set(EVENTS.STARTS_AT, startsAt)
          .set(EVENTS.UPDATED_AT, DSL.currentOffsetDateTime())
          .where(EVENTS.EVENT_ID.eq(eventId))
          .execute();
    }
    for (TicketTypeRequest type : request.ticketTypes()) {
      upsertTicketType(eventId, type);
    }
    removeOthers(
        eventId, request.ticketTypes().stream().map(TicketTypeRequest::ticketTypeId).toList());
    return created;
  }

  private void upsertTicketType(String eventId, TicketTypeRequest type) {
    int written =
        db.insertInto(TICKET_TYPES)
            .set(TICKET_TYPES.EVENT_ID, eventId)
            .set(TICKET_TYPES.TICKET_TYPE_ID, type.ticketTypeId())
            .set(TICKET_TYPES.NAME, type.name())
            .set(TICKET_TYPES.PRICE_MINOR, type.price().value())
            .set(TICKET_TYPES.CAPACITY, type.capacity())
            .onConflict(TICKET_TYPES.EVENT_ID, TICKET_TYPES.TICKET_TYPE_ID)
            .doUpdate()
            .set(TICKET_TYPES.NAME, DSL.excluded(TICKET_TYPES.NAME))
            .set(TICKET_TYPES.PRICE_MINOR, DSL.excluded(TICKET_TYPES.PRICE_MINOR))
            .set(TICKET_TYPES.CAPACITY, DSL.excluded(TICKET_TYPES.CAPACITY))
            // Seats already held or sold stay promised: the row lock makes this check atomic.
            .where(
                TICKET_TYPES.HELD.plus(TICKET_TYPES.SOLD).le(DSL.excluded(TICKET_TYPES.CAPACITY)))
            .execute();
    if (written == 0) {
      throw conflict(
          "capacity-conflict",
          "Capacity of " + type.ticketTypeId() + " cannot drop below the seats held or sold.");
    }
  }

  private void removeOthers(String eventId, List<String> kept) {
    var others = TICKET_TYPES.EVENT_ID.eq(eventId).and(TICKET_TYPES.TICKET_TYPE_ID.notIn(kept));
    int removable = db.selectFrom(TICKET_TYPES).where(others).forUpdate().fetch().size();
    int removed =
        db.deleteFrom(TICKET_TYPES)
            .where(others)
            .and(TICKET_TYPES.HELD.eq(0))
            .and(TICKET_TYPES.SOLD.eq(0))
            .andNotExists(
                DSL.selectOne()
                    .from(ORDER_ITEMS)
                    .where(ORDER_ITEMS.EVENT_ID.eq(TICKET_TYPES.EVENT_ID))
                    .and(ORDER_ITEMS.TICKET_TYPE_ID.eq(TICKET_TYPES.TICKET_TYPE_ID)))
            .execute();
    if (removed < removable) {
      throw conflict(
          "ticket-type-in-use", "A ticket type with orders cannot be removed; set its capacity.");
    }
  }

  private static ApiProblem conflict(String code, String detail) {
    return ApiProblem.of(HttpStatus.CONFLICT, code, detail);
  }
}
