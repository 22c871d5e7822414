package org.chungtay.projects;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProjectRepository extends JpaRepository<Project, Long> {

    Optional<Project> findBySlug(String slug);

    boolean existsBySlugAndIdNot(String slug, long id);

    List<Project> findByStatusInOrderByIdDesc(Collection<ProjectStatus> statuses);

    @Query("select p from Project p join p.campaignIds c where c = :campaignId and p.status in :statuses order by p.id")
    List<Project> findByCampaign(long campaignId, Collection<ProjectStatus> statuses);

    @Query("select p from Project p join p.budgetLines l where l.id = :lineId")
    Optional<Project> findByBudgetLine(long lineId);

    /** Projects under a path prefix in these states whose normalised titles contain the text. */
    @Query("""
            select p from Project p where p.fundUnitPath like concat(:path, '%') and p.status in :statuses
              and p.searchText like concat('%', :text, '%') order by p.id desc""")
    List<Project> searchPayable(String path, Collection<ProjectStatus> statuses, String text,
            org.springframework.data.domain.Pageable page);
}
