package vn.ketnoi.extraction;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import vn.ketnoi.text.Fold;

/**
 * One user message prepared for the rules: the NFC original, a folded copy of the same length, and
 * its words with their offsets.
 */
public final class Doc {
  /** A word of the message; {@code plain} when typed without any Vietnamese mark. */
  public record Word(int index, int start, int end, String text, String lower, String folded) {
    public boolean plain() {
      return lower.equals(folded);
    }

    public boolean capitalized() {
      return Character.isUpperCase(text.codePointAt(0));
    }

    public boolean numeric() {
      return Character.isDigit(text.charAt(0));
    }
  }

  private final String original;
  private final String folded;
  private final List<Word> words;
  private final boolean marked;
  private final BitSet properNames;

  private Doc(String original) {
    this.original = original;
    this.folded = Fold.fold(original);
    this.words = split(original, folded);
    long letterWords = words.stream().filter(w -> Character.isLetter(w.text().charAt(0))).count();
    long withMarks = words.stream().filter(w -> !w.plain()).count();
    this.marked = withMarks >= 2 && withMarks * 5 >= letterWords;
    this.properNames = new BitSet();
  }

  private Doc(Doc doc, BitSet properNames) {
    this.original = doc.original;
    this.folded = doc.folded;
    this.words = doc.words;
    this.marked = doc.marked;
    this.properNames = (BitSet) properNames.clone();
  }

  /**
   * This message with the words a proper name covers (a country, a province or place, a person
   * after a title): word lexicons do not read keywords inside them, so "Viet Nam" holds no
   * "nấm", "anh Nam" no "nấm" and "Cầu Kè" no "cầu".
   */
  public Doc withProperNames(BitSet names) {
    return new Doc(this, names);
  }

  /** True when word i is inside a proper name ({@link #withProperNames}). */
  public boolean inProperName(int i) {
    return properNames.get(i);
  }

  /**
   * True when the user types with diacritics. Then a word without marks is what it says: "Nam" in
   * "Phương Nam" is a name, not "nấm"; "Han" is not "hàn".
   */
  public boolean marked() {
    return marked;
  }

  public static Doc of(String text) {
    return new Doc(Fold.nfc(text == null ? "" : text));
  }

  public String original() {
    return original;
  }

  public String folded() {
    return folded;
  }

  public List<Word> words() {
    return words;
  }

  public String cut(int start, int end) {
    return original.substring(start, end);
  }

  /**
   * True when only spaces separate word i from word i+1 (no comma, full stop, bracket, line
   * break: a form written line by line has one field a line).
   */
  public boolean joined(int i) {
    if (i + 1 >= words.size()) {
      return false;
    }
    String gap = original.substring(words.get(i).end(), words.get(i + 1).start());
    return gap.isBlank() && gap.indexOf('\n') < 0;
  }

  /** True when word i and word i+1 belong to one phrase: "Bà Rịa-Vũng Tàu", "R&D", "know-how". */
  public boolean linked(int i) {
    if (i + 1 >= words.size()) {
      return false;
    }
    return original.substring(words.get(i).end(), words.get(i + 1).start()).matches("[ \\t\\-&/]*");
  }

  /** True when a line break separates word i from word i+1. */
  public boolean lineBreakAfter(int i) {
    return i + 1 < words.size()
        && original.substring(words.get(i).end(), words.get(i + 1).start()).indexOf('\n') >= 0;
  }

  /** The characters between word i and word i+1, trimmed. */
  public String gapAfter(int i) {
    if (i + 1 >= words.size()) {
      return original.substring(words.get(i).end()).trim();
    }
    return original.substring(words.get(i).end(), words.get(i + 1).start()).trim();
  }

  /** Index of the first word starting at or after {@code offset}, or words().size(). */
  public int wordAt(int offset) {
    for (Word w : words) {
      if (w.end() > offset) {
        return w.index();
      }
    }
    return words.size();
  }

  private static List<Word> split(String original, String folded) {
    List<Word> result = new ArrayList<>();
    int i = 0;
    while (i < original.length()) {
      if (!isWordChar(original, i)) {
        i++;
        continue;
      }
      int start = i;
      while (i < original.length() && isWordChar(original, i)) {
        i++;
      }
      String text = original.substring(start, i);
      result.add(
          new Word(
              result.size(),
              start,
              i,
              text,
              text.toLowerCase(Locale.ROOT),
              folded.substring(start, i)));
    }
    return List.copyOf(result);
  }

  private static boolean isWordChar(String s, int i) {
    char c = s.charAt(i);
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }
}
