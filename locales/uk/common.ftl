# Words every part of Purr uses: amount components and deadlines.
component-principal = Основна сума
component-fees = Збори
component-interest = Відсотки
total-due = До сплати
due-date = Термін оплати
days-left =
    { $count ->
    [one] Залишився { $count } день
    [few] Залишилося { $count } дні
    [many] Залишилося { $count } днів
   *[other] Залишилося { $count } дня
    }
