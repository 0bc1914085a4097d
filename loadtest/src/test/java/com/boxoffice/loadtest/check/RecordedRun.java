package com.boxoffice.loadtest.check;

import static com.boxoffice.schema.Tables.EVENTS;
import static com.boxoffice.schema.Tables.ORDERS;
import static com.boxoffice.schema.Tables.ORDER_ITEMS;
import static com.boxoffice.schema.Tables.SEAT_HOLDS;
import static com.boxoffice.schema.Tables.TICKETS;
import static com.boxoffice.schema.Tables.TICKET_TYPES;

import com.boxoffice.testkit.PostgresExtension;
import com.boxoffice.testkit.SandboxExtension;
import com.boxoffice.testkit.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
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
  void ticketType(String eventId, int capacity, int held, int sold) {
    DSLContext dsl = postgres.dsl();
    dsl.insertInto(EVENTS)
        .set(EVENTS.EVENT_ID, eventId)
        .set(EVENTS.NAME, "Fest")
        .set(EVENTS.CURRENCY, "usd")
        .set(EVENTS.STARTS_AT, DSL.currentOffsetDateTime())
        .execute();
    dsl.insertInto(TICKET_TYPES)
        .set(TICKET_TYPES.EVENT_ID, eventId)
        .set(TICKET_TYPES.TICKET_TYPE_ID, "general")
        .set(TICKET_TYPES.NAME, "General")
        .set(TICKET_TYPES.PRICE_MINOR, 5000L)
        .set(TICKET_TYPES.CAPACITY, capacity)
        .set(TICKET_TYPES.HELD, held)
        .set(TICKET_TYPES.SOLD, sold)
        .execute();
  }

  /** An order of {@code seats} seats at 5000 each, its hold in {@code holdState} (null: none). */
  void order(
      String eventId,
      String checkoutId,
      String status,
      int seats,
      String holdState,
      String intentId,
      Instant createdAt) {
    DSLContext dsl = postgres.dsl();
    dsl.insertInto(ORDERS)
        .set(ORDERS.CHECKOUT_ID, checkoutId)
        .set(ORDERS.EVENT_ID, eventId)
        .set(ORDERS.STATUS, status)
        .set(ORDERS.CUSTOMER_EMAIL, checkoutId + "@example.com")
        .set(ORDERS.CUSTOMER_NAME, "Buyer")
        .set(ORDERS.AMOUNT_MINOR, 5000L * seats)
        .set(ORDERS.CURRENCY, "usd")
        .set(ORDERS.PAYMENT_INTENT_ID, intentId)
        .set(ORDERS.EXPIRES_AT, DSL.currentOffsetDateTime())
        .set(ORDERS.CREATED_AT, createdAt.atOffset(ZoneOffset.UTC))
        .execute();
    dsl.insertInto(ORDER_ITEMS)
        .set(ORDER_ITEMS.CHECKOUT_ID, checkoutId)
        .set(ORDER_ITEMS.EVENT_ID, eventId)
        .set(ORDER_ITEMS.TICKET_TYPE_ID, "general")
        .set(ORDER_ITEMS.QUANTITY, seats)
        .set(ORDER_ITEMS.UNIT_PRICE_MINOR, 5000L)
        .execute();
    if (holdState != null) {
      dsl.insertInto(SEAT_HOLDS)
          .set(SEAT_HOLDS.CHECKOUT_ID, checkoutId)
          .set(SEAT_HOLDS.STATE, holdState)
          .set(SEAT_HOLDS.HOLD_UNTIL, DSL.currentOffsetDateTime())
          .execute();
    }
  }

  void tickets(String checkoutId, int count) {
    DSLContext dsl = postgres.dsl();
    for (int seq = 1; seq <= count; seq++) {
      dsl.insertInto(TICKETS)
          .set(TICKETS.CODE, checkoutId + "-" + seq)
          .set(TICKETS.CHECKOUT_ID, checkoutId)
          .set(TICKETS.TICKET_TYPE_ID, "general")
          .set(TICKETS.SEQ, seq)
          .execute();
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
}
