# Words every part of Purr uses: amount components and deadlines.
component-principal = Lacagta asalka ah
component-fees = Khidmado
component-interest = Dulsaar
total-due = Lacagta la bixinayo
due-date = Taariikhda la bixinayo
days-left =
    { $count ->
    [one] { $count } maalin ayaa harsan
   *[other] { $count } maalmood ayaa harsan
    }
