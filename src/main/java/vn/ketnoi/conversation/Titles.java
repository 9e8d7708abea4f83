package vn.ketnoi.conversation;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.ketnoi.card.Field;
import vn.ketnoi.card.NeedCard;
import vn.ketnoi.text.Fold;

/**
 * The title and description staff read: a title that names the technology (never "Hi", "2 việc:
 * 1" or "…đăng ký sáng chế cho"), and a description without the amounts and contacts that have
 * fields of their own, so a corrected budget does not leave "tầm 2 tỷ" in it.
 */
final class Titles {
  private Titles() {}

  static final int MAX_TITLE_CHARS = 80;
  /** A title that only names help from the Sở (money, a loan, a grant), folded. */
  private static final Pattern ASKS_FOR_HELP = Pattern.compile(
      "(?:(?:them|xin|mong|de nghi|duoc|so|chi)\\s+)*(?:ho tro|vay von|vay uu dai|cho vay|tai tro|kinh phi"
          + "|tu van|dang ky (?:nhan hieu|sang che|bao ho|so huu tri tue))(?![a-z])");

  /** Words a title cannot end on: it was cut in the middle of a phrase. */
  private static final Set<String> DANGLING = Set.of("cho", "cua", "va", "voi", "de", "ve", "cac",
      "nhung", "tu", "o", "tai", "la", "nhu", "hoac", "hay", "thi", "ma", "mot", "can", "muon", "bang");

  private static final Pattern GREETING = Pattern.compile(
      "(hi|hello|hey|alo|a lo|chao|xin chao|chao em|chao ban|chao ad|chao anh|chao chi|ok|cam on)");

  private static final Pattern LIST_FRAGMENT = Pattern.compile("\\d+ (viec|nhu cau|y)\\b.*|\\d+");

  /** Amounts, phones and e-mails: they live in their own fields, and may have been corrected. */
  private static final Pattern AMOUNT_CLAUSE = Pattern.compile(
      "(?iu).*\\d[\\d.,]*\\s*(tỷ|ty|tỉ|ti|triệu|trieu|tr|nghìn|nghin|ngàn|ngan|k|đồng|dong|vnđ|vnd)(?!\\p{L}).*");

  /**
   * A figure that is not the budget (a seller's quote, a loan, support asked, money spent or put
   * down), folded: no field holds it, so dropping its clause would lose it for staff.
   */
  private static final Pattern OTHER_FIGURE = Pattern.compile(
      "(?<![a-z])(bao gia|bao(?= (lai |la )?\\d)|gia(?= (?:[a-z]+ ){0,2}\\d)|moi (?:cai|may|bo|chiec)|vay|ho tro|tai tro|da (mua|chi|dau tu|bo ra)|coc|doanh thu|loi nhuan)(?![a-z])");

  private static final Pattern CONTACT_CLAUSE = Pattern.compile(
      "(?iu).*(\\d[\\d .]{8,}\\d|\\S+@\\S+|(sđt|sdt|liên hệ|lien he)(?!\\p{L})"
          // "điện thoại" is a contact only when a number or a colon follows: "camera điện thoại"
          // is what is built
          + "|(điện thoại|dien thoai)\\s*(:|là|la\\b|\\+|\\d)).*");

  /** Words of money and of planning: a title of only these ("4-5 ty", "Đầu") names no thing. */
  private static final Pattern MONEY_WORDS = Pattern.compile("(?<![a-z0-9])(?:\\d[\\d.,/-]*|ty|ti|trieu|tr|cu|k"
      + "|nghin|ngan|dong|vnd|d|khoang|tam|chung|du kien|du tinh|dau tu|dau|tu|von|kinh phi|ngan sach|chi phi"
      + "|tong|cong|den|toi|duoi|tren|hon|co|la|thoi|a|nhe|con|lai|vay|ngan hang|da|roi|san|dinh|muc|cho"
      + "|tu co|ruoi)(?![a-z0-9])");

  /** The title, cut to a whole phrase; null when nothing in it names a need. */
  static String clean(String title) {
    if (title == null
        || MONEY_WORDS.matcher(Fold.fold(Fold.nfc(title)).replaceAll("[^a-z0-9.,/ -]", " ")).replaceAll(" ").isBlank()) {
      return null;
    }
    List<String> words = Arrays.asList(title.strip()
        .replaceAll("[\\s,:;.\\-–(]*\\d*\\)?[\\s,:;.\\-–)]*$", "").split("\\s+"));
    int start = 0;
    // "thêm máy đóng gói nữa" names the machine; "thêm" and "nữa" only add it to another need.
    while (words.size() - start > 2 && Fold.fold(Fold.nfc(words.get(start))).equals("them")) {
      start++;
    }
    words = words.subList(start, words.size());
    int end = words.size();
    while (end > 1 && Fold.fold(Fold.nfc(words.get(end - 1))).replaceAll("[^a-z]", "").equals("nua")) {
      end--;
    }
    while (end > 0 && DANGLING.contains(Fold.fold(Fold.nfc(words.get(end - 1))).replaceAll("[^a-z]", ""))) {
      end--;
    }
    String cut = String.join(" ", words.subList(0, end)).strip();
    while (cut.length() > MAX_TITLE_CHARS) {
      cut = cut.substring(0, cut.lastIndexOf(' ', MAX_TITLE_CHARS)).strip();
    }
    String folded = Fold.fold(Fold.nfc(cut)).replaceAll("[^a-z0-9 ]", "").strip();
    if (folded.isEmpty() || GREETING.matcher(folded).matches() || LIST_FRAGMENT.matcher(folded).matches()) {
      return null;
    }
    return cut.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + cut.substring(1);
  }

  /** The description without greetings and thanks ({@link Pleasantries}) and the clauses other fields hold. */
  static String describe(String description) {
    if (description == null) {
      return null;
    }
    List<String> clauses = Arrays.stream(description.strip().split("(?<=[,;.!\\n])(?=\\s|$)\\s*"))
        .map(Pleasantries::without)
        .filter(clause -> !clause.isEmpty())
        // Only a short clause that is the amount or contact itself ("tầm 2 tỷ", "sđt 0912…"):
        // a longer one also says what is needed, and the need matters more than a stale amount.
        .filter(clause -> !CONTACT_CLAUSE.matcher(clause).matches())
        .filter(clause -> !AMOUNT_CLAUSE.matcher(clause).matches() || clause.split("\\s+").length > 6
            || OTHER_FIGURE.matcher(Fold.fold(Fold.nfc(clause))).find())
        .toList();
    String kept = sentences(clauses).replaceAll("[,;\\s]+$", "").strip();
    return kept.isEmpty() ? null : kept;
  }

  /**
   * The clauses joined, each that now starts a sentence with a capital: a clause left out can
   * leave "…Đà Nẵng. cần partner" behind.
   */
  private static String sentences(List<String> clauses) {
    StringBuilder out = new StringBuilder();
    for (String clause : clauses) {
      // The business's first words stay as typed; only a clause joined after a full stop changes.
      boolean starts = out.length() > 0 && ".!?\n".indexOf(out.charAt(out.length() - 1)) >= 0;
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(starts ? clause.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + clause.substring(1)
          : clause);
    }
    return out.toString();
  }

  /**
   * A later message that only names the business ("HTX Chè Tân Cương, người liên hệ anh Hùng")
   * reads as a title too: it must not replace the need the draft already names. The title (and the
   * description read with it) is dropped when it holds the business's or the person's name.
   */
  static NeedCard keepingTheNeed(NeedCard draft, NeedCard update) {
    if (draft.title() == null || update.title() == null) {
      return update;
    }
    if (clean(update.title()) == null) {
      // "vốn dự kiến 4-5 tỷ" after the need: its amount, not a new need.
      return update.with(Field.TITLE, null).with(Field.DESCRIPTION, null);
    }
    String title = Fold.fold(Fold.nfc(update.title()));
    // "máy thái tầm 200tr, máy sấy tầm 400tr" after "cần máy thái củ dong và máy sấy miến": the
    // same need again, with its figures.
    boolean repeated = Fold.fold(Fold.nfc(draft.title())).contains(Fold.fold(Fold.nfc(clean(update.title()))));
    if (repeated || ASKS_FOR_HELP.matcher(title).lookingAt()) {
      // "tôi cần hỗ trợ vay vốn ưu đãi" after the need: the help wanted for it, not a new need.
      return update.with(Field.TITLE, null).with(Field.DESCRIPTION, null);
    }
    boolean namesWho = Stream.of(update.companyName(), draft.companyName(), update.contactName())
        .filter(n -> n != null && !n.isBlank())
        .anyMatch(n -> title.contains(Fold.fold(Fold.nfc(n))));
    return namesWho ? update.with(Field.TITLE, null).with(Field.DESCRIPTION, null) : update;
  }
}
