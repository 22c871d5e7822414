package org.chungtay.pledges;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PledgeRepository extends JpaRepository<Pledge, Long> {

    Optional<Pledge> findBySubmissionKey(String submissionKey);

    Optional<Pledge> findByAccessToken(String accessToken);

    boolean existsByReference(String reference);

    List<Pledge> findByFundUnitPathStartingWithOrderByCreatedAtDesc(String pathPrefix);
}
