package vn.ketnoi.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.ketnoi.text.Fold;

/**
 * Reads a typed answer to a yes/no choice the way people answer on a phone: with or without
 * marks, chat shorthand ("ko", "dc", "oke"), southern and polite forms ("hông", "dạ vâng ạ"),
 * emoji and doubled letters ("okkk"). A reply is yes or no only when every word in it is a yes or
 * no word or a particle; anything more (a question, a new value, "để em hỏi giám đốc đã") is
 * neither, so it is handled as a message and never taken for an answer.
 */
final class YesNoReader {
  private YesNoReader() {}

  private static final String YES = "YES";
  private static final String NO = "NO";
  /** "dạ" alone is a polite yes, but "dạ không" is a polite no. */
  private static final String SOFT_YES = "SOFTYES";

  /** Shorthand and typos, folded, to one spelling each. */
  private static final Map<String, String> SPELLINGS = Map.ofEntries(
      Map.entry("oke", "ok"), Map.entry("okie", "ok"), Map.entry("oki", "ok"),
      Map.entry("okay", "ok"), Map.entry("okey", "ok"), Map.entry("okela", "ok"),
      Map.entry("oce", "ok"), Map.entry("okla", "ok"), Map.entry("oka", "ok"),
      Map.entry("okei", "ok"), Map.entry("okk", "ok"), Map.entry("khongg", "khong"),
      Map.entry("daa", "da"), Map.entry("uhh", "u"), Map.entry("vangg", "vang"), Map.entry("okii", "ok"), Map.entry("okee", "ok"),
      Map.entry("ko", "khong"), Map.entry("k", "khong"), Map.entry("kh", "khong"),
      Map.entry("kg", "khong"), Map.entry("khg", "khong"), Map.entry("hong", "khong"),
      Map.entry("hok", "khong"), Map.entry("hem", "khong"), Map.entry("khum", "khong"),
      Map.entry("k0", "khong"), Map.entry("hk", "khong"), Map.entry("kô", "khong"),
      Map.entry("kho", "khong"), Map.entry("khon", "khong"),
      Map.entry("uh", "u"), Map.entry("uhm", "u"), Map.entry("um", "u"), Map.entry("uk", "u"),
      Map.entry("ung", "u"), Map.entry("ua", "u"), Map.entry("uhu", "u"), Map.entry("uki", "u"),
      Map.entry("vg", "vang"), Map.entry("vag", "vang"),
      Map.entry("dc", "duoc"), Map.entry("dk", "duoc"), Map.entry("duoc", "duoc"),
      Map.entry("dug", "dung"), Map.entry("dugn", "dung"), Map.entry("dungg", "dung"),
      Map.entry("r", "roi"), Map.entry("rui", "roi"), Map.entry("ròi", "roi"),
      Map.entry("dongy", "dong y"), Map.entry("xn", "xac nhan"), Map.entry("xacnhan", "xac nhan"),
      Map.entry("dy", "dong y"), Map.entry("yep", "yes"), Map.entry("yeah", "yes"),
      Map.entry("yup", "yes"), Map.entry("nope", "no"), Map.entry("nah", "no"),
      Map.entry("tks", "cam on"), Map.entry("thanks", "cam on"), Map.entry("thank", "cam on"),
      Map.entry("thx", "cam on"), Map.entry("camon", "cam on"), Map.entry("cmon", "cam on"),
      Map.entry("lun", "luon"), Map.entry("nhen", "nhe"), Map.entry("nghen", "nhe"),
      Map.entry("nha", "nhe"), Map.entry("nhak", "nhe"), Map.entry("ne", "nhe"));

  /**
   * Phrases, folded and in order: double negatives before negations before single words, so "ko
   * sai gì" is yes, "không đồng ý" is no and "đồng ý" is yes.
   */
  private static final List<Map.Entry<Pattern, String>> PHRASES = List.of(
      phrase("khong (co )?(gi )?sai( gi)?|khong (can )?sua( gi)?( nua)?|khong (co )?van de( gi)?"
          + "|khong sao|chua thay sai|thoi duoc|thoi ok|dung het", YES),
      phrase("(khong|chua) (dong y|dung|chinh xac|xac nhan|muon|duoc|phai|co|can|luu|gui|xoa"
          + "|dau|chac|ok|dong)|chua dau|tu choi|dungneg( xoa| luu| gui| dong y)?|giu lai|de sau|sai( roi| het)?|huy( bo)?"
          + "|thoi|khoi|no|khong|chua|bo qua", NO),
      phrase("dong y|xac nhan|chinh xac|nhat tri|dung|chuan|ok|duoc|vang|u|co|yes|phai|chot"
          + "|on|tot|duyet|chac chan|chac", YES),
      phrase("da", SOFT_YES));

  /** Words that say yes only to one choice: "lưu lại" a card, "xóa đi" the data. */
  private static final Map<YesNo.Choice, Pattern> CHOICE_YES = Map.of(
      YesNo.Choice.CONSENT, Pattern.compile("(?<![a-z])(cho phep|chap nhan)(?![a-z])"),
      YesNo.Choice.CONFIRM, Pattern.compile("(?<![a-z])(luu( lai)?|gui( di)?|gui luon)(?![a-z])"),
      YesNo.Choice.ERASE, Pattern.compile("(?<![a-z])(xoa( het| di| du lieu| luon)?)(?![a-z])"));

  /** Words that carry no answer of their own: particles, pronouns, thanks. */
  private static final Set<String> PARTICLES = Set.of(
      "a", "ah", "ak", "nhe", "nhi", "roi", "em", "e", "anh", "chi", "c", "minh", "toi", "tui",
      "t", "con", "chau", "ban", "b", "oi", "hi", "hihi", "haha", "he", "hehe", "luon", "do",
      "day", "voi", "di", "the", "vay", "ha", "het", "ca", "nua", "nhieu", "so", "ad", "admin",
      "bot", "qua", "lam", "that", "ma", "hen", "ui", "nhu", "tren", "thong", "tin", "du", "lieu",
      "phieu", "nay", "lai", "ro", "cung");

  private static final Pattern EMOJI_YES = Pattern.compile("[👍👌✅🆗✔☑🙆]");
  private static final Pattern EMOJI_NO = Pattern.compile("[👎❌🙅⛔🚫✖]");
  private static final Pattern THANKS = Pattern.compile("(?<![a-z])(cam on|cam n|thank you)(?![a-z])");

  /** What a typed reply to {@code choice} says. */
  static YesNo read(String text, YesNo.Choice choice) {
    if (text == null || text.isBlank() || text.contains("?")) {
      return new YesNo.Neither();
    }
    List<String> words = words(normalized(text, choice));
    if (asksBack(words)) {
      return new YesNo.Neither();
    }
    boolean yes = false;
    boolean softYes = false;
    boolean no = false;
    for (String w : words) {
      switch (w) {
        case YES -> yes = true;
        case SOFT_YES -> softYes = true;
        case NO -> no = true;
        default -> {
          if (!PARTICLES.contains(w)) {
            return new YesNo.Neither();
          }
        }
      }
    }
    if (yes && no) {
      return new YesNo.Neither();
    }
    if (no) {
      return new YesNo.No();
    }
    return yes || softYes ? new YesNo.Yes() : new YesNo.Neither();
  }

  /** "cảm ơn", "cam on nhe", "dạ thanks em": thanks and nothing else. */
  static boolean isThanks(String text) {
    if (text == null || text.contains("?")) {
      return false;
    }
    String folded = spelled(folded(text));
    if (!THANKS.matcher(folded).find()) {
      return false;
    }
    String rest = THANKS.matcher(folded).replaceAll(" ");
    return words(rest).stream().allMatch(w -> PARTICLES.contains(w)
        || Set.of("da", "vang", "ok", "u", "dung", "roi", "you", "much", "rat", "nhieu").contains(w));
  }

  /** "đồng ý không", "ok ko": a yes word asked back, not given. */
  private static boolean asksBack(List<String> words) {
    List<String> content = words.stream().filter(w -> !PARTICLES.contains(w)).toList();
    int n = content.size();
    return n >= 2 && content.get(n - 1).equals(NO) && content.get(n - 2).equals(YES);
  }

  private static String normalized(String text, YesNo.Choice choice) {
    String folded = THANKS.matcher(spelled(folded(text))).replaceAll(" ");
    for (int i = 0; i < PHRASES.size(); i++) {
      if (i == 2) {
        // After the negations, so "không xóa" stays a no to the erasure.
        folded = CHOICE_YES.get(choice).matcher(folded).replaceAll(" yesx ");
      }
      Map.Entry<Pattern, String> p = PHRASES.get(i);
      folded = p.getKey().matcher(folded).replaceAll(" " + p.getValue().toLowerCase(java.util.Locale.ROOT) + "x ");
    }
    return folded.replace("softyesx", SOFT_YES).replace("yesx", YES).replace("nox", NO);
  }

  /** Lower case, marks off, emoji as words, "đừng" kept apart from "đúng", letters undoubled. */
  private static String folded(String text) {
    String t = Fold.nfc(text).toLowerCase(java.util.Locale.ROOT);
    t = EMOJI_YES.matcher(t).replaceAll(" ok ");
    t = EMOJI_NO.matcher(t).replaceAll(" khong ");
    t = t.replaceAll("(?<![\\p{L}])(đừng|dừng)(?![\\p{L}])", " dungneg ");
    t = Fold.fold(t).replaceAll("[^a-z0-9]+", " ");
    // "okkkk", "daaa": people stretch words; three letters in a row are never Vietnamese ("lưu"
    // has two, so two stay and the common doubled shorthand is spelled out below).
    return " " + t.replaceAll("([a-z])\\1{2,}", "$1").strip() + " ";
  }

  private static String spelled(String folded) {
    List<String> out = new ArrayList<>();
    for (String w : folded.strip().split(" ")) {
      out.add(SPELLINGS.getOrDefault(w, w));
    }
    return " " + String.join(" ", out) + " ";
  }

  private static List<String> words(String s) {
    return java.util.Arrays.stream(s.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
  }

  private static Map.Entry<Pattern, String> phrase(String alternatives, String meaning) {
    return Map.entry(Pattern.compile("(?<![a-z])(" + alternatives + ")(?![a-z])"), meaning);
  }
}
