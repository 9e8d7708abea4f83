package vn.ketnoi.knowledge;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.ketnoi.text.Fold;

/**
 * Full-text search over knowledge entries: SQLite FTS5 in memory, rebuilt at start. Text is folded
 * on both sides before the tokenizer sees it, because its remove_diacritics does not fold đ: so
 * "duong" finds "đường" and "che say" finds "chè sấy".
 */
final class TextIndex implements AutoCloseable {
  /** One searchable document: title and keywords weigh more than the body. */
  record Document(String id, String title, String keywords, String body) {}

  /** A hit: the document id and its relevance (higher is better). */
  record Hit(String id, double relevance) {}

  /** Words that say nothing about the technology wanted. */
  private static final Set<String> STOP =
      Set.copyOf(List.of("can", "muon", "cho", "va", "cua", "co", "la", "o", "tai", "mot", "cac", "nhung", "de",
          "duoc", "voi", "tu", "khong", "ko", "thi", "nay", "minh", "em", "toi", "ben", "cty",
          "cong", "ty", "so", "nho", "giup", "a", "nhe", "trong", "nuoc", "ngoai", "hoac", "hay",
          "tnhh", "cp", "htx", "anh", "chi", "ong", "ba", "dang", "se", "da", "ve", "theo", "khoang",
          "tam", "kinh", "phi", "ty", "trieu", "sdt", "lh", "lien", "he", "de", "nghi", "mong",
          "uu", "tien", "gioi", "thieu", "ket", "noi", "ho", "tro", "nhu", "cau", "viec", "nhieu",
          "dung", "lam", "ra", "vao", "khi", "neu", "ma", "nen", "tren", "duoi", "nam", "thang"));

  private final Connection connection;

  TextIndex(List<Document> documents) {
    try {
      connection = DriverManager.getConnection("jdbc:sqlite::memory:");
      try (Statement s = connection.createStatement()) {
        s.execute("CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, title, keywords, body,"
            + " tokenize = 'unicode61 remove_diacritics 2')");
      }
      connection.setAutoCommit(false);
      try (PreparedStatement ps = connection.prepareStatement(
          "INSERT INTO docs (id, title, keywords, body) VALUES (?, ?, ?, ?)")) {
        for (Document d : documents) {
          ps.setString(1, d.id());
          ps.setString(2, fold(d.title()));
          ps.setString(3, fold(d.keywords()));
          ps.setString(4, fold(d.body()));
          ps.addBatch();
        }
        ps.executeBatch();
      }
      connection.commit();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot build the search index: " + e.getMessage(), e);
    }
  }

  static String fold(String text) {
    return text == null ? "" : Fold.fold(Fold.nfc(text));
  }

  /** The query's words and adjacent pairs (as phrases), folded, without function words. */
  static List<String> terms(String text) {
    String[] words = fold(text).split("[^\\p{L}\\p{N}]+");
    Set<String> terms = new LinkedHashSet<>();
    String previous = null;
    for (String w : words) {
      if (w.isEmpty() || STOP.contains(w) || (w.length() < 2 && !w.matches("\\d+"))) {
        previous = null;
        continue;
      }
      if (previous != null) {
        terms.add(previous + " " + w);
      }
      terms.add(w);
      previous = w;
    }
    return List.copyOf(terms).subList(0, Math.min(terms.size(), 40));
  }

  synchronized List<Hit> search(String text, int limit) {
    List<String> terms = terms(text);
    if (terms.isEmpty()) {
      return List.of();
    }
    String query = String.join(" OR ", terms.stream().map(t -> "\"" + t + "\"").toList());
    try (PreparedStatement ps = connection.prepareStatement(
        "SELECT id, bm25(docs, 0.0, 3.0, 4.0, 1.0) AS rank FROM docs WHERE docs MATCH ?"
            + " ORDER BY rank LIMIT ?")) {
      ps.setString(1, query);
      ps.setInt(2, limit);
      List<Hit> hits = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          hits.add(new Hit(rs.getString(1), -rs.getDouble(2)));
        }
      }
      return hits;
    } catch (SQLException e) {
      throw new IllegalStateException("search failed: " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
