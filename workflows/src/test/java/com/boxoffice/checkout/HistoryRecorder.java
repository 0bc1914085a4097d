package com.boxoffice.checkout;

import io.temporal.client.WorkflowClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Saves the histories of a test's workflows for {@link ReplayTest} when the build is run with
 * {@code -Dboxoffice.recordHistories=<version folder>}; otherwise does nothing. Recording is a
 * deliberate act: a workflow change that alters history needs a versioned change and a folder of
 * its own (histories/README.md), never fresh recordings over an earlier version's. A history that
 * an earlier folder already holds, event for event, is not written again.
 */
final class HistoryRecorder {
  static final String PROPERTY = "boxoffice.recordHistories";
  private static final Path DIRECTORY = Path.of("src/test/resources/histories");

  private final String name;
  private final List<String> workflowIds = new ArrayList<>();

  private HistoryRecorder(String name) {
    this.name = name;
  }

  static HistoryRecorder forTest(ExtensionContext test) {
    return new HistoryRecorder(
        test.getRequiredTestClass().getSimpleName() + "." + test.getRequiredTestMethod().getName());
  }

  void started(String workflowId) {
    workflowIds.add(workflowId);
  }

  void save(WorkflowClient client) {
    String version = System.getProperty(PROPERTY, "");
    if (version.isBlank()) {
      return;
    }
    if (!version.matches(RecordedHistories.VERSION_NAME)) {
      throw new IllegalArgumentException(
          "-D" + PROPERTY + " names the version's folder, v<n>-<what changed>: not " + version);
    }
    try {
      Path folder = DIRECTORY.resolve(version);
      for (int i = 0; i < workflowIds.size(); i++) {
        String json = client.fetchHistory(workflowIds.get(i)).toJson(true);
        String fileName = name + (i == 0 ? "" : "-" + i) + ".json";
        if (RecordedHistories.earlierCopy(DIRECTORY, version, fileName, json).isEmpty()) {
          Files.createDirectories(folder);
          Files.writeString(folder.resolve(fileName), json);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
