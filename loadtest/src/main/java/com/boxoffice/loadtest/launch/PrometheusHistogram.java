package com.boxoffice.loadtest.launch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One histogram as an app's {@code /actuator/prometheus} shows it, its buckets summed over every
 * label set: scraped before and after a run, the difference is the run's own distribution.
 */
public record PrometheusHistogram(TreeMap<Double, Double> cumulative) {
  private static final Pattern LE = Pattern.compile("le=\"([^\"]+)\"");

  public static PrometheusHistogram empty() {
    return new PrometheusHistogram(new TreeMap<>());
  }

  /** Parses the {@code <name>_bucket} lines of a Prometheus text exposition. */
  public static PrometheusHistogram parse(String exposition, String name) {
    TreeMap<Double, Double> buckets = new TreeMap<>();
    for (String line : exposition.split("\n")) {
      if (!line.startsWith(name + "_bucket{")) {
        continue;
      }
      Matcher le = LE.matcher(line);
      if (!le.find()) {
        continue;
      }
      double bound = le.group(1).equals("+Inf") ? Double.POSITIVE_INFINITY : parse(le.group(1));
      double count = parse(line.substring(line.lastIndexOf(' ') + 1));
      buckets.merge(bound, count, Double::sum);
    }
    return new PrometheusHistogram(buckets);
  }

  /** Scrapes an app; an app that cannot be reached gives an empty histogram, not a failed run. */
  public static PrometheusHistogram scrape(String prometheusUrl, String name) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(prometheusUrl)).timeout(Duration.ofSeconds(10)).build();
    try (HttpClient client = HttpClient.newHttpClient()) {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200 ? parse(response.body(), name) : empty();
    } catch (IOException e) {
      return empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return empty();
    }
  }

  public PrometheusHistogram plus(PrometheusHistogram other) {
    TreeMap<Double, Double> sum = new TreeMap<>(cumulative);
    other.cumulative.forEach((bound, count) -> sum.merge(bound, count, Double::sum));
    return new PrometheusHistogram(sum);
  }

  public PrometheusHistogram minus(PrometheusHistogram earlier) {
    TreeMap<Double, Double> delta = new TreeMap<>();
    cumulative.forEach(
        (bound, count) -> delta.put(bound, count - earlier.cumulative.getOrDefault(bound, 0.0)));
    return new PrometheusHistogram(delta);
  }

  public long count() {
    return cumulative.isEmpty() ? 0 : Math.round(cumulative.lastEntry().getValue());
  }

  /**
   * The upper bound, in milliseconds, of the bucket holding the quantile: a histogram knows no
   * finer, so it is reported as "at most". NaN when the run recorded nothing.
   */
  public double upperBoundMillis(double quantile) {
    long total = count();
    if (total == 0) {
      return Double.NaN;
    }
    for (Map.Entry<Double, Double> bucket : cumulative.entrySet()) {
      if (bucket.getValue() >= quantile * total) {
        return bucket.getKey() * 1000;
      }
    }
    return Double.POSITIVE_INFINITY;
  }

  private static double parse(String number) {
    return Double.parseDouble(number.trim());
  }
}
