# Vēstules, e-pasti un īsziņas (Purr noklusējuma veidnes data/templates). Īsi teikumi un
# vienkārši vārdi.

## Virsraksti
title-pre_due_notice = Drīz jāapmaksā rēķins
title-reminder = Atgādinājums: rēķins vēl nav apmaksāts
title-second_reminder = Otrais atgādinājums: rēķins joprojām nav apmaksāts
title-collection_warning = Paziņojums pirms parādu piedziņas
title-collection_demand = Parāda piedziņas prasība
title-payment_demand = Maksājuma pieprasījums
title-handover = Jūsu lieta nodota tālāk

greeting = Labdien, { $debtor }!

## Katras vēstules pirmā rindkopa
intro-pre_due_notice = Atgādinām, ka rēķina { $invoice } apmaksas termiņš ir { $due }. Ja jau esat samaksājis, paldies. Jums nekas nav jādara.
intro-reminder = Vēl neesam saņēmuši samaksu par rēķinu { $invoice }, kura termiņš bija { $due }. Rēķinu ir viegli palaist garām. Lūdzu, samaksājiet zemāk norādīto summu.
intro-second_reminder = Rēķina { $invoice } termiņš bija { $due }, bet jūsu maksājumu joprojām neesam saņēmuši. Lūdzu, samaksājiet tagad vai pasakiet mums, ja kaut kas nav kārtībā.
intro-collection_warning = Rēķina { $invoice } no { $creditor } termiņš bija { $due }, un tas joprojām nav apmaksāts. Ar šo vēstuli paziņojam, ka parāds tiks nodots piedziņai, ja to nesamaksās.
intro-collection_demand = Rēķina { $invoice } no { $creditor } termiņš bija { $due }. Esam sūtījuši atgādinājumus, bet rēķins joprojām nav apmaksāts. Šis ir maksājuma pieprasījums.
intro-payment_demand = Rēķina { $invoice } no { $creditor } termiņš bija { $due }, un tas joprojām nav apmaksāts. Šis ir maksājuma pieprasījums.
intro-handover = Rēķins { $invoice } no { $creditor } joprojām nav apmaksāts. Esam nodevuši parādu tālākai piedziņai.

col-item = Kas
col-amount = Summa
col-deadline = Samaksāt līdz
line-principal = Rēķins { $invoice }
line-interest = Nokavējuma procenti
line-paid = Jau samaksāts
line-total = Jāmaksā

reason-principal = Rēķina { $invoice } summa; rēķins nosūtīts { $issued }, termiņš { $due }.
reason-interest-se = Procenti saskaņā ar Zviedrijas procentu likumu, { $rate } gadā, no { $interest_from } līdz { $interest_through }.
reason-interest-no = Procenti saskaņā ar Norvēģijas nokavējuma procentu likumu, { $rate } gadā, no { $interest_from } līdz { $interest_through }.

## Maksas: nosaukums un kas tās atļauj
fee-reminder = Atgādinājuma maksa
fee-collection-warning = Paziņojuma maksa
fee-collection-demand = Piedziņas maksa
fee-payment-demand = Pieprasījuma maksa
fee-instalment-plan = Maksājumu plāna maksa
fee-instalment-notice = Maksa par paziņojumu par maksājumu
fee-late-compensation = Kompensācija par kavējumu
fee-agency-fee = Piedziņas izmaksas
reason-fee-se = Summa, ko atļauj Zviedrijas likums par piedziņas izmaksām.
reason-fee-no = Summa, ko atļauj Norvēģijas piedziņas noteikumi.
reason-fee-reminder-se = Atgādinājuma maksa, par kuru vienojāties un ko atļauj Zviedrijas likums par piedziņas izmaksām.
reason-fee-collection-demand-se = Maksa, ko Zviedrijas likums par piedziņas izmaksām atļauj par šo prasību.
reason-fee-late-compensation-se = Fiksēta summa, ko Zviedrijas procentu likums atļauj starp uzņēmumiem.
reason-fee-reminder-no = Atgādinājuma maksa, ko atļauj Norvēģijas piedziņas noteikumi.
reason-fee-collection-warning-no = Maksa, ko Norvēģijas piedziņas noteikumi atļauj par šo paziņojumu.
reason-fee-payment-demand-no = Maksa, ko Norvēģijas piedziņas noteikumi atļauj par šo pieprasījumu.

## Termiņi
deadline-pre_due_notice = Lūdzu, samaksājiet līdz { $deadline }.
deadline-reminder = Lūdzu, samaksājiet līdz { $deadline }.
deadline-second_reminder = Lūdzu, samaksājiet līdz { $deadline }.
deadline-collection_warning = Lūdzu, samaksājiet līdz { $deadline }. Tas ir vismaz 14 dienas.
deadline-collection_demand = Lūdzu, samaksājiet vai pasakiet mums, ka nepiekrītat, līdz { $deadline }.
deadline-payment_demand = Lūdzu, samaksājiet vai pasakiet mums, ka nepiekrītat, līdz { $deadline }.
deadline-handover = Lūdzu, samaksājiet līdz { $deadline }.

how-to-pay = Kā samaksāt:
pay-bankgiro = Bankgiro
pay-plusgiro = Plusgiro
pay-account = Konts
pay-iban = IBAN
pay-ocr = OCR atsauce
pay-kid = KID
pay-amount = Summa

portal = Vietnē { $url } redzēsiet visu informāciju. Tur varat samaksāt, lūgt vairāk laika vai sadalīt summu. Jūsu kods ir { $code }. Vietne ir atvērta visu diennakti.

## Ko likums prasa norādīt vēstulē
legal-dispute = Ja uzskatāt, ka prasība ir nepareiza, pasakiet mums. Izmantojiet iepriekš minēto vietni vai rakstiet { $creditor }. Kamēr pārbaudām, piedziņu apturam.
legal-dispute-collection-demand-se = Ja uzskatāt, ka prasība ir nepareiza, pasakiet mums līdz { $deadline } un norādiet iemeslu. Izmantojiet iepriekš minēto vietni vai rakstiet { $creditor }. Kamēr pārbaudām, piedziņu apturam.
legal-dispute-collection-warning-no = Ja uzskatāt, ka prasība ir nepareiza, pasakiet mums līdz { $deadline } un norādiet iemeslu. Izmantojiet iepriekš minēto vietni vai rakstiet { $creditor }. Kamēr pārbaudām, piedziņu apturam.
legal-dispute-payment-demand-no = Ja uzskatāt, ka prasība ir nepareiza, pasakiet mums līdz { $deadline } un norādiet iemeslu. Izmantojiet iepriekš minēto vietni vai rakstiet { $creditor }. Kamēr pārbaudām, piedziņu apturam.
legal-consequence = Ja parāds netiks samaksāts, varam veikt citus soļus, lai to piedzītu.
legal-consequence-collection-demand-se = Ja līdz { $deadline } nesamaksāsiet un nesazināsieties ar mums, varam lūgt Zviedrijas piedziņas iestādi (Kronofogden) izdot maksājuma rīkojumu. Tas var radīt papildu izmaksas un negatīvu maksājumu ierakstu.
legal-consequence-collection-warning-no = Ja nesamaksāsiet līdz { $deadline }, parādu var nodot piedziņai. Tas radīs papildu izmaksas, kas jāsedz jums.
legal-consequence-payment-demand-no = Ja līdz { $deadline } nesamaksāsiet un neiebildīsiet, varam vērsties Norvēģijas samierināšanas padomē (Forliksrådet) vai nodot parādu piedziņas uzņēmumam. Tas radīs papildu izmaksas, kas jāsedz jums.
legal-complaint = Ja neesat apmierināts ar to, kā kārtojam jūsu lietu, varat iesniegt mums sūdzību. Varat vērsties arī Norvēģijas finanšu uzraudzības iestādē (Finanstilsynet).

closing = Ar cieņu

## E-pasts
email-intro-pre_due_notice = Rēķina { $invoice } termiņš ir { $due }. Ja jau esat samaksājis, paldies.
email-intro-reminder = Vēl neesam saņēmuši samaksu par rēķinu { $invoice }, kura termiņš bija { $due }.
email-intro-second_reminder = Rēķina { $invoice } termiņš bija { $due }, un tas joprojām nav apmaksāts.
email-intro-collection_warning = Rēķins { $invoice } joprojām nav apmaksāts. Pievienotā vēstule ir paziņojums pirms piedziņas.
email-intro-collection_demand = Rēķins { $invoice } joprojām nav apmaksāts. Pievienotā vēstule ir maksājuma pieprasījums.
email-intro-payment_demand = Rēķins { $invoice } joprojām nav apmaksāts. Pievienotā vēstule ir maksājuma pieprasījums.
email-intro-handover = Rēķins { $invoice } joprojām nav apmaksāts, un esam to nodevuši tālākai piedziņai.
email-portal = Vietnē { $url } redzēsiet informāciju, varēsiet samaksāt vai lūgt vairāk laika. Jūsu kods ir { $code }.
email-attachment = Visa vēstule pievienota PDF formātā.

## Īsziņa: īsi
sms-pre_due_notice = { $creditor }: rēķina { $invoice } ({ $total }) termiņš ir { $due }. Samaksājiet vai skatiet:
sms-reminder = { $creditor }: rēķins { $invoice } ({ $total }) vēl nav apmaksāts. Samaksājiet vai saņemiet palīdzību:
sms-second_reminder = { $creditor }: rēķins { $invoice } ({ $total }) joprojām nav apmaksāts. Samaksājiet vai saņemiet palīdzību:
sms-collection_warning = { $creditor }: nosūtījām paziņojumu pirms piedziņas par { $total }. Skatiet:
sms-collection_demand = { $creditor }: nosūtījām pieprasījumu par { $total }. Skatiet:
sms-payment_demand = { $creditor }: nosūtījām pieprasījumu par { $total }. Skatiet:
sms-handover = { $creditor }: rēķins { $invoice } ({ $total }) nodots tālāk. Skatiet:

## Uzraksti pie maksājuma koda
qr-caption-swish = Maksājiet ar Swish. Noskenējiet kodu Swish lietotnē. Summa un atsauce jau ir aizpildītas.
qr-caption-epc = Maksājiet ar pārskaitījumu. Noskenējiet kodu bankas lietotnē. Summa un atsauce jau ir aizpildītas.

## Paziņojumi lietā (data/templates/notice-*.j2)
title-plan_confirmation = Jūsu maksājumu plāns ir gatavs
title-instalment_missed = Jūsu maksājumu plāna maksājums nav samaksāts
title-plan_lapsed = Jūsu maksājumu plāns ir beidzies
title-dispute_rejected = Mūsu atbilde uz jūsu iebildumu
title-promise_broken = Neesam saņēmuši apsolīto maksājumu

intro-plan_confirmation = Paldies! Tagad jums ir maksājumu plāns rēķinam { $invoice }. Kamēr maksājat, kā norunāts, citus soļus neveicam. Arī jaunas maksas netiks pievienotas.
intro-instalment_missed = Neesam saņēmuši jūsu maksājumu plāna maksājumu Nr. { $number } par rēķinu { $invoice }. Tas bija { $amount }, termiņš { $missed_due }. Maksājumu ir viegli aizmirst.
intro-plan_lapsed = Jūsu maksājumu plāns rēķinam { $invoice } ir beidzies. Maksājums netika samaksāts laikā.
intro-dispute_rejected = Jūs teicāt, ka nepiekrītat rēķinam { $invoice } no { $creditor }. Mēs visu rūpīgi pārbaudījām. Uzskatām, ka prasība ir pareiza, tāpēc tā joprojām ir spēkā.
intro-promise_broken = Jūs apsolījāt samaksāt rēķinu { $invoice } līdz { $promised }. Naudu vēl neesam saņēmuši. Varbūt tā jau ir ceļā. Ja tā, paldies!

answer = Mūsu atbilde:
col-due = Samaksāt līdz
line-plan-total = Plāna kopsumma
letter-plan-count =
    { $count ->
        [zero] Plānā ir { $count } maksājumu:
        [one] Plānā ir { $count } maksājums:
       *[other] Plānā ir { $count } maksājumi:
    }
letter-plan-fee = Summās ir iekļauta plāna maksa { $plan_fee }. Likums šo maksu atļauj.

next-plan_confirmation = Samaksājiet katru maksājumu līdz tā datumam. Norādiet zemāk esošo atsauci, lai mēs zinātu, ka maksājums ir jūsu. Ja nevarat samaksāt kādu maksājumu, pasakiet mums pirms termiņa.
next-instalment_missed = Lūdzu, samaksājiet { $amount } līdz { $lapses_after }. Tad plāns turpināsies kā līdz šim. Ja līdz tai dienai naudu nesaņemsim, plāns beigsies. Tad atkal sāksies parastie soļi attiecībā uz neapmaksātiem rēķiniem.
next-plan_lapsed = Parastie soļi attiecībā uz neapmaksātiem rēķiniem tagad sākas no jauna. Tas var radīt jaunas maksas. Samaksājiet { $total } līdz { $deadline }, lai no tā izvairītos. Pasakiet mums, ja vajag palīdzību.
next-dispute_rejected = Tagad turpinām parāda piedziņu. Lūdzu, samaksājiet { $total } līdz { $deadline }. Vai jums ir jauna informācija, vai joprojām nepiekrītat? Pasakiet mums pirms tās dienas. Varat rakstīt arī { $creditor }.
next-promise_broken = Lūdzu, samaksājiet { $total } pēc iespējas ātrāk, ne vēlāk kā { $deadline }. Pasakiet mums, ja nevarat samaksāt. Bieži ir risinājums, piemēram, maksājumu plāns. Ja no jums neko nedzirdēsim, atkal sāksies parastie soļi attiecībā uz neapmaksātiem rēķiniem.

sms-plan_confirmation = { $creditor }: jūsu maksājumu plāns rēķinam { $invoice } ir gatavs. Pirmais maksājums { $amount } līdz { $first_due }. Plāns šeit:
sms-instalment_missed = { $creditor }: plāna maksājums Nr. { $number } ({ $amount }) nav samaksāts. Samaksājiet līdz { $lapses_after }, lai plāns paliktu spēkā. Vairāk:
sms-plan_lapsed = { $creditor }: jūsu maksājumu plāns rēķinam { $invoice } ir beidzies. Tagad jāmaksā { $total }. Vairāk:
sms-dispute_rejected = { $creditor }: atbildējām uz jūsu iebildumu par rēķinu { $invoice }. Jāmaksā { $total }. Vairāk:
sms-promise_broken = { $creditor }: neesam saņēmuši apsolīto maksājumu par rēķinu { $invoice } ({ $total }). Vairāk:

## Merged letters (case merging: one letter about several invoices of one debtor,
## data/templates/merged-*.j2). Values as above; $total is the total of every invoice.
title-merged-pre_due_notice = Drīz jāapmaksā rēķini
title-merged-reminder = Atgādinājums: rēķini vēl nav apmaksāti
title-merged-second_reminder = Otrais atgādinājums: rēķini joprojām nav apmaksāti
title-merged-collection_warning = Paziņojums pirms parādu piedziņas
title-merged-collection_demand = Parāda piedziņas prasība
title-merged-payment_demand = Maksājuma pieprasījums
title-merged-handover = Jūsu rēķini nodoti tālāk

intro-merged-pre_due_notice = Laipni atgādinām, ka drīz jāapmaksā zemāk norādītie rēķini. Rēķinus izrakstīja { $creditor }. Ja jau esat samaksājis, paldies. Jums nekas nav jādara.
intro-merged-reminder = Vēl neesam saņēmuši samaksu par zemāk norādītajiem rēķiniem. Rēķinus izrakstīja { $creditor }. Rēķinu ir viegli palaist garām. Lūdzu, samaksājiet zemāk norādītās summas.
intro-merged-second_reminder = Zemāk norādīto rēķinu termiņš ir pagājis, un mēs joprojām neesam saņēmuši samaksu. Rēķinus izrakstīja { $creditor }. Lūdzu, samaksājiet tagad vai pasakiet, ja kaut kas nav pareizi.
intro-merged-collection_warning = Zemāk norādīto rēķinu termiņš ir pagājis, un tie nav apmaksāti. Rēķinus izrakstīja { $creditor }. Šī vēstule ir paziņojums, ka tie tiks nodoti parādu piedziņai, ja netiks apmaksāti.
intro-merged-collection_demand = Zemāk norādīto rēķinu termiņš ir pagājis. Rēķinus izrakstīja { $creditor }. Mēs nosūtījām atgādinājumus, bet tie joprojām nav apmaksāti. Šī ir prasība samaksāt.
intro-merged-payment_demand = Zemāk norādīto rēķinu termiņš ir pagājis, un tie nav apmaksāti. Rēķinus izrakstīja { $creditor }. Šis ir maksājuma pieprasījums.
intro-merged-handover = Zemāk norādītie rēķini joprojām nav apmaksāti. Rēķinus izrakstīja { $creditor }. Tagad esam tos nodevuši tālākai piedziņai.

merged-claim = Rēķins { $invoice }, termiņš { $due }
merged-claim-total = Jāmaksā par rēķinu { $invoice }
merged-total = Kopā jāmaksā
merged-pay-each = Apmaksājiet katru rēķinu ar tā atsauci. Tad zināsim, kuru rēķinu esat apmaksājis.
email-intro-merged = Šī ziņa ir par vairākiem rēķiniem, ko izrakstīja { $creditor }. Pievienotajā vēstulē ir norādīts katrs rēķins un maksājamā summa.
sms-merged = { $creditor }: vēstule par vairākiem jūsu rēķiniem, kopā { $total }. Skatiet šeit:
