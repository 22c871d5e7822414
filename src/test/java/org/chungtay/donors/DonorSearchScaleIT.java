package org.chungtay.donors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

import org.chungtay.funds.FundUnitRef;
import org.chungtay.shared.Role;
import org.chungtay.shared.SearchText;
import org.chungtay.shared.TaxCode;
import org.chungtay.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How quickly the donor list answers on many donors: seeds {@code donors.scale.rows} donors (20 000
 * by default) into one unit with a JDBC batch, then times what the list view asks per keystroke (a
 * count and a first page of 50) as staff of that unit. The figures go to the log and to
 * {@code target/donor-search-figures.txt}; nothing is asserted about time, which depends on the machine.
 */
class DonorSearchScaleIT extends IntegrationTest {

    private static final int ROWS = Integer.getInteger("donors.scale.rows", 20_000);
    private static final int RUNS = 7;
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
        "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Y", "H’"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Minh", "Đức", "Ngọc", "Thanh", "Quang", "Hữu"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Hà", "Hùng", "Lan", "Mai", "Nam", "Phúc",
        "Quân", "Sơn", "Thảo", "Trang", "Tuấn", "Vinh", "Xuân", "Yến", "Bhin", "Nhi"};
    private static final String[] COMPANY = {"Công ty TNHH", "Công ty Cổ phần", "Doanh nghiệp tư nhân",
        "Hợp tác xã", "Công ty TNHH MTV"};
    private static final String[] TRADE = {"Cà phê", "Nông sản", "Xây dựng", "Vận tải", "Thương mại", "Dược phẩm",
        "Sầu riêng", "Hồ tiêu", "Điện máy", "Du lịch"};
    private static final String[] PLACE = {"Buôn Ma Thuột, Đắk Lắk", "Krông Pắc, Đắk Lắk", "Ea Kar, Đắk Lắk",
        "Pleiku, Gia Lai", "Gia Nghĩa, Đắk Nông", "Quận 1, TP. Hồ Chí Minh", "Hải Châu, Đà Nẵng",
        "Ba Đình, Hà Nội", "Nha Trang, Khánh Hòa", "Kon Tum, Kon Tum"};

    @Autowired
    DonorService donors;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDonorListAnswersQuicklyOnManyDonors() throws IOException {
        FundUnitRef unit = newUnit("Tỉnh thử tải");
        String clerk = newStaff(Role.FUND_STAFF, unit, "Clerk");
        long seeding = System.nanoTime();
        seed(unit, ROWS);
        double seedSeconds = (System.nanoTime() - seeding) / 1e9;
        // A live database keeps its statistics current; after a bulk insert they must be asked for.
        jdbc.queryForList("ANALYZE TABLE donor");

        List<String> lines = new ArrayList<>();
        lines.add(String.format("Donor search on %,d donors in one unit (MariaDB 10.11 embedded, seeded in %.1f s);"
                + " median of %d runs; a page is 50 rows:", ROWS, seedSeconds, RUNS));
        measure(lines, "as staff of the unit", clerk);
        measure(lines, "as staff of the root unit", newStaff(Role.FUND_STAFF, root(), "Root clerk"));

        lines.forEach(System.out::println);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "donor-search-figures.txt"), lines);

        assertThat(as(clerk, () -> donors.count(DonorQuery.ALL))).isEqualTo(ROWS);
        assertThat(as(clerk, () -> donors.count(new DonorQuery("dak lak", null)))).isPositive();
    }

    private void measure(List<String> lines, String who, String username) {
        lines.add(" " + who + ":");
        // Signed in once: a sign-in checks a password hash, which costs more than the search.
        as(username, () -> {
            for (String text : List.of("", "dak lak", "nguyen van", "cong ty ca phe dak lak", "6009", "zzz")) {
                DonorQuery query = new DonorQuery(text, null);
                long found = donors.count(query);
                double count = median(() -> donors.count(query));
                double page = median(() -> donors.search(query, 0, 50));
                double later = median(() -> donors.search(query, 1_000, 50));
                lines.add(String.format("  %-26s %6d found   count %7.1f ms   first page %7.1f ms   page at 1000 %7.1f ms",
                        "\"" + text + "\"", found, count, page, later));
            }
        });
    }

    private void seed(FundUnitRef unit, int rows) {
        Random random = new Random(42);
        Iterator<TaxCode> taxCodes = DonorTestData.newTaxCodes(rows).iterator();
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> batch = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            boolean organisation = random.nextInt(3) == 0;
            String place = PLACE[random.nextInt(PLACE.length)];
            String name = organisation
                    ? pick(random, COMPANY) + " " + pick(random, TRADE) + " " + pick(random, GIVEN) + " " + i
                    : pick(random, FAMILY) + " " + pick(random, MIDDLE) + " " + pick(random, GIVEN);
            String taxCode = organisation ? taxCodes.next().value() : null;
            String email = organisation ? null : "scale." + UUID.randomUUID() + "@example.com";
            String address = (random.nextInt(200) + 1) + " đường số " + random.nextInt(40) + ", " + place;
            String searchText = Donor.searchTextOf(Arrays.stream(new String[] {name, taxCode, email, address}));
            batch.add(new Object[] {UUID.randomUUID().toString(), organisation ? "ORGANISATION" : "INDIVIDUAL", name,
                taxCode, organisation ? "ENTERPRISE" : null, email, address, unit.id(), unit.path(), searchText, now,
                now});
            if (batch.size() == 1_000 || i == rows - 1) {
                jdbc.batchUpdate("INSERT INTO donor (public_id, kind, name, tax_code, sector, email, address,"
                        + " preferred_language, may_be_named, fund_unit_id, fund_unit_path, search_text, created_at,"
                        + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'vi', FALSE, ?, ?, ?, ?, ?)", batch);
                batch.clear();
            }
        }
        assertThat(SearchText.normalise("Đắk Lắk")).isEqualTo("dak lak");
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static double median(Supplier<?> work) {
        work.get();
        double[] millis = new double[RUNS];
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            work.get();
            millis[run] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis[RUNS / 2];
    }
}
