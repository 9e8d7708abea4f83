package vn.ketnoi.conversation;

import java.util.ArrayList;
import java.util.List;
import vn.ketnoi.chat.Reply;

/** The outcome of one inbound: the chat's next state and what to send back. */
record Turn(ChatState state, List<Reply> replies) {
  Turn {
    replies = List.copyOf(replies);
  }

  /** One text reply, the state unchanged or as given. */
  static Turn say(ChatState state, String text) {
    return new Turn(state, List.of(new Reply.Text(text)));
  }

  Turn prepend(List<Reply> before) {
    if (before.isEmpty()) {
      return this;
    }
    List<Reply> all = new ArrayList<>(before);
    all.addAll(replies);
    return new Turn(state, all);
  }
}
