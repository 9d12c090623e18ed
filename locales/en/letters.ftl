# Letters, e-mails and SMS (Purr's default templates in data/templates). Plain, short
# sentences: the readability test asks for "easy" (Flesch reading ease 70 or more).
# Values: $creditor $debtor $invoice $issued $due $principal $fees $interest $total $reference
# $url $code $date $deadline $rate $interest_from $interest_through

## Titles
title-pre_due_notice = Your invoice is due soon
title-reminder = Reminder: your invoice is not paid yet
title-second_reminder = Second reminder: your invoice is still not paid
title-collection_warning = Notice before debt collection
title-collection_demand = Debt collection demand
title-payment_demand = Payment demand
title-handover = Your case has been handed over

greeting = Hello { $debtor },

## The first paragraph of each letter
intro-pre_due_notice = This is a friendly note that invoice { $invoice } is due on { $due }. If you have already paid, thank you. You do not need to do anything.
intro-reminder = We have not yet received payment for invoice { $invoice }, which was due on { $due }. It is easy to miss a bill. Please pay the amount below.
intro-second_reminder = Invoice { $invoice } was due on { $due }, and we still have not received your payment. Please pay now, or tell us if something is wrong.
intro-collection_warning = Invoice { $invoice } from { $creditor } was due on { $due } and is still not paid. This letter is a notice that the claim will go to debt collection if it is not paid.
intro-collection_demand = Invoice { $invoice } from { $creditor } was due on { $due }. We have sent reminders, but the invoice is still not paid. This is a demand for payment.
intro-payment_demand = Invoice { $invoice } from { $creditor } was due on { $due } and is still not paid. This is a demand for payment.
intro-handover = Invoice { $invoice } from { $creditor } is still not paid. We have now handed the claim over for further collection.

col-item = What
col-amount = Amount
col-deadline = Pay by
line-principal = Invoice { $invoice }
line-interest = Late interest
line-paid = Already paid
line-total = To pay

reason-principal = The amount of invoice { $invoice }, sent on { $issued } and due on { $due }.
reason-interest-se = Interest under the Interest Act at { $rate } a year, from { $interest_from } to { $interest_through }.
reason-interest-no = Interest under the Late Payment Interest Act at { $rate } a year, from { $interest_from } to { $interest_through }.

## Fees: the name, and what allows it
fee-reminder = Reminder fee
fee-collection-warning = Fee for the notice
fee-collection-demand = Collection fee
fee-payment-demand = Fee for the payment demand
fee-instalment-plan = Fee for the payment plan
fee-instalment-notice = Fee for the instalment notice
fee-late-compensation = Late payment compensation
fee-agency-fee = Collection cost
reason-fee-se = The amount the Swedish Debt Collection Costs Act allows.
reason-fee-no = The amount the Norwegian debt collection rules allow.
reason-fee-reminder-se = The reminder fee you agreed to, as the Debt Collection Costs Act allows.
reason-fee-collection-demand-se = The fee the Debt Collection Costs Act allows for this demand.
reason-fee-late-compensation-se = The fixed sum the Interest Act allows between businesses.
reason-fee-reminder-no = The reminder fee the debt collection rules allow.
reason-fee-collection-warning-no = The fee the debt collection rules allow for this notice.
reason-fee-payment-demand-no = The fee the debt collection rules allow for this demand.

## Deadlines
deadline-pre_due_notice = Please pay by { $deadline }.
deadline-reminder = Please pay by { $deadline }.
deadline-second_reminder = Please pay by { $deadline }.
deadline-collection_warning = Please pay by { $deadline }. That gives you at least 14 days.
deadline-collection_demand = Please pay, or tell us that you do not agree, by { $deadline }.
deadline-payment_demand = Please pay, or tell us that you do not agree, by { $deadline }.
deadline-handover = Please pay by { $deadline }.

how-to-pay = How to pay:
pay-bankgiro = Bankgiro
pay-plusgiro = Plusgiro
pay-account = Account
pay-iban = IBAN
pay-ocr = OCR reference
pay-kid = KID
pay-amount = Amount

portal = You can see the details, pay, ask for more time or split the amount at { $url }. Your code is { $code }. The page is open day and night.

## What the law asks each letter to say
legal-dispute = If you think the claim is wrong, tell us. Use the page above, or write to { $creditor }. We pause collection while we look into it.
legal-dispute-collection-demand-se = If you think the claim is wrong, tell us by { $deadline } and say why. Use the page above, or write to { $creditor }. We pause collection while we look into it.
legal-dispute-collection-warning-no = If you think the claim is wrong, tell us by { $deadline } and say why. Use the page above, or write to { $creditor }. We pause collection while we look into it.
legal-dispute-payment-demand-no = If you think the claim is wrong, tell us by { $deadline } and say why. Use the page above, or write to { $creditor }. We pause collection while we look into it.
legal-consequence = If the claim is not paid, we may take further steps to collect it.
legal-consequence-collection-demand-se = If you do not pay or tell us by { $deadline }, we may ask the Enforcement Authority (Kronofogden) for an order to pay. That can add costs and may lead to a payment remark.
legal-consequence-collection-warning-no = If you do not pay by { $deadline }, the claim may go to debt collection. That adds costs, which you will have to pay.
legal-consequence-payment-demand-no = If you do not pay or object by { $deadline }, we may take the claim to the Conciliation Board (Forliksrådet) or hand it to a debt collector. That adds costs, which you will have to pay.
legal-complaint = If you are not happy with how we handle your case, you can complain to us. You can also contact the Financial Supervisory Authority (Finanstilsynet).

closing = Kind regards,

## E-mail
email-intro-pre_due_notice = Invoice { $invoice } is due on { $due }. If you have already paid, thank you.
email-intro-reminder = We have not yet received payment for invoice { $invoice }, which was due on { $due }.
email-intro-second_reminder = Invoice { $invoice } was due on { $due } and is still not paid.
email-intro-collection_warning = Invoice { $invoice } is still not paid. The letter attached is a notice before debt collection.
email-intro-collection_demand = Invoice { $invoice } is still not paid. The letter attached is a demand for payment.
email-intro-payment_demand = Invoice { $invoice } is still not paid. The letter attached is a demand for payment.
email-intro-handover = Invoice { $invoice } is still not paid, and we have handed it over for further collection.
email-portal = See the details, pay, or ask for more time at { $url }. Your code is { $code }.
email-attachment = The full letter is attached as a PDF.

## SMS: short, GSM-friendly
sms-pre_due_notice = { $creditor }: invoice { $invoice } ({ $total }) is due on { $due }. Pay or see it here:
sms-reminder = { $creditor }: invoice { $invoice } ({ $total }) is not paid yet. Pay or get help here:
sms-second_reminder = { $creditor }: invoice { $invoice } ({ $total }) is still not paid. Pay or get help here:
sms-collection_warning = { $creditor }: we have sent you a notice before debt collection about { $total }. See it here:
sms-collection_demand = { $creditor }: we have sent you a demand for { $total }. See it here:
sms-payment_demand = { $creditor }: we have sent you a demand for { $total }. See it here:
sms-handover = { $creditor }: invoice { $invoice } ({ $total }) has been handed over. See it here:

## Captions beside the payment QR code
qr-caption-swish = Pay with Swish. Scan the code in the Swish app. Amount and reference are filled in.
qr-caption-epc = Pay by bank transfer. Scan the code in your bank app. Amount and reference are filled in.

## Notices of the case flows (data/templates/notice-*.j2). More values: $amount (what to pay
## now), $count (instalments), $number (the missed one), $first_due, $missed_due, $lapses_after,
## $promised, $plan_fee, $plan_total
title-plan_confirmation = Your payment plan is set up
title-instalment_missed = An instalment of your payment plan is not paid
title-plan_lapsed = Your payment plan has ended
title-dispute_rejected = Our answer to your objection
title-promise_broken = We have not received the payment you promised

intro-plan_confirmation = Thank you! You now have a payment plan for invoice { $invoice }. As long as you pay as agreed, we take no further steps. No new fees are added either.
intro-instalment_missed = We have not received instalment { $number } of your payment plan for invoice { $invoice }. It was { $amount }, due on { $missed_due }. It is easy to miss a payment.
intro-plan_lapsed = Your payment plan for invoice { $invoice } has ended. An instalment was not paid in time.
intro-dispute_rejected = You told us that you do not agree with invoice { $invoice } from { $creditor }. We have looked into it with care. We find that the claim is right, so it still stands.
intro-promise_broken = You promised to pay invoice { $invoice } by { $promised }. We have not received the money yet. Maybe it is on its way. If so, thank you!

answer = Our answer:
col-due = Pay by
line-plan-total = Total of the plan
letter-plan-count =
    { $count ->
        [one] The plan has { $count } instalment:
       *[other] The plan has { $count } instalments:
    }
letter-plan-fee = The amounts include a fee of { $plan_fee } for the plan. The law allows this fee.

next-plan_confirmation = Pay each instalment by its date. Use the reference below, so we know the payment is yours. If you cannot pay an instalment, tell us before it is due.
next-instalment_missed = Please pay { $amount } by { $lapses_after }. Then your plan goes on as before. If we have not received it by then, the plan ends. The usual steps for unpaid invoices then start again.
next-plan_lapsed = The usual steps for unpaid invoices now start again. That can add new fees. Pay { $total } by { $deadline } to avoid this. Tell us if you need help.
next-dispute_rejected = We now go on with the claim. Please pay { $total } by { $deadline }. Do you have new facts, or do you still not agree? Tell us before that day. You can also write to { $creditor }.
next-promise_broken = Please pay { $total } as soon as you can, and by { $deadline } at the latest. Tell us if you cannot pay. There is often a way, such as a payment plan. If we do not hear from you, the usual steps for unpaid invoices start again.

sms-plan_confirmation = { $creditor }: your payment plan for invoice { $invoice } is set up. Pay the first { $amount } by { $first_due }. See the plan here:
sms-instalment_missed = { $creditor }: instalment { $number } of your plan ({ $amount }) is not paid. Pay by { $lapses_after } to keep the plan. See it here:
sms-plan_lapsed = { $creditor }: your payment plan for invoice { $invoice } has ended. { $total } is now due. See it here:
sms-dispute_rejected = { $creditor }: we have answered your objection to invoice { $invoice }. { $total } is due. See it here:
sms-promise_broken = { $creditor }: we have not received the payment you promised for invoice { $invoice } ({ $total }). See it here:

## Merged letters (case merging: one letter about several invoices of one debtor,
## data/templates/merged-*.j2). Values as above; $total is the total of every invoice.
title-merged-pre_due_notice = Your invoices are due soon
title-merged-reminder = Reminder: your invoices are not paid yet
title-merged-second_reminder = Second reminder: your invoices are still not paid
title-merged-collection_warning = Notice before debt collection
title-merged-collection_demand = Debt collection demand
title-merged-payment_demand = Payment demand
title-merged-handover = Your invoices have been handed over

intro-merged-pre_due_notice = This is a friendly note that the invoices below from { $creditor } are due soon. If you have already paid, thank you. You do not need to do anything.
intro-merged-reminder = We have not yet received payment for the invoices below from { $creditor }. It is easy to miss a bill. Please pay the amounts below.
intro-merged-second_reminder = The invoices below from { $creditor } are overdue, and we still have not received your payment. Please pay now, or tell us if something is wrong.
intro-merged-collection_warning = The invoices below from { $creditor } are overdue and still not paid. This letter is a notice that they will go to debt collection if they are not paid.
intro-merged-collection_demand = The invoices below from { $creditor } are overdue. We have sent reminders, but they are still not paid. This is a demand for payment.
intro-merged-payment_demand = The invoices below from { $creditor } are overdue and still not paid. This is a demand for payment.
intro-merged-handover = The invoices below from { $creditor } are still not paid. We have now handed them over for further collection.

merged-claim = Invoice { $invoice }, due on { $due }
merged-claim-total = To pay for invoice { $invoice }
merged-total = Total to pay
merged-pay-each = Pay each invoice with its own reference. Then we know which invoice you have paid.
email-intro-merged = This is about more than one bill from { $creditor }. The letter in the PDF lists each one and what to pay.
sms-merged = { $creditor }: a letter about several of your invoices, { $total } in all. See it here:
