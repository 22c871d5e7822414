package org.chungtay.ledger;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.chungtay.payments.GoodsReceived;
import org.chungtay.shared.Money;

/**
 * The annual disclosure laid out once, in words of one language, for the page, the PDF and the XLSX alike: so
 * that the three show the same lines and the same totals. Each section has a title, its lines and, for money, a
 * total line.
 *
 * @param id a stable name of the section (page element ids, tests)
 */
public record DisclosureSection(String id, String title, List<Row> rows, Row total) {

    /**
     * A line: its words, a link (relative to the portal's root) or null, and its value: đồng ({@code amount}) or a
     * plain number ({@code count}), one of the two.
     */
    public record Row(String id, String label, String link, Money amount, Long count) {

        /** The value as shown: money in the language's format, or the number. */
        public String value(Locale locale) {
            return amount != null ? amount.format(locale) : String.valueOf(count);
        }
    }

    /** The sections of this report, with {@code translate} giving the words of a key in the language wanted. */
    public static List<DisclosureSection> of(DisclosureReport report, Locale locale, Function<String, String> translate) {
        PublicLedgerTotals totals = report.totals();
        List<DisclosureSection> sections = new ArrayList<>();
        sections.add(new DisclosureSection("summary", translate.apply("ledger.disclosure.summary"), List.of(
                new Row("summary-opening", translate.apply("ledger.totals.opening"), null, totals.opening(), null),
                new Row("summary-in", translate.apply("ledger.totals.in"), null, totals.in(), null),
                new Row("summary-out", translate.apply("ledger.totals.out"), null, totals.out(), null),
                new Row("summary-held", translate.apply("ledger.totals.held"), null, totals.held(), null),
                new Row("summary-goods", translate.apply("ledger.disclosure.goods-value"), null, report.goodsTotal(), null),
                new Row("summary-children", translate.apply("ledger.disclosure.children"), null, null,
                        report.childrenSupported())), null));
        sections.add(money("received", translate.apply("ledger.disclosure.received"), report.received(), totals.in(),
                locale, translate));
        List<Row> goods = new ArrayList<>();
        DateTimeFormatter dates = DateTimeFormatter.ofPattern(translate.apply("format.date"));
        int number = 0;
        for (GoodsReceived item : report.goods()) {
            goods.add(new Row("goods-" + ++number, dates.format(item.receivedOn()) + " · " + item.description(), null,
                    item.value(), null));
        }
        sections.add(new DisclosureSection("goods", translate.apply("ledger.disclosure.goods"), goods,
                total("goods", translate, report.goodsTotal())));
        sections.add(money("by-programme", translate.apply("ledger.disclosure.by-programme"), report.byProgramme(),
                totals.out(), locale, translate));
        sections.add(money("by-purpose", translate.apply("ledger.disclosure.by-purpose"), report.byPurpose(),
                totals.out(), locale, translate));
        sections.add(money("by-unit", translate.apply("ledger.disclosure.by-unit"), report.byUnit(), totals.out(),
                locale, translate));
        sections.add(money("projects", translate.apply("ledger.disclosure.projects"), report.projects(),
                report.projects().stream().map(DisclosureLine::amount).reduce(Money.ZERO, Money::plus), locale,
                translate));
        return sections;
    }

    private static DisclosureSection money(String id, String title, List<DisclosureLine> lines, Money total,
            Locale locale, Function<String, String> translate) {
        List<Row> rows = new ArrayList<>();
        int number = 0;
        for (DisclosureLine line : lines) {
            rows.add(new Row(id + "-" + ++number, line.label(locale, (key, in) -> translate.apply(key)), line.link(),
                    line.amount(), null));
        }
        return new DisclosureSection(id, title, rows, total(id, translate, total));
    }

    private static Row total(String section, Function<String, String> translate, Money amount) {
        return new Row(section + "-total", translate.apply("ledger.totals.total"), null, amount, null);
    }
}
