package com.boxoffice.api.checkout;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.boxoffice.api.ApiTest;
import org.junit.jupiter.api.Test;

class CheckoutFromDatabaseTest extends ApiTest {

  private String confirmedCheckout() throws Exception {
    String eventId = slug("fest");
    createEvent(eventId, 100);
    String checkoutId = "co_" + slug("db");
    insertOrder(checkoutId, eventId, "CONFIRMED", "grace@example.com");
    db.execute(
        "insert into tickets (code, checkout_id, ticket_type_id, seq) values (?, ?, 'ga', 1), (?, ?, 'ga', 2)",
        checkoutId + "-1",
        checkoutId,
        checkoutId + "-2",
        checkoutId);
    return checkoutId;
  }

  @Test
  void readsAConfirmedCheckoutWithItsTicketsFromTheDatabase() throws Exception {
    String id = confirmedCheckout();
    http.perform(get("/v1/checkouts/" + id))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("CONFIRMED"))
        .andExpect(jsonPath("$.amount.value").value(30000))
        .andExpect(jsonPath("$.items[0].quantity").value(2))
        .andExpect(jsonPath("$.tickets.length()").value(2))
        .andExpect(jsonPath("$.tickets[0].code").value(id + "-1"))
        .andExpect(jsonPath("$.payment.status").value("succeeded"))
        .andExpect(jsonPath("$.failure").doesNotExist())
        .andExpect(jsonPath("$.createdAt").exists());
  }

  @Test
  void refusesToCancelAConfirmedCheckout() throws Exception {
    http.perform(post("/v1/checkouts/" + confirmedCheckout() + "/cancel"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("not-cancellable"));
  }

  @Test
  void acceptsACancelOfAnAlreadyCancelledCheckoutAgain() throws Exception {
    String eventId = slug("fest");
    createEvent(eventId, 100);
    String id = "co_" + slug("db");
    insertOrder(id, eventId, "CANCELLED", "grace@example.com");
    http.perform(post("/v1/checkouts/" + id + "/cancel"))
        .andExpect(status().isAccepted())
        .andExpect(jsonPath("$.status").value("CANCELLED"));
  }
}
