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
    for (List<OfferText.Word> clause : clauses) {
      for (OfferText.Word w : clause) {
        if (w.acronym()) {
          acronyms.add(w.folded());
        }
      }
    }
    boolean typedWithMarks = typedWithMarks(clauses);
    Map<Integer, Set<String>> groups = new HashMap<>();
    Set<Integer> telling = new LinkedHashSet<>();
    scan(clauses, synonyms, typedWithMarks, (group, phrase) -> {
      groups.computeIfAbsent(group, g -> new LinkedHashSet<>()).addAll(phrase);
      if (phrase.size() > 1 || acronyms.contains(phrase.get(0))) {
        telling.add(group);
      }
    });
    return new Profile(Terms.of(clauses, OfferText.Word::folded), Terms.of(clauses, OfferText.Word::written),
        typedWithMarks, acronyms, groups, telling);
  }

  /** The spelling to compare this text with the other in: as written when both have marks. */
  Terms against(Profile other) {
    return marked && other.marked ? written : folded;
  }

  /** Vietnamese typed with marks has them on most words; a few in a plain text are a name pasted in. */
  static boolean typedWithMarks(List<List<OfferText.Word>> clauses) {
    long words = 0;
    long marked = 0;
    for (List<OfferText.Word> clause : clauses) {
      for (OfferText.Word w : clause) {
        words++;
        marked += w.marked() ? 1 : 0;
      }
    }
    return words > 0 && marked * 3 >= words;
  }

  /** The synonym groups the clauses use, as the index records them for an offer. */
  static Set<Integer> groupIds(List<List<OfferText.Word>> clauses, Synonyms synonyms) {
    Set<Integer> ids = new LinkedHashSet<>();
    scan(clauses, synonyms, typedWithMarks(clauses), (group, phrase) -> ids.add(group));
    return ids;
  }

  /** Every phrase of the synonym table found in the clauses, with its group and folded words. */
  private static void scan(List<List<OfferText.Word>> clauses, Synonyms synonyms, boolean asWritten,
      BiConsumer<Integer, List<String>> found) {
    for (List<OfferText.Word> clause : clauses) {
      for (int i = 0; i < clause.size(); i++) {
        String phrase = "";
        for (int n = 1; n <= synonyms.longest() && i + n <= clause.size(); n++) {
          OfferText.Word w = clause.get(i + n - 1);
          String spelled = asWritten ? w.written() : w.folded();
          phrase = n == 1 ? spelled : phrase + " " + spelled;
          Synonyms.Phrase known = synonyms.lookup(phrase, asWritten);
          if (known == null) {
            break;
          }
          for (int group : known.groups()) {
            found.accept(group, clause.subList(i, i + n).stream().map(OfferText.Word::folded).toList());
          }
          if (!known.continues()) {
            break;
          }
        }
      }
    }
  }
}
