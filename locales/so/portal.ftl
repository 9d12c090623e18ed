# Bogga deynta. Fure kasta oo halkan ku jira waa inuu ku jiraa luqad kasta (tijaabo ayaa hubisa).
skip-to-content = U gudub waxa ku jira
nav-label = Liiska ugu weyn
nav-claims = Deymahaaga
nav-message = Noo qor
nav-contact = Doorashada xiriirka
nav-sign-out = Ka bax
language-label = Luqadda
language-change = Beddel
footer-help = Su'aalo ma qabtaa? Halkan nooga soo qor, ama wac lambarka ku qoran warqaddaada.
login-title = Gal
login-intro = Halkan waxaad ku arkaysaa waxa lagugu leeyahay iyo sababta, iyo sida aad u bixin karto, u qaybin karto ama dib ugu dhigi karto lacag bixinta.
login-link-hint = Sida ugu fudud waa xiriirka ku jira warqaddaada, iimaylkaaga ama fariintaada. Xiriir ma haysid? Ku gal tixraaca lacag bixinta iyo koodhka boostada ama taariikhda dhalashada.
login-reference = Tixraaca lacag bixinta (OCR ama KID)
login-reference-hint = Lambarka warqadda ku daabacan ee ku ag yaal lacagta.
login-second = Koodhka boostada ama taariikhda dhalashada
login-second-hint = Tusaale ahaan 114 55 ama 1985-04-23.
login-submit = Gal
login-not-recognised = Waxba lama helin. Hubi tixraaca iyo koodhka boostada ama taariikhda dhalashada, kadibna isku day mar kale.
login-too-many = Isku day badan. Amniggaaga awgiis, sug 15 daqiiqo kadibna isku day mar kale.
link-title = Soo dhawoow
link-intro = Riix badhanka si aad u aragto deymahaaga. Xiriirka warqaddaada wuu sii shaqaynayaa si aad wax u eegto.
link-continue = U gudub deymahaaga
link-invalid-title = Xiriirkani mar dambe ma shaqeeyo
link-invalid-body = Xiriirka waqtigiisii wuu dhacay ama ma dhammaystirna. Taa beddelkeeda ku gal tixraaca lacag bixinta iyo koodhka boostada ama taariikhda dhalashada.
read-only-note = Waxaad ku gashay xiriir hore loo isticmaalay, sidaa darteed waad eegi kartaa laakiin wax ma beddeli kartid. Si aad wax u beddesho, ka bax oo ku gal tixraaca lacag bixinta.
claims-title = Deymahaaga
claims-greeting = Salaan { $name }.
claims-none = Deyn kuma lihid annaga. Mahadsanid!
claims-total = Wadarta la bixinayo
claims-invoice = Qaansheeg
claims-due = Taariikhda la bixinayo
claims-status = Xaaladda
claims-outstanding = Inta harsan
claim-title = Qaansheeg { $invoice }
claim-credit = Lacag aan kuu hayno
claim-actions = Waxa aad samayn karto
back-to-claims = Ku noqo deymahaaga
back-to-claim = Ku noqo deynta
action-pay = Hadda bixi
action-plan = U qaybi qaybo
action-postpone = Dib u dhig
action-promise = Ballan qaad inaad bixin doonto taariikh gaar ah
action-dispute = Ka doodo deynta
breakdown-title = Waxa lacagtu ka kooban tahay
breakdown-intro = Qayb kasta waxaa lagu muujiyaa sababteeda.
breakdown-none = Halkan waxba ma jiraan.
section-principal = Qaansheegga
section-fees = Khidmadaha
section-interest = Dulsaarka
item-invoice = Qaansheeg { $invoice }
item-credit-note = Warqadda deyn-celinta
item-interest = Dulsaarka daahitaanka
item-payment = Lacag la helay
item-write-off = La tirtiray
item-refund = Lacag celin
item-reversal = Sixid
explain-principal = Lacagta qaansheegga asalka ah.
explain-fee = Khidmad uu sharcigu oggol yahay sababtoo ah qaansheegga waqtigiisii lama bixin.
explain-interest = Dulsaar uu sharcigu oggol yahay oo saaran lacagta aan la bixin laga bilaabo maalinta ka dambaysa taariikhda la bixinayay.
portal-fee-reminder = Khidmadda xasuusinta
portal-fee-collection-warning = Khidmadda digniinta ururinta
portal-fee-collection-demand = Khidmadda dalabka ururinta
portal-fee-payment-demand = Khidmadda dalabka lacag bixinta
portal-fee-instalment-plan = Khidmadda qorshaha qaybaha
portal-fee-instalment-notice = Khidmadda ogeysiiska qaybta
portal-fee-late-compensation = Magdhowga daahitaanka
portal-fee-agency-fee = Khidmadda ururinta
state-open = Furan
state-notified = Qaansheeg la diray
state-reminded = Xasuusin la diray
state-warned = Digniin la diray
state-demanded = Dalab ururin la diray
state-promise-to-pay = Ballan lacag bixin
state-payment-plan = Qorshe qaybo
state-postponed = Dib loo dhigay
state-disputed = Lagu murmay
state-handed-over = La wareejiyay
state-paid = La bixiyay
state-written-off = La tirtiray
state-credited = La celiyay
pay-title = Sida loo bixiyo
pay-heading = Bixi qaansheegga { $invoice }
pay-intro = Ku bixi app-ka bangigaaga ama bangiga internetka adigoo isticmaalaya xogtan. Isticmaal tixraaca sida uu yahay si lacagtu u gaarto qaansheegga saxda ah.
pay-payee = Qaataha
portal-pay-bankgiro = Bankgiro
portal-pay-plusgiro = Plusgiro
portal-pay-account = Lambarka akoonka
portal-pay-iban = IBAN
pay-bic = BIC
portal-pay-ocr = Tixraaca OCR
portal-pay-kid = Tixraaca KID
portal-pay-amount = Lacagta
pay-copy = Koobiyee
pay-copied = Waa la koobiyeeyay
pay-qr-note = Ama koodhkan ku sawir app-ka bangigaaga: wuxuu buuxinayaa qaataha, tixraaca iyo lacagta.
pay-after = Lacag bixinta badanaa halkan waxay ka muuqataa hal ilaa laba maalmood oo bangi kadib.
plan-title = U qaybi qaybo
plan-intro =
    { $max ->
        [one] Deynta waxaad u qaybin kartaa ilaa { $max } bil, ugu yaraan { $min } bishiiba.
       *[other] Deynta waxaad u qaybin kartaa ilaa { $max } bilood, ugu yaraan { $min } bishiiba.
    }
plan-months = Tirada bilaha
plan-preview = Tus jadwalka
plan-schedule = Jadwalkaaga
plan-col-no = Qaybta
plan-col-due = Taariikhda
plan-col-amount = Lacagta
plan-fee = Khidmadda qorshaha ee sharcigu oggol yahay: { $fee }
plan-total = Wadarta qorshaha: { $total }
plan-count =
    { $count ->
        [one] { $count } qayb
       *[other] { $count } qaybood
    }
plan-accept = Aqbal qorshahan
plan-accepted = Qorshahaaga waa la isku raacay. Xasuusin ma dirayno inta aad jadwalka raacayso.
postpone-title = Dib u dhig lacag bixinta
postpone-intro =
    { $days ->
        [one] Lacag bixinta waxaad dib ugu dhigi kartaa ilaa { $days } maalin, ugu dambayn { $latest }.
       *[other] Lacag bixinta waxaad dib ugu dhigi kartaa ilaa { $days } maalmood, ugu dambayn { $latest }.
    }
postpone-date = Taariikhda cusub ee lacag bixinta
postpone-submit = Dib u dhig
postpone-done = Lacag bixinta dib ayaa loo dhigay. Xasuusin ma dirayno taariikhda cusub ka hor.
promise-title = Ballan qaad lacag bixin
promise-intro =
    { $days ->
        [one] Noo sheeg taariikhda aad bixinayso, { $days } maalin gudahood (ugu dambayn { $latest }), waxaanan joojinaynaa xasuusinta ilaa markaas.
       *[other] Noo sheeg taariikhda aad bixinayso, { $days } maalmood gudahood (ugu dambayn { $latest }), waxaanan joojinaynaa xasuusinta ilaa markaas.
    }
promise-date = Waxaan bixinayaa ugu dambayn
promise-submit = Ballan qaad
promise-done = Mahadsanid. Ballantaada waan qornay, xasuusinna waan joojinay ilaa taariikhdaas.
date-hint = Qaabka: SSSS-BB-MM, tusaale ahaan { $example }.
dispute-title = Ka doodo deynta
dispute-intro = Haddii aad u malaynayso in deyntu khaldan tahay, noo sheeg sababta. Ururinta isla markiiba waan joojinaynaa inta deyn-bixiyuhu eegayo.
dispute-reason = Maxaad uga doodaysaa deynta?
dispute-reason-paid = Horay ayaan u bixiyay
dispute-reason-amount = Lacagtu waa khalad
dispute-reason-not-mine = Tani ma aha deyntayda
dispute-reason-goods = Ma helin wixii aan lacagta ku bixiyay
dispute-reason-other = Sabab kale
dispute-details = Wax badan noo sheeg
dispute-file = Ku lifaaq dukumeenti (ikhtiyaari)
dispute-file-hint = Rasiid ama warqad PDF, JPEG ama PNG ah, ugu badnaan 5 MB.
dispute-submit = Dir dooddaada
dispute-done = Dooddaada waa la diiwaangeliyay. Ururinta waa la joojiyay, deyn-bixiyahana waa la ogeysiiyay.
dispute-file-too-large = Faylku wuu ka weyn yahay 5 MB. Ku lifaaq fayl ka yar.
dispute-file-type = Kaliya faylasha PDF, JPEG iyo PNG ayaa la lifaaqi karaa.
dispute-need-details = Si kooban noogu sheeg sababta aad uga doodayso deynta.
refusal-wrong-state = Hadda suurtagal ma aha deyntan.
refusal-nothing-owed = Deyntan waxba laguma leh.
refusal-date-in-past = Taariikhdaas way dhaaftay. Dooro taariikh maanta ama ka dambe.
refusal-above-maximum = Taariikhdu waxay ka dambaysaa inta deyn-bixiyuhu oggol yahay. Dooro { $latest } ama ka hor.
refusal-too-many-months = Deyn-bixiyuhu wuxuu oggol yahay ugu badnaan { $max } bilood.
refusal-below-minimum = Qaybuhu aad bay u yaraan lahaayeen. Dooro ugu badnaan { $max } bilood.
refusal-other = Tani ma suurtoobin. Noo soo qor, waanu ku caawinaynaa.
message-title = Noo qor
message-label = Fariintaada
message-submit = Dir
message-sent = Fariintaada waa la diray. Waxaan ku jawaabnaa laba maalmood oo shaqo gudahood.
message-length = Qor fariin aan ka badnayn 4000 xaraf.
message-history = Fariimaha aad dirtay
contact-title = Doorashada xiriirka
contact-channels = Sidee kula soo xiriiri karnaa?
contact-language = Luqadda warqadaha iyo boggan
contact-submit = Kaydi
contact-saved = Doorashadaada waa la kaydiyay.
contact-need-one = Dooro ugu yaraan hal hab oo laguula xiriiro.
channel-email = Iimayl
channel-sms = Fariin qoraal ah
channel-letter = Warqad boosta
channel-ebox = Sanduuqa boostada dhijitaalka ah
survey-title = Hal su'aal oo degdeg ah
survey-question = Intee in le'eg ayay fududayd in arrintan nala xalliso?
survey-scale = 1 waxay ka dhigan tahay aad u adag, 5 waxay ka dhigan tahay aad u fudud.
survey-recommend = Intee in le'eg ayay suurtagal tahay inaad nagu talisid saaxiib ama qof aad wada shaqaysaan?
survey-recommend-scale = 0 waxay ka dhigan tahay suurtagal ma aha gabi ahaanba, 10 waxay ka dhigan tahay aad u suurtagal ah. Su'aashan waad ka boodi kartaa.
survey-submit = Dir jawaabta
survey-thanks = Waad ku mahadsan tahay jawaabtaada.
error-back = Tag bogga hore
error-not-found-title = Bogga lama helin
error-not-found-body = Boggaas ma aanan helin. Waxaa laga yaabaa in la raray ama cinwaanku uusan dhammaystirnayn.
error-expired-form-title = Fadlan isku day mar kale
error-expired-form-body = Foomku waqtigiisii wuu dhacay. Dib u noqo, dib u soo rar bogga oo mar kale dir.
error-sign-in-title = Fadlan gal
error-sign-in-body = Waa inaad gashaa si aad boggan u aragto. Fadhigu wuxuu dhammaadaa 30 daqiiqo kadib.
error-read-only-title = Isbeddelladu waxay u baahan yihiin gal cusub
error-read-only-body = Waxaad ku gashay xiriir hore loo isticmaalay. Si aad wax u beddesho, ku gal tixraaca lacag bixinta iyo koodhka boostada ama taariikhda dhalashada.
error-internal-title = Waan ka xunnahay, wax baa khaldamay
error-internal-body = Khaladku waa kayaga, ma aha kaaga. Fadlan isku day mar kale daqiiqad kadib.

# The letters about a claim, on its page; a merged letter names the other invoices it is about.
claim-letters = Warqadaha ku saabsan qaansheeggan
claim-letter-merged = Isla warqaddaas waxay sidoo kale ku saabsan tahay: { $invoices }

assistant-title = Su'aal weydii
assistant-intro = Ku qor ereyadaada waxaad u baahan tahay, luuqad kasta. Kaaliyuhu wuxuu ku tusayaa halka aad halkan ka samayn karto; isagu waxba ma beddelo, waxa uusan awoodinna qof ayaa kaaga jawaabaya.
assistant-label = Su'aashaada
assistant-ask = Weydii
assistant-understood = Halkan ayaad ka samayn kartaa:
assistant-unsure = Ma hubo inaan fahmay. Su'aashaada waxaad u diri kartaa qof halkan kaaga jawaabi doona.
assistant-handover = U dir su'aashayda qof
