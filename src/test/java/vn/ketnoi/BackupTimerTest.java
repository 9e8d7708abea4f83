package vn.ketnoi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ketnoi.storage.Backups;
import vn.ketnoi.storage.Database;
import vn.ketnoi.storage.MovingClock;

class BackupTimerTest {
  @TempDir Path dir;

  private static final LocalDateTime NOW = LocalDateTime.parse("2026-12-01T09:30");
  private static final Duration DAY = Duration.ofHours(24);

  @Test
  void the_first_backup_is_due_one_interval_after_the_newest_but_never_during_start_up() {
    assertThat(BackupTimer.firstDelay(Optional.empty(), DAY, NOW)).isEqualTo(Duration.ofMinutes(1));
    assertThat(BackupTimer.firstDelay(Optional.of(NOW.minusHours(3)), DAY, NOW)).isEqualTo(Duration.ofHours(21));
    assertThat(BackupTimer.firstDelay(Optional.of(NOW.minusDays(3)), DAY, NOW)).isEqualTo(Duration.ofMinutes(1));
    assertThat(BackupTimer.firstDelay(Optional.of(NOW.minusSeconds(30)), DAY, NOW))
        .as("a crash loop does not back up at every start").isEqualTo(DAY.minusSeconds(30));
    Duration often = Duration.ofMillis(200);
    assertThat(BackupTimer.firstDelay(Optional.empty(), often, NOW)).isEqualTo(often);
  }

  @Test
  void a_failed_backup_is_one_warning_and_the_next_tick_tries_again() throws Exception {
    Path blocked = dir.resolve("backups");
    Files.writeString(blocked, "a file where the folder should be");
    try (Database db = Database.open(dir.resolve("ketnoi.db"));
        BackupTimer timer = new BackupTimer(new Backups(blocked, 3, new MovingClock("2026-12-01T02:30:00Z")),
            db::backupTo, DAY, Clock.systemDefaultZone())) {
      assertThat(timer.tick()).isFalse();
      Files.delete(blocked);
      assertThat(timer.tick()).isTrue();
      assertThat(blocked.resolve("ketnoi-2026-12-01-0930.db")).isRegularFile();
    }
  }

  @Test
  void the_timer_backs_up_on_its_own_and_keeps_only_the_newest() throws Exception {
    Backups backups = new Backups(dir.resolve("backups"), 2, Clock.systemDefaultZone());
    try (Database db = Database.open(dir.resolve("ketnoi.db"));
        BackupTimer timer = new BackupTimer(backups, db::backupTo, Duration.ofMillis(100),
            Clock.systemDefaultZone()).start()) {
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      // in one minute they share a name stem and get -2, -3...: at least three made, two kept.
      // A backup being written shows beside the two kept until its tick prunes, so wait for a
      // moment between ticks rather than the first sight of the third file.
      while (!(backups.list().stream().anyMatch(f -> f.getFileName().toString().matches(".*-[3-9]\\.db"))
          && backups.list().size() <= 2) && System.nanoTime() < deadline) {
        Thread.sleep(20); // polling the folder, not waiting a fixed time
      }
      assertThat(backups.list()).hasSize(2);
      assertThat(backups.list().get(1).getFileName().toString()).as("the newest sorts last")
          .matches(".*-[3-9]\\.db");
    }
  }

  @Test
  void off_schedules_nothing() throws Exception {
    Backups backups = new Backups(dir.resolve("backups"), 2, Clock.systemDefaultZone());
    try (Database db = Database.open(dir.resolve("ketnoi.db"));
        BackupTimer timer = new BackupTimer(backups, db::backupTo, Duration.ZERO, Clock.systemDefaultZone())
            .start()) {
      assertThat(timer.tick()).as("a backup by hand still works").isTrue();
    }
    assertThat(backups.list()).hasSize(1);
  }

  @Test
  void durations_read_as_they_are_written() {
    assertThat(BackupTimer.human(DAY)).isEqualTo("24h");
    assertThat(BackupTimer.human(Duration.ofMinutes(30))).isEqualTo("30m");
    assertThat(BackupTimer.human(Duration.ofMinutes(23 * 60 + 59).plusSeconds(30))).isEqualTo("23h59m");
    assertThat(BackupTimer.human(Duration.ofSeconds(45))).isEqualTo("45s");
  }
}
