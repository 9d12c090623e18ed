# Seadusereeglite põhjendused (tasud, intressid, tähtajad) võlgnikule lihtsate sõnadega.
# Üks sõnum reegli kohta: reason-<reegli tunnus, punktid sidekriipsudena>. Seadus on näidatud eraldi.

reason-se-interest-period =
    { $days ->
        [one] { $days } päev
       *[other] { $days } päeva
    } ({ $from } kuni { $to }) määraga { $rate } % (viiteintress { $reference } % + 8) summalt { $principal }, päevade alus { $basis }: { $amount }.
reason-no-interest-period =
    { $days ->
        [one] { $days } päev
       *[other] { $days } päeva
    } ({ $from } kuni { $to }) Norra viivisemääraga { $rate } % summalt { $principal }, päevade alus { $basis }: { $amount }.
reason-interest-contract-period =
    { $days ->
        [one] { $days } päev
       *[other] { $days } päeva
    } ({ $from } kuni { $to }) kokkulepitud määraga { $rate } % summalt { $principal }, päevade alus { $basis }: { $amount }.
reason-se-interest-start-due = Maksetähtaeg { $due } oli kokku lepitud, seega arvestatakse viivist alates { $first } kuni { $last } (kaasa arvatud).
reason-no-interest-start-due = Maksetähtaeg { $due } oli kokku lepitud, seega arvestatakse viivist alates { $first } kuni { $last } (kaasa arvatud).
reason-se-interest-start-demand = Maksetähtaega ei olnud kokku lepitud; { $sent } saadetud nõue hoiatas intressi eest, seega arvestatakse intressi alates { $first } (30 päeva hiljem) kuni { $last }.
reason-no-interest-start-demand = Maksetähtaega ei olnud kokku lepitud; intressi arvestatakse alates { $first }, 30 päeva pärast { $sent } saadetud kirjalikku nõuet, kuni { $last }.
reason-se-interest-no-warning = Intressi ei ole: maksetähtaega ei olnud kokku lepitud ja { $sent } saadetud nõue ei hoiatanud intressi eest.
reason-interest-none = Intressi ei ole: makse { $last } tuli enne esimest intressipäeva { $first }.
reason-interest-contract-rate = Seadusjärgse määra asemel kehtib kokkulepitud intressimäär { $rate } % ({ $mode }).
reason-se-due-moved = Maksetähtaeg { $due } langes päevale { $day }; võite maksta järgmisel tööpäeval, { $moved }.
reason-no-due-moved = Maksetähtaeg { $due } langes päevale { $day }; see nihkub järgmisele pangapäevale, { $moved }.
reason-fee-before-due = Tasu ei ole: kiri saadeti { $sent }, mitte pärast maksetähtaega { $due }.
reason-fee-not-in-jurisdiction = Tasu ei ole: sammu { $step } ei ole riigi { $jurisdiction } reeglites.
reason-step-normalised = Samm { $given } kannab riigis { $jurisdiction } nime { $used } ja seda käsitletakse nii.
reason-fee-not-modelled = Tasu ei ole: Purr ei võta sammu { $step } eest riigis { $jurisdiction } tasu.
reason-se-fee-reminder = Meeldetuletustasu { $amount }: lepiti kokku võla tekkimisel.
reason-se-fee-reminder-not-agreed = Meeldetuletustasu ei ole: seda ei lepitud võla tekkimisel kokku.
reason-se-fee-already-charged = Tasu ei ole: sammu { $step } eest on selle nõude pealt juba tasu võetud.
reason-se-fee-collection-demand = Inkassonõude tasu { $amount }.
reason-se-fee-instalment-plan = Maksegraafiku tasu { $amount }: kogu võla täielik kirjalik graafik, koostatud koos teiega.
reason-se-fee-instalment-notice = Teatise tasu { $amount } ühe maksegraafiku osamakse eest.
reason-se-fee-instalment-notice-no-plan = Teatise tasu ei ole: kokkulepitud maksegraafikut ei ole.
reason-se-fee-late-compensation = Hilinemishüvitis { $amount }: võlgnik on ettevõte ja intress jookseb.
reason-se-fee-late-compensation-consumer = Hilinemishüvitist ei ole: see kehtib ainult siis, kui võlgnik on ettevõte.
reason-se-fee-b2b-instead = Sammu { $step } eest tasu ei ole: ettevõtte puhul asendab hilinemishüvitis { $compensation } meeldetuletus-, inkasso- ja graafikutasud.
reason-no-fee-reminder = Meeldetuletustasu { $amount }: 1/20 Norra inkassomäärast (inkassosats) { $sats }, mis kehtis kirja saatmisel { $sent }.
reason-no-fee-collection-warning = Inkassohoiatuse tasu { $amount }: 1/20 inkassomäärast { $sats }, mis kehtis { $sent }.
reason-no-fee-payment-demand = Maksenõude tasu { $amount }: 3/20 inkassomäärast { $sats }, mis kehtis { $sent }.
reason-no-fee-rounded = Summa { $exact } ümardatakse lähima { $unit } NOK-ni: { $amount }.
reason-no-fee-too-early = Tasu ei ole: kiri saadeti { $sent }, varem kui 14 päeva pärast maksetähtaega { $due } (kõige varem { $earliest }).
reason-no-fee-deadline-not-missed = Tasu ei ole: varasem meeldetuletus või hoiatus oli saadetud ja selle vähemalt 14-päevane tähtaeg ei olnud möödunud.
reason-no-fee-max-reached = Tasu ei ole: nõude kohta on ülempiir täis (2 meeldetuletust + 1 maksenõue või 1 meeldetuletus + 1 hoiatus + 1 maksenõue).
reason-no-fee-after-demand = Tasu ei ole: maksenõue on juba saadetud; sellele järgnevad meeldetuletused ja hoiatused on tasuta.
reason-no-fee-payment-demand-no-prior = Tasu ei ole: maksenõue eeldab varasemat meeldetuletust või hoiatust, mille vähemalt 14-päevane tähtaeg on möödunud.
reason-no-fee-already-charged = Tasu ei ole: sammu { $step } eest on selle nõude pealt juba tasu võetud.
reason-no-fee-standard-compensation = Standardhüvitis { $rate } poolaasta eest ({ $from }), millest on lahutatud juba võetud meeldetuletustasud { $offset }: { $amount }.
reason-no-fee-standard-compensation-consumer = Standardhüvitist ei ole: see kehtib ainult ettevõtete vahel.
reason-no-fee-not-overdue = Hüvitist ei ole: nõue ei olnud kirja saatmisel { $sent } veel tähtaja ületanud (tähtaeg { $due }).
reason-no-fee-agency-fee = Inkassotasu { $amount }: põhisumma { $principal } jääb astmesse kuni { $bracket }, { $multiple } × inkassomäär { $sats }, { $rate_kind } määr{ $b2b }.
reason-no-fee-agency-fee-offset = Juba võetud standardhüvitis { $offset } lahutatakse inkassotasust: { $amount }.
reason-no-fee-agency-fee-no-demand = Inkassotasu ei ole: ei ole maksenõuet, mille tähtaeg oleks möödunud.
reason-no-fee-agency-fee-merged = { $claims } nõuet sama võlgniku vastu on üks juhtum: tasu kogupõhisummalt { $principal } on { $combined }, eraldi { $separate }; võetud { $amount }.
reason-se-deadline-collection-demand = Tähtaeg peab olema vähemalt 8 päeva saatmisest { $sent } ({ $eight_days }) ja 4 pangapäeva eeldatavast kättesaamisest { $receipt } ({ $four_bank_days }): kõige varem { $deadline }.
reason-se-deadline-reminder = Ükski seadus ei määra Rootsi meeldetuletusele tähtaega; Purr kasutab sama miinimumi kui inkassonõude puhul: kõige varem { $deadline }.
reason-se-presumed-receipt = Eeldatav kättesaamine: { $receipt } ({ $delivery }).
reason-no-deadline-14-days = Tähtaeg on vähemalt 14 päeva saatmisest { $sent }: sama nädalapäev kaks nädalat hiljem, { $deadline }, ka pühade ajal.
reason-no-deadline-reminder = Meeldetuletus vähemalt 14-päevase tähtajaga ({ $deadline }) säilitab õiguse järgmise sammu tasule.
reason-step-next = Järgmise sammu võib astuda alates { $next }, tähtajale { $deadline } järgneval päeval.
reason-no-agency-fee-heavy-from = Kõrgem tasumäär alates { $heavy_from }: rohkem kui 28 päeva pärast maksenõude tähtaega { $deadline }.
reason-no-contact-window = Kõne lubatud { $at }: tööpäeviti 08–21 või laupäeval 09–15 ja piirangute piires ({ $day_calls }/1 täna, { $week_calls }/5 sel nädalal, { $month_calls }/15 sel kuul).
reason-no-contact-closed-day = Kõnet ei tehta { $at }: mitte kunagi pühapäeviti ega pühade ajal ({ $day }).
reason-no-contact-outside-hours = Kõnet ei tehta { $at }: väljaspool lubatud aega { $window }.
reason-no-contact-cap = Kõnet ei tehta: piir { $cap } kõnet ajavahemikus { $per } on juba täis ({ $count }).
reason-se-contact-no-rule = Rootsi reeglit helistamisaegade kohta ei leitud; kehtib hea inkassotava.
reason-se-limitation = Aegumine { $years } aasta möödudes alates { $start } ({ $basis }): nõue aegub { $expires }.
reason-se-limitation-interrupted = Aegumine katkes { $on } ({ $kind }); sellest hetkest algab uus { $years }-aastane periood.
reason-no-limitation = Aegumine 3 aasta möödudes alates { $start }, mil makset sai nõuda: nõue aegub { $expires }.
reason-no-limitation-interrupted = Aegumine katkes { $on } ({ $kind }); sellest hetkest algab uus 3-aastane periood.
reason-no-limitation-letter-ignored = Nõudekiri { $on } ei katkesta Norras aegumist; seda teevad ainult võla tunnustamine või kohtulikud sammud.
reason-dunning-closed = Nõue on { $state }: sisse nõuda ei ole midagi.
reason-dunning-disputed = Nõue on vaidlustatud: kogu sissenõudmine peatub, kuni vaidlus on lahendatud.
reason-dunning-creditor-paused = Võlausaldaja on selle nõude sissenõudmise peatanud: sammud ootavad.
reason-dunning-held-until = Nõue on { $state } kuni { $until }: seejärel sammud jätkuvad.
reason-dunning-paused = Nõue on { $state }: sammud ootavad.
reason-dunning-handed-over = Nõue on üle antud: sammud on lõppenud.
reason-dunning-nothing-owed = Maksta ei ole enam midagi.
reason-dunning-stepped-today = Üks samm astuti juba { $date }: kõige rohkem üks samm päevas.
reason-dunning-ladder-done = Kõik strateegia { $strategy } sammud on astutud.
reason-dunning-not-yet = Järgmine samm ({ $step }) on kavas { $date }.
reason-dunning-not-a-bank-day = { $date } ei ole pangapäev: samm astutakse { $next }.
reason-dunning-payment-in-flight = Maksefail kuupäevaga { $file } sisaldas raha selle nõude jaoks: tasulist sammu ei astuta enne, kui { $until } on möödas ({ $days } pangapäeva).
reason-dunning-law-unknown = Õigusmootor ei saanud vastata ({ $error }); midagi ei saadeta enne, kui see saab.
reason-dunning-wrong-strategy = Strateegia { $strategy } ei kehti selle nõude kohta ({ $jurisdiction }, { $debtor }).
reason-dunning-step = Strateegia { $strategy } samm { $step_no } ({ $step }), kavandatud { $scheduled }, astutakse { $date }.
reason-dunning-pre-due-skipped = Teatis enne maksetähtaega jäetakse vahele: maksetähtaeg { $due } on möödas.
reason-dunning-deadline = Tähtaeg { $deadline }: strateegia { $days } päeva, mitte kunagi lühem kui seaduslik miinimum { $earliest }.
reason-dunning-fee-currency = Tasu ei ole: nõue on valuutas { $currency } ja seadusjärgsed tasud on määratud valuutas { $fee_currency }.
reason-dunning-interest = Viivis { $amount } kuni { $through } allesjäänud põhisummalt { $principal }, lisaks juba kirjendatud intressile { $booked }.
reason-dunning-merge-required = Norra õigus: ühe võlausaldaja nõuded ühe võlgniku vastu on üks asi, seega saadetakse päeva sammud võlgnikule ühes kirjas. Seda ei saa välja lülitada.
reason-dunning-merge-chosen = Võlausaldaja valis ühe kirja võlgniku kohta: päeva sammud saadetakse võlgnikule ühes kirjas.
reason-dunning-merge-separate = Iga nõue saab oma kirja (võlausaldaja valik; Rootsi õigus ei nõua ühendamist).
