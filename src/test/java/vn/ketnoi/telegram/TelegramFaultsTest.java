package vn.ketnoi.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.ketnoi.storage.Database;

/** Faults between the bot, its database and Telegram, injected one at a time. */
class TelegramFaultsTest {
  private static final Duration WAIT = Duration.ofSeconds(20);

  @TempDir Path dir;

  private static void consent(FakeBotApi api, long chat) {
    api.sendText(chat, "/start");
    FakeBotApi.Call notice = api.awaitText(chat, "có đồng ý");
    api.press(chat, api.messageIdOf(notice), api.buttonData(notice, "Đồng ý"));
    api.awaitText(chat, "Cảm ơn anh/chị đã đồng ý");
    api.awaitText(chat, "hãy mô tả nhu cầu"); // the last reply of that turn
  }

  private static void execute(Database db, String sql) {
    db.transaction(c -> {
      try (Statement s = c.createStatement()) {
        return s.execute(sql);
      }
    });
  }

  private static long count(Database db, String sql) {
    return db.transaction(c -> {
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    });
  }

  private static void awaitCondition(BooleanSupplier condition) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met within " + WAIT);
      }
      Thread.onSpinWait();
    }
  }

  @Test
  void storage_that_refuses_writes_loses_no_update_and_everyone_is_answered_once_it_recovers()
      throws Exception {
    try (FakeBotApi api = new FakeBotApi(); TelegramBot bot = new TelegramBot(dir.resolve("k.db"), api)) {
      List<Long> chats = List.of(201L, 202L, 203L, 204L, 205L);
      chats.forEach(chat -> consent(api, chat));
      // Every write on the bot's connection now fails as on a read-only or full volume.
      execute(bot.app.database(), "PRAGMA query_only = ON");
      long pollsBefore = api.polls();
      chats.forEach(chat -> api.sendText(chat, "Cơ sở ở Thái Nguyên cần máy sao chè, kinh phí 300 triệu"));
      // The batch is offered again and again while it cannot be stored.
      awaitCondition(() -> api.polls() >= pollsBefore + 4);
      assertThat(chats).allMatch(chat -> api.textsTo(chat).stream().noneMatch(t -> t.contains("cho xin số điện thoại")));
      execute(bot.app.database(), "PRAGMA query_only = OFF");
      chats.forEach(chat -> api.awaitText(chat, "cho xin số điện thoại"));
      assertThat(chats).allMatch(chat -> api.textsTo(chat).stream()
          .filter(t -> t.contains("cho xin số điện thoại")).count() == 1);
    }
  }

  @Test
  void an_update_that_keeps_failing_is_tried_three_times_then_set_aside_and_its_chat_is_told()
      throws Exception {
    Path file = dir.resolve("k.db");
    try (FakeBotApi api = new FakeBotApi()) {
      try (TelegramBot bot = new TelegramBot(file, api)) {
        consent(api, 301);
        // A row an older version wrote and this one cannot read.
        execute(bot.app.database(), "UPDATE chat_states SET state_json = '{broken' WHERE chat_id = 301");
        int poison = api.sendText(301, "HTX chè cần máy sấy");
        api.awaitText(301, "Cán bộ kỹ thuật sẽ kiểm tra");
        consent(api, 302); // other chats are served meanwhile
        assertThat(count(bot.app.database(), "SELECT attempts FROM inbox_updates WHERE update_id = "
            + poison)).isEqualTo(TelegramChannel.MAX_ATTEMPTS);
        assertThat(count(bot.app.database(), "SELECT COUNT(*) FROM inbox_updates WHERE update_id = "
            + poison + " AND failed_at IS NOT NULL AND handled_at IS NOT NULL AND text IS NULL"
            + " AND error LIKE 'StorageException%'")).isEqualTo(1);
      }
      // A new process does not replay it.
      try (TelegramBot again = new TelegramBot(file, api)) {
        assertThat(count(again.app.database(),
            "SELECT COUNT(*) FROM inbox_updates WHERE handled_at IS NULL")).isZero();
        consent(api, 303);
        assertThat(api.textsTo(301).stream().filter(t -> t.contains("Cán bộ kỹ thuật")).count())
            .isEqualTo(1);
      }
    }
  }

  @Test
  void a_200_ok_answer_the_client_cannot_read_is_a_sent_message_and_is_not_sent_again()
      throws Exception {
    try (FakeBotApi api = new FakeBotApi(); TelegramBot bot = new TelegramBot(dir.resolve("k.db"), api)) {
      consent(api, 401);
      api.garbleNext("sendMessage", FakeBotApi.Garbled.WRONG_RESULT);
      api.sendText(401, "/trangthai");
      api.awaitText(401, "chưa có nhu cầu");
      api.sendText(401, "/quyenriengtu");
      api.awaitText(401, "Luật");
      assertThat(api.textsTo(401).stream().filter(t -> t.contains("chưa có nhu cầu")).count()).isEqualTo(1);
      // The last reply is recorded just after the stand-in has it.
      awaitCondition(() -> count(bot.app.database(), "SELECT COUNT(*) FROM outbox_messages"
          + " WHERE chat_id = 401 AND status <> 'sent'") == 0);
    }
  }

  @ParameterizedTest
  @EnumSource(value = FakeBotApi.Garbled.class, names = {"HALF_BODY", "CUT_OFF"})
  void an_answer_lost_after_the_request_left_is_recorded_as_unknown_and_not_resent(
      FakeBotApi.Garbled fault) throws Exception {
    try (FakeBotApi api = new FakeBotApi(); TelegramBot bot = new TelegramBot(dir.resolve("k.db"), api)) {
      consent(api, 402);
      api.garbleNext("sendMessage", fault);
      api.sendText(402, "/trangthai");
      api.awaitText(402, "chưa có nhu cầu");
      api.sendText(402, "/quyenriengtu");
      api.awaitText(402, "Luật");
      assertThat(api.textsTo(402).stream().filter(t -> t.contains("chưa có nhu cầu")).count()).isEqualTo(1);
      awaitCondition(() -> count(bot.app.database(), "SELECT COUNT(*) FROM outbox_messages"
          + " WHERE chat_id = 402 AND status = 'pending'") == 0);
      assertThat(count(bot.app.database(), "SELECT COUNT(*) FROM outbox_messages WHERE chat_id = 402"
          + " AND status = 'unknown' AND text IS NULL")).isEqualTo(1);
    }
  }

  @Test
  void a_bot_started_while_telegram_is_unreachable_serves_everyone_once_it_is_back() throws Exception {
    int port;
    try (ServerSocket probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    try (TelegramBot bot = new TelegramBot(dir.resolve("k.db"), "http://127.0.0.1:" + port, null,
        Set.of(), null)) {
      // The poller has failed and backed off at least twice before Telegram comes back.
      awaitCondition(() -> bot.pauses.size() >= 2);
      try (FakeBotApi api = new FakeBotApi(port)) {
        consent(api, 501);
      }
    }
  }

  @Test
  void another_poller_on_the_token_409_pauses_polling_and_it_resumes() throws Exception {
    try (FakeBotApi api = new FakeBotApi(); TelegramBot bot = new TelegramBot(dir.resolve("k.db"), api)) {
      FakeBotApi.Failure conflict = new FakeBotApi.Failure(409,
          "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running", null);
      api.failNext("getUpdates", conflict, conflict);
      consent(api, 601);
      assertThat(api.refusedPolls()).isEqualTo(2);
      assertThat(bot.pauses).contains(Duration.ofSeconds(30));
    }
  }

  @Test
  void a_webhook_set_meanwhile_is_removed_and_polling_goes_on() throws Exception {
    try (FakeBotApi api = new FakeBotApi(); TelegramBot bot = new TelegramBot(dir.resolve("k.db"), api)) {
      api.await(c -> c.method().equals("deletewebhook"), WAIT);
      api.failNext("getUpdates", new FakeBotApi.Failure(409,
          "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first", null));
      consent(api, 602);
      assertThat(api.calls().stream().filter(c -> c.method().equals("deletewebhook")).count()).isEqualTo(2);
    }
  }
}
