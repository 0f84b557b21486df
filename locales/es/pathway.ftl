# Machine-made translation from English (locales/en/pathway.ftl); not yet reviewed by a person.
# Suggested pathway, print, and the caseworker's view. Variables in braces, like { $date }, are filled in by the app: keep them as they are.

## Pathway page
pw-title = Su itinerario sugerido
pw-intro = Estos pasos se sugieren a partir de sus respuestas. Primero vienen las cosas que hay que hacer ahora y después lo que viene más tarde.
pw-disclaimer = Esto es una sugerencia que ha preparado usted. No es una decisión. La autoridad decide sus servicios junto con usted en la evaluación.
pw-no-answers = Todavía no ha respondido a las preguntas. Respóndalas primero y recibirá un itinerario hecho para usted.
pw-start-questions = Responder a las preguntas
pw-because = Porque usted respondió:
pw-for-everyone = Sugerido para todas las personas que se mudan a Finlandia para quedarse.
pw-where = Adónde ir:
pw-source = Fuente oficial:
# After a step's sources: the day they were last checked. { $date } is a formatted date.
source-checked = revisado el { $date }
pw-check-answers = Revisar o cambiar sus respuestas
timing-now = Haga esto ahora
timing-soon = En los próximos meses
timing-later = Más tarde

## Taking it with you
pw-take-heading = Lléveselo consigo
pw-take-intro = Muestre sus respuestas y este itinerario en su cita. Elija una forma.
pw-print = Imprimir
pw-save = Guardar como archivo
pw-share = Compartir
pw-show-qr = Mostrar el código QR
pw-hide-qr = Ocultar el código QR
pw-qr-help = La persona que lleva su caso puede escanear este código para ver sus respuestas en finés o en sueco. También puede escanearlo con su propio teléfono para guardar una copia. Sus respuestas están dentro del código: no se envía nada a ninguna parte.
pw-qr-label = Código QR con sus respuestas
pw-saved = El archivo se ha guardado. Búsquelo en sus descargas.
pw-share-failed = Compartir no ha funcionado en este dispositivo. Puede guardar el archivo en su lugar.

## Print
print-title = Respuestas e itinerario sugerido
print-caseworker-language = Segundo idioma, para la persona que lleva el caso:
print-self-reported = Información dada por la propia persona antes de la evaluación. El itinerario es una sugerencia, no una decisión.
print-prepared = Preparado el { $date }
print-answers = Respuestas
print-pathway = Itinerario sugerido
print-button = Imprimir esta página
print-back = Volver a su itinerario

## Caseworker view
hv-title = Respuestas para la evaluación
hv-self-reported = La persona respondió sola a estas preguntas, antes de la evaluación. Las respuestas son información dada por ella misma. El itinerario es una sugerencia que la aplicación hizo a partir de las respuestas, no una decisión.
hv-prepared = Preparado el { $date }. Idioma de la persona: { $language }.
hv-municipality = Municipio: { $name }
hv-language = Mostrar en:
hv-show-person = Mostrar también el idioma de la persona
hv-hide-person = Ocultar el idioma de la persona
hv-print = Imprimir
hv-nothing-stored = No se guarda nada de esta página en este dispositivo.
hv-dropped = Algunas respuestas no se pudieron leer. Puede que se hicieran con otra versión de la aplicación.
hv-load-title = Abrir respuestas guardadas
hv-load-intro = Elija un archivo que se guardó desde esta aplicación. Termina en .json.
hv-load-label = Archivo con respuestas
hv-error-title = Estas respuestas no se pueden abrir
hv-try-file = Abrir un archivo guardado en su lugar

## Errors in links and files
handover-error-empty = El enlace o el archivo está vacío.
handover-error-too-large = El archivo es demasiado grande para ser un archivo de respuestas. Compruebe que ha elegido el archivo correcto.
handover-error-malformed = El enlace o el archivo está dañado. Pida a la persona que muestre otra vez el código QR o que guarde un archivo nuevo.
handover-error-newer = Estas respuestas se hicieron con una versión más reciente de la aplicación. Actualice la aplicación (vuelva a cargar la página) e inténtelo otra vez.
handover-error-checksum = El enlace o el archivo ha sido cambiado o está dañado, así que no es fiable. Pida uno nuevo.
handover-error-truncated = Falta una parte del enlace o del archivo. Pida uno nuevo.
handover-error-not-json = Esto no es un archivo guardado desde esta aplicación.
handover-error-not-handover = Este archivo no contiene respuestas de esta aplicación.

## Steps: urgent
step-urgent-safety-title = Si está en peligro, llame al 112
step-urgent-safety-text = Llame al 112 si usted o su familia están en peligro ahora. También puede pedir ayuda a la policía, a un refugio o a una línea de ayuda. Es gratis.
step-urgent-housing-title = Pida ayuda con la vivienda hoy
step-urgent-housing-text = Contacte hoy con los servicios sociales de su { -hyvinvointialue } y dígales que no tiene un lugar seguro donde vivir. Informe también a su municipio.
step-urgent-money-title = Pida ayuda con el dinero
step-urgent-money-text = Si no tiene dinero para comida o facturas, solicite a { -kela } la ayuda social básica. Los servicios sociales pueden ayudarle en una emergencia.
step-urgent-health-title = Reciba atención sanitaria
step-urgent-health-text = Contacte con su centro de salud. Si es urgente, llame a la { -paivystysapu } 116 117. Funciona en la mayoría de las zonas: consulte en 116117.fi. En una emergencia, llame al 112.
step-urgent-family-title = Pregunte cómo traer a su familia
step-urgent-family-text = La reagrupación familiar tiene sus propias normas y plazos. Consúltelos en migri.fi y pida consejo pronto.
step-urgent-legal-title = Pida asesoramiento jurídico
step-urgent-legal-text = Pregunte a los servicios de orientación y asesoramiento dónde puede recibir asesoramiento jurídico. Parte del asesoramiento es gratuito.

## Steps: first steps
step-register-dvv-title = Registre su dirección en la { -dvv }
step-register-dvv-text = Regístrese en la { -dvv } para tener un municipio de residencia. Muchos servicios lo necesitan.
step-first-identity-code-title = Consiga un número de identidad personal
step-first-identity-code-text = A menudo su número de identidad personal ya aparece en su tarjeta de permiso de residencia. Si no, lo obtiene cuando se registra en la { -dvv }. Lo necesita en el banco, en { -kela } y en la atención sanitaria.
step-first-kela-title = Pregunte a { -kela } sobre la seguridad social
step-first-kela-text = Solicite una tarjeta { -kela } en OmaKela y presente la notificación de traslado a Finlandia. Después, { -kela } decide si usted está cubierto por la seguridad social finlandesa.
step-first-tax-card-title = Consiga una tarjeta tributaria
step-first-tax-card-text = Consiga una tarjeta tributaria de { -vero } antes de empezar a trabajar. Entréguesela a su empleador.
step-first-bank-title = Abra una cuenta bancaria
step-first-bank-text = Necesita una cuenta bancaria para su sueldo y sus prestaciones. Pida también al banco claves de banca en línea.

## Steps: your assessment
step-assessment-employment-title = Su evaluación la hacen los { -tyollisyyspalvelut }
step-assessment-employment-text = Usted está registrado como demandante de empleo, así que los { -tyollisyyspalvelut } hacen con usted su evaluación y su plan de integración. Contacte con ellos y pida una cita.
step-assessment-municipality-title = Su evaluación la hace su municipio
step-assessment-municipality-text = Según sus respuestas, los servicios de integración de su municipio son responsables de su evaluación y de su plan de integración. Contacte con ellos y pida una cita.
step-assessment-ask-title = Pida una evaluación de sus habilidades y necesidades
step-assessment-ask-text = Pregunte a los servicios de orientación y asesoramiento de su municipio quién hace su evaluación. Si se registra como demandante de empleo desempleado, la hacen los { -tyollisyyspalvelut }. Si no, normalmente la hace el municipio.
step-window-open-title = Pida su plan de integración a tiempo
step-window-open-text = La evaluación y el primer plan de integración se hacen en los 3 años siguientes a su primer permiso de residencia o registro. Pídalos pronto.
step-window-passed-title = Han pasado más de 3 años desde su primer permiso
step-window-passed-text = El primer plan de integración se suele hacer en los 3 primeros años. Pregunte a la persona que lleva su caso qué es posible todavía para usted. Puede que todavía tenga acceso a cursos de idiomas y a otros servicios.
step-jobseeker-register-title = Regístrese como demandante de empleo
step-jobseeker-register-text = Usted quiere trabajo o formación. Regístrese como demandante de empleo en el { -tyomarkkinatori(case: "with-finnish") } o en los { -tyollisyyspalvelut }.
step-interpreter-title = Pida un intérprete
step-interpreter-text = Cuando pida la cita, diga a la oficina que necesita un intérprete. La evaluación se hace en un idioma que usted entiende.
step-social-services-title = Una evaluación de los servicios sociales
step-social-services-text = A las personas con protección internacional se las suele dirigir a una evaluación de necesidades de los servicios sociales. Le ayuda a recibir el apoyo que necesita.
step-unaccompanied-plan-title = Apoyo para un joven sin tutor
step-unaccompanied-plan-text = A un joven que llegó sin tutor se le suele dirigir a una evaluación de necesidades de los servicios sociales. Se hace un plan para usted junto con los servicios sociales. Pregunte a su persona de contacto o a su trabajador social.
step-talk-health-title = Hable con alguien sobre su salud
step-talk-health-text = Pida una cita en su centro de salud o en los servicios sociales. Puede contarles qué le hace difícil estudiar o trabajar.

## Steps: language
step-literacy-title = Formación en alfabetización
step-literacy-text = Pida formación en alfabetización. Es para personas que todavía no saben leer o escribir bien, o para quienes el alfabeto latino es nuevo. Las normas pueden cambiar en 2027: pregunte a la persona que lleva su caso.
step-integration-training-title = Formación de integración: finés o sueco
step-integration-training-text = La formación de integración enseña finés o sueco, y también sobre la sociedad y la vida laboral. Suele durar alrededor de un año. Una prueba muestra qué grupo es el adecuado para usted. Las normas pueden cambiar en 2027: pregunte a la persona que lleva su caso.
step-language-with-work-title = Estudie el idioma a la vez que trabaja
step-language-with-work-text = Usted está preparado para trabajar. Pregunte por estudios de idioma que pueda hacer a tiempo parcial mientras trabaja.
step-language-fluent-title = Sus conocimientos del idioma ya son buenos
step-language-fluent-text = Puede que no necesite formación en el idioma. Pregunte por otros servicios, por ejemplo estudios o trabajo.
step-civic-orientation-title = Orientación cívica en su idioma
step-civic-orientation-text = Pregunte por el curso multilingüe de orientación cívica. Dura al menos 70 horas y trata de los derechos, los servicios, el trabajo y la vida diaria en Finlandia.
step-digital-skills-title = Aprenda a usar los servicios en línea
step-digital-skills-text = Muchos servicios están en línea. Pregunte en su biblioteca o en su municipio por ayuda y cursos para usar un teléfono, un ordenador y los servicios en línea.

## Steps: education and recognition
step-simhe-title = Orientación para personas con estudios superiores
step-simhe-text = Los servicios { -simhe } de algunas universidades orientan a personas con formación universitaria y ayudan con el reconocimiento de los aprendizajes previos.
step-recognition-oph-title = Averigüe el nivel de su título
step-recognition-oph-text = La { -oph } puede decidir qué nivel tiene en Finlandia su título extranjero. Lleve sus certificados. Consulte en oph.fi cómo solicitarlo.
step-regulated-valvira-title = Derecho a trabajar en la atención sanitaria o social
step-regulated-valvira-text = Para trabajar en la atención sanitaria o social, necesita el derecho a ejercer, que concede la { -lvv } (antes Valvira). También necesita saber suficiente finés o sueco.
step-regulated-oph-title = Derecho a trabajar como docente o en la educación infantil
step-regulated-oph-text = La enseñanza y la educación infantil son profesiones reguladas. La { -oph } decide si su formación le da derecho a trabajar en ellas.

## Steps: children
step-daycare-title = Solicite la educación infantil
step-daycare-text = Solicite a su municipio la educación infantil (guardería). El precio depende de sus ingresos. Haga la solicitud pronto.
step-preprimary-title = Educación preescolar
step-preprimary-text = La educación preescolar es obligatoria el año anterior al inicio de la escuela. Es gratuita. Su municipio le dice cómo inscribir a su hijo.
step-school-title = La escuela para sus hijos
step-school-text = La educación es obligatoria desde los 7 años. Si su hijo todavía no habla finés o sueco, pregunte por la enseñanza preparatoria para la escuela.
step-upper-secondary-title = Estudios para su hijo adolescente
step-upper-secondary-text = Los jóvenes deben estudiar hasta los 18 años o hasta terminar un título de educación secundaria superior. Pregunte por los estudios de secundaria superior o por TUVA, la formación preparatoria para ellos.

## Steps: studies and work
step-vocational-title = Formación profesional
step-vocational-text = Pregunte por TUVA, la formación preparatoria para un título de educación secundaria superior. Pregunte también por los estudios de formación profesional de grado medio.
step-university-title = Estudios universitarios
step-university-text = Pregunte por los estudios de educación superior y sus requisitos de idioma. Los servicios { -simhe } pueden orientarle.
step-self-motivated-title = Acuerde primero los estudios en su plan
step-self-motivated-text = Si quiere estudiar y mantener su prestación por desempleo, acuerde los estudios en su plan de integración antes de empezar.
step-business-title = Asesoramiento para crear una empresa
step-business-text = Pida asesoramiento a los { -tyollisyyspalvelut } para crear una empresa en Finlandia.
step-work-routes-title = Caminos hacia el trabajo
step-work-routes-text = Pregunte a los { -tyollisyyspalvelut } por la formación para el mercado laboral, una prueba de trabajo o un empleo con subsidio salarial.
step-community-title = Conozca a gente y encuentre apoyo
step-community-text = Las organizaciones y las actividades de tiempo libre le ayudan a conocer a gente y a encontrar trabajo. Algunos ejemplos son las organizaciones de los propios inmigrantes, las organizaciones de estudiantes, las mentorías y las asociaciones profesionales. Pregunte en su municipio qué hay cerca de usted.
step-follow-up-plan-title = Si el programa termina sin un empleo
step-follow-up-plan-text = Cuando termina su programa de integración y todavía no tiene empleo, se hace con usted un plan de continuación (jatkosuunnitelma): un plan para sus próximos pasos. Algunos caminos posibles son, por ejemplo, la formación para el mercado laboral, un empleo con subsidio salarial, una prueba de trabajo, TUVA (formación preparatoria para un título de educación secundaria superior), estudios de formación profesional, estudios de educación superior, formación para obtener una cualificación, actividad laboral de rehabilitación y rehabilitación. Si usted es demandante de empleo, su plan de empleo se basa en el plan de continuación.
step-social-guidance-title = Ayuda con los asuntos diarios
step-social-guidance-text = ¿Necesita más apoyo en la vida diaria? Pregunte por la orientación social que apoya la integración y por la ayuda con trámites (asiointiapu). Algunos municipios también dan orientación para la vida diaria fuera de los servicios sociales. Pregunte en su municipio.
