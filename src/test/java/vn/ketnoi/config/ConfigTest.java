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
  void backups_default_to_a_daily_copy_beside_the_database_and_read_their_settings() {
    Config defaults = Config.from(Map.of("KETNOI_DB", "/var/lib/ketnoi/data/ketnoi.db"));
    assertThat(defaults.backupDir()).isEqualTo(Path.of("/var/lib/ketnoi/data/backups"));
    assertThat(defaults.backupKeep()).isEqualTo(14);
    assertThat(defaults.backupEvery()).isEqualTo(java.time.Duration.ofHours(24));
    Config set = Config.from(Map.of("BACKUP_DIR", "/srv/ketnoi-backups", "BACKUP_KEEP", "30",
        "BACKUP_EVERY", "6H"));
    assertThat(set.backupDir()).isEqualTo(Path.of("/srv/ketnoi-backups"));
    assertThat(set.backupKeep()).isEqualTo(30);
    assertThat(set.backupEvery()).isEqualTo(java.time.Duration.ofHours(6));
    assertThat(Config.from(Map.of("BACKUP_EVERY", "30m")).backupEvery()).isEqualTo(java.time.Duration.ofMinutes(30));
    assertThat(Config.from(Map.of("BACKUP_EVERY", "7d")).backupEvery()).isEqualTo(java.time.Duration.ofDays(7));
    assertThat(Config.from(Map.of("BACKUP_EVERY", "off")).backupsScheduled()).isFalse();
    assertThatThrownBy(() -> Config.from(Map.of("BACKUP_EVERY", "daily", "BACKUP_KEEP", "0")))
        .hasMessageContaining("BACKUP_EVERY must be off or a number with m, h or d")
        .hasMessageContaining("BACKUP_KEEP must be a positive whole number");
    assertThatThrownBy(() -> Config.from(Map.of("BACKUP_EVERY", "0h"))).hasMessageContaining("BACKUP_EVERY");
  }

  @Test
  void knowledge_dir_is_unset_when_empty_so_the_usual_folder_or_the_sample_is_chosen_later() {
    assertThat(Config.from(Map.of()).knowledgeDir()).isNull();
    assertThat(Config.from(Map.of("KNOWLEDGE_DIR", " ")).knowledgeDir()).isNull();
    assertThat(Config.from(Map.of("KNOWLEDGE_DIR", "/srv/knowledge")).knowledgeDir()).isEqualTo(Path.of("/srv/knowledge"));
  }

  @Test
  void event_reminders_go_from_eight_unless_reminder_hour_says_another_hour_of_the_day() {
    assertThat(Config.from(Map.of()).reminderHour()).isEqualTo(8);
    assertThat(Config.from(Map.of("REMINDER_HOUR", "0")).reminderHour()).isZero();
    assertThat(Config.from(Map.of("REMINDER_HOUR", " 17 ")).reminderHour()).isEqualTo(17);
    for (String wrong : new String[] {"24", "-1", "8h", ""}) {
      assertThatThrownBy(() -> Config.from(Map.of("REMINDER_HOUR", wrong)))
          .hasMessageContaining("REMINDER_HOUR must be an hour from 0 to 23");
    }
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
