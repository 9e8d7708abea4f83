package vn.ketnoi.extraction;

import java.nio.file.Path;

class DevSetProbe {
  public static void main(String[] args) {
    Evaluation.Report r = Evaluation.run(Path.of(args[0]), new RuleExtractor(new Provinces()));
    Evaluation.print(r, System.out);
    r.misses().forEach(System.out::println);
  }
}
