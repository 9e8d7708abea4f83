package vn.ketnoi.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every setting of the bot, read from the environment (and an optional .env file). Each name and
 * default is documented in .env.example.
 */
public record Config(
    Path database,
    String telegramToken,
    String telegramApiUrl,
    String ollamaBaseUrl,
    String ollamaModel,
    java.time.Duration ollamaTimeout,
    int ollamaContextSize,
    ExtractorMode extractor,
    Path knowledgeDir,
    Set<Long> staffIds,
    Long staffChatId,
    String departmentName,
    String province,
    java.time.ZoneId timeZone) {

  /** Which extractor reads messages. */
  public enum ExtractorMode {
    AUTO,
    RULES,
    MODEL
  }

  public static final String DEFAULT_TELEGRAM_API_URL = "https://api.telegram.org";

  public Config {
    staffIds = Set.copyOf(staffIds);
  }

  public boolean hasTelegramToken() {
    return telegramToken != null && !telegramToken.isBlank();
  }

  /** Reads the settings; a wrong value stops start-up with a message naming the setting. */
  public static Config from(Map<String, String> env) {
    List<String> problems = new ArrayList<>();
    Config config =
        new Config(
            Path.of(env.getOrDefault("KETNOI_DB", "data/ketnoi.db")),
            blankToNull(env.get("TELEGRAM_BOT_TOKEN")),
            env.getOrDefault("TELEGRAM_API_URL", DEFAULT_TELEGRAM_API_URL),
            blankToNull(env.get("OLLAMA_BASE_URL")),
            env.getOrDefault("OLLAMA_MODEL", "qwen2.5:7b-instruct"),
            java.time.Duration.ofSeconds(
                positive(env.getOrDefault("OLLAMA_TIMEOUT_SECONDS", "60"), "OLLAMA_TIMEOUT_SECONDS", problems)),
            positive(env.getOrDefault("OLLAMA_NUM_CTX", "8192"), "OLLAMA_NUM_CTX", problems),
            mode(env.getOrDefault("EXTRACTOR", "auto"), problems),
            Path.of(env.getOrDefault("KNOWLEDGE_DIR", "knowledge")),
            ids(env.getOrDefault("STAFF_IDS", ""), "STAFF_IDS", problems),
            chatId(env.get("STAFF_CHAT_ID"), problems),
            departmentName(env),
            env.getOrDefault("PROVINCE", "").strip(),
            zone(env.getOrDefault("TIME_ZONE", "Asia/Ho_Chi_Minh"), problems));
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
    return config;
  }

  /** DEPARTMENT_NAME, else "Sở Khoa học và Công nghệ" followed by PROVINCE when that is set. */
  private static String departmentName(Map<String, String> env) {
    String name = blankToNull(env.get("DEPARTMENT_NAME"));
    if (name != null) {
      return name;
    }
    String province = blankToNull(env.get("PROVINCE"));
    return province == null ? "Sở Khoa học và Công nghệ" : "Sở Khoa học và Công nghệ " + province;
  }

  /** TIME_ZONE: the department's zone; dates are stored in UTC and shown and filtered in this one. */
  private static java.time.ZoneId zone(String value, List<String> problems) {
    try {
      return java.time.ZoneId.of(value.strip());
    } catch (java.time.DateTimeException e) {
      problems.add("TIME_ZONE must be a time zone such as Asia/Ho_Chi_Minh, not '" + value + "'");
      return java.time.ZoneOffset.UTC;
    }
  }

  private static ExtractorMode mode(String value, List<String> problems) {
    try {
      return ExtractorMode.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problems.add("EXTRACTOR must be auto, rules or model, not '" + value + "'");
      return ExtractorMode.AUTO;
    }
  }

  private static int positive(String value, String name, List<String> problems) {
    try {
      int n = Integer.parseInt(value.strip());
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(name + " must be a positive whole number, not '" + value + "'");
    return 1;
  }

  private static Set<Long> ids(String value, String name, List<String> problems) {
    Set<Long> ids = new LinkedHashSet<>();
    for (String part : value.split("[,;\\s]+")) {
      if (part.isBlank()) {
        continue;
      }
      try {
        ids.add(Long.parseLong(part));
      } catch (NumberFormatException e) {
        problems.add(name + " must list numeric Telegram ids, not '" + part + "'");
      }
    }
    return ids;
  }

  private static Long chatId(String value, List<String> problems) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      problems.add("STAFF_CHAT_ID must be a numeric chat id, not '" + value + "'");
      return null;
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
