package vn.ketnoi.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import vn.ketnoi.extraction.Json;
import vn.ketnoi.extraction.JsonLines;
import vn.ketnoi.card.NeedCard;
import vn.ketnoi.text.Arguments;
import vn.ketnoi.text.Messages;

/**
 * {@code match-eval FILE}: recall@3 and MRR for offers and for programmes against a labelled JSONL
 * ({"id", "need": {...}, "relevant_offers": [...], "relevant_programmes": [...]}). A need with no
 * relevant offer counts for programmes only.
 */
public final class MatchEvaluation {
  /** recall@3 and MRR over the needs that have relevant items. */
  public record Figures(int needs, double recallAt3, double mrr) {}

  /** Offers and programmes. */
  public record Report(Figures offers, Figures programmes, List<String> misses) {}

  private MatchEvaluation() {}

  /** The command: scores FILE with the knowledge base, prints the figures (and the misses on request). */
  public static int command(List<String> rest, Path knowledgeDir, PrintStream out) {
    Path labelled = Arguments.requireFile(rest, "match-eval FILE");
    try (Matcher matcher = new Matcher(KnowledgeBase.open(knowledgeDir).knowledge(), Messages.load())) {
      Report report = run(labelled, matcher);
      print(report, out);
      if (rest.contains("--misses")) {
        report.misses().forEach(out::println);
      }
    }
    return 0;
  }

  public static Report run(Path file, Matcher matcher) {
    List<double[]> offers = new ArrayList<>();
    List<double[]> programmes = new ArrayList<>();
    List<String> misses = new ArrayList<>();
    for (JsonNode row : JsonLines.rows(file)) {
      NeedCard card = read(row.get("need"));
      Matcher.Result result = matcher.match(card);
      score(ids(result.offers(), m -> m.offer().id()), JsonLines.texts(row.get("relevant_offers")), offers,
          row.get("id").asText() + " offers", misses);
      score(ids(result.programmes(), m -> m.programme().id()), JsonLines.texts(row.get("relevant_programmes")),
          programmes, row.get("id").asText() + " programmes", misses);
    }
    return new Report(figures(offers), figures(programmes), misses);
  }

  private static void score(List<String> ranked, Set<String> relevant, List<double[]> into,
      String label, List<String> misses) {
    if (relevant.isEmpty()) {
      return;
    }
    long found = ranked.stream().limit(3).filter(relevant::contains).count();
    double reciprocal = 0;
    for (int i = 0; i < ranked.size(); i++) {
      if (relevant.contains(ranked.get(i))) {
        reciprocal = 1.0 / (i + 1);
        break;
      }
    }
    if (found < Math.min(3, relevant.size())) {
      misses.add(label + ": top " + ranked.stream().limit(3).toList() + ", relevant " + relevant);
    }
    into.add(new double[] {(double) found / relevant.size(), reciprocal});
  }

  private static Figures figures(List<double[]> rows) {
    double recall = rows.stream().mapToDouble(r -> r[0]).average().orElse(0);
    double mrr = rows.stream().mapToDouble(r -> r[1]).average().orElse(0);
    return new Figures(rows.size(), recall, mrr);
  }

  public static void print(Report report, PrintStream out) {
    out.printf("offers:     %d needs, recall@3 %.3f, MRR %.3f%n", report.offers().needs(),
        report.offers().recallAt3(), report.offers().mrr());
    out.printf("programmes: %d needs, recall@3 %.3f, MRR %.3f%n", report.programmes().needs(),
        report.programmes().recallAt3(), report.programmes().mrr());
  }

  private static <T> List<String> ids(List<T> matches, Function<T, String> id) {
    return matches.stream().map(id).toList();
  }

  private static NeedCard read(JsonNode need) {
    try {
      return Json.MAPPER.treeToValue(need, NeedCard.class);
    } catch (IOException e) {
      throw new IllegalArgumentException("not a need card: " + need, e);
    }
  }
}
