package org.chungtay.communications.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.chungtay.donors.ConsentByLink.LinkedDonor;
import org.chungtay.donors.ConsentCategory;
import org.junit.jupiter.api.Test;

/** The preferences form without a browser or Spring: what it shows, and the choice it hands over to save. */
class MailPreferencesFormTest {

    private final List<MailPreferencesForm.SaveEvent> saved = new ArrayList<>();

    private MailPreferencesForm form(LinkedDonor donor) {
        MailPreferencesForm form = new MailPreferencesForm(donor);
        form.addSaveListener(saved::add);
        return form;
    }

    @Test
    void theDonorsChoiceIsShownAndHandedBackChanged() {
        MailPreferencesForm form = form(new LinkedDonor("Trần Thị Mai", "vi", Set.of(ConsentCategory.APPEALS)));
        assertThat(form.progressUpdates.getValue()).isFalse();
        assertThat(form.appeals.getValue()).isTrue();
        assertThat(form.language.getValue()).isEqualTo("vi");

        form.progressUpdates.setValue(true);
        form.appeals.setValue(false);
        form.language.setValue("en");
        form.save();

        assertThat(saved).singleElement().satisfies(event -> {
            assertThat(event.receiving()).containsExactly(ConsentCategory.PROGRESS_UPDATES);
            assertThat(event.language()).isEqualTo("en");
        });
    }

    @Test
    void nothingChosenIsAChoiceToo() {
        MailPreferencesForm form = form(new LinkedDonor("Công ty Cà phê Ban Mê", "en",
                Set.of(ConsentCategory.APPEALS, ConsentCategory.PROGRESS_UPDATES)));
        form.appeals.setValue(false);
        form.progressUpdates.setValue(false);
        form.save();

        assertThat(saved).singleElement().satisfies(event -> {
            assertThat(event.receiving()).isEmpty();
            assertThat(event.language()).isEqualTo("en");
        });
    }

    @Test
    void withoutALanguageNothingIsSavedAndTheFieldSaysWhy() {
        MailPreferencesForm form = form(new LinkedDonor("Trần Thị Mai", "vi", Set.of()));
        form.language.clear();
        form.save();

        assertThat(saved).isEmpty();
        assertThat(form.language.isInvalid()).isTrue();
        assertThat(form.language.getErrorMessage()).contains("preferences.error.language");
    }

    @Test
    void afterSavingTheFormShowsWhatWasRecorded() {
        MailPreferencesForm form = form(new LinkedDonor("Trần Thị Mai", "vi", Set.of()));
        form.show(new LinkedDonor("Trần Thị Mai", "en", Set.of(ConsentCategory.PROGRESS_UPDATES)));

        assertThat(form.progressUpdates.getValue()).isTrue();
        assertThat(form.appeals.getValue()).isFalse();
        assertThat(form.language.getValue()).isEqualTo("en");
    }
}
