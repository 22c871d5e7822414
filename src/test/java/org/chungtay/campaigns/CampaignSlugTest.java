package org.chungtay.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CampaignSlugTest {

    @ParameterizedTest(name = "“{0}” → {1}")
    @CsvSource(textBlock = """
            'Tết yêu thương 2027',                     tet-yeu-thuong-2027
            'Tháng hành động vì trẻ em – Đắk Lắk',     thang-hanh-dong-vi-tre-em-dak-lak
            '  Trung thu   cho em!!! ',                trung-thu-cho-em
            '<script>alert(1)</script>',               script-alert-1-script
            'ĐỒNG HÀNH CÙNG EM',                       dong-hanh-cung-em
            '1/6',                                     1-6
            """)
    void aSlugIsTheVietnameseNameWithoutDiacriticsInLowerCaseJoinedByHyphens(String name, String slug) {
        assertThat(CampaignSlug.fromName(name)).isEqualTo(slug);
        assertThat(CampaignSlug.isValid(slug)).isTrue();
    }

    @Test
    void aNameWithoutLettersOrDigitsStillGivesAValidSlug() {
        assertThat(CampaignSlug.fromName("!!!")).isEqualTo("chien-dich");
        assertThat(CampaignSlug.fromName("A")).isEqualTo("chien-dich-a");
        assertThat(CampaignSlug.fromName("中文")).isEqualTo("chien-dich");
    }

    @Test
    void aLongNameIsCutAtAHyphen() {
        String slug = CampaignSlug.fromName("Chiến dịch vận động ủng hộ quà Tết cho trẻ em có hoàn cảnh đặc biệt khó khăn "
                + "tại các xã vùng sâu vùng xa");

        assertThat(slug).hasSizeLessThanOrEqualTo(60).doesNotEndWith("-").startsWith("chien-dich-van-dong");
        assertThat(CampaignSlug.isValid(slug)).isTrue();
    }

    @Test
    void takenSlugsGetANumberThatStillFits() {
        assertThat(CampaignSlug.alternative("tet-2027", 2)).isEqualTo("tet-2027-2");
        String longest = "a".repeat(CampaignSlug.MAX_LENGTH);
        assertThat(CampaignSlug.alternative(longest, 12)).hasSize(CampaignSlug.MAX_LENGTH).endsWith("-12");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            ab
            -tet
            tet-
            tet--2027
            Tet-2027
            tết
            tet_2027
            'tet 2027'
            """)
    void onlyLowerCaseAsciiGroupsJoinedBySingleHyphensAreValid(String slug) {
        assertThat(CampaignSlug.isValid(slug)).isFalse();
    }

    @Test
    void theYearInANameMovesOnWithTheCopy() {
        assertThat(CampaignService.nextYear("Tết yêu thương 2027 – 12027", 2027, 2028))
                .isEqualTo("Tết yêu thương 2028 – 12027");
        assertThat(CampaignService.nextYear("Trung thu cho em", 2026, 2027)).isEqualTo("Trung thu cho em");
        assertThat(CampaignService.nextYear(null, 2026, 2027)).isNull();
    }
}
