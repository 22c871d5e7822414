package org.chungtay.donors.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.chungtay.donors.ConsentCategory;
import org.junit.jupiter.api.Test;

/** The preferences form without a browser or Spring: what it shows, and the choice it hands over to save. */
class DonorPreferencesFormTest {

    private final List<DonorPreferencesForm.SaveEvent> saved = new ArrayList<>();

    private DonorPreferencesForm form(String language, Set<ConsentCategory> receiving) {
        DonorPreferencesForm form = new DonorPreferencesForm("donor-preferences", language, receiving);
        form.addSaveListener(saved::add);
        return form;
    }

    @Test
    void everyCategoryThatNeedsAnOptInHasACheckboxWithItsExplanationAndItsId() {
        DonorPreferencesForm form = form("vi", Set.of());

        assertThat(form.categories).containsOnlyKeys(ConsentCategory.PROGRESS_UPDATES, ConsentCategory.APPEALS);
        assertThat(form.categories.get(ConsentCategory.PROGRESS_UPDATES).getId())
                .contains("donor-preferences-progress-updates");
        assertThat(form.categories.get(ConsentCategory.APPEALS).getHelperText())
                .contains("donors.consent.appeals.explain");
        assertThat(form.language.getId()).contains("donor-preferences-language");
        assertThat(form.save.getId()).contains("donor-preferences-save");
    }

    @Test
    void theDonorsChoiceIsShownAndHandedBackChanged() {
        DonorPreferencesForm form = form("vi", Set.of(ConsentCategory.APPEALS));
        assertThat(form.categories.get(ConsentCategory.PROGRESS_UPDATES).getValue()).isFalse();
        assertThat(form.categories.get(ConsentCategory.APPEALS).getValue()).isTrue();
        assertThat(form.language.getValue()).isEqualTo("vi");

        form.categories.get(ConsentCategory.PROGRESS_UPDATES).setValue(true);
        form.categories.get(ConsentCategory.APPEALS).setValue(false);
        form.language.setValue("en");
        form.save();

        assertThat(saved).singleElement().satisfies(event -> {
            assertThat(event.receiving()).containsExactly(ConsentCategory.PROGRESS_UPDATES);
            assertThat(event.language()).isEqualTo("en");
        });
    }

    @Test
    void nothingChosenIsAChoiceToo() {
        DonorPreferencesForm form = form("en", Set.of(ConsentCategory.APPEALS, ConsentCategory.PROGRESS_UPDATES));
        form.categories.values().forEach(box -> box.setValue(false));
        form.save();

        assertThat(saved).singleElement().satisfies(event -> {
            assertThat(event.receiving()).isEmpty();
            assertThat(event.language()).isEqualTo("en");
        });
    }

    @Test
    void withoutALanguageNothingIsSavedAndTheFieldSaysWhy() {
        DonorPreferencesForm form = form("vi", Set.of());
        form.language.clear();
        form.save();

        assertThat(saved).isEmpty();
        assertThat(form.language.isInvalid()).isTrue();
        assertThat(form.language.getErrorMessage()).contains("preferences.error.language");
    }

    @Test
    void afterSavingTheFormShowsWhatWasRecorded() {
        DonorPreferencesForm form = form("vi", Set.of());
        form.show("en", Set.of(ConsentCategory.PROGRESS_UPDATES));

        assertThat(form.categories.get(ConsentCategory.PROGRESS_UPDATES).getValue()).isTrue();
        assertThat(form.categories.get(ConsentCategory.APPEALS).getValue()).isFalse();
        assertThat(form.language.getValue()).isEqualTo("en");
    }
}
