# Velallisportaali. Jokaisen avaimen on oltava kaikilla kielillä (testi tarkistaa sen).
skip-to-content = Siirry sisältöön
nav-label = Päävalikko
nav-claims = Saatavasi
nav-message = Kirjoita meille
nav-contact = Yhteystiedot
nav-sign-out = Kirjaudu ulos
language-label = Kieli
language-change = Vaihda
footer-help = Kysyttävää? Kirjoita meille täällä tai soita kirjeessä olevaan numeroon.
login-title = Kirjaudu sisään
login-intro = Täällä näet, mitä olet velkaa ja miksi, sekä miten maksat, jaat maksun osiin tai siirrät sitä.
login-link-hint = Helpoin tapa on kirjeessä, sähköpostissa tai tekstiviestissä oleva linkki. Eikö sinulla ole linkkiä? Kirjaudu viitenumerolla ja postinumerolla tai syntymäajalla.
login-reference = Maksuviite (OCR tai KID)
login-reference-hint = Numero, joka on kirjeessä summan vieressä.
login-second = Postinumero tai syntymäaika
login-second-hint = Esimerkiksi 114 55 tai 1985-04-23.
login-submit = Kirjaudu
login-not-recognised = Emme löytäneet vastaavuutta. Tarkista viite sekä postinumero tai syntymäaika ja yritä uudelleen.
login-too-many = Liian monta yritystä. Turvallisuutesi vuoksi odota 15 minuuttia ja yritä uudelleen.
link-title = Tervetuloa
link-intro = Paina painiketta nähdäksesi saatavasi. Kirjeen linkki toimii edelleen katseluun.
link-continue = Jatka saataviisi
link-invalid-title = Linkki ei enää toimi
link-invalid-body = Linkki on vanhentunut tai vajaa. Kirjaudu sen sijaan maksuviitteellä ja postinumerolla tai syntymäajalla.
read-only-note = Kirjauduit linkillä, jota on käytetty aiemmin, joten voit katsella mutta et tehdä muutoksia. Kirjaudu ulos ja sisään maksuviitteellä tehdäksesi muutoksia.
claims-title = Saatavasi
claims-greeting = Hei { $name }.
claims-none = Sinulla ei ole saatavia meillä. Kiitos!
claims-total = Maksettavaa yhteensä
claims-invoice = Lasku
claims-due = Eräpäivä
claims-status = Tila
claims-outstanding = Maksamatta
claim-title = Lasku { $invoice }
claim-credit = Sinulle kuuluvat varat
claim-actions = Mitä voit tehdä
back-to-claims = Takaisin saataviisi
back-to-claim = Takaisin saatavaan
action-pay = Maksa nyt
action-plan = Jaa eriin
action-postpone = Siirrä maksua
action-promise = Lupaa maksaa päivämäärään mennessä
action-dispute = Kiistä saatava
breakdown-title = Mistä summa koostuu
breakdown-intro = Jokainen osa näytetään perusteluineen.
breakdown-none = Ei mitään.
section-principal = Lasku
section-fees = Maksut
section-interest = Korko
item-invoice = Lasku { $invoice }
item-credit-note = Hyvityslasku
item-interest = Viivästyskorko
item-payment = Vastaanotettu maksu
item-write-off = Poistettu
item-refund = Palautus
item-reversal = Oikaisu
explain-principal = Alkuperäisen laskun summa.
explain-fee = Lain sallima maksu, koska laskua ei maksettu ajallaan.
explain-interest = Lain sallima korko maksamattomalle summalle eräpäivää seuraavasta päivästä alkaen.
portal-fee-reminder = Muistutusmaksu
portal-fee-collection-warning = Perintävaroituksen maksu
portal-fee-collection-demand = Perintävaatimuksen maksu
portal-fee-payment-demand = Maksukehotuksen maksu
portal-fee-instalment-plan = Maksusuunnitelman maksu
portal-fee-instalment-notice = Erälaskun maksu
portal-fee-late-compensation = Viivästyskorvaus
portal-fee-agency-fee = Perintäpalkkio
state-open = Avoin
state-notified = Lasku lähetetty
state-reminded = Muistutus lähetetty
state-warned = Perintävaroitus lähetetty
state-demanded = Perintävaatimus lähetetty
state-promise-to-pay = Maksulupaus
state-payment-plan = Maksusuunnitelma
state-postponed = Siirretty
state-disputed = Kiistetty
state-handed-over = Siirretty eteenpäin
state-paid = Maksettu
state-written-off = Poistettu
state-credited = Hyvitetty
pay-title = Näin maksat
pay-heading = Maksa lasku { $invoice }
pay-intro = Maksa pankkisi sovelluksessa tai verkkopankissa näillä tiedoilla. Käytä viitettä täsmälleen, jotta maksu kohdistuu laskuun.
pay-payee = Saaja
portal-pay-bankgiro = Bankgiro
portal-pay-plusgiro = Plusgiro
portal-pay-account = Tilinumero
portal-pay-iban = IBAN
pay-bic = BIC
portal-pay-ocr = OCR-viite
portal-pay-kid = KID-viite
portal-pay-amount = Summa
pay-copy = Kopioi
pay-copied = Kopioitu
pay-qr-note = Tai skannaa koodi pankkisi sovelluksella: se täyttää saajan, viitteen ja summan.
pay-after = Maksut näkyvät täällä yleensä yhden tai kahden pankkipäivän kuluttua.
plan-title = Jaa eriin
plan-intro =
    { $max ->
        [one] Voit jakaa velan enintään { $max } kuukaudelle, vähintään { $min } kuukaudessa.
       *[other] Voit jakaa velan enintään { $max } kuukaudelle, vähintään { $min } kuukaudessa.
    }
plan-months = Kuukausien määrä
plan-preview = Näytä maksusuunnitelma
plan-schedule = Maksusuunnitelmasi
plan-col-no = Erä
plan-col-due = Eräpäivä
plan-col-amount = Summa
plan-fee = Lain sallima suunnitelmamaksu: { $fee }
plan-total = Yhteensä suunnitelman aikana: { $total }
plan-count =
    { $count ->
        [one] { $count } erä
       *[other] { $count } erää
    }
plan-accept = Hyväksy suunnitelma
plan-accepted = Maksusuunnitelmasi on sovittu. Emme lähetä muistutuksia, kun maksat suunnitelman mukaan.
postpone-title = Siirrä maksua
postpone-intro =
    { $days ->
        [one] Voit siirtää maksua enintään { $days } päivällä, viimeistään { $latest }.
       *[other] Voit siirtää maksua enintään { $days } päivällä, viimeistään { $latest }.
    }
postpone-date = Uusi maksupäivä
postpone-submit = Siirrä
postpone-done = Maksua on siirretty. Emme lähetä muistutuksia ennen uutta päivää.
promise-title = Lupaa maksaa
promise-intro =
    { $days ->
        [one] Kerro, minä päivänä maksat, { $days } päivän sisällä (viimeistään { $latest }), niin odotamme muistutusten kanssa siihen asti.
       *[other] Kerro, minä päivänä maksat, { $days } päivän sisällä (viimeistään { $latest }), niin odotamme muistutusten kanssa siihen asti.
    }
promise-date = Maksan viimeistään
promise-submit = Lupaa maksaa
promise-done = Kiitos. Olemme kirjanneet lupauksesi ja odotamme muistutusten kanssa siihen päivään asti.
date-hint = Muoto: VVVV-KK-PP, esimerkiksi { $example }.
dispute-title = Kiistä saatava
dispute-intro = Jos saatava on mielestäsi virheellinen, kerro miksi. Keskeytämme perinnän heti, kun velkoja selvittää asiaa.
dispute-reason = Miksi kiistät saatavan?
dispute-reason-paid = Olen jo maksanut
dispute-reason-amount = Summa on väärä
dispute-reason-not-mine = Tämä ei ole minun velkani
dispute-reason-goods = En saanut sitä, mistä maksoin
dispute-reason-other = Muu syy
dispute-details = Kerro lisää
dispute-file = Liitä asiakirja (vapaaehtoinen)
dispute-file-hint = Kuitti tai kirje PDF-, JPEG- tai PNG-muodossa, enintään 5 Mt.
dispute-submit = Lähetä kiistäminen
dispute-done = Kiistämisesi on kirjattu. Perintä on keskeytetty ja velkojalle on ilmoitettu.
dispute-file-too-large = Tiedosto on yli 5 Mt. Liitä pienempi tiedosto.
dispute-file-type = Vain PDF-, JPEG- ja PNG-tiedostoja voi liittää.
dispute-need-details = Kerro lyhyesti, miksi kiistät saatavan.
refusal-wrong-state = Tämä ei ole juuri nyt mahdollista tälle saatavalle.
refusal-nothing-owed = Tällä saatavalla ei ole maksamatonta.
refusal-date-in-past = Päivä on jo mennyt. Valitse päivä tänään tai myöhemmin.
refusal-above-maximum = Päivä on myöhäisempi kuin velkoja sallii. Valitse { $latest } tai aiempi.
refusal-too-many-months = Velkoja sallii enintään { $max } kuukautta.
refusal-below-minimum = Erät jäisivät liian pieniksi. Valitse enintään { $max } kuukautta.
refusal-other = Tämä ei onnistunut. Kirjoita meille, niin autamme.
message-title = Kirjoita meille
message-label = Viestisi
message-submit = Lähetä
message-sent = Viestisi on lähetetty. Vastaamme kahden arkipäivän kuluessa.
message-length = Kirjoita enintään 4 000 merkin viesti.
message-history = Lähettämäsi viestit
contact-title = Yhteystiedot
contact-channels = Miten saamme tavoittaa sinut?
contact-language = Kirjeiden ja tämän sivuston kieli
contact-submit = Tallenna
contact-saved = Valintasi on tallennettu.
contact-need-one = Valitse vähintään yksi tapa tavoittaa sinut.
channel-email = Sähköposti
channel-sms = Tekstiviesti
channel-letter = Kirje postitse
channel-ebox = Digitaalinen postilaatikko
survey-title = Yksi nopea kysymys
survey-question = Kuinka helppoa asian hoitaminen kanssamme oli?
survey-scale = 1 tarkoittaa erittäin vaikeaa, 5 erittäin helppoa.
survey-recommend = Kuinka todennäköisesti suosittelisit meitä ystävälle tai kollegalle?
survey-recommend-scale = 0 tarkoittaa ei lainkaan todennäköisesti, 10 erittäin todennäköisesti. Voit jättää kysymyksen väliin.
survey-submit = Lähetä vastaus
survey-thanks = Kiitos vastauksestasi.
error-back = Etusivulle
error-not-found-title = Sivua ei löydy
error-not-found-body = Emme löytäneet sivua. Se on ehkä siirretty tai osoite on vajaa.
error-expired-form-title = Yritä uudelleen
error-expired-form-body = Lomake oli vanhentunut. Palaa takaisin, lataa sivu uudelleen ja lähetä se uudestaan.
error-sign-in-title = Kirjaudu sisään
error-sign-in-body = Sinun on kirjauduttava nähdäksesi tämän sivun. Istunto päättyy 30 minuutin kuluttua.
error-read-only-title = Muutokset vaativat uuden kirjautumisen
error-read-only-body = Kirjauduit linkillä, jota on käytetty aiemmin. Kirjaudu maksuviitteellä ja postinumerolla tai syntymäajalla tehdäksesi muutoksia.
error-internal-title = Jotain meni vikaan
error-internal-body = Vika on meidän, ei sinun. Yritä hetken kuluttua uudelleen.

# The letters about a claim, on its page; a merged letter names the other invoices it is about.
claim-letters = Kirjeet tästä laskusta
claim-letter-merged = Sama kirje koskee myös: { $invoices }

assistant-title = Kysy kysymys
assistant-intro = Kirjoita omin sanoin, mitä tarvitset, millä kielellä tahansa. Avustaja näyttää, missä sen voi tehdä täällä; se ei itse muuta mitään, ja ihminen vastaa siihen, mihin se ei pysty.
assistant-label = Kysymyksesi
assistant-ask = Kysy
assistant-understood = Täällä voit tehdä sen:
assistant-unsure = En ole varma, ymmärsinkö. Voit lähettää kysymyksesi ihmiselle, joka vastaa sinulle täällä.
assistant-handover = Lähetä kysymykseni ihmiselle
