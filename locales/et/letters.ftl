# Kirjad, e-kirjad ja SMS-id (Purri vaikemallid kaustas data/templates). Lühikesed laused ja
# lihtsad sõnad.

## Pealkirjad
title-pre_due_notice = Arve maksetähtaeg on varsti
title-reminder = Meeldetuletus: arve on veel maksmata
title-second_reminder = Teine meeldetuletus: arve on ikka maksmata
title-collection_warning = Teade enne inkassot
title-collection_demand = Inkassonõue
title-payment_demand = Maksenõue
title-handover = Teie asi on edasi antud

greeting = Tere, { $debtor }!

## Iga kirja esimene lõik
intro-pre_due_notice = Tuletame sõbralikult meelde, et arve { $invoice } maksetähtaeg on { $due }. Kui olete juba maksnud, aitäh. Te ei pea midagi tegema.
intro-reminder = Me ei ole veel saanud makset arve { $invoice } eest, mille tähtaeg oli { $due }. Arve jääb kergesti märkamata. Palun makske allpool olev summa.
intro-second_reminder = Arve { $invoice } tähtaeg oli { $due } ja me pole ikka veel teie makset saanud. Palun makske kohe või andke teada, kui midagi on valesti.
intro-collection_warning = Ettevõtte { $creditor } arve { $invoice } tähtaeg oli { $due } ja see on ikka maksmata. See kiri annab teada, et nõue läheb inkassosse, kui seda ei maksta.
intro-collection_demand = Ettevõtte { $creditor } arve { $invoice } tähtaeg oli { $due }. Saatsime meeldetuletusi, kuid arve on ikka maksmata. See on maksenõue.
intro-payment_demand = Ettevõtte { $creditor } arve { $invoice } tähtaeg oli { $due } ja see on ikka maksmata. See on maksenõue.
intro-handover = Ettevõtte { $creditor } arve { $invoice } on ikka maksmata. Andsime nõude edasi, et sissenõudmist jätkata.

col-item = Mis
col-amount = Summa
col-deadline = Maksta hiljemalt
line-principal = Arve { $invoice }
line-interest = Viivis
line-paid = Juba makstud
line-total = Maksta

reason-principal = Arve { $invoice } summa; arve saadeti { $issued }, tähtaeg { $due }.
reason-interest-se = Intress Rootsi intressiseaduse järgi, { $rate } aastas, ajavahemikul { $interest_from } kuni { $interest_through }.
reason-interest-no = Intress Norra viivisseaduse järgi, { $rate } aastas, ajavahemikul { $interest_from } kuni { $interest_through }.

## Tasud: nimetus ja mis neid lubab
fee-reminder = Meeldetuletuse tasu
fee-collection-warning = Teate tasu
fee-collection-demand = Inkassotasu
fee-payment-demand = Maksenõude tasu
fee-instalment-plan = Maksegraafiku tasu
fee-instalment-notice = Osamakse teate tasu
fee-late-compensation = Hilinemise hüvitis
fee-agency-fee = Inkassokulu
reason-fee-se = Summa, mida lubab Rootsi inkassokulude seadus.
reason-fee-no = Summa, mida lubavad Norra inkassoreeglid.
reason-fee-reminder-se = Kokkulepitud meeldetuletuse tasu, mida lubab Rootsi inkassokulude seadus.
reason-fee-collection-demand-se = Tasu, mida Rootsi inkassokulude seadus lubab selle nõude eest.
reason-fee-late-compensation-se = Kindel summa, mida Rootsi intressiseadus lubab ettevõtete vahel.
reason-fee-reminder-no = Meeldetuletuse tasu, mida lubavad Norra inkassoreeglid.
reason-fee-collection-warning-no = Tasu, mida Norra inkassoreeglid lubavad selle teate eest.
reason-fee-payment-demand-no = Tasu, mida Norra inkassoreeglid lubavad selle nõude eest.

## Tähtajad
deadline-pre_due_notice = Palun makske hiljemalt { $deadline }.
deadline-reminder = Palun makske hiljemalt { $deadline }.
deadline-second_reminder = Palun makske hiljemalt { $deadline }.
deadline-collection_warning = Palun makske hiljemalt { $deadline }. Teil on vähemalt 14 päeva.
deadline-collection_demand = Palun makske või andke meile teada, et te ei nõustu, hiljemalt { $deadline }.
deadline-payment_demand = Palun makske või andke meile teada, et te ei nõustu, hiljemalt { $deadline }.
deadline-handover = Palun makske hiljemalt { $deadline }.

how-to-pay = Kuidas maksta:
pay-bankgiro = Bankgiro
pay-plusgiro = Plusgiro
pay-account = Konto
pay-iban = IBAN
pay-ocr = OCR-viide
pay-kid = KID
pay-amount = Summa

portal = Aadressil { $url } näete kõiki andmeid. Seal saate maksta, paluda rohkem aega või summa osadeks jagada. Teie kood on { $code }. Leht on avatud ööpäev läbi.

## Mida seadus kirjalt nõuab
legal-dispute = Kui arvate, et nõue on vale, andke meile teada. Kasutage ülalolevat lehte või kirjutage: { $creditor }. Kontrollimise ajaks peatame sissenõudmise.
legal-dispute-collection-demand-se = Kui arvate, et nõue on vale, andke meile teada hiljemalt { $deadline } ja öelge põhjus. Kasutage ülalolevat lehte või kirjutage: { $creditor }. Kontrollimise ajaks peatame sissenõudmise.
legal-dispute-collection-warning-no = Kui arvate, et nõue on vale, andke meile teada hiljemalt { $deadline } ja öelge põhjus. Kasutage ülalolevat lehte või kirjutage: { $creditor }. Kontrollimise ajaks peatame sissenõudmise.
legal-dispute-payment-demand-no = Kui arvate, et nõue on vale, andke meile teada hiljemalt { $deadline } ja öelge põhjus. Kasutage ülalolevat lehte või kirjutage: { $creditor }. Kontrollimise ajaks peatame sissenõudmise.
legal-consequence = Kui nõuet ei maksta, võime selle sissenõudmiseks astuda edasisi samme.
legal-consequence-collection-demand-se = Kui te ei maksa ega anna teada hiljemalt { $deadline }, võime taotleda maksekäsku Rootsi täitevametilt (Kronofogden). See võib tuua lisakulusid ja maksehäire märke.
legal-consequence-collection-warning-no = Kui te ei maksa hiljemalt { $deadline }, võib nõue minna inkassosse. See toob lisakulusid, mis jäävad teie kanda.
legal-consequence-payment-demand-no = Kui te ei maksa ega esita vastuväidet hiljemalt { $deadline }, võime pöörduda Norra lepitusnõukogu (Forliksrådet) poole või anda nõude inkassofirmale. See toob lisakulusid, mis jäävad teie kanda.
legal-complaint = Kui te pole rahul, kuidas me teie asja ajame, võite meile kaevata. Võite pöörduda ka Norra finantsjärelevalve (Finanstilsynet) poole.

closing = Lugupidamisega

## E-kiri
email-intro-pre_due_notice = Arve { $invoice } tähtaeg on { $due }. Kui olete juba maksnud, aitäh.
email-intro-reminder = Me ei ole veel saanud makset arve { $invoice } eest, mille tähtaeg oli { $due }.
email-intro-second_reminder = Arve { $invoice } tähtaeg oli { $due } ja see on ikka maksmata.
email-intro-collection_warning = Arve { $invoice } on ikka maksmata. Lisatud kiri on teade enne inkassot.
email-intro-collection_demand = Arve { $invoice } on ikka maksmata. Lisatud kiri on maksenõue.
email-intro-payment_demand = Arve { $invoice } on ikka maksmata. Lisatud kiri on maksenõue.
email-intro-handover = Arve { $invoice } on ikka maksmata ja andsime selle sissenõudmiseks edasi.
email-portal = Aadressil { $url } näete andmeid, saate maksta või paluda rohkem aega. Teie kood on { $code }.
email-attachment = Kogu kiri on lisatud PDF-failina.

## SMS: lühidalt
sms-pre_due_notice = { $creditor }: arve { $invoice } ({ $total }) tähtaeg on { $due }. Maksa või vaata siin:
sms-reminder = { $creditor }: arve { $invoice } ({ $total }) on veel maksmata. Maksa või saa abi siin:
sms-second_reminder = { $creditor }: arve { $invoice } ({ $total }) on ikka maksmata. Maksa või saa abi siin:
sms-collection_warning = { $creditor }: saatsime teile teate enne inkassot summas { $total }. Vaata siin:
sms-collection_demand = { $creditor }: saatsime teile nõude summas { $total }. Vaata siin:
sms-payment_demand = { $creditor }: saatsime teile nõude summas { $total }. Vaata siin:
sms-handover = { $creditor }: arve { $invoice } ({ $total }) on edasi antud. Vaata siin:

## Tekst maksekoodi kõrval
qr-caption-swish = Makske Swishiga. Skannige kood Swishi rakenduses. Summa ja viide on täidetud.
qr-caption-epc = Makske pangaülekandega. Skannige kood oma panga rakenduses. Summa ja viide on täidetud.

## Teated asja kohta (data/templates/notice-*.j2)
title-plan_confirmation = Teie maksegraafik on valmis
title-instalment_missed = Teie maksegraafiku osamakse on maksmata
title-plan_lapsed = Teie maksegraafik on lõppenud
title-dispute_rejected = Meie vastus teie vastuväitele
title-promise_broken = Me ei saanud lubatud makset

intro-plan_confirmation = Aitäh! Nüüd on teil arve { $invoice } jaoks maksegraafik. Kuni maksate kokkulepitud viisil, me muid samme ei astu. Uusi tasusid samuti ei lisandu.
intro-instalment_missed = Me ei saanud teie maksegraafiku osamakset nr { $number } arve { $invoice } eest. See oli { $amount } ja tähtaeg oli { $missed_due }. Makse ununeb kergesti.
intro-plan_lapsed = Teie maksegraafik arve { $invoice } jaoks on lõppenud. Üks osamakse ei laekunud õigel ajal.
intro-dispute_rejected = Ütlesite, et te ei nõustu ettevõtte { $creditor } arvega { $invoice }. Vaatasime asja hoolikalt üle. Leiame, et nõue on õige, seega kehtib see edasi.
intro-promise_broken = Lubasite maksta arve { $invoice } hiljemalt { $promised }. Me pole raha veel saanud. Võib-olla on see teel. Kui nii, siis aitäh!

answer = Meie vastus:
col-due = Maksta hiljemalt
line-plan-total = Graafik kokku
letter-plan-count =
    { $count ->
        [one] Graafikus on { $count } osamakse:
       *[other] Graafikus on { $count } osamakset:
    }
letter-plan-fee = Summad sisaldavad graafiku tasu { $plan_fee }. Seadus lubab seda tasu.

next-plan_confirmation = Makske iga osamakse hiljemalt selle kuupäevaks. Kasutage allolevat viidet, et teaksime, et makse on teie oma. Kui te ei saa osamakset tasuda, andke meile teada enne tähtaega.
next-instalment_missed = Palun makske { $amount } hiljemalt { $lapses_after }. Siis jätkub graafik nagu enne. Kui me selleks ajaks raha ei saa, graafik lõpeb. Siis algavad uuesti tavalised sammud maksmata arvete puhul.
next-plan_lapsed = Tavalised sammud maksmata arvete puhul algavad nüüd uuesti. See võib tuua uusi tasusid. Makske { $total } hiljemalt { $deadline }, et seda vältida. Andke teada, kui vajate abi.
next-dispute_rejected = Jätkame nüüd nõude sissenõudmist. Palun makske { $total } hiljemalt { $deadline }. Kas teil on uusi andmeid või te ikka ei nõustu? Andke meile teada enne seda päeva. Võite kirjutada ka: { $creditor }.
next-promise_broken = Palun makske { $total } niipea kui saate, kuid hiljemalt { $deadline }. Andke teada, kui te ei saa maksta. Sageli on lahendus olemas, näiteks maksegraafik. Kui me teist midagi ei kuule, algavad uuesti tavalised sammud maksmata arvete puhul.

sms-plan_confirmation = { $creditor }: teie maksegraafik arve { $invoice } jaoks on valmis. Esimene osamakse { $amount } hiljemalt { $first_due }. Graafik siin:
sms-instalment_missed = { $creditor }: graafiku osamakse nr { $number } ({ $amount }) on maksmata. Makske hiljemalt { $lapses_after }, et graafik kehtiks. Vaata:
sms-plan_lapsed = { $creditor }: teie maksegraafik arve { $invoice } jaoks on lõppenud. Nüüd tuleb maksta { $total }. Vaata:
sms-dispute_rejected = { $creditor }: vastasime teie vastuväitele arve { $invoice } kohta. Maksta tuleb { $total }. Vaata:
sms-promise_broken = { $creditor }: me ei saanud lubatud makset arve { $invoice } eest ({ $total }). Vaata:

## Merged letters (case merging: one letter about several invoices of one debtor,
## data/templates/merged-*.j2). Values as above; $total is the total of every invoice.
title-merged-pre_due_notice = Arvete maksetähtaeg on varsti
title-merged-reminder = Meeldetuletus: arved on veel maksmata
title-merged-second_reminder = Teine meeldetuletus: arved on ikka maksmata
title-merged-collection_warning = Teade enne inkassot
title-merged-collection_demand = Inkassonõue
title-merged-payment_demand = Maksenõue
title-merged-handover = Teie arved on edasi antud

intro-merged-pre_due_notice = Tuletame sõbralikult meelde, et allpool olevate arvete maksetähtaeg on varsti. Arved on saatnud { $creditor }. Kui olete juba maksnud, siis aitäh. Te ei pea midagi tegema.
intro-merged-reminder = Me ei ole veel saanud makset allpool olevate arvete eest. Arved on saatnud { $creditor }. Arve jääb kergesti märkamata. Palun makske allpool olevad summad.
intro-merged-second_reminder = Allpool olevate arvete tähtaeg on möödas ja me pole ikka makset saanud. Arved on saatnud { $creditor }. Palun makske kohe või andke teada, kui midagi on valesti.
intro-merged-collection_warning = Allpool olevate arvete tähtaeg on möödas ja need on maksmata. Arved on saatnud { $creditor }. See kiri on teade, et kui neid ei maksta, antakse need inkassosse.
intro-merged-collection_demand = Allpool olevate arvete tähtaeg on möödas. Arved on saatnud { $creditor }. Oleme saatnud meeldetuletusi, kuid need on ikka maksmata. See on maksenõue.
intro-merged-payment_demand = Allpool olevate arvete tähtaeg on möödas ja need on maksmata. Arved on saatnud { $creditor }. See on maksenõue.
intro-merged-handover = Allpool olevad arved on ikka maksmata. Arved on saatnud { $creditor }. Oleme nõuded nüüd edasiseks sissenõudmiseks üle andnud.

merged-claim = Arve { $invoice }, tähtaeg { $due }
merged-claim-total = Maksta arve { $invoice } eest
merged-total = Kokku maksta
merged-pay-each = Makske iga arve selle enda viitenumbriga. Siis teame, millise arve olete maksnud.
email-intro-merged = See puudutab mitut arvet, mille on saatnud { $creditor }. Lisatud kiri näitab iga arvet ja makstavat summat.
sms-merged = { $creditor }: kiri mitme teie arve kohta, kokku { $total }. Vaadake siit:
