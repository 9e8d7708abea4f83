package vn.ketnoi.extraction;

import vn.ketnoi.card.NeedType;

/** Need-type keywords; the first one after a need verb ("cần", "muốn") names the need. */
final class NeedTypes {
  private NeedTypes() {}

  static final Lexicon<NeedType> LEXICON = new Lexicon<>();

  private static void add(NeedType type, double weight, String... phrases) {
    LEXICON.add(type, weight, phrases);
  }

  static {
    add(NeedType.THIET_BI, 0, "nhà máy", "máy bay");
    // A cooperative's legal form is not a wish to cooperate on research.
    add(NeedType.HOP_TAC_NGHIEN_CUU, 0, "hợp tác xã", "tổ hợp tác", "liên hiệp hợp tác xã");
    add(NeedType.THIET_BI, 3, "dây chuyền", "kho lạnh", "drone", "lò đốt", "lò sấy", "lò hơi",
        "nồi hơi", "băng tải", "hệ thống cấp đông", "hệ thống lưu trữ năng lượng", "tấm pin",
        "máy móc", "thiết bị", "trang thiết bị", "máy", "robot", "hệ thống lạnh", "hệ thống tưới", "xe",
        "hệ thống xử lý", "trạm xử lý", "nhà màng", "camera", "pin", "khuôn", "khuôn mẫu",
        "khuôn ép", "lò nung", "lò tuynel", "lò điện", "lò gas", "lò hơi", "lò phản ứng",
        "hệ thống", "giải pháp xử lý", "lò nướng", "lò rang", "tủ sấy", "tủ đông", "tủ cấp đông",
        "buồng sấy", "nồi nấu", "bồn chứa");
    add(NeedType.QUY_TRINH, 3, "quy trình", "công thức", "bí quyết", "know-how", "know how",
        "phương pháp", "công nghệ sản xuất", "kỹ thuật sản xuất", "kỹ thuật nuôi", "kỹ thuật trồng",
        "giải pháp kỹ thuật", "cách làm", "công nghệ chế biến", "công nghệ xử lý");
    add(NeedType.PHAN_MEM, 3, "phần mềm", "nền tảng", "ứng dụng", "app", "website", "web",
        "erp", "crm", "chuyển đổi số", "hệ thống quản lý", "cơ sở dữ liệu", "truy xuất nguồn gốc",
        "số hóa", "số hoá", "module phần mềm", "mã qr", "hệ thống thông tin", "dashboard");
    add(NeedType.TU_VAN, 3, "tư vấn", "đánh giá", "thẩm định", "định giá", "chứng nhận",
        "kiểm kê", "kiểm toán", "công bố", "tiêu chuẩn", "iso", "haccp", "vietgap", "globalgap",
        "hồ sơ", "lộ trình", "giấy phép", "đăng ký", "chứng chỉ");
    add(NeedType.DAO_TAO, 3, "đào tạo", "tập huấn", "mở lớp", "khóa học", "khoá học",
        "bồi dưỡng", "huấn luyện", "dạy nghề");
    add(NeedType.HOP_TAC_NGHIEN_CUU, 3, "hợp tác", "nghiên cứu", "cùng phát triển",
        "phát triển sản phẩm", "đề tài", "r&d", "chọn tạo", "sản phẩm mới", "liên kết nghiên cứu",
        "đồng nghiên cứu", "cùng nghiên cứu", "đồng phát triển", "hợp tác phát triển",
        "phát triển chung", "co-develop", "codevelop", "co-development", "co-create", "r&d cùng");
  }
}
