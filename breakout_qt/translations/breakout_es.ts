<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Balance</name>
    <message>
        <source>Nobody on the roster yet.</source>
        <translation>La lista de participantes todavía está vacía.</translation>
    </message>
    <message>
        <source>speaking time</source>
        <translation>tiempo de palabra</translation>
    </message>
    <message>
        <source>share present</source>
        <translation>proporción de presentes</translation>
    </message>
    <message>
        <source>bars 0–%1%</source>
        <translation>barras 0–%1&#xa0;%</translation>
    </message>
    <message>
        <source>Speaking balance</source>
        <translation>Equilibrio del tiempo de palabra</translation>
    </message>
    <message>
        <source>Show speaking balance by</source>
        <translation>Mostrar el equilibrio del tiempo de palabra por</translation>
    </message>
    <message>
        <source>Speaking time by %1</source>
        <translation>Tiempo de palabra por %1</translation>
    </message>
    <message>
        <source>Speaking so far</source>
        <translation>Tiempo de palabra hasta ahora</translation>
    </message>
    <message>
        <source>Balance nudges</source>
        <translation>Avisos de equilibrio</translation>
    </message>
    <message>
        <source>No session open.</source>
        <translation>No hay ninguna sesión abierta.</translation>
    </message>
    <message>
        <source>Speaking balance: no session open.</source>
        <translation>Equilibrio del tiempo de palabra: no hay ninguna sesión abierta.</translation>
    </message>
    <message>
        <source>Nobody has spoken yet.</source>
        <translation>Nadie ha hecho uso de la palabra todavía.</translation>
    </message>
    <message>
        <source>Hints appear after %1 of speaking.</source>
        <translation>Los avisos aparecen tras %1 de intervenciones.</translation>
    </message>
    <message>
        <source>No group is far above or below its share of the room.</source>
        <translation>Ningún grupo se aleja mucho de su proporción en la sala.</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Grupo de partes interesadas</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>stakeholder group</source>
        <translation>grupo de partes interesadas</translation>
    </message>
    <message>
        <source>region</source>
        <translation>región</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>género</translation>
    </message>
    <message>
        <source>▲ over</source>
        <translation>▲ por encima</translation>
    </message>
    <message>
        <source>▼ under</source>
        <translation>▼ por debajo</translation>
    </message>
    <message>
        <source>○ not heard yet</source>
        <translation>○ aún sin intervenir</translation>
    </message>
    <message>
        <source>%1; more than its share.</source>
        <translation>%1; más de lo que le corresponde.</translation>
    </message>
    <message>
        <source>%1; less than its share.</source>
        <translation>%1; menos de lo que le corresponde.</translation>
    </message>
    <message>
        <source>%1; not heard yet.</source>
        <translation>%1; aún sin intervenir.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Sin datos</translation>
    </message>
    <message>
        <source>no turns</source>
        <translation>ninguna intervención</translation>
    </message>
    <message>
        <source>%1% of time · nobody present</source>
        <translation>%1&#xa0;% del tiempo · nadie presente</translation>
    </message>
    <message>
        <source>%1% of time · %2% of people present</source>
        <translation>%1&#xa0;% del tiempo · %2&#xa0;% de los presentes</translation>
    </message>
    <message>
        <source>%1% of time · %2% of the roster</source>
        <translation>%1&#xa0;% del tiempo · %2&#xa0;% de la lista</translation>
    </message>
    <message>
        <source>%1: %2% of speaking time (%3, %4), %5, %6% of people present</source>
        <translation>%1: %2&#xa0;% del tiempo de palabra (%3, %4), %5, %6&#xa0;% de los presentes</translation>
    </message>
    <message>
        <source>%1: %2% of speaking time (%3, %4), %5, %6% of the roster</source>
        <translation>%1: %2&#xa0;% del tiempo de palabra (%3, %4), %5, %6&#xa0;% de la lista</translation>
    </message>
    <message>
        <source>Speaking balance by %1, this point: %2 of speaking in %3; %4.</source>
        <translation>Equilibrio del tiempo de palabra por %1, en este tema: %2 de intervenciones en %3; %4.</translation>
    </message>
    <message>
        <source>Speaking balance by %1, all points: %2 of speaking in %3; %4.</source>
        <translation>Equilibrio del tiempo de palabra por %1, en todos los temas: %2 de intervenciones en %3; %4.</translation>
    </message>
    <message>
        <source>Nudges: %1.</source>
        <translation>Avisos: %1.</translation>
    </message>
    <message>
        <source>This point</source>
        <translation>Este tema</translation>
    </message>
    <message>
        <source>All points</source>
        <translation>Todos los temas</translation>
    </message>
    <message>
        <source>%1: %2 in %3 · %4</source>
        <translation>%1: %2 en %3 · %4</translation>
    </message>
</context>
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
    <name>Board</name>
    <message>
        <source>&amp;Suggest groups (Ctrl+G)</source>
        <translation>&amp;Sugerir grupos (Ctrl+G)</translation>
    </message>
    <message>
        <source>&amp;Accept all suggestions</source>
        <translation>&amp;Aceptar todas las sugerencias</translation>
    </message>
    <message>
        <source>Grouping status</source>
        <translation>Estado de la agrupación</translation>
    </message>
    <message>
        <source>Recommendations by group</source>
        <translation>Recomendaciones por grupo</translation>
    </message>
    <message>
        <source>Choose a group to word its recommendation</source>
        <translation>Elija un grupo para redactar su recomendación</translation>
    </message>
    <message>
        <source>The group&apos;s consolidated recommendation</source>
        <translation>Recomendación consolidada del grupo</translation>
    </message>
    <message>
        <source>Write the recommendation this group puts to the vote. Ctrl+Enter saves.</source>
        <translation>Redacte la recomendación que este grupo somete a votación. Ctrl+Intro para guardar.</translation>
    </message>
    <message>
        <source>Save w&amp;ording (Ctrl+Enter)</source>
        <translation>&amp;Guardar la redacción (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Possible duplicates: Enter merges the pair</source>
        <translation>Posibles duplicados: Intro fusiona el par</translation>
    </message>
    <message>
        <source>Enter accepts a suggested group · Delete dissolves a group or withdraws a proposal · F2 renames or rewords · Ctrl+Shift+M moves the selection to a group · Ctrl+Shift+J merges this group into another · Ctrl+Shift+K splits the selection off · Ctrl+Shift+D merges selected proposals as duplicates · Alt+↑/↓ reorders</source>
        <translation>Intro acepta un grupo sugerido · Supr disuelve un grupo o retira una propuesta · F2 cambia el nombre o la redacción · Ctrl+Mayús+M mueve la selección a un grupo · Ctrl+Mayús+J fusiona este grupo con otro · Ctrl+Mayús+K separa la selección · Ctrl+Mayús+D fusiona las propuestas seleccionadas como duplicados · Alt+↑/↓ cambia el orden</translation>
    </message>
    <message>
        <source>Possible d&amp;uplicates — Enter merges</source>
        <translation>Posibles &amp;duplicados — Intro para fusionar</translation>
    </message>
    <message>
        <source>Suggest Groups</source>
        <translation>Sugerir grupos</translation>
    </message>
    <message>
        <source>Move to Group…</source>
        <translation>Mover a un grupo…</translation>
    </message>
    <message>
        <source>Merge Group Into…</source>
        <translation>Fusionar el grupo con…</translation>
    </message>
    <message>
        <source>Split Selection Off</source>
        <translation>Separar la selección</translation>
    </message>
    <message>
        <source>Merge Selected as Duplicates</source>
        <translation>Fusionar la selección como duplicados</translation>
    </message>
    <message>
        <source>The group this wording was written for is gone, so it has not been saved:

%1

Discard it? (No keeps it: choose a group and press Ctrl+Enter to give it this wording.)</source>
        <translation>El grupo para el que se redactó este texto ya no existe, así que no se ha guardado:

%1

¿Descartarlo? (No lo conserva: elija un grupo y pulse Ctrl+Intro para asignarle esta redacción.)</translation>
    </message>
    <message>
        <source>Unsaved wording</source>
        <translation>Redacción sin guardar</translation>
    </message>
    <message>
        <source>Untitled group</source>
        <translation>Grupo sin título</translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <translation>%1 (sugerido)</translation>
    </message>
    <message>
        <source>Not saved yet: the wording for “%1”</source>
        <translation>Aún sin guardar: la redacción para «%1»</translation>
    </message>
    <message>
        <source>Its group is gone, so this wording is not saved: Ctrl+Enter gives it to “%1”</source>
        <translation>Su grupo ya no existe, así que esta redacción no está guardada: Ctrl+Intro la asigna a «%1»</translation>
    </message>
    <message>
        <source>Its group is gone, so this wording is not saved: choose a group, then Ctrl+Enter gives it this wording</source>
        <translation>Su grupo ya no existe, así que esta redacción no está guardada: elija un grupo y Ctrl+Intro se la asignará</translation>
    </message>
    <message>
        <source>%1
≈ %2  (%3 % alike)</source>
        <translation>%1
≈ %2  (%3 % de similitud)</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Grupo:</translation>
    </message>
    <message>
        <source>select one or more proposals to move</source>
        <translation>seleccione una o varias propuestas para moverlas</translation>
    </message>
    <message>
        <source>Move to group</source>
        <translation>Mover a un grupo</translation>
    </message>
    <message>
        <source>select a group to merge</source>
        <translation>seleccione un grupo para fusionarlo</translation>
    </message>
    <message>
        <source>Merge this group into</source>
        <translation>Fusionar este grupo con</translation>
    </message>
    <message>
        <source>select proposals of one group to split them off</source>
        <translation>seleccione propuestas de un mismo grupo para separarlas</translation>
    </message>
    <message>
        <source>select two or more proposals that say the same thing</source>
        <translation>seleccione dos o más propuestas que digan lo mismo</translation>
    </message>
    <message>
        <source>choose a group to give this wording to</source>
        <translation>elija el grupo al que asignar esta redacción</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Point %1</source>
        <translation>Punto %1</translation>
    </message>
    <message>
        <source>worded</source>
        <translation>redactado</translation>
    </message>
    <message>
        <source>No consolidated wording yet</source>
        <translation>Aún no hay redacción consolidada</translation>
    </message>
    <message>
        <source>there are fewer than two proposals outside people&apos;s groups to group</source>
        <translation>hay menos de dos propuestas fuera de los grupos hechos por personas: no hay nada que agrupar</translation>
    </message>
    <message>
        <source>Reading the proposals…</source>
        <translation>Leyendo las propuestas…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Suggest groups</source>
        <translation>Sugerir grupos</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>tie</source>
        <translation>empate</translation>
    </message>
    <message>
        <source>Results chart</source>
        <translation>Gráfico de resultados</translation>
    </message>
    <message>
        <source>%1 (tie). %2: %3</source>
        <translation>%1 (empate). %2: %3</translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <translation>%1. %2: %3</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>&amp;Jump to Point…</source>
        <translation>Ir a&amp;l tema…</translation>
    </message>
    <message>
        <source>&amp;Edit Point…</source>
        <translation>&amp;Editar el tema…</translation>
    </message>
    <message>
        <source>&amp;Add Point…</source>
        <translation>A&amp;gregar un tema…</translation>
    </message>
    <message>
        <source>Agenda — Enter jumps, Alt+↑/↓ moves</source>
        <translation>Programa — Intro para ir al tema, Alt+↑/↓ para moverlo</translation>
    </message>
    <message>
        <source>Untitled session</source>
        <translation>Sesión sin título</translation>
    </message>
    <message>
        <source>Unattributed</source>
        <translation>Sin atribuir</translation>
    </message>
    <message>
        <source>Kind: Comment</source>
        <translation>Tipo: comentario</translation>
    </message>
    <message>
        <source>Kind: Question</source>
        <translation>Tipo: pregunta</translation>
    </message>
    <message>
        <source>Kind: Proposal</source>
        <translation>Tipo: propuesta</translation>
    </message>
    <message>
        <source>Kind: Concern</source>
        <translation>Tipo: preocupación</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Preocupación</translation>
    </message>
    <message>
        <source>select a contribution in the list first</source>
        <translation>Seleccione primero una intervención en la lista.</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>&amp;Registrar</translation>
    </message>
    <message>
        <source>Choose &amp;Speaker</source>
        <translation>Elegir &amp;orador</translation>
    </message>
    <message>
        <source>Mark / Unmark &amp;Proposal</source>
        <translation>Marcar / desmarcar como &amp;propuesta</translation>
    </message>
    <message>
        <source>Mark / Unmark P&amp;rivate</source>
        <translation>Marcar / desmarcar como pri&amp;vada</translation>
    </message>
    <message>
        <source>&amp;Delete Contribution</source>
        <translation>&amp;Eliminar intervención</translation>
    </message>
    <message>
        <source>Capture status</source>
        <translation>Estado del registro</translation>
    </message>
    <message>
        <source>Co&amp;ntributions — newest first; F2 edits, Ctrl+M proposal, Ctrl+P private, Delete</source>
        <translation>&amp;Intervenciones — las más recientes primero; F2 editar, Ctrl+M propuesta, Ctrl+P privada, Supr</translation>
    </message>
    <message>
        <source>Who said it</source>
        <translation>Autor de la intervención</translation>
    </message>
    <message>
        <source>Wh&amp;o:</source>
        <translation>&amp;Quién:</translation>
    </message>
    <message>
        <source>Contributions at this point, newest first</source>
        <translation>Intervenciones sobre este tema, las más recientes primero</translation>
    </message>
    <message>
        <source>start a point first (F6); contributions belong to a point</source>
        <translation>Inicie primero un tema (F6): cada intervención corresponde a un tema.</translation>
    </message>
    <message>
        <source>Saved: %1 by %2</source>
        <translation>Guardado: %1 (%2)</translation>
    </message>
    <message>
        <source>Private: kept in the file, never on the shared screen or in an export</source>
        <translation>Privada: se conserva en el archivo, nunca aparece en la pantalla de la sala ni en una exportación</translation>
    </message>
    <message>
        <source>No longer private: it goes into exports again</source>
        <translation>Ya no es privada: vuelve a incluirse en las exportaciones</translation>
    </message>
    <message>
        <source>&amp;Start / Pause Point</source>
        <translation>&amp;Iniciar / pausar el tema</translation>
    </message>
    <message>
        <source>En&amp;d Point</source>
        <translation>&amp;Finalizar el tema</translation>
    </message>
    <message>
        <source>&amp;Next Point</source>
        <translation>Tema &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous Point</source>
        <translation>Tema &amp;anterior</translation>
    </message>
    <message>
        <source>Current question</source>
        <translation>Pregunta actual</translation>
    </message>
    <message>
        <source>Prompt notes</source>
        <translation>Notas para la facilitación</translation>
    </message>
    <message>
        <source>No point started yet. Select one in the agenda and press Enter, or press F6.</source>
        <translation>Todavía no se ha iniciado ningún tema. Seleccione uno en el programa y pulse Intro, o pulse F6.</translation>
    </message>
    <message>
        <source>Point %1 of %2 · %3 min time-box</source>
        <translation>Tema %1 de %2 · tiempo asignado: %3 min</translation>
    </message>
    <message>
        <source>Point %1 of %2 · %3 min time-box · done</source>
        <translation>Tema %1 de %2 · tiempo asignado: %3 min · finalizado</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>Pro&amp;grama</translation>
    </message>
    <message>
        <source>Par&amp;ticipants</source>
        <translation>Participante&amp;s</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Participantes</translation>
    </message>
    <message>
        <source>Add &amp;Late Arrival…</source>
        <translation>Registrar &amp;llegada tardía…</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Someone arriving? Type a name, Enter</source>
        <translation>¿Llega alguien? Escriba un nombre y pulse Intro</translation>
    </message>
    <message>
        <source>Add a late arrival</source>
        <translation>Registrar una llegada tardía</translation>
    </message>
    <message>
        <source>Participants — Space checks in, Enter edits</source>
        <translation>Participantes — Espacio registra la asistencia, Intro edita</translation>
    </message>
    <message>
        <source>&amp;Add Speaker…</source>
        <translation>&amp;Agregar orador…</translation>
    </message>
    <message>
        <source>&amp;Next Speaker</source>
        <translation>Orador &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;End Turn</source>
        <translation>&amp;Terminar intervención</translation>
    </message>
    <message>
        <source>&amp;Withdraw Selected</source>
        <translation>&amp;Retirar al orador seleccionado</translation>
    </message>
    <message>
        <source>Add to queue: type a name, Enter</source>
        <translation>Inscribir a un orador: escriba un nombre y pulse Intro</translation>
    </message>
    <message>
        <source>Add a speaker to the queue</source>
        <translation>Inscribir a un orador en la lista</translation>
    </message>
    <message>
        <source>Next speaker (F8)</source>
        <translation>Orador siguiente (F8)</translation>
    </message>
    <message>
        <source>End turn (F9)</source>
        <translation>Terminar intervención (F9)</translation>
    </message>
    <message>
        <source>Spea&amp;king queue</source>
        <translation>&amp;Lista de oradores</translation>
    </message>
    <message>
        <source>start a point first (F6), then take names for its queue</source>
        <translation>Inicie primero un tema (F6) y luego inscriba a los oradores.</translation>
    </message>
    <message>
        <source>nobody has the floor</source>
        <translation>Nadie tiene la palabra.</translation>
    </message>
    <message>
        <source>select a waiting speaker in the queue to withdraw</source>
        <translation>Seleccione en la lista al orador en espera que desea retirar.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Edit point</source>
        <translation>Editar el tema</translation>
    </message>
    <message>
        <source>New point</source>
        <translation>Nuevo tema</translation>
    </message>
    <message>
        <source>Point text</source>
        <translation>Texto del tema</translation>
    </message>
    <message>
        <source>Prompt notes for the facilitator</source>
        <translation>Notas para la persona facilitadora</translation>
    </message>
    <message>
        <source>Time-box in minutes</source>
        <translation>Tiempo asignado en minutos</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Pregunta:</translation>
    </message>
    <message>
        <source>&amp;Notes (never on the shared screen):</source>
        <translation>&amp;Notas (nunca en la pantalla de la sala):</translation>
    </message>
    <message>
        <source>&amp;Time-box:</source>
        <translation>&amp;Tiempo asignado:</translation>
    </message>
    <message>
        <source>Session settings</source>
        <translation>Configuración de la sesión</translation>
    </message>
    <message>
        <source>&amp;Chatham House Rule: no names on the shared screen or in exports</source>
        <translation>Regla de &amp;Chatham House: sin nombres en la pantalla de la sala ni en las exportaciones</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Facilitación:</translation>
    </message>
    <message>
        <source>&amp;Rapporteur:</source>
        <translation>&amp;Relatoría:</translation>
    </message>
    <message>
        <source>&amp;Default time-box:</source>
        <translation>Tiempo asignado por &amp;defecto:</translation>
    </message>
    <message>
        <source>What to correct</source>
        <translation>Qué corregir</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>Leave unticked to take the time the first point started</source>
        <translation>Deje la casilla sin marcar para tomar la hora en que comenzó el primer tema</translation>
    </message>
    <message>
        <source>When the breakout starts, in its time zone</source>
        <translation>Inicio de la sesión, en su zona horaria</translation>
    </message>
    <message>
        <source>Time zone of the breakout</source>
        <translation>Zona horaria de la sesión</translation>
    </message>
    <message>
        <source>This computer&apos;s zone (%1)</source>
        <translation>Zona de este equipo (%1)</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>Stakeholder &amp;group:</source>
        <translation>&amp;Grupo de partes interesadas:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <source>G&amp;ender:</source>
        <translation>Gén&amp;ero:</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>&amp;May be named in the report</source>
        <translation>Puede ser &amp;mencionado en el informe</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
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
    <message>
        <source>Report language:</source>
        <translation>&amp;Idioma del informe:</translation>
    </message>
</context>
<context>
    <name>FileFlows</name>
    <message>
        <source>&amp;Not Now</source>
        <translation>&amp;Ahora no</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Abrir una sesión</translation>
    </message>
    <message>
        <source>Breakout sessions (*.breakout);;All files (*)</source>
        <translation>Sesiones de Breakout (*.breakout);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Sessions to combine</source>
        <translation>Sesiones que combinar</translation>
    </message>
    <message>
        <source>Forum file: a new one, or one to add to</source>
        <translation>Archivo del foro: uno nuevo, o uno al que añadir</translation>
    </message>
    <message>
        <source>Breakout forums (*.breakout)</source>
        <translation>Foros de Breakout (*.breakout)</translation>
    </message>
    <message>
        <source>Forum %1: %2, %3</source>
        <translation>Foro %1: %2, %3</translation>
    </message>
    <message>
        <source>Briefing note</source>
        <translation>Nota informativa</translation>
    </message>
    <message>
        <source>Briefing notes (*.txt *.md *.markdown);;All files (*)</source>
        <translation>Notas informativas (*.txt *.md *.markdown);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Save the new session as</source>
        <translation>Guardar la nueva sesión como</translation>
    </message>
    <message>
        <source>Breakout sessions (*.breakout)</source>
        <translation>Sesiones de Breakout (*.breakout)</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <source>Everything is saved in %1</source>
        <translation>Todo está guardado en %1</translation>
    </message>
    <message>
        <source>Copy saved as %1; you are still working in %2</source>
        <translation>Copia guardada como %1; sigue trabajando en %2</translation>
    </message>
    <message>
        <source>Exported: %1</source>
        <translation>Exportado: %1</translation>
    </message>
    <message>
        <source>Import roster</source>
        <translation>Importar la lista de participantes</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Roster imported: %1, %2</source>
        <translation>Lista de participantes importada: %1, %2</translation>
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
    <name>InboxBox</name>
    <message>
        <source>Sent from phones</source>
        <translation>Enviados desde los móviles</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>Descar&amp;tar</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>sin nombre</translation>
    </message>
    <message>
        <source>Edit what was sent</source>
        <translation>Editar lo enviado</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texto:</translation>
    </message>
</context>
<context>
    <name>JoinCode</name>
    <message>
        <source>QR code of the address phones join at</source>
        <translation>Código QR de la dirección a la que se conectan los móviles</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>comment</source>
        <translation>comentario</translation>
    </message>
    <message>
        <source>question</source>
        <translation>pregunta</translation>
    </message>
    <message>
        <source>proposal</source>
        <translation>propuesta</translation>
    </message>
    <message>
        <source>concern</source>
        <translation>preocupación</translation>
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
        <translation>Pantalla de la sala, segundo &amp;idioma</translation>
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
    <name>MainWindow</name>
    <message>
        <source>Breakout</source>
        <translation>Breakout</translation>
    </message>
    <message>
        <source>Open a session (Ctrl+O), or make one from a briefing note (Ctrl+N).</source>
        <translation>Abra una sesión (Ctrl+O) o cree una a partir de una nota informativa (Ctrl+N).</translation>
    </message>
    <message>
        <source>%1 — Breakout</source>
        <translation>%1 — Breakout</translation>
    </message>
    <message>
        <source>&amp;Run the session</source>
        <translation>&amp;Desarrollo de la sesión</translation>
    </message>
    <message>
        <source>Recommen&amp;dations</source>
        <translation>Re&amp;comendaciones</translation>
    </message>
    <message>
        <source>&amp;Vote</source>
        <translation>Votació&amp;n</translation>
    </message>
    <message>
        <source>Outco&amp;me</source>
        <translation>Res&amp;ultados</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Guardar una &amp;copia…</translation>
    </message>
    <message>
        <source>&amp;New from Briefing…</source>
        <translation>&amp;Nueva sesión a partir de una nota informativa…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>&amp;Import Roster…</source>
        <translation>&amp;Importar lista de participantes…</translation>
    </message>
    <message>
        <source>Session &amp;Settings…</source>
        <translation>Configuración de la &amp;sesión…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Com&amp;bine Sessions…</source>
        <translation>Com&amp;binar sesiones…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Shared Screen</source>
        <translation>&amp;Pantalla de la sala</translation>
    </message>
    <message>
        <source>Shared Screen &amp;Light/Dark</source>
        <translation>Pantalla de la sala clara/o&amp;scura</translation>
    </message>
    <message>
        <source>&amp;Run the Session</source>
        <translation>&amp;Desarrollo de la sesión</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Resultados</translation>
    </message>
    <message>
        <source>&amp;Phone Participation…</source>
        <translation>Participación con el &amp;móvil…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Point</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Oradores</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>&amp;Registro</translation>
    </message>
    <message>
        <source>Peop&amp;le</source>
        <translation>&amp;Participantes</translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>speaking %1</source>
        <translation>en el uso de la palabra %1</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Time-box</source>
        <translation>Tiempo asignado</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Utilizado</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Point %1: %2, %3 minutes</source>
        <translation>Tema %1: %2, %3 minutos</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orador</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Espera</translation>
    </message>
    <message>
        <source>Private (Ctrl+P): kept in the file, never on the shared screen or in an export.</source>
        <translation>Privada (Ctrl+P): se conserva en el archivo, nunca aparece en la pantalla de la sala ni en una exportación.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Intervención</translation>
    </message>
    <message>
        <source>%1 · private</source>
        <translation>%1 · privada</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 (private) by %2: %3</source>
        <translation>%1, privada (%2): %3</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>present</source>
        <translation>presente</translation>
    </message>
    <message>
        <source>not checked in</source>
        <translation>asistencia no registrada</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>Points, and the whole session</source>
        <translation>Puntos, y la sesión en su conjunto</translation>
    </message>
    <message>
        <source>Poin&amp;ts</source>
        <translation>&amp;Puntos</translation>
    </message>
    <message>
        <source>Everything here saves as you type; Edit ▸ Undo takes it back.</source>
        <translation>Todo se guarda mientras escribe; Edición ▸ Deshacer lo revierte.</translation>
    </message>
    <message>
        <source>The point</source>
        <translation>El punto</translation>
    </message>
    <message>
        <source>Key messages of this point, one a line</source>
        <translation>Mensajes clave de este punto, uno por línea</translation>
    </message>
    <message>
        <source>The few things this point concluded, one a line.</source>
        <translation>Las pocas conclusiones de este punto, una por línea.</translation>
    </message>
    <message>
        <source>Summary of this point&apos;s discussion</source>
        <translation>Resumen del debate sobre este punto</translation>
    </message>
    <message>
        <source>A short narrative of the discussion: who raised what, where views met or parted.</source>
        <translation>Una breve reseña del debate: quién planteó qué, dónde coincidieron o divergieron las opiniones.</translation>
    </message>
    <message>
        <source>Su&amp;ggest drafts</source>
        <translation>&amp;Sugerir borradores</translation>
    </message>
    <message>
        <source>Offer this point&apos;s most representative contributions as draft key messages</source>
        <translation>Ofrecer las intervenciones más representativas de este punto como borradores de mensajes clave</translation>
    </message>
    <message>
        <source>Drafts status</source>
        <translation>Estado de los borradores</translation>
    </message>
    <message>
        <source>&amp;Key messages — one a line</source>
        <translation>&amp;Mensajes clave — uno por línea</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>Key messages of the whole session, one a line</source>
        <translation>Mensajes clave de toda la sesión, uno por línea</translation>
    </message>
    <message>
        <source>What the session as a whole concluded, one message a line.</source>
        <translation>Las conclusiones de la sesión en su conjunto, un mensaje por línea.</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <source>Who does what next, and by when.</source>
        <translation>Quién hace qué a continuación, y para cuándo.</translation>
    </message>
    <message>
        <source>To whom the recommendations are addressed</source>
        <translation>Destinatarios de las recomendaciones</translation>
    </message>
    <message>
        <source>Governments, the secretariat, city networks…</source>
        <translation>Gobiernos, la secretaría, redes de ciudades…</translation>
    </message>
    <message>
        <source>Key messages written for each point, read only</source>
        <translation>Mensajes clave redactados para cada punto, solo lectura</translation>
    </message>
    <message>
        <source>The whole session</source>
        <translation>Toda la sesión</translation>
    </message>
    <message>
        <source>&amp;Key messages of the whole session — one a line</source>
        <translation>&amp;Mensajes clave de toda la sesión — uno por línea</translation>
    </message>
    <message>
        <source>&amp;Next steps</source>
        <translation>&amp;Próximos pasos</translation>
    </message>
    <message>
        <source>T&amp;o whom the recommendations are addressed</source>
        <translation>&amp;Destinatarios de las recomendaciones</translation>
    </message>
    <message>
        <source>Key messages by point</source>
        <translation>Mensajes clave por punto</translation>
    </message>
    <message>
        <source>Key messages, next steps, addressees</source>
        <translation>Mensajes clave, próximos pasos, destinatarios</translation>
    </message>
    <message>
        <source>Point %1 of %2: %3</source>
        <translation>Punto %1 de %2: %3</translation>
    </message>
    <message>
        <source>the point “%1” is gone, so this text written for it was not saved: %2</source>
        <translation>el punto «%1» ya no existe, así que el texto escrito para él no se ha guardado: %2</translation>
    </message>
    <message>
        <source>%1

%2

Discard it? (No keeps it here to shorten or copy.)</source>
        <translation>%1

%2

¿Descartarlo? (No lo conserva aquí para acortarlo o copiarlo.)</translation>
    </message>
    <message>
        <source>Text not saved</source>
        <translation>Texto sin guardar</translation>
    </message>
    <message>
        <source>Not saved: %1. Your text is kept here.</source>
        <translation>Sin guardar: %1. Su texto se conserva aquí.</translation>
    </message>
    <message>
        <source>No contributions to draft from at this point yet (questions and private contributions are left out).</source>
        <translation>Todavía no hay intervenciones en este punto de las que partir (se excluyen las preguntas y las intervenciones privadas).</translation>
    </message>
    <message>
        <source>Every draft is already among the key messages.</source>
        <translation>Todos los borradores ya figuran entre los mensajes clave.</translation>
    </message>
    <message>
        <source>No drafts: %1</source>
        <translation>Sin borradores: %1</translation>
    </message>
    <message>
        <source>Stopped; no drafts were kept.</source>
        <translation>Detenido; no se ha conservado ningún borrador.</translation>
    </message>
    <message>
        <source>Suggested — not yet yours</source>
        <translation>Sugerencias — aún no son suyas</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>Suggested key messages, not yet yours</source>
        <translation>Mensajes clave sugeridos, aún no son suyos</translation>
    </message>
    <message>
        <source>Suggested key messages, not yet yours: Enter or double-click uses one</source>
        <translation>Mensajes clave sugeridos, aún no son suyos: Intro o doble clic para usar uno</translation>
    </message>
    <message>
        <source>Finding drafts</source>
        <translation>Buscando borradores</translation>
    </message>
    <message>
        <source>Use &amp;all</source>
        <translation>Usar &amp;todos</translation>
    </message>
    <message>
        <source>Add every suggestion to the key messages (Ctrl+Z undoes)</source>
        <translation>Añadir todas las sugerencias a los mensajes clave (Ctrl+Z lo deshace)</translation>
    </message>
    <message>
        <source>Use &amp;selected</source>
        <translation>Usar los &amp;seleccionados</translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Suggested, not yet yours: %1</source>
        <translation>Sugerencia, aún no es suya: %1</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>Sugerencia: %1</translation>
    </message>
    <message>
        <source>the most representative contributions; use them or write your own</source>
        <translation>las intervenciones más representativas; úselas o redacte las suyas</translation>
    </message>
    <message>
        <source>Contributions at this point, newest first; read only</source>
        <translation>Intervenciones en este punto, las más recientes primero; solo lectura</translation>
    </message>
    <message>
        <source>Quote i&amp;nto key messages</source>
        <translation>&amp;Citar en los mensajes clave</translation>
    </message>
    <message>
        <source>Add the selected contribution as a key message (or double-click it)</source>
        <translation>Añadir la intervención seleccionada como mensaje clave (o haga doble clic en ella)</translation>
    </message>
    <message>
        <source>Contri&amp;butions at this point</source>
        <translation>&amp;Intervenciones en este punto</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Ninguno por ahora</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Sin guardar</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>Agenda</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Time left on this point</source>
        <translation>Tiempo restante para este tema</translation>
    </message>
    <message>
        <source>No point running</source>
        <translation>Ningún tema en curso</translation>
    </message>
    <message>
        <source>Clock state</source>
        <translation>Estado del cronómetro</translation>
    </message>
    <message>
        <source>Session clock</source>
        <translation>Reloj de la sesión</translation>
    </message>
    <message>
        <source>Share of the time-box used</source>
        <translation>Parte del tiempo asignado utilizada</translation>
    </message>
    <message>
        <source>No point started — F6 starts the first</source>
        <translation>Ningún tema iniciado: F6 inicia el primero</translation>
    </message>
    <message>
        <source>%1 (paused — F6 resumes)</source>
        <translation>%1 (en pausa: F6 para reanudar)</translation>
    </message>
    <message>
        <source>%1 (F6 starts)</source>
        <translation>%1 (F6 para iniciar)</translation>
    </message>
    <message>
        <source>Agenda %1 of %2 · %3 over</source>
        <translation>Programa: %1 de %2 · %3 de exceso</translation>
    </message>
    <message>
        <source>Agenda %1 of %2 · %3 left</source>
        <translation>Programa: %1 de %2 · quedan %3</translation>
    </message>
    <message>
        <source>Contribution text</source>
        <translation>Texto de la intervención</translation>
    </message>
    <message>
        <source>Type what is said — Enter saves, Shift+Enter for a new line, Ctrl+1…4 sets the kind</source>
        <translation>Escriba lo que se dice: Intro guarda, Mayús+Intro inserta una línea, Ctrl+1…4 elige el tipo</translation>
    </message>
    <message>
        <source>Speaking queue</source>
        <translation>Lista de oradores</translation>
    </message>
</context>
<context>
    <name>PhonePanel</name>
    <message>
        <source>Phone Participation</source>
        <translation>Participación con el móvil</translation>
    </message>
    <message>
        <source>Network address</source>
        <translation>Dirección de red</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Red:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Can phones &amp;reach me?</source>
        <translation>¿Me &amp;ven los móviles?</translation>
    </message>
    <message>
        <source>Wi-Fi network name</source>
        <translation>Nombre de la red Wi-Fi</translation>
    </message>
    <message>
        <source>Wi-Fi password</source>
        <translation>Contraseña de la red Wi-Fi</translation>
    </message>
    <message>
        <source>Wi-&amp;Fi name:</source>
        <translation>Nombre de la red &amp;Wi-Fi:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>This computer has no network address; join a network and open this again.</source>
        <translation>Este ordenador no tiene dirección de red; conéctese a una red y vuelva a abrir esta ventana.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Consultando %1…</translation>
    </message>
    <message>
        <source>Phones are off.</source>
        <translation>Los móviles están desactivados.</translation>
    </message>
    <message>
        <source>Card for a walk-in</source>
        <translation>Tarjeta para quien llega sin inscripción</translation>
    </message>
    <message>
        <source>Their name, or leave it empty</source>
        <translation>Su nombre, o déjelo vacío</translation>
    </message>
    <message>
        <source>Walk-in&apos;s name</source>
        <translation>Nombre de quien llega sin inscripción</translation>
    </message>
    <message>
        <source>Wal&amp;k-in&apos;s name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Give a code</source>
        <translation>&amp;Generar un código</translation>
    </message>
    <message>
        <source>Voting code</source>
        <translation>Código de votación</translation>
    </message>
    <message>
        <source>Print &amp;card…</source>
        <translation>I&amp;mprimir tarjeta…</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Sin inscripción</translation>
    </message>
    <message>
        <source>%1 is checked in. Read them this code or print their card; only this computer shows it, never the room&apos;s screen.</source>
        <translation>%1 ya está registrado/a. Léale este código o imprima su tarjeta; solo esta computadora lo muestra, nunca la pantalla de la sala.</translation>
    </message>
</context>
<context>
    <name>PhoneReach</name>
    <message>
        <source>This computer could not reach its own phone server at %1 (%2). Check that its firewall lets this port in, or choose another network or port.</source>
        <extracomment>How long the check waits for an answer, in milliseconds.</extracomment>
        <translation>Esta computadora no pudo contactar con su propio servidor para móviles en %1 (%2). Compruebe que su cortafuegos deja entrar este puerto, o elija otra red u otro puerto.</translation>
    </message>
    <message>
        <source>Another program answers at %1, not this phone server; choose another port.</source>
        <translation>Otro programa responde en %1, no este servidor para móviles; elija otro puerto.</translation>
    </message>
    <message>
        <source>The phone server answers at %1: it listens on this network and this computer&apos;s firewall lets it through. That does not prove the Wi-Fi lets phones reach this computer (some networks keep devices apart): open the address on one phone to be sure.</source>
        <translation>El servidor para móviles responde en %1: escucha en esta red y el cortafuegos de esta computadora lo deja pasar. Eso no prueba que la red wifi deje a los móviles llegar a esta computadora (algunas redes aíslan los dispositivos): abra la dirección en un móvil para asegurarse.</translation>
    </message>
    <message>
        <source>%1 is this computer alone: no phone can reach it. Stop, and choose the address of the Wi-Fi or cable the phones share.</source>
        <translation>%1 es solo esta computadora: ningún móvil puede llegar a ella. Detenga el servidor y elija la dirección de la red wifi o del cable que comparten los móviles.</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>As the console</source>
        <translation>Como la consola</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>The console&apos;s language applies when Breakout next starts; the room&apos;s screen changes at once, the kiosk from the next round it opens.</source>
        <translation>El idioma de la consola se aplica la próxima vez que se inicie Breakout; la pantalla de la sala cambia de inmediato, y el terminal de votación a partir de la próxima ronda que abra.</translation>
    </message>
    <message>
        <source>&amp;Console language:</source>
        <translation>Idioma de la &amp;consola:</translation>
    </message>
    <message>
        <source>&amp;Room&apos;s screen:</source>
        <translation>&amp;Pantalla de la sala:</translation>
    </message>
    <message>
        <source>Room&apos;s screen, &amp;second language:</source>
        <translation>Pantalla de la sala, &amp;segundo idioma:</translation>
    </message>
    <message>
        <source>&amp;Kiosk:</source>
        <translation>&amp;Terminal de votación:</translation>
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
    <name>VoteDialogs</name>
    <message>
        <source>New voting round</source>
        <translation>Nueva ronda de votación</translation>
    </message>
    <message>
        <source>Edit voting round</source>
        <translation>Editar la ronda de votación</translation>
    </message>
    <message>
        <source>Round title</source>
        <translation>Título de la ronda</translation>
    </message>
    <message>
        <source>e.g. Which recommendations go to the plenary first?</source>
        <translation>p. ej., ¿Qué recomendaciones se llevan primero al pleno?</translation>
    </message>
    <message>
        <source>&amp;Secret ballot: people vote with the code on their card; ballots carry no name</source>
        <translation>&amp;Votación secreta: cada persona vota con el código de su tarjeta; las papeletas no llevan nombre</translation>
    </message>
    <message>
        <source>Another item for the ballot</source>
        <translation>Otra opción para la papeleta</translation>
    </message>
    <message>
        <source>Another item, not from a group (Enter adds it)</source>
        <translation>Otra opción, fuera de los grupos (Intro para añadirla)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Items chosen</source>
        <translation>Opciones elegidas</translation>
    </message>
    <message>
        <source>Create round</source>
        <translation>Crear la ronda</translation>
    </message>
    <message>
        <source>Save round</source>
        <translation>Guardar la ronda</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Items&lt;/b&gt; — tick at least two; a group&apos;s wording is used</source>
        <translation>&lt;b&gt;Opciones&lt;/b&gt; — marque al menos dos; se usa la redacción del grupo</translation>
    </message>
    <message>
        <source>Items on the ballot</source>
        <translation>Opciones de la papeleta</translation>
    </message>
    <message>
        <source>On the ballot as (F2 edits)</source>
        <translation>En la papeleta como (F2 para editar)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Dots per person</source>
        <translation>Pegatinas por persona</translation>
    </message>
    <message>
        <source>Most dots on one item</source>
        <translation>Máximo de pegatinas por opción</translation>
    </message>
    <message>
        <source>Most items one person ranks</source>
        <translation>Máximo de opciones que clasifica cada persona</translation>
    </message>
    <message>
        <source>as many as they like</source>
        <translation>tantas como quiera</translation>
    </message>
    <message>
        <source>up to </source>
        <translation>hasta </translation>
    </message>
    <message>
        <source>Dot &amp;budget:</source>
        <translation>&amp;Pegatinas por persona:</translation>
    </message>
    <message>
        <source>&amp;Cap per item:</source>
        <translation>&amp;Tope por opción:</translation>
    </message>
    <message>
        <source>&amp;Items to rank:</source>
        <translation>&amp;Opciones por clasificar:</translation>
    </message>
    <message>
        <source>%1 chosen: a ballot needs at least two items</source>
        <translation>%1 elegida(s): una papeleta necesita al menos dos opciones</translation>
    </message>
    <message>
        <source>Hand count — %1</source>
        <translation>Votación a mano alzada — %1</translation>
    </message>
    <message>
        <source>Hands</source>
        <translation>Manos alzadas</translation>
    </message>
    <message>
        <source>Hands per item</source>
        <translation>Manos alzadas por opción</translation>
    </message>
    <message>
        <source>Hands for %1</source>
        <translation>Manos alzadas para %1</translation>
    </message>
    <message>
        <source>Check against the people present</source>
        <translation>Comprobación con las personas presentes</translation>
    </message>
    <message>
        <source>Record counts</source>
        <translation>Registrar el recuento</translation>
    </message>
    <message>
        <source>%1 hands for “%2” is more than the %3 people present</source>
        <translation>%1 manos alzadas para «%2» son más que las %3 personas presentes</translation>
    </message>
    <message>
        <source>the levels for “%1” add up to %2, more than the %3 present (each person shows one level)</source>
        <translation>los niveles de «%1» suman %2, más que las %3 personas presentes (cada persona indica un solo nivel)</translation>
    </message>
    <message>
        <source>Count again: %1.</source>
        <translation>Vuelva a contar: %1.</translation>
    </message>
    <message>
        <source>Voting codes</source>
        <translation>Códigos de votación</translation>
    </message>
    <message>
        <source>Voting codes by name</source>
        <translation>Códigos de votación por nombre</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Hand each person the card with their code before the vote. A code lets its holder vote once in each secret round; ballots are stored without names.</source>
        <translation>Entregue a cada persona la tarjeta con su código antes de la votación. Un código permite a su titular votar una vez en cada ronda secreta; las papeletas se guardan sin nombre.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Print cards…</source>
        <translation>&amp;Imprimir tarjetas…</translation>
    </message>
    <message>
        <source>Your voting code</source>
        <translation>Su código de votación</translation>
    </message>
</context>
<context>
    <name>VotePage</name>
    <message>
        <source>Voting rounds</source>
        <translation>Rondas de votación</translation>
    </message>
    <message>
        <source>&amp;New round… (Ctrl+Shift+R)</source>
        <translation>&amp;Nueva ronda… (Ctrl+Mayús+R)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Voting rounds&lt;/b&gt;</source>
        <translation>&lt;b&gt;Rondas de votación&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>Method, rules and state</source>
        <translation>Método, reglas y estado</translation>
    </message>
    <message>
        <source>Items on the ballot</source>
        <translation>Opciones de la papeleta</translation>
    </message>
    <message>
        <source>Voters so far</source>
        <translation>Votantes hasta ahora</translation>
    </message>
    <message>
        <source>Results note</source>
        <translation>Nota sobre los resultados</translation>
    </message>
    <message>
        <source>&lt;b&gt;On the ballot&lt;/b&gt;</source>
        <translation>&lt;b&gt;En la papeleta&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Edit ro&amp;und… (F2)</source>
        <translation>&amp;Editar la ronda… (F2)</translation>
    </message>
    <message>
        <source>Change the title, method, settings or items until voting opens</source>
        <translation>Cambiar el título, el método, los ajustes o las opciones hasta que se abra la votación</translation>
    </message>
    <message>
        <source>&amp;Open voting</source>
        <translation>&amp;Abrir la votación</translation>
    </message>
    <message>
        <source>Close vo&amp;ting…</source>
        <translation>&amp;Cerrar la votación…</translation>
    </message>
    <message>
        <source>Open the voting kiosk in a window of its own (a touch screen, or this laptop turned round); the room&apos;s screen shows how many have voted. The console keeps the keyboard until you press F7 again.</source>
        <translation>Abre el terminal de votación en su propia ventana (una pantalla táctil, o este portátil girado hacia la sala); la pantalla de la sala muestra cuántas personas han votado. La consola conserva el teclado hasta que vuelva a pulsar F7.</translation>
    </message>
    <message>
        <source>H&amp;and count…</source>
        <translation>Votación a &amp;mano alzada…</translation>
    </message>
    <message>
        <source>&amp;Issue voting codes…</source>
        <translation>&amp;Asignar códigos de votación…</translation>
    </message>
    <message>
        <source>&amp;Show results on the shared screen (Shift+F7)</source>
        <translation>&amp;Mostrar los resultados en la pantalla de la sala (Mayús+F7)</translation>
    </message>
    <message>
        <source>&amp;Back to the session (Ctrl+F7)</source>
        <translation>&amp;Volver a la sesión (Ctrl+F7)</translation>
    </message>
    <message>
        <source>The shared screen shows the session again</source>
        <translation>La pantalla de la sala vuelve a mostrar la sesión</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shared screen&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pantalla de la sala&lt;/b&gt;</translation>
    </message>
    <message>
        <source>New Voting Round…</source>
        <translation>Nueva ronda de votación…</translation>
    </message>
    <message>
        <source>Edit Voting Round…</source>
        <translation>Editar la ronda de votación…</translation>
    </message>
    <message>
        <source>Kiosk Window (Again: Hand It the Keyboard)</source>
        <translation>Ventana del terminal (otra vez: cederle el teclado)</translation>
    </message>
    <message>
        <source>Results on the Shared Screen</source>
        <translation>Resultados en la pantalla de la sala</translation>
    </message>
    <message>
        <source>Shared Screen Back to the Session</source>
        <translation>Pantalla de la sala: volver a la sesión</translation>
    </message>
    <message>
        <source>Hand Count…</source>
        <translation>Votación a mano alzada…</translation>
    </message>
    <message>
        <source>No voting round yet. Press Ctrl+Shift+R to set one up from the board&apos;s groups.</source>
        <translation>Todavía no hay ninguna ronda de votación. Pulse Ctrl+Mayús+R para preparar una a partir de los grupos del tablero.</translation>
    </message>
    <message>
        <source>secret ballot</source>
        <translation>votación secreta</translation>
    </message>
    <message>
        <source>named vote</source>
        <translation>votación nominal</translation>
    </message>
    <message>
        <source>Results stay hidden until voting closes.</source>
        <translation>Los resultados permanecen ocultos hasta que se cierre la votación.</translation>
    </message>
    <message>
        <source>A show of hands cannot express %1</source>
        <translation>Una votación a mano alzada no puede expresar este método: %1</translation>
    </message>
    <message>
        <source>choose a voting round first, or set one up with Ctrl+Shift+R</source>
        <translation>elija primero una ronda de votación, o prepare una con Ctrl+Mayús+R</translation>
    </message>
    <message>
        <source>voting has opened in this round, so it can no longer change; set up a new round (Ctrl+Shift+R) instead</source>
        <translation>la votación ya se ha abierto en esta ronda, así que ya no puede cambiar; prepare una ronda nueva (Ctrl+Mayús+R)</translation>
    </message>
    <message>
        <source>hand counts are in for this round, so it can no longer change; set up a new round (Ctrl+Shift+R) instead</source>
        <translation>ya se han registrado recuentos a mano alzada en esta ronda, así que ya no puede cambiar; prepare una ronda nueva (Ctrl+Mayús+R)</translation>
    </message>
    <message>
        <source>the round is %1, not open</source>
        <translation>la ronda no está abierta (%1)</translation>
    </message>
    <message>
        <source>open voting first; the kiosk takes ballots only while a round is open</source>
        <translation>abra primero la votación; el terminal solo acepta papeletas mientras una ronda está abierta</translation>
    </message>
    <message>
        <source>voting has closed in this round</source>
        <translation>la votación de esta ronda está cerrada</translation>
    </message>
    <message>
        <source>&amp;Kiosk window for voting (F7)</source>
        <translation>&amp;Terminal de votación (F7)</translation>
    </message>
    <message>
        <source>Hand the &amp;keyboard to the kiosk (F7)</source>
        <translation>Ceder el &amp;teclado al terminal (F7)</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>secreta</translation>
    </message>
    <message>
        <source>named</source>
        <translation>nominal</translation>
    </message>
    <message>
        <source>at most %1 on one item</source>
        <translation>como máximo %1 por opción</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>rank as many items as you like</source>
        <translation>clasificar tantas opciones como se quiera</translation>
    </message>
    <message>
        <source>mark every item you support</source>
        <translation>marcar cada opción que se apoye</translation>
    </message>
    <message>
        <source>every item gets a level from %1 to %2</source>
        <translation>cada opción recibe un nivel de %1 a %2</translation>
    </message>
    <message>
        <source>every item gets a grade from %1 to %2</source>
        <translation>cada opción recibe una calificación de %1 a %2</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>en preparación</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
    <message>
        <source>not open yet</source>
        <translation>aún no abierta</translation>
    </message>
    <message>
        <source>voting is open</source>
        <translation>votación abierta</translation>
    </message>
    <message>
        <source>voting has closed</source>
        <translation>votación cerrada</translation>
    </message>
    <message>
        <source>%1 at the kiosk · hand counts entered</source>
        <translation>%1 en el terminal · recuentos a mano alzada registrados</translation>
    </message>
    <message>
        <source>Close voting on “%1”?

%2. No more ballots or hand counts after this; the results can then be shown.</source>
        <translation>¿Cerrar la votación sobre «%1»?

%2. Después no se admitirán más papeletas ni recuentos a mano alzada; entonces podrán mostrarse los resultados.</translation>
    </message>
    <message>
        <source>Close voting</source>
        <translation>Cerrar la votación</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Ronda %1</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>&lt;b&gt;Results&lt;/b&gt;</source>
        <translation>&lt;b&gt;Resultados&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation>Participación</translation>
    </message>
    <message>
        <source>How it was counted</source>
        <translation>Cómo se contó</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Bloqueos</translation>
    </message>
    <message>
        <source>Support by stakeholder group</source>
        <translation>Apoyo por grupo de partes interesadas</translation>
    </message>
    <message>
        <source>Groups not shown</source>
        <translation>Grupos no mostrados</translation>
    </message>
    <message>
        <source>A group with fewer than 3 voters is not shown, so nobody&apos;s vote can be deduced; when the hidden groups hold fewer than 3 voters between them, the next smallest group is hidden too.</source>
        <translation>No se muestra ningún grupo con menos de 3 votantes, para que no pueda deducirse el voto de nadie; si los grupos ocultos suman menos de 3 votantes entre todos, también se oculta el siguiente grupo más pequeño.</translation>
    </message>
    <message>
        <source>Blocked by at least one person: %1</source>
        <translation>Bloqueado por al menos una persona: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Support by stakeholder group&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;Apoyo por grupo de partes interesadas&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <source>%1: fewer than 3 voters, not shown</source>
        <translation>%1: menos de 3 votantes, no se muestra</translation>
    </message>
    <message>
        <source>Each person places a budget of dots; several on one item shows strong support.</source>
        <translation>Cada persona reparte un número fijo de pegatinas; poner varias en una opción indica un apoyo firme.</translation>
    </message>
    <message>
        <source>Each person marks every item they can support.</source>
        <translation>Cada persona marca todas las opciones que puede apoyar.</translation>
    </message>
    <message>
        <source>Each person puts the items in order; reports Borda points and the Schulze order.</source>
        <translation>Cada persona ordena las opciones; da los puntos Borda y el orden de Schulze.</translation>
    </message>
    <message>
        <source>Each person gives every item a level from 0 Block to 5 Full support.</source>
        <translation>Cada persona da a cada opción un nivel, de 0 (Bloqueo) a 5 (Apoyo total).</translation>
    </message>
    <message>
        <source>Each person grades every item from Excellent to Reject; the best middle grade wins.</source>
        <translation>Cada persona califica cada opción de Excelente a Rechazar; gana la mejor calificación mediana.</translation>
    </message>
    <message>
        <source>mean dots per voter</source>
        <translation>media de pegatinas por votante</translation>
    </message>
    <message>
        <source>share of the group&apos;s voters approving</source>
        <translation>proporción de votantes del grupo que aprueban</translation>
    </message>
    <message>
        <source>mean Borda points per voter</source>
        <translation>media de puntos Borda por votante</translation>
    </message>
    <message>
        <source>mean agreement level (0–5)</source>
        <translation>nivel medio de acuerdo (0–5)</translation>
    </message>
    <message>
        <source>the group&apos;s majority grade</source>
        <translation>calificación mayoritaria del grupo</translation>
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
    <message numerus="yes">
        <source>%n points</source>
        <translation>
            <numerusform>%n tema</numerusform>
            <numerusform>%n temas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min planned</source>
        <translation>
            <numerusform>%n min previsto</numerusform>
            <numerusform>%n min previstos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participants</source>
        <translation>
            <numerusform>%n participante</numerusform>
            <numerusform>%n participantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contributions</source>
        <translation>
            <numerusform>%n intervención</numerusform>
            <numerusform>%n intervenciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recommendations</source>
        <translation>
            <numerusform>%n recomendación</numerusform>
            <numerusform>%n recomendaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n points on the agenda</source>
        <translation>
            <numerusform>%n tema en el programa</numerusform>
            <numerusform>%n temas en el programa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n checked in</source>
        <translation>
            <numerusform>Presentes: %1 de %n</numerusform>
            <numerusform>Presentes: %1 de %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) added</source>
        <translation>
            <numerusform>%n sesión añadida</numerusform>
            <numerusform>%n sesiones añadidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) updated</source>
        <translation>
            <numerusform>%n sesión actualizada</numerusform>
            <numerusform>%n sesiones actualizadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n participante añadido</numerusform>
            <numerusform>%n participantes añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n registro actualizado</numerusform>
            <numerusform>%n registros actualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n turns</source>
        <translation>
            <numerusform>%n intervención</numerusform>
            <numerusform>%n intervenciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n present</source>
        <translation>
            <numerusform>%n presente</numerusform>
            <numerusform>%n presentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>nobody checked in yet, so shares are of the %n on the roster</source>
        <translation>
            <numerusform>todavía no se ha registrado ninguna asistencia: las proporciones se calculan sobre la única persona de la lista</numerusform>
            <numerusform>todavía no se ha registrado ninguna asistencia: las proporciones se calculan sobre las %n personas de la lista</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 in %3.
Nobody checked in yet: shares are of the %n on the roster.</source>
        <translation>
            <numerusform>%1: %2 en %3.
Ninguna asistencia registrada: las proporciones se calculan sobre la única persona de la lista.</numerusform>
            <numerusform>%1: %2 en %3.
Ninguna asistencia registrada: las proporciones se calculan sobre las %n personas de la lista.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more pairs; merge these first</source>
        <translation>
            <numerusform>… y %n par más; fusione primero estos</numerusform>
            <numerusform>… y %n pares más; fusione primero estos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not in a group (%n)</source>
        <translation>
            <numerusform>Sin grupo (%n)</numerusform>
            <numerusform>Sin grupo (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n) — suggested, Enter accepts</source>
        <translation>
            <numerusform>%1 (%n) — sugerido, Intro para aceptarlo</numerusform>
            <numerusform>%1 (%n) — sugerido, Intro para aceptarlo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Grouping %n proposals…</source>
        <translation>
            <numerusform>Agrupando %n propuesta…</numerusform>
            <numerusform>Agrupando %n propuestas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 present have voted</source>
        <translation>
            <numerusform>Ha votado %n de las %1 personas presentes</numerusform>
            <numerusform>Han votado %n de las %1 personas presentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 on the roster have voted</source>
        <translation>
            <numerusform>Ha votado %n de las %1 personas inscritas</numerusform>
            <numerusform>Han votado %n de las %1 personas inscritas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dots each</source>
        <translation>
            <numerusform>%n pegatina por persona</numerusform>
            <numerusform>%n pegatinas por persona</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rank up to %n items</source>
        <translation>
            <numerusform>clasificar hasta %n opción</numerusform>
            <numerusform>clasificar hasta %n opciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n at most on one item</source>
        <translation>
            <numerusform>%n como máximo por opción</numerusform>
            <numerusform>%n como máximo por opción</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items on the ballot</source>
        <translation>
            <numerusform>%n opción en la papeleta</numerusform>
            <numerusform>%n opciones en la papeleta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For each item, count the hands at each level. %n people are present.</source>
        <translation>
            <numerusform>Para cada opción, cuente las manos alzadas en cada nivel. Hay %n persona presente.</numerusform>
            <numerusform>Para cada opción, cuente las manos alzadas en cada nivel. Hay %n personas presentes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For each item, count the raised hands. %n people are present.</source>
        <translation>
            <numerusform>Para cada opción, cuente las manos alzadas. Hay %n persona presente.</numerusform>
            <numerusform>Para cada opción, cuente las manos alzadas. Hay %n personas presentes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every count fits the %n people present.</source>
        <translation>
            <numerusform>Todos los recuentos cuadran con la %n persona presente.</numerusform>
            <numerusform>Todos los recuentos cuadran con las %n personas presentes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>reading %n contributions…</source>
        <translation>
            <numerusform>leyendo %n intervención…</numerusform>
            <numerusform>leyendo %n intervenciones…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contri&amp;butions at this point (%n) — double-click quotes one</source>
        <translation>
            <numerusform>&amp;Intervenciones en este punto (%n) — doble clic para citar una</numerusform>
            <numerusform>&amp;Intervenciones en este punto (%n) — doble clic para citar una</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phones joined</source>
        <translation>
            <numerusform>%n móvil conectado</numerusform>
            <numerusform>%n móviles conectados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inbox: %n waiting</source>
        <translation>
            <numerusform>Bandeja de entrada: %n pendiente</numerusform>
            <numerusform>Bandeja de entrada: %n pendientes</numerusform>
        </translation>
    </message>
</context>
</TS>
