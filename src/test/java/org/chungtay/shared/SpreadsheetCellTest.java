package org.chungtay.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheetCellTest {

    @Test
    void aCellThatASpreadsheetWouldEvaluateIsWrittenAsText() {
        assertThat(SpreadsheetCell.safe("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(SpreadsheetCell.safe("+84 912")).isEqualTo("'+84 912");
        assertThat(SpreadsheetCell.safe("-1")).isEqualTo("'-1");
        assertThat(SpreadsheetCell.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetCell.safe("\tx")).isEqualTo("'\tx");
    }

    @Test
    void anyOtherCellIsLeftAsItIs() {
        assertThat(SpreadsheetCell.safe("CT26 7K3Q9M ung ho")).isEqualTo("CT26 7K3Q9M ung ho");
        assertThat(SpreadsheetCell.safe("")).isEmpty();
        assertThat(SpreadsheetCell.safe(null)).isNull();
    }
}
