package vn.ketnoi.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ketnoi.text.Messages;

class QuestionAnswererTest {
  private static final String LONG = "Hỗ trợ doanh nghiệp nhận chuyển giao, đổi mới, hoàn thiện công nghệ,"
      + " chuyển giao công nghệ về nông thôn, miền núi, đào tạo nhân lực khoa học và công nghệ,"
      + " thông qua nhiệm vụ khoa học và công nghệ có đồng tài trợ của doanh nghiệp, với mức hỗ trợ"
      + " theo từng loại nhiệm vụ và điều kiện của từng địa phương trong từng giai đoạn";

  @Test
  void an_answer_names_at_most_two_entries_with_the_gist_of_each_and_fits_a_phone_screen() {
    List<Answers.Found> found = List.of(
        new Answers.Found("a", "Chương trình 118", LONG, "Sở KH&CN tỉnh"),
        new Answers.Found("b", "Quỹ NATIF", LONG, "Quỹ Đổi mới công nghệ quốc gia"),
        new Answers.Found("c", "Nghị định 76/2018", LONG, null));
    String answer = QuestionAnswerer.rules(Messages.load()).answer("có hỗ trợ kinh phí không", found);
    assertThat(answer).contains("Chương trình 118", "Quỹ NATIF", "Sở KH&CN tỉnh")
        .doesNotContain("Nghị định 76/2018");
    assertThat(answer.length()).isLessThan(650);
  }

  @Test
  void the_gist_is_the_first_sentence_or_a_cut_at_a_word() {
    assertThat(QuestionAnswerer.gist("Cho vay ưu đãi đổi mới công nghệ với lãi suất thấp. Thời hạn đến 7 năm."))
        .isEqualTo("Cho vay ưu đãi đổi mới công nghệ với lãi suất thấp.");
    assertThat(QuestionAnswerer.gist("Ngắn gọn.")).isEqualTo("Ngắn gọn.");
    String cut = QuestionAnswerer.gist(LONG);
    assertThat(cut).endsWith("…").hasSizeLessThanOrEqualTo(QuestionAnswerer.MAX_ENTRY_CHARS);
    assertThat(LONG).startsWith(cut.substring(0, cut.length() - 1));
  }
}
