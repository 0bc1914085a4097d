package com.boxoffice.testkit;

import com.boxoffice.checkout.CheckoutSearchAttributes;
import io.temporal.spring.boot.TemporalOptionsCustomizer;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Temporal's in-memory test server with the search attributes a checkout carries registered. Like a
 * real server, it refuses to start a workflow with unknown attributes and fails one that upserts
 * them, so the tests see what production would.
 *
 * <p>For a Spring Boot test that runs {@code spring.temporal.test-server.enabled=true}:
 * {@code @Import(CheckoutSearchAttributesOnTestServer.class)}. For a test environment of one's own:
 * {@link #register(TestWorkflowEnvironment)}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CheckoutSearchAttributesOnTestServer {

  @Bean
  TemporalOptionsCustomizer<TestEnvironmentOptions.Builder> checkoutSearchAttributes() {
    return options -> {
      CheckoutSearchAttributes.ALL.forEach(
          key -> options.registerSearchAttribute(key.getName(), key.getValueType()));
      return options;
    };
  }

  /** Registers every checkout search attribute on a test environment that has started. */
  public static void register(TestWorkflowEnvironment env) {
    CheckoutSearchAttributes.ALL.forEach(
        key -> env.registerSearchAttribute(key.getName(), key.getValueType()));
  }
}
