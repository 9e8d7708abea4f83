package vn.ketnoi.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ketnoi.extraction.Provinces;
import vn.ketnoi.extraction.RuleExtractor;
import vn.ketnoi.text.Messages;

class MatchEvaluationTest {
  @Test
  void ndcg_gives_a_relevant_offer_first_more_than_a_partial_one() {
    RankScores relevantFirst = RankScores.of(List.of("a", "p", "x"), Set.of("a"), Set.of("p"));
    RankScores partialFirst = RankScores.of(List.of("p", "a", "x"), Set.of("a"), Set.of("p"));
    assertThat(relevantFirst.ndcgAt3()).isCloseTo(1.0, within(1e-9));
    // DCG 1 + 3/log2(3) against the ideal 3 + 1/log2(3).
    double expected = (1 + 3 / (Math.log(3) / Math.log(2))) / (3 + 1 / (Math.log(3) / Math.log(2)));
    assertThat(partialFirst.ndcgAt3()).isCloseTo(expected, within(1e-9));
    assertThat(partialFirst.recallAt3()).isEqualTo(1.0);
    assertThat(partialFirst.reciprocalRank()).isEqualTo(0.5);
  }

  @Test
  void an_offer_outside_the_top_three_counts_for_mrr_but_not_for_recall() {
    RankScores s = RankScores.of(List.of("x", "y", "z", "a"), Set.of("a", "b"), Set.of());
    assertThat(s.recallAt3()).isZero();
    assertThat(s.ndcgAt3()).isZero();
    assertThat(s.reciprocalRank()).isEqualTo(0.25);
  }

  @Test
  void a_need_nothing_fits_is_honest_only_when_no_full_offer_is_shown(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("needs.jsonl");
    Files.writeString(file, String.join("\n",
        "{\"id\":\"n1\",\"need\":{\"description\":\"cần phần mềm kế toán cho tiệm bánh ngọt\"},"
            + "\"relevant_offers\":[],\"relevant_programmes\":[]}",
        "{\"id\":\"n2\",\"need\":{\"description\":\"cần máy sấy bơm nhiệt để sấy chè\"},"
            + "\"relevant_offers\":[],\"relevant_programmes\":[]}"), StandardCharsets.UTF_8);
    try (Matcher matcher = new Matcher(KnowledgeBase.load(Path.of("knowledge")), Messages.load())) {
      MatchEvaluation.Report report = MatchEvaluation.run(file, matcher);
      assertThat(report.offers().noMatchNeeds()).isEqualTo(2);
      // The dryer need is labelled as fitting nothing, and the matcher does offer a dryer.
      assertThat(report.offers().honestNoMatch()).isEqualTo(0.5);
      assertThat(report.misses()).singleElement().asString().startsWith("n2 offers: nothing fits");
    }
  }

  @Test
  void from_text_matches_the_card_the_extractor_reads(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("needs.jsonl");
    Files.writeString(file, "{\"id\":\"t1\",\"text\":\"cty minh o Kien Giang can may say lua, sdt 0913 456 789\","
        + "\"need\":{},\"relevant_offers\":[\"OF-002\"],\"relevant_programmes\":[]}\n", StandardCharsets.UTF_8);
    try (Matcher matcher = new Matcher(KnowledgeBase.load(Path.of("knowledge")), Messages.load())) {
      MatchEvaluation.Report fromText =
          MatchEvaluation.run(file, matcher, MatchEvaluation.fromText(new RuleExtractor(new Provinces())));
      MatchEvaluation.Report fromEmptyCard = MatchEvaluation.run(file, matcher);
      assertThat(fromText.offers().recallAt3()).isEqualTo(1.0);
      assertThat(fromEmptyCard.offers().recallAt3()).isZero();
    }
  }
}
