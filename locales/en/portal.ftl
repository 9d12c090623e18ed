# The debtor portal. Every key here must exist in every language (a test checks).
skip-to-content = Skip to content
nav-label = Main menu
nav-claims = Your claims
nav-message = Write to us
nav-contact = Contact preferences
nav-sign-out = Sign out
language-label = Language
language-change = Change
footer-help = Questions? Write to us from this site, or call the number on your letter.
login-title = Sign in
login-intro = Here you can see what you owe, why, and how to pay, split the payment or postpone it.
login-link-hint = The easiest way in is the link in your letter, e-mail or text message. No link? Sign in with the payment reference and your postal code or date of birth.
login-reference = Payment reference (OCR or KID)
login-reference-hint = The number printed on the letter next to the amount.
login-second = Postal code or date of birth
login-second-hint = For example 114 55, or 1985-04-23.
login-submit = Sign in
login-not-recognised = We could not find a match. Check the payment reference and the postal code or date of birth, and try again.
login-too-many = Too many tries. For your safety, wait 15 minutes and try again.
link-title = Welcome
link-intro = Press the button to see your claims. The link in your letter stays valid for viewing.
link-continue = Continue to your claims
link-invalid-title = This link does not work any more
link-invalid-body = The link has expired or is not complete. Sign in with the payment reference and your postal code or date of birth instead.
read-only-note = You signed in with a link that was used before, so you can look but not make changes. To make changes, sign out and sign in with the payment reference.
claims-title = Your claims
claims-greeting = Hello { $name }.
claims-none = You have no claims with us. Thank you!
claims-total = Total to pay
claims-invoice = Invoice
claims-due = Due date
claims-status = Status
claims-outstanding = Left to pay
claim-title = Invoice { $invoice }
claim-credit = Money we hold for you
claim-actions = What you can do
back-to-claims = Back to your claims
back-to-claim = Back to the claim
action-pay = Pay now
action-plan = Split into instalments
action-postpone = Postpone
action-promise = Promise to pay by a date
action-dispute = Dispute the claim
breakdown-title = What the amount is made of
breakdown-intro = Each part is listed with the reason for it.
breakdown-none = Nothing here.
section-principal = The invoice
section-fees = Fees
section-interest = Interest
item-invoice = Invoice { $invoice }
item-credit-note = Credit note
item-interest = Late-payment interest
item-payment = Payment received
item-write-off = Written off
item-refund = Refund
item-reversal = Correction
explain-principal = The amount of the original invoice.
explain-fee = A fee the law allows because the invoice was not paid on time.
explain-interest = Interest the law allows on the unpaid amount from the day after the due date.
portal-fee-reminder = Reminder fee
portal-fee-collection-warning = Collection warning fee
portal-fee-collection-demand = Collection demand fee
portal-fee-payment-demand = Payment demand fee
portal-fee-instalment-plan = Instalment plan fee
portal-fee-instalment-notice = Instalment notice fee
portal-fee-late-compensation = Late-payment compensation
portal-fee-agency-fee = Collection fee
state-open = Open
state-notified = Invoice sent
state-reminded = Reminder sent
state-warned = Collection warning sent
state-demanded = Collection demand sent
state-promise-to-pay = Promised payment
state-payment-plan = Payment plan
state-postponed = Postponed
state-disputed = Disputed
state-handed-over = Handed over
state-paid = Paid
state-written-off = Written off
state-credited = Credited
pay-title = How to pay
pay-heading = Pay invoice { $invoice }
pay-intro = Pay from your bank's app or online bank with these details. Use the reference exactly, so the payment finds the invoice.
pay-payee = Payee
portal-pay-bankgiro = Bankgiro
portal-pay-plusgiro = Plusgiro
portal-pay-account = Account number
portal-pay-iban = IBAN
pay-bic = BIC
portal-pay-ocr = OCR reference
portal-pay-kid = KID reference
portal-pay-amount = Amount
pay-copy = Copy
pay-copied = Copied
pay-qr-note = Or scan this code with your bank's app: it fills in the payee, reference and amount.
pay-after = Payments usually show here one to two bank days after you pay.
plan-title = Split into instalments
plan-intro =
    { $max ->
        [one] You can split what you owe over up to { $max } month, with at least { $min } a month.
       *[other] You can split what you owe over up to { $max } months, with at least { $min } a month.
    }
plan-months = Number of months
plan-preview = Show the schedule
plan-schedule = Your schedule
plan-col-no = Instalment
plan-col-due = Due date
plan-col-amount = Amount
plan-fee = Plan fee the law allows: { $fee }
plan-total = Total over the plan: { $total }
plan-count =
    { $count ->
        [one] { $count } instalment
       *[other] { $count } instalments
    }
plan-accept = Accept this plan
plan-accepted = Your plan is agreed. We have stopped reminders while you pay by the schedule.
postpone-title = Postpone the payment
postpone-intro =
    { $days ->
        [one] You can move the payment up to { $days } day ahead, at the latest { $latest }.
       *[other] You can move the payment up to { $days } days ahead, at the latest { $latest }.
    }
postpone-date = New payment date
postpone-submit = Postpone
postpone-done = The payment is postponed. We will not send reminders before the new date.
promise-title = Promise to pay
promise-intro =
    { $days ->
        [one] Tell us the date you will pay, within { $days } day (at the latest { $latest }), and we hold reminders until then.
       *[other] Tell us the date you will pay, within { $days } days (at the latest { $latest }), and we hold reminders until then.
    }
promise-date = I will pay by
promise-submit = Promise to pay
promise-done = Thank you. We have noted your promise and hold reminders until that date.
date-hint = Format: YYYY-MM-DD, for example { $example }.
dispute-title = Dispute the claim
dispute-intro = If you think the claim is wrong, tell us why. We stop collection at once while the creditor looks into it.
dispute-reason = Why do you dispute it?
dispute-reason-paid = I have already paid
dispute-reason-amount = The amount is wrong
dispute-reason-not-mine = This is not my debt
dispute-reason-goods = I did not get what I paid for
dispute-reason-other = Another reason
dispute-details = Tell us more
dispute-file = Attach a document (optional)
dispute-file-hint = A receipt or a letter as PDF, JPEG or PNG, at most 5 MB.
dispute-submit = Send the dispute
dispute-done = Your dispute is registered. Collection has stopped and the creditor has been told.
dispute-file-too-large = The file is larger than 5 MB. Attach a smaller file.
dispute-file-type = Only PDF, JPEG and PNG files can be attached.
dispute-need-details = Tell us briefly why you dispute the claim.
refusal-wrong-state = This is not possible for the claim right now.
refusal-nothing-owed = Nothing is owed on this claim.
refusal-date-in-past = The date has passed. Choose a date from today on.
refusal-above-maximum = The date is later than the creditor allows. Choose { $latest } or earlier.
refusal-too-many-months = The creditor allows at most { $max } months.
refusal-below-minimum = The instalments would be too small. Choose at most { $max } months.
refusal-other = We could not do this. Write to us and we will help.
message-title = Write to us
message-label = Your message
message-submit = Send
message-sent = Your message has been sent. We answer within two working days.
message-length = Write a message of at most 4 000 characters.
message-history = Messages you have sent
contact-title = Contact preferences
contact-channels = How may we reach you?
contact-language = Language for letters and this site
contact-submit = Save
contact-saved = Your preferences are saved.
contact-need-one = Choose at least one way to reach you.
channel-email = E-mail
channel-sms = Text message
channel-letter = Letter by post
channel-ebox = Digital mailbox
survey-title = One quick question
survey-question = How easy was it to sort this out with us?
survey-scale = 1 means very hard, 5 means very easy.
survey-recommend = How likely is it that you would recommend us to a friend or colleague?
survey-recommend-scale = 0 means not at all likely, 10 means extremely likely. You may leave this question out.
survey-submit = Send answer
survey-thanks = Thank you for your answer.
error-back = Go to the start page
error-not-found-title = Page not found
error-not-found-body = We could not find that page. It may have moved, or the address is incomplete.
error-expired-form-title = Please try again
error-expired-form-body = The form had expired. Go back, reload the page and send it again.
error-sign-in-title = Please sign in
error-sign-in-body = You need to sign in to see this page. Your session may have ended after 30 minutes.
error-read-only-title = Changes need a fresh sign-in
error-read-only-body = You signed in with a link that was used before. To make changes, sign in with the payment reference and your postal code or date of birth.
error-internal-title = Sorry, something went wrong
error-internal-body = It is our fault, not yours. Please try again in a moment.

# The letters about a claim, on its page; a merged letter names the other invoices it is about.
claim-letters = Letters about this invoice
claim-letter-merged = The same letter is also about: { $invoices }

assistant-title = Ask a question
assistant-intro = Write what you need in your own words, in any language. The assistant shows you where to do it here; it never changes anything by itself, and a person answers what it cannot.
assistant-label = Your question
assistant-ask = Ask
assistant-understood = This is where you can do that:
assistant-unsure = I am not sure I understood. You can send your question to a person, who will answer you here.
assistant-handover = Send my question to a person
