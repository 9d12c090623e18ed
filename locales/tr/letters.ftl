# Mektuplar, e-postalar ve SMS'ler (Purr'ün varsayılan şablonları, data/templates). Kısa
# cümleler ve sade sözcükler.

## Başlıklar
title-pre_due_notice = Faturanızın vadesi yaklaşıyor
title-reminder = Hatırlatma: faturanız henüz ödenmedi
title-second_reminder = İkinci hatırlatma: faturanız hâlâ ödenmedi
title-collection_warning = Tahsilat öncesi bildirim
title-collection_demand = Tahsilat talebi
title-payment_demand = Ödeme talebi
title-handover = Dosyanız devredildi

greeting = Merhaba { $debtor },

## Her mektubun ilk paragrafı
intro-pre_due_notice = { $invoice } numaralı faturanın vadesinin { $due } tarihinde dolacağını hatırlatmak isteriz. Ödediyseniz teşekkür ederiz. Bir şey yapmanıza gerek yok.
intro-reminder = Vadesi { $due } olan { $invoice } numaralı faturanın ödemesini henüz almadık. Bir faturayı gözden kaçırmak kolaydır. Lütfen aşağıdaki tutarı ödeyin.
intro-second_reminder = { $invoice } numaralı faturanın vadesi { $due } idi ve ödemenizi hâlâ almadık. Lütfen şimdi ödeyin ya da bir sorun varsa bize bildirin.
intro-collection_warning = { $creditor } tarafından kesilen { $invoice } numaralı faturanın vadesi { $due } idi ve hâlâ ödenmedi. Bu mektup, ödenmezse alacağın tahsilata gideceğini bildirir.
intro-collection_demand = { $creditor } tarafından kesilen { $invoice } numaralı faturanın vadesi { $due } idi. Hatırlatmalar gönderdik ama fatura hâlâ ödenmedi. Bu bir ödeme talebidir.
intro-payment_demand = { $creditor } tarafından kesilen { $invoice } numaralı faturanın vadesi { $due } idi ve hâlâ ödenmedi. Bu bir ödeme talebidir.
intro-handover = { $creditor } tarafından kesilen { $invoice } numaralı fatura hâlâ ödenmedi. Alacağı tahsilatın sürmesi için devrettik.

col-item = Kalem
col-amount = Tutar
col-deadline = Son ödeme
line-principal = Fatura { $invoice }
line-interest = Gecikme faizi
line-paid = Ödenmiş
line-total = Ödenecek

reason-principal = { $issued } tarihinde gönderilen, vadesi { $due } olan { $invoice } numaralı faturanın tutarı.
reason-interest-se = İsveç faiz kanununa göre yıllık { $rate } faiz, { $interest_from } ile { $interest_through } arası.
reason-interest-no = Norveç gecikme faizi kanununa göre yıllık { $rate } faiz, { $interest_from } ile { $interest_through } arası.

## Ücretler: adı ve neyin izin verdiği
fee-reminder = Hatırlatma ücreti
fee-collection-warning = Bildirim ücreti
fee-collection-demand = Tahsilat ücreti
fee-payment-demand = Ödeme talebi ücreti
fee-instalment-plan = Ödeme planı ücreti
fee-instalment-notice = Taksit bildirimi ücreti
fee-late-compensation = Geç ödeme tazminatı
fee-agency-fee = Tahsilat masrafı
reason-fee-se = İsveç tahsilat masrafları kanununun izin verdiği tutar.
reason-fee-no = Norveç tahsilat kurallarının izin verdiği tutar.
reason-fee-reminder-se = Anlaştığınız hatırlatma ücreti; İsveç tahsilat masrafları kanunu buna izin verir.
reason-fee-collection-demand-se = İsveç tahsilat masrafları kanununun bu talep için izin verdiği ücret.
reason-fee-late-compensation-se = İsveç faiz kanununun şirketler arasında izin verdiği sabit tutar.
reason-fee-reminder-no = Norveç tahsilat kurallarının izin verdiği hatırlatma ücreti.
reason-fee-collection-warning-no = Norveç tahsilat kurallarının bu bildirim için izin verdiği ücret.
reason-fee-payment-demand-no = Norveç tahsilat kurallarının bu talep için izin verdiği ücret.

## Süreler
deadline-pre_due_notice = Lütfen { $deadline } tarihine kadar ödeyin.
deadline-reminder = Lütfen { $deadline } tarihine kadar ödeyin.
deadline-second_reminder = Lütfen { $deadline } tarihine kadar ödeyin.
deadline-collection_warning = Lütfen { $deadline } tarihine kadar ödeyin. Bu size en az 14 gün verir.
deadline-collection_demand = Lütfen { $deadline } tarihine kadar ödeyin ya da itirazınızı bize bildirin.
deadline-payment_demand = Lütfen { $deadline } tarihine kadar ödeyin ya da itirazınızı bize bildirin.
deadline-handover = Lütfen { $deadline } tarihine kadar ödeyin.

how-to-pay = Nasıl ödenir:
pay-bankgiro = Bankgiro
pay-plusgiro = Plusgiro
pay-account = Hesap
pay-iban = IBAN
pay-ocr = OCR referansı
pay-kid = KID
pay-amount = Tutar

portal = { $url } adresinde ayrıntıları görebilir, ödeme yapabilir, ek süre isteyebilir ya da tutarı bölebilirsiniz. Kodunuz: { $code }. Sayfa gece gündüz açıktır.

## Yasanın her mektupta istediği bilgiler
legal-dispute = Alacağın yanlış olduğunu düşünüyorsanız bize bildirin. Yukarıdaki sayfayı kullanın ya da { $creditor } adresine yazın. İnceleme sürerken tahsilatı durdururuz.
legal-dispute-collection-demand-se = Alacağın yanlış olduğunu düşünüyorsanız { $deadline } tarihine kadar nedeniyle birlikte bize bildirin. Yukarıdaki sayfayı kullanın ya da { $creditor } adresine yazın. İnceleme sürerken tahsilatı durdururuz.
legal-dispute-collection-warning-no = Alacağın yanlış olduğunu düşünüyorsanız { $deadline } tarihine kadar nedeniyle birlikte bize bildirin. Yukarıdaki sayfayı kullanın ya da { $creditor } adresine yazın. İnceleme sürerken tahsilatı durdururuz.
legal-dispute-payment-demand-no = Alacağın yanlış olduğunu düşünüyorsanız { $deadline } tarihine kadar nedeniyle birlikte bize bildirin. Yukarıdaki sayfayı kullanın ya da { $creditor } adresine yazın. İnceleme sürerken tahsilatı durdururuz.
legal-consequence = Alacak ödenmezse, tahsil etmek için başka adımlar atabiliriz.
legal-consequence-collection-demand-se = { $deadline } tarihine kadar ödemez ya da bize bildirmezseniz, İsveç icra dairesinden (Kronofogden) ödeme emri isteyebiliriz. Bu ek masraflara ve olumsuz bir ödeme kaydına yol açabilir.
legal-consequence-collection-warning-no = { $deadline } tarihine kadar ödemezseniz alacak tahsilata gidebilir. Bu, sizin ödeyeceğiniz ek masraflar doğurur.
legal-consequence-payment-demand-no = { $deadline } tarihine kadar ödemez ya da itiraz etmezseniz, alacağı Norveç uzlaştırma kuruluna (Forliksrådet) ya da bir tahsilat şirketine götürebiliriz. Bu, sizin ödeyeceğiniz ek masraflar doğurur.
legal-complaint = Dosyanızı yürütme biçimimizden memnun değilseniz bize şikâyette bulunabilirsiniz. Norveç finans denetim kurumuna (Finanstilsynet) da başvurabilirsiniz.

closing = Saygılarımızla,

## E-posta
email-intro-pre_due_notice = { $invoice } numaralı faturanın vadesi { $due }. Ödediyseniz teşekkür ederiz.
email-intro-reminder = Vadesi { $due } olan { $invoice } numaralı faturanın ödemesini henüz almadık.
email-intro-second_reminder = { $invoice } numaralı faturanın vadesi { $due } idi ve hâlâ ödenmedi.
email-intro-collection_warning = { $invoice } numaralı fatura hâlâ ödenmedi. Ekteki mektup tahsilat öncesi bir bildirimdir.
email-intro-collection_demand = { $invoice } numaralı fatura hâlâ ödenmedi. Ekteki mektup bir ödeme talebidir.
email-intro-payment_demand = { $invoice } numaralı fatura hâlâ ödenmedi. Ekteki mektup bir ödeme talebidir.
email-intro-handover = { $invoice } numaralı fatura hâlâ ödenmedi ve tahsilatın sürmesi için devredildi.
email-portal = { $url } adresinde ayrıntıları görebilir, ödeme yapabilir ya da ek süre isteyebilirsiniz. Kodunuz: { $code }.
email-attachment = Mektubun tamamı PDF olarak ektedir.

## SMS: kısa
sms-pre_due_notice = { $creditor }: { $invoice } numaralı faturanın ({ $total }) vadesi { $due }. Ödeyin ya da görün:
sms-reminder = { $creditor }: { $invoice } numaralı fatura ({ $total }) henüz ödenmedi. Ödeyin ya da yardım alın:
sms-second_reminder = { $creditor }: { $invoice } numaralı fatura ({ $total }) hâlâ ödenmedi. Ödeyin ya da yardım alın:
sms-collection_warning = { $creditor }: size { $total } için tahsilat öncesi bildirim gönderdik. Buradan görün:
sms-collection_demand = { $creditor }: size { $total } için bir talep gönderdik. Buradan görün:
sms-payment_demand = { $creditor }: size { $total } için bir talep gönderdik. Buradan görün:
sms-handover = { $creditor }: { $invoice } numaralı fatura ({ $total }) devredildi. Buradan görün:

## Ödeme kodunun yanındaki yazılar
qr-caption-swish = Swish ile ödeyin. Kodu Swish uygulamasında tarayın. Tutar ve referans hazırdır.
qr-caption-epc = Havale ile ödeyin. Kodu banka uygulamanızda tarayın. Tutar ve referans hazırdır.

## Dosyayla ilgili bildirimler (data/templates/notice-*.j2)
title-plan_confirmation = Ödeme planınız hazır
title-instalment_missed = Ödeme planınızın bir taksiti ödenmedi
title-plan_lapsed = Ödeme planınız sona erdi
title-dispute_rejected = İtirazınıza yanıtımız
title-promise_broken = Söz verdiğiniz ödemeyi almadık

intro-plan_confirmation = Teşekkürler! Artık { $invoice } numaralı fatura için bir ödeme planınız var. Anlaştığımız gibi ödediğiniz sürece başka adım atmayız. Yeni ücret de eklenmez.
intro-instalment_missed = { $invoice } numaralı fatura için ödeme planınızın { $number }. taksitini almadık. Taksit { $amount } idi ve vadesi { $missed_due } idi. Bir ödemeyi unutmak kolaydır.
intro-plan_lapsed = { $invoice } numaralı fatura için ödeme planınız sona erdi. Bir taksit zamanında ödenmedi.
intro-dispute_rejected = { $creditor } tarafından kesilen { $invoice } numaralı faturaya itiraz ettiğinizi bildirdiniz. Konuyu dikkatle inceledik. Alacağın doğru olduğunu düşünüyoruz, bu nedenle geçerliliğini koruyor.
intro-promise_broken = { $invoice } numaralı faturayı { $promised } tarihine kadar ödeyeceğinize söz verdiniz. Parayı henüz almadık. Belki yoldadır. Öyleyse teşekkür ederiz!

answer = Yanıtımız:
col-due = Son ödeme
line-plan-total = Plan toplamı
letter-plan-count =
    { $count ->
        [one] Planda { $count } taksit var:
       *[other] Planda { $count } taksit var:
    }
letter-plan-fee = Tutarlara plan için { $plan_fee } ücret dahildir. Yasa bu ücrete izin verir.

next-plan_confirmation = Her taksiti kendi tarihine kadar ödeyin. Ödemenin sizden geldiğini bilmemiz için aşağıdaki referansı kullanın. Bir taksiti ödeyemeyecekseniz, vadesinden önce bize bildirin.
next-instalment_missed = Lütfen { $amount } tutarını { $lapses_after } tarihine kadar ödeyin. Böylece planınız eskisi gibi sürer. O tarihe kadar ödeme gelmezse plan sona erer. Ardından ödenmemiş faturalar için olağan adımlar yeniden başlar.
next-plan_lapsed = Ödenmemiş faturalar için olağan adımlar şimdi yeniden başlıyor. Bu yeni ücretler doğurabilir. Bunu önlemek için { $total } tutarını { $deadline } tarihine kadar ödeyin. Yardıma ihtiyacınız varsa bize bildirin.
next-dispute_rejected = Alacağın tahsiline şimdi devam ediyoruz. Lütfen { $total } tutarını { $deadline } tarihine kadar ödeyin. Yeni bilgileriniz mi var, ya da hâlâ katılmıyor musunuz? O tarihten önce bize bildirin. { $creditor } adresine de yazabilirsiniz.
next-promise_broken = Lütfen { $total } tutarını en kısa sürede, en geç { $deadline } tarihine kadar ödeyin. Ödeyemiyorsanız bize bildirin. Çoğu zaman bir çözüm vardır, örneğin bir ödeme planı. Sizden haber alamazsak ödenmemiş faturalar için olağan adımlar yeniden başlar.

sms-plan_confirmation = { $creditor }: { $invoice } numaralı fatura için ödeme planınız hazır. İlk taksit { $amount }, son gün { $first_due }. Planı görün:
sms-instalment_missed = { $creditor }: planınızın { $number }. taksiti ({ $amount }) ödenmedi. Planın sürmesi için { $lapses_after } tarihine kadar ödeyin. Ayrıntılar:
sms-plan_lapsed = { $creditor }: { $invoice } numaralı fatura için ödeme planınız sona erdi. Şimdi { $total } ödenmeli. Ayrıntılar:
sms-dispute_rejected = { $creditor }: { $invoice } numaralı faturaya itirazınızı yanıtladık. { $total } ödenmeli. Ayrıntılar:
sms-promise_broken = { $creditor }: { $invoice } numaralı fatura ({ $total }) için söz verdiğiniz ödemeyi almadık. Ayrıntılar:

## Merged letters (case merging: one letter about several invoices of one debtor,
## data/templates/merged-*.j2). Values as above; $total is the total of every invoice.
title-merged-pre_due_notice = Faturalarınızın vadesi yaklaşıyor
title-merged-reminder = Hatırlatma: faturalarınız henüz ödenmedi
title-merged-second_reminder = İkinci hatırlatma: faturalarınız hâlâ ödenmedi
title-merged-collection_warning = Tahsilat öncesi bildirim
title-merged-collection_demand = Tahsilat talebi
title-merged-payment_demand = Ödeme talebi
title-merged-handover = Faturalarınız devredildi

intro-merged-pre_due_notice = Aşağıdaki faturaların vadesi yaklaşıyor. Faturaları kesen: { $creditor }. Ödediyseniz teşekkür ederiz. Bir şey yapmanıza gerek yok.
intro-merged-reminder = Aşağıdaki faturaların ödemesini henüz almadık. Faturaları kesen: { $creditor }. Bir faturayı gözden kaçırmak kolaydır. Lütfen aşağıdaki tutarları ödeyin.
intro-merged-second_reminder = Aşağıdaki faturaların vadesi geçti ve ödemenizi hâlâ almadık. Faturaları kesen: { $creditor }. Lütfen şimdi ödeyin ya da bir yanlışlık varsa bize bildirin.
intro-merged-collection_warning = Aşağıdaki faturaların vadesi geçti ve hâlâ ödenmedi. Faturaları kesen: { $creditor }. Bu mektup bir bildirimdir: ödenmezlerse tahsilata verilecekler.
intro-merged-collection_demand = Aşağıdaki faturaların vadesi geçti. Faturaları kesen: { $creditor }. Hatırlatmalar gönderdik, ancak hâlâ ödenmediler. Bu bir ödeme talebidir.
intro-merged-payment_demand = Aşağıdaki faturaların vadesi geçti ve hâlâ ödenmedi. Faturaları kesen: { $creditor }. Bu bir ödeme talebidir.
intro-merged-handover = Aşağıdaki faturalar hâlâ ödenmedi. Faturaları kesen: { $creditor }. Alacakları tahsilatın sürmesi için devrettik.

merged-claim = Fatura { $invoice }, vade { $due }
merged-claim-total = { $invoice } numaralı fatura için ödenecek
merged-total = Toplam ödenecek
merged-pay-each = Her faturayı kendi referansıyla ödeyin. Böylece hangi faturayı ödediğinizi biliriz.
email-intro-merged = Bu mesaj birkaç fatura hakkındadır. Faturaları kesen: { $creditor }. Ekteki mektup her faturayı ve ödenecek tutarı gösterir.
sms-merged = { $creditor }: birkaç faturanız hakkında bir mektup, toplam { $total }. Buradan görün:
