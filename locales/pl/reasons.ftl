# Uzasadnienia reguł prawnych (opłaty, odsetki, terminy) dla dłużnika, prostymi słowami.
# Jedna wiadomość na regułę: reason-<identyfikator reguły z "-" zamiast ".">. Przepis jest pokazany osobno.

reason-se-interest-period =
    { $days ->
        [one] { $days } dzień
       *[other] { $days } dni
    } (od { $from } do { $to }) według stopy { $rate } % (stopa referencyjna { $reference } % + 8) od kwoty { $principal }, podstawa dni { $basis }: { $amount }.
reason-no-interest-period =
    { $days ->
        [one] { $days } dzień
       *[other] { $days } dni
    } (od { $from } do { $to }) według norweskiej stopy odsetek za zwłokę { $rate } % od kwoty { $principal }, podstawa dni { $basis }: { $amount }.
reason-interest-contract-period =
    { $days ->
        [one] { $days } dzień
       *[other] { $days } dni
    } (od { $from } do { $to }) według uzgodnionej stopy { $rate } % od kwoty { $principal }, podstawa dni { $basis }: { $amount }.
reason-se-interest-start-due = Termin płatności { $due } był uzgodniony, więc odsetki za zwłokę liczą się od { $first } do { $last } włącznie.
reason-no-interest-start-due = Termin płatności { $due } był uzgodniony, więc odsetki za zwłokę liczą się od { $first } do { $last } włącznie.
reason-se-interest-start-demand = Nie uzgodniono terminu płatności; wezwanie wysłane { $sent } uprzedzało o odsetkach, więc liczą się one od { $first } (30 dni później) do { $last } włącznie.
reason-no-interest-start-demand = Nie uzgodniono terminu płatności; odsetki liczą się od { $first }, 30 dni po pisemnym wezwaniu wysłanym { $sent }, do { $last } włącznie.
reason-se-interest-no-warning = Bez odsetek: nie uzgodniono terminu płatności, a wezwanie wysłane { $sent } nie uprzedzało o odsetkach.
reason-interest-none = Bez odsetek: wpłata z { $last } przyszła przed pierwszym dniem odsetek, { $first }.
reason-interest-contract-rate = Zamiast stopy ustawowej obowiązuje uzgodniona stopa { $rate } % ({ $mode }).
reason-se-due-moved = Termin płatności { $due } przypadł w dzień: { $day }; można zapłacić w następny dzień roboczy, { $moved }.
reason-no-due-moved = Termin płatności { $due } przypadł w dzień: { $day }; przesuwa się na następny dzień roboczy, { $moved }.
reason-fee-before-due = Bez opłaty: list wysłano { $sent }, a nie po terminie płatności { $due }.
reason-fee-not-in-jurisdiction = Bez opłaty: krok { $step } nie istnieje w przepisach kraju { $jurisdiction }.
reason-step-normalised = Krok { $given } nazywa się w kraju { $jurisdiction } { $used } i jest tak traktowany.
reason-fee-not-modelled = Bez opłaty: Purr nie pobiera opłaty za { $step } w kraju { $jurisdiction }.
reason-se-fee-reminder = Opłata za przypomnienie { $amount }: uzgodniona, gdy powstał dług.
reason-se-fee-reminder-not-agreed = Bez opłaty za przypomnienie: nie uzgodniono jej, gdy powstał dług.
reason-se-fee-already-charged = Bez opłaty: opłatę za { $step } już pobrano przy tej należności.
reason-se-fee-collection-demand = Opłata za wezwanie windykacyjne { $amount }.
reason-se-fee-instalment-plan = Opłata za plan spłaty { $amount }: pełny pisemny plan spłaty całego długu, ustalony razem z Tobą.
reason-se-fee-instalment-notice = Opłata za zawiadomienie { $amount } o jednej racie planu spłaty.
reason-se-fee-instalment-notice-no-plan = Bez opłaty za zawiadomienie: nie ma uzgodnionego planu spłaty.
reason-se-fee-late-compensation = Rekompensata za opóźnienie { $amount }: dłużnik jest firmą i naliczane są odsetki.
reason-se-fee-late-compensation-consumer = Bez rekompensaty za opóźnienie: dotyczy ona tylko dłużników będących firmami.
reason-se-fee-b2b-instead = Bez opłaty za { $step }: w przypadku firmy rekompensata za opóźnienie w wysokości { $compensation } zastępuje opłaty za przypomnienie, wezwanie i plan.
reason-no-fee-reminder = Opłata za przypomnienie { $amount }: 1/20 norweskiej stawki windykacyjnej (inkassosats) { $sats } obowiązującej, gdy list wysłano { $sent }.
reason-no-fee-collection-warning = Opłata za ostrzeżenie windykacyjne { $amount }: 1/20 stawki windykacyjnej { $sats } obowiązującej { $sent }.
reason-no-fee-payment-demand = Opłata za wezwanie do zapłaty { $amount }: 3/20 stawki windykacyjnej { $sats } obowiązującej { $sent }.
reason-no-fee-rounded = Kwota { $exact } jest zaokrąglana do najbliższych { $unit } NOK: { $amount }.
reason-no-fee-too-early = Bez opłaty: list wysłano { $sent }, wcześniej niż 14 dni po terminie płatności { $due } (najwcześniej { $earliest }).
reason-no-fee-deadline-not-missed = Bez opłaty: wysłano już wcześniej przypomnienie lub ostrzeżenie, a jego termin co najmniej 14 dni jeszcze nie minął bez zapłaty.
reason-no-fee-max-reached = Bez opłaty: osiągnięto limit dla tej należności (2 przypomnienia + 1 wezwanie do zapłaty albo 1 przypomnienie + 1 ostrzeżenie + 1 wezwanie do zapłaty).
reason-no-fee-after-demand = Bez opłaty: wezwanie do zapłaty już wysłano; późniejsze przypomnienia i ostrzeżenia są bezpłatne.
reason-no-fee-payment-demand-no-prior = Bez opłaty: wezwanie do zapłaty wymaga wcześniejszego przypomnienia lub ostrzeżenia, którego termin co najmniej 14 dni minął bez zapłaty.
reason-no-fee-already-charged = Bez opłaty: opłatę za { $step } już pobrano przy tej należności.
reason-no-fee-standard-compensation = Standardowa rekompensata { $rate } za półrocze ({ $from }), pomniejszona o pobrane już opłaty za przypomnienia { $offset }: { $amount }.
reason-no-fee-standard-compensation-consumer = Bez standardowej rekompensaty: dotyczy ona tylko transakcji między firmami.
reason-no-fee-not-overdue = Bez rekompensaty: należność nie była przeterminowana, gdy list wysłano { $sent } (termin { $due }).
reason-no-fee-agency-fee = Wynagrodzenie za windykację { $amount }: kwota główna { $principal } mieści się w przedziale do { $bracket }, { $multiple } × stawka windykacyjna { $sats }, stawka { $rate_kind }{ $b2b }.
reason-no-fee-agency-fee-offset = Pobrana już standardowa rekompensata { $offset } jest odejmowana od wynagrodzenia: { $amount }.
reason-no-fee-agency-fee-no-demand = Bez wynagrodzenia za windykację: nie ma wezwania do zapłaty, którego termin minął.
reason-no-fee-agency-fee-merged = Należności wobec tego samego dłużnika (liczba: { $claims }) to jedna sprawa: wynagrodzenie od łącznej kwoty głównej { $principal } wynosi { $combined }, a osobno { $separate }; pobrano { $amount }.
reason-se-deadline-collection-demand = Termin musi wynosić co najmniej 8 dni od wysłania { $sent } ({ $eight_days }) i 4 dni robocze banku od przyjętego doręczenia { $receipt } ({ $four_bank_days }): najwcześniej { $deadline }.
reason-se-deadline-reminder = Żaden przepis nie wyznacza terminu dla szwedzkiego przypomnienia; Purr stosuje to samo minimum co dla wezwania windykacyjnego: najwcześniej { $deadline }.
reason-se-presumed-receipt = Przyjęte doręczenie: { $receipt } ({ $delivery }).
reason-no-deadline-14-days = Termin wynosi co najmniej 14 dni od wysłania { $sent }: ten sam dzień tygodnia dwa tygodnie później, { $deadline }, nawet jeśli to święto.
reason-no-deadline-reminder = Przypomnienie z terminem co najmniej 14 dni ({ $deadline }) pozwala pobrać opłatę za następny krok.
reason-step-next = Następny krok można podjąć od { $next }, dzień po terminie { $deadline }.
reason-no-agency-fee-heavy-from = Wyższa stawka wynagrodzenia od { $heavy_from }: ponad 28 dni po terminie wezwania do zapłaty { $deadline }.
reason-no-contact-window = Telefon dozwolony { $at }: w dni robocze 08–21 lub w sobotę 09–15 i w granicach limitów ({ $day_calls }/1 dziś, { $week_calls }/5 w tym tygodniu, { $month_calls }/15 w tym miesiącu).
reason-no-contact-closed-day = Bez telefonu { $at }: nigdy w niedziele ani święta ({ $day }).
reason-no-contact-outside-hours = Bez telefonu { $at }: poza dozwolonymi godzinami { $window }.
reason-no-contact-cap = Bez telefonu: limit { $cap } rozmów na { $per } został już osiągnięty ({ $count }).
reason-se-contact-no-rule = Nie znaleziono szwedzkiego przepisu o godzinach rozmów; obowiązuje dobra praktyka windykacyjna.
reason-se-limitation = Przedawnienie po latach: { $years }, licząc od { $start } ({ $basis }): należność przedawnia się { $expires }.
reason-se-limitation-interrupted = Bieg przedawnienia przerwano { $on } ({ $kind }); od tej chwili biegnie nowy okres (lata: { $years }).
reason-no-limitation = Przedawnienie po 3 latach od { $start }, gdy można było żądać zapłaty: należność przedawnia się { $expires }.
reason-no-limitation-interrupted = Bieg przedawnienia przerwano { $on } ({ $kind }); od tej chwili biegnie nowy 3-letni okres.
reason-no-limitation-letter-ignored = Pismo z żądaniem z { $on } nie przerywa przedawnienia w Norwegii; robi to tylko uznanie długu lub kroki sądowe.
reason-dunning-closed = Należność ma status: { $state }; nie ma nic do ściągnięcia.
reason-dunning-disputed = Należność jest zakwestionowana: cała windykacja jest wstrzymana do rozstrzygnięcia sporu.
reason-dunning-creditor-paused = Wierzyciel wstrzymał windykację tej należności: kolejne kroki czekają.
reason-dunning-held-until = Należność ma status: { $state } do { $until } włącznie; potem kroki będą kontynuowane.
reason-dunning-paused = Należność ma status: { $state }; kolejne kroki czekają.
reason-dunning-handed-over = Należność została przekazana dalej: kroki się zakończyły.
reason-dunning-nothing-owed = Nie zostało nic do zapłaty.
reason-dunning-stepped-today = Krok podjęto już { $date }: najwyżej jeden krok dziennie.
reason-dunning-ladder-done = Wszystkie kroki strategii { $strategy } zostały podjęte.
reason-dunning-not-yet = Następny krok ({ $step }) przypada na { $date }.
reason-dunning-not-a-bank-day = { $date } nie jest dniem roboczym banku: krok zostanie podjęty { $next }.
reason-dunning-payment-in-flight = Plik płatności z { $file } zawierał wpłatę na tę należność: żadnego płatnego kroku przed końcem { $until } (dni robocze banku: { $days }).
reason-dunning-law-unknown = Silnik prawny nie mógł odpowiedzieć ({ $error }); nic nie zostanie wysłane, dopóki nie będzie mógł.
reason-dunning-wrong-strategy = Strategia { $strategy } nie dotyczy tej należności ({ $jurisdiction }, { $debtor }).
reason-dunning-step = Krok { $step_no } ({ $step }) strategii { $strategy }, zaplanowany na { $scheduled }, jest podejmowany { $date }.
reason-dunning-pre-due-skipped = Zawiadomienie przed terminem płatności jest pomijane: termin { $due } już minął.
reason-dunning-deadline = Termin { $deadline }: dni według strategii: { $days }, nigdy krócej niż ustawowe minimum { $earliest }.
reason-dunning-fee-currency = Bez opłaty: należność jest w walucie { $currency }, a opłaty ustawowe są ustalone w { $fee_currency }.
reason-dunning-interest = Odsetki za zwłokę { $amount } do { $through } od pozostałej kwoty głównej { $principal }, ponad już zaksięgowane odsetki { $booked }.
reason-dunning-merge-required = Prawo norweskie: roszczenia jednego wierzyciela wobec jednego dłużnika to jedna sprawa, więc kroki z danego dnia trafiają do dłużnika w jednym liście. Nie można tego wyłączyć.
reason-dunning-merge-chosen = Wierzyciel wybrał jeden list na dłużnika: kroki z danego dnia trafiają do dłużnika w jednym liście.
reason-dunning-merge-separate = Każde roszczenie dostaje własny list (wybór wierzyciela; prawo szwedzkie nie wymaga łączenia).
