package com.boxoffice.email;

import static com.boxoffice.schema.Tables.EMAIL_DELIVERIES;
import static com.boxoffice.schema.Tables.EVENTS;
import static com.boxoffice.schema.Tables.ORDERS;

import com.boxoffice.checkout.contract.email.ConfirmationEmail;
import com.boxoffice.checkout.contract.inventory.Ticket;
import com.boxoffice.checkout.contract.payment.Money;
import com.boxoffice.quota.CallQuota;
import com.boxoffice.schema.tables.records.EmailDeliveriesRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.DSLContext;

/** A confirmed order to mail about, and read-backs of the delivery ledger. */
final class EmailFixture {
  static final String CHECKOUT = "c1";
  static final String BUYER = "ada@example.com";
  static final String FROM = "tickets@boxoffice.test";
  static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  static final List<Ticket> TICKETS =
      List.of(
          new Ticket("GA-7KQ2-M9XD", "ga"),
          new Ticket("GA-P4RT-2WZN", "ga"),
          new Ticket("VIP-H8FJ-6CLA", "vip"));

  /** For tests about anything but the quota. */
  static final CallQuota UNLIMITED = () -> {};

  private final DSLContext dsl;

  EmailFixture(DSLContext dsl) {
    this.dsl = dsl;
  }

  /** The ledger refers to orders, so each mail needs its order first. */
  void order(String checkoutId, String email) {
    if (dsl.fetchCount(EVENTS) == 0) {
      dsl.insertInto(EVENTS)
          .set(EVENTS.EVENT_ID, "summer-fest")
          .set(EVENTS.NAME, "Summer Fest")
          .set(EVENTS.CURRENCY, "usd")
          .set(EVENTS.STARTS_AT, NOW.plus(Duration.ofDays(30)).atOffset(ZoneOffset.UTC))
          .execute();
    }
    dsl.insertInto(ORDERS)
        .set(ORDERS.CHECKOUT_ID, checkoutId)
        .set(ORDERS.EVENT_ID, "summer-fest")
        .set(ORDERS.STATUS, "CONFIRMED")
        .set(ORDERS.CUSTOMER_EMAIL, email)
        .set(ORDERS.CUSTOMER_NAME, "Ada Lovelace")
        .set(ORDERS.AMOUNT_MINOR, 70_000L)
        .set(ORDERS.CURRENCY, "usd")
        .set(ORDERS.EXPIRES_AT, NOW.plus(Duration.ofMinutes(15)).atOffset(ZoneOffset.UTC))
        .execute();
  }

  EmailDeliveriesRecord delivery(String checkoutId) {
    return dsl.fetchOne(EMAIL_DELIVERIES, EMAIL_DELIVERIES.CHECKOUT_ID.eq(checkoutId));
  }

  static ConfirmationEmail confirmation(String checkoutId, String email) {
    return new ConfirmationEmail(
        checkoutId, email, "Ada Lovelace", "Summer Fest", new Money(70_000, "usd"), TICKETS);
  }

  static SendGridEmailActivities emails(String host, DSLContext dsl) {
    return emails("SG.boxoffice-test", host, dsl);
  }

  static SendGridEmailActivities emails(String apiKey, String host, DSLContext dsl) {
    return emails(apiKey, host, dsl, UNLIMITED);
  }

  static SendGridEmailActivities emails(String host, DSLContext dsl, CallQuota quota) {
    return emails("SG.boxoffice-test", host, dsl, quota);
  }

  private static SendGridEmailActivities emails(
      String apiKey, String host, DSLContext dsl, CallQuota quota) {
    SendGridSettings settings =
        new SendGridSettings(apiKey, host, Duration.ofSeconds(2), Duration.ofSeconds(5));
    return new SendGridEmailActivities(settings.client(quota), dsl, FROM, CLOCK);
  }
}
