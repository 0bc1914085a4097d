package com.boxoffice.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.boxoffice.checkout.CheckoutStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Horizontal scale: three worker processes share one Temporal and one database, and one of them is
 * killed with SIGKILL while sagas run on it. Temporal hands its tasks to the others once their
 * timeouts pass, and every checkout still settles exactly once.
 */
class ScaleIT {
  private static final Logger log = LoggerFactory.getLogger(ScaleIT.class);
  private static final int CHECKOUTS = 90;
  private static final int SEATS = 60;
  private static final Duration STREAM = Duration.ofSeconds(25);

  /** Beyond the longest start-to-close timeout (the mail's 30 s) and the retries after it. */
  private static final Duration DRAIN = Duration.ofMinutes(2);

  @RegisterExtension
  static final IsolatedStack STACK =
      new IsolatedStack(
          new LocalStackOptions(
                  Path.of("target", "scale-stack"),
                  25433,
                  27233,
                  28233,
                  28090,
                  28080,
                  Duration.ofSeconds(45),
                  false)
              .withWorkers(0));

  @Test
  void everyCheckoutSettlesOnceWhenAWorkerIsKilledMidSaga() throws Exception {
    List<WorkerProcess> workers = STACK.startWorkerProcesses(3);
    STACK.warmUp();
    String eventId = STACK.newEvent(SEATS);
    WorkerProcess victim = workers.get(1);
    AtomicInteger victimExit = new AtomicInteger();
    long start = System.nanoTime();

    CheckoutStream.Result stream =
        new CheckoutStream(STACK.options())
            .run(eventId, CHECKOUTS, STREAM, () -> victimExit.set(victim.kill()));
    Map<CheckoutStatus, Long> outcomes =
        Settlement.verify(STACK.stack(), eventId, stream.placed(), DRAIN);

    log.info(
        "Ran {} checkouts on 3 worker processes, {} killed mid-stream, in {} s: buyers' final"
            + " answers {}, all answers {}, orders {}",
        stream.checkouts(),
        victim,
        Duration.ofNanos(System.nanoTime() - start).toSeconds(),
        stream.finalAnswers(),
        stream.answers(),
        outcomes);
    assertThat(victimExit.get()).as("the victim's exit").isEqualTo(WorkerProcess.KILLED);
    // 502 is a definite answer too: an authorization the killed worker held can outlast the
    // half minute the saga gives Stripe, and then the checkout fails and is undone.
    assertThat(stream.finalAnswers().keySet())
        .as("every buyer's final answer, after retries with the same key")
        .isSubsetOf("201", "409", "502");
  }
}
