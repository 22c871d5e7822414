-- The staff pipeline pages newest first, filtered by status or campaign, in the database (PledgeList).
CREATE INDEX ix_pledge_created ON pledge (created_at, id);
CREATE INDEX ix_pledge_status_created ON pledge (status, created_at);
CREATE INDEX ix_pledge_campaign_created ON pledge (campaign_id, created_at);
