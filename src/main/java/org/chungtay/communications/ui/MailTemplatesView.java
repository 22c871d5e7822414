package org.chungtay.communications.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import org.chungtay.communications.CommunicationsNavigation;
import org.chungtay.communications.MailTemplateService;
import org.chungtay.communications.MessageKind;
import org.chungtay.communications.TemplateVersion;
import org.chungtay.shared.Role;
import org.chungtay.shared.UserFacingException;
import org.chungtay.shared.ui.Formats;
import org.chungtay.shared.ui.Languages;
import org.chungtay.shared.ui.Notices;
import org.chungtay.shared.ui.ViewHeader;

/**
 * Fund managers edit the fund's mail templates: a kind and a language chosen above (the address names
 * them, {@code ?kind=payment-thank-you&language=en}, so a reload stays on them), the template's three
 * parts beside a live preview with sample values, the placeholders the kind offers, and every version
 * with a way back. Those whose subtree is not the whole fund read and preview only.
 */
@Route(CommunicationsNavigation.MAIL_TEMPLATES)
@Menu(order = 86, title = "mail.templates.menu", icon = "vaadin:envelope-open-o")
@RolesAllowed({Role.Names.ADMIN, Role.Names.FUND_MANAGER})
class MailTemplatesView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    private static final List<String> LANGUAGES = List.of("vi", "en");

    private final transient MailTemplateService templates;
    private final Select<MessageKind> kind = new Select<>();
    private final RadioButtonGroup<String> language = new RadioButtonGroup<>();
    private final Span state = new Span();
    private final Div editorSlot = new Div();
    private final Div placeholderSlot = new Div();
    private final MailPreview preview = new MailPreview();
    private final Grid<TemplateVersion> versions = new Grid<>();
    private final boolean editable;
    private MailTemplateForm form;
    private TemplateVersion current;

    MailTemplatesView(MailTemplateService templates) {
        this.templates = templates;
        this.editable = templates.mayEdit();
        setId("mail-templates-view");
        addClassNames("form-view", "mail-templates-view");

        kind.setId("mail-template-kind");
        kind.setLabel(getTranslation("mail.templates.field.kind"));
        kind.setItems(MessageKind.values());
        kind.setItemLabelGenerator(each -> getTranslation(each.labelKey()));
        kind.setValue(MessageKind.PAYMENT_THANK_YOU);
        language.setId("mail-template-language");
        language.setLabel(getTranslation("mail.templates.field.language"));
        language.setItems(LANGUAGES);
        language.setItemLabelGenerator(code -> getTranslation("mail.templates.language." + code));
        language.setValue("vi");
        kind.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                openUnlessUnsaved(() -> kind.setValue(change.getOldValue()));
            }
        });
        language.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                openUnlessUnsaved(() -> language.setValue(change.getOldValue()));
            }
        });
        Div pickers = new Div(kind, language);
        pickers.addClassName("mail-template-pickers");
        state.setId("mail-template-state");
        state.addClassName("mail-template-state");

        editorSlot.addClassName("mail-template-editor");
        placeholderSlot.addClassName("mail-template-placeholder-slot");
        Div editing = new Div(editorSlot, placeholderSlot);
        editing.addClassName("mail-template-editing");
        Div columns = new Div(editing, preview);
        columns.addClassName("mail-template-columns");

        versions.setId("mail-template-versions");
        versions.addClassName("mail-template-versions");
        versions.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        versions.addColumn(this::versionName).setHeader(getTranslation("mail.templates.column.version"))
                .setAutoWidth(true).setFlexGrow(0);
        versions.addColumn(this::versionSaved).setHeader(getTranslation("mail.templates.column.saved")).setFlexGrow(1);
        versions.addComponentColumn(this::versionAction).setAutoWidth(true).setFlexGrow(0);
        versions.setAllRowsVisible(true);
        Section history = new Section(new H3(getTranslation("mail.templates.versions")), versions);
        history.addClassName("mail-template-history");

        add(new ViewHeader(getTranslation("mail.templates.title")), new Paragraph(getTranslation("mail.templates.intro")),
                pickers, state);
        if (!editable) {
            Paragraph readOnly = new Paragraph(getTranslation("mail.templates.read-only"));
            readOnly.setId("mail-template-read-only");
            readOnly.addClassName("mail-template-hint");
            add(readOnly);
        }
        add(columns, history);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        parameters.getOrDefault(CommunicationsNavigation.KIND_PARAMETER, List.of()).stream().findFirst()
                .flatMap(MessageKind::ofSlug).ifPresent(kind::setValue);
        parameters.getOrDefault(CommunicationsNavigation.LANGUAGE_PARAMETER, List.of()).stream().findFirst()
                .filter(LANGUAGES::contains).ifPresent(language::setValue);
        show();
    }

    /** Opens the template chosen above, after asking whether to drop what was typed and not saved, if anything. */
    private void openUnlessUnsaved(Runnable stay) {
        if (form == null || !form.hasChanges()) {
            open();
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setId("mail-template-discard-dialog");
        dialog.setHeaderTitle(getTranslation("mail.templates.discard.title"));
        dialog.add(new Paragraph(getTranslation("mail.templates.discard.text")));
        Button keep = new Button(getTranslation("action.cancel"), click -> {
            stay.run();
            dialog.close();
        });
        keep.setId("mail-template-discard-cancel");
        Button discard = new Button(getTranslation("mail.templates.discard.confirm"), click -> {
            dialog.close();
            open();
        });
        discard.setId("mail-template-discard-confirm");
        discard.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.setCloseOnOutsideClick(false);
        dialog.setCloseOnEsc(false);
        dialog.getFooter().add(keep, discard);
        dialog.open();
    }

    /** Opens the template chosen above, and names it in the address. */
    private void open() {
        show();
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location(
                CommunicationsNavigation.MAIL_TEMPLATES, QueryParameters.simple(Map.of(
                        CommunicationsNavigation.KIND_PARAMETER, kind.getValue().slug(),
                        CommunicationsNavigation.LANGUAGE_PARAMETER, language.getValue())))));
    }

    /** The chosen template as it is in use: the editor, its placeholders, the preview and the versions. */
    private void show() {
        MessageKind chosen = kind.getValue();
        Locale in = Languages.of(language.getValue());
        current = templates.current(chosen, in);
        state.setText(current.shipped() ? getTranslation("mail.templates.state.shipped")
                : getTranslation("mail.templates.state.edited", current.version(), current.savedBy(),
                        Formats.dateTime(this, current.savedAt())));
        form = new MailTemplateForm(current, editable);
        form.addDraftListener(change -> preview.show(templates.preview(chosen, in, change.draft())));
        form.addSaveListener(saved -> {
            try {
                TemplateVersion stored = templates.save(chosen, in, saved.draft());
                Notices.success("mail.templates.saved", stored.version());
                show();
            } catch (UserFacingException problem) {
                if (!form.showProblem(problem)) {
                    Notices.error(problem);
                }
            }
        });
        editorSlot.removeAll();
        editorSlot.add(form);
        MailTemplateForm editing = form;
        placeholderSlot.removeAll();
        placeholderSlot.add(new PlaceholderList(chosen, in, editable, editing::insert));
        preview.show(templates.preview(chosen, in, current.draft()));
        versions.setItems(templates.versions(chosen, in));
    }

    private String versionName(TemplateVersion version) {
        return version.shipped() ? getTranslation("mail.templates.version.shipped")
                : getTranslation("mail.templates.version.number", version.version());
    }

    private String versionSaved(TemplateVersion version) {
        if (version.shipped()) {
            return getTranslation("mail.templates.version.shipped.note");
        }
        String saved = getTranslation("mail.templates.version.saved", version.savedBy(),
                Formats.dateTime(this, version.savedAt()));
        if (version.restoredFromVersion() == null) {
            return saved;
        }
        return saved + " · " + (version.restoredFromVersion() == TemplateVersion.SHIPPED
                ? getTranslation("mail.templates.version.restored-shipped")
                : getTranslation("mail.templates.version.restored", version.restoredFromVersion()));
    }

    /** "In use" for the current version; for the others, a way back (for those who may edit). */
    private Component versionAction(TemplateVersion version) {
        if (version.version() == current.version()) {
            Span inUse = new Span(getTranslation("mail.templates.version.in-use"));
            inUse.addClassNames("badge", "badge-success");
            return inUse;
        }
        Button restore = new Button(getTranslation("mail.templates.restore"), click -> confirmRestore(version));
        restore.setId("mail-template-restore-" + version.version());
        restore.addThemeVariants(ButtonVariant.LUMO_SMALL);
        restore.setVisible(editable);
        return restore;
    }

    private void confirmRestore(TemplateVersion version) {
        Dialog dialog = new Dialog();
        dialog.setId("mail-template-restore-dialog");
        dialog.setHeaderTitle(getTranslation("mail.templates.restore.title", versionName(version)));
        dialog.add(new Paragraph(getTranslation(form.hasChanges() ? "mail.templates.restore.text-unsaved"
                : "mail.templates.restore.text")));
        Button confirm = new Button(getTranslation("mail.templates.restore"), click -> {
            try {
                TemplateVersion restored = templates.restore(kind.getValue(), Languages.of(language.getValue()),
                        version.version(), current.version());
                dialog.close();
                Notices.success("mail.templates.restored", versionName(version), restored.version());
                show();
            } catch (UserFacingException problem) {
                dialog.close();
                Notices.error(problem);
            }
        });
        confirm.setId("mail-template-restore-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mail.templates.title");
    }
}
