package vn.ketnoi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ketnoi.config.Config;
import vn.ketnoi.knowledge.KnowledgeBase;
import vn.ketnoi.knowledge.KnowledgeException;

class StartupChecksTest {
  @TempDir Path dir;

  private Config config(Map<String, String> settings) {
    Map<String, String> all = new java.util.HashMap<>(settings);
    all.putIfAbsent("KETNOI_DB", dir.resolve("ketnoi.db").toString());
    return Config.from(all);
  }

  private static List<String> texts(List<StartupChecks.Finding> findings, StartupChecks.Level level) {
    return findings.stream().filter(f -> f.level() == level).map(StartupChecks.Finding::text).toList();
  }

  /** The shipped knowledge with every sample mark taken out, as a department's own folder. */
  private Path ownKnowledge() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("so-khcn/knowledge"));
    for (String f : List.of("offers.csv", "programmes.json", "faq.json", "events.json")) {
      Files.writeString(folder.resolve(f), Files.readString(Path.of("knowledge", f))
          .replace("[Dữ liệu mẫu, chưa có lịch chính thức] ", "").replace("[Dữ liệu mẫu] ", ""));
    }
    return folder;
  }

  @Test
  void no_staff_is_a_warning_that_says_what_it_means_and_how_to_set_it() {
    Config config = config(Map.of("KNOWLEDGE_DIR", "knowledge"));
    List<StartupChecks.Finding> findings =
        StartupChecks.of(config, KnowledgeBase.open(config.knowledgeDir()));
    assertThat(texts(findings, StartupChecks.Level.WARN)).anySatisfy(w -> assertThat(w)
        .startsWith("staff: STAFF_IDS is empty").contains("notify nobody").contains("set STAFF_IDS"));
  }

  @Test
  void staff_and_their_group_are_one_info_line() throws Exception {
    Config config = config(Map.of("STAFF_IDS", "11,12", "STAFF_CHAT_ID", "-1001234567890",
        "KNOWLEDGE_DIR", ownKnowledge().toString()));
    List<StartupChecks.Finding> findings = StartupChecks.of(config, KnowledgeBase.open(config.knowledgeDir()));
    assertThat(texts(findings, StartupChecks.Level.WARN)).isEmpty();
    assertThat(texts(findings, StartupChecks.Level.INFO))
        .contains("staff: 2 Telegram ids; new needs go to the staff group -1001234567890");
  }

  @Test
  void the_folder_in_use_is_named_by_its_absolute_path_and_its_samples_are_counted() {
    Config config = config(Map.of("STAFF_IDS", "11", "KNOWLEDGE_DIR", "knowledge"));
    KnowledgeBase.Loaded loaded = KnowledgeBase.open(config.knowledgeDir());
    List<StartupChecks.Finding> findings = StartupChecks.of(config, loaded);
    int offers = loaded.knowledge().offers().size();
    assertThat(texts(findings, StartupChecks.Level.INFO)).contains("knowledge: folder "
        + Path.of("knowledge").toAbsolutePath().normalize() + " (" + offers + " offers, "
        + loaded.knowledge().programmes().size() + " programmes, " + loaded.knowledge().faq().size()
        + " FAQ entries, " + loaded.knowledge().events().size() + " events)");
    assertThat(texts(findings, StartupChecks.Level.WARN)).singleElement().asString()
        .startsWith("knowledge: " + offers + " of " + offers + " offers and 2 of 2 events are sample data")
        .contains("before going live");
  }

  @Test
  void the_sample_copy_in_the_jar_is_a_warning_of_its_own() {
    Config config = config(Map.of("STAFF_IDS", "11"));
    KnowledgeBase.Loaded bundled = new KnowledgeBase.Loaded(KnowledgeBase.load(dir.resolve("none")), null);
    assertThat(texts(StartupChecks.of(config, bundled), StartupChecks.Level.WARN))
        .anySatisfy(w -> assertThat(w).startsWith("knowledge: the sample copy inside the jar")
            .contains("set KNOWLEDGE_DIR"))
        .anySatisfy(w -> assertThat(w).contains("are sample data"));
  }

  @Test
  void only_what_is_still_sample_data_is_named() throws Exception {
    Path own = ownKnowledge();
    Files.copy(Path.of("knowledge/events.json"), own.resolve("events.json"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Config config = config(Map.of("STAFF_IDS", "11", "KNOWLEDGE_DIR", own.toString()));
    assertThat(texts(StartupChecks.of(config, KnowledgeBase.open(config.knowledgeDir())), StartupChecks.Level.WARN))
        .singleElement().asString().startsWith("knowledge: 2 of 2 events are sample data");
  }

  @Test
  void a_department_folder_without_samples_gives_no_warning() throws Exception {
    Config config = config(Map.of("STAFF_IDS", "11", "KNOWLEDGE_DIR", ownKnowledge().toString()));
    assertThat(texts(StartupChecks.of(config, KnowledgeBase.open(config.knowledgeDir())),
        StartupChecks.Level.WARN)).isEmpty();
  }

  @Test
  void a_knowledge_dir_that_does_not_exist_stops_the_bot_instead_of_serving_the_sample() {
    Config config = config(Map.of("KNOWLEDGE_DIR", dir.resolve("knowlege").toString()));
    assertThatThrownBy(() -> Main.wire(config, Clock.systemUTC()))
        .isInstanceOf(KnowledgeException.class)
        .hasMessageStartingWith(dir.resolve("knowlege").toAbsolutePath() + ": KNOWLEDGE_DIR names no folder");
    assertThat(dir.resolve("ketnoi.db")).as("stopped before the database was opened").doesNotExist();
  }
}
