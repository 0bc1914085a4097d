package com.boxoffice.inventory;

import static com.boxoffice.inventory.InventoryFixture.CLOCK;
import static com.boxoffice.inventory.InventoryFixture.GA;
import static com.boxoffice.inventory.InventoryFixture.confirmRequest;
import static com.boxoffice.inventory.InventoryFixture.holdRequest;
import static com.boxoffice.inventory.InventoryFixture.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.boxoffice.checkout.contract.inventory.RevokeTicketsRequest;
import com.boxoffice.schema.tables.records.TicketsRecord;
import com.boxoffice.testkit.PostgresExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RevokeTicketsTest {
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
  void putsTheSoldSeatsBackOnSale() {
    confirmed("c1", 3);

    inventory.revokeTickets(new RevokeTicketsRequest("c1"));

    assertThat(fixture.counts(GA)).isEqualTo(new InventoryFixture.Counts(10, 0, 0));
    assertThat(fixture.holdState("c1")).isEqualTo("REVOKED");
  }

  @Test
  void voidsTheTickets() {
    confirmed("c1", 2);

    inventory.revokeTickets(new RevokeTicketsRequest("c1"));

    assertThat(fixture.tickets("c1")).extracting(TicketsRecord::getStatus).containsOnly("VOID");
  }

  @Test
  void marksTheOrderRefunded() {
    confirmed("c1", 2);

    inventory.revokeTickets(new RevokeTicketsRequest("c1"));

    assertThat(fixture.order("c1").getStatus()).isEqualTo("REFUNDED");
  }

  @Test
  void returnsTheSeatsOnceWhenCalledTwice() {
    confirmed("c1", 2);
    confirmed("c2", 3);

    inventory.revokeTickets(new RevokeTicketsRequest("c1"));
    inventory.revokeTickets(new RevokeTicketsRequest("c1"));

    assertThat(fixture.counts(GA).sold()).isEqualTo(3);
  }

  private void confirmed(String checkoutId, int seats) {
    inventory.holdSeats(holdRequest(checkoutId, line(GA, seats)));
    inventory.confirmOrder(confirmRequest(checkoutId));
  }
}
