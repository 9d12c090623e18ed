# Brev, e-post og SMS (Purrs standardmaler i data/templates). Korte setninger og vanlige
# ord: lesbarhetstesten krever "lett" (LIX under 40).

## Titler
title-pre_due_notice = Snart tid for å betale
title-reminder = Påminnelse: fakturaen er ikke betalt
title-second_reminder = Andre påminnelse: fakturaen er fortsatt ikke betalt
title-collection_warning = Inkassovarsel
title-collection_demand = Inkassokrav
title-payment_demand = Betalingsoppfordring
title-handover = Saken din er sendt videre

greeting = Hei { $debtor }!

## Første avsnitt i hvert brev
intro-pre_due_notice = Vi vil bare minne deg på at faktura { $invoice } skal være betalt { $due }. Har du alt betalt? Takk! Da trenger du ikke gjøre noe.
intro-reminder = Vi har ikke fått betalt for faktura { $invoice }. Den skulle vært betalt { $due }. Det er lett å glemme en regning. Betal gjerne beløpet under.
intro-second_reminder = Faktura { $invoice } skulle vært betalt { $due }. Vi har ennå ikke fått betalt. Betal nå, eller si fra om noe er feil.
intro-collection_warning = Faktura { $invoice } fra { $creditor } skulle vært betalt { $due }. Den er ikke betalt. Dette er et varsel om at kravet går til inkasso hvis det ikke blir betalt.
intro-collection_demand = Faktura { $invoice } fra { $creditor } skulle vært betalt { $due }. Vi har sendt påminnelser, men den er ikke betalt. Dette er et krav om betaling.
intro-payment_demand = Faktura { $invoice } fra { $creditor } skulle vært betalt { $due }. Den er ikke betalt. Dette er en oppfordring til å betale.
intro-handover = Faktura { $invoice } fra { $creditor } er ikke betalt. Vi har nå sendt kravet videre.

col-item = Hva
col-amount = Beløp
col-deadline = Betal innen
line-principal = Faktura { $invoice }
line-interest = Rente
line-paid = Alt betalt
line-total = Å betale

reason-principal = Beløpet på faktura { $invoice }, sendt { $issued }, med forfall { $due }.
reason-interest-se = Rente etter svensk lov, { $rate } per år, fra { $interest_from } til { $interest_through }.
reason-interest-no = Rente etter forsinkelsesrenteloven, { $rate } per år, fra { $interest_from } til { $interest_through }.

## Gebyrer: navnet, og hva som tillater det
fee-reminder = Purregebyr
fee-collection-warning = Gebyr for varselet
fee-collection-demand = Gebyr for kravet
fee-payment-demand = Gebyr for oppfordringen
fee-instalment-plan = Gebyr for betalingsavtale
fee-instalment-notice = Gebyr for avdrag
fee-late-compensation = Standardkompensasjon
fee-agency-fee = Inkassosalær
reason-fee-se = Det beløpet svensk lov tillater.
reason-fee-no = Det beløpet inkassoreglene tillater.
reason-fee-reminder-se = Gebyret dere ble enige om, slik svensk lov tillater.
reason-fee-collection-demand-se = Gebyret svensk lov tillater for kravet.
reason-fee-late-compensation-se = Det faste beløpet svensk lov tillater mellom bedrifter.
reason-fee-reminder-no = Gebyret inkassoreglene tillater for en purring.
reason-fee-collection-warning-no = Gebyret inkassoreglene tillater for varselet.
reason-fee-payment-demand-no = Gebyret inkassoreglene tillater for oppfordringen.

## Frister
deadline-pre_due_notice = Betal innen { $deadline }.
deadline-reminder = Betal innen { $deadline }.
deadline-second_reminder = Betal innen { $deadline }.
deadline-collection_warning = Betal innen { $deadline }. Du har minst 14 dager.
deadline-collection_demand = Betal innen { $deadline }. Mener du at kravet er feil? Si fra innen samme dag.
deadline-payment_demand = Betal innen { $deadline }. Mener du at kravet er feil? Si fra innen samme dag.
deadline-handover = Betal innen { $deadline }.

how-to-pay = Slik betaler du:
pay-bankgiro = Bankgiro
pay-plusgiro = Plusgiro
pay-account = Konto
pay-iban = IBAN
pay-ocr = OCR
pay-kid = KID
pay-amount = Beløp

portal = På { $url } ser du alt om kravet. Der kan du betale, få mer tid eller dele opp beløpet. Koden din er { $code }. Siden er åpen hele døgnet.

## Det loven krever at brevet sier
legal-dispute = Mener du at kravet er feil? Si fra på siden over, eller skriv til { $creditor }. Vi venter med kravet mens vi ser på saken.
legal-dispute-collection-demand-se = Mener du at kravet er feil? Si fra innen { $deadline } og fortell hvorfor. Bruk siden over, eller skriv til { $creditor }. Vi venter med kravet mens vi ser på saken.
legal-dispute-collection-warning-no = Mener du at kravet er feil? Si fra innen { $deadline } og fortell hvorfor. Bruk siden over, eller skriv til { $creditor }. Vi venter med kravet mens vi ser på saken.
legal-dispute-payment-demand-no = Mener du at kravet er feil? Si fra innen { $deadline } og fortell hvorfor. Bruk siden over, eller skriv til { $creditor }. Vi venter med kravet mens vi ser på saken.
legal-consequence = Hvis kravet ikke blir betalt, kan vi gå videre for å få betalt.
legal-consequence-collection-demand-se = Hvis du ikke betaler eller sier fra innen { $deadline }, kan vi gå til Kronofogden i Sverige. Det kan gi mer kostnader.
legal-consequence-collection-warning-no = Hvis du ikke betaler innen { $deadline }, kan kravet gå til inkasso. Det gir mer kostnader, som du må betale.
legal-consequence-payment-demand-no = Hvis du ikke betaler eller sier fra innen { $deadline }, kan vi gå til Forliksrådet eller sende kravet til inkasso. Det gir mer kostnader, som du må betale.
legal-complaint = Er du ikke fornøyd med hvordan vi følger opp saken? Da kan du klage til oss. Du kan også gå til Finanstilsynet.

closing = Vennlig hilsen

## E-post
email-intro-pre_due_notice = Faktura { $invoice } skal være betalt { $due }. Har du alt betalt? Takk!
email-intro-reminder = Vi har ikke fått betalt for faktura { $invoice }. Den skulle vært betalt { $due }.
email-intro-second_reminder = Faktura { $invoice } skulle vært betalt { $due }. Den er fortsatt ikke betalt.
email-intro-collection_warning = Faktura { $invoice } er ikke betalt. Brevet i vedlegget er et inkassovarsel.
email-intro-collection_demand = Faktura { $invoice } er ikke betalt. Brevet i vedlegget er et krav om betaling.
email-intro-payment_demand = Faktura { $invoice } er ikke betalt. Brevet i vedlegget er en oppfordring til å betale.
email-intro-handover = Faktura { $invoice } er ikke betalt. Vi har sendt kravet videre.
email-portal = På { $url } kan du se alt, betale eller få mer tid. Koden din er { $code }.
email-attachment = Hele brevet ligger ved som PDF.

## SMS: kort
sms-pre_due_notice = { $creditor }: faktura { $invoice } ({ $total }) skal betales innen { $due }. Betal eller se den her:
sms-reminder = { $creditor }: faktura { $invoice } ({ $total }) er ikke betalt. Betal eller få hjelp her:
sms-second_reminder = { $creditor }: faktura { $invoice } ({ $total }) er fortsatt ikke betalt. Betal eller få hjelp her:
sms-collection_warning = { $creditor }: vi har sendt deg et inkassovarsel på { $total }. Se det her:
sms-collection_demand = { $creditor }: vi har sendt deg et krav på { $total }. Se det her:
sms-payment_demand = { $creditor }: vi har sendt deg en betalingsoppfordring på { $total }. Se den her:
sms-handover = { $creditor }: faktura { $invoice } ({ $total }) er sendt videre. Se den her:

## Tekst ved QR-koden
qr-caption-swish = Betal med Swish. Skann koden i Swish-appen. Beløp og referanse fylles ut.
qr-caption-epc = Betal med bankoverføring. Skann koden i bankappen din. Beløp og referanse fylles ut.

## Meldinger fra saksflytene (data/templates/notice-*.j2). Flere verdier: $amount (å betale nå),
## $count (antall avdrag), $number (avdraget som mangler), $first_due, $missed_due, $lapses_after,
## $promised, $plan_fee, $plan_total
title-plan_confirmation = Betalingsplanen din er klar
title-instalment_missed = Et avdrag i betalingsplanen din er ikke betalt
title-plan_lapsed = Betalingsplanen din er avsluttet
title-dispute_rejected = Vårt svar på innsigelsen din
title-promise_broken = Vi har ikke fått betalingen du lovet

intro-plan_confirmation = Takk! Nå har du en betalingsplan for faktura { $invoice }. Så lenge du betaler etter planen, tar vi ingen nye steg. Det kommer heller ingen nye gebyrer.
intro-instalment_missed = Vi har ikke fått avdrag { $number } i betalingsplanen din for faktura { $invoice }. Det var på { $amount } og skulle vært betalt { $missed_due }. Det er lett å glemme en betaling.
intro-plan_lapsed = Betalingsplanen din for faktura { $invoice } er avsluttet. Et avdrag kom ikke inn i tide.
intro-dispute_rejected = Du har sagt at du ikke er enig i faktura { $invoice } fra { $creditor }. Vi har sett nøye på saken. Vi mener at kravet er riktig. Det gjelder derfor fortsatt.
intro-promise_broken = Du lovet å betale faktura { $invoice } innen { $promised }. Vi har ikke fått pengene ennå. Kanskje er de på vei. I så fall takk!

answer = Vårt svar:
col-due = Betal innen
line-plan-total = Sum for planen
letter-plan-count =
    { $count ->
        [one] Planen har { $count } avdrag:
       *[other] Planen har { $count } avdrag:
    }
letter-plan-fee = Beløpene tar med et gebyr på { $plan_fee } for planen. Reglene tillater dette gebyret.

next-plan_confirmation = Betal hvert avdrag innen datoen. Bruk referansen under, så vet vi at det er du som betaler. Kan du ikke betale et avdrag? Si fra før det forfaller.
next-instalment_missed = Betal { $amount } innen { $lapses_after }. Da fortsetter planen som før. Har vi ikke fått pengene da, blir planen avsluttet. Da starter de vanlige stegene for ubetalte regninger igjen.
next-plan_lapsed = De vanlige stegene for ubetalte regninger starter nå igjen. Det kan gi nye gebyrer. Betal { $total } innen { $deadline }, så slipper du det. Si fra hvis du trenger hjelp.
next-dispute_rejected = Vi går nå videre med kravet. Betal { $total } innen { $deadline }. Har du nye opplysninger, eller er du fortsatt uenig? Si fra før den dagen. Du kan også skrive til { $creditor }.
next-promise_broken = Betal { $total } så snart du kan, og senest { $deadline }. Si fra hvis du ikke kan betale. Ofte finnes det en løsning, for eksempel en betalingsplan. Hører vi ikke fra deg, starter de vanlige stegene for ubetalte regninger igjen.

sms-plan_confirmation = { $creditor }: betalingsplanen din for faktura { $invoice } er klar. Betal første avdrag, { $amount }, innen { $first_due }. Se planen her:
sms-instalment_missed = { $creditor }: avdrag { $number } i planen din ({ $amount }) er ikke betalt. Betal innen { $lapses_after }, så gjelder planen. Se mer her:
sms-plan_lapsed = { $creditor }: betalingsplanen din for faktura { $invoice } er avsluttet. Nå skal { $total } betales. Se mer her:
sms-dispute_rejected = { $creditor }: vi har svart på innsigelsen din mot faktura { $invoice }. { $total } skal betales. Se mer her:
sms-promise_broken = { $creditor }: vi har ikke fått betalingen du lovet for faktura { $invoice } ({ $total }). Se mer her:

## Merged letters (case merging: one letter about several invoices of one debtor,
## data/templates/merged-*.j2). Values as above; $total is the total of every invoice.
title-merged-pre_due_notice = Snart tid for å betale fakturaene
title-merged-reminder = Påminnelse: fakturaene er ikke betalt
title-merged-second_reminder = Andre påminnelse: fakturaene er fortsatt ikke betalt
title-merged-collection_warning = Inkassovarsel
title-merged-collection_demand = Inkassokrav
title-merged-payment_demand = Betalingsoppfordring
title-merged-handover = Fakturaene dine er sendt videre

intro-merged-pre_due_notice = Dette er en vennlig påminnelse om at fakturaene under fra { $creditor } snart skal betales. Har du allerede betalt, takk! Du trenger ikke gjøre noe.
intro-merged-reminder = Vi har ikke fått betalt for fakturaene under fra { $creditor }. Det er lett å glemme en regning. Betal gjerne beløpene under.
intro-merged-second_reminder = Fakturaene under fra { $creditor } skulle vært betalt, og vi har fortsatt ikke fått betaling. Betal nå, eller si fra hvis noe er feil.
intro-merged-collection_warning = Fakturaene under fra { $creditor } skulle vært betalt og er ikke betalt. Dette brevet er et varsel om at de går til inkasso hvis de ikke blir betalt.
intro-merged-collection_demand = Fakturaene under fra { $creditor } skulle vært betalt. Vi har sendt påminnelser, men de er ikke betalt. Dette er et krav om betaling.
intro-merged-payment_demand = Fakturaene under fra { $creditor } skulle vært betalt og er ikke betalt. Dette er en oppfordring til å betale.
intro-merged-handover = Fakturaene under fra { $creditor } er ikke betalt. Vi har nå sendt kravene videre.

merged-claim = Faktura { $invoice }, forfall { $due }
merged-claim-total = Å betale for faktura { $invoice }
merged-total = Totalt å betale
merged-pay-each = Betal hver faktura med sin egen betalingsreferanse. Da vet vi hvilken faktura du har betalt.
email-intro-merged = Dette gjelder flere fakturaer fra { $creditor }. Brevet som ligger ved viser hver faktura og hva du skal betale.
sms-merged = { $creditor }: et brev om flere av fakturaene dine, { $total } totalt. Se det her:
