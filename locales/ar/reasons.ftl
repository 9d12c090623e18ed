# أسباب قواعد القانون (الرسوم والفوائد والمهل) للمدين بكلمات بسيطة.
# رسالة واحدة لكل قاعدة: reason-<معرّف القاعدة مع "-" بدل ".">. يُعرض النص القانوني منفصلًا.

reason-se-interest-period =
    { $days ->
        [one] يوم واحد
        [two] يومان
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    } (من { $from } إلى { $to }) بسعر { $rate } % (السعر المرجعي { $reference } % + 8) على { $principal }، أساس الأيام { $basis }: { $amount }.
reason-no-interest-period =
    { $days ->
        [one] يوم واحد
        [two] يومان
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    } (من { $from } إلى { $to }) بسعر فائدة التأخير النرويجي { $rate } % على { $principal }، أساس الأيام { $basis }: { $amount }.
reason-interest-contract-period =
    { $days ->
        [one] يوم واحد
        [two] يومان
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    } (من { $from } إلى { $to }) بالسعر المتفق عليه { $rate } % على { $principal }، أساس الأيام { $basis }: { $amount }.
reason-se-interest-start-due = تم الاتفاق على تاريخ الاستحقاق { $due }، لذلك تُحسب فائدة التأخير من { $first } حتى { $last } ضمنًا.
reason-no-interest-start-due = تم الاتفاق على تاريخ الاستحقاق { $due }، لذلك تُحسب فائدة التأخير من { $first } حتى { $last } ضمنًا.
reason-se-interest-start-demand = لم يُتفق على تاريخ استحقاق؛ المطالبة المرسلة في { $sent } نبّهت إلى الفائدة، لذلك تُحسب الفائدة من { $first } (بعد 30 يومًا) حتى { $last } ضمنًا.
reason-no-interest-start-demand = لم يُتفق على تاريخ استحقاق؛ تُحسب الفائدة من { $first }، بعد 30 يومًا من المطالبة المكتوبة المرسلة في { $sent }، حتى { $last } ضمنًا.
reason-se-interest-no-warning = لا فائدة: لم يُتفق على تاريخ استحقاق، والمطالبة المرسلة في { $sent } لم تنبّه إلى أن فائدة ستُحتسب.
reason-interest-none = لا فائدة: وصلت الدفعة في { $last } قبل أول يوم للفائدة { $first }.
reason-interest-contract-rate = يُطبَّق السعر المتفق عليه { $rate } % ({ $mode }) بدلًا من السعر القانوني.
reason-se-due-moved = وقع تاريخ الاستحقاق { $due } في يوم { $day }؛ يمكنك الدفع في يوم العمل التالي، { $moved }.
reason-no-due-moved = وقع تاريخ الاستحقاق { $due } في يوم { $day }؛ ويُنقل إلى يوم العمل التالي، { $moved }.
reason-fee-before-due = لا رسوم: أُرسلت الرسالة في { $sent }، وليس بعد تاريخ الاستحقاق { $due }.
reason-fee-not-in-jurisdiction = لا رسوم: الخطوة { $step } غير موجودة في قواعد { $jurisdiction }.
reason-step-normalised = الخطوة { $given } اسمها { $used } في { $jurisdiction } وتُعامل على هذا الأساس.
reason-fee-not-modelled = لا رسوم: لا يأخذ Purr رسومًا مقابل { $step } في { $jurisdiction }.
reason-se-fee-reminder = رسوم التذكير { $amount }: متفق عليها عند نشوء الدين.
reason-se-fee-reminder-not-agreed = لا رسوم تذكير: لم يُتفق على أي رسوم عند نشوء الدين.
reason-se-fee-already-charged = لا رسوم: سبق أخذ رسوم مقابل { $step } على هذا الدين.
reason-se-fee-collection-demand = رسوم مطالبة التحصيل { $amount }.
reason-se-fee-instalment-plan = رسوم خطة التقسيط { $amount }: خطة مكتوبة كاملة لكامل الدين، أُعدّت معك.
reason-se-fee-instalment-notice = رسوم إشعار { $amount } لقسط واحد من خطة التقسيط.
reason-se-fee-instalment-notice-no-plan = لا رسوم إشعار: لا توجد خطة تقسيط متفق عليها.
reason-se-fee-late-compensation = تعويض التأخير { $amount }: المدين شركة والفائدة تُحتسب.
reason-se-fee-late-compensation-consumer = لا تعويض عن التأخير: لا يُطبَّق إلا إذا كان المدين شركة.
reason-se-fee-b2b-instead = لا رسوم مقابل { $step }: للمدين الذي هو شركة، يحل تعويض التأخير البالغ { $compensation } محل رسوم التذكير والمطالبة والخطة.
reason-no-fee-reminder = رسوم التذكير { $amount }: 1/20 من سعر التحصيل النرويجي (inkassosats) البالغ { $sats } الساري عند إرسال الرسالة في { $sent }.
reason-no-fee-collection-warning = رسوم إنذار التحصيل { $amount }: 1/20 من سعر التحصيل { $sats } الساري في { $sent }.
reason-no-fee-payment-demand = رسوم مطالبة الدفع { $amount }: 3/20 من سعر التحصيل { $sats } الساري في { $sent }.
reason-no-fee-rounded = يُقرَّب المبلغ { $exact } إلى أقرب { $unit } كرونة نرويجية: { $amount }.
reason-no-fee-too-early = لا رسوم: أُرسلت الرسالة في { $sent }، قبل مرور 14 يومًا على تاريخ الاستحقاق { $due } (أقرب موعد { $earliest }).
reason-no-fee-deadline-not-missed = لا رسوم: أُرسل تذكير أو إنذار سابق، ولم تنقضِ مهلته البالغة 14 يومًا على الأقل دون دفع.
reason-no-fee-max-reached = لا رسوم: تم بلوغ الحد الأقصى لكل دين (تذكيران + مطالبة دفع واحدة، أو تذكير واحد + إنذار واحد + مطالبة دفع واحدة).
reason-no-fee-after-demand = لا رسوم: أُرسلت مطالبة دفع من قبل؛ التذكيرات والإنذارات بعدها مجانية.
reason-no-fee-payment-demand-no-prior = لا رسوم: تحتاج مطالبة الدفع إلى تذكير أو إنذار سابق انقضت مهلته البالغة 14 يومًا على الأقل دون دفع.
reason-no-fee-already-charged = لا رسوم: سبق أخذ رسوم مقابل { $step } على هذا الدين.
reason-no-fee-standard-compensation = تعويض قياسي { $rate } لنصف السنة ({ $from })، مخصومًا منه رسوم التذكير المأخوذة سابقًا { $offset }: { $amount }.
reason-no-fee-standard-compensation-consumer = لا تعويض قياسي: لا يُطبَّق إلا بين الشركات.
reason-no-fee-not-overdue = لا تعويض: لم يكن الدين متأخرًا عند إرسال الرسالة في { $sent } (الاستحقاق { $due }).
reason-no-fee-agency-fee = أتعاب التحصيل { $amount }: المبلغ الأصلي { $principal } يقع في الشريحة حتى { $bracket }، { $multiple } × سعر التحصيل { $sats }، سعر { $rate_kind }{ $b2b }.
reason-no-fee-agency-fee-offset = يُخصم التعويض القياسي المأخوذ سابقًا { $offset } من أتعاب التحصيل: { $amount }.
reason-no-fee-agency-fee-no-demand = لا أتعاب تحصيل: لا توجد مطالبة دفع انقضت مهلتها.
reason-no-fee-agency-fee-merged = ديون المدين نفسه (عددها { $claims }) تُعد قضية واحدة: الأتعاب على مجموع المبلغ الأصلي { $principal } هي { $combined }، مقابل { $separate } لكل دين على حدة؛ المأخوذ { $amount }.
reason-se-deadline-collection-demand = يجب أن تكون المهلة 8 أيام على الأقل من الإرسال في { $sent } ({ $eight_days }) و4 أيام عمل مصرفية من الاستلام المفترض في { $receipt } ({ $four_bank_days }): أقرب موعد { $deadline }.
reason-se-deadline-reminder = لا يحدد أي قانون مهلة للتذكير السويدي؛ يستخدم Purr الحد الأدنى نفسه لمطالبة التحصيل: أقرب موعد { $deadline }.
reason-se-presumed-receipt = الاستلام المفترض: { $receipt } ({ $delivery }).
reason-no-deadline-14-days = المهلة 14 يومًا على الأقل من الإرسال في { $sent }: اليوم نفسه من الأسبوع بعد أسبوعين، { $deadline }، حتى لو كان عطلة.
reason-no-deadline-reminder = التذكير بمهلة 14 يومًا على الأقل ({ $deadline }) يحفظ الحق في رسوم الخطوة التالية.
reason-step-next = يمكن اتخاذ الخطوة التالية ابتداءً من { $next }، اليوم التالي لانتهاء المهلة { $deadline }.
reason-no-agency-fee-heavy-from = سعر أتعاب أعلى ابتداءً من { $heavy_from }: بعد أكثر من 28 يومًا من مهلة مطالبة الدفع { $deadline }.
reason-no-contact-window = الاتصال مسموح في { $at }: أيام العمل 08–21 أو السبت 09–15، وضمن الحدود ({ $day_calls }/1 اليوم، { $week_calls }/5 هذا الأسبوع، { $month_calls }/15 هذا الشهر).
reason-no-contact-closed-day = لا اتصال في { $at }: أبدًا في أيام الأحد أو العطل الرسمية ({ $day }).
reason-no-contact-outside-hours = لا اتصال في { $at }: خارج الساعات المسموح بها { $window }.
reason-no-contact-cap = لا اتصال: تم بلوغ الحد الأقصى وهو { $cap } مكالمات لكل { $per } ({ $count }).
reason-se-contact-no-rule = لم توجد قاعدة سويدية بشأن ساعات الاتصال؛ تُطبَّق ممارسة التحصيل الجيدة.
reason-se-limitation = التقادم بعد { $years } سنوات محسوبة من { $start } ({ $basis }): يسقط الدين بالتقادم في { $expires }.
reason-se-limitation-interrupted = انقطع التقادم في { $on } ({ $kind })؛ وتبدأ من هناك مدة جديدة قدرها { $years } سنوات.
reason-no-limitation = التقادم بعد 3 سنوات من { $start }، حين أمكن المطالبة بالدفع: يسقط الدين بالتقادم في { $expires }.
reason-no-limitation-interrupted = انقطع التقادم في { $on } ({ $kind })؛ وتبدأ من هناك مدة جديدة قدرها 3 سنوات.
reason-no-limitation-letter-ignored = رسالة المطالبة المؤرخة { $on } لا تقطع التقادم في النرويج؛ لا يقطعه إلا الإقرار بالدين أو الإجراءات القانونية.
reason-dunning-closed = حالة الدين: { $state }؛ لا شيء للتحصيل.
reason-dunning-disputed = الدين متنازع عليه: يتوقف كل التحصيل حتى حل النزاع.
reason-dunning-creditor-paused = أوقف الدائن تحصيل هذا الدين مؤقتًا: الخطوات التالية تنتظر.
reason-dunning-held-until = حالة الدين حتى { $until } ضمنًا: { $state }؛ وتستأنف الخطوات بعد ذلك.
reason-dunning-paused = حالة الدين: { $state }؛ الخطوات التالية تنتظر.
reason-dunning-handed-over = أُحيل الدين: انتهت الخطوات.
reason-dunning-nothing-owed = لم يبق شيء للدفع.
reason-dunning-stepped-today = اتُّخذت خطوة بالفعل في { $date }: خطوة واحدة على الأكثر في اليوم.
reason-dunning-ladder-done = اتُّخذت كل خطوات { $strategy }.
reason-dunning-not-yet = الخطوة التالية ({ $step }) موعدها { $date }.
reason-dunning-not-a-bank-day = { $date } ليس يوم عمل مصرفي: تُتخذ الخطوة في { $next }.
reason-dunning-payment-in-flight = ملف دفعات مؤرخ { $file } تضمّن مالًا لهذا الدين: لا خطوة برسوم قبل انقضاء { $until } ({ $days } أيام عمل مصرفية).
reason-dunning-law-unknown = لم يستطع محرك القانون الإجابة ({ $error })؛ لا يُرسل شيء حتى يستطيع.
reason-dunning-wrong-strategy = الاستراتيجية { $strategy } لا تنطبق على هذا الدين ({ $jurisdiction }، { $debtor }).
reason-dunning-step = الخطوة { $step_no } ({ $step }) من { $strategy }، المقررة في { $scheduled }، تُتخذ في { $date }.
reason-dunning-pre-due-skipped = يُتخطى الإشعار السابق للاستحقاق: تاريخ الاستحقاق { $due } قد مضى.
reason-dunning-deadline = المهلة { $deadline }: أيام الاستراتيجية ({ $days })، ولا تقل أبدًا عن الحد القانوني الأدنى { $earliest }.
reason-dunning-fee-currency = لا رسوم: الدين بعملة { $currency } والرسوم القانونية محددة بعملة { $fee_currency }.
reason-dunning-interest = فائدة التأخير { $amount } حتى { $through } على المبلغ الأصلي المتبقي { $principal }، إضافة إلى الفائدة المسجلة سابقًا { $booked }.
reason-dunning-merge-required = القانون النرويجي: مطالبات الدائن الواحد على المدين الواحد قضية واحدة، لذلك تُرسل خطوات اليوم للمدين في رسالة واحدة. لا يمكن إيقاف ذلك.
reason-dunning-merge-chosen = اختار الدائن رسالة واحدة لكل مدين: تُرسل خطوات اليوم للمدين في رسالة واحدة.
reason-dunning-merge-separate = تحصل كل مطالبة على رسالتها الخاصة (اختيار الدائن؛ القانون السويدي لا يشترط الدمج).
