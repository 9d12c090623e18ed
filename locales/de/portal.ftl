# Das Schuldnerportal. Jeder Schlüssel hier muss in jeder Sprache vorhanden sein (ein Test prüft das).
skip-to-content = Zum Inhalt springen
nav-label = Hauptmenü
nav-claims = Ihre Forderungen
nav-message = Schreiben Sie uns
nav-contact = Kontakteinstellungen
nav-sign-out = Abmelden
language-label = Sprache
language-change = Wechseln
footer-help = Fragen? Schreiben Sie uns hier oder rufen Sie die Nummer in Ihrem Brief an.
login-title = Anmelden
login-intro = Hier sehen Sie, was Sie schulden, warum, und wie Sie bezahlen, in Raten zahlen oder die Zahlung verschieben.
login-link-hint = Am einfachsten geht es mit dem Link in Ihrem Brief, Ihrer E-Mail oder SMS. Kein Link? Melden Sie sich mit der Zahlungsreferenz und Ihrer Postleitzahl oder Ihrem Geburtsdatum an.
login-reference = Zahlungsreferenz (OCR oder KID)
login-reference-hint = Die Nummer, die im Brief neben dem Betrag steht.
login-second = Postleitzahl oder Geburtsdatum
login-second-hint = Zum Beispiel 114 55 oder 1985-04-23.
login-submit = Anmelden
login-not-recognised = Wir haben keine Übereinstimmung gefunden. Prüfen Sie die Referenz und die Postleitzahl oder das Geburtsdatum und versuchen Sie es erneut.
login-too-many = Zu viele Versuche. Zu Ihrer Sicherheit: Warten Sie 15 Minuten und versuchen Sie es dann erneut.
link-title = Willkommen
link-intro = Drücken Sie auf die Schaltfläche, um Ihre Forderungen zu sehen. Der Link in Ihrem Brief bleibt zum Ansehen gültig.
link-continue = Weiter zu Ihren Forderungen
link-invalid-title = Dieser Link funktioniert nicht mehr
link-invalid-body = Der Link ist abgelaufen oder unvollständig. Melden Sie sich stattdessen mit der Zahlungsreferenz und Ihrer Postleitzahl oder Ihrem Geburtsdatum an.
read-only-note = Sie haben sich mit einem bereits benutzten Link angemeldet. Sie können alles ansehen, aber nichts ändern. Melden Sie sich ab und mit der Zahlungsreferenz wieder an, um Änderungen vorzunehmen.
claims-title = Ihre Forderungen
claims-greeting = Hallo { $name }.
claims-none = Sie haben keine offenen Forderungen bei uns. Vielen Dank!
claims-total = Insgesamt zu zahlen
claims-invoice = Rechnung
claims-due = Fälligkeitsdatum
claims-status = Status
claims-outstanding = Noch zu zahlen
claim-title = Rechnung { $invoice }
claim-credit = Guthaben, das wir für Sie halten
claim-actions = Was Sie tun können
back-to-claims = Zurück zu Ihren Forderungen
back-to-claim = Zurück zur Forderung
action-pay = Jetzt bezahlen
action-plan = In Raten zahlen
action-postpone = Verschieben
action-promise = Zahlung bis zu einem Datum zusagen
action-dispute = Forderung bestreiten
breakdown-title = Woraus sich der Betrag zusammensetzt
breakdown-intro = Jeder Teil wird mit seiner Begründung angezeigt.
breakdown-none = Nichts vorhanden.
section-principal = Die Rechnung
section-fees = Gebühren
section-interest = Zinsen
item-invoice = Rechnung { $invoice }
item-credit-note = Gutschrift
item-interest = Verzugszinsen
item-payment = Zahlung erhalten
item-write-off = Abgeschrieben
item-refund = Rückzahlung
item-reversal = Korrektur
explain-principal = Der Betrag der ursprünglichen Rechnung.
explain-fee = Eine Gebühr, die das Gesetz erlaubt, weil die Rechnung nicht rechtzeitig bezahlt wurde.
explain-interest = Zinsen, die das Gesetz auf den offenen Betrag ab dem Tag nach der Fälligkeit erlaubt.
portal-fee-reminder = Mahngebühr
portal-fee-collection-warning = Gebühr für die Inkassowarnung
portal-fee-collection-demand = Gebühr für die Inkassoforderung
portal-fee-payment-demand = Gebühr für die Zahlungsaufforderung
portal-fee-instalment-plan = Gebühr für den Ratenplan
portal-fee-instalment-notice = Gebühr für die Ratenmitteilung
portal-fee-late-compensation = Verzugspauschale
portal-fee-agency-fee = Inkassovergütung
state-open = Offen
state-notified = Rechnung gesendet
state-reminded = Mahnung gesendet
state-warned = Inkassowarnung gesendet
state-demanded = Inkassoforderung gesendet
state-promise-to-pay = Zahlung zugesagt
state-payment-plan = Ratenplan
state-postponed = Verschoben
state-disputed = Bestritten
state-handed-over = Übergeben
state-paid = Bezahlt
state-written-off = Abgeschrieben
state-credited = Gutgeschrieben
pay-title = So bezahlen Sie
pay-heading = Rechnung { $invoice } bezahlen
pay-intro = Bezahlen Sie in der App oder im Onlinebanking Ihrer Bank mit diesen Angaben. Verwenden Sie die Referenz genau so, damit die Zahlung der Rechnung zugeordnet wird.
pay-payee = Empfänger
portal-pay-bankgiro = Bankgiro
portal-pay-plusgiro = Plusgiro
portal-pay-account = Kontonummer
portal-pay-iban = IBAN
pay-bic = BIC
portal-pay-ocr = OCR-Referenz
portal-pay-kid = KID-Referenz
portal-pay-amount = Betrag
pay-copy = Kopieren
pay-copied = Kopiert
pay-qr-note = Oder scannen Sie den Code mit der App Ihrer Bank: Empfänger, Referenz und Betrag werden ausgefüllt.
pay-after = Zahlungen erscheinen hier meist ein bis zwei Bankarbeitstage nach der Überweisung.
plan-title = In Raten zahlen
plan-intro =
    { $max ->
        [one] Sie können den Betrag auf bis zu { $max } Monat verteilen, mit mindestens { $min } pro Monat.
       *[other] Sie können den Betrag auf bis zu { $max } Monate verteilen, mit mindestens { $min } pro Monat.
    }
plan-months = Anzahl der Monate
plan-preview = Ratenplan anzeigen
plan-schedule = Ihr Ratenplan
plan-col-no = Rate
plan-col-due = Fälligkeitsdatum
plan-col-amount = Betrag
plan-fee = Gesetzlich erlaubte Gebühr für den Plan: { $fee }
plan-total = Gesamt über den Plan: { $total }
plan-count =
    { $count ->
        [one] { $count } Rate
       *[other] { $count } Raten
    }
plan-accept = Diesen Plan annehmen
plan-accepted = Ihr Ratenplan ist vereinbart. Solange Sie nach Plan zahlen, senden wir keine Mahnungen.
postpone-title = Zahlung verschieben
postpone-intro =
    { $days ->
        [one] Sie können die Zahlung um bis zu { $days } Tag verschieben, spätestens auf den { $latest }.
       *[other] Sie können die Zahlung um bis zu { $days } Tage verschieben, spätestens auf den { $latest }.
    }
postpone-date = Neues Zahlungsdatum
postpone-submit = Verschieben
postpone-done = Die Zahlung ist verschoben. Vor dem neuen Datum senden wir keine Mahnungen.
promise-title = Zahlung zusagen
promise-intro =
    { $days ->
        [one] Nennen Sie uns das Datum, an dem Sie zahlen, innerhalb von { $days } Tag (spätestens { $latest }), dann warten wir bis dahin mit Mahnungen.
       *[other] Nennen Sie uns das Datum, an dem Sie zahlen, innerhalb von { $days } Tagen (spätestens { $latest }), dann warten wir bis dahin mit Mahnungen.
    }
promise-date = Ich zahle bis
promise-submit = Zahlung zusagen
promise-done = Danke. Wir haben Ihre Zusage notiert und warten bis zu diesem Datum mit Mahnungen.
date-hint = Format: JJJJ-MM-TT, zum Beispiel { $example }.
dispute-title = Forderung bestreiten
dispute-intro = Wenn Sie die Forderung für falsch halten, sagen Sie uns warum. Wir stoppen den Einzug sofort, während der Gläubiger die Sache prüft.
dispute-reason = Warum bestreiten Sie die Forderung?
dispute-reason-paid = Ich habe bereits bezahlt
dispute-reason-amount = Der Betrag ist falsch
dispute-reason-not-mine = Das ist nicht meine Schuld
dispute-reason-goods = Ich habe nicht erhalten, wofür ich bezahlt habe
dispute-reason-other = Ein anderer Grund
dispute-details = Erzählen Sie uns mehr
dispute-file = Ein Dokument anhängen (freiwillig)
dispute-file-hint = Eine Quittung oder einen Brief als PDF, JPEG oder PNG, höchstens 5 MB.
dispute-submit = Widerspruch senden
dispute-done = Ihr Widerspruch ist registriert. Der Einzug ist gestoppt und der Gläubiger wurde informiert.
dispute-file-too-large = Die Datei ist größer als 5 MB. Hängen Sie eine kleinere Datei an.
dispute-file-type = Nur PDF-, JPEG- und PNG-Dateien können angehängt werden.
dispute-need-details = Sagen Sie uns kurz, warum Sie die Forderung bestreiten.
refusal-wrong-state = Das ist für diese Forderung gerade nicht möglich.
refusal-nothing-owed = Auf diese Forderung ist nichts offen.
refusal-date-in-past = Das Datum liegt in der Vergangenheit. Wählen Sie ein Datum ab heute.
refusal-above-maximum = Das Datum ist später, als der Gläubiger erlaubt. Wählen Sie den { $latest } oder früher.
refusal-too-many-months = Der Gläubiger erlaubt höchstens { $max } Monate.
refusal-below-minimum = Die Raten wären zu klein. Wählen Sie höchstens { $max } Monate.
refusal-other = Das hat nicht geklappt. Schreiben Sie uns, wir helfen Ihnen.
message-title = Schreiben Sie uns
message-label = Ihre Nachricht
message-submit = Senden
message-sent = Ihre Nachricht wurde gesendet. Wir antworten innerhalb von zwei Arbeitstagen.
message-length = Schreiben Sie eine Nachricht mit höchstens 4.000 Zeichen.
message-history = Ihre gesendeten Nachrichten
contact-title = Kontakteinstellungen
contact-channels = Wie dürfen wir Sie erreichen?
contact-language = Sprache für Briefe und diese Seite
contact-submit = Speichern
contact-saved = Ihre Einstellungen sind gespeichert.
contact-need-one = Wählen Sie mindestens einen Weg, Sie zu erreichen.
channel-email = E-Mail
channel-sms = SMS
channel-letter = Brief per Post
channel-ebox = Digitales Postfach
survey-title = Eine kurze Frage
survey-question = Wie einfach war es, das mit uns zu klären?
survey-scale = 1 bedeutet sehr schwer, 5 bedeutet sehr einfach.
survey-recommend = Wie wahrscheinlich ist es, dass Sie uns einem Freund oder Kollegen empfehlen würden?
survey-recommend-scale = 0 bedeutet überhaupt nicht wahrscheinlich, 10 bedeutet äußerst wahrscheinlich. Sie können die Frage auslassen.
survey-submit = Antwort senden
survey-thanks = Danke für Ihre Antwort.
error-back = Zur Startseite
error-not-found-title = Seite nicht gefunden
error-not-found-body = Wir konnten die Seite nicht finden. Sie wurde vielleicht verschoben, oder die Adresse ist unvollständig.
error-expired-form-title = Bitte versuchen Sie es erneut
error-expired-form-body = Das Formular war abgelaufen. Gehen Sie zurück, laden Sie die Seite neu und senden Sie es erneut.
error-sign-in-title = Bitte melden Sie sich an
error-sign-in-body = Sie müssen sich anmelden, um diese Seite zu sehen. Ihre Sitzung endet nach 30 Minuten.
error-read-only-title = Änderungen erfordern eine neue Anmeldung
error-read-only-body = Sie haben sich mit einem bereits benutzten Link angemeldet. Melden Sie sich mit der Zahlungsreferenz und Ihrer Postleitzahl oder Ihrem Geburtsdatum an, um Änderungen vorzunehmen.
error-internal-title = Entschuldigung, etwas ist schiefgelaufen
error-internal-body = Der Fehler liegt bei uns, nicht bei Ihnen. Bitte versuchen Sie es gleich noch einmal.

# The letters about a claim, on its page; a merged letter names the other invoices it is about.
claim-letters = Briefe zu dieser Rechnung
claim-letter-merged = Derselbe Brief betrifft auch: { $invoices }

assistant-title = Eine Frage stellen
assistant-intro = Schreiben Sie mit eigenen Worten und in jeder Sprache, was Sie brauchen. Der Assistent zeigt Ihnen, wo Sie das hier erledigen; er ändert selbst nie etwas, und was er nicht kann, beantwortet ein Mensch.
assistant-label = Ihre Frage
assistant-ask = Fragen
assistant-understood = Hier können Sie das erledigen:
assistant-unsure = Ich bin nicht sicher, ob ich Sie verstanden habe. Sie können Ihre Frage an einen Menschen senden, der Ihnen hier antwortet.
assistant-handover = Meine Frage an einen Menschen senden
