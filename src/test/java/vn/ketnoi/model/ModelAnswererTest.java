package vn.ketnoi.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ketnoi.knowledge.Answers;
import vn.ketnoi.knowledge.KnowledgeBase;
import vn.ketnoi.knowledge.QuestionAnswerer;
import vn.ketnoi.text.Messages;

class ModelAnswererTest {
  private static final String QUESTION =
      "Doanh nghiệp nhỏ có được hỗ trợ tư vấn chuyển giao công nghệ không, theo Nghị định 80?";
  private static final Answers ANSWERS = new Answers(KnowledgeBase.load(Path.of("knowledge")));
  private static final QuestionAnswerer RULES = QuestionAnswerer.rules(Messages.load());

  private String ask(FakeOllama.Answer answer) throws Exception {
    try (FakeOllama ollama = new FakeOllama(r -> answer)) {
      Ollama.Model model = Ollama.connect(new Ollama.Settings(ollama.url(), "qwen2.5:7b-instruct",
          Duration.ofSeconds(2), 8192), Clock.systemUTC());
      List<Answers.Found> found = ANSWERS.find(QUESTION, 3);
      assertThat(found).isNotEmpty();
      String text = Ollama.answerer(model, RULES).answer(QUESTION, found);
      assertThat(ollama.requests().get(0).path("messages").get(0).path("content").asText())
          .contains("Không bao giờ tự đưa ra số tiền", "Nghị định 80/2021/NĐ-CP");
      return text;
    }
  }

  @Test
  void a_grounded_answer_from_the_model_is_used() throws Exception {
    String answer = "Theo Nghị định 80/2021/NĐ-CP, doanh nghiệp nhỏ và vừa được hỗ trợ đến 50% giá trị"
        + " hợp đồng tư vấn chuyển giao công nghệ, tối đa 100 triệu đồng/hợp đồng/năm.";
    assertThat(ask(new FakeOllama.Content(answer))).isEqualTo(answer);
  }

  @Test
  void an_invented_percentage_or_deadline_falls_back_to_the_knowledge_base_text() throws Exception {
    String invented = "Theo Nghị định 80/2021/NĐ-CP, doanh nghiệp được hỗ trợ 70% chi phí, nộp trước 31/12.";
    String text = ask(new FakeOllama.Content(invented));
    assertThat(text).doesNotContain("70%").startsWith("Theo thông tin Sở đang có:");
  }

  @Test
  void a_failing_model_falls_back_to_the_knowledge_base_text() throws Exception {
    assertThat(ask(new FakeOllama.Status(500))).startsWith("Theo thông tin Sở đang có:");
  }
}
