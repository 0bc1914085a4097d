package com.boxoffice.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import io.temporal.testing.WorkflowReplayer;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays every recorded history against today's workflow code: a change that would give a running
 * saga a different sequence of commands fails here before it reaches a worker. Histories are
 * recorded by running the workflow tests with {@code -Dboxoffice.recordHistories=true}, which
 * writes today's histories at the top of {@code histories/}; those of earlier versions of the saga,
 * which sagas still running may have, stay in sub-directories named after the version.
 */
class ReplayTest {

  @ParameterizedTest(name = "{0}")
  @MethodSource("histories")
  void replaysRecordedHistoryWithoutNonDeterminism(Path history) throws Exception {
    WorkflowReplayer.replayWorkflowExecution(
        Files.readString(history),
        CheckoutWorkflowImpl.class,
        RefundWorkflowImpl.class,
        StrayPaymentWorkflowImpl.class);
  }

  @Test
  void hasAHistoryForEveryCheckoutEnding() throws Exception {
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
  void keepsTheHistoriesOfEveryEarlierVersionOfTheSaga() throws Exception {
    assertThat(histories())
        .anyMatch(path -> path.getParent().endsWith("v0-remote-inventory"))
        .anyMatch(path -> path.getParent().endsWith("v1-upsert-each-change"))
        .anyMatch(path -> path.getParent().endsWith("v2-regular-payment-activities"))
        .anyMatch(path -> path.getParent().endsWith("v3-own-void-at-deadline-was-a-failed-payment"))
        .anyMatch(path -> path.getParent().endsWith("histories"));
  }

  static Stream<Path> histories() throws IOException, URISyntaxException {
    Path directory = Path.of(ReplayTest.class.getResource("/histories").toURI());
    try (Stream<Path> files = Files.walk(directory)) {
      return files.filter(path -> path.toString().endsWith(".json")).sorted().toList().stream();
    }
  }
}
