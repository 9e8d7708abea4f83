package vn.ketnoi.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ketnoi.extraction.Json;
import vn.ketnoi.model.FakeOllama;
import vn.ketnoi.need.Need;
import vn.ketnoi.card.Source;

/** Telegram, the core and the model path together, against stand-ins for Telegram and Ollama. */
class ModelPathTelegramTest {
  private static final Path DEV_SET = Path.of("src/test/resources/extraction/dev-set.jsonl");
  private static final List<String> COMPARED =
      List.of("company_name", "contact_name", "email", "province", "sector", "need_type",
          "origin_scope", "budget_vnd_min", "budget_vnd_max", "employees");

  @TempDir Path dir;

  private static List<JsonNode> needsOfDevSet() throws Exception {
    List<JsonNode> rows = new ArrayList<>();
    for (String line : Files.readAllLines(DEV_SET)) {
      JsonNode row = new ObjectMapper().readTree(line);
      if (row.path("gold").path("intent").asText().equals("need")) {
        rows.add(row);
      }
    }
    return rows;
  }

  /** /start, consent, the message, then whatever the bot asks, then Xác nhận. */
  private static void capture(FakeBotApi api, long chat, String message) {
    api.sendText(chat, "/start");
    FakeBotApi.Call notice = api.awaitText(chat, "có đồng ý");
    api.press(chat, api.messageIdOf(notice), api.buttonData(notice, "Đồng ý"));
    api.awaitText(chat, "hãy mô tả nhu cầu");
    int seen = api.callsTo(chat).size();
    api.sendText(chat, message);
    for (int step = 0; step < 6; step++) {
      int from = seen;
      FakeBotApi.Call reply = api.await(c -> c.chatId() == chat && c.text() != null
          && api.callsTo(chat).indexOf(c) >= from && QUESTIONS.stream().anyMatch(c.text()::contains),
          java.time.Duration.ofSeconds(20));
      seen = api.callsTo(chat).indexOf(reply) + 1;
      String text = reply.text();
      if (text.contains("Phiếu nhu cầu")) {
        api.press(chat, api.messageIdOf(reply), api.buttonData(reply, "Xác nhận"));
        api.awaitText(chat, "Đã lưu nhu cầu");
        return;
      }
      if (text.contains("cho xin số điện thoại")) {
        api.sendText(chat, "0912 345 678");
      } else if (text.contains("tên doanh nghiệp")) {
        api.sendText(chat, "anh Nam");
      } else if (text.contains("Xin mô tả ngắn gọn")) {
        api.sendText(chat, "máy móc cho sản xuất");
      } else {
        api.press(chat, api.messageIdOf(reply), reply.body().path("reply_markup")
            .path("inline_keyboard").path(0).path(0).path("callback_data").asText());
      }
    }
    throw new AssertionError("the capture of chat " + chat + " did not finish: " + api.textsTo(chat));
  }

  private static final List<String> QUESTIONS =
      List.of("Phiếu nhu cầu", "cho xin số điện thoại", "tên doanh nghiệp", "lĩnh vực nào",
          "loại hỗ trợ", "Xin mô tả ngắn gọn");

  @Test
  void stored_cards_match_what_the_model_answered() throws Exception {
    List<JsonNode> rows = needsOfDevSet();
    try (FakeBotApi api = new FakeBotApi();
        FakeOllama ollama = new FakeOllama(FakeOllama.goldAnswers(DEV_SET));
        TelegramBot bot = new TelegramBot(dir.resolve("model.db"), api, ollama.url())) {
      long chat = 7000;
      for (JsonNode row : rows) {
        capture(api, ++chat, row.get("text").asText());
      }
      List<Need> needs = bot.app.needs().all();
      assertThat(needs).hasSize(rows.size());
      for (int i = 0; i < rows.size(); i++) {
        JsonNode gold = rows.get(i).get("gold");
        JsonNode stored = Json.MAPPER.valueToTree(needs.get(i).card());
        for (String key : COMPARED) {
          if (!gold.get(key).isNull()) {
            assertThat(stored.get(key).asText()).as(rows.get(i).get("id") + " " + key)
                .isEqualTo(gold.get(key).asText());
          }
        }
        assertThat(set(stored.get("origin_countries"))).isEqualTo(set(gold.get("origin_countries")));
        assertThat(set(stored.get("support_wanted"))).isEqualTo(set(gold.get("support_wanted")));
        if (!gold.get("sector").isNull()) {
          assertThat(needs.get(i).fieldSources()).containsEntry("sector", Source.MODEL);
        }
      }
    }
  }

  @Test
  void with_the_model_answering_nonsense_or_not_at_all_the_flow_completes_on_rules() throws Exception {
    try (FakeBotApi api = new FakeBotApi();
        FakeOllama ollama = new FakeOllama(r -> new FakeOllama.Content("Tôi là một mô hình ngôn ngữ."));
        TelegramBot bot = new TelegramBot(dir.resolve("nonsense.db"), api, ollama.url())) {
      capture(api, 8001, "Công ty TNHH Chè Tân Cương ở Thái Nguyên cần dây chuyền sấy chè, sdt 0912 345 678");
      ollama.script(r -> new FakeOllama.Status(503));
      capture(api, 8002, "HTX Rau Sạch Tân Lập ở Sơn La cần nhà màng trồng rau, sdt 0977 123 456");
      ollama.close();
      capture(api, 8003, "Cơ sở Mật ong Bạc Hà ở Hà Giang cần máy lọc mật ong, sdt 0966 111 222");
      List<Need> needs = bot.app.needs().all();
      assertThat(needs).hasSize(3);
      assertThat(needs).allMatch(n -> !n.fieldSources().containsValue(Source.MODEL));
      assertThat(needs.get(0).card().companyName()).isEqualTo("Công ty TNHH Chè Tân Cương");
    }
  }

  private static java.util.Set<String> set(JsonNode array) {
    java.util.Set<String> values = new HashSet<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }
}
