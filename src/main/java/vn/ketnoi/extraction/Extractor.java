package vn.ketnoi.extraction;

/** Turns one user message, read in the light of the draft so far, into an extraction. */
public interface Extractor {
  Extraction extract(String message, NeedCard draft);
}
