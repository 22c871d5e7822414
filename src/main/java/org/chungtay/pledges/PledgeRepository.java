package org.chungtay.pledges;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PledgeRepository extends JpaRepository<Pledge, Long> {

    Optional<Pledge> findBySubmissionKeyHash(String submissionKeyHash);

    Optional<Pledge> findByAccessTokenHash(String accessTokenHash);

    boolean existsByReference(String reference);
}
