# Gäldenärsportalen. Varje nyckel här måste finnas på alla språk (ett test kontrollerar det).
skip-to-content = Hoppa till innehållet
nav-label = Huvudmeny
nav-claims = Dina krav
nav-message = Skriv till oss
nav-contact = Kontaktval
nav-sign-out = Logga ut
language-label = Språk
language-change = Byt
footer-help = Frågor? Skriv till oss här, eller ring numret i ditt brev.
login-title = Logga in
login-intro = Här ser du vad du är skyldig, varför, och hur du betalar, delar upp eller skjuter upp betalningen.
login-link-hint = Enklast är länken i ditt brev, e-post eller sms. Ingen länk? Logga in med OCR-numret och ditt postnummer eller födelsedatum.
login-reference = Betalningsreferens (OCR eller KID)
login-reference-hint = Numret som står bredvid beloppet i brevet.
login-second = Postnummer eller födelsedatum
login-second-hint = Till exempel 114 55 eller 1985-04-23.
login-submit = Logga in
login-not-recognised = Vi hittade ingen träff. Kontrollera referensen och postnumret eller födelsedatumet och försök igen.
login-too-many = För många försök. För din säkerhet: vänta 15 minuter och försök igen.
link-title = Välkommen
link-intro = Tryck på knappen för att se dina krav. Länken i brevet fortsätter att fungera för att titta.
link-continue = Fortsätt till dina krav
link-invalid-title = Länken fungerar inte längre
link-invalid-body = Länken har gått ut eller är inte hel. Logga in med betalningsreferensen och ditt postnummer eller födelsedatum i stället.
read-only-note = Du loggade in med en länk som använts förut, så du kan titta men inte ändra. Logga ut och logga in med betalningsreferensen för att göra ändringar.
claims-title = Dina krav
claims-greeting = Hej { $name }.
claims-none = Du har inga krav hos oss. Tack!
claims-total = Att betala totalt
claims-invoice = Faktura
claims-due = Förfallodag
claims-status = Status
claims-outstanding = Kvar att betala
claim-title = Faktura { $invoice }
claim-credit = Pengar vi har till godo åt dig
claim-actions = Det här kan du göra
back-to-claims = Tillbaka till dina krav
back-to-claim = Tillbaka till kravet
action-pay = Betala nu
action-plan = Dela upp i delbetalningar
action-postpone = Skjut upp
action-promise = Lova att betala ett visst datum
action-dispute = Bestrid kravet
breakdown-title = Vad beloppet består av
breakdown-intro = Varje del visas med skälet till den.
breakdown-none = Inget här.
section-principal = Fakturan
section-fees = Avgifter
section-interest = Ränta
item-invoice = Faktura { $invoice }
item-credit-note = Kreditnota
item-interest = Dröjsmålsränta
item-payment = Mottagen betalning
item-write-off = Avskrivet
item-refund = Återbetalning
item-reversal = Rättelse
explain-principal = Beloppet på den ursprungliga fakturan.
explain-fee = En avgift som lagen tillåter eftersom fakturan inte betalades i tid.
explain-interest = Ränta som lagen tillåter på det obetalda beloppet från dagen efter förfallodagen.
portal-fee-reminder = Påminnelseavgift
portal-fee-collection-warning = Avgift för inkassovarsel
portal-fee-collection-demand = Inkassoavgift
portal-fee-payment-demand = Avgift för betalningsuppmaning
portal-fee-instalment-plan = Avgift för avbetalningsplan
portal-fee-instalment-notice = Aviavgift
portal-fee-late-compensation = Förseningsersättning
portal-fee-agency-fee = Inkassosalär
state-open = Öppen
state-notified = Faktura skickad
state-reminded = Påminnelse skickad
state-warned = Inkassovarsel skickat
state-demanded = Inkassokrav skickat
state-promise-to-pay = Utlovad betalning
state-payment-plan = Avbetalningsplan
state-postponed = Uppskjuten
state-disputed = Bestridd
state-handed-over = Överlämnad
state-paid = Betald
state-written-off = Avskriven
state-credited = Krediterad
pay-title = Så betalar du
pay-heading = Betala faktura { $invoice }
pay-intro = Betala i bankens app eller internetbank med uppgifterna nedan. Använd referensen exakt, så hittar betalningen rätt faktura.
pay-payee = Mottagare
portal-pay-bankgiro = Bankgiro
portal-pay-plusgiro = Plusgiro
portal-pay-account = Kontonummer
portal-pay-iban = IBAN
pay-bic = BIC
portal-pay-ocr = OCR-nummer
portal-pay-kid = KID-nummer
portal-pay-amount = Belopp
pay-copy = Kopiera
pay-copied = Kopierat
pay-qr-note = Eller skanna koden med bankens app: den fyller i mottagare, referens och belopp.
pay-after = Betalningar syns här oftast en till två bankdagar efter att du betalat.
plan-title = Dela upp i delbetalningar
plan-intro =
    { $max ->
        [one] Du kan dela upp skulden på upp till { $max } månad, med minst { $min } i månaden.
       *[other] Du kan dela upp skulden på upp till { $max } månader, med minst { $min } i månaden.
    }
plan-months = Antal månader
plan-preview = Visa betalplanen
plan-schedule = Din betalplan
plan-col-no = Delbetalning
plan-col-due = Förfallodag
plan-col-amount = Belopp
plan-fee = Avgift för planen som lagen tillåter: { $fee }
plan-total = Totalt under planen: { $total }
plan-count =
    { $count ->
        [one] { $count } delbetalning
       *[other] { $count } delbetalningar
    }
plan-accept = Godkänn planen
plan-accepted = Din plan är godkänd. Vi skickar inga påminnelser så länge du betalar enligt planen.
postpone-title = Skjut upp betalningen
postpone-intro =
    { $days ->
        [one] Du kan flytta betalningen upp till { $days } dag framåt, senast { $latest }.
       *[other] Du kan flytta betalningen upp till { $days } dagar framåt, senast { $latest }.
    }
postpone-date = Nytt betalningsdatum
postpone-submit = Skjut upp
postpone-done = Betalningen är uppskjuten. Vi skickar inga påminnelser före det nya datumet.
promise-title = Lova att betala
promise-intro =
    { $days ->
        [one] Berätta vilket datum du betalar, inom { $days } dag (senast { $latest }), så väntar vi med påminnelser till dess.
       *[other] Berätta vilket datum du betalar, inom { $days } dagar (senast { $latest }), så väntar vi med påminnelser till dess.
    }
promise-date = Jag betalar senast
promise-submit = Lova att betala
promise-done = Tack. Vi har noterat ditt löfte och väntar med påminnelser till det datumet.
date-hint = Format: ÅÅÅÅ-MM-DD, till exempel { $example }.
dispute-title = Bestrid kravet
dispute-intro = Om du anser att kravet är fel, berätta varför. Vi stoppar indrivningen direkt medan borgenären utreder.
dispute-reason = Varför bestrider du kravet?
dispute-reason-paid = Jag har redan betalat
dispute-reason-amount = Beloppet är fel
dispute-reason-not-mine = Det är inte min skuld
dispute-reason-goods = Jag fick inte det jag betalade för
dispute-reason-other = Annat skäl
dispute-details = Berätta mer
dispute-file = Bifoga ett dokument (valfritt)
dispute-file-hint = Ett kvitto eller brev som PDF, JPEG eller PNG, högst 5 MB.
dispute-submit = Skicka bestridandet
dispute-done = Ditt bestridande är registrerat. Indrivningen har stoppats och borgenären har fått veta.
dispute-file-too-large = Filen är större än 5 MB. Bifoga en mindre fil.
dispute-file-type = Bara PDF-, JPEG- och PNG-filer kan bifogas.
dispute-need-details = Berätta kort varför du bestrider kravet.
refusal-wrong-state = Det går inte för det här kravet just nu.
refusal-nothing-owed = Inget är obetalt på det här kravet.
refusal-date-in-past = Datumet har passerat. Välj ett datum från och med i dag.
refusal-above-maximum = Datumet är senare än borgenären tillåter. Välj { $latest } eller tidigare.
refusal-too-many-months = Borgenären tillåter högst { $max } månader.
refusal-below-minimum = Delbetalningarna skulle bli för små. Välj högst { $max } månader.
refusal-other = Det gick inte. Skriv till oss så hjälper vi dig.
message-title = Skriv till oss
message-label = Ditt meddelande
message-submit = Skicka
message-sent = Ditt meddelande är skickat. Vi svarar inom två arbetsdagar.
message-length = Skriv ett meddelande på högst 4 000 tecken.
message-history = Meddelanden du har skickat
contact-title = Kontaktval
contact-channels = Hur får vi nå dig?
contact-language = Språk för brev och den här webbplatsen
contact-submit = Spara
contact-saved = Dina val är sparade.
contact-need-one = Välj minst ett sätt att nå dig.
channel-email = E-post
channel-sms = Sms
channel-letter = Brev med posten
channel-ebox = Digital brevlåda
survey-title = En snabb fråga
survey-question = Hur lätt var det att lösa det här med oss?
survey-scale = 1 betyder mycket svårt, 5 betyder mycket lätt.
survey-recommend = Hur troligt är det att du skulle rekommendera oss till en vän eller kollega?
survey-recommend-scale = 0 betyder inte alls troligt, 10 betyder mycket troligt. Du kan hoppa över frågan.
survey-submit = Skicka svar
survey-thanks = Tack för ditt svar.
error-back = Till startsidan
error-not-found-title = Sidan finns inte
error-not-found-body = Vi hittade inte sidan. Den kan ha flyttats, eller så är adressen ofullständig.
error-expired-form-title = Försök igen
error-expired-form-body = Formuläret hade gått ut. Gå tillbaka, ladda om sidan och skicka igen.
error-sign-in-title = Logga in
error-sign-in-body = Du behöver logga in för att se sidan. Du kan ha loggats ut efter 30 minuter.
error-read-only-title = Ändringar kräver en ny inloggning
error-read-only-body = Du loggade in med en länk som använts förut. Logga in med betalningsreferensen och ditt postnummer eller födelsedatum för att göra ändringar.
error-internal-title = Något gick fel
error-internal-body = Felet är vårt, inte ditt. Försök igen om en stund.

# The letters about a claim, on its page; a merged letter names the other invoices it is about.
claim-letters = Brev om den här fakturan
claim-letter-merged = Samma brev gäller också: { $invoices }

assistant-title = Ställ en fråga
assistant-intro = Skriv vad du behöver med egna ord, på valfritt språk. Assistenten visar var du gör det här; den ändrar aldrig något själv, och en människa svarar på det den inte kan.
assistant-label = Din fråga
assistant-ask = Fråga
assistant-understood = Här kan du göra det:
assistant-unsure = Jag är inte säker på att jag förstod. Du kan skicka din fråga till en människa, som svarar dig här.
assistant-handover = Skicka min fråga till en människa
