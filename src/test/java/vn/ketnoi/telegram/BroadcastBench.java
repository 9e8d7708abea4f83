package vn.ketnoi.telegram;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Benchmark, not a test: the bot as its own process (`Main run`) against the stand-in Bot API
 * enforcing Telegram's 30 messages a second with 429s. 1,000 subscribers are in the database
 * before start; a staff member confirms a /thongbao, and while it runs businesses go through whole
 * captures. Prints the achieved rate as a fraction of BROADCAST_RATE and of the stand-in's 30/s,
 * the 429s, duplicates, losses, and the businesses' reply latency (p50, p99) during the broadcast.
 *
 * <p>Run: {@code ./mvnw -q test-compile exec:exec@broadcast-bench}
 */
public final class BroadcastBench {
  private static final long STAFF = 900;
  private static final int RECIPIENTS = 1000;
  private static final long FIRST = 10_001;
  /** BENCH_BUSINESSES=0 measures the broadcast alone, for comparison. */
  private static final int BUSINESSES =
      Integer.parseInt(System.getenv().getOrDefault("BENCH_BUSINESSES", "5"));
  private static final Duration THINK = Duration.ofMillis(1500);

  private BroadcastBench() {}

  public static void main(String[] args) throws Exception {
    int rate = Integer.parseInt(System.getenv().getOrDefault("BROADCAST_RATE", "25"));
    Path dir = Files.createTempDirectory("ketnoi-broadcast-bench");
    Path db = dir.resolve("bench.db");
    BotProcess.run(db, dir, "export", "needs"); // creates the database at the current schema
    seed(db);
    ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    try (FakeBotApi api = new FakeBotApi()) {
      api.enforceRate(SendLimits.TELEGRAM_RATE);
      try (BotProcess bot = BotProcess.start(db, api.url(), dir,
          Map.of("STAFF_IDS", String.valueOf(STAFF), "BROADCAST_RATE", String.valueOf(rate)), "run")) {
        api.await(c -> c.method().equals("setmycommands"), Duration.ofSeconds(30));
        api.sendText(STAFF, "/thongbao Chợ công nghệ và thiết bị tỉnh Thái Nguyên mở cửa ngày 15/12"
            + " tại Trung tâm Hội nghị tỉnh; doanh nghiệp đăng ký gian hàng trước ngày 10/12.");
        FakeBotApi.Call preview = api.awaitText(STAFF, "Xem trước");
        api.press(STAFF, api.messageIdOf(preview), api.buttonData(preview, "Xác nhận gửi"));
        api.await(c -> c.method().equals("sendmessage") && isRecipient(c.chatId()), Duration.ofSeconds(30));

        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong nextChat = new AtomicLong(50_000);
        ExecutorService businesses = Executors.newFixedThreadPool(Math.max(1, BUSINESSES));
        List<Future<?>> chatting = new ArrayList<>();
        for (int i = 0; i < BUSINESSES; i++) {
          chatting.add(businesses.submit(() -> {
            while (running.get()) {
              TelegramBench.dialogue(api, nextChat.getAndIncrement(), latencies, BroadcastBench::think);
            }
          }));
        }
        api.await(c -> c.chatId() == STAFF && c.text() != null && c.text().contains("Báo cáo thông báo"),
            Duration.ofMinutes(5));
        running.set(false);
        for (Future<?> f : chatting) {
          f.get(2, TimeUnit.MINUTES);
        }
        businesses.shutdown();
      }
      report(api, rate, latencies);
    }
  }

  /**
   * A moment to read and type before each message a business sends. Without it every message
   * would follow the bot's last reply within the second, and the latency would show Telegram's one
   * message a second to a chat, not the broadcast.
   */
  private static void think() {
    try {
      Thread.sleep(THINK.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static boolean isRecipient(long chatId) {
    return chatId >= FIRST && chatId < FIRST + RECIPIENTS;
  }

  private static void seed(Path db) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      c.setAutoCommit(false);
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO subscriptions (telegram_user_id,"
          + " chat_id, consent_version, subscribed_at) VALUES (?, ?, '2026-12', '2026-12-01T00:00:00Z')")) {
        for (long user = FIRST; user < FIRST + RECIPIENTS; user++) {
          ps.setLong(1, user);
          ps.setLong(2, user);
          ps.addBatch();
        }
        ps.executeBatch();
      }
      c.commit();
    }
  }

  private static void report(FakeBotApi api, int rate, ConcurrentLinkedQueue<Long> latencies) {
    int[] perChat = new int[RECIPIENTS];
    List<Long> at = new ArrayList<>();
    for (FakeBotApi.Call c : api.calls()) {
      if (c.method().equals("sendmessage") && isRecipient(c.chatId())) {
        perChat[(int) (c.chatId() - FIRST)]++;
        at.add(c.atNanos());
      }
    }
    int twice = 0;
    int never = 0;
    for (int n : perChat) {
      twice += n > 1 ? 1 : 0;
      never += n == 0 ? 1 : 0;
    }
    Collections.sort(at);
    double seconds = (at.get(at.size() - 1) - at.get(0)) / 1e9;
    double achieved = (at.size() - 1) / seconds;
    long first = at.get(0);
    long last = at.get(at.size() - 1);
    // Everything the stand-in accepted meanwhile: the announcement, the replies, the progress edits.
    long all = api.calls().stream().filter(c -> FakeBotApi.isMessage(c.method()))
        .filter(c -> c.atNanos() >= first && c.atNanos() <= last).count();
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    System.out.printf("broadcast: %d recipients in %.1f s, %.1f messages/s = %.2f of BROADCAST_RATE %d,"
        + " %.2f of the stand-in's %d/s%n", at.size(), seconds, achieved, achieved / rate, rate,
        achieved / SendLimits.TELEGRAM_RATE, SendLimits.TELEGRAM_RATE);
    System.out.printf("all messages meanwhile (announcement, replies, progress): %.1f/s = %.2f of the"
        + " stand-in's %d/s%n", all / seconds, all / seconds / SendLimits.TELEGRAM_RATE,
        SendLimits.TELEGRAM_RATE);
    System.out.printf("429s answered by the stand-in: %d; recipients who got it twice: %d; never: %d%n",
        api.rateLimitedCalls(), twice, never);
    if (sorted.isEmpty()) {
      return;
    }
    System.out.printf("business replies during the broadcast (%d businesses, %d updates, %.1f s to"
        + " type each): p50 %.0f ms, p99 %.0f ms, max %.0f ms%n", BUSINESSES, sorted.size(),
        THINK.toMillis() / 1000.0, TelegramBench.pct(sorted, 0.50),
        TelegramBench.pct(sorted, 0.99), sorted.get(sorted.size() - 1) / 1e6);
  }
}
