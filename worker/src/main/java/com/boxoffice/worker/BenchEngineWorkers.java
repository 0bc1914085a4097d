package com.boxoffice.worker;

import com.boxoffice.bench.BareEmailActivities;
import com.boxoffice.bench.BarePaymentActivities;
import com.boxoffice.bench.BareSagaWorkflow;
import com.boxoffice.bench.BareSagaWorkflowImpl;
import com.boxoffice.bench.NoOpEmailSteps;
import com.boxoffice.bench.NoOpInventorySteps;
import com.boxoffice.bench.NoOpPaymentSteps;
import com.boxoffice.checkout.CheckoutWorkflow;
import com.boxoffice.email.EmailActivities;
import com.boxoffice.payment.PaymentActivities;
import io.temporal.spring.boot.autoconfigure.template.WorkersTemplate;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerOptions;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine benchmark's bare saga ({@link BareSagaWorkflow}), polled only by workers started with
 * {@code boxoffice.bench-engine=true} ({@code BOXOFFICE_BENCH_ENGINE}): a production worker never
 * polls a bench queue. It shares the process, the connection to Temporal and the workflow cache
 * with the checkout saga, so both are measured on the same engine.
 *
 * <p>Each bench queue gets a copy of the options of the checkout queue it stands for (slots and
 * pollers), so the comparison is fair by construction and follows any change in worker.yml; but no
 * task-queue rate limit: those stand for Stripe's and SendGrid's quotas, which no-op steps do not
 * spend, and the benchmark looks for the machine's limit.
 *
 * <p>Registered in code rather than in worker.yml: the starter's worker list is one list, which a
 * profile could only replace whole, and its workers must exist before the starter starts the
 * factory (on {@code ApplicationReadyEvent}), which a bean of the context guarantees.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(BenchEngineWorkers.ENABLED)
class BenchEngineWorkers {
  static final String ENABLED = "boxoffice.bench-engine";

  /** The bench queues' workers. */
  record BareSagaWorkers(Worker engine, Worker payments, Worker email) {}

  @Bean
  BareSagaWorkers bareSagaWorkers(WorkersTemplate starter) {
    WorkerFactory factory = starter.getWorkerFactory();
    // The configured workers first: the bench ones copy their options.
    starter.getWorkers();
    Worker engine =
        factory.newWorker(BareSagaWorkflow.TASK_QUEUE, like(factory, CheckoutWorkflow.TASK_QUEUE));
    engine.registerWorkflowImplementationTypes(BareSagaWorkflowImpl.class);
    // Local activities run in the worker of the workflow that calls them.
    engine.registerActivitiesImplementations(new NoOpInventorySteps());
    Worker payments =
        factory.newWorker(
            BarePaymentActivities.TASK_QUEUE, like(factory, PaymentActivities.TASK_QUEUE));
    payments.registerActivitiesImplementations(new NoOpPaymentSteps());
    Worker email =
        factory.newWorker(
            BareEmailActivities.TASK_QUEUE, like(factory, EmailActivities.TASK_QUEUE));
    email.registerActivitiesImplementations(new NoOpEmailSteps());
    return new BareSagaWorkers(engine, payments, email);
  }

  /** The options of the worker on {@code taskQueue}, without its rate limit (0: none). */
  private static WorkerOptions like(WorkerFactory factory, String taskQueue) {
    return WorkerOptions.newBuilder(factory.getWorker(taskQueue).getWorkerOptions())
        .setMaxTaskQueueActivitiesPerSecond(0)
        .build();
  }
}
