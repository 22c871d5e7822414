package org.chungtay.donors;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DonorClaimRepository extends JpaRepository<DonorClaim, Long> {

    List<DonorClaim> findByDonorIdAndStatusOrderBySubmittedAtAsc(long donorId, ClaimStatus status);

    List<DonorClaim> findByIdInAndStatus(Collection<Long> ids, ClaimStatus status);

    @Modifying(flushAutomatically = true)
    @Query("update DonorClaim c set c.donorId = :survivor where c.donorId = :merged")
    int moveTo(@Param("merged") long merged, @Param("survivor") long survivor);
}
