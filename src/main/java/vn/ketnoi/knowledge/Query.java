package vn.ketnoi.knowledge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import vn.ketnoi.card.NeedCard;
import vn.ketnoi.card.NeedType;
import vn.ketnoi.text.Fold;
import vn.ketnoi.text.Messages;

/** A need as the offer index is asked: which terms, how much each weighs, what the offer shares. */
final class Query implements Fit.Words {
  /**
   * The most terms asked: a long message adds words of its story ("nhà tôi", "năm ngoái"), and the
   * rarest terms are the ones that tell offers apart; it also bounds the time of a search.
   */
  static final int MOST_TERMS = 24;
  private static final double PAIR = 1.5;
  private static final double WORD = 1.0;
  /**
   * A synonym group named by a phrase of several syllables or an acronym stands for the name of a
   * technology, as much as a pair in a title does (title weight 2 x pair 1.5); one named by a
   * single syllable ("chè", "heo") for a word.
   */
  private static final double TELLING_GROUP = 3.0;
  private static final double GROUP = 1.0;

  private final OfferIndex index;
  private final Synonyms synonyms;
  private final Set<String> kinds;

  /** {@code kinds}: the folded words that name a kind of need ({@link #kinds}). */
  Query(OfferIndex index, Synonyms synonyms, Set<String> kinds) {
    this.index = index;
    this.synonyms = synonyms;
    this.kinds = kinds;
  }

  /**
   * The words of the need types' names ("Thiết bị, máy móc, dây chuyền", "Đào tạo kỹ thuật",
   * "Phần mềm, chuyển đổi số"), folded pairs: they say what kind of help a need wants, which the
   * card's need type weighs on its own, not which technology. A painting line and a brick line
   * share "dây chuyền" and nothing else. Each name is two-syllable words side by side, so it is
   * read two syllables at a time: "định giá | công nghệ" is not "gia công".
   */
  static Set<String> kinds(Messages messages) {
    Set<String> kinds = new HashSet<>();
    for (NeedType type : NeedType.values()) {
      for (List<OfferText.Word> clause : OfferText.clauses(messages.get("need_type." + type.code()))) {
        for (int i = 0; i + 1 < clause.size(); i += 2) {
          kinds.add(clause.get(i).folded() + " " + clause.get(i + 1).folded());
        }
      }
    }
    return Set.copyOf(kinds);
  }

  /**
   * A folded word that says nothing of which technology is needed: the catalogue's general
   * vocabulary ({@link #common}) or the name of a kind of need ({@link #kinds}).
   */
  @Override
  public boolean general(String term) {
    return kind(term) || common(term);
  }

  @Override
  public boolean kind(String term) {
    return kinds.contains(term);
  }

  /** The words of a need that describe the technology. */
  static String text(NeedCard card, String extraText) {
    List<String> parts = new ArrayList<>();
    for (String s : new String[] {card.title(), card.description(), extraText}) {
      if (s != null) {
        parts.add(s);
      }
    }
    parts.addAll(card.products());
    return String.join(" . ", parts);
  }

  /** The text without who is asking and where: names are not what the business needs. */
  static String withoutNames(NeedCard card, String text) {
    String nfc = Fold.nfc(text);
    for (String name : new String[] {card.companyName(), card.contactName(), card.province(),
        card.phone(), card.email()}) {
      if (name != null && !name.isBlank()) {
        nfc = cut(nfc, Fold.fold(Fold.nfc(name.strip())));
      }
    }
    return nfc;
  }

  /** Cuts every place where the folded text has the folded name (folding keeps offsets). */
  private static String cut(String nfc, String foldedName) {
    String folded = Fold.fold(nfc);
    StringBuilder out = new StringBuilder();
    int from = 0;
    for (int at = folded.indexOf(foldedName); at >= 0; at = folded.indexOf(foldedName, at + foldedName.length())) {
      out.append(nfc, from, at).append(" . ");
      from = at + foldedName.length();
    }
    return out.append(nfc.substring(from)).toString();
  }

  /** An offer's own text, as it is indexed. */
  static String offerText(Offer offer) {
    return offer.title() + " . " + String.join(" ; ", offer.keywords()) + " . " + offer.summary();
  }

  /**
   * A word more than one offer in ten says, and more than a few ("tự động", "năng lượng", "phần
   * mềm"), is the catalogue's general vocabulary: shared alone, it made offers of any trade "gần
   * phù hợp" (a bakery's "lò nướng bánh tự động" was shown a welding robot).
   */
  boolean common(String term) {
    int df = index.documentFrequency(term);
    return df > COMMON_FLOOR && df * 10 > index.size();
  }

  /** Fewer offers than this saying a word never make it general vocabulary, however small the catalogue. */
  private static final int COMMON_FLOOR = 3;

  /** How telling a word is: BM25's inverse document frequency among the offers. */
  double weight(String term) {
    double n = index.size();
    double df = index.documentFrequency(term);
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** The terms of a need: content words, content pairs, synonym groups; the rarest first, capped. */
  List<OfferIndex.Asked> terms(Profile need) {
    List<Weighed> terms = new ArrayList<>();
    for (String pair : need.folded().contentPairs()) {
      add(terms, pair, PAIR);
    }
    for (String word : need.folded().content()) {
      add(terms, word, WORD);
    }
    for (int group : need.groups().keySet()) {
      terms.add(new Weighed(new OfferIndex.Asked("g" + group, true,
          need.telling().contains(group) ? TELLING_GROUP : GROUP), 0));
    }
    // Synonym groups first (df 0 here), then the rarest words and pairs.
    return terms.stream().sorted(Comparator.comparingInt(Weighed::df))
        .limit(MOST_TERMS).map(Weighed::asked).toList();
  }

  private record Weighed(OfferIndex.Asked asked, int df) {}

  /** A term no offer holds finds nothing, so it is not asked. */
  private void add(List<Weighed> into, String term, double weight) {
    int df = index.documentFrequency(term);
    if (df > 0) {
      into.add(new Weighed(new OfferIndex.Asked(term, false, weight), df));
    }
  }

  /**
   * What the offer shares with the need, in the offer's own words for the business to read: its
   * keywords the need says, else the runs of its title's words whose syllable pairs the need has.
   */
  static List<String> shared(Offer offer, Profile offerProfile, Profile need) {
    Profile.Terms asked = need.against(offerProfile);
    Function<String, String> spelling = asked == need.written() ? w -> w : OfferText::fold;
    Set<String> shared = new LinkedHashSet<>();
    for (String keyword : offer.keywords()) {
      List<String> words = spelled(keyword, spelling);
      boolean said = words.size() == 1
          ? asked.content().contains(words.get(0)) && (need.acronyms().contains(OfferText.fold(words.get(0)))
              || words.get(0).length() > 3)
          : containsAllPairs(asked, words);
      if (said) {
        shared.add(keyword.strip());
      }
    }
    if (shared.isEmpty()) {
      List<String> title = spelled(offer.title(), w -> w);
      int start = 0;
      for (int i = 1; i <= title.size(); i++) {
        boolean joined = i < title.size() && asked.contentPairs().contains(
            spelling.apply(title.get(i - 1)) + " " + spelling.apply(title.get(i)));
        if (!joined) {
          if (i - start >= 2) {
            shared.add(String.join(" ", title.subList(start, i)));
          }
          start = i;
        }
      }
    }
    return shared.stream().limit(3).toList();
  }

  /** The words of a text in lower case, in the spelling given. */
  private static List<String> spelled(String text, Function<String, String> spelling) {
    return Arrays.stream(Fold.nfc(text).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}&]+"))
        .filter(w -> !w.isEmpty()).map(spelling).toList();
  }

  private static boolean containsAllPairs(Profile.Terms asked, List<String> words) {
    for (int i = 0; i + 1 < words.size(); i++) {
      if (!asked.pairs().contains(words.get(i) + " " + words.get(i + 1))) {
        return false;
      }
    }
    return !words.isEmpty();
  }
}
