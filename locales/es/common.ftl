# Words every part of Purr uses: amount components and deadlines.
component-principal = Importe principal
component-fees = Gastos
component-interest = Intereses
total-due = Importe a pagar
due-date = Fecha de vencimiento
days-left =
    { $count ->
    [one] Queda { $count } día
   *[other] Quedan { $count } días
    }
