package vn.ketnoi.conversation;

import java.util.ArrayList;
import java.util.List;
import vn.ketnoi.card.NeedCard;
import vn.ketnoi.chat.Reply;
import vn.ketnoi.extraction.Provinces;
import vn.ketnoi.knowledge.Matcher;
import vn.ketnoi.knowledge.Matching;
import vn.ketnoi.need.Need;
import vn.ketnoi.need.NeedStore;
import vn.ketnoi.text.Fold;
import vn.ketnoi.text.Messages;

/** The summary's answers: save with the matches reply, edit, cancel; and the saved need's details. */
final class Confirmation {
  private final NeedStore needs;
  private final Provinces provinces;
  private final Matching matcher;
  private final Conversation.StaffNotices staff;
  private final Conversation.Events events;
  private final Drafting drafting;
  private final CardView view;
  private final Messages messages;
  private final String department;
  private final NamedProvince named;

  Confirmation(NeedStore needs, Drafting drafting, Conversation.Parts parts) {
    this.needs = needs;
    this.provinces = parts.provinces();
    this.matcher = parts.matcher();
    this.staff = parts.staff();
    this.events = parts.events();
    this.drafting = drafting;
    this.messages = parts.messages();
    this.view = new CardView(messages, provinces);
    this.department = parts.department();
    this.named = new NamedProvince(provinces);
  }

  /**
   * The summary answered in words: a button's label ("Sửa", "Hủy"), a yes ("ok e", "đúng rồi
   * ạ") or a no ("sai rồi", which opens "Sửa"). Null for anything else (a correction, a question),
   * which is read as a message.
   */
  Turn typed(ChatState state, String text) {
    String folded = Fold.fold(Fold.nfc(text)).replaceAll("[^a-z0-9 ]", "").strip();
    if (folded.equals(Fold.fold(messages.get("summary.cancel")))) {
      return cancel(state);
    }
    YesNo answer = YesNoReader.read(text, YesNo.Choice.CONFIRM);
    if (answer instanceof YesNo.Yes) {
      return save(state);
    }
    if (answer instanceof YesNo.No || folded.equals(Fold.fold(messages.get("summary.edit")))) {
      return chooseField(state);
    }
    return null;
  }

  /** "Sửa": the fields to pick from. */
  Turn chooseField(ChatState state) {
    return new Turn(state.withStage(Stage.CHOOSING_FIELD),
        List.of(new Reply.Choice(messages.get("edit.choose"), drafting.prompts().fieldButtons())));
  }

  Turn save(ChatState state) {
    Draft draft = state.draft();
    // The card as the summary showed it, with the province of the business's name if it had one.
    NeedCard card = named.filled(draft.card(), draft.messages());
    Need need =
        needs.save(new NeedStore.NewNeed(draft.id(), state.userId(), card,
            provinces.currentOf(card.province()), draft.sources(), draft.sourceText(),
            draft.otherContacts()));
    ChatState next =
        state.withDraft(Draft.empty()).withStage(Stage.DRAFTING).withAsked(null)
            .withLastSavedCode(need.code()).withCancelledContact(null);
    String saved = messages.get("saved", need.code(), department);
    Matcher.Result matches = matcher.match(card, draft.sourceText());
    List<Reply> replies = new ArrayList<>();
    // Two messages: on Telegram a press answered by a choice edits the pressed message, and the
    // summary the business confirmed should stay readable above the answer.
    replies.add(new Reply.Text(saved));
    replies.add(new Reply.Choice(view.brief(matches), List.of(new Reply.Button(
        messages.get("matches.details"), new ButtonData.Details(need.code()).render()))));
    String offered = matches.offers().isEmpty() ? "—" : String.join(", ", matches.offers().stream()
        .limit(3).map(m -> m.offer().id() + " " + m.offer().title()).toList());
    replies.addAll(events.afterSaved(state.userId()));
    replies.addAll(staff.newNeed(need, offered));
    return secondNeed(new Turn(next, replies), card);
  }

  /** After the first card leaves the chat, the second need kept aside ({@link SecondNeeds}). */
  private Turn secondNeed(Turn done, NeedCard first) {
    Draft second = done.state().pendingNeed();
    if (second == null) {
      return done;
    }
    Turn next = drafting.next(SecondNeeds.next(done.state(), first));
    List<Reply> replies = new ArrayList<>(done.replies());
    replies.add(new Reply.Text(messages.get("need.second.next", Titles.clean(second.card().title()))));
    replies.addAll(next.replies());
    return new Turn(next.state(), replies);
  }

  /** "Xem chi tiết" under the saved answer: every match with its reasons, for this user's need. */
  Turn details(ChatState state, String code) {
    return needs.byCode(code)
        .filter(n -> n.telegramUserId() != null && n.telegramUserId() == state.userId() && !n.erased())
        .map(n -> Turn.say(state, view.matches(matcher.match(n.card(), n.sourceText()))))
        .orElseGet(() -> expired(state));
  }

  /** A button of an older draft: a second "Xác nhận" finds the need the first one saved. */
  Turn stale(ChatState state, String draftId) {
    return needs.byDraft(draftId)
        .map(n -> Turn.say(state, messages.get("saved.already", n.code())))
        .orElseGet(() -> expired(state));
  }

  Turn expired(ChatState state) {
    return Turn.say(state, messages.get("button.expired"));
  }

  Turn cancel(ChatState state) {
    if (state.draft().isEmpty()) {
      return Turn.say(state.withStage(Stage.DRAFTING).withAsked(null), messages.get("nothing_to_cancel"));
    }
    NeedCard who = ContactOffer.contactOf(state.draft().card(), NeedCard.EMPTY);
    ChatState cleared = state.withDraft(Draft.empty()).withStage(Stage.DRAFTING).withAsked(null)
        .withCancelledContact(who.phone() != null || who.email() != null ? who : state.cancelledContact());
    return secondNeed(Turn.say(cleared, messages.get("cancelled")), state.draft().card());
  }
}
