package com.boxoffice.inventory;

import static com.boxoffice.inventory.InventoryFixture.CLOCK;
import static com.boxoffice.inventory.InventoryFixture.GA;
import static com.boxoffice.inventory.InventoryFixture.VIP;
import static com.boxoffice.inventory.InventoryFixture.confirmRequest;
import static com.boxoffice.inventory.InventoryFixture.holdRequest;
import static com.boxoffice.inventory.InventoryFixture.line;
import static com.boxoffice.schema.Tables.TICKET_TYPES;
import static org.assertj.core.api.Assertions.assertThat;

import com.boxoffice.checkout.contract.inventory.InventoryActivities;
import com.boxoffice.checkout.contract.inventory.OrderStatusUpdate;
import com.boxoffice.checkout.contract.inventory.ReleaseSeatsRequest;
import com.boxoffice.checkout.contract.inventory.TicketLine;
import com.boxoffice.testkit.PostgresExtension;
import io.temporal.failure.ApplicationFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Launch bursts: many checkouts at once on few seats, each with its own connection. */
class ConcurrentCheckoutTest {
  @RegisterExtension static final PostgresExtension postgres = new PostgresExtension();

  private static final int GA_SEATS = 40;
  private static final int VIP_SEATS = 25;
  private static final int CHECKOUTS = 200;
  private static final int THREADS = 32;

  /** What one checkout got: its seats, or the failure type that refused it. */
  private record Outcome(String checkoutId, int quantity, String failureType) {
    boolean held() {
      return failureType == null;
    }
  }

  private InventoryFixture fixture;
  private JooqInventoryActivities inventory;

  @BeforeEach
  void festival() {
    fixture = new InventoryFixture(postgres.dsl());
    fixture.festival(GA_SEATS, VIP_SEATS);
    inventory = new JooqInventoryActivities(postgres.dsl(), CLOCK);
  }

  @Test
  void holdsExactlyTheCapacityUnderABurstOfCheckouts() throws Exception {
    List<Outcome> outcomes = burst(CHECKOUTS, i -> () -> hold("c" + i, line(GA, 1 + i % 2)));

    int heldSeats = outcomes.stream().filter(Outcome::held).mapToInt(Outcome::quantity).sum();
    assertThat(heldSeats).isEqualTo(GA_SEATS);
    assertThat(fixture.counts(GA).held()).isEqualTo(GA_SEATS);
  }

  @Test
  void refusesAndRecordsEveryOtherCheckoutAsSoldOut() throws Exception {
    List<Outcome> outcomes = burst(CHECKOUTS, i -> () -> hold("c" + i, line(GA, 1 + i % 2)));

    List<Outcome> refused = outcomes.stream().filter(outcome -> !outcome.held()).toList();
    assertThat(refused)
        .isNotEmpty()
        .allMatch(o -> o.failureType().equals(InventoryActivities.SOLD_OUT));
    assertThat(refused)
        .allSatisfy(
            o -> assertThat(fixture.order(o.checkoutId()).getStatus()).isEqualTo("SOLD_OUT"))
        .allSatisfy(o -> assertThat(fixture.holdState(o.checkoutId())).isNull());
  }

  @Test
  void neverTakesMoreSeatsThanCapacityWhileCheckoutsHoldAndConfirm() throws Exception {
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicInteger mostTaken = new AtomicInteger();
    Thread watcher = Thread.ofPlatform().start(() -> watch(running, mostTaken));

    burst(CHECKOUTS, i -> () -> holdAndConfirm("c" + i, 1 + i % 2));
    running.set(false);
    watcher.join();

    assertThat(mostTaken.get()).isBetween(1, GA_SEATS);
    assertThat(fixture.counts(GA)).isEqualTo(new InventoryFixture.Counts(GA_SEATS, 0, GA_SEATS));
  }

  @Test
  void holdsMultiTypeOrdersAllOrNothingWhicheverWayTheirLinesAreListed() throws Exception {
    List<Outcome> outcomes =
        burst(
            CHECKOUTS,
            i ->
                () ->
                    i % 2 == 0
                        ? hold("c" + i, line(GA, 1), line(VIP, 1))
                        : hold("c" + i, line(VIP, 1), line(GA, 1)));

    assertThat(outcomes.stream().filter(Outcome::held)).hasSize(VIP_SEATS);
    assertThat(fixture.counts(GA).held()).isEqualTo(VIP_SEATS);
    assertThat(fixture.counts(VIP).held()).isEqualTo(VIP_SEATS);
  }

  @Test
  void settlesEveryRaceBetweenConfirmAndReleaseOneWay() throws Exception {
    int checkouts = 30;
    IntStream.range(0, checkouts).forEach(i -> hold("c" + i, line(GA, 1)));

    List<Outcome> outcomes =
        burst(
            2 * checkouts,
            i -> i % 2 == 0 ? () -> confirm("c" + i / 2) : () -> release("c" + i / 2));

    List<Outcome> confirms =
        IntStream.range(0, outcomes.size())
            .filter(i -> i % 2 == 0)
            .mapToObj(outcomes::get)
            .toList();
    long confirmed = confirms.stream().filter(Outcome::held).count();
    assertThat(confirms)
        .allSatisfy(o -> {
          boolean won = o.held();
          assertThat(fixture.holdState(o.checkoutId())).isEqualTo(won ? "SOLD" : "RELEASED");
          assertThat(fixture.order(o.checkoutId()).getStatus())
              .isEqualTo(won ? "CONFIRMED" : "CANCELLED");
          assertThat(fixture.tickets(o.checkoutId())).hasSize(won ? 1 : 0);
        });
    assertThat(fixture.counts(GA))
        .isEqualTo(new InventoryFixture.Counts(GA_SEATS, 0, (int) confirmed));
  }

  private Outcome hold(String checkoutId, TicketLine... lines) {
    try {
      inventory.holdSeats(holdRequest(checkoutId, lines));
      return new Outcome(checkoutId, lines[0].quantity(), null);
    } catch (ApplicationFailure failure) {
      return new Outcome(checkoutId, lines[0].quantity(), failure.getType());
    }
  }

  private Outcome holdAndConfirm(String checkoutId, int quantity) {
    Outcome outcome = hold(checkoutId, line(GA, quantity));
    if (outcome.held()) {
      inventory.confirmOrder(confirmRequest(checkoutId));
    }
    return outcome;
  }

  /** A confirmation that lost the race to the release comes back with its failure type. */
  private Outcome confirm(String checkoutId) {
    try {
      inventory.confirmOrder(confirmRequest(checkoutId));
      return new Outcome(checkoutId, 1, null);
    } catch (ApplicationFailure failure) {
      assertThat(failure.getType()).isEqualTo(JooqInventoryActivities.HOLD_NOT_ACTIVE);
      return new Outcome(checkoutId, 1, failure.getType());
    }
  }

  private Outcome release(String checkoutId) {
    inventory.releaseSeats(
        new ReleaseSeatsRequest(
            new OrderStatusUpdate(checkoutId, "CANCELLED", null, null, "cancelled", null, null)));
    return new Outcome(checkoutId, 1, null);
  }

  /** Records the most seats ever seen taken (held plus sold) while {@code running}. */
  private static void watch(AtomicBoolean running, AtomicInteger most) {
    while (running.get()) {
      int taken =
          postgres
              .dsl()
              .select(TICKET_TYPES.HELD.plus(TICKET_TYPES.SOLD))
              .from(TICKET_TYPES)
              .where(TICKET_TYPES.TICKET_TYPE_ID.eq(GA))
              .fetchSingle()
              .value1();
      most.accumulateAndGet(taken, Math::max);
    }
  }

  private static List<Outcome> burst(int count, IntFunction<Callable<Outcome>> checkout)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Outcome>> futures = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        Callable<Outcome> task = checkout.apply(i);
        futures.add(
            pool.submit(() -> {
              start.await();
              return task.call();
            }));
      }
      start.countDown();
      List<Outcome> outcomes = new ArrayList<>();
      for (Future<Outcome> future : futures) {
        outcomes.add(future.get(60, TimeUnit.SECONDS));
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
    }
  }
}
