package vn.ketnoi.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.ketnoi.extraction.Evaluation;
import vn.ketnoi.extraction.Provinces;
import vn.ketnoi.extraction.RuleExtractor;

/** The model path end to end against a stand-in that answers each dev-set message with its gold card. */
class GoldStandInTest {
  private static final Path DEV_SET = Path.of("src/test/resources/extraction/dev-set.jsonl");

  @Test
  void eval_through_the_model_path_prints_its_figures() throws Exception {
    Provinces provinces = new Provinces();
    try (FakeOllama ollama = new FakeOllama(FakeOllama.goldAnswers(DEV_SET))) {
      ModelExtractor extractor = Ollama.extractor(new Ollama.Settings(ollama.url(),
          "qwen2.5:7b-instruct", Duration.ofSeconds(10), 8192), new RuleExtractor(provinces),
          provinces, Clock.systemUTC());
      Evaluation.Report report = Evaluation.run(DEV_SET, extractor);
      System.out.println("model path against the gold stand-in:");
      Evaluation.print(report, System.out);
      extractor.stats().print(System.out);
      // The stand-in answers gold: what is lost is lost in validation, grounding or merging.
      assertThat(report.micro().f1()).isGreaterThanOrEqualTo(0.98);
      assertThat(report.intentAccuracy()).isEqualTo(1.0);
    }
  }
}
