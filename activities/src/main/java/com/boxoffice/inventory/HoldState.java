package com.boxoffice.inventory;

import static com.boxoffice.schema.Tables.SEAT_HOLDS;

import java.time.OffsetDateTime;
import org.jooq.DSLContext;

/**
 * Where an order's seats stand. Each move is a conditional update of the order's hold row, so of
 * two racing moves (confirm and release) exactly one wins and the seats move once.
 */
enum HoldState {
  HELD,
  SOLD,
  RELEASED,
  REVOKED;

  /** Moves the hold from this state to {@code to}; false when it was not in this state. */
  boolean moveTo(HoldState to, DSLContext tx, String checkoutId, OffsetDateTime now) {
    return tx.update(SEAT_HOLDS)
            .set(SEAT_HOLDS.STATE, to.name())
            .set(SEAT_HOLDS.UPDATED_AT, now)
            .where(SEAT_HOLDS.CHECKOUT_ID.eq(checkoutId))
            .and(SEAT_HOLDS.STATE.eq(name()))
            .execute()
        == 1;
  }
}
