# Los motivos de las reglas legales (cargos, intereses, plazos) para el deudor, en palabras sencillas.
# Un mensaje por regla: reason-<id de la regla con "-" en lugar de ".">. La ley se muestra aparte.

reason-se-interest-period =
    { $days ->
        [one] { $days } día
       *[other] { $days } días
    } (del { $from } al { $to }) al { $rate } % (tipo de referencia { $reference } % + 8) sobre { $principal }, base de { $basis } días: { $amount }.
reason-no-interest-period =
    { $days ->
        [one] { $days } día
       *[other] { $days } días
    } (del { $from } al { $to }) al tipo noruego de demora del { $rate } % sobre { $principal }, base de { $basis } días: { $amount }.
reason-interest-contract-period =
    { $days ->
        [one] { $days } día
       *[other] { $days } días
    } (del { $from } al { $to }) al tipo acordado del { $rate } % sobre { $principal }, base de { $basis } días: { $amount }.
reason-se-interest-start-due = Se acordó la fecha de vencimiento { $due }, así que los intereses de demora corren del { $first } al { $last }, ambos incluidos.
reason-no-interest-start-due = Se acordó la fecha de vencimiento { $due }, así que los intereses de demora corren del { $first } al { $last }, ambos incluidos.
reason-se-interest-start-demand = No se acordó fecha de vencimiento; el requerimiento enviado el { $sent } avisaba de intereses, así que corren desde el { $first } (30 días después) hasta el { $last }, incluido.
reason-no-interest-start-demand = No se acordó fecha de vencimiento; los intereses corren desde el { $first }, 30 días después del requerimiento escrito enviado el { $sent }, hasta el { $last }, incluido.
reason-se-interest-no-warning = Sin intereses: no se acordó fecha de vencimiento y el requerimiento enviado el { $sent } no avisaba de que se cobrarían intereses.
reason-interest-none = Sin intereses: el pago del { $last } llegó antes del primer día de intereses, el { $first }.
reason-interest-contract-rate = Se aplica el tipo acordado del { $rate } % ({ $mode }) en lugar del tipo legal.
reason-se-due-moved = La fecha de vencimiento { $due } cayó en { $day }; puede pagar el siguiente día laborable, el { $moved }.
reason-no-due-moved = La fecha de vencimiento { $due } cayó en { $day }; pasa al siguiente día hábil, el { $moved }.
reason-fee-before-due = Sin cargo: la carta se envió el { $sent }, no después de la fecha de vencimiento { $due }.
reason-fee-not-in-jurisdiction = Sin cargo: el paso { $step } no existe en las normas de { $jurisdiction }.
reason-step-normalised = El paso { $given } se llama { $used } en { $jurisdiction } y se trata como tal.
reason-fee-not-modelled = Sin cargo: Purr no cobra nada por { $step } en { $jurisdiction }.
reason-se-fee-reminder = Cargo por recordatorio { $amount }: acordado cuando nació la deuda.
reason-se-fee-reminder-not-agreed = Sin cargo por recordatorio: no se acordó ninguno cuando nació la deuda.
reason-se-fee-already-charged = Sin cargo: ya se cobró un cargo por { $step } en esta deuda.
reason-se-fee-collection-demand = Cargo por requerimiento de cobro { $amount }.
reason-se-fee-instalment-plan = Cargo por plan de pagos { $amount }: un plan escrito completo para toda la deuda, hecho con usted.
reason-se-fee-instalment-notice = Cargo por aviso { $amount } para una cuota del plan de pagos.
reason-se-fee-instalment-notice-no-plan = Sin cargo por aviso: no hay ningún plan de pagos acordado.
reason-se-fee-late-compensation = Indemnización por demora { $amount }: el deudor es una empresa y corren intereses.
reason-se-fee-late-compensation-consumer = Sin indemnización por demora: solo se aplica cuando el deudor es una empresa.
reason-se-fee-b2b-instead = Sin cargo por { $step }: para una empresa, la indemnización por demora de { $compensation } sustituye los cargos por recordatorio, requerimiento y plan.
reason-no-fee-reminder = Cargo por recordatorio { $amount }: 1/20 de la tarifa noruega de cobro (inkassosats) de { $sats } vigente cuando se envió la carta el { $sent }.
reason-no-fee-collection-warning = Cargo por aviso de cobro { $amount }: 1/20 de la tarifa de cobro de { $sats } vigente el { $sent }.
reason-no-fee-payment-demand = Cargo por requerimiento de pago { $amount }: 3/20 de la tarifa de cobro de { $sats } vigente el { $sent }.
reason-no-fee-rounded = El importe { $exact } se redondea a los { $unit } NOK más cercanos: { $amount }.
reason-no-fee-too-early = Sin cargo: la carta se envió el { $sent }, antes de 14 días después del vencimiento { $due } (como pronto el { $earliest }).
reason-no-fee-deadline-not-missed = Sin cargo: ya se había enviado un recordatorio o aviso y su plazo de al menos 14 días no había vencido sin pago.
reason-no-fee-max-reached = Sin cargo: se alcanzó el máximo por deuda (2 recordatorios + 1 requerimiento de pago, o 1 recordatorio + 1 aviso + 1 requerimiento de pago).
reason-no-fee-after-demand = Sin cargo: ya se envió un requerimiento de pago; los recordatorios y avisos posteriores son gratuitos.
reason-no-fee-payment-demand-no-prior = Sin cargo: un requerimiento de pago necesita un recordatorio o aviso anterior cuyo plazo de al menos 14 días haya vencido sin pago.
reason-no-fee-already-charged = Sin cargo: ya se cobró un cargo por { $step } en esta deuda.
reason-no-fee-standard-compensation = Indemnización fija { $rate } para el semestre ({ $from }), menos los cargos por recordatorio de { $offset } ya cobrados: { $amount }.
reason-no-fee-standard-compensation-consumer = Sin indemnización fija: solo se aplica entre empresas.
reason-no-fee-not-overdue = Sin indemnización: la deuda no estaba vencida cuando se envió la carta el { $sent } (vencimiento { $due }).
reason-no-fee-agency-fee = Honorarios de cobro { $amount }: el principal de { $principal } está en el tramo hasta { $bracket }, { $multiple } × la tarifa de cobro de { $sats }, tarifa { $rate_kind }{ $b2b }.
reason-no-fee-agency-fee-offset = La indemnización fija de { $offset } ya cobrada se descuenta de los honorarios: { $amount }.
reason-no-fee-agency-fee-no-demand = Sin honorarios de cobro: no hay ningún requerimiento de pago cuyo plazo haya vencido.
reason-no-fee-agency-fee-merged = { $claims } deudas del mismo deudor cuentan como un solo caso: los honorarios sobre el principal total de { $principal } son { $combined }, frente a { $separate } por separado; cobrado { $amount }.
reason-se-deadline-collection-demand = El plazo debe ser de al menos 8 días desde el envío el { $sent } ({ $eight_days }) y 4 días bancarios desde la recepción supuesta el { $receipt } ({ $four_bank_days }): como pronto el { $deadline }.
reason-se-deadline-reminder = Ninguna ley fija un plazo para un recordatorio sueco; Purr usa el mismo mínimo que para un requerimiento de cobro: como pronto el { $deadline }.
reason-se-presumed-receipt = Recepción supuesta: { $receipt } ({ $delivery }).
reason-no-deadline-14-days = El plazo es de al menos 14 días desde el envío el { $sent }: el mismo día de la semana dos semanas después, el { $deadline }, aunque sea festivo.
reason-no-deadline-reminder = Un recordatorio con un plazo de al menos 14 días ({ $deadline }) permite cobrar el paso siguiente.
reason-step-next = El paso siguiente puede darse desde el { $next }, el día después del plazo { $deadline }.
reason-no-agency-fee-heavy-from = Tarifa de honorarios más alta desde el { $heavy_from }: más de 28 días después del plazo del requerimiento de pago, { $deadline }.
reason-no-contact-window = Llamada permitida el { $at }: de lunes a viernes de 08 a 21 o el sábado de 09 a 15, y dentro de los límites ({ $day_calls }/1 hoy, { $week_calls }/5 esta semana, { $month_calls }/15 este mes).
reason-no-contact-closed-day = Sin llamada el { $at }: nunca en domingo ni en festivos ({ $day }).
reason-no-contact-outside-hours = Sin llamada el { $at }: fuera del horario permitido { $window }.
reason-no-contact-cap = Sin llamada: ya se alcanzó el límite de { $cap } llamadas por { $per } ({ $count }).
reason-se-contact-no-rule = No se encontró ninguna norma sueca sobre horarios de llamada; se aplican las buenas prácticas de cobro.
reason-se-limitation = Prescripción a los { $years } años contados desde el { $start } ({ $basis }): la deuda prescribe el { $expires }.
reason-se-limitation-interrupted = La prescripción se interrumpió el { $on } ({ $kind }); desde entonces corre un nuevo plazo de { $years } años.
reason-no-limitation = Prescripción a los 3 años desde el { $start }, cuando se pudo exigir el pago: la deuda prescribe el { $expires }.
reason-no-limitation-interrupted = La prescripción se interrumpió el { $on } ({ $kind }); desde entonces corre un nuevo plazo de 3 años.
reason-no-limitation-letter-ignored = La carta de requerimiento del { $on } no interrumpe la prescripción en Noruega; solo lo hacen un reconocimiento de la deuda o acciones judiciales.
reason-dunning-closed = La deuda está { $state }: no hay nada que cobrar.
reason-dunning-disputed = La deuda está impugnada: todo el cobro se detiene hasta que se resuelva la disputa.
reason-dunning-creditor-paused = El acreedor ha pausado el cobro de esta deuda: los pasos esperan.
reason-dunning-held-until = La deuda está { $state } hasta el { $until }, incluido: después siguen los pasos.
reason-dunning-paused = La deuda está { $state }: los pasos esperan.
reason-dunning-handed-over = La deuda se ha traspasado: los pasos han terminado.
reason-dunning-nothing-owed = No queda nada por pagar.
reason-dunning-stepped-today = Ya se dio un paso el { $date }: como máximo un paso al día.
reason-dunning-ladder-done = Ya se han dado todos los pasos de { $strategy }.
reason-dunning-not-yet = El paso siguiente ({ $step }) toca el { $date }.
reason-dunning-not-a-bank-day = El { $date } no es día bancario: el paso se da el { $next }.
reason-dunning-payment-in-flight = Un archivo de pagos del { $file } traía dinero para esta deuda: ningún paso con cargo hasta después del { $until } ({ $days } días bancarios).
reason-dunning-law-unknown = El motor legal no pudo responder ({ $error }); no se envía nada hasta que pueda.
reason-dunning-wrong-strategy = La estrategia { $strategy } no se aplica a esta deuda ({ $jurisdiction }, { $debtor }).
reason-dunning-step = El paso { $step_no } ({ $step }) de { $strategy }, previsto para el { $scheduled }, se da el { $date }.
reason-dunning-pre-due-skipped = Se omite el aviso previo al vencimiento: la fecha de vencimiento { $due } ya pasó.
reason-dunning-deadline = Plazo { $deadline }: los { $days } días de la estrategia, nunca menos que el mínimo legal { $earliest }.
reason-dunning-fee-currency = Sin cargo: la deuda está en { $currency } y los cargos legales están fijados en { $fee_currency }.
reason-dunning-interest = Intereses de demora { $amount } hasta el { $through } sobre el principal pendiente de { $principal }, además de los intereses de { $booked } ya contabilizados.
reason-dunning-merge-required = Derecho noruego: las deudas de un acreedor con un mismo deudor son un solo caso, así que los pasos del día para el deudor se envían en una sola carta. No se puede desactivar.
reason-dunning-merge-chosen = El acreedor eligió una carta por deudor: los pasos del día para el deudor se envían en una sola carta.
reason-dunning-merge-separate = Cada deuda recibe su propia carta (elección del acreedor; el derecho sueco no exige agruparlas).
