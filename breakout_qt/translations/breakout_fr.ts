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
    <name>Board</name>
    <message>
        <source>&amp;Suggest groups (Ctrl+G)</source>
        <translation>&amp;Suggérer des groupes (Ctrl+G)</translation>
    </message>
    <message>
        <source>&amp;Accept all suggestions</source>
        <translation>&amp;Accepter toutes les suggestions</translation>
    </message>
    <message>
        <source>Grouping status</source>
        <translation>État du regroupement</translation>
    </message>
    <message>
        <source>Recommendations by group</source>
        <translation>Recommandations par groupe</translation>
    </message>
    <message>
        <source>Choose a group to word its recommendation</source>
        <translation>Choisissez un groupe pour rédiger sa recommandation</translation>
    </message>
    <message>
        <source>The group&apos;s consolidated recommendation</source>
        <translation>Recommandation consolidée du groupe</translation>
    </message>
    <message>
        <source>Write the recommendation this group puts to the vote. Ctrl+Enter saves.</source>
        <translation>Rédigez la recommandation que ce groupe soumet au vote. Ctrl+Entrée pour enregistrer.</translation>
    </message>
    <message>
        <source>Save w&amp;ording (Ctrl+Enter)</source>
        <translation>&amp;Enregistrer le libellé (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Possible duplicates: Enter merges the pair</source>
        <translation>Doublons possibles : Entrée fusionne la paire</translation>
    </message>
    <message>
        <source>Enter accepts a suggested group · Delete dissolves a group or withdraws a proposal · F2 renames or rewords · Ctrl+Shift+M moves the selection to a group · Ctrl+Shift+J merges this group into another · Ctrl+Shift+K splits the selection off · Ctrl+Shift+D merges selected proposals as duplicates · Alt+↑/↓ reorders</source>
        <translation>Entrée accepte un groupe suggéré · Suppr dissout un groupe ou retire une proposition · F2 renomme ou reformule · Ctrl+Maj+M déplace la sélection vers un groupe · Ctrl+Maj+J fusionne ce groupe avec un autre · Ctrl+Maj+K détache la sélection · Ctrl+Maj+D fusionne les propositions sélectionnées comme doublons · Alt+↑/↓ change l’ordre</translation>
    </message>
    <message>
        <source>Possible d&amp;uplicates — Enter merges</source>
        <translation>&amp;Doublons possibles — Entrée pour fusionner</translation>
    </message>
    <message>
        <source>Suggest Groups</source>
        <translation>Suggérer des groupes</translation>
    </message>
    <message>
        <source>Move to Group…</source>
        <translation>Déplacer vers un groupe…</translation>
    </message>
    <message>
        <source>Merge Group Into…</source>
        <translation>Fusionner le groupe avec…</translation>
    </message>
    <message>
        <source>Split Selection Off</source>
        <translation>Détacher la sélection</translation>
    </message>
    <message>
        <source>Merge Selected as Duplicates</source>
        <translation>Fusionner la sélection comme doublons</translation>
    </message>
    <message>
        <source>The group this wording was written for is gone, so it has not been saved:

%1

Discard it? (No keeps it: choose a group and press Ctrl+Enter to give it this wording.)</source>
        <translation>Le groupe pour lequel ce libellé a été rédigé n’existe plus ; il n’a donc pas été enregistré :

%1

L’abandonner ? (Non le conserve : choisissez un groupe et appuyez sur Ctrl+Entrée pour lui attribuer ce libellé.)</translation>
    </message>
    <message>
        <source>Unsaved wording</source>
        <translation>Libellé non enregistré</translation>
    </message>
    <message>
        <source>Untitled group</source>
        <translation>Groupe sans titre</translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <translation>%1 (suggéré)</translation>
    </message>
    <message>
        <source>Not saved yet: the wording for “%1”</source>
        <translation>Pas encore enregistré : le libellé pour « %1 »</translation>
    </message>
    <message>
        <source>Its group is gone, so this wording is not saved: Ctrl+Enter gives it to “%1”</source>
        <translation>Son groupe n’existe plus ; ce libellé n’est donc pas enregistré : Ctrl+Entrée l’attribue à « %1 »</translation>
    </message>
    <message>
        <source>Its group is gone, so this wording is not saved: choose a group, then Ctrl+Enter gives it this wording</source>
        <translation>Son groupe n’existe plus ; ce libellé n’est donc pas enregistré : choisissez un groupe, puis Ctrl+Entrée lui attribue ce libellé</translation>
    </message>
    <message>
        <source>%1
≈ %2  (%3 % alike)</source>
        <translation>%1
≈ %2  (similaires à %3 %)</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Groupe :</translation>
    </message>
    <message>
        <source>select one or more proposals to move</source>
        <translation>sélectionnez une ou plusieurs propositions à déplacer</translation>
    </message>
    <message>
        <source>Move to group</source>
        <translation>Déplacer vers un groupe</translation>
    </message>
    <message>
        <source>select a group to merge</source>
        <translation>sélectionnez un groupe à fusionner</translation>
    </message>
    <message>
        <source>Merge this group into</source>
        <translation>Fusionner ce groupe avec</translation>
    </message>
    <message>
        <source>select proposals of one group to split them off</source>
        <translation>sélectionnez des propositions d’un même groupe pour les détacher</translation>
    </message>
    <message>
        <source>select two or more proposals that say the same thing</source>
        <translation>sélectionnez au moins deux propositions qui disent la même chose</translation>
    </message>
    <message>
        <source>choose a group to give this wording to</source>
        <translation>choisissez le groupe auquel attribuer ce libellé</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Point %1</source>
        <translation>Point %1</translation>
    </message>
    <message>
        <source>worded</source>
        <translation>rédigé</translation>
    </message>
    <message>
        <source>No consolidated wording yet</source>
        <translation>Pas encore de libellé consolidé</translation>
    </message>
    <message>
        <source>there are fewer than two proposals outside people&apos;s groups to group</source>
        <translation>il y a moins de deux propositions hors des groupes formés par les participants : rien à regrouper</translation>
    </message>
    <message>
        <source>Reading the proposals…</source>
        <translation>Lecture des propositions…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Suggest groups</source>
        <translation>Suggérer des groupes</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>tie</source>
        <translation>ex æquo</translation>
    </message>
    <message>
        <source>Results chart</source>
        <translation>Graphique des résultats</translation>
    </message>
    <message>
        <source>%1 (tie). %2: %3</source>
        <translation>%1 (ex æquo). %2 : %3</translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <translation>%1. %2 : %3</translation>
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
    <name>ExportDialog</name>
    <message>
        <source>Page 1: the outcome (&amp;key messages, top recommendations)</source>
        <translation>Page 1&#xa0;: les résultats (messages &amp;clés, principales recommandations)</translation>
    </message>
    <message>
        <source>&amp;Background</source>
        <translation>&amp;Contexte</translation>
    </message>
    <message>
        <source>Discussion by poin&amp;t</source>
        <translation>&amp;Débat par point</translation>
    </message>
    <message>
        <source>Voting and &amp;recommendations</source>
        <translation>&amp;Vote et recommandations</translation>
    </message>
    <message>
        <source>Ne&amp;xt steps</source>
        <translation>Prochaines é&amp;tapes</translation>
    </message>
    <message>
        <source>Annex: a&amp;genda and time used</source>
        <translation>Annexe&#xa0;: &amp;ordre du jour et temps utilisé</translation>
    </message>
    <message>
        <source>Annex: partici&amp;pation charts</source>
        <translation>Annexe&#xa0;: graphiques de &amp;participation</translation>
    </message>
    <message>
        <source>Annex: part&amp;icipants (those who agreed to be named)</source>
        <translation>Annexe&#xa0;: partic&amp;ipants (ayant accepté d’être nommés)</translation>
    </message>
    <message>
        <source>Annex: every contribution (appen&amp;dix)</source>
        <translation>Annexe&#xa0;: ensemble des contri&amp;butions</translation>
    </message>
    <message>
        <source>Di&amp;sclaimer</source>
        <translation>&amp;Avertissement</translation>
    </message>
    <message>
        <source>PD&amp;F report</source>
        <translation>Rapport P&amp;DF</translation>
    </message>
    <message>
        <source>&amp;Word document (.docx)</source>
        <translation>Document &amp;Word (.docx)</translation>
    </message>
    <message>
        <source>&amp;Markdown text</source>
        <translation>Texte &amp;Markdown</translation>
    </message>
    <message>
        <source>CSV fi&amp;les (a folder)</source>
        <translation>Fichiers CS&amp;V (un dossier)</translation>
    </message>
    <message>
        <source>&amp;JSON (interchange format)</source>
        <translation>&amp;JSON (format d’échange)</translation>
    </message>
    <message>
        <source>the export failed (%1); no file was written — please report this problem</source>
        <translation>l’exportation a échoué (%1)&#xa0;; aucun fichier n’a été écrit — veuillez signaler ce problème</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Enregistrer sous&#xa0;:</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Noms</translation>
    </message>
    <message>
        <source>&amp;Named: speakers who agreed to be named appear</source>
        <translation>&amp;Nominatif&#xa0;: les intervenants ayant accepté d’être nommés apparaissent</translation>
    </message>
    <message>
        <source>&amp;Anonymous: no name or attribution anywhere</source>
        <translation>A&amp;nonyme&#xa0;: aucun nom ni aucune attribution</translation>
    </message>
    <message>
        <source>This session runs under the Chatham House Rule</source>
        <translation>Cette séance se tient selon la règle de Chatham House</translation>
    </message>
    <message>
        <source>Incl&amp;ude the facilitator&apos;s notes (named report only)</source>
        <translation>Incl&amp;ure les notes de l’animateur (rapport nominatif seulement)</translation>
    </message>
    <message>
        <source>Names of people who did not agree to be named are withheld</source>
        <translation>Les noms des personnes qui n’ont pas accepté d’être nommées sont omis</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Langue du rapport</translation>
    </message>
    <message>
        <source>The report&apos;s headings, labels and sentences; what people wrote stays as written. CSV and JSON keep their English field names.</source>
        <translation>Les titres, intitulés et phrases du rapport&#xa0;; ce que les participants ont écrit reste tel quel. Les fichiers CSV et JSON conservent leurs noms de champ en anglais.</translation>
    </message>
    <message>
        <source>&amp;Open it when it is ready</source>
        <translation>&amp;Ouvrir une fois prêt</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l’exportation</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>État de l’exportation</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Open the folder when it is ready</source>
        <translation>&amp;Ouvrir le dossier une fois prêt</translation>
    </message>
    <message>
        <source>The folder %1 exists; its CSV files will be replaced.</source>
        <translation>Le dossier %1 existe&#xa0;; ses fichiers CSV seront remplacés.</translation>
    </message>
    <message>
        <source>%1 exists; exporting replaces it.</source>
        <translation>%1 existe&#xa0;; l’exportation le remplacera.</translation>
    </message>
    <message>
        <source>Folder for the CSV files</source>
        <translation>Dossier des fichiers CSV</translation>
    </message>
    <message>
        <source>Export as %1</source>
        <translation>Exporter au format %1</translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation>Choisissez au moins une section.</translation>
    </message>
    <message>
        <source>%1 is the session file; choose another name.</source>
        <translation>%1 est le fichier de la séance&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Laying out the report…</source>
        <translation>Mise en page du rapport…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Écriture…</translation>
    </message>
    <message>
        <source>Saved. No program to open it was found; the folder is %1</source>
        <translation>Enregistré. Aucun programme permettant de l’ouvrir n’a été trouvé&#xa0;; le dossier se trouve ici&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved. No program to open it was found; the file is %1</source>
        <translation>Enregistré. Aucun programme permettant de l’ouvrir n’a été trouvé&#xa0;; le fichier se trouve ici&#xa0;: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>the export stopped unexpectedly; no file was written — try again</source>
        <translation>l’exportation s’est arrêtée de manière inattendue&#xa0;; aucun fichier n’a été écrit — réessayez</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>The export failed; no file was written.</source>
        <translation>L’exportation a échoué&#xa0;; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>Report language:</source>
        <translation>&amp;Langue du rapport&#xa0;:</translation>
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
        <source>Sessions to combine</source>
        <translation>Séances à réunir</translation>
    </message>
    <message>
        <source>Forum file: a new one, or one to add to</source>
        <translation>Fichier du forum : un nouveau, ou un existant à compléter</translation>
    </message>
    <message>
        <source>Breakout forums (*.breakout)</source>
        <translation>Forums Breakout (*.breakout)</translation>
    </message>
    <message>
        <source>Forum %1: %2, %3</source>
        <translation>Forum %1 : %2, %3</translation>
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
    <name>FileNames</name>
    <message>
        <source>PDF report</source>
        <translation>rapport PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>document Word</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <source>Markdown text</source>
        <translation>texte Markdown</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Fichiers Markdown (*.md)</translation>
    </message>
    <message>
        <source>CSV files (a folder)</source>
        <translation>fichiers CSV (un dossier)</translation>
    </message>
    <message>
        <source>Folders (*)</source>
        <translation>Dossiers (*)</translation>
    </message>
    <message>
        <source>JSON (interchange format)</source>
        <translation>JSON (format d’échange)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>InboxBox</name>
    <message>
        <source>Sent from phones</source>
        <translation>Envoyés depuis les téléphones</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>A&amp;ccepter</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>Écar&amp;ter</translation>
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
        <source>unnamed</source>
        <translation>sans nom</translation>
    </message>
    <message>
        <source>Edit what was sent</source>
        <translation>Modifier le texte envoyé</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texte :</translation>
    </message>
</context>
<context>
    <name>JoinCode</name>
    <message>
        <source>QR code of the address phones join at</source>
        <translation>Code QR de l’adresse où les téléphones se connectent</translation>
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
        <source>Com&amp;bine Sessions…</source>
        <translation>Réunir des &amp;séances…</translation>
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
        <source>&amp;Phone Participation…</source>
        <translation>Participation par &amp;téléphone…</translation>
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
    <name>Outcome</name>
    <message>
        <source>Points, and the whole session</source>
        <translation>Points, et la session dans son ensemble</translation>
    </message>
    <message>
        <source>Poin&amp;ts</source>
        <translation>&amp;Points</translation>
    </message>
    <message>
        <source>Everything here saves as you type; Edit ▸ Undo takes it back.</source>
        <translation>Tout s’enregistre au fil de la saisie ; Édition ▸ Annuler revient en arrière.</translation>
    </message>
    <message>
        <source>The point</source>
        <translation>Le point</translation>
    </message>
    <message>
        <source>Key messages of this point, one a line</source>
        <translation>Messages clés de ce point, un par ligne</translation>
    </message>
    <message>
        <source>The few things this point concluded, one a line.</source>
        <translation>Les quelques conclusions de ce point, une par ligne.</translation>
    </message>
    <message>
        <source>Summary of this point&apos;s discussion</source>
        <translation>Résumé des débats sur ce point</translation>
    </message>
    <message>
        <source>A short narrative of the discussion: who raised what, where views met or parted.</source>
        <translation>Un bref compte rendu des débats : qui a soulevé quoi, où les points de vue ont convergé ou divergé.</translation>
    </message>
    <message>
        <source>Su&amp;ggest drafts</source>
        <translation>&amp;Proposer des ébauches</translation>
    </message>
    <message>
        <source>Offer this point&apos;s most representative contributions as draft key messages</source>
        <translation>Proposer les interventions les plus représentatives de ce point comme ébauches de messages clés</translation>
    </message>
    <message>
        <source>Drafts status</source>
        <translation>État des ébauches</translation>
    </message>
    <message>
        <source>&amp;Key messages — one a line</source>
        <translation>&amp;Messages clés — un par ligne</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>&amp;Résumé</translation>
    </message>
    <message>
        <source>Key messages of the whole session, one a line</source>
        <translation>Messages clés de l’ensemble de la session, un par ligne</translation>
    </message>
    <message>
        <source>What the session as a whole concluded, one message a line.</source>
        <translation>Les conclusions de la session dans son ensemble, un message par ligne.</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <source>Who does what next, and by when.</source>
        <translation>Qui fait quoi ensuite, et dans quel délai.</translation>
    </message>
    <message>
        <source>To whom the recommendations are addressed</source>
        <translation>Destinataires des recommandations</translation>
    </message>
    <message>
        <source>Governments, the secretariat, city networks…</source>
        <translation>Gouvernements, secrétariat, réseaux de villes…</translation>
    </message>
    <message>
        <source>Key messages written for each point, read only</source>
        <translation>Messages clés rédigés pour chaque point, en lecture seule</translation>
    </message>
    <message>
        <source>The whole session</source>
        <translation>L’ensemble de la session</translation>
    </message>
    <message>
        <source>&amp;Key messages of the whole session — one a line</source>
        <translation>&amp;Messages clés de l’ensemble de la session — un par ligne</translation>
    </message>
    <message>
        <source>&amp;Next steps</source>
        <translation>Prochaines é&amp;tapes</translation>
    </message>
    <message>
        <source>T&amp;o whom the recommendations are addressed</source>
        <translation>&amp;Destinataires des recommandations</translation>
    </message>
    <message>
        <source>Key messages by point</source>
        <translation>Messages clés par point</translation>
    </message>
    <message>
        <source>Key messages, next steps, addressees</source>
        <translation>Messages clés, prochaines étapes, destinataires</translation>
    </message>
    <message>
        <source>Point %1 of %2: %3</source>
        <translation>Point %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>the point “%1” is gone, so this text written for it was not saved: %2</source>
        <translation>le point « %1 » n’existe plus ; le texte rédigé pour lui n’a donc pas été enregistré : %2</translation>
    </message>
    <message>
        <source>%1

%2

Discard it? (No keeps it here to shorten or copy.)</source>
        <translation>%1

%2

L’abandonner ? (Non le garde ici pour l’abréger ou le copier.)</translation>
    </message>
    <message>
        <source>Text not saved</source>
        <translation>Texte non enregistré</translation>
    </message>
    <message>
        <source>Not saved: %1. Your text is kept here.</source>
        <translation>Non enregistré : %1. Votre texte est conservé ici.</translation>
    </message>
    <message>
        <source>No contributions to draft from at this point yet (questions and private contributions are left out).</source>
        <translation>Aucune intervention dont s’inspirer à ce point pour l’instant (les questions et les interventions privées sont exclues).</translation>
    </message>
    <message>
        <source>Every draft is already among the key messages.</source>
        <translation>Toutes les ébauches figurent déjà parmi les messages clés.</translation>
    </message>
    <message>
        <source>No drafts: %1</source>
        <translation>Pas d’ébauches : %1</translation>
    </message>
    <message>
        <source>Stopped; no drafts were kept.</source>
        <translation>Interrompu ; aucune ébauche n’a été conservée.</translation>
    </message>
    <message>
        <source>Suggested — not yet yours</source>
        <translation>Suggestions — pas encore les vôtres</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>Suggested key messages, not yet yours</source>
        <translation>Messages clés suggérés, pas encore les vôtres</translation>
    </message>
    <message>
        <source>Suggested key messages, not yet yours: Enter or double-click uses one</source>
        <translation>Messages clés suggérés, pas encore les vôtres : Entrée ou double-clic pour en utiliser un</translation>
    </message>
    <message>
        <source>Finding drafts</source>
        <translation>Recherche d’ébauches</translation>
    </message>
    <message>
        <source>Use &amp;all</source>
        <translation>&amp;Tout utiliser</translation>
    </message>
    <message>
        <source>Add every suggestion to the key messages (Ctrl+Z undoes)</source>
        <translation>Ajouter toutes les suggestions aux messages clés (Ctrl+Z pour annuler)</translation>
    </message>
    <message>
        <source>Use &amp;selected</source>
        <translation>Utiliser la &amp;sélection</translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation>&amp;Écarter</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Suggested, not yet yours: %1</source>
        <translation>Suggestion, pas encore la vôtre : %1</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>Suggestion : %1</translation>
    </message>
    <message>
        <source>the most representative contributions; use them or write your own</source>
        <translation>les interventions les plus représentatives ; utilisez-les ou rédigez les vôtres</translation>
    </message>
    <message>
        <source>Contributions at this point, newest first; read only</source>
        <translation>Interventions sur ce point, les plus récentes d’abord ; lecture seule</translation>
    </message>
    <message>
        <source>Quote i&amp;nto key messages</source>
        <translation>&amp;Citer dans les messages clés</translation>
    </message>
    <message>
        <source>Add the selected contribution as a key message (or double-click it)</source>
        <translation>Ajouter l’intervention sélectionnée comme message clé (ou double-cliquez dessus)</translation>
    </message>
    <message>
        <source>Contri&amp;butions at this point</source>
        <translation>&amp;Interventions sur ce point</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Aucun pour l’instant</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
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
    <name>PhonePanel</name>
    <message>
        <source>Phone Participation</source>
        <translation>Participation par téléphone</translation>
    </message>
    <message>
        <source>Network address</source>
        <translation>Adresse réseau</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Réseau :</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Can phones &amp;reach me?</source>
        <translation>Les téléphones me &amp;voient-ils ?</translation>
    </message>
    <message>
        <source>Wi-Fi network name</source>
        <translation>Nom du réseau Wi-Fi</translation>
    </message>
    <message>
        <source>Wi-Fi password</source>
        <translation>Mot de passe du Wi-Fi</translation>
    </message>
    <message>
        <source>Wi-&amp;Fi name:</source>
        <translation>Nom du &amp;Wi-Fi :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>This computer has no network address; join a network and open this again.</source>
        <translation>Cet ordinateur n’a aucune adresse réseau ; rejoignez un réseau et rouvrez cette fenêtre.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Interrogation de %1…</translation>
    </message>
    <message>
        <source>Phones are off.</source>
        <translation>Les téléphones sont désactivés.</translation>
    </message>
    <message>
        <source>Card for a walk-in</source>
        <translation>Carte pour une personne arrivée sur place</translation>
    </message>
    <message>
        <source>Their name, or leave it empty</source>
        <translation>Son nom, ou laissez vide</translation>
    </message>
    <message>
        <source>Walk-in&apos;s name</source>
        <translation>Nom de la personne arrivée sur place</translation>
    </message>
    <message>
        <source>Wal&amp;k-in&apos;s name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Give a code</source>
        <translation>&amp;Générer un code</translation>
    </message>
    <message>
        <source>Voting code</source>
        <translation>Code de vote</translation>
    </message>
    <message>
        <source>Print &amp;card…</source>
        <translation>&amp;Imprimer la carte…</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Arrivée sur place</translation>
    </message>
    <message>
        <source>%1 is checked in. Read them this code or print their card; only this computer shows it, never the room&apos;s screen.</source>
        <translation>%1 est enregistré·e. Lisez-lui ce code ou imprimez sa carte ; seul cet ordinateur l’affiche, jamais l’écran de la salle.</translation>
    </message>
</context>
<context>
    <name>PhoneReach</name>
    <message>
        <source>This computer could not reach its own phone server at %1 (%2). Check that its firewall lets this port in, or choose another network or port.</source>
        <extracomment>How long the check waits for an answer, in milliseconds.</extracomment>
        <translation>Cet ordinateur n’a pas pu joindre son propre serveur pour téléphones à %1 (%2). Vérifiez que son pare-feu laisse entrer ce port, ou choisissez un autre réseau ou un autre port.</translation>
    </message>
    <message>
        <source>Another program answers at %1, not this phone server; choose another port.</source>
        <translation>Un autre programme répond à %1, pas ce serveur pour téléphones ; choisissez un autre port.</translation>
    </message>
    <message>
        <source>The phone server answers at %1: it listens on this network and this computer&apos;s firewall lets it through. That does not prove the Wi-Fi lets phones reach this computer (some networks keep devices apart): open the address on one phone to be sure.</source>
        <translation>Le serveur pour téléphones répond à %1 : il écoute sur ce réseau et le pare-feu de cet ordinateur le laisse passer. Cela ne prouve pas que le Wi-Fi laisse les téléphones joindre cet ordinateur (certains réseaux isolent les appareils) : ouvrez l’adresse sur un téléphone pour en être sûr.</translation>
    </message>
    <message>
        <source>%1 is this computer alone: no phone can reach it. Stop, and choose the address of the Wi-Fi or cable the phones share.</source>
        <translation>%1 désigne cet ordinateur seul : aucun téléphone ne peut le joindre. Arrêtez, puis choisissez l’adresse du Wi-Fi ou du câble que partagent les téléphones.</translation>
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
    <name>VoteDialogs</name>
    <message>
        <source>New voting round</source>
        <translation>Nouveau tour de scrutin</translation>
    </message>
    <message>
        <source>Edit voting round</source>
        <translation>Modifier le tour de scrutin</translation>
    </message>
    <message>
        <source>Round title</source>
        <translation>Titre du tour</translation>
    </message>
    <message>
        <source>e.g. Which recommendations go to the plenary first?</source>
        <translation>p. ex. Quelles recommandations présenter en priorité à la plénière ?</translation>
    </message>
    <message>
        <source>&amp;Secret ballot: people vote with the code on their card; ballots carry no name</source>
        <translation>&amp;Scrutin secret : chacun vote avec le code inscrit sur sa carte ; les bulletins ne portent aucun nom</translation>
    </message>
    <message>
        <source>Another item for the ballot</source>
        <translation>Autre option pour le bulletin</translation>
    </message>
    <message>
        <source>Another item, not from a group (Enter adds it)</source>
        <translation>Autre option, hors groupe (Entrée pour l’ajouter)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Items chosen</source>
        <translation>Options choisies</translation>
    </message>
    <message>
        <source>Create round</source>
        <translation>Créer le tour</translation>
    </message>
    <message>
        <source>Save round</source>
        <translation>Enregistrer le tour</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&lt;b&gt;Items&lt;/b&gt; — tick at least two; a group&apos;s wording is used</source>
        <translation>&lt;b&gt;Options&lt;/b&gt; — cochez-en au moins deux ; le libellé du groupe est repris</translation>
    </message>
    <message>
        <source>Items on the ballot</source>
        <translation>Options du bulletin</translation>
    </message>
    <message>
        <source>On the ballot as (F2 edits)</source>
        <translation>Libellé sur le bulletin (F2 pour modifier)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Dots per person</source>
        <translation>Gommettes par personne</translation>
    </message>
    <message>
        <source>Most dots on one item</source>
        <translation>Maximum de gommettes par option</translation>
    </message>
    <message>
        <source>Most items one person ranks</source>
        <translation>Nombre maximal d’options classées par personne</translation>
    </message>
    <message>
        <source>as many as they like</source>
        <translation>autant qu’on le souhaite</translation>
    </message>
    <message>
        <source>up to </source>
        <translation>jusqu’à </translation>
    </message>
    <message>
        <source>Dot &amp;budget:</source>
        <translation>&amp;Gommettes par personne :</translation>
    </message>
    <message>
        <source>&amp;Cap per item:</source>
        <translation>&amp;Plafond par option :</translation>
    </message>
    <message>
        <source>&amp;Items to rank:</source>
        <translation>&amp;Options à classer :</translation>
    </message>
    <message>
        <source>%1 chosen: a ballot needs at least two items</source>
        <translation>%1 choisie(s) : un bulletin doit comporter au moins deux options</translation>
    </message>
    <message>
        <source>Hand count — %1</source>
        <translation>Vote à main levée — %1</translation>
    </message>
    <message>
        <source>Hands</source>
        <translation>Mains levées</translation>
    </message>
    <message>
        <source>Hands per item</source>
        <translation>Mains levées par option</translation>
    </message>
    <message>
        <source>Hands for %1</source>
        <translation>Mains levées pour %1</translation>
    </message>
    <message>
        <source>Check against the people present</source>
        <translation>Vérification par rapport aux personnes présentes</translation>
    </message>
    <message>
        <source>Record counts</source>
        <translation>Enregistrer le décompte</translation>
    </message>
    <message>
        <source>%1 hands for “%2” is more than the %3 people present</source>
        <translation>%1 mains levées pour « %2 », c’est plus que les %3 personnes présentes</translation>
    </message>
    <message>
        <source>the levels for “%1” add up to %2, more than the %3 present (each person shows one level)</source>
        <translation>les niveaux pour « %1 » totalisent %2, soit plus que les %3 personnes présentes (chacun n’indique qu’un niveau)</translation>
    </message>
    <message>
        <source>Count again: %1.</source>
        <translation>Recomptez : %1.</translation>
    </message>
    <message>
        <source>Voting codes</source>
        <translation>Codes de vote</translation>
    </message>
    <message>
        <source>Voting codes by name</source>
        <translation>Codes de vote par nom</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Hand each person the card with their code before the vote. A code lets its holder vote once in each secret round; ballots are stored without names.</source>
        <translation>Remettez à chaque personne la carte portant son code avant le vote. Un code permet à son titulaire de voter une fois à chaque tour secret ; les bulletins sont enregistrés sans nom.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Print cards…</source>
        <translation>&amp;Imprimer les cartes…</translation>
    </message>
    <message>
        <source>Your voting code</source>
        <translation>Votre code de vote</translation>
    </message>
</context>
<context>
    <name>VotePage</name>
    <message>
        <source>Voting rounds</source>
        <translation>Tours de scrutin</translation>
    </message>
    <message>
        <source>&amp;New round… (Ctrl+Shift+R)</source>
        <translation>&amp;Nouveau tour… (Ctrl+Maj+R)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Voting rounds&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tours de scrutin&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Tour</translation>
    </message>
    <message>
        <source>Method, rules and state</source>
        <translation>Méthode, règles et état</translation>
    </message>
    <message>
        <source>Items on the ballot</source>
        <translation>Options du bulletin</translation>
    </message>
    <message>
        <source>Voters so far</source>
        <translation>Votants à ce stade</translation>
    </message>
    <message>
        <source>Results note</source>
        <translation>Note sur les résultats</translation>
    </message>
    <message>
        <source>&lt;b&gt;On the ballot&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sur le bulletin&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Edit ro&amp;und… (F2)</source>
        <translation>&amp;Modifier le tour… (F2)</translation>
    </message>
    <message>
        <source>Change the title, method, settings or items until voting opens</source>
        <translation>Modifier le titre, la méthode, les paramètres ou les options tant que le vote n’est pas ouvert</translation>
    </message>
    <message>
        <source>&amp;Open voting</source>
        <translation>&amp;Ouvrir le vote</translation>
    </message>
    <message>
        <source>Close vo&amp;ting…</source>
        <translation>&amp;Clore le vote…</translation>
    </message>
    <message>
        <source>Open the voting kiosk in a window of its own (a touch screen, or this laptop turned round); the room&apos;s screen shows how many have voted. The console keeps the keyboard until you press F7 again.</source>
        <translation>Ouvre la borne de vote dans sa propre fenêtre (un écran tactile, ou cet ordinateur tourné vers la salle) ; l’écran de la salle indique combien de personnes ont voté. La console garde le clavier jusqu’à ce que vous appuyiez de nouveau sur F7.</translation>
    </message>
    <message>
        <source>H&amp;and count…</source>
        <translation>Vote à &amp;main levée…</translation>
    </message>
    <message>
        <source>&amp;Issue voting codes…</source>
        <translation>&amp;Attribuer les codes de vote…</translation>
    </message>
    <message>
        <source>&amp;Show results on the shared screen (Shift+F7)</source>
        <translation>&amp;Afficher les résultats sur l’écran de la salle (Maj+F7)</translation>
    </message>
    <message>
        <source>&amp;Back to the session (Ctrl+F7)</source>
        <translation>&amp;Retour à la session (Ctrl+F7)</translation>
    </message>
    <message>
        <source>The shared screen shows the session again</source>
        <translation>L’écran de la salle affiche de nouveau la session</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shared screen&lt;/b&gt;</source>
        <translation>&lt;b&gt;Écran de la salle&lt;/b&gt;</translation>
    </message>
    <message>
        <source>New Voting Round…</source>
        <translation>Nouveau tour de scrutin…</translation>
    </message>
    <message>
        <source>Edit Voting Round…</source>
        <translation>Modifier le tour de scrutin…</translation>
    </message>
    <message>
        <source>Kiosk Window (Again: Hand It the Keyboard)</source>
        <translation>Fenêtre de la borne (une seconde fois : lui passer le clavier)</translation>
    </message>
    <message>
        <source>Results on the Shared Screen</source>
        <translation>Résultats sur l’écran de la salle</translation>
    </message>
    <message>
        <source>Shared Screen Back to the Session</source>
        <translation>Écran de la salle : retour à la session</translation>
    </message>
    <message>
        <source>Hand Count…</source>
        <translation>Vote à main levée…</translation>
    </message>
    <message>
        <source>No voting round yet. Press Ctrl+Shift+R to set one up from the board&apos;s groups.</source>
        <translation>Aucun tour de scrutin pour l’instant. Appuyez sur Ctrl+Maj+R pour en préparer un à partir des groupes du tableau.</translation>
    </message>
    <message>
        <source>secret ballot</source>
        <translation>scrutin secret</translation>
    </message>
    <message>
        <source>named vote</source>
        <translation>vote nominatif</translation>
    </message>
    <message>
        <source>Results stay hidden until voting closes.</source>
        <translation>Les résultats restent masqués jusqu’à la clôture du vote.</translation>
    </message>
    <message>
        <source>A show of hands cannot express %1</source>
        <translation>Un vote à main levée ne permet pas d’exprimer ce mode de scrutin : %1</translation>
    </message>
    <message>
        <source>choose a voting round first, or set one up with Ctrl+Shift+R</source>
        <translation>choisissez d’abord un tour de scrutin, ou préparez-en un avec Ctrl+Maj+R</translation>
    </message>
    <message>
        <source>voting has opened in this round, so it can no longer change; set up a new round (Ctrl+Shift+R) instead</source>
        <translation>le vote est ouvert dans ce tour, qui ne peut donc plus être modifié ; préparez plutôt un nouveau tour (Ctrl+Maj+R)</translation>
    </message>
    <message>
        <source>hand counts are in for this round, so it can no longer change; set up a new round (Ctrl+Shift+R) instead</source>
        <translation>des décomptes à main levée ont été saisis pour ce tour, qui ne peut donc plus être modifié ; préparez plutôt un nouveau tour (Ctrl+Maj+R)</translation>
    </message>
    <message>
        <source>the round is %1, not open</source>
        <translation>ce tour n’est pas ouvert (%1)</translation>
    </message>
    <message>
        <source>open voting first; the kiosk takes ballots only while a round is open</source>
        <translation>ouvrez d’abord le vote ; la borne n’accepte de bulletins que pendant qu’un tour est ouvert</translation>
    </message>
    <message>
        <source>voting has closed in this round</source>
        <translation>le vote est clos dans ce tour</translation>
    </message>
    <message>
        <source>&amp;Kiosk window for voting (F7)</source>
        <translation>&amp;Borne de vote (F7)</translation>
    </message>
    <message>
        <source>Hand the &amp;keyboard to the kiosk (F7)</source>
        <translation>Passer le &amp;clavier à la borne (F7)</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>secret</translation>
    </message>
    <message>
        <source>named</source>
        <translation>nominatif</translation>
    </message>
    <message>
        <source>at most %1 on one item</source>
        <translation>au plus %1 par option</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>rank as many items as you like</source>
        <translation>classer autant d’options qu’on le souhaite</translation>
    </message>
    <message>
        <source>mark every item you support</source>
        <translation>cocher chaque option soutenue</translation>
    </message>
    <message>
        <source>every item gets a level from %1 to %2</source>
        <translation>chaque option reçoit un niveau de %1 à %2</translation>
    </message>
    <message>
        <source>every item gets a grade from %1 to %2</source>
        <translation>chaque option reçoit une mention de %1 à %2</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>en préparation</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clos</translation>
    </message>
    <message>
        <source>not open yet</source>
        <translation>pas encore ouvert</translation>
    </message>
    <message>
        <source>voting is open</source>
        <translation>vote ouvert</translation>
    </message>
    <message>
        <source>voting has closed</source>
        <translation>vote clos</translation>
    </message>
    <message>
        <source>%1 at the kiosk · hand counts entered</source>
        <translation>%1 à la borne · décomptes à main levée saisis</translation>
    </message>
    <message>
        <source>Close voting on “%1”?

%2. No more ballots or hand counts after this; the results can then be shown.</source>
        <translation>Clore le vote sur « %1 » ?

%2. Plus aucun bulletin ni décompte à main levée ne sera accepté ensuite ; les résultats pourront alors être affichés.</translation>
    </message>
    <message>
        <source>Close voting</source>
        <translation>Clore le vote</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Tour %1</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>&lt;b&gt;Results&lt;/b&gt;</source>
        <translation>&lt;b&gt;Résultats&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>How it was counted</source>
        <translation>Méthode de décompte</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Blocages</translation>
    </message>
    <message>
        <source>Support by stakeholder group</source>
        <translation>Soutien par groupe de parties prenantes</translation>
    </message>
    <message>
        <source>Groups not shown</source>
        <translation>Groupes non affichés</translation>
    </message>
    <message>
        <source>A group with fewer than 3 voters is not shown, so nobody&apos;s vote can be deduced; when the hidden groups hold fewer than 3 voters between them, the next smallest group is hidden too.</source>
        <translation>Un groupe de moins de 3 votants n’est pas affiché, afin que personne ne puisse déduire le vote de quiconque ; si les groupes masqués comptent moins de 3 votants au total, le plus petit groupe suivant est masqué aussi.</translation>
    </message>
    <message>
        <source>Blocked by at least one person: %1</source>
        <translation>Bloqué par au moins une personne : %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Support by stakeholder group&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;Soutien par groupe de parties prenantes&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <source>%1: fewer than 3 voters, not shown</source>
        <translation>%1 : moins de 3 votants, non affiché</translation>
    </message>
    <message>
        <source>Each person places a budget of dots; several on one item shows strong support.</source>
        <translation>Chacun dispose d’un nombre fixe de gommettes ; en placer plusieurs sur une option marque un soutien fort.</translation>
    </message>
    <message>
        <source>Each person marks every item they can support.</source>
        <translation>Chacun coche toutes les options qu’il peut soutenir.</translation>
    </message>
    <message>
        <source>Each person puts the items in order; reports Borda points and the Schulze order.</source>
        <translation>Chacun classe les options par ordre de préférence ; donne les points Borda et l’ordre de Schulze.</translation>
    </message>
    <message>
        <source>Each person gives every item a level from 0 Block to 5 Full support.</source>
        <translation>Chacun attribue à chaque option un niveau, de 0 (Blocage) à 5 (Plein soutien).</translation>
    </message>
    <message>
        <source>Each person grades every item from Excellent to Reject; the best middle grade wins.</source>
        <translation>Chacun attribue à chaque option une mention, d’Excellent à À rejeter ; la meilleure mention médiane l’emporte.</translation>
    </message>
    <message>
        <source>mean dots per voter</source>
        <translation>moyenne de gommettes par votant</translation>
    </message>
    <message>
        <source>share of the group&apos;s voters approving</source>
        <translation>part des votants du groupe qui approuvent</translation>
    </message>
    <message>
        <source>mean Borda points per voter</source>
        <translation>moyenne de points Borda par votant</translation>
    </message>
    <message>
        <source>mean agreement level (0–5)</source>
        <translation>niveau d’accord moyen (0–5)</translation>
    </message>
    <message>
        <source>the group&apos;s majority grade</source>
        <translation>mention majoritaire du groupe</translation>
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
        <source>%n session(s) added</source>
        <translation>
            <numerusform>%n séance ajoutée</numerusform>
            <numerusform>%n séances ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) updated</source>
        <translation>
            <numerusform>%n séance mise à jour</numerusform>
            <numerusform>%n séances mises à jour</numerusform>
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
    <message numerus="yes">
        <source>… and %n more pairs; merge these first</source>
        <translation>
            <numerusform>… et encore %n paire ; fusionnez d’abord celles-ci</numerusform>
            <numerusform>… et encore %n paires ; fusionnez d’abord celles-ci</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not in a group (%n)</source>
        <translation>
            <numerusform>Hors groupe (%n)</numerusform>
            <numerusform>Hors groupe (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n) — suggested, Enter accepts</source>
        <translation>
            <numerusform>%1 (%n) — suggéré, Entrée pour l’accepter</numerusform>
            <numerusform>%1 (%n) — suggéré, Entrée pour l’accepter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Grouping %n proposals…</source>
        <translation>
            <numerusform>Regroupement de %n proposition…</numerusform>
            <numerusform>Regroupement de %n propositions…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 present have voted</source>
        <translation>
            <numerusform>%n des %1 personnes présentes a voté</numerusform>
            <numerusform>%n des %1 personnes présentes ont voté</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 on the roster have voted</source>
        <translation>
            <numerusform>%n des %1 inscrits a voté</numerusform>
            <numerusform>%n des %1 inscrits ont voté</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dots each</source>
        <translation>
            <numerusform>%n gommette par personne</numerusform>
            <numerusform>%n gommettes par personne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rank up to %n items</source>
        <translation>
            <numerusform>classer jusqu’à %n option</numerusform>
            <numerusform>classer jusqu’à %n options</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n at most on one item</source>
        <translation>
            <numerusform>%n au plus par option</numerusform>
            <numerusform>%n au plus par option</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items on the ballot</source>
        <translation>
            <numerusform>%n option sur le bulletin</numerusform>
            <numerusform>%n options sur le bulletin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For each item, count the hands at each level. %n people are present.</source>
        <translation>
            <numerusform>Pour chaque option, comptez les mains levées à chaque niveau. %n personne est présente.</numerusform>
            <numerusform>Pour chaque option, comptez les mains levées à chaque niveau. %n personnes sont présentes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For each item, count the raised hands. %n people are present.</source>
        <translation>
            <numerusform>Pour chaque option, comptez les mains levées. %n personne est présente.</numerusform>
            <numerusform>Pour chaque option, comptez les mains levées. %n personnes sont présentes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every count fits the %n people present.</source>
        <translation>
            <numerusform>Tous les décomptes sont compatibles avec la %n personne présente.</numerusform>
            <numerusform>Tous les décomptes sont compatibles avec les %n personnes présentes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>reading %n contributions…</source>
        <translation>
            <numerusform>lecture de %n intervention…</numerusform>
            <numerusform>lecture de %n interventions…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contri&amp;butions at this point (%n) — double-click quotes one</source>
        <translation>
            <numerusform>&amp;Interventions sur ce point (%n) — double-cliquez pour en citer une</numerusform>
            <numerusform>&amp;Interventions sur ce point (%n) — double-cliquez pour en citer une</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phones joined</source>
        <translation>
            <numerusform>%n téléphone connecté</numerusform>
            <numerusform>%n téléphones connectés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inbox: %n waiting</source>
        <translation>
            <numerusform>Boîte de réception : %n en attente</numerusform>
            <numerusform>Boîte de réception : %n en attente</numerusform>
        </translation>
    </message>
</context>
</TS>
