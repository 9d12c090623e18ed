# Skyldnerportalen. Hver nøkkel her må finnes på alle språk (en test sjekker det).
skip-to-content = Hopp til innholdet
nav-label = Hovedmeny
nav-claims = Dine krav
nav-message = Skriv til oss
nav-contact = Kontaktvalg
nav-sign-out = Logg ut
language-label = Språk
language-change = Bytt
footer-help = Spørsmål? Skriv til oss her, eller ring nummeret i brevet ditt.
login-title = Logg inn
login-intro = Her ser du hva du skylder, hvorfor, og hvordan du betaler, deler opp eller utsetter betalingen.
login-link-hint = Enklest er lenken i brevet, e-posten eller SMS-en. Ingen lenke? Logg inn med KID-nummeret og postnummeret eller fødselsdatoen din.
login-reference = Betalingsreferanse (KID eller OCR)
login-reference-hint = Nummeret som står ved siden av beløpet i brevet.
login-second = Postnummer eller fødselsdato
login-second-hint = For eksempel 0150 eller 1985-04-23.
login-submit = Logg inn
login-not-recognised = Vi fant ingen treff. Sjekk referansen og postnummeret eller fødselsdatoen, og prøv igjen.
login-too-many = For mange forsøk. Av hensyn til sikkerheten: vent 15 minutter og prøv igjen.
link-title = Velkommen
link-intro = Trykk på knappen for å se kravene dine. Lenken i brevet virker fortsatt for å se.
link-continue = Gå videre til kravene dine
link-invalid-title = Lenken virker ikke lenger
link-invalid-body = Lenken er utløpt eller ikke hel. Logg inn med betalingsreferansen og postnummeret eller fødselsdatoen din i stedet.
read-only-note = Du logget inn med en lenke som er brukt før, så du kan se, men ikke endre. Logg ut og logg inn med betalingsreferansen for å gjøre endringer.
claims-title = Dine krav
claims-greeting = Hei { $name }.
claims-none = Du har ingen krav hos oss. Takk!
claims-total = Å betale totalt
claims-invoice = Faktura
claims-due = Forfallsdato
claims-status = Status
claims-outstanding = Gjenstår å betale
claim-title = Faktura { $invoice }
claim-credit = Penger vi har til gode for deg
claim-actions = Dette kan du gjøre
back-to-claims = Tilbake til kravene dine
back-to-claim = Tilbake til kravet
action-pay = Betal nå
action-plan = Del opp i avdrag
action-postpone = Utsett
action-promise = Lov å betale innen en dato
action-dispute = Bestrid kravet
breakdown-title = Hva beløpet består av
breakdown-intro = Hver del vises med begrunnelsen for den.
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
explain-principal = Beløpet på den opprinnelige fakturaen.
explain-fee = Et gebyr loven tillater fordi fakturaen ikke ble betalt i tide.
explain-interest = Renter loven tillater på det ubetalte beløpet fra dagen etter forfall.
portal-fee-reminder = Purregebyr
portal-fee-collection-warning = Gebyr for inkassovarsel
portal-fee-collection-demand = Gebyr for inkassokrav
portal-fee-payment-demand = Gebyr for betalingsoppfordring
portal-fee-instalment-plan = Gebyr for nedbetalingsplan
portal-fee-instalment-notice = Avigebyr
portal-fee-late-compensation = Standardkompensasjon
portal-fee-agency-fee = Inkassosalær
state-open = Åpen
state-notified = Faktura sendt
state-reminded = Purring sendt
state-warned = Inkassovarsel sendt
state-demanded = Betalingsoppfordring sendt
state-promise-to-pay = Lovet betaling
state-payment-plan = Nedbetalingsplan
state-postponed = Utsatt
state-disputed = Bestridt
state-handed-over = Overlevert
state-paid = Betalt
state-written-off = Avskrevet
state-credited = Kreditert
pay-title = Slik betaler du
pay-heading = Betal faktura { $invoice }
pay-intro = Betal i bankens app eller nettbank med opplysningene under. Bruk referansen nøyaktig, så finner betalingen riktig faktura.
pay-payee = Mottaker
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
pay-qr-note = Eller skann koden med bankens app: den fyller inn mottaker, referanse og beløp.
pay-after = Betalinger vises her vanligvis én til to bankdager etter at du har betalt.
plan-title = Del opp i avdrag
plan-intro =
    { $max ->
        [one] Du kan dele opp gjelden over opptil { $max } måned, med minst { $min } i måneden.
       *[other] Du kan dele opp gjelden over opptil { $max } måneder, med minst { $min } i måneden.
    }
plan-months = Antall måneder
plan-preview = Vis nedbetalingsplanen
plan-schedule = Din nedbetalingsplan
plan-col-no = Avdrag
plan-col-due = Forfallsdato
plan-col-amount = Beløp
plan-fee = Gebyr for planen som loven tillater: { $fee }
plan-total = Totalt i planen: { $total }
plan-count =
    { $count ->
        [one] { $count } avdrag
       *[other] { $count } avdrag
    }
plan-accept = Godta planen
plan-accepted = Planen din er avtalt. Vi sender ingen purringer så lenge du betaler etter planen.
postpone-title = Utsett betalingen
postpone-intro =
    { $days ->
        [one] Du kan flytte betalingen opptil { $days } dag frem, senest { $latest }.
       *[other] Du kan flytte betalingen opptil { $days } dager frem, senest { $latest }.
    }
postpone-date = Ny betalingsdato
postpone-submit = Utsett
postpone-done = Betalingen er utsatt. Vi sender ingen purringer før den nye datoen.
promise-title = Lov å betale
promise-intro =
    { $days ->
        [one] Fortell oss datoen du betaler, innen { $days } dag (senest { $latest }), så venter vi med purringer til da.
       *[other] Fortell oss datoen du betaler, innen { $days } dager (senest { $latest }), så venter vi med purringer til da.
    }
promise-date = Jeg betaler innen
promise-submit = Lov å betale
promise-done = Takk. Vi har notert løftet ditt og venter med purringer til den datoen.
date-hint = Format: ÅÅÅÅ-MM-DD, for eksempel { $example }.
dispute-title = Bestrid kravet
dispute-intro = Mener du at kravet er feil, fortell oss hvorfor. Vi stanser innkrevingen med en gang mens kreditor undersøker saken.
dispute-reason = Hvorfor bestrider du kravet?
dispute-reason-paid = Jeg har allerede betalt
dispute-reason-amount = Beløpet er feil
dispute-reason-not-mine = Dette er ikke min gjeld
dispute-reason-goods = Jeg fikk ikke det jeg betalte for
dispute-reason-other = En annen grunn
dispute-details = Fortell mer
dispute-file = Legg ved et dokument (valgfritt)
dispute-file-hint = En kvittering eller et brev som PDF, JPEG eller PNG, høyst 5 MB.
dispute-submit = Send innsigelsen
dispute-done = Innsigelsen er registrert. Innkrevingen er stanset, og kreditor har fått beskjed.
dispute-file-too-large = Filen er større enn 5 MB. Legg ved en mindre fil.
dispute-file-type = Bare PDF-, JPEG- og PNG-filer kan legges ved.
dispute-need-details = Fortell kort hvorfor du bestrider kravet.
refusal-wrong-state = Det er ikke mulig for dette kravet akkurat nå.
refusal-nothing-owed = Ingenting er ubetalt på dette kravet.
refusal-date-in-past = Datoen er passert. Velg en dato fra og med i dag.
refusal-above-maximum = Datoen er senere enn kreditor tillater. Velg { $latest } eller tidligere.
refusal-too-many-months = Kreditor tillater høyst { $max } måneder.
refusal-below-minimum = Avdragene ville blitt for små. Velg høyst { $max } måneder.
refusal-other = Det gikk ikke. Skriv til oss, så hjelper vi deg.
message-title = Skriv til oss
message-label = Meldingen din
message-submit = Send
message-sent = Meldingen er sendt. Vi svarer innen to virkedager.
message-length = Skriv en melding på høyst 4 000 tegn.
message-history = Meldinger du har sendt
contact-title = Kontaktvalg
contact-channels = Hvordan kan vi nå deg?
contact-language = Språk for brev og dette nettstedet
contact-submit = Lagre
contact-saved = Valgene dine er lagret.
contact-need-one = Velg minst én måte å nå deg på.
channel-email = E-post
channel-sms = SMS
channel-letter = Brev i posten
channel-ebox = Digital postkasse
survey-title = Ett kort spørsmål
survey-question = Hvor lett var det å ordne dette med oss?
survey-scale = 1 betyr svært vanskelig, 5 betyr svært lett.
survey-recommend = Hvor sannsynlig er det at du vil anbefale oss til en venn eller kollega?
survey-recommend-scale = 0 betyr ikke sannsynlig i det hele tatt, 10 betyr svært sannsynlig. Du kan hoppe over spørsmålet.
survey-submit = Send svar
survey-thanks = Takk for svaret ditt.
error-back = Til startsiden
error-not-found-title = Siden finnes ikke
error-not-found-body = Vi fant ikke siden. Den kan være flyttet, eller adressen er ufullstendig.
error-expired-form-title = Prøv igjen
error-expired-form-body = Skjemaet var utløpt. Gå tilbake, last inn siden på nytt og send igjen.
error-sign-in-title = Logg inn
error-sign-in-body = Du må logge inn for å se siden. Du kan ha blitt logget ut etter 30 minutter.
error-read-only-title = Endringer krever ny innlogging
error-read-only-body = Du logget inn med en lenke som er brukt før. Logg inn med betalingsreferansen og postnummeret eller fødselsdatoen din for å gjøre endringer.
error-internal-title = Noe gikk galt
error-internal-body = Feilen er vår, ikke din. Prøv igjen om litt.

# The letters about a claim, on its page; a merged letter names the other invoices it is about.
claim-letters = Brev om denne fakturaen
claim-letter-merged = Det samme brevet gjelder også: { $invoices }

assistant-title = Still et spørsmål
assistant-intro = Skriv hva du trenger med egne ord, på hvilket som helst språk. Assistenten viser deg hvor du gjør det her; den endrer aldri noe selv, og et menneske svarer på det den ikke kan.
assistant-label = Spørsmålet ditt
assistant-ask = Spør
assistant-understood = Her kan du gjøre det:
assistant-unsure = Jeg er ikke sikker på at jeg forsto. Du kan sende spørsmålet ditt til et menneske, som svarer deg her.
assistant-handover = Send spørsmålet mitt til et menneske
