package vn.ketnoi.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnswersTest {
  private static final KnowledgeBase BASE = KnowledgeBase.load(Path.of("knowledge"));
  private static final List<String> FUNDING = List.of("quy-natif", "ct-118", "nd-76", "quy-khcn-tinh");

  private static List<String> ids(Answers answers, String question) {
    return answers.find(question, 3).stream().map(Answers.Found::id).toList();
  }

  @Test
  void the_reported_money_question_finds_funding_programmes_with_and_without_marks() {
    try (Answers answers = new Answers(BASE)) {
      assertThat(ids(answers, "Sở có hỗ trợ kinh phí mua máy không ạ?")).first().isIn(FUNDING);
      assertThat(ids(answers, "so co ho tro tien mua may ko a")).first().isIn(FUNDING);
      assertThat(ids(answers, "cty e muon vay von doi moi day chuyen")).contains("quy-natif");
    }
  }

  @Test
  void procedures_eligibility_and_events_are_found() {
    try (Answers answers = new Answers(BASE)) {
      assertThat(ids(answers, "ho so dang ky hop dong chuyen giao cong nghe nop o dau"))
          .containsAnyOf("faq-dang-ky-hop-dong", "luat-cgcn");
      assertThat(ids(answers, "Điều kiện để được công nhận doanh nghiệp KH&CN là gì?"))
          .containsAnyOf("faq-doanh-nghiep-khcn", "dn-khcn");
      assertThat(ids(answers, "bao gio co hoi cho cong nghe")).containsAnyOf("ev-techmart-mau", "faq-su-kien");
    }
  }

  @Test
  void questions_the_base_cannot_answer_find_nothing() {
    try (Answers answers = new Answers(BASE)) {
      assertThat(ids(answers, "Xe buýt từ bến xe đi Sở chạy mấy giờ?")).isEmpty();
      assertThat(ids(answers, "mai troi co mua khong")).isEmpty();
      assertThat(ids(answers, "Thủ tục cấp giấy phép xây dựng nhà xưởng ở đâu?")).isEmpty();
    }
  }

  @Test
  void the_synonym_table_is_what_links_everyday_words_to_the_entries() {
    KnowledgeBase bare = new KnowledgeBase(BASE.offers(), BASE.programmes(), BASE.faq(), BASE.events());
    try (Answers without = new Answers(bare)) {
      assertThat(ids(without, "so co ho tro tien mua may ko a")).isEmpty();
    }
  }

  @Test
  void staff_edits_to_the_synonym_file_are_read_from_the_knowledge_folder(@TempDir Path dir)
      throws IOException {
    for (String f : List.of("offers.csv", "programmes.json", "faq.json", "events.json")) {
      Files.copy(Path.of("knowledge", f), dir.resolve(f));
    }
    Files.writeString(dir.resolve("synonyms.txt"), "# thử\nbằng độc quyền, sáng chế\n", StandardCharsets.UTF_8);
    try (Answers answers = new Answers(KnowledgeBase.load(dir))) {
      assertThat(ids(answers, "xin bang doc quyen")).containsAnyOf("ct-2205", "faq-so-huu-tri-tue");
    }
  }

  @Test
  void question_eval_counts_right_entries_in_the_top_two_and_honest_refusals(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("q.jsonl");
    Files.writeString(file, String.join("\n",
        "{\"id\":\"a\",\"text\":\"so co ho tro tien mua may ko a\",\"answers\":[\"quy-natif\",\"ct-118\",\"nd-76\"]}",
        "{\"id\":\"b\",\"text\":\"so co ho tro tien mua may ko a\",\"answers\":[\"faq-du-lieu\"]}",
        "{\"id\":\"c\",\"text\":\"mai troi co mua khong\",\"answers\":[]}"), StandardCharsets.UTF_8);
    try (Answers answers = new Answers(BASE)) {
      QuestionEvaluation.Report report = QuestionEvaluation.run(file, answers);
      assertThat(report.answerable()).isEqualTo(new QuestionEvaluation.Figures(2, 1));
      assertThat(report.unanswerable()).isEqualTo(new QuestionEvaluation.Figures(1, 1));
      assertThat(report.misses()).hasSize(1).allMatch(m -> m.startsWith("b:"));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      QuestionEvaluation.print(report, new PrintStream(out, true, StandardCharsets.UTF_8));
      assertThat(out.toString(StandardCharsets.UTF_8)).contains("right entry in top 2: 1 (0.500)");
    }
  }
}
