package vn.ketnoi.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitlesTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Hi                                                   | ''
      2 việc: 1                                            | ''
      Tư vấn đăng ký sáng chế cho                          | Tư vấn đăng ký sáng chế
      Đăng ký sáng chế cho sản phẩm 2                      | Đăng ký sáng chế cho sản phẩm
      Robot hàn tự động và đổi mới quy trình nhiệt luyện   | Robot hàn tự động và đổi mới quy trình nhiệt luyện
      máy sấy lúa                                          | Máy sấy lúa
      """)
  void a_title_names_the_need_and_ends_on_a_whole_phrase(String title, String clean) {
    assertThat(Titles.clean(title)).isEqualTo(clean.isEmpty() ? null : clean);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      cty em cần robot hàn tự động, tầm 2 tỷ, sđt 0912345678          | cty em cần robot hàn tự động
      chào em, bên chị cần máy sấy lúa. Kinh phí 800tr nhé             | bên chị cần máy sấy lúa.
      cần dây chuyền sấy chè; liên hệ chị Lan                          | cần dây chuyền sấy chè
      """)
  void a_description_leaves_out_greetings_amounts_and_contacts(String text, String described) {
    assertThat(Titles.describe(text)).isEqualTo(described);
  }
}
