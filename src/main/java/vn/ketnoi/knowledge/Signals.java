package vn.ketnoi.knowledge;

import java.util.List;
import java.util.Locale;
import vn.ketnoi.card.NeedCard;
import vn.ketnoi.card.OriginScope;
import vn.ketnoi.card.Sector;
import vn.ketnoi.text.Messages;

/**
 * What the card says besides its words: sector, need type, wished origin and budget. They reorder
 * offers the text already found (a factor around 1 on the text score) and give reasons, but never
 * make an offer a match on their own.
 */
final class Signals {
  private final Messages messages;

  Signals(Messages messages) {
    this.messages = messages;
  }

  /** The factor for this offer; the reasons that hold are added to {@code reasons}. */
  double factor(NeedCard card, Offer offer, List<String> reasons) {
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
    return 1 + 0.15 * sector + 0.10 * type + 0.15 * origin(card, offer, reasons) + 0.05 * budget(card, offer, reasons);
  }

  private double origin(NeedCard card, Offer offer, List<String> reasons) {
    if (!card.originCountries().isEmpty()) {
      if (card.originCountries().contains(offer.originCountry())) {
        reasons.add(messages.get("match.country", offer.originCountry()));
        return 1;
      }
      return offer.domestic() ? -1 : 0;
    }
    if (card.originScope() == OriginScope.TRONG_NUOC) {
      if (offer.domestic()) {
        reasons.add(messages.get("match.domestic"));
        return 1;
      }
      return -1;
    }
    if (card.originScope() == OriginScope.NUOC_NGOAI) {
      if (!offer.domestic()) {
        reasons.add(messages.get("match.foreign", offer.originCountry()));
        return 1;
      }
      return -1;
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
    if (offer.priceMin() <= need * 2) {
      return 0;
    }
    // Said, not only ranked lower: the business should not read a cold store of 5–20 tỷ as
    // within its 500 triệu. It stays shown: a smaller model or staged investment may serve.
    reasons.add(messages.get("match.over_budget", price(offer.priceMin(), offer.priceMax())));
    return -2;
  }

  /** "5–20 tỷ", "300 triệu–1,5 tỷ", "800 triệu": a reference price as the business writes it. */
  static String price(long min, Long max) {
    if (max == null || max <= min) {
      return amount(min, true);
    }
    boolean sameUnit = (min >= BILLION) == (max >= BILLION);
    return amount(min, !sameUnit) + "–" + amount(max, true);
  }

  private static final long BILLION = 1_000_000_000L;

  private static String amount(long vnd, boolean unit) {
    boolean billions = vnd >= BILLION;
    double value = billions ? vnd / (double) BILLION : vnd / 1_000_000.0;
    String number = value == Math.rint(value) ? String.valueOf((long) value)
        : String.format(Locale.ROOT, "%.1f", value).replace('.', ',');
    return unit ? number + (billions ? " tỷ" : " triệu") : number;
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
