package org.chungtay.setup;

import static org.assertj.core.api.Assertions.assertThat;

import org.chungtay.funds.FundUnitService.LevelNames;
import org.junit.jupiter.api.Test;

class FirstRunTest {

    @Test
    void levelsAreReadRootFirstInBothLanguages() {
        assertThat(FirstRun.parseLevels("Tỉnh|Province; Huyện|District ;Xã|Commune;"))
                .containsExactly(new LevelNames("Tỉnh", "Province"), new LevelNames("Huyện", "District"),
                        new LevelNames("Xã", "Commune"));
    }

    @Test
    void aLevelWithoutAnEnglishNameKeepsItsVietnameseOne() {
        assertThat(FirstRun.parseLevels("Tỉnh")).containsExactly(new LevelNames("Tỉnh", "Tỉnh"));
    }
}
