package vn.ketnoi.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import vn.ketnoi.card.NeedCard;
import vn.ketnoi.extraction.Json;
import vn.ketnoi.extraction.JsonLines;
import vn.ketnoi.extraction.Provinces;
import vn.ketnoi.extraction.RuleExtractor;
import vn.ketnoi.text.Arguments;
import vn.ketnoi.text.Messages;

/**
 * {@code match-eval FILE [--from-text] [--misses]}: offers and programmes against a labelled JSONL
 * ({"id", "need": {...}, "text"?, "relevant_offers": [...], "partial_offers"?: [...],
 * "relevant_programmes": [...]}). Offers: nDCG@3 (relevant grade 2, partial grade 1), recall@3
 * and MRR over the needs that have a relevant offer; over the needs that have none, the share
 * answered honestly: no offer, or only offers flagged as partial (and, beside it, the share of
 * needs with a relevant offer that were shown at least one full fit). With {@code --from-text} the
 * rule extractor reads the row's "text" (else the gold description) and that card is matched, as
 * the bot does after a conversation.
 */
public final class MatchEvaluation {
  /** Ranking of offers over {@code needs}; honest "no match" over {@code noMatchNeeds}. */
  public record OfferFigures(int needs, double ndcgAt3, double recallAt3, double mrr,
      double answeredAsFit, int noMatchNeeds, double honestNoMatch) {}

  /** recall@3 and MRR over the needs that have relevant programmes. */
  public record Figures(int needs, double recallAt3, double mrr) {}

  /** Offers and programmes. */
  public record Report(OfferFigures offers, Figures programmes, List<String> misses) {}

  private MatchEvaluation() {}

  /** The command: scores FILE with the knowledge base, prints the figures (and the misses on request). */
  public static int command(List<String> rest, Path knowledgeDir, PrintStream out) {
    Path labelled = Arguments.requireFile(rest, "match-eval FILE");
    try (Matcher matcher = new Matcher(KnowledgeBase.open(knowledgeDir).knowledge(), Messages.load())) {
      Report report = rest.contains("--from-text")
          ? run(labelled, matcher, fromText(new RuleExtractor(new Provinces())))
          : run(labelled, matcher);
      print(report, out);
      if (rest.contains("--misses")) {
        report.misses().forEach(out::println);
      }
    }
    return 0;
  }

  /** What is matched for a row: the card, and the business's own words beside it (or null). */
  public record Asked(NeedCard card, String text) {}

  /** The gold card as it is, the way {@code match} reads it. */
  public static Report run(Path file, Matcher matcher) {
    return run(file, matcher, row -> new Asked(read(row.get("need")), null));
  }

  /** The card the extractor reads from the business's words, matched with those words. */
  static Function<JsonNode, Asked> fromText(RuleExtractor extractor) {
    return row -> {
      String text = row.hasNonNull("text") ? row.get("text").asText()
          : row.path("need").path("description").asText("");
      return new Asked(extractor.extract(text, NeedCard.EMPTY).card(), text);
    };
  }

  public static Report run(Path file, Matcher matcher, Function<JsonNode, Asked> asked) {
    List<RankScores> offers = new ArrayList<>();
    List<Boolean> answeredAsFit = new ArrayList<>();
    List<Boolean> honest = new ArrayList<>();
    List<double[]> programmes = new ArrayList<>();
    List<String> misses = new ArrayList<>();
    for (JsonNode row : JsonLines.rows(file)) {
      Asked need = asked.apply(row);
      Matcher.Result result = matcher.match(need.card(), need.text());
      String id = row.get("id").asText();
      Set<String> relevant = JsonLines.texts(row.get("relevant_offers"));
      List<String> ranked = result.offers().stream().map(m -> m.offer().id()).toList();
      if (relevant.isEmpty()) {
        boolean fine = result.offers().stream().allMatch(Matcher.OfferMatch::partial);
        honest.add(fine);
        if (!fine) {
          misses.add(id + " offers: nothing fits, but shown " + ranked.stream().limit(3).toList());
        }
      } else {
        RankScores s = RankScores.of(ranked, relevant, JsonLines.texts(row.get("partial_offers")));
        offers.add(s);
        answeredAsFit.add(result.offers().stream().anyMatch(m -> !m.partial()));
        if (s.recallAt3() < 1) {
          misses.add(id + " offers: top " + ranked.stream().limit(3).toList() + ", relevant " + relevant);
        }
      }
      programmes(result, JsonLines.texts(row.get("relevant_programmes")), programmes, id, misses);
    }
    return new Report(offerFigures(offers, answeredAsFit, honest), figures(programmes), misses);
  }

  private static void programmes(Matcher.Result result, Set<String> relevant, List<double[]> into,
      String id, List<String> misses) {
    if (relevant.isEmpty()) {
      return;
    }
    List<String> ranked = result.programmes().stream().map(m -> m.programme().id()).toList();
    RankScores s = RankScores.of(ranked, relevant, Set.of());
    if (ranked.stream().limit(3).filter(relevant::contains).count() < Math.min(3, relevant.size())) {
      misses.add(id + " programmes: top " + ranked.stream().limit(3).toList() + ", relevant " + relevant);
    }
    into.add(new double[] {s.recallAt3(), s.reciprocalRank()});
  }

  private static OfferFigures offerFigures(List<RankScores> rows, List<Boolean> answeredAsFit,
      List<Boolean> honest) {
    return new OfferFigures(rows.size(),
        rows.stream().mapToDouble(RankScores::ndcgAt3).average().orElse(0),
        rows.stream().mapToDouble(RankScores::recallAt3).average().orElse(0),
        rows.stream().mapToDouble(RankScores::reciprocalRank).average().orElse(0),
        share(answeredAsFit), honest.size(), share(honest));
  }

  private static double share(List<Boolean> flags) {
    return flags.stream().mapToDouble(h -> h ? 1 : 0).average().orElse(0);
  }

  private static Figures figures(List<double[]> rows) {
    double recall = rows.stream().mapToDouble(r -> r[0]).average().orElse(0);
    double mrr = rows.stream().mapToDouble(r -> r[1]).average().orElse(0);
    return new Figures(rows.size(), recall, mrr);
  }

  public static void print(Report report, PrintStream out) {
    OfferFigures o = report.offers();
    out.printf("offers:     %d needs, nDCG@3 %.3f, recall@3 %.3f, MRR %.3f, answered with a fit %.3f%n",
        o.needs(), o.ndcgAt3(), o.recallAt3(), o.mrr(), o.answeredAsFit());
    out.printf("no match:   %d needs, honest %.3f%n", o.noMatchNeeds(), o.honestNoMatch());
    out.printf("programmes: %d needs, recall@3 %.3f, MRR %.3f%n", report.programmes().needs(),
        report.programmes().recallAt3(), report.programmes().mrr());
  }

  private static NeedCard read(JsonNode need) {
    try {
      return Json.MAPPER.treeToValue(need, NeedCard.class);
    } catch (IOException e) {
      throw new IllegalArgumentException("not a need card: " + need, e);
    }
  }
}
