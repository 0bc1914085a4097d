package com.boxoffice.loadtest.launch;

import static com.boxoffice.schema.Tables.EVENTS;
import static com.boxoffice.schema.Tables.ORDERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.boxoffice.checkout.CheckoutStatus;
import com.boxoffice.testkit.PostgresExtension;
import com.boxoffice.testkit.TestDatabase;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LaunchLedgerTest {
  @RegisterExtension static final PostgresExtension postgres = new PostgresExtension();

  private static final String EVENT = "launch";
  private static final OffsetDateTime START = OffsetDateTime.parse("2026-06-01T10:00:00Z");

  private final LaunchLedger ledger =
      new LaunchLedger(TestDatabase.migrated().jdbcUrl(), TestDatabase.migrated().user());

  /**
   * Confirmations at seconds 1, 1, 2 and 4 after the start, an order that expired and was the first
   * to be placed, and another event's confirmation that must not count.
   */
  @BeforeEach
  void launch() {
    event(EVENT);
    event("other");
    order("c1", EVENT, CheckoutStatus.CONFIRMED, 0, 1_200);
    order("c2", EVENT, CheckoutStatus.CONFIRMED, 500, 1_700);
    order("c3", EVENT, CheckoutStatus.CONFIRMED, 900, 2_100);
    order("c4", EVENT, CheckoutStatus.CONFIRMED, 1_000, 4_000);
    order("c5", EVENT, CheckoutStatus.EXPIRED, -2_000, 10_000);
    order("o1", "other", CheckoutStatus.CONFIRMED, -60_000, 3_000);
  }

  @Test
  void countsTheEventsOrdersByStatus() throws Exception {
    assertThat(ledger.statuses(EVENT)).isEqualTo(Map.of("CONFIRMED", 4L, "EXPIRED", 1L));
  }

  @Test
  void takesTheBestAverageOverConsecutiveSecondsOfConfirmations() throws Exception {
    assertThat(ledger.highestSustainedConfirmationsPerSecond(EVENT, 2)).isEqualTo(1.5);
  }

  @Test
  void averagesOverTheSecondsThereAreWhenTheWindowIsLonger() throws Exception {
    assertThat(ledger.highestSustainedConfirmationsPerSecond(EVENT, 10)).isEqualTo(1.0);
  }

  @Test
  void dividesConfirmationsByTheTimeFromTheFirstOrderToTheLastConfirmation() throws Exception {
    assertThat(ledger.confirmationsPerSecond(EVENT)).isCloseTo(4 / 6.0, within(1e-9));
  }

  @Test
  void reportsNoRateForAnEventWithoutConfirmations() throws Exception {
    event("quiet");
    order("q1", "quiet", CheckoutStatus.EXPIRED, 0, 1_000);

    assertThat(ledger.highestSustainedConfirmationsPerSecond("quiet", 10)).isZero();
    assertThat(ledger.confirmationsPerSecond("quiet")).isZero();
  }

  private static void event(String eventId) {
    postgres
        .dsl()
        .insertInto(EVENTS)
        .set(EVENTS.EVENT_ID, eventId)
        .set(EVENTS.NAME, "Launch")
        .set(EVENTS.CURRENCY, "usd")
        .set(EVENTS.STARTS_AT, START)
        .execute();
  }

  /** An order placed and last updated the given milliseconds after the start. */
  private static void order(
      String checkoutId, String eventId, CheckoutStatus status, long placedAt, long updatedAt) {
    postgres
        .dsl()
        .insertInto(ORDERS)
        .set(ORDERS.CHECKOUT_ID, checkoutId)
        .set(ORDERS.EVENT_ID, eventId)
        .set(ORDERS.STATUS, status.name())
        .set(ORDERS.CUSTOMER_EMAIL, checkoutId + "@example.com")
        .set(ORDERS.CUSTOMER_NAME, "Buyer")
        .set(ORDERS.AMOUNT_MINOR, 5000L)
        .set(ORDERS.CURRENCY, "usd")
        .set(ORDERS.EXPIRES_AT, START.plusMinutes(15))
        .set(ORDERS.CREATED_AT, START.plusNanos(placedAt * 1_000_000))
        .set(ORDERS.UPDATED_AT, START.plusNanos(updatedAt * 1_000_000))
        .execute();
  }
}
