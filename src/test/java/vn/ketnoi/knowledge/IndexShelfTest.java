package vn.ketnoi.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ketnoi.knowledge.OfferIndexTest.catalogue;
import static vn.ketnoi.knowledge.OfferIndexTest.offer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.FilterIndexOutput;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The offer index kept on disk between runs: a restart opens it, anything changed builds anew, and
 * a damaged, half-written or unwritable shelf never costs a match.
 */
class IndexShelfTest {
  private static final List<List<OfferIndex.Asked>> NEEDS = List.of(asked("may say", "nong san"),
      asked("nuoc thai", "xu ly", "x41"), asked("kho", "lanh", "g1"));
  private static final Synonyms SYNONYMS = Synonyms.parse("máy sấy, lò sấy\nkho lạnh, kho mát\n");

  @TempDir
  Path dir;

  @Test
  void a_restart_opens_the_stored_index_and_finds_what_the_built_one_found() throws IOException {
    List<Offer> offers = catalogue(300);
    IndexShelf shelf = IndexShelf.in(dir.resolve("shelf"));
    List<List<OfferIndex.Hit>> built;
    try (OfferIndex first = new OfferIndex(offers, SYNONYMS, shelf)) {
      assertThat(first.opened()).isFalse();
      built = results(first);
    }
    try (OfferIndex again = new OfferIndex(offers, SYNONYMS, shelf);
        OfferIndex memory = new OfferIndex(offers, SYNONYMS)) {
      assertThat(again.opened()).isTrue();
      assertThat(results(again)).isEqualTo(built).isEqualTo(results(memory));
    }
    assertThat(entries(dir.resolve("shelf"))).hasSize(1);
  }

  @Test
  void an_edited_offer_or_synonym_table_builds_a_new_index_and_the_old_one_is_removed() throws IOException {
    List<Offer> offers = new ArrayList<>(catalogue(50));
    IndexShelf shelf = IndexShelf.in(dir);
    new OfferIndex(offers, SYNONYMS, shelf).close();
    String before = IndexShelf.key(offers, SYNONYMS);
    offers.set(7, offer(7, "Máy ép viên nén mùn cưa", "Ép viên nén từ mùn cưa."));
    try (OfferIndex edited = new OfferIndex(offers, SYNONYMS, shelf)) {
      assertThat(edited.opened()).isFalse();
      assertThat(edited.search(asked("ep vien", "mun cua"), 1)).extracting(OfferIndex.Hit::offer).containsExactly(7);
    }
    Synonyms other = Synonyms.parse("máy sấy, lò sấy, máy làm khô\n");
    assertThat(IndexShelf.key(offers, other)).isNotEqualTo(IndexShelf.key(offers, SYNONYMS));
    assertThat(entries(dir)).containsExactly(IndexShelf.key(offers, SYNONYMS)).doesNotContain(before);
  }

  @Test
  void a_damaged_stored_index_is_built_again_and_answers_as_before() throws IOException {
    List<Offer> offers = catalogue(120);
    IndexShelf shelf = IndexShelf.in(dir);
    List<List<OfferIndex.Hit>> built;
    try (OfferIndex first = new OfferIndex(offers, SYNONYMS, shelf)) {
      built = results(first);
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".doc")).toList()) {
        Files.write(file, new byte[] {1, 2, 3}); // a disk error, an older writer, a stray edit
      }
    }
    try (OfferIndex repaired = new OfferIndex(offers, SYNONYMS, shelf)) {
      assertThat(repaired.opened()).isFalse();
      assertThat(results(repaired)).isEqualTo(built);
    }
    try (OfferIndex again = new OfferIndex(offers, SYNONYMS, shelf)) {
      assertThat(again.opened()).isTrue();
    }
  }

  @Test
  void a_build_cut_short_by_a_killed_process_is_never_opened_and_is_cleared_once_old() throws IOException {
    List<Offer> offers = catalogue(60);
    String key = IndexShelf.key(offers, SYNONYMS);
    // What kill -9 leaves is a build folder; a folder under the key without the mark of
    // completion was not filed by a finished build either.
    Path unfinished = Files.createDirectories(dir.resolve(key).resolve("block-0"));
    Files.writeString(unfinished.resolve("segments_1"), "half");
    Path abandoned = Files.createDirectories(dir.resolve("building-old"));
    Files.setLastModifiedTime(abandoned, FileTime.from(Instant.now().minusSeconds(2 * 3600)));
    Path another = Files.createDirectories(dir.resolve("building-now")); // another process, building
    try (OfferIndex index = new OfferIndex(offers, SYNONYMS, IndexShelf.in(dir))) {
      assertThat(index.opened()).isFalse();
      assertThat(results(index)).isEqualTo(results(new OfferIndex(offers, SYNONYMS)));
    }
    assertThat(entries(dir)).containsExactlyInAnyOrder(key, another.getFileName().toString());
    try (OfferIndex index = new OfferIndex(offers, SYNONYMS, IndexShelf.in(dir))) {
      assertThat(index.opened()).isTrue();
    }
  }

  @Test
  void a_shelf_that_cannot_be_written_leaves_the_index_in_memory() throws IOException {
    List<Offer> offers = catalogue(40);
    Path notAFolder = Files.writeString(dir.resolve("shelf"), "a file where the folder should be");
    try (OfferIndex index = new OfferIndex(offers, SYNONYMS, IndexShelf.in(notAFolder))) {
      assertThat(index.opened()).isFalse();
      assertThat(results(index)).isEqualTo(results(new OfferIndex(offers, SYNONYMS)));
    }
    assertThat(Files.readString(notAFolder)).isEqualTo("a file where the folder should be");
  }

  @Test
  void a_disk_that_fills_in_the_middle_of_a_build_leaves_the_index_in_memory_and_nothing_on_the_shelf()
      throws IOException {
    List<Offer> offers = catalogue(400);
    AtomicLong room = new AtomicLong(20_000); // bytes left on the disk
    IndexShelf full = IndexShelf.in(dir, block -> new FilterDirectory(block) {
      @Override
      public IndexOutput createOutput(String name, IOContext context) throws IOException {
        return new FilterIndexOutput("full", name, super.createOutput(name, context)) {
          @Override
          public void writeByte(byte b) throws IOException {
            if (room.decrementAndGet() < 0) {
              throw new IOException("No space left on device");
            }
            super.writeByte(b);
          }

          @Override
          public void writeBytes(byte[] b, int offset, int length) throws IOException {
            if (room.addAndGet(-length) < 0) {
              throw new IOException("No space left on device");
            }
            super.writeBytes(b, offset, length);
          }
        };
      }
    });
    try (OfferIndex index = new OfferIndex(offers, SYNONYMS, full)) {
      assertThat(index.opened()).isFalse();
      assertThat(results(index)).isEqualTo(results(new OfferIndex(offers, SYNONYMS)));
    }
    assertThat(room.get()).isNegative(); // the disk did fill
    assertThat(entries(dir)).isEmpty();
    try (OfferIndex later = new OfferIndex(offers, SYNONYMS, IndexShelf.in(dir))) {
      assertThat(later.opened()).isFalse(); // room again: built and kept
    }
    assertThat(entries(dir)).containsExactly(IndexShelf.key(offers, SYNONYMS));
  }

  @Test
  void two_bots_starting_on_one_shelf_at_once_both_match_and_one_index_is_kept() throws Exception {
    List<Offer> offers = catalogue(2_000);
    IndexShelf shelf = IndexShelf.in(dir);
    ExecutorService bots = Executors.newFixedThreadPool(2);
    try {
      Future<List<List<OfferIndex.Hit>>> one = bots.submit(() -> resultsOfNew(offers, shelf));
      Future<List<List<OfferIndex.Hit>>> two = bots.submit(() -> resultsOfNew(offers, shelf));
      assertThat(one.get()).isEqualTo(two.get()).isEqualTo(results(new OfferIndex(offers, SYNONYMS)));
    } finally {
      bots.shutdown();
    }
    assertThat(entries(dir)).containsExactly(IndexShelf.key(offers, SYNONYMS));
  }

  @Test
  void the_shelf_of_a_database_is_a_folder_beside_it() {
    assertThat(IndexShelf.beside(Path.of("/srv/ketnoi/data/ketnoi.db")).keeps()).isTrue();
    assertThat(IndexShelf.NONE.keeps()).isFalse();
  }

  private static List<List<OfferIndex.Hit>> resultsOfNew(List<Offer> offers, IndexShelf shelf) {
    try (OfferIndex index = new OfferIndex(offers, SYNONYMS, shelf)) {
      return results(index);
    }
  }

  private static List<List<OfferIndex.Hit>> results(OfferIndex index) {
    return NEEDS.stream().map(need -> index.search(need, 10)).toList();
  }

  private static List<String> entries(Path folder) throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      return list.map(p -> p.getFileName().toString()).toList();
    }
  }

  private static List<OfferIndex.Asked> asked(String... terms) {
    return Stream.of(terms).map(t -> t.startsWith("g") && t.length() == 2
        ? new OfferIndex.Asked(t, true, 1.0) : new OfferIndex.Asked(t, false, 1.0)).toList();
  }
}
