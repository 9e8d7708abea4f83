package vn.ketnoi.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
    return new Messages(properties);
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
