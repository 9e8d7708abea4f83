package vn.ketnoi.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;

/**
 * The offers in a Lucene index in memory, built once when the matcher starts: BM25 over the
 * folded title, keywords and summary, each indexed as single syllables and as syllable pairs
 * (shingles), since most Vietnamese words are two or three syllables; and the synonym groups each
 * offer mentions, as terms of their own. Lucene rather than SQLite FTS5: at 100,000 offers FTS5
 * scores every row holding any common syllable, while Lucene's block-max WAND skips what cannot
 * reach the top.
 */
final class OfferIndex implements AutoCloseable {
  /** A hit: the offer's position in the list given (its document number) and its BM25 score. */
  record Hit(int offer, double score) {}

  /** A term asked for and its weight (a pair of syllables weighs more than one syllable). */
  record Asked(String term, boolean group, double weight) {}

  static final String TITLE = "title";
  static final String KEYWORDS = "keywords";
  static final String SUMMARY = "summary";
  static final String GROUPS = "groups";
  /** Title and keywords say what an offer is; the summary says more, less precisely. */
  private static final Map<String, Double> FIELD_WEIGHTS = Map.of(TITLE, 2.0, KEYWORDS, 1.5, SUMMARY, 1.0);
  private static final List<String> TEXT_FIELDS = List.of(TITLE, KEYWORDS, SUMMARY);

  /** Words and their counts: BM25 needs no positions (pairs are terms of their own), which halves the work. */
  private static final FieldType WORDS = new FieldType();

  static {
    WORDS.setTokenized(true);
    WORDS.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    WORDS.freeze();
  }

  private static final int MOST_REMEMBERED = 200_000;

  /**
   * Offers per block at least: a block is indexed by one thread into its own segment, and a
   * search reads the blocks side by side, so a small catalogue stays in one.
   */
  private static final int SMALLEST_BLOCK = 5_000;

  private final List<ByteBuffersDirectory> directories = new ArrayList<>();
  /** Of each term asked, how many offers hold it in each of {@link #TEXT_FIELDS}. */
  private final Map<String, int[]> frequencies = new ConcurrentHashMap<>();
  private final MultiReader reader;
  private final IndexSearcher searcher;

  /**
   * The offers cut into one block per processor, each indexed by one thread into an index of its
   * own: the threads flush their segments side by side instead of one after the other at commit,
   * and the documents keep the order of the list (a tie goes the same way every time). BM25 takes
   * its statistics over all the blocks, so the scores are those of one index.
   */
  OfferIndex(List<Offer> offers, Synonyms synonyms) {
    this(offers, synonyms, Math.min(Runtime.getRuntime().availableProcessors(), offers.size() / SMALLEST_BLOCK));
  }

  /** In {@code blocks} blocks (at least one). */
  OfferIndex(List<Offer> offers, Synonyms synonyms, int blocksAsked) {
    int blocks = Math.max(1, blocksAsked);
    int per = (offers.size() + blocks - 1) / blocks;
    for (int b = 0; b < blocks; b++) {
      directories.add(inOneBuffer());
    }
    List<DirectoryReader> readers = IntStream.range(0, blocks).parallel()
        .mapToObj(b -> block(directories.get(b), offers, b * per, Math.min(offers.size(), (b + 1) * per), synonyms))
        .toList();
    try {
      reader = new MultiReader(readers.toArray(new DirectoryReader[0]));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the offer index", e);
    }
    if (reader.maxDoc() != offers.size()) {
      throw new IllegalStateException("the offer index holds " + reader.maxDoc() + " of " + offers.size() + " offers");
    }
    searcher = blocks == 1 ? new IndexSearcher(reader) : new SideBySide(reader);
  }

  /**
   * Each file of the index in one buffer: a search clones its inputs for every term and field
   * asked, and a clone of a file kept in many buffers copies the list of all of them — at 100,000
   * offers that was most of what a match allocated, and the collections it caused its slowest
   * matches.
   */
  private static ByteBuffersDirectory inOneBuffer() {
    return new ByteBuffersDirectory(new SingleInstanceLockFactory(), ByteBuffersDataOutput::new,
        ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
  }

  /**
   * One thread and no merges: the documents keep the order they were added in, so an offer's
   * document number in the whole index is its position in the list, and nothing need be stored.
   */
  private static DirectoryReader block(ByteBuffersDirectory directory, List<Offer> offers, int from, int to,
      Synonyms synonyms) {
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer())
        .setRAMBufferSizeMB(256).setUseCompoundFile(false).setCommitOnClose(true)
        .setMergePolicy(NoMergePolicy.INSTANCE))) {
      Streams streams = new Streams();
      for (int i = from; i < to; i++) {
        writer.addDocument(document(offers.get(i), synonyms, streams));
      }
      writer.commit();
      return DirectoryReader.open(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the offer index", e);
    }
  }

  /**
   * Searches each block in a task of its own, the calling thread taking part: a match at 100,000
   * offers waits for the slower half rather than for both.
   */
  private static final class SideBySide extends IndexSearcher {
    SideBySide(IndexReader reader) {
      super(reader, ForkJoinPool.commonPool());
    }

    @Override
    protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
      return slices(leaves, Integer.MAX_VALUE, 1);
    }
  }

  /** A token stream for each text field, used again for each document a thread indexes. */
  private record Streams(WordsAndPairs title, WordsAndPairs keywords, WordsAndPairs summary) {
    Streams() {
      this(new WordsAndPairs(), new WordsAndPairs(), new WordsAndPairs());
    }
  }

  private static Document document(Offer offer, Synonyms synonyms, Streams streams) {
    Document doc = new Document();
    List<List<OfferText.Word>> all = new ArrayList<>();
    all.addAll(add(doc, TITLE, streams.title(), OfferText.clauses(offer.title(), false)));
    // All keywords in one stream (each keyword's clauses stand apart, so no pair spans two): the
    // attributes set up for a stream per keyword showed in the build's profile (4 %).
    List<List<OfferText.Word>> keywords = new ArrayList<>();
    for (String keyword : offer.keywords()) {
      keywords.addAll(OfferText.clauses(keyword, false));
    }
    all.addAll(add(doc, KEYWORDS, streams.keywords(), keywords));
    all.addAll(add(doc, SUMMARY, streams.summary(), OfferText.clauses(offer.summary(), false)));
    StringBuilder groups = new StringBuilder();
    for (int group : Profile.groupIds(all, synonyms)) {
      groups.append(" g").append(group);
    }
    doc.add(new Field(GROUPS, groups.toString(), WORDS));
    return doc;
  }

  /** The field's words and the syllable pairs within each clause: no pair spans two clauses. */
  private static List<List<OfferText.Word>> add(Document doc, String field, WordsAndPairs stream,
      List<List<OfferText.Word>> clauses) {
    doc.add(new Field(field, stream.of(clauses), WORDS));
    return clauses;
  }

  /**
   * How many offers hold the term in any text field: rarer is more telling. Remembered, since
   * needs use the same words again and each look-up visits every segment and field.
   */
  int documentFrequency(String term) {
    int most = 0;
    for (int count : frequencies(term)) {
      most = Math.max(most, count);
    }
    return most;
  }

  private int[] frequencies(String term) {
    if (frequencies.size() > MOST_REMEMBERED) {
      frequencies.clear();
    }
    return frequencies.computeIfAbsent(term, this::countDocuments);
  }

  private int[] countDocuments(String term) {
    try {
      int[] counts = new int[TEXT_FIELDS.size()];
      for (int f = 0; f < counts.length; f++) {
        counts[f] = reader.docFreq(new Term(TEXT_FIELDS.get(f), term));
      }
      return counts;
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
      // A field no offer says the term in adds nothing to any score, only the work of looking.
      int[] counts = frequencies(a.term());
      for (Map.Entry<String, Double> field : FIELD_WEIGHTS.entrySet()) {
        if (counts[TEXT_FIELDS.indexOf(field.getKey())] > 0) {
          query.add(boosted(field.getKey(), a.term(), a.weight() * field.getValue()), BooleanClause.Occur.SHOULD);
        }
      }
    }
    try {
      TopDocs top = searcher.search(query.build(), new TopScoreDocCollectorManager(limit, null, limit));
      List<Hit> hits = new ArrayList<>();
      for (ScoreDoc d : top.scoreDocs) {
        hits.add(new Hit(d.doc, d.score));
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
      for (ByteBuffersDirectory directory : directories) {
        directory.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
