# Words every part of Purr uses: amount components and deadlines.
component-principal = Pääoma
component-fees = Maksut
component-interest = Korko
total-due = Maksettavaa
due-date = Eräpäivä
days-left =
    { $count ->
    [one] { $count } päivä jäljellä
   *[other] { $count } päivää jäljellä
    }
