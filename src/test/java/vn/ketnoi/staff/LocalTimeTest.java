package vn.ketnoi.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ketnoi.chat.Reply;
import vn.ketnoi.conversation.StaffChats;
import vn.ketnoi.need.NeedExportTest;

/**
 * Dates are stored as UTC instants and read in Việt Nam time (TIME_ZONE): a need saved at 17:00
 * UTC on 30 November is a need of 1 December, in the lists, the filters, the files and the counts.
 */
class LocalTimeTest {
  @TempDir Path dir;

  /** Late on 30/11 in Việt Nam, and twice just after its midnight (with and without a fraction). */
  private static final List<String> CREATED =
      List.of("2026-11-30T16:59:59.500Z", "2026-11-30T17:00:00Z", "2026-11-30T17:00:00.250Z");

  private StaffChats threeNeedsAroundMidnight() {
    StaffChats chats = new StaffChats(dir.resolve("s.db"));
    for (int i = 0; i < CREATED.size(); i++) {
      chats.business(42 + i, "Cơ sở Chè Số " + (i + 1) + " cần máy sấy chè, sdt 0912 345 67" + i);
      String code = "NC-2026-000" + (i + 1);
      String at = CREATED.get(i);
      chats.database().transaction(c -> {
        try (PreparedStatement ps = c.prepareStatement("UPDATE needs SET created_at = ? WHERE code = ?")) {
          ps.setString(1, at);
          ps.setString(2, code);
          return ps.executeUpdate();
        }
      });
    }
    return chats;
  }

  @Test
  void lists_and_filters_go_by_the_local_date() {
    try (StaffChats chats = threeNeedsAroundMidnight()) {
      String november = chats.say(900, "/ds den=2026-11-30").get(0).text();
      assertThat(november).startsWith("Có 1 nhu cầu").contains("NC-2026-0001 · Mới · 2026-11-30 23:59");
      String december = chats.say(900, "/ds tu=2026-12-01 den=2026-12-01").get(0).text();
      assertThat(december).startsWith("Có 2 nhu cầu").contains("NC-2026-0002 · Mới · 2026-12-01 00:00",
          "NC-2026-0003 · Mới · 2026-12-01 00:00");
      assertThat(chats.say(900, "/xem NC-2026-0002").get(0).text()).contains("tạo lúc 2026-12-01 00:00");
      String stats = chats.say(900, "/thongke").get(0).text();
      assertThat(stats).contains("• 2026-11: 1", "• 2026-12: 2");
    }
  }

  @Test
  void the_csv_gives_local_date_and_time_without_fractions_and_storage_stays_utc() {
    try (StaffChats chats = threeNeedsAroundMidnight()) {
      List<Reply> export = chats.say(900, "/xuat 2026-12-01");
      String csv = new String(((Reply.Document) export.get(0)).content(), StandardCharsets.UTF_8);
      List<List<String>> rows = NeedExportTest.parseCsv(csv.substring(1));
      int created = rows.get(0).indexOf("Ngày tạo");
      assertThat(rows).hasSize(3);
      assertThat(rows.get(1).get(created)).isEqualTo("2026-12-01 00:00:00");
      assertThat(rows.get(2).get(created)).isEqualTo("2026-12-01 00:00:00");
      String jsonl = new String(((Reply.Document) export.get(1)).content(), StandardCharsets.UTF_8);
      assertThat(jsonl).contains("\"created_at\":\"2026-12-01T00:00:00+07:00\"");
      String audit = new String(((Reply.Document) export.get(2)).content(), StandardCharsets.UTF_8);
      assertThat(audit).contains("2026-11-23 16:00:00,900,xuat").doesNotContain("T09:00");
      String stored = chats.database().transaction(c -> {
        try (var rs = c.createStatement().executeQuery("SELECT created_at FROM needs WHERE id = 2")) {
          return rs.getString(1);
        }
      });
      assertThat(stored).isEqualTo("2026-11-30T17:00:00Z");
    }
  }
}
