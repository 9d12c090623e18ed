# ደብዳቤታት፡ ኢመይልን ኤስኤምኤስን (ናይ Purr ንቡር ቅጥዕታት ኣብ data/templates)። ሓጸርቲ ምሉኣት
# ሓረጋትን ቀለልቲ ቃላትን።

## ኣርእስቲ
title-pre_due_notice = ግዜ ክፍሊት ፋክቱርካ ቀሪቡ እዩ
title-reminder = መዘኻኸሪ፡ ፋክቱርካ ገና ኣይተኸፍለን
title-second_reminder = ካልኣይ መዘኻኸሪ፡ ፋክቱርካ ክሳብ ሕጂ ኣይተኸፍለን
title-collection_warning = ቅድሚ ምእካብ ዕዳ ዝወሃብ ሓበሬታ
title-collection_demand = ጠለብ ምእካብ ዕዳ
title-payment_demand = ጠለብ ክፍሊት
title-handover = ጉዳይካ ንቕድሚት ተሰጊሩ እዩ

greeting = ሰላም { $debtor }፡

## ናይ ነፍሲ ወከፍ ደብዳቤ ቀዳማይ ክፍሊ
intro-pre_due_notice = ፋክቱር { $invoice } ኣብ { $due } ክኽፈል ከም ዘለዎ ብትሕትና ነዘኻኽረካ። ድሮ ከፊልካ እንተኾንካ፡ የቐንየልና። ዝኾነ ነገር ክትገብር ኣየድልየካን።
intro-reminder = ክፍሊት ፋክቱር { $invoice } ገና ኣይበጽሓናን። ግዜ ክፍሊቱ { $due } ነይሩ። ፋክቱር ምርሳዕ ቀሊል እዩ። በጃኻ ነቲ ኣብ ታሕቲ ዘሎ መጠን ክፈል።
intro-second_reminder = ፋክቱር { $invoice } ኣብ { $due } ክኽፈል ነይሩዎ፡ ክፍሊትካ ግን ክሳብ ሕጂ ኣይበጽሓናን። በጃኻ ሕጂ ክፈል፡ ወይ ጌጋ እንተሎ ንገረና።
intro-collection_warning = ፋክቱር { $invoice } ካብ { $creditor } ኣብ { $due } ክኽፈል ነይሩዎ፡ ክሳብ ሕጂ ግን ኣይተኸፍለን። እዚ ደብዳቤ እቲ ዕዳ እንተዘይተኸፊሉ ናብ ምእካብ ዕዳ ከም ዝኸይድ ይሕብረካ።
intro-collection_demand = ፋክቱር { $invoice } ካብ { $creditor } ኣብ { $due } ክኽፈል ነይሩዎ። መዘኻኸሪታት ሰዲድና ኢና፡ ግን ክሳብ ሕጂ ኣይተኸፍለን። እዚ ጠለብ ክፍሊት እዩ።
intro-payment_demand = ፋክቱር { $invoice } ካብ { $creditor } ኣብ { $due } ክኽፈል ነይሩዎ፡ ክሳብ ሕጂ ግን ኣይተኸፍለን። እዚ ጠለብ ክፍሊት እዩ።
intro-handover = ፋክቱር { $invoice } ካብ { $creditor } ክሳብ ሕጂ ኣይተኸፍለን። ሕጂ ነቲ ዕዳ ንተወሳኺ ምእካብ ሰጊርናዮ ኣለና።

col-item = እንታይ
col-amount = መጠን
col-deadline = ክሳብ ክፈል
line-principal = ፋክቱር { $invoice }
line-interest = ወለድ ደንጉይ ክፍሊት
line-paid = ድሮ ዝተኸፍለ
line-total = ዝኽፈል

reason-principal = መጠን ፋክቱር { $invoice }፡ ኣብ { $issued } ዝተላእከ፡ ግዜ ክፍሊቱ { $due }።
reason-interest-se = ብመሰረት ሕጊ ወለድ ሽወደን ዝተሓሰበ ወለድ፡ ኣብ ዓመት { $rate }፡ ካብ { $interest_from } ክሳብ { $interest_through }።
reason-interest-no = ብመሰረት ሕጊ ወለድ ደንጉይ ክፍሊት ኖርወይ ዝተሓሰበ ወለድ፡ ኣብ ዓመት { $rate }፡ ካብ { $interest_from } ክሳብ { $interest_through }።

## ክፍሊታት ኣገልግሎት፡ ስሞምን ዘፍቅዶምን
fee-reminder = ክፍሊት መዘኻኸሪ
fee-collection-warning = ክፍሊት ሓበሬታ
fee-collection-demand = ክፍሊት ምእካብ ዕዳ
fee-payment-demand = ክፍሊት ጠለብ ክፍሊት
fee-instalment-plan = ክፍሊት ትልሚ ክፍሊት
fee-instalment-notice = ክፍሊት ሓበሬታ ክፋል
fee-late-compensation = ካሕሳ ደንጉይ ክፍሊት
fee-agency-fee = ወጻኢ ምእካብ ዕዳ
reason-fee-se = ሕጊ ወጻኢታት ምእካብ ዕዳ ሽወደን ዘፍቅዶ መጠን።
reason-fee-no = ሕግታት ምእካብ ዕዳ ኖርወይ ዘፍቅድዎ መጠን።
reason-fee-reminder-se = ዝተሰማማዕኩምሉ ክፍሊት መዘኻኸሪ፡ ሕጊ ሽወደን ከም ዘፍቅዶ።
reason-fee-collection-demand-se = ሕጊ ወጻኢታት ምእካብ ዕዳ ሽወደን ነዚ ጠለብ ዘፍቅዶ ክፍሊት።
reason-fee-late-compensation-se = ሕጊ ወለድ ሽወደን ኣብ መንጎ ትካላት ዘፍቅዶ ቀዋሚ መጠን።
reason-fee-reminder-no = ሕግታት ምእካብ ዕዳ ኖርወይ ዘፍቅድዎ ክፍሊት መዘኻኸሪ።
reason-fee-collection-warning-no = ሕግታት ምእካብ ዕዳ ኖርወይ ነዚ ሓበሬታ ዘፍቅድዎ ክፍሊት።
reason-fee-payment-demand-no = ሕግታት ምእካብ ዕዳ ኖርወይ ነዚ ጠለብ ዘፍቅድዎ ክፍሊት።

## ግዜ ገደባት
deadline-pre_due_notice = በጃኻ ክሳብ { $deadline } ክፈል።
deadline-reminder = በጃኻ ክሳብ { $deadline } ክፈል።
deadline-second_reminder = በጃኻ ክሳብ { $deadline } ክፈል።
deadline-collection_warning = በጃኻ ክሳብ { $deadline } ክፈል። እዚ እንተወሓደ 14 መዓልቲ ይህበካ።
deadline-collection_demand = በጃኻ ክሳብ { $deadline } ክፈል፡ ወይ ከም ዘይትሰማማዕ ንገረና።
deadline-payment_demand = በጃኻ ክሳብ { $deadline } ክፈል፡ ወይ ከም ዘይትሰማማዕ ንገረና።
deadline-handover = በጃኻ ክሳብ { $deadline } ክፈል።

how-to-pay = ከመይ ትኸፍል፡
pay-bankgiro = Bankgiro
pay-plusgiro = Plusgiro
pay-account = ሕሳብ
pay-iban = IBAN
pay-ocr = መወከሲ OCR
pay-kid = KID
pay-amount = መጠን

portal = ኣብ { $url } ዝርዝር ክትርኢ፡ ክትከፍል፡ ተወሳኺ ግዜ ክትሓትት ወይ ነቲ መጠን ብክፋል ክትከፍል ትኽእል። ኮድካ { $code } እዩ። እቲ ገጽ ለይትን መዓልትን ክፉት እዩ።

## ሕጊ ኣብ ነፍሲ ወከፍ ደብዳቤ ዝሓቶ
legal-dispute = እቲ ዕዳ ጌጋ እዩ ኢልካ እንተሓሲብካ ንገረና። ነቲ ኣብ ላዕሊ ዘሎ ገጽ ተጠቐም፡ ወይ ናብ { $creditor } ጽሓፍ። ክሳብ እንምርምሮ ምእካብ ደው ነብሎ።
legal-dispute-collection-demand-se = እቲ ዕዳ ጌጋ እዩ ኢልካ እንተሓሲብካ ክሳብ { $deadline } ምስ ምኽንያቱ ንገረና። ነቲ ኣብ ላዕሊ ዘሎ ገጽ ተጠቐም፡ ወይ ናብ { $creditor } ጽሓፍ። ክሳብ እንምርምሮ ምእካብ ደው ነብሎ።
legal-dispute-collection-warning-no = እቲ ዕዳ ጌጋ እዩ ኢልካ እንተሓሲብካ ክሳብ { $deadline } ምስ ምኽንያቱ ንገረና። ነቲ ኣብ ላዕሊ ዘሎ ገጽ ተጠቐም፡ ወይ ናብ { $creditor } ጽሓፍ። ክሳብ እንምርምሮ ምእካብ ደው ነብሎ።
legal-dispute-payment-demand-no = እቲ ዕዳ ጌጋ እዩ ኢልካ እንተሓሲብካ ክሳብ { $deadline } ምስ ምኽንያቱ ንገረና። ነቲ ኣብ ላዕሊ ዘሎ ገጽ ተጠቐም፡ ወይ ናብ { $creditor } ጽሓፍ። ክሳብ እንምርምሮ ምእካብ ደው ነብሎ።
legal-consequence = እቲ ዕዳ እንተዘይተኸፊሉ፡ ንምእካቡ ካልኦት ስጉምትታት ክንወስድ ንኽእል።
legal-consequence-collection-demand-se = ክሳብ { $deadline } እንተዘይከፊልካ ወይ እንተዘይሓቢርካና፡ ካብ ትካል ፈጻሚ ሽወደን (Kronofogden) ትእዛዝ ክፍሊት ክንሓትት ንኽእል። እዚ ተወሳኺ ወጻኢን ኣሉታዊ መዝገብ ክፍሊትን ከምጽእ ይኽእል።
legal-consequence-collection-warning-no = ክሳብ { $deadline } እንተዘይከፊልካ፡ እቲ ዕዳ ናብ ምእካብ ዕዳ ክኸይድ ይኽእል። እዚ ንስኻ እትኸፍሎ ተወሳኺ ወጻኢ የምጽእ።
legal-consequence-payment-demand-no = ክሳብ { $deadline } እንተዘይከፊልካ ወይ እንተዘይተቓዊምካ፡ ነቲ ዕዳ ናብ ቤት ምዕራቕ ኖርወይ (Forliksrådet) ወይ ናብ ትካል ምእካብ ዕዳ ክንወስዶ ንኽእል። እዚ ንስኻ እትኸፍሎ ተወሳኺ ወጻኢ የምጽእ።
legal-complaint = ብኣተሓሕዛ ጉዳይካ እንተዘይዓጊብካ፡ ናባና ጥርዓን ከተቕርብ ትኽእል። ናብ ተቖጻጻሪ ፋይናንስ ኖርወይ (Finanstilsynet) ድማ ክትከይድ ትኽእል።

closing = ምስ ሰላምታ፡

## ኢመይል
email-intro-pre_due_notice = ፋክቱር { $invoice } ኣብ { $due } ክኽፈል ኣለዎ። ድሮ ከፊልካ እንተኾንካ፡ የቐንየልና።
email-intro-reminder = ክፍሊት ፋክቱር { $invoice } ገና ኣይበጽሓናን። ግዜ ክፍሊቱ { $due } ነይሩ።
email-intro-second_reminder = ፋክቱር { $invoice } ኣብ { $due } ክኽፈል ነይሩዎ፡ ክሳብ ሕጂ ግን ኣይተኸፍለን።
email-intro-collection_warning = ፋክቱር { $invoice } ክሳብ ሕጂ ኣይተኸፍለን። እቲ ተተሓሒዙ ዘሎ ደብዳቤ ቅድሚ ምእካብ ዕዳ ዝወሃብ ሓበሬታ እዩ።
email-intro-collection_demand = ፋክቱር { $invoice } ክሳብ ሕጂ ኣይተኸፍለን። እቲ ተተሓሒዙ ዘሎ ደብዳቤ ጠለብ ክፍሊት እዩ።
email-intro-payment_demand = ፋክቱር { $invoice } ክሳብ ሕጂ ኣይተኸፍለን። እቲ ተተሓሒዙ ዘሎ ደብዳቤ ጠለብ ክፍሊት እዩ።
email-intro-handover = ፋክቱር { $invoice } ክሳብ ሕጂ ኣይተኸፍለን፡ ንተወሳኺ ምእካብ ድማ ሰጊርናዮ ኣለና።
email-portal = ኣብ { $url } ዝርዝር ክትርኢ፡ ክትከፍል ወይ ተወሳኺ ግዜ ክትሓትት ትኽእል። ኮድካ { $code } እዩ።
email-attachment = ምሉእ ደብዳቤ ከም PDF ተተሓሒዙ ኣሎ።

## ኤስኤምኤስ፡ ሓጺር
sms-pre_due_notice = { $creditor }: ፋክቱር { $invoice } ({ $total }) ኣብ { $due } ይኽፈል። ክፈል ወይ ርአ፡
sms-reminder = { $creditor }: ፋክቱር { $invoice } ({ $total }) ገና ኣይተኸፍለን። ክፈል ወይ ሓገዝ ርኸብ፡
sms-second_reminder = { $creditor }: ፋክቱር { $invoice } ({ $total }) ክሳብ ሕጂ ኣይተኸፍለን። ክፈል ወይ ሓገዝ ርኸብ፡
sms-collection_warning = { $creditor }: ቅድሚ ምእካብ ዕዳ ዝወሃብ ሓበሬታ ብ{ $total } ሰዲድናልካ። ርአ፡
sms-collection_demand = { $creditor }: ጠለብ ክፍሊት ብ{ $total } ሰዲድናልካ። ርአ፡
sms-payment_demand = { $creditor }: ጠለብ ክፍሊት ብ{ $total } ሰዲድናልካ። ርአ፡
sms-handover = { $creditor }: ፋክቱር { $invoice } ({ $total }) ተሰጊሩ። ርአ፡

## ኣብ ጥቓ ኮድ ክፍሊት ዘሎ ጽሑፍ
qr-caption-swish = ብSwish ክፈል። ነቲ ኮድ ኣብ መተግበሪ Swish ስካን ግበሮ። መጠንን መወከሲን ተመሊኦም ኣለዉ።
qr-caption-epc = ብናይ ባንኪ ምስግጋር ክፈል። ነቲ ኮድ ኣብ መተግበሪ ባንክኻ ስካን ግበሮ። መጠንን መወከሲን ተመሊኦም ኣለዉ።

## ሓበሬታታት ጉዳይ (data/templates/notice-*.j2)
title-plan_confirmation = ትልሚ ክፍሊትካ ድሉው እዩ
title-instalment_missed = ሓደ ክፋል ትልሚ ክፍሊትካ ኣይተኸፍለን
title-plan_lapsed = ትልሚ ክፍሊትካ ተወዲኡ እዩ
title-dispute_rejected = መልሲና ንተቓውሞኻ
title-promise_broken = እቲ ቃል ዝኣተኻሉ ክፍሊት ኣይበጽሓናን

intro-plan_confirmation = የቐንየልና! ሕጂ ንፋክቱር { $invoice } ትልሚ ክፍሊት ኣለካ። ከም ዝተሰማማዕናዮ ክሳብ እትኸፍል፡ ካልእ ስጉምቲ ኣይንወስድን። ሓድሽ ክፍሊት ኣገልግሎት እውን ኣይውሰኽን።
intro-instalment_missed = ክፋል { $number } ናይ ትልሚ ክፍሊትካ ንፋክቱር { $invoice } ኣይበጽሓናን። መጠኑ { $amount } ነይሩ፡ ግዜ ክፍሊቱ ድማ { $missed_due }። ክፍሊት ምርሳዕ ቀሊል እዩ።
intro-plan_lapsed = ትልሚ ክፍሊትካ ንፋክቱር { $invoice } ተወዲኡ እዩ። ሓደ ክፋል ብግዜኡ ኣይተኸፍለን።
intro-dispute_rejected = ምስ ፋክቱር { $invoice } ካብ { $creditor } ከም ዘይትሰማማዕ ሓቢርካና። ብጥንቃቐ መርሚርናዮ። እቲ ዕዳ ቅኑዕ እዩ ኢልና ንኣምን፡ ስለዚ ሕጂ እውን ጸኒዑ ኣሎ።
intro-promise_broken = ፋክቱር { $invoice } ክሳብ { $promised } ክትከፍል ቃል ኣቲኻ ነይርካ። እቲ ገንዘብ ገና ኣይበጽሓናን። ምናልባት ኣብ መገዲ ይኸውን። ከምኡ እንተኾይኑ፡ የቐንየልና!

answer = መልሲና፡
col-due = ክሳብ ክፈል
line-plan-total = ድምር ትልሚ
letter-plan-count =
    { $count ->
        [one] እቲ ትልሚ { $count } ክፋል ኣለዎ፡
       *[other] እቲ ትልሚ { $count } ክፋላት ኣለዎ፡
    }
letter-plan-fee = እቶም መጠናት ናይ ትልሚ ክፍሊት { $plan_fee } ሒዞም ኣለዉ። ሕጊ ነዚ ክፍሊት የፍቅዶ።

next-plan_confirmation = ነፍሲ ወከፍ ክፋል ክሳብ ዕለቱ ክፈል። እቲ ክፍሊት ናትካ ምዃኑ ክንፈልጥ፡ ነቲ ኣብ ታሕቲ ዘሎ መወከሲ ተጠቐም። ሓደ ክፋል ክትከፍል እንተዘይክኢልካ፡ ቅድሚ ግዜኡ ንገረና።
next-instalment_missed = በጃኻ { $amount } ክሳብ { $lapses_after } ክፈል። ሽዑ እቲ ትልሚ ከም ቀደሙ ይቕጽል። ክሳብ ሽዑ እንተዘይበጺሑና፡ እቲ ትልሚ ይውዳእ። ሽዑ ንቡራት ስጉምትታት ንዘይተኸፍሉ ፋክቱራት ደጊሞም ይጅምሩ።
next-plan_lapsed = ንቡራት ስጉምትታት ንዘይተኸፍሉ ፋክቱራት ሕጂ ደጊሞም ይጅምሩ። እዚ ሓድሽ ክፍሊት ኣገልግሎት ከምጽእ ይኽእል። ነዚ ንምውጋድ { $total } ክሳብ { $deadline } ክፈል። ሓገዝ እንተደሊኻ ንገረና።
next-dispute_rejected = ሕጂ ምእካብ እቲ ዕዳ ንቕጽል ኣለና። በጃኻ { $total } ክሳብ { $deadline } ክፈል። ሓድሽ ሓበሬታ ኣለካ፡ ወይ ገና ኣይትሰማማዕን ዲኻ? ቅድሚ እታ መዓልቲ ንገረና። ናብ { $creditor } እውን ክትጽሕፍ ትኽእል።
next-promise_broken = በጃኻ { $total } ብዝቐልጠፈ፡ እንተደንጎየ ክሳብ { $deadline } ክፈል። ክትከፍል እንተዘይክኢልካ ንገረና። መብዛሕትኡ ግዜ መፍትሒ ኣሎ፡ ንኣብነት ትልሚ ክፍሊት። ካባኻ እንተዘይሰሚዕና፡ ንቡራት ስጉምትታት ንዘይተኸፍሉ ፋክቱራት ደጊሞም ይጅምሩ።

sms-plan_confirmation = { $creditor }: ትልሚ ክፍሊትካ ንፋክቱር { $invoice } ድሉው እዩ። ቀዳማይ ክፋል { $amount } ክሳብ { $first_due }። ነቲ ትልሚ ርአ፡
sms-instalment_missed = { $creditor }: ክፋል { $number } ናይ ትልሚኻ ({ $amount }) ኣይተኸፍለን። እቲ ትልሚ ክቕጽል ክሳብ { $lapses_after } ክፈል። ርአ፡
sms-plan_lapsed = { $creditor }: ትልሚ ክፍሊትካ ንፋክቱር { $invoice } ተወዲኡ። ሕጂ { $total } ክኽፈል ኣለዎ። ርአ፡
sms-dispute_rejected = { $creditor }: ንተቓውሞኻ ብዛዕባ ፋክቱር { $invoice } መሊስናዮ። { $total } ክኽፈል ኣለዎ። ርአ፡
sms-promise_broken = { $creditor }: እቲ ቃል ዝኣተኻሉ ክፍሊት ንፋክቱር { $invoice } ({ $total }) ኣይበጽሓናን። ርአ፡

## Merged letters (case merging: one letter about several invoices of one debtor,
## data/templates/merged-*.j2). Values as above; $total is the total of every invoice.
title-merged-pre_due_notice = ግዜ ክፍሊት ፋክቱራትካ ቀሪቡ እዩ
title-merged-reminder = መዘኻኸሪ፡ ፋክቱራትካ ገና ኣይተኸፍሉን
title-merged-second_reminder = ካልኣይ መዘኻኸሪ፡ ፋክቱራትካ ክሳብ ሕጂ ኣይተኸፍሉን
title-merged-collection_warning = ቅድሚ ምእካብ ዕዳ ዝወሃብ ሓበሬታ
title-merged-collection_demand = ጠለብ ምእካብ ዕዳ
title-merged-payment_demand = ጠለብ ክፍሊት
title-merged-handover = ፋክቱራትካ ንቕድሚት ተሰጊሮም እዮም

intro-merged-pre_due_notice = እዚ ብፍቕሪ ዝግበር መዘኻኸሪ እዩ፡ ግዜ ክፍሊት እቶም ኣብ ታሕቲ ዘለዉ ፋክቱራት ካብ { $creditor } ቀሪቡ እዩ። ድሮ ከፊልካ እንተኾንካ፡ የቐንየልና። ዝኾነ ነገር ክትገብር ኣየድልየካን።
intro-merged-reminder = ክፍሊት እቶም ኣብ ታሕቲ ዘለዉ ፋክቱራት ካብ { $creditor } ገና ኣይበጽሓናን። ፋክቱር ምርሳዕ ቀሊል እዩ። በጃኻ ነቶም ኣብ ታሕቲ ዘለዉ መጠናት ክፈል።
intro-merged-second_reminder = ግዜ ክፍሊት እቶም ኣብ ታሕቲ ዘለዉ ፋክቱራት ካብ { $creditor } ሓሊፉ እዩ፡ ክፍሊትካ ድማ ክሳብ ሕጂ ኣይበጽሓናን። በጃኻ ሕጂ ክፈል፡ ወይ ጌጋ እንተሎ ንገረና።
intro-merged-collection_warning = ግዜ ክፍሊት እቶም ኣብ ታሕቲ ዘለዉ ፋክቱራት ካብ { $creditor } ሓሊፉ እዩ፡ ገና ድማ ኣይተኸፍሉን። እዚ ደብዳቤ ሓበሬታ እዩ፡ እንተዘይተኸፊሎም ናብ ምእካብ ዕዳ ክሰጋገሩ እዮም።
intro-merged-collection_demand = ግዜ ክፍሊት እቶም ኣብ ታሕቲ ዘለዉ ፋክቱራት ካብ { $creditor } ሓሊፉ እዩ። መዘኻኸሪታት ልኢኽና ኢና፡ ግን ገና ኣይተኸፍሉን። እዚ ጠለብ ክፍሊት እዩ።
intro-merged-payment_demand = ግዜ ክፍሊት እቶም ኣብ ታሕቲ ዘለዉ ፋክቱራት ካብ { $creditor } ሓሊፉ እዩ፡ ገና ድማ ኣይተኸፍሉን። እዚ ጠለብ ክፍሊት እዩ።
intro-merged-handover = እቶም ኣብ ታሕቲ ዘለዉ ፋክቱራት ካብ { $creditor } ክሳብ ሕጂ ኣይተኸፍሉን። ሕጂ ንተወሳኺ ምእካብ ሰጊርናዮም ኣለና።

merged-claim = ፋክቱር { $invoice }፡ ግዜ ክፍሊት { $due }
merged-claim-total = ንፋክቱር { $invoice } ዝኽፈል
merged-total = ጠቕላላ ዝኽፈል
merged-pay-each = ነፍሲ ወከፍ ፋክቱር ብናይ ገዛእ ርእሱ መወከሲ ክፈሎ። ሽዑ ኣየናይ ፋክቱር ከም ዝኸፈልካ ንፈልጥ።
email-intro-merged = እዚ ብዛዕባ ብዙሓት ፋክቱራት ካብ { $creditor } እዩ። እቲ ዝተተሓሓዘ ደብዳቤ ነፍሲ ወከፍ ፋክቱርን ዝኽፈል መጠንን የርኢ።
sms-merged = { $creditor }: ብዛዕባ ብዙሓት ፋክቱራትካ ዝገልጽ ደብዳቤ፡ ጠቕላላ { $total }። ኣብዚ ርአዮ፡
