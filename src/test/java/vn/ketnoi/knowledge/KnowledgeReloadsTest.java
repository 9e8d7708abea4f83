package vn.ketnoi.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ketnoi.card.NeedCard;
import vn.ketnoi.text.Messages;

/** The folder polled by hand (no timer), with a listener that records what it is told. */
class KnowledgeReloadsTest {
  private static final String NEW_OFFER = "OF-960,Máy ép viên phân hữu cơ từ bã mía,Cơ sở cơ khí mẫu,"
      + "doanh_nghiep,Việt Nam,nong_nghiep,thiet_bi,\"Máy ép viên phân hữu cơ từ bã mía, 2 tấn/giờ.\","
      + "ép viên;phân hữu cơ;bã mía,,,thương mại,,,2026-11-23\n";
  private static final String BAD_ROW = "OF-961,Sai lĩnh vực,Ai đó,doanh_nghiep,Việt Nam,nong_san,thiet_bi,x,y,,,,,,\n";

  @TempDir Path dir;
  private final List<String> told = new ArrayList<>();
  private LiveKnowledge live;
  /** How many times telling of a reload fails, as a full disk would make it. */
  private int tellingFails;
  private KnowledgeReloads reloads;

  @BeforeEach
  void start() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("knowledge"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    live = new LiveKnowledge(KnowledgeBase.load(dir), Messages.load());
    reloads = new KnowledgeReloads(live, dir, Messages.load()).start(new KnowledgeReloads.Listener() {
      @Override
      public void reloaded(KnowledgeBase before, KnowledgeBase after, Long requestedBy) {
        if (tellingFails-- > 0) {
          throw new IllegalStateException("cannot commit: the disk is full");
        }
        told.add("reloaded " + before.offers().size() + " -> " + after.offers().size());
      }

      @Override
      public void failed(KnowledgeException problem, Long requestedBy, boolean first) {
        told.add((first ? "failed first " : "failed again ") + Path.of(problem.file()).getFileName() + ":"
            + problem.line());
      }
    }, Duration.ZERO);
  }

  @AfterEach
  void stop() {
    reloads.close();
    live.close();
  }

  @Test
  void a_changed_file_is_read_once_it_has_stayed_the_same_for_one_poll() throws IOException {
    int shipped = live.knowledge().offers().size();
    append("offers.csv", NEW_OFFER);

    reloads.poll();
    assertThat(told).as("still being written, perhaps").isEmpty();
    reloads.poll();
    reloads.poll();

    assertThat(told).containsExactly("reloaded " + shipped + " -> " + (shipped + 1));
    assertThat(live.knowledge().offers()).extracting(Offer::id).contains("OF-960");
  }

  @Test
  void new_fits_that_could_not_be_told_are_told_at_the_next_poll_from_the_same_knowledge_before()
      throws IOException {
    int shipped = live.knowledge().offers().size();
    append("offers.csv", NEW_OFFER);
    tellingFails = 1;

    pollTwice();
    assertThat(told).isEmpty();
    assertThat(live.knowledge().offers()).as("in use all the same").extracting(Offer::id).contains("OF-960");
    reloads.poll();
    reloads.poll();

    assertThat(told).containsExactly("reloaded " + shipped + " -> " + (shipped + 1));
  }

  @Test
  void a_file_that_no_longer_loads_keeps_the_old_knowledge_and_is_reported_first_once() throws IOException {
    int shipped = live.knowledge().offers().size();
    int badLine = (int) Files.readString(dir.resolve("offers.csv")).lines().count() + 1;
    append("offers.csv", BAD_ROW);
    pollTwice();
    // Saved again with the same mistake: told, but not as news.
    Files.setLastModifiedTime(dir.resolve("offers.csv"), FileTime.from(Instant.now().plusSeconds(5)));
    pollTwice();
    assertThat(live.knowledge().offers()).hasSize(shipped);

    String fixed = Files.readString(dir.resolve("offers.csv")).replace(BAD_ROW, NEW_OFFER);
    Files.writeString(dir.resolve("offers.csv"), fixed, StandardCharsets.UTF_8);
    pollTwice();
    Files.writeString(dir.resolve("programmes.json"), "[ {\"id\": \"P1\" ", StandardCharsets.UTF_8);
    pollTwice();

    assertThat(told).containsExactly("failed first offers.csv:" + badLine, "failed again offers.csv:" + badLine,
        "reloaded " + shipped + " -> " + (shipped + 1), "failed first programmes.json:1");
    assertThat(live.knowledge().offers()).extracting(Offer::id).contains("OF-960");
  }

  @Test
  void a_folder_that_disappears_is_a_problem_not_a_switch_to_the_sample_data() throws IOException {
    int before = live.knowledge().offers().size();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
    Files.delete(dir);
    pollTwice();
    assertThat(told).singleElement().asString().startsWith("failed first");
    assertThat(live.knowledge().offers()).hasSize(before);
    Files.createDirectory(dir); // for @TempDir's clean-up
  }

  @Test
  void matches_running_while_the_knowledge_is_replaced_all_finish() throws Exception {
    NeedCard card = NeedCard.EMPTY.withDescription("Cần máy sấy lúa tuần hoàn 20 tấn mỗi mẻ");
    KnowledgeBase other = KnowledgeBase.load(dir);
    AtomicBoolean running = new AtomicBoolean(true);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> matchers = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        matchers.add(threads.submit(() -> {
          int done = 0;
          while (running.get() || done == 0) {
            assertThat(live.match(card, null).offers()).isNotEmpty();
            assertThat(live.find("hỗ trợ đổi mới công nghệ", 3)).isNotNull();
            done++;
          }
          return done;
        }));
      }
      for (int i = 0; i < 6; i++) {
        live.replace(i % 2 == 0 ? other : KnowledgeBase.load(dir));
      }
      running.set(false);
      for (Future<Integer> f : matchers) {
        assertThat(f.get()).isPositive(); // a match on a closed matcher would have thrown here
      }
    } finally {
      threads.shutdownNow();
    }
  }

  private void pollTwice() {
    reloads.poll();
    reloads.poll();
  }

  private void append(String file, String text) throws IOException {
    Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
  }
}
