package vn.ketnoi.extraction;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.ketnoi.text.Fold;

/**
 * Single words compared like {@link Lexicon} phrases: a word typed with marks must match exactly,
 * one typed without marks matches the folded form ("trồng" is not the stop word "trong").
 */
final class WordSet {
  private final Set<String> exact;
  private final Set<String> folded;

  WordSet(String... words) {
    this.exact =
        Stream.of(words).map(w -> Fold.nfc(w).toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    this.folded = exact.stream().map(Fold::fold).collect(Collectors.toSet());
  }

  /** In a message typed with diacritics, a word without marks is taken as written ("da" is not "đã"). */
  boolean contains(Doc doc, Doc.Word word) {
    return word.plain() && !doc.marked()
        ? folded.contains(word.folded()) || exact.contains(word.lower())
        : exact.contains(word.lower());
  }

  /** Whether the word is one of the set as written, marks and all, however the message is typed. */
  boolean containsAsWritten(Doc.Word word) {
    return exact.contains(word.lower());
  }
}
