package org.chungtay.pledges;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PledgeRepository extends JpaRepository<Pledge, Long> {

    Optional<Pledge> findBySubmissionKeyHash(String submissionKeyHash);

    Optional<Pledge> findByAccessTokenHash(String accessTokenHash);

    boolean existsByReference(String reference);

    Optional<Pledge> findByReference(String reference);

    @Modifying(flushAutomatically = true)
    @Query("update Pledge p set p.donorId = :survivor where p.donorId = :merged")
    int repointDonor(@Param("merged") long merged, @Param("survivor") long survivor);
}
