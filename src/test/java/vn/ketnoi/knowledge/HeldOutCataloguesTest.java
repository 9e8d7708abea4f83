package vn.ketnoi.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import vn.ketnoi.extraction.Provinces;
import vn.ketnoi.extraction.RuleExtractor;
import vn.ketnoi.text.Messages;

/**
 * Catalogues and judged needs written by outsiders who had seen neither the matcher nor our
 * offers, matched as a department would: its own offers.csv beside the shipped knowledge. Each is
 * guarded at the figures it was measured at, so that no change lands that loses them (heldout1
 * was tuned on; heldout2 and heldout3 were only scored).
 */
class HeldOutCataloguesTest {
  @TempDir
  Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      // As match-eval measured them (honest over the needs with no relevant offer). A word one
      // offer in ten says, shared alone, no longer makes an offer "gần phù hợp" (Query.common):
      // that cost heldout 0.920 -> 0.919 card, 0.883 -> 0.881 text, heldout3 0.923 -> 0.921 card,
      // 0.859 -> 0.856 text (near fits the judges had graded partial), and removed the welding
      // robot a bakery was shown for "tự động". The need types' words and a word of the story
      // alone (NeedWords) took heldout2 0.905 -> 0.907 card, 0.881 -> 0.882 text.
      // set,     card nDCG@3, recall@3, honest, text nDCG@3, honest
      "heldout,   0.919,       0.984,    0.882,  0.881,       0.882",
      "heldout2,  0.907,       0.973,    1.000,  0.882,       1.000",
      "heldout3,  0.921,       0.981,    1.000,  0.856,       1.000"})
  void a_catalogue_we_did_not_write_keeps_its_measured_figures(String set, double ndcg, double recall,
      double honest, double textNdcg, double textHonest) throws IOException {
    Path source = Path.of("src/test/resources/matching", set);
    try (Stream<Path> files = Files.list(Path.of("knowledge"))) {
      for (Path file : files.toList()) {
        Files.copy(file, dir.resolve(file.getFileName()));
      }
    }
    Files.copy(source.resolve("offers.csv"), dir.resolve("offers.csv"), StandardCopyOption.REPLACE_EXISTING);
    Path needs = source.resolve("needs.jsonl");
    try (Matcher matcher = new Matcher(KnowledgeBase.open(dir).knowledge(), Messages.load())) {
      MatchEvaluation.OfferFigures card = MatchEvaluation.run(needs, matcher).offers();
      assertThat(card.ndcgAt3()).isGreaterThanOrEqualTo(ndcg - 5e-4);
      assertThat(card.recallAt3()).isGreaterThanOrEqualTo(recall - 5e-4);
      assertThat(card.honestNoMatch()).isGreaterThanOrEqualTo(honest - 5e-4);
      MatchEvaluation.OfferFigures text = MatchEvaluation.run(needs, matcher,
          MatchEvaluation.fromText(new RuleExtractor(new Provinces()))).offers();
      assertThat(text.ndcgAt3()).isGreaterThanOrEqualTo(textNdcg - 5e-4);
      assertThat(text.honestNoMatch()).isGreaterThanOrEqualTo(textHonest - 5e-4);
    }
  }
}
