package org.chungtay.communications;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inline styles for the plain tags of a template's HTML part, so that fund managers write {@code <p>},
 * {@code <h2>}, {@code <a>}, lists and simple tables, and the message still looks like the layout in mail
 * clients that ignore style sheets (many do, and some phone apps drop {@code <style>} altogether). A tag
 * that has a {@code style} of its own keeps it; a link with {@code class="button"} becomes a button.
 */
final class MailHtml {

    static final String FONT = "font-family:Arial,Helvetica,sans-serif;";
    static final String BUTTON = FONT + "display:inline-block;padding:12px 22px;background:#c2410c;color:#ffffff;"
            + "font-size:16px;font-weight:bold;text-decoration:none;border-radius:6px;";
    private static final String LINK = "color:#b43c0b;text-decoration:underline;";
    private static final Map<String, String> STYLES = Map.ofEntries(
            Map.entry("p", "margin:0 0 16px;"),
            Map.entry("h1", FONT + "margin:0 0 16px;font-size:22px;line-height:1.3;color:#1f2937;"),
            Map.entry("h2", FONT + "margin:24px 0 12px;font-size:19px;line-height:1.3;color:#1f2937;"),
            Map.entry("h3", FONT + "margin:20px 0 8px;font-size:17px;line-height:1.3;color:#1f2937;"),
            Map.entry("ul", "margin:0 0 16px;padding:0 0 0 22px;"),
            Map.entry("ol", "margin:0 0 16px;padding:0 0 0 22px;"),
            Map.entry("li", "margin:0 0 6px;"),
            Map.entry("table", "border-collapse:collapse;margin:0 0 16px;width:100%;"),
            Map.entry("th", FONT + "text-align:left;vertical-align:top;padding:6px 12px 6px 0;font-size:15px;"
                    + "color:#6b7280;font-weight:normal;border-bottom:1px solid #eee4d8;"),
            Map.entry("td", FONT + "text-align:left;vertical-align:top;padding:6px 0;font-size:15px;color:#1f2937;"
                    + "border-bottom:1px solid #eee4d8;"),
            Map.entry("blockquote", "margin:0 0 16px;padding:8px 16px;border-left:4px solid #f4c9a8;background:#fff7ed;"),
            Map.entry("hr", "border:none;border-top:1px solid #eee4d8;margin:24px 0;"),
            Map.entry("small", "font-size:13px;color:#6b7280;"));
    private static final Pattern OPENING_TAG = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)(\\s[^<>]*?)?(/?)>");
    private static final Pattern HAS_STYLE = Pattern.compile("(?i)\\sstyle\\s*=");
    private static final Pattern BUTTON_CLASS = Pattern.compile("(?i)\\sclass\\s*=\\s*[\"']?button[\"'\\s]");

    private MailHtml() {
    }

    static String inlineStyles(String html) {
        Matcher tag = OPENING_TAG.matcher(html);
        StringBuilder styled = new StringBuilder(html.length() + html.length() / 4);
        while (tag.find()) {
            String name = tag.group(1).toLowerCase(java.util.Locale.ROOT);
            String attributes = tag.group(2) == null ? "" : tag.group(2);
            String style = "a".equals(name) ? (BUTTON_CLASS.matcher(attributes + " ").find() ? BUTTON : LINK)
                    : STYLES.get(name);
            String replacement = style == null || HAS_STYLE.matcher(attributes).find() ? tag.group()
                    : "<" + tag.group(1) + attributes + " style=\"" + style + "\"" + tag.group(3) + ">";
            tag.appendReplacement(styled, Matcher.quoteReplacement(replacement));
        }
        tag.appendTail(styled);
        return styled.toString();
    }
}
