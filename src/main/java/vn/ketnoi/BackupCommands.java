package vn.ketnoi;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import vn.ketnoi.config.Config;
import vn.ketnoi.storage.Backups;
import vn.ketnoi.storage.InstanceLock;
import vn.ketnoi.storage.Restore;
import vn.ketnoi.text.Arguments;

/**
 * `backup [FOLDER]` and `restore FILE` as the IT officer types them: one line of outcome, one line
 * of refusal. The work is in storage (Backups, Restore); the scheduled backup is BackupTimer.
 * File names use TIME_ZONE.
 */
final class BackupCommands {
  private BackupCommands() {}

  /** `backup [FOLDER]`: a dated copy, rotated. Needs no knowledge and no model, only the file. */
  static int backup(Config config, List<String> rest, PrintStream out) {
    Path folder = rest.isEmpty() ? config.backupDir() : Path.of(rest.get(0));
    if (Files.isRegularFile(folder) || folder.toString().endsWith(".db")) {
      throw new IllegalArgumentException("backup takes a FOLDER, and names the file by date (ketnoi-"
          + "2026-12-01-0930.db); not " + folder);
    }
    Backups backups = new Backups(folder, config.backupKeep(), Clock.system(config.timeZone()));
    Backups.Made made = backups.make(Backups.of(config.database()));
    out.println("backup written: " + made.file() + " (" + made.bytes() / 1024 + " KB); keeping the newest "
        + config.backupKeep() + (made.removed().isEmpty() ? "" : ", removed " + made.removed().size() + " older"));
    return 0;
  }

  /** `restore FILE`: the checks and the swap are Restore's; here the lock and the one line. */
  static int restore(Config config, List<String> rest, PrintStream out, PrintStream err) {
    Path backup = Arguments.requireFile(rest, "restore FILE");
    // Held while the file is replaced: no bot can start on it meanwhile, and none is running.
    try (InstanceLock lock = InstanceLock.acquireIfFolderExists(config.database())) {
      Restore.Outcome outcome = Restore.run(backup, config.database(), config.backupDir(),
          Clock.system(config.timeZone()));
      if (outcome instanceof Restore.Refused refused) {
        err.println("ketnoi: restore refused: " + refused.reason());
        return 1;
      }
      Restore.Restored done = (Restore.Restored) outcome;
      out.println("restored " + backup + " as " + config.database() + " (schema version "
          + done.fromVersion() + (done.fromVersion() == done.toVersion() ? "" : ", migrated to "
          + done.toVersion()) + ")" + (done.kept() == null ? "" : "; the previous database is kept as "
          + done.kept()));
      return 0;
    }
  }
}
