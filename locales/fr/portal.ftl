# Le portail du débiteur. Chaque clé doit exister dans toutes les langues (un test le vérifie).
skip-to-content = Aller au contenu
nav-label = Menu principal
nav-claims = Vos créances
nav-message = Nous écrire
nav-contact = Préférences de contact
nav-sign-out = Se déconnecter
language-label = Langue
language-change = Changer
footer-help = Des questions ? Écrivez-nous ici ou appelez le numéro indiqué dans votre courrier.
login-title = Se connecter
login-intro = Ici, vous voyez ce que vous devez et pourquoi, et comment payer, échelonner ou reporter le paiement.
login-link-hint = Le plus simple est le lien de votre courrier, e-mail ou SMS. Pas de lien ? Connectez-vous avec la référence de paiement et votre code postal ou votre date de naissance.
login-reference = Référence de paiement (OCR ou KID)
login-reference-hint = Le numéro imprimé sur le courrier à côté du montant.
login-second = Code postal ou date de naissance
login-second-hint = Par exemple 114 55 ou 1985-04-23.
login-submit = Se connecter
login-not-recognised = Aucune correspondance trouvée. Vérifiez la référence et le code postal ou la date de naissance, puis réessayez.
login-too-many = Trop de tentatives. Pour votre sécurité, attendez 15 minutes puis réessayez.
link-title = Bienvenue
link-intro = Appuyez sur le bouton pour voir vos créances. Le lien de votre courrier reste valable pour consulter.
link-continue = Continuer vers vos créances
link-invalid-title = Ce lien ne fonctionne plus
link-invalid-body = Le lien a expiré ou est incomplet. Connectez-vous plutôt avec la référence de paiement et votre code postal ou votre date de naissance.
read-only-note = Vous vous êtes connecté avec un lien déjà utilisé : vous pouvez consulter mais pas modifier. Pour faire des modifications, déconnectez-vous et connectez-vous avec la référence de paiement.
claims-title = Vos créances
claims-greeting = Bonjour { $name }.
claims-none = Vous n'avez aucune créance chez nous. Merci !
claims-total = Total à payer
claims-invoice = Facture
claims-due = Échéance
claims-status = Statut
claims-outstanding = Reste à payer
claim-title = Facture { $invoice }
claim-credit = Somme que nous détenons pour vous
claim-actions = Ce que vous pouvez faire
back-to-claims = Retour à vos créances
back-to-claim = Retour à la créance
action-pay = Payer maintenant
action-plan = Payer en plusieurs fois
action-postpone = Reporter
action-promise = Promettre de payer avant une date
action-dispute = Contester la créance
breakdown-title = De quoi se compose le montant
breakdown-intro = Chaque partie est indiquée avec sa raison.
breakdown-none = Rien ici.
section-principal = La facture
section-fees = Frais
section-interest = Intérêts
item-invoice = Facture { $invoice }
item-credit-note = Avoir
item-interest = Intérêts de retard
item-payment = Paiement reçu
item-write-off = Passé en perte
item-refund = Remboursement
item-reversal = Correction
explain-principal = Le montant de la facture d'origine.
explain-fee = Des frais autorisés par la loi parce que la facture n'a pas été payée à temps.
explain-interest = Des intérêts autorisés par la loi sur le montant impayé à partir du lendemain de l'échéance.
portal-fee-reminder = Frais de rappel
portal-fee-collection-warning = Frais d'avertissement de recouvrement
portal-fee-collection-demand = Frais de mise en demeure
portal-fee-payment-demand = Frais de demande de paiement
portal-fee-instalment-plan = Frais d'échéancier
portal-fee-instalment-notice = Frais d'avis d'échéance
portal-fee-late-compensation = Indemnité pour retard de paiement
portal-fee-agency-fee = Honoraires de recouvrement
state-open = Ouverte
state-notified = Facture envoyée
state-reminded = Rappel envoyé
state-warned = Avertissement envoyé
state-demanded = Mise en demeure envoyée
state-promise-to-pay = Paiement promis
state-payment-plan = Échéancier
state-postponed = Reportée
state-disputed = Contestée
state-handed-over = Transmise
state-paid = Payée
state-written-off = Passée en perte
state-credited = Annulée par avoir
pay-title = Comment payer
pay-heading = Payer la facture { $invoice }
pay-intro = Payez depuis l'application ou la banque en ligne avec ces informations. Saisissez la référence à l'identique pour que le paiement trouve la bonne facture.
pay-payee = Bénéficiaire
portal-pay-bankgiro = Bankgiro
portal-pay-plusgiro = Plusgiro
portal-pay-account = Numéro de compte
portal-pay-iban = IBAN
pay-bic = BIC
portal-pay-ocr = Référence OCR
portal-pay-kid = Référence KID
portal-pay-amount = Montant
pay-copy = Copier
pay-copied = Copié
pay-qr-note = Ou scannez ce code avec l'application de votre banque : elle remplit le bénéficiaire, la référence et le montant.
pay-after = Les paiements apparaissent ici en général un à deux jours ouvrés bancaires plus tard.
plan-title = Payer en plusieurs fois
plan-intro =
    { $max ->
        [one] Vous pouvez étaler ce que vous devez sur { $max } mois au plus, avec au moins { $min } par mois.
       *[other] Vous pouvez étaler ce que vous devez sur { $max } mois au plus, avec au moins { $min } par mois.
    }
plan-months = Nombre de mois
plan-preview = Voir l'échéancier
plan-schedule = Votre échéancier
plan-col-no = Échéance
plan-col-due = Date
plan-col-amount = Montant
plan-fee = Frais d'échéancier autorisés par la loi : { $fee }
plan-total = Total sur l'échéancier : { $total }
plan-count =
    { $count ->
        [one] { $count } échéance
       *[other] { $count } échéances
    }
plan-accept = Accepter cet échéancier
plan-accepted = Votre échéancier est convenu. Nous n'envoyons pas de rappels tant que vous payez selon le calendrier.
postpone-title = Reporter le paiement
postpone-intro =
    { $days ->
        [one] Vous pouvez reporter le paiement de { $days } jour au plus, jusqu'au { $latest }.
       *[other] Vous pouvez reporter le paiement de { $days } jours au plus, jusqu'au { $latest }.
    }
postpone-date = Nouvelle date de paiement
postpone-submit = Reporter
postpone-done = Le paiement est reporté. Nous n'enverrons pas de rappels avant la nouvelle date.
promise-title = Promettre de payer
promise-intro =
    { $days ->
        [one] Indiquez la date à laquelle vous paierez, dans { $days } jour au plus (au plus tard le { $latest }), et nous suspendons les rappels jusque-là.
       *[other] Indiquez la date à laquelle vous paierez, dans { $days } jours au plus (au plus tard le { $latest }), et nous suspendons les rappels jusque-là.
    }
promise-date = Je paierai avant le
promise-submit = Je promets de payer
promise-done = Merci. Nous avons noté votre promesse et suspendons les rappels jusqu'à cette date.
date-hint = Format : AAAA-MM-JJ, par exemple { $example }.
dispute-title = Contester la créance
dispute-intro = Si vous pensez que la créance est erronée, dites-nous pourquoi. Nous arrêtons immédiatement le recouvrement pendant que le créancier examine la question.
dispute-reason = Pourquoi contestez-vous la créance ?
dispute-reason-paid = J'ai déjà payé
dispute-reason-amount = Le montant est faux
dispute-reason-not-mine = Ce n'est pas ma dette
dispute-reason-goods = Je n'ai pas reçu ce que j'ai payé
dispute-reason-other = Une autre raison
dispute-details = Dites-nous en plus
dispute-file = Joindre un document (facultatif)
dispute-file-hint = Un reçu ou un courrier en PDF, JPEG ou PNG, 5 Mo au maximum.
dispute-submit = Envoyer la contestation
dispute-done = Votre contestation est enregistrée. Le recouvrement est arrêté et le créancier a été informé.
dispute-file-too-large = Le fichier dépasse 5 Mo. Joignez un fichier plus petit.
dispute-file-type = Seuls les fichiers PDF, JPEG et PNG peuvent être joints.
dispute-need-details = Dites-nous brièvement pourquoi vous contestez la créance.
refusal-wrong-state = Ce n'est pas possible pour cette créance en ce moment.
refusal-nothing-owed = Rien n'est dû sur cette créance.
refusal-date-in-past = Cette date est passée. Choisissez une date à partir d'aujourd'hui.
refusal-above-maximum = La date est plus tardive que ce que permet le créancier. Choisissez le { $latest } ou avant.
refusal-too-many-months = Le créancier autorise au plus { $max } mois.
refusal-below-minimum = Les échéances seraient trop petites. Choisissez au plus { $max } mois.
refusal-other = Cela n'a pas fonctionné. Écrivez-nous et nous vous aiderons.
message-title = Nous écrire
message-label = Votre message
message-submit = Envoyer
message-sent = Votre message a été envoyé. Nous répondons sous deux jours ouvrés.
message-length = Écrivez un message de 4 000 caractères au plus.
message-history = Messages envoyés
contact-title = Préférences de contact
contact-channels = Comment pouvons-nous vous joindre ?
contact-language = Langue des courriers et de ce site
contact-submit = Enregistrer
contact-saved = Vos préférences sont enregistrées.
contact-need-one = Choisissez au moins un moyen de vous joindre.
channel-email = E-mail
channel-sms = SMS
channel-letter = Courrier postal
channel-ebox = Boîte aux lettres numérique
survey-title = Une petite question
survey-question = Était-il facile de régler cela avec nous ?
survey-scale = 1 signifie très difficile, 5 signifie très facile.
survey-recommend = Quelle est la probabilité que vous nous recommandiez à un ami ou à un collègue ?
survey-recommend-scale = 0 signifie pas du tout probable, 10 signifie très probable. Vous pouvez passer cette question.
survey-submit = Envoyer la réponse
survey-thanks = Merci pour votre réponse.
error-back = Aller à la page d'accueil
error-not-found-title = Page introuvable
error-not-found-body = Nous n'avons pas trouvé cette page. Elle a peut-être été déplacée, ou l'adresse est incomplète.
error-expired-form-title = Veuillez réessayer
error-expired-form-body = Le formulaire avait expiré. Revenez en arrière, rechargez la page et envoyez-le à nouveau.
error-sign-in-title = Veuillez vous connecter
error-sign-in-body = Vous devez vous connecter pour voir cette page. La session se termine après 30 minutes.
error-read-only-title = Les modifications demandent une nouvelle connexion
error-read-only-body = Vous vous êtes connecté avec un lien déjà utilisé. Pour faire des modifications, connectez-vous avec la référence de paiement et votre code postal ou votre date de naissance.
error-internal-title = Désolé, un problème est survenu
error-internal-body = L'erreur vient de nous, pas de vous. Veuillez réessayer dans un instant.

# The letters about a claim, on its page; a merged letter names the other invoices it is about.
claim-letters = Lettres sur cette facture
claim-letter-merged = La même lettre concerne aussi : { $invoices }

assistant-title = Poser une question
assistant-intro = Écrivez ce dont vous avez besoin avec vos propres mots, dans n'importe quelle langue. L'assistant vous montre où le faire ici ; il ne modifie jamais rien lui-même, et une personne répond à ce qu'il ne peut pas traiter.
assistant-label = Votre question
assistant-ask = Demander
assistant-understood = Vous pouvez le faire ici :
assistant-unsure = Je ne suis pas sûr d'avoir compris. Vous pouvez envoyer votre question à une personne, qui vous répondra ici.
assistant-handover = Envoyer ma question à une personne
