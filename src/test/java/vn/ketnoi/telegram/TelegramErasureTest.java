package vn.ketnoi.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /xoadulieu through Telegram: the inbox and outbox keep no text of the chat afterwards. */
class TelegramErasureTest {
  private static final long BUSINESS = 100;
  private static final long STAFF = 900;
  private static final String NEED = "HTX Gốm Sứ Hoàng Liên ở Thái Nguyên cần lò nung gốm tiết kiệm"
      + " điện, kinh phí khoảng 2 tỷ. Liên hệ chị Đặng Thị Lan 0966 123 457, email lan.gomsu@hoanglien.vn";
  private static final List<String> PERSONAL = List.of("966 123 457", "966123457", "966 123 458",
      "Đặng Thị Lan", "Hoàng Liên", "lan.gomsu");

  @TempDir Path dir;

  @Test
  void after_erasure_the_inbox_outbox_and_files_keep_nothing_of_the_business() throws Exception {
    Path file = dir.resolve("t.db");
    try (FakeBotApi api = new FakeBotApi();
        TelegramBot bot = new TelegramBot(file, api, null, Set.of(STAFF), null)) {
      api.sendText(BUSINESS, "/start");
      FakeBotApi.Call notice = api.awaitText(BUSINESS, "có đồng ý");
      api.press(BUSINESS, api.messageIdOf(notice), api.buttonData(notice, "Đồng ý"));
      api.awaitText(BUSINESS, "Cảm ơn anh/chị đã đồng ý");
      api.sendText(BUSINESS, NEED);
      FakeBotApi.Call summary = api.awaitText(BUSINESS, "Phiếu nhu cầu");
      api.press(BUSINESS, api.messageIdOf(summary), api.buttonData(summary, "Xác nhận"));
      api.awaitText(STAFF, "0966123457"); // the new-need notice
      api.sendText(STAFF, "/sua NC-2026-0001 phone 0966 123 458");
      api.awaitText(STAFF, "Đã sửa"); // the edit is done before the erasure starts

      api.sendText(BUSINESS, "/xoadulieu");
      FakeBotApi.Call ask = api.awaitText(BUSINESS, "muốn xóa");
      api.press(BUSINESS, api.messageIdOf(ask), api.buttonData(ask, "Xóa dữ liệu"));
      api.awaitText(BUSINESS, "Đã xóa dữ liệu cá nhân");
      awaitNothingPending(bot);

      assertThat(count(bot, "SELECT COUNT(*) FROM inbox_updates WHERE chat_id = " + BUSINESS)).isPositive();
      assertThat(count(bot, "SELECT COUNT(*) FROM inbox_updates WHERE text IS NOT NULL")).isZero();
      assertThat(count(bot, "SELECT COUNT(*) FROM outbox_messages WHERE chat_id = " + BUSINESS)).isPositive();
      assertThat(count(bot, "SELECT COUNT(*) FROM outbox_messages WHERE text IS NOT NULL"
          + " OR buttons IS NOT NULL OR content IS NOT NULL")).isZero();
      assertThat(bot.app.needs().all().get(0).erased()).isTrue();
      assertFilesClean(file);
    }
    assertFilesClean(file);
  }

  private static void assertFilesClean(Path db) throws Exception {
    for (Path f : List.of(db, db.resolveSibling(db.getFileName() + "-wal"))) {
      String bytes = Files.exists(f) ? new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1) : "";
      for (String value : PERSONAL) {
        String needle = new String(value.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertThat(bytes.contains(needle)).as(value + " in " + f.getFileName()).isFalse();
      }
    }
  }

  /** Replies are sent after their turn commits: wait until the outbox has sent them all. */
  private static void awaitNothingPending(TelegramBot bot) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (count(bot, "SELECT COUNT(*) FROM outbox_messages WHERE status = 'pending'") > 0) {
      assertThat(System.nanoTime()).as("outbox still pending").isLessThan(deadline);
      Thread.sleep(10);
    }
  }

  private static int count(TelegramBot bot, String sql) {
    return bot.app.database().transaction(c -> {
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
        return rs.getInt(1);
      }
    });
  }
}
