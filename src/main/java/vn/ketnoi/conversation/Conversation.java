package vn.ketnoi.conversation;

import java.util.List;
import java.util.function.Supplier;
import vn.ketnoi.chat.Inbound;
import vn.ketnoi.chat.Reply;
import vn.ketnoi.extraction.Extraction;
import vn.ketnoi.extraction.Extractor;
import vn.ketnoi.extraction.Intent;
import vn.ketnoi.extraction.Provinces;
import vn.ketnoi.knowledge.Matching;
import vn.ketnoi.need.Erasure;
import vn.ketnoi.need.Need;
import vn.ketnoi.need.NeedStore;
import vn.ketnoi.text.Messages;

/**
 * The channel-neutral core: one inbound in, replies out. Each turn runs in one transaction that
 * loads the chat's state, applies the inbound and writes the state back, so a new process on the
 * same database continues every conversation where it was. What each kind of turn does lives in
 * its own class: {@link ConsentFlow}, {@link Commands}, {@link Presses}, {@link Confirmation},
 * {@link Erasing} and {@link Drafting}.
 */
public final class Conversation {
  /** Runs a unit of work atomically; the database's transaction in production. */
  public interface Transactions {
    <T> T inTransaction(Supplier<T> work);
  }

  /**
   * What staff are told when a business saves a need or passes on a question: the notices to
   * send. The staff desk does it; the conversation knows only this.
   */
  public interface StaffNotices {
    List<Reply> newNeed(Need need, String matchesLine);

    List<Reply> newQuestion(long userId, long chatId, String text, String asker);
  }

  /**
   * The events feature: announcements (/dangky, /huydangky), /sukien, its buttons and the deep
   * links "/start evt_ID". The conversation hands them over and checks consent first for what
   * stores a contact (registration buttons, links); it knows nothing else of events.
   */
  public interface Events {
    boolean ownsCommand(String name);

    List<Reply> command(long userId, long chatId, String name);

    boolean ownsButton(String data);

    /** A press on one of its buttons, the user having consented. */
    List<Reply> press(long userId, long chatId, String data);

    /** Whether the argument of /start is an event link ("evt_12"). */
    boolean isLink(String startArgument);

    /** The linked event, straight away (the user has consented). */
    List<Reply> open(long userId, String startArgument);

    /** Keeps the link of a user who has not consented yet, for {@link #heldLink}. */
    void holdLink(long userId, String startArgument);

    /** The event of a held link, once, after consent; empty when there is none. */
    List<Reply> heldLink(long userId);

    /** After a need is saved: the offer to subscribe, once per user; empty otherwise. */
    List<Reply> afterSaved(long userId);
  }

  /** What the conversation needs besides the stores: wired once in Main. */
  /**
   * {@code beforeConsent} reads a text from someone who has not consented, only to tell a public
   * question: the rules, so nothing they wrote goes to a model before they agree.
   */
  public record Parts(
      Extractor extractor, Extractor beforeConsent, Provinces provinces, Messages messages,
      String department, Matching matcher, Questions questions, StaffNotices staff, Events events) {}

  private final Transactions transactions;
  private final ChatStateStore states;
  private final Questions questions;
  private final Drafting drafting;
  private final ConsentFlow consent;
  private final Extractor beforeConsent;
  private final Erasing erasing;
  private final Confirmation confirmation;
  private final Commands commands;
  private final Presses presses;
  private final Messages messages;
  private final Registering registering;
  private final Acknowledgements acknowledgements;

  public Conversation(
      Transactions transactions,
      ChatStateStore states,
      ConsentStore consents,
      NeedStore needs,
      Erasure erasure,
      Parts parts) {
    this.transactions = transactions;
    this.states = states;
    this.questions = parts.questions();
    this.messages = parts.messages();
    this.drafting = new Drafting(parts.extractor(), parts.provinces(), messages, parts.department(),
        questions,
        userId -> needs.ofUser(userId).stream().filter(n -> !n.erased()).findFirst().map(Need::card));
    this.erasing = new Erasing(consents, erasure, drafting, messages);
    this.beforeConsent = parts.beforeConsent();
    this.consent = new ConsentFlow(consents, needs, drafting, erasing, messages, parts.department(),
        parts.events());
    this.confirmation = new Confirmation(needs, drafting, parts);
    this.commands = new Commands(needs, consent, erasing, confirmation, drafting, messages,
        parts.department(), parts.events());
    this.registering = new Registering(parts.events(), messages);
    this.acknowledgements = new Acknowledgements(messages, parts.provinces());
    this.presses = new Presses(consent, erasing, confirmation, drafting, needs, parts, messages);
  }

  /**
   * An inbound with its message already read and, for a question or a need that also asks,
   * already answered (null when there is nothing to read or answer).
   */
  public record Prepared(Inbound inbound, Extraction read, Reply answer) {}

  /** Handles one inbound: {@link #prepare} then {@link #apply}. */
  public List<Reply> handle(Inbound inbound) {
    return apply(prepare(inbound));
  }

  /**
   * Reads the message, which may wait on a model. Call it outside any transaction, so a slow read
   * never holds the database for other chats; callers keep each chat's inbounds in order, so the
   * draft it was read against is still the draft when it is applied.
   */
  public Prepared prepare(Inbound inbound) {
    Extraction read = readAhead(inbound);
    Reply answer = read != null && read.intent() == Intent.QUESTION
        ? questions.answer(((Inbound.Text) inbound).text().strip())
        : null;
    if (read != null && read.intent() == Intent.NEED && read.question() != null) {
      // A need that also asks: its question is answered when the knowledge base knows; when it
      // does not, the question stays among the business's words for staff, with no detour.
      Reply known = questions.answer(read.question());
      answer = Questions.unanswered(known) ? null : known;
    }
    return new Prepared(inbound, read, answer);
  }

  /** The turn itself, in one transaction (joining the caller's, if any). */
  public List<Reply> apply(Prepared prepared) {
    Inbound inbound = prepared.inbound();
    return transactions.inTransaction(
        () -> {
          Turn turn = route(load(inbound), inbound, prepared);
          states.save(turn.state());
          return turn.replies();
        });
  }

  private ChatState load(Inbound inbound) {
    return states.load(inbound.chatId())
        .orElseGet(() -> ChatState.fresh(inbound.chatId(), inbound.userId()));
  }

  /**
   * The extraction of a plain text, or null when none will be needed. Before consent it is read
   * only to tell a public question, which is answered without storing anything.
   */
  private Extraction readAhead(Inbound inbound) {
    if (!(inbound instanceof Inbound.Text text) || text.text() == null
        || text.text().strip().startsWith("/")) {
      return null;
    }
    ChatState state = load(inbound);
    if (state.stage() == Stage.EDITING_FIELD) {
      return null;
    }
    return consent.granted(state) ? drafting.read(state, text.text())
        : Drafting.read(beforeConsent, state, text.text());
  }

  private Turn route(ChatState state, Inbound inbound, Prepared prepared) {
    if (inbound instanceof Inbound.Text text) {
      return onText(state, text.text() == null ? "" : text.text(), prepared);
    }
    if (inbound instanceof Inbound.Press press) {
      return presses.press(state, press.data());
    }
    Inbound.Contact contact = (Inbound.Contact) inbound;
    if (!contact.own()) {
      return Turn.say(state, messages.get("contact.not_own"));
    }
    return onText(state, contact.phone(), null);
  }

  private Turn onText(ChatState state, String text, Prepared prepared) {
    String trimmed = text.strip();
    if (trimmed.startsWith("/")) {
      return commands.run(state, trimmed);
    }
    if (YesNoReader.isThanks(trimmed)) {
      return Turn.say(state, messages.get("reply.thanks"));
    }
    // Erasure is a right with or without consent, so its typed answer comes first.
    if (state.stage() == Stage.CONFIRMING_ERASE) {
      YesNo answer = YesNoReader.read(trimmed, YesNo.Choice.ERASE);
      if (!(answer instanceof YesNo.Neither)) {
        return erasing.answer(state, answer instanceof YesNo.Yes);
      }
    }
    boolean granted = consent.granted(state);
    if (state.stage() != Stage.EDITING_FIELD
        && Registering.wished(trimmed)) {
      // Listing events stores nothing, so it needs no consent; registering itself asks for it.
      return registering.answer(state, granted, drafting, consent.reminder());
    }
    if (!granted) {
      return consent.beforeConsent(state, trimmed, prepared);
    }
    if (state.stage() == Stage.CONFIRMING) {
      Turn typed = confirmation.typed(state, trimmed);
      if (typed != null) {
        return typed;
      }
    }
    if (state.stage() == Stage.CONFIRMING_ERASE || state.stage() == Stage.AWAITING_CONSENT
        || state.stage() == Stage.NEW || state.stage() == Stage.DECLINED) {
      state = state.withStage(drafting.resumeStage(state));
    }
    Turn turn = drafting.onText(state, trimmed, prepared == null ? null : prepared.read(),
        prepared == null ? null : prepared.answer());
    return acknowledgements.after(state, trimmed, turn);
  }
}
