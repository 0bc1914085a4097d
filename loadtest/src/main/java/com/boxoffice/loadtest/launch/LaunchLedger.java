package com.boxoffice.loadtest.launch;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The run as the database recorded it: the source of "confirmed checkouts per second", since a
 * checkout confirms after the buyer's request has long been answered.
 */
public final class LaunchLedger {
  private final String jdbcUrl;
  private final String user;

  public LaunchLedger(String jdbcUrl, String user) {
    this.jdbcUrl = jdbcUrl;
    this.user = user;
  }

  /** Orders of the event by status. */
  public Map<String, Long> statuses(String eventId) throws SQLException {
    Map<String, Long> statuses = new TreeMap<>();
    query(
        "select status, count(*) from orders where event_id = ? group by status",
        eventId,
        row -> statuses.put(row.getString(1), row.getLong(2)));
    return statuses;
  }

  /** Waits until every order of the events has settled, or the drain time is up. */
  public long awaitSettled(List<String> eventIds, Duration drain)
      throws SQLException, InterruptedException {
    Instant deadline = Instant.now().plus(drain);
    while (true) {
      long running = 0;
      for (String eventId : eventIds) {
        running +=
            statuses(eventId).entrySet().stream()
                .filter(status -> !isTerminal(status.getKey()))
                .mapToLong(Map.Entry::getValue)
                .sum();
      }
      if (running == 0 || Instant.now().isAfter(deadline)) {
        return running;
      }
      Thread.sleep(1000);
    }
  }

  /**
   * The highest rate of confirmations sustained over {@code window}: the best average over any
   * window of consecutive seconds, each second counted by when its orders were confirmed.
   */
  public double highestSustainedConfirmationsPerSecond(String eventId, int window)
      throws SQLException {
    List<long[]> perSecond = new ArrayList<>();
    query(
        "select extract(epoch from date_trunc('second', updated_at))::bigint, count(*)"
            + " from orders where event_id = ? and status = 'CONFIRMED' group by 1 order by 1",
        eventId,
        row -> perSecond.add(new long[] {row.getLong(1), row.getLong(2)}));
    if (perSecond.isEmpty()) {
      return 0;
    }
    long first = perSecond.getFirst()[0];
    long[] counts = new long[(int) (perSecond.getLast()[0] - first + 1)];
    perSecond.forEach(second -> counts[(int) (second[0] - first)] = second[1]);
    int span = Math.min(window, counts.length);
    long best = 0;
    long sum = 0;
    for (int i = 0; i < counts.length; i++) {
      sum += counts[i] - (i >= span ? counts[i - span] : 0);
      best = Math.max(best, sum);
    }
    return (double) best / span;
  }

  /** Confirmed orders over the seconds from the first order of the event to the last confirmed. */
  public double confirmationsPerSecond(String eventId) throws SQLException {
    double[] rate = {0};
    query(
        "select count(*) filter (where status = 'CONFIRMED'),"
            + " extract(epoch from max(updated_at) filter (where status = 'CONFIRMED')"
            + " - min(created_at)) from orders where event_id = ?",
        eventId,
        row -> rate[0] = row.getDouble(2) > 0 ? row.getLong(1) / row.getDouble(2) : 0);
    return rate[0];
  }

  private interface Row {
    void read(ResultSet row) throws SQLException;
  }

  private void query(String sql, String eventId, Row each) throws SQLException {
    try (Connection connection = DriverManager.getConnection(jdbcUrl, user, "");
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, eventId);
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          each.read(row);
        }
      }
    }
  }

  private static boolean isTerminal(String status) {
    try {
      return com.boxoffice.checkout.CheckoutStatus.valueOf(status).isTerminal();
    } catch (IllegalArgumentException unknown) {
      return false;
    }
  }
}
