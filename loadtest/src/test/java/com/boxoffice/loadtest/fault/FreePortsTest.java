package com.boxoffice.loadtest.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.boxoffice.loadtest.stack.StackPorts;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class FreePortsTest {
  @Test
  void returnsAtOnceWhenEveryPortIsFree() throws Exception {
    int port;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = probe.getLocalPort();
    }

    FreePorts.await(List.of(port), Duration.ZERO);
  }

  @Test
  void namesThePortsStillTakenWhenTheWaitRunsOut() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      assertThatThrownBy(() -> FreePorts.await(List.of(taken.getLocalPort()), Duration.ZERO))
          .hasMessageContaining("[" + taken.getLocalPort() + "]");
    }
  }

  @Test
  void coversTheWorkersMetricsPortsToo() {
    assertThat(FreePorts.of(StackPorts.FAULT_RUNS, 2))
        .containsExactly(22433, 22233, 22234, 22090, 22080, 22181, 22182);
  }
}
