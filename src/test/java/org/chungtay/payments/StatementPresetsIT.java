package org.chungtay.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.chungtay.funds.FundUnitRef;
import org.chungtay.payments.statements.StatementColumn;
import org.chungtay.payments.statements.StatementLayout;
import org.chungtay.shared.Role;
import org.chungtay.shared.UserFacingException;
import org.chungtay.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** A fund's own statement layouts on the real database: who saves, who sees and who deletes them. */
class StatementPresetsIT extends IntegrationTest {

    @Autowired
    StatementPresetService presets;

    @Autowired
    JdbcClient jdbc;

    private FundUnitRef province;
    private FundUnitRef commune;
    private FundUnitRef otherProvince;
    private String provinceAccountant;
    private String communeAccountant;

    @BeforeEach
    void aProvinceWithACommuneAndAnotherProvince() {
        ensureThreeLevels();
        province = newUnit("Quỹ tỉnh Đắk Lắk");
        commune = newUnitUnder(province, "Quỹ xã Ea Tu");
        otherProvince = newUnit("Quỹ tỉnh Gia Lai");
        provinceAccountant = newStaff(Role.ACCOUNTANT, province, "Kế toán tỉnh");
        communeAccountant = newStaff(Role.ACCOUNTANT, commune, "Kế toán xã");
    }

    @Test
    void aProvincesLayoutServesItsCommunesAfterTheBuiltInOnesAndIsAudited() {
        String name = unique("Sacombank");
        StatementPreset saved = as(provinceAccountant, () -> presets.save(province.id(), sacombank(name)));

        List<StatementPreset> forCommune = as(communeAccountant, () -> presets.presets(commune.id()));

        assertThat(forCommune).hasSize(StatementLayout.presets().size() + 1);
        assertThat(forCommune.subList(0, StatementLayout.presets().size())).allMatch(StatementPreset::isBuiltIn)
                .extracting(StatementPreset::layout).containsExactlyElementsOf(StatementLayout.presets());
        StatementPreset own = forCommune.getLast();
        assertThat(own.id()).isEqualTo(saved.id());
        assertThat(own.fundUnitName()).isEqualTo(province.name());
        assertThat(own.layout()).isEqualTo(sacombank(name));
        assertThat(own.deletable()).as("a commune's accountant may use but not delete the province's layout").isFalse();
        assertThat(as(provinceAccountant, () -> presets.presets(commune.id())).getLast().deletable()).isTrue();
        assertThat(audit(saved.id())).singleElement().satisfies(row -> {
            assertThat(row.get("action")).isEqualTo("saved");
            assertThat(row.get("actor")).isEqualTo(provinceAccountant);
            assertThat((String) row.get("after_state")).contains(province.path(), name, "Ngày hạch toán");
        });

        as(provinceAccountant, () -> presets.delete(saved.id()));

        assertThat(as(communeAccountant, () -> presets.presets(commune.id()))).allMatch(StatementPreset::isBuiltIn);
        assertThat(audit(saved.id())).extracting(row -> row.get("action")).containsExactly("saved", "deleted");
    }

    @Test
    void aNameIsUniquePerUnitAndNeverABuiltInOnesButACommuneMayReuseIt() {
        String name = unique("Sacombank");
        as(provinceAccountant, () -> presets.save(province.id(), sacombank(name)));

        assertRefused(() -> as(provinceAccountant, () -> presets.save(province.id(),
                sacombank(name.toUpperCase(Locale.ROOT)))), "statements.mapping.error.name-taken");
        assertRefused(() -> as(provinceAccountant, () -> presets.save(province.id(), sacombank("Vietcombank"))),
                "statements.mapping.error.name-taken");

        StatementPreset communes = as(communeAccountant, () -> presets.save(commune.id(), sacombank(name)));

        assertThat(as(communeAccountant, () -> presets.presets(commune.id())))
                .filteredOn(preset -> !preset.isBuiltIn()).extracting(StatementPreset::fundUnitId)
                .as("the nearest unit's layout first").containsExactly(commune.id(), province.id());
        assertThat(communes.deletable()).isTrue();
    }

    @Test
    void anotherSubtreeNeitherSeesNorDeletesItAndACommuneCannotDeleteItsProvincesLayout() {
        StatementPreset saved = as(provinceAccountant, () -> presets.save(province.id(), sacombank(unique("Sacombank"))));
        String otherAccountant = newStaff(Role.ACCOUNTANT, otherProvince, "Kế toán Gia Lai");

        assertThat(as(otherAccountant, () -> presets.presets(otherProvince.id()))).allMatch(StatementPreset::isBuiltIn);
        assertRefused(() -> as(otherAccountant, () -> presets.presets(commune.id())), "statements.error.unit");
        assertRefused(() -> as(otherAccountant, () -> presets.save(province.id(), sacombank(unique("Của người khác")))),
                "statements.error.unit");
        assertRefused(() -> as(otherAccountant, () -> presets.delete(saved.id())), "statements.mapping.error.preset-gone");
        assertRefused(() -> as(communeAccountant, () -> presets.delete(saved.id())), "statements.mapping.error.preset-gone");
        assertRefused(() -> as(communeAccountant, () -> presets.save(province.id(), sacombank(unique("Lên trên")))),
                "statements.error.unit");

        assertThat(as(provinceAccountant, () -> presets.presets(province.id()))).extracting(StatementPreset::id)
                .contains(saved.id());
        assertThat(audit(saved.id())).extracting(row -> row.get("action")).containsExactly("saved");
    }

    @Test
    void aFundManagerMayNotSaveALayout() {
        String manager = newStaff(Role.FUND_MANAGER, province, "Giám đốc quỹ tỉnh");

        assertThatThrownBy(() -> as(manager, () -> presets.save(province.id(), sacombank(unique("Sacombank")))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(manager, () -> presets.presets(province.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theMappingScreensLimitsAreCheckedAgainOnTheServer() {
        String name = unique("Sacombank");
        assertRefused(() -> save(name, Map.of(StatementColumn.DATE, List.of("Ngày hạch toán", "Ngày giao dịch"),
                StatementColumn.CREDIT, List.of("Số tiền có"), StatementColumn.NOTE, List.of("Nội dung"))),
                "statements.mapping.error.one-header");
        assertRefused(() -> save(name, Map.of(StatementColumn.DATE, List.of("Ngày hạch toán"),
                StatementColumn.CREDIT, List.of("Nội dung"), StatementColumn.NOTE, List.of("Nội dung"))),
                "statements.mapping.error.same-header");
        assertRefused(() -> save(name, Map.of(StatementColumn.DATE, List.of("Ngày hạch toán"),
                StatementColumn.CREDIT, List.of("Số tiền có"), StatementColumn.AMOUNT, List.of("Số tiền"),
                StatementColumn.NOTE, List.of("Nội dung"))), "statements.mapping.error.money-in");
        assertRefused(() -> save(name, Map.of(StatementColumn.DATE, List.of("Ngày hạch toán"),
                StatementColumn.AMOUNT, List.of("Số tiền"), StatementColumn.DEBIT, List.of("Số tiền nợ"),
                StatementColumn.NOTE, List.of("Nội dung"))), "statements.mapping.error.money-in");
        assertRefused(() -> save(name, Map.of(StatementColumn.DATE, List.of("Ngày hạch toán"),
                StatementColumn.CREDIT, List.of("Số tiền có"),
                StatementColumn.NOTE, List.of("x".repeat(StatementLayout.HEADER_LIMIT + 1)))),
                "statements.mapping.error.header-too-long");
        assertRefused(() -> as(provinceAccountant, () -> presets.save(province.id(),
                sacombank("x".repeat(StatementPresetService.NAME_LIMIT + 1)))), "statements.mapping.error.name");

        assertThat(jdbc.sql("SELECT COUNT(*) FROM statement_preset WHERE fund_unit_id = ?").param(province.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void aUnitsPathLeadsToItselfAndTheUnitsAboveIt() {
        assertThat(StatementPresetService.unitAndAncestors("/1/5/23/")).containsExactly("/1/", "/1/5/", "/1/5/23/");
    }

    private StatementPreset save(String name, Map<StatementColumn, List<String>> columns) {
        return as(provinceAccountant, () -> presets.save(province.id(), StatementLayout.of(name, columns)));
    }

    private static StatementLayout sacombank(String name) {
        return StatementLayout.of(name, Map.of(StatementColumn.DATE, List.of("Ngày hạch toán"),
                StatementColumn.CREDIT, List.of("Số tiền có"), StatementColumn.DEBIT, List.of("Số tiền nợ"),
                StatementColumn.NOTE, List.of("Nội dung"), StatementColumn.COUNTERPARTY_NAME, List.of("Người chuyển")));
    }

    private List<Map<String, Object>> audit(long presetId) {
        return jdbc.sql("SELECT actor, action, after_state FROM audit_event WHERE subject_type = 'statement-preset'"
                        + " AND subject_id = ? ORDER BY id").param(presetId).query().listOfRows();
    }

    private static void assertRefused(Runnable work, String messageKey) {
        assertThatThrownBy(work::run).isInstanceOf(UserFacingException.class)
                .extracting(problem -> ((UserFacingException) problem).messageKey()).isEqualTo(messageKey);
    }
}
