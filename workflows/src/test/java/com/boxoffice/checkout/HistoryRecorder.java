package com.boxoffice.checkout;

import io.temporal.client.WorkflowClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.TestInfo;

/**
 * Saves the histories of a test's workflows for {@link ReplayTest} when the build is run with
 * {@code -Dboxoffice.recordHistories=true}; otherwise does nothing. Recording is a deliberate act:
 * a workflow change that alters history needs a versioned change, not fresh recordings.
 */
final class HistoryRecorder {
  static final String PROPERTY = "boxoffice.recordHistories";
  private static final Path DIRECTORY = Path.of("src/test/resources/histories");

  private final String name;
  private final List<String> workflowIds = new ArrayList<>();

  private HistoryRecorder(String name) {
    this.name = name;
  }

  static HistoryRecorder forTest(TestInfo test) {
    String className = test.getTestClass().map(Class::getSimpleName).orElse("test");
    String methodName = test.getTestMethod().map(m -> m.getName()).orElse("unknown");
    return new HistoryRecorder(className + "." + methodName);
  }

  void started(String workflowId) {
    workflowIds.add(workflowId);
  }

  void save(WorkflowClient client) {
    if (!Boolean.getBoolean(PROPERTY)) {
      return;
    }
    try {
      Files.createDirectories(DIRECTORY);
      for (int i = 0; i < workflowIds.size(); i++) {
        String json = client.fetchHistory(workflowIds.get(i)).toJson(true);
        String suffix = i == 0 ? "" : "-" + i;
        Files.writeString(DIRECTORY.resolve(name + suffix + ".json"), json);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
