package vn.ketnoi.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The offers in a Lucene index in memory, built once when the matcher starts: BM25 over the
 * folded title, keywords and summary, each indexed as single syllables and as syllable pairs
 * (shingles), since most Vietnamese words are two or three syllables; and the synonym groups each
 * offer mentions, as terms of their own. Lucene rather than SQLite FTS5: at 100,000 offers FTS5
 * scores every row holding any common syllable, while Lucene's block-max WAND skips what cannot
 * reach the top.
 */
final class OfferIndex implements AutoCloseable {
  /** A hit: the offer's position in the list given and its BM25 score. */
  record Hit(int offer, double score) {}

  /** A term asked for and its weight (a pair of syllables weighs more than one syllable). */
  record Asked(String term, boolean group, double weight) {}

  static final String TITLE = "title";
  static final String KEYWORDS = "keywords";
  static final String SUMMARY = "summary";
  static final String GROUPS = "groups";
  private static final String POSITION = "n";
  /** Title and keywords say what an offer is; the summary says more, less precisely. */
  private static final Map<String, Double> FIELD_WEIGHTS = Map.of(TITLE, 2.0, KEYWORDS, 1.5, SUMMARY, 1.0);

  /** Words and their counts: BM25 needs no positions (pairs are terms of their own), which halves the work. */
  private static final FieldType WORDS = new FieldType();

  static {
    WORDS.setTokenized(true);
    WORDS.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    WORDS.freeze();
  }

  private static final int MOST_REMEMBERED = 200_000;

  private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
  private final Map<String, Integer> frequencies = new ConcurrentHashMap<>();
  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  OfferIndex(List<Offer> offers, Synonyms synonyms) {
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer())
        .setRAMBufferSizeMB(256).setUseCompoundFile(false).setCommitOnClose(true))) {
      // IndexWriter takes documents from several threads: preparing their text is most of the work.
      IntStream.range(0, offers.size()).parallel().forEach(i -> add(writer, document(i, offers.get(i), synonyms)));
      writer.commit();
      reader = DirectoryReader.open(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the offer index", e);
    }
    searcher = new IndexSearcher(reader);
  }

  private static void add(IndexWriter writer, Document doc) {
    try {
      writer.addDocument(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Document document(int position, Offer offer, Synonyms synonyms) {
    Document doc = new Document();
    doc.add(new StoredField(POSITION, position));
    List<List<OfferText.Word>> all = new ArrayList<>();
    all.addAll(add(doc, TITLE, OfferText.clauses(offer.title(), false)));
    for (String keyword : offer.keywords()) {
      all.addAll(add(doc, KEYWORDS, OfferText.clauses(keyword, false)));
    }
    all.addAll(add(doc, SUMMARY, OfferText.clauses(offer.summary(), false)));
    StringBuilder groups = new StringBuilder();
    for (int group : Profile.groupIds(all, synonyms)) {
      groups.append(" g").append(group);
    }
    doc.add(new Field(GROUPS, groups.toString(), WORDS));
    return doc;
  }

  /** The field's words and the syllable pairs within each clause: no pair spans two clauses. */
  private static List<List<OfferText.Word>> add(Document doc, String field, List<List<OfferText.Word>> clauses) {
    doc.add(new Field(field, new WordsAndPairs(clauses), WORDS));
    return clauses;
  }

  /**
   * The terms of a field as Lucene's shingles of two over each clause would give them, a pair
   * standing where its first syllable does (so BM25 counts the field's length in syllables), but
   * made directly from the words already cut: tokenising the joined text again and the shingle
   * filter, which copies every token's attributes, were a third of building an index of 100,000
   * offers.
   */
  static final class WordsAndPairs extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute step = addAttribute(PositionIncrementAttribute.class);
    private final List<List<OfferText.Word>> clauses;
    private int clause;
    private int word;
    private boolean pairNext;

    WordsAndPairs(List<List<OfferText.Word>> clauses) {
      this.clauses = clauses;
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

  /**
   * How many offers hold the term in any text field: rarer is more telling. Remembered, since
   * needs use the same words again and each look-up visits every segment and field.
   */
  int documentFrequency(String term) {
    if (frequencies.size() > MOST_REMEMBERED) {
      frequencies.clear();
    }
    return frequencies.computeIfAbsent(term, this::countDocuments);
  }

  private int countDocuments(String term) {
    try {
      int most = 0;
      for (String field : FIELD_WEIGHTS.keySet()) {
        most = Math.max(most, reader.docFreq(new Term(field, term)));
      }
      return most;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int size() {
    return reader.numDocs();
  }

  /** The best {@code limit} offers for the terms, best first. */
  List<Hit> search(List<Asked> asked, int limit) {
    if (asked.isEmpty()) {
      return List.of();
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (Asked a : asked) {
      if (a.group()) {
        query.add(boosted(GROUPS, a.term(), a.weight()), BooleanClause.Occur.SHOULD);
        continue;
      }
      for (Map.Entry<String, Double> field : FIELD_WEIGHTS.entrySet()) {
        query.add(boosted(field.getKey(), a.term(), a.weight() * field.getValue()), BooleanClause.Occur.SHOULD);
      }
    }
    try {
      TopDocs top = searcher.search(query.build(), new TopScoreDocCollectorManager(limit, null, limit));
      List<Hit> hits = new ArrayList<>();
      for (ScoreDoc d : top.scoreDocs) {
        int position = searcher.storedFields().document(d.doc).getField(POSITION).numericValue().intValue();
        hits.add(new Hit(position, d.score));
      }
      return hits;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static BoostQuery boosted(String field, String term, double weight) {
    return new BoostQuery(new TermQuery(new Term(field, term)), (float) weight);
  }

  @Override
  public void close() {
    try {
      reader.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
