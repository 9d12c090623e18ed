# Lettres, e-mails et SMS (modèles par défaut de Purr dans data/templates). Phrases courtes et
# mots simples.

## Titres
title-pre_due_notice = Votre facture arrive bientôt à échéance
title-reminder = Rappel : votre facture n’est pas encore payée
title-second_reminder = Deuxième rappel : votre facture n’est toujours pas payée
title-collection_warning = Avis avant recouvrement
title-collection_demand = Mise en demeure de recouvrement
title-payment_demand = Demande de paiement
title-handover = Votre dossier a été transmis

greeting = Bonjour { $debtor },

## Le premier paragraphe de chaque lettre
intro-pre_due_notice = Nous vous rappelons que la facture { $invoice } arrive à échéance le { $due }. Si vous l’avez déjà payée, merci. Vous n’avez rien à faire.
intro-reminder = Nous n’avons pas encore reçu le paiement de la facture { $invoice }, échue le { $due }. Une facture s’oublie facilement. Merci de payer le montant ci-dessous.
intro-second_reminder = La facture { $invoice } était due le { $due } et nous n’avons toujours pas reçu votre paiement. Merci de payer maintenant, ou de nous dire si quelque chose ne va pas.
intro-collection_warning = La facture { $invoice } de { $creditor } était due le { $due } et n’est toujours pas payée. Cette lettre vous avertit que la créance passera en recouvrement si elle n’est pas payée.
intro-collection_demand = La facture { $invoice } de { $creditor } était due le { $due }. Nous vous avons envoyé des rappels, mais elle n’est toujours pas payée. Ceci est une demande de paiement.
intro-payment_demand = La facture { $invoice } de { $creditor } était due le { $due } et n’est toujours pas payée. Ceci est une demande de paiement.
intro-handover = La facture { $invoice } de { $creditor } n’est toujours pas payée. Nous avons transmis la créance pour la suite du recouvrement.

col-item = Objet
col-amount = Montant
col-deadline = À payer avant le
line-principal = Facture { $invoice }
line-interest = Intérêts de retard
line-paid = Déjà payé
line-total = À payer

reason-principal = Le montant de la facture { $invoice }, envoyée le { $issued } et due le { $due }.
reason-interest-se = Intérêts selon la loi suédoise sur les intérêts, au taux de { $rate } par an, du { $interest_from } au { $interest_through }.
reason-interest-no = Intérêts selon la loi norvégienne sur les intérêts de retard, au taux de { $rate } par an, du { $interest_from } au { $interest_through }.

## Frais : le nom, et ce qui les permet
fee-reminder = Frais de rappel
fee-collection-warning = Frais de l’avis
fee-collection-demand = Frais de recouvrement
fee-payment-demand = Frais de la demande de paiement
fee-instalment-plan = Frais du plan de paiement
fee-instalment-notice = Frais d’avis d’échéance
fee-late-compensation = Indemnité pour retard de paiement
fee-agency-fee = Coût de recouvrement
reason-fee-se = Le montant que permet la loi suédoise sur les frais de recouvrement.
reason-fee-no = Le montant que permettent les règles norvégiennes de recouvrement.
reason-fee-reminder-se = Les frais de rappel convenus entre vous, comme le permet la loi suédoise sur les frais de recouvrement.
reason-fee-collection-demand-se = Les frais que la loi suédoise sur les frais de recouvrement permet pour cette demande.
reason-fee-late-compensation-se = La somme fixe que la loi suédoise sur les intérêts permet entre entreprises.
reason-fee-reminder-no = Les frais de rappel que permettent les règles norvégiennes de recouvrement.
reason-fee-collection-warning-no = Les frais que les règles norvégiennes de recouvrement permettent pour cet avis.
reason-fee-payment-demand-no = Les frais que les règles norvégiennes de recouvrement permettent pour cette demande.

## Délais
deadline-pre_due_notice = Merci de payer avant le { $deadline }.
deadline-reminder = Merci de payer avant le { $deadline }.
deadline-second_reminder = Merci de payer avant le { $deadline }.
deadline-collection_warning = Merci de payer avant le { $deadline }. Cela vous laisse au moins 14 jours.
deadline-collection_demand = Merci de payer, ou de nous dire que vous n’êtes pas d’accord, avant le { $deadline }.
deadline-payment_demand = Merci de payer, ou de nous dire que vous n’êtes pas d’accord, avant le { $deadline }.
deadline-handover = Merci de payer avant le { $deadline }.

how-to-pay = Comment payer :
pay-bankgiro = Bankgiro
pay-plusgiro = Plusgiro
pay-account = Compte
pay-iban = IBAN
pay-ocr = Référence OCR
pay-kid = KID
pay-amount = Montant

portal = Sur { $url }, vous pouvez voir les détails, payer, demander plus de temps ou payer en plusieurs fois. Votre code est { $code }. La page est ouverte jour et nuit.

## Ce que la loi demande à chaque lettre
legal-dispute = Si vous pensez que la créance est erronée, dites-le-nous. Utilisez la page ci-dessus ou écrivez à { $creditor }. Nous suspendons le recouvrement pendant que nous vérifions.
legal-dispute-collection-demand-se = Si vous pensez que la créance est erronée, dites-le-nous avant le { $deadline } en expliquant pourquoi. Utilisez la page ci-dessus ou écrivez à { $creditor }. Nous suspendons le recouvrement pendant que nous vérifions.
legal-dispute-collection-warning-no = Si vous pensez que la créance est erronée, dites-le-nous avant le { $deadline } en expliquant pourquoi. Utilisez la page ci-dessus ou écrivez à { $creditor }. Nous suspendons le recouvrement pendant que nous vérifions.
legal-dispute-payment-demand-no = Si vous pensez que la créance est erronée, dites-le-nous avant le { $deadline } en expliquant pourquoi. Utilisez la page ci-dessus ou écrivez à { $creditor }. Nous suspendons le recouvrement pendant que nous vérifions.
legal-consequence = Si la créance n’est pas payée, nous pouvons prendre d’autres mesures pour la recouvrer.
legal-consequence-collection-demand-se = Si vous ne payez pas ou ne nous répondez pas avant le { $deadline }, nous pouvons demander une injonction de payer à l’autorité suédoise d’exécution (Kronofogden). Cela peut ajouter des frais et un incident de paiement.
legal-consequence-collection-warning-no = Si vous ne payez pas avant le { $deadline }, la créance peut passer en recouvrement. Cela ajoute des frais, à votre charge.
legal-consequence-payment-demand-no = Si vous ne payez pas ou ne contestez pas avant le { $deadline }, nous pouvons saisir la commission de conciliation norvégienne (Forliksrådet) ou confier la créance à une agence de recouvrement. Cela ajoute des frais, à votre charge.
legal-complaint = Si vous n’êtes pas satisfait de la façon dont nous traitons votre dossier, vous pouvez nous adresser une réclamation. Vous pouvez aussi vous adresser à l’autorité financière norvégienne (Finanstilsynet).

closing = Cordialement,

## E-mail
email-intro-pre_due_notice = La facture { $invoice } arrive à échéance le { $due }. Si vous l’avez déjà payée, merci.
email-intro-reminder = Nous n’avons pas encore reçu le paiement de la facture { $invoice }, échue le { $due }.
email-intro-second_reminder = La facture { $invoice } était due le { $due } et n’est toujours pas payée.
email-intro-collection_warning = La facture { $invoice } n’est toujours pas payée. La lettre jointe est un avis avant recouvrement.
email-intro-collection_demand = La facture { $invoice } n’est toujours pas payée. La lettre jointe est une demande de paiement.
email-intro-payment_demand = La facture { $invoice } n’est toujours pas payée. La lettre jointe est une demande de paiement.
email-intro-handover = La facture { $invoice } n’est toujours pas payée, et nous l’avons transmise pour la suite du recouvrement.
email-portal = Sur { $url }, vous pouvez voir les détails, payer ou demander plus de temps. Votre code est { $code }.
email-attachment = La lettre complète est jointe en PDF.

## SMS : court
sms-pre_due_notice = { $creditor } : la facture { $invoice } ({ $total }) est due le { $due }. Payez ou consultez-la ici :
sms-reminder = { $creditor } : la facture { $invoice } ({ $total }) n’est pas encore payée. Payez ou obtenez de l’aide ici :
sms-second_reminder = { $creditor } : la facture { $invoice } ({ $total }) n’est toujours pas payée. Payez ou obtenez de l’aide ici :
sms-collection_warning = { $creditor } : nous vous avons envoyé un avis avant recouvrement de { $total }. Voir ici :
sms-collection_demand = { $creditor } : nous vous avons envoyé une demande de { $total }. Voir ici :
sms-payment_demand = { $creditor } : nous vous avons envoyé une demande de { $total }. Voir ici :
sms-handover = { $creditor } : la facture { $invoice } ({ $total }) a été transmise. Voir ici :

## Légendes à côté du code de paiement
qr-caption-swish = Payez avec Swish. Scannez le code dans l’appli Swish. Le montant et la référence sont déjà remplis.
qr-caption-epc = Payez par virement. Scannez le code dans l’appli de votre banque. Le montant et la référence sont déjà remplis.

## Avis sur le dossier (data/templates/notice-*.j2)
title-plan_confirmation = Votre plan de paiement est en place
title-instalment_missed = Une échéance de votre plan de paiement n’est pas payée
title-plan_lapsed = Votre plan de paiement a pris fin
title-dispute_rejected = Notre réponse à votre contestation
title-promise_broken = Nous n’avons pas reçu le paiement promis

intro-plan_confirmation = Merci ! Vous avez maintenant un plan de paiement pour la facture { $invoice }. Tant que vous payez comme convenu, nous ne faisons rien d’autre. Aucun nouveau frais n’est ajouté.
intro-instalment_missed = Nous n’avons pas reçu l’échéance { $number } de votre plan de paiement pour la facture { $invoice }. Elle était de { $amount }, due le { $missed_due }. Un paiement s’oublie facilement.
intro-plan_lapsed = Votre plan de paiement pour la facture { $invoice } a pris fin. Une échéance n’a pas été payée à temps.
intro-dispute_rejected = Vous nous avez dit ne pas être d’accord avec la facture { $invoice } de { $creditor }. Nous avons examiné cela avec soin. Nous estimons que la créance est correcte : elle reste donc due.
intro-promise_broken = Vous avez promis de payer la facture { $invoice } avant le { $promised }. Nous n’avons pas encore reçu l’argent. Il est peut-être en route. Si c’est le cas, merci !

answer = Notre réponse :
col-due = À payer avant le
line-plan-total = Total du plan
letter-plan-count =
    { $count ->
        [one] Le plan compte { $count } échéance :
       *[other] Le plan compte { $count } échéances :
    }
letter-plan-fee = Les montants comprennent des frais de { $plan_fee } pour le plan. La loi permet ces frais.

next-plan_confirmation = Payez chaque échéance avant sa date. Utilisez la référence ci-dessous, pour que nous sachions que le paiement vient de vous. Si vous ne pouvez pas payer une échéance, dites-le-nous avant sa date.
next-instalment_missed = Merci de payer { $amount } avant le { $lapses_after }. Votre plan continuera alors comme avant. Si nous ne l’avons pas reçu d’ici là, le plan prend fin. Les démarches habituelles pour les factures impayées reprennent alors.
next-plan_lapsed = Les démarches habituelles pour les factures impayées reprennent maintenant. Cela peut ajouter des frais. Payez { $total } avant le { $deadline } pour l’éviter. Dites-nous si vous avez besoin d’aide.
next-dispute_rejected = Nous reprenons maintenant le recouvrement de la créance. Merci de payer { $total } avant le { $deadline }. Vous avez des éléments nouveaux, ou vous n’êtes toujours pas d’accord ? Dites-le-nous avant cette date. Vous pouvez aussi écrire à { $creditor }.
next-promise_broken = Merci de payer { $total } dès que possible, et au plus tard le { $deadline }. Dites-nous si vous ne pouvez pas payer. Il existe souvent une solution, comme un plan de paiement. Sans nouvelles de votre part, les démarches habituelles pour les factures impayées reprennent.

sms-plan_confirmation = { $creditor } : votre plan de paiement pour la facture { $invoice } est en place. Première échéance : { $amount } avant le { $first_due }. Voir le plan :
sms-instalment_missed = { $creditor } : l’échéance { $number } de votre plan ({ $amount }) n’est pas payée. Payez avant le { $lapses_after } pour garder le plan. Plus ici :
sms-plan_lapsed = { $creditor } : votre plan de paiement pour la facture { $invoice } a pris fin. { $total } est maintenant dû. Plus ici :
sms-dispute_rejected = { $creditor } : nous avons répondu à votre contestation de la facture { $invoice }. { $total } est dû. Plus ici :
sms-promise_broken = { $creditor } : nous n’avons pas reçu le paiement promis pour la facture { $invoice } ({ $total }). Plus ici :

## Merged letters (case merging: one letter about several invoices of one debtor,
## data/templates/merged-*.j2). Values as above; $total is the total of every invoice.
title-merged-pre_due_notice = Vos factures arrivent bientôt à échéance
title-merged-reminder = Rappel : vos factures ne sont pas encore payées
title-merged-second_reminder = Deuxième rappel : vos factures ne sont toujours pas payées
title-merged-collection_warning = Avis avant recouvrement
title-merged-collection_demand = Mise en demeure de recouvrement
title-merged-payment_demand = Demande de paiement
title-merged-handover = Vos factures ont été transmises

intro-merged-pre_due_notice = Petit rappel : les factures de { $creditor } ci-dessous arrivent bientôt à échéance. Si vous avez déjà payé, merci. Vous n’avez rien à faire.
intro-merged-reminder = Nous n’avons pas encore reçu le paiement des factures de { $creditor } ci-dessous. Une facture s’oublie facilement. Merci de payer les montants ci-dessous.
intro-merged-second_reminder = Les factures de { $creditor } ci-dessous sont échues, et nous n’avons toujours pas reçu votre paiement. Merci de payer maintenant, ou de nous dire si quelque chose ne va pas.
intro-merged-collection_warning = Les factures de { $creditor } ci-dessous sont échues et toujours impayées. Cette lettre vous avertit qu’elles partiront en recouvrement si elles ne sont pas payées.
intro-merged-collection_demand = Les factures de { $creditor } ci-dessous sont échues. Nous vous avons envoyé des rappels, mais elles ne sont toujours pas payées. Ceci est une demande de paiement.
intro-merged-payment_demand = Les factures de { $creditor } ci-dessous sont échues et toujours impayées. Ceci est une demande de paiement.
intro-merged-handover = Les factures de { $creditor } ci-dessous ne sont toujours pas payées. Nous les avons maintenant transmises pour la suite du recouvrement.

merged-claim = Facture { $invoice }, échéance le { $due }
merged-claim-total = À payer pour la facture { $invoice }
merged-total = Total à payer
merged-pay-each = Payez chaque facture avec sa propre référence. Nous saurons ainsi quelle facture vous avez payée.
email-intro-merged = Ce message concerne plusieurs factures de { $creditor }. La lettre jointe indique chacune d’elles et le montant à payer.
sms-merged = { $creditor } : une lettre sur plusieurs de vos factures, { $total } au total. À voir ici :
