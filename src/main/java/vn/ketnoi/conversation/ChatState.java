package vn.ketnoi.conversation;

import vn.ketnoi.card.NeedCard;

/**
 * The whole state of one chat, stored as JSON after every turn.
 *
 * @param heldText a message written before consent, processed once the user agrees
 * @param asked what the bot last asked for, or null
 * @param lastSavedCode the code of the need saved last, to answer a late second "Xác nhận"
 * @param pendingQuestion a question the knowledge base could not answer, until the user passes it
 *     to staff
 * @param pendingNeed a second need the business added while the first was being written, drafted
 *     once the first is saved or cancelled
 * @param cancelledContact who and how to reach them, from a card cancelled in this chat: offered
 *     for the next card as a saved one's is ("Dùng lại số …?"), until a card is saved
 */
public record ChatState(
    long chatId,
    long userId,
    Stage stage,
    Draft draft,
    String heldText,
    Asked asked,
    String lastSavedCode,
    String pendingQuestion,
    Draft pendingNeed,
    NeedCard cancelledContact) {

  public static ChatState fresh(long chatId, long userId) {
    return new ChatState(chatId, userId, Stage.NEW, Draft.empty(), null, null, null, null, null, null);
  }

  ChatState withStage(Stage newStage) {
    return new ChatState(chatId, userId, newStage, draft, heldText, asked, lastSavedCode, pendingQuestion, pendingNeed, cancelledContact);
  }

  ChatState withDraft(Draft newDraft) {
    return new ChatState(chatId, userId, stage, newDraft, heldText, asked, lastSavedCode, pendingQuestion, pendingNeed, cancelledContact);
  }

  ChatState withHeldText(String text) {
    return new ChatState(chatId, userId, stage, draft, text, asked, lastSavedCode, pendingQuestion, pendingNeed, cancelledContact);
  }

  ChatState withAsked(Asked field) {
    return new ChatState(chatId, userId, stage, draft, heldText, field, lastSavedCode, pendingQuestion, pendingNeed, cancelledContact);
  }

  ChatState withPendingQuestion(String question) {
    return new ChatState(chatId, userId, stage, draft, heldText, asked, lastSavedCode, question, pendingNeed, cancelledContact);
  }

  ChatState withLastSavedCode(String code) {
    return new ChatState(chatId, userId, stage, draft, heldText, asked, code, pendingQuestion, pendingNeed, cancelledContact);
  }

  ChatState withPendingNeed(Draft need) {
    return new ChatState(chatId, userId, stage, draft, heldText, asked, lastSavedCode, pendingQuestion, need, cancelledContact);
  }

  ChatState withCancelledContact(NeedCard contact) {
    return new ChatState(chatId, userId, stage, draft, heldText, asked, lastSavedCode, pendingQuestion, pendingNeed,
        contact);
  }
}
