# Пояснення до правових правил (збори, відсотки, строки) для боржника, простими словами.
# Одне повідомлення на правило: reason-<ідентифікатор правила, крапки замінено на "-">. Закон показано окремо.

reason-se-interest-period =
    { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    } (з { $from } по { $to }) за ставкою { $rate } % (базова ставка { $reference } % + 8) на суму { $principal }, база днів { $basis }: { $amount }.
reason-no-interest-period =
    { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    } (з { $from } по { $to }) за норвезькою ставкою за прострочення { $rate } % на суму { $principal }, база днів { $basis }: { $amount }.
reason-interest-contract-period =
    { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    } (з { $from } по { $to }) за погодженою ставкою { $rate } % на суму { $principal }, база днів { $basis }: { $amount }.
reason-se-interest-start-due = Строк оплати { $due } було погоджено, тому відсотки за прострочення нараховуються з { $first } по { $last } включно.
reason-no-interest-start-due = Строк оплати { $due } було погоджено, тому відсотки за прострочення нараховуються з { $first } по { $last } включно.
reason-se-interest-start-demand = Строк оплати не погоджували; у вимозі, надісланій { $sent }, попереджали про відсотки, тому вони нараховуються з { $first } (через 30 днів) по { $last } включно.
reason-no-interest-start-demand = Строк оплати не погоджували; відсотки нараховуються з { $first }, через 30 днів після письмової вимоги від { $sent }, по { $last } включно.
reason-se-interest-no-warning = Без відсотків: строк оплати не погоджували, а у вимозі, надісланій { $sent }, не попереджали про відсотки.
reason-interest-none = Без відсотків: платіж { $last } надійшов раніше за перший день нарахування відсотків, { $first }.
reason-interest-contract-rate = Замість законної ставки діє погоджена ставка { $rate } % ({ $mode }).
reason-se-due-moved = Строк оплати { $due } припав на неробочий день ({ $day }); можна заплатити наступного робочого дня, { $moved }.
reason-no-due-moved = Строк оплати { $due } припав на неробочий день ({ $day }); його перенесено на наступний робочий день, { $moved }.
reason-fee-before-due = Без збору: лист надіслано { $sent }, а не після строку оплати { $due }.
reason-fee-not-in-jurisdiction = Без збору: кроку { $step } немає в правилах країни { $jurisdiction }.
reason-step-normalised = Крок { $given } у країні { $jurisdiction } називається { $used } і розглядається саме так.
reason-fee-not-modelled = Без збору: Purr не бере збір за { $step } у країні { $jurisdiction }.
reason-se-fee-reminder = Збір за нагадування { $amount }: погоджений, коли виник борг.
reason-se-fee-reminder-not-agreed = Без збору за нагадування: його не погоджували, коли виник борг.
reason-se-fee-already-charged = Без збору: збір за { $step } за цим боргом уже стягнуто.
reason-se-fee-collection-demand = Збір за вимогу про стягнення { $amount }.
reason-se-fee-instalment-plan = Збір за план розстрочки { $amount }: повний письмовий план на весь борг, складений разом із вами.
reason-se-fee-instalment-notice = Збір за повідомлення { $amount } про один платіж за планом розстрочки.
reason-se-fee-instalment-notice-no-plan = Без збору за повідомлення: погодженого плану розстрочки немає.
reason-se-fee-late-compensation = Компенсація за прострочення { $amount }: боржник — компанія, і нараховуються відсотки.
reason-se-fee-late-compensation-consumer = Без компенсації за прострочення: вона діє, лише якщо боржник — компанія.
reason-se-fee-b2b-instead = Без збору за { $step }: для компанії компенсація за прострочення { $compensation } замінює збори за нагадування, вимогу та план.
reason-no-fee-reminder = Збір за нагадування { $amount }: 1/20 норвезької ставки стягнення (inkassosats) { $sats }, що діяла, коли лист надіслали { $sent }.
reason-no-fee-collection-warning = Збір за попередження про стягнення { $amount }: 1/20 ставки стягнення { $sats }, що діяла { $sent }.
reason-no-fee-payment-demand = Збір за вимогу про оплату { $amount }: 3/20 ставки стягнення { $sats }, що діяла { $sent }.
reason-no-fee-rounded = Суму { $exact } округлено до найближчих { $unit } NOK: { $amount }.
reason-no-fee-too-early = Без збору: лист надіслано { $sent }, раніше ніж через 14 днів після строку оплати { $due } (не раніше { $earliest }).
reason-no-fee-deadline-not-missed = Без збору: раніше вже надсилали нагадування чи попередження, і його строк щонайменше 14 днів ще не було пропущено.
reason-no-fee-max-reached = Без збору: досягнуто максимуму за цим боргом (2 нагадування + 1 вимога про оплату або 1 нагадування + 1 попередження + 1 вимога про оплату).
reason-no-fee-after-demand = Без збору: вимогу про оплату вже надіслано; нагадування й попередження після неї безкоштовні.
reason-no-fee-payment-demand-no-prior = Без збору: для вимоги про оплату потрібне раніше нагадування чи попередження, строк якого щонайменше 14 днів було пропущено.
reason-no-fee-already-charged = Без збору: збір за { $step } за цим боргом уже стягнуто.
reason-no-fee-standard-compensation = Стандартна компенсація { $rate } за півріччя ({ $from }) за вирахуванням уже стягнутих зборів за нагадування { $offset }: { $amount }.
reason-no-fee-standard-compensation-consumer = Без стандартної компенсації: вона діє лише між компаніями.
reason-no-fee-not-overdue = Без компенсації: борг не був простроченим, коли лист надіслали { $sent } (строк оплати { $due }).
reason-no-fee-agency-fee = Винагорода за стягнення { $amount }: основний борг { $principal } належить до щабля до { $bracket }, { $multiple } × ставка стягнення { $sats }, ставка { $rate_kind }{ $b2b }.
reason-no-fee-agency-fee-offset = Уже стягнуту стандартну компенсацію { $offset } віднімають від винагороди: { $amount }.
reason-no-fee-agency-fee-no-demand = Без винагороди за стягнення: немає вимоги про оплату з пропущеним строком.
reason-no-fee-agency-fee-merged = Борги одного боржника (кількість: { $claims }) вважаються однією справою: винагорода із загального основного боргу { $principal } становить { $combined }, а окремо { $separate }; стягнуто { $amount }.
reason-se-deadline-collection-demand = Строк має бути щонайменше 8 днів від надсилання { $sent } ({ $eight_days }) і 4 банківські дні від імовірного отримання { $receipt } ({ $four_bank_days }): не раніше { $deadline }.
reason-se-deadline-reminder = Закон не встановлює строку для шведського нагадування; Purr застосовує той самий мінімум, що й для вимоги про стягнення: не раніше { $deadline }.
reason-se-presumed-receipt = Імовірне отримання: { $receipt } ({ $delivery }).
reason-no-deadline-14-days = Строк — щонайменше 14 днів від надсилання { $sent }: той самий день тижня через два тижні, { $deadline }, навіть якщо це свято.
reason-no-deadline-reminder = Нагадування зі строком щонайменше 14 днів ({ $deadline }) зберігає право на збір за наступний крок.
reason-step-next = Наступний крок можливий з { $next }, наступного дня після строку { $deadline }.
reason-no-agency-fee-heavy-from = Підвищена ставка винагороди з { $heavy_from }: понад 28 днів після строку вимоги про оплату { $deadline }.
reason-no-contact-window = Дзвінок дозволено { $at }: у будні 08–21 або в суботу 09–15 і в межах лімітів ({ $day_calls }/1 сьогодні, { $week_calls }/5 цього тижня, { $month_calls }/15 цього місяця).
reason-no-contact-closed-day = Без дзвінка { $at }: ніколи в неділю та у свята ({ $day }).
reason-no-contact-outside-hours = Без дзвінка { $at }: поза дозволеним часом { $window }.
reason-no-contact-cap = Без дзвінка: ліміт дзвінків ({ $cap } за період: { $per }) уже досягнуто ({ $count }).
reason-se-contact-no-rule = Шведського правила про час дзвінків не знайдено; діє сумлінна практика стягнення.
reason-se-limitation = Позовна давність (років: { $years }) рахується з { $start } ({ $basis }): борг погашається давністю { $expires }.
reason-se-limitation-interrupted = Перебіг давності перервано { $on } ({ $kind }); відтоді триває новий строк (років: { $years }).
reason-no-limitation = Позовна давність — 3 роки з { $start }, коли можна було вимагати оплату: борг погашається давністю { $expires }.
reason-no-limitation-interrupted = Перебіг давності перервано { $on } ({ $kind }); відтоді триває новий строк у 3 роки.
reason-no-limitation-letter-ignored = Лист із вимогою від { $on } не перериває давність у Норвегії; це роблять лише визнання боргу або судові кроки.
reason-dunning-closed = Статус боргу: { $state }; стягувати нічого.
reason-dunning-disputed = Борг оскаржено: усе стягнення зупинено, доки спір не вирішено.
reason-dunning-creditor-paused = Кредитор призупинив стягнення цього боргу: наступні кроки чекають.
reason-dunning-held-until = Статус боргу: { $state } по { $until } включно; після цього кроки продовжаться.
reason-dunning-paused = Статус боргу: { $state }; наступні кроки чекають.
reason-dunning-handed-over = Борг передано далі: кроки завершено.
reason-dunning-nothing-owed = Платити більше нічого.
reason-dunning-stepped-today = Крок уже зроблено { $date }: не більше одного кроку на день.
reason-dunning-ladder-done = Усі кроки стратегії { $strategy } зроблено.
reason-dunning-not-yet = Наступний крок ({ $step }) заплановано на { $date }.
reason-dunning-not-a-bank-day = { $date } — не банківський день: крок буде зроблено { $next }.
reason-dunning-payment-in-flight = У платіжному файлі від { $file } були гроші за цим боргом: жодних платних кроків до кінця { $until } (банківських днів: { $days }).
reason-dunning-law-unknown = Правовий модуль не зміг відповісти ({ $error }); нічого не надсилається, доки він не зможе.
reason-dunning-wrong-strategy = Стратегія { $strategy } не стосується цього боргу ({ $jurisdiction }, { $debtor }).
reason-dunning-step = Крок { $step_no } ({ $step }) стратегії { $strategy }, запланований на { $scheduled }, робиться { $date }.
reason-dunning-pre-due-skipped = Повідомлення до строку оплати пропущено: строк оплати { $due } минув.
reason-dunning-deadline = Строк { $deadline }: днів за стратегією: { $days }, але ніколи не менше законного мінімуму { $earliest }.
reason-dunning-fee-currency = Без збору: борг у валюті { $currency }, а законні збори встановлено в { $fee_currency }.
reason-dunning-interest = Відсотки за прострочення { $amount } по { $through } на залишок основного боргу { $principal }, понад уже враховані відсотки { $booked }.
reason-dunning-merge-required = Норвезьке право: вимоги одного кредитора до одного боржника — одна справа, тому кроки дня для боржника надсилаються одним листом. Це не можна вимкнути.
reason-dunning-merge-chosen = Кредитор обрав один лист на боржника: кроки дня для боржника надсилаються одним листом.
reason-dunning-merge-separate = Кожна вимога отримує власний лист (вибір кредитора; шведське право не вимагає об’єднання).
