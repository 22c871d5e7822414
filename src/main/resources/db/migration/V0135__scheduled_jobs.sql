-- The portal's Quartz jobs as staff see them: one row per job, with how its last run went on whichever
-- node ran it (Quartz keeps the next and previous fire times, not the outcome). The id names the job in
-- the audit trail when an administrator pauses, resumes or runs it.
CREATE TABLE scheduled_job (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  job_group VARCHAR(190) NOT NULL,
  job_name VARCHAR(190) NOT NULL,
  last_started_at DATETIME(6) NULL,
  last_finished_at DATETIME(6) NULL,
  last_succeeded BOOLEAN NULL,
  last_problem VARCHAR(500) NULL,
  last_node VARCHAR(200) NULL,
  CONSTRAINT uq_scheduled_job_key UNIQUE (job_group, job_name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
