package org.chungtay.campaigns;

import org.chungtay.shared.Picture;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Cover pictures, one row per campaign in their own table, so that reading a campaign never loads its
 * picture. Plain JDBC: the bytes go in and out as they are.
 */
@Component
class CampaignCovers {

    private final JdbcClient jdbc;

    CampaignCovers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Picture> find(long campaignId) {
        return jdbc.sql("SELECT content_type, image_bytes FROM campaign_cover WHERE campaign_id = ?")
                .param(campaignId)
                .query((row, number) -> new Picture(row.getString(1), row.getBytes(2)))
                .optional();
    }

    boolean exists(long campaignId) {
        return jdbc.sql("SELECT COUNT(*) FROM campaign_cover WHERE campaign_id = ?").param(campaignId)
                .query(Long.class).single() > 0;
    }

    Set<Long> withCover(Collection<Long> campaignIds) {
        if (campaignIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT campaign_id FROM campaign_cover WHERE campaign_id IN (:ids)")
                .param("ids", campaignIds).query(Long.class).list());
    }

    void save(long campaignId, Picture image, Instant now) {
        delete(campaignId);
        jdbc.sql("INSERT INTO campaign_cover (campaign_id, content_type, image_bytes, updated_at) VALUES (?, ?, ?, ?)")
                .params(campaignId, image.contentType(), image.bytes(), now)
                .update();
    }

    void delete(long campaignId) {
        jdbc.sql("DELETE FROM campaign_cover WHERE campaign_id = ?").param(campaignId).update();
    }

    void copy(long fromCampaignId, long toCampaignId, Instant now) {
        jdbc.sql("""
                INSERT INTO campaign_cover (campaign_id, content_type, image_bytes, updated_at)
                SELECT ?, content_type, image_bytes, ? FROM campaign_cover WHERE campaign_id = ?""")
                .params(toCampaignId, now, fromCampaignId)
                .update();
    }
}
