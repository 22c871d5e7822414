package org.chungtay.children.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;

import org.chungtay.children.ChildEntry;
import org.chungtay.children.CircumstanceCategory;
import org.chungtay.children.Gender;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.shared.PhoneNumber;
import org.chungtay.shared.UserFacingException;
import org.chungtay.shared.VietnamTime;
import org.chungtay.shared.ui.DatePickers;
import org.chungtay.shared.ui.FieldProblems;

/**
 * A child's record in the register, for a caseworker to fill in or correct. It never calls a service: {@link
 * #submit} checks every field at once with a {@link Binder} and hands over a valid {@link ChildEntry}; the
 * service checks the same limits again, and its refusals are shown on their fields by {@link #showProblem}.
 */
class ChildForm extends Composite<FormLayout> {

    final TextField fullName = new TextField();
    final TextField givenName = new TextField();
    final DatePicker birthDate = DatePickers.create("child-birth-date", "children.field.birth-date");
    final Select<Gender> gender = new Select<>();
    final ComboBox<FundUnitRef> commune = new ComboBox<>();
    final ComboBox<CircumstanceCategory> category = new ComboBox<>();
    final TextField guardianName = new TextField();
    final TextField guardianRelation = new TextField();
    final TextField guardianPhone = new TextField();
    final TextArea notes = new TextArea();

    private final Binder<Draft> binder = new Binder<>();
    private final FieldProblems fieldsByProblem = new FieldProblems();

    /**
     * @param communes the communes the caseworker may register children in
     * @param existing the child's record as it is, or null for a new child
     */
    ChildForm(List<FundUnitRef> communes, ChildEntry existing) {
        getContent().setId("child-form");
        text(fullName, "child-full-name", "children.field.full-name", ChildEntry.FULL_NAME_LIMIT,
                "children.error.full-name");
        text(givenName, "child-given-name", "children.field.given-name", ChildEntry.GIVEN_NAME_LIMIT,
                "children.error.given-name");
        birthDate.setId("child-birth-date");
        birthDate.setLabel(getTranslation("children.field.birth-date"));
        birthDate.setMax(VietnamTime.today());
        fieldsByProblem.on(birthDate, "children.error.birth-date");
        fieldsByProblem.on(birthDate, "children.error.adult");
        gender.setId("child-gender");
        gender.setLabel(getTranslation("children.field.gender"));
        gender.setItems(Gender.values());
        gender.setItemLabelGenerator(item -> getTranslation(item.labelKey()));
        commune.setId("child-commune");
        commune.setLabel(getTranslation("children.field.commune"));
        commune.setItems(communes);
        commune.setItemLabelGenerator(FundUnitRef::name);
        fieldsByProblem.on(commune, "children.error.commune");
        category.setId("child-category");
        category.setLabel(getTranslation("children.field.category"));
        category.setItems(CircumstanceCategory.values());
        category.setItemLabelGenerator(item -> getTranslation(item.labelKey()));
        text(guardianName, "child-guardian-name", "children.field.guardian-name", ChildEntry.GUARDIAN_NAME_LIMIT,
                "children.error.guardian-name");
        text(guardianRelation, "child-guardian-relation", "children.field.guardian-relation",
                ChildEntry.RELATION_LIMIT, "children.error.relation");
        guardianPhone.setId("child-guardian-phone");
        guardianPhone.setLabel(getTranslation("children.field.guardian-phone"));
        guardianPhone.setMaxLength(PhoneNumber.MAX_TYPED_LENGTH);
        notes.setId("child-notes");
        notes.setLabel(getTranslation("children.field.notes"));
        notes.setMaxLength(ChildEntry.NOTES_LIMIT);

        bind();
        Draft draft = new Draft();
        if (existing != null) {
            draft.fullName = existing.fullName();
            draft.givenName = existing.givenName();
            draft.birthDate = existing.birthDate();
            draft.gender = existing.gender();
            draft.commune = communes.stream().filter(unit -> unit.id() == existing.communeId()).findFirst().orElse(null);
            draft.category = existing.category();
            draft.guardianName = existing.guardianName();
            draft.guardianRelation = existing.guardianRelation();
            draft.guardianPhone = existing.guardianPhone() == null ? "" : existing.guardianPhone().value();
            draft.notes = existing.notes() == null ? "" : existing.notes();
        } else if (communes.size() == 1) {
            draft.commune = communes.getFirst();
        }
        binder.readBean(draft);
        getContent().add(fullName, givenName, birthDate, gender, commune, category, guardianName, guardianRelation,
                guardianPhone, notes);
        getContent().setColspan(notes, 2);
    }

    private void bind() {
        required(fullName, ChildEntry.FULL_NAME_LIMIT, "children.error.full-name")
                .bind(d -> d.fullName, (d, v) -> d.fullName = v);
        required(givenName, ChildEntry.GIVEN_NAME_LIMIT, "children.error.given-name")
                .bind(d -> d.givenName, (d, v) -> d.givenName = v);
        binder.forField(birthDate).asRequired(getTranslation("children.error.birth-date"))
                .withValidator(day -> !day.isAfter(VietnamTime.today()), getTranslation("children.error.birth-date"))
                .withValidator(day -> day.plusYears(ChildEntry.ADULT_AGE).isAfter(VietnamTime.today()),
                        getTranslation("children.error.adult", ChildEntry.ADULT_AGE))
                .bind(d -> d.birthDate, (d, v) -> d.birthDate = v);
        binder.forField(gender).asRequired(getTranslation("children.error.gender"))
                .bind(d -> d.gender, (d, v) -> d.gender = v);
        binder.forField(commune).asRequired(getTranslation("children.error.commune"))
                .bind(d -> d.commune, (d, v) -> d.commune = v);
        binder.forField(category).asRequired(getTranslation("children.error.category"))
                .bind(d -> d.category, (d, v) -> d.category = v);
        required(guardianName, ChildEntry.GUARDIAN_NAME_LIMIT, "children.error.guardian-name")
                .bind(d -> d.guardianName, (d, v) -> d.guardianName = v);
        required(guardianRelation, ChildEntry.RELATION_LIMIT, "children.error.relation")
                .bind(d -> d.guardianRelation, (d, v) -> d.guardianRelation = v);
        binder.forField(guardianPhone)
                .withValidator(typed -> typed.isBlank() || PhoneNumber.isValid(typed),
                        getTranslation(PhoneNumber.INVALID_MESSAGE_KEY))
                .bind(d -> d.guardianPhone, (d, v) -> d.guardianPhone = v);
        binder.forField(notes).withValidator(new StringLengthValidator(
                        getTranslation("children.error.notes-too-long", ChildEntry.NOTES_LIMIT), 0, ChildEntry.NOTES_LIMIT))
                .bind(d -> d.notes, (d, v) -> d.notes = v);
    }

    /** Checks every field, marking each wrong one; hands over the entry when all are right. */
    void submit(Consumer<ChildEntry> onValid) {
        Draft draft = new Draft();
        if (binder.writeBeanIfValid(draft)) {
            onValid.accept(new ChildEntry(draft.fullName.strip(), draft.givenName.strip(), draft.birthDate, draft.gender,
                    draft.commune.id(), draft.category, draft.guardianName.strip(), draft.guardianRelation.strip(),
                    draft.guardianPhone.isBlank() ? null : PhoneNumber.parse(draft.guardianPhone),
                    draft.notes.isBlank() ? null : draft.notes.strip()));
        }
    }

    /** Shows a refusal of the service on its field; false when it belongs to none. */
    boolean showProblem(UserFacingException problem) {
        return fieldsByProblem.show(this, problem, problem.messageKey().replaceFirst("-too-long$", ""));
    }

    private Binder.BindingBuilder<Draft, String> required(TextField field, int limit, String key) {
        return binder.forField(field).asRequired(getTranslation(key))
                .withValidator(new StringLengthValidator(getTranslation(key + "-too-long", limit), 0, limit));
    }

    private void text(TextField field, String id, String labelKey, int limit, String problemKey) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        field.setMaxLength(limit);
        fieldsByProblem.on(field, problemKey);
    }

    /** What the fields hold; written only when every field is valid. */
    private static final class Draft {
        private String fullName = "";
        private String givenName = "";
        private LocalDate birthDate;
        private Gender gender;
        private FundUnitRef commune;
        private CircumstanceCategory category;
        private String guardianName = "";
        private String guardianRelation = "";
        private String guardianPhone = "";
        private String notes = "";
    }
}
