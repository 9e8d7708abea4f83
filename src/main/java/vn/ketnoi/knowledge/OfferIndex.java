package vn.ketnoi.knowledge;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The offers in a Lucene index, built when the matcher starts (or opened, see {@link IndexShelf}):
 * BM25 over the
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

  private static final int MOST_REMEMBERED = 200_000;

  /**
   * Offers per block at least: a block is indexed by one thread into its own segment, and a
   * search reads the blocks side by side, so a small catalogue stays in one.
   */
  private static final int SMALLEST_BLOCK = 5_000;

  private static final Logger LOG = LoggerFactory.getLogger(OfferIndex.class);

  private final List<Directory> directories = new ArrayList<>();
  /** Of each term asked, how many offers hold it in each of {@link #TEXT_FIELDS}. */
  private final Map<String, int[]> frequencies = new ConcurrentHashMap<>();
  private final MultiReader reader;
  private final IndexSearcher searcher;
  private final boolean opened;

  OfferIndex(List<Offer> offers, Synonyms synonyms) {
    this(offers, synonyms, IndexShelf.NONE);
  }

  /** In memory, in {@code blocks} blocks (at least one). */
  OfferIndex(List<Offer> offers, Synonyms synonyms, int blocks) {
    this(offers, synonyms, IndexShelf.NONE, blocks);
  }

  /**
   * Opened from the shelf when it holds this catalogue's index; else built, on the shelf when it
   * can be kept there, in memory when not.
   */
  OfferIndex(List<Offer> offers, Synonyms synonyms, IndexShelf shelf) {
    this(offers, synonyms, shelf, Math.min(Runtime.getRuntime().availableProcessors(), offers.size() / SMALLEST_BLOCK));
  }

  /**
   * The offers cut into one block per processor, each indexed by one thread into an index of its
   * own: the threads flush their segments side by side instead of one after the other at commit,
   * and the documents keep the order of the list (a tie goes the same way every time). BM25 takes
   * its statistics over all the blocks, so the scores are those of one index.
   */
  private OfferIndex(List<Offer> offers, Synonyms synonyms, IndexShelf shelf, int blocksAsked) {
    int blocks = Math.max(1, blocksAsked);
    long start = System.nanoTime();
    String key = shelf.keeps() ? IndexShelf.key(offers, synonyms) : null;
    List<DirectoryReader> readers = key == null ? null : stored(shelf, key, offers.size());
    opened = readers != null;
    if (readers == null && key != null) {
      readers = builtOnShelf(shelf, key, offers, synonyms, blocks);
    }
    if (readers == null) {
      readers = builtInMemory(offers, synonyms, blocks);
    }
    try {
      reader = new MultiReader(readers.toArray(new DirectoryReader[0]));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the offer index", e);
    }
    searcher = reader.leaves().size() == 1 ? new IndexSearcher(reader) : new SideBySide(reader);
    if (key != null) {
      LOG.info("offer index of {} offers {} in {} ms", offers.size(), opened ? "opened from disk" : "built",
          (System.nanoTime() - start) / 1_000_000);
    }
  }

  /** The index the shelf holds under the key; null when it holds none, or one that cannot be read. */
  private List<DirectoryReader> stored(IndexShelf shelf, String key, int offers) {
    try {
      List<Directory> found = shelf.stored(key);
      return found.isEmpty() ? null : opened(found, offers); // opened() closes what it refuses
    } catch (IOException | RuntimeException e) {
      LOG.warn("the stored offer index could not be opened, it is built again: {}", e.toString());
      shelf.discard(key);
      return null;
    }
  }

  /** Built in a folder of the shelf and filed there; null when the disk refuses (full, read-only). */
  private List<DirectoryReader> builtOnShelf(IndexShelf shelf, String key, List<Offer> offers, Synonyms synonyms,
      int blocks) {
    Path workbench = shelf.workbench();
    if (workbench == null) {
      return null;
    }
    List<Directory> written = new ArrayList<>();
    try {
      for (int b = 0; b < blocks; b++) {
        written.add(shelf.block(workbench, b));
      }
      OfferDocuments.write(written, offers, synonyms);
      closeAll(written);
      return opened(shelf.file(workbench, key), offers.size());
    } catch (IOException | RuntimeException e) {
      LOG.warn("the offer index could not be kept on disk, it is built in memory: {}", e.toString());
      closeAll(written);
      shelf.abandon(workbench);
      return null;
    }
  }

  private List<DirectoryReader> builtInMemory(List<Offer> offers, Synonyms synonyms, int blocks) {
    List<Directory> memory = new ArrayList<>();
    for (int b = 0; b < blocks; b++) {
      memory.add(OfferDocuments.inOneBuffer());
    }
    OfferDocuments.write(memory, offers, synonyms);
    try {
      return opened(memory, offers.size());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the offer index", e);
    }
  }

  /** Readers of the blocks, which become this index's; refused when they hold other than the offers. */
  private List<DirectoryReader> opened(List<Directory> blocks, int offers) throws IOException {
    List<DirectoryReader> readers = new ArrayList<>();
    try {
      for (Directory block : blocks) {
        readers.add(DirectoryReader.open(block));
      }
      int held = readers.stream().mapToInt(DirectoryReader::maxDoc).sum();
      if (held != offers) {
        throw new IOException("the offer index holds " + held + " of " + offers + " offers");
      }
    } catch (IOException | RuntimeException e) {
      closeAll(readers);
      closeAll(blocks);
      throw e;
    }
    directories.addAll(blocks);
    return readers;
  }

  private static void closeAll(List<? extends Closeable> parts) {
    for (Closeable part : parts) {
      try {
        part.close();
      } catch (IOException e) {
        LOG.warn("closing a part of the offer index failed: {}", e.toString());
      }
    }
  }

  /** True when this index was opened from the shelf, not built. */
  boolean opened() {
    return opened;
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
      closeAll(directories);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
