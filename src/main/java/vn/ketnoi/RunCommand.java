package vn.ketnoi;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ketnoi.broadcast.Reminders;
import vn.ketnoi.config.Config;
import vn.ketnoi.console.ConsoleChat;
import vn.ketnoi.events.EventLinks;
import vn.ketnoi.chat.Reply;
import vn.ketnoi.router.Router;
import vn.ketnoi.staff.ReloadNotices;
import vn.ketnoi.storage.Backups;
import vn.ketnoi.storage.Database;
import vn.ketnoi.telegram.TelegramChannel;
import vn.ketnoi.text.Messages;
import vn.ketnoi.text.Utf8;

/**
 * {@code run} and {@code console}: the bot on a wired application, with its scheduled backup.
 * {@code run} serves Telegram when a token is set, else the console chat, like {@code console}.
 */
final class RunCommand {
  private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);

  /**
   * What the running bot uses of the wired application; {@code closing} closes all of it,
   * {@code reloads} starts watching the knowledge folder, staff told through the outlet given.
   */
  record Bot(Config config, Database database, Router router, Messages messages, EventLinks links,
      Reminders reminders,
      Runnable closing, Consumer<ReloadNotices.Outlet> reloads) {}

  private final Bot bot;

  RunCommand(Bot bot) {
    this.bot = bot;
  }

  int run(String command, PrintStream out) throws IOException {
    Config config = bot.config();
    try (BackupTimer backups = backupTimer()) {
      if (command.equals("run") && config.hasTelegramToken()) {
        return runTelegram();
      }
      LOG.info("{}console chat on database {}",
          command.equals("run") ? "no TELEGRAM_BOT_TOKEN: " : "", config.database());
      bot.reloads().accept(notices -> bot.database().afterCommit(() -> print(notices, out)));
      new ConsoleChat(bot.router(), bot.messages(), Utf8.reader(null), out).run();
      return 0;
    }
  }

  /** Polls Telegram until SIGTERM (or Ctrl-C); the shutdown hook stops everything in order. */
  private int runTelegram() {
    Config config = bot.config();
    // A worker waits out its chat's one message a second (Telegram's limit), so there are enough
    // of them that chats waiting their turn to be sent do not hold up the others' replies.
    TelegramChannel channel =
        new TelegramChannel(
            new TelegramChannel.Settings(config.telegramToken(), config.telegramApiUrl(), 64,
                config.staffIds(), config.staffChatId(), config.broadcastRate()),
            bot.database(), bot.router(), bot.messages(), Clock.systemUTC(),
            d -> Thread.sleep(d.toMillis()), bot.links()::botNamed);
    ReminderTimer reminders = new ReminderTimer(bot.reminders());
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      reminders.close();
      channel.close();
      bot.closing().run();
      stopped.countDown();
    }, "ketnoi-shutdown"));
    channel.start();
    bot.reloads().accept(channel::post);
    // After the channel's start, which marks reminders a crash left in flight unknown.
    reminders.start();
    LOG.info("Telegram channel started on database {}", config.database());
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }

  /** The console has no staff chats: what staff would be sent is shown there, as in a turn. */
  private void print(List<Reply> notices, PrintStream out) {
    for (Reply reply : notices) {
      out.println(reply.text());
      out.println(bot.messages().get("console.notice", ((Reply.Notice) reply).chatId()));
    }
    out.flush();
  }

  /** The scheduled backup of the running bot, through the bot's own connection. */
  private BackupTimer backupTimer() {
    Config config = bot.config();
    return new BackupTimer(new Backups(config.backupDir(), config.backupKeep(), Clock.system(config.timeZone())),
        bot.database()::backupTo, config.backupEvery(), Clock.system(config.timeZone())).start();
  }
}
