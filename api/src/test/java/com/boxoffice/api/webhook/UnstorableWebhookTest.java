package com.boxoffice.api.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.boxoffice.api.ApiTest;
import org.junit.jupiter.api.Test;

/**
 * Found by fuzzing: a signed event holding a NUL cannot be stored by PostgreSQL; a 5xx would have
 * Stripe deliver it forever.
 */
class UnstorableWebhookTest extends ApiTest {

  @Test
  void refusesASignedEventWithANulAsNoStripeEvent() throws Exception {
    String payload =
        StripeTestEvents.intentEvent(
            "evt_nul\\u0000", "payment_intent.succeeded", "pi_nul", "co_nul");

    http.perform(StripeTestEvents.signedDelivery(payload))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("invalid-event"));
    assertThat(db.fetchCount(db.selectFrom("payment_events").where("payment_intent_id = 'pi_nul'")))
        .isZero();
  }
}
