# Words every part of Purr uses: amount components and deadlines.
component-principal = Principal
component-fees = Fees
component-interest = Interest
total-due = Amount due
due-date = Due date
days-left =
    { $count ->
    [one] { $count } day left
   *[other] { $count } days left
    }
