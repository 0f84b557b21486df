# Machine-made translation from English (locales/en/questions.ftl); not yet reviewed by a person.
# Needs questionnaire. Variables in braces, like { $count }, are filled in by the app: keep them as they are.

## Start page and navigation
qn-title = Prepárese para su evaluación
qn-intro = Antes de su primera reunión sobre los servicios de integración, puede responder a preguntas sobre sus habilidades, sus planes y su vida actual. Así la reunión puede empezar a partir de sus respuestas.
qn-how-long = Se tarda unos 15 minutos. Puede parar y continuar más tarde.
qn-private = Sus respuestas se quedan en este dispositivo. No se envía nada a ninguna parte. Usted decide a quién se las muestra.
qn-skip-note = Responda solo a lo que quiera. Algunas preguntas tienen «No lo sé», «Saltar esta pregunta» o «Prefiero no decirlo».
qn-start = Empezar
qn-continue = Continuar donde lo dejó
qn-start-again = Empezar de nuevo
qn-check-link = Revisar sus respuestas
qn-saved-count = { $count ->
    [one] Ha respondido a 1 pregunta.
    [many] Ha respondido a { $count } preguntas.
   *[other] Ha respondido a { $count } preguntas.
}
qn-progress = Parte { $part } de { $parts }: { $section }
qn-progress-label = Progreso
qn-back = Atrás
qn-continue-button = Continuar
qn-dont-know = No lo sé
qn-prefer-not = Prefiero no decirlo
qn-skip = Saltar esta pregunta
qn-choose-all = Elija todas las que correspondan.
qn-month = Mes
qn-year = Año
qn-number = Número
qn-your-answer = Su respuesta
qn-selected = Seleccionado

## Check your answers
qn-check-title = Revise sus respuestas
qn-check-intro = Mire sus respuestas. Puede cambiar cualquier respuesta.
qn-change = Cambiar
qn-answer-now = Responder
qn-not-answered = Sin responder
qn-answer-dont-know = No lo sé
qn-answer-prefer-not = Prefiero no decirlo
qn-answer-skipped = Saltada
qn-done-title = Qué pasa después
qn-done-text = Sus respuestas están guardadas en este dispositivo. Muéstrelas en su cita. La persona con la que se reúne decide con usted qué servicios necesita.
qn-see-pathway = Ver su itinerario sugerido

## Deleting
qn-delete = Borrar mis datos de este dispositivo
qn-delete-confirm-title = ¿Borrar sus datos?
qn-delete-confirm-text = Esto quita de este dispositivo sus respuestas, las marcas de su lista de pasos y el idioma que eligió. No se puede deshacer.
qn-delete-yes = Sí, borrar
qn-delete-cancel = Cancelar

## Notices about stored answers
qn-notice-discarded = Sus respuestas guardadas no se pudieron leer, así que se han quitado. Por favor, responda otra vez.
qn-notice-newer = Sus respuestas guardadas se hicieron con una versión más reciente de esta aplicación. Por favor, actualice la aplicación o ábrala en un navegador actualizado. Sus respuestas guardadas no se han cambiado.

## Errors
error-summary = Hay un problema
error-required = Por favor, responda a la pregunta o elija otra opción más abajo.
error-unknown-option = Por favor, elija una de las opciones.
error-exclusive = Esta respuesta no se puede elegir junto con las demás.
error-not-a-number = Por favor, escriba un número con cifras, por ejemplo 12.
error-out-of-range = Por favor, escriba un número del { $min } al { $max }.
error-year-too-early = Por favor, escriba un año a partir de { $min }.
error-in-future = La fecha no puede estar en el futuro.
error-month = Por favor, elija un mes.
error-too-long = Por favor, escriba como máximo { $max } caracteres.

## Months
month-1 = Enero
month-2 = Febrero
month-3 = Marzo
month-4 = Abril
month-5 = Mayo
month-6 = Junio
month-7 = Julio
month-8 = Agosto
month-9 = Septiembre
month-10 = Octubre
month-11 = Noviembre
month-12 = Diciembre

## Sections
section-about = Sobre usted
section-languages = Idiomas
section-education = Formación
section-work = Trabajo
section-skills = Habilidades y puntos fuertes
section-goals = Sus objetivos
section-life = Su vida ahora
section-wellbeing = Salud y bienestar
section-wellbeing-intro = Estas preguntas son opcionales. Las hacemos porque la salud puede afectar a los estudios y al trabajo, y hay ayuda disponible. Puede saltarlas o elegir «Prefiero no decirlo».
section-appointment = Su cita

## Questions: about you
q-age-group = ¿Cuántos años tiene?
q-residence-basis = ¿Por qué motivo obtuvo su derecho a vivir en Finlandia?
q-residence-basis-help = Mire su tarjeta de permiso de residencia o su certificado de registro. Si tiene dudas, elija «No lo sé».
q-permit-date = ¿Cuándo obtuvo su primer permiso de residencia o su registro en Finlandia?
q-permit-date-help = Los servicios de integración se suelen ofrecer en los 3 primeros años después de esta fecha.
q-municipality-registered = ¿Tiene un municipio de residencia en Finlandia?
q-municipality-registered-help = Esto significa que está registrado como residente en un municipio finlandés. La { -dvv } lo registra.
q-first-steps-done = ¿Cuáles de estas cosas ya tiene?
q-unaccompanied = ¿Llegó a Finlandia sin su padre, su madre o su tutor?
q-unaccompanied-help = Un tutor es un adulto que es responsable legal de usted.

## Questions: languages
q-mother-tongue = ¿Cuál es su lengua materna?
q-mother-tongue-other = Escriba el nombre de su lengua materna.
q-other-languages = ¿Qué otros idiomas habla?
q-finnish = ¿Qué tal habla finés?
q-swedish = ¿Qué tal habla sueco?
q-english = ¿Qué tal habla inglés?
q-read-own = ¿Sabe leer en su lengua materna?
q-write-own = ¿Sabe escribir en su lengua materna?
q-latin-alphabet = ¿Sabe leer las letras de este alfabeto: A B C D E?
q-latin-alphabet-help = El finés, el sueco y el inglés se escriben con estas letras (el alfabeto latino).

## Questions: education
q-school-years = ¿Cuántos años fue a la escuela o estudió en total?
q-school-years-help = Cuente todos los años, desde la escuela primaria hasta la universidad. Si tiene dudas, dé el número que le parezca más probable.
q-education-level = ¿Cuál es la formación más alta que ha terminado?
q-education-field = ¿Qué estudió?
q-education-country = ¿Dónde obtuvo esta formación?
q-certificates = ¿Tiene sus certificados o diplomas?
q-certificates-help = Por ejemplo, certificados escolares, diplomas o títulos, en papel o como archivos.
q-unfinished-studies = ¿Empezó estudios que no pudo terminar?

## Questions: work
q-has-worked = ¿Ha trabajado antes?
q-work-fields = ¿En qué sectores ha trabajado?
q-work-other = Escriba el sector o el trabajo que hizo.
q-work-years = ¿Cuántos años ha trabajado en total?
q-recent-work = ¿Cuál fue su último trabajo?
q-recent-work-help = Escriba el nombre de un puesto de trabajo, por ejemplo «enfermera» o «conductor de autobús».
q-entrepreneur = ¿Ha tenido su propia empresa?
q-driving-licence = ¿Tiene permiso de conducir?
q-licence-class = ¿Qué tipo de vehículos le permite conducir su permiso?

## Questions: skills
q-phone-skills = ¿Sabe usar un teléfono inteligente, por ejemplo para enviar mensajes y usar aplicaciones?
q-computer-skills = ¿Sabe usar un ordenador?
q-online-services = ¿Sabe usar los servicios en línea por su cuenta?
q-online-services-help = Por ejemplo, la banca en línea, pedir una cita o rellenar un formulario en línea.
q-strengths = ¿Qué se le da bien?

## Questions: goals
q-goals = ¿Qué quiere hacer en Finlandia en los próximos años?
q-main-goal = ¿Cuál de estas cosas es la más importante para usted ahora?

## Questions: life now
q-jobseeker = ¿Está registrado como demandante de empleo en los { -tyollisyyspalvelut }?
q-jobseeker-help = Se registra a través del { -tyomarkkinatori(case: "with-finnish") } o en los { -tyollisyyspalvelut }.
q-social-assistance = ¿Recibe ayuda social?
q-social-assistance-help = La ayuda social es dinero para las necesidades básicas cuando sus ingresos no alcanzan. { -kela } paga la ayuda social básica. Si la recibe durante más tiempo o de forma regular, normalmente su municipio es responsable de sus servicios de integración.
q-has-children = ¿Tiene hijos que vivan con usted?
q-children-ages = ¿Cuántos años tienen sus hijos?
q-home-care-allowance = ¿Recibe el subsidio por cuidado de hijos en casa de { -kela }?
q-home-care-allowance-help = Es dinero de { -kela } cuando cuida en casa a un hijo menor de 3 años.
q-housing = ¿Dónde vive ahora?
q-urgent = ¿Necesita ayuda urgente con algo?

## Questions: wellbeing
q-health-affects = ¿Su salud u otra cosa le hace difícil estudiar o trabajar?
q-talk-to-someone = ¿Le gustaría hablar con alguien sobre su salud o su bienestar?

## Questions: appointment
q-appointment-language = ¿En qué idioma quiere tener su cita?
q-interpreter = ¿Necesita un intérprete en la cita?
q-interpreter-language = ¿Qué idioma debe hablar el intérprete?
q-contact-way = ¿Cómo quiere que la oficina contacte con usted?
q-contact-way-help = No escriba aquí sus datos de contacto. Los da en la oficina.

## Options
opt-yesno-yes = Sí
opt-yesno-no = No
opt-firststeps-identity-code = Un número de identidad personal finlandés
opt-firststeps-kela-card = Una tarjeta { -kela }
opt-firststeps-tax-card = Una tarjeta tributaria
opt-firststeps-bank-account = Una cuenta bancaria
opt-firststeps-none = Todavía ninguna de estas
opt-age-under-18 = Menos de 18
opt-age-18-29 = De 18 a 29
opt-age-30-44 = De 30 a 44
opt-age-45-64 = De 45 a 64
opt-age-65-plus = 65 o más
opt-residence-protection = Protección internacional (asilo, estatuto de refugiado)
opt-residence-family = Vínculos familiares
opt-residence-work = Trabajo
opt-residence-study = Estudios
opt-residence-eu = Ciudadano de la UE o de un país nórdico, registrado
opt-residence-temporary-protection = Protección temporal
opt-residence-other = Otro motivo
opt-residence-protection-family = Familiar de una persona con protección internacional
opt-residence-trafficking = Víctima de trata de personas (alguien le obligó a trabajar o a hacer otras cosas)
opt-socialassist-lasting = Sí, durante más tiempo o de forma regular
opt-socialassist-short-term = Sí, una vez o durante poco tiempo
opt-socialassist-no = No
opt-socialassist-yes = Sí (sin decir durante cuánto tiempo)
opt-language-arabic = Árabe
opt-language-dari = Darí
opt-language-farsi = Persa (farsi)
opt-language-kurdish = Kurdo
opt-language-pashto = Pastún
opt-language-somali = Somalí
opt-language-tigrinya = Tigriña
opt-language-amharic = Amárico
opt-language-swahili = Suajili
opt-language-russian = Ruso
opt-language-ukrainian = Ucraniano
opt-language-estonian = Estonio
opt-language-albanian = Albanés
opt-language-turkish = Turco
opt-language-vietnamese = Vietnamita
opt-language-thai = Tailandés
opt-language-chinese = Chino
opt-language-english = Inglés
opt-language-french = Francés
opt-language-spanish = Español
opt-language-other = Otro idioma
opt-level-none = Todavía no lo hablo
opt-level-words = Sé algunas palabras y frases
opt-level-everyday = Me defiendo en situaciones cotidianas, como ir de compras
opt-level-work = Puedo manejar la mayoría de las situaciones en el trabajo
opt-howwell-well = Sí, bien
opt-howwell-a-little = Un poco
opt-howwell-no = No
opt-edu-none = No fui a la escuela
opt-edu-primary = Escuela primaria
opt-edu-lower-secondary = Secundaria inferior (hasta los 15 años más o menos)
opt-edu-upper-secondary = Secundaria superior (bachillerato)
opt-edu-vocational = Escuela de formación profesional (aprender un oficio)
opt-edu-bachelor = Universidad u otro centro de educación superior, primer título (grado)
opt-edu-master = Universidad, título superior (máster)
opt-edu-doctorate = Doctorado
opt-field-office = Trabajo de oficina y administración
opt-field-sales = Ventas y tiendas
opt-field-cleaning = Limpieza
opt-field-construction = Construcción
opt-field-manufacturing = Trabajo en fábricas y producción
opt-field-transport = Transporte y conducción
opt-field-restaurant = Restaurantes, cafeterías y cocinas
opt-field-health = Atención sanitaria
opt-field-social-care = Atención social y cuidado de personas mayores
opt-field-childcare = Cuidado de niños
opt-field-teaching = Enseñanza y educación
opt-field-ict = Informática y TI
opt-field-engineering = Ingeniería y tecnología
opt-field-agriculture = Agricultura, jardinería y silvicultura
opt-field-beauty = Peluquería y estética
opt-field-security = Seguridad y vigilancia
opt-field-repair = Reparación y mantenimiento
opt-field-arts = Artes, medios de comunicación y cultura
opt-field-science = Ciencia e investigación
opt-field-law = Derecho, economía y empresa
opt-field-other = Otro sector
opt-country-finland = En Finlandia
opt-country-eu = En otro país de la UE o nórdico
opt-country-other = En otro país
opt-certificates-yes = Sí, todos
opt-certificates-some = Algunos
opt-certificates-no = No
opt-years-under-1 = Menos de 1 año
opt-years-1-2 = De 1 a 2 años
opt-years-3-5 = De 3 a 5 años
opt-years-6-10 = De 6 a 10 años
opt-years-over-10 = Más de 10 años
opt-licence-b = Coche
opt-licence-c = Camión
opt-licence-d = Autobús
opt-licence-a = Moto
opt-licence-other = Otros vehículos
opt-strength-teamwork = Trabajar con otras personas
opt-strength-customer-service = Atender a clientes
opt-strength-caring = Cuidar de personas
opt-strength-handcrafts = Trabajar con las manos
opt-strength-technical = Máquinas y tecnología
opt-strength-cooking = Cocinar
opt-strength-organising = Planificar y organizar
opt-strength-teaching = Enseñar y explicar
opt-strength-languages = Aprender idiomas
opt-strength-art = Arte, música o diseño
opt-strength-sports = Deportes
opt-goal-work-soon = Encontrar pronto un trabajo
opt-goal-vocational = Estudiar un oficio (formación profesional)
opt-goal-university = Estudiar en una universidad
opt-goal-business = Crear mi propia empresa
opt-goal-language-first = Aprender primero el idioma
opt-goal-family = Cuidar de mi familia por ahora
opt-goal-not-sure = Todavía no lo tengo claro
opt-childage-under-3 = Menos de 3 años
opt-childage-3-6 = De 3 a 6 años
opt-childage-7-15 = De 7 a 15 años
opt-childage-16-17 = De 16 a 17 años
opt-housing-own-rental = En mi propia vivienda, de alquiler o en propiedad
opt-housing-temporary = En un lugar temporal, por ejemplo con amigos o en un centro de acogida
opt-housing-none = No tengo un lugar donde vivir
opt-urgent-money = Dinero para comida o facturas
opt-urgent-housing = Un lugar donde vivir
opt-urgent-health = Salud
opt-urgent-safety = Seguridad: mi familia o yo no estamos a salvo
opt-urgent-family-reunification = Traer a mi familia a Finlandia
opt-urgent-legal-advice = Asesoramiento jurídico
opt-urgent-none = No, nada urgente
opt-affects-no = No
opt-affects-a-little = Un poco
opt-affects-a-lot = Mucho
opt-apptlang-finnish = Finés
opt-apptlang-swedish = Sueco
opt-apptlang-english = Inglés
opt-apptlang-own = Mi propio idioma, con un intérprete
opt-contact-phone = Llamada de teléfono
opt-contact-text-message = Mensaje de texto (SMS)
opt-contact-email = Correo electrónico
opt-contact-letter = Carta
opt-contact-in-person = Iré a la oficina
