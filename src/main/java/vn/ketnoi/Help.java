package vn.ketnoi;

import java.util.List;
import vn.ketnoi.config.Setting;

/**
 * `ketnoi --help`: every command with one line on what it does, and every setting with its
 * default (from {@link Setting#ALL}, the list .env.example follows). For the IT officer who runs
 * the bot, like the log lines and .env.example; what businesses and staff read is Vietnamese.
 */
final class Help {
  /** A command as typed, and what it does. */
  record Command(String usage, String what) {
    String name() {
      return usage.split(" ")[0];
    }
  }

  static final List<Command> COMMANDS = List.of(
      new Command("run", "the bot: Telegram when TELEGRAM_BOT_TOKEN is set, else the console chat"),
      new Command("console", "the console chat (try the conversation in a terminal)"),
      new Command("extract [FILE]", "JSONL {\"id\",\"text\"} in (FILE or stdin), need cards out"),
      new Command("eval FILE", "extraction scores against a labelled JSONL (per field, intent, micro-F1)"),
      new Command("match [FILE]", "need cards (JSONL) in, matching offers and programmes out"),
      new Command("match-eval FILE [--from-text] [--misses]",
          "nDCG@3, recall@3, MRR and honest \"no match\" of matching against a labelled JSONL"),
      new Command("question-eval FILE [--misses]",
          "questions answered by a right entry in the top 2, and honest refusals, against a labelled JSONL"),
      new Command("import offers FILE.csv", "merge a spreadsheet (, or ; separated) into offers.csv by id"),
      new Command("export needs [--format jsonl|csv] [--out FILE]", "the stored needs, to stdout or FILE"),
      new Command("backup [FOLDER]", "a dated copy of the database (safe while the bot runs) into"
          + " FOLDER or BACKUP_DIR"),
      new Command("restore FILE", "checks FILE, keeps the current database, puts FILE in its place"
          + " (bot stopped)"),
      new Command("bench FILE", "per-message time of the rules path and start-up time"),
      new Command("bench-match NEEDS.jsonl", "index build, reopening and match latency at 1,000 to 100,000 offers, import rate"),
      new Command("help", "this text (also --help, -h)"));

  private static final int USAGE_WIDTH = 22;

  private Help() {}

  static boolean isCommand(String name) {
    return COMMANDS.stream().anyMatch(c -> c.name().equals(name)) || isHelp(name);
  }

  static boolean isHelp(String name) {
    return name.equals("help") || name.equals("--help") || name.equals("-h");
  }

  static String text() {
    StringBuilder out = new StringBuilder("usage: java -jar ketnoi.jar COMMAND [ARGS]\n\ncommands:\n");
    for (Command c : COMMANDS) {
      // A long usage gets a line of its own, so the descriptions stay in one narrow column.
      String usage = c.usage().length() > USAGE_WIDTH ? c.usage() + "\n" + " ".repeat(USAGE_WIDTH + 2) : c.usage();
      out.append(String.format("  %-" + USAGE_WIDTH + "s  %s%n", usage, c.what()));
    }
    out.append("\nsettings, NAME=default (the environment, or the same lines in ./.env; see .env.example):\n");
    int nameWidth = Setting.ALL.stream().mapToInt(s -> s.name().length() + s.fallback().length() + 1)
        .max().orElse(0);
    for (Setting s : Setting.ALL) {
      out.append(String.format("  %-" + nameWidth + "s  %s%n", s.name() + "=" + s.fallback(), s.meaning()));
    }
    out.append("\nDeployment, backups and upgrades: docs/deploy.md\n");
    return out.toString();
  }
}
