package vn.ketnoi.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.util.Version;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ketnoi.storage.Folders;

/**
 * Where the bot keeps its offer index between runs, beside its database, so that a restart opens
 * the index of an unchanged catalogue instead of building it again (at 100,000 offers a build
 * takes seconds on two cores; opening takes milliseconds). An index is filed under a key made of
 * everything it was made from: the offers' indexed text in order, the synonym table, and the code
 * that cuts words, so an edited catalogue, table or upgraded bot never opens a stale one. An
 * index is built in a folder of its own and only renamed to its key once whole, so a process
 * killed while building leaves nothing that can be opened. Without a folder ({@link #NONE}) every
 * index lives in memory: the one-shot commands and the tests.
 */
public final class IndexShelf {
  private static final Logger LOG = LoggerFactory.getLogger(IndexShelf.class);

  public static final IndexShelf NONE = new IndexShelf(null, UnaryOperator.identity());

  /** Written last into a finished index: a folder without it was left by a build cut short. */
  private static final String COMPLETE = "complete";
  private static final String BUILDING = "building-";
  /** A build folder this old was left by a process that died; a younger one may be another's. */
  private static final Duration ABANDONED = Duration.ofHours(1);
  /** The classes whose code decides what an offer's index holds. */
  private static final List<Class<?>> CUTTERS = List.of(OfferIndex.class, OfferText.class,
      WordsAndPairs.class, Profile.class, Synonyms.class);

  private final Path folder;
  /** How a block being built is written: to disk; tests put a failing disk in between. */
  private final UnaryOperator<Directory> writing;

  private IndexShelf(Path folder, UnaryOperator<Directory> writing) {
    this.folder = folder;
    this.writing = writing;
  }

  /** The shelf of the database at {@code database}: a folder beside it. */
  public static IndexShelf beside(Path database) {
    Path file = database.toAbsolutePath();
    return new IndexShelf(file.resolveSibling(file.getFileName() + ".offer-index"), UnaryOperator.identity());
  }

  static IndexShelf in(Path folder) {
    return new IndexShelf(folder, UnaryOperator.identity());
  }

  /** A shelf whose builds write through {@code writing} (a test's failing disk). */
  static IndexShelf in(Path folder, UnaryOperator<Directory> writing) {
    return new IndexShelf(folder, writing);
  }

  boolean keeps() {
    return folder != null;
  }

  /** What an index of these offers with this table is filed under. */
  static String key(List<Offer> offers, Synonyms synonyms) {
    Feed feed = new Feed();
    feed.add(Version.LATEST.toString());
    for (Class<?> cutter : CUTTERS) {
      try (InputStream code = cutter.getResourceAsStream(cutter.getSimpleName() + ".class")) {
        feed.add(code.readAllBytes());
      } catch (IOException | NullPointerException e) {
        throw new IllegalStateException("cannot read the code of " + cutter, e);
      }
    }
    feed.add(synonyms.source());
    for (Offer offer : offers) {
      feed.add(offer.title());
      feed.add(String.join("\u0001", offer.keywords()));
      feed.add(offer.summary());
    }
    return HexFormat.of().formatHex(feed.digest()).substring(0, 32);
  }

  /**
   * A SHA-256 fed with each part's length, then the part (a text as its UTF-16 code units),
   * through one buffer: encoding the text of 100,000 offers to UTF-8 first made a third of a
   * gigabyte of garbage at every start.
   */
  private static final class Feed {
    private final MessageDigest digest = sha256();
    private final ByteBuffer buffer = ByteBuffer.allocate(1 << 16);

    void add(String text) {
      String t = text == null ? "" : text;
      room(Integer.BYTES);
      buffer.putInt(t.length());
      for (int i = 0; i < t.length(); i++) {
        room(Character.BYTES);
        buffer.putChar(t.charAt(i));
      }
    }

    void add(byte[] bytes) {
      room(Integer.BYTES);
      buffer.putInt(bytes.length);
      digest.update(buffer.flip());
      buffer.clear();
      digest.update(bytes);
    }

    byte[] digest() {
      digest.update(buffer.flip());
      return digest.digest();
    }

    private void room(int bytes) {
      if (buffer.remaining() < bytes) {
        digest.update(buffer.flip());
        buffer.clear();
      }
    }
  }

  /** The finished index filed under {@code key}, one directory per block; empty when there is none. */
  List<Directory> stored(String key) throws IOException {
    Path place = folder.resolve(key);
    if (!Files.isRegularFile(place.resolve(COMPLETE))) {
      return List.of();
    }
    return blocks(place);
  }

  /** A new empty folder to build an index in; null when none can be made (read-only, full). */
  Path workbench() {
    try {
      Files.createDirectories(folder);
      return Files.createDirectory(folder.resolve(BUILDING + UUID.randomUUID()));
    } catch (IOException | UncheckedIOException e) {
      LOG.warn("the offer index cannot be kept in {}, it is built in memory: {}", folder, e.toString());
      return null;
    }
  }

  /** Where block {@code b} of a build is written. */
  Directory block(Path workbench, int b) throws IOException {
    return writing.apply(new MMapDirectory(workbench.resolve("block-" + b)));
  }

  /**
   * Files a finished build under its key and returns its blocks there. If another process filed
   * the same key first, its copy is used and this one thrown away. Older indexes are removed.
   */
  List<Directory> file(Path workbench, String key) throws IOException {
    Files.writeString(workbench.resolve(COMPLETE), key, StandardCharsets.UTF_8);
    Path place = folder.resolve(key);
    if (Files.exists(place) && !Files.isRegularFile(place.resolve(COMPLETE))) {
      remove(place); // never filed whole (only a finished build is renamed here): not an index
    }
    try {
      Files.move(workbench, place, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileSystemException e) {
      if (!Files.isRegularFile(place.resolve(COMPLETE))) {
        throw e;
      }
      remove(workbench); // another process filed the same index first
    }
    clearAllBut(key);
    return blocks(place);
  }

  /** Removes what is filed under {@code key}: it could not be opened. */
  void discard(String key) {
    remove(folder.resolve(key));
  }

  /** Removes a build that failed. */
  void abandon(Path workbench) {
    remove(workbench);
  }

  private static List<Directory> blocks(Path place) throws IOException {
    List<Path> paths;
    try (Stream<Path> list = Files.list(place)) {
      paths = list.filter(p -> p.getFileName().toString().startsWith("block-")).sorted((a, b) -> Integer.compare(
          number(a), number(b))).toList();
    }
    List<Directory> directories = new ArrayList<>();
    for (int b = 0; b < paths.size(); b++) {
      if (number(paths.get(b)) != b) {
        throw new IOException("block " + b + " of the stored offer index is missing");
      }
      directories.add(new MMapDirectory(paths.get(b)));
    }
    if (directories.isEmpty()) {
      throw new IOException("the stored offer index has no blocks");
    }
    return directories;
  }

  private static int number(Path block) {
    try {
      return Integer.parseInt(block.getFileName().toString().substring("block-".length()));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /**
   * Every other index and every build abandoned long ago. An index another process still reads
   * stays readable where open files outlive their names (Linux, macOS); where they do not, the
   * removal fails, and the next filing tries again.
   */
  private void clearAllBut(String key) {
    Instant abandoned = Instant.now().minus(ABANDONED);
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        boolean building = name.startsWith(BUILDING);
        if (name.equals(key) || building && Files.getLastModifiedTime(entry).toInstant().isAfter(abandoned)) {
          continue;
        }
        remove(entry);
      }
    } catch (IOException e) {
      LOG.warn("old offer indexes in {} could not be listed: {}", folder, e.toString());
    }
  }

  private static void remove(Path place) {
    try {
      Folders.delete(place);
    } catch (IOException | UncheckedIOException e) {
      LOG.warn("{} could not be removed: {}", place, e.toString());
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
