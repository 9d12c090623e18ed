# Words every part of Purr uses: amount components and deadlines.
component-principal = Основная сумма
component-fees = Сборы
component-interest = Проценты
total-due = К оплате
due-date = Срок оплаты
days-left =
    { $count ->
    [one] Остался { $count } день
    [few] Осталось { $count } дня
    [many] Осталось { $count } дней
   *[other] Осталось { $count } дня
    }
