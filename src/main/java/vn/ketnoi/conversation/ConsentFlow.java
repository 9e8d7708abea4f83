package vn.ketnoi.conversation;

import java.util.List;
import vn.ketnoi.chat.Reply;
import vn.ketnoi.conversation.ConsentStore.Consent;
import vn.ketnoi.extraction.Intent;
import vn.ketnoi.need.Need;
import vn.ketnoi.need.NeedStore;
import vn.ketnoi.text.Messages;

/**
 * The privacy notice and the answer to it. Before consent a public question the knowledge base
 * answers is answered with nothing stored; a need is held and handled once they agree; after a
 * decline nothing is held.
 */
final class ConsentFlow {
  private final ConsentStore consents;
  private final NeedStore needs;
  private final Drafting drafting;
  private final Erasing erasing;
  private final Messages messages;
  private final String department;
  private final Conversation.Events events;

  ConsentFlow(ConsentStore consents, NeedStore needs, Drafting drafting, Erasing erasing,
      Messages messages, String department, Conversation.Events events) {
    this.consents = consents;
    this.needs = needs;
    this.drafting = drafting;
    this.erasing = erasing;
    this.messages = messages;
    this.department = department;
    this.events = events;
  }

  boolean granted(ChatState state) {
    return consents.granted(state.userId());
  }

  /** A text from someone who has not agreed (yet). */
  Turn beforeConsent(ChatState state, String text, Conversation.Prepared prepared) {
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
      return new Turn(state, List.of(new Reply.Choice(messages.get("consent.not_kept"), buttons())));
    }
    String held = state.heldText() == null ? text : state.heldText() + "\n" + text;
    if (held.length() > Drafting.MAX_MESSAGE_CHARS) {
      held = held.substring(0, Drafting.MAX_MESSAGE_CHARS);
    }
    ChatState holding = state.withStage(Stage.AWAITING_CONSENT).withHeldText(held);
    if (isUnansweredQuestion(prepared)) {
      // Say that the question was read and what consent would do with it, not "kept for later".
      return new Turn(holding, List.of(new Reply.Choice(messages.get("consent.question_held"), buttons())));
    }
    return new Turn(holding, List.of(noticeShown ? reminder() : notice()));
  }

  private static boolean isUnansweredQuestion(Conversation.Prepared prepared) {
    return prepared != null && prepared.read() != null
        && prepared.read().intent() == Intent.QUESTION
        && (prepared.answer() == null || Questions.unanswered(prepared.answer()));
  }

  /**
   * A question the knowledge base answers needs nothing personal. One it cannot answer is held
   * like a need: passing it to staff stores it, which needs consent.
   */
  private static boolean isAnsweredQuestion(Conversation.Prepared prepared) {
    return prepared != null && prepared.read() != null
        && prepared.read().intent() == Intent.QUESTION
        && prepared.answer() != null && !Questions.unanswered(prepared.answer());
  }

  /** The notice, with the chat waiting for the answer. */
  Turn ask(ChatState state) {
    return new Turn(state.withStage(Stage.AWAITING_CONSENT), List.of(notice()));
  }

  Turn answer(ChatState state, boolean yes) {
    return yes ? grant(state) : decline(state);
  }

  private Turn grant(ChatState state) {
    consents.record(state.userId(), Consent.GRANTED);
    String held = state.heldText();
    ChatState granted = state.withHeldText(null).withStage(Stage.DRAFTING);
    Reply thanks = new Reply.Text(messages.get("consent.thanks"));
    List<Reply> linked = held == null ? events.heldLink(state.userId()) : List.of();
    if (!linked.isEmpty()) {
      // They came for an event (a deep link): show it, not the need prompt.
      return new Turn(granted, linked).prepend(List.of(thanks));
    }
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
      return Turn.say(cleared, messages.get("consent.declined"));
    }
    String codes = String.join(", ", saved.stream().map(Need::code).toList());
    return new Turn(cleared.withStage(Stage.CONFIRMING_ERASE), List.of(new Reply.Choice(
        messages.get("consent.declined_kept", saved.size(), codes), erasing.buttons())));
  }

  private Reply notice() {
    return new Reply.Choice(messages.get("consent.notice", department), buttons());
  }

  /** The short line asking for consent, with its buttons. */
  Reply reminder() {
    return new Reply.Choice(messages.get("consent.needed"), buttons());
  }

  private List<Reply.Button> buttons() {
    return List.of(new Reply.Button(messages.get("consent.yes"), new ButtonData.Consent(true).render()),
        new Reply.Button(messages.get("consent.no"), new ButtonData.Consent(false).render()));
  }
}
