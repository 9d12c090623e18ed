# Teisės taisyklių paaiškinimai (mokesčiai, palūkanos, terminai) skolininkui, paprastais žodžiais.
# Vienas pranešimas kiekvienai taisyklei: reason-<taisyklės ID, taškai pakeisti „-“>. Įstatymas rodomas atskirai.

reason-se-interest-period =
    { $days ->
        [one] { $days } diena
        [few] { $days } dienos
       *[other] { $days } dienų
    } ({ $from } – { $to }) taikant { $rate } % palūkanas (bazinė palūkanų norma { $reference } % + 8) nuo { $principal }, dienų bazė { $basis }: { $amount }.
reason-no-interest-period =
    { $days ->
        [one] { $days } diena
        [few] { $days } dienos
       *[other] { $days } dienų
    } ({ $from } – { $to }) taikant Norvegijos delspinigių normą { $rate } % nuo { $principal }, dienų bazė { $basis }: { $amount }.
reason-interest-contract-period =
    { $days ->
        [one] { $days } diena
        [few] { $days } dienos
       *[other] { $days } dienų
    } ({ $from } – { $to }) taikant sutartą { $rate } % normą nuo { $principal }, dienų bazė { $basis }: { $amount }.
reason-se-interest-start-due = Mokėjimo terminas { $due } buvo sutartas, todėl delspinigiai skaičiuojami nuo { $first } iki { $last } imtinai.
reason-no-interest-start-due = Mokėjimo terminas { $due } buvo sutartas, todėl delspinigiai skaičiuojami nuo { $first } iki { $last } imtinai.
reason-se-interest-start-demand = Mokėjimo terminas nebuvo sutartas; { $sent } išsiųstame reikalavime buvo įspėta apie palūkanas, todėl jos skaičiuojamos nuo { $first } (po 30 dienų) iki { $last } imtinai.
reason-no-interest-start-demand = Mokėjimo terminas nebuvo sutartas; palūkanos skaičiuojamos nuo { $first }, praėjus 30 dienų po { $sent } išsiųsto rašytinio reikalavimo, iki { $last } imtinai.
reason-se-interest-no-warning = Palūkanų nėra: mokėjimo terminas nebuvo sutartas, o { $sent } išsiųstame reikalavime nebuvo įspėta apie palūkanas.
reason-interest-none = Palūkanų nėra: { $last } mokėjimas gautas anksčiau nei pirmoji palūkanų diena { $first }.
reason-interest-contract-rate = Vietoj įstatyme nustatytos normos taikoma sutarta { $rate } % norma ({ $mode }).
reason-se-due-moved = Mokėjimo terminas { $due } pateko į ne darbo dieną ({ $day }); galite sumokėti kitą darbo dieną, { $moved }.
reason-no-due-moved = Mokėjimo terminas { $due } pateko į ne darbo dieną ({ $day }); jis perkeliamas į kitą darbo dieną, { $moved }.
reason-fee-before-due = Mokesčio nėra: laiškas išsiųstas { $sent }, ne po mokėjimo termino { $due }.
reason-fee-not-in-jurisdiction = Mokesčio nėra: žingsnio { $step } nėra šalies { $jurisdiction } taisyklėse.
reason-step-normalised = Žingsnis { $given } šalyje { $jurisdiction } vadinamas { $used } ir taip ir vertinamas.
reason-fee-not-modelled = Mokesčio nėra: Purr neima mokesčio už { $step } šalyje { $jurisdiction }.
reason-se-fee-reminder = Priminimo mokestis { $amount }: sutartas, kai atsirado skola.
reason-se-fee-reminder-not-agreed = Priminimo mokesčio nėra: jis nebuvo sutartas, kai atsirado skola.
reason-se-fee-already-charged = Mokesčio nėra: už { $step } mokestis pagal šią skolą jau paimtas.
reason-se-fee-collection-demand = Išieškojimo reikalavimo mokestis { $amount }.
reason-se-fee-instalment-plan = Išdėstymo plano mokestis { $amount }: išsamus rašytinis visos skolos planas, sudarytas kartu su jumis.
reason-se-fee-instalment-notice = Pranešimo mokestis { $amount } už vieną išdėstymo plano įmoką.
reason-se-fee-instalment-notice-no-plan = Pranešimo mokesčio nėra: sutarto išdėstymo plano nėra.
reason-se-fee-late-compensation = Kompensacija už vėlavimą { $amount }: skolininkas yra įmonė, ir skaičiuojamos palūkanos.
reason-se-fee-late-compensation-consumer = Kompensacijos už vėlavimą nėra: ji taikoma tik tada, kai skolininkas yra įmonė.
reason-se-fee-b2b-instead = Mokesčio už { $step } nėra: įmonei { $compensation } kompensacija už vėlavimą pakeičia priminimo, reikalavimo ir plano mokesčius.
reason-no-fee-reminder = Priminimo mokestis { $amount }: 1/20 Norvegijos išieškojimo normos (inkassosats) { $sats }, galiojusios, kai laiškas išsiųstas { $sent }.
reason-no-fee-collection-warning = Išieškojimo įspėjimo mokestis { $amount }: 1/20 išieškojimo normos { $sats }, galiojusios { $sent }.
reason-no-fee-payment-demand = Mokėjimo reikalavimo mokestis { $amount }: 3/20 išieškojimo normos { $sats }, galiojusios { $sent }.
reason-no-fee-rounded = Suma { $exact } suapvalinama iki artimiausių { $unit } NOK: { $amount }.
reason-no-fee-too-early = Mokesčio nėra: laiškas išsiųstas { $sent }, anksčiau nei praėjus 14 dienų po mokėjimo termino { $due } (anksčiausiai { $earliest }).
reason-no-fee-deadline-not-missed = Mokesčio nėra: anksčiau buvo išsiųstas priminimas ar įspėjimas, o jo bent 14 dienų terminas dar nebuvo praleistas.
reason-no-fee-max-reached = Mokesčio nėra: pasiektas didžiausias skaičius vienai skolai (2 priminimai + 1 mokėjimo reikalavimas arba 1 priminimas + 1 įspėjimas + 1 mokėjimo reikalavimas).
reason-no-fee-after-demand = Mokesčio nėra: mokėjimo reikalavimas jau išsiųstas; vėlesni priminimai ir įspėjimai nemokami.
reason-no-fee-payment-demand-no-prior = Mokesčio nėra: mokėjimo reikalavimui reikia ankstesnio priminimo ar įspėjimo, kurio bent 14 dienų terminas buvo praleistas.
reason-no-fee-already-charged = Mokesčio nėra: už { $step } mokestis pagal šią skolą jau paimtas.
reason-no-fee-standard-compensation = Standartinė kompensacija { $rate } už pusmetį ({ $from }), atėmus jau paimtus priminimo mokesčius { $offset }: { $amount }.
reason-no-fee-standard-compensation-consumer = Standartinės kompensacijos nėra: ji taikoma tik tarp įmonių.
reason-no-fee-not-overdue = Kompensacijos nėra: skola nebuvo pradelsta, kai laiškas išsiųstas { $sent } (terminas { $due }).
reason-no-fee-agency-fee = Išieškojimo atlyginimas { $amount }: pagrindinė suma { $principal } patenka į pakopą iki { $bracket }, { $multiple } × išieškojimo norma { $sats }, norma { $rate_kind }{ $b2b }.
reason-no-fee-agency-fee-offset = Jau paimta standartinė kompensacija { $offset } atimama iš atlyginimo: { $amount }.
reason-no-fee-agency-fee-no-demand = Išieškojimo atlyginimo nėra: nėra mokėjimo reikalavimo, kurio terminas būtų praėjęs.
reason-no-fee-agency-fee-merged = To paties skolininko skolos (skaičius: { $claims }) laikomos viena byla: atlyginimas nuo bendros pagrindinės sumos { $principal } yra { $combined }, atskirai { $separate }; paimta { $amount }.
reason-se-deadline-collection-demand = Terminas turi būti bent 8 dienos nuo išsiuntimo { $sent } ({ $eight_days }) ir 4 banko darbo dienos nuo numanomo gavimo { $receipt } ({ $four_bank_days }): anksčiausiai { $deadline }.
reason-se-deadline-reminder = Joks įstatymas nenustato termino švediškam priminimui; Purr taiko tą patį minimumą kaip išieškojimo reikalavimui: anksčiausiai { $deadline }.
reason-se-presumed-receipt = Numanomas gavimas: { $receipt } ({ $delivery }).
reason-no-deadline-14-days = Terminas yra bent 14 dienų nuo išsiuntimo { $sent }: ta pati savaitės diena po dviejų savaičių, { $deadline }, net jei tai šventė.
reason-no-deadline-reminder = Priminimas su bent 14 dienų terminu ({ $deadline }) išsaugo teisę į mokestį už kitą žingsnį.
reason-step-next = Kitas žingsnis galimas nuo { $next }, kitą dieną po termino { $deadline }.
reason-no-agency-fee-heavy-from = Didesnė atlyginimo norma nuo { $heavy_from }: praėjus daugiau nei 28 dienoms po mokėjimo reikalavimo termino { $deadline }.
reason-no-contact-window = Skambutis leidžiamas { $at }: darbo dienomis 08–21 arba šeštadienį 09–15 ir neviršijant ribų ({ $day_calls }/1 šiandien, { $week_calls }/5 šią savaitę, { $month_calls }/15 šį mėnesį).
reason-no-contact-closed-day = Skambučio nėra { $at }: niekada sekmadieniais ir švenčių dienomis ({ $day }).
reason-no-contact-outside-hours = Skambučio nėra { $at }: už leidžiamo laiko { $window } ribų.
reason-no-contact-cap = Skambučio nėra: skambučių riba ({ $cap } per laikotarpį: { $per }) jau pasiekta ({ $count }).
reason-se-contact-no-rule = Švedijos taisyklės dėl skambučių laiko nerasta; taikoma gera išieškojimo praktika.
reason-se-limitation = Senatis (metai: { $years }) skaičiuojama nuo { $start } ({ $basis }): skolai senatis sueina { $expires }.
reason-se-limitation-interrupted = Senatis nutraukta { $on } ({ $kind }); nuo tada prasideda naujas laikotarpis (metai: { $years }).
reason-no-limitation = Senatis po 3 metų nuo { $start }, kai buvo galima reikalauti mokėti: skolai senatis sueina { $expires }.
reason-no-limitation-interrupted = Senatis nutraukta { $on } ({ $kind }); nuo tada prasideda naujas 3 metų laikotarpis.
reason-no-limitation-letter-ignored = { $on } reikalavimo laiškas Norvegijoje senaties nenutraukia; tai daro tik skolos pripažinimas arba teisiniai veiksmai.
reason-dunning-closed = Skolos būsena: { $state }; nėra ką išieškoti.
reason-dunning-disputed = Skola ginčijama: visas išieškojimas sustabdytas, kol ginčas bus išspręstas.
reason-dunning-creditor-paused = Kreditorius sustabdė šios skolos išieškojimą: tolesni žingsniai laukia.
reason-dunning-held-until = Skolos būsena iki { $until } imtinai: { $state }; vėliau žingsniai tęsiami.
reason-dunning-paused = Skolos būsena: { $state }; tolesni žingsniai laukia.
reason-dunning-handed-over = Skola perduota: žingsniai baigti.
reason-dunning-nothing-owed = Nebeliko nieko mokėti.
reason-dunning-stepped-today = Žingsnis jau atliktas { $date }: ne daugiau kaip vienas žingsnis per dieną.
reason-dunning-ladder-done = Visi strategijos { $strategy } žingsniai atlikti.
reason-dunning-not-yet = Kitas žingsnis ({ $step }) numatytas { $date }.
reason-dunning-not-a-bank-day = { $date } nėra banko darbo diena: žingsnis atliekamas { $next }.
reason-dunning-payment-in-flight = Mokėjimų faile, datuotame { $file }, buvo pinigų šiai skolai: jokių mokamų žingsnių, kol praeis { $until } (banko darbo dienos: { $days }).
reason-dunning-law-unknown = Teisės modulis negalėjo atsakyti ({ $error }); nieko nesiunčiama, kol jis galės.
reason-dunning-wrong-strategy = Strategija { $strategy } netaikoma šiai skolai ({ $jurisdiction }, { $debtor }).
reason-dunning-step = Strategijos { $strategy } žingsnis { $step_no } ({ $step }), numatytas { $scheduled }, atliekamas { $date }.
reason-dunning-pre-due-skipped = Pranešimas prieš mokėjimo terminą praleidžiamas: terminas { $due } jau praėjo.
reason-dunning-deadline = Terminas { $deadline }: strategijos dienos: { $days }, bet niekada ne trumpiau nei įstatymo minimumas { $earliest }.
reason-dunning-fee-currency = Mokesčio nėra: skola yra valiuta { $currency }, o įstatymo mokesčiai nustatyti valiuta { $fee_currency }.
reason-dunning-interest = Delspinigiai { $amount } iki { $through } nuo likusios pagrindinės sumos { $principal }, be jau įtrauktų palūkanų { $booked }.
reason-dunning-merge-required = Norvegijos teisė: vieno kreditoriaus reikalavimai vienam skolininkui yra viena byla, todėl dienos žingsniai skolininkui siunčiami viename laiške. To išjungti negalima.
reason-dunning-merge-chosen = Kreditorius pasirinko vieną laišką kiekvienam skolininkui: dienos žingsniai skolininkui siunčiami viename laiške.
reason-dunning-merge-separate = Kiekvienas reikalavimas gauna atskirą laišką (kreditoriaus pasirinkimas; Švedijos teisė nereikalauja sujungti).
