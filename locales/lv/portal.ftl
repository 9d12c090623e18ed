# Parādnieka portāls. Katrai atslēgai jābūt visās valodās (to pārbauda tests).
skip-to-content = Pāriet uz saturu
nav-label = Galvenā izvēlne
nav-claims = Jūsu parādi
nav-message = Rakstiet mums
nav-contact = Saziņas iestatījumi
nav-sign-out = Iziet
language-label = Valoda
language-change = Mainīt
footer-help = Jautājumi? Rakstiet mums šeit vai zvaniet uz vēstulē norādīto numuru.
login-title = Pieteikties
login-intro = Šeit redzat, cik un kāpēc esat parādā, kā arī kā samaksāt, sadalīt maksājumu daļās vai to atlikt.
login-link-hint = Visvienkāršāk ir izmantot saiti no vēstules, e-pasta vai īsziņas. Nav saites? Piesakieties ar maksājuma atsauci un pasta indeksu vai dzimšanas datumu.
login-reference = Maksājuma atsauce (OCR vai KID)
login-reference-hint = Vēstulē blakus summai norādītais numurs.
login-second = Pasta indekss vai dzimšanas datums
login-second-hint = Piemēram, 114 55 vai 1985-04-23.
login-submit = Pieteikties
login-not-recognised = Atbilstība netika atrasta. Pārbaudiet atsauci un pasta indeksu vai dzimšanas datumu un mēģiniet vēlreiz.
login-too-many = Pārāk daudz mēģinājumu. Jūsu drošības labad pagaidiet 15 minūtes un mēģiniet vēlreiz.
link-title = Laipni lūdzam
link-intro = Nospiediet pogu, lai redzētu savus parādus. Saite vēstulē joprojām der apskatei.
link-continue = Turpināt uz jūsu parādiem
link-invalid-title = Šī saite vairs nedarbojas
link-invalid-body = Saites derīgums ir beidzies vai tā nav pilnīga. Piesakieties ar maksājuma atsauci un pasta indeksu vai dzimšanas datumu.
read-only-note = Jūs pieteicāties ar jau izmantotu saiti, tāpēc varat skatīt, bet ne mainīt. Lai veiktu izmaiņas, izejiet un piesakieties ar maksājuma atsauci.
claims-title = Jūsu parādi
claims-greeting = Labdien, { $name }.
claims-none = Jums pie mums nav parādu. Paldies!
claims-total = Kopā jāmaksā
claims-invoice = Rēķins
claims-due = Apmaksas termiņš
claims-status = Statuss
claims-outstanding = Vēl jāmaksā
claim-title = Rēķins { $invoice }
claim-credit = Jums glabātā nauda
claim-actions = Ko varat darīt
back-to-claims = Atpakaļ uz jūsu parādiem
back-to-claim = Atpakaļ uz parādu
action-pay = Maksāt tagad
action-plan = Sadalīt maksājumos
action-postpone = Atlikt
action-promise = Apsolīt samaksāt līdz datumam
action-dispute = Apstrīdēt parādu
breakdown-title = No kā sastāv summa
breakdown-intro = Katra daļa parādīta kopā ar tās pamatojumu.
breakdown-none = Šeit nekā nav.
section-principal = Rēķins
section-fees = Maksas
section-interest = Procenti
item-invoice = Rēķins { $invoice }
item-credit-note = Kredītrēķins
item-interest = Nokavējuma procenti
item-payment = Saņemts maksājums
item-write-off = Norakstīts
item-refund = Atmaksa
item-reversal = Labojums
explain-principal = Sākotnējā rēķina summa.
explain-fee = Likumā atļauta maksa, jo rēķins netika apmaksāts laikā.
explain-interest = Likumā atļautie procenti par neapmaksāto summu no dienas pēc apmaksas termiņa.
portal-fee-reminder = Atgādinājuma maksa
portal-fee-collection-warning = Piedziņas brīdinājuma maksa
portal-fee-collection-demand = Piedziņas prasības maksa
portal-fee-payment-demand = Maksājuma pieprasījuma maksa
portal-fee-instalment-plan = Maksājumu plāna maksa
portal-fee-instalment-notice = Maksājuma paziņojuma maksa
portal-fee-late-compensation = Kompensācija par kavējumu
portal-fee-agency-fee = Piedziņas atlīdzība
state-open = Atvērts
state-notified = Rēķins nosūtīts
state-reminded = Atgādinājums nosūtīts
state-warned = Brīdinājums nosūtīts
state-demanded = Prasība nosūtīta
state-promise-to-pay = Apsolīts samaksāt
state-payment-plan = Maksājumu plāns
state-postponed = Atlikts
state-disputed = Apstrīdēts
state-handed-over = Nodots
state-paid = Samaksāts
state-written-off = Norakstīts
state-credited = Kreditēts
pay-title = Kā samaksāt
pay-heading = Apmaksāt rēķinu { $invoice }
pay-intro = Maksājiet bankas lietotnē vai internetbankā ar šiem datiem. Izmantojiet atsauci precīzi, lai maksājums nonāktu pie pareizā rēķina.
pay-payee = Saņēmējs
portal-pay-bankgiro = Bankgiro
portal-pay-plusgiro = Plusgiro
portal-pay-account = Konta numurs
portal-pay-iban = IBAN
pay-bic = BIC
portal-pay-ocr = OCR atsauce
portal-pay-kid = KID atsauce
portal-pay-amount = Summa
pay-copy = Kopēt
pay-copied = Nokopēts
pay-qr-note = Vai noskenējiet šo kodu ar bankas lietotni: tā aizpildīs saņēmēju, atsauci un summu.
pay-after = Maksājumi šeit parasti parādās pēc vienas līdz divām bankas darba dienām.
plan-title = Sadalīt maksājumos
plan-intro =
    { $max ->
        [zero] Parādu varat sadalīt līdz { $max } mēnešiem, vismaz { $min } mēnesī.
        [one] Parādu varat sadalīt līdz { $max } mēnesim, vismaz { $min } mēnesī.
       *[other] Parādu varat sadalīt līdz { $max } mēnešiem, vismaz { $min } mēnesī.
    }
plan-months = Mēnešu skaits
plan-preview = Rādīt grafiku
plan-schedule = Jūsu maksājumu grafiks
plan-col-no = Maksājums
plan-col-due = Termiņš
plan-col-amount = Summa
plan-fee = Likumā atļautā plāna maksa: { $fee }
plan-total = Kopā plānā: { $total }
plan-count =
    { $count ->
        [zero] { $count } maksājumu
        [one] { $count } maksājums
       *[other] { $count } maksājumi
    }
plan-accept = Piekrītu šim plānam
plan-accepted = Jūsu plāns ir saskaņots. Kamēr maksājat pēc grafika, atgādinājumus nesūtīsim.
postpone-title = Atlikt maksājumu
postpone-intro =
    { $days ->
        [zero] Maksājumu varat atlikt līdz { $days } dienām, vēlākais līdz { $latest }.
        [one] Maksājumu varat atlikt līdz { $days } dienai, vēlākais līdz { $latest }.
       *[other] Maksājumu varat atlikt līdz { $days } dienām, vēlākais līdz { $latest }.
    }
postpone-date = Jaunais maksājuma datums
postpone-submit = Atlikt
postpone-done = Maksājums ir atlikts. Līdz jaunajam datumam atgādinājumus nesūtīsim.
promise-title = Apsolīt samaksāt
promise-intro =
    { $days ->
        [zero] Norādiet datumu, kad samaksāsiet, { $days } dienu laikā (vēlākais { $latest }), un līdz tam atgādinājumus nesūtīsim.
        [one] Norādiet datumu, kad samaksāsiet, { $days } dienas laikā (vēlākais { $latest }), un līdz tam atgādinājumus nesūtīsim.
       *[other] Norādiet datumu, kad samaksāsiet, { $days } dienu laikā (vēlākais { $latest }), un līdz tam atgādinājumus nesūtīsim.
    }
promise-date = Samaksāšu līdz
promise-submit = Apsolu samaksāt
promise-done = Paldies. Esam reģistrējuši jūsu solījumu un līdz tam datumam atgādinājumus nesūtīsim.
date-hint = Formāts: GGGG-MM-DD, piemēram, { $example }.
dispute-title = Apstrīdēt parādu
dispute-intro = Ja uzskatāt, ka parāds ir nepareizs, pastāstiet kāpēc. Piedziņu apturēsim nekavējoties, kamēr kreditors to pārbauda.
dispute-reason = Kāpēc apstrīdat parādu?
dispute-reason-paid = Es jau samaksāju
dispute-reason-amount = Summa ir nepareiza
dispute-reason-not-mine = Tas nav mans parāds
dispute-reason-goods = Es nesaņēmu to, par ko samaksāju
dispute-reason-other = Cits iemesls
dispute-details = Pastāstiet sīkāk
dispute-file = Pievienot dokumentu (nav obligāti)
dispute-file-hint = Kvīts vai vēstule PDF, JPEG vai PNG formātā, ne lielāka par 5 MB.
dispute-submit = Nosūtīt iebildumu
dispute-done = Jūsu iebildums ir reģistrēts. Piedziņa ir apturēta, un kreditors ir informēts.
dispute-file-too-large = Fails ir lielāks par 5 MB. Pievienojiet mazāku failu.
dispute-file-type = Var pievienot tikai PDF, JPEG un PNG failus.
dispute-need-details = Īsi pastāstiet, kāpēc apstrīdat parādu.
refusal-wrong-state = Šim parādam tas pašlaik nav iespējams.
refusal-nothing-owed = Par šo parādu nekas nav jāmaksā.
refusal-date-in-past = Šis datums jau pagājis. Izvēlieties datumu, sākot no šodienas.
refusal-above-maximum = Datums ir vēlāks, nekā atļauj kreditors. Izvēlieties { $latest } vai agrāku.
refusal-too-many-months = Kreditors atļauj ne vairāk kā { $max } mēn.
refusal-below-minimum = Maksājumi būtu pārāk mazi. Izvēlieties ne vairāk kā { $max } mēn.
refusal-other = Neizdevās. Rakstiet mums, un mēs palīdzēsim.
message-title = Rakstiet mums
message-label = Jūsu ziņa
message-submit = Sūtīt
message-sent = Jūsu ziņa ir nosūtīta. Atbildēsim divu darba dienu laikā.
message-length = Uzrakstiet ziņu, kas nav garāka par 4000 rakstzīmēm.
message-history = Jūsu nosūtītās ziņas
contact-title = Saziņas iestatījumi
contact-channels = Kā varam ar jums sazināties?
contact-language = Vēstuļu un šīs vietnes valoda
contact-submit = Saglabāt
contact-saved = Jūsu iestatījumi ir saglabāti.
contact-need-one = Izvēlieties vismaz vienu saziņas veidu.
channel-email = E-pasts
channel-sms = Īsziņa
channel-letter = Vēstule pa pastu
channel-ebox = Digitālā pastkastīte
survey-title = Viens ātrs jautājums
survey-question = Cik viegli bija to nokārtot ar mums?
survey-scale = 1 nozīmē ļoti grūti, 5 – ļoti viegli.
survey-recommend = Cik ticams, ka jūs mūs ieteiktu draugam vai kolēģim?
survey-recommend-scale = 0 nozīmē nemaz nav ticams, 10 nozīmē ļoti ticams. Šo jautājumu varat izlaist.
survey-submit = Sūtīt atbildi
survey-thanks = Paldies par atbildi.
error-back = Uz sākumlapu
error-not-found-title = Lapa nav atrasta
error-not-found-body = Mēs neatradām šo lapu. Iespējams, tā ir pārvietota vai adrese nav pilnīga.
error-expired-form-title = Lūdzu, mēģiniet vēlreiz
error-expired-form-body = Veidlapas derīgums bija beidzies. Atgriezieties, pārlādējiet lapu un nosūtiet vēlreiz.
error-sign-in-title = Lūdzu, piesakieties
error-sign-in-body = Lai redzētu šo lapu, jāpiesakās. Sesija beidzas pēc 30 minūtēm.
error-read-only-title = Izmaiņām vajadzīga jauna pieteikšanās
error-read-only-body = Jūs pieteicāties ar jau izmantotu saiti. Lai veiktu izmaiņas, piesakieties ar maksājuma atsauci un pasta indeksu vai dzimšanas datumu.
error-internal-title = Atvainojiet, kaut kas nogāja greizi
error-internal-body = Kļūda ir mūsu, nevis jūsu. Lūdzu, mēģiniet pēc brīža vēlreiz.

# The letters about a claim, on its page; a merged letter names the other invoices it is about.
claim-letters = Vēstules par šo rēķinu
claim-letter-merged = Tā pati vēstule attiecas arī uz: { $invoices }

assistant-title = Uzdodiet jautājumu
assistant-intro = Ar saviem vārdiem un jebkurā valodā uzrakstiet, kas jums vajadzīgs. Asistents parādīs, kur to izdarīt šeit; tas pats nekad neko nemaina, un uz to, ko tas nespēj, atbildēs cilvēks.
assistant-label = Jūsu jautājums
assistant-ask = Jautāt
assistant-understood = Šeit varat to izdarīt:
assistant-unsure = Neesmu pārliecināts, vai sapratu. Varat nosūtīt jautājumu cilvēkam, kurš jums atbildēs šeit.
assistant-handover = Nosūtīt manu jautājumu cilvēkam
