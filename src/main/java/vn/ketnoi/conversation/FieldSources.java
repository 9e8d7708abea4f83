package vn.ketnoi.conversation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import vn.ketnoi.card.Field;
import vn.ketnoi.card.NeedCard;
import vn.ketnoi.card.Source;
import vn.ketnoi.text.Fold;

/** Who gave each field of the draft, and which phones and e-mails a message adds or corrects. */
final class FieldSources {
  private FieldSources() {}

  /**
   * Values a business states in so many words: a later message that changes one corrects it ("à
   * nhầm, kinh phí 300 triệu thôi"). Sector, need type and the need's wording are inferred, and
   * a later message refines them rather than correcting the business.
   */
  private static final Set<Field> STATED = Set.of(Field.COMPANY_NAME, Field.CONTACT_NAME,
      Field.PHONE, Field.EMAIL, Field.PROVINCE, Field.BUDGET_VND_MIN, Field.BUDGET_VND_MAX,
      Field.EMPLOYEES, Field.TIMELINE);

  /**
   * Words that say a later phone or e-mail is one more way to reach the business ("ngoài ra gọi số
   * bàn…", "hoặc email…", "thêm số…"), folded.
   */
  private static final Pattern ADDITION = Pattern.compile(
      "(?<![a-z])(ngoai ra|hoac|them so|them sdt|them email|so khac|so phu|so ban|so co dinh"
          + "|so nua|con so|va so|kem so|lien he them|goi them)(?![a-z])");

  /**
   * A phone or e-mail different from the one the draft has replaces it: people send a new number
   * to correct the card ("sửa sđt thành…", "sdt mới là…", "số điện thoại là…"). Only when the
   * message says it is one more ("ngoài ra gọi số bàn…") is it kept beside the first.
   */
  static NeedCard keepingContacts(ChatState state, NeedCard stated, String text) {
    if (state.asked() == Asked.CONTACT || !ADDITION.matcher(Fold.fold(Fold.nfc(text))).find()) {
      return stated;
    }
    NeedCard kept = stated;
    for (Field f : List.of(Field.PHONE, Field.EMAIL)) {
      if (f.isStated(state.draft().card()) && f.isStated(stated)
          && !f.valueIn(state.draft().card()).equals(f.valueIn(stated))) {
        kept = kept.with(f, null);
      }
    }
    return kept;
  }

  /**
   * Who gave each field a message states: the business itself when it answers the bot's question
   * or corrects a value it stated before, else the extractor that read it. A value said again
   * keeps the source it had.
   */
  static Map<String, Source> of(ChatState state, NeedCard stated, Map<String, Source> read) {
    NeedCard before = state.draft().card();
    Set<Field> answered = state.asked() == null ? Set.of() : state.asked().answeredBy();
    Map<String, Source> sources = new HashMap<>();
    for (Field f : Field.values()) {
      if (!f.isStated(stated)) {
        continue;
      }
      Source readBy = read.getOrDefault(f.key(), Source.RULES);
      boolean had = f.isStated(before);
      if (had && Objects.equals(f.valueIn(before), f.valueIn(stated))) {
        sources.put(f.key(), state.draft().sources().getOrDefault(f.key(), readBy));
      } else if (answered.contains(f) || (had && STATED.contains(f))) {
        sources.put(f.key(), Source.USER);
      } else {
        sources.put(f.key(), readBy);
      }
    }
    return sources;
  }

  /** Every field the update states, given by the business itself. */
  static Map<String, Source> allByUser(NeedCard update) {
    Map<String, Source> sources = new HashMap<>();
    update.statedFields().forEach(f -> sources.put(f, Source.USER));
    return sources;
  }
}
