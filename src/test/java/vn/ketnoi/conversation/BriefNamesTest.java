package vn.ketnoi.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Names in the brief answer are cut at a word, with "…". */
class BriefNamesTest {
  @Test
  void a_long_name_is_cut_at_a_word_boundary() {
    String name = "Đề án thúc đẩy chuyển giao, làm chủ và phát triển công nghệ từ nước ngoài vào"
        + " Việt Nam trong các ngành, lĩnh vực ưu tiên";
    String cut = CardView.cut(name);
    assertThat(cut).endsWith("…").hasSizeLessThanOrEqualTo(70);
    String kept = cut.substring(0, cut.length() - 1);
    assertThat(name).startsWith(kept);
    assertThat(name.charAt(kept.length())).isEqualTo(' ');
  }

  @Test
  void a_bracket_left_open_goes_with_the_cut() {
    String name = "Hỗ trợ đổi mới công nghệ cho doanh nghiệp (Đề án thúc đẩy chuyển giao công nghệ"
        + " từ nước ngoài)";
    assertThat(CardView.cut(name)).isEqualTo("Hỗ trợ đổi mới công nghệ cho doanh nghiệp…");
  }

  @Test
  void a_short_name_is_kept_whole() {
    assertThat(CardView.cut("Máy sấy lạnh")).isEqualTo("Máy sấy lạnh");
  }
}
