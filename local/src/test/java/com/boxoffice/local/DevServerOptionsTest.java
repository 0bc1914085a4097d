package com.boxoffice.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DevServerOptionsTest {
  private static final Path DATA = Path.of("/data");

  @Test
  void keepsTheEmbeddedDefaultOnASqliteFileWithTheWriteAheadLogSyncedAtCheckpoints() {
    assertThat(DevServerOptions.defaults().arguments(DATA))
        .containsExactly(
            "--db-filename",
            "/data/temporal.db",
            "--sqlite-pragma",
            "journal_mode=wal",
            "--sqlite-pragma",
            "synchronous=normal");
  }

  @Test
  void runsInMemoryWithoutADatabaseFile() {
    DevServerOptions memory = new DevServerOptions(true, List.of(), List.of());

    assertThat(memory.arguments(DATA)).isEmpty();
    assertThat(memory.describe()).isEqualTo("in memory, pragmas none, dynamic config none");
  }

  @Test
  void passesEachPragmaAndDynamicConfigValueAsAFlagOfItsOwn() {
    DevServerOptions tuned =
        new DevServerOptions(
            false,
            List.of("synchronous=off"),
            List.of("system.enableActivityEagerExecution=true", "limit.blobSize.warn=1024"));

    assertThat(tuned.arguments(DATA))
        .containsExactly(
            "--db-filename",
            "/data/temporal.db",
            "--sqlite-pragma",
            "synchronous=off",
            "--dynamic-config-value",
            "system.enableActivityEagerExecution=true",
            "--dynamic-config-value",
            "limit.blobSize.warn=1024");
  }

  @Test
  void carriesTheDefaultDevServerInTheEmbeddedStacksOptions() {
    LocalStackOptions options =
        new LocalStackOptions(DATA, 1, 2, 3, 4, 5, Duration.ofMinutes(1), false);

    assertThat(options.devServer()).isEqualTo(DevServerOptions.defaults());
    assertThat(options.withWorkers(0).devServer()).isEqualTo(DevServerOptions.defaults());
  }
}
