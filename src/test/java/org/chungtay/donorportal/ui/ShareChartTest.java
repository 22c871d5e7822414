package org.chungtay.donorportal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chungtay.shared.Money;
import org.junit.jupiter.api.Test;

/** The "where it went" chart, drawn without a browser. */
class ShareChartTest {

    private static final Pattern BAR = Pattern.compile("class=\"donor-chart-bar\" x=\"0\" y=\"\\d+\" width=\"(\\d+)\"");

    @Test
    void eachShareIsABarAsLongAsItsPartOfTheTotalAndTheBarsNeverAddUpToMoreThanTheWidth() {
        Money total = Money.vnd(10_000_000);
        List<ShareChart.Slice> slices = List.of(
                new ShareChart.Slice("Lớp học Ea Súp — Xây dựng", "6.000.000 ₫", Money.vnd(6_000_000)),
                new ShareChart.Slice("Hỗ trợ 2 trẻ em ở Xã Ea Rốk", "3.333.333 ₫", Money.vnd(3_333_333)),
                new ShareChart.Slice("Quỹ đang giữ", "666.667 ₫", Money.vnd(666_667)));

        String svg = ShareChart.svg("Tiền đã đi đâu", slices, total);

        Matcher bars = BAR.matcher(svg);
        long sum = 0;
        List<Long> widths = new java.util.ArrayList<>();
        while (bars.find()) {
            widths.add(Long.parseLong(bars.group(1)));
            sum += Long.parseLong(bars.group(1));
        }
        assertThat(widths).containsExactly(192L, 106L, 21L);
        assertThat(sum).isLessThanOrEqualTo(ShareChart.WIDTH).isGreaterThan(ShareChart.WIDTH - slices.size());
        assertThat(svg).contains(">60%<", ">33%<", ">7%<")
                .startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 320 120\"")
                .contains("<title>Tiền đã đi đâu</title>").endsWith("</svg>");
        // As the view wraps it: the div's content keeps the whole drawing for the browser to parse as SVG.
        String inner = new com.vaadin.flow.component.Html("<div>" + svg + "</div>").getInnerHtml();
        assertThat(inner).containsIgnoringCase("viewBox=\"0 0 320 120\"").contains("<title>Tiền đã đi đâu</title>")
                .contains("class=\"donor-chart-bar\"").contains(">60%<");
    }

    @Test
    void labelsAreEscapedAndLongOnesCutWithTheWholeTextInTheTitle() {
        String hostile = "<script>alert('x')</script> & \"Trường\"";
        String longLabel = "Dự án nhà vệ sinh trường tiểu học Ea Rốk — Xây dựng phần mái và tường bao";
        String svg = ShareChart.svg("A <b>chart</b>", List.of(
                new ShareChart.Slice(hostile, "1 ₫", Money.vnd(1)),
                new ShareChart.Slice(longLabel, "1 ₫", Money.vnd(1))), Money.vnd(2));

        assertThat(svg).doesNotContain("<script>").doesNotContain("<b>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Trường&quot;")
                .contains("<title>A &lt;b&gt;chart&lt;/b&gt;</title>")
                .contains("<title>" + longLabel + ": 1 ₫</title>")
                .contains(">" + ShareChart.shortened(longLabel) + "</text>");
        assertThat(ShareChart.shortened(longLabel)).endsWith("…")
                .hasSizeLessThanOrEqualTo(ShareChart.LABEL_LIMIT);
    }

    @Test
    void nothingGivenDrawsEmptyBarsAndNoDivisionByZero() {
        String svg = ShareChart.svg("x", List.of(new ShareChart.Slice("a", "0 ₫", Money.ZERO)), Money.ZERO);

        assertThat(svg).contains("class=\"donor-chart-bar\" x=\"0\" y=\"20\" width=\"0\"").contains(">0%<");
        assertThat(ShareChart.percent(Money.vnd(1), Money.vnd(3))).isEqualTo(33);
        assertThat(ShareChart.percent(Money.vnd(1), Money.vnd(2))).isEqualTo(50);
    }
}
