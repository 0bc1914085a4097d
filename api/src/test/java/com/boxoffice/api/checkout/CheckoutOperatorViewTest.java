package com.boxoffice.api.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.boxoffice.api.ApiTest;
import com.boxoffice.checkout.CheckoutSearchAttributes;
import com.boxoffice.checkout.CheckoutWorkflow;
import com.jayway.jsonpath.JsonPath;
import io.temporal.client.WorkflowExecutionDescription;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What an operator sees of a checkout in the Temporal UI before the saga has done anything. */
class CheckoutOperatorViewTest extends ApiTest {
  private final String eventId = slug("fest");

  private String startCheckout() throws Exception {
    createEvent(eventId, 100);
    String body =
        """
        {"eventId": "%s", "items": [{"ticketTypeId": "ga", "quantity": 2}],
         "customer": {"email": "ada@example.com", "name": "Ada Lovelace"},
         "paymentMethodId": "pm_card_visa"}
        """
            .formatted(eventId);
    var response =
        http.perform(
                json(post("/v1/checkouts"), body)
                    .header("Idempotency-Key", UUID.randomUUID().toString()))
            .andExpect(status().isCreated())
            .andReturn();
    return JsonPath.read(response.getResponse().getContentAsString(), "$.checkoutId");
  }

  private WorkflowExecutionDescription describe(String checkoutId) {
    return temporal.newUntypedWorkflowStub(CheckoutWorkflow.workflowId(checkoutId)).describe();
  }

  @Test
  void startsTheWorkflowWithTheKeysOperatorsSearchBy() throws Exception {
    String id = startCheckout();
    var attributes = describe(id).getTypedSearchAttributes();
    assertThat(attributes.get(CheckoutSearchAttributes.CHECKOUT_ID)).isEqualTo(id);
    assertThat(attributes.get(CheckoutSearchAttributes.STATUS)).isEqualTo("RESERVING");
    assertThat(attributes.get(CheckoutSearchAttributes.EVENT_ID)).isEqualTo(eventId);
    assertThat(attributes.get(CheckoutSearchAttributes.CUSTOMER_EMAIL))
        .isEqualTo("ada@example.com");
  }

  @Test
  void summarisesWhatWhoAndHowMuchInOneLine() throws Exception {
    assertThat(describe(startCheckout()).getStaticSummary())
        .isEqualTo("2 × General admission · " + eventId + " · ada@example.com · 300.00 USD quoted");
  }

  @Test
  void detailsTheLinesTheBuyerThePaymentMethodTheHoldAndTheCapture() throws Exception {
    String id = startCheckout();
    assertThat(describe(id).getStaticDetails())
        .contains("**Checkout** `" + id + "` for **Summer Fest** (`" + eventId + "`)")
        .contains("| General admission (`ga`) | 2 | 150.00 USD | 300.00 USD |")
        .contains("- **Buyer:** Ada Lovelace, ada@example.com")
        .contains("- **Payment method:** given (`pm_card_visa`)")
        .contains("- **Seat hold:** 15 min")
        .contains("- **Capture:** manual");
  }
}
