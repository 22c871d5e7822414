package org.chungtay.donors;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ConsentEventRepository extends JpaRepository<ConsentEvent, Long> {

    /** Newest first; within one instant, the later insert first. */
    List<ConsentEvent> findByDonorIdOrderByOccurredAtDescIdDesc(long donorId);

    Optional<ConsentEvent> findFirstByDonorIdAndCategoryOrderByOccurredAtDescIdDesc(long donorId,
            ConsentCategory category);

    @Modifying(flushAutomatically = true)
    @Query("update ConsentEvent e set e.donorId = :survivor where e.donorId = :merged")
    int moveTo(@Param("merged") long merged, @Param("survivor") long survivor);
}
