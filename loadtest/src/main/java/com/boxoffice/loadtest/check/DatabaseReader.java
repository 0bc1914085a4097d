package com.boxoffice.loadtest.check;

import static com.boxoffice.schema.Tables.ORDERS;
import static com.boxoffice.schema.Tables.ORDER_ITEMS;
import static com.boxoffice.schema.Tables.SEAT_HOLDS;
import static com.boxoffice.schema.Tables.TICKETS;
import static com.boxoffice.schema.Tables.TICKET_TYPES;

import com.boxoffice.checkout.CheckoutStatus;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Reads the record a frontend and an accountant read, in one repeatable-read transaction so that
 * the counters and the rows behind them are seen at the same instant.
 */
final class DatabaseReader {
  private final String jdbcUrl;
  private final String user;
  private final String password;

  DatabaseReader(String jdbcUrl, String user, String password) {
    this.jdbcUrl = jdbcUrl;
    this.user = user;
    this.password = password;
  }

  /** The database's part of a snapshot: its clock, ticket types and orders. */
  record Record(Instant now, List<Snapshot.TicketType> ticketTypes, List<Snapshot.Order> orders) {}

  Record read() throws SQLException {
    try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password)) {
      connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      connection.setAutoCommit(false);
      connection.setReadOnly(true);
      DSLContext dsl = DSL.using(connection, SQLDialect.POSTGRES);
      Instant now = dsl.select(DSL.currentOffsetDateTime()).fetchSingle().value1().toInstant();
      Record record = new Record(now, ticketTypes(dsl), orders(dsl));
      connection.commit();
      return record;
    }
  }

  /**
   * Each ticket type's counters, and the tickets, sold seats and held seats its rows account for.
   */
  private static List<Snapshot.TicketType> ticketTypes(DSLContext dsl) {
    Field<Integer> validTickets =
        DSL.field(
            DSL.selectCount()
                .from(TICKETS)
                .join(ORDERS)
                .on(ORDERS.CHECKOUT_ID.eq(TICKETS.CHECKOUT_ID))
                .where(ORDERS.EVENT_ID.eq(TICKET_TYPES.EVENT_ID))
                .and(TICKETS.TICKET_TYPE_ID.eq(TICKET_TYPES.TICKET_TYPE_ID))
                .and(TICKETS.STATUS.eq("VALID")));
    Field<BigDecimal> confirmedSeats =
        seats(ORDERS, ORDERS.CHECKOUT_ID, ORDERS.STATUS.eq(CheckoutStatus.CONFIRMED.name()));
    Field<BigDecimal> seatsInHeldHolds =
        seats(SEAT_HOLDS, SEAT_HOLDS.CHECKOUT_ID, SEAT_HOLDS.STATE.eq("HELD"));
    return dsl.select(
            TICKET_TYPES.EVENT_ID,
            TICKET_TYPES.TICKET_TYPE_ID,
            TICKET_TYPES.CAPACITY,
            TICKET_TYPES.HELD,
            TICKET_TYPES.SOLD,
            validTickets,
            confirmedSeats,
            seatsInHeldHolds)
        .from(TICKET_TYPES)
        .orderBy(TICKET_TYPES.EVENT_ID, TICKET_TYPES.TICKET_TYPE_ID)
        .fetch(row ->
            new Snapshot.TicketType(
                row.value1(),
                row.value2(),
                row.value3(),
                row.value4(),
                row.value5(),
                row.value6(),
                row.value7().intValue(),
                row.value8().intValue()));
  }

  /**
   * The seats ordered of the outer query's ticket type by the checkouts whose row in {@code by}
   * meets {@code condition}.
   */
  private static Field<BigDecimal> seats(
      Table<?> by, Field<String> checkoutId, Condition condition) {
    return DSL.field(
        DSL.select(DSL.coalesce(DSL.sum(ORDER_ITEMS.QUANTITY), DSL.inline(BigDecimal.ZERO)))
            .from(ORDER_ITEMS)
            .join(by)
            .on(checkoutId.eq(ORDER_ITEMS.CHECKOUT_ID))
            .where(ORDER_ITEMS.EVENT_ID.eq(TICKET_TYPES.EVENT_ID))
            .and(ORDER_ITEMS.TICKET_TYPE_ID.eq(TICKET_TYPES.TICKET_TYPE_ID))
            .and(condition));
  }

  private static List<Snapshot.Order> orders(DSLContext dsl) {
    return dsl.select(
            ORDERS.CHECKOUT_ID,
            ORDERS.STATUS,
            ORDERS.AMOUNT_MINOR,
            ORDERS.PAYMENT_INTENT_ID,
            SEAT_HOLDS.STATE,
            ORDERS.CREATED_AT)
        .from(ORDERS)
        .leftJoin(SEAT_HOLDS)
        .on(SEAT_HOLDS.CHECKOUT_ID.eq(ORDERS.CHECKOUT_ID))
        .fetch(row ->
            new Snapshot.Order(
                row.value1(),
                row.value2(),
                row.value3(),
                row.value4(),
                row.value5(),
                row.value6().toInstant()));
  }
}
