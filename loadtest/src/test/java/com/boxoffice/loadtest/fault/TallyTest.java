package com.boxoffice.loadtest.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TallyTest {
  private final Tally tally = new Tally(FaultRun.parse("webhooks"));

  @Test
  void countsEachBuyersFinalAnswerApartFromTheRetriesBeforeIt() {
    tally.answered(new Answer(503, "checkout-pending"));
    tally.answered(new Answer(201, null));
    tally.finallyAnswered(0, Card.VISA, new Answer(201, null), Duration.ofSeconds(31));
    tally.answered(new Answer(409, "sold-out"));
    tally.finallyAnswered(1, Card.VISA, new Answer(409, "sold-out"), Duration.ofMillis(80));

    assertThat(tally.finalAnswers()).containsExactly(entry("201", 1), entry("409 sold-out", 1));
    assertThat(tally.answers()).containsEntry("503 checkout-pending", 1).containsEntry("201", 1);
    assertThat(tally.finalAnswersByCard()).containsEntry("VISA 201", 1);
    assertThat(tally.buyers()).isEqualTo(2);
    assertThat(tally.unacceptable()).isZero();
  }

  @Test
  void keepsTheAnswersTheRunDoesNotAccept() {
    tally.finallyAnswered(7, Card.VISA, new Answer(502, "payment-unavailable"), Duration.ZERO);
    tally.finallyAnswered(8, Card.VISA, new Answer(503, "checkout-pending"), Duration.ZERO);

    assertThat(tally.unacceptable()).isEqualTo(2);
    assertThat(tally.unacceptableExamples())
        .containsExactly(
            "buyer 7 (VISA) ended with 502 payment-unavailable",
            "buyer 8 (VISA) ended with 503 checkout-pending");
  }

  @Test
  void givesTheWaitsByNearestRank() {
    for (int seconds = 1; seconds <= 20; seconds++) {
      tally.finallyAnswered(seconds, Card.VISA, new Answer(201, null), Duration.ofSeconds(seconds));
    }

    assertThat(tally.answerTimes())
        .containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(19), Duration.ofSeconds(20));
  }

  @Test
  void countsChallengesByOutcomeAndAnswer() {
    tally.challenged("pass", 200);
    tally.challenged("fail", 0);

    assertThat(tally.challenges()).containsEntry("pass 200", 1).containsEntry("fail unanswered", 1);
  }

  private static java.util.Map.Entry<String, Integer> entry(String key, int value) {
    return java.util.Map.entry(key, value);
  }
}
