# Skyldnerportalen. Hver nøgle her skal findes på alle sprog (en test tjekker det).
skip-to-content = Spring til indholdet
nav-label = Hovedmenu
nav-claims = Dine krav
nav-message = Skriv til os
nav-contact = Kontaktvalg
nav-sign-out = Log ud
language-label = Sprog
language-change = Skift
footer-help = Spørgsmål? Skriv til os her, eller ring til nummeret i dit brev.
login-title = Log ind
login-intro = Her kan du se, hvad du skylder, hvorfor, og hvordan du betaler, deler betalingen op eller udskyder den.
login-link-hint = Det letteste er linket i dit brev, din e-mail eller sms. Intet link? Log ind med betalingsreferencen og dit postnummer eller din fødselsdato.
login-reference = Betalingsreference (OCR eller KID)
login-reference-hint = Nummeret, der står ved siden af beløbet i brevet.
login-second = Postnummer eller fødselsdato
login-second-hint = For eksempel 114 55 eller 1985-04-23.
login-submit = Log ind
login-not-recognised = Vi fandt intet match. Tjek referencen og postnummeret eller fødselsdatoen, og prøv igen.
login-too-many = For mange forsøg. Af hensyn til din sikkerhed: vent 15 minutter, og prøv igen.
link-title = Velkommen
link-intro = Tryk på knappen for at se dine krav. Linket i brevet virker stadig til at se.
link-continue = Fortsæt til dine krav
link-invalid-title = Linket virker ikke længere
link-invalid-body = Linket er udløbet eller ikke helt. Log i stedet ind med betalingsreferencen og dit postnummer eller din fødselsdato.
read-only-note = Du loggede ind med et link, der er brugt før, så du kan se, men ikke ændre. Log ud, og log ind med betalingsreferencen for at lave ændringer.
claims-title = Dine krav
claims-greeting = Hej { $name }.
claims-none = Du har ingen krav hos os. Tak!
claims-total = I alt at betale
claims-invoice = Faktura
claims-due = Forfaldsdato
claims-status = Status
claims-outstanding = Mangler at betale
claim-title = Faktura { $invoice }
claim-credit = Penge, vi har til gode til dig
claim-actions = Det kan du gøre
back-to-claims = Tilbage til dine krav
back-to-claim = Tilbage til kravet
action-pay = Betal nu
action-plan = Del op i rater
action-postpone = Udskyd
action-promise = Lov at betale inden en dato
action-dispute = Gør indsigelse mod kravet
breakdown-title = Hvad beløbet består af
breakdown-intro = Hver del vises med begrundelsen for den.
breakdown-none = Intet her.
section-principal = Fakturaen
section-fees = Gebyrer
section-interest = Renter
item-invoice = Faktura { $invoice }
item-credit-note = Kreditnota
item-interest = Morarenter
item-payment = Modtaget betaling
item-write-off = Afskrevet
item-refund = Tilbagebetaling
item-reversal = Rettelse
explain-principal = Beløbet på den oprindelige faktura.
explain-fee = Et gebyr, som loven tillader, fordi fakturaen ikke blev betalt til tiden.
explain-interest = Renter, som loven tillader, af det ubetalte beløb fra dagen efter forfald.
portal-fee-reminder = Rykkergebyr
portal-fee-collection-warning = Gebyr for inkassovarsel
portal-fee-collection-demand = Gebyr for inkassokrav
portal-fee-payment-demand = Gebyr for betalingsopfordring
portal-fee-instalment-plan = Gebyr for afdragsordning
portal-fee-instalment-notice = Opkrævningsgebyr
portal-fee-late-compensation = Kompensation for forsinket betaling
portal-fee-agency-fee = Inkassosalær
state-open = Åben
state-notified = Faktura sendt
state-reminded = Rykker sendt
state-warned = Inkassovarsel sendt
state-demanded = Inkassokrav sendt
state-promise-to-pay = Lovet betaling
state-payment-plan = Afdragsordning
state-postponed = Udskudt
state-disputed = Indsigelse
state-handed-over = Overdraget
state-paid = Betalt
state-written-off = Afskrevet
state-credited = Krediteret
pay-title = Sådan betaler du
pay-heading = Betal faktura { $invoice }
pay-intro = Betal i din banks app eller netbank med oplysningerne herunder. Brug referencen præcist, så betalingen finder den rigtige faktura.
pay-payee = Modtager
portal-pay-bankgiro = Bankgiro
portal-pay-plusgiro = Plusgiro
portal-pay-account = Kontonummer
portal-pay-iban = IBAN
pay-bic = BIC
portal-pay-ocr = OCR-reference
portal-pay-kid = KID-reference
portal-pay-amount = Beløb
pay-copy = Kopiér
pay-copied = Kopieret
pay-qr-note = Eller scan koden med din banks app: den udfylder modtager, reference og beløb.
pay-after = Betalinger vises her normalt en til to bankdage efter, at du har betalt.
plan-title = Del op i rater
plan-intro =
    { $max ->
        [one] Du kan dele gælden op over op til { $max } måned med mindst { $min } om måneden.
       *[other] Du kan dele gælden op over op til { $max } måneder med mindst { $min } om måneden.
    }
plan-months = Antal måneder
plan-preview = Vis afdragsplanen
plan-schedule = Din afdragsplan
plan-col-no = Rate
plan-col-due = Forfaldsdato
plan-col-amount = Beløb
plan-fee = Gebyr for ordningen, som loven tillader: { $fee }
plan-total = I alt i ordningen: { $total }
plan-count =
    { $count ->
        [one] { $count } rate
       *[other] { $count } rater
    }
plan-accept = Godkend ordningen
plan-accepted = Din afdragsordning er aftalt. Vi sender ingen rykkere, så længe du betaler efter planen.
postpone-title = Udskyd betalingen
postpone-intro =
    { $days ->
        [one] Du kan flytte betalingen op til { $days } dag frem, senest { $latest }.
       *[other] Du kan flytte betalingen op til { $days } dage frem, senest { $latest }.
    }
postpone-date = Ny betalingsdato
postpone-submit = Udskyd
postpone-done = Betalingen er udskudt. Vi sender ingen rykkere før den nye dato.
promise-title = Lov at betale
promise-intro =
    { $days ->
        [one] Fortæl os, hvilken dato du betaler, inden for { $days } dag (senest { $latest }), så venter vi med rykkere til da.
       *[other] Fortæl os, hvilken dato du betaler, inden for { $days } dage (senest { $latest }), så venter vi med rykkere til da.
    }
promise-date = Jeg betaler senest
promise-submit = Lov at betale
promise-done = Tak. Vi har noteret dit løfte og venter med rykkere til den dato.
date-hint = Format: ÅÅÅÅ-MM-DD, for eksempel { $example }.
dispute-title = Gør indsigelse mod kravet
dispute-intro = Hvis du mener, at kravet er forkert, så fortæl os hvorfor. Vi stopper inddrivelsen med det samme, mens kreditor undersøger sagen.
dispute-reason = Hvorfor gør du indsigelse?
dispute-reason-paid = Jeg har allerede betalt
dispute-reason-amount = Beløbet er forkert
dispute-reason-not-mine = Det er ikke min gæld
dispute-reason-goods = Jeg fik ikke det, jeg betalte for
dispute-reason-other = En anden grund
dispute-details = Fortæl mere
dispute-file = Vedhæft et dokument (valgfrit)
dispute-file-hint = En kvittering eller et brev som PDF, JPEG eller PNG, højst 5 MB.
dispute-submit = Send indsigelsen
dispute-done = Din indsigelse er registreret. Inddrivelsen er stoppet, og kreditor har fået besked.
dispute-file-too-large = Filen er større end 5 MB. Vedhæft en mindre fil.
dispute-file-type = Kun PDF-, JPEG- og PNG-filer kan vedhæftes.
dispute-need-details = Fortæl kort, hvorfor du gør indsigelse mod kravet.
refusal-wrong-state = Det er ikke muligt for dette krav lige nu.
refusal-nothing-owed = Der er intet ubetalt på dette krav.
refusal-date-in-past = Datoen er passeret. Vælg en dato fra i dag og frem.
refusal-above-maximum = Datoen er senere, end kreditor tillader. Vælg { $latest } eller tidligere.
refusal-too-many-months = Kreditor tillader højst { $max } måneder.
refusal-below-minimum = Raterne ville blive for små. Vælg højst { $max } måneder.
refusal-other = Det lykkedes ikke. Skriv til os, så hjælper vi dig.
message-title = Skriv til os
message-label = Din besked
message-submit = Send
message-sent = Din besked er sendt. Vi svarer inden for to hverdage.
message-length = Skriv en besked på højst 4.000 tegn.
message-history = Beskeder, du har sendt
contact-title = Kontaktvalg
contact-channels = Hvordan må vi kontakte dig?
contact-language = Sprog for breve og denne side
contact-submit = Gem
contact-saved = Dine valg er gemt.
contact-need-one = Vælg mindst én måde at kontakte dig på.
channel-email = E-mail
channel-sms = Sms
channel-letter = Brev med posten
channel-ebox = Digital postkasse
survey-title = Et hurtigt spørgsmål
survey-question = Hvor let var det at ordne dette med os?
survey-scale = 1 betyder meget svært, 5 betyder meget let.
survey-recommend = Hvor sandsynligt er det, at du vil anbefale os til en ven eller kollega?
survey-recommend-scale = 0 betyder slet ikke sandsynligt, 10 betyder meget sandsynligt. Du kan springe spørgsmålet over.
survey-submit = Send svar
survey-thanks = Tak for dit svar.
error-back = Til forsiden
error-not-found-title = Siden findes ikke
error-not-found-body = Vi kunne ikke finde siden. Den kan være flyttet, eller adressen er ufuldstændig.
error-expired-form-title = Prøv igen
error-expired-form-body = Formularen var udløbet. Gå tilbage, genindlæs siden, og send igen.
error-sign-in-title = Log ind
error-sign-in-body = Du skal logge ind for at se siden. Du kan være blevet logget ud efter 30 minutter.
error-read-only-title = Ændringer kræver et nyt login
error-read-only-body = Du loggede ind med et link, der er brugt før. Log ind med betalingsreferencen og dit postnummer eller din fødselsdato for at lave ændringer.
error-internal-title = Noget gik galt
error-internal-body = Fejlen er vores, ikke din. Prøv igen om lidt.

# The letters about a claim, on its page; a merged letter names the other invoices it is about.
claim-letters = Breve om denne faktura
claim-letter-merged = Det samme brev gælder også: { $invoices }

assistant-title = Stil et spørgsmål
assistant-intro = Skriv, hvad du har brug for, med dine egne ord, på et hvilket som helst sprog. Assistenten viser dig, hvor du gør det her; den ændrer aldrig noget selv, og et menneske svarer på det, den ikke kan.
assistant-label = Dit spørgsmål
assistant-ask = Spørg
assistant-understood = Her kan du gøre det:
assistant-unsure = Jeg er ikke sikker på, at jeg forstod. Du kan sende dit spørgsmål til et menneske, som svarer dig her.
assistant-handover = Send mit spørgsmål til et menneske
