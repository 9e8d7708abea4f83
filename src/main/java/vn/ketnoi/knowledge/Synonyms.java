package vn.ketnoi.knowledge;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Phrases that mean the same to a business asking and to the text of an entry ("hỗ trợ tiền",
 * "cho vay", "tài trợ"; "XLNT", "xử lý nước thải"), from knowledge/synonyms.txt, which staff
 * edit: one group per line, comma separated. Questions look phrases up folded, so that marks and
 * đ do not matter; offer matching looks up a text typed with marks as written ("chè" is not
 * "chế"), and a text typed without marks folded.
 */
public final class Synonyms {
  /** No synonyms: every phrase stands for itself. */
  public static final Synonyms NONE = new Synonyms("", Map.of(), Map.of(), Map.of(), 0);

  /**
   * What the table knows of a phrase: the groups (line numbers) it belongs to, and whether a
   * longer phrase starts with it, so that a scan of a text stops as soon as none does.
   */
  record Phrase(Set<Integer> groups, boolean continues) {}

  /** The table as staff wrote it: a stored offer index was made with one table and no other. */
  private final String source;
  private final Map<String, Set<String>> groups;
  private final Map<String, Phrase> folded;
  private final Map<String, Phrase> written;
  private final int longest;

  private Synonyms(String source, Map<String, Set<String>> groups, Map<String, Phrase> folded,
      Map<String, Phrase> written, int longest) {
    this.source = source;
    this.groups = groups;
    this.folded = folded;
    this.written = written;
    this.longest = longest;
  }

  static Synonyms parse(String text) {
    Map<String, Set<String>> groups = new HashMap<>();
    Map<String, Set<Integer>> foldedLines = new HashMap<>();
    Map<String, Set<Integer>> writtenLines = new HashMap<>();
    int longest = 0;
    int number = 0;
    for (String line : text.split("\n")) {
      number++;
      if (line.isBlank() || line.strip().startsWith("#")) {
        continue;
      }
      List<String> phrases = Arrays.stream(line.split(","))
          .map(p -> String.join(" ", Answers.words(p))).filter(p -> !p.isEmpty()).toList();
      for (String p : phrases) {
        groups.computeIfAbsent(p, k -> new LinkedHashSet<>()).addAll(phrases);
        foldedLines.computeIfAbsent(p, k -> new LinkedHashSet<>()).add(number);
        longest = Math.max(longest, p.split(" ").length);
      }
      for (String p : line.split(",")) {
        String asWritten = String.join(" ", OfferText.written(p));
        if (!asWritten.isEmpty()) {
          writtenLines.computeIfAbsent(asWritten, k -> new LinkedHashSet<>()).add(number);
        }
      }
    }
    return new Synonyms(text, Map.copyOf(groups), phrases(foldedLines), phrases(writtenLines), longest);
  }

  String source() {
    return source;
  }

  private static Map<String, Phrase> phrases(Map<String, Set<Integer>> lines) {
    Map<String, Phrase> phrases = new HashMap<>();
    lines.forEach((p, numbers) -> phrases.put(p, new Phrase(Set.copyOf(numbers), false)));
    for (String p : lines.keySet()) {
      for (int space = p.indexOf(' '); space >= 0; space = p.indexOf(' ', space + 1)) {
        Phrase known = phrases.get(p.substring(0, space));
        phrases.put(p.substring(0, space), new Phrase(known == null ? Set.of() : known.groups(), true));
      }
    }
    // A hash map rather than Map.copyOf: the scan of every offer asks mostly for words the table
    // lacks, and a miss costs one hash comparison here, several string comparisons there.
    return Collections.unmodifiableMap(phrases);
  }

  /** The most words a phrase of the table has. */
  int longest() {
    return longest;
  }

  /**
   * A phrase of a text, folded or as written in lower case; null when the table has neither it
   * nor a longer phrase starting with it. A phrase the table writes without marks ("cafe") is
   * found as written too.
   */
  Phrase lookup(String phrase, boolean asWritten) {
    return (asWritten ? written : folded).get(phrase);
  }

  /** The phrase and everything that means the same; empty when the table does not know it. */
  Set<String> of(String foldedPhrase) {
    return groups.getOrDefault(foldedPhrase, Set.of());
  }
}
