package vn.ketnoi.conversation;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.ketnoi.chat.Inbound;
import vn.ketnoi.chat.Reply;
import vn.ketnoi.conversation.ConsentStore.Consent;
import vn.ketnoi.extraction.Extraction;
import vn.ketnoi.extraction.Extractor;
import vn.ketnoi.extraction.Field;
import vn.ketnoi.extraction.NeedCard;
import vn.ketnoi.extraction.NeedType;
import vn.ketnoi.extraction.Provinces;
import vn.ketnoi.extraction.Sector;
import vn.ketnoi.knowledge.Matcher;
import vn.ketnoi.need.Erasure;
import vn.ketnoi.need.Need;
import vn.ketnoi.need.NeedStore;
import vn.ketnoi.text.Fold;
import vn.ketnoi.text.Messages;

/**
 * The channel-neutral core: one inbound in, replies out. Each turn runs in one transaction that
 * loads the chat's state, applies the inbound and writes the state back, so a new process on the
 * same database continues every conversation where it was.
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

  /** What the conversation needs besides the stores: wired once in Main. */
  public record Parts(
      Extractor extractor, Provinces provinces, Messages messages, String department,
      Matcher matcher, Questions questions, StaffNotices staff) {}

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

  private final Transactions transactions;
  private final ChatStateStore states;
  private final ConsentStore consents;
  private final NeedStore needs;
  private final Erasure erasure;
  private final Provinces provinces;
  private final Matcher matcher;
  private final Questions questions;
  private final StaffNotices staff;
  private final Drafting drafting;
  private final CardView view;
  private final Messages messages;
  private final String department;

  public Conversation(
      Transactions transactions,
      ChatStateStore states,
      ConsentStore consents,
      NeedStore needs,
      Erasure erasure,
      Parts parts) {
    this.transactions = transactions;
    this.states = states;
    this.consents = consents;
    this.needs = needs;
    this.erasure = erasure;
    this.provinces = parts.provinces();
    this.matcher = parts.matcher();
    this.questions = parts.questions();
    this.staff = parts.staff();
    this.messages = parts.messages();
    this.department = parts.department();
    this.view = new CardView(messages);
    this.drafting = new Drafting(parts.extractor(), provinces, messages, department, questions,
        userId -> needs.ofUser(userId).stream().filter(n -> !n.erased()).findFirst().map(Need::card));
  }

  /**
   * An inbound with its message already read and, for a question, already answered (null when
   * there is nothing to read or answer).
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
    Reply answer = read != null && read.intent() == vn.ketnoi.extraction.Intent.QUESTION
        ? questions.answer(((Inbound.Text) inbound).text().strip())
        : null;
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
    return state.stage() == Stage.EDITING_FIELD ? null : drafting.read(state, text.text());
  }

  private Turn route(ChatState state, Inbound inbound, Prepared prepared) {
    if (inbound instanceof Inbound.Text text) {
      return onText(state, text.text() == null ? "" : text.text(), prepared);
    }
    if (inbound instanceof Inbound.Press press) {
      return onPress(state, press.data());
    }
    Inbound.Contact contact = (Inbound.Contact) inbound;
    if (!contact.own()) {
      return new Turn(state, List.of(new Reply.Text(messages.get("contact.not_own"))));
    }
    return onText(state, contact.phone(), null);
  }

  private Turn onText(ChatState state, String text, Prepared prepared) {
    String trimmed = text.strip();
    if (trimmed.startsWith("/")) {
      return command(state, commandName(trimmed));
    }
    if (YesNoReader.isThanks(trimmed)) {
      return new Turn(state, List.of(new Reply.Text(messages.get("reply.thanks"))));
    }
    // Erasure is a right with or without consent, so its typed answer comes first.
    if (state.stage() == Stage.CONFIRMING_ERASE) {
      YesNo answer = YesNoReader.read(trimmed, YesNo.Choice.ERASE);
      if (!(answer instanceof YesNo.Neither)) {
        return erase(state, answer instanceof YesNo.Yes);
      }
    }
    if (!consents.granted(state.userId())) {
      return holdUntilConsent(state, trimmed, prepared);
    }
    if (state.stage() == Stage.CONFIRMING) {
      Turn typed = typedAtSummary(state, trimmed);
      if (typed != null) {
        return typed;
      }
    }
    if (state.stage() == Stage.CONFIRMING_ERASE || state.stage() == Stage.AWAITING_CONSENT
        || state.stage() == Stage.NEW || state.stage() == Stage.DECLINED) {
      state = state.withStage(drafting.resumeStage(state));
    }
    return drafting.onText(state, trimmed, prepared == null ? null : prepared.read(),
        prepared == null ? null : prepared.answer());
  }

  /**
   * Before consent a public question the knowledge base answers is answered, storing nothing;
   * after a decline nothing is held; else the message is held and handled once they agree.
   */
  private Turn holdUntilConsent(ChatState state, String text, Prepared prepared) {
    boolean noticeShown = state.stage() == Stage.AWAITING_CONSENT || state.stage() == Stage.DECLINED;
    if (noticeShown) {
      YesNo answer = YesNoReader.read(text, YesNo.Choice.CONSENT);
      if (answer instanceof YesNo.Yes) {
        return grant(state);
      }
      if (answer instanceof YesNo.No) {
        return decline(state);
      }
    }
    if (isAnsweredQuestion(prepared)) {
      return new Turn(state, List.of(prepared.answer()));
    }
    if (state.stage() == Stage.DECLINED) {
      return new Turn(state, List.of(new Reply.Choice(messages.get("consent.not_kept"), consentButtons())));
    }
    String held = state.heldText() == null ? text : state.heldText() + "\n" + text;
    if (held.length() > Drafting.MAX_MESSAGE_CHARS) {
      held = held.substring(0, Drafting.MAX_MESSAGE_CHARS);
    }
    ChatState holding = state.withStage(Stage.AWAITING_CONSENT).withHeldText(held);
    return new Turn(holding, List.of(noticeShown ? consentReminder() : consentNotice()));
  }

  /**
   * A question the knowledge base answers needs nothing personal. One it cannot answer is held
   * like a need: passing it to staff stores it, which needs consent.
   */
  private static boolean isAnsweredQuestion(Prepared prepared) {
    return prepared != null && prepared.read() != null
        && prepared.read().intent() == vn.ketnoi.extraction.Intent.QUESTION
        && prepared.answer() != null && !Questions.unanswered(prepared.answer());
  }

  /**
   * The summary answered in words: a button's label ("Sửa", "Hủy"), a yes ("ok e", "đúng rồi
   * ạ") or a no ("sai rồi", which opens "Sửa"). Null for anything else (a correction, a question),
   * which is read as a message.
   */
  private Turn typedAtSummary(ChatState state, String text) {
    String folded = Fold.fold(Fold.nfc(text)).replaceAll("[^a-z0-9 ]", "").strip();
    if (folded.equals(Fold.fold(messages.get("summary.cancel")))) {
      return cancel(state);
    }
    YesNo answer = YesNoReader.read(text, YesNo.Choice.CONFIRM);
    if (answer instanceof YesNo.Yes) {
      return save(state);
    }
    if (answer instanceof YesNo.No || folded.equals(Fold.fold(messages.get("summary.edit")))) {
      return new Turn(state.withStage(Stage.CHOOSING_FIELD),
          List.of(new Reply.Choice(messages.get("edit.choose"), drafting.fieldButtons())));
    }
    return null;
  }

  private Turn command(ChatState state, String name) {
    return switch (name) {
      case "start" -> {
        if (!consents.granted(state.userId())) {
          yield new Turn(state.withStage(Stage.AWAITING_CONSENT), List.of(consentNotice()));
        }
        yield drafting.prompt(state.withStage(drafting.resumeStage(state)))
            .prepend(List.of(new Reply.Text(messages.get("welcome.back", department))));
      }
      case "huy" -> cancel(state);
      case "trangthai" -> new Turn(state, List.of(new Reply.Text(statusList(state.userId()))));
      case "xoadulieu" ->
          new Turn(state.withStage(Stage.CONFIRMING_ERASE),
              List.of(new Reply.Choice(messages.get("erase.ask"), eraseButtons())));
      case "quyenriengtu" ->
          new Turn(state, List.of(new Reply.Text(
              messages.get("privacy.notice", department, ConsentStore.NOTICE_VERSION))));
      case "trogiup", "help" -> new Turn(state, List.of(new Reply.Text(messages.get("help"))));
      default -> new Turn(state, List.of(new Reply.Text(
          messages.get("command.unknown") + "\n\n" + messages.get("help"))));
    };
  }

  /** "/start@ketnoi_bot arg" → "start". */
  static String commandName(String text) {
    String first = text.substring(1).split("\\s+", 2)[0];
    int at = first.indexOf('@');
    return (at >= 0 ? first.substring(0, at) : first).toLowerCase(Locale.ROOT);
  }

  private Turn onPress(ChatState state, String data) {
    String[] parts = data.split(":", 2);
    String action = parts[0];
    String arg = parts.length > 1 ? parts[1] : "";
    if (action.equals("consent")) {
      return arg.equals("yes") ? grant(state) : decline(state);
    }
    // Erasure is a right with or without consent: someone who declined may still want it.
    if (action.equals("erase")) {
      return erase(state, arg.equals("yes"));
    }
    if (!consents.granted(state.userId())) {
      return new Turn(state.withStage(Stage.AWAITING_CONSENT), List.of(consentNotice()));
    }
    boolean current = arg.equals(state.draft().id());
    return switch (action) {
      case "confirm" -> current && state.stage() == Stage.CONFIRMING ? save(state) : stale(state, arg);
      case "edit" -> current
          ? new Turn(state.withStage(Stage.CHOOSING_FIELD),
              List.of(new Reply.Choice(messages.get("edit.choose"), drafting.fieldButtons())))
          : stale(state, arg);
      case "cancel" -> current ? cancel(state) : stale(state, arg);
      case "field" -> pickField(state, arg);
      case "sector" -> choice(state, Field.SECTOR, arg);
      case "type" -> choice(state, Field.NEED_TYPE, arg);
      case "ask" -> passQuestion(state);
      case "reuse" -> drafting.reuseContact(state, arg.equals("yes"));
      case "details" -> details(state, arg);
      default -> expired(state);
    };
  }

  /** "Xem chi tiết" under the saved answer: every match with its reasons, for this user's need. */
  private Turn details(ChatState state, String code) {
    return needs.byCode(code)
        .filter(n -> n.telegramUserId() != null && n.telegramUserId() == state.userId() && !n.erased())
        .map(n -> new Turn(state, List.of(new Reply.Text(
            view.matches(matcher.match(n.card(), n.sourceText()))))))
        .orElseGet(() -> expired(state));
  }

  private Turn passQuestion(ChatState state) {
    if (state.pendingQuestion() == null) {
      return expired(state);
    }
    Turn prompt = drafting.prompt(state.withPendingQuestion(null));
    List<Reply> replies = new ArrayList<>(List.of(new Reply.Text(messages.get("answer.passed"))));
    replies.addAll(prompt.replies());
    replies.addAll(staff.newQuestion(state.userId(), state.chatId(), state.pendingQuestion(), asker(state)));
    return new Turn(prompt.state(), replies);
  }

  /** Who is asking, for staff: the business and contact of the draft, else of the latest need. */
  private String asker(ChatState state) {
    List<NeedCard> known = new ArrayList<>(List.of(state.draft().card()));
    needs.ofUser(state.userId()).forEach(n -> known.add(n.card()));
    return known.stream()
        .map(card -> Stream.of(card.companyName(), card.contactName()).filter(Objects::nonNull)
            .collect(Collectors.joining(" · ")))
        .filter(who -> !who.isEmpty()).findFirst().orElse(null);
  }

  private Turn grant(ChatState state) {
    consents.record(state.userId(), Consent.GRANTED);
    String held = state.heldText();
    ChatState granted = state.withHeldText(null).withStage(Stage.DRAFTING);
    Reply thanks = new Reply.Text(messages.get("consent.thanks"));
    Turn rest = held == null ? drafting.prompt(granted) : drafting.onText(granted, held, null, null);
    return rest.prepend(List.of(thanks));
  }

  /**
   * Nothing new is processed and the held message goes; needs saved before stay with their
   * contact data for staff, so the answer says so and offers the erasure.
   */
  private Turn decline(ChatState state) {
    consents.record(state.userId(), Consent.DECLINED);
    ChatState cleared = ChatState.fresh(state.chatId(), state.userId()).withStage(Stage.DECLINED);
    List<Need> saved = needs.ofUser(state.userId());
    if (saved.isEmpty()) {
      return new Turn(cleared, List.of(new Reply.Text(messages.get("consent.declined"))));
    }
    String codes = String.join(", ", saved.stream().map(Need::code).toList());
    return new Turn(cleared.withStage(Stage.CONFIRMING_ERASE), List.of(new Reply.Choice(
        messages.get("consent.declined_kept", saved.size(), codes), eraseButtons())));
  }

  private Turn save(ChatState state) {
    Draft draft = state.draft();
    Need need =
        needs.save(new NeedStore.NewNeed(draft.id(), state.userId(), draft.card(),
            provinces.currentOf(draft.card().province()), draft.sources(), draft.sourceText(),
            draft.otherContacts()));
    ChatState next =
        state.withDraft(Draft.empty()).withStage(Stage.DRAFTING).withAsked(null)
            .withLastSavedCode(need.code());
    String saved = messages.get("saved", need.code(), department);
    Matcher.Result matches = matcher.match(draft.card(), draft.sourceText());
    List<Reply> replies = new ArrayList<>();
    // Two messages: on Telegram a press answered by a choice edits the pressed message, and the
    // summary the business confirmed should stay readable above the answer.
    replies.add(new Reply.Text(saved));
    replies.add(new Reply.Choice(view.brief(matches),
        List.of(new Reply.Button(messages.get("matches.details"), "details:" + need.code()))));
    String offered = matches.offers().isEmpty() ? "—" : String.join(", ", matches.offers().stream()
        .limit(3).map(m -> m.offer().id() + " " + m.offer().title()).toList());
    replies.addAll(staff.newNeed(need, offered));
    return new Turn(next, replies);
  }


  /** A button of an older draft: a second "Xác nhận" finds the need the first one saved. */
  private Turn stale(ChatState state, String draftId) {
    return needs.byDraft(draftId)
        .map(n -> new Turn(state, List.of(new Reply.Text(messages.get("saved.already", n.code())))))
        .orElseGet(() -> expired(state));
  }

  private Turn expired(ChatState state) {
    return new Turn(state, List.of(new Reply.Text(messages.get("button.expired"))));
  }

  private Turn cancel(ChatState state) {
    if (state.draft().isEmpty()) {
      return new Turn(state.withStage(Stage.DRAFTING).withAsked(null),
          List.of(new Reply.Text(messages.get("nothing_to_cancel"))));
    }
    ChatState cleared = state.withDraft(Draft.empty()).withStage(Stage.DRAFTING).withAsked(null);
    return new Turn(cleared, List.of(new Reply.Text(messages.get("cancelled"))));
  }

  private Turn pickField(ChatState state, String key) {
    if (state.draft().isEmpty()) {
      return expired(state);
    }
    try {
      Field field = Field.ofKey(key);
      return Edits.EDITABLE.contains(field) ? drafting.askEdit(state, field) : expired(state);
    } catch (IllegalArgumentException e) {
      return expired(state);
    }
  }

  private Turn choice(ChatState state, Field field, String code) {
    try {
      Object value = field == Field.SECTOR
          ? Sector.valueOf(code.toUpperCase(Locale.ROOT))
          : NeedType.valueOf(code.toUpperCase(Locale.ROOT));
      return drafting.applyChoice(state, field, value);
    } catch (IllegalArgumentException e) {
      return expired(state);
    }
  }

  private Turn erase(ChatState state, boolean confirmed) {
    if (state.stage() != Stage.CONFIRMING_ERASE) {
      return expired(state);
    }
    boolean consented = consents.granted(state.userId());
    if (!confirmed) {
      Reply kept = new Reply.Text(messages.get("erase.kept"));
      return consented
          ? drafting.prompt(state.withStage(drafting.resumeStage(state))).prepend(List.of(kept))
          : new Turn(state.withStage(Stage.NEW), List.of(kept));
    }
    // Joins this turn's transaction: the erasure and the turn commit together.
    int erased = erasure.erase(state.userId(), state.chatId());
    if (consented) {
      consents.record(state.userId(), Consent.WITHDRAWN);
    }
    return new Turn(ChatState.fresh(state.chatId(), state.userId()),
        List.of(new Reply.Text(messages.get("erase.done", erased))));
  }

  private List<Reply.Button> eraseButtons() {
    return List.of(new Reply.Button(messages.get("erase.yes"), "erase:yes"),
        new Reply.Button(messages.get("erase.no"), "erase:no"));
  }

  private String statusList(long userId) {
    List<Need> mine = needs.ofUser(userId);
    if (mine.isEmpty()) {
      return messages.get("status.none");
    }
    List<String> lines = new ArrayList<>();
    lines.add(messages.get("status.header"));
    for (Need n : mine) {
      String title = n.card().title() == null ? "" : n.card().title();
      lines.add(messages.get("status.line", n.code(), title,
          messages.get("status." + n.status().code()), DATE.format(n.createdAt())));
    }
    return String.join("\n", lines);
  }

  private Reply consentNotice() {
    return new Reply.Choice(messages.get("consent.notice", department), consentButtons());
  }

  private Reply consentReminder() {
    return new Reply.Choice(messages.get("consent.needed"), consentButtons());
  }

  private List<Reply.Button> consentButtons() {
    return List.of(new Reply.Button(messages.get("consent.yes"), "consent:yes"),
        new Reply.Button(messages.get("consent.no"), "consent:no"));
  }
}
