package org.chungtay.communications;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Messages as entities, to read them; delivery writes through {@link OutboxStore}. */
interface EmailMessageRepository extends JpaRepository<EmailMessage, Long> {

    boolean existsByDedupKey(String dedupKey);

    Optional<EmailMessage> findByDedupKey(String dedupKey);
}
