# Пояснения к правовым правилам (сборы, проценты, сроки) для должника, простыми словами.
# Одно сообщение на правило: reason-<идентификатор правила, точки заменены на "-">. Закон показан отдельно.

reason-se-interest-period =
    { $days ->
        [one] { $days } день
        [few] { $days } дня
        [many] { $days } дней
       *[other] { $days } дня
    } (с { $from } по { $to }) по ставке { $rate } % (базовая ставка { $reference } % + 8) на сумму { $principal }, база дней { $basis }: { $amount }.
reason-no-interest-period =
    { $days ->
        [one] { $days } день
        [few] { $days } дня
        [many] { $days } дней
       *[other] { $days } дня
    } (с { $from } по { $to }) по норвежской ставке за просрочку { $rate } % на сумму { $principal }, база дней { $basis }: { $amount }.
reason-interest-contract-period =
    { $days ->
        [one] { $days } день
        [few] { $days } дня
        [many] { $days } дней
       *[other] { $days } дня
    } (с { $from } по { $to }) по согласованной ставке { $rate } % на сумму { $principal }, база дней { $basis }: { $amount }.
reason-se-interest-start-due = Срок оплаты { $due } был согласован, поэтому проценты за просрочку начисляются с { $first } по { $last } включительно.
reason-no-interest-start-due = Срок оплаты { $due } был согласован, поэтому проценты за просрочку начисляются с { $first } по { $last } включительно.
reason-se-interest-start-demand = Срок оплаты не был согласован; в требовании, отправленном { $sent }, предупреждали о процентах, поэтому они начисляются с { $first } (через 30 дней) по { $last } включительно.
reason-no-interest-start-demand = Срок оплаты не был согласован; проценты начисляются с { $first }, через 30 дней после письменного требования от { $sent }, по { $last } включительно.
reason-se-interest-no-warning = Без процентов: срок оплаты не был согласован, а в требовании, отправленном { $sent }, не предупреждали о процентах.
reason-interest-none = Без процентов: платёж { $last } поступил раньше первого дня начисления процентов, { $first }.
reason-interest-contract-rate = Вместо законной ставки действует согласованная ставка { $rate } % ({ $mode }).
reason-se-due-moved = Срок оплаты { $due } пришёлся на нерабочий день ({ $day }); можно заплатить в следующий рабочий день, { $moved }.
reason-no-due-moved = Срок оплаты { $due } пришёлся на нерабочий день ({ $day }); он переносится на следующий рабочий день, { $moved }.
reason-fee-before-due = Без сбора: письмо отправлено { $sent }, а не после срока оплаты { $due }.
reason-fee-not-in-jurisdiction = Без сбора: шага { $step } нет в правилах страны { $jurisdiction }.
reason-step-normalised = Шаг { $given } в стране { $jurisdiction } называется { $used } и рассматривается именно так.
reason-fee-not-modelled = Без сбора: Purr не берёт сбор за { $step } в стране { $jurisdiction }.
reason-se-fee-reminder = Сбор за напоминание { $amount }: согласован, когда возник долг.
reason-se-fee-reminder-not-agreed = Без сбора за напоминание: он не был согласован, когда возник долг.
reason-se-fee-already-charged = Без сбора: сбор за { $step } по этому долгу уже взят.
reason-se-fee-collection-demand = Сбор за требование о взыскании { $amount }.
reason-se-fee-instalment-plan = Сбор за план рассрочки { $amount }: полный письменный план на весь долг, составленный вместе с вами.
reason-se-fee-instalment-notice = Сбор за уведомление { $amount } об одном платеже по плану рассрочки.
reason-se-fee-instalment-notice-no-plan = Без сбора за уведомление: согласованного плана рассрочки нет.
reason-se-fee-late-compensation = Компенсация за просрочку { $amount }: должник — компания, и начисляются проценты.
reason-se-fee-late-compensation-consumer = Без компенсации за просрочку: она применяется, только если должник — компания.
reason-se-fee-b2b-instead = Без сбора за { $step }: для компании компенсация за просрочку { $compensation } заменяет сборы за напоминание, требование и план.
reason-no-fee-reminder = Сбор за напоминание { $amount }: 1/20 норвежской ставки взыскания (inkassosats) { $sats }, действовавшей, когда письмо было отправлено { $sent }.
reason-no-fee-collection-warning = Сбор за предупреждение о взыскании { $amount }: 1/20 ставки взыскания { $sats }, действовавшей { $sent }.
reason-no-fee-payment-demand = Сбор за требование об оплате { $amount }: 3/20 ставки взыскания { $sats }, действовавшей { $sent }.
reason-no-fee-rounded = Сумма { $exact } округляется до ближайших { $unit } NOK: { $amount }.
reason-no-fee-too-early = Без сбора: письмо отправлено { $sent }, раньше чем через 14 дней после срока оплаты { $due } (не ранее { $earliest }).
reason-no-fee-deadline-not-missed = Без сбора: раньше уже отправляли напоминание или предупреждение, и его срок не менее 14 дней ещё не был пропущен.
reason-no-fee-max-reached = Без сбора: достигнут максимум по этому долгу (2 напоминания + 1 требование об оплате или 1 напоминание + 1 предупреждение + 1 требование об оплате).
reason-no-fee-after-demand = Без сбора: требование об оплате уже отправлено; напоминания и предупреждения после него бесплатны.
reason-no-fee-payment-demand-no-prior = Без сбора: для требования об оплате нужно более раннее напоминание или предупреждение, срок которого не менее 14 дней был пропущен.
reason-no-fee-already-charged = Без сбора: сбор за { $step } по этому долгу уже взят.
reason-no-fee-standard-compensation = Стандартная компенсация { $rate } за полугодие ({ $from }) за вычетом уже взятых сборов за напоминания { $offset }: { $amount }.
reason-no-fee-standard-compensation-consumer = Без стандартной компенсации: она применяется только между компаниями.
reason-no-fee-not-overdue = Без компенсации: долг не был просрочен, когда письмо было отправлено { $sent } (срок оплаты { $due }).
reason-no-fee-agency-fee = Вознаграждение за взыскание { $amount }: основной долг { $principal } попадает в ступень до { $bracket }, { $multiple } × ставка взыскания { $sats }, ставка { $rate_kind }{ $b2b }.
reason-no-fee-agency-fee-offset = Уже взятая стандартная компенсация { $offset } вычитается из вознаграждения: { $amount }.
reason-no-fee-agency-fee-no-demand = Без вознаграждения за взыскание: нет требования об оплате с истёкшим сроком.
reason-no-fee-agency-fee-merged = Долги одного должника (количество: { $claims }) считаются одним делом: вознаграждение с общего основного долга { $principal } составляет { $combined }, а по отдельности { $separate }; взято { $amount }.
reason-se-deadline-collection-demand = Срок должен быть не менее 8 дней с отправки { $sent } ({ $eight_days }) и 4 банковских дней с предполагаемого получения { $receipt } ({ $four_bank_days }): не ранее { $deadline }.
reason-se-deadline-reminder = Закон не устанавливает срок для шведского напоминания; Purr использует тот же минимум, что и для требования о взыскании: не ранее { $deadline }.
reason-se-presumed-receipt = Предполагаемое получение: { $receipt } ({ $delivery }).
reason-no-deadline-14-days = Срок — не менее 14 дней с отправки { $sent }: тот же день недели через две недели, { $deadline }, даже если это праздник.
reason-no-deadline-reminder = Напоминание со сроком не менее 14 дней ({ $deadline }) сохраняет право на сбор за следующий шаг.
reason-step-next = Следующий шаг возможен с { $next }, на следующий день после срока { $deadline }.
reason-no-agency-fee-heavy-from = Повышенная ставка вознаграждения с { $heavy_from }: более 28 дней после срока требования об оплате { $deadline }.
reason-no-contact-window = Звонок разрешён { $at }: в будни 08–21 или в субботу 09–15 и в пределах лимитов ({ $day_calls }/1 сегодня, { $week_calls }/5 на этой неделе, { $month_calls }/15 в этом месяце).
reason-no-contact-closed-day = Без звонка { $at }: никогда в воскресенье и в праздники ({ $day }).
reason-no-contact-outside-hours = Без звонка { $at }: вне разрешённого времени { $window }.
reason-no-contact-cap = Без звонка: лимит звонков ({ $cap } за период: { $per }) уже достигнут ({ $count }).
reason-se-contact-no-rule = Шведского правила о времени звонков не найдено; действует добросовестная практика взыскания.
reason-se-limitation = Срок давности (лет: { $years }) считается с { $start } ({ $basis }): долг погашается давностью { $expires }.
reason-se-limitation-interrupted = Срок давности прерван { $on } ({ $kind }); с этого дня идёт новый срок (лет: { $years }).
reason-no-limitation = Срок давности — 3 года с { $start }, когда можно было потребовать оплату: долг погашается давностью { $expires }.
reason-no-limitation-interrupted = Срок давности прерван { $on } ({ $kind }); с этого дня идёт новый срок в 3 года.
reason-no-limitation-letter-ignored = Письмо с требованием от { $on } не прерывает срок давности в Норвегии; это делают только признание долга или судебные шаги.
reason-dunning-closed = Статус долга: { $state }; взыскивать нечего.
reason-dunning-disputed = Долг оспорен: всё взыскание остановлено, пока спор не решён.
reason-dunning-creditor-paused = Кредитор приостановил взыскание этого долга: следующие шаги ждут.
reason-dunning-held-until = Статус долга: { $state } по { $until } включительно; после этого шаги продолжатся.
reason-dunning-paused = Статус долга: { $state }; следующие шаги ждут.
reason-dunning-handed-over = Долг передан дальше: шаги завершены.
reason-dunning-nothing-owed = Платить больше нечего.
reason-dunning-stepped-today = Шаг уже был сделан { $date }: не больше одного шага в день.
reason-dunning-ladder-done = Все шаги стратегии { $strategy } сделаны.
reason-dunning-not-yet = Следующий шаг ({ $step }) запланирован на { $date }.
reason-dunning-not-a-bank-day = { $date } — не банковский день: шаг будет сделан { $next }.
reason-dunning-payment-in-flight = В платёжном файле от { $file } были деньги по этому долгу: никаких платных шагов до окончания { $until } (банковских дней: { $days }).
reason-dunning-law-unknown = Правовой модуль не смог ответить ({ $error }); ничего не отправляется, пока он не сможет.
reason-dunning-wrong-strategy = Стратегия { $strategy } не относится к этому долгу ({ $jurisdiction }, { $debtor }).
reason-dunning-step = Шаг { $step_no } ({ $step }) стратегии { $strategy }, запланированный на { $scheduled }, делается { $date }.
reason-dunning-pre-due-skipped = Уведомление до срока оплаты пропускается: срок оплаты { $due } прошёл.
reason-dunning-deadline = Срок { $deadline }: дней по стратегии: { $days }, но никогда не меньше законного минимума { $earliest }.
reason-dunning-fee-currency = Без сбора: долг в валюте { $currency }, а законные сборы установлены в { $fee_currency }.
reason-dunning-interest = Проценты за просрочку { $amount } по { $through } на оставшийся основной долг { $principal }, сверх уже учтённых процентов { $booked }.
reason-dunning-merge-required = Норвежское право: требования одного кредитора к одному должнику — одно дело, поэтому шаги дня для должника отправляются одним письмом. Это нельзя отключить.
reason-dunning-merge-chosen = Кредитор выбрал одно письмо на должника: шаги дня для должника отправляются одним письмом.
reason-dunning-merge-separate = Каждое требование получает своё письмо (выбор кредитора; шведское право не требует объединения).
