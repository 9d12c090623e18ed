# Портал должника. Каждый ключ должен быть во всех языках (это проверяет тест).
skip-to-content = Перейти к содержанию
nav-label = Главное меню
nav-claims = Ваши требования
nav-message = Написать нам
nav-contact = Способы связи
nav-sign-out = Выйти
language-label = Язык
language-change = Сменить
footer-help = Есть вопросы? Напишите нам здесь или позвоните по номеру из письма.
login-title = Вход
login-intro = Здесь вы увидите, сколько и за что вы должны, а также как оплатить, разбить платёж на части или отсрочить его.
login-link-hint = Проще всего войти по ссылке из письма, электронного письма или SMS. Нет ссылки? Войдите с номером платёжной ссылки и почтовым индексом или датой рождения.
login-reference = Платёжная ссылка (OCR или KID)
login-reference-hint = Номер, напечатанный в письме рядом с суммой.
login-second = Почтовый индекс или дата рождения
login-second-hint = Например, 114 55 или 1985-04-23.
login-submit = Войти
login-not-recognised = Совпадений не найдено. Проверьте платёжную ссылку и индекс или дату рождения и попробуйте ещё раз.
login-too-many = Слишком много попыток. В целях безопасности подождите 15 минут и попробуйте снова.
link-title = Добро пожаловать
link-intro = Нажмите кнопку, чтобы увидеть свои требования. Ссылка из письма по-прежнему работает для просмотра.
link-continue = Перейти к требованиям
link-invalid-title = Эта ссылка больше не работает
link-invalid-body = Срок действия ссылки истёк, или она неполная. Войдите с платёжной ссылкой и почтовым индексом или датой рождения.
read-only-note = Вы вошли по ссылке, которая уже использовалась, поэтому можете только смотреть. Чтобы вносить изменения, выйдите и войдите с платёжной ссылкой.
claims-title = Ваши требования
claims-greeting = Здравствуйте, { $name }.
claims-none = У вас нет требований у нас. Спасибо!
claims-total = Всего к оплате
claims-invoice = Счёт
claims-due = Срок оплаты
claims-status = Статус
claims-outstanding = Осталось оплатить
claim-title = Счёт { $invoice }
claim-credit = Деньги, которые мы храним для вас
claim-actions = Что вы можете сделать
back-to-claims = Назад к требованиям
back-to-claim = Назад к требованию
action-pay = Оплатить сейчас
action-plan = Разбить на платежи
action-postpone = Отсрочить
action-promise = Обещать оплату к дате
action-dispute = Оспорить требование
breakdown-title = Из чего состоит сумма
breakdown-intro = Каждая часть указана вместе с её основанием.
breakdown-none = Здесь ничего нет.
section-principal = Счёт
section-fees = Сборы
section-interest = Проценты
item-invoice = Счёт { $invoice }
item-credit-note = Кредит-нота
item-interest = Проценты за просрочку
item-payment = Полученный платёж
item-write-off = Списано
item-refund = Возврат
item-reversal = Исправление
explain-principal = Сумма исходного счёта.
explain-fee = Сбор, разрешённый законом, потому что счёт не был оплачен вовремя.
explain-interest = Проценты, разрешённые законом, на неоплаченную сумму со дня, следующего за сроком оплаты.
portal-fee-reminder = Сбор за напоминание
portal-fee-collection-warning = Сбор за предупреждение о взыскании
portal-fee-collection-demand = Сбор за требование о взыскании
portal-fee-payment-demand = Сбор за требование об оплате
portal-fee-instalment-plan = Сбор за план рассрочки
portal-fee-instalment-notice = Сбор за уведомление о платеже
portal-fee-late-compensation = Компенсация за просрочку
portal-fee-agency-fee = Вознаграждение за взыскание
state-open = Открыто
state-notified = Счёт отправлен
state-reminded = Напоминание отправлено
state-warned = Предупреждение отправлено
state-demanded = Требование отправлено
state-promise-to-pay = Обещана оплата
state-payment-plan = План рассрочки
state-postponed = Отсрочено
state-disputed = Оспорено
state-handed-over = Передано
state-paid = Оплачено
state-written-off = Списано
state-credited = Аннулировано
pay-title = Как оплатить
pay-heading = Оплатить счёт { $invoice }
pay-intro = Оплатите в приложении или интернет-банке по этим реквизитам. Укажите ссылку точно, чтобы платёж попал на нужный счёт.
pay-payee = Получатель
portal-pay-bankgiro = Bankgiro
portal-pay-plusgiro = Plusgiro
portal-pay-account = Номер счёта
portal-pay-iban = IBAN
pay-bic = BIC
portal-pay-ocr = Ссылка OCR
portal-pay-kid = Ссылка KID
portal-pay-amount = Сумма
pay-copy = Копировать
pay-copied = Скопировано
pay-qr-note = Или отсканируйте код приложением банка: оно заполнит получателя, ссылку и сумму.
pay-after = Платежи обычно появляются здесь через один-два банковских дня.
plan-title = Разбить на платежи
plan-intro =
    { $max ->
        [one] Вы можете разбить долг максимум на { $max } месяц, не менее { $min } в месяц.
        [few] Вы можете разбить долг максимум на { $max } месяца, не менее { $min } в месяц.
        [many] Вы можете разбить долг максимум на { $max } месяцев, не менее { $min } в месяц.
       *[other] Вы можете разбить долг максимум на { $max } месяца, не менее { $min } в месяц.
    }
plan-months = Количество месяцев
plan-preview = Показать график
plan-schedule = Ваш график платежей
plan-col-no = Платёж
plan-col-due = Срок
plan-col-amount = Сумма
plan-fee = Сбор за план, разрешённый законом: { $fee }
plan-total = Всего по плану: { $total }
plan-count =
    { $count ->
        [one] { $count } платёж
        [few] { $count } платежа
        [many] { $count } платежей
       *[other] { $count } платежа
    }
plan-accept = Принять этот план
plan-accepted = План согласован. Пока вы платите по графику, мы не отправляем напоминаний.
postpone-title = Отсрочить платёж
postpone-intro =
    { $days ->
        [one] Вы можете перенести платёж не более чем на { $days } день, самое позднее на { $latest }.
        [few] Вы можете перенести платёж не более чем на { $days } дня, самое позднее на { $latest }.
        [many] Вы можете перенести платёж не более чем на { $days } дней, самое позднее на { $latest }.
       *[other] Вы можете перенести платёж не более чем на { $days } дня, самое позднее на { $latest }.
    }
postpone-date = Новая дата платежа
postpone-submit = Отсрочить
postpone-done = Платёж отсрочен. До новой даты мы не отправим напоминаний.
promise-title = Обещать оплату
promise-intro =
    { $days ->
        [one] Укажите дату оплаты в пределах { $days } дня (не позднее { $latest }), и до неё мы не будем напоминать.
        [few] Укажите дату оплаты в пределах { $days } дней (не позднее { $latest }), и до неё мы не будем напоминать.
        [many] Укажите дату оплаты в пределах { $days } дней (не позднее { $latest }), и до неё мы не будем напоминать.
       *[other] Укажите дату оплаты в пределах { $days } дня (не позднее { $latest }), и до неё мы не будем напоминать.
    }
promise-date = Я оплачу до
promise-submit = Обещаю оплатить
promise-done = Спасибо. Мы записали ваше обещание и не будем напоминать до этой даты.
date-hint = Формат: ГГГГ-ММ-ДД, например { $example }.
dispute-title = Оспорить требование
dispute-intro = Если вы считаете требование ошибочным, объясните почему. Мы сразу остановим взыскание, пока кредитор разбирается.
dispute-reason = Почему вы оспариваете требование?
dispute-reason-paid = Я уже оплатил
dispute-reason-amount = Сумма неверна
dispute-reason-not-mine = Это не мой долг
dispute-reason-goods = Я не получил то, за что заплатил
dispute-reason-other = Другая причина
dispute-details = Расскажите подробнее
dispute-file = Приложить документ (необязательно)
dispute-file-hint = Квитанция или письмо в формате PDF, JPEG или PNG, не более 5 МБ.
dispute-submit = Отправить возражение
dispute-done = Ваше возражение зарегистрировано. Взыскание остановлено, кредитор уведомлён.
dispute-file-too-large = Файл больше 5 МБ. Приложите файл меньшего размера.
dispute-file-type = Можно прикладывать только файлы PDF, JPEG и PNG.
dispute-need-details = Кратко объясните, почему вы оспариваете требование.
refusal-wrong-state = Сейчас это невозможно для этого требования.
refusal-nothing-owed = По этому требованию ничего не причитается.
refusal-date-in-past = Эта дата уже прошла. Выберите дату начиная с сегодняшней.
refusal-above-maximum = Дата позже, чем разрешает кредитор. Выберите { $latest } или раньше.
refusal-too-many-months = Кредитор разрешает не более { $max } мес.
refusal-below-minimum = Платежи были бы слишком малы. Выберите не более { $max } мес.
refusal-other = Не получилось. Напишите нам, и мы поможем.
message-title = Написать нам
message-label = Ваше сообщение
message-submit = Отправить
message-sent = Сообщение отправлено. Мы ответим в течение двух рабочих дней.
message-length = Напишите сообщение длиной не более 4000 символов.
message-history = Отправленные сообщения
contact-title = Способы связи
contact-channels = Как с вами связываться?
contact-language = Язык писем и этого сайта
contact-submit = Сохранить
contact-saved = Настройки сохранены.
contact-need-one = Выберите хотя бы один способ связи.
channel-email = Электронная почта
channel-sms = SMS
channel-letter = Письмо по почте
channel-ebox = Цифровой почтовый ящик
survey-title = Один короткий вопрос
survey-question = Насколько легко было решить этот вопрос с нами?
survey-scale = 1 означает очень трудно, 5 — очень легко.
survey-recommend = Насколько вероятно, что вы порекомендуете нас другу или коллеге?
survey-recommend-scale = 0 — совсем маловероятно, 10 — очень вероятно. Этот вопрос можно пропустить.
survey-submit = Отправить ответ
survey-thanks = Спасибо за ответ.
error-back = На главную страницу
error-not-found-title = Страница не найдена
error-not-found-body = Мы не нашли эту страницу. Возможно, она перемещена или адрес неполный.
error-expired-form-title = Попробуйте ещё раз
error-expired-form-body = Срок действия формы истёк. Вернитесь, обновите страницу и отправьте снова.
error-sign-in-title = Войдите, пожалуйста
error-sign-in-body = Чтобы увидеть эту страницу, нужно войти. Сеанс заканчивается через 30 минут.
error-read-only-title = Для изменений нужен новый вход
error-read-only-body = Вы вошли по ссылке, которая уже использовалась. Чтобы вносить изменения, войдите с платёжной ссылкой и почтовым индексом или датой рождения.
error-internal-title = Извините, что-то пошло не так
error-internal-body = Это наша ошибка, а не ваша. Попробуйте ещё раз через минуту.

# The letters about a claim, on its page; a merged letter names the other invoices it is about.
claim-letters = Письма об этом счёте
claim-letter-merged = Это же письмо касается и: { $invoices }

assistant-title = Задать вопрос
assistant-intro = Напишите своими словами на любом языке, что вам нужно. Помощник покажет, где это сделать здесь; сам он ничего не меняет, а на то, чего он не может, ответит человек.
assistant-label = Ваш вопрос
assistant-ask = Спросить
assistant-understood = Здесь это можно сделать:
assistant-unsure = Я не уверен, что понял. Вы можете отправить вопрос человеку, который ответит вам здесь.
assistant-handover = Отправить мой вопрос человеку
