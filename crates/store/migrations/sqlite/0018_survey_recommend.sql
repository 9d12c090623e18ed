-- The portal survey's second, optional question after a claim is settled: how likely the debtor
-- is to recommend the creditor (0 to 10), the question the Net Promoter Score counts.
ALTER TABLE portal_survey ADD COLUMN recommend INTEGER CHECK (recommend IS NULL OR recommend BETWEEN 0 AND 10);
