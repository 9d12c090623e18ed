# Words every part of Purr uses: amount components and deadlines.
component-principal = ርእሰ ገንዘብ
component-fees = ክፍሊታት
component-interest = ወለድ
total-due = ዝኽፈል መጠን
due-date = ዕለተ ክፍሊት
days-left =
    { $count ->
    [one] { $count } መዓልቲ ተሪፉ
   *[other] { $count } መዓልታት ተሪፉ
    }
