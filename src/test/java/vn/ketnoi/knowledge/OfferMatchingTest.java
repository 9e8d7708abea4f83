package vn.ketnoi.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ketnoi.card.NeedCard;
import vn.ketnoi.card.NeedType;
import vn.ketnoi.card.OriginScope;
import vn.ketnoi.card.Sector;
import vn.ketnoi.text.Messages;

/** Offer matching on small catalogues written for each case. */
class OfferMatchingTest {
  private static final Messages MESSAGES = Messages.load();

  private static Offer offer(String id, String title, String summary, String origin, Sector sector) {
    return new Offer(id, title, "Nhà cung cấp " + id, "doanh_nghiep", origin, sector,
        List.of(NeedType.THIET_BI), summary, List.of(), 100_000_000L, 500_000_000L, "thương mại",
        "Liên hệ qua Sở", "", "2026-11-30");
  }

  private static Offer offer(String id, String title, String summary) {
    return offer(id, title, summary, Offer.DOMESTIC, Sector.CHE_BIEN_BAO_QUAN);
  }

  private static Matcher.Result match(List<Offer> offers, String synonyms, NeedCard need) {
    try (Matcher matcher = new Matcher(new KnowledgeBase(offers, List.of(), List.of(), List.of(),
        Synonyms.parse(synonyms)), MESSAGES)) {
      return matcher.match(need);
    }
  }

  private static NeedCard need(String description) {
    return NeedCard.EMPTY.withDescription(description);
  }

  private static List<String> ids(Matcher.Result result) {
    return result.offers().stream().map(m -> m.offer().id()).toList();
  }

  private static List<String> fits(Matcher.Result result) {
    return result.offers().stream().filter(m -> !m.partial()).map(m -> m.offer().id()).toList();
  }

  @Test
  void syllables_side_by_side_count_as_a_word_and_scattered_ones_do_not() {
    List<Offer> offers = List.of(
        offer("apart", "Máy nghiền bột và sân phơi", "Nghiền bột gạo; sân phơi có mái che, sấy tạm bằng quạt."),
        offer("dryer", "Máy sấy nông sản", "Máy sấy khô trái cây, nông sản sau thu hoạch."),
        offer("water", "Xử lý nước uống, thu gom rác thải", "Lọc nước uống cho hộ gia đình; thu gom rác thải."),
        offer("waste", "Hệ thống xử lý nước thải", "Xử lý nước thải cho xưởng chế biến, đạt quy chuẩn."));
    Matcher.Result dryer = match(offers, "", need("Cần máy sấy cho xưởng trái cây"));
    assertThat(ids(dryer)).first().isEqualTo("dryer");
    assertThat(fits(dryer)).containsExactly("dryer");
    // "xử lý nước" is said by both; "nước thải" only by the one that treats waste water.
    Matcher.Result waste = match(offers, "", need("Xưởng cần xử lý nước thải"));
    assertThat(ids(waste)).first().isEqualTo("waste");
    assertThat(fits(waste)).first().isEqualTo("waste");
  }

  @Test
  void an_offer_far_below_the_best_is_shown_at_most_as_a_near_fit() {
    List<Offer> offers = List.of(
        offer("best", "Máy sấy lạnh xoài sấy dẻo", "Máy sấy lạnh bơm nhiệt cho xoài sấy dẻo, 500 kg mỗi mẻ."),
        offer("far", "Dây chuyền thiết bị cho xưởng chế biến trái cây quy mô vừa",
            "Gồm băng tải, bể rửa, máy gọt, máy cắt lát, nồi nấu mứt, máy đóng gói hút chân không, kho"
                + " bảo quản thành phẩm, tủ điện điều khiển, đường ống, bồn chứa, xe nâng tay, cân điện tử,"
                + " bàn inox, quạt hút, đèn chiếu sáng, lắp đặt và chạy thử trọn gói, đào tạo công nhân"
                + " vận hành, bảo hành mười hai tháng; có thể kèm một máy sấy lạnh nhỏ cho xoài."),
        offer("juice", "Máy ép nước trái cây", "Ép cam, dứa, táo; 200 lít mỗi giờ."),
        offer("pack", "Máy đóng gói hút chân không", "Đóng gói thực phẩm khô, túi PA/PE."));
    Matcher.Result result = match(offers, "", need("Cần máy sấy lạnh cho xoài sấy dẻo"));
    assertThat(fits(result)).containsExactly("best");
    assertThat(ids(result)).containsExactly("best", "far");
  }

  @Test
  void an_offer_that_covers_what_a_long_letter_asks_fits_though_not_its_story() {
    List<Offer> offers = List.of(
        offer("laser", "Máy cắt laser fiber cắt thép tấm", "Cắt laser fiber thép tấm, inox đến 12 mm, bàn cắt 1,5 x 3 m."),
        offer("cloth", "Máy cắt vải tự động", "Cắt vải nhiều lớp theo sơ đồ cho xưởng may."));
    String story = "Kính gửi Sở. Công ty chúng tôi thành lập năm 2009 tại khu công nghiệp Văn Lâm, có 35 công"
        + " nhân, chuyên làm vỏ tủ điện, giá kệ, kết cấu thép cho các nhà máy, khách hàng chủ yếu ở phía"
        + " Bắc, doanh thu năm ngoái tăng nhờ đơn hàng xuất khẩu. ";
    Matcher.Result asked = match(offers, "", need(story + "Nay chúng tôi cần máy cắt laser cắt thép tấm."));
    assertThat(fits(asked)).containsExactly("laser");
    // Sharing the trade's words with the request is not covering it.
    Matcher.Result other = match(offers, "", need(story + "Nay chúng tôi cần máy chấn tôn thủy lực cho thép tấm."));
    assertThat(fits(other)).isEmpty();
  }

  @Test
  void a_synonym_phrase_and_the_pair_inside_it_are_one_shared_word_not_two() {
    List<Offer> offers = List.of(
        offer("kiln", "Lò nung gốm sứ dùng gas tiết kiệm năng lượng", "Lò nung con thoi cho gốm sứ."),
        offer("tea", "Dây chuyền chế biến chè xanh", "Máy sao chè, vò chè, sấy chè cho hộ sản xuất."));
    String table = "tiết kiệm năng lượng, tiết kiệm điện\n";
    Matcher.Result result = match(offers, table, need("HTX che o Thai Nguyen can may sao che tiet kiem dien"));
    // The kiln saves energy too, but that is all it shares: "tiết kiệm" is inside "tiết kiệm điện".
    assertThat(fits(result)).doesNotContain("kiln");
    assertThat(ids(result)).contains("tea");
  }

  @Test
  void an_abbreviation_finds_what_the_offer_spells_out_only_through_the_synonym_table() {
    // As in a real catalogue, the trade's words ("chế biến thủy sản") are in many offers.
    List<Offer> offers = List.of(
        offer("xlnt", "Công nghệ xử lý nước thải chế biến thủy sản", "Bể sinh học, tái sử dụng nước."),
        offer("ice", "Máy làm đá vảy cho chế biến thủy sản", "Đá vảy giữ lạnh cá, tôm."),
        offer("fillet", "Máy phi lê cá cho nhà máy chế biến thủy sản", "Phi lê cá tra, cá basa."),
        offer("freeze", "Tủ cấp đông tiếp xúc cho chế biến thủy sản", "Cấp đông tôm, cá khối."));
    NeedCard need = need("Cần hệ thống XLNT cho xưởng chế biến thủy sản");
    String table = "xlnt, xử lý nước thải, hệ thống xử lý nước thải\n";
    Matcher.Result withTable = match(offers, table, need);
    assertThat(ids(withTable)).first().isEqualTo("xlnt");
    assertThat(fits(withTable)).contains("xlnt");
    assertThat(fits(match(offers, "", need))).doesNotContain("xlnt");
  }

  @Test
  void synonyms_apply_to_offers_too_and_keep_their_marks() {
    List<Offer> offers = List.of(
        offer("catfish", "Chế biến cá da trơn xuất khẩu", "Phi lê cá da trơn, cấp đông."),
        offer("tea", "Dây chuyền sao trà xanh", "Sao, vò, sấy trà xanh cho HTX."),
        offer("check", "Kiểm tra chất lượng sản phẩm", "Kiểm tra, phân tích mẫu sản phẩm."));
    String table = "cá tra, cá da trơn\nchè, trà\n";
    assertThat(ids(match(offers, table, need("Cần dây chuyền phi lê cá tra")))).first().isEqualTo("catfish");
    Matcher.Result tea = match(offers, table, need("Hợp tác xã cần máy sao chè xanh"));
    assertThat(ids(tea)).first().isEqualTo("tea");
    // "trà" is a synonym of "chè", not the "tra" of "kiểm tra".
    assertThat(ids(tea)).doesNotContain("check");
  }

  @Test
  void a_need_nothing_fits_is_told_so_or_shown_only_near_fits() {
    List<Offer> offers = List.of(
        offer("cold", "Kho lạnh bảo quản trái cây", "Kho lạnh 50 tấn cho trái cây xuất khẩu."),
        offer("pack", "Máy đóng gói trái cây", "Đóng gói khay trái cây tự động."));
    assertThat(match(offers, "", need("Cần phần mềm kế toán cho tiệm bánh ngọt")).offers()).isEmpty();
    Matcher.Result near = match(offers, "", need("Cần máy sấy trái cây bằng năng lượng mặt trời"));
    assertThat(near.offers()).isNotEmpty().allMatch(Matcher.OfferMatch::partial);
    assertThat(near.offers().get(0).reasons().get(0)).startsWith("gần phù hợp").contains("cán bộ Sở sẽ tìm thêm");
  }

  @Test
  void a_word_much_of_the_catalogue_says_shared_alone_makes_no_near_fit() {
    List<Offer> offers = new java.util.ArrayList<>(List.of(
        offer("weld", "Robot hàn tự động", "Robot hàn tự động cho khung thép."),
        offer("wire", "Máy cắt dây tự động", "Cắt tuốt dây điện tự động."),
        offer("rice", "Hệ thống sấy lúa tự động", "Sấy lúa tuần hoàn, điều khiển tự động."),
        offer("pack", "Máy đóng gói tự động", "Đóng gói khay tự động."),
        offer("feed", "Dây chuyền cám tự động", "Trộn cám, ép viên tự động.")));
    for (int i = 0; i < 15; i++) {
      offers.add(offer("other" + i, "Dịch vụ số " + i, "Tư vấn chuyên đề mã " + i + "."));
    }
    assertThat(match(offers, "", need("Cần lò nướng bánh mì tự động cho tiệm bánh")).offers()).isEmpty();
    // The same word, said by few of the offers, still tells: a near fit, as before.
    List<Offer> few = List.of(offers.get(0), offers.get(5), offers.get(6), offers.get(7), offers.get(8),
        offers.get(9), offers.get(10), offers.get(11), offers.get(12), offers.get(13), offers.get(14));
    assertThat(match(few, "", need("Cần lò nướng bánh mì tự động cho tiệm bánh")).offers())
        .extracting(m -> m.offer().id()).containsExactly("weld");
  }

  @Test
  void a_need_typed_without_marks_finds_the_offer_written_with_them() {
    List<Offer> offers = List.of(
        offer("heat", "Máy sấy bơm nhiệt cho nông sản", "Sấy lạnh trái cây, dược liệu, giữ màu."),
        offer("road", "Gia cố nền đường giao thông nông thôn", "Gia cố nền đất yếu bằng xi măng."));
    assertThat(fits(match(offers, "", need("can may say bom nhiet de say trai cay")))).containsExactly("heat");
    assertThat(ids(match(offers, "", need("can gia co nen duong")))).first().isEqualTo("road");
  }

  @Test
  void a_bracketed_marker_is_not_text_of_the_offer() {
    List<Offer> offers = List.of(
        offer("a", "Máy sấy nông sản", "[Dữ liệu mẫu] Máy sấy khô trái cây."),
        offer("b", "Kho lạnh", "[Dữ liệu mẫu] Kho lạnh bảo quản rau."));
    assertThat(match(offers, "", need("Cần quản lý dữ liệu mẫu màu sản phẩm")).offers()).isEmpty();
    assertThat(ids(match(offers, "", need("Cần máy sấy khô")))).containsExactly("a");
  }

  @Test
  void origin_and_sector_reorder_what_the_words_found_but_find_nothing_alone() {
    List<Offer> offers = List.of(
        offer("vn", "Máy sấy lúa tuần hoàn", "Sấy lúa 10 tấn mỗi mẻ, đốt trấu.", Offer.DOMESTIC, Sector.CHE_BIEN_BAO_QUAN),
        offer("jp", "Máy sấy lúa tuần hoàn", "Sấy lúa 10 tấn mỗi mẻ, đốt trấu.", "Nhật Bản", Sector.CHE_BIEN_BAO_QUAN),
        offer("soft", "Phần mềm quản lý kho", "Quản lý nhập xuất kho.", Offer.DOMESTIC, Sector.CNTT_DIEN_TU));
    NeedCard dryer = need("Cần máy sấy lúa tuần hoàn");
    assertThat(ids(match(offers, "", withOrigin(dryer, OriginScope.TRONG_NUOC)))).startsWith("vn", "jp");
    assertThat(ids(match(offers, "", withOrigin(dryer, OriginScope.NUOC_NGOAI)))).startsWith("jp", "vn");
    NeedCard unrelated = new NeedCard(null, null, null, null, null, Sector.CNTT_DIEN_TU, NeedType.PHAN_MEM,
        null, "Cần đào tạo kỹ năng bán hàng", OriginScope.TRONG_NUOC, List.of(), null, null, null,
        List.of(), null, List.of());
    assertThat(match(offers, "", unrelated).offers()).isEmpty();
  }

  private static NeedCard withOrigin(NeedCard card, OriginScope origin) {
    return card.mergedWith(new NeedCard(null, null, null, null, null, null, null, null, null, origin,
        List.of(), null, null, null, List.of(), null, List.of()));
  }
}
