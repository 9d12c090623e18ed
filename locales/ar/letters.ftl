# الرسائل والبريد الإلكتروني والرسائل النصية (قوالب Purr الافتراضية في data/templates). جمل قصيرة
# وكلمات بسيطة. رسائل PDF بالعربية تُطبع بلغة الدائن لأن تخطيط PDF لا يكتب من اليمين إلى اليسار.

## العناوين
title-pre_due_notice = موعد دفع فاتورتك قريب
title-reminder = تذكير: لم تُدفع فاتورتك بعد
title-second_reminder = تذكير ثانٍ: فاتورتك ما زالت غير مدفوعة
title-collection_warning = إشعار قبل تحصيل الدين
title-collection_demand = مطالبة بتحصيل الدين
title-payment_demand = مطالبة بالدفع
title-handover = أُحيلت قضيتك

greeting = مرحبًا { $debtor }،

## الفقرة الأولى من كل رسالة
intro-pre_due_notice = نذكّرك بلطف بأن موعد دفع الفاتورة { $invoice } هو { $due }. إذا كنت قد دفعت، فشكرًا لك. لا تحتاج إلى فعل أي شيء.
intro-reminder = لم نستلم بعد دفعة الفاتورة { $invoice } التي كان موعدها { $due }. من السهل أن تفوتك فاتورة. نرجو دفع المبلغ أدناه.
intro-second_reminder = كان موعد دفع الفاتورة { $invoice } هو { $due }، وما زلنا لم نستلم دفعتك. نرجو الدفع الآن، أو إخبارنا إذا كان هناك خطأ.
intro-collection_warning = كان موعد دفع الفاتورة { $invoice } من { $creditor } هو { $due }، وما زالت غير مدفوعة. هذه الرسالة إشعار بأن الدين سيُحال إلى التحصيل إذا لم يُدفع.
intro-collection_demand = كان موعد دفع الفاتورة { $invoice } من { $creditor } هو { $due }. أرسلنا تذكيرات، لكنها ما زالت غير مدفوعة. هذه مطالبة بالدفع.
intro-payment_demand = كان موعد دفع الفاتورة { $invoice } من { $creditor } هو { $due }، وما زالت غير مدفوعة. هذه مطالبة بالدفع.
intro-handover = الفاتورة { $invoice } من { $creditor } ما زالت غير مدفوعة. أحلنا الدين الآن لمتابعة تحصيله.

col-item = البند
col-amount = المبلغ
col-deadline = ادفع قبل
line-principal = الفاتورة { $invoice }
line-interest = فائدة التأخير
line-paid = مدفوع سابقًا
line-total = المطلوب دفعه

reason-principal = مبلغ الفاتورة { $invoice }، المرسلة في { $issued }، وموعد دفعها { $due }.
reason-interest-se = فائدة وفق قانون الفائدة السويدي، بنسبة { $rate } سنويًا، من { $interest_from } إلى { $interest_through }.
reason-interest-no = فائدة وفق قانون فائدة التأخير النرويجي، بنسبة { $rate } سنويًا، من { $interest_from } إلى { $interest_through }.

## الرسوم: الاسم، وما يسمح بها
fee-reminder = رسم التذكير
fee-collection-warning = رسم الإشعار
fee-collection-demand = رسم التحصيل
fee-payment-demand = رسم المطالبة بالدفع
fee-instalment-plan = رسم خطة التقسيط
fee-instalment-notice = رسم إشعار القسط
fee-late-compensation = تعويض التأخير في الدفع
fee-agency-fee = تكلفة التحصيل
reason-fee-se = المبلغ الذي يسمح به القانون السويدي لتكاليف التحصيل.
reason-fee-no = المبلغ الذي تسمح به قواعد التحصيل النرويجية.
reason-fee-reminder-se = رسم التذكير الذي اتفقتما عليه، كما يسمح القانون السويدي.
reason-fee-collection-demand-se = الرسم الذي يسمح به القانون السويدي لتكاليف التحصيل لهذه المطالبة.
reason-fee-late-compensation-se = المبلغ الثابت الذي يسمح به قانون الفائدة السويدي بين الشركات.
reason-fee-reminder-no = رسم التذكير الذي تسمح به قواعد التحصيل النرويجية.
reason-fee-collection-warning-no = الرسم الذي تسمح به قواعد التحصيل النرويجية لهذا الإشعار.
reason-fee-payment-demand-no = الرسم الذي تسمح به قواعد التحصيل النرويجية لهذه المطالبة.

## المواعيد
deadline-pre_due_notice = نرجو الدفع قبل { $deadline }.
deadline-reminder = نرجو الدفع قبل { $deadline }.
deadline-second_reminder = نرجو الدفع قبل { $deadline }.
deadline-collection_warning = نرجو الدفع قبل { $deadline }. هذا يمنحك 14 يومًا على الأقل.
deadline-collection_demand = نرجو الدفع، أو إخبارنا بأنك لا توافق، قبل { $deadline }.
deadline-payment_demand = نرجو الدفع، أو إخبارنا بأنك لا توافق، قبل { $deadline }.
deadline-handover = نرجو الدفع قبل { $deadline }.

how-to-pay = طريقة الدفع:
pay-bankgiro = Bankgiro
pay-plusgiro = Plusgiro
pay-account = الحساب
pay-iban = IBAN
pay-ocr = مرجع OCR
pay-kid = KID
pay-amount = المبلغ

portal = على { $url } ترى التفاصيل، ويمكنك الدفع أو طلب مهلة أو تقسيط المبلغ. رمزك هو { $code }. الصفحة مفتوحة ليلًا ونهارًا.

## ما يطلب القانون أن تقوله كل رسالة
legal-dispute = إذا كنت ترى أن المطالبة خاطئة، فأخبرنا. استخدم الصفحة أعلاه، أو اكتب إلى { $creditor }. نوقف التحصيل أثناء المراجعة.
legal-dispute-collection-demand-se = إذا كنت ترى أن المطالبة خاطئة، فأخبرنا قبل { $deadline } واذكر السبب. استخدم الصفحة أعلاه، أو اكتب إلى { $creditor }. نوقف التحصيل أثناء المراجعة.
legal-dispute-collection-warning-no = إذا كنت ترى أن المطالبة خاطئة، فأخبرنا قبل { $deadline } واذكر السبب. استخدم الصفحة أعلاه، أو اكتب إلى { $creditor }. نوقف التحصيل أثناء المراجعة.
legal-dispute-payment-demand-no = إذا كنت ترى أن المطالبة خاطئة، فأخبرنا قبل { $deadline } واذكر السبب. استخدم الصفحة أعلاه، أو اكتب إلى { $creditor }. نوقف التحصيل أثناء المراجعة.
legal-consequence = إذا لم يُدفع الدين، فقد نتخذ خطوات أخرى لتحصيله.
legal-consequence-collection-demand-se = إذا لم تدفع أو تخبرنا قبل { $deadline }، فقد نطلب أمر دفع من هيئة التنفيذ السويدية (Kronofogden). قد يضيف ذلك تكاليف وملاحظة سلبية في سجل الدفع.
legal-consequence-collection-warning-no = إذا لم تدفع قبل { $deadline }، فقد يُحال الدين إلى التحصيل. يضيف ذلك تكاليف تتحملها أنت.
legal-consequence-payment-demand-no = إذا لم تدفع أو تعترض قبل { $deadline }، فقد نرفع الدين إلى مجلس المصالحة النرويجي (Forliksrådet) أو نحيله إلى شركة تحصيل. يضيف ذلك تكاليف تتحملها أنت.
legal-complaint = إذا لم تكن راضيًا عن طريقة تعاملنا مع قضيتك، يمكنك تقديم شكوى إلينا. ويمكنك أيضًا التوجه إلى هيئة الرقابة المالية النرويجية (Finanstilsynet).

closing = مع أطيب التحيات،

## البريد الإلكتروني
email-intro-pre_due_notice = موعد دفع الفاتورة { $invoice } هو { $due }. إذا كنت قد دفعت، فشكرًا لك.
email-intro-reminder = لم نستلم بعد دفعة الفاتورة { $invoice } التي كان موعدها { $due }.
email-intro-second_reminder = كان موعد دفع الفاتورة { $invoice } هو { $due }، وما زالت غير مدفوعة.
email-intro-collection_warning = الفاتورة { $invoice } ما زالت غير مدفوعة. الرسالة المرفقة إشعار قبل تحصيل الدين.
email-intro-collection_demand = الفاتورة { $invoice } ما زالت غير مدفوعة. الرسالة المرفقة مطالبة بالدفع.
email-intro-payment_demand = الفاتورة { $invoice } ما زالت غير مدفوعة. الرسالة المرفقة مطالبة بالدفع.
email-intro-handover = الفاتورة { $invoice } ما زالت غير مدفوعة، وقد أحلناها لمتابعة تحصيلها.
email-portal = على { $url } ترى التفاصيل، ويمكنك الدفع أو طلب مهلة. رمزك هو { $code }.
email-attachment = الرسالة كاملة مرفقة بصيغة PDF.

## الرسائل النصية: قصيرة
sms-pre_due_notice = { $creditor }: موعد دفع الفاتورة { $invoice } ({ $total }) هو { $due }. ادفع أو اطّلع هنا:
sms-reminder = { $creditor }: الفاتورة { $invoice } ({ $total }) لم تُدفع بعد. ادفع أو اطلب المساعدة هنا:
sms-second_reminder = { $creditor }: الفاتورة { $invoice } ({ $total }) ما زالت غير مدفوعة. ادفع أو اطلب المساعدة هنا:
sms-collection_warning = { $creditor }: أرسلنا إليك إشعارًا قبل التحصيل بمبلغ { $total }. اطّلع هنا:
sms-collection_demand = { $creditor }: أرسلنا إليك مطالبة بمبلغ { $total }. اطّلع هنا:
sms-payment_demand = { $creditor }: أرسلنا إليك مطالبة بمبلغ { $total }. اطّلع هنا:
sms-handover = { $creditor }: أُحيلت الفاتورة { $invoice } ({ $total }). اطّلع هنا:

## النص بجانب رمز الدفع
qr-caption-swish = ادفع عبر Swish. امسح الرمز في تطبيق Swish. المبلغ والمرجع معبّآن.
qr-caption-epc = ادفع بتحويل بنكي. امسح الرمز في تطبيق مصرفك. المبلغ والمرجع معبّآن.

## إشعارات القضية (data/templates/notice-*.j2)
title-plan_confirmation = خطة الدفع الخاصة بك جاهزة
title-instalment_missed = قسط من خطة الدفع لم يُدفع
title-plan_lapsed = انتهت خطة الدفع الخاصة بك
title-dispute_rejected = ردّنا على اعتراضك
title-promise_broken = لم نستلم الدفعة التي وعدت بها

intro-plan_confirmation = شكرًا لك! لديك الآن خطة دفع للفاتورة { $invoice }. ما دمت تدفع كما اتفقنا، لن نتخذ أي خطوات أخرى. ولن تُضاف رسوم جديدة.
intro-instalment_missed = لم نستلم القسط رقم { $number } من خطة الدفع للفاتورة { $invoice }. كان مبلغه { $amount } وموعده { $missed_due }. من السهل أن تنسى دفعة.
intro-plan_lapsed = انتهت خطة الدفع للفاتورة { $invoice }. لم يُدفع أحد الأقساط في موعده.
intro-dispute_rejected = أخبرتنا بأنك لا توافق على الفاتورة { $invoice } من { $creditor }. راجعنا الأمر بعناية. نرى أن المطالبة صحيحة، لذلك تبقى قائمة.
intro-promise_broken = وعدت بدفع الفاتورة { $invoice } قبل { $promised }. لم نستلم المال بعد. ربما هو في الطريق. إن كان كذلك، فشكرًا لك!

answer = ردّنا:
col-due = ادفع قبل
line-plan-total = إجمالي الخطة
letter-plan-count =
    { $count ->
        [zero] لا تتضمن الخطة أي قسط:
        [one] تتضمن الخطة قسطًا واحدًا:
        [two] تتضمن الخطة قسطين:
        [few] تتضمن الخطة { $count } أقساط:
        [many] تتضمن الخطة { $count } قسطًا:
       *[other] تتضمن الخطة { $count } قسط:
    }
letter-plan-fee = تشمل المبالغ رسمًا قدره { $plan_fee } للخطة. يسمح القانون بهذا الرسم.

next-plan_confirmation = ادفع كل قسط قبل موعده. استخدم المرجع أدناه حتى نعرف أن الدفعة منك. إذا لم تستطع دفع قسط، فأخبرنا قبل موعده.
next-instalment_missed = نرجو دفع { $amount } قبل { $lapses_after }. عندها تستمر خطتك كما كانت. إذا لم نستلمه بحلول ذلك الوقت، تنتهي الخطة. وتبدأ عندها من جديد الخطوات المعتادة للفواتير غير المدفوعة.
next-plan_lapsed = تبدأ الآن من جديد الخطوات المعتادة للفواتير غير المدفوعة. قد يضيف ذلك رسومًا جديدة. ادفع { $total } قبل { $deadline } لتتجنب ذلك. أخبرنا إذا احتجت إلى مساعدة.
next-dispute_rejected = نتابع الآن تحصيل الدين. نرجو دفع { $total } قبل { $deadline }. هل لديك معلومات جديدة، أو ما زلت لا توافق؟ أخبرنا قبل ذلك اليوم. يمكنك أيضًا الكتابة إلى { $creditor }.
next-promise_broken = نرجو دفع { $total } في أقرب وقت ممكن، وقبل { $deadline } على الأكثر. أخبرنا إذا لم تستطع الدفع. غالبًا ما يوجد حل، مثل خطة دفع. إذا لم نسمع منك، تبدأ من جديد الخطوات المعتادة للفواتير غير المدفوعة.

sms-plan_confirmation = { $creditor }: خطة الدفع للفاتورة { $invoice } جاهزة. القسط الأول { $amount } قبل { $first_due }. اطّلع على الخطة:
sms-instalment_missed = { $creditor }: القسط رقم { $number } من خطتك ({ $amount }) لم يُدفع. ادفع قبل { $lapses_after } لتبقى الخطة. المزيد:
sms-plan_lapsed = { $creditor }: انتهت خطة الدفع للفاتورة { $invoice }. المطلوب الآن { $total }. المزيد:
sms-dispute_rejected = { $creditor }: رددنا على اعتراضك على الفاتورة { $invoice }. المطلوب { $total }. المزيد:
sms-promise_broken = { $creditor }: لم نستلم الدفعة التي وعدت بها للفاتورة { $invoice } ({ $total }). المزيد:

## Merged letters (case merging: one letter about several invoices of one debtor,
## data/templates/merged-*.j2). Values as above; $total is the total of every invoice.
title-merged-pre_due_notice = موعد دفع فواتيرك قريب
title-merged-reminder = تذكير: لم تُدفع فواتيرك بعد
title-merged-second_reminder = تذكير ثانٍ: فواتيرك ما زالت غير مدفوعة
title-merged-collection_warning = إشعار قبل تحصيل الدين
title-merged-collection_demand = مطالبة بتحصيل الدين
title-merged-payment_demand = مطالبة بالدفع
title-merged-handover = أُحيلت فواتيرك

intro-merged-pre_due_notice = نذكّرك بلطف بأن موعد دفع الفواتير أدناه من { $creditor } قريب. إن كنت قد دفعت، فشكرًا لك. لا حاجة لفعل أي شيء.
intro-merged-reminder = لم نستلم بعد دفع الفواتير أدناه من { $creditor }. من السهل أن تفوتك فاتورة. نرجو دفع المبالغ أدناه.
intro-merged-second_reminder = فات موعد دفع الفواتير أدناه من { $creditor }، وما زلنا لم نستلم دفعتك. نرجو الدفع الآن، أو أخبرنا إن كان هناك خطأ.
intro-merged-collection_warning = فات موعد دفع الفواتير أدناه من { $creditor }، وما زالت غير مدفوعة. هذه الرسالة إشعار بأنها ستُحال إلى تحصيل الديون إن لم تُدفع.
intro-merged-collection_demand = فات موعد دفع الفواتير أدناه من { $creditor }. أرسلنا تذكيرات، لكنها ما زالت غير مدفوعة. هذه مطالبة بالدفع.
intro-merged-payment_demand = فات موعد دفع الفواتير أدناه من { $creditor }، وما زالت غير مدفوعة. هذه مطالبة بالدفع.
intro-merged-handover = الفواتير أدناه من { $creditor } ما زالت غير مدفوعة. أحلنا الديون الآن لمتابعة تحصيلها.

merged-claim = الفاتورة { $invoice }، موعد الدفع { $due }
merged-claim-total = المطلوب دفعه للفاتورة { $invoice }
merged-total = المجموع المطلوب دفعه
merged-pay-each = ادفع كل فاتورة بمرجعها الخاص. هكذا نعرف أي فاتورة دفعت.
email-intro-merged = تتعلق هذه الرسالة بعدة فواتير من { $creditor }. الرسالة المرفقة تذكر كل فاتورة والمبلغ المطلوب دفعه.
sms-merged = { $creditor }: رسالة عن عدة فواتير لك، المجموع { $total }. اطّلع عليها هنا:
