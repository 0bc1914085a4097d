package com.boxoffice.loadtest.stack;

/**
 * The ports one stack of this module listens on. Each kind of run has its own range, so a fault run
 * can go on beside a benchmark, and neither meets the local default or the end-to-end tests. All
 * lie below Linux's ephemeral range (32768-60999): there any process's outgoing connection may hold
 * a port for a while, and a stack started then fails with "address already in use".
 *
 * @param workerMetricsBase worker {@code n} (from 1) serves its Prometheus metrics on this plus n
 */
public record StackPorts(
    int postgres, int temporal, int temporalUi, int sandbox, int api, int workerMetricsBase) {

  public static final StackPorts BENCHMARK =
      new StackPorts(21433, 21233, 21234, 21090, 21080, 21180);

  public static final StackPorts FAULT_RUNS =
      new StackPorts(22433, 22233, 22234, 22090, 22080, 22180);

  public int workerMetrics(int n) {
    return workerMetricsBase + n;
  }

  public String apiUrl() {
    return "http://127.0.0.1:" + api;
  }

  public String sandboxUrl() {
    return "http://127.0.0.1:" + sandbox;
  }

  public String temporalAddress() {
    return "127.0.0.1:" + temporal;
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + postgres + "/" + BenchmarkOptions.DATABASE;
  }
}
