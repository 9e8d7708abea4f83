package vn.ketnoi.knowledge;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Phrases that mean the same to a business asking and to the text of an entry ("hỗ trợ tiền",
 * "cho vay", "tài trợ"), from knowledge/synonyms.txt, which staff edit: one group per line, comma
 * separated, folded so that marks and đ do not matter.
 */
public final class Synonyms {
  /** No synonyms: every phrase stands for itself. */
  public static final Synonyms NONE = new Synonyms(Map.of(), Map.of(), 0);

  private final Map<String, Set<String>> groups;
  /** Each phrase to the numbers of the lines (groups) it is on. */
  private final Map<String, Set<Integer>> lines;
  private final int longest;

  private Synonyms(Map<String, Set<String>> groups, Map<String, Set<Integer>> lines, int longest) {
    this.groups = groups;
    this.lines = lines;
    this.longest = longest;
  }

  static Synonyms parse(String text) {
    Map<String, Set<String>> groups = new HashMap<>();
    Map<String, Set<Integer>> lines = new HashMap<>();
    int longest = 0;
    int number = 0;
    for (String line : text.split("\n")) {
      number++;
      if (line.isBlank() || line.strip().startsWith("#")) {
        continue;
      }
      List<String> phrases = java.util.Arrays.stream(line.split(","))
          .map(p -> String.join(" ", Answers.words(p))).filter(p -> !p.isEmpty()).toList();
      for (String p : phrases) {
        groups.computeIfAbsent(p, k -> new LinkedHashSet<>()).addAll(phrases);
        lines.computeIfAbsent(p, k -> new LinkedHashSet<>()).add(number);
        longest = Math.max(longest, p.split(" ").length);
      }
    }
    return new Synonyms(Map.copyOf(groups), Map.copyOf(lines), longest);
  }

  /** The most words a phrase of the table has. */
  int longest() {
    return longest;
  }

  /**
   * The groups (line numbers) the folded phrase belongs to; empty when the table does not know it.
   * Offer matching indexes these numbers, so a need and an offer that use different phrases of a
   * group share a term.
   */
  Set<Integer> groups(String foldedPhrase) {
    return lines.getOrDefault(foldedPhrase, Set.of());
  }

  /** The phrase and everything that means the same; empty when the table does not know it. */
  Set<String> of(String foldedPhrase) {
    return groups.getOrDefault(foldedPhrase, Set.of());
  }
}
