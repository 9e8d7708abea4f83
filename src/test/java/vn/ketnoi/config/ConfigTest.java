package vn.ketnoi.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigTest {
  @TempDir Path dir;

  @Test
  void defaults_run_locally_without_telegram_or_model() {
    Config c = Config.from(Map.of());
    assertThat(c.database()).isEqualTo(Path.of("data/ketnoi.db"));
    assertThat(c.hasTelegramToken()).isFalse();
    assertThat(c.extractor()).isEqualTo(Config.ExtractorMode.AUTO);
    assertThat(c.telegramApiUrl()).isEqualTo("https://api.telegram.org");
    assertThat(c.staffIds()).isEmpty();
  }

  @Test
  void reads_every_setting() {
    Config c = Config.from(Map.of("KETNOI_DB", "/tmp/x.db", "STAFF_IDS", "1, 2;3",
        "STAFF_CHAT_ID", "-100123", "EXTRACTOR", "Rules", "DEPARTMENT_NAME", "Sở KH&CN An Giang"));
    assertThat(c.staffIds()).containsExactlyInAnyOrder(1L, 2L, 3L);
    assertThat(c.staffChatId()).isEqualTo(-100123L);
    assertThat(c.extractor()).isEqualTo(Config.ExtractorMode.RULES);
    assertThat(c.departmentName()).isEqualTo("Sở KH&CN An Giang");
  }

  @Test
  void the_department_is_named_after_the_province_unless_named_outright() {
    assertThat(Config.from(Map.of("PROVINCE", "Thái Nguyên")).departmentName())
        .isEqualTo("Sở Khoa học và Công nghệ Thái Nguyên");
    assertThat(Config.from(Map.of()).departmentName()).isEqualTo("Sở Khoa học và Công nghệ");
  }

  @Test
  void the_time_zone_is_viet_nams_unless_set() {
    assertThat(Config.from(Map.of()).timeZone()).isEqualTo(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
    assertThat(Config.from(Map.of("TIME_ZONE", "Asia/Bangkok")).timeZone())
        .isEqualTo(java.time.ZoneId.of("Asia/Bangkok"));
    assertThatThrownBy(() -> Config.from(Map.of("TIME_ZONE", "Sao Hỏa/Thủ đô")))
        .hasMessageContaining("TIME_ZONE");
  }

  @Test
  void a_wrong_value_names_the_setting() {
    assertThatThrownBy(() -> Config.from(Map.of("EXTRACTOR", "magic", "STAFF_IDS", "abc")))
        .hasMessageContaining("EXTRACTOR").hasMessageContaining("STAFF_IDS");
  }

  @Test
  void the_environment_wins_over_the_env_file() throws Exception {
    Path env = dir.resolve(".env");
    Files.writeString(env, "# comment\nKETNOI_DB=\"from-file.db\"\nexport PROVINCE='Thái Nguyên'\n");
    Map<String, String> merged = EnvFile.merged(env, Map.of("KETNOI_DB", "from-env.db"));
    assertThat(merged).containsEntry("KETNOI_DB", "from-env.db").containsEntry("PROVINCE", "Thái Nguyên");
  }
}
