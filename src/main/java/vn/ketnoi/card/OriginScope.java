package vn.ketnoi.card;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where the business wants the technology to come from. */
public enum OriginScope {
  TRONG_NUOC,
  NUOC_NGOAI,
  KHONG_YEU_CAU;

  @JsonValue
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
