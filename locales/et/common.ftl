# Words every part of Purr uses: amount components and deadlines.
component-principal = Põhisumma
component-fees = Tasud
component-interest = Intress
total-due = Tasumisele kuulub
due-date = Maksetähtaeg
days-left =
    { $count ->
    [one] { $count } päev jäänud
   *[other] { $count } päeva jäänud
    }
