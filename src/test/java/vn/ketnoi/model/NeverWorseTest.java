package vn.ketnoi.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ketnoi.Main;
import vn.ketnoi.card.NeedCard;
import vn.ketnoi.card.Source;
import vn.ketnoi.chat.Inbound;
import vn.ketnoi.chat.Reply;
import vn.ketnoi.config.Config;
import vn.ketnoi.extraction.Extraction;
import vn.ketnoi.extraction.Intent;
import vn.ketnoi.extraction.Provinces;
import vn.ketnoi.extraction.RuleExtractor;
import vn.ketnoi.text.Messages;

/**
 * The model can add or correct a field, never make the turn worse: through the stand-in Ollama and
 * the real LangChain4j client, a model that answers nulls or values outside the lists leaves the
 * rules' reading in place, and the bot asks for nothing the rules had found.
 */
class NeverWorseTest {
  private static final Provinces PROVINCES = new Provinces();
  private static final Messages MESSAGES = Messages.load();
  private static final String NEED =
      "HTX chè Tân Cương ở Thái Nguyên cần máy sao chè, kinh phí 300 triệu, liên hệ chị Hoa 0912 345 678";
  /** Classed "other" with every field empty before the rules read a need clause with unknown words. */
  private static final String BRITTLE = "Công ty TNHH Gạch Men Phú Quý ở Vĩnh Long cần lò nung con"
      + " thoi tiết kiệm gas, kinh phí 2 tỷ, liên hệ chị Lan 0966 123 457";
  private static final String NULLS =
      "{\"intent\":\"need\",\"company_name\":null,\"contact_name\":null,\"phone\":null,"
          + "\"email\":null,\"province\":null,\"sector\":null,\"need_type\":null,\"title\":null,"
          + "\"description\":null,\"origin_scope\":null,\"origin_countries\":[],\"budget_vnd_min\":null,"
          + "\"budget_vnd_max\":null,\"timeline\":null,\"support_wanted\":[],\"employees\":null,"
          + "\"products\":[]}";
  /** Every code outside its list, the province nowhere, the intent missing: invalid twice. */
  private static final String INVALID = NULLS.replace("\"intent\":\"need\",", "")
      .replace("\"sector\":null", "\"sector\":\"nong_san\"")
      .replace("\"need_type\":null", "\"need_type\":\"may_moc\"")
      .replace("\"province\":null", "\"province\":\"Xứ Sở Thần Tiên\"")
      .replace("\"support_wanted\":[]", "\"support_wanted\":[\"tien\"]");

  @TempDir Path dir;

  private static Extraction rules(String text) {
    return new RuleExtractor(PROVINCES).extract(text, NeedCard.EMPTY);
  }

  private static Extraction throughModel(String answer, String text) throws Exception {
    try (FakeOllama ollama = new FakeOllama(request -> new FakeOllama.Content(answer))) {
      ModelExtractor extractor = Ollama.extractor(new Ollama.Settings(ollama.url(),
          "qwen2.5:7b-instruct", Duration.ofSeconds(5), 8192), new RuleExtractor(PROVINCES),
          PROVINCES, Clock.systemUTC());
      return extractor.extract(text, NeedCard.EMPTY);
    }
  }

  @Test
  void a_model_answering_only_nulls_keeps_every_field_the_rules_read() throws Exception {
    Extraction fromRules = rules(NEED);
    Extraction e = throughModel(NULLS, NEED);
    assertThat(fromRules.card().sector()).isNotNull();
    assertThat(fromRules.card().title()).isNotNull();
    assertThat(e.intent()).isEqualTo(Intent.NEED);
    assertThat(e.card()).isEqualTo(fromRules.card());
    assertThat(e.sources().values()).containsOnly(Source.RULES);
  }

  @Test
  void values_outside_the_lists_keep_the_rules_reading() throws Exception {
    Extraction fromRules = rules(NEED);
    Extraction e = throughModel(INVALID, NEED);
    assertThat(e.card().sector()).isEqualTo(fromRules.card().sector());
    assertThat(e.card().needType()).isEqualTo(fromRules.card().needType());
    assertThat(e.card().province()).isEqualTo("Thái Nguyên");
    assertThat(e.card().supportWanted()).isEqualTo(fromRules.card().supportWanted());
    assertThat(e.card().title()).isEqualTo(fromRules.card().title());
  }

  @Test
  void a_valid_model_value_still_corrects_the_rules() throws Exception {
    Extraction e = throughModel(NULLS.replace("\"need_type\":null", "\"need_type\":\"quy_trinh\""), NEED);
    assertThat(rules(NEED).card().needType()).isNotEqualTo(e.card().needType());
    assertThat(e.card().needType().code()).isEqualTo("quy_trinh");
    assertThat(e.sources()).containsEntry("need_type", Source.MODEL);
  }

  @Test
  void a_model_calling_a_need_other_does_not_throw_it_away() throws Exception {
    Extraction e = throughModel(NULLS.replace("\"intent\":\"need\"", "\"intent\":\"other\""), NEED);
    assertThat(e.intent()).isEqualTo(Intent.NEED);
    assertThat(e.contractCard().phone()).isEqualTo("0912345678");
  }

  @Test
  void a_question_keeps_the_askers_province_not_the_place_it_asks_about() throws Exception {
    String question = "Sở ơi cho em hỏi năm nay có hội chợ techmart ở Cần Thơ không ạ?";
    Extraction e = throughModel(NULLS.replace("\"intent\":\"need\"", "\"intent\":\"question\"")
        .replace("\"province\":null", "\"province\":\"Cần Thơ\""), question);
    assertThat(e.intent()).isEqualTo(Intent.QUESTION);
    assertThat(e.contractCard().province()).isNull();
  }

  @Test
  void no_turn_asks_for_what_the_rules_found_when_the_model_answers_nulls() throws Exception {
    assertNoQuestionForWhatWasSaid(request -> new FakeOllama.Content(NULLS));
  }

  @Test
  void no_turn_asks_for_what_the_rules_found_when_the_model_answers_invalid_values()
      throws Exception {
    assertNoQuestionForWhatWasSaid(request -> new FakeOllama.Content(INVALID));
  }

  private void assertNoQuestionForWhatWasSaid(Function<com.fasterxml.jackson.databind.JsonNode,
      FakeOllama.Answer> script) throws Exception {
    try (FakeOllama ollama = new FakeOllama(script)) {
      Config config = new Config(dir.resolve("c.db"), null, Config.DEFAULT_TELEGRAM_API_URL,
          ollama.url(), "qwen2.5:7b-instruct", Duration.ofSeconds(5), 8192, Config.ExtractorMode.MODEL,
          null, Set.of(), null, "Sở KH&CN", "", ZoneOffset.UTC, dir.resolve("b"), 14, Duration.ZERO,
          Config.DEFAULT_BROADCAST_RATE, Config.DEFAULT_REMINDER_HOUR);
      try (Main.App app = Main.wire(config, Clock.systemUTC())) {
        long chat = 41;
        for (String need : List.of(NEED, BRITTLE)) {
          app.router().handle(new Inbound.Text(chat, chat, "/start"));
          app.router().handle(new Inbound.Press(chat, chat, "consent:yes"));
          List<Reply> replies = app.router().handle(new Inbound.Text(chat, chat, need));
          assertThat(ollama.requests()).anyMatch(r -> FakeOllama.newMessage(r).equals(need));
          String said = String.join("\n", replies.stream().map(Reply::text).toList());
          assertThat(said).doesNotContain(MESSAGES.get("ask.title"), MESSAGES.get("ask.sector"),
              MESSAGES.get("ask.need_type"), MESSAGES.get("ask.contact"), MESSAGES.get("ask.who"));
          assertThat(said).contains(MESSAGES.get("summary.header"));
          app.router().handle(new Inbound.Text(chat, chat, "/huy"));
          chat++;
        }
      }
    }
  }
}
