package vn.ketnoi.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ketnoi.conversation.StaffChats;
import vn.ketnoi.card.NeedType;
import vn.ketnoi.card.OriginScope;
import vn.ketnoi.card.Sector;
import vn.ketnoi.card.Support;
import vn.ketnoi.need.Need;
import vn.ketnoi.card.Source;

/** /sua: every field, by code, Vietnamese name or short name; bad fields and values store nothing. */
class StaffEditTest {
  @TempDir Path dir;

  private static final String NEED =
      "Công ty TNHH Chè Tân Cương, Thái Nguyên cần dây chuyền sấy chè xanh, kinh phí khoảng 1,5 tỷ."
          + " Liên hệ anh Nguyễn Văn Nam 0912 345 678";

  /** A staff command, what it must do to the need, and the field whose source becomes staff. */
  private record Good(String command, Function<Need, Object> read, Object expected, String source) {}

  private static final List<Good> GOOD = List.of(
      new Good("linhvuc che_bien_bao_quan", n -> n.card().sector(), Sector.CHE_BIEN_BAO_QUAN, "sector"),
      new Good("lĩnh vực môi trường", n -> n.card().sector(), Sector.MOI_TRUONG_NANG_LUONG, "sector"),
      new Good("sector khac", n -> n.card().sector(), Sector.KHAC, "sector"),
      new Good("linh vuc che bien", n -> n.card().sector(), Sector.CHE_BIEN_BAO_QUAN, "sector"),
      new Good("kinhphi 300 triệu", n -> n.card().budgetVndMax(), 300_000_000L, "budget_vnd_max"),
      new Good("kinh phí từ 500 triệu đến 1 tỷ", n -> n.card().budgetVndMin(), 500_000_000L, "budget_vnd_min"),
      new Good("kinhphitoida 2 tỷ", n -> n.card().budgetVndMax(), 2_000_000_000L, "budget_vnd_max"),
      new Good("kinhphitoithieu 800tr", n -> n.card().budgetVndMin(), 800_000_000L, "budget_vnd_min"),
      new Good("sdt 0912 345 679", n -> n.card().phone(), "0912345679", "phone"),
      new Good("số điện thoại +84 987 654 321", n -> n.card().phone(), "0987654321", "phone"),
      new Good("phone 0977.111.222", n -> n.card().phone(), "0977111222", "phone"),
      new Good("email Lan@ChèTânCương.vn lan@chetancuong.vn", n -> n.card().email(), "lan@chetancuong.vn", "email"),
      new Good("tinh An Giang", n -> n.provinceCurrent(), "An Giang", "province"),
      new Good("tỉnh kien giang", n -> n.card().province(), "Kiên Giang", "province"),
      new Good("doanhnghiep HTX Chè Tân Cương", n -> n.card().companyName(), "HTX Chè Tân Cương", "company_name"),
      new Good("người liên hệ chị Trần Thị Lan", n -> n.card().contactName(), "Trần Thị Lan", "contact_name"),
      new Good("noidung Hệ thống lọc bụi tĩnh điện", n -> n.card().title(), "Hệ thống lọc bụi tĩnh điện", "title"),
      new Good("mô tả Bụi chè ở xưởng sấy vượt ngưỡng", n -> n.card().description(), "Bụi chè ở xưởng sấy vượt ngưỡng", "description"),
      new Good("loainhucau tư vấn", n -> n.card().needType(), NeedType.TU_VAN, "need_type"),
      new Good("loại nhu cầu phan_mem", n -> n.card().needType(), NeedType.PHAN_MEM, "need_type"),
      new Good("xuatxu nước ngoài", n -> n.card().originScope(), OriginScope.NUOC_NGOAI, "origin_scope"),
      new Good("quocgia Nhật, Đức", n -> n.card().originCountries(), List.of("Nhật Bản", "Đức"), "origin_countries"),
      new Good("thoigian quý 3/2026", n -> n.card().timeline(), "quý 3/2026", "timeline"),
      new Good("hotro tài chính, kết nối", n -> n.card().supportWanted(), List.of(Support.TAI_CHINH, Support.KET_NOI), "support_wanted"),
      new Good("laodong 45 người", n -> n.card().employees(), 45, "employees"),
      new Good("sản phẩm chè xanh, chè đen", n -> n.card().products(), List.of("chè xanh", "chè đen"), "products"),
      new Good("lienhekhac 0987 654 321, lan@htx.vn", Need::otherContacts, List.of("0987654321", "lan@htx.vn"), "other_contacts"));

  @Test
  void every_field_can_be_corrected_by_short_name_vietnamese_name_or_code() {
    try (StaffChats chats = new StaffChats(dir.resolve("s.db"))) {
      chats.business(42, NEED);
      for (Good good : GOOD) {
        List<String> reply = texts(chats.say(900, "/sua NC-2026-0001 " + good.command()));
        assertThat(reply).as(good.command()).singleElement().asString().startsWith("Đã sửa");
        Need need = chats.needs().get(0);
        assertThat(good.read().apply(need)).as(good.command()).isEqualTo(good.expected());
        assertThat(need.fieldSources()).as(good.command()).containsEntry(good.source(), Source.STAFF);
        assertThat(need.unreadable()).isEmpty();
      }
      assertThat(chats.audit().actions(chats.needs().get(0).id())).extracting(AuditLog.Action::action)
          .contains("sua:sector", "sua:budget", "sua:budget_vnd_max", "sua:phone", "sua:other_contacts")
          .hasSize(GOOD.size());
    }
  }

  @Test
  void a_sector_that_is_no_code_is_refused_with_the_valid_ones_and_nothing_is_stored() {
    try (StaffChats chats = new StaffChats(dir.resolve("s.db"))) {
      chats.business(42, NEED);
      List<String> before = row(chats);
      String reply = chats.say(900, "/sua NC-2026-0001 sector khong_co").get(0).text();
      assertThat(reply).startsWith("Chưa sửa NC-2026-0001 – Lĩnh vực").contains("\"khong_co\"",
          "che_bien_bao_quan (Chế biến, bảo quản", "moi_truong_nang_luong (Môi trường, năng lượng)");
      assertThat(row(chats)).isEqualTo(before);
      assertThat(chats.say(900, "/ds").get(0).text()).contains("NC-2026-0001");
      assertThat(chats.say(42, "/trangthai").get(0).text()).contains("NC-2026-0001");
    }
  }

  @Test
  void bad_fields_and_values_are_refused_in_vietnamese_and_store_nothing() {
    List<String> bad = List.of("sdt 12345", "email lan at htx", "tinh Atlantis", "kinhphi nhiều lắm",
        "kinhphitoida từ 1 đến 2 tỷ", "laodong năm mươi", "quocgia Nhật, Wakanda", "hotro bay lên",
        "loainhucau xyz", "xuatxu sao hỏa", "noidung " + "x".repeat(201), "lienhekhac gọi giờ hành chính",
        "kinhphitoithieu 5 tỷ", "sdt -", "noidung -", "truongla 5", "lĩnh vực", "linhvuc công nghệ");
    try (StaffChats chats = new StaffChats(dir.resolve("s.db"))) {
      chats.business(42, NEED);
      chats.say(900, "/sua NC-2026-0001 mota -");
      List<String> before = row(chats);
      int audited = chats.audit().actions(null).size();
      for (String command : bad) {
        String reply = String.join("\n", texts(chats.say(900, "/sua NC-2026-0001 " + command)));
        assertThat(reply).as(command).matches("(?s)(Chưa sửa NC-2026-0001 – |Không có trường|Cách dùng).*")
            .doesNotContain("Đã sửa");
        assertThat(row(chats)).as(command).isEqualTo(before);
      }
      assertThat(chats.audit().actions(null)).hasSize(audited);
      assertThat(chats.say(900, "/sua NC-2026-0001 truongla 5").get(0).text())
          .contains("Không có trường \"truongla\"", "linhvuc (Lĩnh vực)", "kinhphi (Kinh phí dự kiến)");
      assertThat(chats.say(900, "/sua NC-2026-0001 sdt 12345").get(0).text()).contains("10 chữ số");
      assertThat(chats.say(900, "/sua NC-2026-0001 sdt -").get(0).text()).contains("Điện thoại / Email");
      assertThat(chats.say(900, "/sua NC-2026-0001 kinhphitoithieu 5 tỷ").get(0).text())
          .contains("không được lớn hơn");
      assertThat(chats.say(900, "/sua NC-9999-0001 sdt 0912345678").get(0).text()).contains("Không tìm thấy");
    }
  }

  @Test
  void the_dust_filter_need_filed_under_other_sectors_moves_and_lists_under_the_new_one() {
    try (StaffChats chats = new StaffChats(dir.resolve("s.db"))) {
      chats.business(42, "Cơ sở mộc Hòa Bình cần hệ thống lọc bụi cho xưởng, sdt 0912 345 678");
      chats.say(900, "/sua NC-2026-0001 linhvuc khác");
      assertThat(chats.needs().get(0).card().sector()).isEqualTo(Sector.KHAC);
      chats.say(900, "/sua NC-2026-0001 lĩnh vực Môi trường, năng lượng");
      assertThat(chats.say(900, "/ds linhvuc=moi_truong_nang_luong").get(0).text()).startsWith("Có 1 nhu cầu");
      assertThat(chats.say(900, "/ds linhvuc=môi trường").get(0).text()).startsWith("Có 1 nhu cầu");
      assertThat(chats.say(900, "/ds linhvuc=khac").get(0).text()).startsWith("Có 0 nhu cầu");
      String view = chats.say(901, "/xem NC-2026-0001").get(0).text();
      assertThat(view).contains("• Lĩnh vực: Môi trường, năng lượng [cán bộ sửa]",
          "sửa Lĩnh vực: Lĩnh vực khác → Môi trường, năng lượng");
    }
  }

  @Test
  void a_cleared_field_is_gone_and_a_need_whose_data_was_erased_takes_no_personal_data_back() {
    try (StaffChats chats = new StaffChats(dir.resolve("s.db"))) {
      chats.business(42, NEED);
      assertThat(chats.say(900, "/sua NC-2026-0001 kinhphi -").get(0).text()).startsWith("Đã sửa");
      assertThat(chats.needs().get(0).card().hasBudget()).isFalse();
      chats.say(42, "/xoadulieu");
      chats.press(42, "erase:yes");
      assertThat(chats.say(900, "/sua NC-2026-0001 sdt 0912 345 678").get(0).text())
          .contains("đã yêu cầu xóa dữ liệu cá nhân");
      assertThat(chats.needs().get(0).card().phone()).isNull();
      assertThat(chats.say(900, "/sua NC-2026-0001 linhvuc y_duoc").get(0).text()).startsWith("Đã sửa");
    }
  }

  @Test
  void an_edit_is_refused_to_anyone_but_staff() {
    try (StaffChats chats = new StaffChats(dir.resolve("s.db"))) {
      chats.business(42, NEED);
      List<String> before = row(chats);
      assertThat(chats.say(42, "/sua NC-2026-0001 linhvuc y_duoc").get(0).text())
          .isEqualTo("Lệnh này chỉ dành cho cán bộ Sở.");
      assertThat(row(chats)).isEqualTo(before);
    }
  }

  private static List<String> texts(List<vn.ketnoi.chat.Reply> replies) {
    return replies.stream().map(vn.ketnoi.chat.Reply::text).toList();
  }

  /** The need's row as stored, every column. */
  private static List<String> row(StaffChats chats) {
    return chats.database().transaction(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT * FROM needs WHERE code = 'NC-2026-0001'");
          ResultSet rs = ps.executeQuery()) {
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
          values.add(rs.getMetaData().getColumnName(i) + "=" + rs.getString(i));
        }
        return values;
      }
    });
  }
}
