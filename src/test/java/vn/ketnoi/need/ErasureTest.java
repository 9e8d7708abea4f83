package vn.ketnoi.need;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ketnoi.chat.Reply;
import vn.ketnoi.conversation.StaffChats;
import vn.ketnoi.card.NeedCard;
import vn.ketnoi.staff.AuditLog;
import vn.ketnoi.storage.Database;

/**
 * /xoadulieu through the real core on a real file, then the bytes of the database and its WAL are
 * searched for what the business and the staff typed.
 */
class ErasureTest {
  @TempDir Path dir;

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);
  private static final long BUSINESS = 42;
  private static final String NEED = "Bên em đang tìm công nghệ nung gốm cho HTX Gốm Sứ Hoàng Liên,"
      + " ở Thái Nguyên, tiết kiệm điện. Liên hệ chị Đặng Thị Lan 0966 123 457 hoặc 0915 777 888, email"
      + " lan.gomsu@hoanglien.vn";
  /** A second message: it lives only in the draft, the source text and the inbox. */
  private static final String MORE = "Xưởng đặt ở bản Khuổi Nậm, kinh phí khoảng 2 tỷ";

  /** Every form of the business's data that was typed or stored, as searched in the files. */
  private static final List<String> PERSONAL = List.of(
      "966 123 457", "966123457", "966 123 458", "966123458", // typed, normalised, staff's edit
      "915 777 888", "915777888", "915 777 999", "915777999", // a second phone, and staff's edit
      "Đặng Thị Lan", "chị Lan", "Chị Lan", "dang thi lan",
      "Gốm Sứ Hoàng Liên", "Hoàng Liên", "hoang lien",
      "lan.gomsu@hoanglien.vn", "lan.gomsu", "hoanglien.vn",
      "Khuổi Nậm", "khuoi nam");

  @Test
  void after_erasure_neither_the_database_nor_its_wal_holds_the_business_data() throws Exception {
    Path db = dir.resolve("s.db");
    Path wal = dir.resolve("s.db-wal");
    try (StaffChats chats = new StaffChats(db)) {
      Need need = capture(chats);
      assertThat(need.card().title()).contains("Hoàng Liên"); // the title names the company
      staffWork(chats, need);
      subscribeAndRegister(chats);
      // One announcement delivered to the business, one still waiting for it.
      sql(chats.database(), "INSERT INTO broadcasts (id, staff_user_id, staff_chat_id, text, status,"
          + " created_at) VALUES (1, 900, 900, 'Chợ công nghệ', 'done', 'now'), (2, 900, 900, 'Hội thảo',"
          + " 'sending', 'now')");
      sql(chats.database(), "INSERT INTO broadcast_recipients (broadcast_id, chat_id, status) VALUES"
          + " (1, " + BUSINESS + ", 'sent'), (2, " + BUSINESS + ", 'pending')");
      // The day-before reminder of the event the business registered for, queued, not yet sent.
      Clock dayBefore = Clock.fixed(Instant.parse("2026-12-09T02:00:00Z"), ZoneOffset.UTC);
      Dates vietnam = new Dates(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
      assertThat(new vn.ketnoi.broadcast.Reminders(chats.database(), dayBefore,
          new vn.ketnoi.events.EventStore(chats.database(), dayBefore, vietnam, List.of()), vietnam, 8, null,
          vn.ketnoi.text.Messages.load()).check().queued()).isOne();
      assertThat(rows(chats.database(), "SELECT count(*) FROM broadcast_recipients WHERE chat_id = "
          + BUSINESS + " AND status = 'pending'")).isEqualTo(2L);

      chats.say(BUSINESS, "/xoadulieu");
      assertThat(chats.press(BUSINESS, "erase:yes").get(0).text()).contains("Đã xóa dữ liệu cá nhân");

      Map<String, Map<String, Integer>> running = found(db, wal);
      System.out.println("erasure, while running: " + running);
      assertThat(running).allSatisfy((file, counts) -> assertThat(counts).as(file).isEmpty());
      // The search reads real pages: the need itself stays, for statistics.
      assertThat(count(bytes(db), "nung gốm") + count(bytes(wal), "nung gốm")).isPositive();

      for (String table : List.of("subscriptions", "event_registrations", "subscription_offers")) {
        assertThat(rows(chats.database(), "SELECT count(*) FROM " + table)).as(table).isZero();
      }
      // The delivery stays in its report, under no chat's number; the waiting one is not sent.
      assertThat(rows(chats.database(), "SELECT count(*) FROM broadcast_recipients WHERE chat_id = "
          + BUSINESS)).isZero();
      assertThat(rows(chats.database(), "SELECT count(*) FROM broadcast_recipients WHERE broadcast_id = 1"
          + " AND status = 'sent'")).isOne();
      assertThat(rows(chats.database(), "SELECT count(*) FROM broadcast_recipients WHERE broadcast_id = 2"))
          .isZero();
      assertThat(rows(chats.database(), "SELECT count(*) FROM broadcast_recipients r JOIN broadcasts b"
          + " ON b.id = r.broadcast_id WHERE b.kind = 'reminder'")).as("pending reminder").isZero();
      // A status change that waited for its note while the erasure ran keeps no personal data.
      chats.press(901, "sn:show");
    }
    Map<String, Map<String, Integer>> stopped = found(db, wal);
    System.out.println("erasure, after a clean stop: " + stopped);
    assertThat(stopped).allSatisfy((file, counts) -> assertThat(counts).as(file).isEmpty());
    assertThat(count(bytes(db), "nung gốm")).isPositive();
  }

  @Test
  void staff_views_still_work_after_an_erasure_and_show_the_need_anonymous() {
    try (StaffChats chats = new StaffChats(dir.resolve("v.db"))) {
      Need need = capture(chats);
      staffWork(chats, need);
      chats.say(BUSINESS, "/xoadulieu");
      chats.press(BUSINESS, "erase:yes");
      chats.press(901, "sn:show");

      String view = chats.say(900, "/xem " + need.code()).get(0).text();
      assertThat(view).contains("đã yêu cầu xóa dữ liệu cá nhân", "nung gốm", "Đang xử lý",
          "Đã gọi chị [đã xóa] số [đã xóa]", "sửa Điện thoại: [đã xóa] → [đã xóa]",
          "sửa Liên hệ khác: [đã xóa] → [đã xóa]", "cán bộ 900");
      assertNone(view);
      String list = chats.say(900, "/ds").get(0).text();
      assertThat(list).contains(need.code(), "(đã xóa dữ liệu cá nhân)");
      assertNone(list);
      List<Reply> export = chats.say(900, "/xuat");
      String needsCsv = new String(((Reply.Document) export.get(0)).content(), StandardCharsets.UTF_8);
      List<List<String>> rows = NeedExportTest.parseCsv(needsCsv.substring(1));
      List<String> header = rows.get(0);
      assertThat(rows.get(1).get(header.indexOf("Nội dung nhu cầu"))).isEqualTo(
          "Công nghệ nung gốm cho [đã xóa]");
      assertThat(rows.get(1).get(header.indexOf("Lĩnh vực"))).isNotBlank();
      String jsonl = new String(((Reply.Document) export.get(1)).content(), StandardCharsets.UTF_8);
      String auditCsv = new String(((Reply.Document) export.get(2)).content(), StandardCharsets.UTF_8);
      String questionsCsv = new String(((Reply.Document) export.get(3)).content(), StandardCharsets.UTF_8);
      for (String text : List.of(needsCsv, jsonl, auditCsv, questionsCsv)) {
        assertNone(text);
      }
      // The question stays counted, answered by 900, with neither its text, who asked nor the answer.
      assertThat(NeedExportTest.parseCsv(questionsCsv.substring(1)).get(1))
          .containsExactly("1", "2026-11-23 16:00:00", "", "", "đã trả lời", "", "900", "2026-11-23 16:00:00");
      List<Reply> questions = chats.say(900, "/cauhoi tatca");
      assertThat(questions.get(1).text()).contains("#1", "(đã xóa dữ liệu cá nhân)", "cán bộ 900");
      questions.forEach(r -> assertNone(r.text()));
      // Who did what and when stays: the edit of the phone, both status changes, with their notes.
      List<AuditLog.Action> actions = chats.audit().actions(need.id());
      assertThat(actions).extracting(AuditLog.Action::action)
          .containsSubsequence("sua:phone", "trang_thai", "trang_thai");
      assertThat(actions).filteredOn(a -> a.action().equals("trang_thai"))
          .extracting(AuditLog.Action::staffUserId).containsExactly(900L, 901L);
      assertThat(chats.say(900, "/thongke").get(0).text()).contains("Tổng số nhu cầu: 1");
    }
  }

  @Test
  void the_audit_log_refuses_deletes_and_edits_except_one_redaction_of_an_erased_need() {
    try (Database db = Database.open(dir.resolve("a.db"))) {
      NeedStore needs = new NeedStore(db, CLOCK, ZoneOffset.UTC);
      NeedCard card = new NeedCard("HTX Gốm Sứ Hoàng Liên", "Đặng Thị Lan", "0966123457", null,
          null, null, null, "Lò nung", null, null, List.of(), null, null, null, List.of(), null, List.of());
      long id = needs.save(new NeedStore.NewNeed("d1", BUSINESS, card, null, Map.of(), "x", List.of())).id();
      new AuditLog(db, CLOCK).record(900, "sua:phone", id, "0966123457", "0966 123 458", null);
      String redact = "UPDATE staff_actions SET after_value = '-', redacted_at = 'now'";
      assertThatThrownBy(() -> sql(db, "DELETE FROM staff_actions")).hasMessageContaining("append-only");
      assertThatThrownBy(() -> sql(db, redact)).hasMessageContaining("append-only"); // not erased

      assertThat(new Erasure(db, CLOCK, "[đã xóa]").erase(BUSINESS, BUSINESS)).isEqualTo(1);
      AuditLog.Action redacted = new AuditLog(db, CLOCK).actions(id).get(0);
      assertThat(redacted).extracting(AuditLog.Action::staffUserId, AuditLog.Action::action,
          AuditLog.Action::before, AuditLog.Action::after).containsExactly(900L, "sua:phone", "[đã xóa]", "[đã xóa]");
      assertThatThrownBy(() -> sql(db, redact)).hasMessageContaining("append-only"); // only once
      assertThatThrownBy(() -> sql(db, "DELETE FROM staff_actions")).hasMessageContaining("append-only");
    }
  }

  private static long rows(Database db, String countQuery) {
    return vn.ketnoi.storage.Sql.one(db, countQuery, r -> r.getLong(1)).orElseThrow();
  }

  private static int sql(Database db, String sql) {
    return db.transaction(c -> {
      try (java.sql.Statement s = c.createStatement()) {
        return s.executeUpdate(sql);
      }
    });
  }

  private static void assertNone(String text) {
    for (String value : PERSONAL) {
      assertThat(count(text.getBytes(StandardCharsets.UTF_8), value)).as(value + " in " + text).isZero();
    }
  }

  /** The business consents, describes the need in two messages, asks a question and confirms. */
  @Test
  void a_waiting_note_an_older_version_wrote_as_a_string_is_scrubbed_too() {
    try (StaffChats chats = new StaffChats(dir.resolve("o.db"))) {
      Need need = capture(chats);
      String legacy = "{\"pending\":\"visible:" + need.id() + ":dang_xu_ly:Gọi chị Lan 0966123457\",\"page\":0}";
      chats.database().transaction(c -> {
        try (var ps = c.prepareStatement("INSERT INTO staff_sessions (chat_id, session_json, updated_at)"
            + " VALUES (777, ?, '2026-11-23T09:00:00Z')")) {
          ps.setString(1, legacy);
          return ps.executeUpdate();
        }
      });
      chats.say(BUSINESS, "/xoadulieu");
      chats.press(BUSINESS, "erase:yes");
      String scrubbed = chats.database().transaction(c -> {
        try (var rs = c.createStatement().executeQuery("SELECT session_json FROM staff_sessions WHERE chat_id = 777")) {
          return rs.next() ? rs.getString(1) : null;
        }
      });
      assertThat(scrubbed).contains("visible:" + need.id() + ":dang_xu_ly:", "[đã xóa]")
          .doesNotContain("0966123457", "Lan");
    }
  }

  /**
   * The business subscribes to announcements and registers for a staff event: the registration
   * copies the contact of the need, so the erasure must reach it.
   */
  private static void subscribeAndRegister(StaffChats chats) {
    new vn.ketnoi.events.EventStore(chats.database(), CLOCK, new Dates(java.time.ZoneId.of("Asia/Ho_Chi_Minh")),
        List.of()).create(new vn.ketnoi.events.EventStore.NewEvent("Chợ công nghệ Thái Nguyên", "chợ công nghệ",
        Instant.parse("2026-12-10T01:00:00Z"), "Nhà văn hóa tỉnh", "Gian hàng công nghệ", null, true, 900));
    assertThat(chats.say(BUSINESS, "/dangky").get(0).text()).contains("đã đăng ký nhận thông báo");
    Reply.Choice event = chats.say(BUSINESS, "/sukien").stream().filter(Reply.Choice.class::isInstance)
        .map(Reply.Choice.class::cast).findFirst().orElseThrow();
    assertThat(chats.press(BUSINESS, event.buttons().get(0).data()).get(0).text()).contains("đã đăng ký tham dự");
    assertThat(rows(chats.database(), "SELECT count(*) FROM event_registrations WHERE phone IS NOT NULL")).isOne();
  }

  private static Need capture(StaffChats chats) {
    chats.say(BUSINESS, "/start");
    chats.press(BUSINESS, "consent:yes");
    chats.say(BUSINESS, NEED);
    chats.press(BUSINESS, "type:quy_trinh");
    List<Reply> summary = chats.say(BUSINESS, MORE);
    Reply.Choice card = (Reply.Choice) summary.get(summary.size() - 1);
    assertThat(card.text()).contains("2 tỷ");
    chats.press(BUSINESS, card.buttons().get(0).data());
    chats.say(BUSINESS, "Cho hỏi xe khách từ bản Khuổi Nậm lên Sở mấy giờ chạy?");
    chats.press(BUSINESS, "ask:staff");
    return chats.needs().get(0);
  }

  /**
   * Staff open the need, correct the phone, move it with a note naming the contact and her phone,
   * answer the business's question naming her and her village; a second staff member starts a status change whose note is still waiting.
   */
  private static void staffWork(StaffChats chats, Need need) {
    chats.say(900, "/xem " + need.code());
    chats.say(900, "/sua " + need.code() + " phone 0966 123 458");
    chats.say(900, "/sua " + need.code() + " lienhekhac 0915 777 999");
    chats.press(900, "ss:" + need.id() + ":dang_xu_ly");
    chats.say(900, "Đã gọi chị Lan số 0966123457");
    chats.press(900, "sn:hide");
    chats.press(900, "sq:1");
    assertThat(chats.say(900, "Chị Lan ơi, xe từ Khuổi Nậm chạy lúc 6 giờ sáng, gọi 0966123457 nếu cần")
        .get(0).text()).isEqualTo("Đã gửi câu trả lời cho câu hỏi #1.");
    chats.press(901, "ss:" + need.id() + ":da_ket_noi");
    chats.say(901, "Chị Lan hẹn gặp, gửi hồ sơ qua lan.gomsu@hoanglien.vn");
    String view = chats.say(900, "/xem " + need.code()).get(0).text();
    assertThat(view).contains("0966123458", "0915777999", "Đã gọi chị Lan số 0966123457");
  }

  /** Per file, the personal values found in it and how many times (absent when none). */
  static Map<String, Map<String, Integer>> found(Path... files) throws IOException {
    Map<String, Map<String, Integer>> result = new LinkedHashMap<>();
    for (Path file : files) {
      byte[] content = bytes(file);
      Map<String, Integer> counts = new LinkedHashMap<>();
      for (String value : PERSONAL) {
        int n = count(content, value);
        if (n > 0) {
          counts.put(value, n);
        }
      }
      result.put(file.getFileName() + " (" + content.length + " bytes)", counts);
    }
    return result;
  }

  static byte[] bytes(Path file) throws IOException {
    return Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
  }

  /** Occurrences of the UTF-8 bytes of the value; a lower-case ASCII value matches any case. */
  static int count(byte[] content, String value) {
    boolean anyCase = value.chars().allMatch(c -> c < 0x80) && value.equals(value.toLowerCase(Locale.ROOT));
    byte[] needle = value.getBytes(StandardCharsets.UTF_8);
    int n = 0;
    for (int i = 0; i + needle.length <= content.length; i++) {
      int j = 0;
      while (j < needle.length && same(content[i + j], needle[j], anyCase)) {
        j++;
      }
      if (j == needle.length) {
        n++;
      }
    }
    return n;
  }

  private static boolean same(byte a, byte b, boolean anyCase) {
    return a == b || anyCase && a >= 'A' && a <= 'Z' && a + 32 == b;
  }
}
