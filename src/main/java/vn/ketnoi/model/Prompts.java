package vn.ketnoi.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The prompt templates from prompts/ (carried in the jar), read as UTF-8, {{name}} filled in. */
public record Prompts(String system, String user, String repair, String answer) {
  public static Prompts load() {
    return new Prompts(read("extract-system.md"), read("extract-user.md"), read("repair.md"),
        read("answer-system.md"));
  }

  static String fill(String template, Map<String, String> values) {
    String text = template;
    for (Map.Entry<String, String> e : values.entrySet()) {
      text = text.replace("{{" + e.getKey() + "}}", e.getValue());
    }
    return text;
  }

  private static String read(String name) {
    try (InputStream in = Prompts.class.getResourceAsStream("/prompts/" + name)) {
      if (in == null) {
        throw new IllegalStateException("prompt file prompts/" + name + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
