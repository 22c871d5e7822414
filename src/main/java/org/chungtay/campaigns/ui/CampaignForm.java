package org.chungtay.campaigns.ui;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Binder.Binding;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.data.validator.RegexpValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;

import org.chungtay.campaigns.CampaignDraft;
import org.chungtay.campaigns.CampaignKind;
import org.chungtay.campaigns.CampaignSlug;
import org.chungtay.campaigns.CampaignStatus;
import org.chungtay.campaigns.ReceivingAccount;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.shared.Bank;
import org.chungtay.shared.Banks;
import org.chungtay.shared.Money;
import org.chungtay.shared.UserFacingException;
import org.chungtay.shared.ui.DatePickers;

/**
 * The fields of a campaign. It never calls a service: it validates what was typed with a {@link Binder},
 * shows each message next to its field in the reader's language, and hands a {@link CampaignDraft} to
 * the callback of {@link #submit(Consumer)}; the view saves it. A draft needs only the kind, the fund
 * unit and the Vietnamese name. While a campaign is active, what donors rely on (kind, fund unit, start
 * date, account, address) is shown but cannot be changed.
 */
class CampaignForm extends Composite<FormLayout> {

    final Select<CampaignKind> kind = new Select<>();
    final ComboBox<FundUnitRef> fundUnit = new ComboBox<>();
    final TextField nameVi = new TextField();
    final TextField nameEn = new TextField();
    final TextArea descriptionVi = new TextArea();
    final TextArea descriptionEn = new TextArea();
    final TextField goal = new TextField();
    final DatePicker start = DatePickers.create("campaign-start", "campaigns.field.start");
    final DatePicker end = DatePickers.create("campaign-end", "campaigns.field.end");
    final ComboBox<Bank> bank = new ComboBox<>();
    final TextField accountNumber = new TextField();
    final TextField accountName = new TextField();
    final TextField slug = new TextField();

    private final Binder<Draft> binder = new Binder<>();
    private final Draft draft = new Draft();
    private final Binding<Draft, LocalDate> endBinding;

    /**
     * @param units    the fund units the person may choose from
     * @param existing the campaign as it is, or null for a new one
     * @param status   the campaign's status, DRAFT for a new one
     */
    CampaignForm(List<FundUnitRef> units, CampaignDraft existing, CampaignStatus status) {
        kind.setId("campaign-kind");
        kind.setLabel(getTranslation("campaigns.field.kind"));
        kind.setItems(CampaignKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        fundUnit.setId("campaign-fund-unit");
        fundUnit.setLabel(getTranslation("campaigns.field.fund-unit"));
        fundUnit.setItems(units.stream().filter(FundUnitRef::active).toList());
        fundUnit.setItemLabelGenerator(FundUnitRef::name);
        text(nameVi, "campaign-name-vi", "campaigns.field.name-vi", CampaignDraft.NAME_LIMIT);
        text(nameEn, "campaign-name-en", "campaigns.field.name-en", CampaignDraft.NAME_LIMIT);
        nameEn.setHelperText(getTranslation("campaigns.field.english.help"));
        area(descriptionVi, "campaign-description-vi", "campaigns.field.description-vi");
        area(descriptionEn, "campaign-description-en", "campaigns.field.description-en");
        descriptionEn.setHelperText(getTranslation("campaigns.field.english.help"));
        goal.setId("campaign-goal");
        goal.setLabel(getTranslation("campaigns.field.goal"));
        goal.setHelperText(getTranslation("campaigns.field.goal.help"));
        goal.setMaxLength(30);
        bank.setId("campaign-bank");
        bank.setLabel(getTranslation("campaigns.field.bank"));
        bank.setItems(Banks.all());
        bank.setItemLabelGenerator(b -> b.shortName() + " · " + b.name());
        bank.setClearButtonVisible(true);
        text(accountNumber, "campaign-account-number", "campaigns.field.account-number",
                CampaignDraft.ACCOUNT_NUMBER_LIMIT + 10);
        text(accountName, "campaign-account-name", "campaigns.field.account-name", CampaignDraft.ACCOUNT_NAME_LIMIT);
        text(slug, "campaign-slug", "campaigns.field.slug", CampaignSlug.MAX_LENGTH);
        slug.setHelperText(getTranslation("campaigns.field.slug.help"));

        String required = getTranslation("validation.required");
        binder.forField(kind).asRequired(required).bind(d -> d.kind, (d, v) -> d.kind = v);
        binder.forField(fundUnit).asRequired(required).bind(d -> d.fundUnit, (d, v) -> d.fundUnit = v);
        binder.forField(nameVi).asRequired(required)
                .withValidator(new StringLengthValidator(tooLong(CampaignDraft.NAME_LIMIT), 0, CampaignDraft.NAME_LIMIT))
                .bind(d -> d.nameVi, (d, v) -> d.nameVi = v);
        binder.forField(nameEn)
                .withValidator(new StringLengthValidator(tooLong(CampaignDraft.NAME_LIMIT), 0, CampaignDraft.NAME_LIMIT))
                .bind(d -> d.nameEn, (d, v) -> d.nameEn = v);
        binder.forField(descriptionVi)
                .withValidator(new StringLengthValidator(tooLong(CampaignDraft.DESCRIPTION_LIMIT), 0,
                        CampaignDraft.DESCRIPTION_LIMIT))
                .bind(d -> d.descriptionVi, (d, v) -> d.descriptionVi = v);
        binder.forField(descriptionEn)
                .withValidator(new StringLengthValidator(tooLong(CampaignDraft.DESCRIPTION_LIMIT), 0,
                        CampaignDraft.DESCRIPTION_LIMIT))
                .bind(d -> d.descriptionEn, (d, v) -> d.descriptionEn = v);
        binder.forField(goal).withConverter(new MoneyConverter())
                .withValidator(money -> money == null || money.isPositive() && !money.isGreaterThan(Money.MAX_PLEDGE),
                        getTranslation("campaigns.error.goal-invalid", Money.MAX_PLEDGE.amount()))
                .bind(d -> d.goal, (d, v) -> d.goal = v);
        binder.forField(start).bind(d -> d.start, (d, v) -> d.start = v);
        endBinding = binder.forField(end)
                .withValidator(e -> e == null || start.getValue() == null || !e.isBefore(start.getValue()),
                        getTranslation("campaigns.error.end-before-start"))
                .withValidator(e -> kind.getValue() != CampaignKind.EMERGENCY_APPEAL || e == null
                        || start.getValue() == null
                        || ChronoUnit.DAYS.between(start.getValue(), e) + 1 <= CampaignDraft.EMERGENCY_MAX_DAYS,
                        getTranslation("campaigns.error.emergency-too-long", CampaignDraft.EMERGENCY_MAX_DAYS))
                .bind(d -> d.end, (d, v) -> d.end = v);
        start.addValueChangeListener(change -> revalidateEnd());
        kind.addValueChangeListener(change -> revalidateEnd());
        binder.forField(bank).bind(d -> d.bank, (d, v) -> d.bank = v);
        binder.forField(accountNumber)
                .withValidator(new RegexpValidator(getTranslation("campaigns.error.account-number-invalid"),
                        "|[\\s.\\-]*(?:[A-Za-z0-9][\\s.\\-]*){4," + CampaignDraft.ACCOUNT_NUMBER_LIMIT + "}"))
                .bind(d -> d.accountNumber, (d, v) -> d.accountNumber = v);
        binder.forField(accountName)
                .withValidator(new StringLengthValidator(tooLong(CampaignDraft.ACCOUNT_NAME_LIMIT), 0,
                        CampaignDraft.ACCOUNT_NAME_LIMIT))
                .bind(d -> d.accountName, (d, v) -> d.accountName = v);
        binder.forField(slug)
                .withValidator(s -> s == null || s.isBlank() || CampaignSlug.isValid(s.strip()),
                        getTranslation("campaigns.error.slug-invalid", CampaignSlug.MIN_LENGTH, CampaignSlug.MAX_LENGTH))
                .bind(d -> d.slug, (d, v) -> d.slug = v);

        if (existing != null) {
            draft.kind = existing.kind();
            draft.fundUnit = units.stream().filter(u -> u.id() == existing.fundUnitId()).findFirst().orElse(null);
            draft.nameVi = existing.nameVi();
            draft.nameEn = existing.nameEn();
            draft.descriptionVi = existing.descriptionVi();
            draft.descriptionEn = existing.descriptionEn();
            draft.goal = existing.goal();
            draft.start = existing.startDate();
            draft.end = existing.endDate();
            draft.bank = Optional.ofNullable(existing.account().bankBin()).flatMap(Banks::byBin).orElse(null);
            draft.accountNumber = existing.account().accountNumber();
            draft.accountName = existing.account().accountName();
            draft.slug = existing.slug();
        } else if (units.size() == 1) {
            draft.fundUnit = units.getFirst();
        }
        binder.readBean(draft);
        if (status == CampaignStatus.ACTIVE) {
            List.<HasValue<?, ?>>of(kind, fundUnit, start, bank, accountNumber, accountName, slug)
                    .forEach(field -> field.setReadOnly(true));
        }

        FormLayout layout = getContent();
        layout.setId("campaign-form");
        layout.add(kind, fundUnit, nameVi, nameEn, descriptionVi, descriptionEn, goal, slug, start, end, bank,
                accountNumber, accountName);
        layout.setColspan(descriptionVi, 2);
        layout.setColspan(descriptionEn, 2);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("560px", 2));
    }

    /** Hands the typed values over when they are valid; otherwise marks the fields that are not. */
    void submit(Consumer<CampaignDraft> onValid) {
        if (binder.writeBeanIfValid(draft)) {
            onValid.accept(new CampaignDraft(draft.kind, draft.fundUnit.id(), draft.nameVi, draft.nameEn,
                    draft.descriptionVi, draft.descriptionEn, draft.goal, draft.start, draft.end,
                    new ReceivingAccount(draft.bank == null ? null : draft.bank.bin(), draft.accountNumber,
                            draft.accountName), draft.slug));
        }
    }

    /**
     * Shows a rule the service refused next to the field it is about.
     *
     * @return false if the problem belongs to no field, for the view to tell otherwise
     */
    boolean showOnField(UserFacingException problem) {
        HasValidation field = fieldFor(problem.messageKey());
        if (field == null) {
            return false;
        }
        field.setErrorMessage(getTranslation(problem.messageKey(), problem.arguments()));
        field.setInvalid(true);
        return true;
    }

    private HasValidation fieldFor(String messageKey) {
        Map<String, HasValidation> fields = Map.ofEntries(
                Map.entry("campaigns.error.name-required", nameVi),
                Map.entry("campaigns.error.slug-invalid", slug),
                Map.entry("campaigns.error.slug-taken", slug),
                Map.entry("campaigns.error.goal-invalid", goal),
                Map.entry("campaigns.error.goal-required", goal),
                Map.entry("campaigns.error.end-before-start", end),
                Map.entry("campaigns.error.end-in-past", end),
                Map.entry("campaigns.error.emergency-too-long", end),
                Map.entry("campaigns.error.date-out-of-range", start),
                Map.entry("campaigns.error.dates-required", start),
                Map.entry("campaigns.error.occasion-taken", start),
                Map.entry("campaigns.error.bank-unknown", bank),
                Map.entry("campaigns.error.account-number-invalid", accountNumber),
                Map.entry("campaigns.error.account-required", accountNumber),
                Map.entry("campaigns.error.emergency-account-taken", accountNumber),
                Map.entry("campaigns.error.account-used-by-emergency", accountNumber),
                Map.entry("campaigns.error.account-name-too-long", accountName));
        return fields.get(messageKey);
    }

    private void revalidateEnd() {
        if (end.getValue() != null) {
            endBinding.validate();
        }
    }

    private String tooLong(int limit) {
        return getTranslation("validation.too-long", limit);
    }

    private void text(TextField field, String id, String labelKey, int maxLength) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        field.setMaxLength(maxLength);
    }

    private void area(TextArea field, String id, String labelKey) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        field.setMaxLength(CampaignDraft.DESCRIPTION_LIMIT);
        field.setMinRows(3);
        field.setMaxRows(10);
    }

    /** Amounts as people type them (Money.parse); blank is "no goal yet". */
    private final class MoneyConverter implements Converter<String, Money> {

        @Override
        public Result<Money> convertToModel(String text, ValueContext context) {
            if (text == null || text.isBlank()) {
                return Result.ok(null);
            }
            try {
                return Result.ok(Money.parse(text));
            } catch (UserFacingException problem) {
                return Result.error(getTranslation(problem.messageKey(), problem.arguments()));
            }
        }

        @Override
        public String convertToPresentation(Money money, ValueContext context) {
            return money == null ? "" : money.format(getLocale());
        }
    }

    private static final class Draft {
        private CampaignKind kind;
        private FundUnitRef fundUnit;
        private String nameVi;
        private String nameEn;
        private String descriptionVi;
        private String descriptionEn;
        private Money goal;
        private LocalDate start;
        private LocalDate end;
        private Bank bank;
        private String accountNumber;
        private String accountName;
        private String slug;
    }
}
