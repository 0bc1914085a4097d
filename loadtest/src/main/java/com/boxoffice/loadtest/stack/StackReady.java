package com.boxoffice.loadtest.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What a running stack announces in its {@code READY} file, one line each: the API's address, this
 * process's id (for the script that stops it), and how its Temporal dev server keeps its state (for
 * a report on it). Scripts read the first two lines by number.
 */
public record StackReady(String apiUrl, long pid, String temporal) {

  void write(Path file) throws IOException {
    Files.writeString(file, apiUrl + "\n" + pid + "\n" + temporal + "\n");
  }

  public static StackReady read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file);
    if (lines.size() < 3) {
      throw new IOException(file + " is not a READY file of this stack: " + lines);
    }
    return new StackReady(lines.get(0), Long.parseLong(lines.get(1)), lines.get(2));
  }
}
