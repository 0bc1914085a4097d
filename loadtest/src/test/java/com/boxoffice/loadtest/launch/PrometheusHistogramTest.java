package com.boxoffice.loadtest.launch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrometheusHistogramTest {
  private static final String BEFORE =
      """
      # TYPE boxoffice_webhook_handling_seconds histogram
      boxoffice_webhook_handling_seconds_bucket{result="applied",le="0.01"} 1
      boxoffice_webhook_handling_seconds_bucket{result="applied",le="0.1"} 1
      boxoffice_webhook_handling_seconds_bucket{result="applied",le="+Inf"} 1
      boxoffice_webhook_handling_seconds_count{result="applied"} 1
      """;
  private static final String AFTER =
      """
      boxoffice_webhook_handling_seconds_bucket{result="applied",le="0.01"} 90
      boxoffice_webhook_handling_seconds_bucket{result="applied",le="0.1"} 99
      boxoffice_webhook_handling_seconds_bucket{result="applied",le="+Inf"} 101
      boxoffice_webhook_handling_seconds_bucket{result="duplicate",le="0.01"} 0
      boxoffice_webhook_handling_seconds_bucket{result="duplicate",le="0.1"} 0
      boxoffice_webhook_handling_seconds_bucket{result="duplicate",le="+Inf"} 0
      other_metric_bucket{le="0.01"} 7
      """;

  @Test
  void takesTheRunsOwnDistributionAcrossEveryLabel() {
    PrometheusHistogram run =
        PrometheusHistogram.parse(AFTER, "boxoffice_webhook_handling_seconds")
            .minus(PrometheusHistogram.parse(BEFORE, "boxoffice_webhook_handling_seconds"));

    assertThat(run.count()).isEqualTo(100);
    assertThat(run.upperBoundMillis(0.50)).isEqualTo(10.0);
    assertThat(run.upperBoundMillis(0.95)).isEqualTo(100.0);
    assertThat(run.upperBoundMillis(0.995)).isInfinite();
  }

  @Test
  void reportsNothingForARunThatRecordedNothing() {
    assertThat(PrometheusHistogram.empty().upperBoundMillis(0.99)).isNaN();
  }

  @Test
  void givesNearestRankPercentilesOfTheSamples() {
    Latencies latencies = new Latencies();
    for (int millis = 1; millis <= 200; millis++) {
      latencies.record("POST", millis);
    }
    Latencies.Percentiles percentiles = latencies.percentiles().get("POST");
    assertThat(percentiles.count()).isEqualTo(200);
    assertThat(percentiles.p50()).isEqualTo(100);
    assertThat(percentiles.p95()).isEqualTo(190);
    assertThat(percentiles.p99()).isEqualTo(198);
  }
}
