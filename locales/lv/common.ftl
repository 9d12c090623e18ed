# Words every part of Purr uses: amount components and deadlines.
component-principal = Pamatsumma
component-fees = Maksas
component-interest = Procenti
total-due = Maksājamā summa
due-date = Maksājuma termiņš
days-left =
    { $count ->
    [zero] Atlikušas { $count } dienas
    [one] Atlikusi { $count } diena
   *[other] Atlikušas { $count } dienas
    }
