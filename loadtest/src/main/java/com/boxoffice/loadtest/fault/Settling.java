package com.boxoffice.loadtest.fault;

import com.boxoffice.checkout.CheckoutStatus;
import com.boxoffice.loadtest.launch.LaunchLedger;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits, boundedly, until a run has settled: every order of its event terminal in PostgreSQL, and
 * no workflow still running in Temporal. The second matters as much as the first: a confirmed
 * order's email and a failed one's compensation come after the status is written, and the checker
 * judges both.
 */
final class Settling {
  private static final Logger log = LoggerFactory.getLogger(Settling.class);
  private static final String RUNNING = "ExecutionStatus = 'Running'";

  /** How a run ended up once it settled or the wait ran out. */
  record Settled(
      Duration took, Map<String, Long> orders, long unsettledOrders, long runningWorkflows) {
    boolean settled() {
      return unsettledOrders == 0 && runningWorkflows == 0;
    }
  }

  private final LaunchLedger ledger;
  private final String temporalAddress;

  Settling(LaunchLedger ledger, String temporalAddress) {
    this.ledger = ledger;
    this.temporalAddress = temporalAddress;
  }

  Settled await(String eventId, Duration bound) throws InterruptedException {
    long start = System.nanoTime();
    long deadline = start + bound.toNanos();
    WorkflowServiceStubs service =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(temporalAddress).build());
    try {
      WorkflowClient temporal =
          WorkflowClient.newInstance(
              service, WorkflowClientOptions.newBuilder().setNamespace("default").build());
      Settled last = null;
      while (true) {
        try {
          Map<String, Long> orders = ledger.statuses(eventId);
          long unsettled =
              orders.entrySet().stream()
                  .filter(status -> !terminal(status.getKey()))
                  .mapToLong(Map.Entry::getValue)
                  .sum();
          long running = temporal.countWorkflows(RUNNING).getCount();
          last =
              new Settled(Duration.ofNanos(System.nanoTime() - start), orders, unsettled, running);
          if (last.settled()) {
            return last;
          }
        } catch (Exception notNow) {
          log.warn("Could not read whether the run settled: {}", notNow.toString());
        }
        if (System.nanoTime() > deadline) {
          return last == null ? new Settled(bound, Map.of(), -1, -1) : last;
        }
        Thread.sleep(1000);
      }
    } finally {
      service.shutdownNow();
    }
  }

  private static boolean terminal(String status) {
    try {
      return CheckoutStatus.valueOf(status).isTerminal();
    } catch (IllegalArgumentException unknown) {
      return false;
    }
  }
}
