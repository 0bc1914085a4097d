package com.boxoffice.inventory;

import static com.boxoffice.inventory.InventoryFixture.CLOCK;
import static com.boxoffice.inventory.InventoryFixture.GA;
import static com.boxoffice.inventory.InventoryFixture.confirmRequest;
import static com.boxoffice.inventory.InventoryFixture.holdRequest;
import static com.boxoffice.inventory.InventoryFixture.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.boxoffice.checkout.contract.inventory.OrderStatusUpdate;
import com.boxoffice.checkout.contract.inventory.ReleaseSeatsRequest;
import com.boxoffice.testkit.PostgresExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ReleaseSeatsTest {
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
  void givesTheHeldSeatsBack() {
    inventory.holdSeats(holdRequest("c1", line(GA, 3)));

    inventory.releaseSeats(cancelled("c1"));

    assertThat(fixture.counts(GA).held()).isZero();
    assertThat(fixture.holdState("c1")).isEqualTo("RELEASED");
  }

  @Test
  void recordsTheFinalStatusWithTheRelease() {
    inventory.holdSeats(holdRequest("c1", line(GA, 3)));

    inventory.releaseSeats(cancelled("c1"));

    var order = fixture.order("c1");
    assertThat(order.getStatus()).isEqualTo("CANCELLED");
    assertThat(order.getFailureCode()).isEqualTo("cancelled");
  }

  @Test
  void releasesTheSeatsOnceWhenCalledTwice() {
    inventory.holdSeats(holdRequest("c1", line(GA, 2)));
    inventory.holdSeats(holdRequest("c2", line(GA, 3)));

    inventory.releaseSeats(cancelled("c1"));
    inventory.releaseSeats(cancelled("c1"));

    assertThat(fixture.counts(GA).held()).isEqualTo(3);
  }

  @Test
  void doesNothingForACheckoutThatNeverHeldSeats() {
    assertThatCode(() -> inventory.releaseSeats(cancelled("never-held")))
        .doesNotThrowAnyException();

    assertThat(fixture.orderCount()).isZero();
  }

  @Test
  void leavesAConfirmedOrderAloneWhenTheReleaseComesLate() {
    inventory.holdSeats(holdRequest("c1", line(GA, 2)));
    inventory.confirmOrder(confirmRequest("c1"));

    inventory.releaseSeats(cancelled("c1"));

    assertThat(fixture.order("c1").getStatus()).isEqualTo("CONFIRMED");
    assertThat(fixture.counts(GA)).isEqualTo(new InventoryFixture.Counts(10, 0, 2));
  }

  private static ReleaseSeatsRequest cancelled(String checkoutId) {
    return new ReleaseSeatsRequest(
        new OrderStatusUpdate(
            checkoutId, "CANCELLED", null, null, "cancelled", "The buyer cancelled", null));
  }
}
