# Kirjeet, sähköpostit ja tekstiviestit (Purrin oletuspohjat, data/templates). Lyhyitä lauseita ja
# tavallisia sanoja.

## Otsikot
title-pre_due_notice = Laskusi eräpäivä on pian
title-reminder = Muistutus: laskua ei ole vielä maksettu
title-second_reminder = Toinen muistutus: laskua ei ole vieläkään maksettu
title-collection_warning = Ilmoitus ennen perintää
title-collection_demand = Perintävaatimus
title-payment_demand = Maksukehotus
title-handover = Asiasi on siirretty eteenpäin

greeting = Hei { $debtor },

## Kunkin kirjeen ensimmäinen kappale
intro-pre_due_notice = Muistutamme ystävällisesti, että lasku { $invoice } erääntyy { $due }. Jos olet jo maksanut, kiitos. Sinun ei tarvitse tehdä mitään.
intro-reminder = Emme ole vielä saaneet maksua laskusta { $invoice }, jonka eräpäivä oli { $due }. Lasku jää helposti huomaamatta. Maksathan alla olevan summan.
intro-second_reminder = Laskun { $invoice } eräpäivä oli { $due }, emmekä ole vieläkään saaneet maksuasi. Maksa nyt tai kerro meille, jos jokin on vialla.
intro-collection_warning = Laskun { $invoice } ({ $creditor }) eräpäivä oli { $due }, eikä sitä ole maksettu. Tämä kirje on ilmoitus siitä, että saatava siirtyy perintään, jos sitä ei makseta.
intro-collection_demand = Laskun { $invoice } ({ $creditor }) eräpäivä oli { $due }. Olemme lähettäneet muistutuksia, mutta laskua ei ole maksettu. Tämä on maksuvaatimus.
intro-payment_demand = Laskun { $invoice } ({ $creditor }) eräpäivä oli { $due }, eikä sitä ole maksettu. Tämä on maksuvaatimus.
intro-handover = Laskua { $invoice } ({ $creditor }) ei ole maksettu. Olemme nyt siirtäneet saatavan eteenpäin perittäväksi.

col-item = Mitä
col-amount = Summa
col-deadline = Maksa viimeistään
line-principal = Lasku { $invoice }
line-interest = Viivästyskorko
line-paid = Jo maksettu
line-total = Maksettavaa

reason-principal = Laskun { $invoice } summa. Lasku lähetettiin { $issued } ja sen eräpäivä oli { $due }.
reason-interest-se = Ruotsin korkolain mukainen korko { $rate } vuodessa ajalta { $interest_from }–{ $interest_through }.
reason-interest-no = Norjan viivästyskorkolain mukainen korko { $rate } vuodessa ajalta { $interest_from }–{ $interest_through }.

## Maksut: nimi ja mikä sen sallii
fee-reminder = Muistutusmaksu
fee-collection-warning = Ilmoituksen maksu
fee-collection-demand = Perintämaksu
fee-payment-demand = Maksukehotuksen maksu
fee-instalment-plan = Maksusuunnitelman maksu
fee-instalment-notice = Erän ilmoituksen maksu
fee-late-compensation = Viivästyskorvaus
fee-agency-fee = Perintäkulu
reason-fee-se = Summa, jonka Ruotsin perintäkululaki sallii.
reason-fee-no = Summa, jonka Norjan perintäsäännöt sallivat.
reason-fee-reminder-se = Muistutusmaksu, josta sovitte ja jonka Ruotsin perintäkululaki sallii.
reason-fee-collection-demand-se = Maksu, jonka Ruotsin perintäkululaki sallii tästä vaatimuksesta.
reason-fee-late-compensation-se = Kiinteä summa, jonka Ruotsin korkolaki sallii yritysten välillä.
reason-fee-reminder-no = Muistutusmaksu, jonka Norjan perintäsäännöt sallivat.
reason-fee-collection-warning-no = Maksu, jonka Norjan perintäsäännöt sallivat tästä ilmoituksesta.
reason-fee-payment-demand-no = Maksu, jonka Norjan perintäsäännöt sallivat tästä vaatimuksesta.

## Määräajat
deadline-pre_due_notice = Maksa viimeistään { $deadline }.
deadline-reminder = Maksa viimeistään { $deadline }.
deadline-second_reminder = Maksa viimeistään { $deadline }.
deadline-collection_warning = Maksa viimeistään { $deadline }. Aikaa on vähintään 14 päivää.
deadline-collection_demand = Maksa tai kerro meille, jos olet eri mieltä, viimeistään { $deadline }.
deadline-payment_demand = Maksa tai kerro meille, jos olet eri mieltä, viimeistään { $deadline }.
deadline-handover = Maksa viimeistään { $deadline }.

how-to-pay = Näin maksat:
pay-bankgiro = Bankgiro
pay-plusgiro = Plusgiro
pay-account = Tili
pay-iban = IBAN
pay-ocr = OCR-viite
pay-kid = KID-viite
pay-amount = Summa

portal = Osoitteessa { $url } näet tiedot, voit maksaa, pyytää lisäaikaa tai jakaa summan osiin. Koodisi on { $code }. Sivu on auki ympäri vuorokauden.

## Mitä laki vaatii kirjeeltä
legal-dispute = Jos saatava on mielestäsi väärä, kerro meille. Käytä yllä olevaa sivua tai kirjoita: { $creditor }. Keskeytämme perinnän, kun selvitämme asiaa.
legal-dispute-collection-demand-se = Jos saatava on mielestäsi väärä, kerro meille viimeistään { $deadline } ja kerro miksi. Käytä yllä olevaa sivua tai kirjoita: { $creditor }. Keskeytämme perinnän, kun selvitämme asiaa.
legal-dispute-collection-warning-no = Jos saatava on mielestäsi väärä, kerro meille viimeistään { $deadline } ja kerro miksi. Käytä yllä olevaa sivua tai kirjoita: { $creditor }. Keskeytämme perinnän, kun selvitämme asiaa.
legal-dispute-payment-demand-no = Jos saatava on mielestäsi väärä, kerro meille viimeistään { $deadline } ja kerro miksi. Käytä yllä olevaa sivua tai kirjoita: { $creditor }. Keskeytämme perinnän, kun selvitämme asiaa.
legal-consequence = Jos saatavaa ei makseta, voimme ryhtyä muihin toimiin sen perimiseksi.
legal-consequence-collection-demand-se = Jos et maksa tai ota yhteyttä viimeistään { $deadline }, voimme hakea maksumääräystä Ruotsin ulosottoviranomaiselta (Kronofogden). Siitä voi tulla lisäkuluja ja maksuhäiriömerkintä.
legal-consequence-collection-warning-no = Jos et maksa viimeistään { $deadline }, saatava voi siirtyä perintään. Siitä tulee lisäkuluja, jotka sinä maksat.
legal-consequence-payment-demand-no = Jos et maksa tai vastusta viimeistään { $deadline }, voimme viedä asian Norjan sovittelulautakuntaan (Forliksrådet) tai perintätoimistolle. Siitä tulee lisäkuluja, jotka sinä maksat.
legal-complaint = Jos et ole tyytyväinen tapaan, jolla hoidamme asiaasi, voit valittaa meille. Voit myös ottaa yhteyttä Norjan finanssivalvontaan (Finanstilsynet).

closing = Ystävällisin terveisin

## Sähköposti
email-intro-pre_due_notice = Lasku { $invoice } erääntyy { $due }. Jos olet jo maksanut, kiitos.
email-intro-reminder = Emme ole vielä saaneet maksua laskusta { $invoice }, jonka eräpäivä oli { $due }.
email-intro-second_reminder = Laskun { $invoice } eräpäivä oli { $due }, eikä sitä ole vieläkään maksettu.
email-intro-collection_warning = Laskua { $invoice } ei ole vieläkään maksettu. Liitteenä oleva kirje on ilmoitus ennen perintää.
email-intro-collection_demand = Laskua { $invoice } ei ole vieläkään maksettu. Liitteenä oleva kirje on maksuvaatimus.
email-intro-payment_demand = Laskua { $invoice } ei ole vieläkään maksettu. Liitteenä oleva kirje on maksuvaatimus.
email-intro-handover = Laskua { $invoice } ei ole vieläkään maksettu, ja olemme siirtäneet sen eteenpäin perittäväksi.
email-portal = Osoitteessa { $url } näet tiedot, voit maksaa tai pyytää lisäaikaa. Koodisi on { $code }.
email-attachment = Koko kirje on liitteenä PDF-tiedostona.

## Tekstiviesti: lyhyt
sms-pre_due_notice = { $creditor }: lasku { $invoice } ({ $total }) erääntyy { $due }. Maksa tai katso se täältä:
sms-reminder = { $creditor }: laskua { $invoice } ({ $total }) ei ole vielä maksettu. Maksa tai pyydä apua täältä:
sms-second_reminder = { $creditor }: laskua { $invoice } ({ $total }) ei ole vieläkään maksettu. Maksa tai pyydä apua täältä:
sms-collection_warning = { $creditor }: lähetimme sinulle ilmoituksen ennen perintää, summa { $total }. Katso se täältä:
sms-collection_demand = { $creditor }: lähetimme sinulle maksuvaatimuksen, summa { $total }. Katso se täältä:
sms-payment_demand = { $creditor }: lähetimme sinulle maksuvaatimuksen, summa { $total }. Katso se täältä:
sms-handover = { $creditor }: lasku { $invoice } ({ $total }) on siirretty eteenpäin. Katso se täältä:

## Maksukoodin teksti
qr-caption-swish = Maksa Swishillä. Skannaa koodi Swish-sovelluksessa. Summa ja viite ovat valmiina.
qr-caption-epc = Maksa tilisiirrolla. Skannaa koodi pankkisovelluksessa. Summa ja viite ovat valmiina.

## Asian käsittelyn ilmoitukset (data/templates/notice-*.j2)
title-plan_confirmation = Maksusuunnitelmasi on valmis
title-instalment_missed = Maksusuunnitelmasi erää ei ole maksettu
title-plan_lapsed = Maksusuunnitelmasi on päättynyt
title-dispute_rejected = Vastauksemme huomautukseesi
title-promise_broken = Emme ole saaneet maksua, jonka lupasit

intro-plan_confirmation = Kiitos! Sinulla on nyt maksusuunnitelma laskulle { $invoice }. Kun maksat sovitusti, emme tee muita toimia. Uusia maksuja ei myöskään tule.
intro-instalment_missed = Emme ole saaneet maksusuunnitelmasi erää { $number } laskulle { $invoice }. Erä oli { $amount }, ja sen eräpäivä oli { $missed_due }. Maksu jää helposti huomaamatta.
intro-plan_lapsed = Maksusuunnitelmasi laskulle { $invoice } on päättynyt. Erää ei maksettu ajallaan.
intro-dispute_rejected = Kerroit, ettet ole samaa mieltä laskusta { $invoice } ({ $creditor }). Olemme selvittäneet asian huolellisesti. Saatava on mielestämme oikea, joten se on edelleen voimassa.
intro-promise_broken = Lupasit maksaa laskun { $invoice } viimeistään { $promised }. Emme ole vielä saaneet rahoja. Ehkä maksu on tulossa. Siinä tapauksessa kiitos!

answer = Vastauksemme:
col-due = Maksa viimeistään
line-plan-total = Suunnitelma yhteensä
letter-plan-count =
    { $count ->
        [one] Suunnitelmassa on { $count } erä:
       *[other] Suunnitelmassa on { $count } erää:
    }
letter-plan-fee = Summat sisältävät suunnitelman maksun { $plan_fee }. Laki sallii tämän maksun.

next-plan_confirmation = Maksa jokainen erä viimeistään sen päivänä. Käytä alla olevaa viitettä, niin tiedämme, että maksu on sinun. Jos et voi maksaa erää, kerro meille ennen eräpäivää.
next-instalment_missed = Maksa { $amount } viimeistään { $lapses_after }. Silloin suunnitelma jatkuu kuten ennen. Jos emme saa maksua siihen mennessä, suunnitelma päättyy. Silloin tavalliset toimet maksamattomille laskuille alkavat uudelleen.
next-plan_lapsed = Tavalliset toimet maksamattomille laskuille alkavat nyt uudelleen. Siitä voi tulla uusia maksuja. Maksa { $total } viimeistään { $deadline }, niin vältät sen. Kerro meille, jos tarvitset apua.
next-dispute_rejected = Jatkamme nyt saatavan perimistä. Maksa { $total } viimeistään { $deadline }. Onko sinulla uutta tietoa, tai oletko yhä eri mieltä? Kerro meille ennen sitä päivää. Voit myös kirjoittaa: { $creditor }.
next-promise_broken = Maksa { $total } niin pian kuin voit, viimeistään { $deadline }. Kerro meille, jos et pysty maksamaan. Ratkaisu löytyy usein, esimerkiksi maksusuunnitelma. Jos emme kuule sinusta, tavalliset toimet maksamattomille laskuille alkavat uudelleen.

sms-plan_confirmation = { $creditor }: maksusuunnitelmasi laskulle { $invoice } on valmis. Maksa ensimmäinen erä, { $amount }, viimeistään { $first_due }. Katso suunnitelma täältä:
sms-instalment_missed = { $creditor }: suunnitelmasi erää { $number } ({ $amount }) ei ole maksettu. Maksa viimeistään { $lapses_after }, niin suunnitelma jatkuu. Katso lisää:
sms-plan_lapsed = { $creditor }: maksusuunnitelmasi laskulle { $invoice } on päättynyt. Nyt maksettavana on { $total }. Katso lisää:
sms-dispute_rejected = { $creditor }: vastasimme huomautukseesi laskusta { $invoice }. Maksettavana on { $total }. Katso lisää:
sms-promise_broken = { $creditor }: emme ole saaneet lupaamaasi maksua laskusta { $invoice } ({ $total }). Katso lisää:

## Merged letters (case merging: one letter about several invoices of one debtor,
## data/templates/merged-*.j2). Values as above; $total is the total of every invoice.
title-merged-pre_due_notice = Laskujesi eräpäivä on pian
title-merged-reminder = Muistutus: laskuja ei ole vielä maksettu
title-merged-second_reminder = Toinen muistutus: laskuja ei ole vieläkään maksettu
title-merged-collection_warning = Ilmoitus ennen perintää
title-merged-collection_demand = Perintävaatimus
title-merged-payment_demand = Maksukehotus
title-merged-handover = Laskusi on siirretty eteenpäin

intro-merged-pre_due_notice = Muistutamme ystävällisesti, että alla olevien laskujen eräpäivä on pian. Laskuttaja on { $creditor }. Jos olet jo maksanut, kiitos. Sinun ei tarvitse tehdä mitään.
intro-merged-reminder = Emme ole vielä saaneet maksua alla olevista laskuista. Laskuttaja on { $creditor }. Lasku jää helposti huomaamatta. Maksathan alla olevat summat.
intro-merged-second_reminder = Alla olevien laskujen eräpäivä on mennyt, emmekä ole vieläkään saaneet maksua. Laskuttaja on { $creditor }. Maksa nyt tai kerro meille, jos jokin on väärin.
intro-merged-collection_warning = Alla olevien laskujen eräpäivä on mennyt, eikä niitä ole maksettu. Laskuttaja on { $creditor }. Tämä kirje on ilmoitus: jos laskuja ei makseta, ne siirtyvät perintään.
intro-merged-collection_demand = Alla olevien laskujen eräpäivä on mennyt. Laskuttaja on { $creditor }. Olemme lähettäneet muistutuksia, mutta laskuja ei ole maksettu. Tämä on maksuvaatimus.
intro-merged-payment_demand = Alla olevien laskujen eräpäivä on mennyt, eikä niitä ole maksettu. Laskuttaja on { $creditor }. Tämä on maksukehotus.
intro-merged-handover = Alla olevia laskuja ei ole maksettu. Laskuttaja on { $creditor }. Olemme nyt siirtäneet saatavat eteenpäin perintää varten.

merged-claim = Lasku { $invoice }, eräpäivä { $due }
merged-claim-total = Maksettavaa laskusta { $invoice }
merged-total = Maksettavaa yhteensä
merged-pay-each = Maksa jokainen lasku sen omalla viitteellä. Silloin tiedämme, minkä laskun olet maksanut.
email-intro-merged = Tämä koskee useaa laskua, ja laskuttaja on { $creditor }. Liitteenä oleva kirje näyttää jokaisen laskun ja maksettavan summan.
sms-merged = { $creditor }: kirje useasta laskustasi, yhteensä { $total }. Katso se täältä:
