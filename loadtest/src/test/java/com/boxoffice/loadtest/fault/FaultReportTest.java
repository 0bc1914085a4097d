package com.boxoffice.loadtest.fault;

import static org.assertj.core.api.Assertions.assertThat;

import com.boxoffice.loadtest.check.InvariantChecker;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A run passes only if it settled, the checker found nothing and every answer was acceptable. */
class FaultReportTest {
  private static final FaultRun RUN = FaultRun.parse("provider");
  private static final InvariantChecker.Verdict HELD =
      new InvariantChecker.Verdict(
          Map.of(
              "payments", Map.of("captured intents", 2L),
              "emails", Map.of("confirmation mails", 2L)),
          List.of());
  private static final Settling.Settled SETTLED =
      new Settling.Settled(Duration.ofSeconds(12), Map.of("CONFIRMED", 2L, "SOLD_OUT", 1L), 0, 0);

  @Test
  void aSettledRunWithNoViolationAndDefiniteAnswersPasses() {
    RunResult result = result(tally(new Answer(409, "sold-out")), SETTLED, HELD, null);

    assertThat(result.problems()).isEmpty();
    assertThat(FaultReport.run(1, 1, result))
        .contains("final answers  201: 2 · 409 sold-out: 1")
        .contains("orders         CONFIRMED: 2 · SOLD_OUT: 1")
        .contains("checker        all held; 2 captured, 2 confirmation mails")
        .contains("verdict        PASS");
  }

  @Test
  void aViolationFailsTheRun() {
    var broken =
        new InvariantChecker.Verdict(Map.of(), List.of("pi_1 keeps 5000 from EXPIRED order c1"));

    RunResult result = result(tally(new Answer(409, "sold-out")), SETTLED, broken, null);

    assertThat(result.problems()).containsExactly("1 invariant violations");
  }

  @Test
  void anUnsettledRunFails() {
    var unsettled = new Settling.Settled(Duration.ofMinutes(4), Map.of("CAPTURING", 1L), 1, 1);

    RunResult result = result(tally(new Answer(409, "sold-out")), unsettled, HELD, null);

    assertThat(result.problems())
        .containsExactly(
            "not settled after the drain: 1 orders not terminal, 1 workflows still running");
  }

  @Test
  void anInternalErrorAsAFinalAnswerFailsTheRun() {
    RunResult result = result(tally(new Answer(500, "internal-error")), SETTLED, HELD, null);

    assertThat(result.problems())
        .containsExactly("1 final answers the contract does not allow here");
    assertThat(FaultReport.run(1, 1, result))
        .contains("UNACCEPTABLE   buyer 2 (VISA) ended with 500 internal-error");
  }

  @Test
  void aRunThatCouldNotFinishFailsWithItsError() {
    RunResult result = result(new Tally(RUN), null, null, "java.io.IOException: refused");

    assertThat(result.problems())
        .contains("the run could not finish: java.io.IOException: refused")
        .contains("3 buyers got no final answer")
        .contains("the invariant checker did not run");
  }

  @Test
  void theSummaryHasARowPerRunAndSaysWhichFailed() {
    RunResult passed = result(tally(new Answer(409, "sold-out")), SETTLED, HELD, null);
    RunResult failed = result(tally(new Answer(500, "internal-error")), SETTLED, HELD, null);

    String markdown = FaultReport.markdown(FaultOptions.from(Map.of()), List.of(passed, failed));

    assertThat(markdown)
        .contains("| run | checkouts | final answers | orders | drain | checker | verdict |")
        .contains(
            "| provider | 3 | 201: 2 · 409 sold-out: 1 | CONFIRMED: 2 · SOLD_OUT: 1 | 12.0 s |")
        .contains("| **FAIL** |")
        .contains("6 checkouts in 2 runs")
        .contains("1 of 2 failed.");
  }

  /** Two buyers checked out; the third got {@code last}. */
  private static Tally tally(Answer last) {
    Tally tally = new Tally(RUN);
    tally.finallyAnswered(0, Card.VISA, new Answer(201, null), Duration.ofSeconds(1));
    tally.finallyAnswered(1, Card.VISA, new Answer(201, null), Duration.ofSeconds(1));
    tally.finallyAnswered(2, Card.VISA, last, Duration.ofSeconds(1));
    return tally;
  }

  private static RunResult result(
      Tally tally, Settling.Settled settled, InvariantChecker.Verdict verdict, String error) {
    return new RunResult(
        RUN, 3, 2, tally, List.of(), Duration.ofSeconds(20), settled, verdict, error);
  }
}
