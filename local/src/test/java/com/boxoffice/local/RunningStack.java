package com.boxoffice.local;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the whole stack once for all end-to-end test classes, on ports of its own so it never
 * collides with a stack a developer is running, and stops it when the test run ends.
 */
final class RunningStack implements BeforeAllCallback {
  /** Short, so that the hold-deadline test runs in seconds; still long for every other test. */
  static final Duration HOLD_TTL = Duration.ofSeconds(20);

  static final LocalStackOptions OPTIONS =
      new LocalStackOptions(
          Path.of("target", "e2e-stack"), 15433, 17233, 18233, 18090, 18080, HOLD_TTL, false);

  private static volatile LocalStack stack;

  @Override
  public void beforeAll(ExtensionContext context) {
    stack =
        context
            .getRoot()
            .getStore(ExtensionContext.Namespace.GLOBAL)
            .getOrComputeIfAbsent(RunningStack.class, key -> start(), Started.class)
            .stack();
  }

  static String jdbcUrl() {
    return stack.jdbcUrl();
  }

  private static Started start() {
    try {
      OPTIONS.deleteData();
      return new Started(LocalStack.start(OPTIONS));
    } catch (Exception e) {
      throw new IllegalStateException("The stack did not start", e);
    }
  }

  private record Started(LocalStack stack) implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() {
      stack.close();
    }
  }
}
