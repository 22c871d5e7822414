package org.chungtay.communications;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EditedTemplateRepository extends JpaRepository<EditedTemplate, Long> {

    Optional<EditedTemplate> findByKindAndLanguage(MessageKind kind, String language);

    /**
     * The template, locked until this transaction ends: versions are added one at a time. Plain SQL:
     * Hibernate's MySQL dialect writes FOR UPDATE OF, which MariaDB does not know.
     */
    @Query(value = "SELECT * FROM mail_template WHERE kind = :kind AND language = :language FOR UPDATE",
            nativeQuery = true)
    Optional<EditedTemplate> lockByKindAndLanguage(String kind, String language);
}
