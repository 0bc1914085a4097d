package com.boxoffice.loadtest.check;

import com.boxoffice.loadtest.stack.StackPorts;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Where the checker reads from and how long a checkout may take to settle. Each value comes from a
 * {@code --name=value} argument, else the environment variable, else the benchmark stack's default.
 */
record CheckerSettings(
    String databaseUrl,
    String databaseUser,
    String databasePassword,
    String sandboxUrl,
    Duration drainTime) {

  static final String DEFAULT_DATABASE_URL = StackPorts.BENCHMARK.jdbcUrl();
  static final String DEFAULT_SANDBOX_URL = StackPorts.BENCHMARK.sandboxUrl();

  static CheckerSettings from(String[] args, Map<String, String> environment) {
    Map<String, String> given = new HashMap<>();
    for (String arg : args) {
      if (!arg.startsWith("--") || !arg.contains("=")) {
        throw new IllegalArgumentException("Expected --name=value, got " + arg);
      }
      int equals = arg.indexOf('=');
      given.put(arg.substring(2, equals), arg.substring(equals + 1));
    }
    return new CheckerSettings(
        value(given, environment, "database-url", "DATABASE_URL", DEFAULT_DATABASE_URL),
        value(given, environment, "database-user", "DATABASE_USER", "postgres"),
        value(given, environment, "database-password", "DATABASE_PASSWORD", ""),
        value(given, environment, "sandbox-url", "SANDBOX_URL", DEFAULT_SANDBOX_URL),
        Duration.parse(value(given, environment, "drain-time", "DRAIN_TIME", "PT2M")));
  }

  private static String value(
      Map<String, String> given,
      Map<String, String> environment,
      String argument,
      String variable,
      String fallback) {
    if (given.containsKey(argument)) {
      return given.get(argument);
    }
    String fromEnvironment = environment.get(variable);
    return fromEnvironment == null ? fallback : fromEnvironment;
  }
}
