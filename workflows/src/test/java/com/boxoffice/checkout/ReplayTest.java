package com.boxoffice.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import io.temporal.testing.WorkflowReplayer;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays every recorded history against today's workflow code: a change that would give a running
 * saga a different sequence of commands fails here before it reaches a worker. The histories are
 * kept once per version of the saga, in a folder each ({@link RecordedHistories}); how to record a
 * new version is in histories/README.md.
 */
class ReplayTest {

  @ParameterizedTest(name = "{0}")
  @MethodSource("histories")
  void replaysRecordedHistoryWithoutNonDeterminism(Path history) throws Exception {
    WorkflowReplayer.replayWorkflowExecution(
        RecordedHistories.read(history),
        CheckoutWorkflowImpl.class,
        RefundWorkflowImpl.class,
        StrayPaymentWorkflowImpl.class);
  }

  @Test
  void hasAHistoryForEveryCheckoutEnding() {
    List<String> recorded = histories().map(path -> path.getFileName().toString()).toList();

    assertThat(recorded)
        .anyMatch(name -> name.startsWith("CheckoutConfirmationTest."))
        .anyMatch(name -> name.startsWith("CheckoutPaymentFailureTest."))
        .anyMatch(name -> name.startsWith("CheckoutDeadlineTest."))
        .anyMatch(name -> name.startsWith("CheckoutCancelTest."))
        .anyMatch(name -> name.startsWith("CheckoutCompensationTest."))
        .anyMatch(name -> name.startsWith("RefundAndStrayPaymentWorkflowTest."))
        .anyMatch(name -> name.startsWith("CheckoutInOneTaskTest."))
        .anyMatch(name -> name.startsWith("RetryRoundsTest."));
  }

  @Test
  void keepsTheHistoriesOfEveryVersionOfTheSagaInAFolderEach() {
    assertThat(histories().map(RecordedHistories::version).distinct())
        .containsExactly(
            "v0-remote-inventory",
            "v1-upsert-each-change",
            "v2-regular-payment-activities",
            "v3-own-void-at-deadline-was-a-failed-payment",
            "v4-checkout-in-one-workflow-task");
    assertThat(histories())
        .allMatch(path -> RecordedHistories.version(path).matches(RecordedHistories.VERSION_NAME));
  }

  @Test
  void keepsEachHistoryOnce() {
    List<Path> all = RecordedHistories.all();
    for (Path history : all) {
      String version = RecordedHistories.version(history);
      Path folder = history.getParent().getParent();
      assertThat(
              RecordedHistories.earlierCopy(
                  folder,
                  version,
                  history.getFileName().toString(),
                  RecordedHistories.read(history)))
          .as(
              "%s in %s repeats an earlier version's, event for event",
              history.getFileName(), version)
          .isEmpty();
    }
  }

  static Stream<Path> histories() {
    return RecordedHistories.all().stream();
  }
}
