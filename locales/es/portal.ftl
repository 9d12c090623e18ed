# El portal del deudor. Cada clave debe existir en todos los idiomas (una prueba lo comprueba).
skip-to-content = Ir al contenido
nav-label = Menú principal
nav-claims = Sus deudas
nav-message = Escríbanos
nav-contact = Preferencias de contacto
nav-sign-out = Cerrar sesión
language-label = Idioma
language-change = Cambiar
footer-help = ¿Preguntas? Escríbanos desde aquí o llame al número que figura en su carta.
login-title = Iniciar sesión
login-intro = Aquí puede ver cuánto debe y por qué, y cómo pagar, fraccionar el pago o aplazarlo.
login-link-hint = Lo más sencillo es el enlace de su carta, correo electrónico o SMS. ¿No tiene enlace? Inicie sesión con la referencia de pago y su código postal o fecha de nacimiento.
login-reference = Referencia de pago (OCR o KID)
login-reference-hint = El número impreso en la carta junto al importe.
login-second = Código postal o fecha de nacimiento
login-second-hint = Por ejemplo, 114 55 o 1985-04-23.
login-submit = Iniciar sesión
login-not-recognised = No encontramos ninguna coincidencia. Compruebe la referencia y el código postal o la fecha de nacimiento e inténtelo de nuevo.
login-too-many = Demasiados intentos. Por su seguridad, espere 15 minutos e inténtelo de nuevo.
link-title = Bienvenido
link-intro = Pulse el botón para ver sus deudas. El enlace de su carta sigue sirviendo para consultar.
link-continue = Continuar a sus deudas
link-invalid-title = Este enlace ya no funciona
link-invalid-body = El enlace ha caducado o está incompleto. Inicie sesión con la referencia de pago y su código postal o fecha de nacimiento.
read-only-note = Ha entrado con un enlace que ya se había usado, así que puede consultar pero no hacer cambios. Para hacer cambios, cierre sesión y entre con la referencia de pago.
claims-title = Sus deudas
claims-greeting = Hola, { $name }.
claims-none = No tiene deudas con nosotros. ¡Gracias!
claims-total = Total a pagar
claims-invoice = Factura
claims-due = Vencimiento
claims-status = Estado
claims-outstanding = Pendiente de pago
claim-title = Factura { $invoice }
claim-credit = Dinero que guardamos a su favor
claim-actions = Qué puede hacer
back-to-claims = Volver a sus deudas
back-to-claim = Volver a la deuda
action-pay = Pagar ahora
action-plan = Pagar a plazos
action-postpone = Aplazar
action-promise = Prometer el pago para una fecha
action-dispute = Impugnar la deuda
breakdown-title = De qué se compone el importe
breakdown-intro = Cada parte aparece con su motivo.
breakdown-none = Nada aquí.
section-principal = La factura
section-fees = Gastos
section-interest = Intereses
item-invoice = Factura { $invoice }
item-credit-note = Nota de crédito
item-interest = Intereses de demora
item-payment = Pago recibido
item-write-off = Cancelado
item-refund = Reembolso
item-reversal = Corrección
explain-principal = El importe de la factura original.
explain-fee = Un gasto que la ley permite porque la factura no se pagó a tiempo.
explain-interest = Intereses que la ley permite sobre el importe impagado desde el día siguiente al vencimiento.
portal-fee-reminder = Gasto de recordatorio
portal-fee-collection-warning = Gasto de aviso de cobro
portal-fee-collection-demand = Gasto de requerimiento de cobro
portal-fee-payment-demand = Gasto de requerimiento de pago
portal-fee-instalment-plan = Gasto del plan de pagos
portal-fee-instalment-notice = Gasto de aviso de plazo
portal-fee-late-compensation = Compensación por pago tardío
portal-fee-agency-fee = Honorarios de cobro
state-open = Abierta
state-notified = Factura enviada
state-reminded = Recordatorio enviado
state-warned = Aviso de cobro enviado
state-demanded = Requerimiento de cobro enviado
state-promise-to-pay = Pago prometido
state-payment-plan = Plan de pagos
state-postponed = Aplazada
state-disputed = Impugnada
state-handed-over = Traspasada
state-paid = Pagada
state-written-off = Cancelada
state-credited = Abonada
pay-title = Cómo pagar
pay-heading = Pagar la factura { $invoice }
pay-intro = Pague desde la app o la banca en línea de su banco con estos datos. Use la referencia exactamente para que el pago llegue a la factura correcta.
pay-payee = Beneficiario
portal-pay-bankgiro = Bankgiro
portal-pay-plusgiro = Plusgiro
portal-pay-account = Número de cuenta
portal-pay-iban = IBAN
pay-bic = BIC
portal-pay-ocr = Referencia OCR
portal-pay-kid = Referencia KID
portal-pay-amount = Importe
pay-copy = Copiar
pay-copied = Copiado
pay-qr-note = O escanee este código con la app de su banco: rellena el beneficiario, la referencia y el importe.
pay-after = Los pagos suelen aparecer aquí uno o dos días hábiles bancarios después.
plan-title = Pagar a plazos
plan-intro =
    { $max ->
        [one] Puede repartir lo que debe en hasta { $max } mes, con al menos { $min } al mes.
       *[other] Puede repartir lo que debe en hasta { $max } meses, con al menos { $min } al mes.
    }
plan-months = Número de meses
plan-preview = Ver el calendario
plan-schedule = Su calendario de pagos
plan-col-no = Plazo
plan-col-due = Vencimiento
plan-col-amount = Importe
plan-fee = Gasto del plan que permite la ley: { $fee }
plan-total = Total del plan: { $total }
plan-count =
    { $count ->
        [one] { $count } plazo
       *[other] { $count } plazos
    }
plan-accept = Aceptar este plan
plan-accepted = Su plan está acordado. No enviaremos recordatorios mientras pague según el calendario.
postpone-title = Aplazar el pago
postpone-intro =
    { $days ->
        [one] Puede aplazar el pago hasta { $days } día, como máximo hasta el { $latest }.
       *[other] Puede aplazar el pago hasta { $days } días, como máximo hasta el { $latest }.
    }
postpone-date = Nueva fecha de pago
postpone-submit = Aplazar
postpone-done = El pago está aplazado. No enviaremos recordatorios antes de la nueva fecha.
promise-title = Prometer el pago
promise-intro =
    { $days ->
        [one] Díganos la fecha en que pagará, dentro de { $days } día (como máximo el { $latest }), y esperaremos hasta entonces.
       *[other] Díganos la fecha en que pagará, dentro de { $days } días (como máximo el { $latest }), y esperaremos hasta entonces.
    }
promise-date = Pagaré antes del
promise-submit = Prometo pagar
promise-done = Gracias. Hemos anotado su promesa y no enviaremos recordatorios hasta esa fecha.
date-hint = Formato: AAAA-MM-DD, por ejemplo { $example }.
dispute-title = Impugnar la deuda
dispute-intro = Si cree que la deuda es incorrecta, díganos por qué. Detenemos el cobro de inmediato mientras el acreedor lo revisa.
dispute-reason = ¿Por qué la impugna?
dispute-reason-paid = Ya he pagado
dispute-reason-amount = El importe es incorrecto
dispute-reason-not-mine = No es mi deuda
dispute-reason-goods = No recibí lo que pagué
dispute-reason-other = Otro motivo
dispute-details = Cuéntenos más
dispute-file = Adjuntar un documento (opcional)
dispute-file-hint = Un recibo o una carta en PDF, JPEG o PNG, de 5 MB como máximo.
dispute-submit = Enviar la impugnación
dispute-done = Su impugnación está registrada. El cobro se ha detenido y se ha informado al acreedor.
dispute-file-too-large = El archivo supera los 5 MB. Adjunte un archivo más pequeño.
dispute-file-type = Solo se pueden adjuntar archivos PDF, JPEG y PNG.
dispute-need-details = Díganos brevemente por qué impugna la deuda.
refusal-wrong-state = Ahora no es posible para esta deuda.
refusal-nothing-owed = No hay nada pendiente en esta deuda.
refusal-date-in-past = Esa fecha ya ha pasado. Elija una fecha a partir de hoy.
refusal-above-maximum = La fecha es posterior a lo que permite el acreedor. Elija el { $latest } o antes.
refusal-too-many-months = El acreedor permite como máximo { $max } meses.
refusal-below-minimum = Los plazos serían demasiado pequeños. Elija como máximo { $max } meses.
refusal-other = No ha sido posible. Escríbanos y le ayudaremos.
message-title = Escríbanos
message-label = Su mensaje
message-submit = Enviar
message-sent = Su mensaje se ha enviado. Respondemos en dos días laborables.
message-length = Escriba un mensaje de 4000 caracteres como máximo.
message-history = Mensajes que ha enviado
contact-title = Preferencias de contacto
contact-channels = ¿Cómo podemos contactarle?
contact-language = Idioma de las cartas y de este sitio
contact-submit = Guardar
contact-saved = Sus preferencias se han guardado.
contact-need-one = Elija al menos una forma de contacto.
channel-email = Correo electrónico
channel-sms = SMS
channel-letter = Carta por correo postal
channel-ebox = Buzón digital
survey-title = Una pregunta rápida
survey-question = ¿Qué tan fácil fue resolver esto con nosotros?
survey-scale = 1 significa muy difícil y 5, muy fácil.
survey-recommend = ¿Qué probabilidad hay de que nos recomiende a un amigo o colega?
survey-recommend-scale = 0 significa nada probable, 10 significa muy probable. Puede dejar esta pregunta sin responder.
survey-submit = Enviar respuesta
survey-thanks = Gracias por su respuesta.
error-back = Ir a la página de inicio
error-not-found-title = Página no encontrada
error-not-found-body = No encontramos esa página. Puede que se haya movido o que la dirección esté incompleta.
error-expired-form-title = Inténtelo de nuevo
error-expired-form-body = El formulario había caducado. Vuelva atrás, recargue la página y envíelo de nuevo.
error-sign-in-title = Inicie sesión
error-sign-in-body = Debe iniciar sesión para ver esta página. La sesión termina a los 30 minutos.
error-read-only-title = Los cambios requieren un nuevo inicio de sesión
error-read-only-body = Ha entrado con un enlace que ya se había usado. Para hacer cambios, inicie sesión con la referencia de pago y su código postal o fecha de nacimiento.
error-internal-title = Lo sentimos, algo ha fallado
error-internal-body = El error es nuestro, no suyo. Inténtelo de nuevo en un momento.

# The letters about a claim, on its page; a merged letter names the other invoices it is about.
claim-letters = Cartas sobre esta factura
claim-letter-merged = La misma carta trata también de: { $invoices }

assistant-title = Haga una pregunta
assistant-intro = Escriba lo que necesita con sus propias palabras, en cualquier idioma. El asistente le muestra dónde hacerlo aquí; nunca cambia nada por sí mismo, y una persona responde lo que él no puede.
assistant-label = Su pregunta
assistant-ask = Preguntar
assistant-understood = Aquí puede hacerlo:
assistant-unsure = No estoy seguro de haberle entendido. Puede enviar su pregunta a una persona, que le responderá aquí.
assistant-handover = Enviar mi pregunta a una persona
