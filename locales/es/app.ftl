# Machine-made translation from English (locales/en/app.ftl); not yet reviewed by a person.
# App interface. Variables in braces, like { $count }, are filled in by the app: keep them as they are.

## Shell
app-name = Nuevo en Finlandia
skip-to-content = Ir al contenido
nav-label = Menú principal
nav-guide = Guía
nav-language = Idioma
nav-municipality = Municipio
nav-municipality-none = Sin elegir
breadcrumb-label = Usted está aquí
footer-privacy = Todo lo que hace aquí se queda en este dispositivo. No se envía nada a ninguna parte.
footer-disclaimer = Esta guía da información general. Las autoridades deciden sobre su caso.
opens-new-tab = se abre en una pestaña nueva

## Notices
notice-machine = Este texto lo tradujo una máquina y puede tener errores. Si algo no está claro, pregunte al personal o consulte el sitio web oficial. Por favor, avísenos de los errores para que podamos corregirlos.
notice-text-gaps = Algunos textos todavía no están disponibles en su idioma. Se muestran en inglés.
notice-checklist-reset = No se pudo leer su lista de pasos guardada, así que se ha borrado. Por favor, marque sus pasos otra vez.
notice-storage-blocked = Este navegador no deja que la guía guarde nada. Lo que hace aquí solo se conserva hasta que cierre esta página.

## Loading (the first screen, while a page the person chose is on its way)
loading = Cargando…

## Language screen
language-title = Elija su idioma
language-intro = Toque su idioma. Puede cambiarlo más tarde en el menú de arriba.
language-suggested = Sugerido para este dispositivo

## Municipality screen (a site for several municipalities)
municipality-title = Elija su municipio
municipality-intro = Elija el municipio donde vive. Después, la guía muestra sus oficinas y la información local. Puede cambiarlo más tarde en el menú de arriba.

## Start page
home-title = Le damos la bienvenida a Finlandia
home-intro = Esta guía le ayuda en sus primeros meses en Finlandia. Lea sobre sus primeros pasos, los servicios que puede usar y dónde conseguir ayuda.
home-guide-title = Información básica
home-guide-text = Permisos, { -kela }, trabajo, salud, vivienda, escuela y más.
home-checklist-title = Sus primeros pasos
home-help-title = Dónde conseguir ayuda
home-help-text = Orientación y asesoramiento, líneas de ayuda y números de emergencia.
home-privacy = No necesita iniciar sesión. Lo que marca se guarda solo en este dispositivo.

## Guide
guide-title = Información básica
guide-intro = Elija un tema o busque una palabra.
guide-all-topics = Todos los temas
search-label = Buscar en la guía
search-button = Buscar
search-results = { $count ->
    [0] No se encontró nada para «{ $query }»
    [one] Se encontró 1 tema para «{ $query }»
    [many] Se encontraron { $count } temas para «{ $query }»
   *[other] Se encontraron { $count } temas para «{ $query }»
}
search-none = Pruebe con otra palabra o con una palabra más corta.
search-none-help = Vea dónde conseguir ayuda.

## Topic page
topic-back = Todos los temas
topic-steps-heading = Qué hacer
topic-authority-heading = Quién es responsable
topic-name-fi = En finés
topic-name-sv = En sueco
topic-phones-heading = Números de teléfono
topic-last-checked = Última revisión: { $date }
read-aloud = Leer en voz alta
read-aloud-stop = Dejar de leer
read-aloud-no-voice = Este dispositivo no tiene una voz para leer este idioma en voz alta.

## Checklist
checklist-heading = Su lista de pasos
checklist-progress = { $done } de { $total } pasos completados
checklist-read-more = Leer más

## Not found
not-found-title = No se encontró la página
not-found-text = No pudimos encontrar esta página. Puede que el enlace sea antiguo o esté mal escrito.
not-found-home = Ir a la página de inicio
not-found-guide = Ver todos los temas de la guía

## Local offices (from the municipality's settings)
office-heading = Oficina local
office-address = Dirección
office-phone = Teléfono
office-hours = Horario de atención
office-website = Sitio web
office-accessibility = Accesibilidad
office-languages = Idiomas que se hablan

## Kiosk (shared device in a service point)
kiosk-finish = Terminar y borrar
kiosk-idle-title = ¿Sigue usted aquí?
kiosk-idle-text = Para proteger su privacidad, todo lo que hay en esta pantalla se borrará en { $seconds } segundos.
kiosk-still-here = Sigo aquí
kiosk-qr-help = Escanee este código con su propio teléfono para llevarse sus respuestas y su itinerario. No se guarda nada en este dispositivo.
mine-title = Sus respuestas del punto de atención
mine-intro = Estas son las respuestas y el itinerario que hizo en el punto de atención. Todavía no están guardados en este teléfono.
mine-save = Guardar en este teléfono

## App updates
update-available = Hay una versión nueva de esta guía.
update-reload = Actualizar ahora

## Questionnaire and pathway texts that every page can show (the
## rest of their texts load when those pages are first opened)
qn-nav = Preguntas
qn-home-title = Prepárese para su evaluación
qn-home-text = Responda a preguntas sobre sus habilidades y sus planes antes de su cita.
qn-deleted = Sus datos se han borrado de este dispositivo.
qn-notice-migrated = Sus respuestas guardadas se han actualizado para esta versión de la aplicación.
qn-notice-dropped = Algunas respuestas guardadas ya no encajan con las preguntas y se han quitado. Por favor, revise sus respuestas.
pw-nav = Itinerario
