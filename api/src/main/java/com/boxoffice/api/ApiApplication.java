package com.boxoffice.api;

import java.util.Map;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The HTTP API: validates requests, maps them to workflow records and starts, updates, signals or
 * queries the checkout workflows. A Temporal client only; it never runs workers.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ApiApplication {

  public static void main(String[] args) {
    builder(Map.of()).run(args);
  }

  /** Starts the API in this JVM; {@code properties} win over api.yml's defaults. */
  public static ConfigurableApplicationContext start(Map<String, Object> properties) {
    return builder(properties).run();
  }

  private static SpringApplicationBuilder builder(Map<String, Object> properties) {
    // api.yml rather than application.yml: the embedded launcher runs the API, the worker and the
    // sandbox in one JVM, and each must read its own file.
    return new SpringApplicationBuilder(ApiApplication.class)
        .properties("spring.config.name=api")
        .properties(properties);
  }
}
