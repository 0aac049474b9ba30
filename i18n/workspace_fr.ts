<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Accessibility</name>
    <message>
        <source>More tools</source>
        <translation>Plus d&apos;outils</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
</context>
<context>
    <name>ActionPlanning</name>
    <message>
        <source>{name} is set</source>
        <translation>{name} est renseignée</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Kind of action</source>
        <translation>Type d&apos;action</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Owner role</source>
        <translation>Rôle responsable</translation>
    </message>
    <message>
        <source>A role, not a person: e.g. the city&apos;s welcome desk</source>
        <translation>Un rôle, pas une personne&#xa0;: p. ex. l&apos;accueil de la mairie</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Date du bilan</translation>
    </message>
    <message>
        <source>Evaluation criteria</source>
        <translation>Critères d&apos;évaluation</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>How measured</source>
        <translation>Mode de mesure</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Ajouter un critère</translation>
    </message>
    <message>
        <source>Remove criterion</source>
        <translation>Retirer le critère</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>review {date}</source>
        <translation>bilan le {date}</translation>
    </message>
    <message>
        <source>{indicator}: {target} ({how})</source>
        <translation>{indicator}&#xa0;: {target} ({how})</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Action planning</source>
        <translation>Plan d&apos;action</translation>
    </message>
    <message>
        <source>Decisions and micro-experiments</source>
        <translation>Décisions et micro-expérimentations</translation>
    </message>
    <message>
        <source>New decision…</source>
        <translation>Nouvelle décision…</translation>
    </message>
    <message>
        <source>New micro-experiment…</source>
        <translation>Nouvelle micro-expérimentation…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove &quot;{title}&quot; from the actions?</source>
        <translation>Retirer «&#xa0;{title}&#xa0;» des actions&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Planned minutes</source>
        <translation>Minutes prévues</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Kind of phase</source>
        <translation>Type de phase</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Phases of the agenda</source>
        <translation>Phases du programme</translation>
    </message>
    <message>
        <source>Kind of phase to add</source>
        <translation>Type de phase à ajouter</translation>
    </message>
    <message>
        <source>Planned total</source>
        <translation>Total prévu</translation>
    </message>
    <message>
        <source>Add phase</source>
        <translation>Ajouter une phase</translation>
    </message>
    <message>
        <source>Remove phase</source>
        <translation>Retirer la phase</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Start this phase</source>
        <translation>Lancer cette phase</translation>
    </message>
    <message>
        <source>Planned: {hours} h {minutes:02d}</source>
        <translation>Prévu&#xa0;: {hours} h {minutes:02d}</translation>
    </message>
    <message>
        <source>Remove the phase &quot;{name}&quot; from the agenda?</source>
        <translation>Retirer la phase «&#xa0;{name}&#xa0;» du programme&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>Note {0}</source>
        <translation>Note {0}</translation>
    </message>
    <message>
        <source>Dots of participant {2} on item {1}, round {0}</source>
        <translation>Gommettes du participant {2} sur l&apos;élément {1}, tour {0}</translation>
    </message>
    <message>
        <source>Paper dots of group {2} on item {1}, round {0}</source>
        <translation>Gommettes papier du groupe {2} sur l&apos;élément {1}, tour {0}</translation>
    </message>
    <message>
        <source>Total of item {1}, round {0}</source>
        <translation>Total de l&apos;élément {1}, tour {0}</translation>
    </message>
    <message>
        <source>Attendance of participant {0}</source>
        <translation>Présence du participant {0}</translation>
    </message>
    <message>
        <source>Audit event {0}</source>
        <translation>Événement {0} du registre</translation>
    </message>
    <message>
        <source>{field} reads «{found}» but the log recorded «{expected}»</source>
        <translation>{field} indique «&#xa0;{found}&#xa0;» mais le registre a inscrit «&#xa0;{expected}&#xa0;»</translation>
    </message>
    <message>
        <source>{field} «{found}» is stored, but no event of the log made it</source>
        <translation>{field} «&#xa0;{found}&#xa0;» est enregistré, mais aucun événement du registre ne l&apos;a créé</translation>
    </message>
    <message>
        <source>the log recorded «{expected}», but the row is no longer stored</source>
        <translation>le registre a inscrit «&#xa0;{expected}&#xa0;», mais la ligne n&apos;est plus enregistrée</translation>
    </message>
    <message>
        <source>an event is missing before this one</source>
        <translation>un événement manque avant celui-ci</translation>
    </message>
    <message>
        <source>this event cannot be read</source>
        <translation>cet événement est illisible</translation>
    </message>
    <message>
        <source>this event was changed after it was written</source>
        <translation>cet événement a été modifié après son inscription</translation>
    </message>
    <message>
        <source>the log ends at event {found}, but event {expected} was anchored ({anchor}): the newest events were deleted</source>
        <translation>le registre s&apos;arrête à l&apos;événement {found}, mais l&apos;événement {expected} avait été ancré ({anchor})&#xa0;: les événements les plus récents ont été supprimés</translation>
    </message>
    <message>
        <source>this event differs from its anchor ({anchor}): the log was rewritten</source>
        <translation>cet événement diffère de son ancrage ({anchor})&#xa0;: le registre a été réécrit</translation>
    </message>
    <message>
        <source>text</source>
        <translation>le texte</translation>
    </message>
    <message>
        <source>removed from the board</source>
        <translation>le retrait du tableau</translation>
    </message>
    <message>
        <source>count</source>
        <translation>le nombre</translation>
    </message>
    <message>
        <source>arrival time</source>
        <translation>l&apos;heure d&apos;arrivée</translation>
    </message>
    <message>
        <source>departure time</source>
        <translation>l&apos;heure de départ</translation>
    </message>
    <message>
        <source>how they checked in</source>
        <translation>le mode d&apos;enregistrement</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Audit check</source>
        <translation>Vérification du registre</translation>
    </message>
    <message>
        <source>Rows that differ from the log</source>
        <translation>Lignes qui diffèrent du registre</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <source>{count} row(s) differ from the audit log: they were changed outside Roundtable. The minutes cannot be signed until this is resolved (restore a backup, or sign from the command line with --despite-audit-findings).</source>
        <translation>{count} ligne(s) diffèrent du registre des modifications&#xa0;: elles ont été modifiées hors de Roundtable. Le compte rendu ne peut pas être signé tant que ce n&apos;est pas réglé (restaurez une sauvegarde, ou signez en ligne de commande avec --despite-audit-findings).</translation>
    </message>
    <message>
        <source>The audit log is intact and every row matches it.</source>
        <translation>Le registre des modifications est intact et chaque ligne lui correspond.</translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message>
        <source>Yellow</source>
        <translation>Jaune</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rose</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Violet</translation>
    </message>
    <message>
        <source>Ochre</source>
        <translation>Ocre</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rouge</translation>
    </message>
    <message>
        <source>Violet</source>
        <translation>Lilas</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>Bleu canard</translation>
    </message>
    <message>
        <source>Move to theme</source>
        <translation>Déplacer vers un thème</translation>
    </message>
    <message>
        <source>Which theme?</source>
        <translation>Quel thème&#xa0;?</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>No theme (take out of its theme)</source>
        <translation>Aucun thème (sortir de son thème)</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Nouveau thème</translation>
    </message>
    <message>
        <source>Edit theme</source>
        <translation>Modifier le thème</translation>
    </message>
    <message>
        <source>Theme name</source>
        <translation>Nom du thème</translation>
    </message>
    <message>
        <source>Theme colour</source>
        <translation>Couleur du thème</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Texte de la note</translation>
    </message>
    <message>
        <source>Enter keeps the note, Shift+Enter starts a new line, Escape cancels.</source>
        <translation>Entrée garde la note, Maj+Entrée passe à la ligne, Échap annule.</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>En attente de validation</translation>
    </message>
    <message>
        <source>{level} → {forwarded}</source>
        <translation>{level} → {forwarded}</translation>
    </message>
    <message>
        <source>{name} ({count})</source>
        <translation>{name} ({count})</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Area for new notes</source>
        <translation>Zone des nouvelles notes</translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation>Chercher dans les notes</translation>
    </message>
    <message>
        <source>Search result</source>
        <translation>Résultat de la recherche</translation>
    </message>
    <message>
        <source>Current note</source>
        <translation>Note courante</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <source>Delete notes</source>
        <translation>Supprimer les notes</translation>
    </message>
    <message>
        <source>Move to theme…</source>
        <translation>Déplacer vers un thème…</translation>
    </message>
    <message>
        <source>New theme…</source>
        <translation>Nouveau thème…</translation>
    </message>
    <message>
        <source>Rename or recolour theme…</source>
        <translation>Renommer ou recolorer le thème…</translation>
    </message>
    <message>
        <source>Delete theme…</source>
        <translation>Supprimer un thème…</translation>
    </message>
    <message>
        <source>Select all notes</source>
        <translation>Sélectionner toutes les notes</translation>
    </message>
    <message>
        <source>Competence and forwarding…</source>
        <translation>Compétence et transmission…</translation>
    </message>
    <message>
        <source>Make an action…</source>
        <translation>En faire une action…</translation>
    </message>
    <message>
        <source>Approve note</source>
        <translation>Valider la note</translation>
    </message>
    <message>
        <source>Reject note</source>
        <translation>Refuser la note</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Taille réelle</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Résultat suivant</translation>
    </message>
    <message>
        <source>Move to {area}</source>
        <translation>Déplacer vers {area}</translation>
    </message>
    <message>
        <source>Board tools</source>
        <translation>Outils du tableau</translation>
    </message>
    <message>
        <source>New notes go to</source>
        <translation>Les nouvelles notes vont dans</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>{count} found</source>
        <translation>{count} trouvée(s)</translation>
    </message>
    <message>
        <source>Note commands</source>
        <translation>Commandes de la note</translation>
    </message>
    <message>
        <source>Move to area</source>
        <translation>Déplacer vers la zone</translation>
    </message>
    <message>
        <source>Note {index} of {count} · {area} · {theme}: {text}</source>
        <translation>Note {index} sur {count} · {area} · {theme}&#xa0;: {text}</translation>
    </message>
    <message>
        <source>no theme</source>
        <translation>sans thème</translation>
    </message>
    <message>
        <source>Paste notes…</source>
        <translation>Coller des notes…</translation>
    </message>
    <message>
        <source>Merge notes…</source>
        <translation>Fusionner des notes…</translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation>Ranger</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>Annuler la sélection</translation>
    </message>
    <message>
        <source>{length} / {limit} characters</source>
        <translation>{length} / {limit} caractères</translation>
    </message>
    <message>
        <source>{length} / {limit} characters: {over} too many. Shorten it to keep it.</source>
        <translation>{length} / {limit} caractères&#xa0;: {over} de trop. Raccourcissez le texte pour le garder.</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Caractères</translation>
    </message>
    <message>
        <source>Paste notes</source>
        <translation>Coller des notes</translation>
    </message>
    <message>
        <source>Type or paste the notes, one per line. Each line becomes a note.</source>
        <translation>Tapez ou collez les notes, une par ligne. Chaque ligne devient une note.</translation>
    </message>
    <message>
        <source>Notes, one per line</source>
        <translation>Notes, une par ligne</translation>
    </message>
    <message>
        <source>Area for these notes</source>
        <translation>Zone de ces notes</translation>
    </message>
    <message>
        <source>What will be added</source>
        <translation>Ce qui sera ajouté</translation>
    </message>
    <message>
        <source>Add the notes</source>
        <translation>Ajouter les notes</translation>
    </message>
    <message>
        <source>Line {number} is too long: {length} characters, at most {limit}. Shorten it or split it in two.</source>
        <translation>La ligne {number} est trop longue&#xa0;: {length} caractères, {limit} au plus. Raccourcissez-la ou coupez-la en deux.</translation>
    </message>
    <message>
        <source>Merge notes</source>
        <translation>Fusionner des notes</translation>
    </message>
    <message>
        <source>The two notes become one with this text. The other note leaves the board; Undo brings it back.</source>
        <translation>Les deux notes n&apos;en font plus qu&apos;une, avec ce texte. L&apos;autre note quitte le tableau&#xa0;; Annuler la fait revenir.</translation>
    </message>
    <message>
        <source>Text of the merged note</source>
        <translation>Texte de la note fusionnée</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Arrow keys move between notes and select them, Shift+arrows add to the selection, Space selects or unselects, Escape clears the selection, Enter edits, Delete deletes, Ctrl+T moves to a theme, Ctrl+arrows move the note.</source>
        <translation>Les flèches passent d&apos;une note à l&apos;autre et la sélectionnent, Maj+flèches ajoutent à la sélection, Espace sélectionne ou désélectionne, Échap annule la sélection, Entrée modifie, Suppr supprime, Ctrl+T déplace vers un thème, Ctrl+flèches déplacent la note.</translation>
    </message>
    <message>
        <source>Notes shown</source>
        <translation>Notes affichées</translation>
    </message>
    <message>
        <source>Show older notes</source>
        <translation>Afficher des notes plus anciennes</translation>
    </message>
    <message>
        <source>Showing the newest {shown} of {total} notes</source>
        <translation>Affichage des {shown} notes les plus récentes sur {total}</translation>
    </message>
    <message>
        <source>Show {count} older</source>
        <translation>Afficher {count} notes plus anciennes</translation>
    </message>
</context>
<context>
    <name>BoardWording</name>
    <message numerus="yes">
        <source>%n note(s) selected</source>
        <translation>
            <numerusform>%n note sélectionnée</numerusform>
            <numerusform>%n notes sélectionnées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) will be added.</source>
        <translation>
            <numerusform>%n note sera ajoutée.</numerusform>
            <numerusform>%n notes seront ajoutées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Closing</name>
    <message>
        <source>Close the session “{title}”?

The running phase ends and the minutes can then be signed. Until they are signed, you can still reopen the session.</source>
        <translation>Clore la séance «&#xa0;{title}&#xa0;»&#xa0;?

La phase en cours se termine et le compte rendu pourra ensuite être signé. Tant qu&apos;il n&apos;est pas signé, vous pouvez encore rouvrir la séance.</translation>
    </message>
    <message>
        <source>End of the session</source>
        <translation>Fin de la séance</translation>
    </message>
    <message>
        <source>Next steps…</source>
        <translation>Prochaines étapes…</translation>
    </message>
    <message>
        <source>Close the session…</source>
        <translation>Clore la séance…</translation>
    </message>
    <message>
        <source>Reopen the session</source>
        <translation>Rouvrir la séance</translation>
    </message>
    <message>
        <source>The session is closed.</source>
        <translation>La séance est close.</translation>
    </message>
    <message>
        <source>Last phase: write the next steps, then close.</source>
        <translation>Dernière phase&#xa0;: notez les prochaines étapes, puis clôturez.</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) imported.</source>
        <translation>
            <numerusform>%n participant importé.</numerusform>
            <numerusform>%n participants importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) exported to {path}</source>
        <translation>
            <numerusform>%n personne exportée vers {path}</numerusform>
            <numerusform>%n personnes exportées vers {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s). Arrow keys move between notes.</source>
        <translation>
            <numerusform>%n note. Les flèches passent d&apos;une note à l&apos;autre.</numerusform>
            <numerusform>%n notes. Les flèches passent d&apos;une note à l&apos;autre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Theme for %n selected note(s)</source>
        <translation>
            <numerusform>Thème pour %n note sélectionnée</numerusform>
            <numerusform>Thème pour %n notes sélectionnées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more theme(s)</source>
        <translation>
            <numerusform>et %n autre thème</numerusform>
            <numerusform>et %n autres thèmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) in all, of which {paper} on paper.</source>
        <translation>
            <numerusform>%n gommette en tout, dont {paper} sur papier.</numerusform>
            <numerusform>%n gommettes en tout, dont {paper} sur papier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) per person, at most {cap} per item</source>
        <translation>
            <numerusform>%n gommette par personne, au plus {cap} par élément</numerusform>
            <numerusform>%n gommettes par personne, au plus {cap} par élément</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) added.</source>
        <translation>
            <numerusform>%n participant ajouté.</numerusform>
            <numerusform>%n participants ajoutés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) already here and updated.</source>
        <translation>
            <numerusform>%n participant déjà inscrit, mis à jour.</numerusform>
            <numerusform>%n participants déjà inscrits, mis à jour.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) already here and unchanged.</source>
        <translation>
            <numerusform>%n participant déjà inscrit, inchangé.</numerusform>
            <numerusform>%n participants déjà inscrits, inchangés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove these %n participant(s) from the session? Their phones stop working for this session.</source>
        <translation>
            <numerusform>Retirer ce participant de la séance&#xa0;? Son téléphone cessera de fonctionner pour cette séance.</numerusform>
            <numerusform>Retirer ces %n participants de la séance&#xa0;? Leurs téléphones cesseront de fonctionner pour cette séance.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) in the sessions</source>
        <translation>
            <numerusform>%n résultat dans les séances</numerusform>
            <numerusform>%n résultats dans les séances</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>This {what} does not exist (any more).</source>
        <translation>Élément introuvable ({what})&#xa0;: il n&apos;existe pas ou plus.</translation>
    </message>
    <message>
        <source>This session&apos;s minutes are signed, so it is locked. Reopen it to make a change; the minutes will then need a new version.</source>
        <translation>Le compte rendu de cette séance est signé&#xa0;: elle est donc verrouillée. Rouvrez-la pour la modifier&#xa0;; le compte rendu devra alors être refait dans une nouvelle version.</translation>
    </message>
    <message>
        <source>Please write something first.</source>
        <translation>Veuillez d&apos;abord écrire quelque chose.</translation>
    </message>
    <message>
        <source>This is too long: {length} characters, at most {limit}.</source>
        <translation>C&apos;est trop long&#xa0;: {length} caractères, au plus {limit}.</translation>
    </message>
    <message>
        <source>{field} is not valid: {value}.</source>
        <translation>{field} n&apos;est pas valide&#xa0;: {value}.</translation>
    </message>
    <message>
        <source>Voting is not open for this round.</source>
        <translation>Le vote n&apos;est pas ouvert pour ce tour.</translation>
    </message>
    <message>
        <source>This round has already been opened; its settings can no longer change.</source>
        <translation>Ce tour a déjà été ouvert&#xa0;; ses réglages ne peuvent plus changer.</translation>
    </message>
    <message>
        <source>Close the round before revealing its results.</source>
        <translation>Fermez le tour avant d&apos;en révéler les résultats.</translation>
    </message>
    <message>
        <source>A round needs at least two items to vote on.</source>
        <translation>Un tour de vote a besoin d&apos;au moins deux éléments.</translation>
    </message>
    <message>
        <source>This item is not part of the round.</source>
        <translation>Cet élément ne fait pas partie du tour.</translation>
    </message>
    <message>
        <source>You have no dots left ({budget} per person).</source>
        <translation>Vous n&apos;avez plus de gommettes ({budget} par personne).</translation>
    </message>
    <message>
        <source>Dots on one item: at most {cap}.</source>
        <translation>Gommettes sur un même élément&#xa0;: au plus {cap}.</translation>
    </message>
    <message>
        <source>There is no dot of yours on this item.</source>
        <translation>Vous n&apos;avez pas de gommette sur cet élément.</translation>
    </message>
    <message>
        <source>Facilitators and observers do not vote.</source>
        <translation>Les animateurs et les observateurs ne votent pas.</translation>
    </message>
    <message>
        <source>This participant was removed from the session.</source>
        <translation>Ce participant a été retiré de la séance.</translation>
    </message>
    <message>
        <source>The name {name} is already used in this session.</source>
        <translation>Le nom {name} est déjà utilisé dans cette séance.</translation>
    </message>
    <message>
        <source>No phase is running.</source>
        <translation>Aucune phase n&apos;est en cours.</translation>
    </message>
    <message>
        <source>This is the last phase of the agenda.</source>
        <translation>C&apos;est la dernière phase du programme.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Rien à annuler.</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>Rien à rétablir.</translation>
    </message>
    <message>
        <source>Another vote round is open; close it first.</source>
        <translation>Un autre tour de vote est ouvert&#xa0;; fermez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>This session&apos;s minutes are not signed; there is nothing to reopen.</source>
        <translation>Le compte rendu de cette séance n&apos;est pas signé&#xa0;; il n&apos;y a rien à rouvrir.</translation>
    </message>
    <message>
        <source>The session was reopened while version {version} of the minutes was being made; export the minutes again.</source>
        <translation>La séance a été rouverte pendant la préparation de la version {version} du compte rendu&#xa0;; exportez à nouveau le compte rendu.</translation>
    </message>
    <message>
        <source>Raw data can be purged only once the minutes are signed.</source>
        <translation>Les données brutes ne peuvent être effacées qu&apos;une fois le compte rendu signé.</translation>
    </message>
    <message>
        <source>This is not a Roundtable badge.</source>
        <translation>Ce n&apos;est pas un badge Roundtable.</translation>
    </message>
    <message>
        <source>This badge belongs to another session.</source>
        <translation>Ce badge appartient à une autre séance.</translation>
    </message>
    <message>
        <source>This badge is not valid: its code was changed or made up. Please see the welcome desk.</source>
        <translation>Ce badge n&apos;est pas valide&#xa0;: son code a été modifié ou inventé. Adressez-vous à l&apos;accueil.</translation>
    </message>
    <message>
        <source>No one in this session has the code {typed}. Check the code on the badge.</source>
        <translation>Personne dans cette séance n&apos;a le code {typed}. Vérifiez le code sur le badge.</translation>
    </message>
    <message>
        <source>The vote round “{title}” is still open. Close it before closing the session.</source>
        <translation>Le tour de vote «&#xa0;{title}&#xa0;» est encore ouvert. Fermez-le avant de clore la séance.</translation>
    </message>
    <message>
        <source>This session is closed. Reopen it to run a phase again.</source>
        <translation>Cette séance est close. Rouvrez-la pour relancer une phase.</translation>
    </message>
    <message>
        <source>This session is not closed; there is nothing to reopen.</source>
        <translation>Cette séance n&apos;est pas close&#xa0;: il n&apos;y a rien à rouvrir.</translation>
    </message>
    <message>
        <source>{path} is not a Roundtable database (it is not an SQLite file).</source>
        <translation>{path} n&apos;est pas une base de données Roundtable (ce n&apos;est pas un fichier SQLite).</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Roundtable (schema {detail}). It was left untouched; update Roundtable to open it.</source>
        <translation>{path} a été écrit par une version plus récente de Roundtable (schéma {detail}). Il n&apos;a pas été modifié&#xa0;; mettez Roundtable à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>{path} cannot be opened: {detail}</source>
        <translation>{path} ne peut pas être ouvert&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>thème</translation>
    </message>
    <message>
        <source>session</source>
        <translation>séance</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>phase</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>présence</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>vote round</source>
        <translation>tour de vote</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>La date</translation>
    </message>
    <message>
        <source>The start date</source>
        <translation>La date de début</translation>
    </message>
    <message>
        <source>The end date</source>
        <translation>La date de fin</translation>
    </message>
    <message>
        <source>The review date</source>
        <translation>La date du bilan</translation>
    </message>
    <message>
        <source>The number of minutes</source>
        <translation>Le nombre de minutes</translation>
    </message>
    <message>
        <source>The language</source>
        <translation>La langue</translation>
    </message>
    <message>
        <source>The languages</source>
        <translation>Les langues</translation>
    </message>
    <message>
        <source>The colour</source>
        <translation>La couleur</translation>
    </message>
    <message>
        <source>The kind of local actor</source>
        <translation>Le type d&apos;acteur local</translation>
    </message>
    <message>
        <source>The group</source>
        <translation>Le groupe</translation>
    </message>
    <message>
        <source>The time zone</source>
        <translation>Le fuseau horaire</translation>
    </message>
    <message>
        <source>The change could not be saved ({detail}). Nothing was changed; please try again.</source>
        <translation>La modification n&apos;a pas pu être enregistrée ({detail}). Rien n&apos;a changé&#xa0;; veuillez réessayer.</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Message d&apos;erreur</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation>Veuillez confirmer</translation>
    </message>
    <message>
        <source>{field} ({value}) cannot be before {other} ({other_date}).</source>
        <translation>{field} ({value}) ne peut pas précéder {other} ({other_date}).</translation>
    </message>
    <message>
        <source>{field} must be a date written year-month-day, such as 2027-03-31 (not {value}).</source>
        <translation>{field} doit être une date écrite année-mois-jour, par exemple 2027-03-31 (et non {value}).</translation>
    </message>
    <message>
        <source>The number of dots cannot be {value}: write a whole number, 0 or more.</source>
        <translation>Le nombre de gommettes ne peut pas être {value}&#xa0;: saisissez un nombre entier, 0 ou plus.</translation>
    </message>
    <message>
        <source>{field} must be a language code such as fr, ar or en (not {value}).</source>
        <translation>{field} doit être un code de langue comme fr, ar ou en (et non {value}).</translation>
    </message>
    <message>
        <source>Dots per person cannot be {value}: choose a number from 1 to {maximum}.</source>
        <translation>Le nombre de gommettes par personne ne peut pas être {value}&#xa0;: choisissez un nombre de 1 à {maximum}.</translation>
    </message>
    <message>
        <source>Dots on one item cannot be {value}: choose a number from 1 to the dots per person.</source>
        <translation>Le nombre de gommettes sur un même élément ne peut pas être {value}&#xa0;: choisissez un nombre de 1 au nombre de gommettes par personne.</translation>
    </message>
    <message>
        <source>The voting time cannot be {value} minutes: choose from 1 to 240 minutes.</source>
        <translation>La durée du vote ne peut pas être de {value} minutes&#xa0;: choisissez entre 1 et 240 minutes.</translation>
    </message>
    <message>
        <source>A phase cannot last {value} minutes: choose from 1 to {maximum} minutes.</source>
        <translation>Une étape ne peut pas durer {value} minutes&#xa0;: choisissez entre 1 et {maximum} minutes.</translation>
    </message>
    <message>
        <source>The colour must be written #RRGGBB, such as #FFD966 (not {value}).</source>
        <translation>La couleur doit s&apos;écrire #RRVVBB, par exemple #FFD966 (et non {value}).</translation>
    </message>
    <message>
        <source>the start date</source>
        <translation>la date de début</translation>
    </message>
    <message>
        <source>the end date</source>
        <translation>la date de fin</translation>
    </message>
    <message>
        <source>Please check</source>
        <translation>Vérification nécessaire</translation>
    </message>
    <message>
        <source>The program restarted while this secret round was open, so it can no longer tell who has voted and takes no further ballot. The facilitator can close it with the dots cast, or discard them and restart the same round.</source>
        <translation>Le programme a redémarré pendant que ce tour secret était ouvert&#xa0;: il ne peut plus savoir qui a voté et ne prend plus aucun bulletin. L’animateur peut le clôturer avec les gommettes déjà posées, ou les annuler et relancer le même tour.</translation>
    </message>
    <message>
        <source>Only people checked in at the welcome desk vote. Please go to the welcome desk first.</source>
        <translation>Seules les personnes enregistrées à l’accueil votent. Passez d’abord à l’accueil.</translation>
    </message>
    <message>
        <source>This badge has already voted. Voting again replaces the earlier dots.</source>
        <translation>Ce badge a déjà voté. Voter à nouveau remplace les gommettes d’avant.</translation>
    </message>
    <message>
        <source>A count of paper dots cannot be below zero.</source>
        <translation>Un nombre de gommettes papier ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>{count} paper dots on one item is too many: {people} people of this group are here, at most {cap} dots each on one item, so at most {limit}.</source>
        <translation>{count} gommettes papier sur un seul élément, c’est trop&#xa0;: {people} personnes de ce groupe sont présentes, avec au plus {cap} gommettes chacune sur un élément, donc au plus {limit}.</translation>
    </message>
    <message>
        <source>{total} paper dots in all is too many for this group: {people} people are here with {dots} dots each, so at most {limit}.</source>
        <translation>{total} gommettes papier en tout, c’est trop pour ce groupe&#xa0;: {people} personnes sont présentes avec {dots} gommettes chacune, donc au plus {limit}.</translation>
    </message>
    <message>
        <source>This round was not interrupted: it can still take ballots.</source>
        <translation>Ce tour n’a pas été interrompu&#xa0;: il peut encore recevoir des bulletins.</translation>
    </message>
    <message>
        <source>In a secret round nobody&apos;s dots can be told apart: they stay counted.</source>
        <translation>Dans un tour secret, on ne peut distinguer les gommettes de personne&#xa0;: elles restent comptées.</translation>
    </message>
    <message>
        <source>The facilitator has not let this person in yet: they vote and post once let in.</source>
        <translation>L’animateur n’a pas encore fait entrer cette personne&#xa0;: elle votera et enverra des notes une fois entrée.</translation>
    </message>
    <message>
        <source>This person is not waiting to be let in.</source>
        <translation>Cette personne n’attend pas d’entrer.</translation>
    </message>
    <message>
        <source>This has only invisible characters (spaces or zero-width marks). Please write words that can be read.</source>
        <translation>Ce texte ne contient que des caractères invisibles (espaces ou marques sans largeur). Écrivez des mots lisibles.</translation>
    </message>
    <message>
        <source>It was left untouched; restore it from a backup.</source>
        <translation>Il n&apos;a pas été modifié&#xa0;; restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>The file itself is not damaged: do not replace it with a backup.</source>
        <translation>Le fichier lui-même n&apos;est pas endommagé&#xa0;: ne le remplacez pas par une sauvegarde.</translation>
    </message>
    <message>
        <source>{path} cannot be written: this computer&apos;s account may only read it. Nothing was changed. Give your account the right to change the file (or copy it to a folder of yours) and start again.</source>
        <translation>Impossible d&apos;écrire dans {path}&#xa0;: le compte de cet ordinateur peut seulement le lire. Rien n&apos;a été modifié. Donnez à votre compte le droit de modifier le fichier (ou copiez-le dans un de vos dossiers) et recommencez.</translation>
    </message>
    <message>
        <source>{path} cannot be written: the folder {detail} may only be read, and Roundtable must keep its journal files beside the database. Nothing was changed. Choose a folder you may write to.</source>
        <translation>Impossible d&apos;écrire dans {path}&#xa0;: le dossier {detail} est en lecture seule, et Roundtable doit garder ses fichiers journaux à côté de la base de données. Rien n&apos;a été modifié. Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>{path} is on a disk that may only be read ({detail}: a read-only mount, a locked card or a disc). Nothing was changed. Copy the file to this computer&apos;s disk and open the copy.</source>
        <translation>{path} se trouve sur un disque en lecture seule ({detail}&#xa0;: un montage en lecture seule, une carte verrouillée ou un disque optique). Rien n&apos;a été modifié. Copiez le fichier sur le disque de cet ordinateur et ouvrez la copie.</translation>
    </message>
    <message>
        <source>{path} is marked as read-only inside the file (SQLite&apos;s write version), so no change could be saved. Nothing was changed. Open it with a tool that made it, or export what you need.</source>
        <translation>{path} est marqué en lecture seule à l&apos;intérieur du fichier (la version d&apos;écriture de SQLite)&#xa0;: aucune modification ne pourrait être enregistrée. Rien n&apos;a été modifié. Ouvrez-le avec l&apos;outil qui l&apos;a créé, ou exportez ce dont vous avez besoin.</translation>
    </message>
    <message>
        <source>{path} is being written by another program (perhaps another Roundtable) and did not become free. Close the other program and start again.</source>
        <translation>{path} est en cours d&apos;écriture par un autre programme (peut-être un autre Roundtable) et ne s&apos;est pas libéré. Fermez l&apos;autre programme et recommencez.</translation>
    </message>
    <message>
        <source>{path} is open in another program, and its journal file (ending in -wal) was deleted meanwhile. Close the other program (the other Roundtable or portal) first, then start again; it keeps the latest changes.</source>
        <translation>{path} est ouvert dans un autre programme, et son fichier journal (qui finit par -wal) a été supprimé entre-temps. Fermez d&apos;abord l&apos;autre programme (l&apos;autre Roundtable ou portail), puis recommencez&#xa0;: c&apos;est lui qui garde les dernières modifications.</translation>
    </message>
    <message>
        <source>{path} is empty (0 bytes): it may have been cut short by a full disk or an unfinished copy. It was left untouched. Restore it from a backup, or delete it to start a new, empty database.</source>
        <translation>{path} est vide (0 octet)&#xa0;: il a peut-être été tronqué par un disque plein ou une copie inachevée. Il n&apos;a pas été modifié. Restaurez-le depuis une sauvegarde, ou supprimez-le pour commencer une nouvelle base de données vide.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full: changes are not being recorded (phones are told so). Free some space on the disk; recording starts again by itself.</source>
        <translation>Le disque qui contient {path} est plein&#xa0;: les modifications ne sont pas enregistrées (les téléphones en sont informés). Libérez de la place sur le disque&#xa0;; l&apos;enregistrement reprendra de lui-même.</translation>
    </message>
    <message>
        <source>The disk holding {path} refused to write (it may be full, removed, or the file too large for it): changes are not being recorded (phones are told so). Check the disk; recording starts again by itself once it accepts writes.</source>
        <translation>Le disque qui contient {path} a refusé d&apos;écrire (il est peut-être plein, retiré, ou le fichier est trop grand pour lui)&#xa0;: les modifications ne sont pas enregistrées (les téléphones en sont informés). Vérifiez le disque&#xa0;; l&apos;enregistrement reprendra de lui-même dès qu&apos;il acceptera d&apos;écrire.</translation>
    </message>
    <message>
        <source>The journal file of {path} (ending in -wal) was deleted while Roundtable was running. Everything recorded so far was saved into the database; new changes are refused until Roundtable is started again. Close it and start it again.</source>
        <translation>Le fichier journal de {path} (qui finit par -wal) a été supprimé pendant que Roundtable fonctionnait. Tout ce qui a été enregistré jusqu&apos;ici a été mis dans la base de données&#xa0;; les nouvelles modifications sont refusées jusqu&apos;au redémarrage de Roundtable. Fermez-le et relancez-le.</translation>
    </message>
    <message>
        <source>Some text stored in {path} is damaged: unreadable letters are shown as {mark}. The file may be damaged elsewhere too; keep a copy and check it against a backup.</source>
        <translation>Une partie du texte enregistré dans {path} est endommagée&#xa0;: les lettres illisibles sont affichées comme {mark}. Le fichier est peut-être endommagé ailleurs aussi&#xa0;; gardez-en une copie et comparez-la avec une sauvegarde.</translation>
    </message>
    <message>
        <source>{path} is damaged: some of its stored data cannot be read.</source>
        <translation>{path} est endommagé&#xa0;: une partie de ses données enregistrées ne peut pas être lue.</translation>
    </message>
    <message>
        <source>The database is damaged: a stored {what} holds a value Roundtable cannot read.</source>
        <translation>La base de données est endommagée&#xa0;: un élément enregistré ({what}) contient une valeur que Roundtable ne peut pas lire.</translation>
    </message>
    <message>
        <source>{path} is damaged: the description of its tables cannot be read.</source>
        <translation>{path} est endommagé&#xa0;: la description de ses tables ne peut pas être lue.</translation>
    </message>
    <message>
        <source>{path} is damaged: its index {detail} no longer matches the stored rows, so some of them would not be shown.</source>
        <translation>{path} est endommagé&#xa0;: son index {detail} ne correspond plus aux lignes enregistrées, si bien que certaines ne seraient pas affichées.</translation>
    </message>
    <message>
        <source>Start a new, empty database</source>
        <translation>Commencer une nouvelle base de données vide</translation>
    </message>
    <message>
        <source>The database needs attention</source>
        <translation>La base de données demande votre attention</translation>
    </message>
    <message>
        <source>A declined commitment needs the reason it was declined.</source>
        <translation>Un engagement refusé doit indiquer le motif du refus.</translation>
    </message>
    <message>
        <source>A forwarded commitment needs the level of competence and the body it was forwarded to.</source>
        <translation>Un engagement transmis doit indiquer le niveau de compétence et l’organisme auquel il a été transmis.</translation>
    </message>
    <message>
        <source>{name} is a participant who did not agree to be named: give a service or a role as owner.</source>
        <translation>{name} est un participant qui n’a pas accepté d’être nommé&#xa0;: indiquez un service ou un rôle comme responsable.</translation>
    </message>
    <message>
        <source>Readings are taken only for a micro-experiment&apos;s criteria.</source>
        <translation>Les mesures ne concernent que les critères d’une micro-expérimentation.</translation>
    </message>
    <message>
        <source>An expectation out of the city&apos;s competence is linked to its parking-lot item.</source>
        <translation>Une attente hors compétence de la ville est reliée à son point du parking.</translation>
    </message>
    <message>
        <source>A reading must be a number, such as 12 or 4.5 (not {value}).</source>
        <translation>Une mesure doit être un nombre, comme 12 ou 4,5 (pas {value}).</translation>
    </message>
    <message>
        <source>Progress is a percentage from 0 to 100 (not {value}).</source>
        <translation>L’avancement est un pourcentage de 0 à 100 (pas {value}).</translation>
    </message>
    <message>
        <source>The bridging share is a percentage from 1 to 100 (not {value}).</source>
        <translation>La part qui fait une idée-pont est un pourcentage de 1 à 100 (pas {value}).</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>programme</translation>
    </message>
    <message>
        <source>commitment</source>
        <translation>engagement</translation>
    </message>
    <message>
        <source>criterion</source>
        <translation>critère</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>mesure</translation>
    </message>
    <message>
        <source>expectation</source>
        <translation>attente</translation>
    </message>
    <message>
        <source>idea</source>
        <translation>idée</translation>
    </message>
    <message>
        <source>parking-lot item</source>
        <translation>point du parking</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Welcome and check-in</source>
        <translation>Accueil et émargement</translation>
    </message>
    <message>
        <source>Expectations round</source>
        <translation>Tour des attentes</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Apports</translation>
    </message>
    <message>
        <source>Ideation</source>
        <translation>Idéation</translation>
    </message>
    <message>
        <source>Clustering into themes</source>
        <translation>Regroupement par thèmes</translation>
    </message>
    <message>
        <source>Dot voting</source>
        <translation>Vote par gommettes</translation>
    </message>
    <message>
        <source>Action planning</source>
        <translation>Plan d&apos;action</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>Local actor</source>
        <translation>Acteur local</translation>
    </message>
    <message>
        <source>Newcomer</source>
        <translation>Nouvel arrivant</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Animateur</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observateur</translation>
    </message>
    <message>
        <source>Public agent</source>
        <translation>Agent public</translation>
    </message>
    <message>
        <source>Elected representative</source>
        <translation>Élu</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Société civile</translation>
    </message>
    <message>
        <source>Expectations</source>
        <translation>Attentes</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Idées</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>Parking</translation>
    </message>
    <message>
        <source>Municipal</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Metropolitan</source>
        <translation>Métropole</translation>
    </message>
    <message>
        <source>Departmental</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Regional</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>National</source>
        <translation>État</translation>
    </message>
    <message>
        <source>European Union</source>
        <translation>Union européenne</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Micro-experiment</source>
        <translation>Micro-expérimentation</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signée</translation>
    </message>
    <message>
        <source>add note</source>
        <translation>ajout de note</translation>
    </message>
    <message>
        <source>add notes</source>
        <translation>ajout de notes</translation>
    </message>
    <message>
        <source>merge notes</source>
        <translation>fusion de notes</translation>
    </message>
    <message>
        <source>arrange board</source>
        <translation>rangement du tableau</translation>
    </message>
    <message>
        <source>edit note</source>
        <translation>modification de note</translation>
    </message>
    <message>
        <source>colour notes</source>
        <translation>couleur des notes</translation>
    </message>
    <message>
        <source>move notes</source>
        <translation>déplacement de notes</translation>
    </message>
    <message>
        <source>move to area</source>
        <translation>changement de zone</translation>
    </message>
    <message>
        <source>move to theme</source>
        <translation>changement de thème</translation>
    </message>
    <message>
        <source>edit parking lot item</source>
        <translation>modification du parking</translation>
    </message>
    <message>
        <source>delete notes</source>
        <translation>suppression de notes</translation>
    </message>
    <message>
        <source>add theme</source>
        <translation>ajout de thème</translation>
    </message>
    <message>
        <source>edit theme</source>
        <translation>modification de thème</translation>
    </message>
    <message>
        <source>delete theme</source>
        <translation>suppression de thème</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}&#xa0;: {value}</translation>
    </message>
    <message>
        <source>Review: you said, we did</source>
        <translation>Bilan&#xa0;: vous avez dit, nous avons fait</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Roundtable</source>
        <translation>Roundtable</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Séance</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Toutes les séances</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Main tools</source>
        <translation>Outils principaux</translation>
    </message>
    <message>
        <source>&amp;Phase</source>
        <translation>&amp;Phase</translation>
    </message>
    <message>
        <source>Start or resume</source>
        <translation>Démarrer ou reprendre</translation>
    </message>
    <message>
        <source>Pause or resume</source>
        <translation>Pause ou reprise</translation>
    </message>
    <message>
        <source>Next phase</source>
        <translation>Phase suivante</translation>
    </message>
    <message>
        <source>Finish the phase</source>
        <translation>Terminer la phase</translation>
    </message>
    <message>
        <source>&amp;Projector</source>
        <translation>P&amp;rojection</translation>
    </message>
    <message>
        <source>Show projector</source>
        <translation>Afficher la projection</translation>
    </message>
    <message>
        <source>Freeze or unfreeze</source>
        <translation>Figer ou libérer</translation>
    </message>
    <message>
        <source>Blank or show</source>
        <translation>Écran noir ou affichage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Undo {step}</source>
        <translation>Annuler&#xa0;: {step}</translation>
    </message>
    <message>
        <source>Redo {step}</source>
        <translation>Rétablir&#xa0;: {step}</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>Parking</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Session workspace</source>
        <translation>Espace de travail de la séance</translation>
    </message>
    <message>
        <source>Session tabs</source>
        <translation>Onglets de la séance</translation>
    </message>
    <message>
        <source>{tab} ({count} waiting)</source>
        <translation>{tab} ({count} en attente)</translation>
    </message>
    <message>
        <source>This tab could not be opened: {error}</source>
        <translation>Cet onglet n&apos;a pas pu s&apos;ouvrir&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Audit check…</source>
        <translation>Vérification du registre…</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Échec de la sauvegarde</translation>
    </message>
    <message>
        <source>The automatic backup could not be made ({reason}). Everything is still saved in the session&apos;s file, but there is no fresh copy. Free some disk space; you will be told again if it keeps failing after a backup works.</source>
        <translation>La sauvegarde automatique n&apos;a pas pu être faite ({reason}). Tout reste enregistré dans le fichier de la séance, mais il n&apos;y a pas de copie récente. Libérez de l&apos;espace disque&#xa0;; vous serez prévenu à nouveau si elle échoue encore après une sauvegarde réussie.</translation>
    </message>
</context>
<context>
    <name>NextSteps</name>
    <message>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <source>What happens after the Lab, who does it, and by when. Shown on the projector&apos;s closing page and in the minutes.</source>
        <translation>Ce qui se passe après le Lab, qui s&apos;en charge et pour quand. Affiché sur la page de clôture du projecteur et dans le compte rendu.</translation>
    </message>
    <message>
        <source>{count} / {limit} characters</source>
        <translation>{count} / {limit} caractères</translation>
    </message>
</context>
<context>
    <name>ParkingLot</name>
    <message>
        <source>Level of competence</source>
        <translation>Niveau de compétence</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Forwarded to</source>
        <translation>Transmis à</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>Parking</translation>
    </message>
    <message>
        <source>Parking lot items</source>
        <translation>Demandes du parking</translation>
    </message>
    <message>
        <source>Demands the city cannot act on are kept here with the level of government that can, and where they are forwarded. Double-click or press F2 to change them.</source>
        <translation>Les demandes sur lesquelles la ville ne peut pas agir sont gardées ici, avec le niveau de gouvernement compétent et l&apos;endroit où elles sont transmises. Double-cliquez ou appuyez sur F2 pour les modifier.</translation>
    </message>
    <message>
        <source>Competence and forwarding</source>
        <translation>Compétence et transmission</translation>
    </message>
</context>
<context>
    <name>PhaseTimer</name>
    <message>
        <source>No phase running</source>
        <translation>Aucune phase en cours</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>{time} over</source>
        <translation>{time} de dépassement</translation>
    </message>
    <message>
        <source>Phase and timer</source>
        <translation>Phase et minuteur</translation>
    </message>
    <message>
        <source>Current phase</source>
        <translation>Phase en cours</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Next phase</source>
        <translation>Phase suivante</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Running over</source>
        <translation>Temps dépassé</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Now: {phase}</source>
        <translation>Maintenant&#xa0;: {phase}</translation>
    </message>
    <message>
        <source>Time is up for {phase}</source>
        <translation>Le temps est écoulé pour {phase}</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <source>One more minute</source>
        <translation>Une minute de plus</translation>
    </message>
    <message>
        <source>+5 min</source>
        <translation>+5 min</translation>
    </message>
    <message>
        <source>Five more minutes</source>
        <translation>Cinq minutes de plus</translation>
    </message>
</context>
<context>
    <name>Projector</name>
    <message>
        <source>Roundtable — projector</source>
        <translation>Roundtable — projection</translation>
    </message>
    <message>
        <source>Follow the phase</source>
        <translation>Suivre la phase</translation>
    </message>
    <message>
        <source>How to join</source>
        <translation>Comment rejoindre</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Idées</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Minuteur</translation>
    </message>
    <message>
        <source>Projector controls</source>
        <translation>Commandes du vidéoprojecteur</translation>
    </message>
    <message>
        <source>Screen for the projector</source>
        <translation>Écran du vidéoprojecteur</translation>
    </message>
    <message>
        <source>Show projector</source>
        <translation>Afficher la projection</translation>
    </message>
    <message>
        <source>What the projector shows</source>
        <translation>Ce que montre la projection</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>Figer</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Écran noir</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Screen {number}: {name} ({size})</source>
        <translation>Écran {number}&#xa0;: {name} ({size})</translation>
    </message>
    <message>
        <source>{screen}, this laptop</source>
        <translation>{screen}, cet ordinateur</translation>
    </message>
    <message>
        <source>QR code to join from a phone</source>
        <translation>QR code pour rejoindre depuis un téléphone</translation>
    </message>
    <message>
        <source>QR code of the Wi-Fi network</source>
        <translation>QR code du réseau Wi-Fi</translation>
    </message>
    <message>
        <source>Welcome! {title}</source>
        <translation>Bienvenue&#xa0;! {title}</translation>
    </message>
    <message>
        <source>The phone portal is not started yet. You can take part on paper and on the screen in the room.</source>
        <translation>Le portail pour téléphones n&apos;est pas encore démarré. Vous pouvez participer sur papier et sur l&apos;écran de la salle.</translation>
    </message>
    <message>
        <source>Scan the code with your phone&apos;s camera, or open:</source>
        <translation>Scannez le code avec l&apos;appareil photo de votre téléphone, ou ouvrez&#xa0;:</translation>
    </message>
    <message>
        <source>Wi-Fi: {ssid}</source>
        <translation>Wi-Fi&#xa0;: {ssid}</translation>
    </message>
    <message>
        <source>Wi-Fi: {ssid} — password: {password}</source>
        <translation>Wi-Fi&#xa0;: {ssid} — mot de passe&#xa0;: {password}</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>What did you come for?</source>
        <translation>Qu&apos;êtes-vous venus chercher&#xa0;?</translation>
    </message>
    <message>
        <source>Parking lot: for other levels of government</source>
        <translation>Parking&#xa0;: pour d&apos;autres niveaux de gouvernement</translation>
    </message>
    <message>
        <source>Ideas ({count})</source>
        <translation>Idées ({count})</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Pas encore de notes.</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Projection</translation>
    </message>
    <message>
        <source>Phase and time left</source>
        <translation>Phase et temps restant</translation>
    </message>
    <message>
        <source>Blank screen</source>
        <translation>Écran noir</translation>
    </message>
    <message>
        <source>What we decided to do</source>
        <translation>Ce que nous avons décidé de faire</translation>
    </message>
    <message>
        <source>No actions yet.</source>
        <translation>Pas encore d&apos;actions.</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Merci&#xa0;!</translation>
    </message>
    <message>
        <source>Thanks and next steps</source>
        <translation>Remerciements et suites</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Page on the projector</source>
        <translation>Page projetée</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Second language on the projector</source>
        <translation>Deuxième langue à l&apos;écran</translation>
    </message>
    <message>
        <source>Where the projector is</source>
        <translation>Où se trouve la projection</translation>
    </message>
    <message>
        <source>Window, screen {number}</source>
        <translation>Fenêtre, écran {number}</translation>
    </message>
    <message>
        <source>the projector</source>
        <translation>la projection</translation>
    </message>
    <message>
        <source>Projector not shown</source>
        <translation>Projection non affichée</translation>
    </message>
    <message>
        <source>Full screen on {screen}: it covers this window</source>
        <translation>Plein écran sur {screen}&#xa0;: elle recouvre cette fenêtre</translation>
    </message>
    <message>
        <source>Full screen, screen {number}: covers the desk</source>
        <translation>Plein écran, écran {number}&#xa0;: recouvre le bureau</translation>
    </message>
    <message>
        <source>Full screen on {screen}</source>
        <translation>Plein écran sur {screen}</translation>
    </message>
    <message>
        <source>Full screen, screen {number}</source>
        <translation>Plein écran, écran {number}</translation>
    </message>
    <message>
        <source>In a window on {screen}</source>
        <translation>Dans une fenêtre sur {screen}</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>Parking</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Page {page} sur {count}</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Le temps est écoulé</translation>
    </message>
    <message>
        <source>Not in a theme yet</source>
        <translation>Pas encore dans un thème</translation>
    </message>
    <message>
        <source>{theme} (continued)</source>
        <translation>{theme} (suite)</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Et ensuite</translation>
    </message>
    <message>
        <source>You said, we did</source>
        <translation>Vous avez dit, nous avons fait</translation>
    </message>
    <message>
        <source>Nothing to review yet: no commitment or experiment was recorded in the earlier Labs of this programme.</source>
        <translation>Rien à revoir pour l’instant&#xa0;: aucun engagement ni micro-expérimentation n’a été enregistré dans les Labs précédents de ce programme.</translation>
    </message>
    <message>
        <source>What people came for</source>
        <translation>Ce pour quoi les gens sont venus</translation>
    </message>
    <message>
        <source>What this Lab did</source>
        <translation>Ce que ce Lab a fait</translation>
    </message>
    <message>
        <source>Where the rest went</source>
        <translation>Où est parti le reste</translation>
    </message>
    <message>
        <source>Ideas that bridge the groups</source>
        <translation>Idées qui rapprochent les groupes</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>This backup is damaged ({detail}); it cannot be put back.</source>
        <translation>Cette sauvegarde est endommagée ({detail})&#xa0;; elle ne peut pas être remise en place.</translation>
    </message>
    <message>
        <source>its audit log is broken</source>
        <translation>son registre des modifications est rompu</translation>
    </message>
    <message>
        <source>{count} row(s) differ from its audit log</source>
        <translation>{count} ligne(s) diffèrent de son registre</translation>
    </message>
    <message>
        <source>audit log intact, every row matches</source>
        <translation>registre intact, chaque ligne correspond</translation>
    </message>
    <message>
        <source>Check passed: the file is whole.</source>
        <translation>Vérification réussie&#xa0;: le fichier est complet.</translation>
    </message>
    <message>
        <source>Check found problems: read them before putting this backup back.</source>
        <translation>La vérification a trouvé des problèmes&#xa0;: lisez-les avant de remettre cette sauvegarde en place.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Backups are made every few minutes while sessions change. Choose one, check it, then put it back. The current file is kept aside, never deleted.</source>
        <translation>Une sauvegarde est faite toutes les quelques minutes tant que les séances changent. Choisissez-en une, vérifiez-la, puis remettez-la en place. Le fichier actuel est mis de côté, jamais supprimé.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Gommettes</translation>
    </message>
    <message>
        <source>(cannot be read)</source>
        <translation>(illisible)</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>Pas encore de sauvegarde.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Put this backup in place…</source>
        <translation>Remettre cette sauvegarde en place…</translation>
    </message>
    <message>
        <source>Check the chosen backup before putting it back.</source>
        <translation>Vérifiez la sauvegarde choisie avant de la remettre en place.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Put the backup made at {time} in place of the current sessions? Everything written since then is set aside, not lost: the current file is kept in the folder {folder}.</source>
        <translation>Remettre la sauvegarde faite le {time} à la place des séances actuelles&#xa0;? Tout ce qui a été écrit depuis est mis de côté, pas perdu&#xa0;: le fichier actuel est gardé dans le dossier {folder}.</translation>
    </message>
    <message>
        <source>Nothing was changed: {reason}</source>
        <translation>Rien n&apos;a été modifié&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Putting the backup in place…</source>
        <translation>Remise en place de la sauvegarde…</translation>
    </message>
    <message>
        <source>The backup made at {time} is now in place. The file that was in place is kept at {path}.</source>
        <translation>La sauvegarde faite le {time} est maintenant en place. Le fichier qui était en place est gardé ici&#xa0;: {path}.</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonyme</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Kind of actor</source>
        <translation>Type d&apos;acteur</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Ajouter un participant</translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation>Modifier le participant</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Display name (optional)</source>
        <translation>Nom affiché (facultatif)</translation>
    </message>
    <message>
        <source>Only if the person wants one</source>
        <translation>Seulement si la personne le souhaite</translation>
    </message>
    <message>
        <source>Named in the minutes (officials, facilitators)</source>
        <translation>Nommé dans le compte rendu (élus, agents, animateurs)</translation>
    </message>
    <message>
        <source>Has given consent</source>
        <translation>A donné son consentement</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importer un CSV…</translation>
    </message>
    <message>
        <source>Some of them voted in the open round: their dots stay counted. To withdraw someone&apos;s dots, remove that person alone.</source>
        <translation>Certaines de ces personnes ont voté dans le tour ouvert&#xa0;: leurs gommettes restent comptées. Pour retirer les gommettes de quelqu’un, retirez cette personne seule.</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Importer des participants</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Nothing was imported. Please correct the file and import it again:</source>
        <translation>Rien n&apos;a été importé. Corrigez le fichier puis importez-le à nouveau&#xa0;:</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… et {count} de plus.</translation>
    </message>
    <message>
        <source>These columns were ignored and not stored: {columns}</source>
        <translation>Ces colonnes ont été ignorées et ne sont pas enregistrées&#xa0;: {columns}</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>Line {line}: {problem}</source>
        <translation>Ligne {line}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>The file has no participants.</source>
        <translation>Le fichier ne contient aucun participant.</translation>
    </message>
    <message>
        <source>only a local actor has a kind of actor.</source>
        <translation>seul un acteur local a un type d&apos;acteur.</translation>
    </message>
    <message>
        <source>the display name is longer than {limit} characters.</source>
        <translation>le nom affiché dépasse {limit} caractères.</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Fichiers CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>This file cannot be opened: {reason}</source>
        <translation>Impossible d&apos;ouvrir ce fichier&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The first line must name the columns, with at least &quot;group&quot; (or &quot;Groupe&quot;) and &quot;language&quot; (or &quot;Langue&quot;).</source>
        <translation>La première ligne doit nommer les colonnes, avec au moins «&#xa0;Groupe&#xa0;» et «&#xa0;Langue&#xa0;».</translation>
    </message>
    <message>
        <source>the group &quot;{value}&quot; is not one of: local actor, newcomer, facilitator, observer.</source>
        <translation>le groupe «&#xa0;{value}&#xa0;» n&apos;est pas l&apos;un de&#xa0;: acteur local, nouvel arrivant, animateur, observateur.</translation>
    </message>
    <message>
        <source>the language &quot;{value}&quot; is not known: write a code such as fr, ar, en or a name such as Français.</source>
        <translation>la langue «&#xa0;{value}&#xa0;» est inconnue&#xa0;: écrivez un code comme fr, ar, en ou un nom comme Français.</translation>
    </message>
    <message>
        <source>the kind of actor &quot;{value}&quot; is not one of: public agent, elected, civil society.</source>
        <translation>le type d&apos;acteur «&#xa0;{value}&#xa0;» n&apos;est pas l&apos;un de&#xa0;: agent public, élu, société civile.</translation>
    </message>
    <message>
        <source>&quot;named in the minutes&quot; and &quot;consent&quot; must be yes or no (oui or non).</source>
        <translation>«&#xa0;Nommé dans le compte rendu&#xa0;» et «&#xa0;Consentement&#xa0;» doivent valoir oui ou non.</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <source>Only one screen</source>
        <translation>Un seul écran</translation>
    </message>
    <message>
        <source>This laptop shows one picture only (one screen, or the projector mirrors it). Full screen, {what} would cover this window.</source>
        <translation>Cet ordinateur n’affiche qu’une seule image (un seul écran, ou le projecteur le recopie). En plein écran, {what} couvrirait cette fenêtre.</translation>
    </message>
    <message>
        <source>Show it in a window you can move, or cover this window anyway?</source>
        <translation>L’afficher dans une fenêtre que vous pouvez déplacer, ou couvrir cette fenêtre quand même&#xa0;?</translation>
    </message>
    <message>
        <source>In a window</source>
        <translation>Dans une fenêtre</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Micro-expérimentation</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Search the notes and actions of every session…</source>
        <translation>Chercher dans les notes et les actions de toutes les séances…</translation>
    </message>
    <message>
        <source>Search every session</source>
        <translation>Chercher dans toutes les séances</translation>
    </message>
    <message>
        <source>Found in the sessions</source>
        <translation>Trouvé dans les séances</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Aucun résultat.</translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <source>Next Policy Lab from this one</source>
        <translation>Prochain Policy Lab à partir de celui-ci</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nouvelle séance</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>Détails de la séance</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>This date is in the past. Check it: certificates and minutes carry it.</source>
        <translation>Cette date est passée. Vérifiez-la&#xa0;: les attestations et le compte rendu la reprennent.</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Languages of the session</source>
        <translation>Langues de la séance</translation>
    </message>
    <message>
        <source>Approve notes from phones before they are shown</source>
        <translation>Valider les notes envoyées par téléphone avant de les afficher</translation>
    </message>
    <message>
        <source>Wi-Fi network name</source>
        <translation>Nom du réseau Wi-Fi</translation>
    </message>
    <message>
        <source>Wi-Fi security</source>
        <translation>Sécurité du Wi-Fi</translation>
    </message>
    <message>
        <source>WPA/WPA2</source>
        <translation>WPA/WPA2</translation>
    </message>
    <message>
        <source>WEP</source>
        <translation>WEP</translation>
    </message>
    <message>
        <source>Open network</source>
        <translation>Réseau ouvert</translation>
    </message>
    <message>
        <source>Wi-Fi password</source>
        <translation>Mot de passe du Wi-Fi</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Wi-Fi network</source>
        <translation>Réseau Wi-Fi</translation>
    </message>
    <message>
        <source>Please give the session a title.</source>
        <translation>Donnez un titre à la séance.</translation>
    </message>
    <message>
        <source>Choose a time zone from the list, e.g. Europe/Paris.</source>
        <translation>Choisissez un fuseau horaire dans la liste, par exemple Europe/Paris.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>{status}, archived</source>
        <translation>{status}, archivée</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Sessions by territory and date</source>
        <translation>Séances par territoire et par date</translation>
    </message>
    <message>
        <source>Show archived sessions</source>
        <translation>Afficher les séances archivées</translation>
    </message>
    <message>
        <source>Policy Lab sessions</source>
        <translation>Séances Policy Lab</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>Nouvelle séance…</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
    <message>
        <source>Next Lab from this one…</source>
        <translation>Prochain Lab à partir de celui-ci…</translation>
    </message>
    <message>
        <source>Archive or restore</source>
        <translation>Archiver ou restaurer</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
</context>
<context>
    <name>WriteWait</name>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Waiting for the other program: another Roundtable program (a portal or a second window) is writing to this database. Your change is kept and will be saved as soon as it has finished.</source>
        <translation>En attente de l&apos;autre programme&#xa0;: un autre programme Roundtable (un portail ou une deuxième fenêtre) écrit dans cette base de données. Votre modification est conservée et sera enregistrée dès qu&apos;il aura terminé.</translation>
    </message>
    <message>
        <source>Quit once saved</source>
        <translation>Quitter une fois enregistré</translation>
    </message>
</context>
</TS>
