package com.boxoffice.email;

import static com.boxoffice.schema.Tables.EMAIL_DELIVERIES;

import com.boxoffice.schema.sql.RenderedSql;
import java.time.OffsetDateTime;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.impl.DSL;

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

  private static final RenderedSql BEGIN =
      RenderedSql.of(
          DSL.insertInto(EMAIL_DELIVERIES)
              .set(EMAIL_DELIVERIES.CHECKOUT_ID, DSL.param("checkoutId", String.class))
              .set(EMAIL_DELIVERIES.KIND, DSL.param("kind", String.class))
              .set(EMAIL_DELIVERIES.RECIPIENT, DSL.param("recipient", String.class))
              .set(EMAIL_DELIVERIES.STATUS, DSL.inline(SENDING))
              .set(EMAIL_DELIVERIES.ATTEMPTS, DSL.inline(1))
              .set(EMAIL_DELIVERIES.CREATED_AT, DSL.param("now", OffsetDateTime.class))
              .onConflict(EMAIL_DELIVERIES.CHECKOUT_ID, EMAIL_DELIVERIES.KIND)
              .doUpdate()
              .set(EMAIL_DELIVERIES.ATTEMPTS, EMAIL_DELIVERIES.ATTEMPTS.plus(DSL.inline(1)))
              .where(EMAIL_DELIVERIES.STATUS.eq(DSL.inline(SENDING)))
              .returningResult(EMAIL_DELIVERIES.STATUS, EMAIL_DELIVERIES.PROVIDER_MESSAGE_ID));

  private static final RenderedSql MARK_SENT =
      RenderedSql.of(
          DSL.update(EMAIL_DELIVERIES)
              .set(EMAIL_DELIVERIES.STATUS, DSL.inline(SENT))
              .set(EMAIL_DELIVERIES.PROVIDER_MESSAGE_ID, DSL.param("messageId", String.class))
              .set(EMAIL_DELIVERIES.SENT_AT, DSL.param("now", OffsetDateTime.class))
              .where(EMAIL_DELIVERIES.CHECKOUT_ID.eq(DSL.param("checkoutId", String.class)))
              .and(EMAIL_DELIVERIES.KIND.eq(DSL.param("kind", String.class))));

  /** Counts an attempt at a delivery not yet sent, creating its row on the first one. */
  static Delivery begin(
      DSLContext dsl, String checkoutId, String kind, String recipient, OffsetDateTime now) {
    // No row back means the conflict's update was skipped: the delivery is already SENT.
    return BEGIN
        .fetchOptional(
            dsl,
            row -> new Delivery(row.getString(1), row.getString(2)),
            "checkoutId",
            checkoutId,
            "kind",
            kind,
            "recipient",
            recipient,
            "now",
            now)
        .orElseGet(() -> read(dsl, checkoutId, kind));
  }

  static void markSent(
      DSLContext dsl, String checkoutId, String kind, String messageId, OffsetDateTime now) {
    MARK_SENT.execute(
        dsl, "checkoutId", checkoutId, "kind", kind, "messageId", messageId, "now", now);
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
