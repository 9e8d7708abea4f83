package vn.ketnoi.card;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What the business asks the department for. */
public enum Support {
  TAI_CHINH,
  KET_NOI,
  TU_VAN,
  DAO_TAO,
  SO_HUU_TRI_TUE;

  @JsonValue
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
