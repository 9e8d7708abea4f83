package vn.ketnoi;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ketnoi.bench.Benchmark;
import vn.ketnoi.bench.MatchBenchmark;
import vn.ketnoi.extraction.Json;
import vn.ketnoi.extraction.NeedCard;
import vn.ketnoi.config.Config;
import vn.ketnoi.config.EnvFile;
import vn.ketnoi.console.ConsoleChat;
import vn.ketnoi.conversation.ChatStateStore;
import vn.ketnoi.conversation.ConsentStore;
import vn.ketnoi.conversation.Conversation;
import vn.ketnoi.extraction.Evaluation;
import vn.ketnoi.extraction.ExtractCommand;
import vn.ketnoi.extraction.Extractor;
import vn.ketnoi.extraction.Provinces;
import vn.ketnoi.extraction.RuleExtractor;
import vn.ketnoi.conversation.Questions;
import vn.ketnoi.knowledge.Answers;
import vn.ketnoi.knowledge.KnowledgeBase;
import vn.ketnoi.knowledge.KnowledgeException;
import vn.ketnoi.knowledge.QuestionAnswerer;
import vn.ketnoi.knowledge.MatchCommand;
import vn.ketnoi.knowledge.MatchEvaluation;
import vn.ketnoi.knowledge.Matcher;
import vn.ketnoi.knowledge.OfferImport;
import vn.ketnoi.model.ModelExtractor;
import vn.ketnoi.model.Ollama;
import vn.ketnoi.need.Need;
import vn.ketnoi.need.NeedExport;
import vn.ketnoi.need.NeedSearch;
import vn.ketnoi.need.NeedStatus;
import vn.ketnoi.need.NeedStore;
import vn.ketnoi.staff.AuditLog;
import vn.ketnoi.staff.QuestionStore;
import vn.ketnoi.staff.StaffDesk;
import vn.ketnoi.staff.StaffSessions;
import vn.ketnoi.router.Router;
import vn.ketnoi.storage.Backups;
import vn.ketnoi.storage.Database;
import vn.ketnoi.storage.InstanceLock;
import vn.ketnoi.telegram.TelegramChannel;
import vn.ketnoi.text.Messages;

/** Builds everything by hand and runs one command. The only class that sees every package. */
public final class Main {
  private static final Logger LOG = LoggerFactory.getLogger(Main.class);

  private Main() {}

  /** Everything wired for one database. */
  public record App(
      Config config,
      Database database,
      Messages messages,
      Provinces provinces,
      Extractor extractor,
      NeedStore needs,
      Router router)
      implements AutoCloseable {
    @Override
    public void close() {
      database.close();
    }
  }

  public static App wire(Config config, Clock clock) {
    return wire(config, clock, extractor -> extractor);
  }

  /** The same, with the extractor wrapped: tests slow it down or count its calls. */
  public static App wire(Config config, Clock clock, java.util.function.UnaryOperator<Extractor> around) {
    Messages messages = Messages.load();
    Provinces provinces = new Provinces();
    KnowledgeBase.Loaded loaded = KnowledgeBase.open(config.knowledgeDir());
    KnowledgeBase knowledge = loaded.knowledge();
    for (StartupChecks.Finding finding : StartupChecks.of(config, loaded)) {
      if (finding.level() == StartupChecks.Level.WARN) {
        LOG.warn(finding.text());
      } else {
        LOG.info(finding.text());
      }
    }
    Ollama.Model model = model(config);
    Extractor extractor = around.apply(extractor(model, provinces));
    Matcher matcher = new Matcher(knowledge, messages);
    QuestionAnswerer rulesAnswer = QuestionAnswerer.rules(messages);
    Questions questions = new Questions(new Answers(knowledge),
        model == null ? rulesAnswer : Ollama.answerer(model, rulesAnswer), messages);
    Database database = Database.open(config.database());
    NeedStore needs = new NeedStore(database, clock, config.timeZone());
    StaffDesk desk = new StaffDesk(new StaffDesk.Staff(config.staffIds(), config.staffChatId()),
        needs, new NeedSearch(database, config.timeZone()), new AuditLog(database, clock),
        new QuestionStore(database, clock), messages, matcher, provinces, config.timeZone());
    Conversation conversation =
        new Conversation(
            database::inTransaction,
            new ChatStateStore(database, clock),
            new ConsentStore(database, clock),
            needs,
            new vn.ketnoi.need.Erasure(database, clock, messages.get("erase.redacted")),
            new Conversation.Parts(extractor, provinces, messages, config.departmentName(),
                matcher, questions, staffNotices(desk)));
    Router router = new Router(database::inTransaction, desk, new StaffSessions(database, clock),
        conversation);
    return new App(config, database, messages, provinces, extractor, needs, router);
  }

  /** The conversation tells staff of new needs and questions through this, not the desk itself. */
  private static Conversation.StaffNotices staffNotices(StaffDesk desk) {
    return new Conversation.StaffNotices() {
      @Override
      public List<vn.ketnoi.chat.Reply> newNeed(Need need, String matchesLine) {
        return desk.newNeed(need, matchesLine);
      }

      @Override
      public List<vn.ketnoi.chat.Reply> newQuestion(long userId, long chatId, String text, String asker) {
        return desk.newQuestion(userId, chatId, text, asker);
      }
    };
  }

  /**
   * The model connection, or null for the rules alone. rules: the rules alone. model: the model
   * checked by the rules (needs OLLAMA_BASE_URL). auto: the model when OLLAMA_BASE_URL is set (the
   * circuit breaker falls back to the rules while it is down), the rules otherwise.
   */
  static Ollama.Model model(Config config) {
    boolean wantModel = config.extractor() == Config.ExtractorMode.MODEL
        || (config.extractor() == Config.ExtractorMode.AUTO && config.ollamaBaseUrl() != null);
    if (!wantModel) {
      LOG.info("extractor: rules{}", config.ollamaBaseUrl() == null ? " (no OLLAMA_BASE_URL)" : "");
      return null;
    }
    if (config.ollamaBaseUrl() == null) {
      throw new IllegalArgumentException("EXTRACTOR=model needs OLLAMA_BASE_URL");
    }
    Ollama.Settings settings = new Ollama.Settings(config.ollamaBaseUrl(), config.ollamaModel(),
        config.ollamaTimeout(), config.ollamaContextSize());
    LOG.info("extractor: model with rules; {}", Ollama.describe(settings, Ollama.check(settings)));
    return Ollama.connect(settings, Clock.systemUTC());
  }

  static Extractor extractor(Ollama.Model model, Provinces provinces) {
    RuleExtractor rules = new RuleExtractor(provinces);
    return model == null ? rules : Ollama.extractor(model, rules, provinces);
  }

  public static void main(String[] args) {
    PrintStream out = utf8(FileDescriptor.out);
    PrintStream err = utf8(FileDescriptor.err);
    System.setOut(out);
    System.setErr(err);
    int status;
    try {
      status = run(args, out, err);
    } catch (IllegalArgumentException | IllegalStateException | KnowledgeException e) {
      err.println("ketnoi: " + oneLine(e));
      status = 2;
    } catch (Exception e) {
      // One line for the operator; the stack trace only for a developer who turns DEBUG on.
      LOG.debug("ketnoi failed", e);
      err.println("ketnoi: " + oneLine(e));
      status = 1;
    }
    out.flush();
    System.exit(status);
  }

  /** An error in one line: its message (or its kind), and why a file could not be read. */
  static String oneLine(Exception e) {
    String message = e instanceof IOException io && reason(io) != null
        ? reason(io) + ": " + e.getMessage()
        : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (e.getCause() instanceof IOException cause && !(e instanceof IOException)) {
      String why = reason(cause) != null ? reason(cause) : cause.getMessage();
      if (why != null && !message.contains(why)) {
        message += ": " + why;
      }
    }
    return message.lines().findFirst().orElse(message);
  }

  private static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    return e instanceof AccessDeniedException ? "permission denied" : null;
  }

  static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
    return run(args, () -> EnvFile.merged(Path.of(".env"), System.getenv()), out, err);
  }

  /** The same with the settings given (tests); read only once the command is known. */
  static int run(String[] args, Supplier<Map<String, String>> settings,
      PrintStream out, PrintStream err) throws Exception {
    if (args.length == 0) {
      err.print(Help.text());
      return 2;
    }
    String command = args[0];
    if (Help.isHelp(command)) {
      out.print(Help.text());
      return 0;
    }
    if (!Help.isCommand(command)) {
      throw new IllegalArgumentException("unknown command '" + command + "'; see ketnoi --help");
    }
    Config config = Config.from(settings.get());
    List<String> rest = Arrays.asList(args).subList(1, args.length);
    switch (command) {
      case "extract" -> {
        Extractor extractor = extractor(model(config), new Provinces());
        try (BufferedReader in = reader(rest.isEmpty() ? null : Path.of(rest.get(0)))) {
          return new ExtractCommand(extractor).run(in, writer(out), err);
        }
      }
      case "eval" -> {
        requireArgument(rest, "eval FILE");
        Extractor extractor = extractor(model(config), new Provinces());
        Evaluation.print(Evaluation.run(Path.of(rest.get(0)), extractor), out);
        if (extractor instanceof ModelExtractor model) {
          model.stats().print(out);
        }
        return 0;
      }
      case "match" -> {
        try (Matcher matcher = new Matcher(KnowledgeBase.open(config.knowledgeDir()).knowledge(), Messages.load());
            BufferedReader in = reader(rest.isEmpty() ? null : Path.of(rest.get(0)))) {
          return new MatchCommand(matcher).run(in, writer(out), err);
        }
      }
      case "match-eval" -> {
        requireArgument(rest, "match-eval FILE");
        try (Matcher matcher = new Matcher(KnowledgeBase.open(config.knowledgeDir()).knowledge(), Messages.load())) {
          MatchEvaluation.Report report = MatchEvaluation.run(Path.of(rest.get(0)), matcher);
          MatchEvaluation.print(report, out);
          if (rest.contains("--misses")) {
            report.misses().forEach(out::println);
          }
        }
        return 0;
      }
      case "question-eval" -> {
        return vn.ketnoi.knowledge.QuestionEvaluation.command(rest, config.knowledgeDir(), out);
      }
      case "import" -> {
        if (rest.size() != 2 || !rest.get(0).equals("offers")) {
          throw new IllegalArgumentException("usage: ketnoi import offers FILE.csv");
        }
        return importOffers(config, Path.of(rest.get(1)), out);
      }
      case "backup" -> {
        return BackupCommands.backup(config, rest, out);
      }
      case "restore" -> {
        requireArgument(rest, "restore FILE");
        return BackupCommands.restore(config, Path.of(rest.get(0)), out, err);
      }
      case "bench-match" -> {
        requireArgument(rest, "bench-match NEEDS.jsonl");
        List<NeedCard> needs = new java.util.ArrayList<>();
        for (String line : Files.readAllLines(Path.of(rest.get(0)), StandardCharsets.UTF_8)) {
          if (!line.isBlank()) {
            com.fasterxml.jackson.databind.JsonNode row = Json.MAPPER.readTree(line);
            needs.add(Json.MAPPER.treeToValue(row.has("need") ? row.get("need") : row, NeedCard.class));
          }
        }
        MatchBenchmark.run(KnowledgeBase.open(config.knowledgeDir()).knowledge(), needs, out);
        return 0;
      }
      case "bench" -> {
        requireArgument(rest, "bench FILE");
        return bench(config, Path.of(rest.get(0)), out);
      }
      case "run", "console" -> {
        KnowledgeBase.requireFolder(config.knowledgeDir()); // a wrong setting starts nothing
        // Held until the bot stops: a second bot on the same file would answer everyone twice.
        try (InstanceLock lock = InstanceLock.acquire(config.database())) {
          return withApp(config, command, rest, out);
        }
      }
      default -> {
        return withApp(config, command, rest, out);
      }
    }
  }

  private static int withApp(Config config, String command, List<String> rest, PrintStream out)
      throws IOException {
    try (App app = wire(config, Clock.systemUTC())) {
      switch (command) {
        case "run", "console" -> {
          try (BackupTimer backups = backupTimer(app)) {
            if (command.equals("run") && config.hasTelegramToken()) {
              return runTelegram(app);
            }
            LOG.info("{}console chat on database {}",
                command.equals("run") ? "no TELEGRAM_BOT_TOKEN: " : "", config.database());
            new ConsoleChat(app.router(), app.messages(), reader(null), out).run();
            return 0;
          }
        }
        case "export" -> {
          return export(app, rest, out);
        }
        default -> throw new IllegalStateException("command '" + command + "' is listed but not wired");
      }
    }
  }

  /** Polls Telegram until SIGTERM (or Ctrl-C); the shutdown hook stops everything in order. */
  private static int runTelegram(App app) {
    Config config = app.config();
    TelegramChannel channel =
        new TelegramChannel(
            new TelegramChannel.Settings(config.telegramToken(), config.telegramApiUrl(), 16,
                config.staffIds(), config.staffChatId()),
            app.database(), app.router(), app.messages(), Clock.systemUTC(),
            d -> Thread.sleep(d.toMillis()));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      channel.close();
      app.close();
      stopped.countDown();
    }, "ketnoi-shutdown"));
    channel.start();
    LOG.info("Telegram channel started on database {}", config.database());
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }

  /** The scheduled backup of the running bot, through the bot's own connection. */
  private static BackupTimer backupTimer(App app) {
    Config config = app.config();
    return new BackupTimer(new Backups(config.backupDir(), config.backupKeep(), Clock.system(config.timeZone())),
        app.database()::backupTo, config.backupEvery(), Clock.system(config.timeZone())).start();
  }

  /** `import offers FILE.csv`: staff run it, so it answers in Vietnamese. */
  private static int importOffers(Config config, Path sheet, PrintStream out) {
    Messages messages = Messages.load();
    KnowledgeBase.Loaded current = KnowledgeBase.open(config.knowledgeDir());
    if (current.bundled()) {
      throw new IllegalArgumentException(messages.get("import.no_folder"));
    }
    OfferImport.Report report = OfferImport.run(current.folder().resolve("offers.csv"), sheet);
    OfferImport.print(report, messages, out);
    KnowledgeBase merged = KnowledgeBase.load(current.folder()); // must still load
    openNeedsMatching(config, merged, report, messages, out);
    return 0;
  }

  /** After an import: the open needs that the added or updated offers now match, for staff. */
  private static void openNeedsMatching(Config config, KnowledgeBase knowledge,
      OfferImport.Report report, Messages messages, PrintStream out) {
    java.util.Set<String> changed = new java.util.HashSet<>(report.added());
    changed.addAll(report.updated());
    if (changed.isEmpty() || !Files.exists(config.database())) {
      return;
    }
    try (Database db = Database.open(config.database());
        Matcher matcher = new Matcher(knowledge, messages)) {
      NeedSearch search = new NeedSearch(db, config.timeZone());
      for (NeedStatus open : List.of(NeedStatus.MOI, NeedStatus.DANG_XU_LY)) {
        for (Need need : search.find(new NeedSearch.Filter(open, null, null, null, null), 0, 10_000)) {
          List<String> hits = matcher.match(need.card(), need.sourceText()).offers().stream()
              .map(m -> m.offer().id()).filter(changed::contains).toList();
          if (!hits.isEmpty()) {
            out.println(messages.get("import.open_need", need.code(), String.join(", ", hits)));
          }
        }
      }
    }
  }

  private static int export(App app, List<String> rest, PrintStream out) throws IOException {
    if (rest.isEmpty() || !rest.get(0).equals("needs")) {
      throw new IllegalArgumentException("usage: export needs [--format jsonl|csv] [--out FILE]");
    }
    String format = option(rest, "--format", "jsonl");
    String file = option(rest, "--out", null);
    NeedExport export = new NeedExport(app.messages(), app.config().timeZone());
    try (PrintWriter writer =
        file == null
            ? writer(out)
            : new PrintWriter(Files.newBufferedWriter(Path.of(file), StandardCharsets.UTF_8))) {
      switch (format) {
        case "jsonl" -> export.jsonl(app.needs().all(), writer);
        case "csv" -> export.csv(app.needs().all(), writer);
        default -> throw new IllegalArgumentException("--format must be jsonl or csv");
      }
    }
    return 0;
  }

  private static int bench(Config config, Path messagesFile, PrintStream out) throws IOException {
    Path dir = Files.createTempDirectory("ketnoi-bench");
    Config benchConfig =
        new Config(dir.resolve("bench.db"), null, config.telegramApiUrl(), null,
            config.ollamaModel(), config.ollamaTimeout(), config.ollamaContextSize(),
            Config.ExtractorMode.RULES, config.knowledgeDir(),
            config.staffIds(), config.staffChatId(), config.departmentName(), config.province(),
            config.timeZone(), dir.resolve("backups"), config.backupKeep(), java.time.Duration.ZERO);
    try (App app = wire(benchConfig, Clock.systemUTC())) {
      long ready = System.nanoTime();
      List<String> texts =
          Files.readAllLines(messagesFile, StandardCharsets.UTF_8).stream()
              .filter(l -> !l.isBlank())
              .map(l -> Evaluation.textOf(l))
              .toList();
      Benchmark.run(texts, app.extractor(), app.router(), ready, benchConfig.database(), out);
    }
    return 0;
  }

  private static String option(List<String> args, String name, String fallback) {
    int i = args.indexOf(name);
    if (i < 0) {
      return fallback;
    }
    if (i + 1 >= args.size()) {
      throw new IllegalArgumentException(name + " needs a value");
    }
    return args.get(i + 1);
  }

  private static void requireArgument(List<String> rest, String usage) {
    if (rest.isEmpty()) {
      throw new IllegalArgumentException("usage: ketnoi " + usage);
    }
  }

  private static BufferedReader reader(Path file) throws IOException {
    Reader reader =
        file == null
            ? new InputStreamReader(System.in, StandardCharsets.UTF_8)
            : Files.newBufferedReader(file, StandardCharsets.UTF_8);
    return new BufferedReader(reader);
  }

  private static PrintWriter writer(PrintStream out) {
    return new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), false);
  }

  /** Java 17 prints in the platform charset; under LANG=C Vietnamese would become '?'. */
  private static PrintStream utf8(FileDescriptor fd) {
    return new PrintStream(new FileOutputStream(fd), true, StandardCharsets.UTF_8);
  }
}
