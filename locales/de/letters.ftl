# Briefe, E-Mails und SMS (Purrs Standardvorlagen in data/templates). Kurze Sätze und
# einfache Wörter.

## Überschriften
title-pre_due_notice = Ihre Rechnung ist bald fällig
title-reminder = Erinnerung: Ihre Rechnung ist noch nicht bezahlt
title-second_reminder = Zweite Erinnerung: Ihre Rechnung ist immer noch nicht bezahlt
title-collection_warning = Hinweis vor dem Inkasso
title-collection_demand = Inkassoforderung
title-payment_demand = Zahlungsaufforderung
title-handover = Ihr Fall wurde weitergegeben

greeting = Guten Tag { $debtor },

## Der erste Absatz jedes Briefs
intro-pre_due_notice = Wir möchten Sie freundlich daran erinnern, dass die Rechnung { $invoice } am { $due } fällig ist. Wenn Sie schon bezahlt haben, danke. Dann müssen Sie nichts tun.
intro-reminder = Wir haben für die Rechnung { $invoice }, fällig am { $due }, noch keine Zahlung erhalten. Eine Rechnung übersieht man leicht. Bitte zahlen Sie den Betrag unten.
intro-second_reminder = Die Rechnung { $invoice } war am { $due } fällig, und wir haben Ihre Zahlung noch immer nicht erhalten. Bitte zahlen Sie jetzt, oder sagen Sie uns, wenn etwas nicht stimmt.
intro-collection_warning = Die Rechnung { $invoice } von { $creditor } war am { $due } fällig und ist noch nicht bezahlt. Dieser Brief weist Sie darauf hin, dass die Forderung ins Inkasso geht, wenn sie nicht bezahlt wird.
intro-collection_demand = Die Rechnung { $invoice } von { $creditor } war am { $due } fällig. Wir haben Sie erinnert, aber die Rechnung ist noch nicht bezahlt. Dies ist eine Zahlungsforderung.
intro-payment_demand = Die Rechnung { $invoice } von { $creditor } war am { $due } fällig und ist noch nicht bezahlt. Dies ist eine Zahlungsforderung.
intro-handover = Die Rechnung { $invoice } von { $creditor } ist noch nicht bezahlt. Wir haben die Forderung nun zum weiteren Einzug weitergegeben.

col-item = Was
col-amount = Betrag
col-deadline = Zahlen bis
line-principal = Rechnung { $invoice }
line-interest = Verzugszinsen
line-paid = Bereits bezahlt
line-total = Zu zahlen

reason-principal = Der Betrag der Rechnung { $invoice }, gesendet am { $issued }, fällig am { $due }.
reason-interest-se = Zinsen nach dem schwedischen Zinsgesetz, { $rate } im Jahr, vom { $interest_from } bis { $interest_through }.
reason-interest-no = Zinsen nach dem norwegischen Verzugszinsgesetz, { $rate } im Jahr, vom { $interest_from } bis { $interest_through }.

## Gebühren: der Name, und was sie erlaubt
fee-reminder = Mahngebühr
fee-collection-warning = Gebühr für den Hinweis
fee-collection-demand = Inkassogebühr
fee-payment-demand = Gebühr für die Zahlungsaufforderung
fee-instalment-plan = Gebühr für den Ratenplan
fee-instalment-notice = Gebühr für die Ratenmitteilung
fee-late-compensation = Pauschale für Zahlungsverzug
fee-agency-fee = Inkassokosten
reason-fee-se = Der Betrag, den das schwedische Gesetz über Inkassokosten erlaubt.
reason-fee-no = Der Betrag, den die norwegischen Inkassoregeln erlauben.
reason-fee-reminder-se = Die vereinbarte Mahngebühr, wie sie das schwedische Gesetz über Inkassokosten erlaubt.
reason-fee-collection-demand-se = Die Gebühr, die das schwedische Gesetz über Inkassokosten für diese Forderung erlaubt.
reason-fee-late-compensation-se = Der feste Betrag, den das schwedische Zinsgesetz zwischen Unternehmen erlaubt.
reason-fee-reminder-no = Die Mahngebühr, die die norwegischen Inkassoregeln erlauben.
reason-fee-collection-warning-no = Die Gebühr, die die norwegischen Inkassoregeln für diesen Hinweis erlauben.
reason-fee-payment-demand-no = Die Gebühr, die die norwegischen Inkassoregeln für diese Aufforderung erlauben.

## Fristen
deadline-pre_due_notice = Bitte zahlen Sie bis zum { $deadline }.
deadline-reminder = Bitte zahlen Sie bis zum { $deadline }.
deadline-second_reminder = Bitte zahlen Sie bis zum { $deadline }.
deadline-collection_warning = Bitte zahlen Sie bis zum { $deadline }. Sie haben also mindestens 14 Tage Zeit.
deadline-collection_demand = Bitte zahlen Sie bis zum { $deadline }, oder sagen Sie uns bis dahin, dass Sie nicht einverstanden sind.
deadline-payment_demand = Bitte zahlen Sie bis zum { $deadline }, oder sagen Sie uns bis dahin, dass Sie nicht einverstanden sind.
deadline-handover = Bitte zahlen Sie bis zum { $deadline }.

how-to-pay = So zahlen Sie:
pay-bankgiro = Bankgiro
pay-plusgiro = Plusgiro
pay-account = Konto
pay-iban = IBAN
pay-ocr = OCR-Referenz
pay-kid = KID
pay-amount = Betrag

portal = Unter { $url } sehen Sie alle Angaben. Dort können Sie zahlen, mehr Zeit erbitten oder den Betrag aufteilen. Ihr Code ist { $code }. Die Seite ist Tag und Nacht offen.

## Was das Gesetz von jedem Brief verlangt
legal-dispute = Wenn Sie meinen, dass die Forderung falsch ist, sagen Sie es uns. Nutzen Sie die Seite oben, oder schreiben Sie an { $creditor }. Solange wir das prüfen, ruht der Einzug.
legal-dispute-collection-demand-se = Wenn Sie meinen, dass die Forderung falsch ist, sagen Sie es uns bis zum { $deadline } und nennen Sie den Grund. Nutzen Sie die Seite oben, oder schreiben Sie an { $creditor }. Solange wir das prüfen, ruht der Einzug.
legal-dispute-collection-warning-no = Wenn Sie meinen, dass die Forderung falsch ist, sagen Sie es uns bis zum { $deadline } und nennen Sie den Grund. Nutzen Sie die Seite oben, oder schreiben Sie an { $creditor }. Solange wir das prüfen, ruht der Einzug.
legal-dispute-payment-demand-no = Wenn Sie meinen, dass die Forderung falsch ist, sagen Sie es uns bis zum { $deadline } und nennen Sie den Grund. Nutzen Sie die Seite oben, oder schreiben Sie an { $creditor }. Solange wir das prüfen, ruht der Einzug.
legal-consequence = Wenn die Forderung nicht bezahlt wird, können wir weitere Schritte einleiten, um sie einzuziehen.
legal-consequence-collection-demand-se = Wenn Sie bis zum { $deadline } weder zahlen noch sich melden, können wir bei der schwedischen Vollstreckungsbehörde (Kronofogden) einen Zahlungsbefehl beantragen. Das kann weitere Kosten und einen negativen Zahlungsvermerk bringen.
legal-consequence-collection-warning-no = Wenn Sie bis zum { $deadline } nicht zahlen, kann die Forderung ins Inkasso gehen. Das bringt weitere Kosten, die Sie tragen müssen.
legal-consequence-payment-demand-no = Wenn Sie bis zum { $deadline } weder zahlen noch widersprechen, können wir uns an die norwegische Schlichtungsstelle (Forliksrådet) wenden oder die Forderung einem Inkassobüro übergeben. Das bringt weitere Kosten, die Sie tragen müssen.
legal-complaint = Wenn Sie mit der Bearbeitung Ihres Falls nicht zufrieden sind, können Sie sich bei uns beschweren. Sie können sich auch an die norwegische Finanzaufsicht (Finanstilsynet) wenden.

closing = Mit freundlichen Grüßen

## E-Mail
email-intro-pre_due_notice = Die Rechnung { $invoice } ist am { $due } fällig. Wenn Sie schon bezahlt haben, danke.
email-intro-reminder = Für die Rechnung { $invoice }, fällig am { $due }, haben wir noch keine Zahlung erhalten.
email-intro-second_reminder = Die Rechnung { $invoice } war am { $due } fällig und ist immer noch nicht bezahlt.
email-intro-collection_warning = Die Rechnung { $invoice } ist noch nicht bezahlt. Der beigefügte Brief ist ein Hinweis vor dem Inkasso.
email-intro-collection_demand = Die Rechnung { $invoice } ist noch nicht bezahlt. Der beigefügte Brief ist eine Zahlungsforderung.
email-intro-payment_demand = Die Rechnung { $invoice } ist noch nicht bezahlt. Der beigefügte Brief ist eine Zahlungsforderung.
email-intro-handover = Die Rechnung { $invoice } ist noch nicht bezahlt. Wir haben sie zum weiteren Einzug weitergegeben.
email-portal = Unter { $url } sehen Sie alle Angaben, können zahlen oder mehr Zeit erbitten. Ihr Code ist { $code }.
email-attachment = Der ganze Brief ist als PDF beigefügt.

## SMS: kurz
sms-pre_due_notice = { $creditor }: Rechnung { $invoice } ({ $total }) ist am { $due } fällig. Zahlen oder ansehen:
sms-reminder = { $creditor }: Rechnung { $invoice } ({ $total }) ist noch nicht bezahlt. Zahlen oder Hilfe holen:
sms-second_reminder = { $creditor }: Rechnung { $invoice } ({ $total }) ist immer noch nicht bezahlt. Zahlen oder Hilfe holen:
sms-collection_warning = { $creditor }: Wir haben Ihnen einen Hinweis vor dem Inkasso über { $total } geschickt. Hier ansehen:
sms-collection_demand = { $creditor }: Wir haben Ihnen eine Forderung über { $total } geschickt. Hier ansehen:
sms-payment_demand = { $creditor }: Wir haben Ihnen eine Forderung über { $total } geschickt. Hier ansehen:
sms-handover = { $creditor }: Rechnung { $invoice } ({ $total }) wurde weitergegeben. Hier ansehen:

## Text neben dem Zahlungscode
qr-caption-swish = Mit Swish zahlen. Scannen Sie den Code in der Swish-App. Betrag und Referenz sind ausgefüllt.
qr-caption-epc = Per Überweisung zahlen. Scannen Sie den Code in Ihrer Banking-App. Betrag und Referenz sind ausgefüllt.

## Mitteilungen zum Fall (data/templates/notice-*.j2)
title-plan_confirmation = Ihr Ratenplan steht
title-instalment_missed = Eine Rate Ihres Ratenplans ist nicht bezahlt
title-plan_lapsed = Ihr Ratenplan ist beendet
title-dispute_rejected = Unsere Antwort auf Ihren Einwand
title-promise_broken = Die zugesagte Zahlung ist nicht eingegangen

intro-plan_confirmation = Danke! Sie haben jetzt einen Ratenplan für die Rechnung { $invoice }. Solange Sie wie vereinbart zahlen, unternehmen wir nichts weiter. Es kommen auch keine neuen Gebühren dazu.
intro-instalment_missed = Wir haben die Rate { $number } Ihres Ratenplans für die Rechnung { $invoice } nicht erhalten. Sie betrug { $amount } und war am { $missed_due } fällig. Eine Zahlung vergisst man leicht.
intro-plan_lapsed = Ihr Ratenplan für die Rechnung { $invoice } ist beendet. Eine Rate wurde nicht rechtzeitig bezahlt.
intro-dispute_rejected = Sie haben uns gesagt, dass Sie mit der Rechnung { $invoice } von { $creditor } nicht einverstanden sind. Wir haben das sorgfältig geprüft. Die Forderung ist aus unserer Sicht richtig und bleibt bestehen.
intro-promise_broken = Sie haben zugesagt, die Rechnung { $invoice } bis zum { $promised } zu bezahlen. Wir haben das Geld noch nicht erhalten. Vielleicht ist es unterwegs. Dann danke!

answer = Unsere Antwort:
col-due = Zahlen bis
line-plan-total = Summe des Plans
letter-plan-count =
    { $count ->
        [one] Der Plan hat { $count } Rate:
       *[other] Der Plan hat { $count } Raten:
    }
letter-plan-fee = Die Beträge enthalten eine Gebühr von { $plan_fee } für den Plan. Das Gesetz erlaubt diese Gebühr.

next-plan_confirmation = Zahlen Sie jede Rate bis zu ihrem Datum. Nutzen Sie die Referenz unten, damit wir Ihre Zahlung zuordnen können. Wenn Sie eine Rate nicht zahlen können, sagen Sie es uns vor dem Fälligkeitstag.
next-instalment_missed = Bitte zahlen Sie { $amount } bis zum { $lapses_after }. Dann läuft Ihr Plan weiter wie bisher. Wenn das Geld bis dahin nicht da ist, endet der Plan. Dann beginnen wieder die üblichen Schritte für unbezahlte Rechnungen.
next-plan_lapsed = Die üblichen Schritte für unbezahlte Rechnungen beginnen jetzt wieder. Das kann neue Gebühren bringen. Zahlen Sie { $total } bis zum { $deadline }, um das zu vermeiden. Sagen Sie uns, wenn Sie Hilfe brauchen.
next-dispute_rejected = Wir setzen den Einzug der Forderung jetzt fort. Bitte zahlen Sie { $total } bis zum { $deadline }. Haben Sie neue Angaben, oder sind Sie weiter nicht einverstanden? Sagen Sie es uns vor diesem Tag. Sie können auch an { $creditor } schreiben.
next-promise_broken = Bitte zahlen Sie { $total } so bald wie möglich, spätestens bis zum { $deadline }. Sagen Sie uns, wenn Sie nicht zahlen können. Oft gibt es eine Lösung, zum Beispiel einen Ratenplan. Wenn wir nichts von Ihnen hören, beginnen wieder die üblichen Schritte für unbezahlte Rechnungen.

sms-plan_confirmation = { $creditor }: Ihr Ratenplan für Rechnung { $invoice } steht. Erste Rate { $amount } bis { $first_due }. Plan hier ansehen:
sms-instalment_missed = { $creditor }: Rate { $number } Ihres Plans ({ $amount }) ist nicht bezahlt. Zahlen Sie bis { $lapses_after }, dann gilt der Plan weiter. Mehr hier:
sms-plan_lapsed = { $creditor }: Ihr Ratenplan für Rechnung { $invoice } ist beendet. Jetzt sind { $total } fällig. Mehr hier:
sms-dispute_rejected = { $creditor }: Wir haben auf Ihren Einwand zu Rechnung { $invoice } geantwortet. { $total } sind fällig. Mehr hier:
sms-promise_broken = { $creditor }: Die zugesagte Zahlung für Rechnung { $invoice } ({ $total }) ist nicht eingegangen. Mehr hier:

## Merged letters (case merging: one letter about several invoices of one debtor,
## data/templates/merged-*.j2). Values as above; $total is the total of every invoice.
title-merged-pre_due_notice = Ihre Rechnungen sind bald fällig
title-merged-reminder = Erinnerung: Ihre Rechnungen sind noch nicht bezahlt
title-merged-second_reminder = Zweite Erinnerung: Ihre Rechnungen sind immer noch nicht bezahlt
title-merged-collection_warning = Hinweis vor dem Inkasso
title-merged-collection_demand = Inkassoforderung
title-merged-payment_demand = Zahlungsaufforderung
title-merged-handover = Ihre Rechnungen wurden weitergegeben

intro-merged-pre_due_notice = Wir möchten Sie freundlich daran erinnern: Die Rechnungen unten von { $creditor } sind bald fällig. Wenn Sie schon bezahlt haben, danke! Sie müssen nichts tun.
intro-merged-reminder = Für die Rechnungen unten von { $creditor } haben wir noch keine Zahlung erhalten. Eine Rechnung übersieht man leicht. Bitte zahlen Sie die Beträge unten.
intro-merged-second_reminder = Die Rechnungen unten von { $creditor } sind überfällig, und wir haben noch keine Zahlung erhalten. Bitte zahlen Sie jetzt, oder sagen Sie uns, wenn etwas nicht stimmt.
intro-merged-collection_warning = Die Rechnungen unten von { $creditor } sind überfällig und noch nicht bezahlt. Dieser Brief ist ein Hinweis: Sie gehen ins Inkasso, wenn sie nicht bezahlt werden.
intro-merged-collection_demand = Die Rechnungen unten von { $creditor } sind überfällig. Wir haben Sie erinnert, aber sie sind noch nicht bezahlt. Dies ist eine Zahlungsforderung.
intro-merged-payment_demand = Die Rechnungen unten von { $creditor } sind überfällig und noch nicht bezahlt. Dies ist eine Zahlungsaufforderung.
intro-merged-handover = Die Rechnungen unten von { $creditor } sind noch nicht bezahlt. Wir haben die Forderungen nun zum weiteren Einzug weitergegeben.

merged-claim = Rechnung { $invoice }, fällig am { $due }
merged-claim-total = Zu zahlen für Rechnung { $invoice }
merged-total = Insgesamt zu zahlen
merged-pay-each = Zahlen Sie jede Rechnung mit ihrer eigenen Referenz. So wissen wir, welche Rechnung Sie bezahlt haben.
email-intro-merged = Es geht um mehrere Rechnungen von { $creditor }. Der beigefügte Brief nennt jede Rechnung und den Betrag dafür.
sms-merged = { $creditor }: ein Brief zu mehreren Ihrer Rechnungen, insgesamt { $total }. Hier ansehen:
