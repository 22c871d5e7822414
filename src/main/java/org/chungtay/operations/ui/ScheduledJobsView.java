package org.chungtay.operations.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import org.chungtay.operations.ScheduledJob;
import org.chungtay.operations.ScheduledJobs;
import org.chungtay.shared.Role;
import org.chungtay.shared.ui.Formats;
import org.chungtay.shared.ui.Notices;
import org.chungtay.shared.ui.ViewHeader;

/**
 * The scheduled jobs, for administrators: what each does, when it runs next, how its last run went; pause,
 * resume, or run one now (audited). One row a job, two text columns and the buttons, so it fits a phone.
 */
@Route(ScheduledJobsView.ROUTE)
@Menu(order = 92, title = "jobs.menu", icon = "vaadin:clock")
@RolesAllowed(Role.Names.ADMIN)
class ScheduledJobsView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    static final String ROUTE = "staff/jobs";

    private final transient ScheduledJobs jobs;
    private final Grid<ScheduledJob> grid = new Grid<>();

    ScheduledJobsView(ScheduledJobs jobs) {
        this.jobs = jobs;
        setId("scheduled-jobs-view");
        addClassName("scheduled-jobs-view");
        grid.setId("scheduled-jobs");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(this::what).setHeader(getTranslation("jobs.column.job")).setFlexGrow(2);
        grid.addComponentColumn(this::when).setHeader(getTranslation("jobs.column.runs")).setFlexGrow(1);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        Button refresh = new Button(getTranslation("jobs.action.refresh"), click -> refresh());
        refresh.setId("scheduled-jobs-refresh");
        add(new ViewHeader(getTranslation("jobs.title")), new Paragraph(getTranslation("jobs.intro")), refresh, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    private void refresh() {
        grid.setItems(jobs.jobs());
    }

    /** The job's name and purpose, and whether it is paused. */
    private Component what(ScheduledJob job) {
        Div what = new Div();
        what.addClassName("scheduled-job");
        what.getElement().setAttribute("data-job", job.group() + "." + job.name());
        Span name = new Span(getTranslation(job.labelKey()));
        name.addClassName("scheduled-job-name");
        Span state = new Span(getTranslation(job.paused() ? "jobs.state.paused"
                : job.running() ? "jobs.state.running" : "jobs.state.scheduled"));
        state.addClassNames("badge", "scheduled-job-state", job.paused() ? "badge-neutral" : "badge-success");
        what.add(name, state);
        return what;
    }

    /** When it runs next, and when and how it last ran. */
    private Component when(ScheduledJob job) {
        Div when = new Div();
        when.addClassName("scheduled-job-runs");
        when.getElement().setAttribute("data-job", job.group() + "." + job.name());
        Span next = new Span(getTranslation("jobs.next", job.nextRun() == null ? getTranslation("jobs.next.none")
                : Formats.dateTime(this, job.nextRun())));
        next.addClassName("scheduled-job-next");
        Span last = new Span(lastRun(job));
        last.addClassName("scheduled-job-last");
        if (Boolean.FALSE.equals(job.lastSucceeded())) {
            last.addClassName("scheduled-job-failed");
        }
        when.add(next, last);
        return when;
    }

    private String lastRun(ScheduledJob job) {
        if (job.lastStarted() == null) {
            return getTranslation("jobs.last.never");
        }
        if (job.running()) {
            return getTranslation("jobs.last.running", Formats.dateTime(this, job.lastStarted()));
        }
        return Boolean.TRUE.equals(job.lastSucceeded())
                ? getTranslation("jobs.last.succeeded", Formats.dateTime(this, job.lastFinished()))
                : getTranslation("jobs.last.failed", Formats.dateTime(this, job.lastFinished()),
                        job.lastProblem() == null ? "" : job.lastProblem());
    }

    private Component actions(ScheduledJob job) {
        Button pause = new Button(getTranslation(job.paused() ? "jobs.action.resume" : "jobs.action.pause"),
                click -> Notices.attempt(() -> {
                    if (job.paused()) {
                        jobs.resume(job.id());
                        Notices.success("jobs.resumed", getTranslation(job.labelKey()));
                    } else {
                        jobs.pause(job.id());
                        Notices.success("jobs.paused", getTranslation(job.labelKey()));
                    }
                    refresh();
                }));
        pause.addThemeVariants(ButtonVariant.LUMO_SMALL);
        pause.addClassName("scheduled-job-pause");
        Button runNow = new Button(getTranslation("jobs.action.run-now"), click -> confirmRunNow(job));
        runNow.addThemeVariants(ButtonVariant.LUMO_SMALL);
        runNow.addClassName("scheduled-job-run-now");
        Div actions = new Div(pause, runNow);
        actions.addClassName("scheduled-job-actions");
        actions.getElement().setAttribute("data-job", job.group() + "." + job.name());
        return actions;
    }

    private void confirmRunNow(ScheduledJob job) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("scheduled-job-run-now-confirm");
        dialog.setHeader(getTranslation("jobs.run-now.title", getTranslation(job.labelKey())));
        dialog.setText(getTranslation("jobs.run-now.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("jobs.action.run-now"));
        dialog.addConfirmListener(confirmed -> Notices.attempt(() -> {
            jobs.runNow(job.id());
            Notices.success("jobs.started", getTranslation(job.labelKey()));
            refresh();
        }));
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("jobs.title");
    }
}
