package org.chungtay.communications;

import java.util.List;

import org.chungtay.communications.TemplateRefused.Problem;

/**
 * A draft as a message of its kind would look with sample values, or, while it has problems, the problems
 * instead (then {@code rendered} is null).
 */
public record TemplatePreview(MailTemplates.Rendered rendered, List<Problem> problems) {

    public TemplatePreview {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return rendered != null;
    }
}
