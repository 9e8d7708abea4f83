package vn.ketnoi.conversation;

import java.util.List;
import vn.ketnoi.card.Field;
import vn.ketnoi.card.NeedCard;
import vn.ketnoi.card.NeedType;
import vn.ketnoi.card.Sector;

/** A card that states one field only, to merge a user's edit into the draft. */
final class Edits {
  private Edits() {}

  /** Fields the business can edit from the summary, in the order the buttons show them. */
  static final List<Field> EDITABLE =
      List.of(Field.TITLE, Field.COMPANY_NAME, Field.CONTACT_NAME, Field.PHONE, Field.EMAIL,
          Field.PROVINCE, Field.SECTOR, Field.NEED_TYPE, Field.BUDGET_VND_MIN);

  static NeedCard only(Field field, Object value) {
    String text = value instanceof String s ? s : null;
    return new NeedCard(
        field == Field.COMPANY_NAME ? text : null,
        field == Field.CONTACT_NAME ? text : null,
        field == Field.PHONE ? text : null,
        field == Field.EMAIL ? text : null,
        field == Field.PROVINCE ? text : null,
        field == Field.SECTOR ? (Sector) value : null,
        field == Field.NEED_TYPE ? (NeedType) value : null,
        field == Field.TITLE ? text : null,
        null,
        null,
        List.of(),
        null,
        null,
        null,
        List.of(),
        null,
        List.of());
  }
}
