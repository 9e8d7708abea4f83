package vn.ketnoi.card;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What kind of technology is needed (need-card.md codes). */
public enum NeedType {
  THIET_BI,
  QUY_TRINH,
  PHAN_MEM,
  TU_VAN,
  DAO_TAO,
  HOP_TAC_NGHIEN_CUU;

  @JsonValue
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
