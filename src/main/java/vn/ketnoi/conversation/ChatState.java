package vn.ketnoi.conversation;

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
    Draft pendingNeed) {

  public static ChatState fresh(long chatId, long userId) {
    return new ChatState(chatId, userId, Stage.NEW, Draft.empty(), null, null, null, null, null);
  }

  ChatState withStage(Stage newStage) {
    return new ChatState(chatId, userId, newStage, draft, heldText, asked, lastSavedCode, pendingQuestion, pendingNeed);
  }

  ChatState withDraft(Draft newDraft) {
    return new ChatState(chatId, userId, stage, newDraft, heldText, asked, lastSavedCode, pendingQuestion, pendingNeed);
  }

  ChatState withHeldText(String text) {
    return new ChatState(chatId, userId, stage, draft, text, asked, lastSavedCode, pendingQuestion, pendingNeed);
  }

  ChatState withAsked(Asked field) {
    return new ChatState(chatId, userId, stage, draft, heldText, field, lastSavedCode, pendingQuestion, pendingNeed);
  }

  ChatState withPendingQuestion(String question) {
    return new ChatState(chatId, userId, stage, draft, heldText, asked, lastSavedCode, question, pendingNeed);
  }

  ChatState withLastSavedCode(String code) {
    return new ChatState(chatId, userId, stage, draft, heldText, asked, code, pendingQuestion, pendingNeed);
  }

  ChatState withPendingNeed(Draft need) {
    return new ChatState(chatId, userId, stage, draft, heldText, asked, lastSavedCode, pendingQuestion, need);
  }
}
