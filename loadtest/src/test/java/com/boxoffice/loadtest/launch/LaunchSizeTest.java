package com.boxoffice.loadtest.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LaunchSizeTest {
  private static final String[] PROPERTIES = {
    "launch.size", "launch.steadyRate", "launch.steadySeconds", "launch.patience"
  };

  @AfterEach
  void clearProperties() {
    for (String property : PROPERTIES) {
      System.clearProperty(property);
    }
  }

  @Test
  void playsNoSteadyPhaseUnlessAsked() {
    System.setProperty("launch.size", "full");

    assertThat(LaunchSize.fromSystemProperties().hasSteadyPhase()).isFalse();
  }

  @Test
  void playsASteadyPhaseOnlyWithBothARateAndATime() {
    System.setProperty("launch.steadyRate", "27");

    assertThat(LaunchSize.fromSystemProperties().hasSteadyPhase()).isFalse();

    System.setProperty("launch.steadySeconds", "120");

    assertThat(LaunchSize.fromSystemProperties().hasSteadyPhase()).isTrue();
  }

  @Test
  void letsTheSteadyPhaseAndItsBuyersPatienceRunBeforeStoppingTheLoad() {
    System.setProperty("launch.patience", "PT90S");
    Duration without = LaunchSize.fromSystemProperties().maxDuration();
    System.setProperty("launch.steadyRate", "27");
    System.setProperty("launch.steadySeconds", "120");

    Duration with = LaunchSize.fromSystemProperties().maxDuration();

    // The phase's own 120 s, and one more buyer's patience (90 s) plus its 30 s of polling.
    assertThat(with.minus(without)).isEqualTo(Duration.ofSeconds(120 + 90 + 30));
  }

  @Test
  void givesATimeWithoutARateNoRoom() {
    Duration without = LaunchSize.fromSystemProperties().maxDuration();
    System.setProperty("launch.steadySeconds", "120");

    assertThat(LaunchSize.fromSystemProperties().maxDuration()).isEqualTo(without);
  }
}
