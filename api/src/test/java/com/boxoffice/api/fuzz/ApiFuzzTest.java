package com.boxoffice.api.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.boxoffice.api.ApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.temporal.client.WorkflowClient;
import java.util.stream.StreamSupport;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import net.jqwik.spring.JqwikSpringSupport;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Over 10,000 generated bad requests over real HTTP: each gets a 4xx problem answer with a type,
 * never a 5xx, and together they write no row and start no workflow.
 */
@JqwikSpringSupport
class ApiFuzzTest extends ApiTest {
  private static final Logger log = LoggerFactory.getLogger(ApiFuzzTest.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Tally TALLY = new Tally();

  @LocalServerPort private int port;
  private WrittenState before;

  // jqwik-spring injects fields for each try only; lifecycle methods take beans as parameters.
  @BeforeProperty
  void rememberWhatIsWritten(
      @Autowired MockMvc mvc, @Autowired DSLContext db, @Autowired WorkflowClient temporal)
      throws Exception {
    mvc.perform(
            json(put("/v1/admin/events/" + CheckoutFuzz.EVENT), EventFuzz.valid())
                .header(HttpHeaders.AUTHORIZATION, ADMIN))
        .andExpect(status().is2xxSuccessful());
    before = WrittenState.of(db, temporal);
  }

  @AfterProperty
  void nothingWasWritten(@Autowired DSLContext db, @Autowired WorkflowClient temporal) {
    assertThat(WrittenState.of(db, temporal)).isEqualTo(before);
  }

  @AfterContainer
  static void reportTheTally() {
    log.info("Bad requests sent, by group and status:{}", TALLY.report());
  }

  @Property(tries = 2_500, generation = GenerationMode.RANDOMIZED)
  void checkoutsNameEveryWrongField(@ForAll("checkoutFields") BadRequest request) throws Exception {
    assertRefused(request);
  }

  @Property(tries = 1_500, generation = GenerationMode.RANDOMIZED)
  void checkoutsRefuseBrokenBodiesAndHeaders(@ForAll("checkoutWire") BadRequest request)
      throws Exception {
    assertRefused(request);
  }

  @Property(tries = 2_000, generation = GenerationMode.RANDOMIZED)
  void eventsRefuseBadFieldsSlugsAndTokens(@ForAll("eventPuts") BadRequest request)
      throws Exception {
    assertRefused(request);
  }

  @Property(tries = 2_000, generation = GenerationMode.RANDOMIZED)
  void idsThatNameNothingAreNotFound(@ForAll("ids") BadRequest request) throws Exception {
    assertRefused(request);
  }

  @Property(tries = 500, generation = GenerationMode.RANDOMIZED)
  void searchesRefuseBadParameters(@ForAll("searches") BadRequest request) throws Exception {
    assertRefused(request);
  }

  @Property(tries = 1_500, generation = GenerationMode.RANDOMIZED)
  void webhooksRefuseWhatStripeDidNotSign(@ForAll("webhooks") BadRequest request) throws Exception {
    assertRefused(request);
  }

  private void assertRefused(BadRequest request) throws Exception {
    RawHttp.Answer answer = new RawHttp(port).send(request);
    TALLY.count(request.group(), answer.status());
    String context = request + " -> " + answer;
    assertThat(answer.status()).as(context).isBetween(400, 499);
    assertThat(answer.header("Content-Type")).as(context).startsWith("application/problem+json");
    JsonNode problem = JSON.readTree(answer.body());
    assertThat(problem.path("type").isTextual()).as(context).isTrue();
    if (request.field() != null) {
      assertThat(answer.status()).as(context).isEqualTo(400);
      // An unreadable body names no field; a readable one must name the one that was wrong.
      if (problem.has("errors")) {
        assertThat(StreamSupport.stream(problem.get("errors").spliterator(), false))
            .as(context)
            .anyMatch(error -> error.path("field").asText().startsWith(request.field()));
      }
    }
  }

  @Provide
  Arbitrary<BadRequest> checkoutFields() {
    return CheckoutFuzz.wrongFields();
  }

  @Provide
  Arbitrary<BadRequest> checkoutWire() {
    return CheckoutFuzz.badWire();
  }

  @Provide
  Arbitrary<BadRequest> eventPuts() {
    return EventFuzz.badPuts();
  }

  @Provide
  Arbitrary<BadRequest> ids() {
    return ReadFuzz.badIds();
  }

  @Provide
  Arbitrary<BadRequest> searches() {
    return ReadFuzz.badSearches();
  }

  @Provide
  Arbitrary<BadRequest> webhooks() {
    return WebhookFuzz.badDeliveries();
  }
}
