package vn.ketnoi.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * What a text says, as matching compares a need with an offer: its words, its syllable pairs
 * (within a clause) and the synonym groups it uses, each with the words that named it. The content
 * words and pairs leave out the function words and the frame of a request.
 *
 * <p>Each is kept folded and as written: two texts typed with marks are compared as written, so
 * "giá có" is not "gia cố" and "dây chuyền chế biến" does not share "chuyên chế tạo"; when either
 * was typed without marks, they are compared folded.
 */
record Profile(Terms folded, Terms written, boolean marked, Set<String> acronyms,
    Map<Integer, Set<String>> groups, Set<Integer> telling) {

  /** The words and pairs of a text in one spelling. */
  record Terms(Set<String> words, Set<String> pairs, Set<String> content, Set<String> contentPairs) {
    static Terms of(List<List<OfferText.Word>> clauses, Function<OfferText.Word, String> spelling) {
      Terms t = new Terms(new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>());
      for (List<OfferText.Word> clause : clauses) {
        for (int i = 0; i < clause.size(); i++) {
          OfferText.Word w = clause.get(i);
          t.words().add(spelling.apply(w));
          if (!w.stop()) {
            t.content().add(spelling.apply(w));
          }
          if (i + 1 < clause.size()) {
            OfferText.Word next = clause.get(i + 1);
            String pair = spelling.apply(w) + " " + spelling.apply(next);
            t.pairs().add(pair);
            if (!w.stop() && !next.stop()) {
              t.contentPairs().add(pair);
            }
          }
        }
      }
      return t;
    }
  }

  static Profile of(String text, Synonyms synonyms) {
    List<List<OfferText.Word>> clauses = OfferText.clauses(text);
    Set<String> acronyms = new LinkedHashSet<>();
    long words = 0;
    long marked = 0;
    for (List<OfferText.Word> clause : clauses) {
      for (OfferText.Word w : clause) {
        words++;
        marked += w.marked() ? 1 : 0;
        if (w.acronym()) {
          acronyms.add(w.folded());
        }
      }
    }
    Set<Integer> telling = new LinkedHashSet<>();
    scan(clauses, synonyms, (group, phrase) -> {
      if (phrase.size() > 1 || acronyms.contains(phrase.get(0))) {
        telling.add(group);
      }
    });
    // Vietnamese typed with marks has them on most words; a few marked words in a plain text are
    // a name pasted in.
    boolean typedWithMarks = words > 0 && marked * 3 >= words;
    return new Profile(Terms.of(clauses, OfferText.Word::folded), Terms.of(clauses, OfferText.Word::written),
        typedWithMarks, acronyms, groups(clauses, synonyms), telling);
  }

  /** The spelling to compare this text with the other in: as written when both have marks. */
  Terms against(Profile other) {
    return marked && other.marked ? written : folded;
  }

  /** Each synonym group a phrase of the text belongs to, with the folded words of those phrases. */
  static Map<Integer, Set<String>> groups(List<List<OfferText.Word>> clauses, Synonyms synonyms) {
    Map<Integer, Set<String>> groups = new HashMap<>();
    scan(clauses, synonyms,
        (group, phrase) -> groups.computeIfAbsent(group, g -> new LinkedHashSet<>()).addAll(phrase));
    return groups;
  }

  /** Every phrase of the synonym table found in the clauses, with its group. */
  private static void scan(List<List<OfferText.Word>> clauses, Synonyms synonyms,
      BiConsumer<Integer, List<String>> found) {
    for (List<OfferText.Word> clause : clauses) {
      for (int i = 0; i < clause.size(); i++) {
        List<String> phrase = new ArrayList<>();
        for (int n = 1; n <= synonyms.longest() && i + n <= clause.size(); n++) {
          phrase.add(clause.get(i + n - 1).folded());
          for (int group : synonyms.groups(String.join(" ", phrase))) {
            found.accept(group, List.copyOf(phrase));
          }
        }
      }
    }
  }
}
