package vn.ketnoi.staff;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ketnoi.chat.Reply;
import vn.ketnoi.knowledge.KnowledgeBase;
import vn.ketnoi.knowledge.KnowledgeException;
import vn.ketnoi.knowledge.KnowledgeReloads;
import vn.ketnoi.knowledge.Matcher;
import vn.ketnoi.knowledge.Matching;
import vn.ketnoi.knowledge.Offer;
import vn.ketnoi.need.Need;
import vn.ketnoi.need.NeedSearch;
import vn.ketnoi.need.NeedStatus;
import vn.ketnoi.storage.Database;
import vn.ketnoi.storage.Sql;
import vn.ketnoi.text.Messages;

/**
 * What staff hear of a knowledge reload. The open needs (mới, đang xử lý) that an added or changed
 * offer now fits in full (not "gần phù hợp") are posted in one message per reload, each need with
 * the offers' titles, providers and the matcher's reasons; each (need, offer) is recorded in
 * offer_notices in the same transaction as the notice, so it is told once, whatever reloads,
 * restarts or second processes follow. A folder that no longer loads is told once per problem;
 * whoever asked with /tainap hears how it went.
 */
public final class ReloadNotices implements KnowledgeReloads.Listener {
  private static final Logger LOG = LoggerFactory.getLogger(ReloadNotices.class);
  /** The needs looked at per status, at most, as `import offers` does. */
  private static final int MOST_NEEDS = 10_000;

  /**
   * Where notices made outside a turn go: called inside the transaction that records them, so
   * they are queued (the Telegram outbox) together with that record and delivered after it commits.
   */
  @FunctionalInterface
  public interface Outlet {
    void post(List<Reply> notices);
  }

  /** An open need and the changed offers it now fits. */
  private record Fit(Need need, List<Matcher.OfferMatch> offers) {}

  private final Database db;
  private final NeedSearch search;
  private final Matching matching;
  private final StaffDesk.Staff staff;
  private final Messages messages;
  private final Clock clock;
  private final Outlet outlet;

  public ReloadNotices(Database db, NeedSearch search, Matching matching, StaffDesk.Staff staff,
      Messages messages, Clock clock, Outlet outlet) {
    this.db = db;
    this.search = search;
    this.matching = matching;
    this.staff = staff;
    this.messages = messages;
    this.clock = clock;
    this.outlet = outlet;
  }

  @Override
  public void reloaded(KnowledgeBase before, KnowledgeBase after, Long requestedBy) {
    Set<String> changed = changedOffers(before, after);
    // With nobody to tell (no STAFF_IDS), no pair is recorded as told.
    List<Fit> fits = changed.isEmpty() || staffChats().isEmpty() ? List.of() : fits(changed);
    int told = db.transaction(c -> {
      List<Fit> fresh = new ArrayList<>();
      for (Fit fit : fits) {
        List<Matcher.OfferMatch> untold = new ArrayList<>();
        for (Matcher.OfferMatch m : fit.offers()) {
          if (Sql.update(c, "INSERT INTO offer_notices (need_id, offer_id, noticed_at) VALUES (?, ?, ?)"
              + " ON CONFLICT DO NOTHING", fit.need().id(), m.offer().id(), clock.instant()) == 1) {
            untold.add(m);
          }
        }
        if (!untold.isEmpty()) {
          fresh.add(new Fit(fit.need(), untold));
        }
      }
      List<Reply> notices = new ArrayList<>(fresh.isEmpty() ? List.of() : toStaff(text(fresh)));
      if (requestedBy != null) {
        notices.add(new Reply.Notice(requestedBy, messages.get("reload.done", after.offers().size(),
            after.programmes().size(), after.events().size(), changed.size(), fresh.size()), List.of()));
      }
      if (!notices.isEmpty()) {
        outlet.post(notices);
      }
      return fresh.size();
    });
    LOG.info("after the reload: {} offers added or changed, {} open needs fit them, {} told to staff",
        changed.size(), fits.size(), told);
  }

  @Override
  public void failed(KnowledgeException problem, Long requestedBy, boolean first) {
    String line = problem.line() > 0 ? messages.get("reload.failed_line", problem.line()) : "";
    String text = messages.get("reload.failed", problem.file(), line, problem.problem());
    Set<Long> chats = new LinkedHashSet<>();
    if (first) {
      chats.addAll(staffChats());
    }
    if (requestedBy != null) {
      chats.add(requestedBy);
    }
    if (chats.isEmpty()) {
      return;
    }
    List<Reply> notices = chats.stream().map(chat -> (Reply) new Reply.Notice(chat, text, List.of())).toList();
    db.transaction(c -> {
      outlet.post(notices);
      return null;
    });
  }

  /** Offers new in {@code after}, or different from what {@code before} had under their id. */
  static Set<String> changedOffers(KnowledgeBase before, KnowledgeBase after) {
    Map<String, Offer> old = new HashMap<>();
    before.offers().forEach(o -> old.put(o.id(), o));
    Set<String> changed = new HashSet<>();
    for (Offer o : after.offers()) {
      if (!o.equals(old.get(o.id()))) {
        changed.add(o.id());
      }
    }
    return changed;
  }

  /** Open needs and the changed offers each now fits in full; matched outside any transaction. */
  private List<Fit> fits(Set<String> changed) {
    List<Fit> fits = new ArrayList<>();
    for (NeedStatus open : List.of(NeedStatus.MOI, NeedStatus.DANG_XU_LY)) {
      for (Need need : search.find(new NeedSearch.Filter(open, null, null, null, null), 0, MOST_NEEDS)) {
        List<Matcher.OfferMatch> offers = matching.match(need.card(), need.sourceText()).offers().stream()
            .filter(m -> !m.partial() && changed.contains(m.offer().id())).toList();
        if (!offers.isEmpty()) {
          fits.add(new Fit(need, offers));
        }
      }
    }
    return fits;
  }

  private String text(List<Fit> fits) {
    StringBuilder text = new StringBuilder(messages.get("reload.matches_header", fits.size()));
    for (Fit fit : fits) {
      String title = fit.need().card().title();
      text.append("\n\n").append(messages.get("reload.matches_need", fit.need().code(),
          title == null || title.isBlank() ? "—" : title));
      for (Matcher.OfferMatch m : fit.offers()) {
        String reasons = m.reasons().isEmpty() ? messages.get("reload.matches_no_reason")
            : String.join("; ", m.reasons());
        text.append('\n').append(messages.get("reload.matches_offer", m.offer().id(), m.offer().title(),
            m.offer().provider(), reasons));
      }
    }
    return text.toString();
  }

  /** One notice to the staff group, else one to each staff member, as for a new need. */
  private List<Reply> toStaff(String text) {
    return staffChats().stream().map(chat -> (Reply) new Reply.Notice(chat, text, List.of())).toList();
  }

  private List<Long> staffChats() {
    return staff.chatId() != null ? List.of(staff.chatId()) : List.copyOf(staff.ids());
  }
}
