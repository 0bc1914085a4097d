package com.boxoffice.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** An external program the tests run as an operator would, bounded in time. */
final class Command {
  record Result(int exitCode, String stdout, String stderr) {
    String output() {
      return stdout + stderr;
    }
  }

  private Command() {}

  static Result run(List<String> command, Duration timeout) {
    return run(command, null, timeout);
  }

  static Result run(List<String> command, Path directory, Duration timeout) {
    try {
      Process process =
          new ProcessBuilder(command)
              .directory(directory == null ? null : directory.toFile())
              .start();
      process.getOutputStream().close();
      // Both streams drained at once: a full stderr pipe would block a chatty program forever.
      CompletableFuture<String> stdout = readAll(process.getInputStream());
      CompletableFuture<String> stderr = readAll(process.getErrorStream());
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        throw new AssertionError(command + " did not finish within " + timeout);
      }
      return new Result(process.exitValue(), stdout.join(), stderr.join());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not run " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static CompletableFuture<String> readAll(InputStream stream) {
    return CompletableFuture.supplyAsync(
        () -> {
          try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        },
        task -> Thread.ofVirtual().start(task));
  }
}
