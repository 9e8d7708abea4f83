package vn.ketnoi.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import vn.ketnoi.card.NeedCard;
import vn.ketnoi.text.Messages;

/**
 * The bot's knowledge at a start: it takes questions at once while its first offer index is
 * built, a match waits for that index, and a first build that fails does not fail every match.
 */
class LiveKnowledgeTest {
  private static final KnowledgeBase KB = KnowledgeBase.load(Path.of("knowledge"));
  private static final Messages MESSAGES = Messages.load();
  private static final NeedCard NEED = NeedCard.EMPTY.withDescription("Cần máy sấy lúa tuần hoàn 20 tấn mỗi mẻ");

  @TempDir
  Path dir;

  @Test
  @Timeout(60) // a start that waited for the index would wait here for ever
  void answers_are_served_at_once_and_a_match_waits_for_the_first_index() throws Exception {
    CountDownLatch diskFree = new CountDownLatch(1);
    CountDownLatch building = new CountDownLatch(1);
    IndexShelf slowDisk = heldUp(building, diskFree);
    ExecutorService turn = Executors.newSingleThreadExecutor();
    try (LiveKnowledge live = new LiveKnowledge(KB, MESSAGES, Matcher.Neighbours.NONE, slowDisk);
        Matcher built = new Matcher(KB, MESSAGES)) {
      // Here, with the index still held up by its disk, the bot already has its knowledge.
      assertThat(live.knowledge().offers()).hasSameSizeAs(KB.offers());
      assertThat(live.find("Sở có hỗ trợ đổi mới công nghệ không?", 3)).isNotEmpty();
      Future<Matcher.Result> match = turn.submit(() -> live.match(NEED, null));
      building.await();
      assertThatThrownBy(() -> match.get(300, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
      diskFree.countDown();
      assertThat(match.get(30, TimeUnit.SECONDS)).isEqualTo(built.match(NEED, null));
    } finally {
      turn.shutdownNow();
    }
  }

  @Test
  @Timeout(60)
  void closing_while_the_first_index_is_built_waits_for_it_so_nothing_writes_afterwards() throws Exception {
    CountDownLatch diskFree = new CountDownLatch(1);
    CountDownLatch building = new CountDownLatch(1);
    IndexShelf slowDisk = heldUp(building, diskFree);
    LiveKnowledge live = new LiveKnowledge(KB, MESSAGES, Matcher.Neighbours.NONE, slowDisk);
    ExecutorService stopping = Executors.newSingleThreadExecutor();
    try {
      Future<?> closed = stopping.submit(live::close);
      building.await();
      assertThatThrownBy(() -> closed.get(300, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
      diskFree.countDown();
      closed.get(30, TimeUnit.SECONDS);
      try (var entries = java.nio.file.Files.list(dir)) {
        assertThat(entries.map(p -> p.getFileName().toString())).containsExactly(IndexShelf.key(KB.offers(), KB.synonyms()));
      }
    } finally {
      stopping.shutdownNow();
    }
  }

  @Test
  void a_first_build_that_fails_is_built_again_at_the_next_match() {
    AtomicInteger builds = new AtomicInteger();
    IndexShelf failsOnce = IndexShelf.in(dir, block -> {
      if (builds.incrementAndGet() == 1) {
        throw new Broken(); // as a bug would: not a disk fault the index can step around
      }
      return block;
    });
    try (LiveKnowledge live = new LiveKnowledge(KB, MESSAGES, Matcher.Neighbours.NONE, failsOnce);
        Matcher built = new Matcher(KB, MESSAGES)) {
      assertThat(live.match(NEED, null)).isEqualTo(built.match(NEED, null));
      assertThat(live.match(NEED, null)).isEqualTo(built.match(NEED, null));
    }
    assertThat(builds.get()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void a_replacement_that_cannot_be_built_leaves_the_knowledge_in_use() {
    try (LiveKnowledge live = new LiveKnowledge(KB, MESSAGES);
        Matcher built = new Matcher(KB, MESSAGES)) {
      Matcher.Result before = live.match(NEED, null);
      KnowledgeBase broken = new KnowledgeBase(KB.offers(), KB.programmes(), KB.faq(), KB.events(), null);
      assertThatThrownBy(() -> live.replace(broken)).isInstanceOf(RuntimeException.class);
      assertThat(live.knowledge()).isSameAs(KB);
      assertThat(live.match(NEED, null)).isEqualTo(before).isEqualTo(built.match(NEED, null));
    }
  }

  private static final class Broken extends Error {}

  /** A disk whose writes wait for {@code free}, saying when the first one has begun waiting. */
  private IndexShelf heldUp(CountDownLatch building, CountDownLatch free) {
    return IndexShelf.in(dir, block -> new FilterDirectory(block) {
      @Override
      public IndexOutput createOutput(String name, IOContext context) throws java.io.IOException {
        building.countDown();
        await(free);
        return super.createOutput(name, context);
      }
    });
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
