package org.chungtay.donors;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DonorRepository extends JpaRepository<Donor, Long> {

    Optional<Donor> findByTaxCode(String taxCode);

    /** Only individuals have an email of their own; organisations reach people through contacts. */
    Optional<Donor> findByEmail(String email);

    /** Keeps merges one step deep: what pointed at the merged record now points at the survivor. */
    @Modifying(flushAutomatically = true)
    @Query("update Donor d set d.mergedIntoId = :survivor where d.mergedIntoId = :merged")
    int repointMerged(@Param("merged") long merged, @Param("survivor") long survivor);
}
