<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>FollowUp</name>
    <message>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Owner service or role</source>
        <translation>Service ou rôle responsable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>New programme…</source>
        <translation>Nouveau programme…</translation>
    </message>
    <message>
        <source>New programme</source>
        <translation>Nouveau programme</translation>
    </message>
    <message>
        <source>Programme:</source>
        <translation>Programme&#xa0;:</translation>
    </message>
    <message>
        <source>Commitments followed in this Lab</source>
        <translation>Engagements suivis dans ce Lab</translation>
    </message>
    <message>
        <source>History of updates</source>
        <translation>Historique des mises à jour</translation>
    </message>
    <message>
        <source>Made from</source>
        <translation>À partir de</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>Ce qui sera fait</translation>
    </message>
    <message>
        <source>What will be done (empty: the idea&apos;s own words)</source>
        <translation>Ce qui sera fait (vide&#xa0;: les mots mêmes de l’idée)</translation>
    </message>
    <message>
        <source>A service or a role, not a person&apos;s name</source>
        <translation>Un service ou un rôle, pas le nom d’une personne</translation>
    </message>
    <message>
        <source>Make commitment</source>
        <translation>Créer l’engagement</translation>
    </message>
    <message>
        <source>New commitment</source>
        <translation>Nouvel engagement</translation>
    </message>
    <message>
        <source>Date of the update</source>
        <translation>Date de la mise à jour</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>Reported by (role)</source>
        <translation>Signalé par (rôle)</translation>
    </message>
    <message>
        <source>Reason (required to decline)</source>
        <translation>Motif (obligatoire pour refuser)</translation>
    </message>
    <message>
        <source>Level of competence</source>
        <translation>Niveau de compétence</translation>
    </message>
    <message>
        <source>Forwarded to (body)</source>
        <translation>Transmis à (organisme)</translation>
    </message>
    <message>
        <source>Record update</source>
        <translation>Enregistrer la mise à jour</translation>
    </message>
    <message>
        <source>Answer received…</source>
        <translation>Réponse reçue…</translation>
    </message>
    <message>
        <source>Answer received</source>
        <translation>Réponse reçue</translation>
    </message>
    <message>
        <source>Translation…</source>
        <translation>Traduction…</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <source>Update the selected commitment</source>
        <translation>Mettre à jour l’engagement choisi</translation>
    </message>
    <message>
        <source>Status, progress, date:</source>
        <translation>Statut, avancement, date&#xa0;:</translation>
    </message>
    <message>
        <source>What changed:</source>
        <translation>Ce qui a changé&#xa0;:</translation>
    </message>
    <message>
        <source>Evidence, reported by:</source>
        <translation>Preuve, signalé par&#xa0;:</translation>
    </message>
    <message>
        <source>Reason if declined:</source>
        <translation>Motif en cas de refus&#xa0;:</translation>
    </message>
    <message>
        <source>Forwarded to:</source>
        <translation>Transmis à&#xa0;:</translation>
    </message>
    <message>
        <source>Feedback sheets to print (PDF)…</source>
        <translation>Feuilles de bilan à imprimer (PDF)…</translation>
    </message>
    <message>
        <source>Feedback sheets to print</source>
        <translation>Feuilles de bilan à imprimer</translation>
    </message>
    <message>
        <source>Programme report (PDF)…</source>
        <translation>Rapport de programme (PDF)…</translation>
    </message>
    <message>
        <source>(no programme)</source>
        <translation>(aucun programme)</translation>
    </message>
    <message>
        <source>evidence: {evidence}</source>
        <translation>preuve&#xa0;: {evidence}</translation>
    </message>
    <message>
        <source>Answer received: {answer}</source>
        <translation>Réponse reçue&#xa0;: {answer}</translation>
    </message>
    <message>
        <source>Name of the programme (e.g. Resilient Cities — Lyon 2026):</source>
        <translation>Nom du programme (par ex. Villes résilientes — Lyon 2026)&#xa0;:</translation>
    </message>
    <message>
        <source>The answer received from {body}:</source>
        <translation>La réponse reçue de {body}&#xa0;:</translation>
    </message>
    <message>
        <source>Folder for the feedback sheets</source>
        <translation>Dossier des feuilles de bilan</translation>
    </message>
    <message>
        <source>Feedback sheets</source>
        <translation>Feuilles de bilan</translation>
    </message>
    <message>
        <source>Saved: {files}</source>
        <translation>Enregistrées&#xa0;: {files}</translation>
    </message>
    <message>
        <source>Programme report</source>
        <translation>Rapport de programme</translation>
    </message>
    <message>
        <source>This session is in no programme yet: choose one above.</source>
        <translation>Cette séance ne fait encore partie d’aucun programme&#xa0;: choisissez-en un ci-dessus.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Programme report saved: {file}</source>
        <translation>Rapport de programme enregistré&#xa0;: {file}</translation>
    </message>
    <message>
        <source>The programme report could not be saved: {reason}</source>
        <translation>Le rapport de programme n’a pas pu être enregistré&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The feedback sheet could not be saved: {reason}</source>
        <translation>La feuille de bilan n’a pas pu être enregistrée&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>The commitment in {language}, as it will be shown to participants:</source>
        <translation>L’engagement en {language}, tel qu’il sera montré aux participants&#xa0;:</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Micro-expérimentations</translation>
    </message>
    <message>
        <source>Micro-experiment</source>
        <translation>Micro-expérimentation</translation>
    </message>
    <message>
        <source>Hypothesis or expected change</source>
        <translation>Hypothèse ou changement attendu</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Groupes visés</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Séparés par des virgules</translation>
    </message>
    <message>
        <source>Observed changes</source>
        <translation>Changements observés</translation>
    </message>
    <message>
        <source>Success or failure story</source>
        <translation>Récit de réussite ou d’échec</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Save the follow-up</source>
        <translation>Enregistrer le suivi</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Hypothesis:</source>
        <translation>Hypothèse&#xa0;:</translation>
    </message>
    <message>
        <source>Target groups:</source>
        <translation>Groupes visés&#xa0;:</translation>
    </message>
    <message>
        <source>Observed changes:</source>
        <translation>Changements observés&#xa0;:</translation>
    </message>
    <message>
        <source>Story:</source>
        <translation>Récit&#xa0;:</translation>
    </message>
    <message>
        <source>Status, recommendation:</source>
        <translation>Statut, recommandation&#xa0;:</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Date of the reading</source>
        <translation>Date de la mesure</translation>
    </message>
    <message>
        <source>Value, e.g. 12</source>
        <translation>Valeur, par ex. 12</translation>
    </message>
    <message>
        <source>Note on the reading</source>
        <translation>Remarque sur la mesure</translation>
    </message>
    <message>
        <source>Add reading</source>
        <translation>Ajouter la mesure</translation>
    </message>
    <message>
        <source>Remove reading</source>
        <translation>Retirer la mesure</translation>
    </message>
    <message>
        <source>Readings over time</source>
        <translation>Mesures dans le temps</translation>
    </message>
    <message>
        <source>No micro-experiment yet: plan one in the Actions tab.</source>
        <translation>Pas encore de micro-expérimentation&#xa0;: préparez-en une dans l’onglet Actions.</translation>
    </message>
    <message>
        <source>Target: {target} · measured by: {how}</source>
        <translation>Cible&#xa0;: {target} · mesuré par&#xa0;: {how}</translation>
    </message>
    <message>
        <source>Chart of the readings</source>
        <translation>Graphique des mesures</translation>
    </message>
    <message>
        <source>No reading yet</source>
        <translation>Pas encore de mesure</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Transmis</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>Parking</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Mixed results</source>
        <translation>Résultats mitigés</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Pas encore décidé</translation>
    </message>
    <message>
        <source>Scale up</source>
        <translation>Étendre</translation>
    </message>
    <message>
        <source>Adapt</source>
        <translation>Adapter</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Not marked yet</source>
        <translation>Pas encore évaluée</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Satisfaite</translation>
    </message>
    <message>
        <source>Partly met</source>
        <translation>En partie satisfaite</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Non satisfaite</translation>
    </message>
    <message>
        <source>Out of the city&apos;s competence</source>
        <translation>Hors compétence de la ville</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Expectations and their outcome</source>
        <translation>Les attentes et leur résultat</translation>
    </message>
    <message>
        <source>What people came for</source>
        <translation>Ce pour quoi les gens sont venus</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Where it went</source>
        <translation>Où c’est parti</translation>
    </message>
    <message>
        <source>Its parking-lot item</source>
        <translation>Son point du parking</translation>
    </message>
    <message>
        <source>Mark the selected expectation</source>
        <translation>Évaluer l’attente choisie</translation>
    </message>
    <message>
        <source>Counts by outcome and group</source>
        <translation>Nombres par résultat et par groupe</translation>
    </message>
    <message>
        <source>Bridging share</source>
        <translation>Part qui fait une idée-pont</translation>
    </message>
    <message>
        <source>Ideas that bridge the groups</source>
        <translation>Idées qui rapprochent les groupes</translation>
    </message>
    <message>
        <source>Share of each group&apos;s dots, at least:</source>
        <translation>Part des gommettes de chaque groupe, au moins&#xa0;:</translation>
    </message>
    <message>
        <source>Not shown by group, fewer than 5 people: {groups}</source>
        <translation>Non montré par groupe, moins de 5 personnes&#xa0;: {groups}</translation>
    </message>
    <message>
        <source>{round}: not computed, a group had fewer than 5 voters</source>
        <translation>{round}&#xa0;: non calculé, un groupe comptait moins de 5 votants</translation>
    </message>
    <message>
        <source>{round}: no idea reached this share in both groups</source>
        <translation>{round}&#xa0;: aucune idée n’a atteint cette part dans les deux groupes</translation>
    </message>
    <message>
        <source>{idea} — local actors {local} %, newcomers {newcomers} %</source>
        <translation>{idea} — acteurs locaux {local}&#xa0;%, nouveaux arrivants {newcomers}&#xa0;%</translation>
    </message>
</context>
</TS>
