package vn.ketnoi.need;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.ketnoi.text.Arguments;
import vn.ketnoi.text.Utf8;

/** {@code export needs [--format jsonl|csv] [--out FILE]}: the stored needs, to stdout or FILE. */
public final class ExportCommand {
  private final NeedStore needs;
  private final NeedExport export;

  public ExportCommand(NeedStore needs, NeedExport export) {
    this.needs = needs;
    this.export = export;
  }

  public int run(List<String> rest, PrintStream out) throws IOException {
    if (rest.isEmpty() || !rest.get(0).equals("needs")) {
      throw new IllegalArgumentException("usage: export needs [--format jsonl|csv] [--out FILE]");
    }
    String format = Arguments.option(rest, "--format", "jsonl");
    String file = Arguments.option(rest, "--out", null);
    try (PrintWriter writer =
        file == null
            ? Utf8.writer(out)
            : new PrintWriter(Files.newBufferedWriter(Path.of(file), StandardCharsets.UTF_8))) {
      switch (format) {
        case "jsonl" -> export.jsonl(needs.all(), writer);
        case "csv" -> export.csv(needs.all(), writer);
        default -> throw new IllegalArgumentException("--format must be jsonl or csv");
      }
    }
    return 0;
  }
}
