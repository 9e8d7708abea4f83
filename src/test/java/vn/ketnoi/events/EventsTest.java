package vn.ketnoi.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ketnoi.chat.Reply;
import vn.ketnoi.conversation.StaffChats;
import vn.ketnoi.need.Dates;
import vn.ketnoi.need.NeedExportTest;
import vn.ketnoi.storage.Sql;

/** The business side of events through the real core on a real SQLite file; staff are 900 and 901. */
class EventsTest {
  /** The core's clock in {@link StaffChats}: 2026-11-23 09:00 UTC. */
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);
  private static final Dates DATES = new Dates(ZoneId.of("Asia/Ho_Chi_Minh"));
  private static final String NEED = "Công ty TNHH Chè Tân Cương ở Thái Nguyên cần dây chuyền sấy chè,"
      + " sdt 0912 345 678, anh Nguyễn Văn Nam";

  @TempDir Path dir;
  StaffChats chats;
  EventStore store;

  @BeforeEach
  void open() {
    chats = new StaffChats(dir.resolve("events.db"));
    store = new EventStore(chats.database(), CLOCK, DATES, List.of());
  }

  @AfterEach
  void close() {
    chats.close();
  }

  private Event techmart() {
    return store.create(new EventStore.NewEvent("Chợ công nghệ Thái Nguyên 2026", "chợ công nghệ",
        Instant.parse("2026-12-10T01:30:00Z"), "Nhà văn hóa tỉnh", "Gian hàng thiết bị chế biến chè",
        null, true, 900));
  }

  private static List<Reply.Choice> choices(List<Reply> replies) {
    return replies.stream().filter(Reply.Choice.class::isInstance).map(Reply.Choice.class::cast).toList();
  }

  private static String button(List<Reply> replies, String label) {
    return choices(replies).stream().flatMap(c -> c.buttons().stream())
        .filter(b -> b.label().contains(label)).map(Reply.Button::data).findFirst()
        .orElseThrow(() -> new AssertionError("no button '" + label + "' in " + replies));
  }

  private static String text(List<Reply> replies) {
    return String.join("\n", replies.stream().map(Reply::text).toList());
  }

  private long rows(String countQuery, Object... args) {
    return Sql.one(chats.database(), countQuery, r -> r.getLong(1), args).orElseThrow();
  }

  @Test
  void subscribing_needs_no_need_records_its_own_consent_and_stopping_answers_in_one_line() {
    List<Reply> subscribed = chats.say(42, "/dangky");
    assertThat(subscribed).hasSize(1);
    assertThat(subscribed.get(0).text()).contains("đã đăng ký nhận thông báo", "/huydangky");
    assertThat(rows("SELECT count(*) FROM subscriptions WHERE telegram_user_id = 42 AND consent_version = ?"
        + " AND subscribed_at = ? AND unsubscribed_at IS NULL", Subscriptions.NOTICE_VERSION, CLOCK.instant()))
        .isOne();
    // Announcements are a purpose of their own: the consent to process needs is not given by it.
    assertThat(rows("SELECT count(*) FROM users WHERE telegram_user_id = 42")).isZero();
    assertThat(chats.say(42, "/dangky").get(0).text()).contains("đã đăng ký nhận thông báo rồi");

    List<Reply> stopped = chats.say(42, "/huydangky");
    assertThat(stopped).hasSize(1);
    assertThat(stopped.get(0).text()).contains("không nhận thông báo");
    assertThat(rows("SELECT count(*) FROM subscriptions WHERE unsubscribed_at IS NOT NULL")).isOne();
    assertThat(chats.say(42, "/huydangky").get(0).text()).contains("chưa đăng ký nhận thông báo");
    assertThat(chats.say(42, "/dangky").get(0).text()).contains("đã đăng ký nhận thông báo");
    assertThat(rows("SELECT count(*) FROM subscriptions WHERE unsubscribed_at IS NULL")).isOne();
  }

  @Test
  void after_a_saved_need_the_offer_to_subscribe_comes_once_and_a_second_press_says_already() {
    List<Reply> saved = chats.business(42, NEED);
    String subscribe = button(saved, "Nhận thông báo");
    assertThat(text(saved)).contains("Nhận thông báo sự kiện, chợ công nghệ phù hợp?");
    assertThat(chats.press(42, subscribe).get(0).text()).contains("đã đăng ký nhận thông báo");
    assertThat(chats.press(42, subscribe).get(0).text()).contains("đã đăng ký nhận thông báo rồi");
    assertThat(rows("SELECT count(*) FROM subscriptions")).isOne();

    List<Reply> second = chats.business(42, "Cần máy sao chè, sdt 0912 345 678, anh Nguyễn Văn Nam,"
        + " Công ty TNHH Chè Tân Cương ở Thái Nguyên");
    assertThat(text(second)).contains("Đã lưu nhu cầu").doesNotContain("chợ công nghệ phù hợp?");
    // Someone who let the offer pass is not asked again either.
    List<Reply> other = chats.business(43, "HTX Rau Sạch ở Sơn La cần nhà màng, sdt 0977 123 456, chị Lan");
    assertThat(text(other)).contains("chợ công nghệ phù hợp?");
    assertThat(text(chats.business(43, "HTX Rau Sạch ở Sơn La cần hệ thống tưới, sdt 0977 123 456, chị Lan")))
        .doesNotContain("chợ công nghệ phù hợp?");
  }

  @Test
  void sukien_lists_dated_events_with_place_and_button_and_the_shipped_samples_as_not_scheduled() {
    Event techmart = techmart();
    store.create(new EventStore.NewEvent("Hội thảo đã qua", "hội thảo", Instant.parse("2026-11-01T01:00:00Z"),
        "Sở KH&CN", "Đã diễn ra", null, true, 900));
    store.create(new EventStore.NewEvent("Tọa đàm không nhận đăng ký", "tọa đàm",
        Instant.parse("2026-12-20T02:00:00Z"), "Hội trường Sở", "Chỉ mời", null, false, 900));

    List<Reply> listed = chats.say(42, "/sukien");
    String all = text(listed);
    assertThat(all).contains("Chợ công nghệ Thái Nguyên 2026", "2026-12-10 08:30", "Nhà văn hóa tỉnh",
        "Gian hàng thiết bị chế biến chè", "Tọa đàm không nhận đăng ký", "Techmart", "chưa có lịch")
        .doesNotContain("Hội thảo đã qua");
    // Dated first; the shipped samples, which have no date, after, with no registration button.
    assertThat(all.indexOf("Chợ công nghệ Thái Nguyên")).isLessThan(all.indexOf("Techmart"));
    assertThat(choices(listed)).singleElement().satisfies(c -> {
      assertThat(c.text()).contains(techmart.title());
      assertThat(c.buttons()).extracting(Reply.Button::label).containsExactly("Đăng ký tham dự");
    });
    assertThat(listed.stream().filter(r -> r.text().contains("Techmart")).findFirst().orElseThrow())
        .isInstanceOf(Reply.Text.class);
  }

  @Test
  void registering_twice_keeps_one_registration_and_the_cancel_button_undoes_it() {
    techmart();
    chats.business(42, NEED);
    String register = button(chats.say(42, "/sukien"), "Đăng ký tham dự");
    List<Reply> first = chats.press(42, register);
    assertThat(first.get(0).text()).contains("đã đăng ký tham dự", "Chợ công nghệ Thái Nguyên 2026");
    assertThat(chats.press(42, register).get(0).text()).contains("đã đăng ký tham dự sự kiện này rồi");
    assertThat(rows("SELECT count(*) FROM event_registrations")).isOne();
    assertThat(rows("SELECT count(*) FROM event_registrations WHERE phone = '0912345678' AND source = 'sukien'"
        + " AND company_name LIKE '%Chè Tân Cương%'")).isOne();

    String cancel = button(first, "Hủy đăng ký");
    assertThat(chats.press(42, cancel).get(0).text()).contains("Đã hủy đăng ký");
    assertThat(rows("SELECT count(*) FROM event_registrations")).isZero();
    assertThat(chats.press(42, cancel).get(0).text()).contains("chưa đăng ký tham dự");
    assertThat(chats.press(42, register).get(0).text()).contains("đã đăng ký tham dự");
    assertThat(rows("SELECT count(*) FROM event_registrations")).isOne();
  }

  @Test
  void forged_or_stale_event_buttons_answer_expired_and_store_nothing() {
    Event techmart = techmart();
    Event past = store.create(new EventStore.NewEvent("Hội thảo đã qua", "hội thảo",
        Instant.parse("2026-11-20T01:00:00Z"), "Sở KH&CN", "Đã diễn ra", null, true, 900));
    chats.business(42, NEED);
    for (String forged : List.of("evreg:sukien:" + past.id(), "evreg:sukien:9999", "evreg:khac:" + techmart.id(), "evreg:sukien:",
        "evreg", "evunreg:", "evunreg:9999", "evsub:x", "evreg:sukien:ev-techmart-mau",
        "evreg:sukien:99999999999999999999", "evreg:sukien:" + techmart.id() + ":x")) {
      assertThat(chats.press(42, forged)).as(forged).singleElement()
          .satisfies(r -> assertThat(r.text()).contains("hết hạn"));
    }
    assertThat(rows("SELECT count(*) FROM event_registrations")).isZero();
    assertThat(rows("SELECT count(*) FROM subscriptions")).isZero();
  }

  @Test
  void a_registration_press_before_consent_asks_for_consent_and_registers_nothing() {
    techmart();
    String register = button(chats.say(42, "/sukien"), "Đăng ký tham dự");
    assertThat(text(chats.press(42, register))).contains("có đồng ý");
    assertThat(rows("SELECT count(*) FROM event_registrations")).isZero();
    chats.press(42, "consent:yes");
    assertThat(chats.press(42, register).get(0).text()).contains("đã đăng ký tham dự");
    // No need yet: the registration has no contact to copy, staff see it empty.
    assertThat(rows("SELECT count(*) FROM event_registrations WHERE phone IS NULL")).isOne();
  }

  @Test
  void a_deep_link_for_a_new_user_opens_the_event_after_consent_and_records_the_link_as_source() {
    Event techmart = techmart();
    List<Reply> first = chats.say(42, "/start evt_" + techmart.id());
    assertThat(text(first)).contains("có đồng ý").doesNotContain(techmart.title());
    List<Reply> agreed = chats.press(42, "consent:yes");
    assertThat(agreed.get(0).text()).contains("Cảm ơn");
    assertThat(text(agreed)).contains(techmart.title(), "Nhà văn hóa tỉnh");
    chats.press(42, button(agreed, "Đăng ký tham dự"));
    assertThat(rows("SELECT count(*) FROM event_registrations WHERE source = 'lienket'")).isOne();
    // The link is shown once: a later consent has nothing held.
    assertThat(rows("SELECT count(*) FROM event_links_waiting")).isZero();
  }

  @Test
  void a_deep_link_for_a_consented_user_opens_the_event_straight_away_and_an_unknown_one_says_so() {
    Event techmart = techmart();
    chats.business(42, NEED);
    List<Reply> opened = chats.say(42, "/start@ketnoi_bot evt_" + techmart.id());
    assertThat(opened).singleElement().satisfies(r -> assertThat(r.text()).contains(techmart.title()));
    assertThat(chats.say(42, "/start evt_777").get(0).text()).contains("Không tìm thấy sự kiện");
    assertThat(text(chats.say(42, "/start evt_ev-techmart-mau"))).contains("Techmart", "chưa có lịch");
  }

  @Test
  void staff_export_registrants_as_csv_with_bom_vietnamese_headers_local_time_and_source() {
    Event techmart = techmart();
    chats.business(42, NEED);
    chats.press(42, button(chats.say(42, "/sukien"), "Đăng ký tham dự"));
    chats.say(43, "/start evt_" + techmart.id());
    chats.press(43, button(chats.press(43, "consent:yes"), "Đăng ký tham dự"));

    List<Reply> exported = chats.say(900, "/dangkysk " + techmart.id());
    Reply.Document csv = (Reply.Document) exported.get(0);
    assertThat(csv.fileName()).endsWith(".csv");
    assertThat(csv.text()).contains("2 lượt đăng ký");
    String content = new String(csv.content(), StandardCharsets.UTF_8);
    assertThat(content).startsWith("\uFEFF");
    List<List<String>> table = NeedExportTest.parseCsv(content.substring(1));
    assertThat(table.get(0)).containsExactly("Họ tên", "Doanh nghiệp", "Số điện thoại", "Thời gian đăng ký", "Nguồn");
    assertThat(table).hasSize(3);
    assertThat(table.get(1).get(0)).contains("Nam");
    assertThat(table.get(1).get(1)).contains("Chè Tân Cương");
    assertThat(table.get(1).subList(2, 5)).containsExactly("0912345678", "2026-11-23 16:00:00", "Danh sách /sukien");
    assertThat(table.get(2)).containsExactly("", "", "", "2026-11-23 16:00:00", "Liên kết sự kiện");
    assertThat(chats.say(900, "/dangkysk 9999").get(0).text()).contains("Cách dùng");
    assertThat(chats.say(900, "/dangkysk").get(0).text())
        .contains("• " + techmart.id() + " – Chợ công nghệ Thái Nguyên 2026 – 2 đăng ký", "ev-techmart-mau");
  }

  @Test
  void someone_not_on_staff_ids_is_refused_the_registrant_export_and_gets_no_file() {
    Event techmart = techmart();
    chats.business(42, NEED);
    chats.press(42, button(chats.say(42, "/sukien"), "Đăng ký tham dự"));
    List<Reply> refused = chats.say(42, "/dangkysk " + techmart.id());
    assertThat(refused).singleElement().satisfies(r -> {
      assertThat(r).isInstanceOf(Reply.Text.class);
      assertThat(r.text()).isEqualTo("Lệnh này chỉ dành cho cán bộ Sở.");
    });
    assertThat(Objects.requireNonNull(refused.get(0).text())).doesNotContain("0912345678");
  }
}
