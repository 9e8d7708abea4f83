package vn.ketnoi.telegram;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Benchmark, not a test: the bot runs as its own process (`Main run`, rules path) against the
 * stand-in Bot API; fifty chats talk at once, each through a whole capture (start, consent, need,
 * phone, confirm). Prints the time from an update being handed to the bot to the first reply for
 * it (p50, p99), and the bot process's resident memory.
 *
 * <p>Run: {@code ./mvnw -q test-compile exec:exec@telegram-bench}
 */
public final class TelegramBench {
  private static final int CHATS = 50;

  private TelegramBench() {}

  public static void main(String[] args) throws Exception {
    Path dir = Files.createTempDirectory("ketnoi-telegram-bench");
    ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    try (FakeBotApi api = new FakeBotApi();
        BotProcess bot = BotProcess.start(dir.resolve("bench.db"), api.url(), dir, "run")) {
      api.await(c -> c.method().equals("setmycommands"), Duration.ofSeconds(30));
      long rssIdle = bot.residentKb();
      ExecutorService users = Executors.newFixedThreadPool(CHATS);
      // A first round warms both JVMs up (JIT); only the second round is measured.
      round(api, users, 4000, new ConcurrentLinkedQueue<>());
      long started = System.nanoTime();
      round(api, users, 5000, latencies);
      long elapsedMs = (System.nanoTime() - started) / 1_000_000;
      users.shutdown();
      List<Long> sorted = new ArrayList<>(latencies);
      Collections.sort(sorted);
      System.out.printf("chats: %d at once, updates measured: %d, wall time: %d ms%n", CHATS,
          sorted.size(), elapsedMs);
      System.out.printf("update -> first reply: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
          pct(sorted, 0.50), pct(sorted, 0.99), sorted.get(sorted.size() - 1) / 1e6);
      String log = bot.log();
      for (String field : List.of("ms", "turn_ms", "send_ms")) {
        List<Long> values = new ArrayList<>();
        java.util.regex.Matcher m =
            java.util.regex.Pattern.compile(" " + field + "=(\\d+) ").matcher(log);
        while (m.find()) {
          values.add(Long.parseLong(m.group(1)) * 1_000_000);
        }
        Collections.sort(values);
        if (!values.isEmpty()) {
          System.out.printf("in-bot %-8s (from its log): p50 %.0f ms, p99 %.0f ms%n", field,
              pct(values, 0.50), pct(values, 0.99));
        }
      }
      System.out.printf("bot process resident memory: idle %d MB, after run %d MB, peak %d MB%n",
          rssIdle / 1024, bot.residentKb() / 1024, peakKb(bot) / 1024);
    }
  }

  private static void round(FakeBotApi api, ExecutorService users, long firstChat,
      ConcurrentLinkedQueue<Long> latencies) throws Exception {
    List<Future<?>> done = new ArrayList<>();
    for (int i = 0; i < CHATS; i++) {
      long chat = firstChat + i;
      done.add(users.submit(() -> dialogue(api, chat, latencies, () -> { })));
    }
    for (Future<?> f : done) {
      f.get(5, TimeUnit.MINUTES);
    }
  }

  /**
   * One business's whole dialogue, each reply's latency recorded; {@code think} runs before each
   * message the business sends (a pause, for a bench that wants people typing, not a script).
   */
  static void dialogue(FakeBotApi api, long chat, ConcurrentLinkedQueue<Long> latencies, Runnable think) {
    think.run();
    int id = api.sendText(chat, "/start");
    FakeBotApi.Call notice = firstReply(api, chat, id, latencies);
    think.run();
    id = api.press(chat, api.messageIdOf(notice), api.buttonData(notice, "Đồng ý"));
    firstReply(api, chat, id, latencies);
    api.awaitText(chat, "Cảm ơn anh/chị đã đồng ý");
    think.run();
    id = api.sendText(chat, "Công ty TNHH Chè Tân Cương ở Thái Nguyên cần dây chuyền sấy chè xanh,"
        + " kinh phí khoảng 1,5 tỷ, ưu tiên máy Nhật");
    firstReply(api, chat, id, latencies);
    think.run();
    id = api.sendText(chat, "0912 345 678, anh Nam");
    firstReply(api, chat, id, latencies);
    FakeBotApi.Call summary = api.awaitText(chat, "Phiếu nhu cầu");
    think.run();
    id = api.press(chat, api.messageIdOf(summary), api.buttonData(summary, "Xác nhận"));
    firstReply(api, chat, id, latencies);
    api.awaitText(chat, "Đã lưu nhu cầu");
  }

  /** The first message or edit to the chat after the update was handed over. */
  private static FakeBotApi.Call firstReply(
      FakeBotApi api, long chat, int updateId, ConcurrentLinkedQueue<Long> latencies) {
    FakeBotApi.Call reply = api.await(c -> c.chatId() == chat
        && api.deliveredAtNanos(updateId) != null && c.atNanos() > api.deliveredAtNanos(updateId)
        && (c.method().equals("sendmessage") || c.method().startsWith("editmessage")),
        Duration.ofSeconds(60));
    latencies.add(reply.atNanos() - api.deliveredAtNanos(updateId));
    return reply;
  }

  private static long peakKb(BotProcess bot) throws java.io.IOException {
    Path status = Path.of("/proc/" + bot.pid() + "/status");
    if (!Files.exists(status)) {
      return -1;
    }
    for (String line : Files.readAllLines(status)) {
      if (line.startsWith("VmHWM:")) {
        return Long.parseLong(line.replaceAll("\\D", ""));
      }
    }
    return -1;
  }

  static double pct(List<Long> sorted, double p) {
    return sorted.get(Math.max(0, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6;
  }
}
