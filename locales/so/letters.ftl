# Warqadaha, iimaylada iyo fariimaha SMS (qaababka caadiga ah ee Purr, data/templates). Jumlado
# gaagaaban iyo erayo fudud.

## Cinwaanada
title-pre_due_notice = Qaansheeggaaga waqtigiisa bixintu wuu dhow yahay
title-reminder = Xusuusin: qaansheeggaaga weli lama bixin
title-second_reminder = Xusuusinta labaad: qaansheeggaaga weli lama bixin
title-collection_warning = Ogeysiis ka hor soo ururinta deynta
title-collection_demand = Dalab soo ururin deyn
title-payment_demand = Dalab lacag bixin
title-handover = Kiiskaaga waa la wareejiyay

greeting = Salaan { $debtor },

## Baaragaraafka koowaad ee warqad kasta
intro-pre_due_notice = Waxaan kuu xusuusinaynaa in qaansheegga { $invoice } la bixinayo { $due }. Haddii aad horay u bixisay, mahadsanid. Waxba uma baahnid inaad samayso.
intro-reminder = Weli ma helin lacagta qaansheegga { $invoice }, oo waqtigiisu ahaa { $due }. Way fududahay in qaansheeg la illoobo. Fadlan bixi lacagta hoose.
intro-second_reminder = Qaansheegga { $invoice } waqtigiisu wuxuu ahaa { $due }, weli lacagtaada ma helin. Fadlan hadda bixi, ama noo sheeg haddii wax khaldan yihiin.
intro-collection_warning = Qaansheegga { $invoice } ee { $creditor } waqtigiisu wuxuu ahaa { $due }, weli lama bixin. Warqaddan waxay ku ogeysiinaysaa in deynta loo gudbin doono soo ururin haddii aan la bixin.
intro-collection_demand = Qaansheegga { $invoice } ee { $creditor } waqtigiisu wuxuu ahaa { $due }. Waxaan kuu dirnay xusuusino, laakiin weli lama bixin. Kani waa dalab lacag bixin.
intro-payment_demand = Qaansheegga { $invoice } ee { $creditor } waqtigiisu wuxuu ahaa { $due }, weli lama bixin. Kani waa dalab lacag bixin.
intro-handover = Qaansheegga { $invoice } ee { $creditor } weli lama bixin. Hadda deynta waxaan u wareejinay soo ururin dheeraad ah.

col-item = Maxay
col-amount = Lacagta
col-deadline = Bixi ugu dambayn
line-principal = Qaansheeg { $invoice }
line-interest = Dulsaarka daahitaanka
line-paid = Horay loo bixiyay
line-total = La bixinayo

reason-principal = Lacagta qaansheegga { $invoice }, oo la diray { $issued }, lana bixinayay { $due }.
reason-interest-se = Dulsaar sida sharciga dulsaarka ee Iswiidhan, { $rate } sannadkii, { $interest_from } ilaa { $interest_through }.
reason-interest-no = Dulsaar sida sharciga dulsaarka daahitaanka ee Norway, { $rate } sannadkii, { $interest_from } ilaa { $interest_through }.

## Khidmadaha: magaca, iyo waxa oggolaada
fee-reminder = Khidmadda xusuusinta
fee-collection-warning = Khidmadda ogeysiiska
fee-collection-demand = Khidmadda soo ururinta
fee-payment-demand = Khidmadda dalabka lacag bixinta
fee-instalment-plan = Khidmadda qorshaha lacag bixinta
fee-instalment-notice = Khidmadda ogeysiiska qaybta
fee-late-compensation = Magdhowga daahitaanka
fee-agency-fee = Kharashka soo ururinta
reason-fee-se = Lacagta uu oggol yahay sharciga Iswiidhan ee kharashyada soo ururinta.
reason-fee-no = Lacagta ay oggol yihiin xeerarka soo ururinta ee Norway.
reason-fee-reminder-se = Khidmadda xusuusinta ee aad ku heshiiseen, sida uu oggol yahay sharciga Iswiidhan.
reason-fee-collection-demand-se = Khidmadda uu sharciga Iswiidhan ee kharashyada soo ururintu u oggol yahay dalabkan.
reason-fee-late-compensation-se = Lacagta go'an ee uu sharciga dulsaarka Iswiidhan u oggol yahay shirkadaha dhexdooda.
reason-fee-reminder-no = Khidmadda xusuusinta ee ay oggol yihiin xeerarka soo ururinta ee Norway.
reason-fee-collection-warning-no = Khidmadda ay xeerarka soo ururinta ee Norway u oggol yihiin ogeysiiskan.
reason-fee-payment-demand-no = Khidmadda ay xeerarka soo ururinta ee Norway u oggol yihiin dalabkan.

## Waqtiyada
deadline-pre_due_notice = Fadlan bixi ugu dambayn { $deadline }.
deadline-reminder = Fadlan bixi ugu dambayn { $deadline }.
deadline-second_reminder = Fadlan bixi ugu dambayn { $deadline }.
deadline-collection_warning = Fadlan bixi ugu dambayn { $deadline }. Taasi waxay ku siinaysaa ugu yaraan 14 maalmood.
deadline-collection_demand = Fadlan bixi, ama noo sheeg inaadan ku raacsanayn, ugu dambayn { $deadline }.
deadline-payment_demand = Fadlan bixi, ama noo sheeg inaadan ku raacsanayn, ugu dambayn { $deadline }.
deadline-handover = Fadlan bixi ugu dambayn { $deadline }.

how-to-pay = Sida loo bixiyo:
pay-bankgiro = Bankgiro
pay-plusgiro = Plusgiro
pay-account = Akoonka
pay-iban = IBAN
pay-ocr = Tixraaca OCR
pay-kid = KID
pay-amount = Lacagta

portal = Bogga { $url } waxaad ka arki kartaa faahfaahinta, waad ka bixin kartaa, waqti dheeraad ah ka codsan kartaa ama lacagta u qaybin kartaa. Koodhkaagu waa { $code }. Boggu waa furan yahay habeen iyo maalin.

## Waxa uu sharcigu ka rabo warqad kasta
legal-dispute = Haddii aad u malaynayso in deyntu khaldan tahay, noo sheeg. Isticmaal bogga kore, ama u qor { $creditor }. Waan joojinaynaa soo ururinta inta aan eegayno.
legal-dispute-collection-demand-se = Haddii aad u malaynayso in deyntu khaldan tahay, noo sheeg ugu dambayn { $deadline } oo sheeg sababta. Isticmaal bogga kore, ama u qor { $creditor }. Waan joojinaynaa soo ururinta inta aan eegayno.
legal-dispute-collection-warning-no = Haddii aad u malaynayso in deyntu khaldan tahay, noo sheeg ugu dambayn { $deadline } oo sheeg sababta. Isticmaal bogga kore, ama u qor { $creditor }. Waan joojinaynaa soo ururinta inta aan eegayno.
legal-dispute-payment-demand-no = Haddii aad u malaynayso in deyntu khaldan tahay, noo sheeg ugu dambayn { $deadline } oo sheeg sababta. Isticmaal bogga kore, ama u qor { $creditor }. Waan joojinaynaa soo ururinta inta aan eegayno.
legal-consequence = Haddii deynta la bixin waayo, waxaan qaadi karnaa tallaabooyin kale si aan u soo ururino.
legal-consequence-collection-demand-se = Haddii aadan bixin ama aadan noo sheegin ugu dambayn { $deadline }, waxaan ka codsan karnaa hay'adda fulinta ee Iswiidhan (Kronofogden) amar lacag bixin. Taasi waxay keeni kartaa kharash dheeraad ah iyo diiwaan lacag bixin xun.
legal-consequence-collection-warning-no = Haddii aadan bixin ugu dambayn { $deadline }, deynta waxaa loo gudbin karaa soo ururin. Taasi waxay keenaysaa kharash dheeraad ah oo adiga bixinaysid.
legal-consequence-payment-demand-no = Haddii aadan bixin ama aadan diidin ugu dambayn { $deadline }, waxaan deynta u gudbin karnaa guddiga heshiisiinta ee Norway (Forliksrådet) ama shirkad soo ururin. Taasi waxay keenaysaa kharash dheeraad ah oo adiga bixinaysid.
legal-complaint = Haddii aadan ku qanacsanayn sida aan kiiskaaga u maamulno, waad noo soo gudbin kartaa cabasho. Waxaad sidoo kale la xiriiri kartaa hay'adda kormeerka maaliyadda ee Norway (Finanstilsynet).

closing = Salaan diirran,

## Iimayl
email-intro-pre_due_notice = Qaansheegga { $invoice } waxaa la bixinayaa { $due }. Haddii aad horay u bixisay, mahadsanid.
email-intro-reminder = Weli ma helin lacagta qaansheegga { $invoice }, oo waqtigiisu ahaa { $due }.
email-intro-second_reminder = Qaansheegga { $invoice } waqtigiisu wuxuu ahaa { $due }, weli lama bixin.
email-intro-collection_warning = Qaansheegga { $invoice } weli lama bixin. Warqadda ku lifaaqan waa ogeysiis ka hor soo ururinta deynta.
email-intro-collection_demand = Qaansheegga { $invoice } weli lama bixin. Warqadda ku lifaaqan waa dalab lacag bixin.
email-intro-payment_demand = Qaansheegga { $invoice } weli lama bixin. Warqadda ku lifaaqan waa dalab lacag bixin.
email-intro-handover = Qaansheegga { $invoice } weli lama bixin, waxaana loo wareejiyay soo ururin dheeraad ah.
email-portal = Bogga { $url } waxaad ka arki kartaa faahfaahinta, waad ka bixin kartaa ama waqti dheeraad ah ka codsan kartaa. Koodhkaagu waa { $code }.
email-attachment = Warqadda oo dhan waxay ku lifaaqan tahay PDF ahaan.

## SMS: gaaban
sms-pre_due_notice = { $creditor }: qaansheegga { $invoice } ({ $total }) waxaa la bixinayaa { $due }. Bixi ama eeg halkan:
sms-reminder = { $creditor }: qaansheegga { $invoice } ({ $total }) weli lama bixin. Bixi ama hel caawimaad halkan:
sms-second_reminder = { $creditor }: qaansheegga { $invoice } ({ $total }) weli lama bixin. Bixi ama hel caawimaad halkan:
sms-collection_warning = { $creditor }: waxaan kuu dirnay ogeysiis ka hor soo ururinta oo ah { $total }. Eeg halkan:
sms-collection_demand = { $creditor }: waxaan kuu dirnay dalab ah { $total }. Eeg halkan:
sms-payment_demand = { $creditor }: waxaan kuu dirnay dalab ah { $total }. Eeg halkan:
sms-handover = { $creditor }: qaansheegga { $invoice } ({ $total }) waa la wareejiyay. Eeg halkan:

## Qoraalka ku ag yaal koodhka lacag bixinta
qr-caption-swish = Ku bixi Swish. Koodhka ku akhri barnaamijka Swish. Lacagta iyo tixraaca waa la buuxiyay.
qr-caption-epc = Ku bixi wareejin bangi. Koodhka ku akhri barnaamijka bangigaaga. Lacagta iyo tixraaca waa la buuxiyay.

## Ogeysiisyada kiiska (data/templates/notice-*.j2)
title-plan_confirmation = Qorshahaaga lacag bixintu waa diyaar
title-instalment_missed = Qayb ka mid ah qorshahaaga lacag bixinta lama bixin
title-plan_lapsed = Qorshahaaga lacag bixintu wuu dhammaaday
title-dispute_rejected = Jawaabtayada ku saabsan diidmadaada
title-promise_broken = Ma helin lacagtii aad ballan qaadday

intro-plan_confirmation = Mahadsanid! Hadda waxaad haysataa qorshe lacag bixin oo loogu talagalay qaansheegga { $invoice }. Inta aad u bixinayso sidii lagu heshiiyay, tallaabo kale ma qaadayno. Khidmado cusubna laguma darayo.
intro-instalment_missed = Ma helin qaybta { $number } ee qorshahaaga lacag bixinta ee qaansheegga { $invoice }. Waxay ahayd { $amount }, waxaana la bixinayay { $missed_due }. Way fududahay in lacag bixin la illoobo.
intro-plan_lapsed = Qorshahaaga lacag bixinta ee qaansheegga { $invoice } wuu dhammaaday. Qayb waqtigeedii laguma bixin.
intro-dispute_rejected = Waxaad noo sheegtay inaadan ku raacsanayn qaansheegga { $invoice } ee { $creditor }. Si taxaddar leh ayaan u eegnay. Waxaan u aragnaa in deyntu sax tahay, sidaa darteed way sii jirtaa.
intro-promise_broken = Waxaad ballan qaadday inaad bixin doonto qaansheegga { $invoice } ugu dambayn { $promised }. Weli ma helin lacagta. Malaha way soo socotaa. Haddii ay sidaas tahay, mahadsanid!

answer = Jawaabtayada:
col-due = Bixi ugu dambayn
line-plan-total = Wadarta qorshaha
letter-plan-count =
    { $count ->
        [one] Qorshuhu wuxuu leeyahay { $count } qayb:
       *[other] Qorshuhu wuxuu leeyahay { $count } qaybood:
    }
letter-plan-fee = Lacagaha waxaa ku jira khidmad { $plan_fee } ah oo qorshaha ah. Sharcigu wuu oggol yahay khidmaddan.

next-plan_confirmation = Qayb kasta bixi ugu dambayn taariikhdeeda. Isticmaal tixraaca hoose, si aan u ogaanno inay lacagtu adiga tahay. Haddii aadan bixin karin qayb, noo sheeg ka hor waqtigeeda.
next-instalment_missed = Fadlan bixi { $amount } ugu dambayn { $lapses_after }. Markaas qorshuhu wuu sii socdaa sidii hore. Haddii aynaan helin markaas, qorshuhu wuu dhammaanayaa. Markaas tallaabooyinka caadiga ah ee qaansheegyada aan la bixin ayaa dib u bilaabmaya.
next-plan_lapsed = Tallaabooyinka caadiga ah ee qaansheegyada aan la bixin hadda dib ayay u bilaabmayaan. Taasi waxay keeni kartaa khidmado cusub. Bixi { $total } ugu dambayn { $deadline } si aad taas uga fogaato. Noo sheeg haddii aad caawimaad u baahan tahay.
next-dispute_rejected = Hadda waan sii wadaynaa soo ururinta deynta. Fadlan bixi { $total } ugu dambayn { $deadline }. Ma haysaa xog cusub, mise weli ku raacsan maysid? Noo sheeg ka hor maalintaas. Waxaad sidoo kale u qori kartaa { $creditor }.
next-promise_broken = Fadlan bixi { $total } sida ugu dhakhsaha badan, ugu dambayn { $deadline }. Noo sheeg haddii aadan bixin karin. Inta badan xal ayaa jira, tusaale ahaan qorshe lacag bixin. Haddii aynaan kaa maqlin, tallaabooyinka caadiga ah ee qaansheegyada aan la bixin ayaa dib u bilaabmaya.

sms-plan_confirmation = { $creditor }: qorshahaaga lacag bixinta ee qaansheegga { $invoice } waa diyaar. Qaybta koowaad { $amount } ugu dambayn { $first_due }. Eeg qorshaha:
sms-instalment_missed = { $creditor }: qaybta { $number } ee qorshahaaga ({ $amount }) lama bixin. Bixi ugu dambayn { $lapses_after } si qorshuhu u sii jiro. Eeg:
sms-plan_lapsed = { $creditor }: qorshahaaga lacag bixinta ee qaansheegga { $invoice } wuu dhammaaday. Hadda waa in la bixiyo { $total }. Eeg:
sms-dispute_rejected = { $creditor }: waxaan ka jawaabnay diidmadaada qaansheegga { $invoice }. Waa in la bixiyo { $total }. Eeg:
sms-promise_broken = { $creditor }: ma helin lacagtii aad ballan qaadday ee qaansheegga { $invoice } ({ $total }). Eeg:

## Merged letters (case merging: one letter about several invoices of one debtor,
## data/templates/merged-*.j2). Values as above; $total is the total of every invoice.
title-merged-pre_due_notice = Qaansheegyadaada waqtigooda bixintu wuu dhow yahay
title-merged-reminder = Xusuusin: qaansheegyadaada weli lama bixin
title-merged-second_reminder = Xusuusinta labaad: qaansheegyadaada weli lama bixin
title-merged-collection_warning = Ogeysiis ka hor soo ururinta deynta
title-merged-collection_demand = Dalab soo ururin deyn
title-merged-payment_demand = Dalab lacag bixin
title-merged-handover = Qaansheegyadaada waa la wareejiyay

intro-merged-pre_due_notice = Tani waa xusuusin saaxiibtinimo ah: qaansheegyada hoose ee { $creditor } waqtigooda bixintu wuu dhow yahay. Haddii aad horay u bixisay, mahadsanid. Waxba uma baahnid inaad samayso.
intro-merged-reminder = Weli ma helin lacagta qaansheegyada hoose ee { $creditor }. Way fududahay in qaansheeg la illoobo. Fadlan bixi lacagaha hoose.
intro-merged-second_reminder = Qaansheegyada hoose ee { $creditor } waqtigoodii waa dhaafay, weli ma helin lacagtaada. Fadlan hadda bixi, ama noo sheeg haddii wax khaldan yihiin.
intro-merged-collection_warning = Qaansheegyada hoose ee { $creditor } waqtigoodii waa dhaafay, weli lama bixin. Warqaddani waa ogeysiis: haddii aan la bixin, waxay u gudbi doonaan soo ururinta deynta.
intro-merged-collection_demand = Qaansheegyada hoose ee { $creditor } waqtigoodii waa dhaafay. Waxaan kuu dirnay xusuusino, laakiin weli lama bixin. Tani waa dalab lacag bixin.
intro-merged-payment_demand = Qaansheegyada hoose ee { $creditor } waqtigoodii waa dhaafay, weli lama bixin. Tani waa dalab lacag bixin.
intro-merged-handover = Qaansheegyada hoose ee { $creditor } weli lama bixin. Hadda waxaan u wareejinay soo ururin dheeraad ah.

merged-claim = Qaansheeg { $invoice }, waqtiga bixinta { $due }
merged-claim-total = Lacagta qaansheegga { $invoice }
merged-total = Wadarta la bixinayo
merged-pay-each = Qaansheeg kasta ku bixi tixraaciisa gaarka ah. Markaas waan ogaan doonnaa qaansheegga aad bixisay.
email-intro-merged = Tani waxay ku saabsan tahay dhowr qaansheeg oo ka yimid { $creditor }. Warqadda ku lifaaqan waxay muujinaysaa qaansheeg kasta iyo lacagta la bixinayo.
sms-merged = { $creditor }: warqad ku saabsan dhowr ka mid ah qaansheegyadaada, wadarta { $total }. Halkan ka eeg:
