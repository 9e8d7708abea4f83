package vn.ketnoi.extraction;

import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;
import vn.ketnoi.card.Sector;

/**
 * The sector of the business, by weighted keywords. Labelling conventions (need-card.md): the
 * sector of the business the technology serves; environment and energy needs are always
 * environment; growing is agriculture, drying and processing is processing. A weight of 0 absorbs
 * a phrase so that a shorter keyword inside it does not count ("phun thuốc" is not medicine).
 */
final class Sectors {
  private Sectors() {}

  static final Map<Sector, Lexicon<Sector>> LEXICONS = new EnumMap<>(Sector.class);
  /** What a business installs or commissions for waste, emissions or energy. */
  private static final Lexicon<Boolean> INSTALLATIONS = new Lexicon<Boolean>().add(true,
      "xử lý nước thải", "nước thải", "rác thải", "chất thải", "khí thải", "bùn thải", "xử lý khí",
      "khử mùi", "lò đốt", "biogas", "điện mặt trời", "pin mặt trời", "điện gió",
      "năng lượng tái tạo", "lưu trữ năng lượng", "lưu trữ điện", "bess", "kiểm toán năng lượng",
      "kiểm kê khí nhà kính", "tín chỉ carbon", "tín chỉ các-bon", "giảm phát thải");
  private static final Pattern UPPERCASE_AI = Pattern.compile("\\bAI\\b");

  /**
   * The sector of the need. Its own words, from where it is asked ({@code needFrom}, a word index,
   * or -1) to that sentence's end, decide when they ask for an environment or energy need: a
   * seafood plant that asks for waste-water treatment has an environment need, however much the
   * message says about its fish (need-card.md: such needs are always environment). Otherwise
   * the sector is the business's that the technology serves, read from the whole message: a CNC
   * cutter for a shoe workshop is the workshop's, IoT software for a shrimp farm the farm's. No
   * keyword is read inside a proper name ("anh Nam" holds no "nấm", see {@link
   * Doc#withProperNames}).
   */
  static Sector of(Doc doc, int needFrom) {
    if (needFrom >= 0 && needFrom < doc.words().size() && asksForEnvironment(doc, needFrom)) {
      return Sector.MOI_TRUONG_NANG_LUONG;
    }
    return best(doc, 0, doc.words().size());
  }

  /**
   * The need's words name an installation for waste, emissions or energy ({@link #INSTALLATIONS})
   * and outweigh every other sector's words there together: "hệ thống xử lý nước thải" is such a
   * need; "lò sấy tiết kiệm điện" or "kiểm soát môi trường ao nuôi" name a dryer and a pond.
   */
  private static boolean asksForEnvironment(Doc doc, int from) {
    int to = sentenceEnd(doc, from);
    double environment = 0;
    double others = 0;
    boolean installation = false;
    for (Map.Entry<Sector, Lexicon<Sector>> e : LEXICONS.entrySet()) {
      for (Lexicon.Match<Sector> m : e.getValue().find(doc)) {
        if (m.from() < from || m.from() >= to) {
          continue;
        }
        if (e.getKey() == Sector.MOI_TRUONG_NANG_LUONG) {
          environment += m.weight();
          installation |= INSTALLATIONS.find(doc).stream().anyMatch(i -> i.from() == m.from());
        } else {
          others += m.weight();
        }
      }
    }
    return installation && environment > others;
  }

  private static int sentenceEnd(Doc doc, int from) {
    int i = from;
    while (i + 1 < doc.words().size() && !doc.gapAfter(i).matches(".*[.!?].*")
        && !doc.lineBreakAfter(i)) {
      i++;
    }
    return i + 1;
  }

  /** The sector by keyword weight over the words [from, to). */
  private static Sector best(Doc doc, int from, int to) {
    if (from >= to) {
      return null;
    }
    Map<Sector, Double> scores = new EnumMap<>(Sector.class);
    LEXICONS.forEach((sector, lexicon) -> lexicon.find(doc).stream()
        .filter(m -> m.from() >= from && m.from() < to)
        .forEach(m -> scores.merge(sector, m.weight(), Double::sum)));
    String span = doc.original().substring(doc.words().get(from).start(), doc.words().get(to - 1).end());
    if (UPPERCASE_AI.matcher(span).find()) {
      scores.merge(Sector.CNTT_DIEN_TU, 1.5, Double::sum);
    }
    return RuleExtractor.best(scores, 1.5);
  }

  private static void add(Sector sector, double weight, String... phrases) {
    LEXICONS.computeIfAbsent(sector, s -> new Lexicon<>()).add(sector, weight, phrases);
  }

  static {
    add(Sector.CHE_BIEN_BAO_QUAN, 5, "chế biến gỗ");
    add(Sector.CHE_BIEN_BAO_QUAN, 4, "sấy", "máy sấy", "lò sấy", "sấy khô", "sấy lạnh", "rang xay",
        "máy rang", "lò rang");
    add(Sector.CHE_BIEN_BAO_QUAN, 3, "chế biến", "bảo quản", "kho lạnh", "rang",
        "cấp đông", "đông lạnh", "iqf", "sơ chế", "xay xát", "lạp xưởng", "nước mắm", "xúc xích",
        "giò chả", "chả cá", "mứt", "nước giải khát", "nước ép", "thực phẩm", "đồ uống",
        "thanh trùng", "tiệt trùng", "rang xay", "cà phê rang", "phi lê", "surimi", "đồ hộp",
        "đóng hộp", "chế biến gỗ", "bột mì", "tinh bột", "trà túi lọc", "bạch trà", "hồng trà",
        "trà xanh", "an toàn thực phẩm", "nhà máy chế biến", "lò mổ", "giết mổ", "muối chua",
        "dưa muối", "rượu vang", "sữa chua", "bánh kẹo", "bánh tráng", "phở khô", "miến",
        "chế biến lâm sản", "lâm sản", "sản xuất muối", "muối sạch", "rửa muối",
        "hủ tiếu", "nước tương", "tương ớt", "gia vị", "chè khô", "sao chè", "vò chè");
    add(Sector.CHE_BIEN_BAO_QUAN, 2, "đóng gói", "đóng chai", "đóng lon", "kẹo", "rượu", "bia",
        "mật ong", "nhân điều", "hạt điều", "bóc vỏ", "vỏ lụa", "lên men", "hút chân không",
        "tinh dầu", "bánh", "trà", "nông sản", "thủy hải sản", "hải sản", "ocop");
    add(Sector.CHE_BIEN_BAO_QUAN, 1.5, "chè", "phân loại");
    add(Sector.CHE_BIEN_BAO_QUAN, 1, "điều", "cà phê");
    add(Sector.CHE_BIEN_BAO_QUAN, 0, "kiểm tra", "tra cứu", "cá tra", "thanh tra", "bánh răng",
        "bánh xe", "điều kiện", "điều hòa", "điều hoà", "điều khiển", "điều trị", "điều chỉnh",
        "điều hành", "điều tra", "điều phối");
    add(Sector.CHE_BIEN_BAO_QUAN, 1, "sầu riêng", "xuất khẩu", "gạo");

    add(Sector.NONG_NGHIEP, 3, "nuôi", "chăn nuôi", "trồng trọt", "bò sữa", "lươn",
        "phối giống", "giống cây", "giống cây trồng", "giống lúa", "cây giống", "con giống",
        "nhà màng", "thủy canh", "tưới nhỏ giọt", "phân bón", "thuốc bảo vệ thực vật",
        "phun thuốc", "nông nghiệp", "cây ăn quả", "mã số vùng trồng", "thức ăn chăn nuôi",
        "thú y", "ao nuôi", "nuôi trồng", "trang trại", "vườn",
        "chuồng trại", "gia súc", "gia cầm", "nấm", "hữu cơ", "thủy sản", "khuyến nông");
    add(Sector.NONG_NGHIEP, 2, "heo", "tôm", "ếch", "giống",
        "rau", "vùng trồng", "tưới", "drone", "trại", "hồ tiêu", "cà phê", "cao su", "hecta",
        "sâu bệnh", "cừu");
    add(Sector.NONG_NGHIEP, 0, "trong nước", "trong khi", "trong thời gian", "trong vòng",
        "trong quá trình", "trong tỉnh", "trong năm", "bo mạch");
    add(Sector.NONG_NGHIEP, 1, "cá tra", "sầu riêng", "thanh long", "xoài", "bưởi",
        "chè");

    add(Sector.CO_KHI_CHE_TAO, 3, "cơ khí", "chế tạo máy", "gia công", "đúc áp lực", "máy đúc", "khuôn mẫu",
        "bánh răng", "trục truyền động", "nhiệt luyện", "tôi cao tần", "thấm cacbon",
        "thấm carbon", "robot công nghiệp", "kết cấu thép", "sơn tĩnh điện", "phụ tùng", "dập",
        "ép nhựa", "ép phun", "khuôn nhựa", "luyện kim", "cán thép", "máy công cụ", "mạ kẽm",
        "xi mạ", "inox", "robot hàn", "hàn robot", "công nghệ hàn", "cơ điện",
        "cơ điện lạnh");
    add(Sector.CO_KHI_CHE_TAO, 2.5, "chế tạo", "khuôn", "đúc");
    add(Sector.CO_KHI_CHE_TAO, 0, "may gia công", "hàng gia công may");
    add(Sector.CO_KHI_CHE_TAO, 2, "khung xe", "điện lạnh", "thép", "kim loại", "phay", "máy hàn", "cnc", "ô tô",
        "xe máy", "linh kiện");
    add(Sector.CO_KHI_CHE_TAO, 1.5, "nhôm", "trục", "nhựa", "máy bơm");

    add(Sector.CNTT_DIEN_TU, 3, "điện tử", "linh kiện điện tử", "bo mạch", "mạch in", "pcb",
        "vi mạch", "bán dẫn", "công nghệ thông tin", "cntt", "wire harness", "hệ thống nhúng",
        "viễn thông", "công ty phần mềm", "lập trình", "thiết kế vi mạch", "smt", "data center",
        "trung tâm dữ liệu", "an ninh mạng");
    add(Sector.CNTT_DIEN_TU, 2.5, "chip", "khóa cửa thông minh", "khoá cửa thông minh",
        "trợ lý ảo", "chatbot", "phần mềm sao", "công ty tnhh phần mềm", "công ty cp phần mềm");
    add(Sector.CNTT_DIEN_TU, 2, "trí tuệ nhân tạo", "nhận diện", "ic", "thiết bị thông minh",
        "nhà thông minh", "máy tính");
    add(Sector.CNTT_DIEN_TU, 1.5, "iot", "startup", "dây điện", "tự động hóa",
        "tự động hoá", "camera");
    add(Sector.CNTT_DIEN_TU, 1, "robot");
    add(Sector.CNTT_DIEN_TU, 0.5, "phần mềm", "nền tảng", "dữ liệu", "cảm biến", "điện thoại");

    add(Sector.XAY_DUNG_GIAO_THONG, 3, "xây dựng", "đường giao thông", "giao thông", "cầu đường",
        "nền đất yếu", "bê tông", "gạch", "ngói", "vật liệu xây dựng", "bim", "thủy lợi",
        "thuỷ lợi", "nhà xưởng tiền chế", "kết cấu", "cao tốc", "cầu cảng", "hạ tầng",
        "khai thác đá", "đá xây dựng", "nhà ở", "san lấp", "nhựa đường", "vận tải",
        "xây lắp");
    add(Sector.XAY_DUNG_GIAO_THONG, 2.5, "thi công", "xi măng");
    add(Sector.XAY_DUNG_GIAO_THONG, 2, "công trình", "gia cố", "nền đất", "đường bộ", "nền móng", "cọc");
    add(Sector.XAY_DUNG_GIAO_THONG, 1.5, "cầu", "vật liệu", "đất sét");
    add(Sector.XAY_DUNG_GIAO_THONG, 0, "nhu cầu", "yêu cầu", "cầu nối", "làm cầu nối");

    add(Sector.MOI_TRUONG_NANG_LUONG, 5, "xử lý nước thải", "khí nhà kính", "giảm phát thải",
        "năng lượng tái tạo", "tiết kiệm năng lượng", "kiểm toán năng lượng",
        "hiệu quả năng lượng", "điện mặt trời", "điện gió", "pin mặt trời", "lưu trữ năng lượng",
        "tín chỉ carbon", "tín chỉ các-bon", "biến đổi khí hậu");
    add(Sector.MOI_TRUONG_NANG_LUONG, 4, "nước thải", "rác thải", "chất thải", "khí thải",
        "năng lượng", "biogas", "ô nhiễm", "môi trường", "lò đốt", "tái chế", "bùn thải",
        "xử lý khí", "khử mùi", "tiết kiệm điện", "lưu trữ điện", "bess", "phát thải",
        "kiểm kê khí nhà kính");
    add(Sector.MOI_TRUONG_NANG_LUONG, 2, "rác", "mùi hôi", "quan trắc", "carbon", "các-bon",
        "nước sạch", "inverter", "qcvn", "điện năng");

    add(Sector.Y_DUOC, 3, "dược phẩm", "dược liệu", "đông dược", "đông y", "y tế",
        "thiết bị y tế", "xét nghiệm", "y khoa", "bệnh viện", "phòng khám", "chẩn đoán",
        "điều trị", "viên nang", "blister", "ép vỉ", "bào chế", "nguyên liệu thuốc",
        "dụng cụ y tế", "vắc xin", "vaccine", "gmp", "kháng sinh", "thuốc đông dược",
        "thuốc nam", "thuốc chữa", "sản xuất thuốc", "nhà thuốc", "pcr");
    add(Sector.Y_DUOC, 2, "thực phẩm chức năng", "chiết xuất", "oxy y tế");
    add(Sector.Y_DUOC, 1.5, "thuốc");
    add(Sector.Y_DUOC, 0, "phun thuốc", "thuốc bảo vệ thực vật", "thuốc trừ sâu", "thuốc thú y",
        "thuốc bvtv");

    add(Sector.KHAC, 3, "dệt", "may mặc", "dệt may", "giày da", "da giày", "du lịch",
        "lữ hành", "tour", "khách sạn", "mỹ nghệ", "thủ công mỹ nghệ", "mây tre", "in ấn",
        "thời trang", "túi xách", "đồ gỗ", "gốm sứ mỹ nghệ", "homestay",
        "giáo dục", "xưởng may", "may gia công", "hàng may", "may công nghiệp", "xưởng mộc",
        "cơ sở mộc", "đồ mộc", "khắc gỗ", "nội thất gỗ");
    add(Sector.KHAC, 1.5, "gỗ");
    add(Sector.KHAC, 0, "chế biến gỗ", "gỗ xuất khẩu");
    add(Sector.KHAC, 2.5, "mỹ phẩm", "son môi", "nước hoa");
    add(Sector.KHAC, 2, "nội thất", "giày", "lụa", "tơ tằm", "nhuộm", "nhà hàng", "thủ công", "logistics",
        "bán lẻ", "bao bì");
    add(Sector.KHAC, 1.5, "gốm");
  }
}
