package vn.ketnoi.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The one SQLite file (WAL) behind the bot, with numbered migrations. One connection, used by one
 * thread at a time: SQLite serialises writers anyway, and a turn of a conversation is one
 * transaction, so the state change and everything it caused commit together or not at all.
 */
public final class Database implements AutoCloseable {
  /** A unit of JDBC work. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  static final String MIGRATIONS = "/db/migration/";

  /** Below this much free space a failed commit is put down to a full disk. */
  private static final long LOW_SPACE_BYTES = 1024 * 1024;

  private final Path file;

  /**
   * What a TRUNCATE checkpoint did: {@code busy} when another connection's read snapshot kept it
   * from finishing, so the -wal file still holds old page images.
   */
  public record Checkpoint(boolean busy, int walFrames, int checkpointedFrames) {}

  private final Connection connection;
  private final ReentrantLock lock = new ReentrantLock();
  /** Set while the outermost transaction runs; guarded by the lock. */
  private boolean inTransaction;
  private final List<Runnable> afterCommit = new ArrayList<>();

  private Database(Path file, Connection connection) {
    this.file = file;
    this.connection = connection;
  }

  /** Opens (creating if needed) the file and brings its schema up to date. */
  public static Database open(Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
      try (Statement s = connection.createStatement()) {
        // WAL must be set outside a transaction; busy_timeout lets a backup or a second reader wait.
        s.execute("PRAGMA journal_mode=WAL");
        s.execute("PRAGMA foreign_keys=ON");
        s.execute("PRAGMA busy_timeout=5000");
        s.execute("PRAGMA synchronous=NORMAL");
        // Deleted or overwritten rows would otherwise stay readable in free pages and free space
        // inside pages; after /xoadulieu nothing of the business may be left in the file.
        s.execute("PRAGMA secure_delete=ON");
      }
      Database db = new Database(file, connection);
      db.migrate();
      return db;
    } catch (SQLException | IOException e) {
      throw new StorageException("cannot open database " + file + ": " + e.getMessage(), e);
    }
  }

  /** Runs work in a transaction; nested calls join the outer one. */
  public <T> T transaction(Work<T> work) {
    lock.lock();
    try {
      if (inTransaction) {
        return work.run(connection);
      }
      connection.setAutoCommit(false);
      inTransaction = true;
      T result;
      try {
        result = work.run(connection);
        commit();
      } catch (SQLException | RuntimeException e) {
        afterCommit.clear();
        inTransaction = false;
        rollbackAfter(e);
        throw e;
      }
      inTransaction = false;
      connection.setAutoCommit(true);
      runAfterCommit();
      return result;
    } catch (SQLException e) {
      throw new StorageException("database error: " + e.getMessage(), e);
    } finally {
      lock.unlock();
    }
  }

  private void commit() throws SQLException {
    try {
      connection.commit();
    } catch (SQLException e) {
      throw StorageException.commitFailed(diskFull() ? "the disk is full"
          : "the database file could not be written (" + e.getMessage() + ")", e);
    }
  }

  /** Whether the volume holding the database has (almost) no room left. */
  private boolean diskFull() {
    try {
      return Files.getFileStore(file.toAbsolutePath().getParent()).getUsableSpace() < LOW_SPACE_BYTES;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /**
   * Rolls back after a failure without hiding it: when SQLite has already rolled back itself (a
   * full disk fails the commit that way), rollback() and leaving manual-commit mode throw "no
   * transaction is active", which must not replace the cause.
   */
  private void rollbackAfter(Exception failure) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
    try {
      connection.setAutoCommit(true);
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  /**
   * Runs the action once the current transaction has committed, outside it (never, if it rolls
   * back): work nested in a caller's transaction cannot know when that one ends.
   */
  public void afterCommit(Runnable action) {
    lock.lock();
    try {
      if (!inTransaction) {
        throw new IllegalStateException("afterCommit outside a transaction");
      }
      afterCommit.add(action);
    } finally {
      lock.unlock();
    }
  }

  private void runAfterCommit() {
    List<Runnable> actions = List.copyOf(afterCommit);
    afterCommit.clear();
    actions.forEach(Runnable::run);
  }

  /**
   * Copies the WAL into the database file and truncates it to nothing. SQLite keeps old copies of
   * every changed page in the WAL until a checkpoint, so after an erasure they still hold what was
   * erased. Outside a transaction only (see {@link #afterCommit}).
   */
  public Checkpoint checkpoint() {
    lock.lock();
    try (Statement s = connection.createStatement()) {
      if (inTransaction) {
        throw new IllegalStateException("a checkpoint cannot run inside a transaction");
      }
      try (ResultSet rs = s.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
        return new Checkpoint(rs.getInt(1) != 0, rs.getInt(2), rs.getInt(3));
      }
    } catch (SQLException e) {
      throw new StorageException("WAL checkpoint failed: " + e.getMessage(), e);
    } finally {
      lock.unlock();
    }
  }

  /** The same, for code that must not see JDBC types (the conversation core). */
  public <T> T inTransaction(Supplier<T> work) {
    return transaction(c -> work.get());
  }

  public int schemaVersion() {
    return transaction(Database::userVersion);
  }

  private void migrate() {
    List<String> files = migrationFiles();
    for (int version = schemaVersion() + 1; version <= files.size(); version++) {
      String script = resource(MIGRATIONS + files.get(version - 1));
      int target = version;
      transaction(
          c -> {
            try (Statement s = c.createStatement()) {
              s.executeUpdate(script);
              s.execute("PRAGMA user_version = " + target);
            }
            return null;
          });
    }
  }

  /** The migration scripts in order, as listed in index.txt (a jar cannot list a folder). */
  static List<String> migrationFiles() {
    return resource(MIGRATIONS + "index.txt").lines().map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
  }

  private static int userVersion(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA user_version")) {
      return rs.getInt(1);
    }
  }

  private static String resource(String name) {
    try (InputStream in = Database.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A consistent copy of the live database, taken while the bot keeps running. */
  public void backupTo(Path target) {
    lock.lock();
    try (Statement s = connection.createStatement()) {
      // VACUUM cannot run inside a transaction; the lock keeps turns out meanwhile.
      s.executeUpdate("VACUUM INTO '" + target.toString().replace("'", "''") + "'");
    } catch (SQLException e) {
      throw new StorageException("backup to " + target + " failed: " + e.getMessage(), e);
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StorageException("cannot close database", e);
    }
  }
}
