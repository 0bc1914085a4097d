package com.boxoffice.inventory;

import static com.boxoffice.schema.Tables.ORDERS;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.val;

import com.boxoffice.checkout.contract.inventory.OrderStatusUpdate;
import java.time.OffsetDateTime;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;

/** Writes a checkout's progress onto its order, where frontends and accountants read it. */
final class OrderUpdates {
  private OrderUpdates() {}

  /** Sets the update's non-null fields when {@code only} holds; a missing order is left alone. */
  static void apply(DSLContext tx, OrderStatusUpdate update, OffsetDateTime now, Condition only) {
    tx.update(ORDERS)
        .set(ORDERS.STATUS, keep(update.status(), ORDERS.STATUS))
        .set(ORDERS.PAYMENT_INTENT_ID, keep(update.paymentIntentId(), ORDERS.PAYMENT_INTENT_ID))
        .set(ORDERS.PAYMENT_STATUS, keep(update.paymentStatus(), ORDERS.PAYMENT_STATUS))
        .set(ORDERS.FAILURE_CODE, keep(update.failureCode(), ORDERS.FAILURE_CODE))
        .set(ORDERS.FAILURE_MESSAGE, keep(update.failureMessage(), ORDERS.FAILURE_MESSAGE))
        .set(ORDERS.NEEDS_ATTENTION, keep(update.needsAttention(), ORDERS.NEEDS_ATTENTION))
        .set(ORDERS.UPDATED_AT, now)
        .where(ORDERS.CHECKOUT_ID.eq(update.checkoutId()))
        .and(only)
        .execute();
  }

  /** The new value, or the stored one when there is none. */
  static <T> Field<T> keep(T value, Field<T> column) {
    return keep(val(value, column), column);
  }

  /** The value bound to {@code value}, or the stored one when that is null. */
  static <T> Field<T> keep(Field<T> value, Field<T> column) {
    return coalesce(value, column);
  }
}
