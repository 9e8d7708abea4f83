package vn.ketnoi.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** A .env file (KEY=VALUE lines, # comments, optional quotes) under the real environment. */
public final class EnvFile {
  private EnvFile() {}

  /** The environment, with values from the file for names the environment does not set. */
  public static Map<String, String> merged(Path file, Map<String, String> environment) {
    Map<String, String> merged = new HashMap<>(read(file));
    merged.putAll(environment);
    return merged;
  }

  static Map<String, String> read(Path file) {
    Map<String, String> values = new HashMap<>();
    if (!Files.isRegularFile(file)) {
      return values;
    }
    try {
      for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String line = raw.strip();
        if (line.startsWith("export ")) {
          line = line.substring(7).strip();
        }
        int eq = line.indexOf('=');
        if (line.isEmpty() || line.startsWith("#") || eq <= 0) {
          continue;
        }
        String value = line.substring(eq + 1).strip();
        if (value.length() >= 2
            && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
          value = value.substring(1, value.length() - 1);
        }
        values.put(line.substring(0, eq).strip(), value);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return values;
  }
}
