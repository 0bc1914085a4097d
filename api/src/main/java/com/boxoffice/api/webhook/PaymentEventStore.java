package com.boxoffice.api.webhook;

import static com.boxoffice.schema.Tables.ORDERS;
import static com.boxoffice.schema.Tables.PAYMENT_EVENTS;

import com.boxoffice.schema.sql.RenderedSql;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
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
    boolean byIntent = event.checkoutId() == null && event.paymentIntentId() != null;
    RenderedSql statement = RECORD[(byIntent ? 2 : 0) + (knownOutcome != null ? 1 : 0)];
    List<Object> values =
        new ArrayList<>(
            Arrays.asList(
                "eventId", event.eventId(),
                "type", event.type(),
                "paymentIntentId", event.paymentIntentId(),
                "payload", event.payload()));
    if (!byIntent) {
      values.addAll(Arrays.asList("checkoutId", event.checkoutId()));
    }
    if (knownOutcome != null) {
      values.addAll(Arrays.asList("outcome", knownOutcome));
    }
    return statement.fetchOptional(
        db,
        row -> new Recorded(row.getString(1), row.getString(2), row.getString(3), row.getString(4)),
        values.toArray());
  }

  /**
   * The record's statement, rendered once in each of its four shapes: the checkout named by the
   * event or found through its payment intent, times the outcome known on arrival or not.
   */
  private static final RenderedSql[] RECORD = {
    recordStatement(false, false),
    recordStatement(false, true),
    recordStatement(true, false),
    recordStatement(true, true)
  };

  private static RenderedSql recordStatement(boolean byIntent, boolean outcomeKnown) {
    Field<String> paymentIntentId = DSL.param("paymentIntentId", String.class);
    Field<String> checkoutId =
        byIntent
            ? DSL.field(
                DSL.select(ORDERS.CHECKOUT_ID)
                    .from(ORDERS)
                    .where(ORDERS.PAYMENT_INTENT_ID.eq(paymentIntentId)))
            : DSL.param("checkoutId", String.class);
    Field<String> outcome = outcomeKnown ? DSL.param("outcome", String.class) : settled(checkoutId);
    Field<String> orderStatus = ofOrder(ORDERS.STATUS, outcomeKnown);
    Field<String> paymentStatus = ofOrder(ORDERS.PAYMENT_STATUS, outcomeKnown);
    return RenderedSql.of(
        DSL.insertInto(PAYMENT_EVENTS)
            .set(PAYMENT_EVENTS.STRIPE_EVENT_ID, DSL.param("eventId", String.class))
            .set(PAYMENT_EVENTS.TYPE, DSL.param("type", String.class))
            .set(PAYMENT_EVENTS.PAYMENT_INTENT_ID, paymentIntentId)
            .set(PAYMENT_EVENTS.CHECKOUT_ID, checkoutId)
            .set(
                PAYMENT_EVENTS.PAYLOAD,
                DSL.cast(DSL.param("payload", String.class), PAYMENT_EVENTS.PAYLOAD.getDataType()))
            .set(
                PAYMENT_EVENTS.PROCESSED_AT,
                outcomeKnown
                    ? DSL.currentOffsetDateTime()
                    : DSL.when(outcome.isNotNull(), DSL.currentOffsetDateTime()))
            .set(PAYMENT_EVENTS.OUTCOME, outcome)
            .onConflictDoNothing()
            .returningResult(
                PAYMENT_EVENTS.CHECKOUT_ID, orderStatus, paymentStatus, PAYMENT_EVENTS.OUTCOME));
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
  private static Field<String> ofOrder(Field<String> column, boolean outcomeKnown) {
    if (outcomeKnown) {
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
