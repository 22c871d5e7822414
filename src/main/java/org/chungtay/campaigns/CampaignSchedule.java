package org.chungtay.campaigns;

import java.time.LocalDate;

import org.chungtay.shared.SystemActor;
import org.chungtay.shared.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * The work of the campaigns' scheduled jobs ({@link CampaignJobs}), done as the system for the whole
 * fund tree. Both are idempotent: a second run on the same day finds nothing left to do, so a retry
 * after a crash or a run at start-up is harmless.
 */
@Component
class CampaignSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(CampaignSchedule.class);

    private final CampaignService campaigns;

    CampaignSchedule(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    /** Opens and closes the campaigns due on a day in Vietnam. */
    DueCampaigns openAndCloseDue(LocalDate today) {
        DueCampaigns due = SystemActor.call(() -> campaigns.openAndCloseDue(today));
        if (!due.opened().isEmpty() || !due.closed().isEmpty() || !due.failed().isEmpty()) {
            LOG.info("Campaigns on {}: opened {}, closed {}, could not open {}", today, due.opened(), due.closed(),
                    due.failed());
        }
        return due;
    }

    /**
     * Prepares the drafts of the yearly campaigns whose window opens soon. Each draft is prepared in a
     * transaction of its own, so that one that fails, or that another node or person prepared a moment
     * earlier (the unique occasion of the database refuses the second), does not hold up the others.
     *
     * @return how many drafts were prepared
     */
    int prepareUpcoming(LocalDate today) {
        return SystemActor.call(() -> {
            int prepared = 0;
            for (OccasionToPrepare occasion : campaigns.occasionsToPrepare(today)) {
                try {
                    if (campaigns.prepareForOccasion(occasion.sourceCampaignId(), occasion.occasionYear()).isPresent()) {
                        prepared++;
                    }
                } catch (UserFacingException | DataIntegrityViolationException problem) {
                    LOG.info("Not preparing {} {} for fund unit {}: {}", occasion.kind(), occasion.occasionYear(),
                            occasion.fundUnitId(), problem.getMessage());
                }
            }
            if (prepared > 0) {
                LOG.info("Campaign calendar prepared {} draft(s) on {}", prepared, today);
            }
            return prepared;
        });
    }
}
