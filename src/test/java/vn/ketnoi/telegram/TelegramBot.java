package vn.ketnoi.telegram;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import vn.ketnoi.Main;
import vn.ketnoi.config.Config;

/** The real bot (core, SQLite file, telegrambots clients) pointed at a stand-in Bot API. */
final class TelegramBot implements AutoCloseable {
  final Main.App app;
  final TelegramChannel channel;
  /** Every pause the sender asked for; tests check them instead of sleeping them. */
  final List<Duration> pauses = new CopyOnWriteArrayList<>();
  /**
   * Most tests shorten Telegram's one message a second to a chat, or every multi-message turn
   * would take seconds; the limits tests run at the real interval.
   */
  static final Duration SHORT_CHAT_INTERVAL = Duration.ofMillis(20);

  TelegramBot(Path database, FakeBotApi api) throws Exception {
    this(database, api, null);
  }

  /** With {@code ollamaUrl} set, messages go through the model path (EXTRACTOR=model). */
  TelegramBot(Path database, FakeBotApi api, String ollamaUrl) throws Exception {
    this(database, api, ollamaUrl, Set.of(), null);
  }

  /** With staff (their Telegram ids) and optionally a staff group. */
  TelegramBot(Path database, FakeBotApi api, String ollamaUrl, Set<Long> staff, Long staffChat)
      throws Exception {
    this(database, api.url(), ollamaUrl, staff, staffChat);
  }

  /** Against a Bot API at {@code apiUrl}, which need not be up yet. */
  TelegramBot(Path database, String apiUrl, String ollamaUrl, Set<Long> staff, Long staffChat) {
    this(database, apiUrl, ollamaUrl, staff, staffChat, Config.DEFAULT_BROADCAST_RATE);
  }

  /** With staff and announcements sent at most {@code broadcastRate} messages a second. */
  TelegramBot(Path database, FakeBotApi api, Set<Long> staff, int broadcastRate) {
    this(database, api.url(), null, staff, null, broadcastRate, SHORT_CHAT_INTERVAL, Clock.systemUTC(),
        null);
  }

  /**
   * With Telegram's own one message a second to a chat (and 20 a minute to a group), a clock and,
   * when given, what a pause does (e.g. move that clock); by default it is cut to 20 ms.
   */
  TelegramBot(Path database, FakeBotApi api, Set<Long> staff, int broadcastRate, Clock clock,
      TelegramChannel.Sleeper sleeper) {
    this(database, api.url(), null, staff, null, broadcastRate,
        TelegramChannel.Settings.CHAT_INTERVAL, clock, sleeper);
  }

  /** With staff, a staff group, and the clock of the whole bot (tests move it). */
  TelegramBot(Path database, FakeBotApi api, Set<Long> staff, Long staffChat, Clock clock) {
    this(database, api.url(), null, staff, staffChat, Config.DEFAULT_BROADCAST_RATE, SHORT_CHAT_INTERVAL,
        clock, null);
  }

  private TelegramBot(Path database, String apiUrl, String ollamaUrl, Set<Long> staff, Long staffChat,
      int broadcastRate) {
    this(database, apiUrl, ollamaUrl, staff, staffChat, broadcastRate, SHORT_CHAT_INTERVAL,
        Clock.systemUTC(), null);
  }

  private TelegramBot(Path database, String apiUrl, String ollamaUrl, Set<Long> staff, Long staffChat,
      int broadcastRate, Duration chatInterval, Clock clock, TelegramChannel.Sleeper sleeper) {
    Config config = new Config(database, FakeBotApi.TOKEN, apiUrl, ollamaUrl,
        "qwen2.5:7b-instruct", Duration.ofSeconds(5), 8192,
        ollamaUrl == null ? Config.ExtractorMode.RULES : Config.ExtractorMode.MODEL,
        Path.of("knowledge"), staff, staffChat,
        "Sở Khoa học và Công nghệ tỉnh Thái Nguyên", "Thái Nguyên", java.time.ZoneId.of("Asia/Ho_Chi_Minh"),
        database.resolveSibling("backups"), 14, Duration.ZERO, Config.DEFAULT_BROADCAST_RATE,
        Config.DEFAULT_REMINDER_HOUR);
    app = Main.wire(config, clock);
    channel = new TelegramChannel(
        new TelegramChannel.Settings(FakeBotApi.TOKEN, apiUrl, 4, staff, staffChat, broadcastRate,
            chatInterval),
        app.database(), app.router(), app.messages(), clock,
        d -> {
          pauses.add(d);
          if (sleeper != null) {
            sleeper.sleep(d);
          } else {
            Thread.sleep(Math.min(d.toMillis(), 20));
          }
        }, app.links()::botNamed);
    channel.start();
  }

  @Override
  public void close() {
    channel.close();
    app.close();
  }
}
