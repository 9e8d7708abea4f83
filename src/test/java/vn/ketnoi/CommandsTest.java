package vn.ketnoi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ketnoi.knowledge.OfferCsv;
import vn.ketnoi.storage.Database;

/** backup, restore and import offers as the IT officer and staff type them. */
class CommandsTest {
  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private Map<String, String> settings(String... pairs) {
    Map<String, String> env = new HashMap<>(Map.of("KETNOI_DB", dir.resolve("data/ketnoi.db").toString(),
        "BACKUP_KEEP", "2"));
    for (int i = 0; i < pairs.length; i += 2) {
      env.put(pairs[i], pairs[i + 1]);
    }
    return env;
  }

  private int run(Map<String, String> settings, String... args) throws Exception {
    out.reset();
    err.reset();
    return Main.run(args, () -> settings, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void backup_goes_to_a_dated_file_in_backup_dir_every_time_and_keeps_backup_keep() throws Exception {
    Database.open(dir.resolve("data/ketnoi.db")).close();
    for (int i = 0; i < 3; i++) {
      assertThat(run(settings(), "backup")).isZero();
      assertThat(out()).startsWith("backup written: " + dir.resolve("data/backups/ketnoi-"));
    }
    assertThat(out()).contains("removed 1 older");
    assertThat(dir.resolve("data/backups").toFile().list()).hasSize(2);
    assertThat(run(settings(), "backup", dir.resolve("elsewhere").toString())).isZero();
    assertThat(dir.resolve("elsewhere").toFile().list()).hasSize(1);
    assertThatThrownBy(() -> run(settings(), "backup", dir.resolve("nightly.db").toString()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("backup takes a FOLDER");
  }

  @Test
  void restore_says_in_one_line_what_it_refused_and_what_it_did() throws Exception {
    Database.open(dir.resolve("data/ketnoi.db")).close();
    run(settings(), "backup");
    Path backup = dir.resolve("data/backups").toFile().listFiles()[0].toPath();
    Path notes = Files.writeString(dir.resolve("notes.txt"), "not a backup");

    assertThat(run(settings(), "restore", notes.toString())).isEqualTo(1);
    assertThat(err()).isEqualTo("ketnoi: restore refused: " + notes + " is not an SQLite database\n");
    assertThat(out()).isEmpty();

    assertThat(run(settings(), "restore", backup.toString())).isZero();
    assertThat(out()).startsWith("restored " + backup + " as " + dir.resolve("data/ketnoi.db"))
        .contains("the previous database is kept as " + dir.resolve("data/backups/before-restore-"));
    assertThat(out().lines()).hasSize(1);
  }

  @Test
  void import_offers_takes_a_semicolon_sheet_and_answers_in_vietnamese() throws Exception {
    Path knowledge = Files.createDirectories(dir.resolve("knowledge"));
    for (String f : List.of("offers.csv", "programmes.json", "faq.json", "events.json")) {
      Files.copy(Path.of("knowledge", f), knowledge.resolve(f));
    }
    Path sheet = Files.writeString(dir.resolve("excel.csv"), "\uFEFF" + String.join(";", OfferCsv.COLUMNS)
        + "\r\nOF-930;Máy ép viên nén mùn cưa;Cơ sở mẫu;doanh_nghiep;Việt Nam;che_bien_bao_quan;thiet_bi;"
        + "[Dữ liệu mẫu] Ép viên;viên nén;;;thương mại;;;2026-11-23\r\n", StandardCharsets.UTF_8);
    assertThat(run(settings("KNOWLEDGE_DIR", knowledge.toString()), "import", "offers", sheet.toString())).isZero();
    assertThat(out()).startsWith("Đã thêm 1 công nghệ: OF-930\n").contains("Không nhận 0 dòng");
    assertThat(Files.readString(knowledge.resolve("offers.csv"))).contains("OF-930,Máy ép viên nén mùn cưa");
  }

  @Test
  void a_command_without_its_file_answers_with_its_usage_before_anything_is_wired() {
    // EXTRACTOR=model without OLLAMA_BASE_URL would be refused too: the usage must come first.
    Map<String, String> settings = settings("EXTRACTOR", "model");
    Map<String, String> usages = Map.of(
        "eval", "usage: ketnoi eval FILE",
        "match-eval", "usage: ketnoi match-eval FILE",
        "question-eval", "usage: question-eval FILE [--misses]",
        "bench", "usage: ketnoi bench FILE",
        "bench-match", "usage: ketnoi bench-match NEEDS.jsonl",
        "restore", "usage: ketnoi restore FILE",
        "import", "usage: ketnoi import offers FILE.csv");
    usages.forEach((command, usage) -> assertThatThrownBy(() -> run(settings, command))
        .as(command).isInstanceOf(IllegalArgumentException.class).hasMessage(usage));
    assertThat(dir.resolve("data")).as("no database was opened").doesNotExist();
  }

  @Test
  void export_needs_writes_jsonl_or_csv_to_stdout_or_a_file_and_refuses_a_wrong_option() throws Exception {
    assertThat(run(settings(), "export", "needs")).isZero();
    assertThat(out()).as("no needs yet").isEmpty();
    assertThat(run(settings(), "export", "needs", "--format", "csv")).isZero();
    String csv = out();
    assertThat(csv).startsWith("\uFEFF").contains("Tin nhắn của doanh nghiệp").endsWith("\r\n");
    Path file = dir.resolve("needs.csv");
    assertThat(run(settings(), "export", "needs", "--format", "csv", "--out", file.toString())).isZero();
    assertThat(out()).isEmpty();
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(csv);
    assertThatThrownBy(() -> run(settings(), "export", "needs", "--format", "xml"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("--format must be jsonl or csv");
    assertThatThrownBy(() -> run(settings(), "export", "needs", "--out"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("--out needs a value");
    assertThatThrownBy(() -> run(settings(), "export", "offers"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("usage: export needs [--format jsonl|csv] [--out FILE]");
  }

  @Test
  void match_reads_need_cards_from_a_file_and_answers_each_line_with_its_offers() throws Exception {
    Path needs = dir.resolve("needs.jsonl");
    Files.write(needs, Files.readAllLines(Path.of("src/test/resources/matching/needs.jsonl")).subList(0, 2));
    assertThat(run(settings(), "match", needs.toString())).isZero();
    assertThat(out().lines()).hasSize(2);
    assertThat(out().lines().findFirst().orElseThrow()).startsWith("{\"id\":\"d001\",\"offers\":[{\"id\":\"OF-");
    assertThat(err()).isEmpty();
  }

  @Test
  void the_evaluations_run_with_no_knowledge_dir_set() throws Exception {
    assertThat(run(settings(), "question-eval", "src/test/resources/knowledge/questions.jsonl")).isZero();
    assertThat(out()).contains("unanswerable:");
    assertThat(run(settings(), "match-eval", "src/test/resources/matching/needs.jsonl")).isZero();
    assertThat(err()).isEmpty();
  }

  /** The real process: what an operator sees on the terminal, and the exit status. */
  private record Finished(int status, String stdout, List<String> stderr) {}

  private Finished process(Map<String, String> env, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "vn.ketnoi.Main"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().keySet().removeIf(k -> k.startsWith("KETNOI") || k.startsWith("KNOWLEDGE")
        || k.startsWith("TELEGRAM") || k.startsWith("OLLAMA") || k.startsWith("BACKUP"));
    builder.environment().putAll(env);
    Process p = builder.start();
    p.getOutputStream().close();
    String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Finished(p.exitValue(), stdout, stderr.lines().toList());
  }

  @Test
  void a_failing_command_is_one_line_on_stderr_without_a_stack_trace() throws Exception {
    Files.writeString(dir.resolve("notes.txt"), "not a backup");
    Finished refused = process(Map.of(), "restore", "notes.txt");
    assertThat(refused.status()).isEqualTo(1);
    assertThat(refused.stderr()).containsExactly("ketnoi: restore refused: notes.txt is not an SQLite database");

    Finished missing = process(Map.of(), "eval", "no-such.jsonl");
    assertThat(missing.status()).isEqualTo(1);
    assertThat(missing.stderr()).last().isEqualTo("ketnoi: cannot read no-such.jsonl: no such file");
    assertThat(missing.stderr()).noneMatch(l -> l.startsWith("\tat ") || l.contains("Exception"));

    Finished wrongFolder = process(Map.of("KNOWLEDGE_DIR", "/srv/knowlege"), "run");
    assertThat(wrongFolder.status()).isEqualTo(2);
    assertThat(wrongFolder.stderr()).containsExactly("ketnoi: /srv/knowlege: KNOWLEDGE_DIR names no folder;"
        + " set it to the folder of offers.csv, programmes.json, faq.json and events.json (or leave it"
        + " empty for the sample data)");
    assertThat(dir.resolve("data")).as("nothing was started").doesNotExist();

    Finished noFolder = process(Map.of(), "import", "offers", "notes.txt");
    assertThat(noFolder.status()).isEqualTo(2);
    assertThat(noFolder.stderr()).containsExactly("ketnoi: " + vn.ketnoi.text.Messages.load().get("import.no_folder"));
  }
}
