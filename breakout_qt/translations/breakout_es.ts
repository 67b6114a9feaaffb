<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Ballot</name>
    <message>
        <source>Item</source>
        <translation>Opción</translation>
    </message>
    <message>
        <source>One dot fewer for %1</source>
        <translation>Una pegatina menos para «%1»</translation>
    </message>
    <message>
        <source>Dots on %1</source>
        <translation>Pegatinas en «%1»</translation>
    </message>
    <message>
        <source>One dot more for %1</source>
        <translation>Una pegatina más para «%1»</translation>
    </message>
    <message>
        <source>All your dots are placed; take one back with − to move it.</source>
        <translation>Ya ha colocado todas sus pegatinas; retire una con − para moverla.</translation>
    </message>
    <message>
        <source>This item has no dots to take back.</source>
        <translation>Esta opción no tiene pegatinas que retirar.</translation>
    </message>
    <message>
        <source>not available now</source>
        <translation>no disponible ahora</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 para «%2»</translation>
    </message>
    <message>
        <source>Tap every item you can support</source>
        <translation>Toque cada opción que pueda apoyar</translation>
    </message>
    <message>
        <source>Tap items in your order of preference; tap again to remove</source>
        <translation>Toque las opciones en su orden de preferencia; vuelva a tocar para quitar</translation>
    </message>
    <message>
        <source>Give every item a level, from 0 %1 to 5 %2</source>
        <translation>Dé un nivel a cada opción, de 0 «%1» a 5 «%2»</translation>
    </message>
    <message>
        <source>Give every item a grade, from %1 to %2</source>
        <translation>Dé una calificación a cada opción, de «%1» a «%2»</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Page 1: the outcome (&amp;key messages, top recommendations)</source>
        <translation>Página 1: los resultados (mensajes &amp;clave, principales recomendaciones)</translation>
    </message>
    <message>
        <source>&amp;Background</source>
        <translation>&amp;Antecedentes</translation>
    </message>
    <message>
        <source>Discussion by poin&amp;t</source>
        <translation>&amp;Debate por tema</translation>
    </message>
    <message>
        <source>Voting and &amp;recommendations</source>
        <translation>&amp;Votación y recomendaciones</translation>
    </message>
    <message>
        <source>Ne&amp;xt steps</source>
        <translation>&amp;Próximos pasos</translation>
    </message>
    <message>
        <source>Annex: a&amp;genda and time used</source>
        <translation>Anexo: pro&amp;grama y tiempo utilizado</translation>
    </message>
    <message>
        <source>Annex: partici&amp;pation charts</source>
        <translation>Anexo: gráficos de parti&amp;cipación</translation>
    </message>
    <message>
        <source>Annex: part&amp;icipants (those who agreed to be named)</source>
        <translation>Anexo: part&amp;icipantes (quienes aceptaron ser nombrados)</translation>
    </message>
    <message>
        <source>Annex: every contribution (appen&amp;dix)</source>
        <translation>Anexo: todas las contri&amp;buciones</translation>
    </message>
    <message>
        <source>Di&amp;sclaimer</source>
        <translation>Descargo de &amp;responsabilidad</translation>
    </message>
    <message>
        <source>PD&amp;F report</source>
        <translation>Informe P&amp;DF</translation>
    </message>
    <message>
        <source>&amp;Word document (.docx)</source>
        <translation>Documento &amp;Word (.docx)</translation>
    </message>
    <message>
        <source>&amp;Markdown text</source>
        <translation>Texto &amp;Markdown</translation>
    </message>
    <message>
        <source>CSV fi&amp;les (a folder)</source>
        <translation>Archivos CS&amp;V (una carpeta)</translation>
    </message>
    <message>
        <source>&amp;JSON (interchange format)</source>
        <translation>&amp;JSON (formato de intercambio)</translation>
    </message>
    <message>
        <source>the export failed (%1); no file was written — please report this problem</source>
        <translation>la exportación falló (%1); no se escribió ningún archivo; informe de este problema</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Guardar como:</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>Ca&amp;mbiar…</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>&amp;Named: speakers who agreed to be named appear</source>
        <translation>&amp;Nominal: figuran los oradores que aceptaron ser nombrados</translation>
    </message>
    <message>
        <source>&amp;Anonymous: no name or attribution anywhere</source>
        <translation>&amp;Anónimo: sin nombres ni atribuciones</translation>
    </message>
    <message>
        <source>This session runs under the Chatham House Rule</source>
        <translation>Esta sesión se celebra con arreglo a la regla de Chatham House</translation>
    </message>
    <message>
        <source>Incl&amp;ude the facilitator&apos;s notes (named report only)</source>
        <translation>Incl&amp;uir las notas de la moderación (solo informe nominal)</translation>
    </message>
    <message>
        <source>Names of people who did not agree to be named are withheld</source>
        <translation>Se omiten los nombres de las personas que no aceptaron ser nombradas</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Report language:</source>
        <translation>&amp;Idioma del informe:</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Idioma del informe</translation>
    </message>
    <message>
        <source>The report&apos;s headings, labels and sentences; what people wrote stays as written. CSV and JSON keep their English field names.</source>
        <translation>Los títulos, etiquetas y frases del informe; lo que escribieron los participantes se mantiene tal cual. CSV y JSON conservan sus nombres de campo en inglés.</translation>
    </message>
    <message>
        <source>&amp;Open it when it is ready</source>
        <translation>Abrir cuando esté &amp;listo</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Estado de la exportación</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Open the folder when it is ready</source>
        <translation>Abrir la carpeta cuando esté &amp;lista</translation>
    </message>
    <message>
        <source>The folder %1 exists; its CSV files will be replaced.</source>
        <translation>La carpeta %1 ya existe; se reemplazarán sus archivos CSV.</translation>
    </message>
    <message>
        <source>%1 exists; exporting replaces it.</source>
        <translation>%1 ya existe; la exportación lo reemplazará.</translation>
    </message>
    <message>
        <source>Folder for the CSV files</source>
        <translation>Carpeta para los archivos CSV</translation>
    </message>
    <message>
        <source>Export as %1</source>
        <translation>Exportar como %1</translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation>Elija al menos una sección.</translation>
    </message>
    <message>
        <source>%1 is the session file; choose another name.</source>
        <translation>%1 es el archivo de la sesión; elija otro nombre.</translation>
    </message>
    <message>
        <source>Laying out the report…</source>
        <translation>Maquetando el informe…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Escribiendo…</translation>
    </message>
    <message>
        <source>Saved. No program to open it was found; the folder is %1</source>
        <translation>Guardado. No se encontró ningún programa para abrirlo; la carpeta es %1</translation>
    </message>
    <message>
        <source>Saved. No program to open it was found; the file is %1</source>
        <translation>Guardado. No se encontró ningún programa para abrirlo; el archivo es %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>the export stopped unexpectedly; no file was written — try again</source>
        <translation>la exportación se detuvo inesperadamente; no se escribió ningún archivo; vuelva a intentarlo</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>The export failed; no file was written.</source>
        <translation>La exportación falló; no se escribió ningún archivo.</translation>
    </message>
</context>
<context>
    <name>FileNames</name>
    <message>
        <source>PDF report</source>
        <translation>informe PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>documento Word</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documentos Word (*.docx)</translation>
    </message>
    <message>
        <source>Markdown text</source>
        <translation>texto Markdown</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Archivos Markdown (*.md)</translation>
    </message>
    <message>
        <source>CSV files (a folder)</source>
        <translation>archivos CSV (una carpeta)</translation>
    </message>
    <message>
        <source>Folders (*)</source>
        <translation>Carpetas (*)</translation>
    </message>
    <message>
        <source>JSON (interchange format)</source>
        <translation>JSON (formato de intercambio)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>How to vote</source>
        <translation>Cómo votar</translation>
    </message>
    <message>
        <source>Your ballot so far</source>
        <translation>Su papeleta hasta ahora</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Back to the start; nothing is stored</source>
        <translation>Volver al inicio; no se guarda nada</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <source>Review my vote</source>
        <translation>Revisar mi voto</translation>
    </message>
    <message>
        <source>Your voting code</source>
        <translation>Su código de votación</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>That code is not known. Check the code on your card and try again.</source>
        <translation>Ese código no existe. Compruebe el código de su tarjeta y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This code has already voted in this round. Each person votes once.</source>
        <translation>Con este código ya se ha votado en esta ronda. Cada persona vota una sola vez.</translation>
    </message>
    <message>
        <source>You have already voted in this round. Each person votes once.</source>
        <translation>Ya ha votado en esta ronda. Cada persona vota una sola vez.</translation>
    </message>
    <message>
        <source>Type the code from your card first.</source>
        <translation>Escriba primero el código de su tarjeta.</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Search names</source>
        <translation>Buscar nombres</translation>
    </message>
    <message>
        <source>Type to find your name</source>
        <translation>Escriba para encontrar su nombre</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>Voting has not opened yet</source>
        <translation>La votación aún no se ha abierto</translation>
    </message>
    <message>
        <source>Voting has closed</source>
        <translation>La votación se ha cerrado</translation>
    </message>
    <message>
        <source>Type the code from your card</source>
        <translation>Escriba el código de su tarjeta</translation>
    </message>
    <message>
        <source>Your code lets you vote once. Your ballot is stored without your name.</source>
        <translation>Su código le permite votar una vez. Su papeleta se guarda sin su nombre.</translation>
    </message>
    <message>
        <source>Your code lets you vote once. No name is shown on this screen.</source>
        <translation>Su código le permite votar una vez. En esta pantalla no se muestra ningún nombre.</translation>
    </message>
    <message>
        <source>Tap your name to vote</source>
        <translation>Toque su nombre para votar</translation>
    </message>
    <message>
        <source>Not on the list? Ask the facilitator to check you in.</source>
        <translation>¿No aparece en la lista? Pida al moderador que registre su asistencia.</translation>
    </message>
    <message>
        <source>Vote as %1</source>
        <translation>Votar como %1</translation>
    </message>
    <message>
        <source>Everyone checked in has voted</source>
        <translation>Todas las personas registradas han votado</translation>
    </message>
    <message>
        <source>Several names match; type more of yours, or tap it.</source>
        <translation>Coinciden varios nombres; escriba más de su nombre o tóquelo.</translation>
    </message>
    <message>
        <source>Voting kiosk</source>
        <translation>Terminal de votación</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>%1  ·  %2, secret ballot</source>
        <translation>%1  ·  %2, votación secreta</translation>
    </message>
    <message>
        <source>%1  ·  %2, named vote</source>
        <translation>%1  ·  %2, votación nominal</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Votación</translation>
    </message>
    <message>
        <source>Thank you — your vote is in</source>
        <translation>Gracias: su voto se ha registrado</translation>
    </message>
    <message>
        <source>Check your vote</source>
        <translation>Revise su voto</translation>
    </message>
    <message>
        <source>Check your vote, then confirm</source>
        <translation>Revise su voto y luego confírmelo</translation>
    </message>
    <message>
        <source>Change my vote</source>
        <translation>Cambiar mi voto</translation>
    </message>
    <message>
        <source>Confirm my vote</source>
        <translation>Confirmar mi voto</translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation>Su elección</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Gracias</translation>
    </message>
    <message>
        <source>Breakout — voting kiosk</source>
        <translation>Breakout — terminal de votación</translation>
    </message>
    <message>
        <source>Voting kiosk window</source>
        <translation>Ventana del terminal de votación</translation>
    </message>
    <message>
        <source>The ballot is empty; choose at least one item.</source>
        <translation>La papeleta está vacía; elija al menos una opción.</translation>
    </message>
    <message>
        <source>Give every item a level on the agreement scale.</source>
        <translation>Dé un nivel a cada opción en la escala de acuerdo.</translation>
    </message>
    <message>
        <source>Give every item a grade.</source>
        <translation>Dé una calificación a cada opción.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Idi&amp;oma</translation>
    </message>
    <message>
        <source>As the Console</source>
        <translation>Como la consola</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>&amp;Room&apos;s Screen</source>
        <translation>Pantalla de la &amp;sala</translation>
    </message>
    <message>
        <source>Room&apos;s Screen, &amp;Second Language</source>
        <translation>Pantalla de la sala, &amp;segundo idioma</translation>
    </message>
    <message>
        <source>&amp;Kiosk</source>
        <translation>&amp;Terminal de votación</translation>
    </message>
    <message>
        <source>Breakout speaks %1 from its next start.</source>
        <translation>Breakout hablará %1 a partir del próximo inicio.</translation>
    </message>
</context>
<context>
    <name>Room</name>
    <message>
        <source>Breakout — shared screen</source>
        <translation>Breakout — pantalla de la sala</translation>
    </message>
    <message>
        <source>Shared screen</source>
        <translation>Pantalla de la sala</translation>
    </message>
    <message>
        <source>Session title</source>
        <translation>Título de la sesión</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>Time left in words</source>
        <translation>Tiempo restante en palabras</translation>
    </message>
    <message>
        <source>Speaking now</source>
        <translation>En el uso de la palabra</translation>
    </message>
    <message>
        <source>Next speakers</source>
        <translation>Próximos oradores</translation>
    </message>
    <message>
        <source>Live view</source>
        <translation>Vista en directo</translation>
    </message>
    <message>
        <source>Starting soon</source>
        <translation>Comenzamos en breve</translation>
    </message>
    <message>
        <source>Vote at the kiosk with the code on your card</source>
        <translation>Vote en el terminal con el código de su tarjeta</translation>
    </message>
    <message>
        <source>Vote at the kiosk: tap your name there</source>
        <translation>Vote en el terminal: toque allí su nombre</translation>
    </message>
    <message>
        <source>Time used</source>
        <translation>Tiempo usado</translation>
    </message>
    <message>
        <source>nearly up</source>
        <translation>casi agotado</translation>
    </message>
    <message>
        <source>over time</source>
        <translation>tiempo excedido</translation>
    </message>
    <message>
        <source>%1 % used</source>
        <translation>%1 % usado</translation>
    </message>
    <message>
        <source>Voting under way</source>
        <translation>Votación en curso</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>How many have voted</source>
        <translation>Cuántas personas han votado</translation>
    </message>
    <message>
        <source>Where to vote</source>
        <translation>Dónde votar</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation>Participación</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Bloqueos</translation>
    </message>
    <message>
        <source>How it was counted</source>
        <translation>Cómo se contó</translation>
    </message>
    <message>
        <source>Results · %1</source>
        <translation>Resultados · %1</translation>
    </message>
    <message>
        <source>Blocked by at least one person: %1</source>
        <translation>Bloqueado por al menos una persona: %1</translation>
    </message>
    <message>
        <source>Point %1 of %2</source>
        <translation>Punto %1 de %2</translation>
    </message>
    <message>
        <source>1 min %1</source>
        <translation>1 min %1</translation>
    </message>
    <message>
        <source>Point closed</source>
        <translation>Punto cerrado</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>Quedan %1</translation>
    </message>
    <message>
        <source>Time&apos;s up</source>
        <translation>Se acabó el tiempo</translation>
    </message>
    <message>
        <source>Over by %1</source>
        <translation>Excedido en %1</translation>
    </message>
    <message>
        <source>%1 · paused</source>
        <translation>%1 · en pausa</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orador</translation>
    </message>
    <message>
        <source>Speaker %1</source>
        <translation>Orador %1</translation>
    </message>
    <message>
        <source>Speaking: %1</source>
        <translation>En el uso de la palabra: %1</translation>
    </message>
    <message>
        <source>Raise your hand to speak</source>
        <translation>Levante la mano para pedir la palabra</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>A continuación: %1</translation>
    </message>
    <message>
        <source>Voting has not opened yet</source>
        <translation>La votación aún no se ha abierto</translation>
    </message>
</context>
<context>
    <name>Voting</name>
    <message>
        <source>Dot voting</source>
        <translation>Votación con pegatinas</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Votación por aprobación</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>Agreement scale</source>
        <translation>Escala de acuerdo</translation>
    </message>
    <message>
        <source>Majority judgment</source>
        <translation>Juicio mayoritario</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloqueo</translation>
    </message>
    <message>
        <source>Serious concerns</source>
        <translation>Serias reservas</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Reservas</translation>
    </message>
    <message>
        <source>Can live with it</source>
        <translation>Puedo aceptarlo</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Apoyo</translation>
    </message>
    <message>
        <source>Full support</source>
        <translation>Apoyo total</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Deficiente</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Aceptable</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bueno</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>Muy bueno</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>Excelente</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message numerus="yes">
        <source>%1 of %n supported</source>
        <translation>
            <numerusform>Apoyadas: %1 de %n</numerusform>
            <numerusform>Apoyadas: %1 de %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n dots on one item.</source>
        <translation>
            <numerusform>Como máximo %n pegatina por opción.</numerusform>
            <numerusform>Como máximo %n pegatinas por opción.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n dots left</source>
        <translation>
            <numerusform>Pegatinas restantes: %1 de %n</numerusform>
            <numerusform>Pegatinas restantes: %1 de %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n items have a grade</source>
        <translation>
            <numerusform>Opciones calificadas: %1 de %n</numerusform>
            <numerusform>Opciones calificadas: %1 de %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You can rank up to %n items; tap one to take it back.</source>
        <translation>
            <numerusform>Puede clasificar hasta %n opción; toque una para quitarla.</numerusform>
            <numerusform>Puede clasificar hasta %n opciones; toque una para quitarla.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n ranked</source>
        <translation>
            <numerusform>Clasificadas: %1 de %n</numerusform>
            <numerusform>Clasificadas: %1 de %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n items have a level</source>
        <translation>
            <numerusform>Opciones con nivel: %1 de %n</numerusform>
            <numerusform>Opciones con nivel: %1 de %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n (a place in a ranking)</source>
        <translation>
            <numerusform>%n.º</numerusform>
            <numerusform>%n.º</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Place up to %n dots, at most %1 on one item</source>
        <translation>
            <numerusform>Coloque hasta %n pegatina, como máximo %1 por opción</numerusform>
            <numerusform>Coloque hasta %n pegatinas, como máximo %1 por opción</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tap items in your order of preference (up to %n); tap again to remove</source>
        <translation>
            <numerusform>Toque las opciones en su orden de preferencia (hasta %n); vuelva a tocar para quitar</numerusform>
            <numerusform>Toque las opciones en su orden de preferencia (hasta %n); vuelva a tocar para quitar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dots</source>
        <translation>
            <numerusform>%n pegatina</numerusform>
            <numerusform>%n pegatinas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n dots not used)</source>
        <translation>
            <numerusform>(%n pegatina sin usar)</numerusform>
            <numerusform>(%n pegatinas sin usar)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You support %n of %1 items.</source>
        <translation>
            <numerusform>Apoya %n de %1 opciones.</numerusform>
            <numerusform>Apoya %n de %1 opciones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n más)</numerusform>
            <numerusform>(+%n más)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Voting has closed: %n of %1 voted</source>
        <translation>
            <numerusform>La votación se ha cerrado: votó %n de %1</numerusform>
            <numerusform>La votación se ha cerrado: votaron %n de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Voting has closed: %n voted</source>
        <translation>
            <numerusform>La votación se ha cerrado: votó %n persona</numerusform>
            <numerusform>La votación se ha cerrado: votaron %n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Voting: %n of %1 have voted</source>
        <translation>
            <numerusform>Votación: ha votado %n de %1</numerusform>
            <numerusform>Votación: han votado %n de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Voting: %n have voted</source>
        <translation>
            <numerusform>Votación: ha votado %n persona</numerusform>
            <numerusform>Votación: han votado %n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n voted (%2 turnout)</source>
        <translation>
            <numerusform>Votantes: %1 de %n (participación: %2)</numerusform>
            <numerusform>Votantes: %1 de %n (participación: %2)</numerusform>
        </translation>
    </message>
</context>
</TS>
