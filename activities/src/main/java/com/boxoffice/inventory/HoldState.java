package com.boxoffice.inventory;

import static com.boxoffice.schema.Tables.SEAT_HOLDS;

import com.boxoffice.schema.sql.RenderedSql;
import java.time.OffsetDateTime;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

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
    return MOVE.execute(tx, "to", to.name(), "now", now, "checkoutId", checkoutId, "from", name())
        == 1;
  }

  private static final RenderedSql MOVE =
      RenderedSql.of(
          DSL.update(SEAT_HOLDS)
              .set(SEAT_HOLDS.STATE, DSL.param("to", String.class))
              .set(SEAT_HOLDS.UPDATED_AT, DSL.param("now", OffsetDateTime.class))
              .where(SEAT_HOLDS.CHECKOUT_ID.eq(DSL.param("checkoutId", String.class)))
              .and(SEAT_HOLDS.STATE.eq(DSL.param("from", String.class))));
}
