# Grunngjevingane til lovreglane (gebyr, renter, fristar) for skuldnaren, med enkle ord.
# Éi melding per regel: reason-<id-en til regelen med "-" i staden for ".">. Lova blir vist for seg.

reason-se-interest-period =
    { $days ->
        [one] { $days } dag
       *[other] { $days } dagar
    } ({ $from }–{ $to }) med { $rate } % (svensk referanserente { $reference } % + 8) av { $principal }, dagbasis { $basis }: { $amount }.
reason-no-interest-period =
    { $days ->
        [one] { $days } dag
       *[other] { $days } dagar
    } ({ $from }–{ $to }) med forseinkingsrente { $rate } % av { $principal }, dagbasis { $basis }: { $amount }.
reason-interest-contract-period =
    { $days ->
        [one] { $days } dag
       *[other] { $days } dagar
    } ({ $from }–{ $to }) med avtalt rente { $rate } % av { $principal }, dagbasis { $basis }: { $amount }.
reason-se-interest-start-due = Forfallsdagen { $due } var avtalt, så forseinkingsrente går frå { $first } til og med { $last }.
reason-no-interest-start-due = Forfallsdagen { $due } var avtalt, så forseinkingsrente går frå { $first } til og med { $last }.
reason-se-interest-start-demand = Ingen forfallsdag var avtalt; kravet som vart sendt { $sent }, varsla om rente, så rente går frå { $first } (30 dagar seinare) til og med { $last }.
reason-no-interest-start-demand = Ingen forfallsdag var avtalt; rente går frå { $first }, 30 dagar etter påkravet som vart sendt { $sent }, til og med { $last }.
reason-se-interest-no-warning = Inga rente: ingen forfallsdag var avtalt, og kravet som vart sendt { $sent }, varsla ikkje om forseinkingsrente.
reason-interest-none = Inga rente: betalinga { $last } kom før første rentedag { $first }.
reason-interest-contract-rate = Avtalt rente { $rate } % blir brukt ({ $mode }) i staden for renta i lova.
reason-se-due-moved = Forfallsdagen { $due } var ein { $day }; du kan betale neste yrkedag, { $moved }.
reason-no-due-moved = Forfallsdagen { $due } var ein { $day }; han blir flytt til neste yrkedag, { $moved }.
reason-fee-before-due = Ikkje noko gebyr: brevet vart sendt { $sent }, ikkje etter forfallsdagen { $due }.
reason-fee-not-in-jurisdiction = Ikkje noko gebyr: steget { $step } finst ikkje i reglane for { $jurisdiction }.
reason-step-normalised = Steget { $given } heiter { $used } i { $jurisdiction } og blir handsama slik.
reason-fee-not-modelled = Ikkje noko gebyr: Purr reknar ikkje gebyr for { $step } i { $jurisdiction }.
reason-se-fee-reminder = Purregebyr { $amount }: avtalt då gjelda oppstod.
reason-se-fee-reminder-not-agreed = Ikkje noko purregebyr: det vart ikkje avtalt då gjelda oppstod.
reason-se-fee-already-charged = Ikkje noko gebyr: gebyr for { $step } er alt kravd for dette kravet.
reason-se-fee-collection-demand = Gebyr for inkassokrav { $amount }.
reason-se-fee-instalment-plan = Gebyr for nedbetalingsplan { $amount }: ein skriftleg plan for heile gjelda, laga saman med deg.
reason-se-fee-instalment-notice = Avigebyr { $amount } for eitt avdrag etter nedbetalingsplanen.
reason-se-fee-instalment-notice-no-plan = Ikkje noko avigebyr: det finst ingen avtalt nedbetalingsplan.
reason-se-fee-late-compensation = Forseinkingserstatning { $amount }: skuldnaren er næringsdrivande, og forseinkingsrente går.
reason-se-fee-late-compensation-consumer = Inga forseinkingserstatning: ho gjeld berre når skuldnaren er næringsdrivande.
reason-se-fee-b2b-instead = Ikkje noko gebyr for { $step }: for ein næringsdrivande erstattar forseinkingserstatninga på { $compensation } purre-, inkasso- og plangebyr.
reason-no-fee-reminder = Purregebyr { $amount }: 1/20 av inkassosatsen { $sats } som galdt då brevet vart sendt { $sent }.
reason-no-fee-collection-warning = Inkassovarsel { $amount }: 1/20 av inkassosatsen { $sats } som galdt { $sent }.
reason-no-fee-payment-demand = Betalingsoppmoding { $amount }: 3/20 av inkassosatsen { $sats } som galdt { $sent }.
reason-no-fee-rounded = Beløpet { $exact } blir runda av til næraste { $unit } kr: { $amount }.
reason-no-fee-too-early = Ikkje noko gebyr: brevet vart sendt { $sent }, tidlegare enn 14 dagar etter forfall { $due } (tidlegast { $earliest }).
reason-no-fee-deadline-not-missed = Ikkje noko gebyr: det var sendt ei tidlegare purring eller eit varsel, og fristen på minst 14 dagar var ikkje oversitjen.
reason-no-fee-max-reached = Ikkje noko gebyr: maksimum per krav er nådd (2 purringar + 1 betalingsoppmoding, eller 1 purring + 1 inkassovarsel + 1 betalingsoppmoding).
reason-no-fee-after-demand = Ikkje noko gebyr: betalingsoppmoding er alt sendt; purringar og varsel etter ho er gratis.
reason-no-fee-payment-demand-no-prior = Ikkje noko gebyr: betalingsoppmodinga krev ei tidlegare purring eller eit varsel med minst 14 dagars frist som er oversitjen.
reason-no-fee-already-charged = Ikkje noko gebyr: gebyr for { $step } er alt kravd for dette kravet.
reason-no-fee-standard-compensation = Standardkompensasjon { $rate } for halvåret ({ $from }), minus purregebyr { $offset } som alt er kravd: { $amount }.
reason-no-fee-standard-compensation-consumer = Ingen standardkompensasjon: han gjeld berre mellom næringsdrivande.
reason-no-fee-not-overdue = Ingen kompensasjon: kravet var ikkje forfalle då brevet vart sendt { $sent } (forfall { $due }).
reason-no-fee-agency-fee = Salær { $amount }: hovudstolen { $principal } ligg i trinnet opp til { $bracket }, { $multiple } × inkassosatsen { $sats }, { $rate_kind } sats{ $b2b }.
reason-no-fee-agency-fee-offset = Standardkompensasjon { $offset } som alt er kravd, blir trekt frå salæret: { $amount }.
reason-no-fee-agency-fee-no-demand = Ikkje noko salær: det finst inga betalingsoppmoding med oversitjen frist.
reason-no-fee-agency-fee-merged = { $claims } krav mot same skuldnar blir handsama som éi sak: salær av samla hovudstol { $principal } er { $combined }, mot { $separate } kvar for seg; kravd { $amount }.
reason-se-deadline-collection-demand = Fristen må vere minst 8 dagar frå sending { $sent } ({ $eight_days }) og minst 4 bankdagar frå venta mottak { $receipt } ({ $four_bank_days }): tidlegast { $deadline }.
reason-se-deadline-reminder = Inga lov set frist for ei svensk påminning; Purr brukar same golv som for inkassokrav: tidlegast { $deadline }.
reason-se-presumed-receipt = Venta mottak: { $receipt } ({ $delivery }).
reason-no-deadline-14-days = Fristen er minst 14 dagar frå sending { $sent }: same vekedag to veker seinare, { $deadline }, også om det er ein heilagdag.
reason-no-deadline-reminder = Ei purring med minst 14 dagars frist ({ $deadline }) held på retten til gebyr for neste steg.
reason-step-next = Neste steg kan takast tidlegast { $next }, dagen etter fristen { $deadline }.
reason-no-agency-fee-heavy-from = Tung sats frå { $heavy_from }: meir enn 28 dagar etter fristen i betalingsoppmodinga { $deadline }.
reason-no-contact-window = Samtale tillaten { $at }: innanfor kvardagar 08–21 eller laurdag 09–15, og under grensene ({ $day_calls }/1 i dag, { $week_calls }/5 denne veka, { $month_calls }/15 denne månaden).
reason-no-contact-closed-day = Ingen samtale { $at }: aldri på sundagar eller heilagdagar ({ $day }).
reason-no-contact-outside-hours = Ingen samtale { $at }: utanfor tillaten tid { $window }.
reason-no-contact-cap = Ingen samtale: høgst { $cap } samtalar per { $per } er alt nådd ({ $count }).
reason-se-contact-no-rule = Ingen svensk lovregel om tider for telefonkontakt vart funnen; god inkassoskikk gjeld.
reason-se-limitation = Forelding etter { $years } år rekna frå { $start } ({ $basis }): kravet blir forelda { $expires }.
reason-se-limitation-interrupted = Foreldinga vart avbroten { $on } ({ $kind }); ein ny periode på { $years } år går derifrå.
reason-no-limitation = Forelding etter 3 år frå { $start }, då betaling kunne krevjast: kravet blir forelda { $expires }.
reason-no-limitation-interrupted = Foreldinga vart avbroten { $on } ({ $kind }); ein ny periode på 3 år går derifrå.
reason-no-limitation-letter-ignored = Kravbrevet { $on } avbryt ikkje forelding; berre vedkjenning eller rettslege steg gjer det.
reason-dunning-closed = Kravet er { $state }: ingenting å krevje inn.
reason-dunning-disputed = Kravet er bestride: all innkrevjing stansar til tvisten er løyst.
reason-dunning-creditor-paused = Kreditor har sett innkrevjinga av kravet på pause: stega ventar.
reason-dunning-held-until = Kravet er { $state } til og med { $until }: stega held fram etter det.
reason-dunning-paused = Kravet er { $state }: stega ventar.
reason-dunning-handed-over = Kravet er overlevert: stega er ferdige.
reason-dunning-nothing-owed = Ingenting står att å betale.
reason-dunning-stepped-today = Eit steg vart alt teke { $date }: høgst eitt steg per dag.
reason-dunning-ladder-done = Alle stega i { $strategy } er tekne.
reason-dunning-not-yet = Neste steg ({ $step }) blir teke tidlegast { $date }.
reason-dunning-not-a-bank-day = { $date } er ikkje ein bankdag: steget blir teke { $next }.
reason-dunning-payment-in-flight = Ei betalingsfil datert { $file } hadde innbetaling på kravet: ikkje noko steg med gebyr før etter { $until } ({ $days } bankdagar).
reason-dunning-law-unknown = Lovmotoren kunne ikkje svare ({ $error }); ingenting blir sendt før han kan.
reason-dunning-wrong-strategy = Strategien { $strategy } gjeld ikkje dette kravet ({ $jurisdiction }, { $debtor }).
reason-dunning-step = Steg { $step_no } ({ $step }) i { $strategy }, planlagt til { $scheduled }, blir teke { $date }.
reason-dunning-pre-due-skipped = Varselet før forfall blir hoppa over: forfallsdagen { $due } er passert.
reason-dunning-deadline = Betalingsfrist { $deadline }: { $days } dagar etter strategien, aldri kortare enn minstefristen i lova { $earliest }.
reason-dunning-fee-currency = Ikkje noko gebyr: kravet er i { $currency }, og gebyra i lova er fastsette i { $fee_currency }.
reason-dunning-interest = Forseinkingsrente { $amount } til og med { $through } av attståande hovudstol { $principal }, utover rente { $booked } som alt er bokført.
reason-dunning-merge-required = Norsk rett: krava til ein kreditor mot éin skuldnar er éi sak, så dagens steg for skuldnaren blir sende i eitt brev. Det kan ikkje slåast av.
reason-dunning-merge-chosen = Kreditor har valt eitt brev per skuldnar: dagens steg for skuldnaren blir sende i eitt brev.
reason-dunning-merge-separate = Kvart krav får sitt eige brev (kreditors val; svensk rett krev ikkje samanslåing).
