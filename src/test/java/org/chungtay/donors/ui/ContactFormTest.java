package org.chungtay.donors.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.chungtay.donors.ContactDetails;
import org.chungtay.shared.UserFacingException;
import org.junit.jupiter.api.Test;

/** The contact form without a browser or Spring: every problem at once, the contact handed over, refusals shown. */
class ContactFormTest {

    private final List<ContactDetails> submitted = new ArrayList<>();

    @Test
    void aNewContactIsHandedOverWithItsAddressInLowerCase() {
        ContactForm form = new ContactForm("");
        form.name.setValue("Lê Văn Bình");
        form.role.setValue("Giám đốc");
        form.email.setValue("Binh@Example.com");
        form.phone.setValue("0912 345 678");
        form.submit(submitted::add);

        assertThat(submitted).containsExactly(
                new ContactDetails("Lê Văn Bình", "Giám đốc", "binh@example.com", "0912 345 678"));
        assertThat(form.name.getId()).contains("donor-contact-name");
        assertThat(form.email.getId()).contains("donor-contact-email");
    }

    @Test
    void everyProblemIsMarkedAtOnceAndNothingIsHandedOver() {
        ContactForm form = new ContactForm("-3");
        form.email.setValue("not an address");
        form.phone.setValue("12345");
        form.submit(submitted::add);

        assertThat(submitted).isEmpty();
        assertThat(form.name.isInvalid()).isTrue();
        assertThat(form.email.isInvalid()).isTrue();
        assertThat(form.phone.isInvalid()).isTrue();
        assertThat(form.role.isInvalid()).isFalse();
        assertThat(form.phone.getId()).contains("donor-contact-phone-3");
    }

    @Test
    void anExistingContactIsShownAndHandedBackChanged() {
        ContactForm form = new ContactForm("", new ContactDetails("Phạm Thị Thu Hà", null, "ha@example.com", null));
        assertThat(form.name.getValue()).isEqualTo("Phạm Thị Thu Hà");
        assertThat(form.role.getValue()).isEmpty();

        form.role.setValue("Kế toán");
        form.submit(submitted::add);

        assertThat(submitted).containsExactly(new ContactDetails("Phạm Thị Thu Hà", "Kế toán", "ha@example.com", ""));
    }

    @Test
    void anAddressTheServiceRefusesIsShownOnTheEmailField() {
        ContactForm form = new ContactForm("");
        boolean shown = form.showProblem(new UserFacingException("donor-portal.preferences.error.contact-email-taken"));

        assertThat(shown).isTrue();
        assertThat(form.email.isInvalid()).isTrue();
        assertThat(form.email.getErrorMessage()).contains("contact-email-taken");
        assertThat(form.showProblem(new UserFacingException("donors.error.not-found"))).isFalse();
    }
}
