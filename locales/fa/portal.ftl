# درگاه بدهکار. هر کلید اینجا باید در همه زبان‌ها وجود داشته باشد (یک آزمون این را بررسی می‌کند).
skip-to-content = رفتن به محتوا
nav-label = منوی اصلی
nav-claims = مطالبات شما
nav-message = به ما بنویسید
nav-contact = ترجیحات تماس
nav-sign-out = خروج
language-label = زبان
language-change = تغییر
footer-help = سؤالی دارید؟ از همین‌جا به ما بنویسید یا با شماره‌ای که در نامه‌تان آمده تماس بگیرید.
login-title = ورود
login-intro = اینجا می‌بینید چه مبلغی بدهکارید، چرا، و چگونه آن را بپردازید، قسطی کنید یا به تعویق بیندازید.
login-link-hint = ساده‌ترین راه، پیوندی است که در نامه، ایمیل یا پیامک شما آمده است. پیوند ندارید؟ با شماره مرجع پرداخت و کد پستی یا تاریخ تولد وارد شوید.
login-reference = شماره مرجع پرداخت (OCR یا KID)
login-reference-hint = شماره‌ای که در نامه کنار مبلغ چاپ شده است.
login-second = کد پستی یا تاریخ تولد
login-second-hint = برای مثال 114 55 یا 1985-04-23.
login-submit = ورود
login-not-recognised = موردی پیدا نشد. شماره مرجع و کد پستی یا تاریخ تولد را بررسی کنید و دوباره تلاش کنید.
login-too-many = تلاش‌ها بیش از حد بود. برای امنیت شما، ۱۵ دقیقه صبر کنید و دوباره تلاش کنید.
link-title = خوش آمدید
link-intro = برای دیدن مطالباتتان دکمه را بزنید. پیوند نامه برای مشاهده همچنان معتبر است.
link-continue = ادامه به مطالبات شما
link-invalid-title = این پیوند دیگر کار نمی‌کند
link-invalid-body = پیوند منقضی شده یا کامل نیست. به‌جای آن با شماره مرجع پرداخت و کد پستی یا تاریخ تولد وارد شوید.
read-only-note = با پیوندی وارد شده‌اید که قبلاً استفاده شده است؛ پس می‌توانید ببینید ولی نمی‌توانید تغییری بدهید. برای تغییر، خارج شوید و با شماره مرجع پرداخت وارد شوید.
claims-title = مطالبات شما
claims-greeting = سلام { $name }.
claims-none = شما نزد ما مطالبه‌ای ندارید. سپاسگزاریم!
claims-total = مجموع قابل پرداخت
claims-invoice = صورت‌حساب
claims-due = سررسید
claims-status = وضعیت
claims-outstanding = مانده پرداخت
claim-title = صورت‌حساب { $invoice }
claim-credit = مبلغی که برای شما نگه داشته‌ایم
claim-actions = کارهایی که می‌توانید انجام دهید
back-to-claims = بازگشت به مطالبات شما
back-to-claim = بازگشت به مطالبه
action-pay = اکنون بپردازید
action-plan = تقسیط
action-postpone = تعویق
action-promise = تعهد پرداخت تا یک تاریخ
action-dispute = اعتراض به مطالبه
breakdown-title = مبلغ از چه تشکیل شده است
breakdown-intro = هر بخش همراه با دلیل آن آمده است.
breakdown-none = موردی نیست.
section-principal = صورت‌حساب
section-fees = کارمزدها
section-interest = بهره
item-invoice = صورت‌حساب { $invoice }
item-credit-note = یادداشت بستانکاری
item-interest = بهره دیرکرد
item-payment = پرداخت دریافت‌شده
item-write-off = حذف‌شده
item-refund = بازپرداخت
item-reversal = اصلاح
explain-principal = مبلغ صورت‌حساب اصلی.
explain-fee = کارمزدی که قانون اجازه می‌دهد، چون صورت‌حساب به‌موقع پرداخت نشد.
explain-interest = بهره‌ای که قانون بر مبلغ پرداخت‌نشده از روز پس از سررسید اجازه می‌دهد.
portal-fee-reminder = کارمزد یادآوری
portal-fee-collection-warning = کارمزد هشدار وصول
portal-fee-collection-demand = کارمزد مطالبه وصول
portal-fee-payment-demand = کارمزد درخواست پرداخت
portal-fee-instalment-plan = کارمزد طرح اقساط
portal-fee-instalment-notice = کارمزد اعلامیه قسط
portal-fee-late-compensation = جبران تأخیر در پرداخت
portal-fee-agency-fee = حق‌الزحمه وصول
state-open = باز
state-notified = صورت‌حساب ارسال شد
state-reminded = یادآوری ارسال شد
state-warned = هشدار وصول ارسال شد
state-demanded = مطالبه وصول ارسال شد
state-promise-to-pay = تعهد پرداخت
state-payment-plan = طرح اقساط
state-postponed = به تعویق افتاده
state-disputed = مورد اعتراض
state-handed-over = واگذارشده
state-paid = پرداخت‌شده
state-written-off = حذف‌شده
state-credited = بستانکارشده
pay-title = روش پرداخت
pay-heading = پرداخت صورت‌حساب { $invoice }
pay-intro = با این اطلاعات از برنامه یا بانکداری اینترنتی بانک خود پرداخت کنید. شماره مرجع را دقیقاً وارد کنید تا پرداخت به صورت‌حساب درست برسد.
pay-payee = دریافت‌کننده
portal-pay-bankgiro = بانک‌ژیرو
portal-pay-plusgiro = پلاس‌ژیرو
portal-pay-account = شماره حساب
portal-pay-iban = IBAN
pay-bic = BIC
portal-pay-ocr = مرجع OCR
portal-pay-kid = مرجع KID
portal-pay-amount = مبلغ
pay-copy = رونوشت
pay-copied = رونوشت شد
pay-qr-note = یا این کد را با برنامه بانک خود اسکن کنید: دریافت‌کننده، مرجع و مبلغ را پر می‌کند.
pay-after = پرداخت‌ها معمولاً یک تا دو روز کاری بانکی بعد اینجا نمایش داده می‌شوند.
plan-title = تقسیط
plan-intro =
    { $max ->
        [one] می‌توانید بدهی را حداکثر در { $max } ماه، با دست‌کم { $min } در ماه، تقسیط کنید.
       *[other] می‌توانید بدهی را حداکثر در { $max } ماه، با دست‌کم { $min } در ماه، تقسیط کنید.
    }
plan-months = تعداد ماه‌ها
plan-preview = نمایش جدول اقساط
plan-schedule = جدول اقساط شما
plan-col-no = قسط
plan-col-due = سررسید
plan-col-amount = مبلغ
plan-fee = کارمزد طرح که قانون اجازه می‌دهد: { $fee }
plan-total = مجموع در طول طرح: { $total }
plan-count =
    { $count ->
        [one] { $count } قسط
       *[other] { $count } قسط
    }
plan-accept = این طرح را می‌پذیرم
plan-accepted = طرح شما توافق شد. تا وقتی طبق جدول پرداخت کنید، یادآوری نمی‌فرستیم.
postpone-title = تعویق پرداخت
postpone-intro =
    { $days ->
        [one] می‌توانید پرداخت را حداکثر { $days } روز به تعویق بیندازید، تا { $latest }.
       *[other] می‌توانید پرداخت را حداکثر { $days } روز به تعویق بیندازید، تا { $latest }.
    }
postpone-date = تاریخ جدید پرداخت
postpone-submit = تعویق
postpone-done = پرداخت به تعویق افتاد. پیش از تاریخ جدید یادآوری نمی‌فرستیم.
promise-title = تعهد پرداخت
promise-intro =
    { $days ->
        [one] تاریخ پرداختتان را ظرف { $days } روز (حداکثر { $latest }) به ما بگویید تا یادآوری‌ها را تا آن روز متوقف کنیم.
       *[other] تاریخ پرداختتان را ظرف { $days } روز (حداکثر { $latest }) به ما بگویید تا یادآوری‌ها را تا آن روز متوقف کنیم.
    }
promise-date = پرداخت می‌کنم تا
promise-submit = تعهد می‌کنم
promise-done = سپاسگزاریم. تعهد شما ثبت شد و یادآوری‌ها تا آن تاریخ متوقف است.
date-hint = قالب: سال-ماه-روز، برای مثال { $example }.
dispute-title = اعتراض به مطالبه
dispute-intro = اگر فکر می‌کنید مطالبه نادرست است، دلیلش را بگویید. تا بررسی طلبکار، وصول را فوراً متوقف می‌کنیم.
dispute-reason = چرا به مطالبه اعتراض دارید؟
dispute-reason-paid = قبلاً پرداخت کرده‌ام
dispute-reason-amount = مبلغ نادرست است
dispute-reason-not-mine = این بدهی من نیست
dispute-reason-goods = آنچه را پولش را دادم دریافت نکردم
dispute-reason-other = دلیل دیگر
dispute-details = بیشتر توضیح دهید
dispute-file = پیوست یک سند (اختیاری)
dispute-file-hint = رسید یا نامه با قالب PDF، JPEG یا PNG، حداکثر ۵ مگابایت.
dispute-submit = ارسال اعتراض
dispute-done = اعتراض شما ثبت شد. وصول متوقف شد و به طلبکار اطلاع داده شد.
dispute-file-too-large = پرونده بزرگ‌تر از ۵ مگابایت است. پرونده کوچک‌تری پیوست کنید.
dispute-file-type = فقط پرونده‌های PDF، JPEG و PNG را می‌توان پیوست کرد.
dispute-need-details = به‌اختصار بگویید چرا به مطالبه اعتراض دارید.
refusal-wrong-state = این کار اکنون برای این مطالبه ممکن نیست.
refusal-nothing-owed = بر این مطالبه مبلغی بدهکار نیستید.
refusal-date-in-past = این تاریخ گذشته است. تاریخی از امروز به بعد انتخاب کنید.
refusal-above-maximum = تاریخ دیرتر از حد مجاز طلبکار است. { $latest } یا زودتر را انتخاب کنید.
refusal-too-many-months = طلبکار حداکثر { $max } ماه اجازه می‌دهد.
refusal-below-minimum = اقساط خیلی کوچک می‌شوند. حداکثر { $max } ماه انتخاب کنید.
refusal-other = انجام نشد. به ما بنویسید تا کمکتان کنیم.
message-title = به ما بنویسید
message-label = پیام شما
message-submit = ارسال
message-sent = پیام شما ارسال شد. ظرف دو روز کاری پاسخ می‌دهیم.
message-length = پیامی با حداکثر ۴۰۰۰ نویسه بنویسید.
message-history = پیام‌هایی که فرستاده‌اید
contact-title = ترجیحات تماس
contact-channels = چگونه می‌توانیم با شما تماس بگیریم؟
contact-language = زبان نامه‌ها و این وب‌سایت
contact-submit = ذخیره
contact-saved = ترجیحات شما ذخیره شد.
contact-need-one = دست‌کم یک راه تماس انتخاب کنید.
channel-email = ایمیل
channel-sms = پیامک
channel-letter = نامه پستی
channel-ebox = صندوق پست دیجیتال
survey-title = یک پرسش کوتاه
survey-question = حل این موضوع با ما چقدر آسان بود؟
survey-scale = ۱ یعنی بسیار دشوار و ۵ یعنی بسیار آسان.
survey-recommend = چقدر احتمال دارد ما را به یک دوست یا همکار توصیه کنید؟
survey-recommend-scale = ۰ یعنی اصلاً محتمل نیست و ۱۰ یعنی بسیار محتمل است. می‌توانید از این پرسش بگذرید.
survey-submit = ارسال پاسخ
survey-thanks = از پاسخ شما سپاسگزاریم.
error-back = رفتن به صفحه آغازین
error-not-found-title = صفحه پیدا نشد
error-not-found-body = این صفحه را پیدا نکردیم. شاید جابه‌جا شده یا نشانی کامل نیست.
error-expired-form-title = لطفاً دوباره تلاش کنید
error-expired-form-body = فرم منقضی شده بود. بازگردید، صفحه را دوباره بارگذاری کنید و دوباره بفرستید.
error-sign-in-title = لطفاً وارد شوید
error-sign-in-body = برای دیدن این صفحه باید وارد شوید. نشست پس از ۳۰ دقیقه پایان می‌یابد.
error-read-only-title = تغییرات به ورود دوباره نیاز دارند
error-read-only-body = با پیوندی وارد شده‌اید که قبلاً استفاده شده است. برای تغییر، با شماره مرجع پرداخت و کد پستی یا تاریخ تولد وارد شوید.
error-internal-title = متأسفیم، مشکلی پیش آمد
error-internal-body = اشکال از ماست، نه از شما. لطفاً کمی بعد دوباره تلاش کنید.

# The letters about a claim, on its page; a merged letter names the other invoices it is about.
claim-letters = نامه‌ها درباره این صورت‌حساب
claim-letter-merged = همین نامه همچنین درباره این‌هاست: { $invoices }

assistant-title = یک پرسش بپرسید
assistant-intro = آنچه نیاز دارید را با کلمات خودتان و به هر زبانی بنویسید. دستیار به شما نشان می‌دهد کجا می‌توانید این کار را اینجا انجام دهید؛ هرگز خودش چیزی را تغییر نمی‌دهد و آنچه را نتواند، یک نفر پاسخ می‌دهد.
assistant-label = پرسش شما
assistant-ask = بپرس
assistant-understood = اینجا می‌توانید این کار را انجام دهید:
assistant-unsure = مطمئن نیستم که متوجه شدم. می‌توانید پرسش خود را برای یک نفر بفرستید که اینجا به شما پاسخ می‌دهد.
assistant-handover = پرسش من را برای یک نفر بفرست
