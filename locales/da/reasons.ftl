# Begrundelserne bag lovreglerne (gebyrer, renter, frister) for skyldneren, med enkle ord.
# Én besked pr. regel: reason-<reglens id med "-" i stedet for ".">. Loven vises for sig.

reason-se-interest-period =
    { $days ->
        [one] { $days } dag
       *[other] { $days } dage
    } ({ $from } til { $to }) med { $rate } % (referencerente { $reference } % + 8) af { $principal }, dagbasis { $basis }: { $amount }.
reason-no-interest-period =
    { $days ->
        [one] { $days } dag
       *[other] { $days } dage
    } ({ $from } til { $to }) med den norske morarente på { $rate } % af { $principal }, dagbasis { $basis }: { $amount }.
reason-interest-contract-period =
    { $days ->
        [one] { $days } dag
       *[other] { $days } dage
    } ({ $from } til { $to }) med den aftalte rente på { $rate } % af { $principal }, dagbasis { $basis }: { $amount }.
reason-se-interest-start-due = Forfaldsdagen { $due } var aftalt, så morarenter løber fra { $first } til og med { $last }.
reason-no-interest-start-due = Forfaldsdagen { $due } var aftalt, så morarenter løber fra { $first } til og med { $last }.
reason-se-interest-start-demand = Der var ingen aftalt forfaldsdag; kravet sendt { $sent } varslede renter, så renter løber fra { $first } (30 dage senere) til og med { $last }.
reason-no-interest-start-demand = Der var ingen aftalt forfaldsdag; renter løber fra { $first }, 30 dage efter det skriftlige krav sendt { $sent }, til og med { $last }.
reason-se-interest-no-warning = Ingen renter: der var ingen aftalt forfaldsdag, og kravet sendt { $sent } varslede ikke, at der ville komme renter.
reason-interest-none = Ingen renter: betalingen { $last } kom før første rentedag { $first }.
reason-interest-contract-rate = Den aftalte rente på { $rate } % gælder ({ $mode }) i stedet for lovens rente.
reason-se-due-moved = Forfaldsdagen { $due } faldt på en { $day }; du kan betale næste hverdag, { $moved }.
reason-no-due-moved = Forfaldsdagen { $due } faldt på en { $day }; den flyttes til næste bankdag, { $moved }.
reason-fee-before-due = Intet gebyr: brevet blev sendt { $sent }, ikke efter forfaldsdagen { $due }.
reason-fee-not-in-jurisdiction = Intet gebyr: trinnet { $step } findes ikke i reglerne for { $jurisdiction }.
reason-step-normalised = Trinnet { $given } hedder { $used } i { $jurisdiction } og behandles sådan.
reason-fee-not-modelled = Intet gebyr: Purr tager intet gebyr for { $step } i { $jurisdiction }.
reason-se-fee-reminder = Rykkergebyr { $amount }: aftalt, da gælden opstod.
reason-se-fee-reminder-not-agreed = Intet rykkergebyr: der blev ikke aftalt noget, da gælden opstod.
reason-se-fee-already-charged = Intet gebyr: der er allerede taget et gebyr for { $step } på dette krav.
reason-se-fee-collection-demand = Gebyr for inkassokrav { $amount }.
reason-se-fee-instalment-plan = Gebyr for afdragsordning { $amount }: en fuld skriftlig plan for hele gælden, lavet sammen med dig.
reason-se-fee-instalment-notice = Avisgebyr { $amount } for én rate i afdragsordningen.
reason-se-fee-instalment-notice-no-plan = Intet avisgebyr: der er ingen aftalt afdragsordning.
reason-se-fee-late-compensation = Kompensation for forsinket betaling { $amount }: skyldneren er en virksomhed, og der løber renter.
reason-se-fee-late-compensation-consumer = Ingen kompensation for forsinket betaling: den gælder kun, når skyldneren er en virksomhed.
reason-se-fee-b2b-instead = Intet gebyr for { $step }: for en virksomhed erstatter kompensationen på { $compensation } rykker-, inkasso- og plangebyrer.
reason-no-fee-reminder = Rykkergebyr { $amount }: 1/20 af den norske inkassosats på { $sats }, der gjaldt, da brevet blev sendt { $sent }.
reason-no-fee-collection-warning = Gebyr for inkassovarsel { $amount }: 1/20 af inkassosatsen på { $sats }, der gjaldt { $sent }.
reason-no-fee-payment-demand = Gebyr for betalingsopfordring { $amount }: 3/20 af inkassosatsen på { $sats }, der gjaldt { $sent }.
reason-no-fee-rounded = Beløbet { $exact } rundes til nærmeste { $unit } NOK: { $amount }.
reason-no-fee-too-early = Intet gebyr: brevet blev sendt { $sent }, tidligere end 14 dage efter forfaldsdagen { $due } (tidligst { $earliest }).
reason-no-fee-deadline-not-missed = Intet gebyr: der var sendt en tidligere rykker eller et varsel, og fristen på mindst 14 dage var ikke overskredet.
reason-no-fee-max-reached = Intet gebyr: maksimum pr. krav er nået (2 rykkere + 1 betalingsopfordring, eller 1 rykker + 1 varsel + 1 betalingsopfordring).
reason-no-fee-after-demand = Intet gebyr: der er allerede sendt en betalingsopfordring; rykkere og varsler derefter er gratis.
reason-no-fee-payment-demand-no-prior = Intet gebyr: en betalingsopfordring kræver en tidligere rykker eller et varsel, hvis frist på mindst 14 dage er overskredet.
reason-no-fee-already-charged = Intet gebyr: der er allerede taget et gebyr for { $step } på dette krav.
reason-no-fee-standard-compensation = Standardkompensation { $rate } for halvåret ({ $from }), minus rykkergebyrer på { $offset }, der allerede er taget: { $amount }.
reason-no-fee-standard-compensation-consumer = Ingen standardkompensation: den gælder kun mellem virksomheder.
reason-no-fee-not-overdue = Ingen kompensation: kravet var ikke forfaldent, da brevet blev sendt { $sent } (forfald { $due }).
reason-no-fee-agency-fee = Inkassosalær { $amount }: hovedstolen { $principal } ligger i trinnet op til { $bracket }, { $multiple } × inkassosatsen på { $sats }, { $rate_kind } sats{ $b2b }.
reason-no-fee-agency-fee-offset = Standardkompensationen på { $offset }, der allerede er taget, trækkes fra salæret: { $amount }.
reason-no-fee-agency-fee-no-demand = Intet salær: der er ingen betalingsopfordring, hvis frist er udløbet.
reason-no-fee-agency-fee-merged = { $claims } krav mod samme skyldner er én sag: salæret af den samlede hovedstol { $principal } er { $combined } mod { $separate } hver for sig; taget { $amount }.
reason-se-deadline-collection-demand = Fristen skal være mindst 8 dage fra afsendelsen { $sent } ({ $eight_days }) og 4 bankdage fra den formodede modtagelse { $receipt } ({ $four_bank_days }): tidligst { $deadline }.
reason-se-deadline-reminder = Ingen lov fastsætter en frist for en svensk rykker; Purr bruger samme minimum som for et inkassokrav: tidligst { $deadline }.
reason-se-presumed-receipt = Formodet modtagelse: { $receipt } ({ $delivery }).
reason-no-deadline-14-days = Fristen er mindst 14 dage fra afsendelsen { $sent }: samme ugedag to uger senere, { $deadline }, også på en helligdag.
reason-no-deadline-reminder = En rykker med en frist på mindst 14 dage ({ $deadline }) gør det næste trin gebyrberettiget.
reason-step-next = Næste trin kan tages fra { $next }, dagen efter fristen { $deadline }.
reason-no-agency-fee-heavy-from = Højere salærsats fra { $heavy_from }: mere end 28 dage efter betalingsopfordringens frist { $deadline }.
reason-no-contact-window = Opkald tilladt { $at }: hverdage 08–21 eller lørdag 09–15 og under grænserne ({ $day_calls }/1 i dag, { $week_calls }/5 denne uge, { $month_calls }/15 denne måned).
reason-no-contact-closed-day = Intet opkald { $at }: aldrig på søndage eller helligdage ({ $day }).
reason-no-contact-outside-hours = Intet opkald { $at }: uden for det tilladte tidsrum { $window }.
reason-no-contact-cap = Intet opkald: grænsen på { $cap } opkald pr. { $per } er allerede nået ({ $count }).
reason-se-contact-no-rule = Der blev ikke fundet nogen svensk regel om tidspunkter for opkald; god inkassoskik gælder.
reason-se-limitation = Forældelse efter { $years } år regnet fra { $start } ({ $basis }): kravet forældes { $expires }.
reason-se-limitation-interrupted = Forældelsen blev afbrudt { $on } ({ $kind }); en ny periode på { $years } år løber derfra.
reason-no-limitation = Forældelse efter 3 år fra { $start }, da betaling kunne kræves: kravet forældes { $expires }.
reason-no-limitation-interrupted = Forældelsen blev afbrudt { $on } ({ $kind }); en ny periode på 3 år løber derfra.
reason-no-limitation-letter-ignored = Kravbrevet fra { $on } afbryder ikke forældelse i Norge; det gør kun en anerkendelse eller retslige skridt.
reason-dunning-closed = Kravet er { $state }: der er intet at inddrive.
reason-dunning-disputed = Kravet er bestridt: al inddrivelse stopper, indtil tvisten er løst.
reason-dunning-creditor-paused = Kreditor har sat inddrivelsen af kravet på pause: trinnene venter.
reason-dunning-held-until = Kravet er { $state } til og med { $until }: derefter fortsætter trinnene.
reason-dunning-paused = Kravet er { $state }: trinnene venter.
reason-dunning-handed-over = Kravet er overdraget: trinnene er slut.
reason-dunning-nothing-owed = Der er intet tilbage at betale.
reason-dunning-stepped-today = Der blev allerede taget et trin { $date }: højst ét trin om dagen.
reason-dunning-ladder-done = Alle trin i { $strategy } er taget.
reason-dunning-not-yet = Næste trin ({ $step }) tages { $date }.
reason-dunning-not-a-bank-day = { $date } er ikke en bankdag: trinnet tages { $next }.
reason-dunning-payment-in-flight = En betalingsfil dateret { $file } indeholdt penge til kravet: intet gebyrbelagt trin før efter { $until } ({ $days } bankdage).
reason-dunning-law-unknown = Lovmotoren kunne ikke svare ({ $error }); intet sendes, før den kan.
reason-dunning-wrong-strategy = Strategien { $strategy } gælder ikke for dette krav ({ $jurisdiction }, { $debtor }).
reason-dunning-step = Trin { $step_no } ({ $step }) i { $strategy }, planlagt til { $scheduled }, tages { $date }.
reason-dunning-pre-due-skipped = Varslet før forfald springes over: forfaldsdagen { $due } er passeret.
reason-dunning-deadline = Frist { $deadline }: strategiens { $days } dage, aldrig kortere end lovens minimumsfrist { $earliest }.
reason-dunning-fee-currency = Intet gebyr: kravet er i { $currency }, og lovens gebyrer er fastsat i { $fee_currency }.
reason-dunning-interest = Morarente { $amount } til og med { $through } af den resterende hovedstol { $principal }, ud over den allerede bogførte rente { $booked }.
reason-dunning-merge-required = Norsk ret: en kreditors krav mod én skyldner er én sag, så dagens trin for skyldneren sendes i ét brev. Det kan ikke slås fra.
reason-dunning-merge-chosen = Kreditor har valgt ét brev pr. skyldner: dagens trin for skyldneren sendes i ét brev.
reason-dunning-merge-separate = Hvert krav får sit eget brev (kreditors valg; svensk ret kræver ikke sammenlægning).
