package vn.ketnoi.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.SingleInstanceLockFactory;

/**
 * How offers are written into the blocks of an {@link OfferIndex}: each field's words and
 * syllable pairs, and the synonym groups the offer mentions, as terms of their own.
 */
final class OfferDocuments {
  private OfferDocuments() {}

  /** Words and their counts: BM25 needs no positions (pairs are terms of their own), which halves the work. */
  private static final FieldType WORDS = new FieldType();

  static {
    WORDS.setTokenized(true);
    WORDS.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    WORDS.freeze();
  }

  /** The offers cut into as many blocks as given, each written by a thread of its own. */
  static void write(List<Directory> blocks, List<Offer> offers, Synonyms synonyms) {
    int per = (offers.size() + blocks.size() - 1) / blocks.size();
    IntStream.range(0, blocks.size()).parallel().forEach(b ->
        write(blocks.get(b), offers, b * per, Math.min(offers.size(), (b + 1) * per), synonyms));
  }

  /**
   * Each file of the index in one buffer: a search clones its inputs for every term and field
   * asked, and a clone of a file kept in many buffers copies the list of all of them — at 100,000
   * offers that was most of what a match allocated, and the collections it caused its slowest
   * matches.
   */
  static ByteBuffersDirectory inOneBuffer() {
    return new ByteBuffersDirectory(new SingleInstanceLockFactory(), ByteBuffersDataOutput::new,
        ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
  }

  /**
   * One thread and no merges: the documents keep the order they were added in, so an offer's
   * document number in the whole index is its position in the list, and nothing need be stored.
   */
  private static void write(Directory directory, List<Offer> offers, int from, int to, Synonyms synonyms) {
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer())
        .setRAMBufferSizeMB(256).setUseCompoundFile(false).setCommitOnClose(true)
        .setMergePolicy(NoMergePolicy.INSTANCE))) {
      Streams streams = new Streams();
      for (int i = from; i < to; i++) {
        writer.addDocument(document(offers.get(i), synonyms, streams));
      }
      writer.commit();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the offer index", e);
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
    all.addAll(add(doc, OfferIndex.TITLE, streams.title(), OfferText.clauses(offer.title(), false)));
    // All keywords in one stream (each keyword's clauses stand apart, so no pair spans two): the
    // attributes set up for a stream per keyword showed in the build's profile (4 %).
    List<List<OfferText.Word>> keywords = new ArrayList<>();
    for (String keyword : offer.keywords()) {
      keywords.addAll(OfferText.clauses(keyword, false));
    }
    all.addAll(add(doc, OfferIndex.KEYWORDS, streams.keywords(), keywords));
    all.addAll(add(doc, OfferIndex.SUMMARY, streams.summary(), OfferText.clauses(offer.summary(), false)));
    StringBuilder groups = new StringBuilder();
    for (int group : Profile.groupIds(all, synonyms)) {
      groups.append(" g").append(group);
    }
    doc.add(new Field(OfferIndex.GROUPS, groups.toString(), WORDS));
    return doc;
  }

  /** The field's words and the syllable pairs within each clause: no pair spans two clauses. */
  private static List<List<OfferText.Word>> add(Document doc, String field, WordsAndPairs stream,
      List<List<OfferText.Word>> clauses) {
    doc.add(new Field(field, stream.of(clauses), WORDS));
    return clauses;
  }
}
