package vn.ketnoi.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ketnoi.need.Need;

/** What a later message adds to the draft, and what it must leave alone. */
class LaterMessagesTest {
  @TempDir Path dir;

  @Test
  void naming_the_business_after_the_card_fills_who_and_keeps_the_need() {
    try (Chat chat = new Chat(dir.resolve("k.db"), 42).consented()) {
      chat.say("htx chè Tân Cương bọn em ở Thái Nguyên muốn tìm máy sao chè tự động, kinh phí"
          + " khoảng 800tr, sdt 0912 345 678");
      chat.say("HTX Chè Tân Cương, người liên hệ Nguyễn Văn Hùng");
      assertThat(chat.lastText()).contains("Phiếu nhu cầu", "Nguyễn Văn Hùng");
      chat.say("ok");
      Need need = chat.needs.all().get(0);
      assertThat(need.card().title()).containsIgnoringCase("máy sao chè");
      assertThat(need.card().contactName()).isEqualTo("Nguyễn Văn Hùng");
    }
  }

  @Test
  void naming_the_business_and_place_without_a_person_keeps_the_need() {
    try (Chat chat = new Chat(dir.resolve("k.db"), 42).consented()) {
      chat.say("htx che cua e can may sao che tu dong, du kien tam 800tr");
      chat.say("HTX che Tan Cuong, Thai Nguyen");
      chat.say("sdt 0912345678");
      chat.say("ok");
      Need need = chat.needs.all().get(0);
      assertThat(need.card().title()).containsIgnoringCase("may sao che");
      assertThat(need.card().description()).containsIgnoringCase("may sao che");
      assertThat(need.card().companyName()).isEqualTo("HTX che Tan Cuong");
      assertThat(need.card().province()).isEqualTo("Thái Nguyên");
    }
  }

  @Test
  void a_second_need_added_at_the_card_gets_its_own_card_after_the_first() {
    try (Chat chat = new Chat(dir.resolve("k.db"), 42).consented()) {
      chat.say("htx gao ST25 Soc Trang can may xay xat gao, 700tr, 0299 3822 333, a Tho");
      chat.say("a con can them may dong goi hut chan khong nua, tam 150tr");
      assertThat(chat.lastText()).contains("Phiếu nhu cầu", "May xay xat gao", "700 triệu");
      chat.say("ok");
      assertThat(chat.lastText()).contains("Phiếu nhu cầu", "May dong goi hut chan khong", "150 triệu");
      chat.say("ok");
      assertThat(chat.needs.all()).extracting(n -> n.card().budgetVndMax())
          .containsExactlyInAnyOrder(700_000_000L, 150_000_000L);
      assertThat(chat.needs.all()).extracting(n -> n.card().phone()).containsOnly("02993822333");
    }
  }

  @Test
  void cancelling_the_first_card_goes_on_to_the_second_need() {
    try (Chat chat = new Chat(dir.resolve("k.db"), 42).consented()) {
      chat.say("cty e can may cat laser fiber, 900tr, sdt 0907654321, a Tien");
      chat.say("ngoai ra con can phan mem quan ly kho, tam 50tr");
      chat.say("/huy");
      assertThat(chat.lastText()).contains("Phan mem quan ly kho");
      chat.tap("Cơ khí, chế tạo");
      assertThat(chat.lastText()).contains("Phiếu nhu cầu", "50 triệu", "0907654321")
          .doesNotContain("900 triệu");
      chat.say("ok");
      assertThat(chat.needs.all()).extracting(n -> n.card().budgetVndMax()).containsExactly(50_000_000L);
    }
  }

  @Test
  void a_corrected_need_replaces_the_first_rather_than_adding_one() {
    try (Chat chat = new Chat(dir.resolve("k.db"), 42).consented()) {
      chat.say("cty e can may cat laser fiber, 900tr, sdt 0907654321, a Tien");
      chat.say("a nham, can them may chan thuy luc chu khong phai may cat");
      assertThat(chat.lastText()).doesNotContain("phiếu riêng");
    }
  }

  @Test
  void renaming_the_business_keeps_where_it_is_and_the_need_s_sector() {
    try (Chat chat = new Chat(dir.resolve("k.db"), 42).consented()) {
      chat.say("e o htx lua gao Hai Hau Nam Dinh, muon lam may say lua, kinh phi 2 ty, sdt 0983555111");
      chat.say("ten day du la HTX nong nghiep Hai Hau");
      chat.say("ok");
      Need need = chat.needs.all().get(0);
      assertThat(need.card().companyName()).isEqualTo("HTX nong nghiep Hai Hau");
      assertThat(need.card().province()).isEqualTo("Nam Định");
      assertThat(need.card().sector()).isEqualTo(vn.ketnoi.card.Sector.CHE_BIEN_BAO_QUAN);
    }
  }

  @Test
  void a_new_name_written_after_sua_ten_thanh_is_the_name_alone() {
    try (Chat chat = new Chat(dir.resolve("k.db"), 42).consented()) {
      chat.say("htx tra Shan tuyet Ha Giang can may vo che, kinh phi 400tr, sdt 0919 111 222, a Pao");
      chat.say("sua ten htx thanh HTX Che Shan Tuyet Lung Phin");
      chat.say("ok");
      Need need = chat.needs.all().get(0);
      assertThat(need.card().companyName()).isEqualTo("HTX Che Shan Tuyet Lung Phin");
      assertThat(need.card().province()).isEqualTo("Hà Giang");
    }
  }

  @Test
  void a_later_budget_message_keeps_the_help_it_asks_for() {
    try (Chat chat = new Chat(dir.resolve("k.db"), 42).consented()) {
      chat.say("xuong minh gia cong kim loai o Ha Nam, can may chan ton CNC 4m, 0919 864 208, a Thinh");
      chat.say("ngan sach tam 700-900tr, ko can ho tro gi, chi can danh sach nha cung cap");
      chat.say("ok");
      Need need = chat.needs.all().get(0);
      assertThat(need.card().budgetVndMin()).isEqualTo(700_000_000L);
      assertThat(need.card().supportWanted()).containsExactly(vn.ketnoi.card.Support.KET_NOI);
    }
  }

  @Test
  void a_later_amount_with_a_plan_verb_leaves_the_need_s_title() {
    try (Chat chat = new Chat(dir.resolve("k.db"), 42).consented()) {
      chat.say("ben e o Quy Nhon, Binh Dinh che bien ca ngu dai duong, can he thong cap dong nhanh IQF");
      chat.say("von du kien 4-5 ty");
      chat.say("Công ty TNHH Hải sản Biển Xanh, a Khoa 0914 246 810");
      chat.say("ok");
      Need need = chat.needs.all().get(0);
      assertThat(need.card().title()).containsIgnoringCase("cap dong");
      assertThat(need.card().budgetVndMax()).isEqualTo(5_000_000_000L);
    }
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{1}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
      cty e lam ca phe rang xay, can may rang ca phe 60kg/me, 0905 234 567, a Vinh | kinh phi tam 1ty2, da vay ngan hang roi nen ko can ho tro von, chi can tu van chon may | rang ca phe
      co so e lam keo dua, can may cat keo va goi keo tu dong, 0275 3822 777, e Truc | voi lai muon dang ky nhan hieu keo dua cho co so luon, nho so ho tro | goi keo
      cty e can may thai cu dong va may say mien, 0214 3840 246, e Hang              | may thai tam 200tr, may say tam 400tr, tong 600tr | may thai cu dong
      """)
  void help_asked_or_the_need_said_again_later_leaves_the_title(String first, String later, String kept) {
    try (Chat chat = new Chat(dir.resolve("k.db"), 42).consented()) {
      chat.say(first);
      chat.say(later);
      assertThat(chat.lastText()).contains("Phiếu nhu cầu");
      chat.say("ok");
      Need need = chat.needs.all().get(0);
      assertThat(vn.ketnoi.text.Fold.fold(need.card().title().toLowerCase())).contains(kept);
    }
  }

  @Test
  void after_cancelling_a_card_the_next_one_offers_its_contact_and_erasing_forgets_it() {
    try (Chat chat = new Chat(dir.resolve("k.db"), 42).consented()) {
      chat.say("htx mat ong Son La can may loc mat ong tach nuoc, 150tr, 0212 3852 111, HTX Ong mat Moc Chau, a Quy");
      chat.tap("Hủy");
      chat.say("can may dong chai mat ong tu dong, 200tr");
      assertThat(chat.lastText()).contains("Dùng lại số 02123852111");
      chat.tap("Dùng lại");
      chat.say("ok");
      assertThat(chat.needs.all()).extracting(n -> n.card().phone()).containsExactly("02123852111");
    }
  }

  @Test
  void erasing_forgets_a_cancelled_card_s_contact() {
    try (Chat chat = new Chat(dir.resolve("k.db"), 42).consented()) {
      chat.say("cty e can may cat laser fiber, 900tr, sdt 0907654321, a Tien");
      chat.say("/huy");
      chat.say("/xoadulieu");
      chat.tap("Xóa dữ liệu");
      chat.say("/start");
      chat.tap("Đồng ý");
      chat.say("cty e can may cat laser fiber, 900tr");
      assertThat(chat.lastText()).doesNotContain("0907654321");
    }
  }
}
