package com.boxoffice.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What ships: the executable jars the build makes ({@code jar tf} of each) hold no benchmark
 * classes, no test kit and no test libraries. The launcher's jar keeps Temporal's own test server
 * on purpose (the embedded default falls back to it when no {@code temporal} CLI is installed), and
 * no other testing library.
 */
class ExecutableJarsTest {
  private static final Path ROOT = Path.of("..");

  static Stream<Path> executableJars() throws IOException {
    List<Path> jars =
        Stream.of("api", "worker", "sandbox")
            .map(module -> ROOT.resolve(module).resolve("target"))
            .flatMap(ExecutableJarsTest::execJars)
            .toList();
    assertThat(jars).as("the api, worker and sandbox executable jars").hasSize(3);
    Path local = ROOT.resolve("local/target/boxoffice-local.jar");
    assertThat(local).exists();
    return Stream.concat(jars.stream(), Stream.of(local));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("executableJars")
  void holdsNoBenchmarkOrTestCode(Path jar) throws IOException {
    List<String> entries;
    try (JarFile file = new JarFile(jar.toFile())) {
      entries = Collections.list(file.entries()).stream().map(entry -> entry.getName()).toList();
    }

    assertThat(entries)
        .as("classes of %s", jar.getFileName())
        .isNotEmpty()
        .noneMatch(name -> name.contains("com/boxoffice/loadtest/"))
        .noneMatch(name -> name.contains("com/boxoffice/testkit/"))
        .noneMatch(name -> name.contains("com/boxoffice/architecture/"))
        .noneMatch(
            name -> name.matches("BOOT-INF/lib/boxoffice-(loadtest|testkit|architecture)-.*"));
    assertThat(entries)
        .as("libraries of %s", jar.getFileName())
        .noneMatch(name ->
            name.matches(
                "BOOT-INF/lib/(junit|mockito|assertj|archunit|awaitility|jqwik|gatling|"
                    + "spring-boot-test|spring-test|opentest4j)[^/]*\\.jar"));
  }

  private static Stream<Path> execJars(Path target) {
    try (Stream<Path> files = Files.list(target)) {
      return files
          .filter(path -> path.getFileName().toString().endsWith("-exec.jar"))
          .toList()
          .stream();
    } catch (IOException e) {
      throw new IllegalStateException("No executable jar built in " + target, e);
    }
  }
}
