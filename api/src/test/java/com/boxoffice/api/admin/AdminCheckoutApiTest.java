package com.boxoffice.api.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.boxoffice.api.ApiTest;
import com.boxoffice.checkout.CheckoutSearchAttributes;
import com.boxoffice.checkout.RefundWorkflow;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

class AdminCheckoutApiTest extends ApiTest {

  private String order(String status) throws Exception {
    String eventId = slug("fest");
    createEvent(eventId, 100);
    String id = "co_" + slug("adm");
    insertOrder(id, eventId, status, "grace@example.com");
    return id;
  }

  @Test
  void listsAnEventsCheckoutsNewestFirstPageByPage() throws Exception {
    String eventId = slug("fest");
    createEvent(eventId, 100);
    for (int i = 1; i <= 3; i++) {
      insertOrder("co_" + eventId + "-" + i, eventId, "CONFIRMED", "ada@example.com");
    }
    var first =
        http.perform(
                get("/v1/admin/checkouts?eventId=" + eventId + "&limit=2")
                    .header(HttpHeaders.AUTHORIZATION, ADMIN))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.items.length()").value(2))
            .andExpect(jsonPath("$.items[0].checkoutId").value("co_" + eventId + "-3"))
            .andReturn();
    String cursor = JsonPath.read(first.getResponse().getContentAsString(), "$.nextCursor");
    http.perform(
            get("/v1/admin/checkouts?eventId=" + eventId + "&limit=2&cursor=" + cursor)
                .header(HttpHeaders.AUTHORIZATION, ADMIN))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items.length()").value(1))
        .andExpect(jsonPath("$.items[0].checkoutId").value("co_" + eventId + "-1"))
        .andExpect(jsonPath("$.nextCursor").doesNotExist());
  }

  @Test
  void findsCheckoutsByEmailWhateverItsCase() throws Exception {
    String id = order("CONFIRMED");
    http.perform(
            get("/v1/admin/checkouts?email=GRACE@example.com&status=CONFIRMED&limit=100")
                .header(HttpHeaders.AUTHORIZATION, ADMIN))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[?(@.checkoutId == '" + id + "')]").exists());
  }

  @Test
  void namesABadStatusFilter() throws Exception {
    http.perform(get("/v1/admin/checkouts?status=LOST").header(HttpHeaders.AUTHORIZATION, ADMIN))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("status"));
  }

  @Test
  void refusesTheListWithoutTheAdminToken() throws Exception {
    http.perform(get("/v1/admin/checkouts")).andExpect(status().isUnauthorized());
  }

  @Test
  void startsARefundOfAConfirmedCheckoutOnce() throws Exception {
    String id = order("CONFIRMED");
    for (int attempt = 0; attempt < 2; attempt++) {
      http.perform(
              post("/v1/admin/checkouts/" + id + "/refund")
                  .header(HttpHeaders.AUTHORIZATION, ADMIN))
          .andExpect(status().isAccepted());
    }
    assertThat(temporal.fetchHistory(RefundWorkflow.workflowId(id)).getEvents()).isNotEmpty();
  }

  @Test
  void refusesToRefundACheckoutThatIsNotConfirmed() throws Exception {
    http.perform(
            post("/v1/admin/checkouts/" + order("AWAITING_PAYMENT") + "/refund")
                .header(HttpHeaders.AUTHORIZATION, ADMIN))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("not-refundable"));
  }

  @Test
  void answersNotFoundWhenRefundingAnUnknownCheckout() throws Exception {
    http.perform(
            post("/v1/admin/checkouts/co_nobody/refund").header(HttpHeaders.AUTHORIZATION, ADMIN))
        .andExpect(status().isNotFound());
  }

  @Test
  void describesARefundToOperatorsWithItsCheckoutAndAmount() throws Exception {
    String id = order("CONFIRMED");
    http.perform(
            post("/v1/admin/checkouts/" + id + "/refund").header(HttpHeaders.AUTHORIZATION, ADMIN))
        .andExpect(status().isAccepted());
    var refund = temporal.newUntypedWorkflowStub(RefundWorkflow.workflowId(id)).describe();
    assertThat(refund.getStaticSummary())
        .isEqualTo("Refund of " + id + " (300.00 USD) requested by an operator");
    assertThat(refund.getTypedSearchAttributes().get(CheckoutSearchAttributes.CHECKOUT_ID))
        .isEqualTo(id);
  }
}
