# Words every part of Purr uses: amount components and deadlines.
component-principal = Hovedstol
component-fees = Gebyrer
component-interest = Renter
total-due = At betale
due-date = Forfaldsdato
days-left =
    { $count ->
    [one] { $count } dag tilbage
   *[other] { $count } dage tilbage
    }
