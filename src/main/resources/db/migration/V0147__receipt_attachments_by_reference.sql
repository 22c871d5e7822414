-- A receipt's PDF is not stored with its email: the file names the receipt, and the dispatcher renders it as it
-- sends (a receipt is immutable, so the PDF is the one decided). A statement of 47,000 payments would otherwise
-- store about 2 GB of PDFs here (DD021). Either content or receipt_id is set.
ALTER TABLE email_attachment MODIFY content LONGBLOB NULL;
ALTER TABLE email_attachment ADD COLUMN receipt_id BIGINT NULL;
