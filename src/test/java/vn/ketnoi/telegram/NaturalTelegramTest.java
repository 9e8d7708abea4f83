package vn.ketnoi.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ketnoi.need.Need;

/** Issue 10's inputs, typed as on a phone, through the real telegrambots client and the stand-in. */
class NaturalTelegramTest {
  @TempDir Path dir;
  FakeBotApi api;
  TelegramBot bot;

  @BeforeEach
  void start() throws Exception {
    api = new FakeBotApi();
    bot = new TelegramBot(dir.resolve("k.db"), api);
  }

  @AfterEach
  void stop() {
    bot.close();
    api.close();
  }

  @Test
  void a_business_answers_every_choice_in_words_and_comes_back_for_a_second_need() {
    long chat = 7001;
    api.sendText(chat, "nhà chị làm bánh tráng ở Trảng Bàng, Tây Ninh");
    api.awaitText(chat, "có đồng ý");
    api.sendText(chat, "dong y");
    api.awaitText(chat, "Cảm ơn anh/chị đã đồng ý");
    api.sendText(chat, "can may trang banh tu dong, kinh phi tam 500tr");
    api.awaitText(chat, "cho xin số điện thoại");
    api.sendText(chat, "0912 345 678, chị Lan");
    api.awaitText(chat, "Phiếu nhu cầu");
    api.sendText(chat, "ok e");
    api.awaitText(chat, "Đã lưu nhu cầu với mã NC-");
    api.sendText(chat, "cam on nhe");
    api.awaitText(chat, "không có gì");
    Need first = bot.app.needs().all().get(0);
    assertThat(first.card().province()).isEqualTo("Tây Ninh");
    assertThat(first.sourceText()).contains("bánh tráng ở Trảng Bàng");

    // The second need: the last contact is offered in one tap.
    api.sendText(chat, "cty minh can them may dong goi banh trang");
    FakeBotApi.Call offer = api.awaitText(chat, "Dùng lại số 0912345678");
    api.press(chat, api.messageIdOf(offer), api.buttonData(offer, "Dùng lại"));
    api.awaitText(chat, "Phiếu nhu cầu");
    api.sendText(chat, "dạ đúng rồi ạ");
    api.await(c -> c.method().equals("sendmessage") && c.chatId() == chat
        && c.text().contains("NC-2026-0002"), java.time.Duration.ofSeconds(20));
    assertThat(bot.app.needs().all()).hasSize(2);
    assertThat(api.textsTo(chat)).noneMatch(t -> t.startsWith("Xin chào anh/chị"));
  }

  @Test
  void no_in_words_declines_consent_and_keeps_the_data_at_the_erasure_question() {
    api.sendText(7002, "/start");
    api.awaitText(7002, "có đồng ý");
    api.sendText(7002, "ko dong y");
    api.awaitText(7002, "Không sao ạ");
    api.sendText(7002, "/xoadulieu");
    api.awaitText(7002, "muốn xóa");
    api.sendText(7002, "thoi khoi");
    api.awaitText(7002, "được giữ nguyên");
  }
}
