package org.chungtay.projects.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.chungtay.projects.UpdateDraft;
import org.chungtay.projects.UpdateVisibility;
import org.junit.jupiter.api.Test;

/** The progress update form without a browser or Spring. */
class UpdateFormTest {

    private final UpdateForm form = new UpdateForm();
    private final List<UpdateForm.Entry> handed = new ArrayList<>();

    @Test
    void anUpdateNeedsItsVietnameseTextAndIsPublicUnlessChosenOtherwise() {
        form.submit(handed::add);
        assertThat(handed).isEmpty();
        assertThat(form.textVi.isInvalid()).isTrue();

        form.textVi.setValue("Đã đổ móng.");
        form.submit(handed::add);

        assertThat(handed).singleElement().satisfies(entry -> {
            assertThat(entry.draft().visibility()).isEqualTo(UpdateVisibility.PUBLIC);
            assertThat(entry.photos()).isEmpty();
        });
    }

    @Test
    void anUpdateForDonorsOnlyIsHandedOverWithItsPhotos() {
        form.textVi.setValue("Gửi các nhà tài trợ.");
        form.textEn.setValue("To our donors.");
        form.visibility.setValue(UpdateVisibility.DONORS);
        form.photos.add(new byte[] {1, 2, 3});

        form.submit(handed::add);

        assertThat(handed).singleElement().satisfies(entry -> {
            assertThat(entry.draft()).isEqualTo(new UpdateDraft("Gửi các nhà tài trợ.", "To our donors.",
                    UpdateVisibility.DONORS));
            assertThat(entry.photos()).hasSize(1);
        });
    }

    @Test
    void aTextLongerThanTheLimitIsMarked() {
        form.textVi.setValue("x".repeat(UpdateDraft.TEXT_LIMIT + 1));
        form.submit(handed::add);
        assertThat(handed).isEmpty();
        assertThat(form.textVi.isInvalid()).isTrue();
    }
}
