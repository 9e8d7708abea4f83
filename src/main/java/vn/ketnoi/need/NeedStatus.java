package vn.ketnoi.need;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The workflow of a need: mới → đang xử lý → đã kết nối → hoàn thành, or từ chối. */
public enum NeedStatus {
  MOI,
  DANG_XU_LY,
  DA_KET_NOI,
  HOAN_THANH,
  TU_CHOI;

  @JsonValue
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static NeedStatus ofCode(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
