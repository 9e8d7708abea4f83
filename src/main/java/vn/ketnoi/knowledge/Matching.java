package vn.ketnoi.knowledge;

import vn.ketnoi.card.NeedCard;

/**
 * Offers and programmes for a need, as the conversation and the staff desk ask for them: a
 * {@link Matcher} ({@code matcher::match}) or the one in use in the running bot ({@link LiveKnowledge}).
 */
@FunctionalInterface
public interface Matching {
  /** {@code extraText}: more of the business's own words, when the card lacks a description. */
  Matcher.Result match(NeedCard card, String extraText);
}
