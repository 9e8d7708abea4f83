package vn.ketnoi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.ketnoi.config.Config;
import vn.ketnoi.config.Setting;

class HelpTest {
  /** The settings as a map that remembers every name Config asks for. */
  private static final class RecordingSettings extends HashMap<String, String> {
    private static final long serialVersionUID = 1L;
    final Set<String> asked = new TreeSet<>();

    @Override
    public String get(Object key) {
      asked.add((String) key);
      return super.get(key);
    }

    @Override
    public String getOrDefault(Object key, String fallback) {
      asked.add((String) key);
      return super.getOrDefault(key, fallback);
    }
  }

  private static Map<String, String> envExample() throws Exception {
    Map<String, String> values = new LinkedHashMap<>();
    for (String line : Files.readAllLines(Path.of(".env.example"), StandardCharsets.UTF_8)) {
      int eq = line.indexOf('=');
      if (!line.startsWith("#") && eq > 0) {
        values.put(line.substring(0, eq), line.substring(eq + 1));
      }
    }
    return values;
  }

  private static List<String> names() {
    return Setting.ALL.stream().map(Setting::name).toList();
  }

  private static String help() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    int status = Main.run(new String[] {"--help"}, () -> {
      throw new AssertionError("--help must not need the settings");
    }, out, out);
    assertThat(status).isZero();
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void config_reads_exactly_the_settings_help_and_env_example_list() throws Exception {
    RecordingSettings settings = new RecordingSettings();
    Config.from(settings);
    assertThat(settings.asked).containsExactlyInAnyOrderElementsOf(names());
    assertThat(envExample().keySet()).containsExactlyInAnyOrderElementsOf(names());
  }

  @Test
  void env_example_writes_each_default_and_the_default_is_what_config_uses() throws Exception {
    Map<String, String> example = envExample();
    Config defaults = Config.from(Map.of());
    for (Setting s : Setting.ALL) {
      assertThat(example.get(s.name())).as(s.name()).isEqualTo(s.fallback());
      assertThat(Config.from(Map.of(s.name(), s.fallback()))).as(s.name() + "=" + s.fallback())
          .isEqualTo(defaults);
    }
    assertThat(Config.from(example)).as("a copy of .env.example changes nothing").isEqualTo(defaults);
  }

  @Test
  void help_lists_every_setting_with_its_default() throws Exception {
    String help = help();
    for (Setting s : Setting.ALL) {
      assertThat(help).as(s.name()).containsPattern("(?m)^  " + Pattern.quote(s.name() + "=" + s.fallback())
          + " +\\S");
    }
  }

  @Test
  void help_lists_every_command_main_runs_and_main_runs_every_command_listed() throws Exception {
    String main = Files.readString(Path.of("src/main/java/vn/ketnoi/Main.java"));
    Set<String> labels = new TreeSet<>();
    Matcher m = Pattern.compile("case ((?:\"[a-z-]+\"(?:, )?)+) ->").matcher(main);
    while (m.find()) {
      Matcher each = Pattern.compile("\"([a-z-]+)\"").matcher(m.group(1));
      while (each.find()) {
        labels.add(each.group(1));
      }
    }
    assertThat(labels).contains("run", "backup", "restore");
    String help = help();
    for (String label : labels) {
      assertThat(help).as("case \"" + label + "\" in Main").containsPattern("\\b" + label + "\\b");
    }
    for (Help.Command c : Help.COMMANDS) {
      assertThat(c.what()).isNotBlank();
      assertThat(help).containsPattern("(?m)^  " + Pattern.quote(c.usage()) + "\\s+" + Pattern.quote(c.what()));
      if (!Help.isHelp(c.name())) {
        assertThat(labels).as("Main runs " + c.name()).contains(c.name());
      }
    }
  }

  @Test
  void help_also_answers_to_h_and_help_and_no_command_prints_it_as_an_error() throws Exception {
    for (String asked : List.of("-h", "help")) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
      assertThat(Main.run(new String[] {asked}, Map::of, out, out)).isZero();
      assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(help());
    }
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
    assertThat(Main.run(new String[0], Map::of, System.out, errors)).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(help());
  }

  @Test
  void an_unknown_command_is_one_line_pointing_at_help_before_any_setting_is_read() {
    assertThatThrownBy(() -> Main.run(new String[] {"--hepl"}, () -> {
      throw new AssertionError("an unknown command must not need the settings");
    }, System.out, System.err))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown command '--hepl'; see ketnoi --help");
  }
}
