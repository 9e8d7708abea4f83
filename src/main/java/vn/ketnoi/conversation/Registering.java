package vn.ketnoi.conversation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.ketnoi.chat.Reply;
import vn.ketnoi.text.Fold;
import vn.ketnoi.text.Messages;

/**
 * "Tôi muốn đăng ký tham dự techmart", "cho em đăng ký chợ công nghệ", "Đăng ký giúp HTX với":
 * a wish to register for an event (or for the announcements), not a technology need. It is led
 * to the events' "Đăng ký tham dự" buttons and /dangky, and the draft stays as it was.
 * "Đăng ký nhãn hiệu", "đăng ký tham gia chương trình …" name something else and are read as
 * usual.
 */
final class Registering {
  private static final Pattern CLAUSE_END = Pattern.compile("[.,;!?\\n]");
  private static final Pattern NEED_VERB =
      Pattern.compile("(?<![\\p{L}\\p{N}])(can|muon|tim|nhu cau|dat hang|mua)(?![\\p{L}\\p{N}])");
  private static final List<String> REGISTER = List.of("dang ky", "dang ki", "dk", "dki", "dky", "dangky");
  /** Who, politeness and asking how: words that say nothing of what is registered for. */
  private static final Set<String> FILLERS = Set.copyOf(Arrays.asList(("giup gium cho em minh toi tui ben htx cty"
      + " cong ty doanh nghiep hop tac xa don vi chung voi a ah nhe nha nhen nhi luon duoc dc"
      + " khong ko k ho anh chi so ad admin oi voi vay the thi sao nao lam cach o dau nhu the"
      + " muon can xin vui long di roi").split(" ")));
  private static final Set<String> GREETINGS =
      Set.of("chao", "xin", "da", "vang", "hi", "hello", "alo", "ok", "oke", "vay", "the", "hoi");
  /** What is registered for: an event, or the announcements of events. */
  private static final List<String> EVENTS = List.of("techmart", "tech mart", "cho cong nghe",
      "cho thiet bi", "hoi cho", "hoi thao", "su kien", "trien lam", "dien dan", "toa dam",
      "ket noi cung cau");
  private static final List<String> ANNOUNCEMENTS = List.of("nhan thong bao", "nhan tin");

  private final Conversation.Events events;
  private final Messages messages;

  Registering(Conversation.Events events, Messages messages) {
    this.events = events;
    this.messages = messages;
  }

  /**
   * Whether the text asks to register for an event. The event's own name may hold a trade ("hội
   * chợ nông nghiệp công nghệ cao"), so the reading's sector says nothing; a need told after it
   * ("…. Bên em cần máy sấy lúa") makes the message a need, and it goes on as one.
   */
  static boolean wished(String text) {
    String folded = " " + String.join(" ", Fold.fold(Fold.nfc(text)).split("[^\\p{L}\\p{N}.,;!?\\n]+")) + " ";
    for (String cue : REGISTER) {
      int at = folded.indexOf(" " + cue + " ");
      if (at >= 0) {
        // The rules read "đăng ký" as a need for advice (on registering a trademark), so the
        // need type says nothing here either: what stands around the words decides.
        String after = folded.substring(at + cue.length() + 1);
        String[] clauses = CLAUSE_END.split(after, 2);
        return onlyFillers(folded.substring(0, at)) && forAnEvent(after)
            && (clauses.length < 2 || !NEED_VERB.matcher(clauses[1]).find());
      }
    }
    return false;
  }

  /** "Tôi muốn", "Dạ cho em": nothing before "đăng ký" that could be a need of its own. */
  private static boolean onlyFillers(String before) {
    return Arrays.stream(before.split("[\\s.,;!?]+"))
        .allMatch(w -> w.isEmpty() || FILLERS.contains(w) || GREETINGS.contains(w));
  }

  /**
   * What follows "đăng ký" in its clause: nothing but fillers, "tham dự …", or an event, looked
   * for before each filler is skipped ("cho" is also the first word of "chợ").
   */
  private static boolean forAnEvent(String after) {
    List<String> words = Arrays.stream(CLAUSE_END.split(after, 2)[0].trim().split("\\s+"))
        .filter(w -> !w.isEmpty()).toList();
    for (int i = 0; i < words.size(); i++) {
      String rest = String.join(" ", words.subList(i, words.size()));
      if (rest.startsWith("tham du") || rest.startsWith("tham gia") && (i + 2 == words.size()
          || forAnEvent(String.join(" ", words.subList(i + 2, words.size()))))) {
        return true;
      }
      if (EVENTS.stream().anyMatch(rest::startsWith) || ANNOUNCEMENTS.stream().anyMatch(rest::startsWith)) {
        return true;
      }
      if (!FILLERS.contains(words.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether a question is about events ("sắp tới có chợ công nghệ nào không?"). */
  static boolean aboutEvents(String question) {
    String folded = " " + String.join(" ", Fold.fold(Fold.nfc(question)).split("[^\\p{L}\\p{N}]+")) + " ";
    return EVENTS.stream().anyMatch(e -> folded.contains(" " + e + " "));
  }

  /**
   * How to register, the events themselves (with their buttons), then where the chat was: the
   * pending question of a draft, the summary waiting, or the consent still to give.
   */
  Turn answer(ChatState state, boolean consented, Drafting drafting, Reply consentReminder) {
    List<Reply> replies = new ArrayList<>();
    replies.add(new Reply.Text(messages.get("events.wish")));
    replies.addAll(events.command(state.userId(), state.chatId(), "sukien"));
    if (!consented) {
      replies.add(consentReminder);
      return new Turn(state, replies);
    }
    if (state.stage() == Stage.CONFIRMING) {
      replies.add(new Reply.Text(messages.get("confirm.again")));
      return new Turn(state, replies);
    }
    if (state.draft().isEmpty()) {
      return new Turn(state, replies);
    }
    return drafting.next(state).prepend(replies);
  }
}
