# Laiškai, el. laiškai ir SMS (numatytieji Purr šablonai data/templates). Trumpi sakiniai ir
# paprasti žodžiai.

## Antraštės
title-pre_due_notice = Netrukus baigiasi sąskaitos apmokėjimo terminas
title-reminder = Priminimas: sąskaita dar neapmokėta
title-second_reminder = Antras priminimas: sąskaita vis dar neapmokėta
title-collection_warning = Pranešimas prieš išieškojimą
title-collection_demand = Išieškojimo reikalavimas
title-payment_demand = Reikalavimas sumokėti
title-handover = Jūsų byla perduota toliau

greeting = Sveiki, { $debtor },

## Kiekvieno laiško pirmoji pastraipa
intro-pre_due_notice = Primename, kad sąskaitos { $invoice } apmokėjimo terminas yra { $due }. Jei jau sumokėjote, ačiū. Jums nieko daryti nereikia.
intro-reminder = Dar negavome mokėjimo už sąskaitą { $invoice }, kurios terminas buvo { $due }. Sąskaitą lengva praleisti. Prašome sumokėti toliau nurodytą sumą.
intro-second_reminder = Sąskaitos { $invoice } terminas buvo { $due }, o jūsų mokėjimo vis dar negavome. Prašome sumokėti dabar arba pranešti mums, jei kas nors ne taip.
intro-collection_warning = Sąskaitos { $invoice } iš { $creditor } terminas buvo { $due }, ir ji vis dar neapmokėta. Šiuo laišku pranešame, kad skola bus perduota išieškoti, jei nebus sumokėta.
intro-collection_demand = Sąskaitos { $invoice } iš { $creditor } terminas buvo { $due }. Siuntėme priminimus, bet sąskaita vis dar neapmokėta. Tai reikalavimas sumokėti.
intro-payment_demand = Sąskaitos { $invoice } iš { $creditor } terminas buvo { $due }, ir ji vis dar neapmokėta. Tai reikalavimas sumokėti.
intro-handover = Sąskaita { $invoice } iš { $creditor } vis dar neapmokėta. Perdavėme skolą tolesniam išieškojimui.

col-item = Kas
col-amount = Suma
col-deadline = Sumokėti iki
line-principal = Sąskaita { $invoice }
line-interest = Delspinigiai
line-paid = Jau sumokėta
line-total = Mokėti

reason-principal = Sąskaitos { $invoice } suma; sąskaita išsiųsta { $issued }, terminas { $due }.
reason-interest-se = Palūkanos pagal Švedijos palūkanų įstatymą, { $rate } per metus, nuo { $interest_from } iki { $interest_through }.
reason-interest-no = Palūkanos pagal Norvegijos delspinigių įstatymą, { $rate } per metus, nuo { $interest_from } iki { $interest_through }.

## Mokesčiai: pavadinimas ir kas juos leidžia
fee-reminder = Priminimo mokestis
fee-collection-warning = Pranešimo mokestis
fee-collection-demand = Išieškojimo mokestis
fee-payment-demand = Reikalavimo mokestis
fee-instalment-plan = Mokėjimo plano mokestis
fee-instalment-notice = Pranešimo apie įmoką mokestis
fee-late-compensation = Kompensacija už vėlavimą
fee-agency-fee = Išieškojimo išlaidos
reason-fee-se = Suma, kurią leidžia Švedijos išieškojimo išlaidų įstatymas.
reason-fee-no = Suma, kurią leidžia Norvegijos išieškojimo taisyklės.
reason-fee-reminder-se = Sutartas priminimo mokestis, kurį leidžia Švedijos išieškojimo išlaidų įstatymas.
reason-fee-collection-demand-se = Mokestis, kurį Švedijos išieškojimo išlaidų įstatymas leidžia už šį reikalavimą.
reason-fee-late-compensation-se = Fiksuota suma, kurią Švedijos palūkanų įstatymas leidžia tarp įmonių.
reason-fee-reminder-no = Priminimo mokestis, kurį leidžia Norvegijos išieškojimo taisyklės.
reason-fee-collection-warning-no = Mokestis, kurį Norvegijos išieškojimo taisyklės leidžia už šį pranešimą.
reason-fee-payment-demand-no = Mokestis, kurį Norvegijos išieškojimo taisyklės leidžia už šį reikalavimą.

## Terminai
deadline-pre_due_notice = Prašome sumokėti iki { $deadline }.
deadline-reminder = Prašome sumokėti iki { $deadline }.
deadline-second_reminder = Prašome sumokėti iki { $deadline }.
deadline-collection_warning = Prašome sumokėti iki { $deadline }. Tai ne mažiau kaip 14 dienų.
deadline-collection_demand = Prašome sumokėti arba pranešti mums, kad nesutinkate, iki { $deadline }.
deadline-payment_demand = Prašome sumokėti arba pranešti mums, kad nesutinkate, iki { $deadline }.
deadline-handover = Prašome sumokėti iki { $deadline }.

how-to-pay = Kaip sumokėti:
pay-bankgiro = Bankgiro
pay-plusgiro = Plusgiro
pay-account = Sąskaita
pay-iban = IBAN
pay-ocr = OCR kodas
pay-kid = KID
pay-amount = Suma

portal = Svetainėje { $url } matysite visą informaciją. Ten galite sumokėti, paprašyti daugiau laiko arba išdalyti sumą. Jūsų kodas: { $code }. Svetainė veikia visą parą.

## Ką įstatymas reikalauja nurodyti laiške
legal-dispute = Jei manote, kad reikalavimas neteisingas, praneškite mums. Naudokitės aukščiau nurodyta svetaine arba rašykite { $creditor }. Kol tikriname, išieškojimą sustabdome.
legal-dispute-collection-demand-se = Jei manote, kad reikalavimas neteisingas, praneškite mums iki { $deadline } ir nurodykite priežastį. Naudokitės aukščiau nurodyta svetaine arba rašykite { $creditor }. Kol tikriname, išieškojimą sustabdome.
legal-dispute-collection-warning-no = Jei manote, kad reikalavimas neteisingas, praneškite mums iki { $deadline } ir nurodykite priežastį. Naudokitės aukščiau nurodyta svetaine arba rašykite { $creditor }. Kol tikriname, išieškojimą sustabdome.
legal-dispute-payment-demand-no = Jei manote, kad reikalavimas neteisingas, praneškite mums iki { $deadline } ir nurodykite priežastį. Naudokitės aukščiau nurodyta svetaine arba rašykite { $creditor }. Kol tikriname, išieškojimą sustabdome.
legal-consequence = Jei skola nebus sumokėta, galime imtis kitų veiksmų jai išieškoti.
legal-consequence-collection-demand-se = Jei iki { $deadline } nesumokėsite ir nepranešite mums, galime kreiptis į Švedijos antstolių tarnybą (Kronofogden) dėl įsakymo sumokėti. Tai gali padidinti išlaidas ir sukelti neigiamą mokėjimo įrašą.
legal-consequence-collection-warning-no = Jei nesumokėsite iki { $deadline }, skola gali būti perduota išieškoti. Tai padidins išlaidas, kurias turėsite apmokėti.
legal-consequence-payment-demand-no = Jei iki { $deadline } nesumokėsite ir nepateiksite prieštaravimo, galime kreiptis į Norvegijos taikinimo tarybą (Forliksrådet) arba perduoti skolą išieškojimo įmonei. Tai padidins išlaidas, kurias turėsite apmokėti.
legal-complaint = Jei nesate patenkinti, kaip tvarkome jūsų bylą, galite pateikti mums skundą. Taip pat galite kreiptis į Norvegijos finansų priežiūros instituciją (Finanstilsynet).

closing = Pagarbiai

## El. paštas
email-intro-pre_due_notice = Sąskaitos { $invoice } terminas yra { $due }. Jei jau sumokėjote, ačiū.
email-intro-reminder = Dar negavome mokėjimo už sąskaitą { $invoice }, kurios terminas buvo { $due }.
email-intro-second_reminder = Sąskaitos { $invoice } terminas buvo { $due }, ir ji vis dar neapmokėta.
email-intro-collection_warning = Sąskaita { $invoice } vis dar neapmokėta. Pridėtas laiškas yra pranešimas prieš išieškojimą.
email-intro-collection_demand = Sąskaita { $invoice } vis dar neapmokėta. Pridėtas laiškas yra reikalavimas sumokėti.
email-intro-payment_demand = Sąskaita { $invoice } vis dar neapmokėta. Pridėtas laiškas yra reikalavimas sumokėti.
email-intro-handover = Sąskaita { $invoice } vis dar neapmokėta, todėl perdavėme ją tolesniam išieškojimui.
email-portal = Svetainėje { $url } matysite informaciją, galėsite sumokėti arba paprašyti daugiau laiko. Jūsų kodas: { $code }.
email-attachment = Visas laiškas pridėtas PDF formatu.

## SMS: trumpai
sms-pre_due_notice = { $creditor }: sąskaitos { $invoice } ({ $total }) terminas { $due }. Sumokėkite arba peržiūrėkite:
sms-reminder = { $creditor }: sąskaita { $invoice } ({ $total }) dar neapmokėta. Sumokėkite arba gaukite pagalbą:
sms-second_reminder = { $creditor }: sąskaita { $invoice } ({ $total }) vis dar neapmokėta. Sumokėkite arba gaukite pagalbą:
sms-collection_warning = { $creditor }: išsiuntėme pranešimą prieš išieškojimą dėl { $total }. Peržiūrėkite:
sms-collection_demand = { $creditor }: išsiuntėme reikalavimą sumokėti { $total }. Peržiūrėkite:
sms-payment_demand = { $creditor }: išsiuntėme reikalavimą sumokėti { $total }. Peržiūrėkite:
sms-handover = { $creditor }: sąskaita { $invoice } ({ $total }) perduota toliau. Peržiūrėkite:

## Užrašai prie mokėjimo kodo
qr-caption-swish = Mokėkite per Swish. Nuskaitykite kodą Swish programėlėje. Suma ir kodas jau įrašyti.
qr-caption-epc = Mokėkite pavedimu. Nuskaitykite kodą banko programėlėje. Suma ir kodas jau įrašyti.

## Pranešimai byloje (data/templates/notice-*.j2)
title-plan_confirmation = Jūsų mokėjimo planas parengtas
title-instalment_missed = Jūsų mokėjimo plano įmoka nesumokėta
title-plan_lapsed = Jūsų mokėjimo planas baigėsi
title-dispute_rejected = Mūsų atsakymas į jūsų prieštaravimą
title-promise_broken = Negavome pažadėto mokėjimo

intro-plan_confirmation = Ačiū! Dabar turite mokėjimo planą sąskaitai { $invoice }. Kol mokate pagal susitarimą, kitų veiksmų nesiimame. Naujų mokesčių taip pat nebus.
intro-instalment_missed = Negavome jūsų mokėjimo plano įmokos Nr. { $number } už sąskaitą { $invoice }. Ji buvo { $amount }, terminas { $missed_due }. Mokėjimą lengva pamiršti.
intro-plan_lapsed = Jūsų mokėjimo planas sąskaitai { $invoice } baigėsi. Įmoka nebuvo sumokėta laiku.
intro-dispute_rejected = Pranešėte, kad nesutinkate su sąskaita { $invoice } iš { $creditor }. Atidžiai viską patikrinome. Manome, kad reikalavimas teisingas, todėl jis lieka galioti.
intro-promise_broken = Pažadėjote sumokėti sąskaitą { $invoice } iki { $promised }. Pinigų dar negavome. Galbūt jie jau pakeliui. Jei taip, ačiū!

answer = Mūsų atsakymas:
col-due = Sumokėti iki
line-plan-total = Plano suma
letter-plan-count =
    { $count ->
        [one] Plane yra { $count } įmoka:
        [few] Plane yra { $count } įmokos:
        [many] Plane yra { $count } įmokos:
       *[other] Plane yra { $count } įmokų:
    }
letter-plan-fee = Į sumas įskaičiuotas { $plan_fee } plano mokestis. Įstatymas šį mokestį leidžia.

next-plan_confirmation = Sumokėkite kiekvieną įmoką iki jos datos. Nurodykite žemiau esantį kodą, kad žinotume, jog mokėjimas jūsų. Jei negalite sumokėti įmokos, praneškite mums iki termino.
next-instalment_missed = Prašome sumokėti { $amount } iki { $lapses_after }. Tada planas tęsis kaip anksčiau. Jei iki tos dienos pinigų negausime, planas baigsis. Tada vėl prasidės įprasti veiksmai dėl neapmokėtų sąskaitų.
next-plan_lapsed = Įprasti veiksmai dėl neapmokėtų sąskaitų vėl prasideda. Tai gali reikšti naujus mokesčius. Sumokėkite { $total } iki { $deadline }, kad to išvengtumėte. Praneškite, jei reikia pagalbos.
next-dispute_rejected = Dabar tęsiame skolos išieškojimą. Prašome sumokėti { $total } iki { $deadline }. Turite naujų duomenų ar vis dar nesutinkate? Praneškite mums iki tos dienos. Taip pat galite rašyti { $creditor }.
next-promise_broken = Prašome sumokėti { $total } kuo greičiau, ne vėliau kaip { $deadline }. Praneškite, jei negalite sumokėti. Dažnai randamas sprendimas, pavyzdžiui, mokėjimo planas. Jei iš jūsų nieko negirdėsime, vėl prasidės įprasti veiksmai dėl neapmokėtų sąskaitų.

sms-plan_confirmation = { $creditor }: jūsų mokėjimo planas sąskaitai { $invoice } parengtas. Pirma įmoka { $amount } iki { $first_due }. Planas čia:
sms-instalment_missed = { $creditor }: plano įmoka Nr. { $number } ({ $amount }) nesumokėta. Sumokėkite iki { $lapses_after }, kad planas galiotų. Daugiau:
sms-plan_lapsed = { $creditor }: jūsų mokėjimo planas sąskaitai { $invoice } baigėsi. Dabar mokėti { $total }. Daugiau:
sms-dispute_rejected = { $creditor }: atsakėme į jūsų prieštaravimą dėl sąskaitos { $invoice }. Mokėti { $total }. Daugiau:
sms-promise_broken = { $creditor }: negavome pažadėto mokėjimo už sąskaitą { $invoice } ({ $total }). Daugiau:

## Merged letters (case merging: one letter about several invoices of one debtor,
## data/templates/merged-*.j2). Values as above; $total is the total of every invoice.
title-merged-pre_due_notice = Netrukus baigiasi sąskaitų apmokėjimo terminas
title-merged-reminder = Priminimas: sąskaitos dar neapmokėtos
title-merged-second_reminder = Antras priminimas: sąskaitos vis dar neapmokėtos
title-merged-collection_warning = Pranešimas prieš išieškojimą
title-merged-collection_demand = Išieškojimo reikalavimas
title-merged-payment_demand = Reikalavimas sumokėti
title-merged-handover = Jūsų sąskaitos perduotos toliau

intro-merged-pre_due_notice = Draugiškai primename, kad netrukus baigiasi toliau nurodytų sąskaitų apmokėjimo terminas. Sąskaitas išrašė { $creditor }. Jei jau sumokėjote, ačiū. Jums nieko daryti nereikia.
intro-merged-reminder = Dar negavome mokėjimo už toliau nurodytas sąskaitas. Sąskaitas išrašė { $creditor }. Sąskaitą lengva praleisti. Prašome sumokėti toliau nurodytas sumas.
intro-merged-second_reminder = Toliau nurodytų sąskaitų terminas jau praėjo, o mokėjimo vis dar negavome. Sąskaitas išrašė { $creditor }. Prašome sumokėti dabar arba praneškite, jei kažkas negerai.
intro-merged-collection_warning = Toliau nurodytų sąskaitų terminas jau praėjo, ir jos vis dar neapmokėtos. Sąskaitas išrašė { $creditor }. Šis laiškas yra pranešimas, kad neapmokėtos jos bus perduotos išieškoti.
intro-merged-collection_demand = Toliau nurodytų sąskaitų terminas jau praėjo. Sąskaitas išrašė { $creditor }. Siuntėme priminimus, bet jos vis dar neapmokėtos. Tai reikalavimas sumokėti.
intro-merged-payment_demand = Toliau nurodytų sąskaitų terminas jau praėjo, ir jos vis dar neapmokėtos. Sąskaitas išrašė { $creditor }. Tai reikalavimas sumokėti.
intro-merged-handover = Toliau nurodytos sąskaitos vis dar neapmokėtos. Sąskaitas išrašė { $creditor }. Dabar perdavėme jas tolesniam išieškojimui.

merged-claim = Sąskaita { $invoice }, terminas { $due }
merged-claim-total = Mokėti už sąskaitą { $invoice }
merged-total = Iš viso mokėti
merged-pay-each = Kiekvieną sąskaitą apmokėkite su jos pačios įmokos kodu. Tada žinosime, kurią sąskaitą sumokėjote.
email-intro-merged = Šis laiškas yra apie kelias sąskaitas, kurias išrašė { $creditor }. Pridėtame laiške nurodyta kiekviena sąskaita ir mokėtina suma.
sms-merged = { $creditor }: laiškas apie kelias jūsų sąskaitas, iš viso { $total }. Žiūrėkite čia:
