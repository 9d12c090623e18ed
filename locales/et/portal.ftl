# Võlgniku portaal. Iga võti peab olema igas keeles (test kontrollib seda).
skip-to-content = Liigu sisu juurde
nav-label = Peamenüü
nav-claims = Sinu nõuded
nav-message = Kirjuta meile
nav-contact = Kontakti eelistused
nav-sign-out = Logi välja
language-label = Keel
language-change = Muuda
footer-help = Küsimusi? Kirjuta meile siin või helista kirjas olevale numbrile.
login-title = Logi sisse
login-intro = Siin näed, kui palju ja miks sa võlgned ning kuidas maksta, makse osadeks jagada või edasi lükata.
login-link-hint = Kõige lihtsam on kasutada kirjas, e-kirjas või SMS-is olevat linki. Linki pole? Logi sisse makseviite ja postiindeksi või sünnikuupäevaga.
login-reference = Makseviide (OCR või KID)
login-reference-hint = Kirjas summa kõrval olev number.
login-second = Postiindeks või sünnikuupäev
login-second-hint = Näiteks 114 55 või 1985-04-23.
login-submit = Logi sisse
login-not-recognised = Vastet ei leitud. Kontrolli viidet ja postiindeksit või sünnikuupäeva ning proovi uuesti.
login-too-many = Liiga palju katseid. Sinu turvalisuse huvides oota 15 minutit ja proovi uuesti.
link-title = Tere tulemast
link-intro = Vajuta nuppu, et näha oma nõudeid. Kirjas olev link jääb vaatamiseks kehtima.
link-continue = Jätka oma nõuete juurde
link-invalid-title = See link ei tööta enam
link-invalid-body = Link on aegunud või puudulik. Logi selle asemel sisse makseviite ja postiindeksi või sünnikuupäevaga.
read-only-note = Logisid sisse varem kasutatud lingiga, seega saad vaadata, kuid mitte muuta. Muutmiseks logi välja ja logi sisse makseviitega.
claims-title = Sinu nõuded
claims-greeting = Tere, { $name }.
claims-none = Sul ei ole meie ees nõudeid. Aitäh!
claims-total = Kokku maksta
claims-invoice = Arve
claims-due = Maksetähtaeg
claims-status = Olek
claims-outstanding = Maksmata
claim-title = Arve { $invoice }
claim-credit = Sulle hoitav raha
claim-actions = Mida saad teha
back-to-claims = Tagasi oma nõuete juurde
back-to-claim = Tagasi nõude juurde
action-pay = Maksa kohe
action-plan = Jaga osamakseteks
action-postpone = Lükka edasi
action-promise = Luba maksta kuupäevaks
action-dispute = Vaidlusta nõue
breakdown-title = Millest summa koosneb
breakdown-intro = Iga osa on näidatud koos põhjusega.
breakdown-none = Siin pole midagi.
section-principal = Arve
section-fees = Tasud
section-interest = Intress
item-invoice = Arve { $invoice }
item-credit-note = Kreeditarve
item-interest = Viivis
item-payment = Laekunud makse
item-write-off = Maha kantud
item-refund = Tagasimakse
item-reversal = Parandus
explain-principal = Algse arve summa.
explain-fee = Seadusega lubatud tasu, sest arvet ei makstud õigel ajal.
explain-interest = Seadusega lubatud intress tasumata summalt alates maksetähtajale järgnevast päevast.
portal-fee-reminder = Meeldetuletuse tasu
portal-fee-collection-warning = Inkassohoiatuse tasu
portal-fee-collection-demand = Inkassonõude tasu
portal-fee-payment-demand = Maksenõude tasu
portal-fee-instalment-plan = Maksegraafiku tasu
portal-fee-instalment-notice = Osamakse teatise tasu
portal-fee-late-compensation = Hilinemise hüvitis
portal-fee-agency-fee = Inkassotasu
state-open = Avatud
state-notified = Arve saadetud
state-reminded = Meeldetuletus saadetud
state-warned = Inkassohoiatus saadetud
state-demanded = Inkassonõue saadetud
state-promise-to-pay = Makse lubatud
state-payment-plan = Maksegraafik
state-postponed = Edasi lükatud
state-disputed = Vaidlustatud
state-handed-over = Üle antud
state-paid = Makstud
state-written-off = Maha kantud
state-credited = Krediteeritud
pay-title = Kuidas maksta
pay-heading = Maksa arve { $invoice }
pay-intro = Maksa panga äpis või internetipangas nende andmetega. Kasuta viidet täpselt, et makse jõuaks õige arveni.
pay-payee = Saaja
portal-pay-bankgiro = Bankgiro
portal-pay-plusgiro = Plusgiro
portal-pay-account = Kontonumber
portal-pay-iban = IBAN
pay-bic = BIC
portal-pay-ocr = OCR-viide
portal-pay-kid = KID-viide
portal-pay-amount = Summa
pay-copy = Kopeeri
pay-copied = Kopeeritud
pay-qr-note = Või skanni see kood panga äpiga: see täidab saaja, viite ja summa.
pay-after = Maksed ilmuvad siia tavaliselt ühe kuni kahe pangapäeva jooksul.
plan-title = Jaga osamakseteks
plan-intro =
    { $max ->
        [one] Saad võla jagada kuni { $max } kuule, vähemalt { $min } kuus.
       *[other] Saad võla jagada kuni { $max } kuule, vähemalt { $min } kuus.
    }
plan-months = Kuude arv
plan-preview = Näita maksegraafikut
plan-schedule = Sinu maksegraafik
plan-col-no = Osamakse
plan-col-due = Tähtaeg
plan-col-amount = Summa
plan-fee = Seadusega lubatud graafiku tasu: { $fee }
plan-total = Graafiku peale kokku: { $total }
plan-count =
    { $count ->
        [one] { $count } osamakse
       *[other] { $count } osamakset
    }
plan-accept = Nõustu selle graafikuga
plan-accepted = Sinu maksegraafik on kokku lepitud. Kuni maksad graafiku järgi, me meeldetuletusi ei saada.
postpone-title = Lükka makse edasi
postpone-intro =
    { $days ->
        [one] Saad makset edasi lükata kuni { $days } päeva, hiljemalt { $latest }.
       *[other] Saad makset edasi lükata kuni { $days } päeva, hiljemalt { $latest }.
    }
postpone-date = Uus maksekuupäev
postpone-submit = Lükka edasi
postpone-done = Makse on edasi lükatud. Enne uut kuupäeva me meeldetuletusi ei saada.
promise-title = Luba maksta
promise-intro =
    { $days ->
        [one] Ütle meile kuupäev, millal maksad, { $days } päeva jooksul (hiljemalt { $latest }), ja me ootame meeldetuletustega seni.
       *[other] Ütle meile kuupäev, millal maksad, { $days } päeva jooksul (hiljemalt { $latest }), ja me ootame meeldetuletustega seni.
    }
promise-date = Maksan hiljemalt
promise-submit = Luban maksta
promise-done = Aitäh. Panime su lubaduse kirja ja ootame meeldetuletustega selle kuupäevani.
date-hint = Vorming: AAAA-KK-PP, näiteks { $example }.
dispute-title = Vaidlusta nõue
dispute-intro = Kui arvad, et nõue on vale, ütle meile miks. Peatame sissenõudmise kohe, kuni võlausaldaja asja uurib.
dispute-reason = Miks sa nõuet vaidlustad?
dispute-reason-paid = Olen juba maksnud
dispute-reason-amount = Summa on vale
dispute-reason-not-mine = See ei ole minu võlg
dispute-reason-goods = Ma ei saanud seda, mille eest maksin
dispute-reason-other = Muu põhjus
dispute-details = Räägi täpsemalt
dispute-file = Lisa dokument (vabatahtlik)
dispute-file-hint = Kviitung või kiri PDF-, JPEG- või PNG-vormingus, kuni 5 MB.
dispute-submit = Saada vaidlustus
dispute-done = Sinu vaidlustus on registreeritud. Sissenõudmine on peatatud ja võlausaldajat on teavitatud.
dispute-file-too-large = Fail on suurem kui 5 MB. Lisa väiksem fail.
dispute-file-type = Lisada saab ainult PDF-, JPEG- ja PNG-faile.
dispute-need-details = Ütle lühidalt, miks sa nõuet vaidlustad.
refusal-wrong-state = See ei ole selle nõude puhul praegu võimalik.
refusal-nothing-owed = Selle nõude järgi ei ole midagi maksta.
refusal-date-in-past = See kuupäev on möödas. Vali kuupäev alates tänasest.
refusal-above-maximum = Kuupäev on hilisem, kui võlausaldaja lubab. Vali { $latest } või varasem.
refusal-too-many-months = Võlausaldaja lubab kuni { $max } kuud.
refusal-below-minimum = Osamaksed jääksid liiga väikseks. Vali kuni { $max } kuud.
refusal-other = See ei õnnestunud. Kirjuta meile ja me aitame.
message-title = Kirjuta meile
message-label = Sinu sõnum
message-submit = Saada
message-sent = Sinu sõnum on saadetud. Vastame kahe tööpäeva jooksul.
message-length = Kirjuta kuni 4000 tähemärgi pikkune sõnum.
message-history = Sinu saadetud sõnumid
contact-title = Kontakti eelistused
contact-channels = Kuidas võime sinuga ühendust võtta?
contact-language = Kirjade ja selle saidi keel
contact-submit = Salvesta
contact-saved = Sinu eelistused on salvestatud.
contact-need-one = Vali vähemalt üks viis, kuidas sinuga ühendust võtta.
channel-email = E-post
channel-sms = SMS
channel-letter = Kiri postiga
channel-ebox = Digitaalne postkast
survey-title = Üks kiire küsimus
survey-question = Kui lihtne oli seda meiega lahendada?
survey-scale = 1 tähendab väga rasket, 5 väga lihtsat.
survey-recommend = Kui tõenäoliselt soovitaksite meid sõbrale või kolleegile?
survey-recommend-scale = 0 tähendab üldse mitte tõenäoliselt, 10 tähendab väga tõenäoliselt. Võite selle küsimuse vahele jätta.
survey-submit = Saada vastus
survey-thanks = Aitäh vastuse eest.
error-back = Mine avalehele
error-not-found-title = Lehte ei leitud
error-not-found-body = Me ei leidnud seda lehte. See võib olla teisaldatud või aadress on puudulik.
error-expired-form-title = Palun proovi uuesti
error-expired-form-body = Vorm oli aegunud. Mine tagasi, laadi leht uuesti ja saada uuesti.
error-sign-in-title = Palun logi sisse
error-sign-in-body = Selle lehe nägemiseks pead sisse logima. Seanss lõpeb 30 minuti pärast.
error-read-only-title = Muudatused nõuavad uut sisselogimist
error-read-only-body = Logisid sisse varem kasutatud lingiga. Muutmiseks logi sisse makseviite ja postiindeksi või sünnikuupäevaga.
error-internal-title = Vabandust, midagi läks valesti
error-internal-body = Viga on meie, mitte sinu poolel. Palun proovi hetke pärast uuesti.

# The letters about a claim, on its page; a merged letter names the other invoices it is about.
claim-letters = Kirjad selle arve kohta
claim-letter-merged = Sama kiri puudutab ka: { $invoices }

assistant-title = Esita küsimus
assistant-intro = Kirjuta oma sõnadega ja mis tahes keeles, mida vajad. Assistent näitab, kus seda siin teha; ta ei muuda ise kunagi midagi ja millele tema vastata ei oska, vastab inimene.
assistant-label = Sinu küsimus
assistant-ask = Küsi
assistant-understood = Siin saad seda teha:
assistant-unsure = Ma pole kindel, kas sain aru. Võid saata oma küsimuse inimesele, kes vastab sulle siin.
assistant-handover = Saada minu küsimus inimesele
