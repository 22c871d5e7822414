package org.chungtay.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.chungtay.payments.GoodsReceived;
import org.chungtay.shared.Money;
import org.chungtay.shared.ui.Languages;
import org.junit.jupiter.api.Test;

/** The disclosure laid out once for the page, the PDF and the XLSX; the ledger's totals that must reconcile. */
class DisclosureSectionTest {

    private static final Function<String, String> KEYS = key -> key.equals("format.date") ? "dd/MM/yyyy" : key;

    @Test
    void everySectionOfMoneyAddsUpToTheLedgersFigureAndEveryLineHasItsOwnId() {
        PublicLedgerSubject unit = new PublicLedgerSubject(PublicLedgerSubject.Kind.FUND_UNIT, 7, "DL", "Quỹ tỉnh",
                "Provincial fund", "/1/7/");
        PublicLedgerTotals totals = PublicLedgerTotals.of(Money.vnd(100), Money.vnd(900), Money.vnd(600));
        DisclosureReport report = new DisclosureReport(unit, 2025, totals,
                List.of(DisclosureLine.keyed("ledger.disclosure.designation.general", Money.vnd(900), 3)),
                List.of(new GoodsReceived(LocalDate.of(2025, 9, 1), "=50 bộ sách", Money.vnd(250))), Money.vnd(250),
                List.of(DisclosureLine.keyed("ledger.disclosure.no-programme", Money.vnd(600), 2)),
                List.of(DisclosureLine.keyed(Purpose.GENERAL.labelKey(), Money.vnd(600), 2)),
                List.of(new DisclosureLine(null, "Quỹ tỉnh", "Provincial fund", null, Money.vnd(600), 2)),
                List.of(), 0);

        List<DisclosureSection> sections = DisclosureSection.of(report, Languages.ENGLISH, KEYS);

        Map<String, DisclosureSection> byId = sections.stream()
                .collect(Collectors.toMap(DisclosureSection::id, Function.identity()));
        assertThat(byId.keySet()).containsExactlyInAnyOrder("summary", "received", "goods", "by-programme",
                "by-purpose", "by-unit", "projects");
        assertThat(byId.get("summary").rows()).extracting(DisclosureSection.Row::amount).startsWith(Money.vnd(100),
                Money.vnd(900), Money.vnd(600), Money.vnd(400), Money.vnd(250));
        for (String section : List.of("by-programme", "by-purpose", "by-unit")) {
            assertThat(byId.get(section).total().amount()).isEqualTo(totals.out());
        }
        assertThat(byId.get("received").total().amount()).isEqualTo(totals.in());
        assertThat(byId.get("by-unit").rows().getFirst().label()).isEqualTo("Provincial fund");
        assertThat(byId.get("goods").rows().getFirst().label()).isEqualTo("01/09/2025 · =50 bộ sách");
        assertThat(byId.get("projects").rows()).isEmpty();
        assertThat(byId.get("projects").total().amount()).isEqualTo(Money.ZERO);
        List<String> ids = sections.stream().flatMap(section -> Stream.concat(
                section.rows().stream(), Stream.ofNullable(section.total())))
                .map(DisclosureSection.Row::id).toList();
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void aLedgerThatDoesNotReconcileCannotBeMade() {
        assertThatThrownBy(() -> new PublicLedgerTotals(Money.ZERO, Money.vnd(10), Money.vnd(3), Money.vnd(8)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(PublicLedgerTotals.of(Money.vnd(5), Money.vnd(10), Money.vnd(3)).held()).isEqualTo(Money.vnd(12));
    }

    @Test
    void aPeriodIsAYearOrEveryDay() {
        assertThat(PublicLedgerPeriod.of(2025).from()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(PublicLedgerPeriod.of(2025).to()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(PublicLedgerPeriod.of(2025).dayBefore()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(PublicLedgerPeriod.ALL.isAll()).isTrue();
        assertThat(PublicLedgerPeriod.years()).first().isEqualTo(PublicLedgerPeriod.lastYear() + 1);
        assertThat(PublicLedgerPeriod.years()).last().isEqualTo(PublicLedgerPeriod.FIRST_YEAR);
    }
}
