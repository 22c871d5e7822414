package org.chungtay.communications;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One saved version of an {@link EditedTemplate}: written once, never changed or deleted, so that every
 * message can be traced to the text it was rendered from and any version can be restored (as a new one).
 */
@Entity
@Table(name = "mail_template_version")
class EditedTemplateVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "template_id", nullable = false)
    private long templateId;

    @Column(nullable = false)
    private int version;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(name = "html_body", nullable = false, columnDefinition = "MEDIUMTEXT")
    private String htmlBody;

    @Column(name = "text_body", nullable = false, columnDefinition = "MEDIUMTEXT")
    private String textBody;

    @Column(name = "saved_by", nullable = false, length = 100)
    private String savedBy;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Column(name = "restored_from_version")
    private Integer restoredFromVersion;

    protected EditedTemplateVersion() {
    }

    EditedTemplateVersion(long templateId, int version, TemplateDraft content, String savedBy, Instant savedAt,
            Integer restoredFromVersion) {
        this.templateId = templateId;
        this.version = version;
        this.subject = content.subject();
        this.htmlBody = content.html();
        this.textBody = content.text();
        this.savedBy = savedBy;
        this.savedAt = savedAt;
        this.restoredFromVersion = restoredFromVersion;
    }

    Long id() {
        return id;
    }

    int version() {
        return version;
    }

    TemplateVersion of(MessageKind kind, Locale language) {
        return new TemplateVersion(kind, language, version, subject, htmlBody, textBody, savedBy, savedAt,
                restoredFromVersion);
    }
}
