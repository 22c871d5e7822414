package org.chungtay.pledges;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.chungtay.ledger.Designation;
import org.chungtay.ledger.GiftDesignations;
import org.chungtay.projects.ProjectService;
import org.chungtay.projects.ProjectUnit;
import org.chungtay.shared.Programme;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What each pledge's money is for, as the ledger books it (DD025): a direct sponsorship's payments pay for that
 * sponsorship; a pledge designated to a project, that project; one designated to a programme, that programme at
 * the pledge's unit; anything else, the unit's general fund. One query for a whole batch of payments.
 */
@Component
class PledgeDesignations implements GiftDesignations {

    private final JdbcClient jdbc;
    private final ProjectService projects;

    PledgeDesignations(JdbcClient jdbc, ProjectService projects) {
        this.jdbc = jdbc;
        this.projects = projects;
    }

    @Override
    public Map<Long, Designation> of(Collection<Long> pledgeIds) {
        Map<Long, Designation> designations = new HashMap<>();
        if (pledgeIds.isEmpty()) {
            return designations;
        }
        Map<Long, Long> projectOf = new HashMap<>();
        jdbc.sql("SELECT id, project_id FROM pledge WHERE id IN (:ids) AND project_id IS NOT NULL")
                .param("ids", pledgeIds).query(row -> {
                    projectOf.put(row.getLong("id"), row.getLong("project_id"));
                });
        Map<Long, ProjectUnit> units = projectOf.isEmpty() ? Map.of() : projects.unitsOf(projectOf.values());
        jdbc.sql("SELECT id, kind, programme, project_id FROM pledge WHERE id IN (:ids)").param("ids", pledgeIds)
                .query(row -> {
                    long id = row.getLong("id");
                    String programmeName = row.getString("programme");
                    Programme programme = programmeName == null ? null : Programme.valueOf(programmeName);
                    Long projectId = row.getObject("project_id", Long.class);
                    Designation designation;
                    if (PledgeKind.valueOf(row.getString("kind")) == PledgeKind.DIRECT_SPONSORSHIP) {
                        designation = Designation.sponsorship(id);
                    } else if (projectId != null && units.containsKey(projectId)) {
                        ProjectUnit unit = units.get(projectId);
                        designation = Designation.project(projectId, programme, unit.fundUnitId(), unit.fundUnitPath());
                    } else if (programme != null) {
                        designation = Designation.programme(programme);
                    } else {
                        designation = Designation.GENERAL;
                    }
                    designations.put(id, designation);
                });
        return designations;
    }
}
