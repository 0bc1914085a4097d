package com.boxoffice.inventory;

import static com.boxoffice.schema.Tables.ORDERS;
import static com.boxoffice.schema.Tables.ORDER_ITEMS;
import static com.boxoffice.schema.Tables.SEAT_HOLDS;
import static com.boxoffice.schema.Tables.TICKETS;
import static com.boxoffice.schema.Tables.TICKET_TYPES;

import com.boxoffice.checkout.CheckoutStatus;
import com.boxoffice.checkout.contract.inventory.ConfirmOrderRequest;
import com.boxoffice.checkout.contract.inventory.IssuedTickets;
import com.boxoffice.checkout.contract.inventory.RevokeTicketsRequest;
import com.boxoffice.checkout.contract.inventory.Ticket;
import com.boxoffice.schema.sql.RenderedSql;
import io.temporal.failure.ApplicationFailure;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/** After the capture: sold seats and issued tickets; after a refund: the seats back on sale. */
final class Fulfilment {
  private static final String VALID = "VALID";
  private static final String VOID = "VOID";

  private final DSLContext dsl;
  private final Clock clock;
  private final TicketCodes codes;

  Fulfilment(DSLContext dsl, Clock clock, TicketCodes codes) {
    this.dsl = dsl;
    this.clock = clock;
    this.codes = codes;
  }

  IssuedTickets confirm(ConfirmOrderRequest request) {
    String checkoutId = request.checkoutId();
    return dsl.transactionResult(config -> {
      DSLContext tx = config.dsl();
      OffsetDateTime now = OffsetDateTime.now(clock);
      List<SeatCounts.Item> items =
          CONFIRM.fetch(
              tx,
              row -> new SeatCounts.Item(row.getString(1), row.getString(2), row.getInt(3)),
              "now",
              now,
              "checkoutId",
              checkoutId,
              "paymentIntentId",
              request.paymentIntentId(),
              "paymentStatus",
              request.paymentStatus());
      if (items.isEmpty()) {
        requireSold(tx, checkoutId);
        return new IssuedTickets(checkoutId, tickets(tx, checkoutId));
      }
      return new IssuedTickets(checkoutId, issue(tx, checkoutId, items, now));
    });
  }

  void revoke(RevokeTicketsRequest request) {
    String checkoutId = request.checkoutId();
    dsl.transaction(config -> {
      DSLContext tx = config.dsl();
      OffsetDateTime now = OffsetDateTime.now(clock);
      boolean revoked = HoldState.SOLD.moveTo(HoldState.REVOKED, tx, checkoutId, now);
      tx.update(TICKETS)
          .set(TICKETS.STATUS, VOID)
          .where(TICKETS.CHECKOUT_ID.eq(checkoutId))
          .and(TICKETS.STATUS.eq(VALID))
          .execute();
      // The money went back before this runs, so the record says so whatever the seats did.
      tx.update(ORDERS)
          .set(ORDERS.STATUS, CheckoutStatus.REFUNDED.name())
          .set(ORDERS.UPDATED_AT, now)
          .where(ORDERS.CHECKOUT_ID.eq(checkoutId))
          .execute();
      if (revoked) {
        SeatCounts.revoke(tx, SeatCounts.items(tx, checkoutId));
      }
    });
  }

  /**
   * Issues a ticket per seat and sells the seats, the first item's with the tickets and the others'
   * after them in ticket type order; returns the order's tickets as {@link #tickets} lists them:
   * the items come in the database's ticket type order, the seats in turn.
   */
  private List<Ticket> issue(
      DSLContext tx, String checkoutId, List<SeatCounts.Item> items, OffsetDateTime now) {
    List<Ticket> drawn = new ArrayList<>();
    List<Integer> seqs = new ArrayList<>();
    for (SeatCounts.Item item : items) {
      for (int seq = 1; seq <= item.quantity(); seq++) {
        drawn.add(new Ticket(codes.next(), item.ticketTypeId()));
        seqs.add(seq);
      }
    }
    SeatCounts.Item first = items.get(0);
    // Only a repeated seat is skipped; a clash of random codes fails the attempt, and its retry
    // draws new ones.
    int inserted =
        ISSUE.execute(
            tx,
            "eventId",
            first.eventId(),
            "firstTicketTypeId",
            first.ticketTypeId(),
            "firstQuantity",
            first.quantity(),
            "checkoutId",
            checkoutId,
            "now",
            now,
            "codes",
            drawn.stream().map(Ticket::code).toArray(String[]::new),
            "ticketTypeIds",
            drawn.stream().map(Ticket::ticketTypeId).toArray(String[]::new),
            "seqs",
            seqs.toArray(Integer[]::new));
    SeatCounts.sell(tx, items.subList(1, items.size()));
    // Every seat got the code drawn for it, so the hot path needs no read of what it just wrote. A
    // seat already issued keeps its first code, which only the read knows.
    return inserted == drawn.size() ? drawn : tickets(tx, checkoutId);
  }

  /**
   * The hold moved from HELD to SOLD, the order confirmed and its items read, in one statement
   * where they took three; no rows when the hold was not HELD (the order is then left as it is).
   */
  private static final RenderedSql CONFIRM = confirm();

  private static RenderedSql confirm() {
    var sold =
        DSL.name("sold_hold")
            .as(
                DSL.update(SEAT_HOLDS)
                    .set(SEAT_HOLDS.STATE, DSL.inline(HoldState.SOLD.name()))
                    .set(SEAT_HOLDS.UPDATED_AT, DSL.param("now", OffsetDateTime.class))
                    .where(SEAT_HOLDS.CHECKOUT_ID.eq(DSL.param("checkoutId", String.class)))
                    .and(SEAT_HOLDS.STATE.eq(DSL.inline(HoldState.HELD.name())))
                    .returningResult(SEAT_HOLDS.CHECKOUT_ID));
    Field<String> soldCheckout = sold.field(SEAT_HOLDS.CHECKOUT_ID);
    var confirmed =
        DSL.name("confirmed_order")
            .as(
                DSL.update(ORDERS)
                    .set(ORDERS.STATUS, DSL.inline(CheckoutStatus.CONFIRMED.name()))
                    .set(
                        ORDERS.PAYMENT_INTENT_ID,
                        OrderUpdates.keep(
                            DSL.param("paymentIntentId", String.class), ORDERS.PAYMENT_INTENT_ID))
                    .set(
                        ORDERS.PAYMENT_STATUS,
                        OrderUpdates.keep(
                            DSL.param("paymentStatus", String.class), ORDERS.PAYMENT_STATUS))
                    .set(ORDERS.UPDATED_AT, DSL.param("now", OffsetDateTime.class))
                    .where(ORDERS.CHECKOUT_ID.in(DSL.select(soldCheckout).from(sold)))
                    .returningResult(ORDERS.CHECKOUT_ID));
    return RenderedSql.of(
        DSL.with(sold, confirmed)
            .select(ORDER_ITEMS.EVENT_ID, ORDER_ITEMS.TICKET_TYPE_ID, ORDER_ITEMS.QUANTITY)
            .from(sold)
            .join(ORDER_ITEMS)
            .on(ORDER_ITEMS.CHECKOUT_ID.eq(soldCheckout))
            .orderBy(ORDER_ITEMS.TICKET_TYPE_ID));
  }

  /**
   * The tickets of every seat and the first item's seats sold, in one statement: the first lock the
   * transaction takes on a ticket type, in ticket type order, after which only the other items'
   * sales and the commit follow.
   */
  private static final RenderedSql ISSUE = issue();

  private static RenderedSql issue() {
    var firstItem =
        DSL.name("first_item")
            .as(
                SeatCounts.sellStatement(
                        DSL.param("firstTicketTypeId", String.class),
                        DSL.param("firstQuantity", Integer.class))
                    .returningResult(TICKET_TYPES.TICKET_TYPE_ID));
    Table<?> seat =
        SeatCounts.zip(
                DSL.param("codes", String[].class),
                DSL.param("ticketTypeIds", String[].class),
                DSL.param("seqs", Integer[].class))
            .as("seat", "code", "ticket_type_id", "seq");
    return RenderedSql.of(
        DSL.with(firstItem)
            .insertInto(
                TICKETS,
                TICKETS.CODE,
                TICKETS.CHECKOUT_ID,
                TICKETS.TICKET_TYPE_ID,
                TICKETS.SEQ,
                TICKETS.ISSUED_AT)
            .select(
                DSL.select(
                        DSL.field(DSL.name("seat", "code"), String.class),
                        DSL.param("checkoutId", String.class),
                        DSL.field(DSL.name("seat", "ticket_type_id"), String.class),
                        DSL.field(DSL.name("seat", "seq"), Integer.class),
                        DSL.param("now", OffsetDateTime.class))
                    .from(seat))
            .onConflict(TICKETS.CHECKOUT_ID, TICKETS.TICKET_TYPE_ID, TICKETS.SEQ)
            .doNothing());
  }

  private static List<Ticket> tickets(DSLContext tx, String checkoutId) {
    return tx.select(TICKETS.CODE, TICKETS.TICKET_TYPE_ID)
        .from(TICKETS)
        .where(TICKETS.CHECKOUT_ID.eq(checkoutId))
        .orderBy(TICKETS.TICKET_TYPE_ID, TICKETS.SEQ)
        .fetch(row -> new Ticket(row.value1(), row.value2()));
  }

  private static void requireSold(DSLContext tx, String checkoutId) {
    String state =
        tx.select(SEAT_HOLDS.STATE)
            .from(SEAT_HOLDS)
            .where(SEAT_HOLDS.CHECKOUT_ID.eq(checkoutId))
            .fetchOne(SEAT_HOLDS.STATE);
    if (!HoldState.SOLD.name().equals(state)) {
      throw ApplicationFailure.newNonRetryableFailure(
          "No held seats to confirm for checkout "
              + checkoutId
              + (state == null ? ": it has no hold" : ": its hold is " + state),
          JooqInventoryActivities.HOLD_NOT_ACTIVE);
    }
  }
}
