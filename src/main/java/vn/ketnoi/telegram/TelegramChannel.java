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
import java.util.function.Consumer;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import vn.ketnoi.broadcast.BroadcastReport;
import vn.ketnoi.broadcast.Broadcasts;
import vn.ketnoi.chat.Reply;
import vn.ketnoi.router.Router;
import vn.ketnoi.storage.Database;
import vn.ketnoi.text.Messages;

/**
 * The Telegram channel: long polling through telegrambots, a durable inbox, per-chat ordered
 * workers over the channel-neutral core, and a durable outbox delivered with Telegram's limits.
 */
public final class TelegramChannel implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(TelegramChannel.class);
  private static final List<String> ALLOWED_UPDATES =
      List.of("message", "edited_message", "callback_query", "my_chat_member");
  /** Handling an update that throws is tried this often (across restarts), then set aside. */
  static final int MAX_ATTEMPTS = UpdateHandler.MAX_ATTEMPTS;

  /** Waiting between retries; tests pass a shorter one than Telegram's real pauses. */
  public interface Sleeper {
    void sleep(Duration d) throws InterruptedException;
  }

  /**
   * How the channel reaches Telegram. {@code chatInterval} is the least time between two messages
   * to one chat (a group gets three times it: 20 a minute at the default of a second); tests may
   * shorten it so multi-message turns do not take seconds each.
   */
  public record Settings(String token, String apiUrl, int workers, java.util.Set<Long> staffIds,
      Long staffChatId, int broadcastRate, Duration chatInterval) {
    /** Telegram's own: about one message a second to a chat. */
    public static final Duration CHAT_INTERVAL = Duration.ofSeconds(1);

    public Settings {
      staffIds = java.util.Set.copyOf(staffIds);
    }

    /** Telegram's one message a second to a chat. */
    public Settings(String token, String apiUrl, int workers, java.util.Set<Long> staffIds,
        Long staffChatId, int broadcastRate) {
      this(token, apiUrl, workers, staffIds, staffChatId, broadcastRate, CHAT_INTERVAL);
    }

    /** No staff, the default broadcast rate: for a channel that only serves businesses. */
    public Settings(String token, String apiUrl, int workers) {
      this(token, apiUrl, workers, java.util.Set.of(), null,
          vn.ketnoi.config.Config.DEFAULT_BROADCAST_RATE);
    }
  }

  private final Settings settings;
  private final Database db;
  private final Inbox inbox;
  private final Outbox outbox;
  private final UpdateHandler updates;
  private final ScheduledExecutorService timers;
  private final ExecutorService pollerThread;
  private final ChatQueues queues;
  private final OkHttpClient pollingHttp;
  private final OkHttpClient sendingHttp;
  private final TelegramClient client;
  private final ChatActions actions;
  private final SendLimits limits;
  private final Sender sender;
  private final Poller poller;
  private final BroadcastSender broadcasts;
  private final ExecutorService broadcastThread;
  private volatile boolean closing;

  public TelegramChannel(
      Settings settings, Database db, Router router, Messages messages, Clock clock,
      Sleeper sleeper) {
    this(settings, db, router, messages, clock, sleeper, username -> { });
  }

  /** {@code botNamed} is told the bot's username (getMe) once Telegram is first reached. */
  public TelegramChannel(
      Settings settings, Database db, Router router, Messages messages, Clock clock,
      Sleeper sleeper, Consumer<String> botNamed) {
    this.settings = settings;
    this.db = db;
    this.inbox = new Inbox(db, clock);
    this.outbox = new Outbox(db, clock);
    BlockedUsers blocked = new BlockedUsers(db, clock);
    this.updates = new UpdateHandler(db, router, messages, inbox, outbox, blocked, sleeper,
        () -> closing);
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
    this.actions = new ChatActions(client);
    this.limits = new SendLimits(settings.broadcastRate(), settings.chatInterval(), new SendPause(db),
        clock, sleeper);
    this.sender = new Sender(client, outbox, blocked, clock, sleeper, limits);
    this.broadcastThread = Executors.newSingleThreadExecutor(daemon("ketnoi-broadcast"));
    this.broadcasts = new BroadcastSender(client, new Broadcasts(db, clock), new BroadcastReport(messages),
        blocked, clock, sleeper, this::notifyStaff, () -> closing, limits, messages);
    TelegramClient polling = new OkHttpTelegramClient(
        new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false),
        pollingHttp, settings.token(), url(settings.apiUrl()));
    CommandMenu menu = new CommandMenu(client, settings, messages);
    this.poller = new Poller(polling, ALLOWED_UPDATES, this::consume, () -> {
      menu.set();
      learnName(botNamed);
    }, sleeper);
  }

  /** The bot's username, for the deep links staff are shown; a failure leaves them in /start form. */
  private void learnName(Consumer<String> botNamed) {
    try {
      botNamed.accept(client.execute(new GetMe()).getUserName());
    } catch (TelegramApiException | RuntimeException e) {
      LOG.warn("could not read the bot's username (getMe): {}", e.getMessage());
    }
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
    broadcasts.recover();
    broadcastThread.execute(broadcasts);
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

  /** A broadcast's report (with its resend button, if any): through the outbox, in the staff chat's order. */
  private void notifyStaff(long chatId, Reply report) {
    if (report instanceof Reply.Choice choice) {
      outbox.add(chatId, OutboxKind.CHOICE, choice.text(), choice.buttons(), null, false);
    } else {
      outbox.add(chatId, OutboxKind.TEXT, ((Reply.Text) report).text(), null, null, false);
    }
    queues.submit(chatId, () -> sender.deliver(chatId));
  }

  /** Notices made outside a turn (what a reload found): queued in the caller's transaction, then sent. */
  public void post(List<Reply> notices) {
    for (Reply reply : notices) {
      Reply.Notice n = (Reply.Notice) reply;
      outbox.add(n.chatId(), n.buttons().isEmpty() ? OutboxKind.TEXT : OutboxKind.CHOICE, n.text(), n.buttons(), null, false);
      db.afterCommit(() -> queues.submit(n.chatId(), () -> sender.deliver(n.chatId())));
    }
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
      actions.answerCallback(r.callbackId());
    }
    ScheduledFuture<?> typing = timers.scheduleAtFixedRate(() -> actions.typing(r.chatId()), 1000, 4000,
        TimeUnit.MILLISECONDS);
    UpdateHandler.Handled result;
    try {
      result = updates.handleWithRetries(r);
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

  /** Stops polling, lets running turns finish, and releases every thread and connection. */
  @Override
  public void close() {
    closing = true;
    poller.stop();
    pollingHttp.dispatcher().cancelAll();
    pollerThread.shutdownNow();
    broadcastThread.shutdownNow();
    timers.shutdownNow();
    try {
      // The broadcast sender releases the row it claimed when interrupted: let it, before the
      // database closes, or a normal stop would leave that recipient "unknown".
      if (!broadcastThread.awaitTermination(5, TimeUnit.SECONDS)) {
        LOG.warn("the broadcast sender did not stop in 5 s");
      }
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
