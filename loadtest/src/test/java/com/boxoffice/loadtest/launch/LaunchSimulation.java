package com.boxoffice.loadtest.launch;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import com.boxoffice.loadtest.check.InvariantChecker;
import com.boxoffice.loadtest.stack.BenchmarkOptions;
import io.gatling.javaapi.core.Simulation;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The launch, against the benchmark stack ({@code BenchmarkStack}): (a) a ramp of rising arrivals,
 * all paying with a card that succeeds, to find the highest sustained rate of confirmed checkouts;
 * when asked, (a2) a steady rate below that on the warmed stack; then (b) a flash sale, many buyers
 * for few seats within seconds, with mixed cards; then (c) the buyers who come once it is sold out.
 * Every buyer looks at the event first. Afterwards it drains, prints the summary and runs the
 * invariant checker.
 */
public class LaunchSimulation extends Simulation {
  private final LaunchSize size = LaunchSize.fromSystemProperties();
  private final Latencies latencies = new Latencies();
  private final LaunchMetrics metrics = new LaunchMetrics(size.apiUrl());
  private final String runId = Long.toString(System.currentTimeMillis(), 36);
  private final String rampEvent = "launch-" + runId + "-ramp";
  private final String steadyEvent = "launch-" + runId + "-steady";
  private final String flashEvent = "launch-" + runId + "-flash";

  {
    Buyers buyers = new Buyers(latencies, size.sandboxUrl(), size.patience());
    var ramp =
        scenario("(a) ramp")
            .exec(buyers.buy("ramp", rampEvent, () -> Buyers.Card.VISA))
            .injectOpen(
                rampUsersPerSec(size.rampFrom())
                    .to(size.rampTo())
                    .during(Duration.ofSeconds(size.rampSeconds())));
    var steady =
        scenario("(a2) steady")
            .exec(buyers.buy("steady", steadyEvent, () -> Buyers.Card.VISA))
            .injectOpen(
                constantUsersPerSec(size.steadyRate())
                    .during(Duration.ofSeconds(size.steadySeconds())));
    var flashSale =
        scenario("(b) flash sale")
            .exec(buyers.buy("flash sale", flashEvent, Buyers::flashSaleCard))
            .injectOpen(rampUsers(size.buyers()).during(Duration.ofSeconds(size.saleSeconds())));
    var soldOut =
        scenario("(c) sold out")
            .exec(buyers.buy("sold out", flashEvent, () -> Buyers.Card.VISA))
            .injectOpen(
                rampUsers(size.soldOutBuyers()).during(Duration.ofSeconds(size.soldOutSeconds())));
    var afterRamp = flashSale.andThen(soldOut);
    setUp(ramp.andThen(size.hasSteadyPhase() ? steady.andThen(afterRamp) : afterRamp))
        .protocols(
            http.baseUrl(size.apiUrl())
                .acceptHeader("application/json")
                // One pool, as a CDN or load balancer in front of the API would keep.
                .shareConnections())
        .maxDuration(size.maxDuration());
  }

  @Override
  public void before() {
    try {
      createEvent(rampEvent, 1_000_000);
      createEvent(flashEvent, size.seats());
      if (size.hasSteadyPhase()) {
        createEvent(steadyEvent, 1_000_000);
      }
      metrics.before();
    } catch (Exception e) {
      throw new IllegalStateException("The launch could not be set up", e);
    }
  }

  @Override
  public void after() {
    int violations;
    try {
      LaunchLedger ledger = new LaunchLedger(BenchmarkOptions.JDBC_URL, "postgres");
      List<String> events =
          size.hasSteadyPhase()
              ? List.of(rampEvent, steadyEvent, flashEvent)
              : List.of(rampEvent, flashEvent);
      long unsettled = ledger.awaitSettled(events, size.drain());
      LaunchSummary summary = new LaunchSummary();
      summary.rate(
          "(a) ramp: highest sustained over " + size.sustainWindowSeconds() + " s",
          ledger.highestSustainedConfirmationsPerSecond(rampEvent, size.sustainWindowSeconds()));
      summary.rate("(a) ramp: over the whole ramp", ledger.confirmationsPerSecond(rampEvent));
      if (size.hasSteadyPhase()) {
        summary.rate(
            "(a2) steady at " + size.steadyRate() + " arrivals/s: over the phase",
            ledger.confirmationsPerSecond(steadyEvent));
      }
      summary.rate(
          "(b) flash sale: sale start to last confirmation",
          ledger.confirmationsPerSecond(flashEvent));
      metrics.after(latencies, summary);
      summary.outcomes("answered: ", latencies.outcomes());
      summary.outcomes("orders (a) ramp: ", ledger.statuses(rampEvent));
      if (size.hasSteadyPhase()) {
        summary.outcomes("orders (a2) steady: ", ledger.statuses(steadyEvent));
      }
      summary.outcomes("orders (b+c) flash sale: ", ledger.statuses(flashEvent));
      summary.outcomes("", java.util.Map.of("unsettled after the drain", unsettled));
      System.out.printf(Locale.ROOT, "launch size %s: %s%n", size.name(), size);
      summary.print(System.out);
      violations =
          InvariantChecker.check(new String[] {"--drain-time=" + size.drain()}, System.out);
    } catch (Exception e) {
      throw new IllegalStateException("The launch could not be summed up", e);
    }
    if (violations != 0) {
      throw new IllegalStateException("The launch broke " + violations + " invariants: see above");
    }
  }

  private void createEvent(String eventId, int capacity) throws Exception {
    String body =
        """
        {"name": "Launch %s", "currency": "usd", "startsAt": "2027-07-01T18:00:00Z",
         "ticketTypes": [{"ticketTypeId": "general", "name": "General admission",
           "price": {"value": 15000, "currency": "usd"}, "capacity": %d}]}
        """
            .formatted(eventId, capacity);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(size.apiUrl() + "/v1/admin/events/" + eventId))
            .header("Authorization", "Bearer dev-admin-token")
            .header("Content-Type", "application/json")
            .timeout(Duration.ofSeconds(30))
            .PUT(HttpRequest.BodyPublishers.ofString(body))
            .build();
    try (HttpClient client = HttpClient.newHttpClient()) {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() / 100 != 2) {
        throw new IllegalStateException(
            eventId + ": " + response.statusCode() + " " + response.body());
      }
    }
  }
}
