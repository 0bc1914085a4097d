package com.boxoffice.local;

import com.boxoffice.checkout.CheckoutStatus;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One event as its records stand at a moment: every order in the database (also those whose buyer
 * never got an answer), the seat counters, the tickets and the mail ledger; the intents and mails
 * the sandbox holds for those orders.
 */
record Snapshot(
    Map<String, Order> orders,
    int capacity,
    int held,
    int sold,
    int validTickets,
    Set<String> sentLedger,
    Map<String, List<JsonNode>> intents,
    Map<String, Integer> mailsTo) {

  record Order(
      String checkoutId,
      CheckoutStatus status,
      String email,
      long amount,
      int quantity,
      String hold) {
    boolean confirmed() {
      return status == CheckoutStatus.CONFIRMED;
    }
  }

  static Snapshot of(LocalStack stack, String eventId) throws SQLException {
    try (Connection db = DriverManager.getConnection(stack.jdbcUrl())) {
      Map<String, Order> orders = new HashMap<>();
      for (List<String> row :
          rows(
              db,
              """
              select o.checkout_id, o.status, o.customer_email, o.amount_minor,
                     (select sum(quantity) from order_items i where i.checkout_id = o.checkout_id),
                     (select state from seat_holds h where h.checkout_id = o.checkout_id)
              from orders o where o.event_id = ?\
              """,
              eventId)) {
        orders.put(
            row.get(0),
            new Order(
                row.get(0),
                CheckoutStatus.valueOf(row.get(1)),
                row.get(2),
                Long.parseLong(row.get(3)),
                Integer.parseInt(row.get(4)),
                row.get(5)));
      }
      List<String> seats =
          rows(db, "select capacity, held, sold from ticket_types where event_id = ?", eventId)
              .getFirst();
      String tickets =
          rows(
                  db,
                  """
                  select count(*) from tickets t join orders o using (checkout_id)
                  where o.event_id = ? and t.status = 'VALID'\
                  """,
                  eventId)
              .getFirst()
              .getFirst();
      Set<String> sent =
          Set.copyOf(
              rows(
                      db,
                      """
                      select d.checkout_id from email_deliveries d join orders o using (checkout_id)
                      where o.event_id = ? and d.status = 'SENT'\
                      """,
                      eventId)
                  .stream()
                  .map(List::getFirst)
                  .toList());
      return new Snapshot(
          orders,
          Integer.parseInt(seats.get(0)),
          Integer.parseInt(seats.get(1)),
          Integer.parseInt(seats.get(2)),
          Integer.parseInt(tickets),
          sent,
          intentsOf(stack, orders.keySet()),
          mailsTo(stack));
    }
  }

  private static Map<String, List<JsonNode>> intentsOf(LocalStack stack, Set<String> checkoutIds) {
    Map<String, List<JsonNode>> byCheckout = new HashMap<>();
    for (JsonNode intent :
        Http.get(stack.options().sandboxUrl() + "/sandbox/payment_intents").json()) {
      String checkoutId = intent.at("/metadata/checkout_id").asText();
      if (checkoutIds.contains(checkoutId)) {
        byCheckout.computeIfAbsent(checkoutId, id -> new ArrayList<>()).add(intent);
      }
    }
    return byCheckout;
  }

  private static Map<String, Integer> mailsTo(LocalStack stack) {
    Map<String, Integer> counts = new HashMap<>();
    for (JsonNode mail : Http.get(stack.options().sandboxUrl() + "/sandbox/emails").json()) {
      for (JsonNode to : mail.get("to")) {
        counts.merge(to.asText(), 1, Integer::sum);
      }
    }
    return counts;
  }

  private static List<List<String>> rows(Connection db, String sql, String eventId)
      throws SQLException {
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      statement.setString(1, eventId);
      try (ResultSet result = statement.executeQuery()) {
        int columns = result.getMetaData().getColumnCount();
        List<List<String>> rows = new ArrayList<>();
        while (result.next()) {
          List<String> row = new ArrayList<>();
          for (int i = 1; i <= columns; i++) {
            row.add(result.getString(i));
          }
          rows.add(row);
        }
        return rows;
      }
    }
  }
}
