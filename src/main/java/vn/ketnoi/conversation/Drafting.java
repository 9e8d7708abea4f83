package vn.ketnoi.conversation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import vn.ketnoi.chat.Reply;
import vn.ketnoi.extraction.Extraction;
import vn.ketnoi.extraction.Extractor;
import vn.ketnoi.extraction.Field;
import vn.ketnoi.extraction.FieldValues;
import vn.ketnoi.extraction.Intent;
import vn.ketnoi.extraction.Money;
import vn.ketnoi.extraction.NeedCard;
import vn.ketnoi.extraction.NeedType;
import vn.ketnoi.extraction.Phones;
import vn.ketnoi.extraction.Provinces;
import vn.ketnoi.extraction.RuleExtractor;
import vn.ketnoi.extraction.Sector;
import vn.ketnoi.text.Fold;
import vn.ketnoi.text.Messages;

/**
 * Writing a need card with the business: merge what each message says, ask one short question for
 * the most important missing field, show the summary when the card is complete, apply edits.
 */
final class Drafting {

  /** Longer messages are read up to this many characters. */
  static final int MAX_MESSAGE_CHARS = 4000;
  static final String USER = "user";

  /** The fields a business's answer to each of the bot's questions gives. */
  private static final Map<String, Set<Field>> ANSWERS = Map.of(
      "title", Set.of(Field.TITLE, Field.DESCRIPTION),
      "phone", Set.of(Field.PHONE, Field.EMAIL),
      "who", Set.of(Field.COMPANY_NAME, Field.CONTACT_NAME),
      "sector", Set.of(Field.SECTOR),
      "need_type", Set.of(Field.NEED_TYPE));

  /**
   * Values a business states in so many words: a later message that changes one corrects it ("à
   * nhầm, kinh phí 300 triệu thôi"). Sector, need type and the need's wording are inferred, and
   * a later message refines them rather than correcting the business.
   */
  private static final Set<Field> STATED = Set.of(Field.COMPANY_NAME, Field.CONTACT_NAME,
      Field.PHONE, Field.EMAIL, Field.PROVINCE, Field.BUDGET_VND_MIN, Field.BUDGET_VND_MAX,
      Field.EMPLOYEES, Field.TIMELINE);

  /**
   * Words that say a message corrects what the business gave before, folded ("nhầm", "đúng là",
   * "sửa lại", "đổi số"); short ones that fold onto common words ("thấy", "sữa") are left out.
   */
  private static final Pattern CORRECTION = Pattern.compile(
      "(?<![a-z])(nham|dung la|dung ra la|moi dung|sua lai|sua thanh|sua so|xin sua|thay bang"
          + "|thay so|thay doi|khong phai|cap nhat|doi so|doi sang|doi lai|doi thanh)(?![a-z])");

  private final Extractor extractor;
  private final FieldValues values;
  private final Messages messages;
  private final CardView view;
  private final String department;
  private final Questions questions;

  /** The card of the business's last saved need, to offer its contact for the next one. */
  interface LastCard {
    java.util.Optional<NeedCard> of(long userId);
  }

  private final LastCard lastCard;

  Drafting(Extractor extractor, Provinces provinces, Messages messages, String department,
      Questions questions, LastCard lastCard) {
    this.lastCard = lastCard;
    this.extractor = extractor;
    this.values = new FieldValues(provinces, messages);
    this.messages = messages;
    this.view = new CardView(messages);
    this.department = department;
    this.questions = questions;
  }

  /** What the extractor reads in a text, against the chat's draft; may be slow (a model). */
  Extraction read(ChatState state, String rawText) {
    return extractor.extract(readable(rawText), state.draft().card());
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
      return applyEdit(state, text).prepend(notes);
    }
    if (REUSE.equals(state.asked())) {
      YesNo reply = YesNoReader.read(text, YesNo.Choice.CONSENT);
      if (!(reply instanceof YesNo.Neither)) {
        return reuseContact(state, reply instanceof YesNo.Yes).prepend(notes);
      }
    }
    Extraction ex = read != null ? read : read(state, text);
    NeedCard stated = withProducts(ex.card(), text);
    if ("phone".equals(state.asked()) && stated.phone() == null && stated.email() == null
        && Phones.hasMalformed(text)) {
      return new Turn(state, List.of(new Reply.Text(messages.get("phone.invalid", text))))
          .prepend(notes);
    }
    if (answersAsked(state.asked(), stated)) {
      return merge(state, withoutNarrative(stated), ex, text).prepend(notes);
    }
    NeedCard shortAnswer = answerToQuestion(state.asked(), text, ex);
    if (shortAnswer != null) {
      Draft draft = state.draft().with(shortAnswer, sourcesOf(state, shortAnswer, ex.sources()), text);
      return next(state.withDraft(draft)).prepend(notes);
    }
    boolean statesSomething = !withoutNarrative(stated).statedFields().isEmpty();
    return switch (ex.intent()) {
      case QUESTION -> {
        Reply reply = answer != null ? answer : questions.answer(text);
        ChatState asked = withSupportWish(state, ex, text);
        ChatState next = Questions.unanswered(reply) ? asked.withPendingQuestion(text) : asked;
        yield prompt(next).prepend(List.of(reply)).prepend(notes);
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
      case NEED -> merge(state, stated, ex, text).prepend(notes);
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
    return state.withDraft(state.draft().with(wish, sourcesOf(state, wish, ex.sources()), text));
  }

  private Turn merge(ChatState state, NeedCard stated, Extraction ex, String text) {
    NeedCard update = keepingContacts(state, stated, text);
    Draft draft = state.draft().with(update, sourcesOf(state, update, ex.sources()), text);
    return next(state.withDraft(draft));
  }

  /**
   * A phone or e-mail different from the one the draft has is another way to reach the business
   * ("ngoài ra gọi số 0208 3855 123"), kept beside the first, unless the message says it corrects
   * it ("à nhầm, số đúng là …") or answers the bot's question for it.
   */
  private static NeedCard keepingContacts(ChatState state, NeedCard stated, String text) {
    if ("phone".equals(state.asked()) || CORRECTION.matcher(Fold.fold(Fold.nfc(text))).find()) {
      return stated;
    }
    NeedCard kept = stated;
    for (Field f : List.of(Field.PHONE, Field.EMAIL)) {
      if (f.isStated(state.draft().card()) && f.isStated(stated)
          && !f.valueIn(state.draft().card()).equals(f.valueIn(stated))) {
        kept = kept.with(f, null);
      }
    }
    return kept;
  }

  /**
   * Who gave each field a message states: the business itself when it answers the bot's question
   * or corrects a value it stated before, else the extractor that read it. A value said again
   * keeps the source it had.
   */
  private static Map<String, String> sourcesOf(ChatState state, NeedCard stated, Map<String, String> read) {
    NeedCard before = state.draft().card();
    Set<Field> answered = state.asked() == null ? Set.of() : ANSWERS.getOrDefault(state.asked(), Set.of());
    Map<String, String> sources = new HashMap<>();
    for (Field f : Field.values()) {
      if (!f.isStated(stated)) {
        continue;
      }
      String readBy = read.getOrDefault(f.key(), RuleExtractor.SOURCE);
      boolean had = f.isStated(before);
      if (had && Objects.equals(f.valueIn(before), f.valueIn(stated))) {
        sources.put(f.key(), state.draft().sources().getOrDefault(f.key(), readBy));
      } else if (answered.contains(f) || (had && STATED.contains(f))) {
        sources.put(f.key(), USER);
      } else {
        sources.put(f.key(), readBy);
      }
    }
    return sources;
  }

  /** The message gives what the bot asked for, whatever else it looks like. */
  private static boolean answersAsked(String asked, NeedCard stated) {
    if (asked == null) {
      return false;
    }
    return switch (asked) {
      case "phone" -> stated.phone() != null || stated.email() != null;
      case "who" -> stated.companyName() != null || stated.contactName() != null;
      case "sector" -> stated.sector() != null;
      case "need_type" -> stated.needType() != null;
      default -> false;
    };
  }

  /**
   * A short answer to the question the bot asked, when the rules find nothing in it: "Nguyễn Văn
   * Nam" answers "who", "máy ép cám viên" answers "what". Null when the text is not such an answer.
   */
  private NeedCard answerToQuestion(String asked, String text, Extraction ex) {
    NeedCard stated = ex.card();
    boolean plainAnswer = ex.intent() != Intent.QUESTION && !text.matches(".*\\d{3,}.*");
    if ("who".equals(asked) && stated.companyName() == null && stated.contactName() == null
        && plainAnswer && text.split("\\s+").length <= 8) {
      boolean business = text.matches("(?iu)^(công ty|cty|htx|hợp tác xã|cơ sở|doanh nghiệp|"
          + "hộ kinh doanh|xưởng|trang trại|cong ty|hop tac xa|co so|doanh nghiep)\\b.*");
      return stated.mergedWith(Edits.only(business ? Field.COMPANY_NAME : Field.CONTACT_NAME, text));
    }
    if ("title".equals(asked) && stated.title() == null && plainAnswer
        && Products.in(text).isEmpty()
        && ex.intent() != Intent.GREETING && text.split("\\s+").length >= 2) {
      return stated.mergedWith(Edits.only(Field.TITLE, cut(text, 200)).withDescription(text));
    }
    return null;
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
    String missing = missing(state.draft().card());
    if (missing == null) {
      Draft draft = state.draft();
      return new Turn(
          state.withStage(Stage.CONFIRMING).withAsked(null),
          List.of(new Reply.Choice(view.summary(draft.card(), draft.otherContacts()), List.of(
              new Reply.Button(messages.get("summary.confirm"), "confirm:" + draft.id()),
              new Reply.Button(messages.get("summary.edit"), "edit:" + draft.id()),
              new Reply.Button(messages.get("summary.cancel"), "cancel:" + draft.id())))));
    }
    if ("phone".equals(missing) && !"phone".equals(state.asked()) && !REUSE.equals(state.asked())) {
      java.util.Optional<NeedCard> last = lastCard.of(state.userId())
          .filter(c -> c.phone() != null || c.email() != null);
      if (last.isPresent()) {
        return offerContact(state, last.get());
      }
    }
    ChatState asking = state.withStage(Stage.DRAFTING).withAsked(missing);
    return new Turn(asking, List.of(question(missing)));
  }

  /** What the bot asked when it offered the last need's contact. */
  static final String REUSE = "reuse";

  /** "Dùng lại số 0918…, anh Phong?": a returning business need not type its contact again. */
  private Turn offerContact(ChatState state, NeedCard last) {
    String contact = last.phone() != null ? last.phone() : last.email();
    String who = last.contactName() != null ? last.contactName()
        : last.companyName() != null ? last.companyName() : "";
    String text = who.isEmpty() ? messages.get("reuse.ask", contact)
        : messages.get("reuse.ask_named", contact, who);
    return new Turn(state.withStage(Stage.DRAFTING).withAsked(REUSE), List.of(new Reply.Choice(text, List.of(
        new Reply.Button(messages.get("reuse.yes"), "reuse:yes"),
        new Reply.Button(messages.get("reuse.no"), "reuse:no")))));
  }

  /** The answer to the offer: the last contact, who and where merged as the business's own. */
  Turn reuseContact(ChatState state, boolean reuse) {
    java.util.Optional<NeedCard> last = lastCard.of(state.userId());
    if (!REUSE.equals(state.asked()) || last.isEmpty()) {
      return prompt(state);
    }
    if (!reuse) {
      return new Turn(state.withAsked("phone"), List.of(question("phone")));
    }
    NeedCard l = last.get();
    NeedCard contact = NeedCard.EMPTY.with(Field.PHONE, l.phone()).with(Field.EMAIL, l.email())
        .with(Field.CONTACT_NAME, l.contactName()).with(Field.COMPANY_NAME, l.companyName());
    if (state.draft().card().province() == null && l.province() != null) {
      contact = contact.with(Field.PROVINCE, l.province());
    }
    Map<String, String> sources = new HashMap<>();
    contact.statedFields().forEach(f -> sources.put(f, USER));
    return next(state.withAsked(null).withDraft(state.draft().with(contact, sources, null)));
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

  private Reply question(String missing) {
    return switch (missing) {
      case "sector" -> new Reply.Choice(messages.get("ask.sector"), sectorButtons());
      case "need_type" -> new Reply.Choice(messages.get("ask.need_type"), needTypeButtons());
      case "phone" -> new Reply.AskContact(messages.get("ask.contact"), messages.get("contact.share"));
      default -> new Reply.Text(messages.get("ask." + missing));
    };
  }

  /** need-card.md: what is needed, a way to reach the business, and who it is; then the codes. */
  static String missing(NeedCard card) {
    if (card.title() == null && card.description() == null) {
      return "title";
    }
    if (card.phone() == null && card.email() == null) {
      return "phone";
    }
    if (card.companyName() == null && card.contactName() == null) {
      return "who";
    }
    if (card.sector() == null) {
      return "sector";
    }
    if (card.needType() == null) {
      return "need_type";
    }
    return null;
  }

  List<Reply.Button> sectorButtons() {
    return java.util.Arrays.stream(Sector.values())
        .map(s -> new Reply.Button(messages.get("sector." + s.code()), "sector:" + s.code()))
        .toList();
  }

  List<Reply.Button> needTypeButtons() {
    return java.util.Arrays.stream(NeedType.values())
        .map(t -> new Reply.Button(messages.get("need_type." + t.code()), "type:" + t.code()))
        .toList();
  }

  List<Reply.Button> fieldButtons() {
    return Edits.EDITABLE.stream()
        .map(f -> new Reply.Button(messages.get("field." + label(f)), "field:" + f.key()))
        .toList();
  }

  static String label(Field f) {
    return f == Field.BUDGET_VND_MIN ? "budget" : f.key();
  }

  /** A field picked from "Sửa": ask for its value (codes are picked with buttons). */
  Turn askEdit(ChatState state, Field field) {
    ChatState editing = state.withStage(Stage.EDITING_FIELD).withAsked(field.key());
    return switch (field) {
      case SECTOR -> new Turn(editing, List.of(new Reply.Choice(messages.get("ask.sector"), sectorButtons())));
      case NEED_TYPE ->
          new Turn(editing, List.of(new Reply.Choice(messages.get("ask.need_type"), needTypeButtons())));
      default -> new Turn(editing,
          List.of(new Reply.Text(messages.get("edit.ask", messages.get("field." + label(field)).toLowerCase(java.util.Locale.ROOT)))));
    };
  }

  /** A value picked with a button (sector, need type): the user's own choice. */
  Turn applyChoice(ChatState state, Field field, Object value) {
    Draft draft = state.draft().with(Edits.only(field, value), Map.of(field.key(), USER), null);
    return next(state.withDraft(draft));
  }

  /**
   * The typed value of the field picked from "Sửa", read by the same parsers as a staff
   * correction; what they cannot read is asked again (codes with their buttons).
   */
  private Turn applyEdit(ChatState state, String text) {
    Field field = Field.ofKey(state.asked());
    boolean freeText = field == Field.TITLE || field == Field.COMPANY_NAME || field == Field.CONTACT_NAME;
    FieldValues.Reading reading = field == Field.BUDGET_VND_MIN ? values.budget(text)
        : values.read(field, freeText ? cut(text, 200) : text);
    if (reading instanceof FieldValues.Invalid invalid) {
      return switch (invalid.problem()) {
        case CODE -> codeByExtractor(state, field, text);
        case PHONE -> retry(state, messages.get("phone.invalid", text));
        case EMAIL -> retry(state, messages.get("edit.invalid_email", text));
        case PROVINCE -> retry(state, messages.get("edit.invalid_province", text));
        case BUDGET, AMOUNT -> retry(state, messages.get("edit.invalid_budget", text));
        default -> askEdit(state, field);
      };
    }
    Object value = ((FieldValues.Value) reading).value();
    NeedCard update = value instanceof Money.Budget budget
        ? NeedCard.EMPTY.with(Field.BUDGET_VND_MIN, budget.min()).with(Field.BUDGET_VND_MAX, budget.max())
        : Edits.only(field, value);
    return edited(state, update, text);
  }

  /** A sector or need type the parsers do not know may still be read by the extractor (a model). */
  private Turn codeByExtractor(ChatState state, Field field, String text) {
    NeedCard stated = extractor.extract(text, state.draft().card()).card();
    Object value = field == Field.SECTOR ? stated.sector() : stated.needType();
    return value == null ? askEdit(state, field) : edited(state, Edits.only(field, value), text);
  }

  private Turn edited(ChatState state, NeedCard update, String text) {
    Map<String, String> sources = new HashMap<>();
    update.statedFields().forEach(f -> sources.put(f, USER));
    Draft draft = state.draft().with(update, sources, text);
    return next(state.withDraft(draft));
  }

  private Turn retry(ChatState state, String message) {
    return new Turn(state, List.of(new Reply.Text(message)));
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

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
