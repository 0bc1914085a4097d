package com.boxoffice.email;

import static com.boxoffice.schema.Tables.EMAIL_DELIVERIES;

import java.time.OffsetDateTime;
import org.jooq.DSLContext;
import org.jooq.Record2;

/** The {@code email_deliveries} rows: one per checkout and kind of mail, SENDING until SENT. */
final class DeliveryLedger {
  /** A delivery as the ledger records it; {@code messageId} is SendGrid's, once sent. */
  record Delivery(String status, String messageId) {
    boolean sent() {
      return SENT.equals(status);
    }
  }

  private static final String SENDING = "SENDING";
  private static final String SENT = "SENT";

  private DeliveryLedger() {}

  /** Counts an attempt at a delivery not yet sent, creating its row on the first one. */
  static Delivery begin(
      DSLContext dsl, String checkoutId, String kind, String recipient, OffsetDateTime now) {
    Record2<String, String> counted =
        dsl.insertInto(EMAIL_DELIVERIES)
            .set(EMAIL_DELIVERIES.CHECKOUT_ID, checkoutId)
            .set(EMAIL_DELIVERIES.KIND, kind)
            .set(EMAIL_DELIVERIES.RECIPIENT, recipient)
            .set(EMAIL_DELIVERIES.STATUS, SENDING)
            .set(EMAIL_DELIVERIES.ATTEMPTS, 1)
            .set(EMAIL_DELIVERIES.CREATED_AT, now)
            .onConflict(EMAIL_DELIVERIES.CHECKOUT_ID, EMAIL_DELIVERIES.KIND)
            .doUpdate()
            .set(EMAIL_DELIVERIES.ATTEMPTS, EMAIL_DELIVERIES.ATTEMPTS.plus(1))
            .where(EMAIL_DELIVERIES.STATUS.eq(SENDING))
            .returningResult(EMAIL_DELIVERIES.STATUS, EMAIL_DELIVERIES.PROVIDER_MESSAGE_ID)
            .fetchOne();
    // No row back means the conflict's update was skipped: the delivery is already SENT.
    return counted != null ? delivery(counted) : read(dsl, checkoutId, kind);
  }

  static void markSent(
      DSLContext dsl, String checkoutId, String kind, String messageId, OffsetDateTime now) {
    dsl.update(EMAIL_DELIVERIES)
        .set(EMAIL_DELIVERIES.STATUS, SENT)
        .set(EMAIL_DELIVERIES.PROVIDER_MESSAGE_ID, messageId)
        .set(EMAIL_DELIVERIES.SENT_AT, now)
        .where(EMAIL_DELIVERIES.CHECKOUT_ID.eq(checkoutId))
        .and(EMAIL_DELIVERIES.KIND.eq(kind))
        .execute();
  }

  private static Delivery read(DSLContext dsl, String checkoutId, String kind) {
    return delivery(
        dsl.select(EMAIL_DELIVERIES.STATUS, EMAIL_DELIVERIES.PROVIDER_MESSAGE_ID)
            .from(EMAIL_DELIVERIES)
            .where(EMAIL_DELIVERIES.CHECKOUT_ID.eq(checkoutId))
            .and(EMAIL_DELIVERIES.KIND.eq(kind))
            .fetchSingle());
  }

  private static Delivery delivery(Record2<String, String> row) {
    return new Delivery(row.value1(), row.value2());
  }
}
