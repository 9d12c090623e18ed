# Brev, e-post och sms (Purrs standardmallar i data/templates). Korta meningar och vanliga
# ord: läsbarhetstestet kräver "lätt" (LIX under 40).

## Rubriker
title-pre_due_notice = Snart dags att betala
title-reminder = Påminnelse: fakturan är inte betald
title-second_reminder = Andra påminnelsen: fakturan är fortfarande inte betald
title-collection_warning = Varsel om inkasso
title-collection_demand = Inkassokrav
title-payment_demand = Betalningsuppmaning
title-handover = Ditt ärende har lämnats vidare

greeting = Hej { $debtor }!

## Första stycket i varje brev
intro-pre_due_notice = Vi vill bara påminna om att faktura { $invoice } ska vara betald den { $due }. Har du redan betalat? Tack! Då behöver du inte göra något.
intro-reminder = Vi har inte fått betalt för faktura { $invoice }. Den skulle vara betald den { $due }. Det är lätt att missa en faktura. Betala gärna beloppet nedan.
intro-second_reminder = Faktura { $invoice } skulle vara betald den { $due }. Vi har ännu inte fått din betalning. Betala nu, eller hör av dig om något är fel.
intro-collection_warning = Faktura { $invoice } från { $creditor } skulle vara betald den { $due }. Den är inte betald. Om den inte blir betald går kravet till inkasso.
intro-collection_demand = Faktura { $invoice } från { $creditor } skulle vara betald den { $due }. Vi har skickat påminnelser, men den är inte betald. Det här är ett inkassokrav.
intro-payment_demand = Faktura { $invoice } från { $creditor } skulle vara betald den { $due }. Den är inte betald. Det här är ett krav på betalning.
intro-handover = Faktura { $invoice } från { $creditor } är inte betald. Vi har nu lämnat kravet vidare.

col-item = Vad
col-amount = Belopp
col-deadline = Betala senast
line-principal = Faktura { $invoice }
line-interest = Ränta
line-paid = Redan betalt
line-total = Att betala

reason-principal = Beloppet på faktura { $invoice }, skickad { $issued }, att betala senast { $due }.
reason-interest-se = Ränta enligt räntelagen, { $rate } per år, från { $interest_from } till { $interest_through }.
reason-interest-no = Ränta enligt norsk lag, { $rate } per år, från { $interest_from } till { $interest_through }.

## Avgifter: namnet, och vad som tillåter den
fee-reminder = Påminnelseavgift
fee-collection-warning = Avgift för varslet
fee-collection-demand = Inkassoavgift
fee-payment-demand = Avgift för kravet
fee-instalment-plan = Avgift för avbetalningsplan
fee-instalment-notice = Avgift för avi
fee-late-compensation = Förseningsersättning
fee-agency-fee = Inkassokostnad
reason-fee-se = Det belopp som lagen om inkassokostnader tillåter.
reason-fee-no = Det belopp som de norska reglerna tillåter.
reason-fee-reminder-se = Den avgift ni kom överens om, så som lagen tillåter.
reason-fee-collection-demand-se = Den avgift som lagen om inkassokostnader tillåter för kravet.
reason-fee-late-compensation-se = Det fasta belopp som räntelagen tillåter mellan företag.
reason-fee-reminder-no = Den avgift som de norska reglerna tillåter.
reason-fee-collection-warning-no = Den avgift som de norska reglerna tillåter för varslet.
reason-fee-payment-demand-no = Den avgift som de norska reglerna tillåter för kravet.

## Sista dag
deadline-pre_due_notice = Betala senast { $deadline }.
deadline-reminder = Betala senast { $deadline }.
deadline-second_reminder = Betala senast { $deadline }.
deadline-collection_warning = Betala senast { $deadline }. Du har minst 14 dagar på dig.
deadline-collection_demand = Betala senast { $deadline }. Tycker du att kravet är fel? Säg det till oss senast samma dag.
deadline-payment_demand = Betala senast { $deadline }. Tycker du att kravet är fel? Säg det till oss senast samma dag.
deadline-handover = Betala senast { $deadline }.

how-to-pay = Så här betalar du:
pay-bankgiro = Bankgiro
pay-plusgiro = Plusgiro
pay-account = Konto
pay-iban = IBAN
pay-ocr = OCR-nummer
pay-kid = KID
pay-amount = Belopp

portal = På { $url } ser du allt om kravet. Där kan du betala, få mer tid eller dela upp beloppet. Din kod är { $code }. Sidan är öppen dygnet runt.

## Det lagen kräver att brevet säger
legal-dispute = Tycker du att kravet är fel? Säg det till oss på sidan ovan, eller skriv till { $creditor }. Vi väntar med kravet medan vi ser över det.
legal-dispute-collection-demand-se = Tycker du att kravet är fel? Säg det till oss senast { $deadline } och berätta varför. Använd sidan ovan, eller skriv till { $creditor }. Vi väntar med kravet medan vi ser över det.
legal-dispute-collection-warning-no = Tycker du att kravet är fel? Säg det till oss senast { $deadline } och berätta varför. Använd sidan ovan, eller skriv till { $creditor }. Vi väntar med kravet medan vi ser över det.
legal-dispute-payment-demand-no = Tycker du att kravet är fel? Säg det till oss senast { $deadline } och berätta varför. Använd sidan ovan, eller skriv till { $creditor }. Vi väntar med kravet medan vi ser över det.
legal-consequence = Om kravet inte blir betalt kan vi gå vidare för att få betalt.
legal-consequence-collection-demand-se = Om du inte betalar eller hör av dig senast { $deadline } kan vi vända oss till Kronofogden. Det kan ge mer kostnader och en betalningsanmärkning.
legal-consequence-collection-warning-no = Om du inte betalar senast { $deadline } kan kravet gå till inkasso. Det ger mer kostnader, som du får betala.
legal-consequence-payment-demand-no = Om du inte betalar eller hör av dig senast { $deadline } kan vi gå till Forliksrådet eller lämna kravet till inkasso. Det ger mer kostnader, som du får betala.
legal-complaint = Är du inte nöjd med hur vi sköter ditt ärende? Då kan du klaga till oss. Du kan också vända dig till Finanstilsynet i Norge.

closing = Vänliga hälsningar

## E-post
email-intro-pre_due_notice = Faktura { $invoice } ska vara betald den { $due }. Har du redan betalat? Tack!
email-intro-reminder = Vi har inte fått betalt för faktura { $invoice }. Den skulle vara betald den { $due }.
email-intro-second_reminder = Faktura { $invoice } skulle vara betald den { $due }. Den är fortfarande inte betald.
email-intro-collection_warning = Faktura { $invoice } är inte betald. Brevet i bilagan är ett varsel om inkasso.
email-intro-collection_demand = Faktura { $invoice } är inte betald. Brevet i bilagan är ett inkassokrav.
email-intro-payment_demand = Faktura { $invoice } är inte betald. Brevet i bilagan är ett krav på betalning.
email-intro-handover = Faktura { $invoice } är inte betald. Vi har lämnat kravet vidare.
email-portal = På { $url } kan du se allt, betala eller få mer tid. Din kod är { $code }.
email-attachment = Hela brevet finns som PDF i bilagan.

## Sms: kort
sms-pre_due_notice = { $creditor }: faktura { $invoice } ({ $total }) ska betalas senast { $due }. Betala eller se den här:
sms-reminder = { $creditor }: faktura { $invoice } ({ $total }) är inte betald. Betala eller få hjälp här:
sms-second_reminder = { $creditor }: faktura { $invoice } ({ $total }) är fortfarande inte betald. Betala eller få hjälp här:
sms-collection_warning = { $creditor }: vi har skickat ett varsel om inkasso på { $total }. Se det här:
sms-collection_demand = { $creditor }: vi har skickat ett inkassokrav på { $total }. Se det här:
sms-payment_demand = { $creditor }: vi har skickat ett krav på { $total }. Se det här:
sms-handover = { $creditor }: faktura { $invoice } ({ $total }) har lämnats vidare. Se den här:

## Text bredvid QR-koden
qr-caption-swish = Betala med Swish. Skanna koden i Swish-appen. Belopp och OCR-nummer fylls i.
qr-caption-epc = Betala med banköverföring. Skanna koden i din bankapp. Belopp och referens fylls i.

## Meddelanden från ärendeflödena (data/templates/notice-*.j2). Fler värden: $amount (att betala
## nu), $count (antal delar), $number (den missade delen), $first_due, $missed_due, $lapses_after,
## $promised, $plan_fee, $plan_total
title-plan_confirmation = Din betalningsplan är klar
title-instalment_missed = En del av din betalningsplan är inte betald
title-plan_lapsed = Din betalningsplan har upphört
title-dispute_rejected = Vårt svar på din invändning
title-promise_broken = Vi har inte fått betalningen du lovade

intro-plan_confirmation = Tack! Nu har du en betalningsplan för faktura { $invoice }. Så länge du betalar enligt planen tar vi inga nya steg. Det blir inte heller några nya avgifter.
intro-instalment_missed = Vi har inte fått del { $number } av din betalningsplan för faktura { $invoice }. Den var på { $amount } och skulle vara betald den { $missed_due }. Det är lätt att missa en betalning.
intro-plan_lapsed = Din betalningsplan för faktura { $invoice } har upphört. En del kom inte in i tid.
intro-dispute_rejected = Du har sagt att du inte håller med om faktura { $invoice } från { $creditor }. Vi har gått igenom saken noga. Vi anser att kravet är riktigt. Det gäller alltså fortfarande.
intro-promise_broken = Du lovade att betala faktura { $invoice } senast den { $promised }. Vi har ännu inte fått pengarna. Kanske är de på väg. I så fall tack!

answer = Vårt svar:
col-due = Betala senast
line-plan-total = Summa för planen
letter-plan-count =
    { $count ->
        [one] Planen har { $count } del:
       *[other] Planen har { $count } delar:
    }
letter-plan-fee = I beloppen ingår en avgift på { $plan_fee } för planen. Lagen tillåter den avgiften.

next-plan_confirmation = Betala varje del senast på sitt datum. Använd referensen nedan, så vet vi att det är du som betalar. Kan du inte betala en del? Hör av dig innan den ska betalas.
next-instalment_missed = Betala { $amount } senast den { $lapses_after }. Då fortsätter planen som vanligt. Har vi inte fått pengarna då, upphör planen. Då börjar de vanliga stegen för obetalda fakturor igen.
next-plan_lapsed = De vanliga stegen för obetalda fakturor börjar nu igen. Det kan ge nya avgifter. Betala { $total } senast den { $deadline } så slipper du det. Hör av dig om du behöver hjälp.
next-dispute_rejected = Vi går nu vidare med kravet. Betala { $total } senast den { $deadline }. Har du nya uppgifter, eller håller du fortfarande inte med? Hör av dig före den dagen. Du kan också skriva till { $creditor }.
next-promise_broken = Betala { $total } så snart du kan, och senast den { $deadline }. Hör av dig om du inte kan betala. Ofta finns det en lösning, till exempel en betalningsplan. Hör vi inget börjar de vanliga stegen för obetalda fakturor igen.

sms-plan_confirmation = { $creditor }: din betalningsplan för faktura { $invoice } är klar. Betala första delen, { $amount }, senast { $first_due }. Se planen här:
sms-instalment_missed = { $creditor }: del { $number } av din plan ({ $amount }) är inte betald. Betala senast { $lapses_after } så gäller planen. Se mer här:
sms-plan_lapsed = { $creditor }: din betalningsplan för faktura { $invoice } har upphört. Nu ska { $total } betalas. Se mer här:
sms-dispute_rejected = { $creditor }: vi har svarat på din invändning mot faktura { $invoice }. { $total } ska betalas. Se mer här:
sms-promise_broken = { $creditor }: vi har inte fått betalningen du lovade för faktura { $invoice } ({ $total }). Se mer här:

## Merged letters (case merging: one letter about several invoices of one debtor,
## data/templates/merged-*.j2). Values as above; $total is the total of every invoice.
title-merged-pre_due_notice = Snart dags att betala dina fakturor
title-merged-reminder = Påminnelse: fakturorna är inte betalda
title-merged-second_reminder = Andra påminnelsen: fakturorna är fortfarande inte betalda
title-merged-collection_warning = Varsel om inkasso
title-merged-collection_demand = Inkassokrav
title-merged-payment_demand = Betalningsuppmaning
title-merged-handover = Dina fakturor har lämnats vidare

intro-merged-pre_due_notice = Det här är en vänlig påminnelse om att fakturorna nedan från { $creditor } snart ska betalas. Har du redan betalat, tack! Du behöver inte göra något.
intro-merged-reminder = Vi har inte fått betalt för fakturorna nedan från { $creditor }. Det är lätt att missa en faktura. Betala gärna beloppen nedan.
intro-merged-second_reminder = Fakturorna nedan från { $creditor } skulle redan vara betalda, och vi har fortfarande inte fått betalt. Betala nu, eller säg till om något är fel.
intro-merged-collection_warning = Fakturorna nedan från { $creditor } skulle redan vara betalda och är inte betalda. Det här brevet är ett varsel om att de går till inkasso om de inte betalas.
intro-merged-collection_demand = Fakturorna nedan från { $creditor } skulle redan vara betalda. Vi har skickat påminnelser, men de är inte betalda. Det här är ett inkassokrav.
intro-merged-payment_demand = Fakturorna nedan från { $creditor } skulle redan vara betalda och är inte betalda. Det här är en uppmaning att betala.
intro-merged-handover = Fakturorna nedan från { $creditor } är inte betalda. Vi har nu lämnat kraven vidare.

merged-claim = Faktura { $invoice }, förfallodag { $due }
merged-claim-total = Att betala för faktura { $invoice }
merged-total = Totalt att betala
merged-pay-each = Betala varje faktura med sitt eget referensnummer. Då vet vi vilken faktura du har betalat.
email-intro-merged = Det här gäller flera fakturor från { $creditor }. Brevet i bilagan visar varje faktura och vad du ska betala.
sms-merged = { $creditor }: ett brev om flera av dina fakturor, { $total } totalt. Se det här:
