package vn.ketnoi.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An announcement to 2,000 subscribers, the bot killed with kill -9 halfway, a new one finishing. */
class BroadcastProcessTest {
  private static final long STAFF = 900;
  private static final int SUBSCRIBERS = 2000;
  private static final long FIRST = 10_001;

  @TempDir Path dir;

  @Test
  void kill_9_mid_broadcast_loses_nothing_and_resends_nothing_the_crash_left_in_flight()
      throws Exception {
    Path db = dir.resolve("broadcast.db");
    BotProcess.run(db, dir, "export", "needs"); // creates the database at the current schema
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      c.setAutoCommit(false);
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO subscriptions (telegram_user_id,"
          + " chat_id, consent_version, subscribed_at) VALUES (?, ?, '2026-12', '2026-12-01T00:00:00Z')")) {
        for (long user = FIRST; user < FIRST + SUBSCRIBERS; user++) {
          ps.setLong(1, user);
          ps.setLong(2, user);
          ps.addBatch();
        }
        ps.executeBatch();
      }
      c.commit();
    }
    Map<String, String> settings = Map.of("STAFF_IDS", String.valueOf(STAFF), "BROADCAST_RATE", "400");
    try (FakeBotApi api = new FakeBotApi()) {
      BotProcess first = BotProcess.start(db, api.url(), dir, settings, "run");
      api.sendText(STAFF, "/thongbao Chợ công nghệ tỉnh mở cửa ngày 15/12 tại Trung tâm Hội nghị");
      FakeBotApi.Call preview = api.awaitText(STAFF, "Xem trước");
      assertThat(preview.text()).contains("2.000");
      api.press(STAFF, api.messageIdOf(preview), api.buttonData(preview, "Xác nhận gửi"));
      AtomicInteger delivered = new AtomicInteger();
      api.await(c -> c.method().equals("sendmessage") && c.chatId() >= FIRST
          && delivered.incrementAndGet() >= SUBSCRIBERS / 3, Duration.ofSeconds(60));
      first.process.destroyForcibly().waitFor();

      try (BotProcess second = BotProcess.start(db, api.url(), dir, settings, "run")) {
        api.await(c -> c.chatId() == STAFF && c.text() != null && c.text().contains("Báo cáo thông báo"),
            Duration.ofSeconds(90));
      }
      int[] perChat = new int[SUBSCRIBERS];
      api.calls().stream().filter(c -> c.method().equals("sendmessage") && c.chatId() >= FIRST
          && c.chatId() < FIRST + SUBSCRIBERS).forEach(c -> perChat[(int) (c.chatId() - FIRST)]++);
      int twice = 0;
      int never = 0;
      for (int n : perChat) {
        twice += n > 1 ? 1 : 0;
        never += n == 0 ? 1 : 0;
      }
      long unknown;
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
          ResultSet rs = c.createStatement().executeQuery(
              "SELECT count(*) FROM broadcast_recipients WHERE status = 'unknown'")) {
        unknown = rs.getLong(1);
      }
      System.out.printf("kill -9 mid-broadcast: %d recipients, %d twice, %d never, %d unknown%n",
          SUBSCRIBERS, twice, never, unknown);
      assertThat(twice).as("recipients who got it twice").isZero();
      // One sender thread: at most the one message in flight is left unknown, and only it may be
      // missing.
      assertThat(unknown).isLessThanOrEqualTo(1);
      assertThat(never).isLessThanOrEqualTo((int) unknown);
    }
  }
}
