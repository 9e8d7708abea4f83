package vn.ketnoi.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeChat;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import vn.ketnoi.router.Router;
import vn.ketnoi.chat.Inbound;
import vn.ketnoi.chat.Reply;
import vn.ketnoi.storage.Database;
import vn.ketnoi.storage.StorageException;
import vn.ketnoi.text.Messages;

/**
 * The Telegram channel: long polling through telegrambots, a durable inbox, per-chat ordered
 * workers over the channel-neutral core, and a durable outbox delivered with Telegram's limits.
 */
public final class TelegramChannel implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(TelegramChannel.class);
  private static final List<String> USER_COMMANDS =
      List.of("start", "trangthai", "huy", "quyenriengtu", "xoadulieu", "trogiup");
  private static final List<String> ALLOWED_UPDATES =
      List.of("message", "edited_message", "callback_query", "my_chat_member");
  /** Handling an update that throws is tried this often (across restarts), then set aside. */
  static final int MAX_ATTEMPTS = 3;
  /** The longest wait between tries while storage is unavailable, kept short so a stop is quick. */
  private static final Duration LONGEST_STORAGE_WAIT = Duration.ofSeconds(5);

  /** Waiting between retries; tests pass a shorter one than Telegram's real pauses. */
  public interface Sleeper {
    void sleep(Duration d) throws InterruptedException;
  }

  /** How the channel reaches Telegram. */
  public record Settings(String token, String apiUrl, int workers, java.util.Set<Long> staffIds,
      Long staffChatId) {
    public Settings {
      staffIds = java.util.Set.copyOf(staffIds);
    }

    public Settings(String token, String apiUrl, int workers) {
      this(token, apiUrl, workers, java.util.Set.of(), null);
    }
  }

  private final Settings settings;
  private final Database db;
  private final Router router;
  private final Messages messages;
  private final Clock clock;
  private final Inbox inbox;
  private final Outbox outbox;
  private final BlockedUsers blocked;
  private final Sleeper sleeper;
  private final ScheduledExecutorService timers;
  private final ExecutorService pollerThread;
  private final ChatQueues queues;
  private final OkHttpClient pollingHttp;
  private final OkHttpClient sendingHttp;
  private final TelegramClient client;
  private final Sender sender;
  private final Poller poller;
  private volatile boolean closing;

  public TelegramChannel(
      Settings settings, Database db, Router router, Messages messages, Clock clock,
      Sleeper sleeper) {
    this.settings = settings;
    this.db = db;
    this.router = router;
    this.messages = messages;
    this.clock = clock;
    this.inbox = new Inbox(db, clock);
    this.outbox = new Outbox(db, clock);
    this.blocked = new BlockedUsers(db, clock);
    this.sleeper = sleeper;
    this.timers = Executors.newScheduledThreadPool(1, daemon("ketnoi-timer"));
    this.pollerThread = Executors.newSingleThreadExecutor(daemon("ketnoi-poller"));
    ExecutorService workers = Executors.newFixedThreadPool(settings.workers(), daemon("ketnoi-worker"));
    this.queues = new ChatQueues(workers);
    // Our own clients, so shutdown can stop them: OkHttp's defaults keep the JVM alive.
    this.pollingHttp = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(75))
        .connectTimeout(Duration.ofSeconds(15)).build();
    // OkHttp's own silent retry after a dropped connection would resend a message Telegram may
    // have taken; we retry only what never left (ApiAnswers). Idle connections are dropped before
    // the server does, so a stale one is rarely picked.
    this.sendingHttp = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(30))
        .connectTimeout(Duration.ofSeconds(15)).retryOnConnectionFailure(false)
        .connectionPool(new ConnectionPool(5, 30, TimeUnit.SECONDS))
        .addInterceptor(ApiAnswers.application()).addNetworkInterceptor(ApiAnswers.network())
        .build();
    this.client = new OkHttpTelegramClient(sendingHttp, settings.token(), url(settings.apiUrl()));
    this.sender = new Sender(client, outbox, blocked, clock, sleeper);
    TelegramClient polling = new OkHttpTelegramClient(
        new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false),
        pollingHttp, settings.token(), url(settings.apiUrl()));
    this.poller = new Poller(polling, ALLOWED_UPDATES, this::consume, this::setCommands, sleeper);
  }

  /** Parses TELEGRAM_API_URL into telegrambots' form. */
  static TelegramUrl url(String apiUrl) {
    URI uri = URI.create(apiUrl);
    int port = uri.getPort() > 0 ? uri.getPort() : "http".equals(uri.getScheme()) ? 80 : 443;
    return new TelegramUrl(uri.getScheme(), uri.getHost(), port, false);
  }

  /**
   * Resumes what the last run left and starts polling. It does not wait for Telegram: an
   * unreachable Bot API is retried with backoff by the poller, so a bot started during a network
   * cut serves everyone once the network is back.
   */
  public void start() {
    resume();
    pollerThread.execute(poller);
    timers.scheduleWithFixedDelay(this::sweep, 15, 15, TimeUnit.SECONDS);
    LOG.info("Telegram channel polling {}", settings.apiUrl());
  }

  /**
   * A batch from the poller: stored in one transaction, then each update goes to its chat's queue.
   * When the inbox cannot store it this throws, the poller does not confirm the batch, and
   * Telegram gives it again.
   */
  void consume(List<Update> updates) {
    List<Received> batch = new ArrayList<>();
    for (Update u : updates) {
      try {
        batch.add(UpdateTranslator.translate(u, settings.staffChatId()));
      } catch (RuntimeException e) {
        // An update we cannot even read has no chat to answer; skipping it keeps the rest moving.
        LOG.error("update {} cannot be read and is skipped", u.getUpdateId(), e);
      }
    }
    for (Received r : inbox.store(batch)) {
      queues.submit(r.chatId(), () -> process(r));
    }
  }

  /** Re-runs what a previous process stored but did not finish, and sends what it did not send. */
  private void resume() {
    List<Received> pending = inbox.pending();
    if (!pending.isEmpty()) {
      LOG.info("resuming {} updates left unhandled by the previous run", pending.size());
    }
    pending.forEach(r -> queues.submit(r.chatId(), () -> process(r)));
    sweep();
  }

  private void sweep() {
    try {
      for (long chat : outbox.chatsWithDueMessages()) {
        queues.submit(chat, () -> sender.deliver(chat));
      }
    } catch (RuntimeException e) {
      LOG.error("outbox sweep failed", e);
    }
  }

  private void process(Received r) {
    long started = System.nanoTime();
    if (r.kind() == Received.Kind.PRESS) {
      answerCallback(r.callbackId());
    }
    ScheduledFuture<?> typing = timers.scheduleAtFixedRate(() -> typing(r.chatId()), 1000, 4000,
        TimeUnit.MILLISECONDS);
    Handled result;
    try {
      result = handleWithRetries(r);
    } finally {
      typing.cancel(false);
    }
    long handled = System.nanoTime();
    sender.deliver(r.chatId());
    // Notices went to other chats (staff, a business told of a status change): deliver them in
    // those chats' own order.
    for (long other : result.otherChats()) {
      queues.submit(other, () -> sender.deliver(other));
    }
    long now = System.nanoTime();
    LOG.info("chat={} update={} kind={} ms={} turn_ms={} send_ms={} outcome={}", r.chatId(),
        r.updateId(), r.kind().name().toLowerCase(java.util.Locale.ROOT),
        (now - started) / 1_000_000, (handled - started) / 1_000_000, (now - handled) / 1_000_000,
        result.outcome());
  }

  /**
   * Handles the update until it is done. Storage that cannot take the write (full disk, locked,
   * read-only) is waited for with backoff: the update is not at fault and keeps its place in its
   * chat. A fault in handling it is tried {@link #MAX_ATTEMPTS} times in all (restarts count),
   * then the update is set aside with its error and the user is told, so it never blocks the chat.
   */
  private Handled handleWithRetries(Received r) {
    StorageWait wait = new StorageWait(r);
    while (true) {
      try {
        try {
          return handleOnce(r);
        } catch (RuntimeException e) {
          if (outage(e)) {
            throw (StorageException) e;
          }
          Handled setAside = failedAttempt(r, e);
          if (setAside != null) {
            return setAside;
          }
        }
      } catch (StorageException outage) {
        if (!wait.pause(outage)) {
          return new Handled("pending", java.util.Set.of());
        }
      }
    }
  }

  private static boolean outage(RuntimeException e) {
    return e instanceof StorageException s && s.unavailable();
  }

  /** Backoff while storage is unavailable, reported once per update; false when we are stopping. */
  private final class StorageWait {
    private final Received r;
    private Duration next = Duration.ofMillis(250);
    private boolean reported;

    StorageWait(Received r) {
      this.r = r;
    }

    boolean pause(StorageException outage) {
      if (!outage.unavailable()) {
        LOG.error("chat {} update {} stays pending: storage failed", r.chatId(), r.updateId(), outage);
        return false;
      }
      if (closing) {
        LOG.warn("chat {} update {} stays pending for the next run: {}", r.chatId(), r.updateId(),
            outage.plainCause());
        return false;
      }
      if (!reported) {
        LOG.warn("chat {} update {} waits for storage: {}; retrying", r.chatId(), r.updateId(),
            outage.plainCause());
        reported = true;
      }
      try {
        sleeper.sleep(next);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
      Duration doubled = next.multipliedBy(2);
      next = doubled.compareTo(LONGEST_STORAGE_WAIT) > 0 ? LONGEST_STORAGE_WAIT : doubled;
      return true;
    }
  }

  private Handled handleOnce(Received r) {
    Inbound inbound = toInbound(r);
    // Read the message outside the transaction: a slow model must not hold other chats.
    Router.Prepared prepared =
        inbound == null || inbox.isHandled(r.updateId()) ? null : router.prepare(inbound);
    return db.inTransaction(() -> handle(r, prepared));
  }

  /**
   * Handling threw: counts the attempt and, when it was the last, sets the update aside and tells
   * the user (returned); null means try again. A storage outage meanwhile throws to the wait.
   */
  private Handled failedAttempt(Received r, RuntimeException e) {
    String error = e.getClass().getSimpleName() + ": " + e.getMessage();
    int attempts = inbox.recordFailure(r.updateId(), error);
    if (attempts < MAX_ATTEMPTS) {
      LOG.warn("chat {} update {} failed (attempt {} of {}): {}", r.chatId(), r.updateId(), attempts,
          MAX_ATTEMPTS, e.getClass().getSimpleName());
      return null;
    }
    LOG.error("chat {} update {} failed {} times and is set aside", r.chatId(), r.updateId(),
        attempts, e);
    return db.inTransaction(() -> {
      if (inbox.setAside(r.updateId(), error) && r.chatId() != 0) {
        outbox.add(r.chatId(), Outbox.TEXT, messages.get("error.set_aside"), null, null, false);
      }
      return new Handled("set-aside", java.util.Set.of());
    });
  }

  /** What handling an update did, and which other chats now have messages waiting. */
  private record Handled(String outcome, java.util.Set<Long> otherChats) {}

  /** The core's view of an update, or null for kinds the channel answers itself. */
  private static Inbound toInbound(Received r) {
    return switch (r.kind()) {
      case TEXT -> new Inbound.Text(r.chatId(), r.userId(), r.text());
      case PRESS -> new Inbound.Press(r.chatId(), r.userId(), r.text());
      case OWN_CONTACT, OTHER_CONTACT -> new Inbound.Contact(r.chatId(), r.userId(), r.text(),
          r.kind() == Received.Kind.OWN_CONTACT);
      default -> null;
    };
  }

  /** One update, inside one transaction: the core's change, the replies and the handled mark. */
  private Handled handle(Received r, Router.Prepared prepared) {
    if (!inbox.markHandled(r.updateId())) {
      return new Handled("duplicate", java.util.Set.of());
    }
    List<Reply> replies = switch (r.kind()) {
      case TEXT, PRESS, OWN_CONTACT, OTHER_CONTACT -> router.apply(prepared);
      case UNSUPPORTED -> List.of(new Reply.Text(messages.get("unsupported.kind")));
      case EDITED -> List.of(new Reply.Text(messages.get("unsupported.edited")));
      case GROUP_COMMAND -> List.of(new Reply.Text(messages.get("unsupported.group")));
      case BLOCKED -> {
        blocked.record(r.userId());
        yield List.of();
      }
      case UNBLOCKED -> {
        blocked.clear(r.userId());
        yield List.of();
      }
      case IGNORED -> List.of();
    };
    return new Handled(replies.isEmpty() ? "no-reply" : "replied", queue(r, replies));
  }

  /**
   * Puts the replies in the outbox and returns the other chats they address. A press edits the
   * message it came from: with the new choice when the answer is one, else by removing its
   * now-used keyboard.
   */
  private java.util.Set<Long> queue(Received r, List<Reply> replies) {
    java.util.Set<Long> others = new java.util.HashSet<>();
    boolean removeContactKeyboard = outbox.lastAskedForContact(r.chatId());
    Integer editTarget = r.kind() == Received.Kind.PRESS ? r.messageId() : null;
    if (editTarget != null && (replies.isEmpty() || !(replies.get(0) instanceof Reply.Choice))) {
      outbox.add(r.chatId(), Outbox.CLEAR_KEYBOARD, null, null, editTarget, false);
      editTarget = null;
    }
    for (Reply reply : replies) {
      if (reply instanceof Reply.Choice choice) {
        outbox.add(r.chatId(), Outbox.CHOICE, choice.text(), choice.buttons(), editTarget, false);
      } else if (reply instanceof Reply.AskContact ask) {
        outbox.add(r.chatId(), Outbox.ASK_CONTACT, ask.text(),
            List.of(new Reply.Button(ask.shareLabel(), "contact")), null, false);
      } else if (reply instanceof Reply.Text text) {
        outbox.add(r.chatId(), Outbox.TEXT, text.text(), null, null, removeContactKeyboard);
        removeContactKeyboard = false;
      } else if (reply instanceof Reply.Notice notice) {
        if (notice.chatId() != r.chatId()) {
          others.add(notice.chatId());
        }
        outbox.add(notice.chatId(), notice.buttons().isEmpty() ? Outbox.TEXT : Outbox.CHOICE,
            notice.text(), notice.buttons(), null, false);
      } else if (reply instanceof Reply.Document document) {
        outbox.addFile(r.chatId(), Outbox.DOCUMENT, document.text(), document.fileName(), document.content());
      } else if (reply instanceof Reply.Image image) {
        outbox.addFile(r.chatId(), Outbox.IMAGE, image.text(), image.fileName(), image.png());
      } else {
        throw new IllegalStateException("reply not rendered: " + reply.getClass());
      }
      editTarget = null;
    }
    return others;
  }

  private void answerCallback(String callbackId) {
    if (callbackId == null) {
      return;
    }
    // Stops the button's spinner; nothing depends on it, so it does not hold up the turn.
    try {
      client.executeAsync(AnswerCallbackQuery.builder().callbackQueryId(callbackId).build())
          .exceptionally(e -> {
            LOG.debug("callback answer failed: {}", e.getMessage());
            return false;
          });
    } catch (TelegramApiException e) {
      LOG.debug("callback answer failed: {}", e.getMessage());
    }
  }

  private void typing(long chatId) {
    try {
      client.execute(SendChatAction.builder().chatId(chatId).action("typing").build());
    } catch (TelegramApiException | RuntimeException e) {
      LOG.debug("typing indicator failed: {}", e.getMessage());
    }
  }

  /** User commands for everyone; staff commands too, but only in staff members' chats. */
  void setCommands() {
    List<BotCommand> commands = menu(USER_COMMANDS);
    List<String> staffNames = new ArrayList<>(USER_COMMANDS);
    staffNames.addAll(List.of("ds", "xem", "xuat", "thongke", "cauhoi", "canbo"));
    try {
      client.execute(SetMyCommands.builder().commands(commands).languageCode("vi").build());
      client.execute(SetMyCommands.builder().commands(commands).build());
      List<Long> staffChats = new ArrayList<>(settings.staffIds());
      if (settings.staffChatId() != null) {
        staffChats.add(settings.staffChatId());
      }
      for (long chat : staffChats) {
        client.execute(SetMyCommands.builder().commands(menu(staffNames))
            .scope(BotCommandScopeChat.builder().chatId(chat).build()).build());
      }
    } catch (TelegramApiException e) {
      LOG.warn("could not set the command menu: {}", e.getMessage());
    }
  }

  private List<BotCommand> menu(List<String> names) {
    return names.stream().map(c -> new BotCommand(c, messages.get("menu." + c))).toList();
  }

  /** Stops polling, lets running turns finish, and releases every thread and connection. */
  @Override
  public void close() {
    closing = true;
    poller.stop();
    pollingHttp.dispatcher().cancelAll();
    pollerThread.shutdownNow();
    timers.shutdownNow();
    try {
      if (!queues.drain(10, TimeUnit.SECONDS)) {
        LOG.warn("some turns did not finish in 10 s; their updates stay pending for the next run");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    for (OkHttpClient http : List.of(pollingHttp, sendingHttp)) {
      http.dispatcher().executorService().shutdownNow();
      http.connectionPool().evictAll();
    }
    LOG.info("Telegram channel stopped");
  }

  private static ThreadFactory daemon(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
