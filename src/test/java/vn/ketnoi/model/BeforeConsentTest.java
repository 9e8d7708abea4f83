package vn.ketnoi.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ketnoi.Main;
import vn.ketnoi.chat.Inbound;
import vn.ketnoi.chat.Reply;
import vn.ketnoi.config.Config;

/** Before a business agrees, nothing it writes goes to the model; after, it does. */
class BeforeConsentTest {
  @TempDir Path dir;

  @Test
  void a_message_before_consent_is_read_by_the_rules_only_and_after_consent_by_the_model()
      throws Exception {
    try (FakeOllama ollama = new FakeOllama(request -> new FakeOllama.Status(500))) {
      Config config = new Config(dir.resolve("c.db"), null, Config.DEFAULT_TELEGRAM_API_URL,
          ollama.url(), "qwen2.5:7b-instruct", Duration.ofSeconds(5), 8192, Config.ExtractorMode.MODEL,
          null, Set.of(), null, "Sở KH&CN", "", ZoneOffset.UTC, dir.resolve("b"), 14, Duration.ZERO, Config.DEFAULT_BROADCAST_RATE,
          Config.DEFAULT_REMINDER_HOUR);
      try (Main.App app = Main.wire(config, Clock.systemUTC())) {
        long chat = 31;
        List<Reply> replies = app.router().handle(new Inbound.Text(chat, chat,
            "HTX chè Tân Cương cần máy sao chè, liên hệ chị Hoa 0912 345 678"));
        assertThat(replies.get(0).text()).contains("có đồng ý");
        assertThat(ollama.requests()).noneMatch(r -> r.toString().contains("0912 345 678"));

        app.router().handle(new Inbound.Press(chat, chat, "consent:yes"));
        app.router().handle(new Inbound.Text(chat, chat, "kinh phí khoảng 300 triệu"));
        assertThat(ollama.requests()).anyMatch(r -> FakeOllama.newMessage(r).contains("300 triệu"));
      }
    }
  }
}
