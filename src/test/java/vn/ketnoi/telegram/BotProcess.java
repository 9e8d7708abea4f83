package vn.ketnoi.telegram;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The bot as its own operating-system process, started like `java -jar target/ketnoi.jar`, with
 * its settings in the environment: for kills, SIGTERM and parallel businesses.
 */
final class BotProcess implements AutoCloseable {
  final Process process;
  final Path log;

  private BotProcess(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  static BotProcess start(Path database, String apiUrl, Path dir, String... args) throws IOException {
    return start(database, apiUrl, dir, Map.of(), args);
  }

  /** The same with more settings, e.g. STAFF_IDS. */
  static BotProcess start(Path database, String apiUrl, Path dir, Map<String, String> settings,
      String... args) throws IOException {
    Path log = Files.createTempFile(dir, "bot", ".log");
    ProcessBuilder builder = command(args);
    builder.environment().putAll(Map.of(
        "TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN,
        "TELEGRAM_API_URL", apiUrl,
        "KETNOI_DB", database.toString(),
        "EXTRACTOR", "rules",
        "LANG", "C"));
    builder.environment().putAll(settings);
    builder.directory(dir.toFile());
    builder.redirectErrorStream(true).redirectOutput(log.toFile());
    return new BotProcess(builder.start(), log);
  }

  /** Runs a command of the jar to the end and returns its standard output. */
  static String run(Path database, Path dir, String... args) throws Exception {
    ProcessBuilder builder = command(args);
    builder.environment().put("KETNOI_DB", database.toString());
    builder.environment().remove("TELEGRAM_BOT_TOKEN");
    builder.directory(dir.toFile());
    builder.redirectError(ProcessBuilder.Redirect.DISCARD);
    Process p = builder.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new AssertionError("command failed: " + String.join(" ", args));
    }
    return out;
  }

  /**
   * `java -cp <test classpath> vn.ketnoi.Main ...`, or `java -jar JAR ...` when the system property
   * ketnoi.jar names the built jar (run after `package` to check the jar itself).
   */
  private static ProcessBuilder command(String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    String jar = System.getProperty("ketnoi.jar");
    if (jar != null && !jar.isBlank()) {
      command.add("-jar");
      command.add(jar);
    } else {
      command.add("-cp");
      command.add(System.getProperty("java.class.path"));
      command.add("vn.ketnoi.Main");
    }
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }

  String log() throws IOException {
    return Files.readString(log, StandardCharsets.UTF_8);
  }

  long pid() {
    return process.pid();
  }

  /** Resident memory of the process in kilobytes (Linux /proc), or -1 elsewhere. */
  long residentKb() throws IOException {
    Path status = Path.of("/proc/" + pid() + "/status");
    if (!Files.exists(status)) {
      return -1;
    }
    for (String line : Files.readAllLines(status)) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("\\D", ""));
      }
    }
    return -1;
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }

}
