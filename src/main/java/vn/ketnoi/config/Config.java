package vn.ketnoi.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every setting of the bot, read from the environment (and an optional .env file). Each name, its
 * default and what it does is listed in {@link Setting#ALL}, which `--help` prints and .env.example
 * repeats (a test keeps the three in step). {@code knowledgeDir} is null when KNOWLEDGE_DIR is not
 * set: then ./knowledge when it exists, else the sample copy in the jar.
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
    java.time.ZoneId timeZone,
    Path backupDir,
    int backupKeep,
    java.time.Duration backupEvery,
    int broadcastRate,
    int reminderHour,
    String ollamaEmbedModel,
    java.time.Duration knowledgePoll) {

  /** Which extractor reads messages. */
  public enum ExtractorMode {
    AUTO,
    RULES,
    MODEL
  }

  public static final String DEFAULT_TELEGRAM_API_URL = "https://api.telegram.org";

  /** Announcements go out at most this many messages a second unless BROADCAST_RATE says otherwise. */
  public static final int DEFAULT_BROADCAST_RATE = 25;

  /** Registrants are reminded of an event from this hour (TIME_ZONE) of the day before. */
  public static final int DEFAULT_REMINDER_HOUR = 8;

  /** Offers are embedded by this Ollama model unless OLLAMA_EMBED_MODEL says otherwise. */
  public static final String DEFAULT_EMBED_MODEL = "bge-m3";

  /** The running bot looks at KNOWLEDGE_DIR's files this often unless KNOWLEDGE_POLL says otherwise. */
  public static final String DEFAULT_KNOWLEDGE_POLL = "3s";

  public Config {
    staffIds = Set.copyOf(staffIds);
  }

  /** The settings before OLLAMA_EMBED_MODEL and KNOWLEDGE_POLL, with their defaults (tests build these). */
  public Config(Path database, String telegramToken, String telegramApiUrl, String ollamaBaseUrl,
      String ollamaModel, java.time.Duration ollamaTimeout, int ollamaContextSize, ExtractorMode extractor,
      Path knowledgeDir, Set<Long> staffIds, Long staffChatId, String departmentName, String province,
      java.time.ZoneId timeZone, Path backupDir, int backupKeep, java.time.Duration backupEvery,
      int broadcastRate, int reminderHour) {
    this(database, telegramToken, telegramApiUrl, ollamaBaseUrl, ollamaModel, ollamaTimeout,
        ollamaContextSize, extractor, knowledgeDir, staffIds, staffChatId, departmentName, province,
        timeZone, backupDir, backupKeep, backupEvery, broadcastRate, reminderHour, DEFAULT_EMBED_MODEL,
        java.time.Duration.ofSeconds(3));
  }

  /** BACKUP_EVERY=off: no backup inside the bot (backups taken by `backup` from cron, say). */
  public boolean backupsScheduled() {
    return !backupEvery.isZero();
  }

  public boolean hasTelegramToken() {
    return telegramToken != null && !telegramToken.isBlank();
  }

  /** Reads the settings; a wrong value stops start-up with a message naming the setting. */
  public static Config from(Map<String, String> env) {
    List<String> problems = new ArrayList<>();
    Path database = Path.of(env.getOrDefault("KETNOI_DB", "data/ketnoi.db"));
    Config config =
        new Config(
            database,
            blankToNull(env.get("TELEGRAM_BOT_TOKEN")),
            env.getOrDefault("TELEGRAM_API_URL", DEFAULT_TELEGRAM_API_URL),
            blankToNull(env.get("OLLAMA_BASE_URL")),
            env.getOrDefault("OLLAMA_MODEL", "qwen2.5:7b-instruct"),
            java.time.Duration.ofSeconds(
                positive(env.getOrDefault("OLLAMA_TIMEOUT_SECONDS", "60"), "OLLAMA_TIMEOUT_SECONDS", problems)),
            positive(env.getOrDefault("OLLAMA_NUM_CTX", "8192"), "OLLAMA_NUM_CTX", problems),
            mode(env.getOrDefault("EXTRACTOR", "auto"), problems),
            pathOrNull(env.get("KNOWLEDGE_DIR")),
            ids(env.getOrDefault("STAFF_IDS", ""), "STAFF_IDS", problems),
            chatId(env.get("STAFF_CHAT_ID"), problems),
            departmentName(env),
            env.getOrDefault("PROVINCE", "").strip(),
            zone(env.getOrDefault("TIME_ZONE", "Asia/Ho_Chi_Minh"), problems),
            backupDir(env.get("BACKUP_DIR"), database),
            positive(env.getOrDefault("BACKUP_KEEP", "14"), "BACKUP_KEEP", problems),
            every(env.getOrDefault("BACKUP_EVERY", "24h"), "BACKUP_EVERY", problems),
            positive(env.getOrDefault("BROADCAST_RATE", String.valueOf(DEFAULT_BROADCAST_RATE)),
                "BROADCAST_RATE", problems),
            hour(env.getOrDefault("REMINDER_HOUR", String.valueOf(DEFAULT_REMINDER_HOUR)),
                "REMINDER_HOUR", problems),
            java.util.Objects.requireNonNullElse(
                blankToNull(env.getOrDefault("OLLAMA_EMBED_MODEL", DEFAULT_EMBED_MODEL)), DEFAULT_EMBED_MODEL),
            poll(env.getOrDefault("KNOWLEDGE_POLL", DEFAULT_KNOWLEDGE_POLL), problems));
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

  /** BACKUP_DIR, else a backups folder beside the database (data/ketnoi.db: data/backups). */
  private static Path backupDir(String value, Path database) {
    Path named = pathOrNull(value);
    if (named != null) {
      return named;
    }
    Path parent = database.getParent();
    return parent == null ? Path.of("backups") : parent.resolve("backups");
  }

  /** "off", or a whole number of minutes, hours or days: 30m, 6h, 24h, 7d. */
  private static java.time.Duration every(String value, String name, List<String> problems) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    if (v.equals("off")) {
      return java.time.Duration.ZERO;
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,6})([mhd])").matcher(v);
    if (m.matches() && Long.parseLong(m.group(1)) > 0) {
      long n = Long.parseLong(m.group(1));
      return switch (m.group(2)) {
        case "m" -> java.time.Duration.ofMinutes(n);
        case "h" -> java.time.Duration.ofHours(n);
        default -> java.time.Duration.ofDays(n);
      };
    }
    problems.add(name + " must be off or a number with m, h or d (30m, 6h, 24h, 7d), not '" + value + "'");
    return java.time.Duration.ZERO;
  }

  /** KNOWLEDGE_POLL: "off", or a whole number of milliseconds, seconds or minutes (500ms, 3s, 1m). */
  private static java.time.Duration poll(String value, List<String> problems) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,6})(ms|s|m)").matcher(v);
    if (v.equals("off")) {
      return java.time.Duration.ZERO;
    } else if (m.matches() && Long.parseLong(m.group(1)) > 0) {
      long n = Long.parseLong(m.group(1));
      return m.group(2).equals("ms") ? java.time.Duration.ofMillis(n)
          : m.group(2).equals("s") ? java.time.Duration.ofSeconds(n) : java.time.Duration.ofMinutes(n);
    }
    problems.add("KNOWLEDGE_POLL must be off or a number with ms, s or m (500ms, 3s, 1m), not '" + value + "'");
    return java.time.Duration.ZERO;
  }

  private static ExtractorMode mode(String value, List<String> problems) {
    try {
      return ExtractorMode.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problems.add("EXTRACTOR must be auto, rules or model, not '" + value + "'");
      return ExtractorMode.AUTO;
    }
  }

  /** An hour of the day, 0 to 23. */
  private static int hour(String value, String name, List<String> problems) {
    try {
      int n = Integer.parseInt(value.strip());
      if (n >= 0 && n <= 23) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(name + " must be an hour from 0 to 23, not '" + value + "'");
    return DEFAULT_REMINDER_HOUR;
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

  private static Path pathOrNull(String value) {
    String v = blankToNull(value);
    return v == null ? null : Path.of(v);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
