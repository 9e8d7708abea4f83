package vn.ketnoi.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the province and place tables (knowledge/, carried in the jar), always as UTF-8. */
final class Resources {
  private Resources() {}

  /** Rows of a TSV resource, without comment lines (#) and blank lines. */
  static List<String[]> tsv(String name) {
    InputStream in = Resources.class.getResourceAsStream("/knowledge/" + name);
    if (in == null) {
      throw new IllegalStateException("knowledge table " + name + " is missing from the jar");
    }
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(line.split("\t", -1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
