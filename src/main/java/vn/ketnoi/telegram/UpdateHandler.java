package vn.ketnoi.telegram;

import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ketnoi.chat.Inbound;
import vn.ketnoi.chat.Reply;
import vn.ketnoi.router.Router;
import vn.ketnoi.storage.Database;
import vn.ketnoi.storage.StorageException;
import vn.ketnoi.text.Messages;

/**
 * One stored update through the core until it is done: handled once, in one transaction with its
 * replies and its handled mark; retried while storage is unavailable; set aside after
 * {@link #MAX_ATTEMPTS} failures (README "Storage faults", "A failing update").
 */
final class UpdateHandler {
  private static final Logger LOG = LoggerFactory.getLogger(UpdateHandler.class);
  /** Handling an update that throws is tried this often (across restarts), then set aside. */
  static final int MAX_ATTEMPTS = 3;

  /** What handling an update did, and which other chats now have messages waiting. */
  record Handled(String outcome, Set<Long> otherChats) {}

  private final Database db;
  private final Router router;
  private final Messages messages;
  private final Inbox inbox;
  private final Outbox outbox;
  private final BlockedUsers blocked;
  private final ReplyQueue replies;
  private final TelegramChannel.Sleeper sleeper;
  private final BooleanSupplier closing;

  UpdateHandler(Database db, Router router, Messages messages, Inbox inbox, Outbox outbox,
      BlockedUsers blocked, TelegramChannel.Sleeper sleeper, BooleanSupplier closing) {
    this.db = db;
    this.router = router;
    this.messages = messages;
    this.inbox = inbox;
    this.outbox = outbox;
    this.blocked = blocked;
    this.replies = new ReplyQueue(outbox);
    this.sleeper = sleeper;
    this.closing = closing;
  }

  /**
   * Handles the update until it is done. Storage that cannot take the write (full disk, locked,
   * read-only) is waited for with backoff: the update is not at fault and keeps its place in its
   * chat. A fault in handling it is tried {@link #MAX_ATTEMPTS} times in all (restarts count),
   * then the update is set aside with its error and the user is told, so it never blocks the chat.
   */
  Handled handleWithRetries(Received r) {
    StorageWait wait = new StorageWait("chat " + r.chatId() + " update " + r.updateId(), sleeper, closing);
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
          return new Handled("pending", Set.of());
        }
      }
    }
  }

  private static boolean outage(RuntimeException e) {
    return e instanceof StorageException s && s.unavailable();
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
        outbox.add(r.chatId(), OutboxKind.TEXT, messages.get("error.set_aside"), null, null, false);
      }
      return new Handled("set-aside", Set.of());
    });
  }

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
      return new Handled("duplicate", Set.of());
    }
    List<Reply> answer = switch (r.kind()) {
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
    return new Handled(answer.isEmpty() ? "no-reply" : "replied", replies.queue(r, answer));
  }
}
