package vn.ketnoi.conversation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Set;
import vn.ketnoi.card.Field;

/**
 * What the bot last asked the business: a missing part of the card, the offer of the last contact,
 * or the new value of a field picked from "Sửa". Stored as the key it always was ("phone", "who"),
 * so chat states written before this type still read.
 */
enum Asked {
  TITLE("title", Field.TITLE, Set.of(Field.TITLE, Field.DESCRIPTION)),
  CONTACT("phone", Field.PHONE, Set.of(Field.PHONE, Field.EMAIL)),
  WHO("who", null, Set.of(Field.COMPANY_NAME, Field.CONTACT_NAME)),
  SECTOR("sector", Field.SECTOR, Set.of(Field.SECTOR)),
  NEED_TYPE("need_type", Field.NEED_TYPE, Set.of(Field.NEED_TYPE)),
  REUSE_CONTACT("reuse", null, Set.of()),
  COMPANY_NAME("company_name", Field.COMPANY_NAME, Set.of()),
  CONTACT_NAME("contact_name", Field.CONTACT_NAME, Set.of()),
  EMAIL("email", Field.EMAIL, Set.of()),
  PROVINCE("province", Field.PROVINCE, Set.of()),
  BUDGET("budget_vnd_min", Field.BUDGET_VND_MIN, Set.of());

  private final String key;
  private final Field field;
  private final Set<Field> answeredBy;

  Asked(String key, Field field, Set<Field> answeredBy) {
    this.key = key;
    this.field = field;
    this.answeredBy = answeredBy;
  }

  @JsonValue
  String key() {
    return key;
  }

  /** The field this question edits, picked from "Sửa" (null for "who" and the contact offer). */
  Field field() {
    return field;
  }

  /** The fields an answer to this question, as a missing part of the card, gives. */
  Set<Field> answeredBy() {
    return answeredBy;
  }

  /** The question for the new value of an editable field. */
  static Asked editing(Field field) {
    for (Asked a : values()) {
      if (a.field == field) {
        return a;
      }
    }
    throw new IllegalArgumentException("not editable: " + field.key());
  }

  /** A stored key; an unknown one (a newer or damaged row) is read as nothing asked. */
  @JsonCreator
  static Asked ofKey(String key) {
    for (Asked a : values()) {
      if (a.key.equals(key)) {
        return a;
      }
    }
    return null;
  }
}
