package vn.ketnoi.knowledge;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ketnoi.text.Messages;

/**
 * {@code import offers FILE.csv}: merges a spreadsheet export into knowledge/offers.csv by id —
 * new ids are added, known ids replaced, bad rows rejected with the reason — and rewrites the file
 * atomically, so the files stay the one source the bot loads at start. The sheet may be comma- or
 * semicolon-separated; staff run it, so it answers in Vietnamese.
 */
public final class OfferImport {
  /** What an import did. */
  public record Report(List<String> added, List<String> updated, List<OfferCsv.Rejected> rejected) {}

  private OfferImport() {}

  public static Report run(Path offersFile, Path importFile) {
    String current = read(offersFile);
    OfferCsv.Parsed existing = OfferCsv.parse(current, offersFile.toString());
    OfferCsv.Parsed incoming = OfferCsv.parse(read(importFile), importFile.toString());
    Map<String, Offer> merged = new LinkedHashMap<>();
    existing.offers().forEach(o -> merged.put(o.id(), o));
    List<String> added = new ArrayList<>();
    List<String> updated = new ArrayList<>();
    for (Offer offer : incoming.offers()) {
      Offer before = merged.put(offer.id(), offer);
      if (before == null) {
        added.add(offer.id());
      } else if (!before.equals(offer)) {
        updated.add(offer.id());
      }
    }
    if (!added.isEmpty() || !updated.isEmpty()) {
      write(offersFile, OfferCsv.write(List.copyOf(merged.values())));
    }
    return new Report(added, updated, incoming.rejected());
  }

  public static void print(Report report, Messages messages, PrintStream out) {
    out.println(messages.get("import.added", report.added().size(), ids(report.added())));
    out.println(messages.get("import.updated", report.updated().size(), ids(report.updated())));
    out.println(messages.get("import.rejected", report.rejected().size()));
    for (OfferCsv.Rejected r : report.rejected()) {
      out.println("  " + messages.get("import.rejected_line", r.line(),
          r.id().isEmpty() ? "" : " (" + r.id() + ")", r.reason()));
    }
  }

  private static String ids(List<String> ids) {
    return ids.isEmpty() ? "" : ": " + String.join(", ", ids);
  }

  private static String read(Path file) {
    Messages messages = Messages.load();
    if (!Files.isRegularFile(file)) {
      throw new KnowledgeException(file.toString(), 0, messages.get("import.no_file"));
    }
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw new KnowledgeException(file.toString(), 0, messages.get("import.not_utf8"));
    } catch (IOException e) {
      throw new KnowledgeException(file.toString(), 0, messages.get("import.unreadable", e.getMessage()));
    }
  }

  private static void write(Path file, String text) {
    try {
      Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), "offers", ".csv");
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
