package vn.ketnoi.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.ketnoi.extraction.Extraction;
import vn.ketnoi.extraction.Intent;
import vn.ketnoi.card.NeedCard;
import vn.ketnoi.card.NeedType;
import vn.ketnoi.extraction.Provinces;
import vn.ketnoi.extraction.RuleExtractor;
import vn.ketnoi.card.Sector;
import vn.ketnoi.card.Source;

class ModelExtractorTest {
  private static final Provinces PROVINCES = new Provinces();
  private static final String MESSAGE =
      "HTX Che Shan tuyet Suoi Giang, Van Chan, Yen Bai muon dao tao cho thanh vien ky thuat che bien"
          + " bach tra. Nho So ho tro mo lop dao tao a. sdt 0912 345 678";
  private static final String GOOD =
      "{\"intent\":\"need\",\"company_name\":\"HTX Chè Shan tuyết Suối Giàng\",\"contact_name\":null,"
          + "\"phone\":\"0912345678\",\"email\":null,\"province\":\"Yên Bái\",\"sector\":\"che_bien_bao_quan\","
          + "\"need_type\":\"dao_tao\",\"title\":\"Đào tạo chế biến bạch trà\",\"description\":\"HTX cần đào tạo.\","
          + "\"origin_scope\":null,\"origin_countries\":[],\"budget_vnd_min\":null,\"budget_vnd_max\":null,"
          + "\"timeline\":null,\"support_wanted\":[\"dao_tao\"],\"employees\":null,\"products\":[\"bạch trà\"]}";

  private FakeOllama ollama;

  /** A clock tests can move. */
  static final class MovableClock extends Clock {
    Instant now = Instant.parse("2026-11-23T10:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private ModelExtractor extractor(FakeOllama.Answer... answers) throws Exception {
    return extractor(Duration.ofSeconds(5), Clock.systemUTC(), answers);
  }

  private ModelExtractor extractor(Duration timeout, Clock clock, FakeOllama.Answer... answers)
      throws Exception {
    List<FakeOllama.Answer> script = List.of(answers);
    ollama = new FakeOllama(request -> script.get(Math.min(ollamaCalls(), script.size()) - 1));
    return Ollama.extractor(new Ollama.Settings(ollama.url(), "qwen2.5:7b-instruct", timeout, 8192),
        new RuleExtractor(PROVINCES), PROVINCES, clock);
  }

  private int ollamaCalls() {
    return ollama.requests().size();
  }

  @AfterEach
  void stop() {
    if (ollama != null) {
      ollama.close();
    }
  }

  private static Extraction rulesOnly() {
    return new RuleExtractor(PROVINCES).extract(MESSAGE, NeedCard.EMPTY);
  }

  @Test
  void a_correct_answer_gives_the_semantic_fields_and_the_rules_keep_the_crisp_ones() throws Exception {
    Extraction e = extractor(new FakeOllama.Content(GOOD)).extract(MESSAGE, NeedCard.EMPTY);
    assertThat(e.intent()).isEqualTo(Intent.NEED);
    assertThat(e.card().companyName()).isEqualTo("HTX Chè Shan tuyết Suối Giàng");
    assertThat(e.card().sector()).isEqualTo(Sector.CHE_BIEN_BAO_QUAN);
    assertThat(e.card().needType()).isEqualTo(NeedType.DAO_TAO);
    assertThat(e.card().phone()).isEqualTo("0912345678");
    assertThat(e.sources()).containsEntry("company_name", Source.MODEL).containsEntry("phone", Source.RULES)
        .containsEntry("sector", Source.MODEL);
  }

  @Test
  void the_request_carries_the_schema_the_prompt_files_and_the_options() throws Exception {
    extractor(new FakeOllama.Content(GOOD)).extract(MESSAGE, NeedCard.EMPTY);
    JsonNode request = ollama.requests().get(0);
    assertThat(request.path("stream").asBoolean(true)).isFalse();
    assertThat(request.path("model").asText()).isEqualTo("qwen2.5:7b-instruct");
    assertThat(request.path("format").path("type").asText()).isEqualTo("object");
    assertThat(request.path("format").path("properties").has("need_type")).isTrue();
    assertThat(request.path("format").path("properties").path("sector").toString())
        .contains("che_bien_bao_quan");
    assertThat(request.path("options").path("temperature").asDouble(1)).isZero();
    assertThat(request.path("options").path("num_ctx").asInt()).isEqualTo(8192);
    assertThat(request.has("keep_alive")).isTrue();
    JsonNode messages = request.path("messages");
    assertThat(messages.get(0).path("role").asText()).isEqualTo("system");
    assertThat(messages.get(0).path("content").asText()).isEqualTo(Prompts.load().system());
    assertThat(messages.get(1).path("content").asText()).contains("Tin nhắn mới:", MESSAGE)
        .doesNotContain("JSON format"); // no English instruction appended by the library
  }

  @Test
  void json_in_code_fences_or_with_prose_around_it_is_read() throws Exception {
    Extraction e = extractor(new FakeOllama.Content("Đây là kết quả:\n```json\n" + GOOD + "\n```\nXong."))
        .extract(MESSAGE, NeedCard.EMPTY);
    assertThat(e.card().companyName()).isEqualTo("HTX Chè Shan tuyết Suối Giàng");
    assertThat(ollamaCalls()).isEqualTo(1);
  }

  @Test
  void prose_instead_of_json_is_repaired_once_then_the_rules_answer() throws Exception {
    ModelExtractor extractor = extractor(new FakeOllama.Content("Xin lỗi, tôi không hiểu."),
        new FakeOllama.Content("Vẫn không hiểu."));
    Extraction e = extractor.extract(MESSAGE, NeedCard.EMPTY);
    assertThat(ollamaCalls()).isEqualTo(2);
    assertThat(ollama.requests().get(1).path("messages").toString()).contains("chưa dùng được");
    assertThat(e).isEqualTo(rulesOnly());
  }

  @Test
  void a_wrong_enum_is_sent_back_and_the_repaired_answer_used() throws Exception {
    Extraction e = extractor(new FakeOllama.Content(GOOD.replace("che_bien_bao_quan", "nong_san")),
        new FakeOllama.Content(GOOD)).extract(MESSAGE, NeedCard.EMPTY);
    assertThat(ollamaCalls()).isEqualTo(2);
    assertThat(ollama.requests().get(1).path("messages").toString()).contains("nong_san");
    assertThat(e.card().sector()).isEqualTo(Sector.CHE_BIEN_BAO_QUAN);
  }

  @Test
  void a_phone_amount_headcount_or_name_the_user_never_wrote_is_dropped() throws Exception {
    String lying = GOOD.replace("\"0912345678\"", "\"0999888777\"")
        .replace("\"budget_vnd_min\":null", "\"budget_vnd_min\":2000000000")
        .replace("\"employees\":null", "\"employees\":45")
        .replace("\"contact_name\":null", "\"contact_name\":\"Nguyễn Văn Hùng\"");
    String noPhone = MESSAGE.replace(" sdt 0912 345 678", "");
    ModelExtractor extractor = extractor(new FakeOllama.Content(lying));
    Extraction e = extractor.extract(noPhone, NeedCard.EMPTY);
    assertThat(e.card().phone()).isNull();
    assertThat(e.card().budgetVndMin()).isNull();
    assertThat(e.card().employees()).isNull();
    assertThat(e.card().contactName()).isNull();
    assertThat(e.card().companyName()).isEqualTo("HTX Chè Shan tuyết Suối Giàng");
  }

  @Test
  void a_slow_answer_past_the_timeout_falls_back_to_the_rules_in_time() throws Exception {
    ModelExtractor extractor = extractor(Duration.ofMillis(500), Clock.systemUTC(),
        new FakeOllama.Slow(Duration.ofSeconds(10), GOOD));
    long started = System.nanoTime();
    Extraction e = extractor.extract(MESSAGE, NeedCard.EMPTY);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    assertThat(e).isEqualTo(rulesOnly());
  }

  @Test
  void http_500_falls_back_to_the_rules() throws Exception {
    assertThat(extractor(new FakeOllama.Status(500)).extract(MESSAGE, NeedCard.EMPTY))
        .isEqualTo(rulesOnly());
  }

  @Test
  void a_refused_connection_falls_back_to_the_rules() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    ModelExtractor extractor = Ollama.extractor(new Ollama.Settings("http://127.0.0.1:" + port,
        "qwen2.5:7b-instruct", Duration.ofSeconds(2), 8192), new RuleExtractor(PROVINCES), PROVINCES,
        Clock.systemUTC());
    assertThat(extractor.extract(MESSAGE, NeedCard.EMPTY)).isEqualTo(rulesOnly());
  }

  @Test
  void the_breaker_opens_after_three_failures_and_closes_after_a_good_probe() throws Exception {
    MovableClock clock = new MovableClock();
    ModelExtractor extractor = extractor(Duration.ofSeconds(5), clock, new FakeOllama.Status(500));
    for (int i = 0; i < 3; i++) {
      extractor.extract(MESSAGE, NeedCard.EMPTY);
    }
    assertThat(ollamaCalls()).isEqualTo(3);
    assertThat(extractor.extract(MESSAGE, NeedCard.EMPTY)).isEqualTo(rulesOnly());
    assertThat(ollamaCalls()).isEqualTo(3); // open: the model is not waited on
    clock.now = clock.now.plusSeconds(61);
    ollama.script(request -> new FakeOllama.Content(GOOD));
    Extraction probed = extractor.extract(MESSAGE, NeedCard.EMPTY);
    assertThat(ollamaCalls()).isEqualTo(4);
    assertThat(probed.card().companyName()).isEqualTo("HTX Chè Shan tuyết Suối Giàng");
    extractor.extract(MESSAGE, NeedCard.EMPTY);
    assertThat(ollamaCalls()).isEqualTo(5); // closed again
  }

  @Test
  void the_start_up_check_says_what_to_do() throws Exception {
    ollama = new FakeOllama(r -> new FakeOllama.Content(GOOD));
    Ollama.Settings settings =
        new Ollama.Settings(ollama.url(), "qwen2.5:7b-instruct", Duration.ofSeconds(5), 8192);
    assertThat(Ollama.describe(settings, Ollama.check(settings))).contains("serves qwen2.5:7b-instruct");
    ollama.models(List.of("llama3:8b"));
    assertThat(Ollama.describe(settings, Ollama.check(settings))).contains("ollama pull qwen2.5:7b-instruct");
    ollama.close();
    assertThat(Ollama.describe(settings, Ollama.check(settings))).contains("not reachable");
    ollama = null;
  }

}
