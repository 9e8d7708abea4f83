package vn.ketnoi.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ketnoi.chat.Reply;
import vn.ketnoi.conversation.StaffChats;
import vn.ketnoi.card.Sector;
import vn.ketnoi.need.Need;
import vn.ketnoi.need.NeedExportTest;
import vn.ketnoi.need.NeedStatus;

/**
 * Rows an older version (or a bug) wrote, put there with raw SQL: every view of the needs still
 * works, the bad values read as unknown or empty, and staff see what is wrong on /xem.
 */
class UnreadableRowsTest {
  @TempDir Path dir;

  private static final String TEA =
      "Công ty TNHH Chè Tân Cương, Thái Nguyên cần dây chuyền sấy chè xanh, kinh phí khoảng 1,5 tỷ."
          + " Liên hệ anh Nguyễn Văn Nam 0912 345 678";
  private static final String GREENHOUSE =
      "HTX Rau Sạch ở Sơn La cần nhà màng trồng rau thủy canh, sdt 0977 123 456, chị Lan";

  /** Every kind of value this version cannot read, in one row. */
  private static void spoil(StaffChats chats, String code) {
    chats.database().transaction(c -> {
      try (PreparedStatement ps = c.prepareStatement("UPDATE needs SET sector = 'khong_co',"
          + " need_type = 'may_bay', status = 'cho_duyet', origin_scope = 42,"
          + " origin_countries = '[\"Nhật Bản\"', support_wanted = '[\"tai_chinh\", \"bay\"]',"
          + " products = '{}', budget_vnd_min = 'nhiều', budget_vnd_max = 2.5,"
          + " employees = 'năm mươi', field_sources = 'không phải JSON', other_contacts = 'x',"
          + " telegram_user_id = 42 WHERE code = ?")) {
        ps.setString(1, code);
        return ps.executeUpdate();
      }
    });
  }

  @Test
  void a_row_with_values_no_version_writes_still_shows_everywhere_and_says_what_is_wrong() {
    try (StaffChats chats = new StaffChats(dir.resolve("s.db"))) {
      chats.business(42, TEA);
      chats.business(43, GREENHOUSE);
      spoil(chats, "NC-2026-0001");

      Need bad = chats.needs().get(0);
      assertThat(bad.status()).isEqualTo(NeedStatus.KHONG_RO);
      assertThat(bad.card().sector()).isNull();
      assertThat(bad.card().needType()).isNull();
      assertThat(bad.card().originScope()).isNull();
      assertThat(bad.card().originCountries()).isEmpty();
      assertThat(bad.card().supportWanted()).containsExactly(vn.ketnoi.card.Support.TAI_CHINH);
      assertThat(bad.card().budgetVndMin()).isNull();
      assertThat(bad.card().employees()).isNull();
      assertThat(bad.card().phone()).isEqualTo("0912345678");
      assertThat(bad.unreadable()).extracting(Need.Unreadable::column).contains("sector", "need_type",
          "status", "origin_scope", "origin_countries", "support_wanted", "products", "budget_vnd_min",
          "budget_vnd_max", "employees", "field_sources", "other_contacts");
      assertThat(chats.needs().get(1).unreadable()).isEmpty();

      String list = chats.say(900, "/ds").get(0).text();
      assertThat(list).startsWith("Có 2 nhu cầu").contains("NC-2026-0001 · Chưa rõ (dữ liệu lỗi)", "NC-2026-0002 · Mới");

      String view = chats.say(900, "/xem NC-2026-0001").get(0).text();
      assertThat(view).contains("⚠", "Lĩnh vực («khong_co»)", "Trạng thái («cho_duyet»)",
          "Số lao động («năm mươi»)", "Kinh phí tối thiểu («nhiều»)", "/sua NC-2026-0001",
          "• Điện thoại: 0912345678 [quy tắc]", "Chưa rõ (dữ liệu lỗi)");

      List<Reply> export = chats.say(900, "/xuat");
      List<List<String>> rows = NeedExportTest.parseCsv(document(export, 0).substring(1));
      assertThat(rows).hasSize(3);
      List<String> header = rows.get(0);
      assertThat(rows.get(1).get(header.indexOf("Lĩnh vực"))).isEmpty();
      assertThat(rows.get(1).get(header.indexOf("Trạng thái"))).isEqualTo("Chưa rõ (dữ liệu lỗi)");
      assertThat(rows.get(1).get(header.indexOf("Điện thoại"))).isEqualTo("0912345678");
      assertThat(document(export, 1).lines()).hasSize(2);

      String stats = chats.say(900, "/thongke").get(0).text();
      assertThat(stats).contains("Tổng số nhu cầu: 2", "• Chưa rõ (dữ liệu lỗi): 1", "• Mới: 1", "• (chưa rõ): 1");

      assertThat(chats.say(42, "/trangthai").get(0).text()).contains("NC-2026-0001", "Chưa rõ (dữ liệu lỗi)");
    }
    String csv = exportCommand(dir.resolve("s.db"), "csv");
    assertThat(NeedExportTest.parseCsv(csv.substring(1))).hasSize(3);
    assertThat(exportCommand(dir.resolve("s.db"), "jsonl").lines()).hasSize(2)
        .anyMatch(l -> l.contains("\"status\":\"khong_ro\"") && l.contains("\"sector\":null"));
  }

  @Test
  void staff_repair_an_unreadable_row_with_the_status_buttons_and_sua() {
    try (StaffChats chats = new StaffChats(dir.resolve("s.db"))) {
      chats.business(42, TEA);
      spoil(chats, "NC-2026-0001");
      Reply.Choice view = (Reply.Choice) chats.say(900, "/xem NC-2026-0001").get(0);
      assertThat(view.buttons()).extracting(Reply.Button::label)
          .containsExactly("Mới", "Đang xử lý", "Đã kết nối", "Hoàn thành", "Từ chối");
      long id = chats.needs().get(0).id();
      chats.press(900, "ss:" + id + ":dang_xu_ly");
      chats.press(900, "sn:none");
      chats.say(900, "/sua NC-2026-0001 linhvuc che_bien_bao_quan");
      Need repaired = chats.needs().get(0);
      assertThat(repaired.status()).isEqualTo(NeedStatus.DANG_XU_LY);
      assertThat(repaired.card().sector()).isEqualTo(Sector.CHE_BIEN_BAO_QUAN);
      assertThat(repaired.unreadable()).extracting(Need.Unreadable::column)
          .doesNotContain("status", "sector");
      assertThat(chats.press(900, "ss:abc:moi").get(0).text()).contains("hết hạn");
      assertThat(chats.press(900, "ss:" + id + ":khong_ro").get(0).text()).contains("hết hạn");
      assertThat(chats.press(900, "ss:").get(0).text()).contains("hết hạn");
    }
  }

  private static String document(List<Reply> replies, int i) {
    return new String(((Reply.Document) replies.get(i)).content(), StandardCharsets.UTF_8);
  }

  /** `export needs` as the IT officer runs it: its own process on the database file. */
  private String exportCommand(Path database, String format) {
    try {
      List<String> command = new ArrayList<>(List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", System.getProperty("java.class.path"), "vn.ketnoi.Main",
          "export", "needs", "--format", format));
      ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
      builder.environment().put("KETNOI_DB", database.toString());
      builder.environment().put("KNOWLEDGE_DIR", Path.of("knowledge").toAbsolutePath().toString());
      builder.environment().remove("TELEGRAM_BOT_TOKEN");
      builder.redirectError(ProcessBuilder.Redirect.DISCARD);
      Process p = builder.start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).as("export needs --format " + format).isZero();
      return out;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
