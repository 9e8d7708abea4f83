package vn.ketnoi.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

/**
 * Every user-visible sentence, read from one UTF-8 bundle. Placeholders are {@code {0}}, {@code
 * {1}}...; plain replacement rather than MessageFormat, whose quoting rules would eat apostrophes.
 */
public final class Messages {
  private final Properties bundle;

  private Messages(Properties bundle) {
    this.bundle = bundle;
  }

  public static Messages load() {
    Properties properties = new Properties();
    try (InputStream in = Messages.class.getResourceAsStream("/messages.properties")) {
      if (in == null) {
        throw new IllegalStateException("messages.properties is missing from the classpath");
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // Sector names live once, in the knowledge base's sectors.csv, for staff to read and edit.
    List<Csv.Row> sectors = Csv.parse(resource("/knowledge/sectors.csv"));
    for (Csv.Row row : sectors.subList(1, sectors.size())) {
      properties.setProperty("sector." + row.cells().get(0), row.cells().get(1));
    }
    return new Messages(properties);
  }

  private static String resource(String name) {
    try (InputStream in = Messages.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String get(String key, Object... args) {
    String text = bundle.getProperty(key);
    if (text == null) {
      throw new IllegalArgumentException("no message " + key);
    }
    for (int i = 0; i < args.length; i++) {
      text = text.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return text;
  }

  public boolean has(String key) {
    return bundle.containsKey(key);
  }

  public java.util.Set<String> keys() {
    return bundle.stringPropertyNames();
  }
}
