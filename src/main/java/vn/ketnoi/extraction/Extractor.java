package vn.ketnoi.extraction;

import vn.ketnoi.card.NeedCard;

/** Turns one user message, read in the light of the draft so far, into an extraction. */
public interface Extractor {
  Extraction extract(String message, NeedCard draft);
}
