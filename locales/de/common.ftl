# Words every part of Purr uses: amount components and deadlines.
component-principal = Hauptforderung
component-fees = Gebühren
component-interest = Zinsen
total-due = Zu zahlen
due-date = Fälligkeitsdatum
days-left =
    { $count ->
    [one] noch { $count } Tag
   *[other] noch { $count } Tage
    }
