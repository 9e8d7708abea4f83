package vn.ketnoi.card;

import java.util.Collection;
import java.util.function.Function;

/** The need-card keys, in the contract's order, with how to read each from a card. */
public enum Field {
  COMPANY_NAME("company_name", NeedCard::companyName),
  CONTACT_NAME("contact_name", NeedCard::contactName),
  PHONE("phone", NeedCard::phone),
  EMAIL("email", NeedCard::email),
  PROVINCE("province", NeedCard::province),
  SECTOR("sector", NeedCard::sector),
  NEED_TYPE("need_type", NeedCard::needType),
  TITLE("title", NeedCard::title),
  DESCRIPTION("description", NeedCard::description),
  ORIGIN_SCOPE("origin_scope", NeedCard::originScope),
  ORIGIN_COUNTRIES("origin_countries", NeedCard::originCountries),
  BUDGET_VND_MIN("budget_vnd_min", NeedCard::budgetVndMin),
  BUDGET_VND_MAX("budget_vnd_max", NeedCard::budgetVndMax),
  TIMELINE("timeline", NeedCard::timeline),
  SUPPORT_WANTED("support_wanted", NeedCard::supportWanted),
  EMPLOYEES("employees", NeedCard::employees),
  PRODUCTS("products", NeedCard::products);

  private final String key;
  private final Function<NeedCard, Object> getter;

  Field(String key, Function<NeedCard, Object> getter) {
    this.key = key;
    this.getter = getter;
  }

  public String key() {
    return key;
  }

  public Object valueIn(NeedCard card) {
    return getter.apply(card);
  }

  public boolean isStated(NeedCard card) {
    Object value = valueIn(card);
    return value != null && !(value instanceof Collection<?> c && c.isEmpty());
  }

  public static Field ofKey(String key) {
    for (Field f : values()) {
      if (f.key.equals(key)) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown need-card key " + key);
  }
}
