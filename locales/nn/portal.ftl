# Skuldnarportalen. Kvar nøkkel her må finnast på alle språk (ein test sjekkar det).
skip-to-content = Hopp til innholdet
nav-label = Hovedmeny
nav-claims = Krava dine
nav-message = Skriv til oss
nav-contact = Kontaktvalg
nav-sign-out = Logg ut
language-label = Språk
language-change = Bytt
footer-help = Spørsmål? Skriv til oss her, eller ring nummeret i brevet ditt.
login-title = Logg inn
login-intro = Her ser du kva du skuldar, kvifor, og korleis du betaler, deler opp eller utset betalinga.
login-link-hint = Enklast er lenkja i brevet, e-posten eller SMS-en. Inga lenkje? Logg inn med KID-nummeret og postnummeret eller fødselsdatoen din.
login-reference = Betalingsreferanse (KID eller OCR)
login-reference-hint = Nummeret som står ved sida av beløpet i brevet.
login-second = Postnummer eller fødselsdato
login-second-hint = Til dømes 5003 eller 1985-04-23.
login-submit = Logg inn
login-not-recognised = Vi fann ingen treff. Sjekk referansen og postnummeret eller fødselsdatoen, og prøv igjen.
login-too-many = For mange forsøk. Av omsyn til tryggleiken: vent 15 minutt og prøv igjen.
link-title = Velkommen
link-intro = Trykk på knappen for å sjå krava dine. Lenkja i brevet verkar framleis for å sjå.
link-continue = Gå vidare til krava dine
link-invalid-title = Lenkja verkar ikkje lenger
link-invalid-body = Lenkja har gått ut eller er ikkje heil. Logg inn med betalingsreferansen og postnummeret eller fødselsdatoen din i staden.
read-only-note = Du logga inn med ei lenkje som er brukt før, så du kan sjå, men ikkje endre. Logg ut og logg inn med betalingsreferansen for å gjere endringar.
claims-title = Krava dine
claims-greeting = Hei { $name }.
claims-none = Du har ingen krav hos oss. Takk!
claims-total = Å betale totalt
claims-invoice = Faktura
claims-due = Forfallsdato
claims-status = Status
claims-outstanding = Att å betale
claim-title = Faktura { $invoice }
claim-credit = Pengar vi har til gode for deg
claim-actions = Dette kan du gjere
back-to-claims = Tilbake til krava dine
back-to-claim = Tilbake til kravet
action-pay = Betal no
action-plan = Del opp i avdrag
action-postpone = Utset
action-promise = Lov å betale innan ein dato
action-dispute = Bestrid kravet
breakdown-title = Kva beløpet er sett saman av
breakdown-intro = Kvar del er vist med grunngjevinga for han.
breakdown-none = Ingenting her.
section-principal = Fakturaen
section-fees = Gebyrer
section-interest = Renter
item-invoice = Faktura { $invoice }
item-credit-note = Kreditnota
item-interest = Forsinkelsesrente
item-payment = Mottatt betaling
item-write-off = Avskrevet
item-refund = Tilbakebetaling
item-reversal = Korrigering
explain-principal = Beløpet på den opphavlege fakturaen.
explain-fee = Eit gebyr lova tillèt fordi fakturaen ikkje vart betalt i tide.
explain-interest = Renter lova tillèt på det ubetalte beløpet frå dagen etter forfall.
portal-fee-reminder = Purregebyr
portal-fee-collection-warning = Gebyr for inkassovarsel
portal-fee-collection-demand = Gebyr for inkassokrav
portal-fee-payment-demand = Gebyr for betalingsoppfordring
portal-fee-instalment-plan = Gebyr for nedbetalingsplan
portal-fee-instalment-notice = Avigebyr
portal-fee-late-compensation = Standardkompensasjon
portal-fee-agency-fee = Inkassosalær
state-open = Open
state-notified = Faktura sendt
state-reminded = Purring sendt
state-warned = Inkassovarsel sendt
state-demanded = Betalingsoppfordring sendt
state-promise-to-pay = Lovet betaling
state-payment-plan = Nedbetalingsplan
state-postponed = Utsett
state-disputed = Bestridt
state-handed-over = Overlevert
state-paid = Betalt
state-written-off = Avskrevet
state-credited = Kreditert
pay-title = Slik betaler du
pay-heading = Betal faktura { $invoice }
pay-intro = Betal i appen eller nettbanken til banken din med opplysningane under. Bruk referansen nøyaktig, så finn betalinga rett faktura.
pay-payee = Mottakar
portal-pay-bankgiro = Bankgiro
portal-pay-plusgiro = Plusgiro
portal-pay-account = Kontonummer
portal-pay-iban = IBAN
pay-bic = BIC
portal-pay-ocr = OCR-nummer
portal-pay-kid = KID-nummer
portal-pay-amount = Beløp
pay-copy = Kopier
pay-copied = Kopiert
pay-qr-note = Eller skann koden med appen til banken: han fyller inn mottakar, referanse og beløp.
pay-after = Betalingar blir vanlegvis viste her ein til to bankdagar etter at du har betalt.
plan-title = Del opp i avdrag
plan-intro =
    { $max ->
        [one] Du kan dele opp gjelda over opptil { $max } månad, med minst { $min } i månaden.
       *[other] Du kan dele opp gjelda over opptil { $max } månader, med minst { $min } i månaden.
    }
plan-months = Tal på månader
plan-preview = Vis nedbetalingsplanen
plan-schedule = Din nedbetalingsplan
plan-col-no = Avdrag
plan-col-due = Forfallsdato
plan-col-amount = Beløp
plan-fee = Gebyr for planen som lova tillèt: { $fee }
plan-total = Totalt i planen: { $total }
plan-count =
    { $count ->
        [one] { $count } avdrag
       *[other] { $count } avdrag
    }
plan-accept = Godta planen
plan-accepted = Planen din er avtalt. Vi sender ingen purringar så lenge du betaler etter planen.
postpone-title = Utset betalinga
postpone-intro =
    { $days ->
        [one] Du kan flytte betalinga opptil { $days } dag fram, senest { $latest }.
       *[other] Du kan flytte betalinga opptil { $days } dagar fram, senest { $latest }.
    }
postpone-date = Ny betalingsdato
postpone-submit = Utset
postpone-done = Betalinga er utsett. Vi sender ingen purringar før den nye datoen.
promise-title = Lov å betale
promise-intro =
    { $days ->
        [one] Fortel oss datoen du betaler, innan { $days } dag (senest { $latest }), så ventar vi med purringar til då.
       *[other] Fortel oss datoen du betaler, innan { $days } dager (senest { $latest }), så ventar vi med purringar til då.
    }
promise-date = Eg betaler innan
promise-submit = Lov å betale
promise-done = Takk. Vi har notert lovnaden din og ventar med purringar til den datoen.
date-hint = Format: ÅÅÅÅ-MM-DD, til dømes { $example }.
dispute-title = Bestrid kravet
dispute-intro = Meiner du at kravet er feil, fortel oss kvifor. Vi stansar innkrevjinga med ein gong medan kreditor undersøkjer saka.
dispute-reason = Kvifor bestrid du kravet?
dispute-reason-paid = Eg har alt betalt
dispute-reason-amount = Beløpet er feil
dispute-reason-not-mine = Dette er ikkje gjelda mi
dispute-reason-goods = Eg fekk ikkje det eg betalte for
dispute-reason-other = Ein annan grunn
dispute-details = Fortel meir
dispute-file = Legg ved et dokument (valgfritt)
dispute-file-hint = En kvittering eller et brev som PDF, JPEG eller PNG, høyst 5 MB.
dispute-submit = Send innvendinga
dispute-done = Innvendinga er registrert. Innkrevjinga er stansa, og kreditor har fått beskjed.
dispute-file-too-large = Filen er større enn 5 MB. Legg ved en mindre fil.
dispute-file-type = Bare PDF-, JPEG- og PNG-filer kan legges ved.
dispute-need-details = Fortel kort kvifor du bestrid kravet.
refusal-wrong-state = Det er ikkje mogleg for dette kravet akkurat no.
refusal-nothing-owed = Ingenting er ubetalt på dette kravet.
refusal-date-in-past = Datoen er passert. Vel ein dato frå og med i dag.
refusal-above-maximum = Datoen er seinare enn kreditor tillèt. Vel { $latest } eller tidlegare.
refusal-too-many-months = Kreditor tillèt høgst { $max } månader.
refusal-below-minimum = Avdraga ville blitt for små. Vel høgst { $max } månader.
refusal-other = Det gjekk ikkje. Skriv til oss, så hjelper vi deg.
message-title = Skriv til oss
message-label = Meldinga di
message-submit = Send
message-sent = Meldinga er send. Vi svarer innan to vyrkedagar.
message-length = Skriv en melding på høyst 4 000 tegn.
message-history = Meldingar du har sendt
contact-title = Kontaktvalg
contact-channels = Korleis kan vi nå deg?
contact-language = Språk for brev og denne nettstaden
contact-submit = Lagre
contact-saved = Vala dine er lagra.
contact-need-one = Vel minst éin måte å nå deg på.
channel-email = E-post
channel-sms = SMS
channel-letter = Brev i posten
channel-ebox = Digital postkasse
survey-title = Eitt kort spørsmål
survey-question = Kor lett var det å ordne dette med oss?
survey-scale = 1 tyder svært vanskeleg, 5 tyder svært lett.
survey-recommend = Kor sannsynleg er det at du vil tilrå oss til ein ven eller kollega?
survey-recommend-scale = 0 tyder ikkje sannsynleg i det heile, 10 tyder svært sannsynleg. Du kan hoppe over spørsmålet.
survey-submit = Send svar
survey-thanks = Takk for svaret ditt.
error-back = Til startsida
error-not-found-title = Sida finst ikkje
error-not-found-body = Vi fann ikkje sida. Ho kan vere flytta, eller adressa er ufullstendig.
error-expired-form-title = Prøv igjen
error-expired-form-body = Skjemaet var gått ut. Gå tilbake, last inn sida på nytt og send igjen.
error-sign-in-title = Logg inn
error-sign-in-body = Du må logge inn for å sjå sida. Du kan ha vorte logga ut etter 30 minutt.
error-read-only-title = Endringar krev ny innlogging
error-read-only-body = Du logga inn med ei lenkje som er brukt før. Logg inn med betalingsreferansen og postnummeret eller fødselsdatoen din for å gjere endringar.
error-internal-title = Noko gjekk gale
error-internal-body = Feilen er vår, ikkje din. Prøv igjen om litt.

# The letters about a claim, on its page; a merged letter names the other invoices it is about.
claim-letters = Brev om denne fakturaen
claim-letter-merged = Det same brevet gjeld òg: { $invoices }

assistant-title = Still eit spørsmål
assistant-intro = Skriv kva du treng med eigne ord, på kva språk du vil. Assistenten viser deg kvar du gjer det her; han endrar aldri noko sjølv, og eit menneske svarar på det han ikkje kan.
assistant-label = Spørsmålet ditt
assistant-ask = Spør
assistant-understood = Her kan du gjere det:
assistant-unsure = Eg er ikkje sikker på at eg forstod. Du kan sende spørsmålet ditt til eit menneske, som svarar deg her.
assistant-handover = Send spørsmålet mitt til eit menneske
