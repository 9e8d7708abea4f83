package vn.ketnoi.extraction;

import java.util.Map;
import vn.ketnoi.card.NeedCard;
import vn.ketnoi.card.Source;

/**
 * What one extractor read from one message: the intent, the card, which extractor produced each
 * stated field (need-card key to source name), and for a need that also asks ("…, cho tôi hỏi Sở
 * có chương trình nào không?") the question, for the answer path (null otherwise).
 */
public record Extraction(Intent intent, NeedCard card, Map<String, Source> sources, String question) {
  public Extraction {
    sources = Map.copyOf(sources);
  }

  public Extraction(Intent intent, NeedCard card, Map<String, Source> sources) {
    this(intent, card, sources, null);
  }

  /**
   * The card as the need-card contract reports it: a greeting or an off-topic message states
   * nothing; a question states who is asking (business, person, phone, e-mail) and where they
   * are (the province, which the extractor reads for a question only where the asker says it),
   * never a need: the rest of a question is its topic, not a request.
   */
  public NeedCard contractCard() {
    return switch (intent) {
      case NEED -> card;
      case QUESTION ->
          NeedCard.EMPTY.mergedWith(
              new NeedCard(card.companyName(), card.contactName(), card.phone(), card.email(),
                  card.province(), null, null, null, null, null, null, null, null, null, null, null,
                  null));
      case GREETING, OTHER -> NeedCard.EMPTY;
    };
  }
}
