package vn.ketnoi;

import java.io.FileDescriptor;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ketnoi.bench.BenchCommands;
import vn.ketnoi.config.Config;
import vn.ketnoi.config.EnvFile;
import vn.ketnoi.conversation.ChatStateStore;
import vn.ketnoi.conversation.ConsentStore;
import vn.ketnoi.conversation.Conversation;
import vn.ketnoi.conversation.Questions;
import vn.ketnoi.extraction.EvalCommand;
import vn.ketnoi.extraction.ExtractCommand;
import vn.ketnoi.extraction.Extractor;
import vn.ketnoi.extraction.Provinces;
import vn.ketnoi.extraction.RuleExtractor;
import vn.ketnoi.knowledge.KnowledgeBase;
import vn.ketnoi.knowledge.KnowledgeException;
import vn.ketnoi.knowledge.MatchCommand;
import vn.ketnoi.knowledge.MatchEvaluation;
import vn.ketnoi.knowledge.KnowledgeReloads;
import vn.ketnoi.knowledge.IndexShelf;
import vn.ketnoi.knowledge.LiveKnowledge;
import vn.ketnoi.knowledge.Matcher;
import vn.ketnoi.knowledge.OfferEmbeddings;
import vn.ketnoi.knowledge.OfferImportCommand;
import vn.ketnoi.knowledge.QuestionAnswerer;
import vn.ketnoi.knowledge.QuestionEvaluation;
import vn.ketnoi.model.ModelExtractor;
import vn.ketnoi.model.Ollama;
import vn.ketnoi.events.EventFeature;
import vn.ketnoi.events.EventLinks;
import vn.ketnoi.events.EventStore;
import vn.ketnoi.events.Registrations;
import vn.ketnoi.broadcast.Audience;
import vn.ketnoi.broadcast.BroadcastDesk;
import vn.ketnoi.broadcast.Broadcasts;
import vn.ketnoi.broadcast.Reminders;
import vn.ketnoi.events.RegistrantsExport;
import vn.ketnoi.events.Subscriptions;
import vn.ketnoi.need.Dates;
import vn.ketnoi.need.Erasure;
import vn.ketnoi.need.ExportCommand;
import vn.ketnoi.need.NeedExport;
import vn.ketnoi.need.NeedSearch;
import vn.ketnoi.need.NeedStore;
import vn.ketnoi.router.Router;
import vn.ketnoi.staff.AuditLog;
import vn.ketnoi.staff.QuestionStore;
import vn.ketnoi.staff.ReloadNotices;
import vn.ketnoi.staff.StaffDesk;
import vn.ketnoi.staff.StaffSessions;
import vn.ketnoi.storage.Database;
import vn.ketnoi.storage.InstanceLock;
import vn.ketnoi.text.Messages;
import vn.ketnoi.text.Utf8;

/**
 * Builds everything by hand and hands each command to the class beside its feature. The only class
 * that sees every package.
 */
public final class Main {
  private static final Logger LOG = LoggerFactory.getLogger(Main.class);

  private Main() {}

  /** Everything wired for one database. */
  public record App(
      Config config, Database database, Messages messages,
      Provinces provinces,
      Extractor extractor,
      NeedStore needs,
      Router router,
      EventLinks links, Reminders reminders, LiveKnowledge knowledge, KnowledgeReloads reloads,
      Function<ReloadNotices.Outlet, ReloadNotices> reloadNotices, Matcher.Neighbours embeddings)
      implements AutoCloseable {
    /** The running bot looks at its knowledge folder {@code every} so often (zero: only on /tainap). */
    public void startReloads(Duration every, ReloadNotices.Outlet outlet) {
      reloads.start(reloadNotices.apply(outlet), every);
    }

    @Override
    public void close() {
      reloads.close();
      knowledge.close();
      embeddings.close(); // stops embedding offers before the database closes
      database.close();
    }
  }

  public static App wire(Config config, Clock clock) {
    return wire(config, clock, extractor -> extractor);
  }

  /** The same, with the extractor wrapped: tests slow it down or count its calls. */
  public static App wire(Config config, Clock clock, UnaryOperator<Extractor> around) {
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
    RuleExtractor rules = new RuleExtractor(provinces);
    Extractor extractor = around.apply(model == null ? rules : Ollama.extractor(model, rules, provinces));
    Database database = Database.open(config.database());
    Matcher.Neighbours embeddings = OfferEmbeddings.start(new OfferEmbeddings.Settings(
        config.ollamaBaseUrl(), config.ollamaEmbedModel(), config.ollamaTimeout()), database, knowledge.offers());
    LiveKnowledge matcher = new LiveKnowledge(knowledge, messages, embeddings, IndexShelf.beside(config.database()));
    KnowledgeReloads reloads = new KnowledgeReloads(matcher, loaded.folder(), messages);
    QuestionAnswerer rulesAnswer = QuestionAnswerer.rules(messages);
    Questions questions = new Questions(matcher,
        model == null ? rulesAnswer : Ollama.answerer(model, rulesAnswer), messages);
    NeedStore needs = new NeedStore(database, clock, config.timeZone());
    StaffDesk.Staff staff = new StaffDesk.Staff(config.staffIds(), config.staffChatId());
    StaffDesk desk = new StaffDesk(staff, needs, new NeedSearch(database, config.timeZone()),
        new AuditLog(database, clock), new QuestionStore(database, clock), messages, matcher, provinces,
        config.timeZone(), reloads::request);
    EventStore events = new EventStore(database, clock, new Dates(config.timeZone()),
        () -> matcher.knowledge().events());
    Registrations registrations = new Registrations(database, clock);
    EventFeature eventFeature = new EventFeature(events, new Subscriptions(database, clock),
        registrations, needs, new Dates(config.timeZone()), messages);
    Conversation conversation =
        new Conversation(
            database::inTransaction,
            new ChatStateStore(database, clock),
            new ConsentStore(database, clock),
            needs,
            new Erasure(database, clock, messages.get("erase.redacted")),
            new Conversation.Parts(extractor, around.apply(rules), provinces, messages,
                config.departmentName(),
                matcher, questions, new DeskNotices(desk), eventFeature));
    EventLinks links = new EventLinks();
    Router router = new Router(database::inTransaction, desk, new StaffSessions(database, clock),
        conversation, new RegistrantsExport(events, registrations, new Dates(config.timeZone()), messages, links),
        new BroadcastDesk(config.staffIds(), new Broadcasts(database, clock), messages,
            new Dates(config.timeZone()),
            new BroadcastDesk.Parts(new Audience(database), events, eventFeature, links, database, clock)));
    Reminders reminders = new Reminders(database, clock, events, new Dates(config.timeZone()),
        config.reminderHour(), config.staffChatId(), messages);
    return new App(config, database, messages, provinces, extractor, needs, router, links, reminders,
        matcher, reloads, outlet -> new ReloadNotices(database, new NeedSearch(database, config.timeZone()),
            matcher, staff, messages, clock, outlet), embeddings);
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
    PrintStream out = Utf8.printStream(FileDescriptor.out); // UTF-8 whatever LANG says
    PrintStream err = Utf8.printStream(FileDescriptor.err);
    System.setOut(out);
    System.setErr(err);
    int status;
    try {
      status = run(args, out, err);
    } catch (IllegalArgumentException | IllegalStateException | KnowledgeException e) {
      err.println("ketnoi: " + ErrorLine.of(e));
      status = 2;
    } catch (Exception e) {
      // One line for the operator; the stack trace only for a developer who turns DEBUG on.
      LOG.debug("ketnoi failed", e);
      err.println("ketnoi: " + ErrorLine.of(e));
      status = 1;
    }
    out.flush();
    System.exit(status);
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
    return dispatch(command, Arrays.asList(args).subList(1, args.length), Config.from(settings.get()),
        out, err);
  }

  /** Each command to the class beside its feature, with what it needs wired here. */
  private static int dispatch(String command, List<String> rest, Config config,
      PrintStream out, PrintStream err) throws Exception {
    switch (command) {
      case "extract" -> {
        return new ExtractCommand(extractor(model(config), new Provinces())).run(rest, out, err);
      }
      case "eval" -> {
        return EvalCommand.run(rest, () -> extractor(model(config), new Provinces()), Main::modelFigures, out);
      }
      case "match" -> {
        return MatchCommand.command(rest, config.knowledgeDir(), out, err);
      }
      case "match-eval" -> {
        return MatchEvaluation.command(rest, config.knowledgeDir(), out);
      }
      case "question-eval" -> {
        return QuestionEvaluation.command(rest, config.knowledgeDir(), out);
      }
      case "import" -> {
        return OfferImportCommand.run(rest,
            new OfferImportCommand.Place(config.knowledgeDir(), config.database(), config.timeZone()), out);
      }
      case "backup" -> {
        return BackupCommands.backup(config, rest, out);
      }
      case "restore" -> {
        return BackupCommands.restore(config, rest, out, err);
      }
      case "bench-match" -> {
        return BenchCommands.benchMatch(rest, config.knowledgeDir(), out);
      }
      case "bench" -> {
        return BenchCommands.bench(rest, config, Main::benchBot, out);
      }
      case "run", "console" -> {
        KnowledgeBase.requireFolder(config.knowledgeDir()); // a wrong setting starts nothing
        // Held until the bot stops: a second bot on the same file would answer everyone twice.
        try (InstanceLock lock = InstanceLock.acquire(config.database());
            App app = wire(config, Clock.systemUTC())) {
          return new RunCommand(new RunCommand.Bot(config, app.database(), app.router(), app.messages(),
              app.links(), app.reminders(), app::close,
              outlet -> app.startReloads(config.knowledgePoll(), outlet))).run(command, out);
        }
      }
      case "export" -> {
        try (App app = wire(config, Clock.systemUTC())) {
          return new ExportCommand(app.needs(), new NeedExport(app.messages(), config.timeZone()))
              .run(rest, out);
        }
      }
      default -> throw new IllegalStateException("command '" + command + "' is listed but not wired");
    }
  }

  /** What the model path measured during `eval`; the rules alone measure nothing more. */
  private static void modelFigures(Extractor extractor, PrintStream out) {
    if (extractor instanceof ModelExtractor model) {
      model.stats().print(out);
    }
  }

  /** `bench` runs on an application wired like the bot's, on the benchmark's own database. */
  private static BenchCommands.Bot benchBot(Config benchConfig) {
    App app = wire(benchConfig, Clock.systemUTC());
    return new BenchCommands.Bot(app.extractor(), app.router(), app::close);
  }
}
