package org.chungtay.donors;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PendingOptInRepository extends JpaRepository<PendingOptIn, Long> {

    List<PendingOptIn> findByTokenHash(String tokenHash);

    /**
     * Locked, so that two clicks on the same link at once confirm it once. Native, because the
     * MySQL dialect's "FOR UPDATE OF alias" is not understood by MariaDB.
     */
    @Query(value = "SELECT * FROM pending_opt_in WHERE token_hash = :tokenHash ORDER BY id FOR UPDATE",
            nativeQuery = true)
    List<PendingOptIn> lockByTokenHash(@Param("tokenHash") String tokenHash);

    @Modifying(flushAutomatically = true)
    @Query("update PendingOptIn p set p.donorId = :survivor where p.donorId = :merged")
    int moveTo(@Param("merged") long merged, @Param("survivor") long survivor);
}
