package vn.ketnoi.knowledge;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The terms of a field as Lucene's shingles of two over each clause would give them, a pair
 * standing where its first syllable does (so BM25 counts the field's length in syllables), but
 * made directly from the words already cut: tokenising the joined text again and the shingle
 * filter, which copies every token's attributes, were a third of building an index of 100,000
 * offers. One stream serves a field of every document a thread indexes ({@link #of}): the
 * attributes set up for a stream per field and document were a tenth of what the build allocated.
 */
final class WordsAndPairs extends TokenStream {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute step = addAttribute(PositionIncrementAttribute.class);
  private List<List<OfferText.Word>> clauses = List.of();
  private int clause;
  private int word;
  private boolean pairNext;

  /** The stream, from now on over these clauses: Lucene has read the last ones when it resets. */
  WordsAndPairs of(List<List<OfferText.Word>> clauses) {
    this.clauses = clauses;
    return this;
  }

  @Override
  public boolean incrementToken() {
    while (clause < clauses.size() && word >= clauses.get(clause).size()) {
      clause++;
      word = 0;
    }
    if (clause >= clauses.size()) {
      return false;
    }
    clearAttributes();
    List<OfferText.Word> words = clauses.get(clause);
    if (pairNext) {
      term.append(words.get(word).folded()).append(' ').append(words.get(word + 1).folded());
      step.setPositionIncrement(0);
      pairNext = false;
      word++;
    } else {
      term.append(words.get(word).folded());
      pairNext = word + 1 < words.size();
      if (!pairNext) {
        word++;
      }
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    clause = 0;
    word = 0;
    pairNext = false;
  }
}
