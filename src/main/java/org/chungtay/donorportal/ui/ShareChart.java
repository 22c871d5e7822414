package org.chungtay.donorportal.ui;

import java.util.List;

import org.chungtay.shared.Money;

/**
 * The "where it went" chart, drawn on the server as SVG (no chart library: Vaadin Charts is not free): one row per
 * share, a colour swatch, the label and its per cent, and below them a bar as long as the share's part of the
 * total. Bars rather than a donut, because a label beside each bar stays readable at 375 px where a donut's legend
 * would be a second list to match by colour. Widths are whole units computed in {@code long} (money is never a
 * {@code double}); labels are escaped, and cut short with the full text in the row's {@code <title>}.
 */
final class ShareChart {

    /** The width of the drawing in SVG units; the SVG scales to its container. */
    static final int WIDTH = 320;
    static final int ROW_HEIGHT = 40;
    static final int BAR_TOP = 20;
    static final int BAR_HEIGHT = 12;
    static final int LABEL_LIMIT = 34;
    /** Colours that stay apart for the commonest colour blindness and against the light background. */
    static final List<String> COLOURS = List.of("#1f6fb2", "#e07b00", "#2a9d5b", "#b8437a", "#6b5bb5", "#8a6d00",
            "#00838f", "#7a7a7a");

    // By code, not as character literals, which the translations test would read as the start of a text.
    private static final int QUOTE = 0x22;
    private static final int APOSTROPHE = 0x27;

    private ShareChart() {
    }

    /** One bar: the label shown, the amount as written in the page's language, and the amount itself. */
    record Slice(String label, String amountText, Money amount) {
    }

    /**
     * The SVG of the slices, each a part of {@code total}.
     *
     * @param title the chart's accessible name
     */
    static String svg(String title, List<Slice> slices, Money total) {
        int height = Math.max(1, slices.size()) * ROW_HEIGHT;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" width=\"100%\" role=\"img\" class=\"donor-chart-svg\">");
        svg.append("<title>").append(escape(title)).append("</title>");
        for (int i = 0; i < slices.size(); i++) {
            Slice slice = slices.get(i);
            String colour = COLOURS.get(i % COLOURS.size());
            int y = i * ROW_HEIGHT;
            svg.append("<g class=\"donor-chart-row\"><title>").append(escape(slice.label())).append(": ")
                    .append(escape(slice.amountText())).append("</title>");
            svg.append("<rect x=\"0\" y=\"").append(y + 3).append("\" width=\"10\" height=\"10\" fill=\"")
                    .append(colour).append("\"/>");
            svg.append("<text x=\"16\" y=\"").append(y + 12).append("\" font-size=\"12\">")
                    .append(escape(shortened(slice.label()))).append("</text>");
            svg.append("<text x=\"").append(WIDTH).append("\" y=\"").append(y + 12)
                    .append("\" font-size=\"12\" text-anchor=\"end\">").append(percent(slice.amount(), total))
                    .append("%</text>");
            svg.append("<rect x=\"0\" y=\"").append(y + BAR_TOP).append("\" width=\"").append(WIDTH)
                    .append("\" height=\"").append(BAR_HEIGHT).append("\" fill=\"#e8ecf0\"/>");
            svg.append("<rect class=\"donor-chart-bar\" x=\"0\" y=\"").append(y + BAR_TOP).append("\" width=\"")
                    .append(barWidth(slice.amount(), total)).append("\" height=\"").append(BAR_HEIGHT)
                    .append("\" fill=\"").append(colour).append("\"/></g>");
        }
        return svg.append("</svg>").toString();
    }

    /** The bar's length: its part of the whole width, rounded down, so that the bars never add up to more. */
    static long barWidth(Money amount, Money total) {
        if (!total.isPositive() || !amount.isPositive()) {
            return 0;
        }
        return Math.multiplyExact(amount.amount(), (long) WIDTH) / total.amount();
    }

    /** The share in whole per cent, rounded half up. */
    static long percent(Money amount, Money total) {
        if (!total.isPositive() || !amount.isPositive()) {
            return 0;
        }
        return (Math.multiplyExact(amount.amount(), 200L) / total.amount() + 1) / 2;
    }

    static String shortened(String label) {
        if (label.codePointCount(0, label.length()) <= LABEL_LIMIT) {
            return label;
        }
        return label.substring(0, label.offsetByCodePoints(0, LABEL_LIMIT - 1)).stripTrailing() + "…";
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case QUOTE -> escaped.append("&quot;");
                case APOSTROPHE -> escaped.append("&#39;");
                default -> escaped.appendCodePoint(c);
            }
        });
        return escaped.toString();
    }
}
