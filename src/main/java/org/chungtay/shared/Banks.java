package org.chungtay.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The banks a campaign's receiving account can be at, read once from the NAPAS reference list shipped
 * with the application ({@value #RESOURCE}), in the order of that list.
 */
public final class Banks {

    static final String RESOURCE = "/reference/napas-banks.csv";

    private static final List<Bank> ALL = load();

    private Banks() {
    }

    public static List<Bank> all() {
        return ALL;
    }

    public static Optional<Bank> byBin(String bin) {
        return ALL.stream().filter(bank -> bank.bin().equals(bin)).findFirst();
    }

    private static List<Bank> load() {
        try (InputStream stream = Banks.class.getResourceAsStream(RESOURCE)) {
            if (stream == null) {
                throw new IllegalStateException("Missing bank list " + RESOURCE);
            }
            Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8);
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
            return format.parse(reader).stream().map(Banks::toBank).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read bank list " + RESOURCE, e);
        }
    }

    private static Bank toBank(CSVRecord row) {
        return new Bank(row.get("bin").strip(), row.get("short_name").strip(), row.get("name").strip());
    }
}
