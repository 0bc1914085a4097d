package com.boxoffice.api.webhook;

import static com.boxoffice.api.webhook.StripeTestEvents.intentEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.boxoffice.api.ApiTest;
import com.stripe.net.Webhook;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class WebhookMetricsTest extends ApiTest {
  @Autowired MeterRegistry registry;

  private double delivered(String type, String result) {
    Counter counter =
        registry.find("boxoffice.webhook.events").tag("type", type).tag("result", result).counter();
    return counter == null ? 0 : counter.count();
  }

  private String newEvent(String type) {
    return intentEvent(
        "evt_" + UUID.randomUUID(), type, "pi_" + UUID.randomUUID(), "co_" + UUID.randomUUID());
  }

  @Test
  void countsAnEventThatMovesMoneyForNoSagaAsAStrayPayment() throws Exception {
    double before = delivered("payment_intent.succeeded", "stray-payment");
    http.perform(StripeTestEvents.signedDelivery(newEvent("payment_intent.succeeded")))
        .andExpect(status().isOk());
    assertThat(delivered("payment_intent.succeeded", "stray-payment")).isEqualTo(before + 1);
  }

  @Test
  void countsARepeatedEventAsADuplicate() throws Exception {
    String payload = newEvent("payment_intent.created");
    http.perform(StripeTestEvents.signedDelivery(payload)).andExpect(status().isOk());
    double before = delivered("payment_intent.created", "duplicate");
    http.perform(StripeTestEvents.signedDelivery(payload)).andExpect(status().isOk());
    assertThat(delivered("payment_intent.created", "duplicate")).isEqualTo(before + 1);
  }

  @Test
  void countsAnEventThatConcernsNoPaymentAsIgnored() throws Exception {
    double before = delivered("customer.created", "ignored");
    http.perform(StripeTestEvents.signedDelivery(newEvent("customer.created")))
        .andExpect(status().isOk());
    assertThat(delivered("customer.created", "ignored")).isEqualTo(before + 1);
  }

  @Test
  void countsAForgedEventWithoutTrustingItsType() throws Exception {
    String payload = newEvent("payment_intent.succeeded");
    double before = delivered("unknown", "invalid-signature");
    http.perform(
            StripeTestEvents.delivery(
                payload, Webhook.Signature.generateSignatureHeader(payload, "whsec_forger")))
        .andExpect(status().isBadRequest());
    assertThat(delivered("unknown", "invalid-signature")).isEqualTo(before + 1);
  }

  @Test
  void publishesTheWebhookCounterAndTimerInThePrometheusScrape() throws Exception {
    http.perform(StripeTestEvents.signedDelivery(newEvent("payment_intent.canceled")))
        .andExpect(status().isOk());
    String scrape =
        http.perform(get("/actuator/prometheus"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(scrape)
        .contains(
            "boxoffice_webhook_events_total{result=\"workflow-closed\","
                + "type=\"payment_intent.canceled\"}")
        .contains("boxoffice_webhook_handling_seconds_count{result=\"workflow-closed\"}");
  }
}
