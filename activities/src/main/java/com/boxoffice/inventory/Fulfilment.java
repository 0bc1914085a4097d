package com.boxoffice.inventory;

import static com.boxoffice.schema.Tables.ORDERS;
import static com.boxoffice.schema.Tables.SEAT_HOLDS;
import static com.boxoffice.schema.Tables.TICKETS;

import com.boxoffice.checkout.CheckoutStatus;
import com.boxoffice.schema.tables.records.OrderItemsRecord;
import io.temporal.failure.ApplicationFailure;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;

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
      if (!HoldState.HELD.moveTo(HoldState.SOLD, tx, checkoutId, now)) {
        requireSold(tx, checkoutId);
        return new IssuedTickets(checkoutId, tickets(tx, checkoutId));
      }
      tx.update(ORDERS)
          .set(ORDERS.STATUS, CheckoutStatus.CONFIRMED.name())
          .set(
              ORDERS.PAYMENT_INTENT_ID,
              OrderUpdates.keep(request.paymentIntentId(), ORDERS.PAYMENT_INTENT_ID))
          .set(
              ORDERS.PAYMENT_STATUS,
              OrderUpdates.keep(request.paymentStatus(), ORDERS.PAYMENT_STATUS))
          .set(ORDERS.UPDATED_AT, now)
          .where(ORDERS.CHECKOUT_ID.eq(checkoutId))
          .execute();
      List<OrderItemsRecord> items = SeatCounts.items(tx, checkoutId);
      List<Ticket> tickets = issue(tx, checkoutId, items, now);
      SeatCounts.sell(tx, items);
      return new IssuedTickets(checkoutId, tickets);
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
   * Issues a ticket per seat and returns the order's tickets as {@link #tickets} lists them: the
   * items come in the database's ticket type order, the seats in turn.
   */
  private List<Ticket> issue(
      DSLContext tx, String checkoutId, List<OrderItemsRecord> items, OffsetDateTime now) {
    List<Ticket> drawn = new ArrayList<>();
    var insert =
        tx.insertInto(
            TICKETS,
            TICKETS.CODE,
            TICKETS.CHECKOUT_ID,
            TICKETS.TICKET_TYPE_ID,
            TICKETS.SEQ,
            TICKETS.ISSUED_AT);
    for (OrderItemsRecord item : items) {
      for (int seq = 1; seq <= item.getQuantity(); seq++) {
        Ticket ticket = new Ticket(codes.next(), item.getTicketTypeId());
        drawn.add(ticket);
        insert = insert.values(ticket.code(), checkoutId, ticket.ticketTypeId(), seq, now);
      }
    }
    // Only a repeated seat is skipped; a clash of random codes fails the attempt, and its retry
    // draws new ones.
    int inserted =
        insert
            .onConflict(TICKETS.CHECKOUT_ID, TICKETS.TICKET_TYPE_ID, TICKETS.SEQ)
            .doNothing()
            .execute();
    // Every seat got the code drawn for it, so the hot path needs no read of what it just wrote. A
    // seat already issued keeps its first code, which only the read knows.
    return inserted == drawn.size() ? drawn : tickets(tx, checkoutId);
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
