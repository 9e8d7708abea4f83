package vn.ketnoi.knowledge;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.ollama.OllamaEmbeddingModel;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ketnoi.storage.Database;

/**
 * The offers nearest in meaning to a need, from embeddings served by Ollama. Each offer's text
 * (the words BM25 indexes, without markers) is embedded once per model and stored with a hash of
 * that text, so a restart or an unchanged offer costs no call, and a changed text is embedded
 * again. Offers without a stored vector are embedded in the background, a batch at a time, so
 * neither start-up nor a turn waits for them; a need's text is embedded during its turn, with a
 * short timeout. While Ollama is down, slow or lacks the model, nothing is asked for a pause and
 * the matcher has BM25 alone: one log line when that starts, one when it works again.
 *
 * <p>The vectors are kept in memory, normalised, and scanned in full for each need: 1,024 floats
 * an offer is 4 KiB, 400 MiB at 100,000 offers (see the README for the measured scan time).
 */
public final class OfferEmbeddings implements Matcher.Neighbours {
  private static final Logger LOG = LoggerFactory.getLogger(OfferEmbeddings.class);

  /** How to reach the embedding model; {@code batchTimeout} bounds one batch of offers. */
  public record Settings(String baseUrl, String model, Duration batchTimeout) {}

  /** Texts sent in one call: large enough to amortise the call, small enough to finish in time. */
  static final int BATCH = 32;
  /** A need waits at most this long for its own vector; then BM25 alone answers. */
  static final Duration QUERY_TIMEOUT = Duration.ofSeconds(3);
  /** After a failure nothing is asked for this long; then one call tries again. */
  static final Duration PAUSE = Duration.ofSeconds(30);
  /** As in {@code OfferText}: bracketed markers ("[Dữ liệu mẫu]") are not the offer's text. */
  private static final Pattern MARKER = Pattern.compile("\\[[^\\]]*\\]");

  private final EmbeddingModel queries;
  private final EmbeddingModel batches;
  private final String model;
  private final EmbeddingStore store;
  private final Clock clock;
  private final Consumer<String> log;
  private final ScheduledExecutorService background;
  private volatile Vectors vectors;
  private volatile boolean closed;
  private boolean working = true;
  private Instant pausedUntil;

  OfferEmbeddings(EmbeddingModel queries, EmbeddingModel batches, String model, EmbeddingStore store,
      Clock clock, Consumer<String> log) {
    this.queries = queries;
    this.batches = batches;
    this.model = model;
    this.store = store;
    this.clock = clock;
    this.log = log;
    this.background = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "offer-embeddings");
      t.setDaemon(true);
      return t;
    });
  }

  /** Embeddings for the offers when a base URL is set; otherwise none, and nothing logged. */
  public static Matcher.Neighbours start(Settings settings, Database database, List<Offer> offers) {
    if (settings.baseUrl() == null) {
      return Matcher.Neighbours.NONE;
    }
    OfferEmbeddings embeddings = new OfferEmbeddings(client(settings, QUERY_TIMEOUT),
        client(settings, settings.batchTimeout()), settings.model(),
        new EmbeddingStore(database, Clock.systemUTC()), Clock.systemUTC(), LOG::warn);
    embeddings.catalogue(offers);
    return embeddings;
  }

  static EmbeddingModel client(Settings settings, Duration timeout) {
    return OllamaEmbeddingModel.builder().baseUrl(settings.baseUrl()).modelName(settings.model())
        .timeout(timeout)
        .maxRetries(0) // the pause handles failures; retries would triple a turn's wait
        .build();
  }

  /**
   * Serves these offers from now on (at start, or after the knowledge is reloaded): their stored
   * vectors are read and the missing ones embedded, both in the background.
   */
  @Override
  public void catalogue(List<Offer> offers) {
    Vectors next = new Vectors(offers);
    vectors = next;
    background.execute(() -> load(next));
  }

  private void load(Vectors v) {
    if (v != vectors || closed) {
      return;
    }
    Map<String, Integer> positions = new HashMap<>();
    for (int i = 0; i < v.size(); i++) {
      positions.put(v.offers.get(i).id(), i);
    }
    try {
      store.each(model, (id, stored) -> {
        Integer i = positions.get(id);
        if (i != null && stored.textHash().equals(v.hashes[i])) {
          v.put(i, stored.vector());
        }
      });
    } catch (RuntimeException e) {
      if (closed) {
        return;
      }
      LOG.warn("embeddings: the stored vectors could not be read ({}); offers are embedded again", e.getMessage());
    }
    v.publish();
    embedMissing(v, 0);
  }

  /** Embeds the next batch of offers without a vector, from {@code from} on, then the one after. */
  private void embedMissing(Vectors v, int from) {
    if (v != vectors || closed) {
      return;
    }
    List<Integer> batch = v.missing(from, BATCH);
    if (batch.isEmpty()) {
      LOG.info("embeddings: {} of {} offers have a vector from {}", v.published(), v.size(), model);
      v.finish();
      return;
    }
    Duration wait = pause();
    if (!wait.isZero()) {
      background.schedule(() -> embedMissing(v, from), wait.toMillis(), TimeUnit.MILLISECONDS);
      return;
    }
    List<Embedding> got;
    try {
      got = batches.embedAll(batch.stream().map(i -> TextSegment.from(v.texts[i])).toList()).content();
      if (got.size() != batch.size()) {
        throw new IllegalStateException("asked " + batch.size() + " embeddings, got " + got.size());
      }
      worked();
    } catch (RuntimeException e) {
      if (!closed) {
        failed(e);
        background.schedule(() -> embedMissing(v, from), PAUSE.toMillis(), TimeUnit.MILLISECONDS);
      }
      return;
    }
    List<EmbeddingStore.Row> rows = new ArrayList<>();
    for (int k = 0; k < batch.size(); k++) {
      int i = batch.get(k);
      float[] vector = got.get(k).vector();
      v.put(i, vector);
      rows.add(new EmbeddingStore.Row(v.offers.get(i).id(), v.hashes[i], vector));
    }
    v.publish();
    try {
      store.save(model, rows);
    } catch (RuntimeException e) {
      if (closed) {
        return;
      }
      // Kept in memory all the same; only the next start embeds these again.
      LOG.warn("embeddings: {} vectors could not be stored ({})", rows.size(), e.getMessage());
    }
    int next = batch.get(batch.size() - 1) + 1;
    background.execute(() -> embedMissing(v, next));
  }

  @Override
  public List<String> nearest(String text, int limit) {
    Vectors v = vectors;
    if (v == null || v.published() == 0 || text == null || text.isBlank() || !pause().isZero()) {
      return List.of();
    }
    float[] query;
    try {
      query = queries.embed(text).content().vector();
      worked();
    } catch (RuntimeException e) {
      failed(e);
      return List.of();
    }
    return v.nearest(query, limit).stream().map(i -> v.offers.get(i).id()).toList();
  }

  /** How long nothing is to be asked yet; zero when a call may go. */
  private synchronized Duration pause() {
    Instant now = clock.instant();
    return pausedUntil == null || !now.isBefore(pausedUntil) ? Duration.ZERO : Duration.between(now, pausedUntil);
  }

  private synchronized void worked() {
    pausedUntil = null;
    if (!working) {
      working = true;
      log.accept("embeddings: Ollama serves " + model + " again; offers are matched by meaning and by words");
    }
  }

  private synchronized void failed(RuntimeException e) {
    pausedUntil = clock.instant().plus(PAUSE);
    if (working) {
      working = false;
      log.accept("embeddings: " + reason(e) + "; offers are matched by BM25 alone until it answers");
    }
  }

  /** Why, without the message: an error's text may quote what was sent. */
  private String reason(RuntimeException e) {
    if (e instanceof ModelNotFoundException) {
      return "Ollama has no model " + model + " (run `ollama pull " + model + "`)";
    }
    if (e instanceof TimeoutException) {
      return "Ollama did not answer in time";
    }
    return "Ollama did not answer (" + e.getClass().getSimpleName() + ")";
  }

  /** The text an offer is embedded from: the words BM25 indexes, markers left out. */
  static String text(Offer offer) {
    List<String> parts = new ArrayList<>();
    parts.add(offer.title());
    parts.add(String.join(", ", offer.keywords()));
    parts.add(offer.summary());
    return parts.stream().filter(p -> p != null)
        .map(p -> MARKER.matcher(p).replaceAll(" ").replaceAll("\\s+", " ").strip())
        .filter(p -> !p.isEmpty()).collect(Collectors.joining(". "));
  }

  static String hash(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Offers with a vector in memory (for tests and the benchmark). */
  int embedded() {
    Vectors v = vectors;
    return v == null ? 0 : v.published();
  }

  /** Waits until every offer has its vector or the time is up; true when they have. */
  boolean awaitEmbedded(Duration timeout) throws InterruptedException {
    Vectors v = vectors;
    return v != null && v.awaitFinished(timeout);
  }

  @Override
  public void close() {
    closed = true;
    background.shutdownNow();
    try {
      background.awaitTermination(5, TimeUnit.SECONDS); // no write after the database closes
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
