package vn.ketnoi.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ketnoi.need.Need;

/**
 * Wanting to register for an event ("đăng ký tham dự techmart") leads to registering, never to
 * a need: the draft in progress stays as it was.
 */
class EventRegistrationWishTest {
  @TempDir Path dir;

  private static final String HOW = "Đăng ký tham dự";

  @Test
  void registering_for_a_techmart_is_not_a_need_and_leads_to_the_events() {
    try (Chat chat = new Chat(dir.resolve("k.db"), 42).consented()) {
      chat.say("Tôi muốn đăng ký tham dự techmart");
      assertThat(chat.lastText()).contains(HOW, "/sukien", "/dangky")
          .doesNotContain("số điện thoại", "Phiếu nhu cầu");
      chat.say("HTX Mận hậu Mộc Châu cần máy sấy mận hậu và kho bảo quản, sdt 0912 345 678");
      assertThat(chat.lastText()).contains("Phiếu nhu cầu").doesNotContainIgnoringCase("techmart");
    }
  }

  @Test
  void a_registration_wish_in_the_middle_of_a_need_leaves_the_need_and_asks_again() {
    try (Chat chat = new Chat(dir.resolve("k.db"), 42).consented()) {
      chat.say("HTX Mận hậu Mộc Châu cần máy sấy mận hậu và kho bảo quản");
      assertThat(chat.lastText()).contains("số điện thoại");
      chat.say("Tôi muốn đăng ký tham dự techmart");
      assertThat(chat.lastText()).contains(HOW, "số điện thoại");
      chat.say("dang ky tham du cho cong nghe giup em nhe");
      assertThat(chat.lastText()).contains(HOW, "số điện thoại");
      chat.say("0912 345 678");
      assertThat(chat.lastText()).contains("Phiếu nhu cầu", "máy sấy mận hậu")
          .doesNotContainIgnoringCase("techmart").doesNotContain("chợ công nghệ");
      chat.tap("Xác nhận");
      Need need = chat.needs.all().get(0);
      assertThat(need.card().title()).containsIgnoringCase("máy sấy").doesNotContainIgnoringCase("đăng ký");
    }
  }

  @Test
  void an_answer_about_events_says_how_to_register_and_a_bare_ask_after_it_is_registering() {
    try (Chat chat = new Chat(dir.resolve("k.db"), 42).consented()) {
      chat.say("Cho hỏi sắp tới Sở có tổ chức chợ công nghệ techmart nào không?");
      assertThat(chat.lastText()).contains("/sukien", HOW);
      chat.say("Đăng ký giúp HTX với");
      assertThat(chat.lastText()).contains(HOW).doesNotContain("Anh/chị cần công nghệ, thiết bị");
    }
  }

  @Test
  void before_consent_a_registration_wish_is_answered_and_not_held_as_a_need() {
    try (Chat chat = new Chat(dir.resolve("k.db"), 42)) {
      chat.say("/start");
      chat.say("cho em đăng ký chợ công nghệ");
      assertThat(chat.lastText()).contains(HOW);
      chat.tap("Đồng ý");
      assertThat(chat.lastText()).contains("Cảm ơn anh/chị đã đồng ý").doesNotContain("Phiếu nhu cầu", "cho xin số điện thoại");
    }
  }

  @Test
  void an_event_named_after_a_trade_is_still_registering_and_a_need_after_it_is_a_need() {
    try (Chat chat = new Chat(dir.resolve("k.db"), 42).consented()) {
      chat.say("Tôi muốn đăng ký tham dự hội chợ nông nghiệp công nghệ cao");
      assertThat(chat.lastText()).contains(HOW).doesNotContain("cho xin số điện thoại");
      chat.say("Đăng ký tham dự techmart. Bên em cần máy sấy lúa, sdt 0912 345 678, HTX Lúa gạo Tân Hiệp");
      assertThat(chat.lastText()).doesNotContain("/sukien").contains("Phiếu nhu cầu", "máy sấy lúa");
    }
  }

  @Test
  void registering_a_trademark_is_still_a_need() {
    try (Chat chat = new Chat(dir.resolve("k.db"), 42).consented()) {
      chat.say("HTX chè Tân Cương cần tư vấn đăng ký nhãn hiệu cho sản phẩm chè, sdt 0912 345 678");
      assertThat(chat.lastText()).doesNotContain("/sukien");
    }
  }
}
