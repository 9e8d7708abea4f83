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
  public static final Synonyms NONE = new Synonyms(Map.of(), 0);

  private final Map<String, Set<String>> groups;
  private final int longest;

  private Synonyms(Map<String, Set<String>> groups, int longest) {
    this.groups = groups;
    this.longest = longest;
  }

  static Synonyms parse(String text) {
    Map<String, Set<String>> groups = new HashMap<>();
    int longest = 0;
    for (String line : text.split("\n")) {
      if (line.isBlank() || line.strip().startsWith("#")) {
        continue;
      }
      List<String> phrases = java.util.Arrays.stream(line.split(","))
          .map(p -> String.join(" ", Answers.words(p))).filter(p -> !p.isEmpty()).toList();
      for (String p : phrases) {
        groups.computeIfAbsent(p, k -> new LinkedHashSet<>()).addAll(phrases);
        longest = Math.max(longest, p.split(" ").length);
      }
    }
    return new Synonyms(Map.copyOf(groups), longest);
  }

  /** The most words a phrase of the table has. */
  int longest() {
    return longest;
  }

  /** The phrase and everything that means the same; empty when the table does not know it. */
  Set<String> of(String foldedPhrase) {
    return groups.getOrDefault(foldedPhrase, Set.of());
  }
}
