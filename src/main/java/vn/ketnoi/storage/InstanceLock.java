package vn.ketnoi.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One running bot per database: a lock on {@code <database>.lock}, held for the life of the
 * process. The operating system releases it when the process ends, even by kill -9, so a stale
 * file never blocks a restart. One-shot commands (export, backup) do not take it: they are safe
 * beside a running bot.
 */
public final class InstanceLock implements AutoCloseable {
  private final FileChannel channel;
  private final FileLock lock;

  private InstanceLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** Takes the lock, or explains in one line who holds it. */
  public static InstanceLock acquire(Path database) {
    Path file = lockFile(database);
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
          StandardOpenOption.WRITE);
      FileLock lock = tryLock(channel);
      if (lock == null) {
        String holder = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).strip();
        channel.close();
        throw new IllegalStateException("another ketnoi is already running on " + database
            + (holder.isEmpty() ? "" : " (process " + holder + ")") + "; stop it first");
      }
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(
          String.valueOf(ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)), 0);
      return new InstanceLock(channel, lock);
    } catch (IOException e) {
      throw new IllegalStateException("cannot take the lock " + file + ": " + e.getMessage(), e);
    }
  }

  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      return null; // held by this very process
    }
  }

  /**
   * The same, or null when the database's folder does not exist yet: then no bot can be running
   * on it, and a refused command leaves no folder behind.
   */
  public static InstanceLock acquireIfFolderExists(Path database) {
    Path parent = database.toAbsolutePath().getParent();
    return parent != null && !Files.isDirectory(parent) ? null : acquire(database);
  }

  static Path lockFile(Path database) {
    return database.resolveSibling(database.getFileName() + ".lock");
  }

  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      // The process is ending; the operating system drops the lock anyway.
    }
  }
}
