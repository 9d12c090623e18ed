# Words every part of Purr uses: amount components and deadlines.
component-principal = Anapara
component-fees = Ücretler
component-interest = Faiz
total-due = Ödenecek tutar
due-date = Son ödeme tarihi
days-left =
    { $count ->
    [one] { $count } gün kaldı
   *[other] { $count } gün kaldı
    }
