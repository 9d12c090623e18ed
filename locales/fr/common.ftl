# Words every part of Purr uses: amount components and deadlines.
component-principal = Montant principal
component-fees = Frais
component-interest = Intérêts
total-due = Montant à payer
due-date = Date d’échéance
days-left =
    { $count ->
    [one] { $count } jour restant
   *[other] { $count } jours restants
    }
