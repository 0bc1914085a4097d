package com.boxoffice.loadtest.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each promise held and broken, as the checker reads it from PostgreSQL and the sandbox. */
class InvariantCheckerTest {
  @RegisterExtension static final RecordedRun run = new RecordedRun();

  private static final String EVENT = "fest";
  private static final Duration DRAIN = Duration.ofMinutes(2);

  private String printed;

  @Test
  void findsNothingWrongWithASettledRun() throws Exception {
    run.ticketType(EVENT, 10, 0, 2);
    confirmed("c-paid", 2);
    String declined = run.authorize("c-declined", 5000);
    run.cancel(declined);
    run.order(EVENT, "c-declined", "PAYMENT_FAILED", 1, "RELEASED", declined, Instant.now());
    run.order(EVENT, "c-late", "SOLD_OUT", 1, null, null, Instant.now());

    assertThat(violations()).isZero();
    assertThat(printed)
        .contains("invariants: all held")
        .containsPattern("fest/general sold +2")
        .containsPattern("captured intents +1")
        .containsPattern("orders SOLD_OUT +1");
  }

  @Test
  void findsSeatsSoldWithoutTheirTickets() throws Exception {
    run.ticketType(EVENT, 10, 0, 2);
    String intent = paid("c-short", 2);
    run.order(EVENT, "c-short", "CONFIRMED", 2, "SOLD", intent, Instant.now());
    run.tickets("c-short", 1);
    run.mail("c-short");

    assertThat(violations()).isEqualTo(1);
    assertThat(printed).contains("VIOLATION fest/general: sold 2 but 1 tickets issued");
  }

  @Test
  void findsSeatsStillHeldByAFailedOrder() throws Exception {
    run.ticketType(EVENT, 10, 1, 0);
    run.order(EVENT, "c-stuck", "PAYMENT_FAILED", 1, "HELD", null, Instant.now());

    assertThat(violations()).isEqualTo(1);
    assertThat(printed).contains("c-stuck is PAYMENT_FAILED but still holds seats");
  }

  @Test
  void findsMoneyKeptFromAnOrderThatFailed() throws Exception {
    run.ticketType(EVENT, 10, 0, 0);
    String intent = paid("c-kept", 1);
    run.order(EVENT, "c-kept", "PAYMENT_FAILED", 1, "RELEASED", intent, Instant.now());

    assertThat(violations()).isEqualTo(1);
    assertThat(printed).contains(intent + " keeps 5000 from PAYMENT_FAILED order c-kept");
  }

  @Test
  void acceptsMoneyCapturedForARefundedOrderOnceRefunded() throws Exception {
    run.ticketType(EVENT, 10, 0, 0);
    String intent = paid("c-refunded", 1);
    run.refund(intent);
    run.order(EVENT, "c-refunded", "REFUNDED", 1, "REVOKED", intent, Instant.now());
    run.mail("c-refunded");

    assertThat(violations()).isZero();
    assertThat(printed).containsPattern("refunded intents +1");
  }

  @Test
  void findsAnAuthorizationLeftHangingByACancelledOrder() throws Exception {
    run.ticketType(EVENT, 10, 0, 0);
    String intent = run.authorize("c-cancelled", 5000);
    run.order(EVENT, "c-cancelled", "CANCELLED", 1, "RELEASED", intent, Instant.now());

    assertThat(violations()).isEqualTo(1);
    assertThat(printed)
        .contains(intent + " still authorizes 5000 for CANCELLED order c-cancelled")
        .containsPattern("authorizations left hanging +1");
  }

  @Test
  void acceptsAnAuthorizationWhoseCheckoutIsStillRunning() throws Exception {
    run.ticketType(EVENT, 10, 1, 0);
    String intent = run.authorize("c-paying", 5000);
    run.order(EVENT, "c-paying", "AWAITING_PAYMENT", 1, "HELD", intent, Instant.now());

    assertThat(violations()).isZero();
    assertThat(printed).containsPattern("still running within the drain time +1");
  }

  @Test
  void findsAConfirmedOrderMailedTwice() throws Exception {
    run.ticketType(EVENT, 10, 0, 1);
    confirmed("c-twice", 1);
    run.mail("c-twice");

    assertThat(violations()).isEqualTo(1);
    assertThat(printed).contains("c-twice is CONFIRMED with 2 mails");
  }

  @Test
  void findsAConfirmedOrderNeverMailed() throws Exception {
    run.ticketType(EVENT, 10, 0, 1);
    String intent = paid("c-silent", 1);
    run.order(EVENT, "c-silent", "CONFIRMED", 1, "SOLD", intent, Instant.now());
    run.tickets("c-silent", 1);

    assertThat(violations()).isEqualTo(1);
    assertThat(printed).contains("c-silent is CONFIRMED with 0 mails");
  }

  @Test
  void findsACheckoutUnsettledAfterTheDrainTime() throws Exception {
    run.ticketType(EVENT, 10, 1, 0);
    Instant longAgo = Instant.now().minus(DRAIN).minusSeconds(60);
    run.order(EVENT, "c-forgotten", "CAPTURING", 1, "HELD", null, longAgo);

    assertThat(violations()).isEqualTo(1);
    assertThat(printed).contains("c-forgotten is still CAPTURING");
  }

  @Test
  void givesItsCountsAndViolationsToACallerInTheSameProcess() throws Exception {
    run.ticketType(EVENT, 10, 0, 1);
    confirmed("c-paid", 1);
    String intent = paid("c-kept", 1);
    run.order(EVENT, "c-kept", "EXPIRED", 1, "RELEASED", intent, Instant.now());

    InvariantChecker.Verdict verdict =
        new InvariantChecker(run.settings(DRAIN))
            .verdict(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

    assertThat(verdict.held()).isFalse();
    assertThat(verdict.violations())
        .containsExactly(intent + " keeps 5000 from EXPIRED order c-kept");
    assertThat(verdict.count("payments", "captured intents")).isEqualTo(2);
    assertThat(verdict.count("orders", "orders EXPIRED")).isEqualTo(1);
    assertThat(verdict.count("emails", "no such count")).isZero();
  }

  private void confirmed(String checkoutId, int seats) throws Exception {
    String intent = paid(checkoutId, seats);
    run.order(EVENT, checkoutId, "CONFIRMED", seats, "SOLD", intent, Instant.now());
    run.tickets(checkoutId, seats);
    run.mail(checkoutId);
  }

  private String paid(String checkoutId, int seats) throws Exception {
    String intent = run.authorize(checkoutId, 5000L * seats);
    run.capture(intent);
    return intent;
  }

  private int violations() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int violations =
        new InvariantChecker(run.settings(DRAIN))
            .run(new PrintStream(out, true, StandardCharsets.UTF_8));
    printed = out.toString(StandardCharsets.UTF_8);
    return violations;
  }
}
