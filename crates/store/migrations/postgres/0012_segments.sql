-- Segments and experiments (issue 5). Staff can flag a debtor as in financial hardship (a
-- segment rule reads it); an experiment names the ladder it varies: the debtor kind and segment
-- key of `creditor_strategies` ('' for the ladder of every segment).
ALTER TABLE debtors ADD COLUMN hardship BIGINT NOT NULL DEFAULT 0 CHECK (hardship IN (0, 1));
ALTER TABLE experiments ADD COLUMN debtor TEXT NOT NULL DEFAULT 'consumer' CHECK (debtor IN ('consumer', 'business'));
ALTER TABLE experiments ADD COLUMN segment TEXT NOT NULL DEFAULT '';
