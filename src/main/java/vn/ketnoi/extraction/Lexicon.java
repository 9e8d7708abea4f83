package vn.ketnoi.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.ketnoi.text.Fold;

/**
 * Phrases mapped to values, matched word by word and diacritic-consistently: a word typed with marks
 * must equal the phrase's word exactly ("nhất" is not "nhật"), a word typed without marks matches
 * the folded phrase ("nhat" is "nhật") unless the message is typed with diacritics elsewhere. So
 * text with and without diacritics both work, and a diacritic the user did type still
 * disambiguates.
 */
public final class Lexicon<T> {
  /** One phrase of the lexicon. */
  public record Entry<T>(List<String> words, List<String> foldedWords, T value, double weight) {}

  /** A phrase found in a message: words [from, to). */
  public record Match<T>(T value, double weight, int from, int to) {}

  private final Map<String, List<Entry<T>>> byFirstWord = new HashMap<>();
  /** A lexicon of proper names (places, countries) reads inside names; one of words does not. */
  private final boolean ofNames;

  /** A lexicon of words: it finds nothing inside a proper name ({@link Doc#withProperNames}). */
  public Lexicon() {
    this(false);
  }

  private Lexicon(boolean ofNames) {
    this.ofNames = ofNames;
  }

  /** A lexicon of proper names: places, countries. */
  public static <T> Lexicon<T> ofNames() {
    return new Lexicon<>(true);
  }

  /** Every phrase, for tests that check the lexicons as a whole. */
  List<Entry<T>> entries() {
    return byFirstWord.values().stream().flatMap(List::stream).toList();
  }

  public Lexicon<T> add(T value, double weight, String... phrases) {
    for (String phrase : phrases) {
      List<String> words =
          List.of(Fold.nfc(phrase).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"));
      List<String> folded = words.stream().map(Fold::fold).toList();
      byFirstWord
          .computeIfAbsent(folded.get(0), k -> new ArrayList<>())
          .add(new Entry<>(words, folded, value, weight));
    }
    byFirstWord.values().forEach(list -> list.sort(Comparator.comparingInt(e -> -e.words().size())));
    return this;
  }

  public Lexicon<T> add(T value, String... phrases) {
    return add(value, 1.0, phrases);
  }

  /** Longest non-overlapping matches, left to right. */
  public List<Match<T>> find(Doc doc) {
    List<Match<T>> matches = new ArrayList<>();
    List<Doc.Word> words = doc.words();
    int i = 0;
    while (i < words.size()) {
      Match<T> match = matchAt(doc, i);
      if (match == null) {
        i++;
      } else {
        matches.add(match);
        i = match.to();
      }
    }
    return matches;
  }

  /** The longest entry starting at word i, or null. */
  public Match<T> matchAt(Doc doc, int i) {
    List<Entry<T>> candidates = byFirstWord.get(doc.words().get(i).folded());
    if (candidates == null) {
      return null;
    }
    for (Entry<T> entry : candidates) {
      if (matches(doc, i, entry)) {
        return new Match<>(entry.value(), entry.weight(), i, i + entry.words().size());
      }
    }
    return null;
  }

  private boolean matches(Doc doc, int start, Entry<?> entry) {
    List<Doc.Word> words = doc.words();
    int n = entry.words().size();
    if (start + n > words.size()) {
      return false;
    }
    for (int k = 0; k < n; k++) {
      if (!ofNames && doc.inProperName(start + k)) {
        return false;
      }
      Doc.Word w = words.get(start + k);
      boolean same =
          w.plain() && !doc.marked()
              ? w.folded().equals(entry.foldedWords().get(k))
              : w.lower().equals(entry.words().get(k));
      if (!same || (k > 0 && !doc.linked(start + k - 1))) {
        return false;
      }
    }
    return true;
  }
}
