package com.boxoffice.inventory;

import static com.boxoffice.inventory.InventoryFixture.CLOCK;
import static com.boxoffice.inventory.InventoryFixture.GA;
import static com.boxoffice.inventory.InventoryFixture.VIP;
import static com.boxoffice.inventory.InventoryFixture.confirmRequest;
import static com.boxoffice.inventory.InventoryFixture.holdRequest;
import static com.boxoffice.inventory.InventoryFixture.line;
import static com.boxoffice.inventory.InventoryFixture.nonRetryableFailure;
import static com.boxoffice.schema.Tables.TICKETS;
import static org.assertj.core.api.Assertions.assertThat;

import com.boxoffice.checkout.contract.inventory.ConfirmOrderRequest;
import com.boxoffice.checkout.contract.inventory.InventoryActivities;
import com.boxoffice.checkout.contract.inventory.IssuedTickets;
import com.boxoffice.checkout.contract.inventory.OrderStatusUpdate;
import com.boxoffice.checkout.contract.inventory.ReleaseSeatsRequest;
import com.boxoffice.checkout.contract.inventory.Ticket;
import com.boxoffice.schema.tables.records.TicketsRecord;
import com.boxoffice.testkit.PostgresExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ConfirmOrderTest {
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
  void turnsTheHeldSeatsIntoSoldOnes() {
    inventory.holdSeats(holdRequest("c1", line(GA, 3)));

    inventory.confirmOrder(confirmRequest("c1"));

    assertThat(fixture.counts(GA)).isEqualTo(new InventoryFixture.Counts(10, 0, 3));
    assertThat(fixture.holdState("c1")).isEqualTo("SOLD");
  }

  @Test
  void marksTheOrderConfirmedWithItsPayment() {
    inventory.holdSeats(holdRequest("c1", line(GA, 1)));

    inventory.confirmOrder(new ConfirmOrderRequest("c1", "pi_123", "succeeded"));

    var order = fixture.order("c1");
    assertThat(order.getStatus()).isEqualTo("CONFIRMED");
    assertThat(order.getPaymentIntentId()).isEqualTo("pi_123");
    assertThat(order.getPaymentStatus()).isEqualTo("succeeded");
  }

  @Test
  void issuesOneTicketPerSeat() {
    inventory.holdSeats(holdRequest("c1", line(VIP, 1), line(GA, 2)));

    IssuedTickets issued = inventory.confirmOrder(confirmRequest("c1"));

    assertThat(issued.tickets()).extracting(Ticket::ticketTypeId).containsExactly(GA, GA, VIP);
  }

  @Test
  void sellsTheSeatsOfEveryTicketTypeInTheOrder() {
    inventory.holdSeats(holdRequest("c1", line(VIP, 1), line(GA, 2)));

    inventory.confirmOrder(confirmRequest("c1"));

    assertThat(fixture.counts(GA)).isEqualTo(new InventoryFixture.Counts(10, 0, 2));
    assertThat(fixture.counts(VIP)).isEqualTo(new InventoryFixture.Counts(2, 0, 1));
  }

  @Test
  void issuesDistinctReadableCodes() {
    inventory.holdSeats(holdRequest("c1", line(GA, 5)));

    IssuedTickets issued = inventory.confirmOrder(confirmRequest("c1"));

    assertThat(issued.tickets())
        .extracting(Ticket::code)
        .doesNotHaveDuplicates()
        .allMatch(code -> code.matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){2}"));
  }

  @Test
  void returnsTheSameTicketsWhenRetried() {
    inventory.holdSeats(holdRequest("c1", line(GA, 2), line(VIP, 1)));

    IssuedTickets first = inventory.confirmOrder(confirmRequest("c1"));
    IssuedTickets retried = inventory.confirmOrder(confirmRequest("c1"));

    assertThat(retried).isEqualTo(first);
    assertThat(fixture.tickets("c1")).hasSize(3);
  }

  @Test
  void answersWithTheCodeAlreadyIssuedForASeat() {
    inventory.holdSeats(holdRequest("c1", line(GA, 2)));
    postgres
        .dsl()
        .insertInto(TICKETS, TICKETS.CODE, TICKETS.CHECKOUT_ID, TICKETS.TICKET_TYPE_ID, TICKETS.SEQ)
        .values("EARLIER-CODE", "c1", GA, 1)
        .execute();

    IssuedTickets issued = inventory.confirmOrder(confirmRequest("c1"));

    assertThat(issued.tickets())
        .hasSize(2)
        .first()
        .extracting(Ticket::code)
        .isEqualTo("EARLIER-CODE");
    assertThat(issued.tickets())
        .extracting(Ticket::code)
        .containsExactlyElementsOf(
            fixture.tickets("c1").stream().map(TicketsRecord::getCode).toList());
  }

  @Test
  void sellsTheSeatsOnceWhenRetried() {
    inventory.holdSeats(holdRequest("c1", line(GA, 2)));

    inventory.confirmOrder(confirmRequest("c1"));
    inventory.confirmOrder(confirmRequest("c1"));

    assertThat(fixture.counts(GA)).isEqualTo(new InventoryFixture.Counts(10, 0, 2));
  }

  @Test
  void refusesToConfirmReleasedSeats() {
    inventory.holdSeats(holdRequest("c1", line(GA, 2)));
    inventory.releaseSeats(new ReleaseSeatsRequest(OrderStatusUpdate.status("c1", "EXPIRED")));

    nonRetryableFailure(
        () -> inventory.confirmOrder(confirmRequest("c1")),
        JooqInventoryActivities.HOLD_NOT_ACTIVE);

    assertThat(fixture.counts(GA).sold()).isZero();
    assertThat(fixture.tickets("c1")).isEmpty();
  }

  @Test
  void refusesToConfirmACheckoutThatNeverHeldSeats() {
    nonRetryableFailure(
        () -> inventory.holdSeats(holdRequest("c1", line(VIP, 3))), InventoryActivities.SOLD_OUT);

    nonRetryableFailure(
        () -> inventory.confirmOrder(confirmRequest("c1")),
        JooqInventoryActivities.HOLD_NOT_ACTIVE);
  }
}
