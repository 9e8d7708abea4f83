package vn.ketnoi.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The loop of the JSONL commands: one JSON object a line in, one a line out; a line that fails is
 * reported on stderr with its number and skipped, the others are still answered.
 */
public final class JsonLines {
  /** Turns one input object into one output object. */
  @FunctionalInterface
  public interface Handler {
    JsonNode handle(JsonNode row) throws IOException;
  }

  private JsonLines() {}

  /** Returns 0 when every line was answered, 1 otherwise. */
  public static int run(BufferedReader in, PrintWriter out, PrintStream err, Handler handler)
      throws IOException {
    int failures = 0;
    int lineNumber = 0;
    String line;
    while ((line = in.readLine()) != null) {
      lineNumber++;
      if (line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank()) {
        continue;
      }
      try {
        out.println(Json.MAPPER.writeValueAsString(handler.handle(Json.MAPPER.readTree(line))));
      } catch (IOException | IllegalArgumentException e) {
        failures++;
        err.println("line " + lineNumber + " skipped: " + e.getMessage());
      }
    }
    out.flush();
    return failures == 0 ? 0 : 1;
  }

  /** A labelled file's rows, one JSON object a line; blank lines are skipped. */
  public static List<JsonNode> rows(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    List<JsonNode> rows = new ArrayList<>();
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      try {
        rows.add(Json.MAPPER.readTree(line));
      } catch (IOException e) {
        throw new IllegalArgumentException("not a JSON line: " + line, e);
      }
    }
    return rows;
  }

  /** The texts of a JSON array (none for a missing one). */
  public static Set<String> texts(JsonNode array) {
    Set<String> values = new HashSet<>();
    if (array != null) {
      array.forEach(v -> values.add(v.asText()));
    }
    return values;
  }
}
