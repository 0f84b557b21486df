# Machine-made translation from English (locales/en/guide.ftl); not yet reviewed by a person.
# Guide topics.

## first-steps
topic-first-steps-title = Sus primeros pasos en Finlandia
topic-first-steps-summary = Esta lista muestra lo primero que hace la mayoría de las personas después de mudarse aquí. Marque cada paso cuando lo haya hecho. El orden puede ser distinto para usted.
topic-first-steps-step-1 = Abra un paso para leer más sobre él. Puede ver qué hacer y adónde ir.
topic-first-steps-step-2 = ¿Hay algo que no le queda claro? Pida ayuda. Los servicios de integración o los servicios de orientación y asesoramiento de su municipio pueden ayudarle.

## residence-permit
topic-residence-permit-title = Permiso de residencia y registro
topic-residence-permit-summary = La mayoría de las personas necesita un permiso de residencia del { -migri-full } ({ -migri }). Los ciudadanos de la UE y de los países nórdicos no necesitan permiso. Pero deben registrarse. Necesita su permiso o su registro para muchos otros pasos.
topic-residence-permit-step-1 = ¿Necesita un permiso de residencia? Solicítelo a { -migri }. Consulte en migri.fi qué permiso corresponde a su motivo para mudarse.
topic-residence-permit-step-2 = ¿Es usted ciudadano de un país de la UE? Registre su derecho a vivir en Finlandia en { -migri } en los 3 meses siguientes a su llegada. ¿Es usted ciudadano de un país nórdico y se queda más de 6 meses? Entonces regístrese en persona en la { -dvv } en el plazo de un mes. Consulte en { -infofinland } cómo hacerlo.
topic-residence-permit-step-3 = Guarde bien su tarjeta de permiso de residencia. La necesita en muchas oficinas. Si la pierde, pregunte a { -migri } qué hacer.
topic-residence-permit-step-4 = Su permiso es válido solo durante un tiempo determinado. Solicite un permiso prorrogado antes de que termine. Consulte las normas y las fechas en migri.fi.

## right-to-stay
topic-right-to-stay-title = Mantener su derecho a quedarse
topic-right-to-stay-summary = Su permiso de residencia es válido solo durante un tiempo determinado. Para quedarse en Finlandia, mantenga su permiso válido y tenga a { -migri } informado. Después de algunos años, puede que obtenga un permiso de residencia permanente.
topic-right-to-stay-step-1 = Solicite un permiso prorrogado antes de que termine su permiso. Un permiso prorrogado es un permiso nuevo que le permite seguir viviendo aquí. Solicítelo en línea en { -enter-finland }, el servicio en línea de { -migri }.
topic-right-to-stay-step-2 = Informe a { -migri } cuando cambie su situación. Por ejemplo, si termina su trabajo o si cambia su familia. Si cambia de dirección, comuníqueselo a la { -dvv }.
topic-right-to-stay-step-3 = A veces { -migri } le envía una carta y le pide más información. Responda antes del plazo que indica la carta. Pida ayuda si la carta es difícil de entender.
topic-right-to-stay-step-4 = Desde el 8 de enero de 2026 hay normas nuevas para el permiso de residencia permanente. Por regla general, necesita haber vivido 6 años en Finlandia. También necesita un nivel suficiente de finés o sueco (conocimientos satisfactorios). Y necesita 2 años de historial laboral. En esos 2 años, puede haber recibido prestación por desempleo o ayuda social durante 3 meses como máximo. Con ingresos altos o con un título de Finlandia, 4 años pueden ser suficientes. Consulte los detalles en migri.fi.
topic-right-to-stay-step-5 = ¿Su permiso se basa en el trabajo? Si termina su empleo, tiene 3 o 6 meses para encontrar un trabajo nuevo. Pregunte a { -migri } qué plazo se aplica en su caso.

## identity-code
topic-identity-code-title = Número de identidad personal y dirección
topic-identity-code-summary = La { -dvv } lleva un registro de las personas que viven en Finlandia. Cuando se registra, puede obtener un número de identidad personal. La { -dvv } también registra su municipio de residencia. Muchos servicios necesitan esta información.
topic-identity-code-step-1 = Regístrese en la { -dvv } después de llegar. Consulte en dvv.fi cómo registrarse. Allí también se indica qué documentos debe llevar.
topic-identity-code-step-2 = A menudo su número de identidad personal ya aparece en su tarjeta de permiso de residencia. Si no, lo obtiene cuando se registra. Aun así, tiene que registrarse en la { -dvv } para su dirección y su municipio de residencia. Necesita el número en el banco, en { -kela } y en la atención sanitaria. Guárdelo bien.
topic-identity-code-step-3 = Cuando se mude a una dirección nueva, comuníqueselo a la { -dvv }. Consulte en dvv.fi cómo hacerlo.
topic-identity-code-step-4 = ¿Viven con usted miembros de su familia? Regístrelos también en la { -dvv }, incluidos sus hijos. Cada persona recibe su propio número de identidad.

## kela
topic-kela-title = { -kela } y la seguridad social
topic-kela-summary = { -kela } paga muchas prestaciones en Finlandia. Primero, { -kela } decide si usted está cubierto por la seguridad social finlandesa. Si está cubierto, puede solicitar prestaciones de { -kela }.
topic-kela-step-1 = Solicite una tarjeta { -kela } en OmaKela, el servicio en línea de { -kela }. Presente también la notificación de traslado a Finlandia. Después, { -kela } decide si usted está cubierto por la seguridad social finlandesa. Consulte en kela.fi cómo hacerlo.
topic-kela-step-2 = Si está cubierto, recibe una tarjeta { -kela }. Llévela con usted. La muestra, por ejemplo, en la farmacia. Su derecho a la atención sanitaria pública viene de su municipio de residencia, no de la tarjeta.
topic-kela-step-3 = { -kela } tiene prestaciones para muchas situaciones, por ejemplo el subsidio de vivienda y la prestación por hijos. Lo que puede recibir depende de su situación. { -kela } decide.
topic-kela-step-4 = Debe solicitar cada prestación. Informe a { -kela } cuando cambie su vida. Por ejemplo, si cambian sus ingresos, su dirección o su familia.

## money
topic-money-title = El dinero en los primeros meses
topic-money-summary = En los primeros meses, puede que necesite ayuda con el dinero. { -kela } paga muchas prestaciones. Debe solicitar cada prestación por separado. Este tema le habla de las más comunes.
topic-money-step-1 = ¿Está usted desempleado y tiene un plan de integración? Puede que reciba una prestación por desempleo durante el plan. Primero regístrese como demandante de empleo desempleado. Después solicite la prestación a { -kela }.
topic-money-step-2 = Puede solicitar prestaciones en OmaKela, el servicio en línea de { -kela }. También hay formularios en inglés.
topic-money-step-3 = ¿Tiene ingresos bajos? Puede que reciba el subsidio general de vivienda de { -kela }. Le ayuda a pagar los gastos de su casa. { -kela } decide según su situación.
topic-money-step-4 = La ayuda social (toimeentulotuki) es la última ayuda cuando sus otros ingresos no alcanzan para las necesidades básicas. Solicítela a { -kela }. En algunas situaciones, los servicios sociales de su { -hyvinvointialue } pueden dar ayuda adicional. Pregúnteles.
topic-money-step-5 = Una prestación puede suspenderse o reducirse. Esto puede pasar si no participa en su plan de integración o en los servicios acordados en él. También puede pasar si no informa a { -kela } de los cambios. Por ejemplo, si cambian sus ingresos, su familia o su dirección. Informe a { -kela } de los cambios enseguida.
topic-money-step-6 = ¿Cuida en casa a un hijo menor de 3 años? Puede que reciba el subsidio por cuidado de hijos en casa de { -kela }. Las normas pueden cambiar en 2027. Pregunte a la persona que lleva su caso.

## tax
topic-tax-title = Tarjeta tributaria e impuestos
topic-tax-summary = En Finlandia, los impuestos se descuentan de su sueldo antes de que usted lo reciba. Necesita una tarjeta tributaria (verokortti) de la { -vero-full } ({ -vero }). La tarjeta tributaria le dice a su empleador cuántos impuestos debe descontar.
topic-tax-step-1 = Consiga una tarjeta tributaria antes de empezar a trabajar. Consulte en vero.fi cómo conseguirla.
topic-tax-step-2 = Entregue su tarjeta tributaria a su empleador. Su empleador la necesita para pagarle el sueldo correctamente.
topic-tax-step-3 = Sin tarjeta tributaria, su empleador descuenta muchos más impuestos de su sueldo.
topic-tax-step-4 = Cada año, { -vero } le envía una declaración de impuestos para revisar. Léala con atención. Si algo está mal, corríjalo antes de la fecha que aparece en ella.

## bank-id
topic-bank-id-title = Cuenta bancaria e identificación en línea
topic-bank-id-summary = Necesita una cuenta bancaria para recibir su sueldo y sus prestaciones. Las claves de banca en línea demuestran quién es usted en internet. Esto se llama identificación fuerte. La usa para { -suomi-fi } y para muchos otros servicios electrónicos.
topic-bank-id-step-1 = Elija un banco y pregunte cómo abrir una cuenta. Pregunte qué documentos necesita.
topic-bank-id-step-2 = Lleve sus documentos de identidad al banco. Por ejemplo, lleve su pasaporte y su tarjeta de permiso de residencia.
topic-bank-id-step-3 = Pida al banco claves de banca en línea. Las usa para entrar en su banco y en muchos servicios públicos. Nunca dé sus claves a otra persona.
topic-bank-id-step-4 = Entre en { -suomi-fi } con sus claves. Allí puede usar muchos servicios públicos electrónicos en un solo lugar.

## letters
topic-letters-title = Cartas oficiales e identificación en línea
topic-letters-summary = Las autoridades le envían cartas sobre sus asuntos. Algunas cartas son decisiones. Léalas enseguida, porque pueden tener plazos. Para leer cartas y usar servicios electrónicos en línea, necesita una identificación electrónica fuerte.
topic-letters-step-1 = Las decisiones y otras cartas llegan por correo postal o a los Mensajes de { -suomi-fi }. Los Mensajes de { -suomi-fi } son un buzón seguro en línea para las cartas de las autoridades. Los activa en { -suomi-fi }. Después, revise allí sus mensajes a menudo.
topic-letters-step-2 = Una decisión (päätös) es una respuesta oficial de una autoridad sobre su asunto. Le indica cómo recurrir y hasta qué fecha. Recurrir significa pedir que se cambie la decisión. El último día se llama plazo para recurrir. Lea cada decisión enseguida, para tener tiempo.
topic-letters-step-3 = ¿Le cuesta entender una carta? Pida ayuda. Los servicios de orientación y asesoramiento pueden explicársela. También puede pedir un intérprete.
topic-letters-step-4 = La identificación electrónica fuerte demuestra quién es usted en internet. Normalmente usa para ello sus claves de banca en línea. Pídalas a su banco.
topic-letters-step-5 = ¿Un banco se niega a darle claves de banca en línea? Pregunte al banco qué documentos acepta. Puede que le ayude la tarjeta de identidad para extranjeros de la policía o un certificado móvil (una identificación en su teléfono). Cada banco lo decide por sí mismo, así que pregunte a su banco.

## work
topic-work-title = El trabajo y los { -tyollisyyspalvelut }
topic-work-summary = Los { -tyollisyyspalvelut } le ayudan a encontrar un trabajo o una formación. Desde el 1 de enero de 2025, los municipios ofrecen los { -tyollisyyspalvelut }. Usted se registra como demandante de empleo a través del { -tyomarkkinatori(case: "with-finnish") }.
topic-work-step-1 = Regístrese como demandante de empleo en el { -tyomarkkinatori }. Si no puede hacerlo en línea, pida ayuda a sus { -tyollisyyspalvelut }.
topic-work-step-2 = ¿Está registrado como demandante de empleo desempleado? Entonces los { -tyollisyyspalvelut } son responsables de sus servicios de integración. Evalúan sus habilidades y hacen un plan con usted.
topic-work-step-3 = Escriba un currículum. Incluya su formación, su experiencia laboral y sus habilidades. Actualícelo cuando cambie algo.
topic-work-step-4 = Guarde bien sus certificados escolares y de trabajo. Llévelos cuando se reúna con los { -tyollisyyspalvelut } o con un empleador.

## integration
topic-integration-title = Servicios de integración
topic-integration-summary = Los servicios de integración le ayudan a aprender el idioma, encontrar trabajo y entender la sociedad finlandesa. Si usted es un demandante de empleo desempleado registrado, los { -tyollisyyspalvelut } son responsables de usted. Para muchas otras personas, por ejemplo las que están fuera de la vida laboral, el responsable es el municipio. Pregunte si tiene dudas.
topic-integration-step-1 = Lea información básica sobre la vida en Finlandia, como esta guía. Si tiene preguntas, pregunte a los servicios de orientación y asesoramiento de su municipio.
topic-integration-step-2 = Pida una evaluación de sus habilidades y de sus necesidades de servicios (evaluación inicial). Se hace en un idioma que usted entiende. Puede tener un intérprete.
topic-integration-step-3 = Después de la evaluación, puede que reciba un plan de integración. En él aparecen los estudios y los servicios para usted. El primer plan se hace en los 3 años siguientes a su primer permiso o registro.
topic-integration-step-4 = La formación de integración suele durar alrededor de un año. Estudia finés o sueco. También aprende sobre la sociedad y la vida laboral. Las normas pueden cambiar en 2027: pregunte a la persona que lleva su caso.
topic-integration-step-5 = También puede hacer un curso de orientación cívica. Se imparte en muchos idiomas y dura al menos 70 horas. Aprende sobre derechos, servicios, trabajo y vida diaria.

## language
topic-language-title = Aprender finés o sueco
topic-language-summary = El finés y el sueco son los idiomas oficiales de Finlandia. En muchas zonas, la mayoría de la gente habla finés. El idioma le ayuda a encontrar trabajo y a manejarse en la vida diaria. Pregunte qué idioma es mejor donde usted vive.
topic-language-step-1 = La formación de integración incluye finés o sueco. Pregunte por ella en su evaluación o en sus servicios de integración.
topic-language-step-2 = ¿Le resulta difícil leer o escribir? ¿O son nuevas para usted las letras que se usan en finés (el alfabeto latino)? Entonces pida formación en alfabetización. Las normas de esta formación pueden cambiar en 2027: pregunte a la persona que lleva su caso.
topic-language-step-3 = La educación no formal para adultos también tiene cursos de idiomas. Un centro de educación de adultos es un ejemplo. Pregunte en su municipio por cursos cerca de usted.
topic-language-step-4 = ¿Recibe una prestación por desempleo y quiere elegir sus propios estudios? Acuérdelos en su plan antes de empezar. Si no, puede perder la prestación.

## qualifications
topic-qualifications-title = Usar su título y su profesión
topic-qualifications-summary = Su formación del extranjero puede ayudarle a encontrar trabajo en Finlandia. Para algunos trabajos, primero necesita una decisión oficial. Este tema le dice dónde preguntar.
topic-qualifications-step-1 = ¿Tiene un título de educación superior del extranjero? La { -oph } puede decidir qué nivel tiene en Finlandia. Consulte en oph.fi cómo solicitarlo.
topic-qualifications-step-2 = Algunas profesiones están reguladas por ley. Necesita un derecho oficial para trabajar en ellas. Para muchas de ellas, la { -oph } decide si su formación le da este derecho.
topic-qualifications-step-3 = ¿Quiere trabajar en la atención sanitaria o social? Necesita el derecho a ejercer, que concede la { -lvv } (Lupa- ja valvontavirasto, antes Valvira). También debe saber finés o sueco lo suficientemente bien.
topic-qualifications-step-4 = Los empleadores privados deciden por sí mismos si su formación sirve para el trabajo. ¿Tiene un título universitario? Los servicios { -simhe } de algunas universidades pueden orientarle.

## health-care
topic-health-care-title = Recibir atención sanitaria
topic-health-care-summary = Su { -hyvinvointialue(case: "with-finnish") } gestiona la atención sanitaria pública y los servicios sociales. En Helsinki, los gestiona la ciudad de Helsinki. Su centro de salud suele ser el primer lugar con el que contactar. Para usar la atención sanitaria pública, normalmente necesita un municipio de residencia.
topic-health-care-step-1 = Un centro de salud (terveysasema) es el centro público de salud de su zona. Allí le puede atender una enfermera o un médico. Busque su centro de salud y pregunte cómo pedir su primera cita.
topic-health-care-step-2 = Su derecho a la atención sanitaria pública viene de su municipio de residencia. Es el municipio donde usted está registrado como residente. El derecho no viene de la tarjeta { -kela }. Regístrese en la { -dvv } para tener un municipio de residencia.
topic-health-care-step-3 = ¿Todavía espera un municipio de residencia? En una emergencia, recibe atención de todos modos. Puede que tenga que pagar los gastos más tarde. Para otra atención, puede que aun así tenga derecho a la atención sanitaria pública, por ejemplo porque trabaja en Finlandia. Debe solicitarlo por separado: pregunte a { -kela }. También puede ir a una clínica privada.
topic-health-care-step-4 = La atención dental pública también forma parte de la atención sanitaria pública. Pregunte en su centro de salud o en la atención dental pública cómo pedir una cita.
topic-health-care-step-5 = ¿Está embarazada? Vaya a una clínica de maternidad (neuvola). Allí siguen su salud y la salud de su bebé. Los niños que todavía no van a la escuela van a una clínica de salud infantil. Allí revisan su salud y su crecimiento.
topic-health-care-step-6 = ¿Necesita ayuda en su propio idioma? Pida un intérprete cuando pida su cita. Diga qué idioma habla.

## health
topic-health-title = Enfermedad repentina y atención urgente
topic-health-summary = Este tema le dice qué hacer cuando enferma de repente o necesita atención rápida. Para la atención sanitaria de cada día, lea el tema «Recibir atención sanitaria». Llame al 112 solo cuando haya peligro para la vida, la salud, los bienes o el medio ambiente.
topic-health-step-1 = Su centro de salud (terveysasema) suele ser el primer lugar con el que contactar. Busque su centro de salud más cercano. Pregunte cómo pedir una cita.
topic-health-step-2 = ¿Necesita atención rápida? Si no es una emergencia, llame a la { -paivystysapu } 116 117. Le dicen qué hacer y adónde ir. El número funciona en la mayoría de las zonas, pero no en todas. Consulte en 116117.fi.
topic-health-step-3 = En una emergencia, llame al 112. Por ejemplo, si alguien no puede respirar, está inconsciente o sangra mucho.
topic-health-step-4 = ¿Necesita ayuda en su propio idioma? Pida un intérprete cuando pida su cita.

## emergency
topic-emergency-title = Número de emergencia 112
topic-emergency-summary = El 112 es el número de emergencia en Finlandia. Llame cuando haya peligro para la vida, la salud, los bienes o el medio ambiente, por ejemplo en un incendio. Así contacta con la policía, una ambulancia y los bomberos y servicios de rescate.
topic-emergency-step-1 = Llame al 112 y mantenga la calma. Diga quién es, dónde está y qué ha pasado. Responda a las preguntas.
topic-emergency-step-2 = No cuelgue hasta que le digan que puede hacerlo. Siga las instrucciones que le den.
topic-emergency-step-3 = Instale la aplicación { -app-112-suomi } en su teléfono. Puede ayudar al centro de emergencias a saber dónde está usted.
topic-emergency-step-4 = Si alguien ha tomado veneno o demasiado medicamento, llame al { -myrkytystietokeskus }. Su número está en esta página. Si la persona está inconsciente o no puede respirar bien, llame al 112.

## housing
topic-housing-title = Encontrar una vivienda
topic-housing-summary = Una vivienda es una de las primeras cosas que necesita. Puede alquilar al municipio, a un arrendador sin ánimo de lucro o a un arrendador privado. Puede que { -kela } le ayude con el gasto si sus ingresos son bajos.
topic-housing-step-1 = Busque una vivienda de alquiler. Pregunte en su municipio por viviendas de alquiler municipales y sin ánimo de lucro. Haga la solicitud pronto, porque puede que tenga que esperar.
topic-housing-step-2 = Lea el contrato de alquiler con atención antes de firmarlo. El arrendador suele pedir una fianza. Pregunte cuándo se la devuelven.
topic-housing-step-3 = ¿Tiene ingresos bajos? Puede que reciba el subsidio de vivienda de { -kela }. { -kela } decide según su situación.
topic-housing-step-4 = Cuando se mude, comunique su nueva dirección a la { -dvv }. Si recibe prestaciones, informe también a { -kela }.

## children
topic-children-title = Niños, guardería y escuela
topic-children-summary = Este tema es para familias con hijos. Le habla de la guardería, la escuela y la atención sanitaria para los niños. En Finlandia, la educación es obligatoria para los niños y los jóvenes.
topic-children-step-1 = La educación infantil (varhaiskasvatus) es la guardería para niños pequeños. Solicítela por separado a su municipio. El precio depende de los ingresos de su familia.
topic-children-step-2 = La educación preescolar es obligatoria el año anterior al inicio de la escuela. Es gratuita.
topic-children-step-3 = La educación es obligatoria desde los 7 hasta los 18 años. Puede terminar antes si el joven obtiene un título de educación secundaria superior.
topic-children-step-4 = ¿Su hijo todavía está aprendiendo finés o sueco? El niño puede recibir enseñanza preparatoria para la escuela. Dura alrededor de un curso escolar.
topic-children-step-5 = Las clínicas de salud infantil (neuvola) revisan la salud y el crecimiento de los niños pequeños. Su { -hyvinvointialue } las gestiona. Pregunte allí cómo pedir una cita.

## rights
topic-rights-title = Sus derechos y obligaciones
topic-rights-summary = En Finlandia, todas las personas tienen los mismos derechos básicos. Usted también tiene obligaciones. Por ejemplo, debe cumplir la ley y pagar sus impuestos.
topic-rights-step-1 = Todas las personas son iguales ante la ley. La discriminación está prohibida, por ejemplo por el origen, la religión, el género o la discapacidad.
topic-rights-step-2 = Las mujeres y los hombres tienen los mismos derechos. Esto vale en casa, en el trabajo y en la sociedad.
topic-rights-step-3 = La violencia es un delito, también dentro de la familia. Si está en peligro ahora, llame al 112. { -nollalinja } ayuda a cualquier persona que sufra violencia en una relación cercana. Sus números están en esta página.
topic-rights-step-4 = En el trabajo, tiene derecho a recibir el sueldo que acordó. Pida un contrato por escrito. Guarde sus nóminas.

## everyday
topic-everyday-title = La vida diaria
topic-everyday-summary = Este tema da consejos para la vida diaria en Finlandia. Trata de su presupuesto, las facturas, los servicios en línea y la basura. El tiempo libre también es importante. Únase a un club, a un grupo deportivo o a una asociación para conocer a gente.
topic-everyday-step-1 = Planifique su dinero. Apunte sus ingresos y sus gastos de cada mes.
topic-everyday-step-2 = Pague sus facturas a tiempo. Las facturas sin pagar pueden dañar su historial de crédito. Si no puede pagar, contacte pronto con quien le envió la factura.
topic-everyday-step-3 = Use { -suomi-fi } para muchos servicios públicos electrónicos. Las bibliotecas públicas son gratuitas. Muchas bibliotecas tienen ordenadores, y el personal puede ayudarle a usarlos.
topic-everyday-step-4 = Separe su basura para el reciclaje. Pregunte a su arrendador o a su municipio por las normas de donde usted vive.

## driving-licence
topic-driving-licence-title = Permiso de conducir de otro país
topic-driving-licence-summary = ¿Puede conducir en Finlandia con su permiso del extranjero? Depende del país donde lo obtuvo. Consulte las normas a tiempo.
topic-driving-licence-step-1 = Un permiso de conducir de un país de la UE o del EEE sigue siendo válido en Finlandia. El EEE son los países de la UE más Islandia, Liechtenstein y Noruega.
topic-driving-licence-step-2 = Muchos otros permisos son válidos solo durante un tiempo limitado después de mudarse aquí. Después, debe cambiar su permiso por uno finlandés. Para algunos permisos, también debe aprobar un examen de conducir. El permiso se cambia en { -ajovarma }, los puntos de atención para permisos de conducir.
topic-driving-licence-step-3 = Consulte las normas para su país en { -infofinland }. Hágalo pronto, antes de que se acabe el plazo.

## help
topic-help-title = Dónde conseguir ayuda
topic-help-summary = No tiene que averiguarlo todo por su cuenta. Los servicios de orientación y asesoramiento son para todos los inmigrantes. También son para personas sin permiso de residencia. Puede preguntarles sobre servicios y sobre la vida diaria.
topic-help-step-1 = Pregunte en su municipio dónde conseguir orientación y asesoramiento. Allí pueden decirle con qué servicio contactar.
topic-help-step-2 = { -infofinland } tiene información sobre la vida en Finlandia en muchos idiomas. Úselo cuando necesite información en su propio idioma.
topic-help-step-3 = ¿Está en una crisis y necesita a alguien con quien hablar? Llame a la línea de crisis de { -mieli }. La línea en finés está abierta las 24 horas. Otros idiomas tienen sus propios números y horarios. Todos los números están en esta página.
topic-help-step-4 = En una emergencia, llame al 112. Llame cuando haya peligro para la vida, la salud, los bienes o el medio ambiente.

## interpreters
topic-interpreters-title = Intérpretes
topic-interpreters-summary = Un intérprete pasa lo que usted dice a otro idioma, y lo que dice el funcionario a su idioma. Con un intérprete, puede entender sus asuntos y explicarlos bien.
topic-interpreters-step-1 = ¿Inició el asunto una autoridad? Entonces la autoridad se encarga del intérprete y lo paga.
topic-interpreters-step-2 = ¿Inició usted mismo el asunto? Por ejemplo, si solicitó algo. Entonces pregunte a la autoridad si organiza un intérprete.
topic-interpreters-step-3 = Diga su idioma cuando pida la cita. Puede pedir un intérprete que hable su dialecto. También puede pedir que su intérprete sea una mujer o un hombre.
topic-interpreters-step-4 = Su evaluación de habilidades y de necesidades de servicios se hace en un idioma que usted entiende. Puede tener un intérprete si lo necesita.

## Authorities
authority-migri = { -migri-full }
authority-dvv = { -dvv-full }
authority-kela = { -kela } ({ -kela-full })
authority-vero = { -vero-full }
authority-banks = Los bancos y { -suomi-fi }
authority-employment = { -tyollisyyspalvelut(case: "capital") }
authority-integration = Servicios municipales de integración
authority-wellbeing = { -hyvinvointialue(case: "capital") }
authority-emergency = { -hatakeskuslaitos }
authority-municipality = Su municipio
authority-oph = { -oph-full }
authority-lvv = { -lvv } (autorizaciones en la atención sanitaria y social)
authority-simhe = Servicios { -simhe } en las universidades
authority-ngos = Organizaciones y asociaciones
authority-guidance = Servicios de orientación y asesoramiento
authority-traficom = { -traficom-full } ({ -traficom })

## Phones
phone-112 = Número de emergencia
phone-medical-helpline = { -paivystysapu(case: "capital") }
phone-poison = { -myrkytystietokeskus }
phone-crisis = Línea de crisis en finés, 24 horas ({ -mieli })
phone-crisis-en-ar = Línea de crisis en inglés y árabe ({ -mieli })
phone-crisis-uk = Línea de crisis en ucraniano ({ -mieli })
phone-crisis-ru = Línea de crisis en ruso ({ -mieli })
phone-crisis-sv = Línea de crisis en sueco ({ -mieli })
phone-nollalinja = { -nollalinja }: línea de ayuda para cualquier persona que sufra violencia en una relación cercana
phone-nollalinja-short = { -nollalinja }: la misma línea de ayuda, número corto

## Checklist
check-permit = Conseguir un permiso de residencia o registrar su estancia
check-register = Registrarse en la { -dvv } y conseguir un número de identidad
check-kela = Preguntar a { -kela } sobre la seguridad social
check-tax-card = Conseguir una tarjeta tributaria
check-bank = Abrir una cuenta bancaria y conseguir claves bancarias
check-jobseeker = Registrarse como demandante de empleo
check-health = Encontrar su centro de salud
check-integration = Pedir servicios de integración
check-language = Empezar a aprender finés o sueco
check-housing = Encontrar una vivienda

## Official sources
topic-sources-heading = Fuentes oficiales

# Owners of the official pages, shown as "<owner>: <page title>".
owner-infofinland = { -infofinland }
owner-kotoutuminen = { -kotoutuminen-fi }
owner-migri = { -migri }
owner-intermin = { -sisaministerio }
owner-dvv = { -dvv }
owner-kela = { -kela }
owner-vero = { -vero }
owner-suomifi = { -suomi-fi }
owner-tyomarkkinatori = { -tyomarkkinatori }
owner-oph = { -oph }
owner-lvv = { -lvv }
owner-erc = { -hatakeskuslaitos }
owner-116117 = { -paivystysapu(case: "capital") }
owner-mieli = { -mieli }
owner-nollalinja = { -nollalinja }
owner-finlex = { -finlex }
owner-tem = { -tem }
owner-traficom = { -traficom }

# Titles of the official pages: what the page is about, without the owner.
source-infofinland-registering = Registrarse como residente
source-infofinland-health = Servicios de salud en Finlandia
source-infofinland-dental = Atención dental
source-infofinland-driving = Permiso de conducir
source-infofinland-housing = Vivienda de alquiler
source-infofinland-daycare = Educación infantil
source-infofinland-basic-education = Educación básica
source-infofinland-living = Vivir en Finlandia
source-infofinland-business = Crear una empresa
source-kotoutuminen-who = Quién recibe una evaluación
source-kotoutuminen-assessment = La evaluación de habilidades y de necesidades de servicios
source-kotoutuminen-guidance = Orientación y asesoramiento
source-kotoutuminen-training = Formación de integración
source-kotoutuminen-independent-study = Estudiar por iniciativa propia
source-kotoutuminen-benefits = Prestaciones por desempleo y prestaciones sociales durante la integración
source-kotoutuminen-interpretation = Comprensión e interpretación
source-kotoutuminen-language-choice = Elegir finés o sueco
source-kotoutuminen-families = Niños, jóvenes y familias
source-kotoutuminen-plan = El plan de integración
source-migri-enter-finland = Servicio en línea { -enter-finland }
source-migri-extended-permit = Permiso prorrogado
source-migri-permanent = Permiso de residencia permanente
source-intermin-permanent = Normas nuevas para los permisos de residencia permanente (en finés)
source-dvv-nordic = Mudarse entre los países nórdicos
source-kela-card = Tarjeta { -kela }
source-kela-moving = Mudarse a Finlandia
source-kela-unemployment = Subsidio del mercado laboral
source-kela-housing = Subsidio general de vivienda
source-kela-social-assistance = Ayuda social
source-kela-child-home-care = Subsidio por cuidado de hijos en casa
source-vero-tax-card = Tarjeta tributaria
source-vero-moving = Mudarse a Finlandia e impuestos
source-suomifi-identification = Identificación
source-suomifi-messages = Mensajes de { -suomi-fi }
source-tyomarkkinatori-jobseeker = Servicios para demandantes de empleo
source-oph-recognition = Reconocimiento de títulos
source-lvv-home = Derecho a ejercer en la atención sanitaria y social
source-erc-112 = Cuándo llamar al 112
source-116117 = La { -paivystysapu } de su zona
source-mieli-emergency = Dónde conseguir ayuda en una crisis
source-nollalinja = Ayuda con la violencia en las relaciones cercanas
source-finlex-integration-act = Ley de Fomento de la Integración (en finés)
source-finlex-civic-orientation = Decreto sobre la orientación cívica (en finés)
source-tem-reform = Cambios previstos en los servicios de integración (en finés)
