# Machine-made translation from English (locales/en/admin.ftl); not yet reviewed by a person.
# The settings check page for the web admin (#/admin/config-check). It
# loads with that page, not on a first visit.

admin-title = Revisión de la configuración
admin-intro = Esta página muestra lo que la aplicación ha entendido del archivo de configuración del municipio, municipality.toml. Las partes con un problema se ignoran, y la aplicación usa para ellas sus valores predeterminados.
admin-none = No hay problemas: se ha entendido toda la configuración.
admin-no-file = No hay archivo de configuración. La aplicación usa sus valores predeterminados.
admin-count = { $count ->
    [one] Se ha encontrado 1 problema:
    [many] Se han encontrado { $count } problemas:
   *[other] Se han encontrado { $count } problemas:
}
admin-where = Línea { $line }, columna { $column }, { $path }:
config-problem-syntax = No se puede leer el archivo. No se usa nada de él. Corrija el error cerca de esta línea:
config-problem-unknown-field = Ajuste desconocido, ignorado. Revise cómo está escrito.
config-problem-wrong-type = Tipo de valor incorrecto. Se esperaba:
config-problem-bad-url = El enlace debe empezar por https://
config-problem-bad-path = El logotipo debe ser la ruta a un archivo de imagen de este sitio, como local/logo.svg.
config-problem-unknown-step = Paso del itinerario o tema de la guía desconocido, ignorado:
config-problem-unknown-locale = Código de idioma desconocido o no activado, ignorado:
config-problem-bad-colour = El color debe escribirse como #rrggbb, por ejemplo #0b5394.
config-problem-low-contrast = El color es demasiado claro sobre fondo blanco para leer bien (se necesita 4,5:1). Contraste:
config-problem-out-of-range = El número está fuera del rango. Permitido:
config-problem-missing = Falta este ajuste obligatorio, así que esta parte se ignora.
config-problem-unknown-country = País desconocido, así que se usa Finlandia. Escriba "fi" para Finlandia o "se" para Suecia:
config-problem-bad-id = El identificador de un municipio solo puede tener letras minúsculas a–z, números y guiones, y cada identificador aparece una sola vez en la lista. Ignorado:
config-problem-site-only = Este ajuste es para todo el sitio. Escríbalo en municipality.toml, no en el archivo propio de un municipio.
admin-file-unreadable = No se pudo leer este archivo. Compruebe que está en la carpeta municipalities/ y que su nombre es el identificador que aparece en municipality.toml.

# The text files part of the settings check page.
admin-texts-title = Archivos de texto
admin-texts-intro = Los textos están en archivos .ftl. Una entrada con un error se omite, y la aplicación muestra en su lugar el texto en inglés.
admin-texts-checking = Revisando los archivos de texto…
admin-texts-none = No hay problemas en los archivos de texto.
admin-texts-where = { $path }, línea { $line }:
admin-texts-broken = Esta entrada tiene un error y se omite. Los textos de alrededor siguen funcionando.
admin-texts-unavailable = No se pudo cargar este archivo.
