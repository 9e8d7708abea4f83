package vn.ketnoi.knowledge;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
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
 * that ask, see {@link #of}). One shared word is often a
 * coincidence of the trade ("chế biến", "nông sản"); a business's message also tells its story
 * (where, how many, since when), which no offer covers, so asking for half would refuse true fits.
 * An offer sharing one word (not one of the catalogue's general vocabulary), or covering a third
 * without a shared word, is shown as "gần phù hợp"; one with neither is not shown.
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
   * {@code request}: the sentences of the need that ask for something ("cần", "muốn", "tìm"), or
   * null. A business often tells at length who it is before it says what it needs, and an offer
   * that covers what it asks need not cover its story: covering two thirds of the request counts
   * as covering the third of the whole the rule asks. {@code weight}: of a folded word, its
   * rarity among the offers; {@code common}: whether it is the catalogue's general vocabulary
   * ({@link Query#common}), which shared alone makes no offer "gần phù hợp".
   */
  static Fit of(Profile need, Profile request, Profile offer, ToDoubleFunction<String> weight,
      Predicate<String> common) {
    Profile.Terms asked = need.against(offer);
    Profile.Terms said = offer.against(need);
    double coverage = coverage(need, offer, weight);
    if (request != null && coverage < THIRD && coverage(request, offer, weight) >= TWO_THIRDS) {
      coverage = THIRD;
    }
    List<String> pairs = asked.contentPairs().stream().filter(said.pairs()::contains).toList();
    int shared = (int) (pairs.size()
        + need.acronyms().stream().filter(offer.folded().words()::contains).count()
        + Math.min(1, need.telling().stream().filter(offer.groups()::containsKey)
            .filter(group -> !saidAlready(need.groups().get(group), pairs)).count()));
    boolean onlyGeneralWord = shared == 1 && pairs.size() == 1 && common.test(OfferText.fold(pairs.get(0)));
    Level level = shared >= WORDS && coverage >= THIRD ? Level.FITS
        : shared >= 1 && !onlyGeneralWord || coverage >= THIRD ? Level.PARTIAL : Level.NONE;
    return new Fit(level, coverage, shared);
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
