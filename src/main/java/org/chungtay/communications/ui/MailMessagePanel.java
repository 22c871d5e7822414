package org.chungtay.communications.ui;

import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadHandler;

import org.chungtay.shared.ui.Formats;

/**
 * A message as a mail client shows it: its headers and state as facts, the HTML part in a sandboxed frame
 * (no scripts, forms, pop-ups or navigation, its own origin: whatever the message holds never runs in the
 * portal's page), the text part, and its files to download. Used by the delivery log and by captured mail.
 */
class MailMessagePanel extends Composite<Div> {

    /** One header or state line, its label as shown; {@code id} names its value for tests, or is null. */
    record Fact(String label, String value, String id) {
    }

    /** A file and how to download it. */
    record File(String name, long size, DownloadHandler download) {
    }

    MailMessagePanel(List<Fact> facts, String html, String text, List<File> files) {
        Div content = getContent();
        content.addClassName("mail-message");
        DescriptionList list = new DescriptionList();
        list.addClassName("facts");
        for (Fact fact : facts) {
            DescriptionList.Description value = new DescriptionList.Description(
                    fact.value() == null || fact.value().isBlank() ? Formats.NOTHING : fact.value());
            if (fact.id() != null) {
                value.setId(fact.id());
            }
            list.add(new DescriptionList.Term(fact.label()), value);
        }
        content.add(list);

        TabSheet parts = new TabSheet();
        parts.setId("mail-message-parts");
        IFrame frame = new IFrame();
        frame.setId("mail-message-html");
        frame.addClassName("mail-message-frame");
        frame.getElement().setAttribute("sandbox", "");
        frame.getElement().setAttribute("title", getTranslation("mail.message.html"));
        frame.setSrcdoc(html == null ? "" : html);
        Pre plain = new Pre(text == null ? "" : text);
        plain.setId("mail-message-text");
        plain.addClassName("mail-preview-text");
        if (html != null) {
            parts.add(getTranslation("mail.message.html"), frame).setId("mail-message-tab-html");
        }
        parts.add(getTranslation("mail.message.text"), plain).setId("mail-message-tab-text");
        content.add(parts);

        if (!files.isEmpty()) {
            UnorderedList attachments = new UnorderedList();
            attachments.setId("mail-message-attachments");
            for (File file : files) {
                Anchor download = new Anchor(file.download(), file.name());
                download.getElement().setAttribute("download", true);
                ListItem item = new ListItem(download);
                if (file.size() > 0) {
                    item.add(new Paragraph(getTranslation("mail.message.size", Math.max(1, Math.round(file.size() / 1024.0)))));
                }
                attachments.add(item);
            }
            content.add(new H3(getTranslation("mail.message.attachments")), attachments);
        }
    }

    /** Sends the file as a download (never shown in the portal's origin, whatever its type claims). */
    static DownloadHandler download(String fileName, SerializableSupplier<byte[]> reading) {
        return event -> {
            byte[] content = reading.get();
            event.setContentType("application/octet-stream");
            event.setContentLength(content.length);
            event.setFileName(fileName);
            event.getOutputStream().write(content);
        };
    }
}
