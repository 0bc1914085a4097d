package com.boxoffice.loadtest.check;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the record a frontend and an accountant read, in one repeatable-read transaction so that
 * the counters and the rows behind them are seen at the same instant.
 */
final class DatabaseReader {
  private static final String TICKET_TYPES =
      """
      select t.event_id, t.ticket_type_id, t.capacity, t.held, t.sold,
        (select count(*) from tickets k join orders o on o.checkout_id = k.checkout_id
          where o.event_id = t.event_id and k.ticket_type_id = t.ticket_type_id
            and k.status = 'VALID') as valid_tickets,
        (select coalesce(sum(i.quantity), 0) from order_items i
          join orders o on o.checkout_id = i.checkout_id
          where i.event_id = t.event_id and i.ticket_type_id = t.ticket_type_id
            and o.status = 'CONFIRMED') as confirmed_seats,
        (select coalesce(sum(i.quantity), 0) from order_items i
          join seat_holds h on h.checkout_id = i.checkout_id
          where i.event_id = t.event_id and i.ticket_type_id = t.ticket_type_id
            and h.state = 'HELD') as seats_in_held_holds
      from ticket_types t order by t.event_id, t.ticket_type_id
      """;

  private static final String ORDERS =
      """
      select o.checkout_id, o.status, o.amount_minor, o.payment_intent_id, h.state, o.created_at
      from orders o left join seat_holds h on h.checkout_id = o.checkout_id
      """;

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
      try (Statement statement = connection.createStatement()) {
        Instant now;
        try (ResultSet clock = statement.executeQuery("select now()")) {
          clock.next();
          now = clock.getTimestamp(1).toInstant();
        }
        Record record = new Record(now, ticketTypes(statement), orders(statement));
        connection.commit();
        return record;
      }
    }
  }

  private static List<Snapshot.TicketType> ticketTypes(Statement statement) throws SQLException {
    List<Snapshot.TicketType> types = new ArrayList<>();
    try (ResultSet row = statement.executeQuery(TICKET_TYPES)) {
      while (row.next()) {
        types.add(
            new Snapshot.TicketType(
                row.getString(1),
                row.getString(2),
                row.getInt(3),
                row.getInt(4),
                row.getInt(5),
                row.getInt(6),
                row.getInt(7),
                row.getInt(8)));
      }
    }
    return types;
  }

  private static List<Snapshot.Order> orders(Statement statement) throws SQLException {
    List<Snapshot.Order> orders = new ArrayList<>();
    try (ResultSet row = statement.executeQuery(ORDERS)) {
      while (row.next()) {
        orders.add(
            new Snapshot.Order(
                row.getString(1),
                row.getString(2),
                row.getLong(3),
                row.getString(4),
                row.getString(5),
                row.getTimestamp(6).toInstant()));
      }
    }
    return orders;
  }
}
