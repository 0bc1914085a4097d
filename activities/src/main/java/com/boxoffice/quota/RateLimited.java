package com.boxoffice.quota;

import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** A provider refused a call for its rate limit (HTTP 429): worth a retry, later. */
public final class RateLimited {
  private RateLimited() {}

  /**
   * Retryable. With a delay (the provider said when to come back) Temporal waits that long before
   * the next attempt, a local activity's included; without one the retry policy's backoff applies.
   */
  public static ApplicationFailure failure(
      String type, String message, Optional<Duration> delay, Throwable cause) {
    ApplicationFailure.Builder failure =
        ApplicationFailure.newBuilder().setType(type).setMessage(message).setCause(cause);
    delay.ifPresent(failure::setNextRetryDelay);
    return failure.build();
  }

  /**
   * The wait a {@code Retry-After} header asks for, in delta-seconds or as an HTTP date (RFC 9110
   * section 10.2.3); empty when there is none, it cannot be read, or it is already past.
   */
  public static Optional<Duration> retryAfter(String header, Instant now) {
    if (header == null || header.isBlank()) {
      return Optional.empty();
    }
    String value = header.trim();
    try {
      return positive(Duration.ofSeconds(Long.parseLong(value)));
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        return positive(Duration.between(now, at));
      } catch (DateTimeParseException unreadable) {
        return Optional.empty();
      }
    }
  }

  /** The wait until {@code epochSeconds}, as SendGrid's {@code X-RateLimit-Reset} gives it. */
  public static Optional<Duration> until(String epochSeconds, Instant now) {
    if (epochSeconds == null || epochSeconds.isBlank()) {
      return Optional.empty();
    }
    try {
      return positive(
          Duration.between(now, Instant.ofEpochSecond(Long.parseLong(epochSeconds.trim()))));
    } catch (NumberFormatException unreadable) {
      return Optional.empty();
    }
  }

  private static Optional<Duration> positive(Duration delay) {
    return delay.isNegative() || delay.isZero() ? Optional.empty() : Optional.of(delay);
  }
}
