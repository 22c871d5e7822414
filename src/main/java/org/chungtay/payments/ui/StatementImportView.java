package org.chungtay.payments.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;

import org.chungtay.funds.FundUnitRef;
import org.chungtay.funds.FundUnitService;
import org.chungtay.payments.ImportResult;
import org.chungtay.payments.MatchProposal;
import org.chungtay.payments.PaymentsNavigation;
import org.chungtay.payments.StatementImportService;
import org.chungtay.payments.StatementPreset;
import org.chungtay.payments.StatementPresetService;
import org.chungtay.payments.StatementPreview;
import org.chungtay.payments.statements.LineProblem;
import org.chungtay.payments.statements.StatementFile;
import org.chungtay.payments.statements.StatementLayout;
import org.chungtay.payments.statements.StatementReader;
import org.chungtay.payments.statements.StatementSample;
import org.chungtay.shared.FundScope;
import org.chungtay.shared.Role;
import org.chungtay.shared.UserFacingException;
import org.chungtay.shared.ui.Formats;
import org.chungtay.shared.ui.Notices;
import org.chungtay.shared.ui.UploadTexts;
import org.chungtay.shared.ui.ViewHeader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * An accountant uploads a bank statement; it is read and matched in the background while a bar shows how
 * far it got, then every line is shown with its proposed pledge, how sure the match is and why. The
 * accountant changes what needs changing and imports: all of it, or nothing.
 *
 * <p>The layout is detected among the built-in presets and the fund's own. When none fits, or when the
 * accountant picks "Other layout…", the {@link StatementMappingDialog} asks which column holds what; the
 * uploaded file waits for it, and is deleted once it is read or the dialog is dismissed.
 */
@Route(PaymentsNavigation.STATEMENT_IMPORT)
@Menu(order = 26, title = "menu.statement-import", icon = "vaadin:upload")
@RolesAllowed({Role.Names.ADMIN, Role.Names.ACCOUNTANT})
class StatementImportView extends Main implements HasDynamicTitle {

    private static final Logger LOG = LoggerFactory.getLogger(StatementImportView.class);
    private static final int POLL_MS = 300;

    private final transient StatementImportService imports;
    private final transient StatementPresetService presets;
    private final transient TaskExecutor background;
    private final ComboBox<FundUnitRef> unit = new ComboBox<>();
    private final ComboBox<LayoutChoice> layout = new ComboBox<>();
    private final Button deletePreset = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final Div summary = new Div();
    private final Select<Show> show = new Select<>();
    private final Grid<StatementPreview.Line> lines = new Grid<>();
    private final Grid<LineProblem> problems = new Grid<>();
    private final Checkbox leaveOutBadLines = new Checkbox();
    private final Button importButton = new Button();
    private final Div previewSection = new Div();
    private final long ownUnitId;
    private final String ownUnitName;
    private transient StatementPreview preview;
    private transient List<StatementLayout> savedLayouts = List.of();
    private transient List<LayoutChoice> layoutChoices = List.of();

    StatementImportView(StatementImportService imports, StatementPresetService presets, FundUnitService fundUnits,
            TaskExecutor background) {
        this.imports = imports;
        this.presets = presets;
        this.background = background;
        setId("statement-import-view");
        addClassName("list-view");

        List<FundUnitRef> units = fundUnits.subtree().stream().filter(FundUnitRef::active).toList();
        unit.setId("statement-unit");
        unit.setLabel(getTranslation("statements.field.unit"));
        unit.setHelperText(getTranslation("statements.field.unit.help"));
        unit.setItems(units);
        unit.setItemLabelGenerator(FundUnitRef::name);
        ownUnitId = FundScope.requirePrincipal().fundUnitId();
        ownUnitName = fundUnits.findPublic(ownUnitId).map(FundUnitRef::name).orElse("");
        units.stream().filter(u -> u.id() == ownUnitId).findFirst().or(() -> units.stream().findFirst())
                .ifPresent(unit::setValue);

        layout.setId("statement-layout");
        layout.setLabel(getTranslation("statements.field.layout"));
        layout.setHelperText(getTranslation("statements.field.layout.help"));
        layout.setItemLabelGenerator(this::label);
        layout.setPlaceholder(getTranslation("statements.layout.detect"));
        layout.setClearButtonVisible(true);
        deletePreset.setText(getTranslation("statements.mapping.delete"));
        deletePreset.setIcon(VaadinIcon.TRASH.create());
        deletePreset.setId("statement-delete-preset");
        deletePreset.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        deletePreset.addClickListener(click -> confirmDelete());
        layout.addValueChangeListener(change -> deletePreset.setVisible(deletable(change.getValue())));
        unit.addValueChangeListener(change -> refreshLayouts());
        refreshLayouts();

        Upload upload = upload();
        progress.setId("statement-progress");
        progress.setVisible(false);
        progressText.setId("statement-progress-text");
        progressText.addClassName("statement-progress-text");

        FlexLayout choices = new FlexLayout(unit, layout, deletePreset);
        choices.addClassName("toolbar");
        Button queue = new Button(getTranslation("statements.action.queue"), VaadinIcon.LIST.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(PaymentsNavigation.STATEMENT_QUEUE)));
        queue.setId("statement-open-queue");
        add(new ViewHeader(getTranslation("statements.title"), queue),
                new Paragraph(getTranslation("statements.intro")), choices, upload, progress, progressText,
                previewSection());
    }

    private Upload upload() {
        AtomicReference<Path> received = new AtomicReference<>();
        AtomicReference<String> name = new AtomicReference<>();
        Upload upload = new Upload(UploadHandler.toTempFile((metadata, file) -> {
            name.set(metadata.fileName());
            received.set(file.toPath());
        }));
        upload.setId("statement-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) StatementReader.MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", ".txt", ".xlsx", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setDropAllowed(true);
        upload.setI18n(UploadTexts.of(this, "statements.upload.", "statements.error.rejected",
                StatementReader.MAX_BYTES / (1024 * 1024)));
        upload.addFileRejectedListener(rejected -> Notices.error("statements.error.rejected",
                StatementReader.MAX_BYTES / (1024 * 1024)));
        upload.addAllFinishedListener(done -> {
            Path file = received.getAndSet(null);
            upload.clearFileList();
            if (file != null) {
                readAndMatch(file, name.get());
            }
        });
        return upload;
    }

    /** The layouts the chosen unit may use, "Other layout…" last; the choice is kept if it is still there. */
    private void refreshLayouts() {
        FundUnitRef chosenUnit = unit.getValue();
        List<StatementPreset> available = chosenUnit == null
                ? StatementLayout.presets().stream().map(l -> new StatementPreset(null, null, null, l, false)).toList()
                : presets.presets(chosenUnit.id());
        savedLayouts = available.stream().filter(preset -> !preset.isBuiltIn()).map(StatementPreset::layout).toList();
        List<LayoutChoice> choices = new ArrayList<>(available.stream().map(LayoutChoice::new).toList());
        choices.add(LayoutChoice.OTHER);
        layoutChoices = List.copyOf(choices);
        LayoutChoice before = layout.getValue();
        layout.setItems(layoutChoices);
        layout.setValue(before != null && layoutChoices.contains(before) ? before : null);
        deletePreset.setVisible(deletable(layout.getValue()));
    }

    private String label(LayoutChoice choice) {
        if (choice.other()) {
            return getTranslation("statements.mapping.other");
        }
        StatementPreset preset = choice.preset();
        return preset.isBuiltIn() ? preset.name() : getTranslation("statements.mapping.preset", preset.name(),
                preset.fundUnitName());
    }

    private static boolean deletable(LayoutChoice choice) {
        return choice != null && !choice.other() && choice.preset().deletable();
    }

    private void confirmDelete() {
        LayoutChoice choice = layout.getValue();
        if (!deletable(choice)) {
            return;
        }
        StatementPreset preset = choice.preset();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("statement-delete-preset-confirm");
        dialog.setHeader(getTranslation("statements.mapping.delete.title", preset.name()));
        dialog.setText(getTranslation("statements.mapping.delete.text", preset.name(), preset.fundUnitName()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("statements.mapping.delete"));
        dialog.setConfirmButtonTheme(ButtonVariant.LUMO_ERROR.getVariantName() + " "
                + ButtonVariant.LUMO_PRIMARY.getVariantName());
        dialog.addConfirmListener(confirmed -> Notices.attempt(() -> {
            presets.delete(preset.id());
            layout.clear();
            refreshLayouts();
            Notices.success("statements.mapping.deleted", preset.name());
        }));
        dialog.open();
    }

    /** Reads and matches in the background; the browser polls for the bar meanwhile and stays usable. */
    private void readAndMatch(Path file, String fileName) {
        FundUnitRef chosenUnit = unit.getValue();
        if (chosenUnit == null) {
            Notices.error("statements.error.unit");
            delete(file);
            return;
        }
        LayoutChoice choice = layout.getValue();
        read(file, fileName, chosenUnit, choice == null || choice.other() ? null : choice.preset().layout(),
                choice != null && choice.other());
    }

    /**
     * Reads with the layout given, or else with the one detected; asks for the mapping when none is
     * detected or it is wanted whatever is detected. The file is deleted once read, or handed to the mapping.
     */
    private void read(Path file, String fileName, FundUnitRef chosenUnit, StatementLayout chosenLayout, boolean map) {
        UI ui = UI.getCurrent();
        List<StatementLayout> saved = savedLayouts;
        SecurityContext signedIn = SecurityContextHolder.getContext();
        previewSection.setVisible(false);
        progress.setVisible(true);
        progress.setIndeterminate(false);
        progress.setValue(0);
        progressText.removeClassName("statement-problem");
        progressText.setText(getTranslation("statements.progress.reading"));
        ui.setPollInterval(POLL_MS);
        background.execute(() -> {
            SecurityContextHolder.setContext(signedIn);
            boolean mapping = false;
            try {
                StatementLayout used = chosenLayout;
                if (used == null) {
                    StatementSample sample = sample(file, fileName, saved);
                    used = map ? null : sample.suggestedLayout();
                    if (used == null) {
                        mapping = true;
                        ui.access(() -> askForMapping(file, fileName, chosenUnit, sample));
                        return;
                    }
                }
                StatementFile read;
                try (InputStream in = Files.newInputStream(file)) {
                    read = new StatementReader().read(in, fileName, used,
                            done -> ui.access(() -> progress.setValue(done * 0.8)));
                }
                ui.access(() -> {
                    progress.setIndeterminate(true);
                    progressText.setText(getTranslation("statements.progress.matching", read.credits().size()));
                });
                StatementPreview matched = imports.preview(read, fileName, chosenUnit.id());
                ui.access(() -> showPreview(matched));
            } catch (UIDetachedException gone) {
                mapping = false;
            } catch (UserFacingException refused) {
                ui.access(() -> failed(refused));
            } catch (IOException | RuntimeException broken) {
                LOG.warn("Statement {} could not be read", fileName, broken);
                ui.access(() -> failed(new UserFacingException("statements.error.unreadable")));
            } finally {
                SecurityContextHolder.clearContext();
                if (!mapping) {
                    delete(file);
                }
                ui.access(() -> ui.setPollInterval(-1));
            }
        });
    }

    private static StatementSample sample(Path file, String fileName, List<StatementLayout> saved) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new StatementReader().sample(in, fileName, StatementLayoutForm.SAMPLE_ROWS, saved);
        }
    }

    /**
     * Which column holds what, for a layout nothing detected: saved as the fund's own, for the signed-in
     * accountant's unit (which serves the units below it), or used once. The file is deleted if the
     * accountant gives up, or leaves the page meanwhile.
     */
    private void askForMapping(Path file, String fileName, FundUnitRef chosenUnit, StatementSample sample) {
        progress.setVisible(false);
        if (!isAttached()) {
            delete(file);
            return;
        }
        progressText.setText(getTranslation("statements.mapping.waiting"));
        new StatementMappingDialog(sample, fileName, ownUnitName, mapped -> {
            StatementPreset saved = presets.save(ownUnitId, mapped);
            Notices.success("statements.mapping.saved", saved.name());
            boolean wasOther = layout.getValue() != null && layout.getValue().other();
            refreshLayouts();
            if (wasOther) {
                layoutChoices.stream().filter(c -> !c.other() && saved.id().equals(c.preset().id())).findFirst()
                        .ifPresent(layout::setValue);
            }
            read(file, fileName, chosenUnit, saved.layout(), false);
        }, once -> read(file, fileName, chosenUnit, once, false), () -> {
            delete(file);
            progressText.setText(getTranslation("statements.mapping.dismissed"));
        }).open();
    }

    private void failed(UserFacingException refused) {
        progress.setVisible(false);
        progressText.setText(getTranslation(refused.messageKey(), refused.arguments()));
        progressText.addClassName("statement-problem");
        Notices.error(refused);
    }

    private Component previewSection() {
        previewSection.setId("statement-preview");
        previewSection.setVisible(false);
        summary.setId("statement-summary");
        summary.addClassName("statement-summary");

        show.setId("statement-show");
        show.setLabel(getTranslation("statements.field.show"));
        show.setItems(Show.values());
        show.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        show.setValue(Show.ALL);
        show.addValueChangeListener(change -> refreshLines());

        lines.setId("statement-lines");
        lines.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        lines.addColumn(l -> l.line().lineNumber()).setHeader(getTranslation("statements.column.line"))
                .setAutoWidth(true).setFlexGrow(0);
        lines.addColumn(l -> Formats.date(this, l.line().bookedOn())).setHeader(getTranslation("statements.grid.date"))
                .setAutoWidth(true).setFlexGrow(0);
        lines.addColumn(l -> l.line().amount().format(getLocale())).setHeader(getTranslation("statements.grid.amount"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        lines.addColumn(l -> l.line().note()).setHeader(getTranslation("statements.grid.note")).setFlexGrow(3);
        lines.addColumn(l -> l.line().counterpartyName() == null ? Formats.NOTHING : l.line().counterpartyName())
                .setHeader(getTranslation("statements.column.sender")).setFlexGrow(2);
        lines.addComponentColumn(this::proposal).setHeader(getTranslation("statements.column.proposal")).setFlexGrow(3);
        lines.addComponentColumn(this::change).setAutoWidth(true).setFlexGrow(0);
        lines.setEmptyStateText(getTranslation("statements.empty"));

        problems.setId("statement-problems");
        problems.addColumn(LineProblem::lineNumber).setHeader(getTranslation("statements.column.line"))
                .setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(p -> getTranslation(p.messageKey(), p.arguments()))
                .setHeader(getTranslation("statements.column.problem")).setFlexGrow(1);
        problems.setAllRowsVisible(true);

        leaveOutBadLines.setId("statement-leave-out");
        importButton.setText(getTranslation("statements.action.import"));
        importButton.setIcon(VaadinIcon.CHECK.create());
        importButton.setId("statement-import");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.addClickListener(click -> importPreview());
        Button discard = new Button(getTranslation("statements.action.discard"), click -> {
            preview = null;
            previewSection.setVisible(false);
            progress.setVisible(false);
            progressText.setText("");
        });
        discard.setId("statement-discard");

        H3 problemsTitle = new H3(getTranslation("statements.problems.title"));
        problemsTitle.setId("statement-problems-title");
        FlexLayout actions = new FlexLayout(leaveOutBadLines, discard, importButton);
        actions.addClassName("toolbar");
        previewSection.add(summary, problemsTitle, problems, show, lines, actions);
        return previewSection;
    }

    private void showPreview(StatementPreview matched) {
        preview = matched;
        progress.setValue(1);
        progress.setVisible(false);
        progressText.removeClassName("statement-problem");
        progressText.setText("");
        previewSection.setVisible(true);
        boolean bad = !matched.problems().isEmpty();
        problems.setItems(matched.problems());
        problems.setVisible(bad);
        previewSection.getChildren().filter(c -> c.getId().filter("statement-problems-title"::equals).isPresent())
                .forEach(title -> title.setVisible(bad));
        leaveOutBadLines.setVisible(bad);
        leaveOutBadLines.setValue(false);
        leaveOutBadLines.setLabel(getTranslation("statements.leave-out", matched.problems().size()));
        refreshSummary();
        refreshLines();
    }

    private void refreshSummary() {
        long certain = preview.lines().stream().filter(l -> l.matched()
                && l.proposal().confidence() == MatchProposal.Confidence.CERTAIN).count();
        summary.setText(getTranslation("statements.summary", preview.fileName(), preview.lines().size(),
                preview.matched(), certain, preview.matched() - certain, preview.queued(), preview.duplicates(),
                preview.debitLines(), preview.problems().size(), preview.layoutName(), preview.encoding()));
    }

    private void refreshLines() {
        if (preview == null) {
            return;
        }
        Predicate<StatementPreview.Line> shown = show.getValue() == null ? l -> true : show.getValue().test;
        lines.setItems(preview.lines().stream().filter(shown).toList());
    }

    private Component proposal(StatementPreview.Line line) {
        MatchProposal proposal = line.proposal();
        Span badge = new Span(getTranslation(line.duplicate() ? "statements.state.duplicate"
                : proposal.confidence().labelKey()));
        badge.addClassNames("badge", line.duplicate() ? "badge-neutral"
                : switch (proposal.confidence()) {
                    case CERTAIN -> "badge-success";
                    case LIKELY -> "badge-warning";
                    case NONE -> "badge-neutral";
                });
        Span pledge = new Span(proposal.matched()
                ? proposal.pledge().reference() + " · " + proposal.pledge().donorName() : "");
        pledge.addClassName("statement-pledge");
        Span reason = new Span(MatchReasons.text(this, getLocale(), proposal.reasonKey(), proposal.reasonArguments()));
        reason.addClassName("statement-reason");
        Div cell = new Div(badge, pledge, reason);
        cell.addClassName("statement-proposal");
        cell.setId("statement-proposal-" + line.line().lineNumber());
        return cell;
    }

    private Component change(StatementPreview.Line line) {
        if (line.duplicate()) {
            return new Span();
        }
        Button change = new Button(getTranslation("statements.action.change"),
                click -> new MatchChoiceDialog(line, imports, choice -> {
                    preview = preview.decide(line.line().lineNumber(), choice);
                    refreshSummary();
                    refreshLines();
                }).open());
        change.setId("statement-change-" + line.line().lineNumber());
        change.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return change;
    }

    private void importPreview() {
        if (preview == null) {
            return;
        }
        Notices.attempt(() -> {
            ImportResult result = imports.importStatement(preview, leaveOutBadLines.getValue());
            preview = null;
            previewSection.setVisible(false);
            progressText.setText(getTranslation(result.matched() + result.queued() == 0 ? "statements.imported-nothing"
                    : "statements.imported", result.matched(), result.queued(), result.duplicates(),
                    result.debitLines()));
            Notices.success(result.matched() + result.queued() == 0 ? "statements.imported-nothing"
                    : "statements.imported", result.matched(), result.queued(), result.duplicates(),
                    result.debitLines());
        });
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete the uploaded statement {}", file, e);
        }
    }

    /** An item of the layout list: a built-in or a fund's preset, or else "Other layout…", which opens the mapping. */
    private record LayoutChoice(StatementPreset preset) {

        static final LayoutChoice OTHER = new LayoutChoice(null);

        boolean other() {
            return preset == null;
        }
    }

    /** Which lines the preview shows. */
    enum Show {
        ALL(l -> true),
        MATCHED(StatementPreview.Line::matched),
        QUEUED(l -> !l.duplicate() && !l.proposal().matched()),
        DUPLICATES(StatementPreview.Line::duplicate);

        private final Predicate<StatementPreview.Line> test;

        Show(Predicate<StatementPreview.Line> test) {
            this.test = test;
        }

        String labelKey() {
            return "statements.show." + name().toLowerCase(Locale.ROOT);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("statements.title");
    }
}
