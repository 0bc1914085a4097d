package com.boxoffice.api.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.boxoffice.api.ApiTest;
import com.boxoffice.api.testworkflows.FakeCheckoutWorkflow;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;

class CheckoutMetricsTest extends ApiTest {
  @Autowired MeterRegistry registry;

  private ResultActions startCheckout(String eventId, String paymentMethod) throws Exception {
    String body =
        """
        {"eventId": "%s", "items": [{"ticketTypeId": "ga", "quantity": 1}],
         "customer": {"email": "ada@example.com", "name": "Ada"}, "paymentMethodId": "%s"}
        """
            .formatted(eventId, paymentMethod);
    return http.perform(
        json(post("/v1/checkouts"), body).header("Idempotency-Key", UUID.randomUUID().toString()));
  }

  private double starts(String answer) {
    Counter counter = registry.find("boxoffice.checkout.starts").tag("answer", answer).counter();
    return counter == null ? 0 : counter.count();
  }

  private long waits(String answer) {
    Timer timer = registry.find("boxoffice.checkout.ready.wait").tag("answer", answer).timer();
    return timer == null ? 0 : timer.count();
  }

  @Test
  void countsACreatedCheckout() throws Exception {
    String eventId = slug("fest");
    createEvent(eventId, 10);
    double before = starts("created");
    startCheckout(eventId, "pm_card_visa").andExpect(status().isCreated());
    assertThat(starts("created")).isEqualTo(before + 1);
  }

  @Test
  void countsADeclinedCardByItsProblemCode() throws Exception {
    String eventId = slug("fest");
    createEvent(eventId, 10);
    double before = starts("payment-declined");
    startCheckout(eventId, FakeCheckoutWorkflow.DECLINED_CARD)
        .andExpect(status().isPaymentRequired());
    assertThat(starts("payment-declined")).isEqualTo(before + 1);
  }

  @Test
  void timesTheWaitForASoldOutAnswer() throws Exception {
    createEvent(FakeCheckoutWorkflow.SOLD_OUT_EVENT, 1);
    long before = waits("sold-out");
    startCheckout(FakeCheckoutWorkflow.SOLD_OUT_EVENT, "pm_card_visa")
        .andExpect(status().isConflict());
    assertThat(waits("sold-out")).isEqualTo(before + 1);
  }
}
