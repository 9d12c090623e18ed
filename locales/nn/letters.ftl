# Brev, e-post og SMS (standardmalane til Purr i data/templates). Korte setningar og vanlege
# ord, som på bokmål.

## Overskrifter
title-pre_due_notice = Snart tid for å betale
title-reminder = Påminning: fakturaen er ikkje betalt
title-second_reminder = Andre påminning: fakturaen er framleis ikkje betalt
title-collection_warning = Inkassovarsel
title-collection_demand = Inkassokrav
title-payment_demand = Betalingsoppmoding
title-handover = Saka di er send vidare

greeting = Hei { $debtor }!

## Første avsnitt i kvart brev
intro-pre_due_notice = Vi vil berre minne deg på at faktura { $invoice } skal vere betalt { $due }. Har du alt betalt? Takk! Då treng du ikkje gjere noko.
intro-reminder = Vi har ikkje fått betalt for faktura { $invoice }. Han skulle vore betalt { $due }. Det er lett å gløyme ei rekning. Betal gjerne beløpet under.
intro-second_reminder = Faktura { $invoice } skulle vore betalt { $due }. Vi har enno ikkje fått betalt. Betal no, eller sei frå om noko er feil.
intro-collection_warning = Faktura { $invoice } frå { $creditor } skulle vore betalt { $due }. Han er ikkje betalt. Dette er eit varsel om at kravet går til inkasso om det ikkje blir betalt.
intro-collection_demand = Faktura { $invoice } frå { $creditor } skulle vore betalt { $due }. Vi har sendt påminningar, men han er ikkje betalt. Dette er eit krav om betaling.
intro-payment_demand = Faktura { $invoice } frå { $creditor } skulle vore betalt { $due }. Han er ikkje betalt. Dette er ei oppmoding om å betale.
intro-handover = Faktura { $invoice } frå { $creditor } er ikkje betalt. Vi har no sendt kravet vidare.

col-item = Kva
col-amount = Beløp
col-deadline = Betal innan
line-principal = Faktura { $invoice }
line-interest = Rente
line-paid = Alt betalt
line-total = Å betale

reason-principal = Beløpet på faktura { $invoice }, sendt { $issued }, med forfall { $due }.
reason-interest-se = Rente etter svensk lov, { $rate } per år, frå { $interest_from } til { $interest_through }.
reason-interest-no = Rente etter forseinkingsrentelova, { $rate } per år, frå { $interest_from } til { $interest_through }.

## Gebyr: namnet, og kva som tillèt det
fee-reminder = Purregebyr
fee-collection-warning = Gebyr for varselet
fee-collection-demand = Gebyr for kravet
fee-payment-demand = Gebyr for oppmodinga
fee-instalment-plan = Gebyr for betalingsavtale
fee-instalment-notice = Gebyr for avdrag
fee-late-compensation = Standardkompensasjon
fee-agency-fee = Inkassosalær
reason-fee-se = Det beløpet svensk lov tillèt.
reason-fee-no = Det beløpet inkassoreglane tillèt.
reason-fee-reminder-se = Gebyret de vart samde om, slik svensk lov tillèt.
reason-fee-collection-demand-se = Gebyret svensk lov tillèt for kravet.
reason-fee-late-compensation-se = Det faste beløpet svensk lov tillèt mellom bedrifter.
reason-fee-reminder-no = Gebyret inkassoreglane tillèt for ei purring.
reason-fee-collection-warning-no = Gebyret inkassoreglane tillèt for varselet.
reason-fee-payment-demand-no = Gebyret inkassoreglane tillèt for oppmodinga.

## Fristar
deadline-pre_due_notice = Betal innan { $deadline }.
deadline-reminder = Betal innan { $deadline }.
deadline-second_reminder = Betal innan { $deadline }.
deadline-collection_warning = Betal innan { $deadline }. Du har minst 14 dagar.
deadline-collection_demand = Betal innan { $deadline }. Meiner du at kravet er feil? Sei frå innan same dag.
deadline-payment_demand = Betal innan { $deadline }. Meiner du at kravet er feil? Sei frå innan same dag.
deadline-handover = Betal innan { $deadline }.

how-to-pay = Slik betaler du:
pay-bankgiro = Bankgiro
pay-plusgiro = Plusgiro
pay-account = Konto
pay-iban = IBAN
pay-ocr = OCR
pay-kid = KID
pay-amount = Beløp

portal = På { $url } ser du alt om kravet. Der kan du betale, få meir tid eller dele opp beløpet. Koden din er { $code }. Sida er open heile døgnet.

## Det lova krev at brevet seier
legal-dispute = Meiner du at kravet er feil? Sei frå på sida over, eller skriv til { $creditor }. Vi ventar med kravet medan vi ser på saka.
legal-dispute-collection-demand-se = Meiner du at kravet er feil? Sei frå innan { $deadline } og fortel kvifor. Bruk sida over, eller skriv til { $creditor }. Vi ventar med kravet medan vi ser på saka.
legal-dispute-collection-warning-no = Meiner du at kravet er feil? Sei frå innan { $deadline } og fortel kvifor. Bruk sida over, eller skriv til { $creditor }. Vi ventar med kravet medan vi ser på saka.
legal-dispute-payment-demand-no = Meiner du at kravet er feil? Sei frå innan { $deadline } og fortel kvifor. Bruk sida over, eller skriv til { $creditor }. Vi ventar med kravet medan vi ser på saka.
legal-consequence = Om kravet ikkje blir betalt, kan vi gå vidare for å få betalt.
legal-consequence-collection-demand-se = Om du ikkje betaler eller seier frå innan { $deadline }, kan vi gå til Kronofogden i Sverige. Det kan gi meir kostnader.
legal-consequence-collection-warning-no = Om du ikkje betaler innan { $deadline }, kan kravet gå til inkasso. Det gir meir kostnader, som du må betale.
legal-consequence-payment-demand-no = Om du ikkje betaler eller seier frå innan { $deadline }, kan vi gå til Forliksrådet eller sende kravet til inkasso. Det gir meir kostnader, som du må betale.
legal-complaint = Er du ikkje nøgd med korleis vi følgjer opp saka? Då kan du klage til oss. Du kan òg gå til Finanstilsynet.

closing = Venleg helsing

## E-post
email-intro-pre_due_notice = Faktura { $invoice } skal vere betalt { $due }. Har du alt betalt? Takk!
email-intro-reminder = Vi har ikkje fått betalt for faktura { $invoice }. Han skulle vore betalt { $due }.
email-intro-second_reminder = Faktura { $invoice } skulle vore betalt { $due }. Han er framleis ikkje betalt.
email-intro-collection_warning = Faktura { $invoice } er ikkje betalt. Brevet i vedlegget er eit inkassovarsel.
email-intro-collection_demand = Faktura { $invoice } er ikkje betalt. Brevet i vedlegget er eit krav om betaling.
email-intro-payment_demand = Faktura { $invoice } er ikkje betalt. Brevet i vedlegget er ei oppmoding om å betale.
email-intro-handover = Faktura { $invoice } er ikkje betalt. Vi har sendt kravet vidare.
email-portal = På { $url } kan du sjå alt, betale eller få meir tid. Koden din er { $code }.
email-attachment = Heile brevet ligg ved som PDF.

## SMS: kort
sms-pre_due_notice = { $creditor }: faktura { $invoice } ({ $total }) skal betalast innan { $due }. Betal eller sjå han her:
sms-reminder = { $creditor }: faktura { $invoice } ({ $total }) er ikkje betalt. Betal eller få hjelp her:
sms-second_reminder = { $creditor }: faktura { $invoice } ({ $total }) er framleis ikkje betalt. Betal eller få hjelp her:
sms-collection_warning = { $creditor }: vi har sendt deg eit inkassovarsel på { $total }. Sjå det her:
sms-collection_demand = { $creditor }: vi har sendt deg eit krav på { $total }. Sjå det her:
sms-payment_demand = { $creditor }: vi har sendt deg ei betalingsoppmoding på { $total }. Sjå henne her:
sms-handover = { $creditor }: faktura { $invoice } ({ $total }) er send vidare. Sjå han her:

## Tekst ved QR-koden
qr-caption-swish = Betal med Swish. Skann koden i Swish-appen. Beløp og referanse blir fylte ut.
qr-caption-epc = Betal med bankoverføring. Skann koden i bankappen din. Beløp og referanse blir fylte ut.

## Meldingar frå saksflyten (data/templates/notice-*.j2)
title-plan_confirmation = Betalingsplanen din er klar
title-instalment_missed = Eit avdrag i betalingsplanen din er ikkje betalt
title-plan_lapsed = Betalingsplanen din er avslutta
title-dispute_rejected = Svaret vårt på innsigelsen din
title-promise_broken = Vi har ikkje fått betalinga du lova

intro-plan_confirmation = Takk! No har du ein betalingsplan for faktura { $invoice }. Så lenge du betaler etter planen, tek vi ingen nye steg. Det kjem heller ingen nye gebyr.
intro-instalment_missed = Vi har ikkje fått avdrag { $number } i betalingsplanen din for faktura { $invoice }. Det var på { $amount } og skulle vore betalt { $missed_due }. Det er lett å gløyme ei betaling.
intro-plan_lapsed = Betalingsplanen din for faktura { $invoice } er avslutta. Eit avdrag kom ikkje inn i tide.
intro-dispute_rejected = Du har sagt at du ikkje er samd i faktura { $invoice } frå { $creditor }. Vi har sett nøye på saka. Vi meiner at kravet er rett. Det gjeld difor framleis.
intro-promise_broken = Du lova å betale faktura { $invoice } innan { $promised }. Vi har ikkje fått pengane enno. Kanskje er dei på veg. I så fall takk!

answer = Svaret vårt:
col-due = Betal innan
line-plan-total = Sum for planen
letter-plan-count =
    { $count ->
        [one] Planen har { $count } avdrag:
       *[other] Planen har { $count } avdrag:
    }
letter-plan-fee = Beløpa tek med eit gebyr på { $plan_fee } for planen. Reglane tillèt dette gebyret.

next-plan_confirmation = Betal kvart avdrag innan datoen. Bruk referansen under, så veit vi at det er du som betaler. Kan du ikkje betale eit avdrag? Sei frå før det forfell.
next-instalment_missed = Betal { $amount } innan { $lapses_after }. Då held planen fram som før. Har vi ikkje fått pengane då, blir planen avslutta. Då startar dei vanlege stega for ubetalte rekningar att.
next-plan_lapsed = Dei vanlege stega for ubetalte rekningar startar no att. Det kan gi nye gebyr. Betal { $total } innan { $deadline }, så slepp du det. Sei frå om du treng hjelp.
next-dispute_rejected = Vi går no vidare med kravet. Betal { $total } innan { $deadline }. Har du nye opplysningar, eller er du framleis usamd? Sei frå før den dagen. Du kan òg skrive til { $creditor }.
next-promise_broken = Betal { $total } så snart du kan, og seinast { $deadline }. Sei frå om du ikkje kan betale. Ofte finst det ei løysing, til dømes ein betalingsplan. Høyrer vi ikkje frå deg, startar dei vanlege stega for ubetalte rekningar att.

sms-plan_confirmation = { $creditor }: betalingsplanen din for faktura { $invoice } er klar. Betal første avdrag, { $amount }, innan { $first_due }. Sjå planen her:
sms-instalment_missed = { $creditor }: avdrag { $number } i planen din ({ $amount }) er ikkje betalt. Betal innan { $lapses_after }, så gjeld planen. Sjå meir her:
sms-plan_lapsed = { $creditor }: betalingsplanen din for faktura { $invoice } er avslutta. No skal { $total } betalast. Sjå meir her:
sms-dispute_rejected = { $creditor }: vi har svart på innsigelsen din mot faktura { $invoice }. { $total } skal betalast. Sjå meir her:
sms-promise_broken = { $creditor }: vi har ikkje fått betalinga du lova for faktura { $invoice } ({ $total }). Sjå meir her:

## Merged letters (case merging: one letter about several invoices of one debtor,
## data/templates/merged-*.j2). Values as above; $total is the total of every invoice.
title-merged-pre_due_notice = Snart tid for å betale fakturaene
title-merged-reminder = Påminning: fakturaene er ikkje betalte
title-merged-second_reminder = Andre påminning: fakturaene er framleis ikkje betalte
title-merged-collection_warning = Inkassovarsel
title-merged-collection_demand = Inkassokrav
title-merged-payment_demand = Betalingsoppmoding
title-merged-handover = Fakturaene dine er sende vidare

intro-merged-pre_due_notice = Dette er ei venleg påminning om at fakturaene under frå { $creditor } snart skal betalast. Har du alt betalt, takk! Du treng ikkje gjere noko.
intro-merged-reminder = Vi har ikkje fått betalt for fakturaene under frå { $creditor }. Det er lett å gløyme ei rekning. Betal gjerne beløpa under.
intro-merged-second_reminder = Fakturaene under frå { $creditor } skulle vore betalte, og vi har framleis ikkje fått betaling. Betal no, eller sei frå om noko er feil.
intro-merged-collection_warning = Fakturaene under frå { $creditor } skulle vore betalte og er ikkje betalte. Dette brevet er eit varsel om at dei går til inkasso om dei ikkje blir betalte.
intro-merged-collection_demand = Fakturaene under frå { $creditor } skulle vore betalte. Vi har sendt påminningar, men dei er ikkje betalte. Dette er eit krav om betaling.
intro-merged-payment_demand = Fakturaene under frå { $creditor } skulle vore betalte og er ikkje betalte. Dette er ei oppmoding om å betale.
intro-merged-handover = Fakturaene under frå { $creditor } er ikkje betalte. Vi har no sendt krava vidare.

merged-claim = Faktura { $invoice }, forfall { $due }
merged-claim-total = Å betale for faktura { $invoice }
merged-total = Totalt å betale
merged-pay-each = Betal kvar faktura med sin eigen betalingsreferanse. Då veit vi kva faktura du har betalt.
email-intro-merged = Dette gjeld fleire fakturaer frå { $creditor }. Brevet som ligg ved viser kvar faktura og kva du skal betale.
sms-merged = { $creditor }: eit brev om fleire av fakturaene dine, { $total } totalt. Sjå det her:
