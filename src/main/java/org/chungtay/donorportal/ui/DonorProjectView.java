package org.chungtay.donorportal.ui;

import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;

import org.chungtay.donorportal.DonorPortalNavigation;
import org.chungtay.projects.DonorProjectDetails;
import org.chungtay.projects.ProjectMilestone;
import org.chungtay.projects.ProjectService;
import org.chungtay.projects.ProjectUpdate;
import org.chungtay.shared.DonorPrincipal;
import org.chungtay.shared.ui.Formats;

/**
 * A project the signed-in donor funded (issue 10): what it is, what they gave and what it received and spent, its
 * milestones, its updates for the public and for its donors with their photos (served within the donor's session,
 * never by a public address), and the handover once completed. Any other slug is "not found", the same page as a
 * slug that does not exist.
 */
@Route(value = DonorPortalNavigation.PROJECT + "/:slug", layout = DonorLayout.class)
@RolesAllowed(DonorPrincipal.ROLE)
class DonorProjectView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient ProjectService projects;
    private String title = "";

    DonorProjectView(ProjectService projects) {
        this.projects = projects;
        addClassNames("donor-view", "donor-project");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        DonorProjectDetails project = projects.myProject(slug).orElseThrow(NotFoundException::new);
        Locale locale = getLocale();
        removeAll();
        title = project.title(locale);
        H1 heading = new H1(title);
        heading.setId("donor-project-title");
        Anchor back = new Anchor(DonorPortalNavigation.WHERE_IT_WENT, getTranslation("donor-portal.project.back"));
        back.setId("donor-project-back");
        Span given = new Span(project.given().format(locale));
        given.setId("donor-project-given");
        DescriptionList facts = new DescriptionList();
        facts.addClassName("donor-facts");
        facts.add(new DescriptionList.Term(getTranslation("donor-portal.project.status")),
                new DescriptionList.Description(getTranslation(project.status().labelKey())),
                new DescriptionList.Term(getTranslation("donor-portal.project.unit")),
                new DescriptionList.Description(project.fundUnitName()),
                new DescriptionList.Term(getTranslation("donor-portal.project.given")),
                new DescriptionList.Description(given),
                new DescriptionList.Term(getTranslation("donor-portal.project.target")),
                new DescriptionList.Description(project.target().format(locale)),
                new DescriptionList.Term(getTranslation("donor-portal.project.received")),
                new DescriptionList.Description(project.funding().received().format(locale)),
                new DescriptionList.Term(getTranslation("donor-portal.project.paid-out")),
                new DescriptionList.Description(project.funding().paidOut().format(locale)));
        Paragraph description = new Paragraph(project.description(locale));
        description.addClassName("donor-text");
        add(back, heading, facts, description, milestones(project, locale));
        if (project.handover() != null) {
            Section handover = new Section(new H2(getTranslation("donor-portal.project.handover")),
                    new Paragraph(getTranslation("donor-portal.project.handover-text",
                            Formats.date(this, project.handover().on()), project.handover().receivedBy())));
            handover.setId("donor-project-handover");
            if (project.handover().note() != null && !project.handover().note().isBlank()) {
                handover.add(new Paragraph(project.handover().note()));
            }
            add(handover);
        }
        add(updates(project, slug, locale));
    }

    private Section milestones(DonorProjectDetails project, Locale locale) {
        Section section = new Section(new H2(getTranslation("donor-portal.project.milestones")));
        section.setId("donor-project-milestones");
        if (project.milestones().isEmpty()) {
            section.add(new Paragraph(getTranslation("donor-portal.project.milestones-none")));
            return section;
        }
        UnorderedList list = new UnorderedList();
        int n = 0;
        for (ProjectMilestone milestone : project.milestones()) {
            String when = milestone.doneOn() != null
                    ? getTranslation("donor-portal.project.milestone-done", Formats.date(this, milestone.doneOn()))
                    : getTranslation("donor-portal.project.milestone-due", Formats.date(this, milestone.dueOn()));
            ListItem item = new ListItem(milestone.title(locale) + " — " + getTranslation(milestone.status().labelKey())
                    + " · " + when + (milestone.late() ? " · " + getTranslation("donor-portal.project.late") : ""));
            item.setId("donor-project-milestone-" + (++n));
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private Section updates(DonorProjectDetails project, String slug, Locale locale) {
        Section section = new Section(new H2(getTranslation("donor-portal.project.updates")));
        section.setId("donor-project-updates");
        if (project.updates().isEmpty()) {
            section.add(new Paragraph(getTranslation("donor-portal.project.updates-none")));
        }
        int n = 0;
        for (ProjectUpdate update : project.updates()) {
            Div card = new Div();
            card.addClassNames("donor-card", "donor-project-update");
            card.setId("donor-project-update-" + (++n));
            Span when = new Span(Formats.dateTime(this, update.publishedAt()) + " · "
                    + getTranslation(update.visibility().labelKey()));
            when.addClassName("donor-meta");
            Paragraph text = new Paragraph(update.text(locale));
            text.addClassName("donor-text");
            card.add(when, text);
            Div photos = new Div();
            photos.addClassName("donor-photos");
            for (String token : update.photoTokens()) {
                Image photo = new Image((DownloadHandler) download -> {
                    // Read again at each request, as the signed-in donor, so that nothing is served once the
                    // session ends or for a project they did not fund.
                    var picture = projects.myPhoto(slug, token).orElseThrow();
                    byte[] content = picture.bytes();
                    download.setContentType(picture.contentType());
                    download.setContentLength(content.length);
                    download.getOutputStream().write(content);
                }, getTranslation("donor-portal.project.photo"));
                photo.addClassName("donor-photo");
                photos.add(photo);
            }
            if (!update.photoTokens().isEmpty()) {
                card.add(photos);
            }
            section.add(card);
        }
        return section;
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("donor-portal.project.title") : title;
    }
}
