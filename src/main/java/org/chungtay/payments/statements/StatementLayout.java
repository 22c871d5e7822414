package org.chungtay.payments.statements;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Which header names a bank's export uses for each {@link StatementColumn}. A column may have several
 * accepted names, in order of preference: bilingual exports write "Ngày giao dịch" in one and
 * "Transaction Date" in another, or both in one cell ("Ngày GD / Transaction Date", which matches either
 * name). Matching ignores case, accents, spaces and punctuation, but where a name matches one cell with
 * its accents and another only without them ("Nợ" and "No."), the first wins.
 *
 * <p>Date, note, and either amount (one signed column) or credit (with an optional debit column) are
 * required; the rest may be empty lists. Dates are read day first (dd/MM/yyyy), as every Vietnamese bank
 * writes them; only a four-digit year first (yyyy-MM-dd) is read the other way.
 *
 * <p>The presets come from what is publicly visible of each bank's exports (no bank publishes a
 * specification), so each accepts the variants seen; a fund whose export differs saves its own mapping,
 * through {@link #toProperties()}, as a new layout.
 *
 * @param name shown to the user; a bank's name for the presets
 */
public record StatementLayout(String name, List<String> date, List<String> amount, List<String> credit,
        List<String> debit, List<String> note, List<String> counterpartyName, List<String> counterpartyAccount,
        List<String> bankReference, List<String> balance) {

    /** The longest cell taken for a header; longer cells are notes, and a name longer than this finds nothing. */
    public static final int HEADER_LIMIT = 200;

    /** The key of the layout's name in {@link #toProperties()}. */
    public static final String NAME_KEY = "name";

    /**
     * Vietcombank, account statement downloaded from VCB Digibank (the "Vietcombank_Account_Statement"
     * workbook, title rows then "Ngày giao dịch | Số tham chiếu | Số tiền ghi nợ | Số tiền ghi có | Mô tả"),
     * as public statement parsers read it; and the bilingual statement of account with "Ngày GD", "Số CT",
     * "Phát sinh Nợ/Có", "Số dư", "Mô tả" that public guides to VCB statements describe.
     */
    public static final StatementLayout VIETCOMBANK = new StatementLayout("Vietcombank",
            List.of("Ngày giao dịch", "Ngày GD", "Transaction Date", "Ngày", "Date"),
            List.of(),
            List.of("Số tiền ghi có", "Ghi có", "Phát sinh có", "Credit", "Credit amount"),
            List.of("Số tiền ghi nợ", "Ghi nợ", "Phát sinh nợ", "Debit", "Debit amount"),
            List.of("Mô tả", "Nội dung chi tiết", "Diễn giải", "Nội dung", "Description", "Transactions in detail",
                    "Details"),
            List.of("Tên đối ứng", "Tên tài khoản đối ứng", "Counterparty name"),
            List.of("Tài khoản đối ứng", "Số tài khoản đối ứng", "Counterparty account"),
            List.of("Số tham chiếu", "Số CT", "Số chứng từ", "Reference No.", "Reference number", "Ref No.", "Doc No."),
            List.of("Số dư", "Balance"));

    /**
     * VietinBank, transaction history from VietinBank iPay and eFAST ("Lịch sử giao dịch - Transaction
     * history"), whose header cells are bilingual: "Ngày phát sinh / Transaction date", "Ngày hạch toán /
     * Accounting date", "Mô tả giao dịch / Transaction description", "Nợ / Debit", "Có / Credit", "Số dư TK /
     * Account balance", "Số giao dịch / Transaction number", as public statement parsers read them.
     */
    public static final StatementLayout VIETINBANK = new StatementLayout("VietinBank",
            List.of("Ngày giao dịch", "Ngày phát sinh", "Transaction date", "Ngày hạch toán", "Accounting date"),
            List.of(),
            List.of("Ghi có", "Số tiền ghi có", "Phát sinh có", "Credit"),
            List.of("Ghi nợ", "Số tiền ghi nợ", "Phát sinh nợ", "Debit"),
            List.of("Mô tả giao dịch", "Transaction description", "Mô tả", "Nội dung", "Diễn giải", "Description"),
            List.of("Tên đối ứng", "Tên tài khoản đối ứng", "Counterparty name"),
            List.of("Tài khoản đối ứng", "Số tài khoản đối ứng", "Counterparty account"),
            List.of("Số giao dịch", "Transaction number", "Số tham chiếu", "Mã giao dịch", "Reference No."),
            List.of("Số dư TK", "Số dư tài khoản", "Account balance", "Số dư", "Balance"));

    /**
     * BIDV, account statement from BIDV iBank/SmartBanking ("Sao kê tài khoản", "Báo cáo chi tiết số dư
     * tài khoản"): public statement parsers find its header by "Ngày hiệu lực", "Ghi nợ" and "Ghi có", with
     * "Mô tả" and "Số dư"; public guides also describe one signed "Số tiền" column, which is read when
     * there are no credit and debit columns.
     */
    public static final StatementLayout BIDV = new StatementLayout("BIDV",
            List.of("Ngày hiệu lực", "Ngày giao dịch", "Effective date", "Transaction date", "Ngày", "Date"),
            List.of("Số tiền", "Amount"),
            List.of("Ghi có", "Số tiền ghi có", "Phát sinh có", "Credit"),
            List.of("Ghi nợ", "Số tiền ghi nợ", "Phát sinh nợ", "Debit"),
            List.of("Mô tả", "Diễn giải", "Nội dung", "Description", "Narrative"),
            List.of("Tên đối ứng", "Tên tài khoản đối ứng", "Counterparty name"),
            List.of("Tài khoản đối ứng", "Số tài khoản đối ứng", "Counterparty account"),
            List.of("Số tham chiếu", "Số bút toán", "Mã giao dịch", "Reference No.", "Transaction No."),
            List.of("Số dư", "Balance"));

    /**
     * Techcombank, the bilingual statement ("Sổ phụ kiêm phiếu báo nợ/có", "Bank statement") whose columns
     * public statement parsers and reproductions show as "Ngày giao dịch / Transaction Date", "Đối tác /
     * Remitter", "NH Đối tác / Remitter Bank", "Diễn giải / Details", "Số bút toán / Transaction No",
     * "Nợ / Debit", "Có / Credit", "Số dư / Balance".
     */
    public static final StatementLayout TECHCOMBANK = new StatementLayout("Techcombank",
            List.of("Ngày giao dịch", "Transaction Date", "Ngày", "Date"),
            List.of(),
            List.of("Ghi có", "Số tiền ghi có", "Phát sinh có", "Credit"),
            List.of("Ghi nợ", "Số tiền ghi nợ", "Phát sinh nợ", "Debit"),
            List.of("Diễn giải", "Details", "Nội dung", "Mô tả", "Description"),
            List.of("Đối tác", "Remitter", "Tên đối tác", "Tên đối ứng"),
            List.of("Tài khoản đối tác", "Tài khoản đối ứng", "Số tài khoản đối ứng"),
            List.of("Số bút toán", "Transaction No", "Mã giao dịch", "Số tham chiếu", "Reference No."),
            List.of("Số dư", "Balance"));

    /**
     * MB Bank, account statement ("Sao kê chi tiết tài khoản / Account statement") as public statement
     * parsers read it: bilingual "Ngày giao dịch / Transaction date" (or "Ngày hạch toán / Posting date"),
     * "Phát sinh nợ / Debit", "Phát sinh có / Credit", "Số dư / Balance", "Nội dung / Description" or "Diễn
     * giải", and the counterparty in "Tài khoản đối ứng" and "Tên tài khoản đối ứng".
     */
    public static final StatementLayout MB_BANK = new StatementLayout("MB Bank",
            List.of("Ngày giao dịch", "Transaction date", "Ngày hạch toán", "Posting date"),
            List.of(),
            List.of("Phát sinh có", "Số tiền ghi có", "Ghi có", "Credit"),
            List.of("Phát sinh nợ", "Số tiền ghi nợ", "Ghi nợ", "Debit"),
            List.of("Nội dung", "Description", "Diễn giải", "Nội dung giao dịch", "Mô tả"),
            List.of("Tên tài khoản đối ứng", "Tên đối ứng", "Counterparty name", "Beneficiary name"),
            List.of("Tài khoản đối ứng", "Số tài khoản đối ứng", "Counterparty account"),
            List.of("Số bút toán", "Mã giao dịch", "Số tham chiếu", "Reference No.", "Transaction No", "Trans No"),
            List.of("Số dư", "Balance"));

    private static final List<StatementLayout> PRESETS = List.of(VIETCOMBANK, VIETINBANK, BIDV, TECHCOMBANK, MB_BANK);

    /** Names are trimmed and blanks dropped. @throws IllegalArgumentException if a required column is missing */
    public StatementLayout {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A layout needs a name");
        }
        name = name.strip();
        date = clean(date);
        amount = clean(amount);
        credit = clean(credit);
        debit = clean(debit);
        note = clean(note);
        counterpartyName = clean(counterpartyName);
        counterpartyAccount = clean(counterpartyAccount);
        bankReference = clean(bankReference);
        balance = clean(balance);
        if (date.isEmpty() || note.isEmpty() || (amount.isEmpty() && credit.isEmpty())) {
            throw new IllegalArgumentException("Layout " + name + " needs date, note, and amount or credit columns");
        }
    }

    /** A layout from the names of each column, as a mapping screen collects them; missing columns are empty. */
    public static StatementLayout of(String name, Map<StatementColumn, List<String>> names) {
        Map<StatementColumn, List<String>> all = new EnumMap<>(StatementColumn.class);
        for (StatementColumn column : StatementColumn.values()) {
            all.put(column, names.getOrDefault(column, List.of()));
        }
        return new StatementLayout(name, all.get(StatementColumn.DATE), all.get(StatementColumn.AMOUNT),
                all.get(StatementColumn.CREDIT), all.get(StatementColumn.DEBIT), all.get(StatementColumn.NOTE),
                all.get(StatementColumn.COUNTERPARTY_NAME), all.get(StatementColumn.COUNTERPARTY_ACCOUNT),
                all.get(StatementColumn.BANK_REFERENCE), all.get(StatementColumn.BALANCE));
    }

    /** The built-in layouts: Vietcombank, VietinBank, BIDV, Techcombank, MB Bank. */
    public static List<StatementLayout> presets() {
        return PRESETS;
    }

    /** The accepted header names of a column, in order of preference; empty if the layout does not use it. */
    public List<String> names(StatementColumn column) {
        return switch (column) {
            case DATE -> date;
            case AMOUNT -> amount;
            case CREDIT -> credit;
            case DEBIT -> debit;
            case NOTE -> note;
            case COUNTERPARTY_NAME -> counterpartyName;
            case COUNTERPARTY_ACCOUNT -> counterpartyAccount;
            case BANK_REFERENCE -> bankReference;
            case BALANCE -> balance;
        };
    }

    /** The same columns under another name, for a fund that saves a preset it adjusted as its own. */
    public StatementLayout withName(String newName) {
        return new StatementLayout(newName, date, amount, credit, debit, note, counterpartyName, counterpartyAccount,
                bankReference, balance);
    }

    /**
     * The layout as text, to be stored: {@value #NAME_KEY} and one key per column ({@link
     * StatementColumn#key()}), each column's names joined by "|" (a "|" or a backslash within a name is
     * escaped with a backslash). Columns the layout does not use are left out.
     */
    public Map<String, String> toProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put(NAME_KEY, name);
        for (StatementColumn column : StatementColumn.values()) {
            List<String> names = names(column);
            if (!names.isEmpty()) {
                properties.put(column.key(), join(names));
            }
        }
        return properties;
    }

    /**
     * Reads what {@link #toProperties()} wrote; unknown keys are ignored, so that a later version may add
     * some. @throws IllegalArgumentException if the name or a required column is missing
     */
    public static StatementLayout fromProperties(Map<String, String> properties) {
        Map<StatementColumn, List<String>> names = new EnumMap<>(StatementColumn.class);
        for (StatementColumn column : StatementColumn.values()) {
            String joined = properties.get(column.key());
            if (joined != null) {
                names.put(column, split(joined));
            }
        }
        return of(properties.get(NAME_KEY), names);
    }

    /** {@link #toProperties()} in the {@code .properties} text format, one key per line. */
    public String toText() {
        StringBuilder text = new StringBuilder();
        toProperties().forEach((key, value) -> text.append(key).append('=').append(escapeProperty(value)).append('\n'));
        return text.toString();
    }

    /** Reads what {@link #toText()} wrote. @throws IllegalArgumentException if the layout is incomplete */
    public static StatementLayout fromText(String text) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException unreadable) {
            throw new IllegalArgumentException("Not a statement layout: " + unreadable.getMessage(), unreadable);
        }
        Map<String, String> map = new LinkedHashMap<>();
        properties.stringPropertyNames().forEach(key -> map.put(key, properties.getProperty(key)));
        return fromProperties(map);
    }

    private static List<String> clean(List<String> names) {
        if (names == null) {
            return List.of();
        }
        List<String> cleaned = new ArrayList<>(names.size());
        for (String name : names) {
            if (name != null && !name.isBlank() && !cleaned.contains(name.strip())) {
                cleaned.add(name.strip());
            }
        }
        return List.copyOf(cleaned);
    }

    private static String join(List<String> names) {
        StringBuilder joined = new StringBuilder();
        for (String name : names) {
            if (!joined.isEmpty()) {
                joined.append('|');
            }
            joined.append(name.replace("\\", "\\\\").replace("|", "\\|"));
        }
        return joined.toString();
    }

    private static List<String> split(String joined) {
        List<String> names = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < joined.length(); i++) {
            char c = joined.charAt(i);
            if (c == '\\' && i + 1 < joined.length()) {
                current.append(joined.charAt(++i));
            } else if (c == '|') {
                names.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        names.add(current.toString());
        return names;
    }

    /** The escapes {@link Properties#load(java.io.Reader)} undoes in a value. */
    private static String escapeProperty(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\t' -> escaped.append("\\t");
                case '\f' -> escaped.append("\\f");
                case ' ' -> escaped.append(i == 0 ? "\\ " : " ");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
