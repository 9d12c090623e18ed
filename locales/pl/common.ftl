# Words every part of Purr uses: amount components and deadlines.
component-principal = Kwota główna
component-fees = Opłaty
component-interest = Odsetki
total-due = Do zapłaty
due-date = Termin płatności
days-left =
    { $count ->
    [one] Został { $count } dzień
    [few] Zostały { $count } dni
    [many] Zostało { $count } dni
   *[other] Zostało { $count } dnia
    }
