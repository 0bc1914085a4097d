package com.boxoffice.loadtest.launch;

import com.boxoffice.loadtest.stack.BenchmarkOptions;
import java.util.Map;

/**
 * The apps' own view of the run: the API's webhook handling and the workers' hold → confirm
 * histograms, scraped before and after, beside the latencies the load generator measured.
 */
final class LaunchMetrics {
  private static final String WEBHOOK = "boxoffice_webhook_handling_seconds";
  private static final String HOLD_TO_CONFIRM = "boxoffice_hold_to_confirm_seconds";
  private static final int MAX_WORKERS = 8;

  private static final LaunchSummary.Target CHECKOUT_TARGET =
      new LaunchSummary.Target(100, 250, 500);
  private static final LaunchSummary.Target EVENT_TARGET =
      new LaunchSummary.Target(25, Double.NaN, 150);
  private static final LaunchSummary.Target WEBHOOK_TARGET =
      new LaunchSummary.Target(Double.NaN, Double.NaN, 100);
  private static final LaunchSummary.Target CONFIRMED_TARGET =
      new LaunchSummary.Target(Double.NaN, Double.NaN, 1000);

  private final String apiPrometheus;
  private PrometheusHistogram webhookBefore = PrometheusHistogram.empty();
  private PrometheusHistogram holdToConfirmBefore = PrometheusHistogram.empty();

  LaunchMetrics(String apiUrl) {
    this.apiPrometheus = apiUrl + "/actuator/prometheus";
  }

  void before() {
    webhookBefore = PrometheusHistogram.scrape(apiPrometheus, WEBHOOK);
    holdToConfirmBefore = workers();
  }

  void after(Latencies latencies, LaunchSummary summary) {
    for (Map.Entry<String, Latencies.Percentiles> measured : latencies.percentiles().entrySet()) {
      String measure = measured.getKey();
      LaunchSummary.Target target =
          measure.startsWith("POST /v1/checkouts")
              ? CHECKOUT_TARGET
              : measure.startsWith("GET /v1/events")
                  ? EVENT_TARGET
                  : measure.startsWith("webhook") ? CONFIRMED_TARGET : LaunchSummary.Target.NONE;
      summary.latency(measure, measured.getValue(), target);
    }
    summary.latency(
        "webhook accepted (API histogram)",
        PrometheusHistogram.scrape(apiPrometheus, WEBHOOK).minus(webhookBefore),
        WEBHOOK_TARGET);
    summary.latency(
        "hold -> CONFIRMED (workers' histogram)",
        workers().minus(holdToConfirmBefore),
        LaunchSummary.Target.NONE);
  }

  /** Every worker's histogram summed; ports no worker listens on add nothing. */
  private static PrometheusHistogram workers() {
    PrometheusHistogram sum = PrometheusHistogram.empty();
    for (int n = 1; n <= MAX_WORKERS; n++) {
      String url =
          "http://127.0.0.1:" + BenchmarkOptions.workerMetricsPort(n) + "/actuator/prometheus";
      sum = sum.plus(PrometheusHistogram.scrape(url, HOLD_TO_CONFIRM));
    }
    return sum;
  }
}
