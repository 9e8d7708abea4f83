package vn.ketnoi.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.ketnoi.card.NeedCard;
import vn.ketnoi.card.OriginScope;
import vn.ketnoi.card.Sector;
import vn.ketnoi.text.Messages;

/**
 * Technology offers and support programmes for a need, each with the reasons shown to the
 * business. Offers: full-text relevance plus agreement of sector, need type, origin and budget;
 * below a threshold nothing is offered (no match is better than a bad one). Programmes: their
 * explicit eligibility rules.
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

  /** Offers scoring below this are not shown. */
  static final double THRESHOLD = 0.45;

  private final Map<String, Offer> offers = new HashMap<>();
  private final List<Programme> programmes;
  private final TextIndex index;
  private final Messages messages;

  public Matcher(KnowledgeBase knowledge, Messages messages) {
    this.programmes = knowledge.programmes();
    this.messages = messages;
    List<TextIndex.Document> documents = new ArrayList<>();
    for (Offer o : knowledge.offers()) {
      offers.put(o.id(), o);
      documents.add(new TextIndex.Document(o.id(), o.title(), String.join(" ; ", o.keywords()),
          o.summary()));
    }
    this.index = new TextIndex(documents);
  }

  /** The words of a need that describe the technology. */
  static String queryText(NeedCard card, String extraText) {
    List<String> parts = new ArrayList<>();
    for (String s : new String[] {card.title(), card.description(), extraText}) {
      if (s != null) {
        parts.add(s);
      }
    }
    parts.addAll(card.products());
    return String.join(" . ", parts);
  }

  public Result match(NeedCard card) {
    return match(card, null);
  }

  /** {@code extraText}: more of the business's own words, when the card lacks a description. */
  public Result match(NeedCard card, String extraText) {
    return new Result(offers(card, queryText(card, extraText)), programmes(card, queryText(card, extraText)));
  }

  private List<OfferMatch> offers(NeedCard card, String query) {
    List<TextIndex.Hit> hits = index.search(query, 50);
    if (hits.isEmpty()) {
      return List.of();
    }
    double best = hits.get(0).relevance();
    String folded = TextIndex.fold(query);
    List<OfferMatch> result = new ArrayList<>();
    for (TextIndex.Hit hit : hits) {
      Offer offer = offers.get(hit.id());
      List<String> reasons = new ArrayList<>();
      List<String> keywords = offer.keywords().stream()
          .filter(k -> containsPhrase(folded, TextIndex.fold(k))).limit(3).toList();
      double keywordScore = Math.min(1.0, keywords.size() / 2.0);
      double text = 0.5 * (hit.relevance() / best) + 0.5 * keywordScore;
      if (!keywords.isEmpty()) {
        reasons.add(messages.get("match.keywords", String.join(", ", keywords)));
      }
      double sector = 0;
      // "Lĩnh vực khác" says nothing shared: it is not a reason, nor a point.
      if (card.sector() != null && card.sector() == offer.sector() && card.sector() != Sector.KHAC) {
        sector = 1;
        reasons.add(messages.get("match.sector", lower(messages.get("sector." + offer.sector().code()))));
      }
      double type = 0;
      if (card.needType() != null && offer.needTypes().contains(card.needType())) {
        type = 1;
        reasons.add(messages.get("match.need_type", lower(messages.get("need_type." + card.needType().code()))));
      }
      double origin = origin(card, offer, reasons);
      double budget = budget(card, offer, reasons);
      double score = 0.45 * text + 0.25 * sector + 0.15 * type + 0.10 * origin + 0.05 * budget;
      // Without one of the offer's own keywords in the need, sector and type alone are not a match.
      if (score >= THRESHOLD && keywordScore > 0) {
        result.add(new OfferMatch(offer, Math.round(score * 1000) / 1000.0, reasons, false));
      }
    }
    result.sort(Comparator.comparingDouble(OfferMatch::score).reversed());
    return result.subList(0, Math.min(10, result.size()));
  }

  private double origin(NeedCard card, Offer offer, List<String> reasons) {
    if (!card.originCountries().isEmpty()) {
      if (card.originCountries().contains(offer.originCountry())) {
        reasons.add(messages.get("match.country", offer.originCountry()));
        return 1;
      }
      return offer.domestic() ? -0.5 : 0;
    }
    if (card.originScope() == OriginScope.TRONG_NUOC) {
      if (offer.domestic()) {
        reasons.add(messages.get("match.domestic"));
        return 1;
      }
      return -0.5;
    }
    if (card.originScope() == OriginScope.NUOC_NGOAI) {
      if (!offer.domestic()) {
        reasons.add(messages.get("match.foreign", offer.originCountry()));
        return 1;
      }
      return -0.5;
    }
    return 0;
  }

  private double budget(NeedCard card, Offer offer, List<String> reasons) {
    Long need = card.budgetVndMax() != null ? card.budgetVndMax() : card.budgetVndMin();
    if (need == null || offer.priceMin() == null) {
      return 0;
    }
    if (offer.priceMin() <= need) {
      reasons.add(messages.get("match.budget"));
      return 1;
    }
    return offer.priceMin() > need * 2 ? -1 : 0;
  }

  private List<ProgrammeMatch> programmes(NeedCard card, String query) {
    String folded = TextIndex.fold(query);
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

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  @Override
  public void close() {
    index.close();
  }

}
