package vn.ketnoi.router;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ketnoi.Main;
import vn.ketnoi.chat.Inbound;
import vn.ketnoi.chat.Reply;
import vn.ketnoi.config.Config;
import vn.ketnoi.extraction.Extractor;
import vn.ketnoi.need.Need;
import vn.ketnoi.storage.Database;

/** The router decides once whose an inbound is: the staff desk's or the business's. */
class RouterTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);
  private static final long STAFF = 900;
  private static final long BUSINESS = 42;

  @TempDir Path dir;

  /** Every text the extractor was given. */
  private final List<String> read = new CopyOnWriteArrayList<>();

  private Main.App wire(Path file) {
    Config config = new Config(file, null, Config.DEFAULT_TELEGRAM_API_URL, null,
        "qwen2.5:7b-instruct", Duration.ofSeconds(5), 8192, Config.ExtractorMode.RULES, null,
        Set.of(STAFF), null, "Sở Khoa học và Công nghệ tỉnh Thái Nguyên", "Thái Nguyên",
        ZoneOffset.UTC, dir.resolve("backups"), 14, Duration.ZERO, Config.DEFAULT_BROADCAST_RATE,
        Config.DEFAULT_REMINDER_HOUR);
    return Main.wire(config, CLOCK, rules -> (Extractor) (message, draft) -> {
      read.add(message);
      return rules.extract(message, draft);
    });
  }

  private static List<Reply> say(Router router, long chat, String text) {
    return router.handle(new Inbound.Text(chat, chat, text));
  }

  private static List<Reply> press(Router router, long chat, String data) {
    return router.handle(new Inbound.Press(chat, chat, data));
  }

  @Test
  void a_staff_members_note_reaches_the_need_and_never_the_extractor_even_mid_draft() {
    try (Main.App app = wire(dir.resolve("r.db"))) {
      Router router = app.router();
      say(router, BUSINESS, "/start");
      press(router, BUSINESS, "consent:yes");
      List<Reply> summary = say(router, BUSINESS, "Công ty TNHH Chè Tân Cương ở Thái Nguyên cần máy"
          + " sao chè, kinh phí 300 triệu, liên hệ anh Nam 0912 345 678");
      Reply.Choice card = (Reply.Choice) summary.get(summary.size() - 1);
      press(router, BUSINESS, card.buttons().get(0).data());
      Need need = app.needs().all().get(0);

      // The staff member is also a business with a draft of their own.
      say(router, STAFF, "/start");
      press(router, STAFF, "consent:yes");
      say(router, STAFF, "Xưởng của tôi ở Bắc Kạn cần máy sấy nông sản");
      read.clear();

      press(router, STAFF, "ss:" + need.id() + ":dang_xu_ly");
      String note = "Đã gọi anh Nam, hẹn khảo sát xưởng thứ Hai";
      List<Reply> asked = say(router, STAFF, note);
      assertThat(asked).isNotEmpty();
      press(router, STAFF, "sn:show");

      assertThat(read).as("texts the extractor read").isEmpty();
      assertThat(app.needs().history(need.id()))
          .anySatisfy(change -> assertThat(change.note()).isEqualTo(note));
      // The staff member's own draft is untouched by the note.
      List<Reply> own = say(router, STAFF, "/trangthai");
      assertThat(own.get(0).text()).doesNotContain("khảo sát");
    }
  }

  @Test
  void a_staff_step_left_in_the_old_chat_state_moves_to_its_own_store() throws Exception {
    Path file = dir.resolve("m.db");
    try (Main.App app = wire(file)) {
      say(app.router(), BUSINESS, "/start");
    }
    // As an older version kept it: inside the business chat state, before staff_sessions existed;
    // then migration 010 runs on it, as on an upgrade.
    String migration = new String(RouterTest.class.getResourceAsStream(
        "/db/migration/010-staff-sessions.sql").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    try (Database db = Database.open(file)) {
      db.transaction(c -> c.createStatement().executeUpdate("DROP TABLE staff_sessions"));
      db.transaction(c -> c.createStatement().executeUpdate(
          "UPDATE chat_states SET state_json = json_set(state_json, '$.staff_session',"
              + " json('{\"pending\":\"note:1:dang_xu_ly\",\"page\":0}')) WHERE chat_id = " + BUSINESS));
      db.transaction(c -> c.createStatement().executeUpdate(migration));
      String json = db.transaction(c -> {
        try (var rs = c.createStatement().executeQuery(
            "SELECT session_json FROM staff_sessions WHERE chat_id = " + BUSINESS)) {
          return rs.next() ? rs.getString(1) : null;
        }
      });
      assertThat(json).contains("note:1:dang_xu_ly");
    }
  }
}
