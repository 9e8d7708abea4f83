package vn.ketnoi.conversation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.ketnoi.text.Fold;

/**
 * Greetings, thanks and polite particles in a clause of the business's words ("Chào anh chị ạ",
 * "em chào Sở", "Dạ", "cảm ơn ạ"), with or without marks: they are said to the bot, not part of
 * the need, so the description staff read leaves them out and keeps every other word. Only words
 * of these kinds are dropped: a clause that also names a person or a place after the greeting
 * ("Chào Sở KH&CN tỉnh Bến Tre") is kept whole rather than cut in the middle.
 */
final class Pleasantries {
  private Pleasantries() {}

  /** Who greets: "em chào", "chúng tôi xin cảm ơn". */
  private static final Set<String> SPEAKERS =
      Set.of("em", "toi", "minh", "chau", "con", "tui", "chung em", "chung toi", "ben em");
  private static final Set<String> GREETINGS =
      Set.of("chao", "xin chao", "kinh chao", "hello", "hi", "hey", "alo", "a lo");
  private static final Set<String> THANKS = Set.of("cam on", "cam ta", "xin cam on",
      "chan thanh cam on", "thanks", "thank you", "thank", "tks", "thx", "tran trong", "tran trong cam on");
  /** Whom they greet or thank; "em" only in a clause that is nothing else ("chào em"). */
  private static final Set<String> ADDRESSEES = Set.of("anh", "chi", "anh chi", "cac anh chi", "so",
      "quy so", "ad", "admin", "ban", "cac ban", "moi nguoi", "ca nha", "can bo", "quy co quan",
      "ong", "ba", "co", "chu", "bac");
  private static final Set<String> PARTICLES =
      Set.of("a", "ak", "nhe", "nha", "nhieu", "nhiu", "rat nhieu", "truoc", "oi");
  /** The words a need starts with after "Chào anh chị": who writes, or the business. */
  private static final Set<String> STARTERS = Set.of("em", "toi", "minh", "chau", "con", "tui",
      "chung", "ben", "cong", "cty", "htx", "hop", "nha", "doanh", "don", "xuong", "trai", "co", "ho");

  /** The clause without its greeting or thanks: empty when it is nothing else. */
  static String without(String clause) {
    List<String> words = Arrays.asList(clause.strip().split("\\s+"));
    List<String> folded = words.stream()
        .map(w -> Fold.fold(Fold.nfc(w)).replaceAll("[^a-z0-9]", "")).toList();
    if (clause.isBlank() || onlyPleasantries(words, folded)) {
      return "";
    }
    int from = greetingEnd(words, folded);
    int to = thanksStart(folded, from);
    return String.join(" ", words.subList(from, to));
  }

  /** "Chào anh chị ạ", "Dạ", "em cảm ơn Sở nhiều ạ": every word greets, thanks or is polite. */
  private static boolean onlyPleasantries(List<String> words, List<String> folded) {
    boolean says = false;
    int i = 0;
    while (i < folded.size()) {
      if (folded.get(i).isEmpty()) {
        i++;
        continue;
      }
      int greet = Math.max(phrase(folded, i, GREETINGS), phrase(folded, i, THANKS));
      boolean yes = isDa(words.get(i)) || folded.get(i).equals("da") || folded.get(i).equals("vang")
          || folded.get(i).equals("oi");
      int other = Math.max(Math.max(phrase(folded, i, SPEAKERS), phrase(folded, i, ADDRESSEES)),
          phrase(folded, i, PARTICLES));
      int step = Math.max(greet, Math.max(yes ? 1 : 0, other));
      if (step == 0) {
        return false;
      }
      says |= greet > 0 || yes;
      i += step;
    }
    return says;
  }

  /**
   * Where the need starts after an opening greeting ("Dạ em chào Sở em là …", "Chào anh chị ạ
   * công ty em …"): only when a particle ends it or the next word starts the need.
   */
  private static int greetingEnd(List<String> words, List<String> folded) {
    int i = 0;
    while (i < folded.size() && (isDa(words.get(i)) || words.get(i).equalsIgnoreCase("vâng"))) {
      i++;
    }
    int opened = i;
    i += phrase(folded, i, SPEAKERS);
    int greet = phrase(folded, i, GREETINGS);
    if (greet == 0) {
      return opened;
    }
    i += greet;
    for (int step; (step = phrase(folded, i, ADDRESSEES)) > 0; ) {
      i += step;
    }
    int particle = phrase(folded, i, PARTICLES);
    i += particle;
    boolean starts = i < folded.size() && STARTERS.contains(folded.get(i));
    return particle > 0 || starts ? i : opened;
  }

  /** Where closing thanks start ("… cần máy sấy, em cảm ơn ạ"), or the end. */
  private static int thanksStart(List<String> folded, int from) {
    for (int at = from + 1; at < folded.size(); at++) {
      int i = at + phrase(folded, at, SPEAKERS);
      int thanks = phrase(folded, i, THANKS);
      if (thanks == 0) {
        continue;
      }
      i += thanks;
      for (int step; i < folded.size() && (step = Math.max(phrase(folded, i, ADDRESSEES),
          phrase(folded, i, PARTICLES))) > 0; ) {
        i += step;
      }
      if (i == folded.size()) {
        return at;
      }
    }
    return folded.size();
  }

  /** The number of words of the longest phrase of the set at {@code i} (at most four), or 0. */
  private static int phrase(List<String> folded, int i, Set<String> set) {
    for (int n = Math.min(4, folded.size() - i); n > 0; n--) {
      if (set.contains(String.join(" ", folded.subList(i, i + n)))) {
        return n;
      }
    }
    return 0;
  }

  /** "Dạ" with its mark: unmarked "da" may be "đã", so it is dropped only in a clause of pleasantries. */
  private static boolean isDa(String word) {
    return Fold.nfc(word).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "").equals("dạ");
  }
}
