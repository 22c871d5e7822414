package org.chungtay.communications.ui;

import java.util.Locale;
import java.util.function.Consumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import org.chungtay.communications.MessageKind;
import org.chungtay.communications.Placeholder;

/**
 * The placeholders a kind offers, each with its sample value in the template's language; a click hands
 * its tag to be inserted. Groups and lists show their fields below them, which are used between the
 * group's {@code {{#name}}} and {@code {{/name}}}.
 */
class PlaceholderList extends Composite<Div> {

    PlaceholderList(MessageKind kind, Locale language, boolean insertable, Consumer<String> insert) {
        getContent().setId("mail-template-placeholders");
        getContent().addClassName("mail-template-placeholders");
        H3 heading = new H3(getTranslation("mail.templates.placeholders"));
        Paragraph help = new Paragraph(getTranslation(insertable ? "mail.templates.placeholders.help"
                : "mail.templates.placeholders.help-read-only"));
        help.addClassName("mail-template-hint");
        getContent().add(heading, help, list(kind.placeholders(), language, insertable, insert));
    }

    private UnorderedList list(java.util.List<Placeholder> placeholders, Locale language, boolean insertable,
            Consumer<String> insert) {
        UnorderedList list = new UnorderedList();
        for (Placeholder placeholder : placeholders) {
            Button tag = new Button(placeholder.shape() == Placeholder.Shape.TEXT ? placeholder.tag()
                    : "{{#" + placeholder.name() + "}}");
            tag.setId("mail-placeholder-" + placeholder.name());
            tag.addClassName("mail-placeholder-tag");
            tag.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            tag.setEnabled(insertable);
            tag.addClickListener(click -> insert.accept(insertion(placeholder)));
            ListItem item = new ListItem(tag);
            if (placeholder.shape() != Placeholder.Shape.TEXT) {
                Span shape = new Span(getTranslation(placeholder.shape().labelKey()));
                shape.addClassNames("badge", "mail-placeholder-shape");
                item.add(shape);
            }
            if (placeholder.fields().isEmpty()) {
                Span sample = new Span(String.valueOf(placeholder.sample(language)));
                sample.addClassName("mail-placeholder-sample");
                item.add(sample);
            } else {
                item.add(list(placeholder.fields(), language, insertable, insert));
            }
            list.add(item);
        }
        return list;
    }

    /** What a click inserts: a value's tag, or a section ready to be filled. */
    static String insertion(Placeholder placeholder) {
        return switch (placeholder.shape()) {
            case TEXT -> "{{" + placeholder.name() + "}}";
            case OPTIONAL -> "{{#" + placeholder.name() + "}}{{" + placeholder.name() + "}}{{/" + placeholder.name() + "}}";
            case GROUP, LIST -> "{{#" + placeholder.name() + "}}\n{{/" + placeholder.name() + "}}";
        };
    }
}
