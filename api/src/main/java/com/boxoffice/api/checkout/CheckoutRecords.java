package com.boxoffice.api.checkout;

import static com.boxoffice.schema.Tables.ORDERS;
import static com.boxoffice.schema.Tables.ORDER_ITEMS;
import static com.boxoffice.schema.Tables.TICKETS;

import com.boxoffice.checkout.CheckoutFailure;
import com.boxoffice.checkout.CheckoutState;
import com.boxoffice.checkout.CheckoutStatus;
import com.boxoffice.checkout.contract.inventory.Ticket;
import com.boxoffice.checkout.contract.inventory.TicketLine;
import com.boxoffice.checkout.contract.payment.Money;
import com.boxoffice.schema.tables.records.OrdersRecord;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The checkout as the database records it: what a frontend and an accountant read. */
@Repository
class CheckoutRecords {
  private final DSLContext db;

  CheckoutRecords(DSLContext db) {
    this.db = db;
  }

  Optional<CheckoutState> state(String checkoutId) {
    OrdersRecord order = db.fetchOne(ORDERS, ORDERS.CHECKOUT_ID.eq(checkoutId));
    if (order == null) {
      return Optional.empty();
    }
    var items =
        db.select(ORDER_ITEMS.TICKET_TYPE_ID, ORDER_ITEMS.QUANTITY)
            .from(ORDER_ITEMS)
            .where(ORDER_ITEMS.CHECKOUT_ID.eq(checkoutId))
            .orderBy(ORDER_ITEMS.TICKET_TYPE_ID)
            .fetch(row -> new TicketLine(row.value1(), row.value2()));
    var tickets =
        db.select(TICKETS.CODE, TICKETS.TICKET_TYPE_ID)
            .from(TICKETS)
            .where(TICKETS.CHECKOUT_ID.eq(checkoutId))
            .and(TICKETS.STATUS.eq("VALID"))
            .orderBy(TICKETS.TICKET_TYPE_ID, TICKETS.SEQ)
            .fetch(row -> new Ticket(row.value1(), row.value2()));
    return Optional.of(
        new CheckoutState(
            checkoutId,
            status(order.getStatus()),
            order.getEventId(),
            items,
            new Money(order.getAmountMinor(), order.getCurrency().trim()),
            order.getCustomerEmail(),
            order.getPaymentIntentId(),
            null,
            order.getPaymentStatus(),
            tickets,
            order.getFailureCode() == null
                ? null
                : new CheckoutFailure(order.getFailureCode(), order.getFailureMessage()),
            order.getNeedsAttention(),
            instant(order.getExpiresAt()),
            instant(order.getCreatedAt()),
            instant(order.getUpdatedAt())));
  }

  /** A status this API does not know yet is treated as still in flight. */
  static CheckoutStatus status(String stored) {
    try {
      return CheckoutStatus.valueOf(stored);
    } catch (IllegalArgumentException e) {
      return CheckoutStatus.RESERVING;
    }
  }

  private static java.time.Instant instant(OffsetDateTime time) {
    return time == null ? null : time.toInstant();
  }
}
