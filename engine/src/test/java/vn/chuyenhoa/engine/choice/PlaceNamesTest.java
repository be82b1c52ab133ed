package vn.chuyenhoa.engine.choice;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PlaceNamesTest {
    /** The 63 provinces and centrally governed cities before July 2025, and "Huế", a city of its own since 2025. */
    private static final List<String> PROVINCES = List.of(
            "An Giang",
            "Bà Rịa - Vũng Tàu",
            "Bắc Giang",
            "Bắc Kạn",
            "Bạc Liêu",
            "Bắc Ninh",
            "Bến Tre",
            "Bình Định",
            "Bình Dương",
            "Bình Phước",
            "Bình Thuận",
            "Cà Mau",
            "Cao Bằng",
            "Cần Thơ",
            "Đà Nẵng",
            "Đắk Lắk",
            "Đắk Nông",
            "Điện Biên",
            "Đồng Nai",
            "Đồng Tháp",
            "Gia Lai",
            "Hà Giang",
            "Hà Nam",
            "Hà Nội",
            "Hà Tĩnh",
            "Hải Dương",
            "Hải Phòng",
            "Hậu Giang",
            "Hòa Bình",
            "Hồ Chí Minh",
            "Hưng Yên",
            "Khánh Hòa",
            "Kiên Giang",
            "Kon Tum",
            "Lai Châu",
            "Lâm Đồng",
            "Lạng Sơn",
            "Lào Cai",
            "Long An",
            "Nam Định",
            "Nghệ An",
            "Ninh Bình",
            "Ninh Thuận",
            "Phú Thọ",
            "Phú Yên",
            "Quảng Bình",
            "Quảng Nam",
            "Quảng Ngãi",
            "Quảng Ninh",
            "Quảng Trị",
            "Sóc Trăng",
            "Sơn La",
            "Tây Ninh",
            "Thái Bình",
            "Thái Nguyên",
            "Thanh Hóa",
            "Thừa Thiên Huế",
            "Tiền Giang",
            "Trà Vinh",
            "Tuyên Quang",
            "Vĩnh Long",
            "Vĩnh Phúc",
            "Yên Bái",
            "Huế");

    @Test
    @DisplayName("Ignoring case, diacritics and punctuation never makes two provinces one")
    void everyProvinceKeepsAKeyOfItsOwn() {
        assertThat(PROVINCES.stream().map(PlaceNames::key).distinct()).hasSize(PROVINCES.size());
        for (String a : PROVINCES) {
            for (String b : PROVINCES) {
                assertThat(PlaceNames.same(a, b)).as(a + " / " + b).isEqualTo(a.equals(b));
            }
        }
    }

    @Test
    @DisplayName("One province written in the ways people write it is one province")
    void spellingsOfOneProvince() {
        assertThat(List.of(
                        "Thừa Thiên - Huế",
                        "tỉnh Thừa Thiên Huế",
                        "Tỉnh Thừa Thiên-Huế",
                        "THỪA THIÊN HUẾ",
                        "Thua Thien Hue",
                        "  Thừa   Thiên Huế ",
                        Normalizer.normalize("Thừa Thiên Huế", Normalizer.Form.NFD)))
                .allMatch(name -> PlaceNames.same(name, "Thừa Thiên Huế"));
        assertThat(PlaceNames.same("Khánh Hoà", "Khánh Hòa"))
                .as("the tone mark on either vowel")
                .isTrue();
        assertThat(PlaceNames.same("TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh")).isTrue();
        assertThat(PlaceNames.same("Đồng Nai", "dong nai")).isTrue();
        assertThat(PlaceNames.same("TX Hương Trà", "Thị xã Hương Trà")).isTrue();
    }

    @Test
    @DisplayName("A name is not matched by a part of it, nor by a neighbour that reads alike")
    void partsAndNeighboursDoNotMatch() {
        assertThat(PlaceNames.same("Huế", "Thừa Thiên Huế")).isFalse();
        assertThat(PlaceNames.same("Thiên Huế", "Thừa Thiên Huế")).isFalse();
        assertThat(PlaceNames.same("Hà Nam", "Hà Nội")).isFalse();
        assertThat(PlaceNames.same("Tỉnh", "Trà Vinh")).isFalse();
        assertThat(PlaceNames.same("Phong Điền", "Hương Trà")).isFalse();
    }
}
