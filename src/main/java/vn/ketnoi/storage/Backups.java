package vn.ketnoi.storage;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Dated backups in one folder: {@code ketnoi-2026-12-01-0930.db} in local time. A backup never
 * replaces a file (a second one in the same minute is {@code ketnoi-2026-12-01-0930-2.db}), is
 * written under a hidden name and renamed when complete, and only the newest {@code keep} are
 * kept. Rotation deletes only files with this exact name pattern: anything else in the folder
 * (a copy kept by restore, a file someone put there) is left alone.
 */
public final class Backups {
  /** Writes a consistent copy of the database to a file that does not exist yet. */
  @FunctionalInterface
  public interface Copier {
    void copyTo(Path target);
  }

  /** One backup: the file, its size and the older backups deleted to keep the newest N. */
  public record Made(Path file, long bytes, List<Path> removed) {}

  private static final Pattern PARTIAL = Pattern.compile("\\.ketnoi-backup-\\d+\\.partial");
  /** A partial file this old was left by a process killed while copying, not one still at work. */
  private static final java.time.Duration ABANDONED = java.time.Duration.ofDays(1);
  private static final Pattern NAME =
      Pattern.compile("ketnoi-(\\d{4}-\\d{2}-\\d{2}-\\d{4})(?:-(\\d{1,4}))?\\.db");
  static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm");

  private final Path folder;
  private final int keep;
  private final Clock clock;

  /** The clock's zone names the files: the department's local time. */
  public Backups(Path folder, int keep, Clock clock) {
    if (keep < 1) {
      throw new IllegalArgumentException("keep at least one backup, not " + keep);
    }
    this.folder = folder;
    this.keep = keep;
    this.clock = clock;
  }

  public Path folder() {
    return folder;
  }

  /** Makes a dated backup in the folder (created if missing), then deletes the oldest past N. */
  public Made make(Copier copier) {
    createFolder(folder);
    Path partial = folder.resolve(".ketnoi-backup-" + ProcessHandle.current().pid() + ".partial");
    try {
      Files.deleteIfExists(partial);
      copier.copyTo(partial);
      Path file = moveToFreeName(partial, folder, "ketnoi-" + LocalDateTime.now(clock).format(STAMP));
      return new Made(file, Files.size(file), rotate());
    } catch (IOException e) {
      throw new StorageException("cannot write a backup in " + folder + ": " + describe(e), e);
    } finally {
      deleteQuietly(partial);
    }
  }

  /** The database file at {@code database}, copied by SQLite without opening it for the bot. */
  public static Copier of(Path database) {
    return target -> {
      if (!Files.isRegularFile(database)) {
        throw new StorageException("no database at " + database.toAbsolutePath(), null);
      }
      // A plain connection: no migration, so a backup taken before an upgrade is of the old schema.
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database);
          Statement s = c.createStatement()) {
        s.execute("PRAGMA busy_timeout=5000");
        s.executeUpdate("VACUUM INTO '" + target.toString().replace("'", "''") + "'");
      } catch (SQLException e) {
        throw new StorageException("backup of " + database + " failed: " + e.getMessage(), e);
      }
    };
  }

  /** The backups made here, oldest first. */
  public List<Path> list() {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> NAME.matcher(f.getFileName().toString()).matches())
          .filter(Files::isRegularFile)
          .sorted(Comparator.comparing(Backups::stamp).thenComparingInt(Backups::sequence))
          .toList();
    } catch (IOException e) {
      throw new StorageException("cannot list the backups in " + folder + ": " + describe(e), e);
    }
  }

  /** When the newest backup was made, by its name (local time); empty when there is none. */
  public Optional<LocalDateTime> newest() {
    List<Path> all = list();
    return all.isEmpty() ? Optional.empty()
        : Optional.of(LocalDateTime.parse(stamp(all.get(all.size() - 1)), STAMP));
  }

  private List<Path> rotate() throws IOException {
    List<Path> all = list();
    List<Path> removed = new ArrayList<>();
    for (Path old : all.subList(0, Math.max(0, all.size() - keep))) {
      Files.deleteIfExists(old);
      removed.add(old);
    }
    removeAbandonedPartials();
    return removed;
  }

  private void removeAbandonedPartials() throws IOException {
    java.time.Instant before = clock.instant().minus(ABANDONED);
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        if (PARTIAL.matcher(f.getFileName().toString()).matches()
            && Files.getLastModifiedTime(f).toInstant().isBefore(before)) {
          Files.deleteIfExists(f);
        }
      }
    }
  }

  /**
   * Renames {@code source} to {@code base.db}, or to {@code base-N.db} numbered after the highest
   * such file already there (so a later backup never takes a lower number freed by rotation, which
   * would sort it as the oldest). A move without REPLACE_EXISTING fails rather than replace, so two
   * processes backing up in the same minute each keep their file.
   */
  static Path moveToFreeName(Path source, Path folder, String base) throws IOException {
    Pattern numbered = Pattern.compile(Pattern.quote(base) + "(?:-(\\d{1,4}))?\\.db");
    int next = 1;
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Matcher m = numbered.matcher(f.getFileName().toString());
        if (m.matches()) {
          next = Math.max(next, m.group(1) == null ? 2 : Integer.parseInt(m.group(1)) + 1);
        }
      }
    }
    for (int n = next; n < next + 100; n++) {
      Path target = folder.resolve(n == 1 ? base + ".db" : base + "-" + n + ".db");
      try {
        return Files.move(source, target);
      } catch (FileAlreadyExistsException e) {
        // taken in between by another process: try the next number
      }
    }
    throw new IOException("no free name for " + base + " in " + folder);
  }

  static void createFolder(Path folder) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new StorageException("cannot create the folder " + folder + ": " + describe(e), e);
    }
  }

  static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // a leftover temporary file is harmless; the error that matters is reported by the caller
    }
  }

  /** An I/O error in a few words: its kind (AccessDenied, NoSuchFile...) and its message. */
  static String describe(IOException e) {
    String kind = e.getClass().getSimpleName().replace("Exception", "");
    return e.getMessage() == null ? kind : kind + " " + e.getMessage();
  }

  private static String stamp(Path file) {
    Matcher m = NAME.matcher(file.getFileName().toString());
    return m.matches() ? m.group(1) : "";
  }

  private static int sequence(Path file) {
    Matcher m = NAME.matcher(file.getFileName().toString());
    return m.matches() && m.group(2) != null ? Integer.parseInt(m.group(2)) : 1;
  }
}
