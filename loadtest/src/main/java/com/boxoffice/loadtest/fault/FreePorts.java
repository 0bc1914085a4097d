package com.boxoffice.loadtest.fault;

import com.boxoffice.loadtest.stack.StackPorts;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits until a stack's ports can be listened on. The fault runs start one stack after another on
 * the same ports, and a process of the last one (a worker, the dev server) may still hold one while
 * it stops; a stack started then fails with "address already in use".
 */
final class FreePorts {
  private static final Logger log = LoggerFactory.getLogger(FreePorts.class);

  private FreePorts() {}

  /** The stack's ports, the workers' and their replacements' metrics ports included. */
  static List<Integer> of(StackPorts ports, int workers) {
    List<Integer> all =
        new ArrayList<>(
            List.of(
                ports.postgres(),
                ports.temporal(),
                ports.temporalUi(),
                ports.sandbox(),
                ports.api()));
    for (int n = 1; n <= workers; n++) {
      all.add(ports.workerMetrics(n));
    }
    return all;
  }

  /** Returns once every port is free; fails naming the busy ones after {@code within}. */
  static void await(List<Integer> ports, Duration within) throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    List<Integer> busy = busy(ports);
    if (!busy.isEmpty()) {
      log.info("Waiting for ports {} to be free", busy);
    }
    while (!busy.isEmpty()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "Ports " + busy + " on 127.0.0.1 are still in use after " + within);
      }
      Thread.sleep(1000);
      busy = busy(ports);
    }
  }

  private static List<Integer> busy(List<Integer> ports) {
    return ports.stream().filter(port -> !free(port)).toList();
  }

  private static boolean free(int port) {
    try (ServerSocket probe = new ServerSocket()) {
      // As the servers bind: address reuse lets a port in TIME_WAIT count as free.
      probe.setReuseAddress(true);
      probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      return true;
    } catch (IOException taken) {
      return false;
    }
  }
}
