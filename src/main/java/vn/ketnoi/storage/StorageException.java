package vn.ketnoi.storage;

import java.sql.SQLException;

/** The database failed: an infrastructure problem, not an expected outcome. */
public final class StorageException extends RuntimeException {
  // SQLite's primary result codes for a store that cannot take writes right now.
  private static final int BUSY = 5;
  private static final int LOCKED = 6;
  private static final int NOMEM = 7;
  private static final int READONLY = 8;
  private static final int IOERR = 10;
  private static final int FULL = 13;
  private static final int CANTOPEN = 14;

  /** Set when the cause was found otherwise than from SQLite's result code (a failed commit). */
  private final String outage;

  public StorageException(String message, Throwable cause) {
    this(message, cause, null);
  }

  private StorageException(String message, Throwable cause, String outage) {
    super(message, cause);
    this.outage = outage;
  }

  /**
   * A commit that failed: SQLite may already have rolled back and then reports only "cannot
   * commit - no transaction is active" (a full disk does that), so the cause is named by the
   * caller, who can look at the volume.
   */
  static StorageException commitFailed(String plainCause, Throwable cause) {
    return new StorageException("cannot commit: " + plainCause, cause, plainCause);
  }

  /**
   * Whether the storage itself is unavailable (disk full, read-only, locked, an I/O error) rather
   * than this piece of work being wrong: such work is retried as it is once storage recovers,
   * never set aside as faulty.
   */
  public boolean unavailable() {
    if (outage != null) {
      return true;
    }
    int code = resultCode();
    return code == BUSY || code == LOCKED || code == NOMEM || code == READONLY || code == IOERR
        || code == FULL || code == CANTOPEN;
  }

  /** The cause in a few plain words, for a one-line log. */
  public String plainCause() {
    if (outage != null) {
      return outage;
    }
    return switch (resultCode()) {
      case FULL -> "the disk is full";
      case READONLY -> "the database is read-only";
      case BUSY, LOCKED -> "the database is locked by another process";
      case IOERR -> "an I/O error on the database file";
      case CANTOPEN -> "the database file cannot be opened";
      case NOMEM -> "out of memory";
      default -> getMessage();
    };
  }

  private int resultCode() {
    for (Throwable t = getCause(); t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getErrorCode() > 0) {
        return sql.getErrorCode() & 0xff;
      }
    }
    return 0;
  }
}
