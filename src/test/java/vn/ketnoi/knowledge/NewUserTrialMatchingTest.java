package vn.ketnoi.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ketnoi.card.NeedCard;
import vn.ketnoi.extraction.Provinces;
import vn.ketnoi.extraction.RuleExtractor;
import vn.ketnoi.text.Messages;

/**
 * The messages of a new-user trial, as the businesses wrote them, read by the rule extractor and
 * matched against the shipped catalogue as the conversation does (card and the business's words).
 */
class NewUserTrialMatchingTest {
  private static Matcher matcher;
  private static final RuleExtractor EXTRACTOR = new RuleExtractor(new Provinces());

  @BeforeAll
  static void open() {
    matcher = new Matcher(KnowledgeBase.load(Path.of("knowledge")), Messages.load());
  }

  @AfterAll
  static void close() {
    matcher.close();
  }

  private static List<Matcher.OfferMatch> offers(String text) {
    NeedCard card = EXTRACTOR.extract(text, NeedCard.EMPTY).card();
    return matcher.match(card, text).offers();
  }

  private static List<String> ids(List<Matcher.OfferMatch> offers) {
    return offers.stream().map(m -> m.offer().id()).toList();
  }

  @Test
  void a_word_of_who_writes_makes_no_offer_a_near_fit() {
    // "quản lý" is the writer's job; the clinic asks for an autoclave and a drying cabinet.
    List<Matcher.OfferMatch> clinic = offers("Chào Sở, tôi là Nguyễn Thị Hạnh, quản lý Phòng khám đa khoa An Phúc ở"
        + " quận Cầu Giấy, Hà Nội. Phòng khám cần mua nồi hấp tiệt trùng (autoclave) và tủ sấy dụng cụ y tế đạt"
        + " chuẩn.\nKinh phí tầm 300-400 triệu. Số máy: 0987 654 321");
    assertThat(ids(clinic)).doesNotContain("OF-043", "OF-024", "OF-045");
    // "kỹ thuật" of "phó giám đốc kỹ thuật" in the signature.
    assertThat(ids(offers(WELDING))).doesNotContain("OF-040", "OF-015");
    // "môi trường" of "thanh tra môi trường": BIM software is no wastewater plant.
    assertThat(ids(offers(SEAFOOD))).doesNotContain("OF-030");
  }

  @Test
  void the_name_of_a_kind_of_need_or_a_crop_in_the_story_shared_alone_is_no_near_fit() {
    // "dây chuyền" names the kind (need_type.thiet_bi), not which line: a brick line is no painting line.
    List<Matcher.OfferMatch> furniture = offers("Xưởng gỗ Minh Phát ở Tân Uyên, Bình Dương, làm bàn ghế xuất khẩu."
        + " Bên em đang cần dây chuyền phun sơn tự động cho đồ gỗ, giảm bụi sơn.\nChị Trâm, kế toán, 0274 3 888 999");
    assertThat(ids(furniture)).doesNotContain("OF-028", "OF-004", "OF-018");
    // The startup asks for a computer-vision partner; "sầu riêng" is what its app looks at.
    List<Matcher.OfferMatch> startup = offers("Hi team, em là Khoa, founder startup AgriSense ở Đà Nẵng. Tụi em"
        + " đang build một con app AI detect bệnh trên lá sầu riêng bằng camera điện thoại, cần partner có"
        + " dataset và expertise về computer vision để co-develop, có thể là viện hoặc trường.\n"
        + "contact em qua khoa@agrisense.vn hoặc zalo 0905 123 456\nkhoảng 1,2 tỷ");
    assertThat(ids(startup)).doesNotContain("OF-003");
  }

  @Test
  void a_dryer_asked_for_by_name_is_still_a_near_fit() {
    List<Matcher.OfferMatch> durian = offers("minh can may say sau rieng, kinh phi tam nua ty, sdt +84 913456789\n"
        + "minh ten Tuan, HTX Sau Rieng Ngu Hiep, Cai Lay");
    assertThat(ids(durian)).first().isEqualTo("OF-001");
  }

  @Test
  void an_offer_whose_title_names_what_is_asked_fits_however_long_the_letter() {
    Matcher.OfferMatch first = offers(WELDING).get(0);
    assertThat(first.offer().id()).isEqualTo("OF-019");
    assertThat(first.partial()).isFalse();
    assertThat(first.reasons()).contains("giá tham khảo nằm trong kinh phí dự kiến");
  }

  @Test
  void an_offer_priced_far_above_the_budget_says_so_and_ranks_lower() {
    List<Matcher.OfferMatch> durian = offers("chao so, minh o Cai Be Tien Giang, ben minh xuat khau sau rieng Ri6"
        + " sang Trung Quoc. Can cong nghe bao quan lanh de giu trai tuoi lau hon khi van chuyen container\n"
        + "cty TNHH Sau Rieng Mien Tay, anh Tuan, sdt 0913 456 789\nkinh phi khoang 500 trieu");
    Matcher.OfferMatch cold = durian.stream().filter(m -> m.offer().id().equals("OF-003")).findFirst().orElseThrow();
    assertThat(cold.reasons()).contains("giá tham khảo 5–20 tỷ, cao hơn kinh phí dự kiến")
        .doesNotContain("giá tham khảo nằm trong kinh phí dự kiến");
    assertThat(Signals.price(300_000_000L, 1_500_000_000L)).isEqualTo("300 triệu–1,5 tỷ");
    assertThat(Signals.price(800_000_000L, 800_000_000L)).isEqualTo("800 triệu");
  }

  private static final String WELDING = "Công ty CP Cơ khí Hòa Bình ở KCN Quang Minh, Hà Nội cần robot hàn tự động"
      + " cho khung thép kết cấu, hiện hàn tay năng suất thấp. Ngân sách khoảng 2 tỷ.\nLiên hệ: Trần Quốc Việt,"
      + " phó giám đốc kỹ thuật, ĐT +84 912 888 777, email viet.tq@cokhihoabinh.com.vn";

  private static final String SEAFOOD = "Kính gửi Sở KH&CN, tôi là Phạm Thị Thu Hà, giám đốc Công ty TNHH Thủy sản"
      + " Hải Hà, địa chỉ xã Cát Hải, thành phố Hải Phòng. Công ty chúng tôi chuyên chế biến tôm, cá đông lạnh xuất"
      + " khẩu, quy mô khoảng 120 lao động, công suất 15 tấn nguyên liệu mỗi ngày. Hiện nay hệ thống xử lý nước"
      + " thải cũ đã xuống cấp, không đạt QCVN 11-MT:2015/BTNMT, bị nhắc nhở khi thanh tra môi trường, mùi hôi ảnh"
      + " hưởng khu dân cư. Chúng tôi cần tư vấn và đầu tư hệ thống xử lý nước thải mới công suất khoảng 300"
      + " m3/ngày đêm, ưu tiên công nghệ trong nước, chi phí vận hành thấp, có thể tận dụng bể cũ. Kinh phí dự"
      + " kiến khoảng 3 tỷ đồng, có thể vay thêm nếu có chương trình hỗ trợ. Số điện thoại của tôi là 0225 3 777"
      + " 666, di động 0983 111 222, email thuha.haiha@gmail.com. Rất mong Sở hỗ trợ kết nối.";
}
