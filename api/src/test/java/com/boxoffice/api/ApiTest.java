package com.boxoffice.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.boxoffice.testkit.CheckoutSearchAttributesOnTestServer;
import com.boxoffice.testkit.TestDatabase;
import io.temporal.client.WorkflowClient;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The API against real PostgreSQL (embedded, migrated before the API starts) and Temporal's
 * in-memory server, where small fake workflows stand in for the saga. One context serves every test
 * class.
 */
@SpringBootTest(
    classes = ApiApplication.class,
    // A real port too, so that fuzzing reaches Tomcat's own parsing; MockMvc works beside it.
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.config.name=api",
      "spring.temporal.test-server.enabled=true",
      "spring.temporal.workers-auto-discovery.packages=com.boxoffice.api.testworkflows",
      // Short for the test of a slow saga, long enough for a cold start on a busy 2-core machine.
      "boxoffice.checkout.ready-timeout=PT8S",
      "boxoffice.webhook.resignal-every=PT1H",
      "spring.main.banner-mode=off"
    })
@AutoConfigureMockMvc
@AutoConfigureObservability
@Import(CheckoutSearchAttributesOnTestServer.class)
public abstract class ApiTest {
  protected static final String ADMIN = "Bearer dev-admin-token";

  @Autowired protected MockMvc http;
  @Autowired protected DSLContext db;
  @Autowired protected WorkflowClient temporal;

  /** The JVM's embedded PostgreSQL, migrated before the API starts, as in production. */
  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestDatabase.migrated().registerDataSource(registry);
  }

  /** A fresh slug, so that tests sharing one database never meet. */
  protected static String slug(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  protected static MockHttpServletRequestBuilder json(
      MockHttpServletRequestBuilder request, String body) {
    return request.contentType(MediaType.APPLICATION_JSON).content(body);
  }

  protected static String eventBody(String ticketTypeId, int capacity) {
    return """
    {"name": "Summer Fest", "currency": "usd", "startsAt": "2030-07-01T18:00:00Z",
     "ticketTypes": [{"ticketTypeId": "%s", "name": "General admission",
                      "price": {"value": 15000, "currency": "usd"}, "capacity": %d}]}
    """
        .formatted(ticketTypeId, capacity);
  }

  /** An event with one ticket type, {@code ga}, of the given capacity; created or replaced. */
  protected void createEvent(String eventId, int capacity) throws Exception {
    http.perform(
            json(put("/v1/admin/events/" + eventId), eventBody("ga", capacity))
                .header(HttpHeaders.AUTHORIZATION, ADMIN))
        .andExpect(status().is2xxSuccessful());
  }

  /** An order as the saga's first steps would have written it. */
  protected void insertOrder(String checkoutId, String eventId, String status, String email) {
    db.execute(
        """
        insert into orders (checkout_id, event_id, status, customer_email, customer_name,
                            amount_minor, currency, payment_intent_id, payment_status, expires_at)
        values (?, ?, ?, ?, 'Ada Lovelace', 30000, 'usd', ?, 'succeeded', now() + interval '15 minutes')
        """,
        checkoutId,
        eventId,
        status,
        email,
        "pi_" + checkoutId);
    db.execute("insert into order_items values (?, ?, 'ga', 2, 15000)", checkoutId, eventId);
  }
}
