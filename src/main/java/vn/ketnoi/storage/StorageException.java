package vn.ketnoi.storage;

/** The database failed: an infrastructure problem, not an expected outcome. */
public final class StorageException extends RuntimeException {
  public StorageException(String message, Throwable cause) {
    super(message, cause);
  }
}
