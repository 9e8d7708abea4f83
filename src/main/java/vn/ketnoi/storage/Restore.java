package vn.ketnoi.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * {@code restore FILE}: puts a backup in place of the database. The file is checked first (an
 * SQLite database, {@code PRAGMA integrity_check} ok, our tables, a schema version this build
 * knows), on a copy beside the database, which is then migrated to this build's schema; the
 * current database, when nobody has it open, is kept as a dated copy; then the checked copy is
 * renamed over it in one step. Every refusal is one line and changes nothing.
 */
public final class Restore {
  /** What a restore did, or why it did nothing. */
  public sealed interface Outcome permits Restored, Refused {}

  /** Done: the copy kept of the replaced database (null when there was none) and the versions. */
  public record Restored(Path kept, int fromVersion, int toVersion) implements Outcome {}

  /** Nothing changed, for this reason. */
  public record Refused(String reason) implements Outcome {}

  private static final byte[] HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
  /** Tables every version of the schema has had since the first migration. */
  private static final List<String> TABLES = List.of("users", "chat_states", "needs",
      "need_status_history", "need_code_counters");

  private Restore() {}

  /**
   * Restores {@code backup} over {@code database}, keeping the current one in {@code keepIn}
   * (named {@code before-restore-<local time>.db}).
   */
  public static Outcome run(Path backup, Path database, Path keepIn, Clock clock) {
    String problem = problemOfFile(backup, database);
    if (problem != null) {
      return new Refused(problem);
    }
    Path staged = database.resolveSibling(database.getFileName() + ".restoring");
    try {
      Backups.createFolder(database.toAbsolutePath().getParent());
      Files.copy(backup, staged, StandardCopyOption.REPLACE_EXISTING);
      int from = userVersion(staged);
      problem = problemOfDatabase(staged, backup);
      if (problem != null) {
        return new Refused(problem);
      }
      if (inUse(database)) {
        return new Refused("the database " + database + " is open in another process (a running"
            + " bot?); stop it first, e.g. systemctl stop ketnoi");
      }
      // Bring the copy to this build's schema now, so what goes in place is known to open.
      try (Database migrated = Database.open(staged)) {
        migrated.schemaVersion();
      }
      force(staged);
      Path kept = keep(database, keepIn, clock);
      // A -wal beside the new file would be replayed onto it; the old one's content is in the kept
      // copy (the in-use check checkpointed it), so both go before the rename.
      Files.deleteIfExists(wal(database));
      Files.deleteIfExists(shm(database));
      Files.move(staged, database, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return new Restored(kept, from, Database.migrationFiles().size());
    } catch (IOException e) {
      throw new StorageException("restore of " + backup + " failed: " + Backups.describe(e), e);
    } finally {
      for (Path leftover : List.of(staged, wal(staged), shm(staged))) {
        Backups.deleteQuietly(leftover);
      }
    }
  }

  /** The refusals that need only the file's name and first bytes. */
  private static String problemOfFile(Path backup, Path database) {
    if (!Files.isRegularFile(backup)) {
      return backup + " does not exist or is not a file";
    }
    try {
      if (Files.exists(database) && Files.isSameFile(backup, database)) {
        return backup + " is the database itself; name a backup file";
      }
      byte[] start;
      try (InputStream in = Files.newInputStream(backup)) {
        start = in.readNBytes(HEADER.length);
      }
      if (!Arrays.equals(start, HEADER)) {
        return backup + " is not an SQLite database";
      }
    } catch (IOException e) {
      return "cannot read " + backup + ": " + Backups.describe(e);
    }
    return null;
  }

  /** The refusals that need SQLite: damage, a foreign database, a schema from a newer build. */
  private static String problemOfDatabase(Path staged, Path backup) {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + staged);
        Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("PRAGMA integrity_check(1)")) {
        String verdict = rs.next() ? rs.getString(1) : "no answer";
        if (!"ok".equals(verdict)) {
          // The first problem, without the "*** in database main ***" heading SQLite puts first.
          String first = verdict.lines().filter(l -> !l.startsWith("***")).findFirst().orElse(verdict);
          return backup + " is damaged (integrity check: " + first.strip() + ")";
        }
      }
      int version = userVersionOf(s);
      int known = Database.migrationFiles().size();
      if (version > known) {
        return backup + " has schema version " + version + ", newer than this build knows (" + known
            + "); restore it with the ketnoi release that made it";
      }
      for (String table : TABLES) {
        try (ResultSet rs = s.executeQuery(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '" + table + "'")) {
          if (version == 0 || !rs.next()) {
            return backup + " is an SQLite database but not a ketnoi one (no table " + table + ")";
          }
        }
      }
      return null;
    } catch (SQLException e) {
      return backup + " is damaged: " + e.getMessage();
    }
  }

  /**
   * Whether another connection has the database open. SQLite leaving WAL mode needs every other
   * connection closed, so the attempt fails while a bot (or any other process) has the file open,
   * and otherwise checkpoints the WAL into the file, which is then complete on its own.
   * The single-instance lock file ({@code <db>.lock}) says the same for a bot, once it exists.
   */
  static boolean inUse(Path database) {
    if (!Files.exists(database)) {
      return false;
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database);
        Statement s = c.createStatement()) {
      s.execute("PRAGMA busy_timeout=0");
      try (ResultSet rs = s.executeQuery("PRAGMA journal_mode=DELETE")) {
        return !rs.next() || !"delete".equalsIgnoreCase(rs.getString(1));
      }
    } catch (SQLException e) {
      return true;
    }
  }

  private static Path keep(Path database, Path keepIn, Clock clock) throws IOException {
    if (!Files.exists(database)) {
      return null;
    }
    Backups.createFolder(keepIn);
    Path copy = keepIn.resolve(".before-restore-" + ProcessHandle.current().pid() + ".partial");
    try {
      Files.copy(database, copy, StandardCopyOption.REPLACE_EXISTING);
      force(copy);
      return Backups.moveToFreeName(copy, keepIn,
          "before-restore-" + LocalDateTime.now(clock).format(Backups.STAMP));
    } finally {
      Backups.deleteQuietly(copy);
    }
  }

  private static int userVersion(Path file) {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      return userVersionOf(s);
    } catch (SQLException e) {
      return 0;
    }
  }

  private static int userVersionOf(Statement s) throws SQLException {
    try (ResultSet rs = s.executeQuery("PRAGMA user_version")) {
      return rs.getInt(1);
    }
  }

  /** On disk before the rename, so a power cut cannot leave a renamed but empty file. */
  private static void force(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.force(true);
    }
  }

  private static Path wal(Path database) {
    return database.resolveSibling(database.getFileName() + "-wal");
  }

  private static Path shm(Path database) {
    return database.resolveSibling(database.getFileName() + "-shm");
  }
}
