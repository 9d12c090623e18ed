# Skolininko portalas. Kiekvienas raktas turi būti visomis kalbomis (tai tikrina testas).
skip-to-content = Pereiti prie turinio
nav-label = Pagrindinis meniu
nav-claims = Jūsų skolos
nav-message = Parašykite mums
nav-contact = Kontaktų nustatymai
nav-sign-out = Atsijungti
language-label = Kalba
language-change = Keisti
footer-help = Turite klausimų? Parašykite mums čia arba skambinkite laiške nurodytu numeriu.
login-title = Prisijungti
login-intro = Čia matysite, kiek ir kodėl esate skolingi, ir kaip sumokėti, išdėstyti mokėjimą dalimis ar jį atidėti.
login-link-hint = Paprasčiausia naudoti nuorodą iš laiško, el. laiško ar SMS. Neturite nuorodos? Prisijunkite su mokėjimo kodu ir pašto kodu arba gimimo data.
login-reference = Mokėjimo kodas (OCR arba KID)
login-reference-hint = Laiške prie sumos išspausdintas numeris.
login-second = Pašto kodas arba gimimo data
login-second-hint = Pavyzdžiui, 114 55 arba 1985-04-23.
login-submit = Prisijungti
login-not-recognised = Atitikmens neradome. Patikrinkite mokėjimo kodą ir pašto kodą arba gimimo datą ir bandykite dar kartą.
login-too-many = Per daug bandymų. Dėl jūsų saugumo palaukite 15 minučių ir bandykite dar kartą.
link-title = Sveiki
link-intro = Paspauskite mygtuką ir pamatysite savo skolas. Nuoroda iš laiško ir toliau tinka peržiūrai.
link-continue = Tęsti į jūsų skolas
link-invalid-title = Ši nuoroda nebeveikia
link-invalid-body = Nuorodos galiojimas baigėsi arba ji nepilna. Prisijunkite su mokėjimo kodu ir pašto kodu arba gimimo data.
read-only-note = Prisijungėte su jau naudota nuoroda, todėl galite peržiūrėti, bet ne keisti. Norėdami keisti, atsijunkite ir prisijunkite su mokėjimo kodu.
claims-title = Jūsų skolos
claims-greeting = Sveiki, { $name }.
claims-none = Neturite skolų mums. Ačiū!
claims-total = Iš viso mokėti
claims-invoice = Sąskaita
claims-due = Mokėjimo terminas
claims-status = Būsena
claims-outstanding = Liko sumokėti
claim-title = Sąskaita { $invoice }
claim-credit = Jums saugomi pinigai
claim-actions = Ką galite padaryti
back-to-claims = Atgal į jūsų skolas
back-to-claim = Atgal į skolą
action-pay = Mokėti dabar
action-plan = Išdėstyti dalimis
action-postpone = Atidėti
action-promise = Pažadėti sumokėti iki datos
action-dispute = Ginčyti skolą
breakdown-title = Iš ko susideda suma
breakdown-intro = Kiekviena dalis parodyta su jos pagrindu.
breakdown-none = Čia nieko nėra.
section-principal = Sąskaita
section-fees = Mokesčiai
section-interest = Palūkanos
item-invoice = Sąskaita { $invoice }
item-credit-note = Kreditinė sąskaita
item-interest = Delspinigiai
item-payment = Gautas mokėjimas
item-write-off = Nurašyta
item-refund = Grąžinimas
item-reversal = Pataisymas
explain-principal = Pradinės sąskaitos suma.
explain-fee = Įstatymo leidžiamas mokestis, nes sąskaita nebuvo apmokėta laiku.
explain-interest = Įstatymo leidžiamos palūkanos už nesumokėtą sumą nuo kitos dienos po mokėjimo termino.
portal-fee-reminder = Priminimo mokestis
portal-fee-collection-warning = Išieškojimo įspėjimo mokestis
portal-fee-collection-demand = Išieškojimo reikalavimo mokestis
portal-fee-payment-demand = Mokėjimo reikalavimo mokestis
portal-fee-instalment-plan = Išdėstymo plano mokestis
portal-fee-instalment-notice = Įmokos pranešimo mokestis
portal-fee-late-compensation = Kompensacija už vėlavimą
portal-fee-agency-fee = Išieškojimo atlyginimas
state-open = Atvira
state-notified = Sąskaita išsiųsta
state-reminded = Priminimas išsiųstas
state-warned = Įspėjimas išsiųstas
state-demanded = Reikalavimas išsiųstas
state-promise-to-pay = Pažadėta sumokėti
state-payment-plan = Išdėstymo planas
state-postponed = Atidėta
state-disputed = Ginčijama
state-handed-over = Perduota
state-paid = Sumokėta
state-written-off = Nurašyta
state-credited = Kredituota
pay-title = Kaip sumokėti
pay-heading = Apmokėti sąskaitą { $invoice }
pay-intro = Mokėkite banko programėlėje ar internetinėje bankininkystėje pagal šiuos duomenis. Įrašykite mokėjimo kodą tiksliai, kad mokėjimas pasiektų tinkamą sąskaitą.
pay-payee = Gavėjas
portal-pay-bankgiro = Bankgiro
portal-pay-plusgiro = Plusgiro
portal-pay-account = Sąskaitos numeris
portal-pay-iban = IBAN
pay-bic = BIC
portal-pay-ocr = OCR kodas
portal-pay-kid = KID kodas
portal-pay-amount = Suma
pay-copy = Kopijuoti
pay-copied = Nukopijuota
pay-qr-note = Arba nuskenuokite šį kodą banko programėle: ji užpildys gavėją, kodą ir sumą.
pay-after = Mokėjimai čia paprastai matomi po vienos ar dviejų banko darbo dienų.
plan-title = Išdėstyti dalimis
plan-intro =
    { $max ->
        [one] Skolą galite išdėstyti ne daugiau kaip { $max } mėnesiui, mokėdami bent { $min } per mėnesį.
        [few] Skolą galite išdėstyti ne daugiau kaip { $max } mėnesiams, mokėdami bent { $min } per mėnesį.
        [many] Skolą galite išdėstyti ne daugiau kaip { $max } mėnesio, mokėdami bent { $min } per mėnesį.
       *[other] Skolą galite išdėstyti ne daugiau kaip { $max } mėnesių, mokėdami bent { $min } per mėnesį.
    }
plan-months = Mėnesių skaičius
plan-preview = Rodyti grafiką
plan-schedule = Jūsų mokėjimų grafikas
plan-col-no = Įmoka
plan-col-due = Terminas
plan-col-amount = Suma
plan-fee = Įstatymo leidžiamas plano mokestis: { $fee }
plan-total = Iš viso pagal planą: { $total }
plan-count =
    { $count ->
        [one] { $count } įmoka
        [few] { $count } įmokos
        [many] { $count } įmokos
       *[other] { $count } įmokų
    }
plan-accept = Sutinku su šiuo planu
plan-accepted = Jūsų planas sutartas. Kol mokate pagal grafiką, priminimų nesiųsime.
postpone-title = Atidėti mokėjimą
postpone-intro =
    { $days ->
        [one] Mokėjimą galite atidėti ne daugiau kaip { $days } dienai, vėliausiai iki { $latest }.
        [few] Mokėjimą galite atidėti ne daugiau kaip { $days } dienoms, vėliausiai iki { $latest }.
        [many] Mokėjimą galite atidėti ne daugiau kaip { $days } dienos, vėliausiai iki { $latest }.
       *[other] Mokėjimą galite atidėti ne daugiau kaip { $days } dienų, vėliausiai iki { $latest }.
    }
postpone-date = Nauja mokėjimo data
postpone-submit = Atidėti
postpone-done = Mokėjimas atidėtas. Iki naujos datos priminimų nesiųsime.
promise-title = Pažadėti sumokėti
promise-intro =
    { $days ->
        [one] Nurodykite datą, kada sumokėsite, per { $days } dieną (vėliausiai { $latest }), ir iki tol nesiųsime priminimų.
        [few] Nurodykite datą, kada sumokėsite, per { $days } dienas (vėliausiai { $latest }), ir iki tol nesiųsime priminimų.
        [many] Nurodykite datą, kada sumokėsite, per { $days } dienos (vėliausiai { $latest }), ir iki tol nesiųsime priminimų.
       *[other] Nurodykite datą, kada sumokėsite, per { $days } dienų (vėliausiai { $latest }), ir iki tol nesiųsime priminimų.
    }
promise-date = Sumokėsiu iki
promise-submit = Pažadu sumokėti
promise-done = Ačiū. Užregistravome jūsų pažadą ir iki tos datos priminimų nesiųsime.
date-hint = Formatas: MMMM-MM-DD, pavyzdžiui, { $example }.
dispute-title = Ginčyti skolą
dispute-intro = Jei manote, kad skola neteisinga, parašykite kodėl. Išieškojimą sustabdysime iš karto, kol kreditorius tikrins.
dispute-reason = Kodėl ginčijate skolą?
dispute-reason-paid = Jau sumokėjau
dispute-reason-amount = Suma neteisinga
dispute-reason-not-mine = Tai ne mano skola
dispute-reason-goods = Negavau to, už ką sumokėjau
dispute-reason-other = Kita priežastis
dispute-details = Papasakokite daugiau
dispute-file = Pridėti dokumentą (nebūtina)
dispute-file-hint = Kvitas ar laiškas PDF, JPEG arba PNG formatu, ne didesnis kaip 5 MB.
dispute-submit = Siųsti prieštaravimą
dispute-done = Jūsų prieštaravimas užregistruotas. Išieškojimas sustabdytas, kreditorius informuotas.
dispute-file-too-large = Failas didesnis nei 5 MB. Pridėkite mažesnį failą.
dispute-file-type = Galima pridėti tik PDF, JPEG ir PNG failus.
dispute-need-details = Trumpai parašykite, kodėl ginčijate skolą.
refusal-wrong-state = Šiai skolai to dabar padaryti negalima.
refusal-nothing-owed = Šiai skolai nieko nereikia mokėti.
refusal-date-in-past = Ši data jau praėjo. Pasirinkite datą nuo šiandien.
refusal-above-maximum = Data vėlesnė, nei leidžia kreditorius. Pasirinkite { $latest } arba ankstesnę.
refusal-too-many-months = Kreditorius leidžia ne daugiau kaip { $max } mėn.
refusal-below-minimum = Įmokos būtų per mažos. Pasirinkite ne daugiau kaip { $max } mėn.
refusal-other = Nepavyko. Parašykite mums ir mes padėsime.
message-title = Parašykite mums
message-label = Jūsų žinutė
message-submit = Siųsti
message-sent = Žinutė išsiųsta. Atsakysime per dvi darbo dienas.
message-length = Parašykite ne ilgesnę kaip 4000 ženklų žinutę.
message-history = Jūsų išsiųstos žinutės
contact-title = Kontaktų nustatymai
contact-channels = Kaip galime su jumis susisiekti?
contact-language = Laiškų ir šios svetainės kalba
contact-submit = Išsaugoti
contact-saved = Nustatymai išsaugoti.
contact-need-one = Pasirinkite bent vieną būdą susisiekti.
channel-email = El. paštas
channel-sms = SMS
channel-letter = Laiškas paštu
channel-ebox = Skaitmeninė pašto dėžutė
survey-title = Vienas trumpas klausimas
survey-question = Kaip lengva buvo išspręsti šį reikalą su mumis?
survey-scale = 1 reiškia labai sunku, 5 – labai lengva.
survey-recommend = Kaip tikėtina, kad rekomenduotumėte mus draugui ar kolegai?
survey-recommend-scale = 0 reiškia visai netikėtina, 10 reiškia labai tikėtina. Šį klausimą galite praleisti.
survey-submit = Siųsti atsakymą
survey-thanks = Ačiū už atsakymą.
error-back = Eiti į pradžios puslapį
error-not-found-title = Puslapis nerastas
error-not-found-body = Šio puslapio neradome. Galbūt jis perkeltas arba adresas nepilnas.
error-expired-form-title = Bandykite dar kartą
error-expired-form-body = Formos galiojimas baigėsi. Grįžkite, atnaujinkite puslapį ir siųskite dar kartą.
error-sign-in-title = Prisijunkite
error-sign-in-body = Norėdami matyti šį puslapį, turite prisijungti. Sesija baigiasi po 30 minučių.
error-read-only-title = Pakeitimams reikia naujo prisijungimo
error-read-only-body = Prisijungėte su jau naudota nuoroda. Norėdami keisti, prisijunkite su mokėjimo kodu ir pašto kodu arba gimimo data.
error-internal-title = Atsiprašome, kažkas nepavyko
error-internal-body = Klaida mūsų, ne jūsų. Bandykite dar kartą po akimirkos.

# The letters about a claim, on its page; a merged letter names the other invoices it is about.
claim-letters = Laiškai apie šią sąskaitą
claim-letter-merged = Tas pats laiškas apima ir: { $invoices }

assistant-title = Užduokite klausimą
assistant-intro = Savais žodžiais ir bet kuria kalba parašykite, ko jums reikia. Asistentas parodys, kur tai padaryti čia; jis pats niekada nieko nekeičia, o į tai, ko jis negali, atsakys žmogus.
assistant-label = Jūsų klausimas
assistant-ask = Klausti
assistant-understood = Čia galite tai padaryti:
assistant-unsure = Nesu tikras, ar supratau. Galite nusiųsti klausimą žmogui, kuris jums atsakys čia.
assistant-handover = Siųsti mano klausimą žmogui
