package com.boxoffice.loadtest.engine;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed loop: {@code users} buyers, each starting a new saga as soon as their last one ended.
 * The measured window opens after the warm-up, and not before every buyer has seen one saga end: on
 * a cold stack a first saga can outlast any fixed warm-up. Throughput counts sagas that ended
 * inside the window; latencies and errors are those of sagas started inside it, waited for after it
 * (up to the drain), so a slow saga is not left out for ending late.
 */
final class ClosedLoop {
  /** The error kind of a buyer still waiting on a saga when the drain time was up. */
  static final String STILL_RUNNING = "still running after the drain";

  private final int users;
  private final Duration warmUp;
  private final Duration measured;
  private final Duration drain;

  ClosedLoop(int users, Duration warmUp, Duration measured, Duration drain) {
    this.users = users;
    this.warmUp = warmUp;
    this.measured = measured;
    this.drain = drain;
  }

  PhaseResult run(String phase, int round, Journey journey) throws InterruptedException {
    Window window = new Window(users);
    ExecutorService buyers =
        Executors.newFixedThreadPool(
            users, Thread.ofPlatform().name(phase + "-buyer-", 1).daemon().factory());
    for (int i = 0; i < users; i++) {
      buyers.execute(() -> {
        boolean first = true;
        while (System.nanoTime() < window.until) {
          window.time(journey);
          if (first) {
            window.firstSagasEnded.countDown();
            first = false;
          }
        }
      });
    }
    buyers.shutdown();
    Thread.sleep(warmUp);
    // Bounded: a stack where sagas never end still gets measured, as all errors.
    window.firstSagasEnded.await(drain.toNanos(), TimeUnit.NANOSECONDS);
    window.open(measured);
    Map<String, Double> cpuBefore = ProcessCpu.read();
    Thread.sleep(measured);
    Map<String, Double> cpu = ProcessCpu.between(cpuBefore, ProcessCpu.read());
    if (!buyers.awaitTermination(drain.toNanos(), TimeUnit.NANOSECONDS)) {
      window.close();
      buyers.shutdownNow();
    }
    return new PhaseResult(
        phase,
        round,
        window.completed.get(),
        measured.toNanos() / 1e9,
        List.copyOf(window.answers),
        List.copyOf(window.dones),
        new TreeMap<>(window.errors),
        List.copyOf(window.workflowIds),
        cpu);
  }

  private static final class Window {
    private final CountDownLatch firstSagasEnded;
    private final AtomicLong completed = new AtomicLong();
    private final AtomicLong running = new AtomicLong();
    private final Queue<Double> answers = new ConcurrentLinkedQueue<>();
    private final Queue<Double> dones = new ConcurrentLinkedQueue<>();
    private final Queue<String> workflowIds = new ConcurrentLinkedQueue<>();
    private final Map<String, Long> errors = new ConcurrentHashMap<>();
    private volatile long from = Long.MAX_VALUE;
    private volatile long until = Long.MAX_VALUE;
    private volatile boolean closed;

    /** Counted down once by each buyer, when their first saga has ended. */
    Window(int users) {
      firstSagasEnded = new CountDownLatch(users);
    }

    void open(Duration length) {
      long now = System.nanoTime();
      until = now + length.toNanos();
      from = now;
    }

    /** Counts the sagas still running as such; whatever they do once interrupted is not counted. */
    void close() {
      closed = true;
      if (running.get() > 0) {
        errors.merge(STILL_RUNNING, running.get(), Long::sum);
      }
    }

    void time(Journey journey) {
      long began = System.nanoTime();
      long[] answeredAt = {0};
      running.incrementAndGet();
      try {
        String workflowId = journey.run(() -> answeredAt[0] = System.nanoTime());
        long ended = System.nanoTime();
        if (closed) {
          return;
        }
        if (ended >= from && ended < until) {
          completed.incrementAndGet();
          workflowIds.add(workflowId);
        }
        if (began >= from) {
          answers.add((answeredAt[0] - began) / 1e6);
          dones.add((ended - began) / 1e6);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (Exception e) {
        if (began >= from && !closed) {
          errors.merge(JourneyFailed.kindOf(e), 1L, Long::sum);
        }
      } finally {
        running.decrementAndGet();
      }
    }
  }
}
