package com.boxoffice.loadtest.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FaultOptionsTest {
  @Test
  void smokeIsOneRunOfProviderAndWebhookFaultsWithMoreBuyersThanSeats() {
    FaultOptions smoke = FaultOptions.from(Map.of("faults.size", "smoke"));

    assertThat(smoke.runs()).extracting(FaultRun::name).containsExactly("provider+webhooks");
    assertThat(smoke.checkouts()).isEqualTo(60);
    assertThat(smoke.seats()).isLessThan(smoke.checkouts());
  }

  @Test
  void smokeIsTheDefault() {
    assertThat(FaultOptions.from(Map.of()).size()).isEqualTo("smoke");
  }

  @Test
  void fullRunsEachFaultOnItsOwnWithAThousandCheckoutsOrMore() {
    FaultOptions full = FaultOptions.from(Map.of("faults.size", "full"));

    assertThat(full.runs())
        .extracting(FaultRun::name)
        .containsExactly("provider", "webhooks", "workers", "temporal", "postgres");
    assertThat(full.totalCheckouts()).isGreaterThanOrEqualTo(1_000);
  }

  @Test
  void onlyChoosesTheRunsAndWhichFaultsEachCombines() {
    FaultOptions chosen =
        FaultOptions.from(
            Map.of("faults.size", "full", "faults.only", "provider, temporal+postgres"));

    assertThat(chosen.runs())
        .extracting(FaultRun::name)
        .containsExactly("provider", "temporal+postgres");
    assertThat(chosen.runs().get(1).faults()).containsExactly(Fault.TEMPORAL, Fault.POSTGRES);
  }

  @Test
  void blankValuesKeepThePreset() {
    FaultOptions blank =
        FaultOptions.from(
            Map.of(
                "faults.size",
                "full",
                "faults.only",
                "",
                "faults.checkouts",
                " ",
                "faults.drain",
                ""));

    assertThat(blank)
        .usingRecursiveComparison()
        .isEqualTo(FaultOptions.from(Map.of("faults.size", "full")));
  }

  @Test
  void givenCheckoutsKeepTwoSeatsForEveryThreeBuyers() {
    FaultOptions options = FaultOptions.from(Map.of("faults.checkouts", "90"));

    assertThat(options.checkouts()).isEqualTo(90);
    assertThat(options.seats()).isEqualTo(60);
  }

  @Test
  void everyFieldCanBeOverridden() {
    FaultOptions options =
        FaultOptions.from(
            Map.of(
                "faults.seats", "7",
                "faults.concurrency", "3",
                "faults.sendOver", "PT5S",
                "faults.holdTtl", "PT20S",
                "faults.drain", "PT1M",
                "faults.lifetime", "PT3M",
                "faults.dataDir", "/tmp/faults-test"));

    assertThat(options.seats()).isEqualTo(7);
    assertThat(options.concurrency()).isEqualTo(3);
    assertThat(options.sendOver()).isEqualTo(Duration.ofSeconds(5));
    assertThat(options.holdTtl()).isEqualTo(Duration.ofSeconds(20));
    assertThat(options.drain()).isEqualTo(Duration.ofMinutes(1));
    assertThat(options.lifetime()).isEqualTo(Duration.ofMinutes(3));
    assertThat(options.dataDirectory()).hasToString("/tmp/faults-test");
  }

  @Test
  void refusesAnUnknownFaultNamingTheKnownOnes() {
    assertThatThrownBy(() -> FaultOptions.from(Map.of("faults.only", "provider,dns")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'dns'")
        .hasMessageContaining("provider, webhooks, workers, temporal, postgres");
  }

  @Test
  void refusesAnUnknownSize() {
    assertThatThrownBy(() -> FaultOptions.from(Map.of("faults.size", "huge")))
        .hasMessageContaining("smoke or full");
  }

  @Test
  void refusesARunWithoutBuyers() {
    assertThatThrownBy(() -> FaultOptions.from(Map.of("faults.checkouts", "0")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
