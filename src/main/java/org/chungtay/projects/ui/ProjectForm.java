package org.chungtay.projects.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.data.validator.StringLengthValidator;

import org.chungtay.campaigns.CampaignSlug;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.projects.BudgetLineDraft;
import org.chungtay.projects.MilestoneDraft;
import org.chungtay.projects.MilestoneStatus;
import org.chungtay.projects.ProjectDraft;
import org.chungtay.projects.ProjectStatus;
import org.chungtay.shared.Money;
import org.chungtay.shared.Programme;
import org.chungtay.shared.UserFacingException;
import org.chungtay.shared.ui.DatePickers;

/**
 * A project as staff write it: programme, fund unit, address, titles and descriptions in both languages, budget
 * lines and milestones (rows added and removed in the form). It never calls a service: {@link #submit} checks
 * every field of every row at once with {@link Binder}s and hands a {@link ProjectDraft} over only when all are
 * right; the view saves it. The descriptions carry a reminder that the public page shows them: no child's name,
 * address, school or photo. The limits are {@link ProjectDraft}'s, which the project checks again.
 */
class ProjectForm extends Composite<Div> {

    final Select<Programme> programme = new Select<>();
    final ComboBox<FundUnitRef> fundUnit = new ComboBox<>();
    final TextField titleVi = new TextField();
    final TextField titleEn = new TextField();
    final TextArea descriptionVi = new TextArea();
    final TextArea descriptionEn = new TextArea();
    final TextField slug = new TextField();
    final Button addLine = new Button();
    final Button addMilestone = new Button();
    final List<LineRow> lines = new ArrayList<>();
    final List<MilestoneRow> milestones = new ArrayList<>();

    private final Binder<Draft> binder = new Binder<>();
    private final Draft draft = new Draft();
    private final Div lineRows = new Div();
    private final Div milestoneRows = new Div();
    private final boolean budgetOpen;

    /**
     * @param existing the project being edited, or null for a new one
     * @param status its status (PROPOSED for a new one): what may still change depends on it
     */
    ProjectForm(List<FundUnitRef> units, ProjectDraft existing, ProjectStatus status) {
        budgetOpen = status == ProjectStatus.PROPOSED || status == ProjectStatus.FUNDRAISING;
        programme.setId("project-programme");
        programme.setLabel(getTranslation("projects.field.programme"));
        programme.setItems(Programme.values());
        programme.setItemLabelGenerator(p -> p == null ? "" : getTranslation(p.labelKey()));
        fundUnit.setId("project-fund-unit");
        fundUnit.setLabel(getTranslation("projects.field.fund-unit"));
        fundUnit.setItems(units);
        fundUnit.setItemLabelGenerator(FundUnitRef::name);
        text(titleVi, "project-title-vi", "projects.field.title-vi", ProjectDraft.TITLE_LIMIT);
        text(titleEn, "project-title-en", "projects.field.title-en", ProjectDraft.TITLE_LIMIT);
        descriptionVi.setId("project-description-vi");
        descriptionVi.setLabel(getTranslation("projects.field.description-vi"));
        descriptionVi.setMaxLength(ProjectDraft.DESCRIPTION_LIMIT);
        descriptionVi.setHelperText(getTranslation("projects.field.description.privacy"));
        descriptionEn.setId("project-description-en");
        descriptionEn.setLabel(getTranslation("projects.field.description-en"));
        descriptionEn.setMaxLength(ProjectDraft.DESCRIPTION_LIMIT);
        descriptionEn.setHelperText(getTranslation("projects.field.description.privacy"));
        text(slug, "project-slug", "projects.field.slug", CampaignSlug.MAX_LENGTH);
        slug.setHelperText(getTranslation("projects.field.slug.help"));

        String required = getTranslation("validation.required");
        binder.forField(programme).asRequired(required).bind(d -> d.programme, (d, v) -> d.programme = v);
        binder.forField(fundUnit).asRequired(required).bind(d -> d.fundUnit, (d, v) -> d.fundUnit = v);
        binder.forField(titleVi).asRequired(required)
                .withValidator(new StringLengthValidator(tooLong(ProjectDraft.TITLE_LIMIT), 0, ProjectDraft.TITLE_LIMIT))
                .bind(d -> d.titleVi, (d, v) -> d.titleVi = v);
        binder.forField(titleEn)
                .withValidator(new StringLengthValidator(tooLong(ProjectDraft.TITLE_LIMIT), 0, ProjectDraft.TITLE_LIMIT))
                .bind(d -> d.titleEn, (d, v) -> d.titleEn = v);
        binder.forField(descriptionVi)
                .withValidator(new StringLengthValidator(tooLong(ProjectDraft.DESCRIPTION_LIMIT), 0,
                        ProjectDraft.DESCRIPTION_LIMIT))
                .bind(d -> d.descriptionVi, (d, v) -> d.descriptionVi = v);
        binder.forField(descriptionEn)
                .withValidator(new StringLengthValidator(tooLong(ProjectDraft.DESCRIPTION_LIMIT), 0,
                        ProjectDraft.DESCRIPTION_LIMIT))
                .bind(d -> d.descriptionEn, (d, v) -> d.descriptionEn = v);
        binder.forField(slug)
                .withValidator(s -> s == null || s.isBlank() || CampaignSlug.isValid(s.strip()),
                        getTranslation("projects.error.slug-invalid", CampaignSlug.MIN_LENGTH, CampaignSlug.MAX_LENGTH))
                .bind(d -> d.slug, (d, v) -> d.slug = v);

        if (existing != null) {
            draft.programme = existing.programme();
            draft.fundUnit = units.stream().filter(u -> u.id() == existing.fundUnitId()).findFirst().orElse(null);
            draft.titleVi = existing.titleVi();
            draft.titleEn = existing.titleEn();
            draft.descriptionVi = existing.descriptionVi();
            draft.descriptionEn = existing.descriptionEn();
            draft.slug = existing.slug();
            existing.budgetLines().forEach(this::addLine);
            existing.milestones().forEach(this::addMilestone);
        } else if (units.size() == 1) {
            draft.fundUnit = units.getFirst();
        }
        binder.readBean(draft);
        if (status != ProjectStatus.PROPOSED) {
            programme.setReadOnly(true);
            fundUnit.setReadOnly(true);
        }

        addLine.setId("project-add-line");
        addLine.setText(getTranslation("projects.action.add-line"));
        addLine.setIcon(VaadinIcon.PLUS.create());
        addLine.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addLine.addClickListener(click -> addLine(null));
        addLine.setVisible(budgetOpen);
        addMilestone.setId("project-add-milestone");
        addMilestone.setText(getTranslation("projects.action.add-milestone"));
        addMilestone.setIcon(VaadinIcon.PLUS.create());
        addMilestone.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addMilestone.addClickListener(click -> addMilestone(null));

        FormLayout layout = new FormLayout(programme, fundUnit, titleVi, titleEn, descriptionVi, descriptionEn, slug);
        layout.setId("project-form");
        layout.setColspan(descriptionVi, 2);
        layout.setColspan(descriptionEn, 2);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("560px", 2));
        Paragraph budgetHelp = new Paragraph(getTranslation(budgetOpen ? "projects.field.budget.help"
                : "projects.field.budget.fixed"));
        budgetHelp.addClassName("form-help");
        getContent().add(layout, new H4(getTranslation("projects.budget.title")), budgetHelp, lineRows, addLine,
                new H4(getTranslation("projects.milestones.title")), milestoneRows, addMilestone);
    }

    private void addLine(BudgetLineDraft existing) {
        LineRow row = new LineRow(existing, lines.size());
        lines.add(row);
        lineRows.add(row.layout);
    }

    private void addMilestone(MilestoneDraft existing) {
        MilestoneRow row = new MilestoneRow(existing, milestones.size());
        milestones.add(row);
        milestoneRows.add(row.layout);
    }

    /** Hands the typed values over when every field of every row is right; otherwise marks all that are not. */
    void submit(Consumer<ProjectDraft> onValid) {
        boolean valid = binder.writeBeanIfValid(draft);
        for (LineRow row : lines) {
            valid &= row.binder.validate().isOk();
        }
        for (MilestoneRow row : milestones) {
            valid &= row.binder.validate().isOk();
        }
        if (!valid) {
            return;
        }
        List<BudgetLineDraft> budget = lines.stream().map(LineRow::value).toList();
        List<MilestoneDraft> steps = milestones.stream().map(MilestoneRow::value).toList();
        onValid.accept(new ProjectDraft(draft.programme, draft.fundUnit.id(),
                draft.slug == null || draft.slug.isBlank() ? null : draft.slug.strip(), draft.titleVi, draft.titleEn,
                draft.descriptionVi, draft.descriptionEn, budget, steps));
    }

    /** Shows a rule the service refused next to its field; false if it belongs to no field. */
    boolean showOnField(UserFacingException problem) {
        Map<String, HasValidation> fields = Map.of(
                "projects.error.title-required", titleVi,
                "projects.error.slug-invalid", slug,
                "projects.error.slug-taken", slug,
                "projects.error.programme-fixed", programme,
                "projects.error.unit-fixed", fundUnit);
        HasValidation field = fields.get(problem.messageKey());
        if (field == null) {
            return false;
        }
        field.setErrorMessage(getTranslation(problem.messageKey(), problem.arguments()));
        field.setInvalid(true);
        return true;
    }

    private void text(TextField field, String id, String labelKey, int limit) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        field.setMaxLength(limit);
    }

    private String tooLong(int limit) {
        return getTranslation("validation.too-long", limit);
    }

    /** A budget line's fields; its id stays with it, so that what was paid to it keeps pointing at it. */
    final class LineRow {

        final TextField labelVi = new TextField();
        final TextField labelEn = new TextField();
        final TextField amount = new TextField();
        final Button remove = new Button(VaadinIcon.TRASH.create());
        final Binder<LineRow> binder = new Binder<>();
        final FlexLayout layout;
        private final Long id;

        LineRow(BudgetLineDraft existing, int index) {
            id = existing == null ? null : existing.id();
            text(labelVi, "project-line-label-vi-" + index, "projects.field.line-label-vi", ProjectDraft.LABEL_LIMIT);
            text(labelEn, "project-line-label-en-" + index, "projects.field.line-label-en", ProjectDraft.LABEL_LIMIT);
            amount.setId("project-line-amount-" + index);
            amount.setLabel(getTranslation("projects.field.line-amount"));
            amount.setMaxLength(30);
            remove.setId("project-line-remove-" + index);
            remove.setAriaLabel(getTranslation("projects.action.remove-line"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            String required = getTranslation("validation.required");
            binder.forField(labelVi).asRequired(required)
                    .withValidator(new StringLengthValidator(tooLong(ProjectDraft.LABEL_LIMIT), 0, ProjectDraft.LABEL_LIMIT))
                    .bind(row -> row.labelVi.getValue(), (row, value) -> { });
            binder.forField(amount).asRequired(required).withConverter(new MoneyText())
                    .withValidator(money -> money != null && money.isPositive() && !money.isGreaterThan(Money.MAX_PLEDGE),
                            getTranslation("projects.error.line-amount"))
                    .bind(row -> row.parsedAmount(), (row, value) -> { });
            if (existing != null) {
                labelVi.setValue(existing.labelVi() == null ? "" : existing.labelVi());
                labelEn.setValue(existing.labelEn() == null ? "" : existing.labelEn());
                amount.setValue(existing.amount() == null ? "" : String.valueOf(existing.amount().amount()));
            }
            layout = new FlexLayout(labelVi, labelEn, amount, remove);
            layout.addClassName("project-row");
            layout.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            remove.addClickListener(click -> {
                lines.remove(this);
                lineRows.remove(layout);
            });
            List.of(labelVi, labelEn, amount).forEach(field -> field.setReadOnly(!budgetOpen));
            remove.setVisible(budgetOpen);
        }

        private Money parsedAmount() {
            try {
                return amount.getValue().isBlank() ? null : Money.parse(amount.getValue());
            } catch (UserFacingException notMoney) {
                return null;
            }
        }

        BudgetLineDraft value() {
            return new BudgetLineDraft(id, labelVi.getValue(), labelEn.getValue(), Money.parse(amount.getValue()));
        }
    }

    /** A milestone's fields. */
    final class MilestoneRow {

        final TextField titleVi = new TextField();
        final TextField titleEn = new TextField();
        final DatePicker due;
        final Select<MilestoneStatus> status = new Select<>();
        final DatePicker doneOn;
        final Button remove = new Button(VaadinIcon.TRASH.create());
        final Binder<MilestoneRow> binder = new Binder<>();
        final FlexLayout layout;

        MilestoneRow(MilestoneDraft existing, int index) {
            text(titleVi, "project-milestone-title-vi-" + index, "projects.field.milestone-title-vi",
                    ProjectDraft.TITLE_LIMIT);
            text(titleEn, "project-milestone-title-en-" + index, "projects.field.milestone-title-en",
                    ProjectDraft.TITLE_LIMIT);
            due = DatePickers.create("project-milestone-due-" + index, "projects.field.milestone-due");
            doneOn = DatePickers.create("project-milestone-done-" + index, "projects.field.milestone-done-on");
            status.setId("project-milestone-status-" + index);
            status.setLabel(getTranslation("projects.field.milestone-status"));
            status.setItems(MilestoneStatus.values());
            status.setItemLabelGenerator(s -> s == null ? "" : getTranslation(s.labelKey()));
            status.setValue(MilestoneStatus.PLANNED);
            remove.setId("project-milestone-remove-" + index);
            remove.setAriaLabel(getTranslation("projects.action.remove-milestone"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            String required = getTranslation("validation.required");
            binder.forField(titleVi).asRequired(required)
                    .withValidator(new StringLengthValidator(tooLong(ProjectDraft.TITLE_LIMIT), 0, ProjectDraft.TITLE_LIMIT))
                    .bind(row -> row.titleVi.getValue(), (row, value) -> { });
            binder.forField(due).asRequired(required).bind(row -> row.due.getValue(), (row, value) -> { });
            binder.forField(doneOn)
                    .withValidator(day -> day == null || !day.isAfter(LocalDate.now(org.chungtay.shared.VietnamTime.ZONE)),
                            getTranslation("projects.error.milestone-done-future"))
                    .bind(row -> row.doneOn.getValue(), (row, value) -> { });
            if (existing != null) {
                titleVi.setValue(existing.titleVi() == null ? "" : existing.titleVi());
                titleEn.setValue(existing.titleEn() == null ? "" : existing.titleEn());
                due.setValue(existing.dueOn());
                status.setValue(existing.status() == null ? MilestoneStatus.PLANNED : existing.status());
                doneOn.setValue(existing.doneOn());
            }
            layout = new FlexLayout(titleVi, titleEn, due, status, doneOn, remove);
            layout.addClassName("project-row");
            layout.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            remove.addClickListener(click -> {
                milestones.remove(this);
                milestoneRows.remove(layout);
            });
        }

        MilestoneDraft value() {
            return new MilestoneDraft(titleVi.getValue(), titleEn.getValue(), due.getValue(), status.getValue(),
                    status.getValue() == MilestoneStatus.DONE ? doneOn.getValue() : null);
        }
    }

    /** Amounts as people type them ("1.000.000 ₫", "1000000"). */
    private final class MoneyText implements Converter<String, Money> {

        @Override
        public Result<Money> convertToModel(String value, com.vaadin.flow.data.binder.ValueContext context) {
            if (value == null || value.isBlank()) {
                return Result.ok(null);
            }
            try {
                return Result.ok(Money.parse(value));
            } catch (UserFacingException notMoney) {
                return Result.error(getTranslation("projects.error.line-amount"));
            }
        }

        @Override
        public String convertToPresentation(Money value, com.vaadin.flow.data.binder.ValueContext context) {
            return value == null ? "" : String.valueOf(value.amount());
        }
    }

    private static final class Draft {
        private Programme programme;
        private FundUnitRef fundUnit;
        private String titleVi;
        private String titleEn;
        private String descriptionVi;
        private String descriptionEn;
        private String slug;
    }
}
