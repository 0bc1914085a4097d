package com.boxoffice.quota;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateLimitedTest {
  private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

  @Test
  void readsRetryAfterInSeconds() {
    assertThat(RateLimited.retryAfter("3", NOW)).contains(Duration.ofSeconds(3));
  }

  @Test
  void readsRetryAfterAsAnHttpDate() {
    assertThat(RateLimited.retryAfter("Mon, 01 Jun 2026 10:00:07 GMT", NOW))
        .contains(Duration.ofSeconds(7));
  }

  @Test
  void ignoresARetryAfterItCannotRead() {
    assertThat(RateLimited.retryAfter("soon", NOW)).isEmpty();
  }

  @Test
  void ignoresARetryAfterAlreadyPast() {
    assertThat(RateLimited.retryAfter("Mon, 01 Jun 2026 09:59:00 GMT", NOW)).isEmpty();
  }

  @Test
  void readsAResetTimeInEpochSeconds() {
    assertThat(RateLimited.until(Long.toString(NOW.getEpochSecond() + 12), NOW))
        .contains(Duration.ofSeconds(12));
  }
}
