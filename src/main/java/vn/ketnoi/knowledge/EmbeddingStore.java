package vn.ketnoi.knowledge;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Clock;
import java.util.List;
import java.util.function.BiConsumer;
import vn.ketnoi.storage.Database;
import vn.ketnoi.storage.Sql;

/** Offers' embeddings in SQLite (table offer_embeddings), one row per offer and model. */
final class EmbeddingStore {
  /** An offer's stored vector and the hash of the text it was made from. */
  record Stored(String textHash, float[] vector) {}

  /** A vector to store. */
  record Row(String offerId, String textHash, float[] vector) {}

  private static final int PAGE = 500;

  private final Database database;
  private final Clock clock;

  EmbeddingStore(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  /**
   * Hands every vector stored for the model to {@code visit}, a page at a time: the database lock
   * is let go between pages, so turns go on while 100,000 vectors are read.
   */
  void each(String model, BiConsumer<String, Stored> visit) {
    record Read(long rowid, String offerId, Stored stored) {}
    long after = 0;
    while (true) {
      List<Read> page = Sql.query(database, "SELECT rowid, offer_id, text_hash, vector FROM offer_embeddings"
          + " WHERE model = ? AND rowid > ? ORDER BY rowid LIMIT ?",
          row -> new Read(row.getLong(1), row.getString(2), new Stored(row.getString(3), floats(row.getBytes(4)))),
          model, after, PAGE);
      page.forEach(r -> visit.accept(r.offerId(), r.stored()));
      if (page.size() < PAGE) {
        return;
      }
      after = page.get(page.size() - 1).rowid();
    }
  }

  /** Stores the rows in one transaction, replacing an offer's older vector for the model. */
  void save(String model, List<Row> rows) {
    String now = clock.instant().toString();
    database.transaction(c -> {
      for (Row r : rows) {
        Sql.update(c, "INSERT OR REPLACE INTO offer_embeddings (offer_id, model, text_hash, dimensions,"
            + " vector, embedded_at) VALUES (?, ?, ?, ?, ?, ?)",
            r.offerId(), model, r.textHash(), r.vector().length, bytes(r.vector()), now);
      }
      return null;
    });
  }

  static byte[] bytes(float[] vector) {
    ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    buffer.asFloatBuffer().put(vector);
    return buffer.array();
  }

  static float[] floats(byte[] bytes) {
    float[] vector = new float[bytes.length / Float.BYTES];
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
    return vector;
  }
}
