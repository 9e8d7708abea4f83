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
    return offer.priceMin() > need * 2 ? -2 : 0;
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
