package vn.ketnoi.extraction;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The province a message names, kept as the user names it (an old pre-2025 name stays), with the
 * current unit it belongs to for reporting. A district or city is used only when no province is
 * named.
 */
public final class Provinces {
  private static final Set<String> TITLES =
      Set.of("anh", "chi", "ong", "ba", "em", "co", "chu", "mr", "ms", "mrs", "ten", "la");
  private static final Pattern HCMC_DISTRICT =
      Pattern.compile("(?<![\\w])(?:q|quan)\\s*\\.?\\s*(?:[1-9]|1[0-2])(?![\\w])");

  private final Lexicon<String> provinces = Lexicon.ofNames();
  private final Lexicon<String> places = Lexicon.ofNames();
  private final Map<String, String> currentByName = new HashMap<>();

  public Provinces() {
    for (String[] row : Resources.tsv("provinces.tsv")) {
      String name = row[0];
      currentByName.put(name, row[1]);
      provinces.add(name, name);
      if (row.length > 2 && !row[2].isBlank()) {
        for (String alias : row[2].split(";")) {
          provinces.add(name, alias.replaceAll("[.\\-]", " ").trim());
        }
      }
    }
    for (String[] row : Resources.tsv("places.tsv")) {
      if (!currentByName.containsKey(row[1])) {
        throw new IllegalStateException("places.tsv names unknown province " + row[1]);
      }
      places.add(row[1], row[0].replaceAll("[.\\-]", " ").trim());
    }
  }

  /** The current (post-2025) unit for a province name, or null when the name is unknown. */
  public String currentOf(String name) {
    return name == null ? null : currentByName.get(name);
  }

  public List<String> names() {
    return List.copyOf(currentByName.keySet());
  }

  /**
   * The province of the business. Words in {@code skip} (a company's or person's name) do not
   * count. In "Hòa Bình, Bạc Liêu" the second name is the province and the first a district.
   */
  public String find(Doc doc, BitSet skip) {
    List<Lexicon.Match<String>> found =
        provinces.find(doc).stream().filter(m -> usable(doc, m, skip)).toList();
    if (!found.isEmpty()) {
      Lexicon.Match<String> first = found.get(0);
      if (found.size() > 1 && adjacent(doc, first, found.get(1))) {
        return found.get(1).value();
      }
      return first.value();
    }
    List<Lexicon.Match<String>> districts =
        places.find(doc).stream().filter(m -> usable(doc, m, skip)).toList();
    if (!districts.isEmpty()) {
      return districts.get(0).value();
    }
    Matcher m = HCMC_DISTRICT.matcher(doc.folded());
    return m.find() ? "TP. Hồ Chí Minh" : null;
  }

  /**
   * The words every usable province and place name covers: the proper names no keyword is read
   * inside. Words in {@code skip} (a country's name: "Viet Nam can" holds no "Năm Căn") do not count.
   */
  public BitSet names(Doc doc, BitSet skip) {
    BitSet words = new BitSet();
    for (Lexicon<String> lexicon : List.of(provinces, places)) {
      lexicon.find(doc).stream()
          .filter(m -> usable(doc, m, skip) && words.get(m.from(), m.to()).isEmpty())
          .forEach(m -> words.set(m.from(), m.to()));
    }
    return words;
  }

  /**
   * The province a name holds ("Công ty TNHH Chè Thái Nguyên" gives Thái Nguyên), or null;
   * provinces only, since districts' names ("Tân Phú", "Bình Minh") are common in business names.
   */
  public String inName(String name) {
    Doc doc = Doc.of(name);
    return provinces.find(doc).stream().filter(m -> usable(doc, m, new BitSet()))
        .map(Lexicon.Match::value).findFirst().orElse(null);
  }

  /** Match a whole answer ("Hà Nội", "tinh Long An") to a province, or null. */
  public String parseAnswer(String text) {
    Doc doc = Doc.of(text);
    return find(doc, new BitSet());
  }

  private static boolean usable(Doc doc, Lexicon.Match<String> m, BitSet skip) {
    if (skip.get(m.from(), m.to()).cardinality() > 0) {
      return false;
    }
    // Two letters ("HN", "SG") name a province only in capitals: "sg" or "hn" may be anything.
    Doc.Word first = doc.words().get(m.from());
    if (m.to() - m.from() == 1 && first.text().length() <= 2
        && !first.text().equals(first.text().toUpperCase(Locale.ROOT))) {
      return false;
    }
    // "anh Hà Nam" is a person; "Cát Bà, Hải Phòng" is a place: a title counts only lower-case
    // and right before the name.
    if (m.from() > 0) {
      Doc.Word before = doc.words().get(m.from() - 1);
      if (TITLES.contains(before.folded()) && !before.capitalized() && doc.joined(m.from() - 1)) {
        return false;
      }
    }
    return true;
  }

  private static boolean adjacent(Doc doc, Lexicon.Match<String> a, Lexicon.Match<String> b) {
    if (b.from() != a.to()) {
      return false;
    }
    String gap = doc.gapAfter(a.to() - 1);
    return gap.equals(",") || gap.equals("-");
  }

}
