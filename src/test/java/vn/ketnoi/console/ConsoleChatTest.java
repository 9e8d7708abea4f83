package vn.ketnoi.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ketnoi.Main;
import vn.ketnoi.config.Config;
import vn.ketnoi.chat.Reply;

class ConsoleChatTest {
  @TempDir Path dir;

  private Config config() {
    return new Config(dir.resolve("console.db"), null, Config.DEFAULT_TELEGRAM_API_URL, null,
        "qwen2.5:7b-instruct", java.time.Duration.ofSeconds(60), 8192, Config.ExtractorMode.RULES, Path.of("knowledge"), Set.of(), null,
        "Sở Khoa học và Công nghệ", "", java.time.ZoneId.of("Asia/Ho_Chi_Minh"),
        dir.resolve("backups"), 14, java.time.Duration.ZERO, Config.DEFAULT_BROADCAST_RATE,
        Config.DEFAULT_REMINDER_HOUR);
  }

  private String session(String input) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Main.App app = Main.wire(config(), Clock.systemUTC())) {
      new ConsoleChat(app.router(), app.messages(),
          new BufferedReader(new StringReader(input)),
          new PrintStream(bytes, true, StandardCharsets.UTF_8)).run();
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void a_first_line_of_start_does_not_print_the_greeting_twice() {
    String out = session("/start\n1\n/thoat\n");
    assertThat(out.split("1\\. Đồng ý", -1)).hasSize(2);
    assertThat(out).contains("Cảm ơn anh/chị đã đồng ý");
  }

  @Test
  void a_need_is_captured_with_numbered_buttons() {
    String out = session(String.join("\n",
        "1",
        "cty minh o Kien Giang can may say lua tu dong, kinh phi khoang 3 ty, sdt 0913 456 789",
        "anh Bình",
        "1",
        "/trangthai",
        "/thoat") + "\n");
    assertThat(out).contains("1. Đồng ý", "2. Không đồng ý", "Phiếu nhu cầu", "1. Xác nhận",
        "NC-2026-0001".substring(0, 8), "Mới");
  }

  @Test
  void a_need_is_captured_with_every_choice_answered_in_words() {
    String out = session(String.join("\n",
        "nha minh lam che o Dai Tu, Thai Nguyen",
        "vâng ạ",
        "can may sao che tu dong, kinh phi 300tr",
        "0913 456 789, anh Bình",
        "dung roi em",
        "cam on nhe",
        "/thoat") + "\n");
    assertThat(out).contains("Cảm ơn anh/chị đã đồng ý", "Phiếu nhu cầu", "Đã lưu nhu cầu với mã",
        "không có gì");
    assertThat(out).doesNotContain("Xin lỗi, trợ lý chỉ hỗ trợ");
  }

  private static final String SAVED_NEED = String.join("\n",
      "1",
      "cty minh o Kien Giang can may say lua tu dong, kinh phi khoang 3 ty, sdt 0913 456 789",
      "anh Bình",
      "1");

  private static int count(String out, String part) {
    return out.split(java.util.regex.Pattern.quote(part), -1).length - 1;
  }

  @Test
  void the_two_buttons_after_saving_each_do_what_they_say_pressed_once_twice_or_after_the_other() {
    String out = session(String.join("\n", SAVED_NEED, "1", "2", "2", "1", "/thoat") + "\n");
    assertThat(out).contains("1. Xem chi tiết", "2. Nhận thông báo");
    assertThat(count(out, "Bước tiếp theo")).isEqualTo(2);
    assertThat(out).contains("Anh/chị đã đăng ký nhận thông báo sự kiện",
        "Anh/chị đã đăng ký nhận thông báo rồi");
    assertThat(out).doesNotContain("chưa rõ ý này", "hết hạn");
  }

  @Test
  void the_subscription_pressed_first_leaves_the_details_button_working() {
    String out = session(String.join("\n", SAVED_NEED, "2", "1", "1", "/thoat") + "\n");
    assertThat(out).contains("Anh/chị đã đăng ký nhận thông báo sự kiện");
    assertThat(count(out, "Bước tiếp theo")).isEqualTo(2);
    assertThat(out).doesNotContain("chưa rõ ý này", "hết hạn");
  }

  @Test
  void a_number_typed_after_a_typed_message_is_text_not_an_old_button() {
    String out = session(String.join("\n", SAVED_NEED, "cảm ơn", "2", "/thoat") + "\n");
    assertThat(out).doesNotContain("Anh/chị đã đăng ký nhận thông báo sự kiện");
  }

  @Test
  void every_reply_variant_is_rendered() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Main.App app = Main.wire(config(), Clock.systemUTC())) {
      ConsoleChat console = new ConsoleChat(app.router(), app.messages(),
          new BufferedReader(new StringReader("")), new PrintStream(bytes, true, StandardCharsets.UTF_8));
      for (Class<?> variant : Reply.class.getPermittedSubclasses()) {
        Reply sample = variant == Reply.Choice.class
            ? new Reply.Choice("chọn", List.of(new Reply.Button("A", "a")))
            : variant == Reply.AskContact.class ? new Reply.AskContact("số?", "Chia sẻ")
            : variant == Reply.Notice.class ? new Reply.Notice(5, "báo", List.of())
            : variant == Reply.Document.class ? new Reply.Document("a.csv", new byte[3], "tệp")
            : variant == Reply.Image.class ? new Reply.Image("a.png", new byte[4], "ảnh")
            : new Reply.Text("chữ");
        assertThat(sample).isInstanceOf(variant);
        console.render(sample, new ArrayList<>());
      }
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("chọn", "1. A", "chữ", "chat 5",
        "a.csv, 3 byte", "a.png, 4 byte");
  }
}
