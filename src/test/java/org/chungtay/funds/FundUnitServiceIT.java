package org.chungtay.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.chungtay.shared.Role;
import org.chungtay.shared.SystemActor;
import org.chungtay.shared.UserFacingException;
import org.chungtay.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

class FundUnitServiceIT extends IntegrationTest {

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
}
