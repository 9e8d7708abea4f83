package vn.ketnoi.text;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The commands read and write UTF-8 whatever the platform charset: Java 17 uses the platform's,
 * and under LANG=C Vietnamese would become '?'.
 */
public final class Utf8 {
  private Utf8() {}

  /** FILE, or stdin when it is null. */
  public static BufferedReader reader(Path file) throws IOException {
    return file == null
        ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
        : Files.newBufferedReader(file, StandardCharsets.UTF_8);
  }

  public static PrintWriter writer(PrintStream out) {
    return new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), false);
  }

  public static PrintStream printStream(FileDescriptor fd) {
    return new PrintStream(new FileOutputStream(fd), true, StandardCharsets.UTF_8);
  }
}
