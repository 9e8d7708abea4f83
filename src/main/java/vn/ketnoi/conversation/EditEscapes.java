package vn.ketnoi.conversation;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import vn.ketnoi.card.Field;
import vn.ketnoi.card.Source;
import vn.ketnoi.text.Fold;

/**
 * The ways out of "Anh/chị nhập … mới": "quay lại" leaves the field as it was, and "chưa biết" for
 * the budget leaves it unknown. Before, every such reply got "chưa đọc được số tiền" again, and
 * only /huy, which throws the whole card away, ended it.
 */
final class EditEscapes {
  private EditEscapes() {}

  private static final Pattern BACK = Pattern.compile(
      "(quay lai|tro lai|thoi|bo qua|huy sua|khong sua( nua)?|ko sua( nua)?|giu nguyen|de nguyen|back)"
          + "( a| nhe| nha| di)?");
  private static final Pattern UNKNOWN = Pattern.compile(
      "(chua|khong|ko|k) (biet|ro|co|xac dinh|tinh)( duoc)?( nua| a| nhe)*"
          + "|(chua|khong|ko) (biet|ro) (bao nhieu|kinh phi|ngan sach)( nua| a)*");

  static boolean back(String text) {
    return BACK.matcher(folded(text)).matches();
  }

  static boolean unknownBudget(String text) {
    return UNKNOWN.matcher(folded(text)).matches() || BudgetUnknown.said(text);
  }

  /** The draft with no budget: the business does not know it yet. */
  static Draft withoutBudget(Draft draft, String text) {
    Map<String, Source> sources = new HashMap<>(draft.sources());
    sources.remove(Field.BUDGET_VND_MIN.key());
    sources.remove(Field.BUDGET_VND_MAX.key());
    Draft noted = draft.with(vn.ketnoi.card.NeedCard.EMPTY, Map.of(), text);
    return new Draft(draft.id(), draft.card().withBudget(null, null), sources, noted.messages(),
        draft.otherContacts());
  }

  private static String folded(String text) {
    return Fold.fold(Fold.nfc(text)).replaceAll("[^a-z0-9 ]", " ").replaceAll("\\s+", " ").strip();
  }
}
