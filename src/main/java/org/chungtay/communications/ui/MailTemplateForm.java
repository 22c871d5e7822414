package org.chungtay.communications.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;

import org.chungtay.communications.TemplateDraft;
import org.chungtay.communications.TemplatePart;
import org.chungtay.communications.TemplateRefused;
import org.chungtay.communications.TemplateVersion;
import org.chungtay.shared.UserFacingException;

/**
 * A mail template's three parts as a fund manager edits them. It never calls a service: every change
 * fires a {@link DraftEvent} (a moment after typing stops) for the live preview, and Save checks the
 * limits with a {@link Binder} and fires a {@link SaveEvent} with the {@link TemplateDraft}; the view
 * saves it, and the service checks the placeholders and the Mustache, whose problems {@link #showProblem}
 * puts on their fields. A placeholder chosen in the list is inserted where the cursor was.
 */
class MailTemplateForm extends Composite<Div> {

    private static final int PREVIEW_AFTER_MS = 500;

    final TextField subject = new TextField();
    final TextArea html = new TextArea();
    final TextArea text = new TextArea();
    final Button save = new Button();

    private final Binder<Draft> binder = new Binder<>();
    private final Draft draft = new Draft();
    private final int basedOnVersion;
    private final Map<TemplatePart, AbstractField<?, String>> fields = new EnumMap<>(TemplatePart.class);
    private AbstractField<?, String> lastFocused = html;

    /**
     * @param current  the version in use, which the editor starts from
     * @param editable false for those who may only read and preview: the fields are read-only, no Save
     */
    MailTemplateForm(TemplateVersion current, boolean editable) {
        getContent().setId("mail-template-form");
        getContent().addClassName("mail-template-form");
        this.basedOnVersion = current.version();
        fields.put(TemplatePart.SUBJECT, subject);
        fields.put(TemplatePart.HTML, html);
        fields.put(TemplatePart.TEXT, text);

        subject.setId("mail-template-subject");
        subject.setLabel(getTranslation(TemplatePart.SUBJECT.labelKey()));
        subject.setMaxLength(TemplateDraft.SUBJECT_LIMIT);
        html.setId("mail-template-html");
        html.setLabel(getTranslation(TemplatePart.HTML.labelKey()));
        html.setHelperText(getTranslation("mail.templates.field.html.help"));
        text.setId("mail-template-text");
        text.setLabel(getTranslation(TemplatePart.TEXT.labelKey()));
        text.setHelperText(getTranslation("mail.templates.field.text.help"));
        for (AbstractField<?, String> field : fields.values()) {
            HasValidation validated = (HasValidation) field;
            field.addClassName("mail-template-field");
            ((HasValueChangeMode) field).setValueChangeMode(ValueChangeMode.LAZY);
            ((HasValueChangeMode) field).setValueChangeTimeout(PREVIEW_AFTER_MS);
            field.addValueChangeListener(change -> {
                validated.setInvalid(false);
                fireEvent(new DraftEvent(this, currentDraft()));
            });
            ((Focusable<?>) field).addFocusListener(focus -> lastFocused = field);
            field.setReadOnly(!editable);
        }
        html.setMaxLength(TemplateDraft.BODY_LIMIT);
        text.setMaxLength(TemplateDraft.BODY_LIMIT);
        bind();
        draft.subject = current.subject();
        draft.html = current.html();
        draft.text = current.text();
        binder.readBean(draft);

        save.setText(getTranslation("action.save"));
        save.setId("mail-template-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        save.setVisible(editable);
        getContent().add(subject, html, text, save);
    }

    private void bind() {
        String required = getTranslation("mail.templates.error.required");
        binder.forField(subject).asRequired(required)
                .withValidator(new StringLengthValidator(getTranslation("mail.templates.error.too-long",
                        TemplateDraft.SUBJECT_LIMIT), 0, TemplateDraft.SUBJECT_LIMIT))
                .withValidator(typed -> typed.indexOf('\n') < 0 && typed.indexOf('\r') < 0,
                        getTranslation("mail.templates.error.subject-line"))
                .bind(d -> d.subject, (d, v) -> d.subject = v);
        for (TextArea body : List.of(html, text)) {
            binder.forField(body).asRequired(required)
                    .withValidator(new StringLengthValidator(getTranslation("mail.templates.error.too-long",
                            TemplateDraft.BODY_LIMIT), 0, TemplateDraft.BODY_LIMIT))
                    .bind(d -> body == html ? d.html : d.text, (d, v) -> {
                        if (body == html) {
                            d.html = v;
                        } else {
                            d.text = v;
                        }
                    });
        }
    }

    /** What the fields hold now, checked or not, for the preview. */
    TemplateDraft currentDraft() {
        return new TemplateDraft(subject.getValue(), html.getValue(), text.getValue(), basedOnVersion);
    }

    /** Whether anything was changed since the version was read. */
    boolean hasChanges() {
        return binder.hasChanges();
    }

    /**
     * Inserts a placeholder's tag where the cursor is in the part last worked in (the HTML part at first);
     * the browser reports the new text back as if it was typed.
     */
    void insert(String tag) {
        AbstractField<?, String> field = lastFocused.isReadOnly() ? null : lastFocused;
        if (field == null) {
            return;
        }
        field.getElement().executeJs("""
                const input = this.inputElement;
                input.focus();
                input.setRangeText($0, input.selectionStart, input.selectionEnd, 'end');
                input.dispatchEvent(new Event('input', {bubbles: true}));
                input.dispatchEvent(new Event('change', {bubbles: true}));""", tag);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addDraftListener(ComponentEventListener<DraftEvent> listener) {
        return addListener(DraftEvent.class, listener);
    }

    /** Checks every part at once, marking each one that is wrong; when all are right, fires a {@link SaveEvent}. */
    void save() {
        if (binder.writeBeanIfValid(draft)) {
            fireEvent(new SaveEvent(this, new TemplateDraft(draft.subject.strip(), draft.html, draft.text,
                    basedOnVersion)));
        }
    }

    /**
     * Marks each part the service refused with all its problems.
     *
     * @return false when the problem belongs to no part; the caller tells it otherwise
     */
    boolean showProblem(UserFacingException problem) {
        if (!(problem instanceof TemplateRefused refused)) {
            return false;
        }
        showProblems(refused.problems());
        return true;
    }

    void showProblems(List<TemplateRefused.Problem> problems) {
        Map<TemplatePart, List<String>> messages = new EnumMap<>(TemplatePart.class);
        for (TemplateRefused.Problem each : problems) {
            messages.computeIfAbsent(each.part(), part -> new ArrayList<>())
                    .add(getTranslation(each.messageKey(), each.arguments()));
        }
        messages.forEach((part, texts) -> {
            HasValidation field = (HasValidation) fields.get(part);
            field.setErrorMessage(texts.stream().collect(Collectors.joining(" ")));
            field.setInvalid(true);
        });
    }

    /** Something happened to the draft; it comes with the event. */
    abstract static class DraftCarrying extends ComponentEvent<MailTemplateForm> {

        private final transient TemplateDraft draft;

        DraftCarrying(MailTemplateForm form, TemplateDraft draft) {
            super(form, false);
            this.draft = draft;
        }

        TemplateDraft draft() {
            return draft;
        }
    }

    /** The fund manager saved, and every part was within its limits. */
    static final class SaveEvent extends DraftCarrying {

        SaveEvent(MailTemplateForm form, TemplateDraft draft) {
            super(form, draft);
        }
    }

    /** A part changed: the draft as it stands, for the preview. */
    static final class DraftEvent extends DraftCarrying {

        DraftEvent(MailTemplateForm form, TemplateDraft draft) {
            super(form, draft);
        }
    }

    /** What the fields hold; written only when every part is within its limits. */
    private static final class Draft {
        private String subject = "";
        private String html = "";
        private String text = "";
    }
}
