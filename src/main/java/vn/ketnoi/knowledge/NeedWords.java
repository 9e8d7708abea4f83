package vn.ketnoi.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ketnoi.text.Fold;

/**
 * A need's words as the fit is judged: all of them (names cut), the sentences that ask for
 * something, and what those sentences ask for — from the asking word to the end of its clause
 * ("… Hòa Bình ở KCN Quang Minh cần <b>robot hàn tự động cho khung thép kết cấu</b>, hiện hàn tay
 * năng suất thấp"). The words before the asking word say who asks; the clauses after it, why.
 */
record NeedWords(Profile all, Profile request, Profile asked, Profile named) {
  /**
   * Words that open a request, folded: "cần", "muốn", "tìm", "mong", "đề nghị", "quan tâm". Not
   * "nhờ" or "xin": "tăng nhờ đơn hàng", "xin chào" tell no need.
   */
  private static final Set<String> ASKING = Set.of("can", "muon", "tim", "mong", "de nghi", "quan tam");
  private static final Pattern ASKS = Pattern.compile("(?<![\\p{L}\\p{N}])(can|muon|tim|mong|de nghi|quan tam)(?![\\p{L}\\p{N}])");
  private static final String CLAUSE_ENDS = ",;:";

  static NeedWords of(String words, Synonyms synonyms) {
    String asking = request(words);
    return new NeedWords(Profile.of(words, synonyms), profile(asking, synonyms),
        profile(asked(words, false), synonyms), profile(asked(words, true), synonyms));
  }

  private static Profile profile(String text, Synonyms synonyms) {
    return text == null ? null : Profile.of(text, synonyms);
  }

  /**
   * The sentences of a text that ask for something, joined; null when none does, or when all do
   * (then the whole text is the request).
   */
  static String request(String text) {
    String[] sentences = text.split("[.!?\\n]+");
    List<String> asking = new ArrayList<>();
    for (String sentence : sentences) {
      List<String> words = OfferText.words(sentence);
      for (int i = 0; i < words.size(); i++) {
        if (ASKING.contains(words.get(i)) || i + 1 < words.size() && ASKING.contains(words.get(i) + " " + words.get(i + 1))) {
          asking.add(sentence);
          break;
        }
      }
    }
    return asking.isEmpty() || asking.size() == sentences.length ? null : String.join(" . ", asking);
  }

  /**
   * What each sentence that asks asks for: from its first asking word to the end of the sentence,
   * or with {@code named} of that clause only (the next clause when the word ends one, "cần: …"),
   * the thing itself; joined, null when no sentence asks.
   */
  static String asked(String text, boolean named) {
    List<String> objects = new ArrayList<>();
    for (String sentence : Fold.nfc(text).split("[.!?\\n]+")) {
      // Folding keeps offsets, so the match in the folded sentence cuts the sentence as written.
      Matcher asks = ASKS.matcher(Fold.fold(sentence).toLowerCase(java.util.Locale.ROOT));
      if (!asks.find()) {
        continue;
      }
      String rest = sentence.substring(asks.end());
      String clause = named ? firstClause(rest) : rest;
      if (!clause.isBlank()) {
        objects.add(clause);
      }
    }
    return objects.isEmpty() ? null : String.join(" . ", objects);
  }

  /** The first clause of a text that has words, up to a comma, semicolon or colon. */
  private static String firstClause(String text) {
    int from = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || CLAUSE_ENDS.indexOf(text.charAt(i)) >= 0) {
        if (!text.substring(from, i).isBlank()) {
          return text.substring(from, i);
        }
        from = i + 1;
      }
    }
    return "";
  }
}
