package org.chungtay.communications.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.tabs.TabSheet;

import org.chungtay.communications.TemplatePreview;
import org.chungtay.communications.TemplateRefused;

/**
 * A template as its message would look, with sample values, in the real layout: as a mail client on a
 * computer shows it (660 px, scrolled sideways where the column is narrower), on a 375 px phone, and as
 * plain text. The HTML is shown in sandboxed frames (no
 * scripts, no navigation, its own origin), whatever a template holds. While the draft has problems they
 * are listed instead, and the last good preview stays below them.
 */
class MailPreview extends Composite<Div> {

    final Span subject = new Span();
    final IFrame desktop = frame("mail-preview-desktop", "mail.templates.preview.desktop");
    final IFrame phone = frame("mail-preview-phone", "mail.templates.preview.phone");
    final Pre text = new Pre();
    final UnorderedList problems = new UnorderedList();

    MailPreview() {
        getContent().setId("mail-template-preview");
        getContent().addClassName("mail-template-preview");
        subject.setId("mail-preview-subject");
        subject.addClassName("mail-preview-subject");
        text.setId("mail-preview-text");
        text.addClassName("mail-preview-text");
        problems.setId("mail-preview-problems");
        problems.addClassName("mail-preview-problems");
        problems.setVisible(false);
        Div desktopFrame = new Div(desktop);
        desktopFrame.addClassName("mail-preview-desktop-frame");
        Div phoneFrame = new Div(phone);
        phoneFrame.addClassName("mail-preview-phone-frame");
        TabSheet views = new TabSheet();
        views.setId("mail-preview-tabs");
        views.add(getTranslation("mail.templates.preview.desktop"), desktopFrame).setId("mail-preview-tab-desktop");
        views.add(getTranslation("mail.templates.preview.phone"), phoneFrame).setId("mail-preview-tab-phone");
        views.add(getTranslation("mail.templates.preview.text"), text).setId("mail-preview-tab-text");
        Span subjectLabel = new Span(getTranslation("mail.templates.preview.subject"));
        subjectLabel.addClassName("mail-preview-subject-label");
        Div subjectLine = new Div(subjectLabel, subject);
        subjectLine.addClassName("mail-preview-subject-line");
        getContent().add(new H3(getTranslation("mail.templates.preview")), problems, subjectLine, views);
    }

    void show(TemplatePreview preview) {
        problems.removeAll();
        problems.setVisible(!preview.ok());
        if (!preview.ok()) {
            for (TemplateRefused.Problem problem : preview.problems()) {
                problems.add(new ListItem(getTranslation(problem.part().labelKey()) + ": "
                        + getTranslation(problem.messageKey(), problem.arguments())));
            }
            return;
        }
        subject.setText(preview.rendered().subject());
        desktop.setSrcdoc(preview.rendered().html());
        phone.setSrcdoc(preview.rendered().html());
        text.setText(preview.rendered().text());
    }

    private IFrame frame(String id, String titleKey) {
        IFrame frame = new IFrame();
        frame.setId(id);
        frame.addClassName("mail-preview-frame");
        // An empty sandbox: no scripts, forms, pop-ups or navigation, and a unique origin.
        frame.getElement().setAttribute("sandbox", "");
        frame.getElement().setAttribute("title", getTranslation(titleKey));
        return frame;
    }
}
