-- The refund queue reads the credit entries (money held for a debtor after an overpayment)
-- without scanning the rest of the ledger.
CREATE INDEX ledger_credit_by_claim ON ledger_entries (creditor_id, claim_id) WHERE component = 'credit';
