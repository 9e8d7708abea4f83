package vn.ketnoi.conversation;

import java.util.List;
import java.util.regex.Pattern;
import vn.ketnoi.card.Field;
import vn.ketnoi.card.NeedCard;
import vn.ketnoi.extraction.Extraction;
import vn.ketnoi.extraction.Intent;
import vn.ketnoi.text.Fold;

/**
 * "à còn cần thêm máy đóng gói hút chân không nữa, tầm 150tr" while a card is being written: a
 * second need, not a correction of the first. Merged, it replaced the rice mill and its 700 triệu;
 * it is kept aside and drafted as its own card once the first is saved or cancelled.
 */
final class SecondNeeds {
  private static final Pattern ADDED =
      Pattern.compile("\\b(them|ngoai ra|con can|con muon|con co nhu cau|kem theo)\\b");
  /** "à nhầm, cần máy đóng gói" replaces the need: a correction, not an addition. */
  private static final Pattern CORRECTED =
      Pattern.compile("\\b(nham|sua lai|khong phai|thay vi|doi thanh|doi lai)\\b");

  private SecondNeeds() {}

  /** Whether {@code read} states a further need beside the draft's, with a word that adds it. */
  static boolean adds(ChatState state, Extraction read, String text) {
    NeedCard draft = state.draft().card();
    NeedCard stated = read.card();
    if (state.pendingNeed() != null || draft.title() == null || read.intent() != Intent.NEED
        || stated.title() == null || stated.needType() == null) {
      return false;
    }
    String folded = Fold.fold(Fold.nfc(text));
    return ADDED.matcher(folded).find() && !CORRECTED.matcher(folded).find()
        && !Fold.fold(Fold.nfc(draft.title())).equals(Fold.fold(Fold.nfc(stated.title())));
  }

  /**
   * The second need's own draft, kept with the chat; who and how to reach them, when the message
   * says it, also go on the first card.
   */
  static ChatState keep(ChatState state, NeedCard stated, Extraction read, String text) {
    Draft second = Draft.empty().with(stated, read.sources(), text);
    NeedCard who = whoIn(stated, NeedCard.EMPTY);
    Draft first = state.draft().with(who, FieldSources.of(state, who, read.sources()), null);
    return state.withDraft(first).withPendingNeed(second);
  }

  /**
   * The chat with the kept second need as its draft, once the first card has left it: the same
   * business in the same chat, so who and how to reach them carry over without being asked again.
   */
  static ChatState next(ChatState state, NeedCard first) {
    Draft second = state.pendingNeed();
    NeedCard unstated = whoIn(first, second.card());
    return state.withDraft(second.with(unstated, FieldSources.allByUser(unstated), null)).withPendingNeed(null);
  }

  private static final List<Field> WHO =
      List.of(Field.PHONE, Field.EMAIL, Field.CONTACT_NAME, Field.COMPANY_NAME, Field.PROVINCE);

  /** Who the business is, where, and how to reach it, as {@code card} says and {@code has} does not. */
  private static NeedCard whoIn(NeedCard card, NeedCard has) {
    NeedCard who = NeedCard.EMPTY;
    for (Field field : WHO) {
      if (field.isStated(card) && !field.isStated(has)) {
        who = who.with(field, field.valueIn(card));
      }
    }
    return who;
  }
}
