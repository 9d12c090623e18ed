# Words every part of Purr uses: amount components and deadlines.
component-principal = Kapitalbelopp
component-fees = Avgifter
component-interest = Ränta
total-due = Att betala
due-date = Förfallodag
days-left =
    { $count ->
    [one] { $count } dag kvar
   *[other] { $count } dagar kvar
    }
