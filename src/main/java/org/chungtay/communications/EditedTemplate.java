package org.chungtay.communications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The fund's own template of a kind in a language, once someone edited it: it names the version in use,
 * always the latest. The row is the subject of the audit trail and is locked while a version is added, so
 * that two people saving at once get versions one after the other, or one of them a refusal.
 */
@Entity
@Table(name = "mail_template")
class EditedTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private MessageKind kind;

    @Column(nullable = false, length = 5)
    private String language;

    @Column(name = "current_version", nullable = false)
    private int currentVersion;

    protected EditedTemplate() {
    }

    EditedTemplate(MessageKind kind, String language) {
        this.kind = kind;
        this.language = language;
    }

    void advanceTo(int version) {
        if (version != currentVersion + 1) {
            throw new IllegalStateException("Template versions follow one another: " + currentVersion + " → " + version);
        }
        currentVersion = version;
    }

    Long id() {
        return id;
    }

    int currentVersion() {
        return currentVersion;
    }
}
