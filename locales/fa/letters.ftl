# نامه‌ها، ایمیل‌ها و پیامک‌ها (قالب‌های پیش‌فرض Purr در data/templates). جمله‌های کوتاه و
# واژه‌های ساده. نامه‌های PDF فارسی به زبان طلبکار چاپ می‌شوند، چون چیدمان PDF راست‌به‌چپ نمی‌نویسد.

## عنوان‌ها
title-pre_due_notice = سررسید صورت‌حساب شما نزدیک است
title-reminder = یادآوری: صورت‌حساب شما هنوز پرداخت نشده است
title-second_reminder = یادآوری دوم: صورت‌حساب شما هنوز پرداخت نشده است
title-collection_warning = اطلاعیه پیش از وصول طلب
title-collection_demand = مطالبه برای وصول طلب
title-payment_demand = درخواست پرداخت
title-handover = پرونده شما واگذار شد

greeting = سلام { $debtor }،

## بند نخست هر نامه
intro-pre_due_notice = با احترام یادآوری می‌کنیم که سررسید صورت‌حساب { $invoice } تاریخ { $due } است. اگر پرداخت کرده‌اید، سپاسگزاریم. لازم نیست کاری انجام دهید.
intro-reminder = هنوز پرداخت صورت‌حساب { $invoice } را که سررسیدش { $due } بود دریافت نکرده‌ایم. از قلم افتادن یک صورت‌حساب آسان است. لطفاً مبلغ زیر را بپردازید.
intro-second_reminder = سررسید صورت‌حساب { $invoice } تاریخ { $due } بود و هنوز پرداخت شما را دریافت نکرده‌ایم. لطفاً همین حالا بپردازید، یا اگر اشکالی هست به ما بگویید.
intro-collection_warning = سررسید صورت‌حساب { $invoice } از { $creditor } تاریخ { $due } بود و هنوز پرداخت نشده است. این نامه اطلاع می‌دهد که اگر پرداخت نشود، طلب برای وصول ارجاع می‌شود.
intro-collection_demand = سررسید صورت‌حساب { $invoice } از { $creditor } تاریخ { $due } بود. یادآوری فرستادیم، اما هنوز پرداخت نشده است. این یک درخواست پرداخت است.
intro-payment_demand = سررسید صورت‌حساب { $invoice } از { $creditor } تاریخ { $due } بود و هنوز پرداخت نشده است. این یک درخواست پرداخت است.
intro-handover = صورت‌حساب { $invoice } از { $creditor } هنوز پرداخت نشده است. طلب را برای ادامه وصول واگذار کردیم.

col-item = شرح
col-amount = مبلغ
col-deadline = پرداخت تا
line-principal = صورت‌حساب { $invoice }
line-interest = بهره دیرکرد
line-paid = پرداخت‌شده
line-total = قابل پرداخت

reason-principal = مبلغ صورت‌حساب { $invoice }، ارسال‌شده در { $issued } با سررسید { $due }.
reason-interest-se = بهره طبق قانون بهره سوئد، سالانه { $rate }، از { $interest_from } تا { $interest_through }.
reason-interest-no = بهره طبق قانون بهره دیرکرد نروژ، سالانه { $rate }، از { $interest_from } تا { $interest_through }.

## هزینه‌ها: نام، و آنچه اجازه می‌دهد
fee-reminder = هزینه یادآوری
fee-collection-warning = هزینه اطلاعیه
fee-collection-demand = هزینه وصول
fee-payment-demand = هزینه درخواست پرداخت
fee-instalment-plan = هزینه برنامه اقساط
fee-instalment-notice = هزینه اطلاعیه قسط
fee-late-compensation = جبران تأخیر در پرداخت
fee-agency-fee = هزینه وصول طلب
reason-fee-se = مبلغی که قانون هزینه‌های وصول سوئد اجازه می‌دهد.
reason-fee-no = مبلغی که مقررات وصول نروژ اجازه می‌دهد.
reason-fee-reminder-se = هزینه یادآوری که بر سر آن توافق کردید، همان‌طور که قانون سوئد اجازه می‌دهد.
reason-fee-collection-demand-se = هزینه‌ای که قانون هزینه‌های وصول سوئد برای این مطالبه اجازه می‌دهد.
reason-fee-late-compensation-se = مبلغ ثابتی که قانون بهره سوئد میان شرکت‌ها اجازه می‌دهد.
reason-fee-reminder-no = هزینه یادآوری که مقررات وصول نروژ اجازه می‌دهد.
reason-fee-collection-warning-no = هزینه‌ای که مقررات وصول نروژ برای این اطلاعیه اجازه می‌دهد.
reason-fee-payment-demand-no = هزینه‌ای که مقررات وصول نروژ برای این درخواست اجازه می‌دهد.

## مهلت‌ها
deadline-pre_due_notice = لطفاً تا { $deadline } بپردازید.
deadline-reminder = لطفاً تا { $deadline } بپردازید.
deadline-second_reminder = لطفاً تا { $deadline } بپردازید.
deadline-collection_warning = لطفاً تا { $deadline } بپردازید. این دست‌کم ۱۴ روز به شما فرصت می‌دهد.
deadline-collection_demand = لطفاً تا { $deadline } بپردازید، یا تا آن روز به ما بگویید که موافق نیستید.
deadline-payment_demand = لطفاً تا { $deadline } بپردازید، یا تا آن روز به ما بگویید که موافق نیستید.
deadline-handover = لطفاً تا { $deadline } بپردازید.

how-to-pay = روش پرداخت:
pay-bankgiro = Bankgiro
pay-plusgiro = Plusgiro
pay-account = حساب
pay-iban = IBAN
pay-ocr = شناسه OCR
pay-kid = KID
pay-amount = مبلغ

portal = در { $url } جزئیات را می‌بینید و می‌توانید بپردازید، مهلت بیشتر بخواهید یا مبلغ را قسطی کنید. کد شما { $code } است. این صفحه شبانه‌روز باز است.

## آنچه قانون از هر نامه می‌خواهد
legal-dispute = اگر فکر می‌کنید طلب نادرست است، به ما بگویید. از صفحه بالا استفاده کنید، یا به { $creditor } بنویسید. تا بررسی تمام شود، وصول را متوقف می‌کنیم.
legal-dispute-collection-demand-se = اگر فکر می‌کنید طلب نادرست است، تا { $deadline } به ما بگویید و دلیلش را بنویسید. از صفحه بالا استفاده کنید، یا به { $creditor } بنویسید. تا بررسی تمام شود، وصول را متوقف می‌کنیم.
legal-dispute-collection-warning-no = اگر فکر می‌کنید طلب نادرست است، تا { $deadline } به ما بگویید و دلیلش را بنویسید. از صفحه بالا استفاده کنید، یا به { $creditor } بنویسید. تا بررسی تمام شود، وصول را متوقف می‌کنیم.
legal-dispute-payment-demand-no = اگر فکر می‌کنید طلب نادرست است، تا { $deadline } به ما بگویید و دلیلش را بنویسید. از صفحه بالا استفاده کنید، یا به { $creditor } بنویسید. تا بررسی تمام شود، وصول را متوقف می‌کنیم.
legal-consequence = اگر طلب پرداخت نشود، ممکن است برای وصول آن گام‌های دیگری برداریم.
legal-consequence-collection-demand-se = اگر تا { $deadline } نپردازید یا به ما خبر ندهید، ممکن است از اداره اجرای سوئد (Kronofogden) دستور پرداخت بخواهیم. این می‌تواند هزینه بیشتر و سابقه منفی پرداخت به همراه داشته باشد.
legal-consequence-collection-warning-no = اگر تا { $deadline } نپردازید، طلب ممکن است برای وصول ارجاع شود. این هزینه بیشتری دارد که بر عهده شماست.
legal-consequence-payment-demand-no = اگر تا { $deadline } نپردازید یا اعتراض نکنید، ممکن است طلب را به شورای سازش نروژ (Forliksrådet) یا یک شرکت وصول بسپاریم. این هزینه بیشتری دارد که بر عهده شماست.
legal-complaint = اگر از نحوه رسیدگی ما به پرونده‌تان راضی نیستید، می‌توانید به ما شکایت کنید. همچنین می‌توانید به نهاد نظارت مالی نروژ (Finanstilsynet) مراجعه کنید.

closing = با احترام،

## ایمیل
email-intro-pre_due_notice = سررسید صورت‌حساب { $invoice } تاریخ { $due } است. اگر پرداخت کرده‌اید، سپاسگزاریم.
email-intro-reminder = هنوز پرداخت صورت‌حساب { $invoice } را که سررسیدش { $due } بود دریافت نکرده‌ایم.
email-intro-second_reminder = سررسید صورت‌حساب { $invoice } تاریخ { $due } بود و هنوز پرداخت نشده است.
email-intro-collection_warning = صورت‌حساب { $invoice } هنوز پرداخت نشده است. نامه پیوست اطلاعیه پیش از وصول طلب است.
email-intro-collection_demand = صورت‌حساب { $invoice } هنوز پرداخت نشده است. نامه پیوست درخواست پرداخت است.
email-intro-payment_demand = صورت‌حساب { $invoice } هنوز پرداخت نشده است. نامه پیوست درخواست پرداخت است.
email-intro-handover = صورت‌حساب { $invoice } هنوز پرداخت نشده است و آن را برای ادامه وصول واگذار کردیم.
email-portal = در { $url } جزئیات را می‌بینید و می‌توانید بپردازید یا مهلت بیشتر بخواهید. کد شما { $code } است.
email-attachment = متن کامل نامه به صورت PDF پیوست است.

## پیامک: کوتاه
sms-pre_due_notice = { $creditor }: سررسید صورت‌حساب { $invoice } ({ $total }) تاریخ { $due } است. پرداخت یا مشاهده:
sms-reminder = { $creditor }: صورت‌حساب { $invoice } ({ $total }) هنوز پرداخت نشده است. پرداخت یا دریافت کمک:
sms-second_reminder = { $creditor }: صورت‌حساب { $invoice } ({ $total }) هنوز پرداخت نشده است. پرداخت یا دریافت کمک:
sms-collection_warning = { $creditor }: اطلاعیه پیش از وصول به مبلغ { $total } برایتان فرستادیم. مشاهده:
sms-collection_demand = { $creditor }: درخواست پرداخت به مبلغ { $total } برایتان فرستادیم. مشاهده:
sms-payment_demand = { $creditor }: درخواست پرداخت به مبلغ { $total } برایتان فرستادیم. مشاهده:
sms-handover = { $creditor }: صورت‌حساب { $invoice } ({ $total }) واگذار شد. مشاهده:

## متن کنار کد پرداخت
qr-caption-swish = با Swish بپردازید. کد را در برنامه Swish اسکن کنید. مبلغ و شناسه پر شده‌اند.
qr-caption-epc = با انتقال بانکی بپردازید. کد را در برنامه بانک خود اسکن کنید. مبلغ و شناسه پر شده‌اند.

## اطلاعیه‌های پرونده (data/templates/notice-*.j2)
title-plan_confirmation = برنامه پرداخت شما آماده است
title-instalment_missed = یک قسط از برنامه پرداخت شما پرداخت نشده است
title-plan_lapsed = برنامه پرداخت شما به پایان رسید
title-dispute_rejected = پاسخ ما به اعتراض شما
title-promise_broken = پرداختی را که قول داده بودید دریافت نکرده‌ایم

intro-plan_confirmation = سپاسگزاریم! اکنون برای صورت‌حساب { $invoice } برنامه پرداخت دارید. تا وقتی طبق توافق بپردازید، گام دیگری برنمی‌داریم. هزینه تازه‌ای هم اضافه نمی‌شود.
intro-instalment_missed = قسط شماره { $number } از برنامه پرداخت صورت‌حساب { $invoice } را دریافت نکرده‌ایم. مبلغ آن { $amount } و سررسیدش { $missed_due } بود. فراموش کردن یک پرداخت آسان است.
intro-plan_lapsed = برنامه پرداخت صورت‌حساب { $invoice } به پایان رسید. یکی از قسط‌ها به‌موقع پرداخت نشد.
intro-dispute_rejected = به ما گفتید که با صورت‌حساب { $invoice } از { $creditor } موافق نیستید. موضوع را با دقت بررسی کردیم. به نظر ما طلب درست است، پس همچنان برقرار است.
intro-promise_broken = قول داده بودید صورت‌حساب { $invoice } را تا { $promised } بپردازید. هنوز پول را دریافت نکرده‌ایم. شاید در راه باشد. اگر چنین است، سپاسگزاریم!

answer = پاسخ ما:
col-due = پرداخت تا
line-plan-total = جمع برنامه
letter-plan-count =
    { $count ->
        [one] این برنامه { $count } قسط دارد:
       *[other] این برنامه { $count } قسط دارد:
    }
letter-plan-fee = مبلغ‌ها شامل هزینه { $plan_fee } برای برنامه است. قانون این هزینه را اجازه می‌دهد.

next-plan_confirmation = هر قسط را تا تاریخ خودش بپردازید. از شناسه زیر استفاده کنید تا بدانیم پرداخت از شماست. اگر نمی‌توانید قسطی را بپردازید، پیش از سررسیدش به ما بگویید.
next-instalment_missed = لطفاً { $amount } را تا { $lapses_after } بپردازید. آن‌گاه برنامه مثل قبل ادامه می‌یابد. اگر تا آن روز دریافت نکنیم، برنامه پایان می‌یابد. سپس گام‌های معمول برای صورت‌حساب‌های پرداخت‌نشده دوباره آغاز می‌شود.
next-plan_lapsed = گام‌های معمول برای صورت‌حساب‌های پرداخت‌نشده اکنون دوباره آغاز می‌شود. این می‌تواند هزینه تازه داشته باشد. برای پرهیز از آن، { $total } را تا { $deadline } بپردازید. اگر کمک لازم دارید به ما بگویید.
next-dispute_rejected = اکنون وصول طلب را ادامه می‌دهیم. لطفاً { $total } را تا { $deadline } بپردازید. اطلاعات تازه‌ای دارید، یا هنوز موافق نیستید؟ پیش از آن روز به ما بگویید. همچنین می‌توانید به { $creditor } بنویسید.
next-promise_broken = لطفاً { $total } را هر چه زودتر، و حداکثر تا { $deadline }، بپردازید. اگر نمی‌توانید بپردازید به ما بگویید. اغلب راه‌حلی هست، مثلاً برنامه پرداخت. اگر از شما خبری نشود، گام‌های معمول برای صورت‌حساب‌های پرداخت‌نشده دوباره آغاز می‌شود.

sms-plan_confirmation = { $creditor }: برنامه پرداخت صورت‌حساب { $invoice } آماده است. قسط نخست { $amount } تا { $first_due }. مشاهده برنامه:
sms-instalment_missed = { $creditor }: قسط شماره { $number } برنامه شما ({ $amount }) پرداخت نشده است. برای ماندن برنامه تا { $lapses_after } بپردازید. بیشتر:
sms-plan_lapsed = { $creditor }: برنامه پرداخت صورت‌حساب { $invoice } به پایان رسید. اکنون { $total } باید پرداخت شود. بیشتر:
sms-dispute_rejected = { $creditor }: به اعتراض شما درباره صورت‌حساب { $invoice } پاسخ دادیم. { $total } باید پرداخت شود. بیشتر:
sms-promise_broken = { $creditor }: پرداختی را که برای صورت‌حساب { $invoice } ({ $total }) قول داده بودید دریافت نکرده‌ایم. بیشتر:

## Merged letters (case merging: one letter about several invoices of one debtor,
## data/templates/merged-*.j2). Values as above; $total is the total of every invoice.
title-merged-pre_due_notice = سررسید صورت‌حساب‌های شما نزدیک است
title-merged-reminder = یادآوری: صورت‌حساب‌های شما هنوز پرداخت نشده‌اند
title-merged-second_reminder = یادآوری دوم: صورت‌حساب‌های شما هنوز پرداخت نشده‌اند
title-merged-collection_warning = اطلاعیه پیش از وصول طلب
title-merged-collection_demand = مطالبه برای وصول طلب
title-merged-payment_demand = درخواست پرداخت
title-merged-handover = صورت‌حساب‌های شما واگذار شدند

intro-merged-pre_due_notice = یادآوری دوستانه: سررسید صورت‌حساب‌های زیر از { $creditor } نزدیک است. اگر پرداخت کرده‌اید، سپاسگزاریم. لازم نیست کاری انجام دهید.
intro-merged-reminder = هنوز پرداخت صورت‌حساب‌های زیر از { $creditor } را دریافت نکرده‌ایم. از قلم افتادن یک صورت‌حساب آسان است. لطفاً مبالغ زیر را بپردازید.
intro-merged-second_reminder = سررسید صورت‌حساب‌های زیر از { $creditor } گذشته است و هنوز پرداختی دریافت نکرده‌ایم. لطفاً اکنون بپردازید، یا اگر اشکالی هست به ما بگویید.
intro-merged-collection_warning = سررسید صورت‌حساب‌های زیر از { $creditor } گذشته است و هنوز پرداخت نشده‌اند. این نامه اطلاعیه‌ای است که اگر پرداخت نشوند، برای وصول طلب فرستاده می‌شوند.
intro-merged-collection_demand = سررسید صورت‌حساب‌های زیر از { $creditor } گذشته است. یادآوری فرستادیم، اما هنوز پرداخت نشده‌اند. این یک مطالبه پرداخت است.
intro-merged-payment_demand = سررسید صورت‌حساب‌های زیر از { $creditor } گذشته است و هنوز پرداخت نشده‌اند. این یک درخواست پرداخت است.
intro-merged-handover = صورت‌حساب‌های زیر از { $creditor } هنوز پرداخت نشده‌اند. طلب‌ها را برای ادامه وصول واگذار کردیم.

merged-claim = صورت‌حساب { $invoice }، سررسید { $due }
merged-claim-total = قابل پرداخت برای صورت‌حساب { $invoice }
merged-total = جمع قابل پرداخت
merged-pay-each = هر صورت‌حساب را با شماره مرجع خودش بپردازید. این‌طور می‌دانیم کدام صورت‌حساب را پرداخته‌اید.
email-intro-merged = این پیام درباره چند صورت‌حساب از { $creditor } است. نامه پیوست هر صورت‌حساب و مبلغ قابل پرداخت را نشان می‌دهد.
sms-merged = { $creditor }: نامه‌ای درباره چند صورت‌حساب شما، جمعاً { $total }. اینجا ببینید:
