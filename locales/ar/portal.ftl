# بوابة المدين. يجب أن يوجد كل مفتاح هنا في كل لغة (يتحقق اختبار من ذلك).
skip-to-content = انتقل إلى المحتوى
nav-label = القائمة الرئيسية
nav-claims = مطالباتك
nav-message = راسلنا
nav-contact = تفضيلات التواصل
nav-sign-out = تسجيل الخروج
language-label = اللغة
language-change = تغيير
footer-help = لديك أسئلة؟ راسلنا من هنا، أو اتصل بالرقم المذكور في رسالتك.
login-title = تسجيل الدخول
login-intro = هنا ترى ما عليك من دين وسببه، وكيف تدفع أو تقسّط الدفع أو تؤجله.
login-link-hint = أسهل طريقة هي الرابط الموجود في رسالتك البريدية أو بريدك الإلكتروني أو الرسالة النصية. لا يوجد رابط؟ سجّل الدخول برقم مرجع الدفع مع الرمز البريدي أو تاريخ الميلاد.
login-reference = مرجع الدفع (OCR أو KID)
login-reference-hint = الرقم المطبوع في الرسالة بجانب المبلغ.
login-second = الرمز البريدي أو تاريخ الميلاد
login-second-hint = مثلًا 114 55 أو 1985-04-23.
login-submit = تسجيل الدخول
login-not-recognised = لم نعثر على تطابق. تحقّق من مرجع الدفع والرمز البريدي أو تاريخ الميلاد ثم حاول مجددًا.
login-too-many = محاولات كثيرة جدًا. حفاظًا على أمانك، انتظر 15 دقيقة ثم حاول مجددًا.
link-title = أهلًا بك
link-intro = اضغط الزر لعرض مطالباتك. يبقى الرابط في رسالتك صالحًا للاطلاع.
link-continue = المتابعة إلى مطالباتك
link-invalid-title = هذا الرابط لم يعد يعمل
link-invalid-body = انتهت صلاحية الرابط أو أنه غير مكتمل. سجّل الدخول بدلًا من ذلك بمرجع الدفع مع الرمز البريدي أو تاريخ الميلاد.
read-only-note = سجّلت الدخول برابط استُخدم من قبل، لذا يمكنك الاطلاع دون إجراء تغييرات. لإجراء تغييرات، سجّل الخروج ثم ادخل بمرجع الدفع.
claims-title = مطالباتك
claims-greeting = مرحبًا { $name }.
claims-none = لا توجد لديك مطالبات لدينا. شكرًا لك!
claims-total = الإجمالي المطلوب دفعه
claims-invoice = الفاتورة
claims-due = تاريخ الاستحقاق
claims-status = الحالة
claims-outstanding = المتبقي للدفع
claim-title = الفاتورة { $invoice }
claim-credit = مبلغ نحتفظ به لك
claim-actions = ما يمكنك فعله
back-to-claims = العودة إلى مطالباتك
back-to-claim = العودة إلى المطالبة
action-pay = ادفع الآن
action-plan = قسّط المبلغ
action-postpone = أجّل الدفع
action-promise = تعهّد بالدفع قبل تاريخ
action-dispute = اعترض على المطالبة
breakdown-title = مما يتكوّن المبلغ
breakdown-intro = كل جزء مذكور مع سببه.
breakdown-none = لا شيء هنا.
section-principal = الفاتورة
section-fees = الرسوم
section-interest = الفائدة
item-invoice = الفاتورة { $invoice }
item-credit-note = إشعار دائن
item-interest = فائدة التأخير
item-payment = دفعة مستلمة
item-write-off = مبلغ مشطوب
item-refund = مبلغ مسترد
item-reversal = تصحيح
explain-principal = مبلغ الفاتورة الأصلية.
explain-fee = رسم يسمح به القانون لأن الفاتورة لم تُدفع في موعدها.
explain-interest = فائدة يسمح بها القانون على المبلغ غير المدفوع بدءًا من اليوم التالي لتاريخ الاستحقاق.
portal-fee-reminder = رسم التذكير
portal-fee-collection-warning = رسم إنذار التحصيل
portal-fee-collection-demand = رسم مطالبة التحصيل
portal-fee-payment-demand = رسم طلب الدفع
portal-fee-instalment-plan = رسم خطة التقسيط
portal-fee-instalment-notice = رسم إشعار القسط
portal-fee-late-compensation = تعويض التأخر في الدفع
portal-fee-agency-fee = أتعاب التحصيل
state-open = مفتوحة
state-notified = أُرسلت الفاتورة
state-reminded = أُرسل التذكير
state-warned = أُرسل إنذار التحصيل
state-demanded = أُرسلت مطالبة التحصيل
state-promise-to-pay = تعهّد بالدفع
state-payment-plan = خطة تقسيط
state-postponed = مؤجلة
state-disputed = معترض عليها
state-handed-over = محالة
state-paid = مدفوعة
state-written-off = مشطوبة
state-credited = مُلغاة بإشعار دائن
pay-title = طريقة الدفع
pay-heading = ادفع الفاتورة { $invoice }
pay-intro = ادفع من تطبيق البنك أو الخدمات المصرفية عبر الإنترنت باستخدام هذه البيانات. استخدم المرجع كما هو تمامًا لكي تصل الدفعة إلى الفاتورة الصحيحة.
pay-payee = المستفيد
portal-pay-bankgiro = بنك جيرو
portal-pay-plusgiro = بلس جيرو
portal-pay-account = رقم الحساب
portal-pay-iban = IBAN
pay-bic = BIC
portal-pay-ocr = مرجع OCR
portal-pay-kid = مرجع KID
portal-pay-amount = المبلغ
pay-copy = نسخ
pay-copied = تم النسخ
pay-qr-note = أو امسح هذا الرمز بتطبيق البنك: سيملأ المستفيد والمرجع والمبلغ.
pay-after = تظهر الدفعات هنا عادةً بعد يوم أو يومي عمل مصرفي.
plan-title = قسّط المبلغ
plan-intro =
    { $max ->
        [zero] يمكنك تقسيط المبلغ على مدى { $max } شهر كحد أقصى، بما لا يقل عن { $min } شهريًا.
        [one] يمكنك تقسيط المبلغ على مدى شهر واحد كحد أقصى، بما لا يقل عن { $min } شهريًا.
        [two] يمكنك تقسيط المبلغ على مدى شهرين كحد أقصى، بما لا يقل عن { $min } شهريًا.
        [few] يمكنك تقسيط المبلغ على مدى { $max } أشهر كحد أقصى، بما لا يقل عن { $min } شهريًا.
        [many] يمكنك تقسيط المبلغ على مدى { $max } شهرًا كحد أقصى، بما لا يقل عن { $min } شهريًا.
       *[other] يمكنك تقسيط المبلغ على مدى { $max } شهر كحد أقصى، بما لا يقل عن { $min } شهريًا.
    }
plan-months = عدد الأشهر
plan-preview = اعرض الجدول
plan-schedule = جدول الأقساط
plan-col-no = القسط
plan-col-due = تاريخ الاستحقاق
plan-col-amount = المبلغ
plan-fee = رسم الخطة الذي يسمح به القانون: { $fee }
plan-total = الإجمالي على مدى الخطة: { $total }
plan-count =
    { $count ->
        [zero] لا أقساط
        [one] قسط واحد
        [two] قسطان
        [few] { $count } أقساط
        [many] { $count } قسطًا
       *[other] { $count } قسط
    }
plan-accept = أوافق على هذه الخطة
plan-accepted = تم الاتفاق على خطتك. لن نرسل تذكيرات ما دمت تدفع حسب الجدول.
postpone-title = تأجيل الدفع
postpone-intro =
    { $days ->
        [zero] يمكنك تأجيل الدفع حتى { $days } يوم، وآخر موعد { $latest }.
        [one] يمكنك تأجيل الدفع يومًا واحدًا كحد أقصى، وآخر موعد { $latest }.
        [two] يمكنك تأجيل الدفع يومين كحد أقصى، وآخر موعد { $latest }.
        [few] يمكنك تأجيل الدفع حتى { $days } أيام، وآخر موعد { $latest }.
        [many] يمكنك تأجيل الدفع حتى { $days } يومًا، وآخر موعد { $latest }.
       *[other] يمكنك تأجيل الدفع حتى { $days } يوم، وآخر موعد { $latest }.
    }
postpone-date = تاريخ الدفع الجديد
postpone-submit = أجّل
postpone-done = تم تأجيل الدفع. لن نرسل تذكيرات قبل التاريخ الجديد.
promise-title = تعهّد بالدفع
promise-intro =
    { $days ->
        [zero] أخبرنا بتاريخ دفعك خلال { $days } يوم (آخر موعد { $latest })، وسنوقف التذكيرات حتى ذلك الحين.
        [one] أخبرنا بتاريخ دفعك خلال يوم واحد (آخر موعد { $latest })، وسنوقف التذكيرات حتى ذلك الحين.
        [two] أخبرنا بتاريخ دفعك خلال يومين (آخر موعد { $latest })، وسنوقف التذكيرات حتى ذلك الحين.
        [few] أخبرنا بتاريخ دفعك خلال { $days } أيام (آخر موعد { $latest })، وسنوقف التذكيرات حتى ذلك الحين.
        [many] أخبرنا بتاريخ دفعك خلال { $days } يومًا (آخر موعد { $latest })، وسنوقف التذكيرات حتى ذلك الحين.
       *[other] أخبرنا بتاريخ دفعك خلال { $days } يوم (آخر موعد { $latest })، وسنوقف التذكيرات حتى ذلك الحين.
    }
promise-date = سأدفع قبل
promise-submit = أتعهّد بالدفع
promise-done = شكرًا لك. سجّلنا تعهّدك وأوقفنا التذكيرات حتى ذلك التاريخ.
date-hint = الصيغة: سنة-شهر-يوم، مثلًا { $example }.
dispute-title = الاعتراض على المطالبة
dispute-intro = إذا كنت ترى أن المطالبة خاطئة، فأخبرنا بالسبب. سنوقف التحصيل فورًا ريثما يراجع الدائن الأمر.
dispute-reason = لماذا تعترض على المطالبة؟
dispute-reason-paid = دفعت المبلغ من قبل
dispute-reason-amount = المبلغ غير صحيح
dispute-reason-not-mine = هذا ليس دَيني
dispute-reason-goods = لم أحصل على ما دفعت ثمنه
dispute-reason-other = سبب آخر
dispute-details = أخبرنا بالمزيد
dispute-file = أرفق مستندًا (اختياري)
dispute-file-hint = إيصال أو رسالة بصيغة PDF أو JPEG أو PNG، بحجم 5 ميغابايت كحد أقصى.
dispute-submit = أرسل الاعتراض
dispute-done = تم تسجيل اعتراضك. توقف التحصيل وأُبلغ الدائن.
dispute-file-too-large = الملف أكبر من 5 ميغابايت. أرفق ملفًا أصغر.
dispute-file-type = يمكن إرفاق ملفات PDF وJPEG وPNG فقط.
dispute-need-details = أخبرنا باختصار لماذا تعترض على المطالبة.
refusal-wrong-state = هذا غير ممكن لهذه المطالبة حاليًا.
refusal-nothing-owed = لا يوجد مبلغ مستحق على هذه المطالبة.
refusal-date-in-past = هذا التاريخ قد مضى. اختر تاريخًا من اليوم فصاعدًا.
refusal-above-maximum = التاريخ أبعد مما يسمح به الدائن. اختر { $latest } أو قبله.
refusal-too-many-months = يسمح الدائن بـ { $max } شهر كحد أقصى.
refusal-below-minimum = ستكون الأقساط صغيرة جدًا. اختر { $max } شهر كحد أقصى.
refusal-other = تعذّر تنفيذ ذلك. راسلنا وسنساعدك.
message-title = راسلنا
message-label = رسالتك
message-submit = إرسال
message-sent = أُرسلت رسالتك. سنرد خلال يومي عمل.
message-length = اكتب رسالة لا تتجاوز 4000 حرف.
message-history = الرسائل التي أرسلتها
contact-title = تفضيلات التواصل
contact-channels = كيف يمكننا التواصل معك؟
contact-language = لغة الرسائل وهذا الموقع
contact-submit = حفظ
contact-saved = تم حفظ تفضيلاتك.
contact-need-one = اختر طريقة واحدة على الأقل للتواصل معك.
channel-email = البريد الإلكتروني
channel-sms = رسالة نصية
channel-letter = رسالة بالبريد
channel-ebox = صندوق بريد رقمي
survey-title = سؤال سريع واحد
survey-question = ما مدى سهولة تسوية هذا الأمر معنا؟
survey-scale = 1 تعني صعب جدًا، و5 تعني سهل جدًا.
survey-recommend = ما مدى احتمال أن توصي بنا لصديق أو زميل؟
survey-recommend-scale = 0 تعني غير محتمل على الإطلاق، و10 تعني محتمل جدًا. يمكنك تخطي هذا السؤال.
survey-submit = أرسل الإجابة
survey-thanks = شكرًا على إجابتك.
error-back = انتقل إلى الصفحة الرئيسية
error-not-found-title = الصفحة غير موجودة
error-not-found-body = لم نعثر على هذه الصفحة. ربما نُقلت أو أن العنوان غير مكتمل.
error-expired-form-title = يُرجى المحاولة مجددًا
error-expired-form-body = انتهت صلاحية النموذج. ارجع وأعد تحميل الصفحة ثم أرسله مجددًا.
error-sign-in-title = يُرجى تسجيل الدخول
error-sign-in-body = يجب تسجيل الدخول لعرض هذه الصفحة. تنتهي الجلسة بعد 30 دقيقة.
error-read-only-title = التغييرات تتطلب تسجيل دخول جديدًا
error-read-only-body = سجّلت الدخول برابط استُخدم من قبل. لإجراء تغييرات، سجّل الدخول بمرجع الدفع مع الرمز البريدي أو تاريخ الميلاد.
error-internal-title = عذرًا، حدث خطأ ما
error-internal-body = الخطأ من جهتنا وليس منك. يُرجى المحاولة بعد قليل.

# The letters about a claim, on its page; a merged letter names the other invoices it is about.
claim-letters = رسائل عن هذه الفاتورة
claim-letter-merged = الرسالة نفسها تتعلق أيضًا بـ: { $invoices }

assistant-title = اطرح سؤالاً
assistant-intro = اكتب ما تحتاجه بكلماتك وبأي لغة. يوضح لك المساعد أين تفعل ذلك هنا؛ ولا يغيّر شيئاً بنفسه أبداً، ويجيب شخص عمّا لا يستطيعه.
assistant-label = سؤالك
assistant-ask = اسأل
assistant-understood = يمكنك القيام بذلك هنا:
assistant-unsure = لست متأكداً أنني فهمت. يمكنك إرسال سؤالك إلى شخص سيجيبك هنا.
assistant-handover = أرسل سؤالي إلى شخص
