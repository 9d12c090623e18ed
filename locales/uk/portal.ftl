# Портал боржника. Кожен ключ має бути в усіх мовах (це перевіряє тест).
skip-to-content = Перейти до змісту
nav-label = Головне меню
nav-claims = Ваші вимоги
nav-message = Написати нам
nav-contact = Способи зв'язку
nav-sign-out = Вийти
language-label = Мова
language-change = Змінити
footer-help = Маєте запитання? Напишіть нам тут або зателефонуйте за номером з листа.
login-title = Вхід
login-intro = Тут ви побачите, скільки і за що ви винні, а також як сплатити, розбити платіж на частини чи відкласти його.
login-link-hint = Найпростіше увійти за посиланням із листа, електронного листа чи SMS. Немає посилання? Увійдіть за платіжним посиланням і поштовим індексом або датою народження.
login-reference = Платіжне посилання (OCR або KID)
login-reference-hint = Номер, надрукований у листі поруч із сумою.
login-second = Поштовий індекс або дата народження
login-second-hint = Наприклад, 114 55 або 1985-04-23.
login-submit = Увійти
login-not-recognised = Збігів не знайдено. Перевірте платіжне посилання та індекс або дату народження і спробуйте ще раз.
login-too-many = Забагато спроб. Задля вашої безпеки зачекайте 15 хвилин і спробуйте знову.
link-title = Вітаємо
link-intro = Натисніть кнопку, щоб побачити свої вимоги. Посилання з листа й далі працює для перегляду.
link-continue = Перейти до вимог
link-invalid-title = Це посилання більше не працює
link-invalid-body = Строк дії посилання минув, або воно неповне. Увійдіть за платіжним посиланням і поштовим індексом або датою народження.
read-only-note = Ви увійшли за посиланням, яке вже використовувалося, тож можете лише переглядати. Щоб вносити зміни, вийдіть і увійдіть за платіжним посиланням.
claims-title = Ваші вимоги
claims-greeting = Вітаємо, { $name }.
claims-none = У вас немає вимог у нас. Дякуємо!
claims-total = Усього до сплати
claims-invoice = Рахунок
claims-due = Строк оплати
claims-status = Статус
claims-outstanding = Залишилося сплатити
claim-title = Рахунок { $invoice }
claim-credit = Кошти, які ми зберігаємо для вас
claim-actions = Що ви можете зробити
back-to-claims = Назад до вимог
back-to-claim = Назад до вимоги
action-pay = Сплатити зараз
action-plan = Розбити на платежі
action-postpone = Відкласти
action-promise = Пообіцяти оплату до дати
action-dispute = Оскаржити вимогу
breakdown-title = З чого складається сума
breakdown-intro = Кожну частину подано разом з її підставою.
breakdown-none = Тут нічого немає.
section-principal = Рахунок
section-fees = Збори
section-interest = Відсотки
item-invoice = Рахунок { $invoice }
item-credit-note = Кредит-нота
item-interest = Відсотки за прострочення
item-payment = Отриманий платіж
item-write-off = Списано
item-refund = Повернення
item-reversal = Виправлення
explain-principal = Сума початкового рахунку.
explain-fee = Збір, дозволений законом, бо рахунок не сплачено вчасно.
explain-interest = Відсотки, дозволені законом, на несплачену суму з дня, що настає після строку оплати.
portal-fee-reminder = Збір за нагадування
portal-fee-collection-warning = Збір за попередження про стягнення
portal-fee-collection-demand = Збір за вимогу про стягнення
portal-fee-payment-demand = Збір за вимогу про оплату
portal-fee-instalment-plan = Збір за план розстрочки
portal-fee-instalment-notice = Збір за повідомлення про платіж
portal-fee-late-compensation = Компенсація за прострочення
portal-fee-agency-fee = Винагорода за стягнення
state-open = Відкрито
state-notified = Рахунок надіслано
state-reminded = Нагадування надіслано
state-warned = Попередження надіслано
state-demanded = Вимогу надіслано
state-promise-to-pay = Обіцяно оплату
state-payment-plan = План розстрочки
state-postponed = Відкладено
state-disputed = Оскаржено
state-handed-over = Передано
state-paid = Сплачено
state-written-off = Списано
state-credited = Анульовано
pay-title = Як сплатити
pay-heading = Сплатити рахунок { $invoice }
pay-intro = Сплатіть у застосунку чи інтернет-банку за цими реквізитами. Вкажіть посилання точно, щоб платіж потрапив на потрібний рахунок.
pay-payee = Отримувач
portal-pay-bankgiro = Bankgiro
portal-pay-plusgiro = Plusgiro
portal-pay-account = Номер рахунку
portal-pay-iban = IBAN
pay-bic = BIC
portal-pay-ocr = Посилання OCR
portal-pay-kid = Посилання KID
portal-pay-amount = Сума
pay-copy = Копіювати
pay-copied = Скопійовано
pay-qr-note = Або відскануйте код застосунком банку: він заповнить отримувача, посилання і суму.
pay-after = Платежі зазвичай з'являються тут за один-два банківські дні.
plan-title = Розбити на платежі
plan-intro =
    { $max ->
        [one] Ви можете розбити борг щонайбільше на { $max } місяць, не менше { $min } на місяць.
        [few] Ви можете розбити борг щонайбільше на { $max } місяці, не менше { $min } на місяць.
        [many] Ви можете розбити борг щонайбільше на { $max } місяців, не менше { $min } на місяць.
       *[other] Ви можете розбити борг щонайбільше на { $max } місяця, не менше { $min } на місяць.
    }
plan-months = Кількість місяців
plan-preview = Показати графік
plan-schedule = Ваш графік платежів
plan-col-no = Платіж
plan-col-due = Строк
plan-col-amount = Сума
plan-fee = Збір за план, дозволений законом: { $fee }
plan-total = Усього за планом: { $total }
plan-count =
    { $count ->
        [one] { $count } платіж
        [few] { $count } платежі
        [many] { $count } платежів
       *[other] { $count } платежу
    }
plan-accept = Прийняти цей план
plan-accepted = План погоджено. Поки ви платите за графіком, ми не надсилаємо нагадувань.
postpone-title = Відкласти платіж
postpone-intro =
    { $days ->
        [one] Ви можете перенести платіж щонайбільше на { $days } день, не пізніше { $latest }.
        [few] Ви можете перенести платіж щонайбільше на { $days } дні, не пізніше { $latest }.
        [many] Ви можете перенести платіж щонайбільше на { $days } днів, не пізніше { $latest }.
       *[other] Ви можете перенести платіж щонайбільше на { $days } дня, не пізніше { $latest }.
    }
postpone-date = Нова дата платежу
postpone-submit = Відкласти
postpone-done = Платіж відкладено. До нової дати ми не надсилатимемо нагадувань.
promise-title = Пообіцяти оплату
promise-intro =
    { $days ->
        [one] Вкажіть дату оплати протягом { $days } дня (не пізніше { $latest }), і до неї ми не нагадуватимемо.
        [few] Вкажіть дату оплати протягом { $days } днів (не пізніше { $latest }), і до неї ми не нагадуватимемо.
        [many] Вкажіть дату оплати протягом { $days } днів (не пізніше { $latest }), і до неї ми не нагадуватимемо.
       *[other] Вкажіть дату оплати протягом { $days } дня (не пізніше { $latest }), і до неї ми не нагадуватимемо.
    }
promise-date = Я сплачу до
promise-submit = Обіцяю сплатити
promise-done = Дякуємо. Ми записали вашу обіцянку й не нагадуватимемо до цієї дати.
date-hint = Формат: РРРР-ММ-ДД, наприклад { $example }.
dispute-title = Оскаржити вимогу
dispute-intro = Якщо ви вважаєте вимогу помилковою, поясніть чому. Ми одразу зупинимо стягнення, поки кредитор розбирається.
dispute-reason = Чому ви оскаржуєте вимогу?
dispute-reason-paid = Я вже сплатив
dispute-reason-amount = Сума неправильна
dispute-reason-not-mine = Це не мій борг
dispute-reason-goods = Я не отримав того, за що заплатив
dispute-reason-other = Інша причина
dispute-details = Розкажіть докладніше
dispute-file = Додати документ (необов'язково)
dispute-file-hint = Квитанція чи лист у форматі PDF, JPEG або PNG, не більше 5 МБ.
dispute-submit = Надіслати заперечення
dispute-done = Ваше заперечення зареєстровано. Стягнення зупинено, кредитора повідомлено.
dispute-file-too-large = Файл більший за 5 МБ. Додайте менший файл.
dispute-file-type = Можна додавати лише файли PDF, JPEG і PNG.
dispute-need-details = Коротко поясніть, чому ви оскаржуєте вимогу.
refusal-wrong-state = Зараз це неможливо для цієї вимоги.
refusal-nothing-owed = За цією вимогою нічого не належить до сплати.
refusal-date-in-past = Ця дата вже минула. Виберіть дату, починаючи з сьогоднішньої.
refusal-above-maximum = Дата пізніша, ніж дозволяє кредитор. Виберіть { $latest } або раніше.
refusal-too-many-months = Кредитор дозволяє щонайбільше { $max } міс.
refusal-below-minimum = Платежі були б замалі. Виберіть щонайбільше { $max } міс.
refusal-other = Не вдалося. Напишіть нам, і ми допоможемо.
message-title = Написати нам
message-label = Ваше повідомлення
message-submit = Надіслати
message-sent = Повідомлення надіслано. Ми відповімо протягом двох робочих днів.
message-length = Напишіть повідомлення довжиною не більше 4000 символів.
message-history = Надіслані повідомлення
contact-title = Способи зв'язку
contact-channels = Як із вами зв'язуватися?
contact-language = Мова листів і цього сайту
contact-submit = Зберегти
contact-saved = Налаштування збережено.
contact-need-one = Виберіть щонайменше один спосіб зв'язку.
channel-email = Електронна пошта
channel-sms = SMS
channel-letter = Лист поштою
channel-ebox = Цифрова поштова скринька
survey-title = Одне коротке запитання
survey-question = Наскільки легко було вирішити це питання з нами?
survey-scale = 1 означає дуже важко, 5 — дуже легко.
survey-recommend = Наскільки ймовірно, що ви порекомендуєте нас другові або колезі?
survey-recommend-scale = 0 — зовсім малоймовірно, 10 — дуже ймовірно. Це питання можна пропустити.
survey-submit = Надіслати відповідь
survey-thanks = Дякуємо за відповідь.
error-back = На головну сторінку
error-not-found-title = Сторінку не знайдено
error-not-found-body = Ми не знайшли цю сторінку. Можливо, її перенесено або адреса неповна.
error-expired-form-title = Спробуйте ще раз
error-expired-form-body = Строк дії форми минув. Поверніться, оновіть сторінку й надішліть знову.
error-sign-in-title = Будь ласка, увійдіть
error-sign-in-body = Щоб побачити цю сторінку, потрібно увійти. Сеанс завершується через 30 хвилин.
error-read-only-title = Для змін потрібен новий вхід
error-read-only-body = Ви увійшли за посиланням, яке вже використовувалося. Щоб вносити зміни, увійдіть за платіжним посиланням і поштовим індексом або датою народження.
error-internal-title = Вибачте, щось пішло не так
error-internal-body = Це наша помилка, а не ваша. Спробуйте ще раз за хвилину.

# The letters about a claim, on its page; a merged letter names the other invoices it is about.
claim-letters = Листи щодо цього рахунку
claim-letter-merged = Цей самий лист стосується також: { $invoices }

assistant-title = Поставити запитання
assistant-intro = Напишіть своїми словами будь-якою мовою, що вам потрібно. Помічник покаже, де це зробити тут; сам він нічого не змінює, а на те, чого він не може, відповість людина.
assistant-label = Ваше запитання
assistant-ask = Запитати
assistant-understood = Тут це можна зробити:
assistant-unsure = Я не впевнений, що зрозумів. Ви можете надіслати запитання людині, яка відповість вам тут.
assistant-handover = Надіслати моє запитання людині
