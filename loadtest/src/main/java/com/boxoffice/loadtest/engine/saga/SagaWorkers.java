package com.boxoffice.loadtest.engine.saga;

import com.boxoffice.checkout.CheckoutWorkflow;
import io.temporal.spring.boot.autoconfigure.template.WorkersTemplate;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerOptions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The bench sagas' workers, in the production worker's own {@link WorkerFactory}: they share the
 * process, the connection to Temporal and the workflow cache with the checkout saga, so all three
 * are measured on the same engine.
 *
 * <p>Each gets a copy of the {@code checkout} worker's options (slots and pollers), so the
 * comparison is fair by construction and follows any change in worker.yml; but no rate limit: the
 * real queues' limits stand for Stripe's and SendGrid's quotas, which no-op steps do not spend.
 *
 * <p>A bean rather than worker.yml: the starter's list is production's, and its workers must exist
 * before the starter starts the factory (on {@code ApplicationReadyEvent}), which a bean of the
 * context guarantees.
 */
@Configuration(proxyBeanMethods = false)
class SagaWorkers {
  record Workers(Worker minimal, Worker classic) {}

  @Bean
  Workers benchSagaWorkers(WorkersTemplate starter) {
    // The configured workers first: the bench ones copy their options.
    starter.getWorkers();
    return addTo(starter.getWorkerFactory());
  }

  static Workers addTo(WorkerFactory factory) {
    WorkerOptions checkout =
        WorkerOptions.newBuilder(factory.getWorker(CheckoutWorkflow.TASK_QUEUE).getWorkerOptions())
            .setMaxTaskQueueActivitiesPerSecond(0)
            .setMaxWorkerActivitiesPerSecond(0)
            .build();
    Worker minimal = factory.newWorker(MinimalSagaWorkflow.TASK_QUEUE, checkout);
    minimal.registerWorkflowImplementationTypes(MinimalSagaWorkflowImpl.class);
    // Local activities run in the worker of the workflow that calls them.
    minimal.registerActivitiesImplementations(new NoOpSteps());
    Worker classic = factory.newWorker(ClassicSagaWorkflow.TASK_QUEUE, checkout);
    classic.registerWorkflowImplementationTypes(ClassicSagaWorkflowImpl.class);
    classic.registerActivitiesImplementations(new NoOpSteps());
    return new Workers(minimal, classic);
  }
}
