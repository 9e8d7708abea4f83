package vn.ketnoi.extraction;

import java.util.Map;

/**
 * What one extractor read from one message: the intent, the card, and which extractor produced
 * each stated field (need-card key to source name).
 */
public record Extraction(Intent intent, NeedCard card, Map<String, String> sources) {
  public Extraction {
    sources = Map.copyOf(sources);
  }
}
