package com.boxoffice.loadtest.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.boxoffice.local.DevServerOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchmarkOptionsTest {

  @Test
  void runsTheDevServerAsTheEmbeddedDefaultDoesUnlessAskedOtherwise() {
    assertThat(BenchmarkOptions.devServer("", "", "")).isEqualTo(DevServerOptions.defaults());
    assertThat(BenchmarkOptions.devServer("file", "", "")).isEqualTo(DevServerOptions.defaults());
  }

  @Test
  void runsItInMemoryWithoutTheFilesPragmas() {
    assertThat(BenchmarkOptions.devServer("memory", "", ""))
        .isEqualTo(new DevServerOptions(true, List.of(), List.of()));
  }

  @Test
  void takesPragmasSeparatedByCommasOrSemicolonsAndNoneForNone() {
    assertThat(
            BenchmarkOptions.devServer("file", "journal_mode=wal, synchronous=off", "")
                .sqlitePragmas())
        .containsExactly("journal_mode=wal", "synchronous=off");
    assertThat(BenchmarkOptions.devServer("file", "synchronous=off;", "").sqlitePragmas())
        .containsExactly("synchronous=off");
    assertThat(BenchmarkOptions.devServer("file", "none", "").sqlitePragmas()).isEmpty();
  }

  @Test
  void takesDynamicConfigValuesSeparatedBySemicolons() {
    assertThat(
            BenchmarkOptions.devServer(
                    "memory",
                    "",
                    "system.enableActivityEagerExecution=true; frontend.namespaceCount=\"a,b\"")
                .dynamicConfig())
        .containsExactly(
            "system.enableActivityEagerExecution=true", "frontend.namespaceCount=\"a,b\"");
  }

  @Test
  void refusesAnUnknownMode() {
    assertThatThrownBy(() -> BenchmarkOptions.devServer("disk", "", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("file or memory");
  }
}
