# Cartas, correos y SMS (plantillas por defecto de Purr en data/templates). Frases cortas y
# palabras sencillas.

## Títulos
title-pre_due_notice = Su factura vence pronto
title-reminder = Recordatorio: su factura aún no está pagada
title-second_reminder = Segundo recordatorio: su factura sigue sin pagar
title-collection_warning = Aviso antes del cobro de deudas
title-collection_demand = Requerimiento de cobro
title-payment_demand = Requerimiento de pago
title-handover = Su caso se ha traspasado

greeting = Hola, { $debtor }:

## El primer párrafo de cada carta
intro-pre_due_notice = Le recordamos amablemente que la factura { $invoice } vence el { $due }. Si ya la ha pagado, gracias. No tiene que hacer nada.
intro-reminder = Aún no hemos recibido el pago de la factura { $invoice }, que vencía el { $due }. Es fácil pasar por alto una factura. Por favor, pague el importe indicado abajo.
intro-second_reminder = La factura { $invoice } vencía el { $due } y todavía no hemos recibido su pago. Por favor, pague ahora o díganos si hay algún error.
intro-collection_warning = La factura { $invoice } de { $creditor } vencía el { $due } y sigue sin pagar. Esta carta le avisa de que la deuda pasará a cobro si no se paga.
intro-collection_demand = La factura { $invoice } de { $creditor } vencía el { $due }. Le hemos enviado recordatorios, pero sigue sin pagar. Esto es un requerimiento de pago.
intro-payment_demand = La factura { $invoice } de { $creditor } vencía el { $due } y sigue sin pagar. Esto es un requerimiento de pago.
intro-handover = La factura { $invoice } de { $creditor } sigue sin pagar. Hemos traspasado la deuda para continuar el cobro.

col-item = Concepto
col-amount = Importe
col-deadline = Pagar antes del
line-principal = Factura { $invoice }
line-interest = Intereses de demora
line-paid = Ya pagado
line-total = A pagar

reason-principal = El importe de la factura { $invoice }, enviada el { $issued } y con vencimiento el { $due }.
reason-interest-se = Intereses según la ley sueca de intereses, al { $rate } anual, del { $interest_from } al { $interest_through }.
reason-interest-no = Intereses según la ley noruega de intereses de demora, al { $rate } anual, del { $interest_from } al { $interest_through }.

## Cargos: el nombre y lo que lo permite
fee-reminder = Cargo por recordatorio
fee-collection-warning = Cargo por el aviso
fee-collection-demand = Cargo de cobro
fee-payment-demand = Cargo por el requerimiento
fee-instalment-plan = Cargo por el plan de pagos
fee-instalment-notice = Cargo por aviso de plazo
fee-late-compensation = Compensación por pago tardío
fee-agency-fee = Coste de cobro
reason-fee-se = El importe que permite la ley sueca sobre costes de cobro.
reason-fee-no = El importe que permiten las normas noruegas de cobro.
reason-fee-reminder-se = El cargo por recordatorio que acordaron, como permite la ley sueca sobre costes de cobro.
reason-fee-collection-demand-se = El cargo que permite la ley sueca sobre costes de cobro para este requerimiento.
reason-fee-late-compensation-se = La suma fija que permite la ley sueca de intereses entre empresas.
reason-fee-reminder-no = El cargo por recordatorio que permiten las normas noruegas de cobro.
reason-fee-collection-warning-no = El cargo que permiten las normas noruegas de cobro para este aviso.
reason-fee-payment-demand-no = El cargo que permiten las normas noruegas de cobro para este requerimiento.

## Plazos
deadline-pre_due_notice = Por favor, pague antes del { $deadline }.
deadline-reminder = Por favor, pague antes del { $deadline }.
deadline-second_reminder = Por favor, pague antes del { $deadline }.
deadline-collection_warning = Por favor, pague antes del { $deadline }. Así tiene al menos 14 días.
deadline-collection_demand = Por favor, pague o díganos que no está de acuerdo antes del { $deadline }.
deadline-payment_demand = Por favor, pague o díganos que no está de acuerdo antes del { $deadline }.
deadline-handover = Por favor, pague antes del { $deadline }.

how-to-pay = Cómo pagar:
pay-bankgiro = Bankgiro
pay-plusgiro = Plusgiro
pay-account = Cuenta
pay-iban = IBAN
pay-ocr = Referencia OCR
pay-kid = KID
pay-amount = Importe

portal = En { $url } puede ver los detalles, pagar, pedir más tiempo o dividir el importe. Su código es { $code }. La página está abierta día y noche.

## Lo que la ley exige que diga cada carta
legal-dispute = Si cree que la deuda no es correcta, díganoslo. Use la página indicada arriba o escriba a { $creditor }. Detenemos el cobro mientras lo revisamos.
legal-dispute-collection-demand-se = Si cree que la deuda no es correcta, díganoslo antes del { $deadline } y explique por qué. Use la página indicada arriba o escriba a { $creditor }. Detenemos el cobro mientras lo revisamos.
legal-dispute-collection-warning-no = Si cree que la deuda no es correcta, díganoslo antes del { $deadline } y explique por qué. Use la página indicada arriba o escriba a { $creditor }. Detenemos el cobro mientras lo revisamos.
legal-dispute-payment-demand-no = Si cree que la deuda no es correcta, díganoslo antes del { $deadline } y explique por qué. Use la página indicada arriba o escriba a { $creditor }. Detenemos el cobro mientras lo revisamos.
legal-consequence = Si la deuda no se paga, podemos tomar otras medidas para cobrarla.
legal-consequence-collection-demand-se = Si no paga ni nos contesta antes del { $deadline }, podemos pedir una orden de pago a la autoridad sueca de ejecución (Kronofogden). Eso puede añadir costes y una anotación de impago.
legal-consequence-collection-warning-no = Si no paga antes del { $deadline }, la deuda puede pasar a cobro. Eso añade costes que tendrá que pagar usted.
legal-consequence-payment-demand-no = Si no paga ni se opone antes del { $deadline }, podemos llevar la deuda a la junta de conciliación noruega (Forliksrådet) o a una agencia de cobro. Eso añade costes que tendrá que pagar usted.
legal-complaint = Si no está satisfecho con cómo llevamos su caso, puede presentarnos una queja. También puede dirigirse a la autoridad financiera noruega (Finanstilsynet).

closing = Un saludo cordial,

## Correo electrónico
email-intro-pre_due_notice = La factura { $invoice } vence el { $due }. Si ya la ha pagado, gracias.
email-intro-reminder = Aún no hemos recibido el pago de la factura { $invoice }, que vencía el { $due }.
email-intro-second_reminder = La factura { $invoice } vencía el { $due } y sigue sin pagar.
email-intro-collection_warning = La factura { $invoice } sigue sin pagar. La carta adjunta es un aviso antes del cobro de deudas.
email-intro-collection_demand = La factura { $invoice } sigue sin pagar. La carta adjunta es un requerimiento de pago.
email-intro-payment_demand = La factura { $invoice } sigue sin pagar. La carta adjunta es un requerimiento de pago.
email-intro-handover = La factura { $invoice } sigue sin pagar y la hemos traspasado para continuar el cobro.
email-portal = En { $url } puede ver los detalles, pagar o pedir más tiempo. Su código es { $code }.
email-attachment = La carta completa va adjunta en PDF.

## SMS: breve
sms-pre_due_notice = { $creditor }: la factura { $invoice } ({ $total }) vence el { $due }. Pague o véala aquí:
sms-reminder = { $creditor }: la factura { $invoice } ({ $total }) aún no está pagada. Pague u obtenga ayuda aquí:
sms-second_reminder = { $creditor }: la factura { $invoice } ({ $total }) sigue sin pagar. Pague u obtenga ayuda aquí:
sms-collection_warning = { $creditor }: le hemos enviado un aviso antes del cobro por { $total }. Véalo aquí:
sms-collection_demand = { $creditor }: le hemos enviado un requerimiento por { $total }. Véalo aquí:
sms-payment_demand = { $creditor }: le hemos enviado un requerimiento por { $total }. Véalo aquí:
sms-handover = { $creditor }: la factura { $invoice } ({ $total }) se ha traspasado. Véala aquí:

## Texto junto al código de pago
qr-caption-swish = Pague con Swish. Escanee el código en la app de Swish. El importe y la referencia ya están puestos.
qr-caption-epc = Pague por transferencia. Escanee el código en la app de su banco. El importe y la referencia ya están puestos.

## Avisos sobre el caso (data/templates/notice-*.j2)
title-plan_confirmation = Su plan de pagos está listo
title-instalment_missed = Un plazo de su plan de pagos no está pagado
title-plan_lapsed = Su plan de pagos ha terminado
title-dispute_rejected = Nuestra respuesta a su reclamación
title-promise_broken = No hemos recibido el pago que prometió

intro-plan_confirmation = ¡Gracias! Ya tiene un plan de pagos para la factura { $invoice }. Mientras pague según lo acordado, no daremos más pasos. Tampoco se añaden cargos nuevos.
intro-instalment_missed = No hemos recibido el plazo { $number } de su plan de pagos de la factura { $invoice }. Era de { $amount } y vencía el { $missed_due }. Es fácil olvidar un pago.
intro-plan_lapsed = Su plan de pagos de la factura { $invoice } ha terminado. Un plazo no se pagó a tiempo.
intro-dispute_rejected = Nos dijo que no está de acuerdo con la factura { $invoice } de { $creditor }. Lo hemos revisado con cuidado. Creemos que la deuda es correcta, así que sigue vigente.
intro-promise_broken = Prometió pagar la factura { $invoice } antes del { $promised }. Aún no hemos recibido el dinero. Quizá esté en camino. Si es así, ¡gracias!

answer = Nuestra respuesta:
col-due = Pagar antes del
line-plan-total = Total del plan
letter-plan-count =
    { $count ->
        [one] El plan tiene { $count } plazo:
       *[other] El plan tiene { $count } plazos:
    }
letter-plan-fee = Los importes incluyen un cargo de { $plan_fee } por el plan. La ley permite este cargo.

next-plan_confirmation = Pague cada plazo antes de su fecha. Use la referencia de abajo para que sepamos que el pago es suyo. Si no puede pagar un plazo, díganoslo antes de que venza.
next-instalment_missed = Por favor, pague { $amount } antes del { $lapses_after }. Así su plan sigue como antes. Si no lo hemos recibido para entonces, el plan termina. Entonces vuelven a empezar los pasos habituales para facturas impagadas.
next-plan_lapsed = Los pasos habituales para facturas impagadas empiezan de nuevo. Eso puede añadir cargos nuevos. Pague { $total } antes del { $deadline } para evitarlo. Díganos si necesita ayuda.
next-dispute_rejected = Seguimos ahora con el cobro de la deuda. Por favor, pague { $total } antes del { $deadline }. ¿Tiene datos nuevos o sigue sin estar de acuerdo? Díganoslo antes de esa fecha. También puede escribir a { $creditor }.
next-promise_broken = Por favor, pague { $total } lo antes posible y, como muy tarde, el { $deadline }. Díganos si no puede pagar. Muchas veces hay una solución, como un plan de pagos. Si no sabemos nada de usted, vuelven a empezar los pasos habituales para facturas impagadas.

sms-plan_confirmation = { $creditor }: su plan de pagos de la factura { $invoice } está listo. Primer plazo: { $amount } antes del { $first_due }. Vea el plan aquí:
sms-instalment_missed = { $creditor }: el plazo { $number } de su plan ({ $amount }) no está pagado. Pague antes del { $lapses_after } para mantener el plan. Más aquí:
sms-plan_lapsed = { $creditor }: su plan de pagos de la factura { $invoice } ha terminado. Ahora debe { $total }. Más aquí:
sms-dispute_rejected = { $creditor }: hemos respondido a su reclamación sobre la factura { $invoice }. Debe { $total }. Más aquí:
sms-promise_broken = { $creditor }: no hemos recibido el pago que prometió por la factura { $invoice } ({ $total }). Más aquí:

## Merged letters (case merging: one letter about several invoices of one debtor,
## data/templates/merged-*.j2). Values as above; $total is the total of every invoice.
title-merged-pre_due_notice = Sus facturas vencen pronto
title-merged-reminder = Recordatorio: sus facturas aún no están pagadas
title-merged-second_reminder = Segundo recordatorio: sus facturas siguen sin pagar
title-merged-collection_warning = Aviso antes del cobro de deudas
title-merged-collection_demand = Requerimiento de cobro
title-merged-payment_demand = Requerimiento de pago
title-merged-handover = Sus facturas se han traspasado

intro-merged-pre_due_notice = Le recordamos amablemente que las facturas de { $creditor } que aparecen abajo vencen pronto. Si ya las ha pagado, gracias. No tiene que hacer nada.
intro-merged-reminder = Aún no hemos recibido el pago de las facturas de { $creditor } que aparecen abajo. Es fácil pasar por alto una factura. Por favor, pague los importes indicados abajo.
intro-merged-second_reminder = Las facturas de { $creditor } que aparecen abajo ya han vencido y aún no hemos recibido su pago. Por favor, pague ahora o díganos si algo no está bien.
intro-merged-collection_warning = Las facturas de { $creditor } que aparecen abajo ya han vencido y siguen sin pagar. Esta carta es un aviso: si no se pagan, pasarán al cobro de deudas.
intro-merged-collection_demand = Las facturas de { $creditor } que aparecen abajo ya han vencido. Le hemos enviado recordatorios, pero siguen sin pagar. Esto es un requerimiento de pago.
intro-merged-payment_demand = Las facturas de { $creditor } que aparecen abajo ya han vencido y siguen sin pagar. Esto es un requerimiento de pago.
intro-merged-handover = Las facturas de { $creditor } que aparecen abajo siguen sin pagar. Ahora hemos traspasado su cobro.

merged-claim = Factura { $invoice }, vence el { $due }
merged-claim-total = A pagar por la factura { $invoice }
merged-total = Total a pagar
merged-pay-each = Pague cada factura con su propia referencia. Así sabremos qué factura ha pagado.
email-intro-merged = Este mensaje trata de varias facturas de { $creditor }. La carta adjunta indica cada una y lo que debe pagar.
sms-merged = { $creditor }: una carta sobre varias de sus facturas, { $total } en total. Véala aquí:
