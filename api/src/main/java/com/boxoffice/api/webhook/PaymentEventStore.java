package com.boxoffice.api.webhook;

import static com.boxoffice.schema.Tables.ORDERS;
import static com.boxoffice.schema.Tables.PAYMENT_EVENTS;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The ledger of Stripe events: each event id is recorded once and applied once. */
@Repository
class PaymentEventStore {
  private final DSLContext db;

  PaymentEventStore(DSLContext db) {
    this.db = db;
  }

  /**
   * Records the event in one statement, resolving its checkout through the payment intent when the
   * event does not name it (charges), and returns the checkout with its order's status and the
   * payment status the saga recorded on it. An event whose outcome is known already, or that its
   * saga no longer waits for ({@link SagaWait}), is recorded as processed with its outcome, and
   * needs nothing more. Empty when the event was recorded before.
   */
  Optional<Recorded> record(ReceivedEvent event, String knownOutcome) {
    Field<String> checkoutId =
        event.checkoutId() != null || event.paymentIntentId() == null
            ? DSL.val(event.checkoutId())
            : DSL.field(
                DSL.select(ORDERS.CHECKOUT_ID)
                    .from(ORDERS)
                    .where(ORDERS.PAYMENT_INTENT_ID.eq(event.paymentIntentId())));
    Field<String> outcome = knownOutcome != null ? DSL.val(knownOutcome) : settled(checkoutId);
    Field<String> orderStatus = ofOrder(ORDERS.STATUS, knownOutcome);
    Field<String> paymentStatus = ofOrder(ORDERS.PAYMENT_STATUS, knownOutcome);
    return db.insertInto(PAYMENT_EVENTS)
        .set(PAYMENT_EVENTS.STRIPE_EVENT_ID, event.eventId())
        .set(PAYMENT_EVENTS.TYPE, event.type())
        .set(PAYMENT_EVENTS.PAYMENT_INTENT_ID, event.paymentIntentId())
        .set(PAYMENT_EVENTS.CHECKOUT_ID, checkoutId)
        .set(PAYMENT_EVENTS.PAYLOAD, JSONB.valueOf(event.payload()))
        .set(
            PAYMENT_EVENTS.PROCESSED_AT, DSL.when(outcome.isNotNull(), DSL.currentOffsetDateTime()))
        .set(PAYMENT_EVENTS.OUTCOME, outcome)
        .onConflictDoNothing()
        .returningResult(
            PAYMENT_EVENTS.CHECKOUT_ID, orderStatus, paymentStatus, PAYMENT_EVENTS.OUTCOME)
        .fetchOptional()
        .map(row -> new Recorded(row.value1(), row.value2(), row.value3(), row.value4()));
  }

  /** {@code not-awaited} when the event's saga is past its wait, else null: it is to be applied. */
  private static Field<String> settled(Field<String> checkoutId) {
    return DSL.field(
        DSL.select(
                DSL.when(
                    SagaWait.isPast(ORDERS.STATUS, ORDERS.PAYMENT_STATUS),
                    DSL.inline(PaymentEventApplier.NOT_AWAITED)))
            .from(ORDERS)
            .where(ORDERS.CHECKOUT_ID.eq(checkoutId)));
  }

  /** A column of the event's order, read by the insert; an event settled on arrival needs none. */
  private static Field<String> ofOrder(Field<String> column, String knownOutcome) {
    if (knownOutcome != null) {
      return DSL.castNull(column.getDataType());
    }
    return DSL.field(
        DSL.select(column).from(ORDERS).where(ORDERS.CHECKOUT_ID.eq(PAYMENT_EVENTS.CHECKOUT_ID)));
  }

  void finish(String eventId, String outcome) {
    db.update(PAYMENT_EVENTS)
        .set(PAYMENT_EVENTS.PROCESSED_AT, DSL.currentOffsetDateTime())
        .set(PAYMENT_EVENTS.OUTCOME, outcome)
        .where(PAYMENT_EVENTS.STRIPE_EVENT_ID.eq(eventId))
        .execute();
  }

  /** Events recorded at least {@code age} ago whose signal has not gone through. */
  List<Unprocessed> unprocessed(Duration age, int limit) {
    return db.select(
            PAYMENT_EVENTS.CHECKOUT_ID,
            ORDERS.STATUS,
            ORDERS.PAYMENT_STATUS,
            PAYMENT_EVENTS.PAYLOAD)
        .from(PAYMENT_EVENTS)
        .leftJoin(ORDERS)
        .on(ORDERS.CHECKOUT_ID.eq(PAYMENT_EVENTS.CHECKOUT_ID))
        .where(PAYMENT_EVENTS.PROCESSED_AT.isNull())
        .and(PAYMENT_EVENTS.RECEIVED_AT.lt(OffsetDateTime.now().minus(age)))
        .orderBy(PAYMENT_EVENTS.RECEIVED_AT)
        .limit(limit)
        .fetch(row ->
            new Unprocessed(
                new Recorded(row.value1(), row.value2(), row.value3(), null), row.value4().data()));
  }

  /**
   * The event's checkout, if any, and its order's status and payment status when it was recorded.
   * Only the saga writes those two, once it has learned them: they say what the saga knows. {@code
   * outcome} is set when the event needed nothing more than its record.
   */
  record Recorded(String checkoutId, String orderStatus, String paymentStatus, String outcome) {}

  record Unprocessed(Recorded recorded, String payload) {}
}
