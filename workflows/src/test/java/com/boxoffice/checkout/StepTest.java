package com.boxoffice.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import io.temporal.common.RetryOptions;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class StepTest {
  private static final RetryOptions HALF_A_SECOND_DOUBLED =
      RetryOptions.newBuilder()
          .setInitialInterval(Duration.ofMillis(500))
          .setBackoffCoefficient(2)
          .setMaximumInterval(Duration.ofSeconds(30))
          .build();

  @Test
  void spacesAttemptsAsTheRetryPolicyDoes() {
    Step<Object> step = step(0, Duration.ofSeconds(1));

    assertThat(step.backoffAfter(1)).isEqualTo(Duration.ofMillis(500));
    assertThat(step.backoffAfter(3)).isEqualTo(Duration.ofSeconds(2));
    assertThat(step.backoffAfter(20)).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void runsBackToBackOnlyTheAttemptsWhosePausesFitInTheTask() {
    Step<Object> step = step(0, Duration.ofSeconds(1));

    assertThat(step.attemptsInTask(1)).isEqualTo(3);
    assertThat(step.attemptsInTask(4)).isEqualTo(1);
  }

  @Test
  void neverRunsMoreAttemptsInATaskThanTheStepAllows() {
    assertThat(step(2, Duration.ofSeconds(1)).attemptsInTask(1)).isEqualTo(2);
    assertThat(step(2, Duration.ofSeconds(1)).beyondAttempts(3)).isTrue();
  }

  @Test
  void runsOneAttemptATaskWhenNoPauseMayBeSpentInIt() {
    assertThat(step(0, Duration.ZERO).attemptsInTask(1)).isEqualTo(1);
  }

  @Test
  void startsEachRoundWhereTheBackoffLeftOff() {
    RetryOptions round = step(0, Duration.ofSeconds(1)).roundRetry(4, 1);

    assertThat(round.getInitialInterval()).isEqualTo(Duration.ofSeconds(4));
    assertThat(round.getMaximumAttempts()).isEqualTo(1);
  }

  private static Step<Object> step(int attempts, Duration inTask) {
    return new Step<>(
        Object.class,
        "queue",
        Duration.ofSeconds(10),
        null,
        RetryOptions.newBuilder(HALF_A_SECOND_DOUBLED).setMaximumAttempts(attempts).build(),
        inTask);
  }
}
