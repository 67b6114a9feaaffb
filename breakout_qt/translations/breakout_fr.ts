<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Balance</name>
    <message>
        <source>Nobody on the roster yet.</source>
        <translation>La liste des participants est encore vide.</translation>
    </message>
    <message>
        <source>speaking time</source>
        <translation>temps de parole</translation>
    </message>
    <message>
        <source>share present</source>
        <translation>part des présents</translation>
    </message>
    <message>
        <source>bars 0–%1%</source>
        <translation>barres 0–%1&#xa0;%</translation>
    </message>
    <message>
        <source>Speaking balance</source>
        <translation>Équilibre des temps de parole</translation>
    </message>
    <message>
        <source>Show speaking balance by</source>
        <translation>Afficher l&apos;équilibre des temps de parole par</translation>
    </message>
    <message>
        <source>Speaking time by %1</source>
        <translation>Temps de parole par %1</translation>
    </message>
    <message>
        <source>Speaking so far</source>
        <translation>Temps de parole à ce stade</translation>
    </message>
    <message>
        <source>Balance nudges</source>
        <translation>Signaux d&apos;équilibre</translation>
    </message>
    <message>
        <source>No session open.</source>
        <translation>Aucune séance ouverte.</translation>
    </message>
    <message>
        <source>Speaking balance: no session open.</source>
        <translation>Équilibre des temps de parole : aucune séance ouverte.</translation>
    </message>
    <message>
        <source>Nobody has spoken yet.</source>
        <translation>Personne n&apos;a encore pris la parole.</translation>
    </message>
    <message>
        <source>Hints appear after %1 of speaking.</source>
        <translation>Les signaux apparaissent après %1 de prises de parole.</translation>
    </message>
    <message>
        <source>No group is far above or below its share of the room.</source>
        <translation>Aucun groupe ne s&apos;écarte nettement de sa part dans la salle.</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Groupe de parties prenantes</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>stakeholder group</source>
        <translation>groupe de parties prenantes</translation>
    </message>
    <message>
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>genre</translation>
    </message>
    <message>
        <source>▲ over</source>
        <translation>▲ au-dessus</translation>
    </message>
    <message>
        <source>▼ under</source>
        <translation>▼ en dessous</translation>
    </message>
    <message>
        <source>○ not heard yet</source>
        <translation>○ pas encore entendu</translation>
    </message>
    <message>
        <source>%1; more than its share.</source>
        <translation>%1 ; plus que sa part.</translation>
    </message>
    <message>
        <source>%1; less than its share.</source>
        <translation>%1 ; moins que sa part.</translation>
    </message>
    <message>
        <source>%1; not heard yet.</source>
        <translation>%1 ; pas encore entendu.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>no turns</source>
        <translation>aucune intervention</translation>
    </message>
    <message>
        <source>%1% of time · nobody present</source>
        <translation>%1&#xa0;% du temps · personne de présent</translation>
    </message>
    <message>
        <source>%1% of time · %2% of people present</source>
        <translation>%1&#xa0;% du temps · %2&#xa0;% des présents</translation>
    </message>
    <message>
        <source>%1% of time · %2% of the roster</source>
        <translation>%1&#xa0;% du temps · %2&#xa0;% des inscrits</translation>
    </message>
    <message>
        <source>%1: %2% of speaking time (%3, %4), %5, %6% of people present</source>
        <translation>%1 : %2&#xa0;% du temps de parole (%3, %4), %5, %6&#xa0;% des présents</translation>
    </message>
    <message>
        <source>%1: %2% of speaking time (%3, %4), %5, %6% of the roster</source>
        <translation>%1 : %2&#xa0;% du temps de parole (%3, %4), %5, %6&#xa0;% des inscrits</translation>
    </message>
    <message>
        <source>Speaking balance by %1, this point: %2 of speaking in %3; %4.</source>
        <translation>Équilibre des temps de parole par %1, pour ce point : %2 de prises de parole en %3 ; %4.</translation>
    </message>
    <message>
        <source>Speaking balance by %1, all points: %2 of speaking in %3; %4.</source>
        <translation>Équilibre des temps de parole par %1, pour tous les points : %2 de prises de parole en %3 ; %4.</translation>
    </message>
    <message>
        <source>Nudges: %1.</source>
        <translation>Signaux : %1.</translation>
    </message>
    <message>
        <source>This point</source>
        <translation>Ce point</translation>
    </message>
    <message>
        <source>All points</source>
        <translation>Tous les points</translation>
    </message>
    <message>
        <source>%1: %2 in %3 · %4</source>
        <translation>%1 : %2 en %3 · %4</translation>
    </message>
</context>
<context>
    <name>Ballot</name>
    <message>
        <source>Item</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>One dot fewer for %1</source>
        <translation>Une gommette de moins pour « %1 »</translation>
    </message>
    <message>
        <source>Dots on %1</source>
        <translation>Gommettes sur « %1 »</translation>
    </message>
    <message>
        <source>One dot more for %1</source>
        <translation>Une gommette de plus pour « %1 »</translation>
    </message>
    <message>
        <source>All your dots are placed; take one back with − to move it.</source>
        <translation>Toutes vos gommettes sont placées ; retirez-en une avec − pour la déplacer.</translation>
    </message>
    <message>
        <source>This item has no dots to take back.</source>
        <translation>Cette option n’a aucune gommette à retirer.</translation>
    </message>
    <message>
        <source>not available now</source>
        <translation>indisponible pour le moment</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 pour « %2 »</translation>
    </message>
    <message>
        <source>Tap every item you can support</source>
        <translation>Touchez chaque option que vous pouvez soutenir</translation>
    </message>
    <message>
        <source>Tap items in your order of preference; tap again to remove</source>
        <translation>Touchez les options dans votre ordre de préférence ; touchez à nouveau pour retirer</translation>
    </message>
    <message>
        <source>Give every item a level, from 0 %1 to 5 %2</source>
        <translation>Donnez un niveau à chaque option, de 0 « %1 » à 5 « %2 »</translation>
    </message>
    <message>
        <source>Give every item a grade, from %1 to %2</source>
        <translation>Attribuez une mention à chaque option, de « %1 » à « %2 »</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>&amp;Jump to Point…</source>
        <translation>&amp;Aller au point…</translation>
    </message>
    <message>
        <source>&amp;Edit Point…</source>
        <translation>&amp;Modifier le point…</translation>
    </message>
    <message>
        <source>&amp;Add Point…</source>
        <translation>A&amp;jouter un point…</translation>
    </message>
    <message>
        <source>Agenda — Enter jumps, Alt+↑/↓ moves</source>
        <translation>Ordre du jour — Entrée pour y aller, Alt+↑/↓ pour déplacer</translation>
    </message>
    <message>
        <source>Untitled session</source>
        <translation>Séance sans titre</translation>
    </message>
    <message>
        <source>Unattributed</source>
        <translation>Non attribuée</translation>
    </message>
    <message>
        <source>Kind: Comment</source>
        <translation>Type : commentaire</translation>
    </message>
    <message>
        <source>Kind: Question</source>
        <translation>Type : question</translation>
    </message>
    <message>
        <source>Kind: Proposal</source>
        <translation>Type : proposition</translation>
    </message>
    <message>
        <source>Kind: Concern</source>
        <translation>Type : préoccupation</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Préoccupation</translation>
    </message>
    <message>
        <source>select a contribution in the list first</source>
        <translation>Sélectionnez d&apos;abord une intervention dans la liste.</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>&amp;Saisir</translation>
    </message>
    <message>
        <source>Choose &amp;Speaker</source>
        <translation>&amp;Choisir l&apos;orateur</translation>
    </message>
    <message>
        <source>Mark / Unmark &amp;Proposal</source>
        <translation>Marquer / démarquer comme &amp;proposition</translation>
    </message>
    <message>
        <source>Mark / Unmark P&amp;rivate</source>
        <translation>Marquer / démarquer comme p&amp;rivée</translation>
    </message>
    <message>
        <source>&amp;Delete Contribution</source>
        <translation>Supprimer l&apos;&amp;intervention</translation>
    </message>
    <message>
        <source>Capture status</source>
        <translation>État de la saisie</translation>
    </message>
    <message>
        <source>Co&amp;ntributions — newest first; F2 edits, Ctrl+M proposal, Ctrl+P private, Delete</source>
        <translation>&amp;Interventions — les plus récentes d&apos;abord ; F2 modifier, Ctrl+M proposition, Ctrl+P privée, Suppr</translation>
    </message>
    <message>
        <source>Who said it</source>
        <translation>Auteur de l&apos;intervention</translation>
    </message>
    <message>
        <source>Wh&amp;o:</source>
        <translation>&amp;Qui :</translation>
    </message>
    <message>
        <source>Contributions at this point, newest first</source>
        <translation>Interventions sur ce point, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>start a point first (F6); contributions belong to a point</source>
        <translation>Commencez d&apos;abord un point (F6) : chaque intervention se rattache à un point.</translation>
    </message>
    <message>
        <source>Saved: %1 by %2</source>
        <translation>Enregistré : %1 (%2)</translation>
    </message>
    <message>
        <source>Private: kept in the file, never on the shared screen or in an export</source>
        <translation>Privée : conservée dans le fichier, jamais affichée à l&apos;écran de la salle ni exportée</translation>
    </message>
    <message>
        <source>No longer private: it goes into exports again</source>
        <translation>N&apos;est plus privée : elle figurera de nouveau dans les exports</translation>
    </message>
    <message>
        <source>&amp;Start / Pause Point</source>
        <translation>&amp;Démarrer / suspendre le point</translation>
    </message>
    <message>
        <source>En&amp;d Point</source>
        <translation>&amp;Clore le point</translation>
    </message>
    <message>
        <source>&amp;Next Point</source>
        <translation>Point &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Previous Point</source>
        <translation>Point &amp;précédent</translation>
    </message>
    <message>
        <source>Current question</source>
        <translation>Question en cours</translation>
    </message>
    <message>
        <source>Prompt notes</source>
        <translation>Notes d&apos;animation</translation>
    </message>
    <message>
        <source>No point started yet. Select one in the agenda and press Enter, or press F6.</source>
        <translation>Aucun point n&apos;a encore commencé. Sélectionnez-en un dans l&apos;ordre du jour et appuyez sur Entrée, ou appuyez sur F6.</translation>
    </message>
    <message>
        <source>Point %1 of %2 · %3 min time-box</source>
        <translation>Point %1 sur %2 · temps imparti : %3 min</translation>
    </message>
    <message>
        <source>Point %1 of %2 · %3 min time-box · done</source>
        <translation>Point %1 sur %2 · temps imparti : %3 min · terminé</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>Ordre du &amp;jour</translation>
    </message>
    <message>
        <source>Par&amp;ticipants</source>
        <translation>Par&amp;ticipants</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <source>Add &amp;Late Arrival…</source>
        <translation>Ajouter un participant arrivé en &amp;retard…</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Someone arriving? Type a name, Enter</source>
        <translation>Une arrivée ? Saisissez un nom, puis Entrée</translation>
    </message>
    <message>
        <source>Add a late arrival</source>
        <translation>Ajouter un participant arrivé en retard</translation>
    </message>
    <message>
        <source>Participants — Space checks in, Enter edits</source>
        <translation>Participants — Espace pour pointer la présence, Entrée pour modifier</translation>
    </message>
    <message>
        <source>&amp;Add Speaker…</source>
        <translation>&amp;Ajouter un orateur…</translation>
    </message>
    <message>
        <source>&amp;Next Speaker</source>
        <translation>Orateur &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;End Turn</source>
        <translation>&amp;Fin de l&apos;intervention</translation>
    </message>
    <message>
        <source>&amp;Withdraw Selected</source>
        <translation>&amp;Retirer l&apos;orateur sélectionné</translation>
    </message>
    <message>
        <source>Add to queue: type a name, Enter</source>
        <translation>Inscrire un orateur : saisissez un nom, puis Entrée</translation>
    </message>
    <message>
        <source>Add a speaker to the queue</source>
        <translation>Inscrire un orateur sur la liste</translation>
    </message>
    <message>
        <source>Next speaker (F8)</source>
        <translation>Orateur suivant (F8)</translation>
    </message>
    <message>
        <source>End turn (F9)</source>
        <translation>Fin de l&apos;intervention (F9)</translation>
    </message>
    <message>
        <source>Spea&amp;king queue</source>
        <translation>&amp;Liste des orateurs</translation>
    </message>
    <message>
        <source>start a point first (F6), then take names for its queue</source>
        <translation>Commencez d&apos;abord un point (F6), puis inscrivez les orateurs.</translation>
    </message>
    <message>
        <source>nobody has the floor</source>
        <translation>Personne n&apos;a la parole.</translation>
    </message>
    <message>
        <source>select a waiting speaker in the queue to withdraw</source>
        <translation>Sélectionnez dans la liste l&apos;orateur en attente à retirer.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Edit point</source>
        <translation>Modifier le point</translation>
    </message>
    <message>
        <source>New point</source>
        <translation>Nouveau point</translation>
    </message>
    <message>
        <source>Point text</source>
        <translation>Texte du point</translation>
    </message>
    <message>
        <source>Prompt notes for the facilitator</source>
        <translation>Notes d&apos;animation pour la facilitation</translation>
    </message>
    <message>
        <source>Time-box in minutes</source>
        <translation>Temps imparti en minutes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Question :</translation>
    </message>
    <message>
        <source>&amp;Notes (never on the shared screen):</source>
        <translation>&amp;Notes (jamais à l&apos;écran de la salle) :</translation>
    </message>
    <message>
        <source>&amp;Time-box:</source>
        <translation>&amp;Temps imparti :</translation>
    </message>
    <message>
        <source>Session settings</source>
        <translation>Paramètres de la séance</translation>
    </message>
    <message>
        <source>&amp;Chatham House Rule: no names on the shared screen or in exports</source>
        <translation>Règle de &amp;Chatham House : aucun nom à l&apos;écran de la salle ni dans les exports</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Facilitation :</translation>
    </message>
    <message>
        <source>&amp;Rapporteur:</source>
        <translation>&amp;Rapporteur :</translation>
    </message>
    <message>
        <source>&amp;Default time-box:</source>
        <translation>&amp;Durée par défaut :</translation>
    </message>
    <message>
        <source>What to correct</source>
        <translation>À corriger</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>Dé&amp;but :</translation>
    </message>
    <message>
        <source>Leave unticked to take the time the first point started</source>
        <translation>Laisser décoché pour retenir l&apos;heure à laquelle le premier point a commencé</translation>
    </message>
    <message>
        <source>When the breakout starts, in its time zone</source>
        <translation>Début de la séance, dans son fuseau horaire</translation>
    </message>
    <message>
        <source>Time zone of the breakout</source>
        <translation>Fuseau horaire de la séance</translation>
    </message>
    <message>
        <source>This computer&apos;s zone (%1)</source>
        <translation>Fuseau de cet ordinateur (%1)</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Fuseau &amp;horaire :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <source>Stakeholder &amp;group:</source>
        <translation>&amp;Groupe de parties prenantes :</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région :</translation>
    </message>
    <message>
        <source>G&amp;ender:</source>
        <translation>G&amp;enre :</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>&amp;May be named in the report</source>
        <translation>&amp;Peut être cité nommément dans le rapport</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>FileFlows</name>
    <message>
        <source>&amp;Not Now</source>
        <translation>&amp;Pas maintenant</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Ouvrir une séance</translation>
    </message>
    <message>
        <source>Breakout sessions (*.breakout);;All files (*)</source>
        <translation>Séances Breakout (*.breakout);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Briefing note</source>
        <translation>Note d&apos;information</translation>
    </message>
    <message>
        <source>Briefing notes (*.txt *.md *.markdown);;All files (*)</source>
        <translation>Notes d&apos;information (*.txt *.md *.markdown);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save the new session as</source>
        <translation>Enregistrer la nouvelle séance sous</translation>
    </message>
    <message>
        <source>Breakout sessions (*.breakout)</source>
        <translation>Séances Breakout (*.breakout)</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>Everything is saved in %1</source>
        <translation>Tout est enregistré dans %1</translation>
    </message>
    <message>
        <source>Copy saved as %1; you are still working in %2</source>
        <translation>Copie enregistrée sous %1 ; vous travaillez toujours dans %2</translation>
    </message>
    <message>
        <source>Exported: %1</source>
        <translation>Exporté : %1</translation>
    </message>
    <message>
        <source>Import roster</source>
        <translation>Importer la liste des participants</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Roster imported: %1, %2</source>
        <translation>Liste des participants importée : %1, %2</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>comment</source>
        <translation>commentaire</translation>
    </message>
    <message>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <source>proposal</source>
        <translation>proposition</translation>
    </message>
    <message>
        <source>concern</source>
        <translation>préoccupation</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>How to vote</source>
        <translation>Comment voter</translation>
    </message>
    <message>
        <source>Your ballot so far</source>
        <translation>Votre bulletin jusqu’ici</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Back to the start; nothing is stored</source>
        <translation>Retour au début ; rien n’est enregistré</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Review my vote</source>
        <translation>Vérifier mon vote</translation>
    </message>
    <message>
        <source>Your voting code</source>
        <translation>Votre code de vote</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>That code is not known. Check the code on your card and try again.</source>
        <translation>Ce code est inconnu. Vérifiez le code inscrit sur votre carte et réessayez.</translation>
    </message>
    <message>
        <source>This code has already voted in this round. Each person votes once.</source>
        <translation>Ce code a déjà voté dans ce tour. Chaque personne vote une seule fois.</translation>
    </message>
    <message>
        <source>You have already voted in this round. Each person votes once.</source>
        <translation>Vous avez déjà voté dans ce tour. Chaque personne vote une seule fois.</translation>
    </message>
    <message>
        <source>Type the code from your card first.</source>
        <translation>Saisissez d’abord le code inscrit sur votre carte.</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Search names</source>
        <translation>Rechercher un nom</translation>
    </message>
    <message>
        <source>Type to find your name</source>
        <translation>Tapez pour trouver votre nom</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Voting has not opened yet</source>
        <translation>Le vote n’est pas encore ouvert</translation>
    </message>
    <message>
        <source>Voting has closed</source>
        <translation>Le vote est clos</translation>
    </message>
    <message>
        <source>Type the code from your card</source>
        <translation>Saisissez le code inscrit sur votre carte</translation>
    </message>
    <message>
        <source>Your code lets you vote once. Your ballot is stored without your name.</source>
        <translation>Votre code vous permet de voter une fois. Votre bulletin est enregistré sans votre nom.</translation>
    </message>
    <message>
        <source>Your code lets you vote once. No name is shown on this screen.</source>
        <translation>Votre code vous permet de voter une fois. Aucun nom n’est affiché sur cet écran.</translation>
    </message>
    <message>
        <source>Tap your name to vote</source>
        <translation>Touchez votre nom pour voter</translation>
    </message>
    <message>
        <source>Not on the list? Ask the facilitator to check you in.</source>
        <translation>Vous n’êtes pas dans la liste ? Demandez à l’animateur d’enregistrer votre présence.</translation>
    </message>
    <message>
        <source>Vote as %1</source>
        <translation>Voter en tant que %1</translation>
    </message>
    <message>
        <source>Everyone checked in has voted</source>
        <translation>Toutes les personnes présentes ont voté</translation>
    </message>
    <message>
        <source>Several names match; type more of yours, or tap it.</source>
        <translation>Plusieurs noms correspondent ; tapez davantage de votre nom, ou touchez-le.</translation>
    </message>
    <message>
        <source>Voting kiosk</source>
        <translation>Borne de vote</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Tour</translation>
    </message>
    <message>
        <source>%1  ·  %2, secret ballot</source>
        <translation>%1  ·  %2, vote à bulletin secret</translation>
    </message>
    <message>
        <source>%1  ·  %2, named vote</source>
        <translation>%1  ·  %2, vote nominatif</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Thank you — your vote is in</source>
        <translation>Merci — votre vote est enregistré</translation>
    </message>
    <message>
        <source>Check your vote</source>
        <translation>Vérifiez votre vote</translation>
    </message>
    <message>
        <source>Check your vote, then confirm</source>
        <translation>Vérifiez votre vote, puis confirmez</translation>
    </message>
    <message>
        <source>Change my vote</source>
        <translation>Modifier mon vote</translation>
    </message>
    <message>
        <source>Confirm my vote</source>
        <translation>Confirmer mon vote</translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation>Votre choix</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Merci</translation>
    </message>
    <message>
        <source>Breakout — voting kiosk</source>
        <translation>Breakout — borne de vote</translation>
    </message>
    <message>
        <source>Voting kiosk window</source>
        <translation>Fenêtre de la borne de vote</translation>
    </message>
    <message>
        <source>The ballot is empty; choose at least one item.</source>
        <translation>Le bulletin est vide ; choisissez au moins une option.</translation>
    </message>
    <message>
        <source>Give every item a level on the agreement scale.</source>
        <translation>Donnez un niveau à chaque option sur l’échelle d’accord.</translation>
    </message>
    <message>
        <source>Give every item a grade.</source>
        <translation>Attribuez une mention à chaque option.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Lan&amp;gue</translation>
    </message>
    <message>
        <source>As the Console</source>
        <translation>Comme la console</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>&amp;Room&apos;s Screen</source>
        <translation>Écran de la &amp;salle</translation>
    </message>
    <message>
        <source>Room&apos;s Screen, &amp;Second Language</source>
        <translation>Écran de la salle, &amp;deuxième langue</translation>
    </message>
    <message>
        <source>&amp;Kiosk</source>
        <translation>&amp;Borne de vote</translation>
    </message>
    <message>
        <source>Breakout speaks %1 from its next start.</source>
        <translation>Breakout parlera %1 à son prochain démarrage.</translation>
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
        <translation>Ouvrez une séance (Ctrl+O) ou créez-en une à partir d&apos;une note d&apos;information (Ctrl+N).</translation>
    </message>
    <message>
        <source>%1 — Breakout</source>
        <translation>%1 — Breakout</translation>
    </message>
    <message>
        <source>&amp;Run the session</source>
        <translation>Dé&amp;roulement de la séance</translation>
    </message>
    <message>
        <source>Recommen&amp;dations</source>
        <translation>Recomma&amp;ndations</translation>
    </message>
    <message>
        <source>&amp;Vote</source>
        <translation>&amp;Vote</translation>
    </message>
    <message>
        <source>Outco&amp;me</source>
        <translation>Rés&amp;ultats</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <source>&amp;New from Briefing…</source>
        <translation>&amp;Nouvelle séance à partir d&apos;une note d&apos;information…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Import Roster…</source>
        <translation>&amp;Importer la liste des participants…</translation>
    </message>
    <message>
        <source>Session &amp;Settings…</source>
        <translation>&amp;Paramètres de la séance…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Shared Screen</source>
        <translation>Écran de la &amp;salle</translation>
    </message>
    <message>
        <source>Shared Screen &amp;Light/Dark</source>
        <translation>Écran de la salle &amp;clair/sombre</translation>
    </message>
    <message>
        <source>&amp;Run the Session</source>
        <translation>&amp;Déroulement de la séance</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Résultats</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Point</source>
        <translation>&amp;Point</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Orateurs</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>&amp;Saisie</translation>
    </message>
    <message>
        <source>Peop&amp;le</source>
        <translation>Parti&amp;cipants</translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>speaking %1</source>
        <translation>au micro %1</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Time-box</source>
        <translation>Temps imparti</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Point %1: %2, %3 minutes</source>
        <translation>Point %1 : %2, %3 minutes</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orateur</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>Private (Ctrl+P): kept in the file, never on the shared screen or in an export.</source>
        <translation>Privée (Ctrl+P) : conservée dans le fichier, jamais affichée à l&apos;écran de la salle ni exportée.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <source>%1 · private</source>
        <translation>%1 · privée</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <source>%1 (private) by %2: %3</source>
        <translation>%1, privée (%2) : %3</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>present</source>
        <translation>présent</translation>
    </message>
    <message>
        <source>not checked in</source>
        <translation>présence non pointée</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Time left on this point</source>
        <translation>Temps restant pour ce point</translation>
    </message>
    <message>
        <source>No point running</source>
        <translation>Aucun point en cours</translation>
    </message>
    <message>
        <source>Clock state</source>
        <translation>État du chronomètre</translation>
    </message>
    <message>
        <source>Session clock</source>
        <translation>Horloge de la séance</translation>
    </message>
    <message>
        <source>Share of the time-box used</source>
        <translation>Part du temps imparti écoulée</translation>
    </message>
    <message>
        <source>No point started — F6 starts the first</source>
        <translation>Aucun point commencé — F6 lance le premier</translation>
    </message>
    <message>
        <source>%1 (paused — F6 resumes)</source>
        <translation>%1 (en pause — F6 pour reprendre)</translation>
    </message>
    <message>
        <source>%1 (F6 starts)</source>
        <translation>%1 (F6 pour commencer)</translation>
    </message>
    <message>
        <source>Agenda %1 of %2 · %3 over</source>
        <translation>Ordre du jour : %1 sur %2 · %3 de dépassement</translation>
    </message>
    <message>
        <source>Agenda %1 of %2 · %3 left</source>
        <translation>Ordre du jour : %1 sur %2 · %3 restantes</translation>
    </message>
    <message>
        <source>Contribution text</source>
        <translation>Texte de l&apos;intervention</translation>
    </message>
    <message>
        <source>Type what is said — Enter saves, Shift+Enter for a new line, Ctrl+1…4 sets the kind</source>
        <translation>Saisissez ce qui est dit — Entrée enregistre, Maj+Entrée pour un saut de ligne, Ctrl+1…4 choisit le type</translation>
    </message>
    <message>
        <source>Speaking queue</source>
        <translation>Liste des orateurs</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>As the console</source>
        <translation>Comme la console</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>The console&apos;s language applies when Breakout next starts; the room&apos;s screen changes at once, the kiosk from the next round it opens.</source>
        <translation>La langue de la console s&apos;applique au prochain démarrage de Breakout ; l&apos;écran de la salle change immédiatement, la borne de vote à partir du prochain tour de scrutin qu&apos;elle ouvre.</translation>
    </message>
    <message>
        <source>&amp;Console language:</source>
        <translation>Langue de la &amp;console :</translation>
    </message>
    <message>
        <source>&amp;Room&apos;s screen:</source>
        <translation>Écran de la &amp;salle :</translation>
    </message>
    <message>
        <source>Room&apos;s screen, &amp;second language:</source>
        <translation>Écran de la salle, &amp;deuxième langue :</translation>
    </message>
    <message>
        <source>&amp;Kiosk:</source>
        <translation>&amp;Borne de vote :</translation>
    </message>
    <message>
        <source>Breakout speaks %1 from its next start.</source>
        <translation>Breakout parlera %1 à son prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>Room</name>
    <message>
        <source>Breakout — shared screen</source>
        <translation>Breakout — écran de la salle</translation>
    </message>
    <message>
        <source>Shared screen</source>
        <translation>Écran de la salle</translation>
    </message>
    <message>
        <source>Session title</source>
        <translation>Titre de la séance</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Time left in words</source>
        <translation>Temps restant en toutes lettres</translation>
    </message>
    <message>
        <source>Speaking now</source>
        <translation>Prend la parole</translation>
    </message>
    <message>
        <source>Next speakers</source>
        <translation>Prochains orateurs</translation>
    </message>
    <message>
        <source>Live view</source>
        <translation>Vue en direct</translation>
    </message>
    <message>
        <source>Starting soon</source>
        <translation>Début imminent</translation>
    </message>
    <message>
        <source>Vote at the kiosk with the code on your card</source>
        <translation>Votez à la borne avec le code inscrit sur votre carte</translation>
    </message>
    <message>
        <source>Vote at the kiosk: tap your name there</source>
        <translation>Votez à la borne : touchez-y votre nom</translation>
    </message>
    <message>
        <source>Time used</source>
        <translation>Temps écoulé</translation>
    </message>
    <message>
        <source>nearly up</source>
        <translation>presque écoulé</translation>
    </message>
    <message>
        <source>over time</source>
        <translation>temps dépassé</translation>
    </message>
    <message>
        <source>%1 % used</source>
        <translation>%1 % écoulé</translation>
    </message>
    <message>
        <source>Voting under way</source>
        <translation>Vote en cours</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Tour</translation>
    </message>
    <message>
        <source>How many have voted</source>
        <translation>Nombre de votants</translation>
    </message>
    <message>
        <source>Where to vote</source>
        <translation>Où voter</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Blocages</translation>
    </message>
    <message>
        <source>How it was counted</source>
        <translation>Méthode de décompte</translation>
    </message>
    <message>
        <source>Results · %1</source>
        <translation>Résultats · %1</translation>
    </message>
    <message>
        <source>Blocked by at least one person: %1</source>
        <translation>Bloqué par au moins une personne : %1</translation>
    </message>
    <message>
        <source>Point %1 of %2</source>
        <translation>Point %1 sur %2</translation>
    </message>
    <message>
        <source>1 min %1</source>
        <translation>1 min %1</translation>
    </message>
    <message>
        <source>Point closed</source>
        <translation>Point clos</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>Temps restant : %1</translation>
    </message>
    <message>
        <source>Time&apos;s up</source>
        <translation>Temps écoulé</translation>
    </message>
    <message>
        <source>Over by %1</source>
        <translation>Dépassement : %1</translation>
    </message>
    <message>
        <source>%1 · paused</source>
        <translation>%1 · en pause</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orateur</translation>
    </message>
    <message>
        <source>Speaker %1</source>
        <translation>Orateur %1</translation>
    </message>
    <message>
        <source>Speaking: %1</source>
        <translation>À la parole : %1</translation>
    </message>
    <message>
        <source>Raise your hand to speak</source>
        <translation>Levez la main pour prendre la parole</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Ensuite : %1</translation>
    </message>
    <message>
        <source>Voting has not opened yet</source>
        <translation>Le vote n’est pas encore ouvert</translation>
    </message>
</context>
<context>
    <name>Voting</name>
    <message>
        <source>Dot voting</source>
        <translation>Vote par gommettes</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Vote par approbation</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Classement</translation>
    </message>
    <message>
        <source>Agreement scale</source>
        <translation>Échelle d’accord</translation>
    </message>
    <message>
        <source>Majority judgment</source>
        <translation>Jugement majoritaire</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blocage</translation>
    </message>
    <message>
        <source>Serious concerns</source>
        <translation>Fortes réserves</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Réserves</translation>
    </message>
    <message>
        <source>Can live with it</source>
        <translation>Acceptable</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soutien</translation>
    </message>
    <message>
        <source>Full support</source>
        <translation>Plein soutien</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>À rejeter</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Insuffisant</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Passable</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>Très bien</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>Excellent</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message numerus="yes">
        <source>%1 of %n supported</source>
        <translation>
            <numerusform>Soutenues : %1 sur %n</numerusform>
            <numerusform>Soutenues : %1 sur %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n dots on one item.</source>
        <translation>
            <numerusform>Au plus %n gommette par option.</numerusform>
            <numerusform>Au plus %n gommettes par option.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n dots left</source>
        <translation>
            <numerusform>Gommettes restantes : %1 sur %n</numerusform>
            <numerusform>Gommettes restantes : %1 sur %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n items have a grade</source>
        <translation>
            <numerusform>Options notées : %1 sur %n</numerusform>
            <numerusform>Options notées : %1 sur %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You can rank up to %n items; tap one to take it back.</source>
        <translation>
            <numerusform>Vous pouvez classer jusqu’à %n option ; touchez-en une pour la retirer.</numerusform>
            <numerusform>Vous pouvez classer jusqu’à %n options ; touchez-en une pour la retirer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n ranked</source>
        <translation>
            <numerusform>Classées : %1 sur %n</numerusform>
            <numerusform>Classées : %1 sur %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n items have a level</source>
        <translation>
            <numerusform>Options avec un niveau : %1 sur %n</numerusform>
            <numerusform>Options avec un niveau : %1 sur %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n (a place in a ranking)</source>
        <translation>
            <numerusform>%ner</numerusform>
            <numerusform>%ne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Place up to %n dots, at most %1 on one item</source>
        <translation>
            <numerusform>Placez jusqu’à %n gommette, au plus %1 par option</numerusform>
            <numerusform>Placez jusqu’à %n gommettes, au plus %1 par option</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tap items in your order of preference (up to %n); tap again to remove</source>
        <translation>
            <numerusform>Touchez les options dans votre ordre de préférence (jusqu’à %n) ; touchez à nouveau pour retirer</numerusform>
            <numerusform>Touchez les options dans votre ordre de préférence (jusqu’à %n) ; touchez à nouveau pour retirer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dots</source>
        <translation>
            <numerusform>%n gommette</numerusform>
            <numerusform>%n gommettes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n dots not used)</source>
        <translation>
            <numerusform>(%n gommette non utilisée)</numerusform>
            <numerusform>(%n gommettes non utilisées)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You support %n of %1 items.</source>
        <translation>
            <numerusform>Vous soutenez %n option sur %1.</numerusform>
            <numerusform>Vous soutenez %n options sur %1.</numerusform>
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
            <numerusform>(+%n autre)</numerusform>
            <numerusform>(+%n autres)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Voting has closed: %n of %1 voted</source>
        <translation>
            <numerusform>Le vote est clos : %n votant sur %1</numerusform>
            <numerusform>Le vote est clos : %n votants sur %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Voting has closed: %n voted</source>
        <translation>
            <numerusform>Le vote est clos : %n votant</numerusform>
            <numerusform>Le vote est clos : %n votants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Voting: %n of %1 have voted</source>
        <translation>
            <numerusform>Vote : %n sur %1 a voté</numerusform>
            <numerusform>Vote : %n sur %1 ont voté</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Voting: %n have voted</source>
        <translation>
            <numerusform>Vote : %n personne a voté</numerusform>
            <numerusform>Vote : %n personnes ont voté</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n voted (%2 turnout)</source>
        <translation>
            <numerusform>Votants : %1 sur %n (participation : %2)</numerusform>
            <numerusform>Votants : %1 sur %n (participation : %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n points</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min planned</source>
        <translation>
            <numerusform>%n min prévue</numerusform>
            <numerusform>%n min prévues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participants</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contributions</source>
        <translation>
            <numerusform>%n intervention</numerusform>
            <numerusform>%n interventions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recommendations</source>
        <translation>
            <numerusform>%n recommandation</numerusform>
            <numerusform>%n recommandations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n points on the agenda</source>
        <translation>
            <numerusform>%n point à l&apos;ordre du jour</numerusform>
            <numerusform>%n points à l&apos;ordre du jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n checked in</source>
        <translation>
            <numerusform>Présents : %1 sur %n</numerusform>
            <numerusform>Présents : %1 sur %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n participant ajouté</numerusform>
            <numerusform>%n participants ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n fiche mise à jour</numerusform>
            <numerusform>%n fiches mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n turns</source>
        <translation>
            <numerusform>%n intervention</numerusform>
            <numerusform>%n interventions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n present</source>
        <translation>
            <numerusform>%n présent</numerusform>
            <numerusform>%n présents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>nobody checked in yet, so shares are of the %n on the roster</source>
        <translation>
            <numerusform>aucune présence pointée pour l&apos;instant : les parts portent sur %n inscrit</numerusform>
            <numerusform>aucune présence pointée pour l&apos;instant : les parts portent sur les %n inscrits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 in %3.
Nobody checked in yet: shares are of the %n on the roster.</source>
        <translation>
            <numerusform>%1 : %2 en %3.
Aucune présence pointée : les parts portent sur %n inscrit.</numerusform>
            <numerusform>%1 : %2 en %3.
Aucune présence pointée : les parts portent sur les %n inscrits.</numerusform>
        </translation>
    </message>
</context>
</TS>
