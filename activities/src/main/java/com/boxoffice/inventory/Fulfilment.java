package com.boxoffice.inventory;

import static com.boxoffice.schema.Tables.ORDERS;
import static com.boxoffice.schema.Tables.SEAT_HOLDS;
import static com.boxoffice.schema.Tables.TICKETS;

import com.boxoffice.checkout.CheckoutStatus;
import com.boxoffice.schema.sql.RenderedSql;
import io.temporal.failure.ApplicationFailure;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.jooq.DSLContext;
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
      if (!HoldState.HELD.moveTo(HoldState.SOLD, tx, checkoutId, now)) {
        requireSold(tx, checkoutId);
        return new IssuedTickets(checkoutId, tickets(tx, checkoutId));
      }
      CONFIRM_ORDER.execute(
          tx,
          "paymentIntentId",
          request.paymentIntentId(),
          "paymentStatus",
          request.paymentStatus(),
          "now",
          now,
          "checkoutId",
          checkoutId);
      List<SeatCounts.Item> items = SeatCounts.items(tx, checkoutId);
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
      DSLContext tx, String checkoutId, List<SeatCounts.Item> items, OffsetDateTime now) {
    List<Ticket> drawn = new ArrayList<>();
    List<Object[]> seats = new ArrayList<>();
    for (SeatCounts.Item item : items) {
      for (int seq = 1; seq <= item.quantity(); seq++) {
        Ticket ticket = new Ticket(codes.next(), item.ticketTypeId());
        drawn.add(ticket);
        seats.add(
            new Object[] {
              "code", ticket.code(),
              "checkoutId", checkoutId,
              "ticketTypeId", ticket.ticketTypeId(),
              "seq", seq,
              "now", now
            });
      }
    }
    // Only a repeated seat is skipped; a clash of random codes fails the attempt, and its retry
    // draws new ones.
    int inserted = IntStream.of(ISSUE.executeBatch(tx, seats)).sum();
    // Every seat got the code drawn for it, so the hot path needs no read of what it just wrote. A
    // seat already issued keeps its first code, which only the read knows.
    return inserted == drawn.size() ? drawn : tickets(tx, checkoutId);
  }

  private static final RenderedSql CONFIRM_ORDER =
      RenderedSql.of(
          DSL.update(ORDERS)
              .set(ORDERS.STATUS, CheckoutStatus.CONFIRMED.name())
              .set(
                  ORDERS.PAYMENT_INTENT_ID,
                  OrderUpdates.keep(
                      DSL.param("paymentIntentId", String.class), ORDERS.PAYMENT_INTENT_ID))
              .set(
                  ORDERS.PAYMENT_STATUS,
                  OrderUpdates.keep(
                      DSL.param("paymentStatus", String.class), ORDERS.PAYMENT_STATUS))
              .set(ORDERS.UPDATED_AT, DSL.param("now", OffsetDateTime.class))
              .where(ORDERS.CHECKOUT_ID.eq(DSL.param("checkoutId", String.class))));

  private static final RenderedSql ISSUE =
      RenderedSql.of(
          DSL.insertInto(TICKETS)
              .set(TICKETS.CODE, DSL.param("code", String.class))
              .set(TICKETS.CHECKOUT_ID, DSL.param("checkoutId", String.class))
              .set(TICKETS.TICKET_TYPE_ID, DSL.param("ticketTypeId", String.class))
              .set(TICKETS.SEQ, DSL.param("seq", Integer.class))
              .set(TICKETS.ISSUED_AT, DSL.param("now", OffsetDateTime.class))
              .onConflict(TICKETS.CHECKOUT_ID, TICKETS.TICKET_TYPE_ID, TICKETS.SEQ)
              .doNothing());

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
