package vn.ketnoi.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ketnoi.chat.Reply;
import vn.ketnoi.conversation.StaffChats;
import vn.ketnoi.need.Need;
import vn.ketnoi.need.NeedStatus;
import vn.ketnoi.card.Source;

class StaffDeskTest {
  @TempDir Path dir;

  private static final String NEED =
      "Công ty TNHH Chè \"Tân Cương\", Thái Nguyên cần dây chuyền sấy chè xanh & đóng gói,"
          + " kinh phí khoảng 1,5 tỷ. Liên hệ anh Nguyễn Văn Nam 0912 345 678";

  @Test
  void only_staff_get_staff_commands_and_buttons() {
    try (StaffChats chats = new StaffChats(dir.resolve("s.db"))) {
      chats.business(42, NEED);
      for (String command : List.of("/ds", "/xem NC-2026-0001", "/xuat", "/thongke", "/sua NC-2026-0001 phone 0999999999")) {
        List<Reply> replies = chats.say(42, command);
        assertThat(replies).hasSize(1);
        assertThat(replies.get(0).text()).isEqualTo("Lệnh này chỉ dành cho cán bộ Sở.");
      }
      Need need = chats.needs().get(0);
      assertThat(chats.press(42, "ss:" + need.id() + ":dang_xu_ly").get(0).text())
          .isEqualTo("Lệnh này chỉ dành cho cán bộ Sở.");
      assertThat(chats.needs().get(0).status()).isEqualTo(NeedStatus.MOI);
      assertThat(chats.needs().get(0).card().phone()).isEqualTo("0912345678");
    }
  }

  @Test
  void staff_are_told_of_a_new_need_with_status_buttons() {
    try (StaffChats chats = new StaffChats(dir.resolve("s.db"))) {
      List<Reply> replies = chats.business(42, NEED);
      List<Reply.Notice> notices = replies.stream().filter(r -> r instanceof Reply.Notice)
          .map(r -> (Reply.Notice) r).toList();
      assertThat(notices).extracting(Reply.Notice::chatId).containsExactlyInAnyOrder(900L, 901L);
      assertThat(notices.get(0).text()).contains("NC-2026-0001", "Công ty TNHH Chè", "0912345678", "Gợi ý:");
      assertThat(notices.get(0).buttons()).extracting(Reply.Button::label)
          .containsExactly("Đang xử lý", "Từ chối");
    }
  }

  @Test
  void a_status_change_with_a_visible_note_tells_the_business_and_is_audited() {
    try (StaffChats chats = new StaffChats(dir.resolve("s.db"))) {
      chats.business(42, NEED);
      Need need = chats.needs().get(0);
      chats.press(900, "ss:" + need.id() + ":dang_xu_ly");
      List<Reply> asked = chats.say(900, "Đã gọi điện, hẹn khảo sát thứ Hai");
      assertThat(asked.get(0).text()).contains("Gửi ghi chú này cho doanh nghiệp");
      List<Reply> done = chats.press(900, "sn:show");
      assertThat(done.get(0).text()).contains("Đã chuyển NC-2026-0001 sang «Đang xử lý»");
      Reply.Notice toBusiness = (Reply.Notice) done.get(1);
      assertThat(toBusiness.chatId()).isEqualTo(42);
      assertThat(toBusiness.text()).contains("«Đang xử lý»", "hẹn khảo sát thứ Hai");
      assertThat(chats.needs().get(0).status()).isEqualTo(NeedStatus.DANG_XU_LY);
      chats.press(900, "ss:" + need.id() + ":da_ket_noi");
      List<Reply> silent = chats.press(900, "sn:none");
      assertThat(((Reply.Notice) silent.get(1)).text()).doesNotContain("Ghi chú");
      assertThat(chats.press(900, "ss:" + need.id() + ":dang_xu_ly").get(0).text()).contains("hết hạn");
      assertThat(chats.audit().actions(need.id())).extracting(AuditLog.Action::action)
          .containsExactly("trang_thai", "trang_thai");
      List<Reply> view = chats.say(901, "/xem NC-2026-0001");
      assertThat(view.get(0).text()).contains("Lời doanh nghiệp", "[quy tắc]", "Đang xử lý",
          "hẹn khảo sát", "Nhật ký thao tác", "cán bộ 900");
    }
  }

  @Test
  void a_staff_edit_is_recorded_as_such() {
    try (StaffChats chats = new StaffChats(dir.resolve("s.db"))) {
      chats.business(42, NEED);
      chats.say(900, "/sua NC-2026-0001 phone 0988777666");
      Need need = chats.needs().get(0);
      assertThat(need.card().phone()).isEqualTo("0988777666");
      assertThat(need.fieldSources()).containsEntry("phone", Source.STAFF);
      assertThat(chats.audit().actions(need.id()).get(0).before()).isEqualTo("0912345678");
    }
  }

  @Test
  void export_gives_a_csv_with_a_bom_and_jsonl_and_stats_give_a_chart() {
    try (StaffChats chats = new StaffChats(dir.resolve("s.db"))) {
      chats.business(42, NEED);
      chats.business(43, "HTX Rau Sạch ở Sơn La cần nhà màng trồng rau thủy canh, sdt 0977 123 456, chị Lan");
      List<Reply> export = chats.say(900, "/xuat");
      Reply.Document csv = (Reply.Document) export.get(0);
      String text = new String(csv.content(), StandardCharsets.UTF_8);
      assertThat(text).startsWith("\uFEFF");
      List<List<String>> rows = vn.ketnoi.need.NeedExportTest.parseCsv(text.substring(1));
      assertThat(rows).hasSize(3);
      // The business's own words carry quotes, commas and an ampersand through the round trip.
      assertThat(rows.get(1).get(rows.get(0).indexOf("Tin nhắn của doanh nghiệp"))).isEqualTo(NEED);
      assertThat(((Reply.Document) export.get(1)).fileName()).endsWith(".jsonl");
      List<Reply> stats = chats.say(900, "/thongke");
      assertThat(stats.get(0).text()).contains("Tổng số nhu cầu: 2", "Theo lĩnh vực", "Theo tháng");
      byte[] png = ((Reply.Image) stats.get(1)).png();
      assertThat(new String(png, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
      assertThat(chats.audit().actions(null)).extracting(AuditLog.Action::action).contains("xuat");
    }
  }

  @Test
  void fifty_needs_filtered_by_sector_and_status_page_through_exactly_the_right_ones() {
    try (StaffChats chats = new StaffChats(dir.resolve("s.db"))) {
      List<String> expected = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        boolean tea = i % 3 == 0;
        String text = tea ? "Cơ sở Chè Số Một cần máy sấy chè, sdt 0912 345 " + String.format("%03d", i)
            : "Cơ sở Cơ Khí Bình An cần máy tiện CNC gia công trục, sdt 0912 345 " + String.format("%03d", i);
        chats.business(1000 + i, text);
        Need saved = chats.needs().get(chats.needs().size() - 1);
        if (i % 2 == 0) {
          chats.press(900, "ss:" + saved.id() + ":dang_xu_ly");
          chats.press(900, "sn:none");
        }
        if (tea && i % 2 == 0) {
          expected.add(0, saved.code());
        }
      }
      List<String> listed = new ArrayList<>();
      List<Reply> page = chats.say(900, "/ds linhvuc=che_bien_bao_quan trangthai=dang_xu_ly");
      assertThat(page.get(0).text()).startsWith("Có " + expected.size() + " nhu cầu");
      while (true) {
        for (String line : page.get(0).text().split("\n")) {
          if (line.startsWith("• ")) {
            listed.add(line.substring(2, line.indexOf(' ', 2)));
          }
        }
        if (!(page.get(0) instanceof Reply.Choice c) || c.buttons().stream().noneMatch(b -> b.data().equals("sp:next"))) {
          break;
        }
        page = chats.press(900, "sp:next");
      }
      assertThat(listed).containsExactlyElementsOf(expected);
    }
  }

  @Test
  void a_business_that_erased_its_data_stays_countable_but_anonymous() {
    try (StaffChats chats = new StaffChats(dir.resolve("s.db"))) {
      chats.business(42, NEED);
      chats.say(42, "/xoadulieu");
      chats.press(42, "erase:yes");
      String view = chats.say(900, "/xem NC-2026-0001").get(0).text();
      assertThat(view).contains("đã yêu cầu xóa dữ liệu cá nhân").doesNotContain("0912345678")
          .doesNotContain("Nguyễn Văn Nam").doesNotContain("Lời doanh nghiệp");
      assertThat(chats.say(900, "/thongke").get(0).text()).contains("Tổng số nhu cầu: 1");
    }
  }

}
