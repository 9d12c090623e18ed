# Words every part of Purr uses: amount components and deadlines.
component-principal = Pagrindinė suma
component-fees = Mokesčiai
component-interest = Palūkanos
total-due = Mokėtina suma
due-date = Mokėjimo terminas
days-left =
    { $count ->
    [one] Liko { $count } diena
    [few] Liko { $count } dienos
    [many] Liko { $count } dienos
   *[other] Liko { $count } dienų
    }
