package org.chungtay.payments.statements;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds a layout's columns in a row: the header row is the first within {@link
 * StatementReader#HEADER_SEARCH_ROWS} that holds all required columns, since exports put title rows
 * (bank, account number, period) above it.
 *
 * <p>A cell matches a name when both reduce to the same letters and digits ({@link Texts#headerKey}), the
 * whole cell or one part of a bilingual cell ("Ngày GD / Transaction Date"); a part that several cells
 * share matches none of them. Matches that keep the accents are preferred to matches without them, then
 * names in the layout's order, then the leftmost cell; a cell serves one column only.
 */
final class HeaderMatcher {

    /** The order in which columns claim cells: the required ones first. */
    private static final List<StatementColumn> ORDER = List.of(StatementColumn.DATE, StatementColumn.CREDIT,
            StatementColumn.DEBIT, StatementColumn.AMOUNT, StatementColumn.NOTE, StatementColumn.BALANCE,
            StatementColumn.BANK_REFERENCE, StatementColumn.COUNTERPARTY_ACCOUNT, StatementColumn.COUNTERPARTY_NAME);


    private final StatementLayout layout;
    private final Map<StatementColumn, List<String>> accented = new EnumMap<>(StatementColumn.class);
    private final Map<StatementColumn, List<String>> plain = new EnumMap<>(StatementColumn.class);

    HeaderMatcher(StatementLayout layout) {
        this.layout = layout;
        for (StatementColumn column : StatementColumn.values()) {
            accented.put(column, layout.names(column).stream().map(name -> Texts.headerKey(name, true)).toList());
            plain.put(column, layout.names(column).stream().map(name -> Texts.headerKey(name, false)).toList());
        }
    }

    StatementLayout layout() {
        return layout;
    }

    /** Where the layout's columns are in this row, as far as they are there. */
    Columns match(SourceRow row) {
        int size = row.size();
        List<Cell> cells = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            String text = row.text(i);
            cells.add(text.isEmpty() || text.length() > StatementLayout.HEADER_LIMIT || row.number(i) != null ? Cell.NONE : Cell.of(text));
        }
        int[] index = new int[StatementColumn.values().length];
        Arrays.fill(index, -1);
        Set<Integer> taken = new HashSet<>();
        for (StatementColumn column : ORDER) {
            int found = find(accented.get(column), cells, taken, true);
            if (found < 0) {
                found = find(plain.get(column), cells, taken, false);
            }
            if (found >= 0) {
                index[column.ordinal()] = found;
                taken.add(found);
            }
        }
        return new Columns(row.lineNumber(), row.texts(), index);
    }

    /**
     * The first name that is a whole cell, or a part of exactly one cell: "Số tiền" is not the amount
     * column in a header of "Số tiền (Nợ)" and "Số tiền (Có)", where it cannot tell which.
     */
    private static int find(List<String> names, List<Cell> cells, Set<Integer> taken, boolean accents) {
        for (String name : names) {
            if (name.isEmpty()) {
                continue;
            }
            int partOf = -1;
            int parts = 0;
            for (int i = 0; i < cells.size(); i++) {
                if (taken.contains(i)) {
                    continue;
                }
                Cell cell = cells.get(i);
                if ((accents ? cell.wholeAccented : cell.wholePlain).equals(name)) {
                    return i;
                }
                if ((accents ? cell.partsAccented : cell.partsPlain).contains(name)) {
                    partOf = parts++ == 0 ? i : partOf;
                }
            }
            if (parts == 1) {
                return partOf;
            }
        }
        return -1;
    }

    /** A header cell's keys, whole and by part, with and without accents. */
    private record Cell(String wholeAccented, String wholePlain, Set<String> partsAccented, Set<String> partsPlain) {

        static final Cell NONE = new Cell("", "", Set.of(), Set.of());

        static Cell of(String text) {
            List<String> parts = Texts.headerParts(text);
            return new Cell(Texts.headerKey(text, true), Texts.headerKey(text, false),
                    parts.stream().map(part -> Texts.headerKey(part, true)).collect(Collectors.toSet()),
                    parts.stream().map(part -> Texts.headerKey(part, false)).collect(Collectors.toSet()));
        }
    }

    /**
     * The columns of a layout in one row.
     *
     * @param index the cell of each {@link StatementColumn}, by ordinal; -1 where absent
     */
    record Columns(int lineNumber, List<String> cells, int[] index) {

        int of(StatementColumn column) {
            return index[column.ordinal()];
        }

        /** Money in is one credit column (with an optional debit column) rather than one signed amount. */
        boolean creditAndDebit() {
            return of(StatementColumn.CREDIT) >= 0;
        }

        /** The required columns this row lacks: date, note, and credit or amount. */
        List<StatementColumn> missing() {
            List<StatementColumn> missing = new ArrayList<>(3);
            if (of(StatementColumn.DATE) < 0) {
                missing.add(StatementColumn.DATE);
            }
            if (of(StatementColumn.CREDIT) < 0 && of(StatementColumn.AMOUNT) < 0) {
                missing.add(StatementColumn.CREDIT);
            }
            if (of(StatementColumn.NOTE) < 0) {
                missing.add(StatementColumn.NOTE);
            }
            return missing;
        }

        boolean complete() {
            return missing().isEmpty();
        }

        /** The columns money is read from: credit and debit, or the signed amount. */
        int[] amountColumns() {
            return creditAndDebit()
                    ? new int[] {of(StatementColumn.CREDIT), of(StatementColumn.DEBIT)}
                    : new int[] {of(StatementColumn.AMOUNT)};
        }

        /** The first required column a row of this many cells ends before; null if it has them all. */
        StatementColumn cutOff(int cells) {
            StatementColumn moneyIn = creditAndDebit() ? StatementColumn.CREDIT : StatementColumn.AMOUNT;
            StatementColumn first = null;
            for (StatementColumn column : List.of(StatementColumn.DATE, moneyIn, StatementColumn.NOTE)) {
                if (of(column) >= cells && (first == null || of(column) < of(first))) {
                    first = column;
                }
            }
            return first;
        }

        /** What the header calls a column. */
        String header(StatementColumn column) {
            int at = of(column);
            return at >= 0 && at < cells.size() ? cells.get(at) : "";
        }
    }
}
