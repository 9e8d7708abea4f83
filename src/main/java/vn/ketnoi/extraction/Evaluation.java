package vn.ketnoi.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ketnoi.text.Fold;
import vn.ketnoi.card.NeedCard;
import vn.ketnoi.card.Field;

/**
 * Scores an extractor against a labelled JSONL file ({"id", "text", "gold": {intent, need-card
 * keys}}). Per field: a right value is a true positive, a wrong one a false positive and a false
 * negative, a missing one a false negative, an invented one a false positive; list fields count
 * element by element.
 */
public final class Evaluation {
  /** The need-card keys that are scored (titles, descriptions, timelines and products are not). */
  public static final List<Field> SCORED =
      List.of(Field.COMPANY_NAME, Field.CONTACT_NAME, Field.PHONE, Field.EMAIL, Field.PROVINCE,
          Field.SECTOR, Field.NEED_TYPE, Field.ORIGIN_SCOPE, Field.ORIGIN_COUNTRIES,
          Field.BUDGET_VND_MIN, Field.BUDGET_VND_MAX, Field.SUPPORT_WANTED, Field.EMPLOYEES);

  /** Counts for one field. */
  public record Score(int tp, int fp, int fn) {
    Score plus(Score o) {
      return new Score(tp + o.tp, fp + o.fp, fn + o.fn);
    }

    public double precision() {
      return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
    }

    public double recall() {
      return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** The whole result; {@code misses} lists "id field: got X, want Y" for reading errors. */
  public record Report(
      int messages, int intentsRight, Map<String, Score> byField, Score micro, List<String> misses) {
    public double intentAccuracy() {
      return messages == 0 ? 0 : (double) intentsRight / messages;
    }
  }

  private Evaluation() {}

  public static Report run(Path labelled, Extractor extractor) {
    Map<String, Score> byField = new LinkedHashMap<>();
    SCORED.forEach(f -> byField.put(f.key(), new Score(0, 0, 0)));
    List<String> misses = new ArrayList<>();
    int messages = 0;
    int intentsRight = 0;
    for (String line : lines(labelled)) {
      JsonNode row = read(line);
      JsonNode gold = row.get("gold");
      Extraction got = extractor.extract(row.get("text").asText(), NeedCard.EMPTY);
      NeedCard reported = got.contractCard();
      JsonNode card = Json.MAPPER.valueToTree(reported);
      messages++;
      String id = row.path("id").asText();
      if (got.intent().code().equals(gold.path("intent").asText())) {
        intentsRight++;
      } else {
        misses.add(id + " intent: got " + got.intent().code() + ", want " + gold.path("intent").asText());
      }
      for (Field f : SCORED) {
        Score s = score(card.get(f.key()), gold.get(f.key()));
        byField.merge(f.key(), s, Score::plus);
        if (s.fp() + s.fn() > 0) {
          misses.add(id + " " + f.key() + ": got " + card.get(f.key()) + ", want " + gold.get(f.key()));
        }
      }
    }
    Score micro = byField.values().stream().reduce(new Score(0, 0, 0), Score::plus);
    return new Report(messages, intentsRight, byField, micro, misses);
  }

  static Score score(JsonNode got, JsonNode want) {
    Set<String> g = values(got);
    Set<String> w = values(want);
    if (!isList(got) && !isList(want) && !g.isEmpty() && !w.isEmpty()) {
      return g.equals(w) ? new Score(1, 0, 0) : new Score(0, 1, 1);
    }
    Set<String> both = new HashSet<>(g);
    both.retainAll(w);
    return new Score(both.size(), g.size() - both.size(), w.size() - both.size());
  }

  private static boolean isList(JsonNode node) {
    return node != null && node.isArray();
  }

  private static Set<String> values(JsonNode node) {
    Set<String> values = new HashSet<>();
    if (node == null || node.isNull()) {
      return values;
    }
    if (node.isArray()) {
      node.forEach(v -> values.add(Fold.nfc(v.asText())));
    } else {
      values.add(Fold.nfc(node.asText()));
    }
    return values;
  }

  public static void print(Report report, PrintStream out) {
    out.printf("%-18s %6s %6s %6s %5s %5s %5s%n", "field", "P", "R", "F1", "TP", "FP", "FN");
    report.byField().forEach((field, s) -> row(out, field, s));
    row(out, "micro", report.micro());
    out.printf("intent accuracy: %.3f (%d/%d)%n", report.intentAccuracy(), report.intentsRight(),
        report.messages());
    out.printf("micro-F1: %.3f%n", report.micro().f1());
  }

  private static void row(PrintStream out, String name, Score s) {
    out.printf("%-18s %6.3f %6.3f %6.3f %5d %5d %5d%n", name, s.precision(), s.recall(), s.f1(),
        s.tp(), s.fp(), s.fn());
  }

  static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
          .map(l -> l.startsWith("\uFEFF") ? l.substring(1) : l)
          .filter(l -> !l.isBlank())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** The message text of one JSONL line ({"text": ...}). */
  public static String textOf(String line) {
    return read(line.startsWith("\uFEFF") ? line.substring(1) : line).path("text").asText();
  }

  static JsonNode read(String line) {
    try {
      return Json.MAPPER.readTree(line);
    } catch (IOException e) {
      throw new IllegalArgumentException("not a JSON line: " + line, e);
    }
  }
}
