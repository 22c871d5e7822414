package org.chungtay.children;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;

import javax.imageio.ImageIO;

import org.chungtay.funds.FundUnitRef;
import org.chungtay.shared.AuditTrail.AuditRecord;
import org.chungtay.shared.PhoneNumber;
import org.chungtay.shared.Role;
import org.chungtay.shared.UserFacingException;
import org.chungtay.shared.VietnamTime;
import org.chungtay.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.access.AccessDeniedException;

/** The caseworkers' register on the real database: who may read a child, and what consent lets anyone else see. */
@ExtendWith(OutputCaptureExtension.class)
class ChildRegisterIT extends IntegrationTest {

    @Autowired
    ChildService children;

    @Autowired
    ChildPseudonyms pseudonyms;

    private record Commune(FundUnitRef district, FundUnitRef commune, String caseworker) {
    }

    private Commune commune() {
        ensureThreeLevels();
        FundUnitRef district = newUnit("Huyện Krông Bông");
        FundUnitRef commune = newUnitUnder(district, "Xã Cư Pui");
        return new Commune(district, commune, newStaff(Role.CASEWORKER, commune, "H’Nhi Êban"));
    }

    private static ChildEntry entry(FundUnitRef commune, String fullName, String givenName, LocalDate born) {
        return new ChildEntry(fullName, givenName, born, Gender.FEMALE, commune.id(), CircumstanceCategory.ORPHANED,
                "Y Moan Niê", "Bà ngoại", PhoneNumber.parse("0912 345 678"), "Sống với bà ngoại");
    }

    @Test
    void aCaseworkerRegistersAChildWithARandomCodeFindsItWithoutAccentsAndEveryChangeIsAudited(CapturedOutput output) {
        Commune unit = commune();
        String fullName = unique("Hờ Thị Duyên");
        Child child = as(unit.caseworker(), () -> children.register(entry(unit.commune(), fullName, "Duyên",
                VietnamTime.today().minusYears(9))));

        assertThat(child.code()).matches("TE-[A-Z2-9]{6}");
        assertThat(child.communeName()).isEqualTo(unit.commune().name());
        assertThat(as(unit.caseworker(), () -> children.search("ho thi duyen " + fullName.substring(fullName.length() - 8),
                0, 10))).extracting(ChildSummary::id).containsExactly(child.id());
        assertThat(as(unit.caseworker(), () -> children.search(child.code().toLowerCase(), 0, 10)))
                .extracting(ChildSummary::id).containsExactly(child.id());
        assertThat(as(unit.caseworker(), () -> children.count(child.code()))).isEqualTo(1);

        as(unit.caseworker(), () -> children.update(child.id(), new ChildEntry(fullName, "Duyên",
                child.entry().birthDate(), Gender.FEMALE, unit.commune().id(), CircumstanceCategory.DISABLED, "Y Moan Niê",
                "Bà ngoại", null, null)));
        assertThat(as(unit.caseworker(), () -> children.history(child.id()))).extracting(AuditRecord::action)
                .containsExactly("registered", "updated");

        Commune elsewhere = commune();
        assertThatThrownBy(() -> as(elsewhere.caseworker(), () -> children.get(child.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(elsewhere.caseworker(), () -> children.search(fullName, 0, 10))).isEmpty();
        assertThat(output.getAll()).as("no log line carries a child's name").doesNotContain(fullName);
    }

    @Test
    void staffAccountantsAndManagersCannotReadAChildsNameAndSeeOnlyItsPseudonym() {
        Commune unit = commune();
        String fullName = unique("Nguyễn Thị Mai");
        Child child = as(unit.caseworker(), () -> children.register(entry(unit.commune(), fullName, "Mai",
                LocalDate.of(VietnamTime.today().getYear() - 10, 4, 2))));
        for (Role role : new Role[] {Role.FUND_STAFF, Role.ACCOUNTANT, Role.FUND_MANAGER}) {
            String someone = newStaff(role, unit.district(), "Lê Văn Tâm");
            assertThatThrownBy(() -> as(someone, () -> children.get(child.id())))
                    .as(role.name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(someone, () -> children.search("", 0, 10)))
                    .as(role.name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(someone, () -> children.consents(child.id())))
                    .as(role.name()).isInstanceOf(AccessDeniedException.class);

            Pseudonym pseudonym = as(someone, () -> pseudonyms.pseudonym(child.id()));
            assertThat(pseudonym).isEqualTo(new Pseudonym(child.id(), child.code(), "M",
                    VietnamTime.today().getYear() - 10, unit.commune().name(), null));
            assertThat(pseudonym.toString()).doesNotContain(fullName);
        }
    }

    @Test
    void theRegisterRefusesADateOfBirthInTheFutureAnAdultAndAUnitThatIsNoCommuneOfTheCaseworker() {
        Commune unit = commune();
        assertThatThrownBy(() -> as(unit.caseworker(), () -> children.register(entry(unit.commune(), "Trần Văn A", "A",
                VietnamTime.today().plusDays(1))))).isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("children.error.birth-date"));
        assertThatThrownBy(() -> as(unit.caseworker(), () -> children.register(entry(unit.commune(), "Trần Văn A", "A",
                VietnamTime.today().minusYears(18))))).isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("children.error.adult"));
        String districtCaseworker = newStaff(Role.CASEWORKER, unit.district(), "Đinh Thị Hoa");
        assertThat(as(districtCaseworker, children::communes)).extracting(FundUnitRef::id)
                .containsExactly(unit.commune().id());
        assertThatThrownBy(() -> as(districtCaseworker, () -> children.register(entry(unit.district(), "Trần Văn A",
                "A", VietnamTime.today().minusYears(3))))).isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("children.error.commune"));
    }

    @Test
    void onlyWhatBothConsentsAllowIsSharedAndAWithdrawalHidesTheNameNotesAndPhotosAtOnce() {
        Commune unit = commune();
        Child child = as(unit.caseworker(), () -> children.register(entry(unit.commune(), unique("Y Thị Hằng"), "Hằng",
                VietnamTime.today().minusYears(9))));
        String staff = newStaff(Role.FUND_STAFF, unit.commune(), "Trần Văn Minh");
        LocalDate today = VietnamTime.today();
        as(unit.caseworker(), () -> {
            children.addNote(child.id(), today, "Em học tốt, được khen.", true, png());
            children.addNote(child.id(), today, "Bà ngoại ốm, cần theo dõi.", false, null);
            children.recordConsent(child.id(), ConsentParty.GUARDIAN, today, new Sharing(true, true, true));
        });
        assertThat(as(staff, () -> pseudonyms.pseudonym(child.id())).sharedGivenName())
                .as("a child of nine must consent too").isNull();
        assertThat(as(staff, () -> pseudonyms.sharedNotes(child.id()))).isEmpty();

        as(unit.caseworker(), () -> children.recordConsent(child.id(), ConsentParty.CHILD, today,
                new Sharing(true, false, true)));
        assertThat(as(unit.caseworker(), () -> children.sharing(child.id()))).isEqualTo(new Sharing(true, false, true));
        assertThat(as(staff, () -> pseudonyms.pseudonym(child.id())).sharedGivenName()).isEqualTo("Hằng");
        var shared = as(staff, () -> pseudonyms.sharedNotes(child.id()));
        assertThat(shared).singleElement().satisfies(note -> {
            assertThat(note.text()).isEqualTo("Em học tốt, được khen.");
            assertThat(note.hasPhoto()).as("the child did not agree to photos").isFalse();
        });
        assertThat(as(staff, () -> pseudonyms.sharedPhoto(shared.getFirst().id()))).isEmpty();

        as(unit.caseworker(), () -> children.recordConsent(child.id(), ConsentParty.CHILD, today,
                new Sharing(true, true, true)));
        assertThat(as(staff, () -> pseudonyms.sharedPhoto(shared.getFirst().id()))).isPresent();

        as(unit.caseworker(), () -> children.withdrawConsent(child.id(), ConsentParty.GUARDIAN, today));
        assertThat(as(staff, () -> pseudonyms.pseudonym(child.id())).sharedGivenName()).isNull();
        assertThat(as(staff, () -> pseudonyms.sharedNotes(child.id()))).isEmpty();
        assertThat(as(staff, () -> pseudonyms.sharedPhoto(shared.getFirst().id()))).isEmpty();
        assertThat(as(unit.caseworker(), () -> children.consents(child.id()))).extracting(ConsentRecord::withdrawn)
                .containsExactly(false, false, false, true);
        assertThat(as(unit.caseworker(), () -> children.history(child.id()))).extracting(AuditRecord::action)
                .contains("consent-recorded", "consent-withdrawn", "note-added");

        Child young = as(unit.caseworker(), () -> children.register(entry(unit.commune(), unique("Y Văn Tí"), "Tí",
                VietnamTime.today().minusYears(5))));
        assertThatThrownBy(() -> as(unit.caseworker(), () -> children.recordConsent(young.id(), ConsentParty.CHILD,
                today, new Sharing(true, true, true)))).isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("children.error.child-too-young"));
        as(unit.caseworker(), () -> children.recordConsent(young.id(), ConsentParty.GUARDIAN, today,
                new Sharing(true, false, false)));
        assertThat(as(staff, () -> pseudonyms.pseudonym(young.id())).sharedGivenName()).isEqualTo("Tí");
    }

    static byte[] png() {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
