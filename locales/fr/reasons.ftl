# Les raisons des règles de droit (frais, intérêts, délais) pour le débiteur, en mots simples.
# Un message par règle : reason-<identifiant de la règle, avec « - » au lieu de « . »>. La loi est affichée à part.

reason-se-interest-period =
    { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } (du { $from } au { $to }) à { $rate } % (taux de référence { $reference } % + 8) sur { $principal }, base de { $basis } jours : { $amount }.
reason-no-interest-period =
    { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } (du { $from } au { $to }) au taux norvégien de retard de { $rate } % sur { $principal }, base de { $basis } jours : { $amount }.
reason-interest-contract-period =
    { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } (du { $from } au { $to }) au taux convenu de { $rate } % sur { $principal }, base de { $basis } jours : { $amount }.
reason-se-interest-start-due = La date d’échéance du { $due } avait été convenue : les intérêts de retard courent donc du { $first } au { $last } inclus.
reason-no-interest-start-due = La date d’échéance du { $due } avait été convenue : les intérêts de retard courent donc du { $first } au { $last } inclus.
reason-se-interest-start-demand = Aucune date d’échéance n’avait été convenue ; la demande envoyée le { $sent } prévenait des intérêts, qui courent donc du { $first } (30 jours plus tard) au { $last } inclus.
reason-no-interest-start-demand = Aucune date d’échéance n’avait été convenue ; les intérêts courent du { $first }, 30 jours après la demande écrite envoyée le { $sent }, au { $last } inclus.
reason-se-interest-no-warning = Pas d’intérêts : aucune date d’échéance n’avait été convenue et la demande envoyée le { $sent } ne prévenait pas que des intérêts seraient facturés.
reason-interest-none = Pas d’intérêts : le paiement du { $last } est arrivé avant le premier jour d’intérêts, le { $first }.
reason-interest-contract-rate = Le taux convenu de { $rate } % s’applique ({ $mode }) au lieu du taux légal.
reason-se-due-moved = La date d’échéance du { $due } tombait un { $day } ; vous pouvez payer le jour ouvré suivant, le { $moved }.
reason-no-due-moved = La date d’échéance du { $due } tombait un { $day } ; elle passe au jour ouvré suivant, le { $moved }.
reason-fee-before-due = Pas de frais : la lettre a été envoyée le { $sent }, pas après la date d’échéance du { $due }.
reason-fee-not-in-jurisdiction = Pas de frais : l’étape { $step } n’existe pas dans les règles de { $jurisdiction }.
reason-step-normalised = L’étape { $given } s’appelle { $used } en { $jurisdiction } et elle est traitée comme telle.
reason-fee-not-modelled = Pas de frais : Purr ne facture rien pour { $step } en { $jurisdiction }.
reason-se-fee-reminder = Frais de rappel { $amount } : convenus quand la dette est née.
reason-se-fee-reminder-not-agreed = Pas de frais de rappel : aucuns n’avaient été convenus quand la dette est née.
reason-se-fee-already-charged = Pas de frais : des frais pour { $step } ont déjà été facturés sur cette créance.
reason-se-fee-collection-demand = Frais de mise en demeure de recouvrement { $amount }.
reason-se-fee-instalment-plan = Frais de plan d’échelonnement { $amount } : un plan écrit complet pour toute la dette, établi avec vous.
reason-se-fee-instalment-notice = Frais d’avis { $amount } pour une échéance du plan d’échelonnement.
reason-se-fee-instalment-notice-no-plan = Pas de frais d’avis : il n’y a pas de plan d’échelonnement convenu.
reason-se-fee-late-compensation = Indemnité de retard { $amount } : le débiteur est une entreprise et des intérêts courent.
reason-se-fee-late-compensation-consumer = Pas d’indemnité de retard : elle ne s’applique que si le débiteur est une entreprise.
reason-se-fee-b2b-instead = Pas de frais pour { $step } : pour une entreprise, l’indemnité de retard de { $compensation } remplace les frais de rappel, de recouvrement et de plan.
reason-no-fee-reminder = Frais de rappel { $amount } : 1/20 du taux de recouvrement norvégien (inkassosats) de { $sats } en vigueur quand la lettre a été envoyée le { $sent }.
reason-no-fee-collection-warning = Frais d’avertissement de recouvrement { $amount } : 1/20 du taux de recouvrement de { $sats } en vigueur le { $sent }.
reason-no-fee-payment-demand = Frais de mise en demeure { $amount } : 3/20 du taux de recouvrement de { $sats } en vigueur le { $sent }.
reason-no-fee-rounded = Le montant { $exact } est arrondi aux { $unit } NOK les plus proches : { $amount }.
reason-no-fee-too-early = Pas de frais : la lettre a été envoyée le { $sent }, moins de 14 jours après la date d’échéance du { $due } (au plus tôt le { $earliest }).
reason-no-fee-deadline-not-missed = Pas de frais : un rappel ou un avertissement avait déjà été envoyé et son délai d’au moins 14 jours n’était pas dépassé.
reason-no-fee-max-reached = Pas de frais : le maximum par créance est atteint (2 rappels + 1 mise en demeure, ou 1 rappel + 1 avertissement + 1 mise en demeure).
reason-no-fee-after-demand = Pas de frais : une mise en demeure a déjà été envoyée ; les rappels et avertissements qui suivent sont gratuits.
reason-no-fee-payment-demand-no-prior = Pas de frais : une mise en demeure suppose un rappel ou un avertissement antérieur dont le délai d’au moins 14 jours est dépassé.
reason-no-fee-already-charged = Pas de frais : des frais pour { $step } ont déjà été facturés sur cette créance.
reason-no-fee-standard-compensation = Indemnité forfaitaire { $rate } pour le semestre ({ $from }), moins les frais de rappel de { $offset } déjà facturés : { $amount }.
reason-no-fee-standard-compensation-consumer = Pas d’indemnité forfaitaire : elle ne s’applique qu’entre entreprises.
reason-no-fee-not-overdue = Pas d’indemnité : la créance n’était pas en retard quand la lettre a été envoyée le { $sent } (échéance le { $due }).
reason-no-fee-agency-fee = Honoraires de recouvrement { $amount } : le capital de { $principal } se situe dans la tranche jusqu’à { $bracket }, { $multiple } × le taux de recouvrement de { $sats }, taux { $rate_kind }{ $b2b }.
reason-no-fee-agency-fee-offset = L’indemnité forfaitaire de { $offset } déjà facturée est déduite des honoraires : { $amount }.
reason-no-fee-agency-fee-no-demand = Pas d’honoraires de recouvrement : il n’y a pas de mise en demeure dont le délai est dépassé.
reason-no-fee-agency-fee-merged = { $claims } créances contre le même débiteur forment un seul dossier : les honoraires sur le capital total de { $principal } sont de { $combined }, contre { $separate } séparément ; facturé { $amount }.
reason-se-deadline-collection-demand = Le délai doit être d’au moins 8 jours après l’envoi du { $sent } ({ $eight_days }) et 4 jours bancaires après la réception présumée du { $receipt } ({ $four_bank_days }) : au plus tôt le { $deadline }.
reason-se-deadline-reminder = Aucune loi ne fixe de délai pour un rappel suédois ; Purr applique le même minimum que pour une mise en demeure : au plus tôt le { $deadline }.
reason-se-presumed-receipt = Réception présumée : { $receipt } ({ $delivery }).
reason-no-deadline-14-days = Le délai est d’au moins 14 jours après l’envoi du { $sent } : le même jour de la semaine deux semaines plus tard, le { $deadline }, même un jour férié.
reason-no-deadline-reminder = Un rappel avec un délai d’au moins 14 jours ({ $deadline }) permet de facturer l’étape suivante.
reason-step-next = L’étape suivante est possible à partir du { $next }, le lendemain du délai du { $deadline }.
reason-no-agency-fee-heavy-from = Taux d’honoraires plus élevé à partir du { $heavy_from } : plus de 28 jours après le délai de la mise en demeure, le { $deadline }.
reason-no-contact-window = Appel permis le { $at } : en semaine de 08 h à 21 h ou le samedi de 09 h à 15 h, et sous les plafonds ({ $day_calls }/1 aujourd’hui, { $week_calls }/5 cette semaine, { $month_calls }/15 ce mois-ci).
reason-no-contact-closed-day = Pas d’appel le { $at } : jamais le dimanche ni les jours fériés ({ $day }).
reason-no-contact-outside-hours = Pas d’appel le { $at } : en dehors des heures permises { $window }.
reason-no-contact-cap = Pas d’appel : le plafond de { $cap } appels par { $per } est déjà atteint ({ $count }).
reason-se-contact-no-rule = Aucune règle suédoise sur les heures d’appel n’a été trouvée ; les bonnes pratiques de recouvrement s’appliquent.
reason-se-limitation = Prescription après { $years } ans à compter du { $start } ({ $basis }) : la créance est prescrite le { $expires }.
reason-se-limitation-interrupted = La prescription a été interrompue le { $on } ({ $kind }) ; un nouveau délai de { $years } ans court à partir de là.
reason-no-limitation = Prescription après 3 ans à compter du { $start }, date où le paiement pouvait être exigé : la créance est prescrite le { $expires }.
reason-no-limitation-interrupted = La prescription a été interrompue le { $on } ({ $kind }) ; un nouveau délai de 3 ans court à partir de là.
reason-no-limitation-letter-ignored = La lettre de demande du { $on } n’interrompt pas la prescription en Norvège ; seuls une reconnaissance de dette ou des actes en justice le font.
reason-dunning-closed = La créance est { $state } : il n’y a rien à recouvrer.
reason-dunning-disputed = La créance est contestée : tout recouvrement s’arrête jusqu’à ce que le litige soit réglé.
reason-dunning-creditor-paused = Le créancier a mis en pause le recouvrement de cette créance : les étapes attendent.
reason-dunning-held-until = La créance est { $state } jusqu’au { $until } inclus : les étapes reprennent ensuite.
reason-dunning-paused = La créance est { $state } : les étapes attendent.
reason-dunning-handed-over = La créance a été transmise : les étapes sont terminées.
reason-dunning-nothing-owed = Il ne reste rien à payer.
reason-dunning-stepped-today = Une étape a déjà eu lieu le { $date } : une étape par jour au plus.
reason-dunning-ladder-done = Toutes les étapes de { $strategy } ont eu lieu.
reason-dunning-not-yet = L’étape suivante ({ $step }) est prévue le { $date }.
reason-dunning-not-a-bank-day = Le { $date } n’est pas un jour bancaire : l’étape a lieu le { $next }.
reason-dunning-payment-in-flight = Un fichier de paiement du { $file } contenait un paiement pour cette créance : aucune étape payante avant la fin du { $until } ({ $days } jours bancaires).
reason-dunning-law-unknown = Le moteur juridique n’a pas pu répondre ({ $error }) ; rien n’est envoyé tant qu’il ne le peut pas.
reason-dunning-wrong-strategy = La stratégie { $strategy } ne s’applique pas à cette créance ({ $jurisdiction }, { $debtor }).
reason-dunning-step = L’étape { $step_no } ({ $step }) de { $strategy }, prévue le { $scheduled }, a lieu le { $date }.
reason-dunning-pre-due-skipped = L’avis avant échéance est sauté : la date d’échéance du { $due } est passée.
reason-dunning-deadline = Délai { $deadline } : les { $days } jours de la stratégie, jamais moins que le minimum légal du { $earliest }.
reason-dunning-fee-currency = Pas de frais : la créance est en { $currency } et les frais légaux sont fixés en { $fee_currency }.
reason-dunning-interest = Intérêts de retard { $amount } jusqu’au { $through } inclus sur le capital restant de { $principal }, en plus des intérêts de { $booked } déjà comptabilisés.
reason-dunning-merge-required = Droit norvégien : les créances d’un créancier sur un même débiteur forment un seul dossier, donc les étapes du jour pour ce débiteur partent dans une seule lettre. Cela ne peut pas être désactivé.
reason-dunning-merge-chosen = Le créancier a choisi une lettre par débiteur : les étapes du jour pour ce débiteur partent dans une seule lettre.
reason-dunning-merge-separate = Chaque créance a sa propre lettre (choix du créancier ; le droit suédois n’exige pas de regroupement).
