package com.boxoffice.worker;

import com.boxoffice.schema.Migrations;
import java.util.Map;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A worker process: polls the checkout task queues and runs the saga's workflows and activities.
 * Start as many as the load needs against one namespace and one database. With the single argument
 * {@code migrate} it applies the schema's migrations and exits instead ({@link Migrations}), the
 * one-shot that runs before the API and the workers.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WorkerApplication {

  public static void main(String[] args) {
    if (args.length == 1 && "migrate".equals(args[0])) {
      Migrations.main(args);
      return;
    }
    builder(Map.of()).run(args);
  }

  /** Starts a worker in this JVM; {@code properties} win over worker.yml's defaults. */
  public static ConfigurableApplicationContext start(Map<String, Object> properties) {
    return builder(properties).run();
  }

  private static SpringApplicationBuilder builder(Map<String, Object> properties) {
    // worker.yml rather than application.yml: the embedded launcher runs the API, the worker and
    // the sandbox in one JVM, and each must read its own file.
    return new SpringApplicationBuilder(WorkerApplication.class)
        .properties("spring.config.name=worker")
        .properties(properties);
  }
}
