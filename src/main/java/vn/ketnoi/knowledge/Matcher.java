package vn.ketnoi.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import vn.ketnoi.card.NeedCard;
import vn.ketnoi.text.Messages;

/**
 * Technology offers and support programmes for a need, each with the reasons shown to the
 * business. Offers: BM25 over their words ({@link OfferIndex}), reordered by the card's sector,
 * need type, origin and budget ({@link Signals}); whether an offer fits, fits in part or not at
 * all is judged from the need's own words ({@link Fit}), so no threshold depends on the catalogue.
 * Programmes: their explicit eligibility rules.
 */
public final class Matcher implements AutoCloseable {
  /**
   * An offer for the need and why; {@code partial}: it covers only part of what the need asks
   * ("gần phù hợp"), so staff still search further.
   */
  public record OfferMatch(Offer offer, double score, List<String> reasons, boolean partial) {}

  /** A programme that may help and why. */
  public record ProgrammeMatch(Programme programme, List<String> reasons) {}

  /** What a need gets. */
  public record Result(List<OfferMatch> offers, List<ProgrammeMatch> programmes) {}

  /**
   * The offers nearest in meaning to a need's words, by id, nearest first; empty when none can be
   * had (no embeddings configured, or Ollama down): then BM25 alone ranks.
   */
  public interface Neighbours extends AutoCloseable {
    Neighbours NONE = (text, limit) -> List.of();

    List<String> nearest(String text, int limit);

    /** Serves these offers from now on: the knowledge was reloaded. */
    default void catalogue(List<Offer> offers) {}

    @Override
    default void close() {}
  }

  /** Offers read from the index for each need, before the fit is judged. */
  private static final int CANDIDATES = 12;
  /** Offers returned at most. */
  private static final int SHOWN = 10;
  /**
   * An offer whose text scores under this share of the best one is at most "gần phù hợp": it
   * shares what the need says only in passing, whatever the catalogue's wording — but it is often
   * the same machine at another scale or origin, which staff want to see.
   */
  private static final double GAP = 1.0 / 3;

  private final List<Offer> offers;
  private final List<Programme> programmes;
  private final Synonyms synonyms;
  private final OfferIndex index;
  private final Query query;
  private final Signals signals;
  private final Messages messages;
  private final Neighbours neighbours;
  private final Map<String, Integer> positions = new HashMap<>();

  public Matcher(KnowledgeBase knowledge, Messages messages) {
    this(knowledge, messages, Neighbours.NONE);
  }

  /**
   * {@code neighbours}: offers near in meaning, fused with BM25's by {@link Fusion}; they can
   * reorder and bring candidates, but each is still judged by {@link Fit} from the need's words.
   */
  public Matcher(KnowledgeBase knowledge, Messages messages, Neighbours neighbours) {
    this(knowledge, messages, neighbours, IndexShelf.NONE);
  }

  /** {@code shelf}: where the offer index is kept between runs ({@link IndexShelf}). */
  public Matcher(KnowledgeBase knowledge, Messages messages, Neighbours neighbours, IndexShelf shelf) {
    this.offers = knowledge.offers();
    this.programmes = knowledge.programmes();
    this.synonyms = knowledge.synonyms();
    this.messages = messages;
    this.index = new OfferIndex(offers, synonyms, shelf);
    this.query = new Query(index, synonyms, Query.kinds(messages));
    this.signals = new Signals(messages);
    this.neighbours = neighbours;
    if (neighbours != Neighbours.NONE) {
      for (int i = 0; i < offers.size(); i++) {
        positions.putIfAbsent(offers.get(i).id(), i);
      }
    }
  }

  public Result match(NeedCard card) {
    return match(card, null);
  }

  /** {@code extraText}: more of the business's own words, when the card lacks a description. */
  public Result match(NeedCard card, String extraText) {
    String text = Query.text(card, extraText);
    return new Result(offers(card, text), programmes(card, text));
  }

  private List<OfferMatch> offers(NeedCard card, String text) {
    String words = Query.withoutNames(card, text);
    NeedWords asked = NeedWords.of(words, synonyms);
    Profile need = asked.all();
    List<OfferIndex.Hit> hits = index.search(query.terms(need), CANDIDATES);
    List<Fusion.Ranked> ranked = Fusion.rank(hits, GAP, nearest(words));
    Map<String, Double> weights = new HashMap<>();
    ToDoubleFunction<String> weight = w -> weights.computeIfAbsent(w, query::weight);
    List<OfferMatch> result = new ArrayList<>();
    for (Fusion.Ranked hit : ranked) {
      Offer offer = offers.get(hit.offer());
      Profile said = Profile.of(Query.offerText(offer), synonyms);
      Fit fit = Fit.of(asked, said, Profile.of(offer.title(), synonyms), weight, query);
      if (fit.level() == Fit.Level.NONE) {
        continue;
      }
      boolean partial = fit.level() == Fit.Level.PARTIAL || hit.faint();
      List<String> reasons = new ArrayList<>();
      String shared = String.join(", ", Query.shared(offer, said, need));
      if (partial) {
        reasons.add(shared.isEmpty() ? messages.get("match.partial") : messages.get("match.partial_words", shared));
      } else if (!shared.isEmpty()) {
        reasons.add(messages.get("match.keywords", shared));
      }
      double score = hit.score() * signals.factor(card, offer, reasons);
      result.add(new OfferMatch(offer, Math.round(score * 1000) / 1000.0, reasons, partial));
    }
    // A full fit goes before a partial one; within each, the score orders.
    result.sort(Comparator.comparing(OfferMatch::partial).thenComparing(
        Comparator.comparingDouble(OfferMatch::score).reversed()));
    return result.subList(0, Math.min(SHOWN, result.size()));
  }

  private List<Integer> nearest(String words) {
    return neighbours == Neighbours.NONE ? List.of() : neighbours.nearest(words, CANDIDATES).stream()
        .map(positions::get).filter(java.util.Objects::nonNull).toList();
  }

  private List<ProgrammeMatch> programmes(NeedCard card, String text) {
    String folded = OfferText.fold(text);
    record Scored(ProgrammeMatch match, double score) {}
    List<Scored> scored = new ArrayList<>();
    for (Programme p : programmes) {
      Programme.Eligibility rules = p.eligibility();
      if (rules == null) {
        continue;
      }
      Eligibility check = new Eligibility(card, folded, messages);
      check.origin(rules.origin());
      check.codes(rules.sectors(), card.sector() == null ? null : card.sector().code(), "match.p.sector", "sector.");
      check.codes(rules.needTypes(), card.needType() == null ? null : card.needType().code(), "match.p.need_type", "need_type.");
      check.support(rules.support());
      check.employees(rules.maxEmployees());
      check.budget(rules.minBudgetVnd());
      check.keywords(rules.keywords());
      if (check.eligible()) {
        List<String> reasons = new ArrayList<>();
        reasons.add(p.benefit());
        reasons.addAll(check.reasons());
        scored.add(new Scored(new ProgrammeMatch(p, reasons), check.score()));
      }
    }
    scored.sort(Comparator.comparingDouble(Scored::score).reversed());
    return scored.stream().map(Scored::match).toList();
  }

  static boolean containsPhrase(String foldedText, String foldedPhrase) {
    if (foldedPhrase.isBlank()) {
      return false;
    }
    return (" " + foldedText.replaceAll("[^\\p{L}\\p{N}]+", " ") + " ")
        .contains(" " + foldedPhrase.replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ");
  }

  @Override
  public void close() {
    index.close(); // the neighbours outlive a matcher: whoever started them closes them
  }
}
