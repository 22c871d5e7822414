package org.chungtay.communications.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.chungtay.communications.MailSuppressions.Reason;
import org.chungtay.shared.EmailAddress;
import org.chungtay.shared.UserFacingException;
import org.junit.jupiter.api.Test;

/** The form that puts an address on the suppression list, without a browser or Spring. */
class SuppressionFormTest {

    private final List<SuppressionForm.Entry> handed = new ArrayList<>();

    @Test
    void aValidAddressIsHandedOverInItsCanonicalFormWithReasonAndNote() {
        SuppressionForm form = new SuppressionForm();
        assertThat(form.reason.getValue()).as("the usual reason is chosen").isEqualTo(Reason.HARD_BOUNCE);
        form.address.setValue("  Mai.Tran@Example.VN ");
        form.reason.setValue(Reason.COMPLAINT);
        form.note.setValue("Gọi điện báo là thư rác");

        form.submit(handed::add);

        assertThat(handed).containsExactly(new SuppressionForm.Entry(new EmailAddress("mai.tran@example.vn"),
                Reason.COMPLAINT, "Gọi điện báo là thư rác"));
    }

    @Test
    void everyWrongFieldIsMarkedAtOnceAndNothingIsHandedOver() {
        SuppressionForm form = new SuppressionForm();
        form.address.setValue("not an address");
        form.reason.clear();

        form.submit(handed::add);

        assertThat(handed).isEmpty();
        assertThat(form.address.isInvalid()).isTrue();
        assertThat(form.address.getErrorMessage()).contains(EmailAddress.INVALID_MESSAGE_KEY);
        assertThat(form.reason.isInvalid()).isTrue();
    }

    @Test
    void anAddressOnTheListAlreadyIsShownOnTheAddressField() {
        SuppressionForm form = new SuppressionForm();

        assertThat(form.showProblem(new UserFacingException("suppressions.error.already"))).isTrue();
        assertThat(form.address.isInvalid()).isTrue();
        assertThat(form.showProblem(new UserFacingException("error.other"))).isFalse();
    }
}
