# Words every part of Purr uses: amount components and deadlines.
component-principal = Hovudstol
component-fees = Gebyr
component-interest = Renter
total-due = Å betale
due-date = Forfallsdato
days-left =
    { $count ->
    [one] { $count } dag att
   *[other] { $count } dagar att
    }
