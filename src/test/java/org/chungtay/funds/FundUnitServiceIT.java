package org.chungtay.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.chungtay.shared.AuditTrail;
import org.chungtay.shared.AuditTrail.AuditRecord;
import org.chungtay.shared.Money;
import org.chungtay.shared.Role;
import org.chungtay.shared.SystemActor;
import org.chungtay.shared.UserFacingException;
import org.chungtay.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

class FundUnitServiceIT extends IntegrationTest {

    @Autowired
    FundUnitSettingsService settings;

    @Autowired
    AuditTrail audit;

    @Test
    void aStaffMemberSeesOnlyTheirUnitsSubtree() {
        FundUnitRef district = newUnit("Huyện A");
        FundUnitRef sibling = newUnit("Huyện B");
        String clerk = newStaff(Role.FUND_STAFF, district, "Clerk");

        List<FundUnitRef> visible = as(clerk, () -> fundUnits.subtree());

        assertThat(visible).extracting(FundUnitRef::id).containsExactly(district.id());
        assertThatThrownBy(() -> as(clerk, () -> fundUnits.get(sibling.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anAdministratorCreatesUnitsOnlyBelowTheirOwn() {
        FundUnitRef district = newUnit("Huyện C");
        FundUnitRef sibling = newUnit("Huyện D");
        String admin = newStaff(Role.ADMIN, district, "District admin");
        ensureThreeLevels();

        FundUnitRef commune = as(admin, () -> fundUnits.create(district.id(), "Xã Ea Tu"));

        assertThat(commune.depth()).isEqualTo(district.depth() + 1);
        assertThat(commune.path()).startsWith(district.path());
        assertThatThrownBy(() -> as(admin, () -> fundUnits.create(sibling.id(), "Xã khác")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyAdministratorsChangeTheTree() {
        FundUnitRef district = newUnit("Huyện E");
        String manager = newStaff(Role.FUND_MANAGER, district, "Manager");

        assertThatThrownBy(() -> as(manager, () -> fundUnits.rename(district.id(), "Tên mới")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobodyUsesTheServiceWithoutSigningIn() {
        assertThatThrownBy(() -> fundUnits.subtree())
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void belowTheDeepestLevelThereIsNoRoomUntilALevelIsAdded() {
        ensureThreeLevels();
        FundUnitRef district = newUnit("Huyện F");
        FundUnitRef commune = newUnitUnder(district, "Xã F");
        SystemActor.run(() -> {
            assertThat(fundUnits.levels()).hasSize(3);
            assertThat(commune.depth()).isEqualTo(3);
            assertThatThrownBy(() -> fundUnits.create(commune.id(), "Thôn 1"))
                    .isInstanceOfSatisfying(UserFacingException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("funds.error.no-level"));
            assertThatThrownBy(fundUnits::removeDeepestLevel)
                    .isInstanceOfSatisfying(UserFacingException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("funds.error.level-in-use"));
        });
    }

    @Test
    void namesAreCheckedAndStoredAsPlainText() {
        FundUnitRef parent = newUnit("Huyện G");
        ensureThreeLevels();
        SystemActor.run(() -> {
            assertThatThrownBy(() -> fundUnits.create(parent.id(), "   "))
                    .isInstanceOfSatisfying(UserFacingException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("funds.error.name-required"));
            assertThatThrownBy(() -> fundUnits.create(parent.id(), "x".repeat(201)))
                    .isInstanceOfSatisfying(UserFacingException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("funds.error.name-too-long"));
            FundUnitRef scripted = fundUnits.create(parent.id(), "<script>alert(1)</script>");
            assertThat(fundUnits.get(scripted.id()).name()).isEqualTo("<script>alert(1)</script>");
            assertThatThrownBy(() -> fundUnits.create(parent.id(), "<SCRIPT>alert(1)</SCRIPT>"))
                    .isInstanceOfSatisfying(UserFacingException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("funds.error.name-taken"));
        });
    }

    @Test
    void aUnitWithActiveUnitsBelowStaysActive() {
        FundUnitRef parent = newUnit("Huyện H");
        ensureThreeLevels();
        FundUnitRef child = newUnitUnder(parent, "Xã H1");
        SystemActor.run(() -> {
            assertThatThrownBy(() -> fundUnits.deactivate(parent.id()))
                    .isInstanceOfSatisfying(UserFacingException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("funds.error.has-active-children"));
            fundUnits.deactivate(child.id());
            assertThat(fundUnits.deactivate(parent.id()).active()).isFalse();
            assertThatThrownBy(() -> fundUnits.reactivate(child.id()))
                    .isInstanceOfSatisfying(UserFacingException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("funds.error.parent-inactive"));
        });
    }

    @Test
    void levelNamesBelongToTheAdministratorsOfTheRoot() {
        FundUnitRef district = newUnit("Huyện I");
        String districtAdmin = newStaff(Role.ADMIN, district, "District admin");
        String rootAdmin = newStaff(Role.ADMIN, root(), "Root admin");
        FundLevel first = SystemActor.call(() -> fundUnits.levels().getFirst());

        assertThatThrownBy(() -> as(districtAdmin,
                () -> fundUnits.renameLevel(1, new FundUnitService.LevelNames("Tỉnh", "Province"))))
                .isInstanceOf(AccessDeniedException.class);
        as(rootAdmin, () -> fundUnits.renameLevel(1, new FundUnitService.LevelNames(first.nameVi(), first.nameEn())));
    }

    // ---------------------------------------------------------------- receipt and bank settings

    @Test
    void aFundManagerSetsUpTheirUnitAndTheAccountantWhoIssuesReceiptsReadsItButCannotChangeIt() {
        FundUnitRef unit = newUnit("Quỹ huyện Cư Kuin");
        String manager = newStaff(Role.FUND_MANAGER, unit, "Manager");
        String accountant = newStaff(Role.ACCOUNTANT, unit, "Accountant");
        String code = uniqueCode();

        FundUnitSettings saved = as(manager, () -> settings.saveSettings(unit.id(),
                entry(" " + code.toLowerCase(Locale.ROOT) + " ", null)));

        assertThat(saved.code()).isEqualTo(code);
        assertThat(saved.receiptName()).as("blank: the unit's own name").isEqualTo(unit.name());
        assertThat(saved.taxCode().value()).isEqualTo("6009992007");
        assertThat(saved.paper()).isEqualTo(ReceiptPaper.A5);
        assertThat(saved.feeTolerance()).isEqualTo(Money.vnd(22_000));
        assertThat(saved.receiptNumber(2026, 1)).isEqualTo(code + "/2026/1");
        assertThat(as(accountant, () -> settings.settings(unit.id()))).contains(saved);
        assertThat(as(accountant, () -> settings.subtreeSettings())).containsExactly(saved);
        assertThatThrownBy(() -> as(accountant, () -> settings.saveSettings(unit.id(), entry(code, saved.version()))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(settings.settingsForIssuing(unit.id())).as("a listener, with no one signed in").contains(saved);
    }

    @Test
    void aManagerOfAnotherSubtreeNeitherReadsNorChangesAUnitsSettingsWhileTheManagerAboveDoes() {
        FundUnitRef district = newUnit("Quỹ huyện Ea Kar");
        ensureThreeLevels();
        FundUnitRef commune = newUnitUnder(district, "Quỹ xã Ea Đar");
        String districtManager = newStaff(Role.FUND_MANAGER, district, "District manager");
        String neighbour = newStaff(Role.FUND_MANAGER, newUnit("Quỹ huyện Krông Năng"), "Neighbour");
        FundUnitSettings saved = as(districtManager, () -> settings.saveSettings(commune.id(), entry(uniqueCode(), null)));

        assertThat(as(neighbour, () -> settings.settings(commune.id()))).isEmpty();
        assertThat(as(neighbour, () -> settings.subtreeSettings())).doesNotContain(saved);
        assertThatThrownBy(() -> as(neighbour, () -> settings.saveSettings(commune.id(), entry(uniqueCode(), saved.version()))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(districtManager, () -> settings.settings(commune.id()))).contains(saved);
    }

    @Test
    void aUnitWithoutSettingsIsNotSetUpAndCannotIssueReceiptsYet() {
        FundUnitRef unit = newUnit("Quỹ huyện Lắk");
        String manager = newStaff(Role.FUND_MANAGER, unit, "Manager");

        assertThat(as(manager, () -> settings.settings(unit.id()))).isEmpty();
        assertThat(as(manager, () -> settings.subtreeSettings())).isEmpty();
        assertThat(settings.settingsForIssuing(unit.id())).isEmpty();
    }

    @Test
    void aCodeBelongsToOneUnitOfTheWholeTreeWhateverCaseItIsTypedIn() {
        FundUnitRef first = newUnit("Quỹ huyện M’Đrắk");
        FundUnitRef second = newUnit("Quỹ huyện Krông Bông");
        String code = uniqueCode();
        SystemActor.run(() -> settings.saveSettings(first.id(), entry(code, null)));
        String otherManager = newStaff(Role.FUND_MANAGER, second, "Other manager");

        assertThatThrownBy(() -> as(otherManager, () -> settings.saveSettings(second.id(),
                entry(code.toLowerCase(Locale.ROOT), null))))
                .isInstanceOfSatisfying(FundUnitSettingsRefused.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("funds.settings.error.code-taken");
                    assertThat(refused.arguments()).containsExactly(code);
                });
        assertThat(settings.settingsForIssuing(second.id())).isEmpty();
    }

    @Test
    void craftedValuesThatTheFormWouldStopAreRefusedAllAtOnceAndNothingIsStored() {
        FundUnitRef unit = newUnit("Quỹ huyện Buôn Đôn");
        String manager = newStaff(Role.FUND_MANAGER, unit, "Manager");
        FundUnitSettingsEntry crafted = new FundUnitSettingsEntry("DL/2026", "x".repeat(201), "x".repeat(301),
                "6009992008", "x".repeat(101), " ", ReceiptPaper.A4, true, Money.vnd(1_000_001),
                new ThankYouTiming(ThankYouTiming.DELAY_MAX + 1, new QuietHours(LocalTime.NOON, LocalTime.NOON)), null);

        assertThatThrownBy(() -> as(manager, () -> settings.saveSettings(unit.id(), crafted)))
                .isInstanceOfSatisfying(FundUnitSettingsRefused.class, refused -> assertThat(refused.problems())
                        .extracting(UserFacingException::messageKey)
                        .containsExactly("funds.settings.error.code", "funds.settings.error.receipt-name",
                                "funds.settings.error.address", "donors.error.tax-code-invalid",
                                "funds.settings.error.signatory-name", "funds.settings.error.signatory-title",
                                "funds.settings.error.fee-tolerance", "funds.settings.error.thank-you-delay",
                                "funds.settings.error.quiet-hours"));
        for (String code : List.of("D", "ĐL", "DL BMT", "ıL", "X".repeat(21))) {
            assertThatThrownBy(() -> as(manager, () -> settings.saveSettings(unit.id(), entry(code, null))))
                    .as(code).isInstanceOfSatisfying(FundUnitSettingsRefused.class,
                            refused -> assertThat(refused.messageKey()).isEqualTo("funds.settings.error.code"));
        }
        assertThatThrownBy(() -> as(manager, () -> settings.saveSettings(unit.id(), new FundUnitSettingsEntry(
                uniqueCode(), "", "Buôn Đôn", null, "Y Moan", "Chủ tịch", null, true, Money.vnd(-1), null))))
                .isInstanceOfSatisfying(FundUnitSettingsRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("funds.settings.error.fee-tolerance"));
        assertThat(as(manager, () -> settings.settings(unit.id()))).isEmpty();
    }

    @Test
    void aUnitWithoutSettingsThanksAsTheNearestUnitAboveItAndAsTheDefaultWhenNoneHasSettings() {
        ensureThreeLevels();
        FundUnitRef province = newUnit("Quỹ tỉnh Gia Lai");
        FundUnitRef district = newUnitUnder(province, "Quỹ huyện Chư Sê");
        assertThat(settings.thankYouTiming(district.id())).isEqualTo(ThankYouTiming.DEFAULT);

        ThankYouTiming quick = new ThankYouTiming(5, new QuietHours(LocalTime.of(22, 0), LocalTime.of(6, 0)));
        SystemActor.run(() -> settings.saveSettings(province.id(), new FundUnitSettingsEntry(uniqueCode(), "",
                "Pleiku, Gia Lai", null, "Rơ Chăm H’Linh", "Giám đốc", null, true, null, quick, null)));

        assertThat(settings.thankYouTiming(district.id())).isEqualTo(quick);
        assertThat(settings.nearestSettings(district.id())).get().extracting(FundUnitSettings::fundUnitId)
                .isEqualTo(province.id());
        assertThat(settings.settingsForIssuing(district.id())).as("receipts need settings of the unit's own").isEmpty();
    }

    @Test
    void everyChangeIsAuditedAndAChangeOverSomeoneElsesIsRefused() {
        FundUnitRef unit = newUnit("Quỹ huyện Krông Ana");
        String manager = newStaff(Role.FUND_MANAGER, unit, "Manager");
        String colleague = newStaff(Role.FUND_MANAGER, unit, "Colleague");
        String firstCode = uniqueCode();
        String secondCode = uniqueCode();
        FundUnitSettings first = as(manager, () -> settings.saveSettings(unit.id(), entry(firstCode, null)));

        FundUnitSettings second = as(colleague, () -> settings.saveSettings(unit.id(), entry(secondCode, first.version())));

        assertThat(second.version()).isGreaterThan(first.version());
        assertThatThrownBy(() -> as(manager, () -> settings.saveSettings(unit.id(), entry(uniqueCode(), first.version()))))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("funds.settings.error.conflict"));
        assertThatThrownBy(() -> as(manager, () -> settings.saveSettings(unit.id(), entry(uniqueCode(), null))))
                .as("a first setting-up when someone else already set the unit up")
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("funds.settings.error.conflict"));
        List<AuditRecord> history = SystemActor.call(() -> audit.historyOf("fund_unit_settings", unit.id()));
        assertThat(history).extracting(AuditRecord::action).containsExactly("set", "changed");
        assertThat(history.getFirst().before()).isNull();
        assertThat(history.getFirst().after()).contains("code=" + firstCode, "Giám đốc", "feeTolerance=22,000 VND");
        assertThat(history.getLast().actor()).isEqualTo(colleague);
        assertThat(history.getLast().before()).contains("code=" + firstCode);
        assertThat(history.getLast().after()).contains("code=" + secondCode);
        assertThat(as(manager, () -> settings.settings(unit.id()))).contains(second);
    }

    private static FundUnitSettingsEntry entry(String code, Long version) {
        return new FundUnitSettingsEntry(code, " ", "25 Phan Bội Châu, phường Thắng Lợi, thành phố Buôn Ma Thuột",
                "6009 992 007", "Phạm Văn Đức", "Giám đốc", ReceiptPaper.A5, true, Money.vnd(22_000), version);
    }

    /** Codes are unique across the tree, and the tree is shared by every test of the run. */
    private static String uniqueCode() {
        return "T-" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);
    }
}
