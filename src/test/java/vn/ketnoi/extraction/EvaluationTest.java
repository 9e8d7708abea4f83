package vn.ketnoi.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class EvaluationTest {
  private static JsonNode json(String text) throws Exception {
    return Json.MAPPER.readTree(text);
  }

  @Test
  void a_wrong_value_is_one_false_positive_and_one_false_negative() throws Exception {
    assertThat(Evaluation.score(json("\"Hà Nội\""), json("\"Hải Phòng\"")))
        .isEqualTo(new Evaluation.Score(0, 1, 1));
    assertThat(Evaluation.score(json("\"Hà Nội\""), json("\"Hà Nội\"")))
        .isEqualTo(new Evaluation.Score(1, 0, 0));
    assertThat(Evaluation.score(json("null"), json("12"))).isEqualTo(new Evaluation.Score(0, 0, 1));
    assertThat(Evaluation.score(json("12"), json("null"))).isEqualTo(new Evaluation.Score(0, 1, 0));
    assertThat(Evaluation.score(json("null"), json("null"))).isEqualTo(new Evaluation.Score(0, 0, 0));
  }

  @Test
  void lists_count_element_by_element() throws Exception {
    assertThat(Evaluation.score(json("[\"Đức\",\"Úc\"]"), json("[\"Úc\",\"Nhật Bản\"]")))
        .isEqualTo(new Evaluation.Score(1, 1, 1));
  }

  @Test
  void f1_follows_precision_and_recall() {
    Evaluation.Score s = new Evaluation.Score(8, 2, 2);
    assertThat(s.precision()).isEqualTo(0.8);
    assertThat(s.recall()).isEqualTo(0.8);
    assertThat(s.f1()).isCloseTo(0.8, org.assertj.core.data.Offset.offset(1e-9));
  }
}
