package com.boxoffice.local;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Where the embedded stack listens and keeps its data. The defaults are PRODUCT.md's local
 * defaults; tests pick other ports so they never collide with a stack a developer is running.
 */
public record LocalStackOptions(
    Path dataDirectory,
    int postgresPort,
    int temporalPort,
    int temporalUiPort,
    int sandboxPort,
    int apiPort,
    Duration holdTtl,
    boolean seedDemoEvent) {

  static final String ADMIN_TOKEN = "dev-admin-token";
  static final String WEBHOOK_SECRET = "whsec_boxoffice_dev";

  public static LocalStackOptions defaults() {
    return new LocalStackOptions(
        Path.of(env("LOCAL_DATA_DIR", ".local-stack")),
        Integer.parseInt(env("LOCAL_POSTGRES_PORT", "5433")),
        7233,
        8233,
        8090,
        8080,
        Duration.parse(env("CHECKOUT_HOLD_TTL", "PT15M")),
        true);
  }

  public String apiUrl() {
    return "http://127.0.0.1:" + apiPort;
  }

  public String sandboxUrl() {
    return "http://127.0.0.1:" + sandboxPort;
  }

  public String temporalAddress() {
    return "127.0.0.1:" + temporalPort;
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
