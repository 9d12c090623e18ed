# Breve, e-mails og sms (Purrs standardskabeloner i data/templates). Korte sætninger og
# almindelige ord: læsbarhedstesten kræver "let" (LIX under 40).

## Overskrifter
title-pre_due_notice = Snart tid til at betale
title-reminder = Påmindelse: fakturaen er ikke betalt
title-second_reminder = Anden påmindelse: fakturaen er stadig ikke betalt
title-collection_warning = Varsel om inkasso
title-collection_demand = Inkassokrav
title-payment_demand = Betalingsopfordring
title-handover = Din sag er sendt videre

greeting = Hej { $debtor }

## Første afsnit i hvert brev
intro-pre_due_notice = Vi vil blot minde dig om, at faktura { $invoice } skal betales den { $due }. Har du allerede betalt? Tak! Så skal du ikke gøre noget.
intro-reminder = Vi har ikke fået betaling for faktura { $invoice }. Den skulle være betalt den { $due }. Det er let at glemme en regning. Betal gerne beløbet nedenfor.
intro-second_reminder = Faktura { $invoice } skulle være betalt den { $due }. Vi har endnu ikke fået din betaling. Betal nu, eller sig til, hvis noget er galt.
intro-collection_warning = Faktura { $invoice } fra { $creditor } skulle være betalt den { $due }. Den er ikke betalt. Hvis den ikke bliver betalt, går kravet til inkasso.
intro-collection_demand = Faktura { $invoice } fra { $creditor } skulle være betalt den { $due }. Vi har sendt påmindelser, men den er ikke betalt. Dette er et inkassokrav.
intro-payment_demand = Faktura { $invoice } fra { $creditor } skulle være betalt den { $due }. Den er ikke betalt. Dette er et krav om betaling.
intro-handover = Faktura { $invoice } fra { $creditor } er ikke betalt. Vi har nu sendt kravet videre.

col-item = Hvad
col-amount = Beløb
col-deadline = Betal senest
line-principal = Faktura { $invoice }
line-interest = Rente
line-paid = Allerede betalt
line-total = At betale

reason-principal = Beløbet på faktura { $invoice }, sendt den { $issued }, skulle betales senest den { $due }.
reason-interest-se = Rente efter den svenske renteloven, { $rate } om året, fra { $interest_from } til { $interest_through }.
reason-interest-no = Rente efter den norske lov om morarente, { $rate } om året, fra { $interest_from } til { $interest_through }.

## Gebyrer: navnet, og hvad der tillader det
fee-reminder = Rykkergebyr
fee-collection-warning = Gebyr for varslet
fee-collection-demand = Inkassogebyr
fee-payment-demand = Gebyr for kravet
fee-instalment-plan = Gebyr for afdragsplanen
fee-instalment-notice = Gebyr for besked om afdrag
fee-late-compensation = Kompensation for sen betaling
fee-agency-fee = Inkassoomkostning
reason-fee-se = Det beløb, som den svenske lov om inkassoomkostninger tillader.
reason-fee-no = Det beløb, som de norske regler om inkasso tillader.
reason-fee-reminder-se = Det rykkergebyr, I aftalte, som loven tillader.
reason-fee-collection-demand-se = Det gebyr, som den svenske lov om inkassoomkostninger tillader for dette krav.
reason-fee-late-compensation-se = Det faste beløb, som den svenske renteloven tillader mellem virksomheder.
reason-fee-reminder-no = Det rykkergebyr, som de norske regler tillader.
reason-fee-collection-warning-no = Det gebyr, som de norske regler tillader for dette varsel.
reason-fee-payment-demand-no = Det gebyr, som de norske regler tillader for dette krav.

## Frister
deadline-pre_due_notice = Betal senest den { $deadline }.
deadline-reminder = Betal senest den { $deadline }.
deadline-second_reminder = Betal senest den { $deadline }.
deadline-collection_warning = Betal senest den { $deadline }. Så har du mindst 14 dage.
deadline-collection_demand = Betal, eller sig til os, hvis du er uenig, senest den { $deadline }.
deadline-payment_demand = Betal, eller sig til os, hvis du er uenig, senest den { $deadline }.
deadline-handover = Betal senest den { $deadline }.

how-to-pay = Sådan betaler du:
pay-bankgiro = Bankgiro
pay-plusgiro = Plusgiro
pay-account = Konto
pay-iban = IBAN
pay-ocr = OCR-nummer
pay-kid = KID
pay-amount = Beløb

portal = På { $url } kan du se alt om kravet. Der kan du betale, få mere tid eller dele beløbet op. Din kode er { $code }. Siden er åben hele døgnet.

## Hvad loven kræver, at hvert brev siger
legal-dispute = Mener du, at kravet er forkert? Sig det til os på siden ovenfor, eller skriv til { $creditor }. Vi venter med kravet, mens vi ser på det.
legal-dispute-collection-demand-se = Mener du, at kravet er forkert? Sig det til os senest den { $deadline }, og sig hvorfor. Brug siden ovenfor, eller skriv til { $creditor }. Vi venter med kravet, mens vi ser på det.
legal-dispute-collection-warning-no = Mener du, at kravet er forkert? Sig det til os senest den { $deadline }, og sig hvorfor. Brug siden ovenfor, eller skriv til { $creditor }. Vi venter med kravet, mens vi ser på det.
legal-dispute-payment-demand-no = Mener du, at kravet er forkert? Sig det til os senest den { $deadline }, og sig hvorfor. Brug siden ovenfor, eller skriv til { $creditor }. Vi venter med kravet, mens vi ser på det.
legal-consequence = Hvis kravet ikke bliver betalt, kan vi gå videre for at få pengene.
legal-consequence-collection-demand-se = Hvis du ikke betaler eller svarer senest den { $deadline }, kan vi bede den svenske fogedret (Kronofogden) om et krav om betaling. Det kan give flere udgifter og en betalingsanmærkning.
legal-consequence-collection-warning-no = Hvis du ikke betaler senest den { $deadline }, kan kravet gå til inkasso. Det giver flere udgifter, som du skal betale.
legal-consequence-payment-demand-no = Hvis du ikke betaler eller gør indsigelse senest den { $deadline }, kan vi gå til forligsrådet (Forliksrådet) eller sende kravet til inkasso. Det giver flere udgifter, som du skal betale.
legal-complaint = Er du ikke tilfreds med, hvordan vi håndterer din sag? Så kan du klage til os. Du kan også gå til det norske finanstilsyn (Finanstilsynet).

closing = Venlig hilsen

## E-mail
email-intro-pre_due_notice = Faktura { $invoice } skal betales den { $due }. Har du allerede betalt? Tak!
email-intro-reminder = Vi har ikke fået betaling for faktura { $invoice }. Den skulle være betalt den { $due }.
email-intro-second_reminder = Faktura { $invoice } skulle være betalt den { $due }. Den er stadig ikke betalt.
email-intro-collection_warning = Faktura { $invoice } er stadig ikke betalt. Brevet i vedhæftningen er et varsel om inkasso.
email-intro-collection_demand = Faktura { $invoice } er stadig ikke betalt. Brevet i vedhæftningen er et krav om betaling.
email-intro-payment_demand = Faktura { $invoice } er stadig ikke betalt. Brevet i vedhæftningen er et krav om betaling.
email-intro-handover = Faktura { $invoice } er stadig ikke betalt. Vi har sendt kravet videre.
email-portal = På { $url } kan du se alt, betale eller få mere tid. Din kode er { $code }.
email-attachment = Hele brevet er vedhæftet som PDF.

## Sms: kort
sms-pre_due_notice = { $creditor }: faktura { $invoice } ({ $total }) skal betales den { $due }. Betal eller se den her:
sms-reminder = { $creditor }: faktura { $invoice } ({ $total }) er ikke betalt. Betal eller få hjælp her:
sms-second_reminder = { $creditor }: faktura { $invoice } ({ $total }) er stadig ikke betalt. Betal eller få hjælp her:
sms-collection_warning = { $creditor }: vi har sendt dig et varsel om inkasso på { $total }. Se det her:
sms-collection_demand = { $creditor }: vi har sendt dig et krav på { $total }. Se det her:
sms-payment_demand = { $creditor }: vi har sendt dig et krav på { $total }. Se det her:
sms-handover = { $creditor }: faktura { $invoice } ({ $total }) er sendt videre. Se den her:

## Tekst ved betalingskoden
qr-caption-swish = Betal med Swish. Scan koden i Swish-appen. Beløb og reference er udfyldt.
qr-caption-epc = Betal med bankoverførsel. Scan koden i din bank-app. Beløb og reference er udfyldt.

## Beskeder fra sagsforløbet (data/templates/notice-*.j2)
title-plan_confirmation = Din afdragsplan er klar
title-instalment_missed = Et afdrag på din plan er ikke betalt
title-plan_lapsed = Din afdragsplan er ophørt
title-dispute_rejected = Vores svar på din indsigelse
title-promise_broken = Vi har ikke fået den betaling, du lovede

intro-plan_confirmation = Tak! Nu har du en afdragsplan for faktura { $invoice }. Så længe du betaler efter planen, tager vi ingen nye skridt. Der kommer heller ingen nye gebyrer.
intro-instalment_missed = Vi har ikke fået afdrag { $number } på din plan for faktura { $invoice }. Det var på { $amount } og skulle være betalt den { $missed_due }. Det er let at glemme en betaling.
intro-plan_lapsed = Din afdragsplan for faktura { $invoice } er ophørt. Et afdrag kom ikke ind i tide.
intro-dispute_rejected = Du har sagt, at du er uenig i faktura { $invoice } fra { $creditor }. Vi har set grundigt på sagen. Vi mener, at kravet er rigtigt. Det gælder derfor stadig.
intro-promise_broken = Du lovede at betale faktura { $invoice } senest den { $promised }. Vi har endnu ikke fået pengene. Måske er de på vej. I så fald tak!

answer = Vores svar:
col-due = Betal senest
line-plan-total = Sum for planen
letter-plan-count =
    { $count ->
        [one] Planen har { $count } afdrag:
       *[other] Planen har { $count } afdrag:
    }
letter-plan-fee = Beløbene tæller et gebyr på { $plan_fee } for planen med. Loven tillader det gebyr.

next-plan_confirmation = Betal hvert afdrag senest på dets dato. Brug referencen nedenfor, så ved vi, at det er dig, der betaler. Kan du ikke betale et afdrag? Sig til, før det skal betales.
next-instalment_missed = Betal { $amount } senest den { $lapses_after }. Så fortsætter planen som før. Har vi ikke fået pengene til den tid, ophører planen. Så starter de vanlige skridt for ubetalte regninger igen.
next-plan_lapsed = De vanlige skridt for ubetalte regninger starter nu igen. Det kan give nye gebyrer. Betal { $total } senest den { $deadline }, så slipper du for det. Sig til, hvis du har brug for hjælp.
next-dispute_rejected = Vi går nu videre med kravet. Betal { $total } senest den { $deadline }. Har du nye oplysninger, eller er du stadig uenig? Sig til før den dag. Du kan også skrive til { $creditor }.
next-promise_broken = Betal { $total } så snart du kan, og senest den { $deadline }. Sig til, hvis du ikke kan betale. Ofte er der en løsning, for eksempel en afdragsplan. Hører vi ikke fra dig, starter de vanlige skridt for ubetalte regninger igen.

sms-plan_confirmation = { $creditor }: din afdragsplan for faktura { $invoice } er klar. Betal første afdrag, { $amount }, senest { $first_due }. Se planen her:
sms-instalment_missed = { $creditor }: afdrag { $number } på din plan ({ $amount }) er ikke betalt. Betal senest { $lapses_after }, så gælder planen. Se mere her:
sms-plan_lapsed = { $creditor }: din afdragsplan for faktura { $invoice } er ophørt. Nu skal { $total } betales. Se mere her:
sms-dispute_rejected = { $creditor }: vi har svaret på din indsigelse mod faktura { $invoice }. { $total } skal betales. Se mere her:
sms-promise_broken = { $creditor }: vi har ikke fået den betaling, du lovede for faktura { $invoice } ({ $total }). Se mere her:

## Merged letters (case merging: one letter about several invoices of one debtor,
## data/templates/merged-*.j2). Values as above; $total is the total of every invoice.
title-merged-pre_due_notice = Snart tid til at betale dine fakturaer
title-merged-reminder = Påmindelse: fakturaerne er ikke betalt
title-merged-second_reminder = Anden påmindelse: fakturaerne er stadig ikke betalt
title-merged-collection_warning = Varsel om inkasso
title-merged-collection_demand = Inkassokrav
title-merged-payment_demand = Betalingsopfordring
title-merged-handover = Dine fakturaer er sendt videre

intro-merged-pre_due_notice = Dette er en venlig påmindelse om, at fakturaerne nedenfor fra { $creditor } snart skal betales. Har du allerede betalt, tak! Du behøver ikke at gøre noget.
intro-merged-reminder = Vi har ikke fået betaling for fakturaerne nedenfor fra { $creditor }. Det er let at glemme en regning. Betal gerne beløbene nedenfor.
intro-merged-second_reminder = Fakturaerne nedenfor fra { $creditor } skulle være betalt, og vi har stadig ikke fået betaling. Betal nu, eller sig til, hvis noget er forkert.
intro-merged-collection_warning = Fakturaerne nedenfor fra { $creditor } skulle være betalt og er ikke betalt. Dette brev er et varsel om, at de går til inkasso, hvis de ikke bliver betalt.
intro-merged-collection_demand = Fakturaerne nedenfor fra { $creditor } skulle være betalt. Vi har sendt påmindelser, men de er ikke betalt. Dette er et inkassokrav.
intro-merged-payment_demand = Fakturaerne nedenfor fra { $creditor } skulle være betalt og er ikke betalt. Dette er en opfordring til at betale.
intro-merged-handover = Fakturaerne nedenfor fra { $creditor } er ikke betalt. Vi har nu sendt kravene videre.

merged-claim = Faktura { $invoice }, forfald { $due }
merged-claim-total = At betale for faktura { $invoice }
merged-total = I alt at betale
merged-pay-each = Betal hver faktura med dens egen betalingsreference. Så ved vi, hvilken faktura du har betalt.
email-intro-merged = Det her gælder flere fakturaer fra { $creditor }. Det vedhæftede brev viser hver faktura, og hvad du skal betale.
sms-merged = { $creditor }: et brev om flere af dine fakturaer, { $total } i alt. Se det her:
