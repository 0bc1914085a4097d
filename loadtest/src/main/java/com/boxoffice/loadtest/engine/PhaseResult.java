package com.boxoffice.loadtest.engine;

import java.util.List;
import java.util.Map;

/**
 * One phase of one round, as measured.
 *
 * @param completed sagas that ended, successfully, inside the measured window
 * @param seconds the measured window's length
 * @param answerMillis start to answer, of each successful saga started inside the window
 * @param doneMillis start to end, of the same sagas
 * @param errors failed sagas started inside the window, by kind
 * @param workflowIds the workflows of the sagas counted in {@code completed}
 * @param cpuSeconds the CPU each part of the stack used in the measured window ({@link ProcessCpu})
 */
record PhaseResult(
    String phase,
    int round,
    long completed,
    double seconds,
    List<Double> answerMillis,
    List<Double> doneMillis,
    Map<String, Long> errors,
    List<String> workflowIds,
    Map<String, Double> cpuSeconds) {

  double perSecond() {
    return seconds > 0 ? completed / seconds : 0;
  }
}
