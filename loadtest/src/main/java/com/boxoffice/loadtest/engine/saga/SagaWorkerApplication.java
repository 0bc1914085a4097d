package com.boxoffice.loadtest.engine.saga;

import com.boxoffice.worker.WorkerApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The benchmark stack's worker process: the production worker, as {@link WorkerApplication} starts
 * it from worker.yml, with the minimal and classic sagas' workers added to its factory. Production
 * never runs this class, so no production module knows the bench sagas.
 */
public final class SagaWorkerApplication {
  private SagaWorkerApplication() {}

  public static void main(String[] args) {
    // WorkerApplication's own settings file: the bench workers change nothing of production's.
    new SpringApplicationBuilder(WorkerApplication.class, SagaWorkers.class)
        .properties("spring.config.name=worker")
        .run(args);
  }
}
