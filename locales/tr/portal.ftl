# Borçlu portalı. Buradaki her anahtar her dilde bulunmalıdır (bir test bunu denetler).
skip-to-content = İçeriğe geç
nav-label = Ana menü
nav-claims = Alacaklarınız
nav-message = Bize yazın
nav-contact = İletişim tercihleri
nav-sign-out = Çıkış yap
language-label = Dil
language-change = Değiştir
footer-help = Sorunuz mu var? Buradan bize yazın veya mektubunuzdaki numarayı arayın.
login-title = Giriş yap
login-intro = Burada ne kadar borcunuz olduğunu, nedenini ve nasıl ödeyeceğinizi, taksitlendireceğinizi veya erteleyeceğinizi görürsünüz.
login-link-hint = En kolayı mektubunuzdaki, e-postanızdaki veya SMS'inizdeki bağlantıdır. Bağlantınız yok mu? Ödeme referansı ve posta kodunuz veya doğum tarihinizle giriş yapın.
login-reference = Ödeme referansı (OCR veya KID)
login-reference-hint = Mektupta tutarın yanında basılı olan numara.
login-second = Posta kodu veya doğum tarihi
login-second-hint = Örneğin 114 55 veya 1985-04-23.
login-submit = Giriş yap
login-not-recognised = Eşleşme bulunamadı. Referansı ve posta kodunu veya doğum tarihini kontrol edip yeniden deneyin.
login-too-many = Çok fazla deneme. Güvenliğiniz için 15 dakika bekleyip yeniden deneyin.
link-title = Hoş geldiniz
link-intro = Alacaklarınızı görmek için düğmeye basın. Mektubunuzdaki bağlantı görüntülemek için geçerli kalır.
link-continue = Alacaklarınıza devam edin
link-invalid-title = Bu bağlantı artık çalışmıyor
link-invalid-body = Bağlantının süresi dolmuş veya eksik. Bunun yerine ödeme referansı ve posta kodunuz veya doğum tarihinizle giriş yapın.
read-only-note = Daha önce kullanılmış bir bağlantıyla giriş yaptınız; görüntüleyebilir ama değişiklik yapamazsınız. Değişiklik için çıkış yapıp ödeme referansıyla giriş yapın.
claims-title = Alacaklarınız
claims-greeting = Merhaba { $name }.
claims-none = Bizde hiç alacağınız yok. Teşekkürler!
claims-total = Ödenecek toplam
claims-invoice = Fatura
claims-due = Son ödeme tarihi
claims-status = Durum
claims-outstanding = Kalan ödeme
claim-title = Fatura { $invoice }
claim-credit = Sizin için tuttuğumuz para
claim-actions = Yapabilecekleriniz
back-to-claims = Alacaklarınıza dönün
back-to-claim = Alacağa dönün
action-pay = Şimdi öde
action-plan = Taksitlere böl
action-postpone = Ertele
action-promise = Bir tarihe kadar ödeme sözü ver
action-dispute = Alacağa itiraz et
breakdown-title = Tutar nelerden oluşuyor
breakdown-intro = Her kalem gerekçesiyle birlikte gösterilir.
breakdown-none = Burada bir şey yok.
section-principal = Fatura
section-fees = Ücretler
section-interest = Faiz
item-invoice = Fatura { $invoice }
item-credit-note = Alacak dekontu
item-interest = Gecikme faizi
item-payment = Alınan ödeme
item-write-off = Silinen tutar
item-refund = İade
item-reversal = Düzeltme
explain-principal = Asıl faturanın tutarı.
explain-fee = Fatura zamanında ödenmediği için yasanın izin verdiği bir ücret.
explain-interest = Yasanın, son ödeme tarihinden sonraki günden itibaren ödenmeyen tutara izin verdiği faiz.
portal-fee-reminder = Hatırlatma ücreti
portal-fee-collection-warning = Tahsilat uyarısı ücreti
portal-fee-collection-demand = Tahsilat talebi ücreti
portal-fee-payment-demand = Ödeme talebi ücreti
portal-fee-instalment-plan = Taksit planı ücreti
portal-fee-instalment-notice = Taksit bildirimi ücreti
portal-fee-late-compensation = Geç ödeme tazminatı
portal-fee-agency-fee = Tahsilat ücreti
state-open = Açık
state-notified = Fatura gönderildi
state-reminded = Hatırlatma gönderildi
state-warned = Tahsilat uyarısı gönderildi
state-demanded = Tahsilat talebi gönderildi
state-promise-to-pay = Ödeme sözü verildi
state-payment-plan = Taksit planı
state-postponed = Ertelendi
state-disputed = İtiraz edildi
state-handed-over = Devredildi
state-paid = Ödendi
state-written-off = Silindi
state-credited = Alacak kaydedildi
pay-title = Nasıl ödenir
pay-heading = { $invoice } numaralı faturayı öde
pay-intro = Bankanızın uygulamasından veya internet bankacılığından bu bilgilerle ödeyin. Ödemenin doğru faturaya ulaşması için referansı aynen kullanın.
pay-payee = Alıcı
portal-pay-bankgiro = Bankgiro
portal-pay-plusgiro = Plusgiro
portal-pay-account = Hesap numarası
portal-pay-iban = IBAN
pay-bic = BIC
portal-pay-ocr = OCR referansı
portal-pay-kid = KID referansı
portal-pay-amount = Tutar
pay-copy = Kopyala
pay-copied = Kopyalandı
pay-qr-note = Veya bu kodu bankanızın uygulamasıyla tarayın: alıcı, referans ve tutarı doldurur.
pay-after = Ödemeler burada genellikle bir veya iki banka iş günü sonra görünür.
plan-title = Taksitlere böl
plan-intro =
    { $max ->
        [one] Borcunuzu ayda en az { $min } ödeyerek en fazla { $max } aya bölebilirsiniz.
       *[other] Borcunuzu ayda en az { $min } ödeyerek en fazla { $max } aya bölebilirsiniz.
    }
plan-months = Ay sayısı
plan-preview = Ödeme takvimini göster
plan-schedule = Ödeme takviminiz
plan-col-no = Taksit
plan-col-due = Son ödeme tarihi
plan-col-amount = Tutar
plan-fee = Yasanın izin verdiği plan ücreti: { $fee }
plan-total = Plan boyunca toplam: { $total }
plan-count =
    { $count ->
        [one] { $count } taksit
       *[other] { $count } taksit
    }
plan-accept = Bu planı kabul et
plan-accepted = Planınız kararlaştırıldı. Takvime göre ödediğiniz sürece hatırlatma göndermeyiz.
postpone-title = Ödemeyi ertele
postpone-intro =
    { $days ->
        [one] Ödemeyi en fazla { $days } gün, en geç { $latest } tarihine erteleyebilirsiniz.
       *[other] Ödemeyi en fazla { $days } gün, en geç { $latest } tarihine erteleyebilirsiniz.
    }
postpone-date = Yeni ödeme tarihi
postpone-submit = Ertele
postpone-done = Ödeme ertelendi. Yeni tarihten önce hatırlatma göndermeyeceğiz.
promise-title = Ödeme sözü ver
promise-intro =
    { $days ->
        [one] Ödeyeceğiniz tarihi { $days } gün içinde (en geç { $latest }) bize bildirin, o zamana kadar hatırlatma göndermeyelim.
       *[other] Ödeyeceğiniz tarihi { $days } gün içinde (en geç { $latest }) bize bildirin, o zamana kadar hatırlatma göndermeyelim.
    }
promise-date = Şu tarihe kadar ödeyeceğim
promise-submit = Ödeme sözü ver
promise-done = Teşekkürler. Sözünüzü kaydettik ve o tarihe kadar hatırlatma göndermeyeceğiz.
date-hint = Biçim: YYYY-AA-GG, örneğin { $example }.
dispute-title = Alacağa itiraz et
dispute-intro = Alacağın yanlış olduğunu düşünüyorsanız nedenini bize söyleyin. Alacaklı inceleme yaparken tahsilatı hemen durdururuz.
dispute-reason = Neden itiraz ediyorsunuz?
dispute-reason-paid = Zaten ödedim
dispute-reason-amount = Tutar yanlış
dispute-reason-not-mine = Bu benim borcum değil
dispute-reason-goods = Ödediğim şeyi almadım
dispute-reason-other = Başka bir neden
dispute-details = Daha fazla anlatın
dispute-file = Belge ekleyin (isteğe bağlı)
dispute-file-hint = PDF, JPEG veya PNG biçiminde, en fazla 5 MB bir makbuz veya mektup.
dispute-submit = İtirazı gönder
dispute-done = İtirazınız kaydedildi. Tahsilat durduruldu ve alacaklı bilgilendirildi.
dispute-file-too-large = Dosya 5 MB'tan büyük. Daha küçük bir dosya ekleyin.
dispute-file-type = Yalnızca PDF, JPEG ve PNG dosyaları eklenebilir.
dispute-need-details = Alacağa neden itiraz ettiğinizi kısaca anlatın.
refusal-wrong-state = Bu alacak için şu anda mümkün değil.
refusal-nothing-owed = Bu alacakta ödenmemiş bir şey yok.
refusal-date-in-past = Bu tarih geçti. Bugünden itibaren bir tarih seçin.
refusal-above-maximum = Tarih, alacaklının izin verdiğinden daha geç. { $latest } veya daha önce seçin.
refusal-too-many-months = Alacaklı en fazla { $max } aya izin veriyor.
refusal-below-minimum = Taksitler çok küçük olur. En fazla { $max } ay seçin.
refusal-other = Bu yapılamadı. Bize yazın, yardımcı olalım.
message-title = Bize yazın
message-label = Mesajınız
message-submit = Gönder
message-sent = Mesajınız gönderildi. İki iş günü içinde yanıt veririz.
message-length = En fazla 4.000 karakterlik bir mesaj yazın.
message-history = Gönderdiğiniz mesajlar
contact-title = İletişim tercihleri
contact-channels = Size nasıl ulaşabiliriz?
contact-language = Mektupların ve bu sitenin dili
contact-submit = Kaydet
contact-saved = Tercihleriniz kaydedildi.
contact-need-one = Size ulaşmak için en az bir yol seçin.
channel-email = E-posta
channel-sms = SMS
channel-letter = Posta ile mektup
channel-ebox = Dijital posta kutusu
survey-title = Kısa bir soru
survey-question = Bu konuyu bizimle çözmek ne kadar kolaydı?
survey-scale = 1 çok zor, 5 çok kolay demektir.
survey-recommend = Bizi bir arkadaşınıza veya iş arkadaşınıza tavsiye etme olasılığınız nedir?
survey-recommend-scale = 0 hiç olası değil, 10 çok olası demektir. Bu soruyu atlayabilirsiniz.
survey-submit = Yanıtı gönder
survey-thanks = Yanıtınız için teşekkürler.
error-back = Başlangıç sayfasına git
error-not-found-title = Sayfa bulunamadı
error-not-found-body = Bu sayfayı bulamadık. Taşınmış olabilir veya adres eksik olabilir.
error-expired-form-title = Lütfen yeniden deneyin
error-expired-form-body = Formun süresi dolmuştu. Geri dönün, sayfayı yenileyin ve yeniden gönderin.
error-sign-in-title = Lütfen giriş yapın
error-sign-in-body = Bu sayfayı görmek için giriş yapmalısınız. Oturum 30 dakika sonra sona erer.
error-read-only-title = Değişiklikler yeni bir giriş gerektirir
error-read-only-body = Daha önce kullanılmış bir bağlantıyla giriş yaptınız. Değişiklik için ödeme referansı ve posta kodunuz veya doğum tarihinizle giriş yapın.
error-internal-title = Üzgünüz, bir sorun oluştu
error-internal-body = Hata bizde, sizde değil. Lütfen biraz sonra yeniden deneyin.

# The letters about a claim, on its page; a merged letter names the other invoices it is about.
claim-letters = Bu faturayla ilgili mektuplar
claim-letter-merged = Aynı mektup şunları da kapsar: { $invoices }

assistant-title = Soru sorun
assistant-intro = İhtiyacınızı kendi kelimelerinizle, istediğiniz dilde yazın. Asistan bunu burada nerede yapacağınızı gösterir; kendisi hiçbir şeyi değiştirmez, yapamadığı konularda size bir kişi yanıt verir.
assistant-label = Sorunuz
assistant-ask = Sor
assistant-understood = Bunu burada yapabilirsiniz:
assistant-unsure = Anladığımdan emin değilim. Sorunuzu size burada yanıt verecek bir kişiye gönderebilirsiniz.
assistant-handover = Sorumu bir kişiye gönder
