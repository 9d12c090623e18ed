# Lakisääntöjen perustelut (maksut, korot, määräajat) velalliselle selkein sanoin.
# Yksi viesti sääntöä kohden: reason-<säännön tunnus, pisteet viivoina>. Lainkohta näytetään erikseen.

reason-se-interest-period =
    { $days ->
        [one] { $days } päivä
       *[other] { $days } päivää
    } ({ $from } – { $to }) { $rate } %:n korolla (viitekorko { $reference } % + 8) summasta { $principal }, päiväperuste { $basis }: { $amount }.
reason-no-interest-period =
    { $days ->
        [one] { $days } päivä
       *[other] { $days } päivää
    } ({ $from } – { $to }) Norjan viivästyskorolla { $rate } % summasta { $principal }, päiväperuste { $basis }: { $amount }.
reason-interest-contract-period =
    { $days ->
        [one] { $days } päivä
       *[other] { $days } päivää
    } ({ $from } – { $to }) sovitulla korolla { $rate } % summasta { $principal }, päiväperuste { $basis }: { $amount }.
reason-se-interest-start-due = Eräpäivä { $due } oli sovittu, joten viivästyskorkoa kertyy { $first } – { $last }.
reason-no-interest-start-due = Eräpäivä { $due } oli sovittu, joten viivästyskorkoa kertyy { $first } – { $last }.
reason-se-interest-start-demand = Eräpäivää ei ollut sovittu; { $sent } lähetetyssä vaatimuksessa varoitettiin korosta, joten korkoa kertyy { $first } (30 päivää myöhemmin) – { $last }.
reason-no-interest-start-demand = Eräpäivää ei ollut sovittu; korkoa kertyy { $first } alkaen, 30 päivää { $sent } lähetetyn kirjallisen vaatimuksen jälkeen, { $last } asti.
reason-se-interest-no-warning = Ei korkoa: eräpäivää ei ollut sovittu, eikä { $sent } lähetetyssä vaatimuksessa varoitettu korosta.
reason-interest-none = Ei korkoa: maksu { $last } tuli ennen ensimmäistä korkopäivää { $first }.
reason-interest-contract-rate = Lain mukaisen koron sijaan käytetään sovittua korkoa { $rate } % ({ $mode }).
reason-se-due-moved = Eräpäivä { $due } osui päivälle { $day }; voit maksaa seuraavana arkipäivänä { $moved }.
reason-no-due-moved = Eräpäivä { $due } osui päivälle { $day }; se siirtyy seuraavaan pankkipäivään { $moved }.
reason-fee-before-due = Ei maksua: kirje lähetettiin { $sent }, ei eräpäivän { $due } jälkeen.
reason-fee-not-in-jurisdiction = Ei maksua: vaihetta { $step } ei ole maan { $jurisdiction } säännöissä.
reason-step-normalised = Vaiheen { $given } nimi maassa { $jurisdiction } on { $used }, ja sitä käsitellään sellaisena.
reason-fee-not-modelled = Ei maksua: Purr ei peri maksua vaiheesta { $step } maassa { $jurisdiction }.
reason-se-fee-reminder = Muistutusmaksu { $amount }: sovittu, kun velka syntyi.
reason-se-fee-reminder-not-agreed = Ei muistutusmaksua: sellaisesta ei sovittu, kun velka syntyi.
reason-se-fee-already-charged = Ei maksua: vaiheesta { $step } on jo peritty maksu tästä saatavasta.
reason-se-fee-collection-demand = Perintävaatimuksen maksu { $amount }.
reason-se-fee-instalment-plan = Maksusuunnitelman maksu { $amount }: kirjallinen suunnitelma koko velalle, tehty yhdessä kanssasi.
reason-se-fee-instalment-notice = Ilmoitusmaksu { $amount } yhdestä maksusuunnitelman erästä.
reason-se-fee-instalment-notice-no-plan = Ei ilmoitusmaksua: sovittua maksusuunnitelmaa ei ole.
reason-se-fee-late-compensation = Viivästyskorvaus { $amount }: velallinen on yritys, ja korkoa kertyy.
reason-se-fee-late-compensation-consumer = Ei viivästyskorvausta: se koskee vain yritysvelallisia.
reason-se-fee-b2b-instead = Ei maksua vaiheesta { $step }: yritykseltä peritty { $compensation } viivästyskorvaus korvaa muistutus-, perintä- ja suunnitelmamaksut.
reason-no-fee-reminder = Muistutusmaksu { $amount }: 1/20 Norjan perintämaksun perusmäärästä (inkassosats) { $sats }, joka oli voimassa, kun kirje lähetettiin { $sent }.
reason-no-fee-collection-warning = Perintävaroituksen maksu { $amount }: 1/20 perusmäärästä { $sats }, joka oli voimassa { $sent }.
reason-no-fee-payment-demand = Maksukehotuksen maksu { $amount }: 3/20 perusmäärästä { $sats }, joka oli voimassa { $sent }.
reason-no-fee-rounded = Summa { $exact } pyöristetään lähimpään { $unit } NOK:iin: { $amount }.
reason-no-fee-too-early = Ei maksua: kirje lähetettiin { $sent }, aiemmin kuin 14 päivää eräpäivän { $due } jälkeen (aikaisintaan { $earliest }).
reason-no-fee-deadline-not-missed = Ei maksua: aiempi muistutus tai varoitus oli lähetetty, eikä sen vähintään 14 päivän määräaika ollut umpeutunut.
reason-no-fee-max-reached = Ei maksua: saatavakohtainen enimmäismäärä on täynnä (2 muistutusta + 1 maksukehotus tai 1 muistutus + 1 varoitus + 1 maksukehotus).
reason-no-fee-after-demand = Ei maksua: maksukehotus on jo lähetetty; sen jälkeiset muistutukset ja varoitukset ovat maksuttomia.
reason-no-fee-payment-demand-no-prior = Ei maksua: maksukehotus edellyttää aiempaa muistutusta tai varoitusta, jonka vähintään 14 päivän määräaika on umpeutunut.
reason-no-fee-already-charged = Ei maksua: vaiheesta { $step } on jo peritty maksu tästä saatavasta.
reason-no-fee-standard-compensation = Vakiokorvaus { $rate } puolivuotiskaudelta ({ $from }), josta vähennetty jo perityt muistutusmaksut { $offset }: { $amount }.
reason-no-fee-standard-compensation-consumer = Ei vakiokorvausta: se koskee vain yritysten välisiä saatavia.
reason-no-fee-not-overdue = Ei korvausta: saatava ei ollut erääntynyt, kun kirje lähetettiin { $sent } (eräpäivä { $due }).
reason-no-fee-agency-fee = Perintäpalkkio { $amount }: pääoma { $principal } kuuluu portaaseen { $bracket } asti, { $multiple } × perusmäärä { $sats }, { $rate_kind } taso{ $b2b }.
reason-no-fee-agency-fee-offset = Jo peritty vakiokorvaus { $offset } vähennetään perintäpalkkiosta: { $amount }.
reason-no-fee-agency-fee-no-demand = Ei perintäpalkkiota: ei ole maksukehotusta, jonka määräaika olisi umpeutunut.
reason-no-fee-agency-fee-merged = { $claims } saatavaa samalta velalliselta käsitellään yhtenä asiana: palkkio yhteenlasketusta pääomasta { $principal } on { $combined }, erikseen { $separate }; peritty { $amount }.
reason-se-deadline-collection-demand = Määräajan on oltava vähintään 8 päivää lähettämisestä { $sent } ({ $eight_days }) ja 4 pankkipäivää oletetusta vastaanotosta { $receipt } ({ $four_bank_days }): aikaisintaan { $deadline }.
reason-se-deadline-reminder = Laki ei määrää määräaikaa ruotsalaiselle muistutukselle; Purr käyttää samaa vähimmäisaikaa kuin perintävaatimukselle: aikaisintaan { $deadline }.
reason-se-presumed-receipt = Oletettu vastaanotto: { $receipt } ({ $delivery }).
reason-no-deadline-14-days = Määräaika on vähintään 14 päivää lähettämisestä { $sent }: sama viikonpäivä kaksi viikkoa myöhemmin, { $deadline }, myös pyhäpäivänä.
reason-no-deadline-reminder = Muistutus, jossa on vähintään 14 päivän määräaika ({ $deadline }), säilyttää oikeuden maksuun seuraavasta vaiheesta.
reason-step-next = Seuraava vaihe voidaan ottaa { $next } alkaen, määräajan { $deadline } jälkeisenä päivänä.
reason-no-agency-fee-heavy-from = Korkeampi palkkiotaso { $heavy_from } alkaen: yli 28 päivää maksukehotuksen määräajasta { $deadline }.
reason-no-contact-window = Puhelu sallittu { $at }: arkisin 08–21 tai lauantaina 09–15 ja rajojen sisällä ({ $day_calls }/1 tänään, { $week_calls }/5 tällä viikolla, { $month_calls }/15 tässä kuussa).
reason-no-contact-closed-day = Ei puhelua { $at }: ei koskaan sunnuntaisin eikä pyhäpäivinä ({ $day }).
reason-no-contact-outside-hours = Ei puhelua { $at }: sallitun ajan { $window } ulkopuolella.
reason-no-contact-cap = Ei puhelua: enintään { $cap } puhelua / { $per } on jo täynnä ({ $count }).
reason-se-contact-no-rule = Ruotsalaista sääntöä puheluajoista ei löytynyt; hyvä perintätapa on voimassa.
reason-se-limitation = Vanhentuminen { $years } vuodessa laskettuna { $start } alkaen ({ $basis }): saatava vanhentuu { $expires }.
reason-se-limitation-interrupted = Vanhentuminen katkesi { $on } ({ $kind }); uusi { $years } vuoden aika alkaa siitä.
reason-no-limitation = Vanhentuminen 3 vuodessa { $start } alkaen, jolloin maksua saattoi vaatia: saatava vanhentuu { $expires }.
reason-no-limitation-interrupted = Vanhentuminen katkesi { $on } ({ $kind }); uusi 3 vuoden aika alkaa siitä.
reason-no-limitation-letter-ignored = Vaatimuskirje { $on } ei katkaise vanhentumista Norjassa; vain velan tunnustaminen tai oikeustoimet katkaisevat sen.
reason-dunning-closed = Saatava on { $state }: perittävää ei ole.
reason-dunning-disputed = Saatava on riitautettu: kaikki perintä on seis, kunnes riita on ratkaistu.
reason-dunning-creditor-paused = Velkoja on keskeyttänyt tämän saatavan perinnän: vaiheet odottavat.
reason-dunning-held-until = Saatava on { $state } { $until } asti: vaiheet jatkuvat sen jälkeen.
reason-dunning-paused = Saatava on { $state }: vaiheet odottavat.
reason-dunning-handed-over = Saatava on siirretty eteenpäin: vaiheet ovat päättyneet.
reason-dunning-nothing-owed = Maksettavaa ei ole jäljellä.
reason-dunning-stepped-today = Vaihe otettiin jo { $date }: enintään yksi vaihe päivässä.
reason-dunning-ladder-done = Kaikki strategian { $strategy } vaiheet on otettu.
reason-dunning-not-yet = Seuraava vaihe ({ $step }) on vuorossa { $date }.
reason-dunning-not-a-bank-day = { $date } ei ole pankkipäivä: vaihe otetaan { $next }.
reason-dunning-payment-in-flight = Maksutiedostossa { $file } oli rahaa tälle saatavalle: ei maksullisia vaiheita ennen kuin { $until } on ohi ({ $days } pankkipäivää).
reason-dunning-law-unknown = Lakimoottori ei pystynyt vastaamaan ({ $error }); mitään ei lähetetä ennen kuin se pystyy.
reason-dunning-wrong-strategy = Strategia { $strategy } ei koske tätä saatavaa ({ $jurisdiction }, { $debtor }).
reason-dunning-step = Strategian { $strategy } vaihe { $step_no } ({ $step }), suunniteltu päivälle { $scheduled }, otetaan { $date }.
reason-dunning-pre-due-skipped = Ennen eräpäivää lähetettävä ilmoitus jätetään pois: eräpäivä { $due } on ohi.
reason-dunning-deadline = Määräaika { $deadline }: strategian { $days } päivää, ei koskaan lyhyempi kuin laissa säädetty vähimmäisaika { $earliest }.
reason-dunning-fee-currency = Ei maksua: saatava on valuutassa { $currency }, ja lakisääteiset maksut on määrätty valuutassa { $fee_currency }.
reason-dunning-interest = Viivästyskorko { $amount } { $through } asti jäljellä olevasta pääomasta { $principal }, jo kirjatun koron { $booked } lisäksi.
reason-dunning-merge-required = Norjan laki: saman velkojan saatavat samalta velalliselta ovat yksi asia, joten päivän vaiheet lähtevät velalliselle yhdessä kirjeessä. Tätä ei voi kytkeä pois.
reason-dunning-merge-chosen = Velkoja valitsi yhden kirjeen velallista kohden: päivän vaiheet lähtevät velalliselle yhdessä kirjeessä.
reason-dunning-merge-separate = Jokainen saatava saa oman kirjeensä (velkojan valinta; Ruotsin laki ei vaadi yhdistämistä).
