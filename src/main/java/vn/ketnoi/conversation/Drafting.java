package vn.ketnoi.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ketnoi.chat.Reply;
import vn.ketnoi.extraction.Extraction;
import vn.ketnoi.extraction.Extractor;
import vn.ketnoi.card.Field;
import vn.ketnoi.extraction.Intent;
import vn.ketnoi.card.NeedCard;
import vn.ketnoi.card.Source;
import vn.ketnoi.extraction.Phones;
import vn.ketnoi.extraction.Provinces;
import vn.ketnoi.text.Messages;

/**
 * Writing a need card with the business: merge what each message says, ask one short question for
 * the most important missing field, show the summary when the card is complete, apply edits.
 */
final class Drafting {

  /** Longer messages are read up to this many characters. */
  static final int MAX_MESSAGE_CHARS = 4000;
  private final Extractor extractor;
  private final Messages messages;
  private final CardView view;
  private final String department;
  private final Questions questions;
  private final Prompts prompts;
  private final FieldEdit edit;
  private final ContactOffer contactOffer;
  private final NamedProvince named;

  Drafting(Extractor extractor, Provinces provinces, Messages messages, String department,
      Questions questions, ContactOffer.LastCard lastCard) {
    this.extractor = extractor;
    this.messages = messages;
    this.view = new CardView(messages, provinces);
    this.department = department;
    this.questions = questions;
    this.prompts = new Prompts(messages);
    this.edit = new FieldEdit(extractor, provinces, prompts, messages);
    this.contactOffer = new ContactOffer(lastCard, messages);
    this.named = new NamedProvince(provinces);
  }

  Prompts prompts() {
    return prompts;
  }

  /** What the extractor reads in a text, against the chat's draft; may be slow (a model). */
  Extraction read(ChatState state, String rawText) {
    return read(extractor, state, rawText);
  }

  /** The same with another extractor (the rules, before consent). */
  static Extraction read(Extractor using, ChatState state, String rawText) {
    return using.extract(readable(rawText), state.draft().card());
  }

  /** The part of a message the bot reads: trimmed, at most MAX_MESSAGE_CHARS. */
  private static String readable(String rawText) {
    String text = rawText.strip();
    return text.length() > MAX_MESSAGE_CHARS ? text.substring(0, MAX_MESSAGE_CHARS) : text;
  }

  /**
   * Handles a text; {@code read} is its extraction and {@code answer} the answer to it as a
   * question, when done ahead outside the transaction (null otherwise).
   */
  Turn onText(ChatState state, String rawText, Extraction read, Reply answer) {
    String text = readable(rawText);
    if (text.isEmpty()) {
      return new Turn(state, List.of(new Reply.Text(messages.get("text.empty"))));
    }
    List<Reply> notes = new ArrayList<>();
    if (rawText.strip().length() > MAX_MESSAGE_CHARS) {
      notes.add(new Reply.Text(messages.get("text.too_long", MAX_MESSAGE_CHARS)));
    }
    if (state.stage() == Stage.EDITING_FIELD) {
      return edit.apply(state, text, this::next).prepend(notes);
    }
    if (state.asked() == Asked.REUSE_CONTACT) {
      YesNo reply = YesNoReader.read(text, YesNo.Choice.CONSENT);
      if (!(reply instanceof YesNo.Neither)) {
        return reuseContact(state, reply instanceof YesNo.Yes).prepend(notes);
      }
    }
    Extraction ex = read != null ? read : read(state, text);
    NeedCard stated = withProducts(ex.card(), text);
    boolean askedContact = state.asked() == Asked.CONTACT;
    Phones.Refusal refused = Phones.refusal(text, askedContact && stated.phone() == null);
    if (refused != null && askedContact && stated.phone() == null && stated.email() == null) {
      return new Turn(state, List.of(PhoneRefusals.of(messages, refused))).prepend(notes);
    }
    if (refused != null) {
      // A wrong number in a longer message is said at once, not only asked for again later.
      notes.add(PhoneRefusals.of(messages, refused));
    }
    if (ShortAnswers.answersAsked(state.asked(), stated)) {
      return merge(state, withoutNarrative(stated), ex, text).prepend(notes);
    }
    NeedCard amended = BudgetAmends.of(state.draft(), text);
    amended = amended != null ? amended : BudgetNamed.of(state.draft(), text);
    if (amended != null) {
      amended = amended.mergedWith(NeedCard.EMPTY.with(Field.SUPPORT_WANTED, stated.supportWanted()));
      Draft draft = state.draft().with(amended, FieldSources.allByUser(amended), text);
      return next(state.withDraft(draft)).prepend(notes);
    }
    NeedCard shortAnswer = ShortAnswers.answerToQuestion(state.asked(), text, ex);
    if (shortAnswer != null) {
      Draft draft = state.draft().with(shortAnswer, FieldSources.of(state, shortAnswer, ex.sources()), text);
      return next(state.withDraft(draft)).prepend(notes);
    }
    boolean statesSomething = !withoutNarrative(stated).statedFields().isEmpty();
    if (ex.intent() != Intent.NEED && !state.draft().isEmpty() && BudgetUnknown.said(text)) {
      return aside(state.withDraft(state.draft().with(NeedCard.EMPTY, Map.of(), text)),
          messages.get("budget.unknown")).prepend(notes);
    }
    return switch (ex.intent()) {
      case QUESTION -> {
        Reply reply = answer != null ? answer : questions.answer(text);
        ChatState asked = withSupportWish(state, ex, text);
        ChatState next = Questions.unanswered(reply) ? asked.withPendingQuestion(text) : asked;
        // After an answer, a short line: the long invitation would bury it on a phone.
        Turn resume = next.draft().isEmpty()
            ? Turn.say(next.withStage(Stage.DRAFTING).withAsked(null), messages.get("invite.after_answer"))
            : prompt(next);
        yield resume.prepend(List.of(reply)).prepend(notes);
      }
      case GREETING, OTHER -> {
        if (statesSomething) {
          // "à nhầm, kinh phí 300 triệu thôi" corrects the draft; "nhà chị làm bánh tráng ở Trảng
          // Bàng, Tây Ninh" only gives context: both are merged and kept with the source text.
          yield merge(state, withoutNarrative(stated), ex, text).prepend(notes);
        }
        yield ex.intent() == Intent.GREETING
            ? aside(state, messages.get("reply.greeting", department)).prepend(notes)
            : unclear(state).prepend(notes);
      }
      case NEED -> {
        Turn merged = SecondNeeds.adds(state, ex, text)
            ? prompt(SecondNeeds.keep(state, stated, ex, text))
                .prepend(List.of(new Reply.Text(messages.get("need.second", Titles.clean(stated.title())))))
            : merge(state, stated, ex, text);
        yield (answer != null ? merged.prepend(List.of(answer)) : merged).prepend(notes);
      }
    };
  }

  /**
   * "Có hỗ trợ kinh phí không?" asked during a need is also a wish for that support: it goes on the
   * draft, with the question kept among the business's words, and the draft goes on.
   */
  private static ChatState withSupportWish(ChatState state, Extraction ex, String text) {
    if (state.draft().isEmpty() || ex.card().supportWanted().isEmpty()) {
      return state;
    }
    NeedCard wish = NeedCard.EMPTY.with(Field.SUPPORT_WANTED, ex.card().supportWanted());
    return state.withDraft(state.draft().with(wish, FieldSources.of(state, wish, ex.sources()), text));
  }

  private Turn merge(ChatState state, NeedCard stated, Extraction ex, String text) {
    NeedCard update = Renames.applied(state.draft(), Titles.keepingTheNeed(state.draft().card(),
        FieldSources.keepingContacts(state, stated, text)), named);
    Draft draft = state.draft().with(update, FieldSources.of(state, update, ex.sources()), text);
    return next(state.withDraft(draft));
  }

  /** Greetings, questions and off-topic texts: answer, then resume the draft where it was. */
  private Turn aside(ChatState state, String answer) {
    if (state.stage() == Stage.CONFIRMING) {
      return new Turn(state, List.of(new Reply.Text(answer), new Reply.Text(messages.get("confirm.again"))));
    }
    return prompt(state).prepend(List.of(new Reply.Text(answer)));
  }

  /**
   * A message the bot did not understand: one short line, not the long invitation or the whole
   * summary again ("để em hỏi giám đốc đã" while the summary waits).
   */
  private Turn unclear(ChatState state) {
    if (state.stage() == Stage.CONFIRMING) {
      return new Turn(state, List.of(new Reply.Text(messages.get("confirm.again"))));
    }
    if (state.draft().isEmpty()) {
      return new Turn(state.withStage(Stage.DRAFTING).withAsked(null),
          List.of(new Reply.Text(messages.get("reply.other", department))));
    }
    return next(state).prepend(List.of(new Reply.Text(messages.get("reply.unclear"))));
  }

  /** What to say to resume: the next question, or an invitation when nothing is drafted yet. */
  Turn prompt(ChatState state) {
    if (state.draft().isEmpty()) {
      return new Turn(state.withStage(Stage.DRAFTING).withAsked(null),
          List.of(new Reply.Text(messages.get("invite"))));
    }
    return next(state);
  }

  /** Ask for the most important missing field, or show the summary when nothing is missing. */
  Turn next(ChatState state) {
    state = state.withDraft(cleaned(state.draft()));
    Asked missing = missing(state.draft().card());
    if (missing == null) {
      Draft draft = state.draft();
      NeedCard shown = named.filled(draft.card(), draft.messages());
      List<Reply.Button> actions = List.of(
          new Reply.Button(messages.get("summary.confirm"), new ButtonData.Confirm(draft.id()).render()),
          new Reply.Button(messages.get("summary.edit"), new ButtonData.Edit(draft.id()).render()),
          new Reply.Button(messages.get("summary.cancel"), new ButtonData.Cancel(draft.id()).render()));
      return new Turn(state.withStage(Stage.CONFIRMING).withAsked(null),
          List.of(view.summary(shown, draft, !shown.equals(draft.card()), actions)));
    }
    if (missing == Asked.CONTACT && state.asked() != Asked.CONTACT && state.asked() != Asked.REUSE_CONTACT) {
      Optional<NeedCard> last = contactOffer.offerable(state);
      if (last.isPresent()) {
        return contactOffer.offer(state, last.get());
      }
    }
    ChatState asking = state.withStage(Stage.DRAFTING).withAsked(missing);
    return new Turn(asking, List.of(prompts.question(missing)));
  }

  /** The answer to the offer: the last contact, who and where merged as the business's own. */
  Turn reuseContact(ChatState state, boolean reuse) {
    Optional<NeedCard> last = contactOffer.last(state);
    if (state.asked() != Asked.REUSE_CONTACT || last.isEmpty()) {
      return prompt(state);
    }
    if (!reuse) {
      return new Turn(state.withAsked(Asked.CONTACT), List.of(prompts.question(Asked.CONTACT)));
    }
    NeedCard contact = ContactOffer.contactOf(last.get(), state.draft().card());
    return next(state.withAsked(null)
        .withDraft(state.draft().with(contact, FieldSources.allByUser(contact), null)));
  }

  /** The draft with a title and description staff can read ({@link Titles}). */
  private static Draft cleaned(Draft draft) {
    NeedCard card = draft.card();
    NeedCard clean = card.withTitle(Titles.clean(card.title()))
        .withDescription(Titles.describe(card.description()));
    return clean.equals(card) ? draft
        : new Draft(draft.id(), clean, draft.sources(), draft.messages(), draft.otherContacts());
  }

  Stage resumeStage(ChatState state) {
    return missing(state.draft().card()) == null && !state.draft().isEmpty()
        ? Stage.CONFIRMING
        : Stage.DRAFTING;
  }

  /** need-card.md: what is needed, a way to reach the business, and who it is; then the codes. */
  static Asked missing(NeedCard card) {
    if (card.title() == null && card.description() == null) {
      return Asked.TITLE;
    }
    if (card.phone() == null && card.email() == null) {
      return Asked.CONTACT;
    }
    if (card.companyName() == null && card.contactName() == null) {
      return Asked.WHO;
    }
    if (card.sector() == null) {
      return Asked.SECTOR;
    }
    if (card.needType() == null) {
      return Asked.NEED_TYPE;
    }
    return null;
  }

  /** A value picked with a button (sector, need type): the user's own choice. */
  Turn applyChoice(ChatState state, Field field, Object value) {
    Draft draft = state.draft().with(Edits.only(field, value), Map.of(field.key(), Source.USER), null);
    return next(state.withDraft(draft));
  }

  /** The products a context message names ("nhà chị làm bánh tráng"), when the reading has none. */
  private static NeedCard withProducts(NeedCard card, String text) {
    return card.products().isEmpty()
        ? Products.in(text).map(p -> card.with(Field.PRODUCTS, List.of(p))).orElse(card)
        : card;
  }

  private static NeedCard withoutNarrative(NeedCard card) {
    return card.withTitle(null).withDescription(null);
  }

  static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
