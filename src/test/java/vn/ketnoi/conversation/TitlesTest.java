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
      4-5 ty                                               | ''
      Đầu                                                  | ''
      Tủ sấy                                               | Tủ sấy
      Them may dong goi hut chan khong nua                 | May dong goi hut chan khong
      """)
  void a_title_names_the_need_and_ends_on_a_whole_phrase(String title, String clean) {
    assertThat(Titles.clean(title)).isEqualTo(clean.isEmpty() ? null : clean);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      cty em cần robot hàn tự động, tầm 2 tỷ, sđt 0912345678          | cty em cần robot hàn tự động
      chào em, bên chị cần máy sấy lúa. Kinh phí 800tr nhé             | bên chị cần máy sấy lúa.
      cần dây chuyền sấy chè; liên hệ chị Lan                          | cần dây chuyền sấy chè
      HTX cần máy sao chè, bên bán báo 650tr, HTX lo được 500tr        | HTX cần máy sao chè, bên bán báo 650tr
      can may say lua, vay them 300tr, tam 1 ty                        | can may say lua, vay them 300tr
      cần lò sấy, đã cọc 50 triệu                                      | cần lò sấy, đã cọc 50 triệu
      can may say lua 2 cai, moi cai 400tr, sdt 0912345678            | can may say lua 2 cai, moi cai 400tr
      can day chuyen boc vo. Gia may khoang 3ty5, tam 2 ty             | can day chuyen boc vo. Gia may khoang 3ty5
      """)
  void a_description_leaves_out_greetings_amounts_and_contacts(String text, String described) {
    assertThat(Titles.describe(text)).isEqualTo(described);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Chào anh chị ạ, công ty em cần máy sấy lúa, cảm ơn ạ             | công ty em cần máy sấy lúa
      Chao anh chi a, cong ty em can may say lua, cam on a              | cong ty em can may say lua
      em chào Sở, HTX em cần lò sấy chè                                | HTX em cần lò sấy chè
      Em chào Sở em là Lan ở HTX Chè Tân Cương, cần máy vò chè          | em là Lan ở HTX Chè Tân Cương, cần máy vò chè
      em chao so em la Lan o HTX Che Tan Cuong, can may vo che          | em la Lan o HTX Che Tan Cuong, can may vo che
      Dạ, bên em cần tư vấn xử lý nước thải. Em cảm ơn Sở nhiều ạ!      | bên em cần tư vấn xử lý nước thải.
      da, ben em can tu van xu ly nuoc thai. em cam on so nhieu a!      | ben em can tu van xu ly nuoc thai.
      Dạ em chào anh chị ạ công ty em cần robot hàn                    | công ty em cần robot hàn
      cần máy sấy lúa cảm ơn                                           | cần máy sấy lúa
      can may say lua cam on nhe                                       | can may say lua
      Anh chị ơi, cho em hỏi máy sấy                                   | cho em hỏi máy sấy
      da co may say, can them kho lanh                                 | da co may say, can them kho lanh
      Chào Sở KH&CN tỉnh Bến Tre, em cần máy sấy                       | Chào Sở KH&CN tỉnh Bến Tre, em cần máy sấy
      Chào anh Hùng, em cần máy sấy                                    | Chào anh Hùng, em cần máy sấy
      """)
  void a_description_leaves_out_pleasantries_and_keeps_every_other_word(String text, String described) {
    assertThat(Titles.describe(text)).isEqualTo(described);
  }
}
