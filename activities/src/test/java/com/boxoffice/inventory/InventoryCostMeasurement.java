package com.boxoffice.inventory;

import static com.boxoffice.inventory.InventoryFixture.CLOCK;
import static com.boxoffice.inventory.InventoryFixture.GA;
import static com.boxoffice.inventory.InventoryFixture.VIP;
import static com.boxoffice.inventory.InventoryFixture.confirmRequest;
import static com.boxoffice.inventory.InventoryFixture.holdRequest;
import static com.boxoffice.inventory.InventoryFixture.line;

import com.boxoffice.checkout.contract.inventory.TicketLine;
import com.boxoffice.testkit.PostgresExtension;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a checkout's two database steps cost, hold and confirm, one checkout after the other from
 * one thread against the embedded PostgreSQL: this JVM's CPU (the driver, the pool, jOOQ's rendered
 * statements) and PostgreSQL's (every {@code postgres} process of this user, read from {@code
 * /proc}), per checkout, for a one-type and a two-type order. A measurement, not a test (it asserts
 * nothing, and its name keeps it out of the build's test run); run it alone, on an otherwise idle
 * machine:
 *
 * <pre>{@code
 * ./mvnw -pl activities -am verify -Dtest=InventoryCostMeasurement \
 *     -Dsurefire.failIfNoSpecifiedTests=false
 * }</pre>
 *
 * The figures are logged to {@code activities/target/surefire-reports/…-output.txt}.
 */
class InventoryCostMeasurement {
  @RegisterExtension static final PostgresExtension postgres = new PostgresExtension();

  private static final Logger log = LoggerFactory.getLogger(InventoryCostMeasurement.class);

  private static final int WARM_UP = 3_000;
  private static final int MEASURED = 5_000;
  private static final long CLOCK_TICKS_PER_SECOND = 100;

  private int next;

  @Test
  void measure() throws Exception {
    var fixture = new InventoryFixture(postgres.dsl());
    fixture.festival(10_000_000, 10_000_000);
    var inventory = new JooqInventoryActivities(postgres.dsl(), CLOCK);
    for (int round = 1; round <= 3; round++) {
      report(inventory, "one type, 2 seats", round, new TicketLine[] {line(GA, 2)});
      report(
          inventory, "two types, 2 + 1 seats", round, new TicketLine[] {line(GA, 2), line(VIP, 1)});
    }
  }

  private void report(
      JooqInventoryActivities inventory, String order, int round, TicketLine[] lines)
      throws IOException {
    checkouts(inventory, WARM_UP, lines);
    long jvmBefore = jvmCpuNanos();
    long postgresBefore = postgresCpuNanos();
    long began = System.nanoTime();
    checkouts(inventory, MEASURED, lines);
    long wall = System.nanoTime() - began;
    long jvm = jvmCpuNanos() - jvmBefore;
    long postgresCpu = postgresCpuNanos() - postgresBefore;
    log.info(
        String.format(
            Locale.ROOT,
            "%s, round %d: %d checkouts, per checkout: wall %.0f µs, this JVM %.0f µs, PostgreSQL"
                + " %.0f µs",
            order,
            round,
            MEASURED,
            wall / 1e3 / MEASURED,
            jvm / 1e3 / MEASURED,
            postgresCpu / 1e3 / MEASURED));
  }

  private void checkouts(JooqInventoryActivities inventory, int count, TicketLine[] lines) {
    for (int i = 0; i < count; i++) {
      String checkoutId = "m" + next++;
      inventory.holdSeats(holdRequest(checkoutId, lines));
      inventory.confirmOrder(confirmRequest(checkoutId));
    }
  }

  private static long jvmCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** User and system time of every process named {@code postgres} that this user runs. */
  private static long postgresCpuNanos() throws IOException {
    String user = Files.getOwner(Path.of("/proc/self")).getName();
    long ticks = 0;
    try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
      for (Path process :
          processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
        try {
          if (!Files.getOwner(process).getName().equals(user)) {
            continue;
          }
          String stat = Files.readString(process.resolve("stat"));
          int end = stat.lastIndexOf(')');
          if (!stat.substring(stat.indexOf('(') + 1, end).equals("postgres")) {
            continue;
          }
          String[] fields = stat.substring(end + 2).split(" ");
          ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException gone) {
          // The process ended between the listing and the read: its time is no one's now.
        }
      }
    }
    return ticks * 1_000_000_000L / CLOCK_TICKS_PER_SECOND;
  }
}
