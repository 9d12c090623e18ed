# Tiesību noteikumu skaidrojumi (maksas, procenti, termiņi) parādniekam vienkāršiem vārdiem.
# Viens ziņojums katram noteikumam: reason-<noteikuma ID, punkti aizstāti ar "-">. Likums ir parādīts atsevišķi.

reason-se-interest-period =
    { $days ->
        [one] { $days } diena
       *[other] { $days } dienas
    } ({ $from } – { $to }) ar likmi { $rate } % (atsauces likme { $reference } % + 8) no { $principal }, dienu bāze { $basis }: { $amount }.
reason-no-interest-period =
    { $days ->
        [one] { $days } diena
       *[other] { $days } dienas
    } ({ $from } – { $to }) ar Norvēģijas nokavējuma procentu likmi { $rate } % no { $principal }, dienu bāze { $basis }: { $amount }.
reason-interest-contract-period =
    { $days ->
        [one] { $days } diena
       *[other] { $days } dienas
    } ({ $from } – { $to }) ar norunāto likmi { $rate } % no { $principal }, dienu bāze { $basis }: { $amount }.
reason-se-interest-start-due = Samaksas termiņš { $due } bija norunāts, tāpēc nokavējuma procenti tiek rēķināti no { $first } līdz { $last } ieskaitot.
reason-no-interest-start-due = Samaksas termiņš { $due } bija norunāts, tāpēc nokavējuma procenti tiek rēķināti no { $first } līdz { $last } ieskaitot.
reason-se-interest-start-demand = Samaksas termiņš nebija norunāts; { $sent } nosūtītajā prasībā tika brīdināts par procentiem, tāpēc tos rēķina no { $first } (30 dienas vēlāk) līdz { $last } ieskaitot.
reason-no-interest-start-demand = Samaksas termiņš nebija norunāts; procentus rēķina no { $first }, 30 dienas pēc { $sent } nosūtītās rakstiskās prasības, līdz { $last } ieskaitot.
reason-se-interest-no-warning = Procentu nav: samaksas termiņš nebija norunāts, un { $sent } nosūtītajā prasībā netika brīdināts par procentiem.
reason-interest-none = Procentu nav: maksājums { $last } pienāca pirms pirmās procentu dienas { $first }.
reason-interest-contract-rate = Likumā noteiktās likmes vietā tiek piemērota norunātā likme { $rate } % ({ $mode }).
reason-se-due-moved = Samaksas termiņš { $due } iekrita brīvdienā ({ $day }); varat samaksāt nākamajā darbdienā, { $moved }.
reason-no-due-moved = Samaksas termiņš { $due } iekrita brīvdienā ({ $day }); tas tiek pārcelts uz nākamo darbdienu, { $moved }.
reason-fee-before-due = Maksas nav: vēstule nosūtīta { $sent }, nevis pēc samaksas termiņa { $due }.
reason-fee-not-in-jurisdiction = Maksas nav: solis { $step } nepastāv valsts { $jurisdiction } noteikumos.
reason-step-normalised = Solis { $given } valstī { $jurisdiction } saucas { $used } un tiek tā arī vērtēts.
reason-fee-not-modelled = Maksas nav: Purr neņem maksu par { $step } valstī { $jurisdiction }.
reason-se-fee-reminder = Atgādinājuma maksa { $amount }: norunāta, kad radās parāds.
reason-se-fee-reminder-not-agreed = Atgādinājuma maksas nav: tā netika norunāta, kad radās parāds.
reason-se-fee-already-charged = Maksas nav: maksa par { $step } par šo parādu jau ir ņemta.
reason-se-fee-collection-demand = Piedziņas prasības maksa { $amount }.
reason-se-fee-instalment-plan = Maksājumu plāna maksa { $amount }: pilns rakstisks plāns visam parādam, sastādīts kopā ar jums.
reason-se-fee-instalment-notice = Paziņojuma maksa { $amount } par vienu maksājumu plāna iemaksu.
reason-se-fee-instalment-notice-no-plan = Paziņojuma maksas nav: nav norunāta maksājumu plāna.
reason-se-fee-late-compensation = Kompensācija par kavējumu { $amount }: parādnieks ir uzņēmums, un tiek rēķināti procenti.
reason-se-fee-late-compensation-consumer = Kompensācijas par kavējumu nav: tā attiecas tikai uz parādniekiem, kas ir uzņēmumi.
reason-se-fee-b2b-instead = Maksas par { $step } nav: uzņēmumam kompensācija par kavējumu { $compensation } aizstāj atgādinājuma, prasības un plāna maksas.
reason-no-fee-reminder = Atgādinājuma maksa { $amount }: 1/20 no Norvēģijas piedziņas likmes (inkassosats) { $sats }, kas bija spēkā, kad vēstule tika nosūtīta { $sent }.
reason-no-fee-collection-warning = Piedziņas brīdinājuma maksa { $amount }: 1/20 no piedziņas likmes { $sats }, kas bija spēkā { $sent }.
reason-no-fee-payment-demand = Maksājuma prasības maksa { $amount }: 3/20 no piedziņas likmes { $sats }, kas bija spēkā { $sent }.
reason-no-fee-rounded = Summa { $exact } tiek noapaļota līdz tuvākajiem { $unit } NOK: { $amount }.
reason-no-fee-too-early = Maksas nav: vēstule nosūtīta { $sent }, agrāk nekā 14 dienas pēc samaksas termiņa { $due } (agrākais { $earliest }).
reason-no-fee-deadline-not-missed = Maksas nav: jau bija nosūtīts atgādinājums vai brīdinājums, un tā vismaz 14 dienu termiņš vēl nebija nokavēts.
reason-no-fee-max-reached = Maksas nav: sasniegts maksimums vienam parādam (2 atgādinājumi + 1 maksājuma prasība vai 1 atgādinājums + 1 brīdinājums + 1 maksājuma prasība).
reason-no-fee-after-demand = Maksas nav: maksājuma prasība jau nosūtīta; atgādinājumi un brīdinājumi pēc tās ir bez maksas.
reason-no-fee-payment-demand-no-prior = Maksas nav: maksājuma prasībai vajadzīgs iepriekšējs atgādinājums vai brīdinājums, kura vismaz 14 dienu termiņš ir nokavēts.
reason-no-fee-already-charged = Maksas nav: maksa par { $step } par šo parādu jau ir ņemta.
reason-no-fee-standard-compensation = Standarta kompensācija { $rate } par pusgadu ({ $from }), atskaitot jau ņemtās atgādinājuma maksas { $offset }: { $amount }.
reason-no-fee-standard-compensation-consumer = Standarta kompensācijas nav: tā attiecas tikai uz darījumiem starp uzņēmumiem.
reason-no-fee-not-overdue = Kompensācijas nav: parāds nebija kavēts, kad vēstule tika nosūtīta { $sent } (termiņš { $due }).
reason-no-fee-agency-fee = Piedziņas atlīdzība { $amount }: pamatsumma { $principal } ietilpst pakāpē līdz { $bracket }, { $multiple } × piedziņas likme { $sats }, likme { $rate_kind }{ $b2b }.
reason-no-fee-agency-fee-offset = Jau ņemtā standarta kompensācija { $offset } tiek atskaitīta no atlīdzības: { $amount }.
reason-no-fee-agency-fee-no-demand = Piedziņas atlīdzības nav: nav maksājuma prasības, kuras termiņš būtu pagājis.
reason-no-fee-agency-fee-merged = Viena parādnieka parādi (skaits: { $claims }) ir viena lieta: atlīdzība no kopējās pamatsummas { $principal } ir { $combined }, atsevišķi { $separate }; ņemts { $amount }.
reason-se-deadline-collection-demand = Termiņam jābūt vismaz 8 dienām no nosūtīšanas { $sent } ({ $eight_days }) un 4 bankas darbdienām no paredzamās saņemšanas { $receipt } ({ $four_bank_days }): agrākais { $deadline }.
reason-se-deadline-reminder = Neviens likums nenosaka termiņu Zviedrijas atgādinājumam; Purr izmanto to pašu minimumu kā piedziņas prasībai: agrākais { $deadline }.
reason-se-presumed-receipt = Paredzamā saņemšana: { $receipt } ({ $delivery }).
reason-no-deadline-14-days = Termiņš ir vismaz 14 dienas no nosūtīšanas { $sent }: tā pati nedēļas diena divas nedēļas vēlāk, { $deadline }, arī svētku dienā.
reason-no-deadline-reminder = Atgādinājums ar vismaz 14 dienu termiņu ({ $deadline }) saglabā tiesības uz maksu par nākamo soli.
reason-step-next = Nākamo soli var spert no { $next }, dienu pēc termiņa { $deadline }.
reason-no-agency-fee-heavy-from = Augstāka atlīdzības likme no { $heavy_from }: vairāk nekā 28 dienas pēc maksājuma prasības termiņa { $deadline }.
reason-no-contact-window = Zvans atļauts { $at }: darbdienās 08–21 vai sestdienā 09–15 un nepārsniedzot ierobežojumus ({ $day_calls }/1 šodien, { $week_calls }/5 šonedēļ, { $month_calls }/15 šomēnes).
reason-no-contact-closed-day = Zvana nav { $at }: nekad svētdienās un svētku dienās ({ $day }).
reason-no-contact-outside-hours = Zvana nav { $at }: ārpus atļautā laika { $window }.
reason-no-contact-cap = Zvana nav: zvanu ierobežojums ({ $cap } periodā: { $per }) jau sasniegts ({ $count }).
reason-se-contact-no-rule = Zviedrijas noteikums par zvanu laikiem netika atrasts; ir spēkā laba piedziņas prakse.
reason-se-limitation = Noilgums (gadi: { $years }), skaitot no { $start } ({ $basis }): parāda noilgums iestājas { $expires }.
reason-se-limitation-interrupted = Noilgums tika pārtraukts { $on } ({ $kind }); no tā brīža sākas jauns periods (gadi: { $years }).
reason-no-limitation = Noilgums 3 gadi no { $start }, kad varēja prasīt samaksu: parāda noilgums iestājas { $expires }.
reason-no-limitation-interrupted = Noilgums tika pārtraukts { $on } ({ $kind }); no tā brīža sākas jauns 3 gadu periods.
reason-no-limitation-letter-ignored = Prasības vēstule { $on } Norvēģijā nepārtrauc noilgumu; to dara tikai parāda atzīšana vai tiesiskas darbības.
reason-dunning-closed = Parāda statuss: { $state }; nav ko piedzīt.
reason-dunning-disputed = Parāds ir apstrīdēts: visa piedziņa apstājas, līdz strīds ir atrisināts.
reason-dunning-creditor-paused = Kreditors ir apturējis šī parāda piedziņu: nākamie soļi gaida.
reason-dunning-held-until = Parāda statuss līdz { $until } ieskaitot: { $state }; pēc tam soļi turpinās.
reason-dunning-paused = Parāda statuss: { $state }; nākamie soļi gaida.
reason-dunning-handed-over = Parāds ir nodots tālāk: soļi ir beigušies.
reason-dunning-nothing-owed = Nekas vairs nav jāmaksā.
reason-dunning-stepped-today = Solis jau tika sperts { $date }: ne vairāk kā viens solis dienā.
reason-dunning-ladder-done = Visi stratēģijas { $strategy } soļi ir sperti.
reason-dunning-not-yet = Nākamais solis ({ $step }) paredzēts { $date }.
reason-dunning-not-a-bank-day = { $date } nav bankas darbdiena: solis tiek sperts { $next }.
reason-dunning-payment-in-flight = Maksājumu failā ar datumu { $file } bija nauda šim parādam: nekādu maksas soļu līdz { $until } beigām (bankas darbdienas: { $days }).
reason-dunning-law-unknown = Tiesību modulis nevarēja atbildēt ({ $error }); nekas netiek sūtīts, kamēr tas nevar.
reason-dunning-wrong-strategy = Stratēģija { $strategy } neattiecas uz šo parādu ({ $jurisdiction }, { $debtor }).
reason-dunning-step = Stratēģijas { $strategy } solis { $step_no } ({ $step }), plānots { $scheduled }, tiek sperts { $date }.
reason-dunning-pre-due-skipped = Paziņojums pirms samaksas termiņa tiek izlaists: termiņš { $due } ir pagājis.
reason-dunning-deadline = Termiņš { $deadline }: stratēģijas dienas: { $days }, bet nekad ne īsāk par likumā noteikto minimumu { $earliest }.
reason-dunning-fee-currency = Maksas nav: parāds ir valūtā { $currency }, bet likumā noteiktās maksas ir noteiktas valūtā { $fee_currency }.
reason-dunning-interest = Nokavējuma procenti { $amount } līdz { $through } no atlikušās pamatsummas { $principal }, papildus jau iegrāmatotajiem procentiem { $booked }.
reason-dunning-merge-required = Norvēģijas tiesības: viena kreditora prasījumi pret vienu parādnieku ir viena lieta, tāpēc dienas soļi parādniekam tiek sūtīti vienā vēstulē. To nevar izslēgt.
reason-dunning-merge-chosen = Kreditors izvēlējās vienu vēstuli katram parādniekam: dienas soļi parādniekam tiek sūtīti vienā vēstulē.
reason-dunning-merge-separate = Katrs prasījums saņem savu vēstuli (kreditora izvēle; Zviedrijas tiesības neprasa apvienošanu).
