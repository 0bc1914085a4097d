package com.boxoffice.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.boxoffice.checkout.CheckoutRequest;
import com.boxoffice.checkout.CheckoutState;
import com.boxoffice.checkout.CheckoutStatus;
import com.boxoffice.checkout.CheckoutWorkflow;
import com.boxoffice.checkout.Customer;
import com.boxoffice.checkout.contract.email.EmailActivities;
import com.boxoffice.checkout.contract.inventory.TicketLine;
import com.boxoffice.checkout.contract.payment.CaptureMethod;
import com.boxoffice.checkout.contract.payment.PaymentActivities;
import com.boxoffice.quota.CallQuota;
import com.boxoffice.schema.Tables;
import com.boxoffice.testkit.CheckoutSearchAttributesOnTestServer;
import com.boxoffice.testkit.TestDatabase;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.worker.WorkerFactory;
import java.time.Duration;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The worker as it starts in production, from worker.yml, against an embedded PostgreSQL (migrated
 * before it starts, as the one-shot does in production) and Temporal's in-memory server, on a
 * random port as WORKER_PORT=0 gives.
 */
@SpringBootTest(
    classes = WorkerApplication.class,
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.config.name=worker",
      "spring.temporal.test-server.enabled=true",
      "spring.main.banner-mode=off"
    })
@AutoConfigureObservability
@Import(CheckoutSearchAttributesOnTestServer.class)
class WorkerApplicationTest {
  @Autowired private WorkerFactory workers;
  @Autowired private WorkflowClient temporal;
  @Autowired private TestRestTemplate http;
  @Autowired private DSLContext dsl;
  @Autowired private ApplicationContext context;

  @Autowired
  @Qualifier("stripeQuota")
  private CallQuota stripeQuota;

  /** The JVM's embedded PostgreSQL, migrated before the worker starts, as in production. */
  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestDatabase.migrated().registerDataSource(registry);
  }

  @Test
  void leavesTheMigrationsToTheOneShotThatRunsBeforeIt() {
    assertThat(context.getBeanNamesForType(Flyway.class)).isEmpty();
  }

  @Test
  void pollsTheSagaPaymentAndEmailQueuesWithWorkersOfTheirOwn() {
    assertThat(workers.getWorker(CheckoutWorkflow.TASK_QUEUE)).isNotNull();
    assertThat(workers.getWorker(PaymentActivities.TASK_QUEUE)).isNotNull();
    assertThat(workers.getWorker(EmailActivities.TASK_QUEUE)).isNotNull();
  }

  @Test
  void limitsStripeCallsForTheWholePaymentQueue() {
    assertThat(
            workers
                .getWorker(PaymentActivities.TASK_QUEUE)
                .getWorkerOptions()
                .getMaxTaskQueueActivitiesPerSecond())
        .isEqualTo(50);
  }

  @Test
  void limitsSendGridCallsForTheWholeEmailQueue() {
    assertThat(
            workers
                .getWorker(EmailActivities.TASK_QUEUE)
                .getWorkerOptions()
                .getMaxTaskQueueActivitiesPerSecond())
        .isEqualTo(20);
  }

  /** The row every worker shares, which the migrations create. */
  @Test
  void takesStripePermitsFromTheQuotaEveryWorkerShares() {
    stripeQuota.acquire();

    assertThat(dsl.fetchExists(Tables.CALL_QUOTAS, Tables.CALL_QUOTAS.ID.eq("stripe"))).isTrue();
  }

  @Test
  void answersHealthChecks() {
    var health = http.getForEntity("/actuator/health", String.class);

    assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(health.getBody()).contains("\"UP\"");
  }

  /** The SDK reports to Micrometer every ten seconds, so the first series take that long. */
  @Test
  void exposesTheTemporalSdksOwnMetricsToPrometheus() {
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(() ->
            assertThat(http.getForObject("/actuator/prometheus", String.class))
                .containsPattern("(?m)^temporal_\\w+"));
  }

  /**
   * A checkout for an event that does not exist ends SOLD_OUT in the database alone. Bounded in
   * time: a saga whose hold keeps failing (a database without its schema) retries for its whole
   * window rather than fail, and the test would wait for it.
   */
  @Test
  @Timeout(120)
  void exposesTheSagasOwnMetricsToPrometheus() {
    CheckoutWorkflow checkout =
        temporal.newWorkflowStub(
            CheckoutWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(CheckoutWorkflow.workflowId("metrics-1"))
                .setTaskQueue(CheckoutWorkflow.TASK_QUEUE)
                .build());
    CheckoutState ended =
        checkout.run(
            new CheckoutRequest(
                "metrics-1",
                "no-such-event",
                List.of(new TicketLine("ga", 1)),
                new Customer("ada@example.com", "Ada Lovelace"),
                null,
                Duration.ofMinutes(15),
                CaptureMethod.MANUAL));

    assertThat(ended.status()).isEqualTo(CheckoutStatus.SOLD_OUT);
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(() ->
            assertThat(http.getForObject("/actuator/prometheus", String.class))
                .containsPattern("(?m)^boxoffice_checkouts_total\\{.*outcome=\"SOLD_OUT\""));
  }
}
