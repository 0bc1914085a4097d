package com.boxoffice.inventory;

import static com.boxoffice.inventory.InventoryFixture.CLOCK;
import static com.boxoffice.inventory.InventoryFixture.GA;
import static com.boxoffice.inventory.InventoryFixture.NOW;
import static com.boxoffice.inventory.InventoryFixture.holdRequest;
import static com.boxoffice.inventory.InventoryFixture.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.boxoffice.checkout.contract.inventory.OrderStatusUpdate;
import com.boxoffice.testkit.PostgresExtension;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RecordStatusTest {
  @RegisterExtension static final PostgresExtension postgres = new PostgresExtension();

  private InventoryFixture fixture;
  private JooqInventoryActivities inventory;

  @BeforeEach
  void heldCheckout() {
    fixture = new InventoryFixture(postgres.dsl());
    fixture.festival(10, 2);
    inventory = new JooqInventoryActivities(postgres.dsl(), CLOCK);
    inventory.holdSeats(holdRequest("c1", line(GA, 1)));
  }

  @Test
  void writesTheFieldsItIsGiven() {
    inventory.recordStatus(
        new OrderStatusUpdate(
            "c1", "AWAITING_PAYMENT", "pi_1", "requires_payment_method", null, null, null));

    var order = fixture.order("c1");
    assertThat(order.getStatus()).isEqualTo("AWAITING_PAYMENT");
    assertThat(order.getPaymentIntentId()).isEqualTo("pi_1");
    assertThat(order.getPaymentStatus()).isEqualTo("requires_payment_method");
  }

  @Test
  void keepsTheStoredValueOfEveryFieldLeftNull() {
    inventory.recordStatus(
        new OrderStatusUpdate(
            "c1", "AWAITING_PAYMENT", "pi_1", "requires_payment_method", null, null, null));

    inventory.recordStatus(OrderStatusUpdate.status("c1", "CAPTURING"));

    var order = fixture.order("c1");
    assertThat(order.getStatus()).isEqualTo("CAPTURING");
    assertThat(order.getPaymentIntentId()).isEqualTo("pi_1");
    assertThat(order.getPaymentStatus()).isEqualTo("requires_payment_method");
  }

  @Test
  void flagsTheOrderForOperators() {
    inventory.recordStatus(new OrderStatusUpdate("c1", null, null, null, null, null, true));

    var order = fixture.order("c1");
    assertThat(order.getNeedsAttention()).isTrue();
    assertThat(order.getStatus()).isEqualTo("RESERVING");
  }

  @Test
  void stampsTheTimeOfTheUpdate() {
    Clock later = Clock.fixed(NOW.plus(Duration.ofMinutes(3)), ZoneOffset.UTC);

    new JooqInventoryActivities(postgres.dsl(), later)
        .recordStatus(OrderStatusUpdate.status("c1", "AWAITING_PAYMENT"));

    assertThat(fixture.order("c1").getUpdatedAt().toInstant()).isEqualTo(later.instant());
  }
}
