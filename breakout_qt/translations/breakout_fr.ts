<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <source>Report language:</source>
        <translation>&amp;Langue du rapport&#xa0;:</translation>
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
</context>
</TS>
