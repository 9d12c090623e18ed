# Listy, e-maile i SMS-y (domyślne szablony Purr w data/templates). Krótkie zdania i proste
# słowa.

## Tytuły
title-pre_due_notice = Termin płatności faktury wkrótce mija
title-reminder = Przypomnienie: faktura nie jest jeszcze opłacona
title-second_reminder = Drugie przypomnienie: faktura nadal nie jest opłacona
title-collection_warning = Zawiadomienie przed windykacją
title-collection_demand = Wezwanie windykacyjne
title-payment_demand = Wezwanie do zapłaty
title-handover = Twoja sprawa została przekazana dalej

greeting = Dzień dobry, { $debtor },

## Pierwszy akapit każdego listu
intro-pre_due_notice = Uprzejmie przypominamy, że termin płatności faktury { $invoice } mija { $due }. Jeśli już zapłacono, dziękujemy. Nie trzeba nic robić.
intro-reminder = Nie otrzymaliśmy jeszcze zapłaty za fakturę { $invoice }, której termin minął { $due }. Łatwo przeoczyć rachunek. Prosimy o zapłatę kwoty poniżej.
intro-second_reminder = Termin płatności faktury { $invoice } minął { $due }, a nadal nie otrzymaliśmy zapłaty. Prosimy zapłacić teraz albo dać nam znać, jeśli coś się nie zgadza.
intro-collection_warning = Termin płatności faktury { $invoice } od { $creditor } minął { $due } i faktura nadal nie jest opłacona. Ten list zawiadamia, że należność trafi do windykacji, jeśli nie zostanie zapłacona.
intro-collection_demand = Termin płatności faktury { $invoice } od { $creditor } minął { $due }. Wysłaliśmy przypomnienia, ale faktura nadal nie jest opłacona. To jest wezwanie do zapłaty.
intro-payment_demand = Termin płatności faktury { $invoice } od { $creditor } minął { $due } i faktura nadal nie jest opłacona. To jest wezwanie do zapłaty.
intro-handover = Faktura { $invoice } od { $creditor } nadal nie jest opłacona. Przekazaliśmy teraz należność do dalszej windykacji.

col-item = Co
col-amount = Kwota
col-deadline = Zapłać do
line-principal = Faktura { $invoice }
line-interest = Odsetki za opóźnienie
line-paid = Już zapłacono
line-total = Do zapłaty

reason-principal = Kwota faktury { $invoice }, wysłanej { $issued }, z terminem płatności { $due }.
reason-interest-se = Odsetki według szwedzkiej ustawy o odsetkach, { $rate } rocznie, od { $interest_from } do { $interest_through }.
reason-interest-no = Odsetki według norweskiej ustawy o odsetkach za opóźnienie, { $rate } rocznie, od { $interest_from } do { $interest_through }.

## Opłaty: nazwa i co na nią pozwala
fee-reminder = Opłata za przypomnienie
fee-collection-warning = Opłata za zawiadomienie
fee-collection-demand = Opłata windykacyjna
fee-payment-demand = Opłata za wezwanie do zapłaty
fee-instalment-plan = Opłata za plan spłaty
fee-instalment-notice = Opłata za zawiadomienie o racie
fee-late-compensation = Rekompensata za opóźnienie
fee-agency-fee = Koszt windykacji
reason-fee-se = Kwota, na którą pozwala szwedzka ustawa o kosztach windykacji.
reason-fee-no = Kwota, na którą pozwalają norweskie przepisy o windykacji.
reason-fee-reminder-se = Uzgodniona opłata za przypomnienie, na którą pozwala szwedzka ustawa o kosztach windykacji.
reason-fee-collection-demand-se = Opłata, na którą szwedzka ustawa o kosztach windykacji pozwala przy tym wezwaniu.
reason-fee-late-compensation-se = Stała kwota, na którą szwedzka ustawa o odsetkach pozwala między firmami.
reason-fee-reminder-no = Opłata za przypomnienie, na którą pozwalają norweskie przepisy o windykacji.
reason-fee-collection-warning-no = Opłata, na którą norweskie przepisy o windykacji pozwalają przy tym zawiadomieniu.
reason-fee-payment-demand-no = Opłata, na którą norweskie przepisy o windykacji pozwalają przy tym wezwaniu.

## Terminy
deadline-pre_due_notice = Prosimy zapłacić do { $deadline }.
deadline-reminder = Prosimy zapłacić do { $deadline }.
deadline-second_reminder = Prosimy zapłacić do { $deadline }.
deadline-collection_warning = Prosimy zapłacić do { $deadline }. To daje co najmniej 14 dni.
deadline-collection_demand = Prosimy zapłacić do { $deadline } albo do tego dnia dać nam znać, że nie zgadzasz się z żądaniem.
deadline-payment_demand = Prosimy zapłacić do { $deadline } albo do tego dnia dać nam znać, że nie zgadzasz się z żądaniem.
deadline-handover = Prosimy zapłacić do { $deadline }.

how-to-pay = Jak zapłacić:
pay-bankgiro = Bankgiro
pay-plusgiro = Plusgiro
pay-account = Konto
pay-iban = IBAN
pay-ocr = Numer OCR
pay-kid = KID
pay-amount = Kwota

portal = Na stronie { $url } zobaczysz szczegóły. Możesz tam zapłacić, poprosić o więcej czasu lub rozłożyć kwotę na raty. Twój kod to { $code }. Strona jest otwarta całą dobę.

## Co według prawa musi zawierać list
legal-dispute = Jeśli uważasz, że należność jest błędna, powiedz nam o tym. Użyj strony powyżej albo napisz do { $creditor }. Wstrzymujemy windykację, dopóki sprawdzamy sprawę.
legal-dispute-collection-demand-se = Jeśli uważasz, że należność jest błędna, powiedz nam o tym do { $deadline } i podaj powód. Użyj strony powyżej albo napisz do { $creditor }. Wstrzymujemy windykację, dopóki sprawdzamy sprawę.
legal-dispute-collection-warning-no = Jeśli uważasz, że należność jest błędna, powiedz nam o tym do { $deadline } i podaj powód. Użyj strony powyżej albo napisz do { $creditor }. Wstrzymujemy windykację, dopóki sprawdzamy sprawę.
legal-dispute-payment-demand-no = Jeśli uważasz, że należność jest błędna, powiedz nam o tym do { $deadline } i podaj powód. Użyj strony powyżej albo napisz do { $creditor }. Wstrzymujemy windykację, dopóki sprawdzamy sprawę.
legal-consequence = Jeśli należność nie zostanie zapłacona, możemy podjąć dalsze kroki, aby ją odzyskać.
legal-consequence-collection-demand-se = Jeśli do { $deadline } nie zapłacisz ani się nie odezwiesz, możemy złożyć wniosek o nakaz zapłaty do szwedzkiego urzędu egzekucyjnego (Kronofogden). To może oznaczać dodatkowe koszty i negatywny wpis o płatnościach.
legal-consequence-collection-warning-no = Jeśli nie zapłacisz do { $deadline }, należność może trafić do windykacji. To oznacza dodatkowe koszty, które poniesiesz.
legal-consequence-payment-demand-no = Jeśli do { $deadline } nie zapłacisz ani nie zgłosisz sprzeciwu, możemy skierować sprawę do norweskiej komisji pojednawczej (Forliksrådet) albo przekazać ją firmie windykacyjnej. To oznacza dodatkowe koszty, które poniesiesz.
legal-complaint = Jeśli nie jesteś zadowolony z tego, jak prowadzimy sprawę, możesz złożyć skargę do nas. Możesz też zwrócić się do norweskiego nadzoru finansowego (Finanstilsynet).

closing = Z pozdrowieniami

## E-mail
email-intro-pre_due_notice = Termin płatności faktury { $invoice } mija { $due }. Jeśli już zapłacono, dziękujemy.
email-intro-reminder = Nie otrzymaliśmy jeszcze zapłaty za fakturę { $invoice }, której termin minął { $due }.
email-intro-second_reminder = Termin płatności faktury { $invoice } minął { $due }, a faktura nadal nie jest opłacona.
email-intro-collection_warning = Faktura { $invoice } nadal nie jest opłacona. Załączony list to zawiadomienie przed windykacją.
email-intro-collection_demand = Faktura { $invoice } nadal nie jest opłacona. Załączony list to wezwanie do zapłaty.
email-intro-payment_demand = Faktura { $invoice } nadal nie jest opłacona. Załączony list to wezwanie do zapłaty.
email-intro-handover = Faktura { $invoice } nadal nie jest opłacona. Przekazaliśmy ją do dalszej windykacji.
email-portal = Na stronie { $url } zobaczysz szczegóły, zapłacisz lub poprosisz o więcej czasu. Twój kod to { $code }.
email-attachment = Cały list jest w załączniku w formacie PDF.

## SMS: krótko
sms-pre_due_notice = { $creditor }: termin faktury { $invoice } ({ $total }) mija { $due }. Zapłać lub zobacz tutaj:
sms-reminder = { $creditor }: faktura { $invoice } ({ $total }) nie jest jeszcze opłacona. Zapłać lub uzyskaj pomoc:
sms-second_reminder = { $creditor }: faktura { $invoice } ({ $total }) nadal nie jest opłacona. Zapłać lub uzyskaj pomoc:
sms-collection_warning = { $creditor }: wysłaliśmy zawiadomienie przed windykacją na { $total }. Zobacz tutaj:
sms-collection_demand = { $creditor }: wysłaliśmy wezwanie do zapłaty { $total }. Zobacz tutaj:
sms-payment_demand = { $creditor }: wysłaliśmy wezwanie do zapłaty { $total }. Zobacz tutaj:
sms-handover = { $creditor }: faktura { $invoice } ({ $total }) została przekazana dalej. Zobacz tutaj:

## Podpisy przy kodzie płatności
qr-caption-swish = Zapłać przez Swish. Zeskanuj kod w aplikacji Swish. Kwota i numer referencyjny są już wpisane.
qr-caption-epc = Zapłać przelewem. Zeskanuj kod w aplikacji banku. Kwota i numer referencyjny są już wpisane.

## Zawiadomienia w sprawie (data/templates/notice-*.j2)
title-plan_confirmation = Twój plan spłaty jest gotowy
title-instalment_missed = Rata Twojego planu spłaty nie jest zapłacona
title-plan_lapsed = Twój plan spłaty się zakończył
title-dispute_rejected = Nasza odpowiedź na Twój sprzeciw
title-promise_broken = Nie otrzymaliśmy obiecanej wpłaty

intro-plan_confirmation = Dziękujemy! Masz teraz plan spłaty faktury { $invoice }. Dopóki płacisz zgodnie z planem, nie podejmujemy dalszych kroków. Nie dochodzą też nowe opłaty.
intro-instalment_missed = Nie otrzymaliśmy raty { $number } Twojego planu spłaty faktury { $invoice }. Wynosiła { $amount }, a jej termin minął { $missed_due }. Łatwo przeoczyć płatność.
intro-plan_lapsed = Twój plan spłaty faktury { $invoice } się zakończył. Rata nie wpłynęła na czas.
intro-dispute_rejected = Napisałeś nam, że nie zgadzasz się z fakturą { $invoice } od { $creditor }. Dokładnie to sprawdziliśmy. Uważamy, że należność jest prawidłowa, więc nadal obowiązuje.
intro-promise_broken = Obiecałeś zapłacić fakturę { $invoice } do { $promised }. Nie otrzymaliśmy jeszcze pieniędzy. Może są w drodze. Jeśli tak, dziękujemy!

answer = Nasza odpowiedź:
col-due = Zapłać do
line-plan-total = Suma planu
letter-plan-count =
    { $count ->
        [one] Plan ma { $count } ratę:
        [few] Plan ma { $count } raty:
        [many] Plan ma { $count } rat:
       *[other] Plan ma { $count } raty:
    }
letter-plan-fee = Kwoty obejmują opłatę { $plan_fee } za plan. Prawo pozwala na tę opłatę.

next-plan_confirmation = Płać każdą ratę do jej terminu. Użyj numeru referencyjnego poniżej, abyśmy wiedzieli, że to Twoja wpłata. Jeśli nie możesz zapłacić raty, daj nam znać przed terminem.
next-instalment_missed = Prosimy zapłacić { $amount } do { $lapses_after }. Wtedy plan trwa dalej jak dotąd. Jeśli do tego dnia nie otrzymamy pieniędzy, plan się zakończy. Wtedy znowu zaczną się zwykłe kroki dla niezapłaconych faktur.
next-plan_lapsed = Zwykłe kroki dla niezapłaconych faktur zaczynają się teraz znowu. To może oznaczać nowe opłaty. Zapłać { $total } do { $deadline }, aby tego uniknąć. Daj nam znać, jeśli potrzebujesz pomocy.
next-dispute_rejected = Kontynuujemy teraz windykację należności. Prosimy zapłacić { $total } do { $deadline }. Masz nowe informacje albo nadal się nie zgadzasz? Daj nam znać przed tym dniem. Możesz też napisać do { $creditor }.
next-promise_broken = Prosimy zapłacić { $total } jak najszybciej, najpóźniej do { $deadline }. Daj nam znać, jeśli nie możesz zapłacić. Często jest rozwiązanie, na przykład plan spłaty. Jeśli się nie odezwiesz, znowu zaczną się zwykłe kroki dla niezapłaconych faktur.

sms-plan_confirmation = { $creditor }: Twój plan spłaty faktury { $invoice } jest gotowy. Pierwsza rata { $amount } do { $first_due }. Zobacz plan:
sms-instalment_missed = { $creditor }: rata { $number } Twojego planu ({ $amount }) nie jest zapłacona. Zapłać do { $lapses_after }, a plan zostanie utrzymany. Więcej:
sms-plan_lapsed = { $creditor }: Twój plan spłaty faktury { $invoice } się zakończył. Do zapłaty jest teraz { $total }. Więcej:
sms-dispute_rejected = { $creditor }: odpowiedzieliśmy na Twój sprzeciw do faktury { $invoice }. Do zapłaty: { $total }. Więcej:
sms-promise_broken = { $creditor }: nie otrzymaliśmy obiecanej wpłaty za fakturę { $invoice } ({ $total }). Więcej:

## Merged letters (case merging: one letter about several invoices of one debtor,
## data/templates/merged-*.j2). Values as above; $total is the total of every invoice.
title-merged-pre_due_notice = Termin płatności faktur wkrótce mija
title-merged-reminder = Przypomnienie: faktury nie są jeszcze opłacone
title-merged-second_reminder = Drugie przypomnienie: faktury nadal nie są opłacone
title-merged-collection_warning = Zawiadomienie przed windykacją
title-merged-collection_demand = Wezwanie windykacyjne
title-merged-payment_demand = Wezwanie do zapłaty
title-merged-handover = Twoje faktury zostały przekazane dalej

intro-merged-pre_due_notice = Przypominamy, że termin płatności faktur od { $creditor } podanych poniżej wkrótce mija. Jeśli już zapłacono, dziękujemy. Nie trzeba nic robić.
intro-merged-reminder = Nie otrzymaliśmy jeszcze zapłaty za faktury od { $creditor } podane poniżej. Łatwo przeoczyć rachunek. Prosimy o zapłatę kwot poniżej.
intro-merged-second_reminder = Termin płatności faktur od { $creditor } podanych poniżej już minął, a nadal nie otrzymaliśmy zapłaty. Prosimy zapłacić teraz lub dać nam znać, jeśli coś się nie zgadza.
intro-merged-collection_warning = Termin płatności faktur od { $creditor } podanych poniżej już minął i nie są one opłacone. Ten list zawiadamia, że jeśli nie zostaną opłacone, trafią do windykacji.
intro-merged-collection_demand = Termin płatności faktur od { $creditor } podanych poniżej już minął. Wysłaliśmy przypomnienia, ale faktury nadal nie są opłacone. To jest wezwanie do zapłaty.
intro-merged-payment_demand = Termin płatności faktur od { $creditor } podanych poniżej już minął i nie są one opłacone. To jest wezwanie do zapłaty.
intro-merged-handover = Faktury od { $creditor } podane poniżej nadal nie są opłacone. Przekazaliśmy je teraz do dalszej windykacji.

merged-claim = Faktura { $invoice }, termin { $due }
merged-claim-total = Do zapłaty za fakturę { $invoice }
merged-total = Razem do zapłaty
merged-pay-each = Każdą fakturę opłać z jej własnym numerem referencyjnym. Wtedy wiemy, którą fakturę opłacono.
email-intro-merged = Ta wiadomość dotyczy kilku faktur od { $creditor }. Załączony list podaje każdą z nich i kwotę do zapłaty.
sms-merged = { $creditor }: list w sprawie kilku Twoich faktur, razem { $total }. Zobacz tutaj:
