package vn.ketnoi.need;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The workflow of a need: mới → đang xử lý → đã kết nối → hoàn thành, or từ chối. {@link
 * #KHONG_RO} is how a stored status this version does not know reads (an older version's or a
 * bug's); it is never written, and staff can move such a need to any status.
 */
public enum NeedStatus {
  MOI,
  DANG_XU_LY,
  DA_KET_NOI,
  HOAN_THANH,
  TU_CHOI,
  KHONG_RO;

  @JsonValue
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** A status of the workflow by its code; anything else, "khong_ro" included, is refused. */
  public static NeedStatus ofCode(String code) {
    NeedStatus status = valueOf(code.toUpperCase(Locale.ROOT));
    if (status == KHONG_RO) {
      throw new IllegalArgumentException("khong_ro is not a status a need can be given");
    }
    return status;
  }

  /** A stored status: an unknown code reads as {@link #KHONG_RO} instead of failing the read. */
  public static NeedStatus stored(String code) {
    try {
      return code == null ? KHONG_RO : ofCode(code);
    } catch (IllegalArgumentException e) {
      return KHONG_RO;
    }
  }
}
