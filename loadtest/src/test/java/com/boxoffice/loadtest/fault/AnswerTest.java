package com.boxoffice.loadtest.fault;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which final answers a run accepts, by the buyer's card and the run's faults. */
class AnswerTest {
  private static final FaultRun PROVIDER = FaultRun.parse("provider");
  private static final FaultRun WEBHOOKS = FaultRun.parse("webhooks");
  private static final FaultRun POSTGRES = FaultRun.parse("postgres");

  @Test
  void acceptsTheContractsDefiniteAnswersInEveryRun() {
    for (FaultRun run : java.util.List.of(PROVIDER, WEBHOOKS, POSTGRES)) {
      assertThat(run.accepts(Card.VISA, new Answer(201, null))).isTrue();
      assertThat(run.accepts(Card.THREE_D_SECURE_FAILED, new Answer(201, null))).isTrue();
      assertThat(run.accepts(Card.VISA, new Answer(409, "sold-out"))).isTrue();
      assertThat(run.accepts(Card.DECLINED, new Answer(402, "payment-declined"))).isTrue();
    }
  }

  @Test
  void aDeclineIsOnlyRightForTheCardThatDeclines() {
    assertThat(WEBHOOKS.accepts(Card.VISA, new Answer(402, "payment-declined"))).isFalse();
    assertThat(WEBHOOKS.accepts(Card.DECLINED, new Answer(201, null))).isFalse();
  }

  @Test
  void paymentUnavailableIsAcceptedOnlyWhereAFaultCanExhaustTheAuthorization() {
    Answer unavailable = new Answer(502, "payment-unavailable");

    assertThat(PROVIDER.accepts(Card.VISA, unavailable)).isTrue();
    assertThat(FaultRun.parse("workers").accepts(Card.VISA, unavailable)).isTrue();
    assertThat(WEBHOOKS.accepts(Card.VISA, unavailable)).isFalse();
    assertThat(POSTGRES.accepts(Card.VISA, unavailable)).isFalse();
  }

  @Test
  void aFailedReservationIsAcceptedOnlyWhileTheDatabaseRestarts() {
    Answer failed = new Answer(502, "checkout-failed");

    assertThat(POSTGRES.accepts(Card.VISA, failed)).isTrue();
    assertThat(PROVIDER.accepts(Card.VISA, failed)).isFalse();
    assertThat(FaultRun.parse("provider+postgres").accepts(Card.VISA, failed)).isTrue();
  }

  @Test
  void neverAcceptsAnInternalErrorAPendingCheckoutOrNoAnswer() {
    FaultRun everything = FaultRun.parse("provider+webhooks+workers+temporal+postgres");

    assertThat(everything.accepts(Card.VISA, new Answer(500, "internal-error"))).isFalse();
    assertThat(everything.accepts(Card.VISA, new Answer(503, "checkout-pending"))).isFalse();
    assertThat(everything.accepts(Card.VISA, Answer.UNANSWERED)).isFalse();
    assertThat(everything.accepts(Card.VISA, new Answer(400, "invalid-request"))).isFalse();
  }

  @Test
  void retriesOnlyA503OrNoAnswer() {
    assertThat(new Answer(503, "checkout-pending").worthRetrying()).isTrue();
    assertThat(new Answer(503, "service-unavailable").worthRetrying()).isTrue();
    assertThat(Answer.UNANSWERED.worthRetrying()).isTrue();
    assertThat(new Answer(502, "payment-unavailable").worthRetrying()).isFalse();
    assertThat(new Answer(500, "internal-error").worthRetrying()).isFalse();
  }

  @Test
  void labelsAnAnswerByStatusAndProblemCode() {
    assertThat(new Answer(201, null).label()).isEqualTo("201");
    assertThat(new Answer(409, "sold-out").label()).isEqualTo("409 sold-out");
    assertThat(Answer.UNANSWERED.label()).isEqualTo("unanswered");
  }
}
