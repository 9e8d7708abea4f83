package vn.ketnoi.config;

import java.util.List;

/**
 * One setting: its name, its default (the value .env.example writes; empty when unset means
 * something said in {@code meaning}) and one line on what it does. {@link #ALL} is what `--help`
 * prints; a test checks that Config reads exactly these names and .env.example lists each with
 * this default.
 */
public record Setting(String name, String fallback, String meaning) {
  public static final List<Setting> ALL = List.of(
      new Setting("KETNOI_DB", "data/ketnoi.db",
          "the SQLite file holding everything (created if missing)"),
      new Setting("TELEGRAM_BOT_TOKEN", "",
          "the bot's token from @BotFather; empty: `run` starts the console chat"),
      new Setting("TELEGRAM_API_URL", Config.DEFAULT_TELEGRAM_API_URL,
          "the Bot API (Telegram's, a self-hosted one or a test stand-in)"),
      new Setting("OLLAMA_BASE_URL", "",
          "a local Ollama, e.g. http://127.0.0.1:11434; empty: rules only"),
      new Setting("OLLAMA_MODEL", "qwen2.5:7b-instruct", "the Ollama model that reads messages"),
      new Setting("OLLAMA_EMBED_MODEL", Config.DEFAULT_EMBED_MODEL,
          "the Ollama embedding model for matching offers by meaning (with BM25); needs OLLAMA_BASE_URL"),
      new Setting("OLLAMA_TIMEOUT_SECONDS", "60",
          "longest wait for one model answer (raise it on a CPU-only server)"),
      new Setting("OLLAMA_NUM_CTX", "8192", "the model's context size in tokens"),
      new Setting("EXTRACTOR", "auto",
          "auto (the model when OLLAMA_BASE_URL is set, else rules) | rules | model"),
      new Setting("KNOWLEDGE_DIR", "",
          "the knowledge folder (must exist); empty: ./knowledge, else the jar's sample copy"),
      new Setting("KNOWLEDGE_POLL", Config.DEFAULT_KNOWLEDGE_POLL,
          "how often the running bot looks for changed knowledge files (500ms, 3s, 1m) or off"),
      new Setting("STAFF_IDS", "",
          "staff Telegram user ids, comma-separated; empty: new needs notify nobody"),
      new Setting("STAFF_CHAT_ID", "",
          "a staff group's chat id (negative) for notices; empty: each staff member"),
      new Setting("DEPARTMENT_NAME", "",
          "the name in replies; empty: \"Sở Khoa học và Công nghệ\" + PROVINCE"),
      new Setting("PROVINCE", "", "the department's province, e.g. Thái Nguyên"),
      new Setting("TIME_ZONE", "Asia/Ho_Chi_Minh",
          "the department's time zone: dates are shown, filtered and exported in it, backups named by it"),
      new Setting("BACKUP_DIR", "",
          "the folder of dated backups; empty: backups/ beside KETNOI_DB"),
      new Setting("BACKUP_KEEP", "14", "how many dated backups to keep; older ones are deleted"),
      new Setting("BACKUP_EVERY", "24h",
          "how often the running bot backs up: 30m, 6h, 24h, 7d or off"),
      new Setting("BROADCAST_RATE", String.valueOf(Config.DEFAULT_BROADCAST_RATE),
          "most announcement messages sent a second (Telegram allows about 30)"),
      new Setting("REMINDER_HOUR", String.valueOf(Config.DEFAULT_REMINDER_HOUR),
          "from this hour (0-23, TIME_ZONE) of the day before an event its registrants are reminded"));
}
