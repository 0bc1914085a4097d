package com.boxoffice.inventory;

import static com.boxoffice.inventory.InventoryFixture.CLOCK;
import static com.boxoffice.inventory.InventoryFixture.GA;
import static com.boxoffice.inventory.InventoryFixture.GA_PRICE;
import static com.boxoffice.inventory.InventoryFixture.HOLD_UNTIL;
import static com.boxoffice.inventory.InventoryFixture.VIP;
import static com.boxoffice.inventory.InventoryFixture.VIP_PRICE;
import static com.boxoffice.inventory.InventoryFixture.holdRequest;
import static com.boxoffice.inventory.InventoryFixture.line;
import static com.boxoffice.inventory.InventoryFixture.nonRetryableFailure;
import static org.assertj.core.api.Assertions.assertThat;

import com.boxoffice.checkout.contract.inventory.HoldSeatsRequest;
import com.boxoffice.checkout.contract.inventory.InventoryActivities;
import com.boxoffice.checkout.contract.inventory.SeatHold;
import com.boxoffice.checkout.contract.payment.Money;
import com.boxoffice.testkit.PostgresExtension;
import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HoldSeatsTest {
  @RegisterExtension static final PostgresExtension postgres = new PostgresExtension();

  private InventoryFixture fixture;
  private JooqInventoryActivities inventory;

  @BeforeEach
  void festival() {
    fixture = new InventoryFixture(postgres.dsl());
    fixture.festival(10, 2);
    inventory = new JooqInventoryActivities(postgres.dsl(), CLOCK);
  }

  @Test
  void holdsTheSeatsTheOrderAsksFor() {
    inventory.holdSeats(holdRequest("c1", line(GA, 3)));

    assertThat(fixture.counts(GA)).isEqualTo(new InventoryFixture.Counts(10, 3, 0));
    assertThat(fixture.holdState("c1")).isEqualTo("HELD");
  }

  @Test
  void recordsTheOrderAsReservingUntilTheHoldDeadline() {
    inventory.holdSeats(holdRequest("c1", line(GA, 1)));

    var order = fixture.order("c1");
    assertThat(order.getStatus()).isEqualTo("RESERVING");
    assertThat(order.getExpiresAt().toInstant()).isEqualTo(HOLD_UNTIL);
    assertThat(order.getCustomerEmail()).isEqualTo("ada@example.com");
  }

  @Test
  void pricesTheOrderFromTheTicketTypes() {
    SeatHold hold = inventory.holdSeats(holdRequest("c1", line(GA, 2), line(VIP, 1)));

    Money expected = new Money(2 * GA_PRICE + VIP_PRICE, "usd");
    assertThat(hold.amount()).isEqualTo(expected);
    assertThat(fixture.order("c1").getAmountMinor()).isEqualTo(expected.value());
    assertThat(hold.eventName()).isEqualTo("Summer Fest");
  }

  @Test
  void answersARetryWithTheSameHoldWithoutHoldingTwice() {
    var request =
        new HoldSeatsRequest(
            "c1",
            InventoryFixture.EVENT,
            List.of(line(GA, 2)),
            "ada@example.com",
            "Ada",
            HOLD_UNTIL.plus(Duration.ofNanos(123_456_789)));

    SeatHold first = inventory.holdSeats(request);
    SeatHold retried = inventory.holdSeats(request);

    assertThat(retried).isEqualTo(first);
    assertThat(fixture.counts(GA).held()).isEqualTo(2);
  }

  @Test
  void leavesTheCountsUntouchedWhenSoldOut() {
    nonRetryableFailure(
        () -> inventory.holdSeats(holdRequest("c1", line(VIP, 3))), InventoryActivities.SOLD_OUT);

    assertThat(fixture.counts(VIP)).isEqualTo(new InventoryFixture.Counts(2, 0, 0));
    assertThat(fixture.holdState("c1")).isNull();
  }

  @Test
  void recordsTheSoldOutOrderWithItsFailure() {
    nonRetryableFailure(
        () -> inventory.holdSeats(holdRequest("c1", line(VIP, 3))), InventoryActivities.SOLD_OUT);

    var order = fixture.order("c1");
    assertThat(order.getStatus()).isEqualTo("SOLD_OUT");
    assertThat(order.getFailureCode()).isEqualTo("sold-out");
    assertThat(order.getFailureMessage()).contains(VIP);
  }

  @Test
  void namesOnlyTheShortTicketTypes() {
    ApplicationFailure failure =
        nonRetryableFailure(
            () -> inventory.holdSeats(holdRequest("c1", line(GA, 1), line(VIP, 3))),
            InventoryActivities.SOLD_OUT);

    assertThat(failure.getOriginalMessage()).contains(VIP).doesNotContain(GA);
    assertThat(failure.getDetails().get(List.class)).containsExactly(VIP);
  }

  @Test
  void namesTheFirstTicketTypeInLockOrderWhenItIsTheShortOne() {
    // The first line in ticket type order is held by the order's own statement, the others after.
    ApplicationFailure failure =
        nonRetryableFailure(
            () -> inventory.holdSeats(holdRequest("c1", line(VIP, 1), line(GA, 11))),
            InventoryActivities.SOLD_OUT);

    assertThat(failure.getDetails().get(List.class)).containsExactly(GA);
    assertThat(fixture.counts(GA).held()).isZero();
    assertThat(fixture.counts(VIP).held()).isZero();
    assertThat(fixture.order("c1").getStatus()).isEqualTo("SOLD_OUT");
    assertThat(fixture.holdState("c1")).isNull();
  }

  @Test
  void failsARetryOfASoldOutOrderAgainEvenOnceSeatsFreeUp() {
    var request = holdRequest("c1", line(VIP, 3));
    ApplicationFailure first =
        nonRetryableFailure(() -> inventory.holdSeats(request), InventoryActivities.SOLD_OUT);
    fixture.capacity(VIP, 5);

    ApplicationFailure retried =
        nonRetryableFailure(() -> inventory.holdSeats(request), InventoryActivities.SOLD_OUT);

    assertThat(retried.getOriginalMessage()).isEqualTo(first.getOriginalMessage());
    assertThat(fixture.counts(VIP).held()).isZero();
  }

  @Test
  void holdsNothingOfAMultiTypeOrderWhenOneTypeIsShort() {
    nonRetryableFailure(
        () -> inventory.holdSeats(holdRequest("c1", line(GA, 2), line(VIP, 3))),
        InventoryActivities.SOLD_OUT);

    assertThat(fixture.counts(GA).held()).isZero();
    assertThat(fixture.counts(VIP).held()).isZero();
  }

  @Test
  void holdsEveryTypeOfAMultiTypeOrderThatFits() {
    inventory.holdSeats(holdRequest("c1", line(VIP, 2), line(GA, 4)));

    assertThat(fixture.counts(GA).held()).isEqualTo(4);
    assertThat(fixture.counts(VIP).held()).isEqualTo(2);
  }

  @Test
  void rejectsAnUnknownTicketTypeWithoutRecordingAnOrder() {
    ApplicationFailure failure =
        nonRetryableFailure(
            () -> inventory.holdSeats(holdRequest("c1", line(GA, 1), line("balcony", 1))),
            InventoryActivities.UNKNOWN_TICKET_TYPE);

    assertThat(failure.getOriginalMessage()).contains("balcony");
    assertThat(fixture.orderCount()).isZero();
  }

  @Test
  void rejectsAnUnknownEvent() {
    var request =
        new HoldSeatsRequest(
            "c1", "winter-fest", List.of(line(GA, 1)), "ada@example.com", "Ada", HOLD_UNTIL);

    nonRetryableFailure(
        () -> inventory.holdSeats(request), InventoryActivities.UNKNOWN_TICKET_TYPE);
  }

  @Test
  void rejectsATicketTypeListedTwice() {
    nonRetryableFailure(
        () -> inventory.holdSeats(holdRequest("c1", line(GA, 1), line(GA, 2))),
        InventoryActivities.UNKNOWN_TICKET_TYPE);

    assertThat(fixture.counts(GA).held()).isZero();
  }

  @Test
  void rejectsAQuantityAboveFifty() {
    fixture.capacity(GA, 100);

    nonRetryableFailure(
        () -> inventory.holdSeats(holdRequest("c1", line(GA, 51))),
        JooqInventoryActivities.INVALID_ORDER);
  }
}
