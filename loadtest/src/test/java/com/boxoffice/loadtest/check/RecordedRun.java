package com.boxoffice.loadtest.check;

import com.boxoffice.testkit.PostgresExtension;
import com.boxoffice.testkit.SandboxExtension;
import com.boxoffice.testkit.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The traces a run leaves, written by hand: rows in a real PostgreSQL migrated by the product's own
 * migrations, and intents and mails in a real sandbox driven through its Stripe and SendGrid calls.
 * Each test starts from an empty database and sandbox.
 */
final class RecordedRun implements BeforeAllCallback, BeforeEachCallback {
  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"(pi_[^\"]+)\"");

  private final PostgresExtension postgres = new PostgresExtension();
  private final SandboxExtension sandbox = new SandboxExtension();
  private final HttpClient http = HttpClient.newHttpClient();

  @Override
  public void beforeAll(ExtensionContext context) {
    postgres.beforeAll(context);
    sandbox.beforeAll(context);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    postgres.beforeEach(context);
    sandbox.beforeEach(context);
  }

  CheckerSettings settings(Duration drainTime) {
    TestDatabase database = TestDatabase.migrated();
    return new CheckerSettings(
        database.jdbcUrl(), database.user(), database.password(), sandbox.baseUrl(), drainTime);
  }

  /** An event with one ticket type, its counters set as given. */
  void ticketType(String eventId, int capacity, int held, int sold) throws SQLException {
    sql(
        "insert into events (event_id, name, currency, starts_at) values (?, 'Fest', 'usd', now())",
        eventId);
    sql(
        "insert into ticket_types (event_id, ticket_type_id, name, price_minor, capacity, held,"
            + " sold) values (?, 'general', 'General', 5000, ?, ?, ?)",
        eventId,
        capacity,
        held,
        sold);
  }

  /** An order of {@code seats} seats at 5000 each, its hold in {@code holdState} (null: none). */
  void order(
      String eventId,
      String checkoutId,
      String status,
      int seats,
      String holdState,
      String intentId,
      Instant createdAt)
      throws SQLException {
    sql(
        "insert into orders (checkout_id, event_id, status, customer_email, customer_name,"
            + " amount_minor, currency, payment_intent_id, expires_at, created_at)"
            + " values (?, ?, ?, ?, 'Buyer', ?, 'usd', ?, now(), ?)",
        checkoutId,
        eventId,
        status,
        checkoutId + "@example.com",
        5000L * seats,
        intentId,
        java.sql.Timestamp.from(createdAt));
    sql("insert into order_items values (?, ?, 'general', ?, 5000)", checkoutId, eventId, seats);
    if (holdState != null) {
      sql(
          "insert into seat_holds (checkout_id, state, hold_until) values (?, ?, now())",
          checkoutId,
          holdState);
    }
  }

  void tickets(String checkoutId, int count) throws SQLException {
    for (int seq = 1; seq <= count; seq++) {
      sql(
          "insert into tickets (code, checkout_id, ticket_type_id, seq) values (?, ?, 'general', ?)",
          checkoutId + "-" + seq,
          checkoutId,
          seq);
    }
  }

  /** A card authorized for the checkout, not captured; returns the intent's id. */
  String authorize(String checkoutId, long amount) throws Exception {
    String body =
        "amount="
            + amount
            + "&currency=usd&capture_method=manual&confirm=true"
            + "&payment_method=pm_card_visa&metadata[checkout_id]="
            + checkoutId;
    String answer = stripe("/v1/payment_intents", body);
    Matcher id = ID.matcher(answer);
    if (!id.find()) {
      throw new IllegalStateException("No intent id in " + answer);
    }
    return id.group(1);
  }

  void capture(String intentId) throws Exception {
    stripe("/v1/payment_intents/" + intentId + "/capture", "");
  }

  void cancel(String intentId) throws Exception {
    stripe("/v1/payment_intents/" + intentId + "/cancel", "");
  }

  void refund(String intentId) throws Exception {
    stripe("/v1/refunds", "payment_intent=" + intentId);
  }

  /** A confirmation mail for the checkout, as the email activity sends it through SendGrid. */
  void mail(String checkoutId) throws Exception {
    String body =
        """
        {"personalizations": [{"to": [{"email": "%s@example.com"}]}],
         "from": {"email": "tickets@boxoffice.test"}, "subject": "Your tickets",
         "content": [{"type": "text/plain", "value": "Tickets"}],
         "custom_args": {"checkout_id": "%s", "kind": "CONFIRMATION"}}
        """
            .formatted(checkoutId, checkoutId);
    send(
        HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/v3/mail/send"))
            .header("Authorization", "Bearer SG.test")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)),
        null);
  }

  private String stripe(String path, String form) throws Exception {
    return send(
        HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path))
            .header("Authorization", "Bearer sk_test_checker")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)),
        path);
  }

  private String send(HttpRequest.Builder request, String what) throws Exception {
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() / 100 != 2) {
      throw new IllegalStateException(
          what + " answered " + response.statusCode() + " " + response.body());
    }
    return response.body();
  }

  private void sql(String statement, Object... parameters) throws SQLException {
    try (Connection connection = postgres.dataSource().getConnection();
        PreparedStatement prepared = connection.prepareStatement(statement)) {
      for (int i = 0; i < parameters.length; i++) {
        prepared.setObject(i + 1, parameters[i]);
      }
      prepared.execute();
    }
  }
}
