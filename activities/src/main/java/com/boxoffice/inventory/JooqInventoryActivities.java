package com.boxoffice.inventory;

import static com.boxoffice.schema.Tables.SEAT_HOLDS;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.selectOne;

import com.boxoffice.checkout.contract.inventory.ConfirmOrderRequest;
import com.boxoffice.checkout.contract.inventory.HoldSeatsRequest;
import com.boxoffice.checkout.contract.inventory.InventoryActivities;
import com.boxoffice.checkout.contract.inventory.IssuedTickets;
import com.boxoffice.checkout.contract.inventory.OrderStatusUpdate;
import com.boxoffice.checkout.contract.inventory.ReleaseSeatsRequest;
import com.boxoffice.checkout.contract.inventory.RevokeTicketsRequest;
import com.boxoffice.checkout.contract.inventory.SeatHold;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * Seats, orders and tickets in PostgreSQL. Each method is one short transaction and safe to repeat
 * for a checkout: the seat hold's state decides whether seats move, so they move once.
 */
public class JooqInventoryActivities implements InventoryActivities {
  /** Failure type: confirmation found the seats released, revoked or never held. Not retried. */
  public static final String HOLD_NOT_ACTIVE = "HoldNotActive";

  /** Failure type: no lines, a quantity outside 1 to 50, or no hold deadline. Not retried. */
  public static final String INVALID_ORDER = "InvalidOrder";

  private final DSLContext dsl;
  private final Clock clock;
  private final Reservations reservations;
  private final Fulfilment fulfilment;

  public JooqInventoryActivities(DSLContext dsl, Clock clock) {
    this.dsl = dsl;
    this.clock = clock;
    this.reservations = new Reservations(dsl, clock);
    this.fulfilment = new Fulfilment(dsl, clock, new TicketCodes());
  }

  @Override
  public SeatHold holdSeats(HoldSeatsRequest request) {
    return reservations.hold(request);
  }

  @Override
  public void releaseSeats(ReleaseSeatsRequest request) {
    OrderStatusUpdate finalStatus = request.finalStatus();
    String checkoutId = finalStatus.checkoutId();
    dsl.transaction(config -> {
      DSLContext tx = config.dsl();
      OffsetDateTime now = OffsetDateTime.now(clock);
      boolean released = HoldState.HELD.moveTo(HoldState.RELEASED, tx, checkoutId, now);
      OrderUpdates.apply(tx, finalStatus, now, notConfirmed(checkoutId));
      if (released) {
        SeatCounts.release(tx, SeatCounts.items(tx, checkoutId));
      }
    });
  }

  @Override
  public void recordStatus(OrderStatusUpdate update) {
    OrderUpdates.apply(dsl, update, OffsetDateTime.now(clock), noCondition());
  }

  @Override
  public IssuedTickets confirmOrder(ConfirmOrderRequest request) {
    return fulfilment.confirm(request);
  }

  @Override
  public void revokeTickets(RevokeTicketsRequest request) {
    fulfilment.revoke(request);
  }

  /**
   * A release that loses the race to confirmation must not rewrite the order: its seats are sold
   * and its tickets issued, so the confirmed record stands.
   */
  private static Condition notConfirmed(String checkoutId) {
    return notExists(
        selectOne()
            .from(SEAT_HOLDS)
            .where(SEAT_HOLDS.CHECKOUT_ID.eq(checkoutId))
            .and(SEAT_HOLDS.STATE.in(HoldState.SOLD.name(), HoldState.REVOKED.name())));
  }
}
