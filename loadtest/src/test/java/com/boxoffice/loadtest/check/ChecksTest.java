package com.boxoffice.loadtest.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The broken promises the database's constraints or the sandbox's API cannot be made to show (an
 * oversold counter, a second capture), judged on snapshots written by hand.
 */
class ChecksTest {
  private static final Instant NOW = Instant.parse("2027-07-01T12:00:00Z");

  @Test
  void acceptsSeatsSoldUpToCapacity() {
    assertThat(new SeatCheck().check(seats(2, 2)).violations()).isEmpty();
  }

  @Test
  void findsSeatsSoldBeyondCapacity() {
    assertThat(new SeatCheck().check(seats(2, 3)).violations())
        .contains("fest/general: sold 3 > capacity 2");
  }

  @Test
  void acceptsAnIntentCapturedOnce() {
    assertThat(new MoneyCheck().check(captured(1, 1)).violations()).isEmpty();
  }

  @Test
  void findsAnIntentCapturedTwice() {
    Finding finding = new MoneyCheck().check(captured(2, 1));
    assertThat(finding.violations()).containsExactly("pi_1 was captured 2 times");
    assertThat(finding.counts()).containsEntry("intents captured more than once", 1L);
  }

  @Test
  void findsACheckoutChargedByTwoIntents() {
    assertThat(new MoneyCheck().check(captured(1, 2)).violations())
        .contains("c-1 is charged by 2 intents", "c-1 is CONFIRMED for 5000 but paid 10000");
  }

  private static Snapshot seats(int capacity, int sold) {
    var type = new Snapshot.TicketType("fest", "general", capacity, 0, sold, sold, sold, 0);
    return new Snapshot(NOW, List.of(type), List.of(), List.of(), List.of());
  }

  private static Snapshot captured(int captures, int intents) {
    var order = new Snapshot.Order("c-1", "CONFIRMED", 5000, "pi_1", "SOLD", NOW);
    List<Snapshot.Intent> charges =
        java.util.stream.IntStream.rangeClosed(1, intents)
            .mapToObj(
                n -> new Snapshot.Intent("pi_" + n, "succeeded", 5000, 0, 5000, 0, captures, "c-1"))
            .toList();
    return new Snapshot(NOW, List.of(), List.of(order), charges, List.of());
  }
}
