package vn.ketnoi.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import vn.ketnoi.extraction.Evaluation;
import vn.ketnoi.extraction.Provinces;
import vn.ketnoi.extraction.RuleExtractor;

/**
 * The dev set against a real model. Runs only where Ollama is: OLLAMA_BASE_URL (and optionally
 * OLLAMA_MODEL) set, e.g. `OLLAMA_BASE_URL=http://127.0.0.1:11434 ./mvnw -q verify -Dit.test=ModelPathIT
 * -Dtest=ModelPathIT -Dsurefire.failIfNoSpecifiedTests=false` or with failsafe. Prints the table.
 */
@EnabledIfEnvironmentVariable(named = "OLLAMA_BASE_URL", matches = ".+")
class ModelPathIT {
  @Test
  void dev_set_through_a_real_model() {
    Path devSet = Path.of(System.getProperty("devSet", "src/test/resources/extraction/dev-set.jsonl"));
    assertTrue(Files.exists(devSet), "no dev set at " + devSet);
    Provinces provinces = new Provinces();
    Ollama.Settings settings = new Ollama.Settings(System.getenv("OLLAMA_BASE_URL"),
        System.getenv().getOrDefault("OLLAMA_MODEL", "qwen2.5:7b-instruct"),
        Duration.ofSeconds(120), 8192);
    System.out.println(Ollama.describe(settings, Ollama.check(settings)));
    ModelExtractor extractor =
        Ollama.extractor(settings, new RuleExtractor(provinces), provinces, Clock.systemUTC());
    Evaluation.Report report = Evaluation.run(devSet, extractor);
    Evaluation.print(report, System.out);
    extractor.stats().print(System.out);
  }
}
