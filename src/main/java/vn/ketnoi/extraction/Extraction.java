package vn.ketnoi.extraction;

import java.util.Map;
import vn.ketnoi.card.NeedCard;
import vn.ketnoi.card.Source;

/**
 * What one extractor read from one message: the intent, the card, and which extractor produced
 * each stated field (need-card key to source name).
 */
public record Extraction(Intent intent, NeedCard card, Map<String, Source> sources) {
  public Extraction {
    sources = Map.copyOf(sources);
  }

  /**
   * The card as the need-card contract reports it: a greeting or an off-topic message states
   * nothing, a question only who is asking.
   */
  public NeedCard contractCard() {
    return switch (intent) {
      case NEED -> card;
      case QUESTION ->
          NeedCard.EMPTY.mergedWith(
              new NeedCard(card.companyName(), card.contactName(), card.phone(), card.email(),
                  null, null, null, null, null, null, null, null, null, null, null, null, null));
      case GREETING, OTHER -> NeedCard.EMPTY;
    };
  }
}
