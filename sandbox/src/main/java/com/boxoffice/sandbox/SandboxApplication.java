package com.boxoffice.sandbox;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.web.context.support.StandardServletEnvironment;

/**
 * A stateful stand-in for the parts of Stripe's and SendGrid's HTTP APIs the product uses, so that
 * the real stripe-java and sendgrid-java clients can be pointed at it unchanged.
 *
 * <p>It shares a JVM with the API and the worker in the embedded launcher, so it reads its own
 * {@code sandbox.yml} and never auto-configures their database or Temporal beans.
 */
@SpringBootApplication
@EnableConfigurationProperties(SandboxProperties.class)
public class SandboxApplication {

  public static void main(String[] args) {
    run(Map.of(), args);
  }

  /**
   * Starts the sandbox with {@code properties} taking precedence over {@code sandbox.yml}, the
   * environment and system properties; keys may be property names or the environment variable names
   * used in {@code sandbox.yml} (e.g. {@code SANDBOX_PORT}). Port 0 picks a free port: read it from
   * {@code local.server.port}.
   */
  public static ConfigurableApplicationContext start(Map<String, Object> properties) {
    return run(properties, new String[0]);
  }

  private static ConfigurableApplicationContext run(Map<String, Object> properties, String[] args) {
    Map<String, Object> own = new HashMap<>(properties);
    own.put("spring.config.name", "sandbox");
    // A fresh environment whose first source is ours: another application in the same JVM may
    // have set system properties such as server.port or spring.config.name.
    StandardServletEnvironment environment = new StandardServletEnvironment();
    environment.getPropertySources().addFirst(new MapPropertySource("sandbox-start", own));
    SpringApplication application = new SpringApplication(SandboxApplication.class);
    application.setEnvironment(environment);
    return application.run(args);
  }
}
