package vn.ketnoi.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bot as a separate process: parallel businesses, kill -9, SIGTERM, export. */
class TelegramProcessTest {
  private static final List<String> NAMES =
      List.of("An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Khánh", "Lâm", "Minh", "Nga", "Oanh",
          "Phúc", "Quang", "Sơn", "Tâm", "Uyên", "Vinh", "Xuân", "Yến", "Đạt");

  @TempDir Path dir;

  private static String business(long chat) {
    return "Cơ sở Chè " + NAMES.get((int) (chat - 2001));
  }

  private static void capture(FakeBotApi api, long chat) {
    api.sendText(chat, "/start");
    FakeBotApi.Call notice = api.awaitText(chat, "có đồng ý");
    api.press(chat, api.messageIdOf(notice), api.buttonData(notice, "Đồng ý"));
    api.awaitText(chat, "Cảm ơn anh/chị đã đồng ý");
    api.sendText(chat, business(chat) + " ở Thái Nguyên cần máy sao chè, kinh phí 300 triệu");
    api.awaitText(chat, "số điện thoại");
    api.sendText(chat, "0912 " + String.format("%06d", chat % 1_000_000) + ", anh Nam");
    FakeBotApi.Call summary = api.awaitText(chat, "Phiếu nhu cầu");
    api.press(chat, api.messageIdOf(summary), api.buttonData(summary, "Xác nhận"));
    api.awaitText(chat, "Đã lưu nhu cầu với mã");
  }

  @Test
  void twenty_businesses_in_parallel_each_complete_a_need_and_export_lists_them() throws Exception {
    Path db = dir.resolve("parallel.db");
    try (FakeBotApi api = new FakeBotApi(); BotProcess bot = BotProcess.start(db, api.url(), dir, "run")) {
      ExecutorService users = Executors.newFixedThreadPool(20);
      List<Future<?>> done = new ArrayList<>();
      for (long chat = 2001; chat <= 2020; chat++) {
        long id = chat;
        done.add(users.submit(() -> capture(api, id)));
      }
      for (Future<?> f : done) {
        f.get(120, TimeUnit.SECONDS);
      }
      users.shutdown();
    }
    String jsonl = BotProcess.run(db, dir, "export", "needs", "--format", "jsonl");
    ObjectMapper json = new ObjectMapper();
    Set<Long> users = new HashSet<>();
    for (String line : jsonl.strip().split("\n")) {
      JsonNode need = json.readTree(line);
      users.add(need.get("telegram_user_id").asLong());
      assertThat(need.get("company_name").asText())
          .isEqualTo(business(need.get("telegram_user_id").asLong()));
    }
    assertThat(jsonl.strip().split("\n")).hasSize(20);
    assertThat(users).hasSize(20).allMatch(u -> u >= 2001 && u <= 2020);
  }

  @Test
  void a_killed_process_loses_nothing_and_sigterm_stops_cleanly() throws Exception {
    Path db = dir.resolve("kill.db");
    try (FakeBotApi api = new FakeBotApi()) {
      BotProcess first = BotProcess.start(db, api.url(), dir, "run");
      api.sendText(3001, "/start");
      FakeBotApi.Call notice = api.awaitText(3001, "có đồng ý");
      api.press(3001, api.messageIdOf(notice), api.buttonData(notice, "Đồng ý"));
      api.sendText(3001, "HTX Rau Sạch Tân Lập ở Sơn La cần nhà màng trồng rau thủy canh");
      api.awaitText(3001, "số điện thoại");
      first.process.destroyForcibly().waitFor();

      try (BotProcess second = BotProcess.start(db, api.url(), dir, "run")) {
        api.sendText(3001, "0977 123 456");
        FakeBotApi.Call summary = api.awaitText(3001, "Phiếu nhu cầu");
        assertThat(summary.text()).contains("HTX Rau Sạch Tân Lập", "0977123456");
        second.process.destroy(); // SIGTERM
        assertThat(second.process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(second.log()).contains("Telegram channel stopped");
      }
      assertThat(api.calls()).noneMatch(c -> c.method().endsWith("!400"));
    }
  }

}
