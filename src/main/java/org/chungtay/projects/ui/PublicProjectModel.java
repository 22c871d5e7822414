package org.chungtay.projects.ui;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.chungtay.ledger.ProjectFunding;
import org.chungtay.projects.ProjectMilestone;
import org.chungtay.projects.ProjectStatus;
import org.chungtay.projects.ProjectsNavigation;
import org.chungtay.projects.PublicProject;
import org.chungtay.shared.Money;
import org.chungtay.shared.ui.Formats;
import org.chungtay.shared.ui.PublicTemplates;
import org.springframework.stereotype.Component;

/**
 * The values the projects' public templates show, worked out here so that the templates stay logic-less: texts
 * translated, money and dates formatted in the page's language, addresses complete. Nothing here names a child:
 * a project's texts are what staff wrote for the public (the form reminds them).
 */
@Component
class PublicProjectModel {

    private final PublicTemplates templates;

    PublicProjectModel(PublicTemplates templates) {
        this.templates = templates;
    }

    Map<String, Object> list(HttpServletRequest request, Locale locale, List<PublicProject> projects) {
        Map<String, Object> model = templates.frame(request, locale,
                templates.translate(locale, "projects.public.list.page-title"), ProjectsNavigation.PUBLIC_LIST);
        model.put("has_cards", !projects.isEmpty());
        model.put("cards", cards(request.getContextPath(), locale, projects));
        return model;
    }

    /** The project cards of a list or of a campaign's section. */
    List<Map<String, Object>> cards(String contextPath, Locale locale, List<PublicProject> projects) {
        return projects.stream().map(project -> {
            Map<String, Object> card = new HashMap<>();
            card.put("slug", project.slug());
            card.put("url", contextPath + "/" + ProjectsNavigation.publicPage(project.slug()));
            card.put("title", project.title(locale));
            card.put("programme", templates.translate(locale, project.programme().labelKey()));
            card.put("status", templates.translate(locale, project.status().labelKey()));
            card.put("unit", project.fundUnitName());
            card.put("thermometer", thermometer(locale, "project-thermometer-" + project.slug(), project));
            return card;
        }).toList();
    }

    Map<String, Object> project(HttpServletRequest request, Locale locale, PublicProject project) {
        String address = ProjectsNavigation.publicPage(project.slug());
        String title = project.title(locale);
        Map<String, Object> model = templates.frame(request, locale,
                templates.translate(locale, "projects.public.page-title", title), address);
        DateTimeFormatter dates = DateTimeFormatter.ofPattern(templates.translate(locale, "format.date"));
        String base = request.getContextPath() + "/";
        model.put("title_text", title);
        model.put("programme", templates.translate(locale, project.programme().labelKey()));
        model.put("status", templates.translate(locale, project.status().labelKey()));
        model.put("status_class", "project-status-" + project.status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        model.put("unit", project.fundUnitName());
        model.put("description", project.description(locale));
        model.put("meta_description", project.description(locale));
        model.put("thermometer", thermometer(locale, "project-thermometer", project));
        model.put("budget_lines", project.budgetLines().stream().map(line -> Map.of(
                "label", line.label(locale), "amount", Formats.money(line.amount(), locale))).toList());
        model.put("target", Formats.money(project.target(), locale));
        model.put("has_milestones", !project.milestones().isEmpty());
        model.put("milestones", project.milestones().stream().map(milestone -> milestone(locale, dates, milestone))
                .toList());
        model.put("has_updates", !project.updates().isEmpty());
        model.put("updates", project.updates().stream().map(update -> {
            Map<String, Object> values = new HashMap<>();
            values.put("date", dates.format(update.publishedAt().atZone(org.chungtay.shared.VietnamTime.ZONE).toLocalDate()));
            values.put("text", update.text(locale));
            values.put("photos", update.photoTokens().stream()
                    .map(token -> Map.of("url", base + ProjectsNavigation.photo(token))).toList());
            return values;
        }).toList());
        model.put("handover", project.status() == ProjectStatus.COMPLETED && project.handover() != null
                ? Map.of("text", templates.translate(locale, "projects.public.handover.text",
                        dates.format(project.handover().on()), project.handover().receivedBy()),
                        "note", project.handover().note() == null ? "" : project.handover().note())
                : null);
        return model;
    }

    private Map<String, Object> milestone(Locale locale, DateTimeFormatter dates, ProjectMilestone milestone) {
        Map<String, Object> values = new HashMap<>();
        values.put("title", milestone.title(locale));
        values.put("due", templates.translate(locale, "projects.public.milestone.due", dates.format(milestone.dueOn())));
        values.put("status", milestone.late() ? templates.translate(locale, "projects.milestone.late")
                : templates.translate(locale, milestone.status().labelKey()));
        values.put("status_class", milestone.late() ? "project-milestone-late"
                : "project-milestone-" + milestone.status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        values.put("done", milestone.doneOn() == null ? null
                : templates.translate(locale, "projects.public.milestone.done", dates.format(milestone.doneOn())));
        return values;
    }

    /**
     * Received against the target in full colour, paid out in a lighter bar beneath, as SVG attributes (no
     * inline style), like the campaign thermometer.
     */
    private Map<String, Object> thermometer(Locale locale, String id, PublicProject project) {
        ProjectFunding funding = project.funding();
        Money target = project.target();
        Map<String, Object> thermometer = new HashMap<>();
        int received = perMille(funding.received(), target);
        int paid = perMille(funding.paidOut(), target);
        thermometer.put("id", id);
        thermometer.put("label", templates.translate(locale, "projects.public.thermometer.label"));
        thermometer.put("max", Long.toString(target.amount()));
        thermometer.put("now", Long.toString(funding.received().amount()));
        thermometer.put("value_text", templates.translate(locale, "projects.public.thermometer.value-text",
                String.valueOf(received / 10), String.valueOf(paid / 10)));
        thermometer.put("received_width", percent(received));
        thermometer.put("paid_width", percent(paid));
        thermometer.put("received", templates.translate(locale, "projects.public.thermometer.received",
                Formats.money(funding.received(), locale), String.valueOf(received / 10)));
        thermometer.put("paid", templates.translate(locale, "projects.public.thermometer.paid",
                Formats.money(funding.paidOut(), locale)));
        thermometer.put("target", templates.translate(locale, "projects.public.thermometer.target",
                Formats.money(target, locale)));
        return thermometer;
    }

    /** Per mille of the target, at most 1000 (the bar), at least 0. */
    static int perMille(Money part, Money whole) {
        if (whole == null || !whole.isPositive() || part == null || !part.isPositive()) {
            return 0;
        }
        return (int) Math.min(1000, java.math.BigInteger.valueOf(part.amount()).multiply(java.math.BigInteger.valueOf(1000))
                .divide(java.math.BigInteger.valueOf(whole.amount())).longValue());
    }

    private static String percent(int perMille) {
        return perMille / 10 + "." + perMille % 10 + "%";
    }
}
