package com.boxoffice.loadtest.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FaultRunTest {
  @Test
  void providerAndWebhookFaultsTogetherSetBothKindsOfSandboxFault() {
    assertThat(FaultRun.parse("provider+webhooks").sandboxFaults())
        .containsEntry("errorRate", 0.2)
        .containsEntry("rateLimitRate", 0.1)
        .containsEntry("latencyMs", 200)
        .containsEntry("webhookDuplicateRate", 0.3)
        .containsEntry("webhookReorder", true)
        .containsEntry("webhookDropRate", 0.1)
        .containsKey("webhookDelayMs");
  }

  @Test
  void aDisruptionOfTheStackSetsNoSandboxFault() {
    assertThat(FaultRun.parse("workers+temporal+postgres").sandboxFaults()).isEmpty();
  }

  @Test
  void namesItsEventWithASlug() {
    assertThat(FaultRun.parse("provider+webhooks").eventId("m1abc"))
        .isEqualTo("faults-m1abc-provider-webhooks")
        .matches("[a-z0-9-]{1,64}");
  }

  @Test
  void aFaultNamedTwiceCountsOnce() {
    assertThat(FaultRun.parse("temporal+temporal").faults()).containsExactly(Fault.TEMPORAL);
  }

  @Test
  void buyersMeetTheSameCardMixInEveryTwenty() {
    var cards = IntStream.range(20, 40).mapToObj(Card::forBuyer).toList();

    assertThat(cards).filteredOn(card -> card == Card.VISA).hasSize(13);
    assertThat(cards).filteredOn(card -> card == Card.DECLINED).hasSize(2);
    assertThat(cards).filteredOn(card -> card == Card.THREE_D_SECURE_PASSED).hasSize(3);
    assertThat(cards).filteredOn(card -> card == Card.THREE_D_SECURE_FAILED).hasSize(2);
  }
}
