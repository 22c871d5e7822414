package org.chungtay.communications;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EditedTemplateVersionRepository extends JpaRepository<EditedTemplateVersion, Long> {

    List<EditedTemplateVersion> findByTemplateIdOrderByVersionDesc(long templateId);

    Optional<EditedTemplateVersion> findByTemplateIdAndVersion(long templateId, int version);

    /** The id of the version in use, without its texts: rendering reads the texts only for a version it has not compiled. */
    @Query("""
            SELECT v.id FROM EditedTemplateVersion v, EditedTemplate t
            WHERE v.templateId = t.id AND t.kind = :kind AND t.language = :language AND v.version = t.currentVersion""")
    Optional<Long> findCurrentId(MessageKind kind, String language);
}
