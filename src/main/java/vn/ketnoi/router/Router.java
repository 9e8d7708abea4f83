package vn.ketnoi.router;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import vn.ketnoi.broadcast.BroadcastDesk;
import vn.ketnoi.chat.Inbound;
import vn.ketnoi.chat.Reply;
import vn.ketnoi.conversation.Conversation;
import vn.ketnoi.events.RegistrantsExport;
import vn.ketnoi.staff.StaffDesk;
import vn.ketnoi.staff.StaffSessions;

/**
 * Above both features: decides once what an inbound is, the staff desk's or the business
 * conversation's, and runs it in one transaction. The desk is offered each inbound first: staff
 * commands and buttons from anyone (the desk refuses non-staff), the text a staff member types when
 * the desk waits for one, and everything in the staff group. The rest is the business's. The
 * events feature's staff command (/dangkysk) is checked against STAFF_IDS here, like the desk's;
 * announcements (/thongbao, /sukienmoi and its answers, /thongbaods and their buttons) are checked
 * by their own desk.
 */
public final class Router {
  /** Runs a unit of work atomically; the database's transaction in production. */
  public interface Transactions {
    <T> T inTransaction(Supplier<T> work);
  }

  /** An inbound with what it is decided, and a business message already read. */
  public sealed interface Prepared permits ForStaff, ForBusiness {}

  /** The staff desk's. */
  public record ForStaff(Inbound inbound) implements Prepared {}

  /** The business conversation's, read ahead (outside any transaction). */
  public record ForBusiness(Conversation.Prepared prepared) implements Prepared {}

  private final Transactions transactions;
  private final StaffDesk desk;
  private final StaffSessions sessions;
  private final Conversation conversation;
  private final RegistrantsExport registrants;
  private final BroadcastDesk broadcasts;

  public Router(Transactions transactions, StaffDesk desk, StaffSessions sessions,
      Conversation conversation, RegistrantsExport registrants, BroadcastDesk broadcasts) {
    this.transactions = transactions;
    this.desk = desk;
    this.sessions = sessions;
    this.conversation = conversation;
    this.registrants = registrants;
    this.broadcasts = broadcasts;
  }

  /** Handles one inbound: {@link #prepare} then {@link #apply}. */
  public List<Reply> handle(Inbound inbound) {
    return apply(prepare(inbound));
  }

  /**
   * Decides whose the inbound is and, for the business, reads the message, which may wait on a
   * model: call it outside any transaction, with each chat's inbounds in order.
   */
  public Prepared prepare(Inbound inbound) {
    return isStaffs(inbound, sessions.load(inbound.chatId())) ? new ForStaff(inbound)
        : new ForBusiness(conversation.prepare(inbound));
  }

  public List<Reply> apply(Prepared prepared) {
    if (prepared instanceof ForBusiness business) {
      return conversation.apply(business.prepared());
    }
    Inbound inbound = ((ForStaff) prepared).inbound();
    return transactions.inTransaction(() -> {
      StaffDesk.Outcome outcome = staff(inbound, sessions.load(inbound.chatId()));
      sessions.save(inbound.chatId(), outcome.session());
      return outcome.replies();
    });
  }

  private boolean isStaffs(Inbound inbound, StaffDesk.Session session) {
    if (desk.isStaffChat(inbound.chatId())) {
      return true;
    }
    if (inbound instanceof Inbound.Press press) {
      return StaffDesk.isDeskButton(press.data()) || BroadcastDesk.isButton(press.data());
    }
    if (inbound instanceof Inbound.Text text && text.text() != null) {
      String name = commandName(text.text().strip());
      return name != null ? isStaffCommand(name)
          : desk.waitsForText(session) && desk.isStaff(inbound.userId())
              || broadcasts.waitsForText(inbound.chatId(), inbound.userId());
    }
    return false;
  }

  private StaffDesk.Outcome staff(Inbound inbound, StaffDesk.Session session) {
    if (inbound instanceof Inbound.Press press && StaffDesk.isDeskButton(press.data())) {
      return desk.press(inbound.userId(), session, press.data());
    }
    if (inbound instanceof Inbound.Press press && BroadcastDesk.isButton(press.data())) {
      return new StaffDesk.Outcome(session, broadcasts.press(inbound.userId(), inbound.chatId(), press.data()));
    }
    if (inbound instanceof Inbound.Text text && text.text() != null) {
      String t = text.text().strip();
      String name = commandName(t);
      if (name != null && RegistrantsExport.COMMANDS.contains(name) && desk.isStaff(inbound.userId())) {
        return new StaffDesk.Outcome(session, registrants.export(argument(t)));
      }
      if (name != null && BroadcastDesk.COMMANDS.contains(name)) {
        return new StaffDesk.Outcome(session,
            broadcasts.command(inbound.userId(), inbound.chatId(), name, argument(t)));
      }
      if (name != null && isStaffCommand(name)) {
        // The desk refuses anyone not in STAFF_IDS, for the events' command too.
        return desk.command(inbound.userId(), session, name, argument(t));
      }
      if (name == null && broadcasts.waitsForText(inbound.chatId(), inbound.userId())) {
        // A /sukienmoi answer: the newest thing this staff member started in the chat.
        return new StaffDesk.Outcome(session, broadcasts.text(inbound.userId(), inbound.chatId(), t));
      }
      if (name == null && desk.waitsForText(session) && desk.isStaff(inbound.userId())) {
        return desk.text(inbound.userId(), session, t);
      }
    }
    // Anything else in the staff group: the business conversation never runs there.
    return new StaffDesk.Outcome(session, List.of());
  }

  private static boolean isStaffCommand(String name) {
    return StaffDesk.COMMANDS.contains(name) || RegistrantsExport.COMMANDS.contains(name)
        || BroadcastDesk.COMMANDS.contains(name);
  }

  private static String argument(String text) {
    return text.contains(" ") ? text.substring(text.indexOf(' ') + 1) : "";
  }

  /** "/xem@ketnoi_bot NC-1" → "xem"; null for a text that is no command. */
  static String commandName(String text) {
    if (!text.startsWith("/") || text.length() < 2) {
      return null;
    }
    String first = text.substring(1).split("\\s+", 2)[0];
    int at = first.indexOf('@');
    return (at >= 0 ? first.substring(0, at) : first).toLowerCase(Locale.ROOT);
  }
}
