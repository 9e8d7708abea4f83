package vn.ketnoi.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.List;
import vn.ketnoi.text.Arguments;
import vn.ketnoi.text.Utf8;
import vn.ketnoi.card.NeedCard;

/**
 * {@code extract}: one JSON object per input line ({"id", "text"}), one per output line: {"id",
 * "intent", "need": {every need-card key but intent}} (need-card.md). A broken line is reported on
 * stderr and skipped; the others are still answered.
 */
public final class ExtractCommand {
  private final Extractor extractor;

  public ExtractCommand(Extractor extractor) {
    this.extractor = extractor;
  }

  /** {@code extract [FILE]}: FILE, or stdin without one. */
  public int run(List<String> rest, PrintStream out, PrintStream err) throws IOException {
    try (BufferedReader in = Utf8.reader(Arguments.fileOrStdin(rest))) {
      return run(in, Utf8.writer(out), err);
    }
  }

  public int run(BufferedReader in, PrintWriter out, PrintStream err) throws IOException {
    return JsonLines.run(in, out, err, row -> {
      JsonNode text = row.has("text") ? row.get("text") : row.get("message");
      if (text == null || !text.isTextual()) {
        throw new IllegalArgumentException("no \"text\" field");
      }
      Extraction extraction = extractor.extract(text.asText(), NeedCard.EMPTY);
      ObjectNode result = Json.MAPPER.createObjectNode();
      result.set("id", row.get("id"));
      result.put("intent", extraction.intent().code());
      result.set("need", Json.MAPPER.valueToTree(extraction.contractCard()));
      return result;
    });
  }
}
