# Die Begründungen der Rechtsregeln (Gebühren, Zinsen, Fristen) für Schuldner, in einfachen Worten.
# Eine Nachricht je Regel: reason-<Regel-ID mit "-" statt ".">. Das Gesetz wird separat angezeigt.

reason-se-interest-period =
    { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    } ({ $from } bis { $to }) zu { $rate } % (Referenzzinssatz { $reference } % + 8) auf { $principal }, Tagesbasis { $basis }: { $amount }.
reason-no-interest-period =
    { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    } ({ $from } bis { $to }) zum norwegischen Verzugszinssatz von { $rate } % auf { $principal }, Tagesbasis { $basis }: { $amount }.
reason-interest-contract-period =
    { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    } ({ $from } bis { $to }) zum vereinbarten Zinssatz von { $rate } % auf { $principal }, Tagesbasis { $basis }: { $amount }.
reason-se-interest-start-due = Das Fälligkeitsdatum { $due } war vereinbart, daher laufen Verzugszinsen vom { $first } bis einschließlich { $last }.
reason-no-interest-start-due = Das Fälligkeitsdatum { $due } war vereinbart, daher laufen Verzugszinsen vom { $first } bis einschließlich { $last }.
reason-se-interest-start-demand = Es war kein Fälligkeitsdatum vereinbart; die Zahlungsaufforderung vom { $sent } hat auf Zinsen hingewiesen, daher laufen Zinsen ab dem { $first } (30 Tage später) bis einschließlich { $last }.
reason-no-interest-start-demand = Es war kein Fälligkeitsdatum vereinbart; Zinsen laufen ab dem { $first }, 30 Tage nach der schriftlichen Zahlungsaufforderung vom { $sent }, bis einschließlich { $last }.
reason-se-interest-no-warning = Keine Zinsen: Es war kein Fälligkeitsdatum vereinbart, und die Zahlungsaufforderung vom { $sent } hat nicht auf Zinsen hingewiesen.
reason-interest-none = Keine Zinsen: Die Zahlung am { $last } kam vor dem ersten Zinstag { $first }.
reason-interest-contract-rate = Statt des gesetzlichen Zinssatzes gilt der vereinbarte Zinssatz von { $rate } % ({ $mode }).
reason-se-due-moved = Das Fälligkeitsdatum { $due } fiel auf einen { $day }; Sie können am nächsten Werktag zahlen, dem { $moved }.
reason-no-due-moved = Das Fälligkeitsdatum { $due } fiel auf einen { $day }; es verschiebt sich auf den nächsten Werktag, den { $moved }.
reason-fee-before-due = Keine Gebühr: Das Schreiben wurde am { $sent } verschickt, nicht nach dem Fälligkeitsdatum { $due }.
reason-fee-not-in-jurisdiction = Keine Gebühr: Den Schritt { $step } gibt es nach den Regeln von { $jurisdiction } nicht.
reason-step-normalised = Der Schritt { $given } heißt in { $jurisdiction } { $used } und wird so behandelt.
reason-fee-not-modelled = Keine Gebühr: Purr berechnet für { $step } in { $jurisdiction } keine Gebühr.
reason-se-fee-reminder = Mahngebühr { $amount }: vereinbart, als die Schuld entstand.
reason-se-fee-reminder-not-agreed = Keine Mahngebühr: Als die Schuld entstand, wurde keine vereinbart.
reason-se-fee-already-charged = Keine Gebühr: Für { $step } wurde bei dieser Forderung schon eine Gebühr berechnet.
reason-se-fee-collection-demand = Gebühr für die Inkassoforderung { $amount }.
reason-se-fee-instalment-plan = Gebühr für den Ratenplan { $amount }: ein vollständiger schriftlicher Plan für die ganze Schuld, gemeinsam mit Ihnen erstellt.
reason-se-fee-instalment-notice = Gebühr { $amount } für die Mitteilung über eine Rate des Ratenplans.
reason-se-fee-instalment-notice-no-plan = Keine Mitteilungsgebühr: Es gibt keinen vereinbarten Ratenplan.
reason-se-fee-late-compensation = Verzugspauschale { $amount }: Der Schuldner ist ein Unternehmen, und es laufen Zinsen.
reason-se-fee-late-compensation-consumer = Keine Verzugspauschale: Sie gilt nur, wenn der Schuldner ein Unternehmen ist.
reason-se-fee-b2b-instead = Keine Gebühr für { $step }: Bei einem Unternehmen ersetzt die Verzugspauschale von { $compensation } die Mahn-, Inkasso- und Ratenplangebühren.
reason-no-fee-reminder = Mahngebühr { $amount }: 1/20 des norwegischen Inkassosatzes von { $sats }, der galt, als das Schreiben am { $sent } verschickt wurde.
reason-no-fee-collection-warning = Gebühr für die Inkassowarnung { $amount }: 1/20 des Inkassosatzes von { $sats }, der am { $sent } galt.
reason-no-fee-payment-demand = Gebühr für die Zahlungsaufforderung { $amount }: 3/20 des Inkassosatzes von { $sats }, der am { $sent } galt.
reason-no-fee-rounded = Der Betrag { $exact } wird auf volle { $unit } NOK gerundet: { $amount }.
reason-no-fee-too-early = Keine Gebühr: Das Schreiben wurde am { $sent } verschickt, früher als 14 Tage nach dem Fälligkeitsdatum { $due } (frühestens { $earliest }).
reason-no-fee-deadline-not-missed = Keine Gebühr: Es gab schon eine Mahnung oder Warnung, und deren Frist von mindestens 14 Tagen war nicht versäumt.
reason-no-fee-max-reached = Keine Gebühr: Die Höchstzahl je Forderung ist erreicht (2 Mahnungen + 1 Zahlungsaufforderung oder 1 Mahnung + 1 Warnung + 1 Zahlungsaufforderung).
reason-no-fee-after-demand = Keine Gebühr: Eine Zahlungsaufforderung wurde schon verschickt; Mahnungen und Warnungen danach sind kostenlos.
reason-no-fee-payment-demand-no-prior = Keine Gebühr: Eine Zahlungsaufforderung setzt eine frühere Mahnung oder Warnung voraus, deren Frist von mindestens 14 Tagen versäumt wurde.
reason-no-fee-already-charged = Keine Gebühr: Für { $step } wurde bei dieser Forderung schon eine Gebühr berechnet.
reason-no-fee-standard-compensation = Pauschale Entschädigung { $rate } für das Halbjahr ({ $from }), abzüglich schon berechneter Mahngebühren von { $offset }: { $amount }.
reason-no-fee-standard-compensation-consumer = Keine pauschale Entschädigung: Sie gilt nur zwischen Unternehmen.
reason-no-fee-not-overdue = Keine Entschädigung: Die Forderung war noch nicht überfällig, als das Schreiben am { $sent } verschickt wurde (fällig { $due }).
reason-no-fee-agency-fee = Inkassovergütung { $amount }: Die Hauptforderung { $principal } liegt in der Stufe bis { $bracket }, { $multiple } × der Inkassosatz von { $sats }, Satz { $rate_kind }{ $b2b }.
reason-no-fee-agency-fee-offset = Die schon berechnete pauschale Entschädigung von { $offset } wird von der Inkassovergütung abgezogen: { $amount }.
reason-no-fee-agency-fee-no-demand = Keine Inkassovergütung: Es gibt keine Zahlungsaufforderung, deren Frist abgelaufen ist.
reason-no-fee-agency-fee-merged = { $claims } Forderungen gegen denselben Schuldner gelten als ein Fall: Die Vergütung auf die gesamte Hauptforderung { $principal } beträgt { $combined } statt { $separate } einzeln; berechnet { $amount }.
reason-se-deadline-collection-demand = Die Frist muss mindestens 8 Tage ab dem Versand am { $sent } ({ $eight_days }) und 4 Bankarbeitstage ab dem angenommenen Eingang am { $receipt } ({ $four_bank_days }) betragen: frühestens { $deadline }.
reason-se-deadline-reminder = Kein Gesetz legt eine Frist für eine schwedische Mahnung fest; Purr nimmt dieselbe Mindestfrist wie für eine Inkassoforderung: frühestens { $deadline }.
reason-se-presumed-receipt = Angenommener Eingang: { $receipt } ({ $delivery }).
reason-no-deadline-14-days = Die Frist beträgt mindestens 14 Tage ab dem Versand am { $sent }: derselbe Wochentag zwei Wochen später, { $deadline }, auch an einem Feiertag.
reason-no-deadline-reminder = Eine Mahnung mit einer Frist von mindestens 14 Tagen ({ $deadline }) erlaubt eine Gebühr für den nächsten Schritt.
reason-step-next = Der nächste Schritt ist ab dem { $next } möglich, dem Tag nach der Frist { $deadline }.
reason-no-agency-fee-heavy-from = Höherer Vergütungssatz ab dem { $heavy_from }: mehr als 28 Tage nach der Frist der Zahlungsaufforderung { $deadline }.
reason-no-contact-window = Anruf am { $at } erlaubt: werktags 08–21 Uhr oder samstags 09–15 Uhr und unter den Höchstzahlen ({ $day_calls }/1 heute, { $week_calls }/5 diese Woche, { $month_calls }/15 diesen Monat).
reason-no-contact-closed-day = Kein Anruf am { $at }: nie an Sonntagen oder Feiertagen ({ $day }).
reason-no-contact-outside-hours = Kein Anruf am { $at }: außerhalb der erlaubten Zeiten { $window }.
reason-no-contact-cap = Kein Anruf: Die Höchstzahl von { $cap } Anrufen pro { $per } ist schon erreicht ({ $count }).
reason-se-contact-no-rule = Es gibt keine schwedische Regel zu Anrufzeiten; es gilt gute Inkassopraxis.
reason-se-limitation = Verjährung nach { $years } Jahren ab dem { $start } ({ $basis }): Die Forderung verjährt am { $expires }.
reason-se-limitation-interrupted = Die Verjährung wurde am { $on } unterbrochen ({ $kind }); ab dann läuft eine neue Frist von { $years } Jahren.
reason-no-limitation = Verjährung nach 3 Jahren ab dem { $start }, als die Zahlung verlangt werden konnte: Die Forderung verjährt am { $expires }.
reason-no-limitation-interrupted = Die Verjährung wurde am { $on } unterbrochen ({ $kind }); ab dann läuft eine neue Frist von 3 Jahren.
reason-no-limitation-letter-ignored = Das Forderungsschreiben vom { $on } unterbricht die Verjährung in Norwegen nicht; das tun nur eine Anerkennung oder gerichtliche Schritte.
reason-dunning-closed = Die Forderung ist { $state }: Es gibt nichts einzuziehen.
reason-dunning-disputed = Die Forderung ist bestritten: Jedes Inkasso ruht, bis der Streit geklärt ist.
reason-dunning-creditor-paused = Der Gläubiger hat das Inkasso dieser Forderung pausiert: Die nächsten Schritte warten.
reason-dunning-held-until = Die Forderung ist bis einschließlich { $until } { $state }: Danach geht es mit den Schritten weiter.
reason-dunning-paused = Die Forderung ist { $state }: Die nächsten Schritte warten.
reason-dunning-handed-over = Die Forderung wurde abgegeben: Die Schritte sind beendet.
reason-dunning-nothing-owed = Es ist nichts mehr zu zahlen.
reason-dunning-stepped-today = Am { $date } wurde schon ein Schritt unternommen: höchstens ein Schritt pro Tag.
reason-dunning-ladder-done = Alle Schritte von { $strategy } sind erledigt.
reason-dunning-not-yet = Der nächste Schritt ({ $step }) ist am { $date } fällig.
reason-dunning-not-a-bank-day = Der { $date } ist kein Bankarbeitstag: Der Schritt erfolgt am { $next }.
reason-dunning-payment-in-flight = Eine Zahlungsdatei vom { $file } enthielt Geld für diese Forderung: kein gebührenpflichtiger Schritt vor Ablauf des { $until } ({ $days } Bankarbeitstage).
reason-dunning-law-unknown = Die Rechtsprüfung konnte nicht antworten ({ $error }); es wird nichts verschickt, bis sie es kann.
reason-dunning-wrong-strategy = Die Strategie { $strategy } gilt nicht für diese Forderung ({ $jurisdiction }, { $debtor }).
reason-dunning-step = Schritt { $step_no } ({ $step }) von { $strategy }, geplant für den { $scheduled }, erfolgt am { $date }.
reason-dunning-pre-due-skipped = Die Erinnerung vor Fälligkeit entfällt: Das Fälligkeitsdatum { $due } ist vorbei.
reason-dunning-deadline = Frist { $deadline }: die { $days } Tage der Strategie, nie kürzer als die gesetzliche Mindestfrist { $earliest }.
reason-dunning-fee-currency = Keine Gebühr: Die Forderung lautet auf { $currency }, und die gesetzlichen Gebühren sind in { $fee_currency } festgelegt.
reason-dunning-interest = Verzugszinsen { $amount } bis einschließlich { $through } auf die restliche Hauptforderung { $principal }, zusätzlich zu den schon gebuchten Zinsen { $booked }.
reason-dunning-merge-required = Norwegisches Recht: Die Forderungen eines Gläubigers gegen einen Schuldner sind ein Fall, daher gehen die Schritte eines Tages für den Schuldner in einem Brief hinaus. Das lässt sich nicht abschalten.
reason-dunning-merge-chosen = Der Gläubiger hat einen Brief pro Schuldner gewählt: Die Schritte eines Tages für den Schuldner gehen in einem Brief hinaus.
reason-dunning-merge-separate = Jede Forderung bekommt einen eigenen Brief (Wahl des Gläubigers; das schwedische Recht verlangt keine Zusammenlegung).
