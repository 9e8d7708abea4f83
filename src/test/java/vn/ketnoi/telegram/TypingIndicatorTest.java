package vn.ketnoi.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ketnoi.Main;
import vn.ketnoi.config.Config;
import vn.ketnoi.extraction.Extractor;
import vn.ketnoi.text.Messages;

class TypingIndicatorTest {
  @TempDir Path dir;

  @Test
  void a_slow_turn_shows_typing_and_other_chats_are_not_held_up() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    Clock clock = Clock.systemUTC();
    try (FakeBotApi api = new FakeBotApi()) {
      Config config = new Config(dir.resolve("t.db"), FakeBotApi.TOKEN, api.url(), null,
          "qwen2.5:7b-instruct", Duration.ofSeconds(5), 8192, Config.ExtractorMode.RULES, null,
          Set.of(), null, "Sở KH&CN", "", java.time.ZoneOffset.UTC, dir.resolve("backups"), 14,
          Duration.ZERO, Config.DEFAULT_BROADCAST_RATE, Config.DEFAULT_REMINDER_HOUR);
      // Slow like a model call, for one chat only.
      Main.App app = Main.wire(config, clock, rules -> (Extractor) (message, draft) -> {
        if (message.contains("chậm")) {
          try {
            release.await(20, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
        return rules.extract(message, draft);
      });
      try (TelegramChannel channel = new TelegramChannel(
          new TelegramChannel.Settings(FakeBotApi.TOKEN, api.url(), 4), app.database(), app.router(),
          Messages.load(), clock, d -> Thread.sleep(Math.min(d.toMillis(), 20)))) {
        channel.start();
        for (long chat : new long[] {1, 2}) {
          api.sendText(chat, "/start");
          FakeBotApi.Call notice = api.awaitText(chat, "có đồng ý");
          api.press(chat, api.messageIdOf(notice), api.buttonData(notice, "Đồng ý"));
          api.awaitText(chat, "Cảm ơn anh/chị đã đồng ý");
        }
        api.sendText(1, "cần máy sấy, tin nhắn chậm");
        api.await(c -> c.method().equals("sendchataction") && c.chatId() == 1
            && c.body().path("action").asText().equals("typing"), Duration.ofSeconds(10));
        api.sendText(2, "cần máy sấy lúa, kinh phí 2 tỷ");
        api.awaitText(2, "cho xin số điện thoại");
        assertThat(api.textsTo(1)).noneMatch(t -> t.contains("cho xin số điện thoại"));
        release.countDown();
        api.awaitText(1, "cho xin số điện thoại");
      } finally {
        app.close();
      }
    }
  }
}
