package vn.ketnoi.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
        // A clean stop is quiet: no error, no stack trace.
        assertThat(second.log()).doesNotContain("ERROR", "Exception");
      }
      assertThat(api.calls()).noneMatch(c -> c.method().endsWith("!400"));
    }
  }

  @Test
  void a_second_bot_on_the_same_database_refuses_to_start_in_one_line() throws Exception {
    Path db = dir.resolve("single.db");
    try (FakeBotApi api = new FakeBotApi(); BotProcess first = BotProcess.start(db, api.url(), dir, "run")) {
      api.sendText(4001, "/start");
      api.awaitText(4001, "có đồng ý");
      BotProcess second = BotProcess.start(db, api.url(), dir, "run");
      assertThat(second.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(second.process.exitValue()).isEqualTo(2);
      assertThat(second.log()).contains("another ketnoi is already running on " + db,
          "(process " + first.pid() + ")");
      assertThat(second.log().strip().lines()).hasSize(1);
      // The first one still serves, alone.
      api.sendText(4002, "/start");
      api.awaitText(4002, "có đồng ý");
      assertThat(api.textsTo(4002)).hasSize(1);
    }
  }

  @Test
  void a_token_revoked_while_running_is_one_plain_log_line_not_a_stack_trace_per_retry()
      throws Exception {
    Path db = dir.resolve("revoked.db");
    try (FakeBotApi api = new FakeBotApi(); BotProcess bot = BotProcess.start(db, api.url(), dir, "run")) {
      api.sendText(4101, "/start");
      api.awaitText(4101, "có đồng ý");
      api.revokeToken();
      awaitLog(bot, "Telegram refuses the bot token (401)");
      bot.process.destroy();
      assertThat(bot.process.waitFor(20, TimeUnit.SECONDS)).isTrue();
      String log = bot.log();
      assertThat(log.split("refuses the bot token", -1)).hasSize(2);
      assertThat(log).doesNotContain("Exception", "\tat ");
    }
  }

  @Test
  void kill_9_under_a_hundred_businesses_loses_nothing_and_repeats_at_most_the_reply_in_flight()
      throws Exception {
    Path db = dir.resolve("hundred.db");
    int businesses = 100;
    try (FakeBotApi api = new FakeBotApi()) {
      BotProcess first = BotProcess.start(db, api.url(), dir, "run");
      ExecutorService users = Executors.newFixedThreadPool(businesses);
      List<Future<?>> done = new ArrayList<>();
      for (long chat = 5001; chat < 5001 + businesses; chat++) {
        long id = chat;
        done.add(users.submit(() -> captureNumbered(api, id)));
      }
      // Kill mid-run, with many replies in flight, then start again on the same file.
      java.util.concurrent.atomic.AtomicInteger sent = new java.util.concurrent.atomic.AtomicInteger();
      api.await(c -> c.method().equals("sendmessage") && sent.incrementAndGet() >= 3 * businesses,
          java.time.Duration.ofSeconds(120));
      first.process.destroyForcibly().waitFor();
      try (BotProcess second = BotProcess.start(db, api.url(), dir, "run")) {
        for (Future<?> f : done) {
          f.get(180, TimeUnit.SECONDS);
        }
      }
      users.shutdown();
      int repeated = 0;
      for (long chat = 5001; chat < 5001 + businesses; chat++) {
        List<String> texts = api.callsTo(chat).stream().filter(c -> c.method().equals("sendmessage"))
            .map(FakeBotApi.Call::text).toList();
        int repeats = texts.size() - new HashSet<>(texts).size();
        assertThat(repeats).as("replies repeated in chat %d", chat).isLessThanOrEqualTo(1);
        repeated += repeats;
      }
      System.out.println("kill -9 under " + businesses + " businesses: " + repeated
          + " replies repeated in all (at most one per chat)");
    }
    String jsonl = BotProcess.run(db, dir, "export", "needs", "--format", "jsonl");
    assertThat(jsonl.strip().split("\n")).hasSize(businesses);
  }

  /**
   * A real full disk: the database on a small tmpfs that a junk file fills. Mounting needs root
   * (CI runs as root here); elsewhere {@code TelegramFaultsTest} covers refused writes in-process.
   */
  @Test
  void a_full_disk_loses_no_update_and_everyone_is_answered_once_space_is_freed() throws Exception {
    Path disk = Files.createDirectories(dir.resolve("disk"));
    assumeTrue(new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", disk.toString())
        .inheritIO().start().waitFor() == 0, "cannot mount a tmpfs here (needs root)");
    try (FakeBotApi api = new FakeBotApi()) {
      Path db = disk.resolve("full.db");
      try (BotProcess bot = BotProcess.start(db, api.url(), dir, "run")) {
        List<Long> chats = List.of(4201L, 4202L, 4203L);
        for (long chat : chats) {
          api.sendText(chat, "/start");
          FakeBotApi.Call notice = api.awaitText(chat, "có đồng ý");
          api.press(chat, api.messageIdOf(notice), api.buttonData(notice, "Đồng ý"));
          api.awaitText(chat, "hãy mô tả nhu cầu");
        }
        Path junk = disk.resolve("junk");
        fill(junk);
        for (long chat : chats) {
          api.sendText(chat, "HTX chè số " + chat + " ở Thái Nguyên cần máy sao chè, kinh phí 300 triệu");
        }
        awaitLog(bot, "the disk is full");
        assertThat(chats).allMatch(chat -> api.textsTo(chat).stream()
            .noneMatch(t -> t.contains("cho xin số điện thoại")));
        Files.delete(junk);
        for (long chat : chats) {
          api.awaitText(chat, "cho xin số điện thoại");
        }
        assertThat(chats).allMatch(chat -> api.textsTo(chat).stream()
            .filter(t -> t.contains("cho xin số điện thoại")).count() == 1);
      }
    } finally {
      new ProcessBuilder("umount", "-l", disk.toString()).inheritIO().start().waitFor();
    }
  }

  /** Writes until the file system has no room left. */
  private static void fill(Path junk) throws IOException {
    byte[] block = new byte[64 * 1024];
    try (java.io.OutputStream out = Files.newOutputStream(junk)) {
      while (true) {
        out.write(block);
        out.flush();
      }
    } catch (IOException full) {
      if (!String.valueOf(full.getMessage()).contains("No space left")) {
        throw full;
      }
    }
  }

  private static void captureNumbered(FakeBotApi api, long chat) {
    // A hundred businesses at once share Telegram's 30 messages a second: a step can wait for the
    // couple of hundred messages ahead of it, and across a kill for the new process to start.
    Duration step = Duration.ofSeconds(60);
    api.sendText(chat, "/start");
    FakeBotApi.Call notice = api.awaitText(chat, "có đồng ý", step);
    api.press(chat, api.messageIdOf(notice), api.buttonData(notice, "Đồng ý"));
    api.awaitText(chat, "hãy mô tả nhu cầu", step);
    api.sendText(chat, "Cơ sở chè số " + chat + " ở Thái Nguyên cần máy sao chè, kinh phí 300 triệu");
    api.awaitText(chat, "cho xin số điện thoại", step);
    api.sendText(chat, "0912 " + String.format("%06d", chat % 1_000_000) + ", anh Nam");
    FakeBotApi.Call summary = api.awaitText(chat, "Phiếu nhu cầu", step);
    api.press(chat, api.messageIdOf(summary), api.buttonData(summary, "Xác nhận"));
    api.awaitText(chat, "Đã lưu nhu cầu với mã", step);
  }

  private static void awaitLog(BotProcess bot, String fragment) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!bot.log().contains(fragment)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no '" + fragment + "' in the log:\n" + bot.log());
      }
      Thread.sleep(50); // polling a file another process writes; no event to wait on
    }
  }
}
