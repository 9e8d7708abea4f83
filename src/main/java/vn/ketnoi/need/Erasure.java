package vn.ketnoi.need;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ketnoi.storage.Database;
import vn.ketnoi.storage.StorageException;

/**
 * /xoadulieu: every place the database keeps a business's personal data, in one transaction (the
 * caller's, when there is one). The needs stay, anonymous, for statistics: names, phones, e-mails
 * and the business's own words go, titles and descriptions are scrubbed of them; staff notes and
 * the audit log keep who did what and when, without them; the chat's state, questions and the
 * channel's copies of texts go. Once committed, the WAL is checkpointed so its old page images
 * do not keep what was erased. One list of tables, so a new one that holds personal data has one
 * place to be added (and the erasure test, which greps the files, fails until it is).
 */
public final class Erasure {
  private static final Logger LOG = LoggerFactory.getLogger(Erasure.class);
  /** Staff edits of these fields carry nothing but personal data: redacted whole. */
  private static final Set<String> PERSONAL_EDITS =
      Set.of("sua:company_name", "sua:contact_name", "sua:phone", "sua:email", "sua:other_contacts");
  /** A staff status change waiting for its note: "note:ID:status" or "visible:ID:status:note". */

  private final Database db;
  private final Clock clock;
  private final String marker;

  /** @param marker what stands where something was cut out of a text, e.g. "[đã xóa]" */
  public Erasure(Database db, Clock clock, String marker) {
    this.db = db;
    this.clock = clock;
    this.marker = marker;
  }

  /** Erases what the user gave in this chat; returns how many needs became anonymous. */
  public int erase(long userId, long chatId) {
    String now = clock.instant().toString();
    return db.transaction(c -> {
      List<Long> needIds = ids(c, "SELECT id FROM needs WHERE telegram_user_id = ?", userId);
      PersonalData data = personalData(c, needIds);
      // Needs first: the audit log's trigger lets a row be redacted only once its need is erased.
      for (long id : needIds) {
        eraseNeed(c, id, data, now);
      }
      int notes = scrubNotes(c, needIds, data);
      int actions = redactAudit(c, needIds, data, now);
      run(c, "UPDATE questions SET telegram_user_id = NULL, chat_id = 0, text = NULL, asker = NULL,"
          + " answer = NULL WHERE telegram_user_id = ?", userId);
      run(c, "DELETE FROM chat_states WHERE user_id = ? OR chat_id = ?", userId, chatId);
      // Announcements and events: the subscription (with its consent record), registrations with
      // the contact they copied, a deep link waiting for consent.
      run(c, "DELETE FROM subscriptions WHERE telegram_user_id = ?", userId);
      run(c, "DELETE FROM subscription_offers WHERE telegram_user_id = ?", userId);
      run(c, "DELETE FROM event_registrations WHERE telegram_user_id = ?", userId);
      run(c, "DELETE FROM event_links_waiting WHERE telegram_user_id = ?", userId);
      // Announcements not yet sent are not sent; past deliveries stay counted in their reports,
      // under a number that is no chat's (user chats are positive).
      run(c, "DELETE FROM broadcast_recipients WHERE chat_id = ? AND status = 'pending'", chatId);
      run(c, "UPDATE broadcast_recipients SET chat_id = -rowid, error = NULL WHERE chat_id = ?", chatId);
      WaitingNotes.scrub(c, needIds, data);
      eraseChannelCopies(c, userId, chatId, data);
      LOG.info("erasure: {} needs anonymised, {} status notes and {} audit rows redacted",
          needIds.size(), notes, actions);
      db.afterCommit(this::checkpoint);
      return needIds.size();
    });
  }

  /** The names, phones and e-mails of the needs, and the ones staff replaced in them. */
  private PersonalData personalData(Connection c, List<Long> needIds) throws SQLException {
    List<String> companies = new ArrayList<>();
    List<String> people = new ArrayList<>();
    List<String> phones = new ArrayList<>();
    List<String> emails = new ArrayList<>();
    for (long id : needIds) {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT company_name, contact_name, phone, email FROM needs WHERE id = ?")) {
        ps.setLong(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            companies.add(rs.getString(1));
            people.add(rs.getString(2));
            phones.add(rs.getString(3));
            emails.add(rs.getString(4));
          }
        }
      }
      try (PreparedStatement ps = c.prepareStatement("SELECT action, before_value, after_value"
          + " FROM staff_actions WHERE need_id = ? AND action LIKE 'sua:%'")) {
        ps.setLong(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            List<String> into = switch (rs.getString(1)) {
              case "sua:company_name" -> companies;
              case "sua:contact_name" -> people;
              case "sua:phone" -> phones;
              case "sua:email" -> emails;
              default -> new ArrayList<>();
            };
            into.add(rs.getString(2));
            into.add(rs.getString(3));
          }
        }
      }
    }
    return PersonalData.of(companies, people, phones, emails, marker);
  }

  private static void eraseNeed(Connection c, long id, PersonalData data, String now)
      throws SQLException {
    String title;
    String description;
    try (PreparedStatement ps = c.prepareStatement("SELECT title, description FROM needs WHERE id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        title = rs.getString(1);
        description = rs.getString(2);
      }
    }
    run(c, "UPDATE needs SET telegram_user_id = NULL, company_name = NULL, contact_name = NULL,"
        + " phone = NULL, email = NULL, source_text = NULL, title = ?, description = ?,"
        + " personal_data_erased_at = ?, updated_at = ? WHERE id = ?",
        data.scrub(title), data.scrub(description), now, now, id);
  }

  private static int scrubNotes(Connection c, List<Long> needIds, PersonalData data)
      throws SQLException {
    int changed = 0;
    for (long needId : needIds) {
      for (Row row : rows(c, "SELECT id, note FROM need_status_history WHERE need_id = ?"
          + " AND note IS NOT NULL", needId)) {
        String note = data.scrub(row.values().get(0));
        if (!note.equals(row.values().get(0))) {
          changed += run(c, "UPDATE need_status_history SET note = ? WHERE id = ?", note, row.id());
        }
      }
    }
    return changed;
  }

  /** Who, when, what and which need stay; before, after and the note lose the personal data. */
  private int redactAudit(Connection c, List<Long> needIds, PersonalData data, String now)
      throws SQLException {
    int changed = 0;
    for (long needId : needIds) {
      for (Row row : rows(c, "SELECT id, action, before_value, after_value, note FROM staff_actions"
          + " WHERE need_id = ? AND redacted_at IS NULL", needId)) {
        List<String> v = row.values();
        boolean whole = PERSONAL_EDITS.contains(v.get(0));
        String before = whole && v.get(1) != null ? marker : data.scrub(v.get(1));
        String after = whole && v.get(2) != null ? marker : data.scrub(v.get(2));
        String note = data.scrub(v.get(3));
        if (!Objects.equals(before, v.get(1)) || !Objects.equals(after, v.get(2))
            || !Objects.equals(note, v.get(3))) {
          changed += run(c, "UPDATE staff_actions SET before_value = ?, after_value = ?, note = ?,"
              + " redacted_at = ? WHERE id = ?", before, after, note, now, row.id());
        }
      }
    }
    return changed;
  }

  /**
   * The Telegram channel's inbox and outbox. Handled updates and sent replies keep no text
   * already; this makes sure of it for the chat, and scrubs replies still waiting to go, here
   * and in staff chats (a new-need notice carries the phone), so they go out without the data.
   */
  private static void eraseChannelCopies(Connection c, long userId, long chatId, PersonalData data)
      throws SQLException {
    run(c, "UPDATE inbox_updates SET text = NULL WHERE (chat_id = ? OR user_id = ?)"
        + " AND handled_at IS NOT NULL AND text IS NOT NULL", chatId, userId);
    run(c, "UPDATE outbox_messages SET text = NULL, buttons = NULL, content = NULL"
        + " WHERE chat_id IN (?, ?) AND status <> 'pending'", chatId, userId);
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT id, text, content FROM outbox_messages WHERE status = 'pending'");
        ResultSet rs = ps.executeQuery()) {
      List<Object[]> changes = new ArrayList<>();
      while (rs.next()) {
        String text = rs.getString(2);
        byte[] content = rs.getBytes(3);
        String scrubbed = data.scrub(text);
        byte[] scrubbedContent = scrubText(content, data);
        if (!Objects.equals(scrubbed, text) || scrubbedContent != content) {
          changes.add(new Object[] {scrubbed, scrubbedContent, rs.getLong(1)});
        }
      }
      for (Object[] change : changes) {
        run(c, "UPDATE outbox_messages SET text = ?, content = ? WHERE id = ?", change);
      }
    }
  }

  /** A document that is UTF-8 text (an export) scrubbed; anything else (an image) as it is. */
  private static byte[] scrubText(byte[] content, PersonalData data) {
    if (content == null) {
      return null;
    }
    try {
      String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(content)).toString();
      String scrubbed = data.scrub(text);
      return scrubbed.equals(text) ? content : scrubbed.getBytes(StandardCharsets.UTF_8);
    } catch (CharacterCodingException notText) {
      return content;
    }
  }

  private void checkpoint() {
    try {
      Database.Checkpoint done = db.checkpoint();
      if (done.busy()) {
        LOG.warn("erasure: the WAL checkpoint could not finish (another connection holds a read"
            + " snapshot); old page copies stay in the -wal file until the next full checkpoint");
      }
    } catch (StorageException e) {
      LOG.warn("erasure: the WAL checkpoint failed: {}", e.getMessage());
    }
  }

  record Row(long id, List<String> values) {}

  /** Rows of (id, text columns...). */
  static List<Row> rows(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, args);
      List<Row> rows = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          List<String> values = new ArrayList<>();
          for (int i = 2; i <= columns; i++) {
            values.add(rs.getString(i));
          }
          rows.add(new Row(rs.getLong(1), values));
        }
      }
      return rows;
    }
  }

  private static List<Long> ids(Connection c, String sql, Object... args) throws SQLException {
    return rows(c, sql, args).stream().map(Row::id).toList();
  }

  static int run(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, args);
      return ps.executeUpdate();
    }
  }

  private static void bind(PreparedStatement ps, Object... args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      ps.setObject(i + 1, args[i]);
    }
  }
}
