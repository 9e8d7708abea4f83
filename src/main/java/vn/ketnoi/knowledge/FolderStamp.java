package vn.ketnoi.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What the knowledge folder's files look like now: each file's size, modification time and file
 * key (an inode where there is one, so an editor's save-by-rename shows even within one clock
 * tick). Compared between polls instead of a WatchService, which misses changes on some mounts
 * and atomic renames.
 */
record FolderStamp(Map<String, String> files) {
  FolderStamp {
    files = Map.copyOf(files);
  }

  static FolderStamp of(Path folder) {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> list = Files.list(folder)) {
      list.filter(f -> !scratch(f.getFileName().toString()))
          .forEach(f -> stamp(f).ifPresent(s -> files.put(f.getFileName().toString(), s)));
    } catch (IOException e) {
      // A folder that cannot be read now reads as empty: a change, and the reload says why.
      return new FolderStamp(Map.of());
    }
    return new FolderStamp(files);
  }

  /** An editor's swap or backup file changes while staff type: not a change to the knowledge. */
  private static boolean scratch(String name) {
    return name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".tmp");
  }

  private static java.util.Optional<String> stamp(Path file) {
    try {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
      if (!a.isRegularFile()) {
        return java.util.Optional.empty();
      }
      return java.util.Optional.of(a.size() + ":" + a.lastModifiedTime().toInstant() + ":" + a.fileKey());
    } catch (IOException e) {
      return java.util.Optional.empty(); // gone between the listing and the read
    }
  }
}
