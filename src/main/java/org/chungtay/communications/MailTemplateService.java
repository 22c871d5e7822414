package org.chungtay.communications;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.chungtay.communications.TemplateRefused.Problem;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.funds.FundUnitService;
import org.chungtay.shared.AuditTrail;
import org.chungtay.shared.FundScope;
import org.chungtay.shared.Sha256;
import org.chungtay.shared.UserFacingException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The fund's mail templates as fund managers edit them: each save is checked ({@link TemplateChecks} and a
 * trial render) and kept as a new version, the latest in use; restoring a version saves it again as a new
 * one. The templates belong to the whole fund (every unit's messages use them), so they are the root
 * unit's data: fund managers and administrators anywhere read and preview them, those whose subtree is the
 * whole tree change them. Every change is audited.
 */
@Service
@Transactional
public class MailTemplateService {

    static final String EDITORS = "hasAnyRole('ADMIN','FUND_MANAGER')";
    static final String AUDIT_SUBJECT = "mail_template";

    private final EditedTemplateRepository templates;
    private final EditedTemplateVersionRepository versions;
    private final ShippedTemplates shipped;
    private final MailTemplates rendering;
    private final FundUnitService fundUnits;
    private final AuditTrail audit;

    MailTemplateService(EditedTemplateRepository templates, EditedTemplateVersionRepository versions,
            ShippedTemplates shipped, MailTemplates rendering, FundUnitService fundUnits, AuditTrail audit) {
        this.templates = templates;
        this.versions = versions;
        this.shipped = shipped;
        this.rendering = rendering;
        this.fundUnits = fundUnits;
        this.audit = audit;
    }

    /** The template in use: the fund's latest version, or the shipped one (version 0). */
    @PreAuthorize(EDITORS)
    @Transactional(readOnly = true)
    public TemplateVersion current(MessageKind kind, Locale language) {
        return templates.findByKindAndLanguage(kind, MailLanguage.code(language))
                .flatMap(template -> versions.findByTemplateIdAndVersion(template.id(), template.currentVersion()))
                .map(version -> version.of(kind, language))
                .orElseGet(() -> shipped.of(kind, language));
    }

    /** Every version, the one in use first, down to the shipped one (version 0). */
    @PreAuthorize(EDITORS)
    @Transactional(readOnly = true)
    public List<TemplateVersion> versions(MessageKind kind, Locale language) {
        List<TemplateVersion> all = new ArrayList<>();
        templates.findByKindAndLanguage(kind, MailLanguage.code(language)).ifPresent(template -> versions
                .findByTemplateIdOrderByVersionDesc(template.id()).forEach(version -> all.add(version.of(kind, language))));
        all.add(shipped.of(kind, language));
        return all;
    }

    /** Whether the caller may change the templates: their subtree is the whole tree. */
    @PreAuthorize(EDITORS)
    @Transactional(readOnly = true)
    public boolean mayEdit() {
        return fundUnits.findRoot().map(root -> FundScope.contains(root.path())).orElse(false);
    }

    /**
     * The draft as a message of its kind would look with the sample values, signed by the caller's unit; or
     * what is wrong with it. Nothing is saved.
     */
    @PreAuthorize(EDITORS)
    @Transactional(readOnly = true)
    public TemplatePreview preview(MessageKind kind, Locale language, TemplateDraft draft) {
        long unit = FundScope.requirePrincipal().fundUnitId();
        return rendering.preview(kind, language, draft, unit == 0 ? null : unit);
    }

    /**
     * Saves the draft as the new version in use.
     *
     * @throws TemplateRefused     with every problem of the draft: a placeholder the kind does not offer (by
     *                             name), a Mustache syntax error (with its line), a part missing or too long
     * @throws UserFacingException {@code mail.templates.error.conflict} when someone saved a version since
     *                             the one the draft is based on
     * @throws AccessDeniedException for anyone whose subtree is not the whole tree
     */
    @PreAuthorize(EDITORS)
    public TemplateVersion save(MessageKind kind, Locale language, TemplateDraft draft) {
        requireWholeTree();
        TemplateDraft tidy = new TemplateDraft(strip(draft.subject()), draft.html(), draft.text(), draft.basedOnVersion());
        List<Problem> problems = rendering.problems(kind, language, tidy);
        if (!problems.isEmpty()) {
            throw new TemplateRefused(problems);
        }
        return store(kind, language, tidy, null);
    }

    /**
     * Puts an earlier version (0: the shipped one) back in use, as a new version that says which it restored.
     * It is checked again: placeholders may have changed since it was saved.
     */
    @PreAuthorize(EDITORS)
    public TemplateVersion restore(MessageKind kind, Locale language, int version, int basedOnVersion) {
        requireWholeTree();
        TemplateVersion restored = version == TemplateVersion.SHIPPED ? shipped.of(kind, language)
                : templates.findByKindAndLanguage(kind, MailLanguage.code(language))
                        .flatMap(template -> versions.findByTemplateIdAndVersion(template.id(), version))
                        .map(row -> row.of(kind, language))
                        .orElseThrow(() -> new UserFacingException("mail.templates.error.no-version", version));
        TemplateDraft content = new TemplateDraft(restored.subject(), restored.html(), restored.text(), basedOnVersion);
        List<Problem> problems = rendering.problems(kind, language, content);
        if (!problems.isEmpty()) {
            throw new TemplateRefused(problems);
        }
        return store(kind, language, content, version);
    }

    // ---------------------------------------------------------------- inside

    private TemplateVersion store(MessageKind kind, Locale language, TemplateDraft content, Integer restoredFrom) {
        String code = MailLanguage.code(language);
        Optional<EditedTemplate> existing = templates.lockByKindAndLanguage(kind.name(), code);
        int current = existing.map(EditedTemplate::currentVersion).orElse(TemplateVersion.SHIPPED);
        if (current != content.basedOnVersion()) {
            throw conflict();
        }
        TemplateVersion before = existing.flatMap(template -> versions.findByTemplateIdAndVersion(template.id(), current))
                .map(row -> row.of(kind, language)).orElseGet(() -> shipped.of(kind, language));
        EditedTemplate template;
        try {
            template = existing.orElseGet(() -> templates.saveAndFlush(new EditedTemplate(kind, code)));
            template.advanceTo(current + 1);
            EditedTemplateVersion row = versions.saveAndFlush(new EditedTemplateVersion(template.id(), current + 1,
                    content, FundScope.actorName(), Instant.now(), restoredFrom));
            templates.flush();
            TemplateVersion after = row.of(kind, language);
            audit.record(AUDIT_SUBJECT, template.id(), restoredFrom == null ? "saved" : "restored", describe(before),
                    describe(after));
            return after;
        } catch (DataIntegrityViolationException savedMeanwhile) {
            // Someone saved this kind's first version between our read and our write.
            throw conflict();
        }
    }

    private void requireWholeTree() {
        FundUnitRef root = fundUnits.findRoot().orElseThrow(() -> new AccessDeniedException("No fund tree yet"));
        FundScope.check(root.path());
    }

    /**
     * A version as the audit trail keeps it: which one, its subject, and each body by length and SHA-256, so
     * that before and after fit the trail's row and still prove which text was in use; the texts themselves
     * are in {@code mail_template_version}, which nothing changes or deletes.
     */
    static String describe(TemplateVersion version) {
        return version.kind() + " " + MailLanguage.code(version.language()) + " version " + version.version()
                + (version.restoredFromVersion() == null ? "" : " (restored from version " + version.restoredFromVersion() + ")")
                + "\nsubject: " + version.subject()
                + "\nhtml: " + version.html().length() + " characters, SHA-256 " + Sha256.hex(version.html())
                + "\ntext: " + version.text().length() + " characters, SHA-256 " + Sha256.hex(version.text());
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    private static UserFacingException conflict() {
        return new UserFacingException("mail.templates.error.conflict");
    }
}
