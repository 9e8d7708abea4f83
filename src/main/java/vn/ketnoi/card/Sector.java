package vn.ketnoi.card;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The sector of the business the technology serves (need-card.md codes). */
public enum Sector {
  CNTT_DIEN_TU,
  CO_KHI_CHE_TAO,
  NONG_NGHIEP,
  CHE_BIEN_BAO_QUAN,
  XAY_DUNG_GIAO_THONG,
  MOI_TRUONG_NANG_LUONG,
  Y_DUOC,
  KHAC;

  @JsonValue
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
