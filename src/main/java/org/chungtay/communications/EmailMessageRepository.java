package org.chungtay.communications;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EmailMessageRepository extends JpaRepository<EmailMessage, Long> {

    boolean existsByDedupKey(String dedupKey);

    Optional<EmailMessage> findByDedupKey(String dedupKey);

    /** Due messages, locked for this transaction; rows another node holds are skipped, not waited for. */
    @Query(value = """
            SELECT id FROM email_message WHERE status = 'QUEUED' AND next_attempt_at <= :now
            ORDER BY next_attempt_at LIMIT :limit FOR UPDATE SKIP LOCKED""", nativeQuery = true)
    List<Long> lockDue(Instant now, int limit);
}
