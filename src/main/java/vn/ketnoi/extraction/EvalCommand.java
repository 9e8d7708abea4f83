package vn.ketnoi.extraction;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import vn.ketnoi.text.Arguments;

/**
 * {@code eval FILE}: the extraction scores against a labelled JSONL, then whatever the extractor's
 * own path measured (the model path's latency and valid-JSON shares; nothing for the rules).
 */
public final class EvalCommand {
  private EvalCommand() {}

  /** The extractor is built only once FILE is given: a missing FILE is the one error shown. */
  public static int run(List<String> rest, Supplier<Extractor> extractors,
      BiConsumer<Extractor, PrintStream> pathFigures, PrintStream out) {
    Path labelled = Arguments.requireFile(rest, "eval FILE");
    Extractor extractor = extractors.get();
    Evaluation.print(Evaluation.run(labelled, extractor), out);
    pathFigures.accept(extractor, out);
    return 0;
  }
}
