package com.boxoffice.loadtest.launch;

import static com.boxoffice.schema.Tables.ORDERS;

import com.boxoffice.checkout.CheckoutStatus;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.DatePart;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The run as the database recorded it: the source of "confirmed checkouts per second", since a
 * checkout confirms after the buyer's request has long been answered.
 */
public final class LaunchLedger {
  private static final Field<Long> COUNT = DSL.count().coerce(Long.class);
  private static final Condition CONFIRMED = ORDERS.STATUS.eq(CheckoutStatus.CONFIRMED.name());

  /** The second an order was last updated, as seconds since the epoch. */
  private static final Field<Long> SECOND_UPDATED =
      DSL.extract(DSL.trunc(ORDERS.UPDATED_AT, DatePart.SECOND), DatePart.EPOCH)
          .cast(SQLDataType.BIGINT);

  private final String jdbcUrl;
  private final String user;

  public LaunchLedger(String jdbcUrl, String user) {
    this.jdbcUrl = jdbcUrl;
    this.user = user;
  }

  /** Orders of the event by status. */
  public Map<String, Long> statuses(String eventId) throws SQLException {
    return query(dsl ->
        new TreeMap<>(
            dsl.select(ORDERS.STATUS, COUNT)
                .from(ORDERS)
                .where(ORDERS.EVENT_ID.eq(eventId))
                .groupBy(ORDERS.STATUS)
                .fetchMap(ORDERS.STATUS, COUNT)));
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
    List<long[]> perSecond =
        query(dsl ->
            dsl.select(SECOND_UPDATED, COUNT)
                .from(ORDERS)
                .where(ORDERS.EVENT_ID.eq(eventId))
                .and(CONFIRMED)
                .groupBy(SECOND_UPDATED)
                .orderBy(SECOND_UPDATED)
                .fetch(row -> new long[] {row.value1(), row.value2()}));
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
    Record2<Long, BigDecimal> row =
        query(dsl ->
            dsl.select(
                    DSL.count().filterWhere(CONFIRMED).coerce(Long.class),
                    epochSeconds(DSL.max(ORDERS.UPDATED_AT).filterWhere(CONFIRMED))
                        .minus(epochSeconds(DSL.min(ORDERS.CREATED_AT))))
                .from(ORDERS)
                .where(ORDERS.EVENT_ID.eq(eventId))
                .fetchSingle());
    // No confirmed order leaves the span null.
    double seconds = row.value2() == null ? 0 : row.value2().doubleValue();
    return seconds > 0 ? row.value1() / seconds : 0;
  }

  /** Seconds since the epoch, with the microseconds PostgreSQL keeps. */
  private static Field<BigDecimal> epochSeconds(Field<OffsetDateTime> instant) {
    return DSL.extract(instant, DatePart.EPOCH).coerce(BigDecimal.class);
  }

  /** Runs the query on a connection of its own, closed when the query has been read. */
  private <T> T query(Function<DSLContext, T> query) throws SQLException {
    try (Connection connection = DriverManager.getConnection(jdbcUrl, user, "")) {
      return query.apply(DSL.using(connection, SQLDialect.POSTGRES));
    }
  }

  private static boolean isTerminal(String status) {
    try {
      return CheckoutStatus.valueOf(status).isTerminal();
    } catch (IllegalArgumentException unknown) {
      return false;
    }
  }
}
