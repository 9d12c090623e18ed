# Words every part of Purr uses: amount components and deadlines.
component-principal = Hovedstol
component-fees = Gebyrer
component-interest = Renter
total-due = Å betale
due-date = Forfallsdato
days-left =
    { $count ->
    [one] { $count } dag igjen
   *[other] { $count } dager igjen
    }
