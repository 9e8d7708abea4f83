package vn.ketnoi.conversation;

import java.util.Objects;
import vn.ketnoi.card.Field;
import vn.ketnoi.card.NeedCard;

/**
 * A later message that names the business anew ("tên đầy đủ là HTX Nông nghiệp Hải Hậu", "Cty TNHH
 * Gạo Sơn Hà, a Sơn") changes who it is, not where it is or what the need serves: the province the
 * old name held stays, and a sector the new name's words suggest does not replace the need's.
 */
final class Renames {
  private Renames() {}

  static NeedCard applied(Draft draft, NeedCard update, NamedProvince named) {
    NeedCard before = draft.card();
    if (update.companyName() == null || before.companyName() == null
        || Objects.equals(update.companyName(), before.companyName())) {
      return update;
    }
    NeedCard kept = update;
    String place = named.filled(before, draft.messages()).province();
    if (before.province() == null && update.province() == null && place != null) {
      kept = kept.with(Field.PROVINCE, place);
    }
    boolean namesOnly = update.title() == null && update.needType() == null;
    return namesOnly && before.sector() != null ? kept.with(Field.SECTOR, null) : kept;
  }
}
