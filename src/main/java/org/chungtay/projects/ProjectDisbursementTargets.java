package org.chungtay.projects;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.chungtay.ledger.DisbursementTarget;
import org.chungtay.ledger.DisbursementTargets;
import org.chungtay.ledger.Purpose;
import org.chungtay.shared.FundScope;
import org.chungtay.shared.Role;
import org.chungtay.shared.SearchText;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The budget lines of projects as the ledger pays to them (PROJECT): one target per line, labelled "project
 * title — budget line" in both languages, capped at the line's amount, linking the project's public page. Only
 * projects that are funded or in progress may be paid to ({@link ProjectStatus#isPayable()}, DD027), and only
 * within the caller's subtree.
 */
@Service
@Transactional(readOnly = true)
public class ProjectDisbursementTargets implements DisbursementTargets {

    private static final Set<ProjectStatus> PAYABLE = EnumSet.of(ProjectStatus.FUNDED, ProjectStatus.IN_PROGRESS);

    private final ProjectRepository projects;

    ProjectDisbursementTargets(ProjectRepository projects) {
        this.projects = projects;
    }

    @Override
    @PreAuthorize(Role.ANY_STAFF)
    public Set<Purpose> purposes() {
        return Set.of(Purpose.PROJECT);
    }

    @Override
    @PreAuthorize(ProjectService.READERS)
    public List<DisbursementTarget> search(Purpose purpose, String text, int limit) {
        if (purpose != Purpose.PROJECT || limit <= 0) {
            return List.of();
        }
        List<DisbursementTarget> targets = new ArrayList<>();
        for (Project project : projects.searchPayable(FundScope.subtreePath(), PAYABLE,
                SearchText.normalise(text == null ? "" : text), PageRequest.of(0, limit))) {
            for (ProjectBudgetLine line : project.budgetLines()) {
                if (targets.size() < limit) {
                    targets.add(target(project, line));
                }
            }
        }
        return targets;
    }

    @Override
    @PreAuthorize(ProjectService.READERS)
    public Optional<DisbursementTarget> find(Purpose purpose, long id) {
        if (purpose != Purpose.PROJECT) {
            return Optional.empty();
        }
        return projects.findByBudgetLine(id)
                .filter(project -> PAYABLE.contains(project.status()))
                .filter(project -> FundScope.contains(project.fundUnitPath()))
                .flatMap(project -> project.budgetLines().stream().filter(line -> line.id() == id).findFirst()
                        .map(line -> target(project, line)));
    }

    static DisbursementTarget target(Project project, ProjectBudgetLine line) {
        String titleEn = project.titleEn() == null ? project.titleVi() : project.titleEn();
        String labelEn = line.labelEn() == null ? line.labelVi() : line.labelEn();
        return new DisbursementTarget(Purpose.PROJECT, line.id(), project.fundUnitId(), project.fundUnitPath(),
                project.programme(), project.id(), null, null, project.titleVi() + " — " + line.labelVi(),
                titleEn + " — " + labelEn, line.amount(), ProjectsNavigation.publicPage(project.slug()));
    }
}
