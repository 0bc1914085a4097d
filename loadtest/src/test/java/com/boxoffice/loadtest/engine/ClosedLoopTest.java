package com.boxoffice.loadtest.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.boxoffice.loadtest.launch.Latencies;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ClosedLoopTest {
  private static final Duration WARM_UP = Duration.ofMillis(300);
  private static final Duration WINDOW = Duration.ofSeconds(1);

  @Test
  void keepsEachBuyerBusyWithOneSagaAfterAnotherAndCountsThoseEndingInTheWindow()
      throws InterruptedException {
    // 4 buyers, 20 ms sagas: at most 200 end in a second.
    PhaseResult result =
        new ClosedLoop(4, WARM_UP, WINDOW, Duration.ofSeconds(5))
            .run(
                "minimal",
                1,
                answered -> {
                  Thread.sleep(5);
                  answered.run();
                  Thread.sleep(15);
                  return "saga";
                });

    assertThat(result.completed()).isBetween(100L, 200L);
    assertThat(result.perSecond()).isEqualTo(result.completed() / 1.0);
    assertThat(result.answerMillis()).isNotEmpty().allMatch(ms -> ms >= 5);
    assertThat(Latencies.of(result.answerMillis()).p50()).isLessThan(15);
    assertThat(result.doneMillis()).hasSameSizeAs(result.answerMillis()).allMatch(ms -> ms >= 20);
    assertThat(result.errors()).isEmpty();
    assertThat(result.workflowIds()).hasSize((int) result.completed());
  }

  @Test
  void leavesTheWarmUpsSagasOutOfTheLatenciesAndErrors() throws InterruptedException {
    AtomicInteger started = new AtomicInteger();
    // One buyer, 100 ms sagas: the first three start in the warm-up, and all of them fail.
    PhaseResult result =
        new ClosedLoop(1, WARM_UP, WINDOW, Duration.ofSeconds(5))
            .run(
                "classic",
                1,
                answered -> {
                  started.incrementAndGet();
                  Thread.sleep(100);
                  throw new JourneyFailed("authorization canceled", "");
                });

    assertThat(result.errors().get("authorization canceled"))
        .isBetween(started.get() - 4L, started.get() - 2L);
    assertThat(result.completed()).isZero();
    assertThat(result.doneMillis()).isEmpty();
  }

  @Test
  void opensTheWindowOnlyOnceEveryBuyersFirstSagaHasEnded() throws InterruptedException {
    // A cold stack: each buyer's first saga takes a second, longer than the warm-up.
    ThreadLocal<Boolean> cold = ThreadLocal.withInitial(() -> true);
    PhaseResult result =
        new ClosedLoop(2, Duration.ZERO, WINDOW, Duration.ofSeconds(5))
            .run(
                "boxoffice",
                1,
                answered -> {
                  answered.run();
                  Thread.sleep(cold.get() ? 1000 : 20);
                  cold.set(false);
                  return "saga";
                });

    assertThat(result.completed()).isGreaterThan(50);
  }

  @Test
  void countsTheSagasStillRunningWhenTheDrainIsUp() throws InterruptedException {
    PhaseResult result =
        new ClosedLoop(2, Duration.ZERO, Duration.ofMillis(200), Duration.ofMillis(200))
            .run(
                "boxoffice",
                1,
                answered -> {
                  Thread.sleep(10_000);
                  return "saga";
                });

    assertThat(result.errors()).containsEntry(ClosedLoop.STILL_RUNNING, 2L);
  }
}
