<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Kiosk</name>
    <message>
        <source>No vote is open right now.</source>
        <translation>Aucun vote n&apos;est ouvert pour le moment.</translation>
    </message>
    <message>
        <source>Erase the last character</source>
        <translation>Effacer le dernier caractère</translation>
    </message>
    <message>
        <source>Continue with this code</source>
        <translation>Continuer avec ce code</translation>
    </message>
    <message>
        <source>Vote here</source>
        <translation>Votez ici</translation>
    </message>
    <message>
        <source>Show your badge to the camera, or type the code printed on it.</source>
        <translation>Montrez votre badge à la caméra, ou tapez le code imprimé dessus.</translation>
    </message>
    <message>
        <source>The code printed on your badge</source>
        <translation>Le code imprimé sur votre badge</translation>
    </message>
    <message>
        <source>Your dots could not be saved. Please press confirm again, or ask the facilitator.</source>
        <translation>Vos gommettes n&apos;ont pas pu être enregistrées. Appuyez à nouveau sur valider, ou demandez à l&apos;animateur.</translation>
    </message>
    <message>
        <source>Thank you! Your dots are recorded.</source>
        <translation>Merci&#xa0;! Vos gommettes sont enregistrées.</translation>
    </message>
    <message>
        <source>The earlier dots are kept.</source>
        <translation>Les gommettes d’avant sont gardées.</translation>
    </message>
    <message>
        <source>Next person</source>
        <translation>Personne suivante</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in a minute.</source>
        <translation>Trop de codes PIN erronés. Réessayez dans une minute.</translation>
    </message>
    <message>
        <source>This is not the kiosk&apos;s PIN.</source>
        <translation>Ce n’est pas le code PIN de la borne.</translation>
    </message>
    <message>
        <source>Remove a dot</source>
        <translation>Retirer une gommette</translation>
    </message>
    <message>
        <source>Add a dot</source>
        <translation>Ajouter une gommette</translation>
    </message>
    <message>
        <source>Add a dot to: {idea}</source>
        <translation>Ajouter une gommette à&#xa0;: {idea}</translation>
    </message>
    <message>
        <source>Take a dot back from: {idea}</source>
        <translation>Retirer une gommette de&#xa0;: {idea}</translation>
    </message>
    <message>
        <source>Dots on this idea: {count} of {cap}</source>
        <translation>Gommettes sur cette idée&#xa0;: {count} sur {cap}</translation>
    </message>
    <message>
        <source>This vote is secret: your dots are counted, never shown with your name.</source>
        <translation>Ce vote est secret&#xa0;: vos gommettes sont comptées, jamais affichées avec votre nom.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Confirm my dots</source>
        <translation>Valider mes gommettes</translation>
    </message>
    <message>
        <source>Dots left: {left} of {budget}</source>
        <translation>Gommettes restantes&#xa0;: {left} sur {budget}</translation>
    </message>
    <message>
        <source>This badge has already voted. Voting again replaces the earlier dots. Continue?</source>
        <translation>Ce badge a déjà voté. Voter à nouveau remplace les gommettes d’avant. Continuer&#xa0;?</translation>
    </message>
    <message>
        <source>Yes, replace the earlier dots</source>
        <translation>Oui, remplacer les gommettes d’avant</translation>
    </message>
    <message>
        <source>No, keep the earlier dots</source>
        <translation>Non, garder les gommettes d’avant</translation>
    </message>
    <message>
        <source>Facilitator: type the kiosk&apos;s PIN to leave it.</source>
        <translation>Animateur&#xa0;: tapez le code PIN de la borne pour la quitter.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s PIN</source>
        <translation>Le code PIN de la borne</translation>
    </message>
    <message>
        <source>Leave the kiosk</source>
        <translation>Quitter la borne</translation>
    </message>
    <message>
        <source>Back to voting</source>
        <translation>Retour au vote</translation>
    </message>
</context>
<context>
    <name>KioskSetup</name>
    <message>
        <source>{name} ({width}×{height})</source>
        <translation>{name} ({width}×{height})</translation>
    </message>
    <message>
        <source>{screen}: this laptop&apos;s screen</source>
        <translation>{screen}&#xa0;: l’écran de cet ordinateur</translation>
    </message>
    <message>
        <source>Open the kiosk</source>
        <translation>Ouvrir la borne</translation>
    </message>
    <message>
        <source>The kiosk fills its screen and shows no roster and no desk controls. Choose a PIN: leaving the kiosk (Esc or closing it) asks for it.</source>
        <translation>La borne occupe tout son écran et n’affiche ni la liste des participants ni les commandes de l’animation. Choisissez un code PIN&#xa0;: il sera demandé pour quitter la borne (Échap ou fermeture).</translation>
    </message>
    <message>
        <source>PIN to leave the kiosk</source>
        <translation>Code PIN pour quitter la borne</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>Le même code PIN une seconde fois</translation>
    </message>
    <message>
        <source>Screen for the kiosk</source>
        <translation>Écran de la borne</translation>
    </message>
    <message>
        <source>The PIN is {count} digits or more.</source>
        <translation>Le code PIN compte au moins {count} chiffres.</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>Les deux codes PIN ne sont pas identiques.</translation>
    </message>
</context>
<context>
    <name>PaperDots</name>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Count the paper dot stickers on each item, per group, and type the counts before closing the round. Each count is recorded as soon as it is typed.</source>
        <translation>Comptez les gommettes papier sur chaque élément, par groupe, et tapez les nombres avant de clore le vote. Chaque nombre est enregistré dès qu&apos;il est tapé.</translation>
    </message>
    <message>
        <source>Paper dots per item and group</source>
        <translation>Gommettes papier par élément et par groupe</translation>
    </message>
</context>
<context>
    <name>Projector</name>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Page {page} sur {count}</translation>
    </message>
</context>
<context>
    <name>Removal</name>
    <message>
        <source>Remove a participant</source>
        <translation>Retirer un participant</translation>
    </message>
    <message>
        <source>{name} has voted in the open round:</source>
        <translation>{name} a voté dans le tour ouvert&#xa0;:</translation>
    </message>
    <message>
        <source>Keep their dots, or withdraw them?</source>
        <translation>Garder ses gommettes, ou les retirer&#xa0;?</translation>
    </message>
    <message>
        <source>Remove and withdraw their dots</source>
        <translation>Retirer et annuler ses gommettes</translation>
    </message>
    <message>
        <source>Remove and keep their dots</source>
        <translation>Retirer et garder ses gommettes</translation>
    </message>
    <message>
        <source>This open round is secret:</source>
        <translation>Ce tour ouvert est secret&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing links a person to their dots, so if {name} voted, their dots stay counted.</source>
        <translation>Rien ne relie une personne à ses gommettes&#xa0;: si {name} a voté, ses gommettes restent comptées.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>ResultsChart</name>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Screen (badge)</source>
        <translation>Écran (badge)</translation>
    </message>
    <message>
        <source>Paper dots</source>
        <translation>Gommettes papier</translation>
    </message>
    <message>
        <source>Entered at the desk</source>
        <translation>Saisi à l&apos;ordinateur</translation>
    </message>
    <message>
        <source>Results chart</source>
        <translation>Graphique des résultats</translation>
    </message>
    <message>
        <source>{rank} (tie)</source>
        <translation>{rank} (ex æquo)</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <source>Remove {name} from the session? Their phone stops working for this session.</source>
        <translation>Retirer {name} de la séance&#xa0;? Son téléphone ne fonctionnera plus pour cette séance.</translation>
    </message>
</context>
<context>
    <name>RoundForm</name>
    <message>
        <source>Which ideas should we take forward?</source>
        <translation>Quelles idées voulons-nous faire avancer&#xa0;?</translation>
    </message>
    <message>
        <source>Ideas (sticky notes)</source>
        <translation>Idées (post-it)</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Items in the vote</source>
        <translation>Éléments soumis au vote</translation>
    </message>
    <message>
        <source>Secret vote: who voted is kept apart from what was voted</source>
        <translation>Vote secret&#xa0;: qui a voté est conservé à part de ce qui a été voté</translation>
    </message>
    <message>
        <source>Show the counts on the projector while people vote</source>
        <translation>Afficher les comptes au vidéoprojecteur pendant le vote</translation>
    </message>
    <message>
        <source>No timer</source>
        <translation>Sans minuteur</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Create the round</source>
        <translation>Créer le tour de vote</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Vote on</source>
        <translation>Voter sur</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Dots per person</source>
        <translation>Gommettes par personne</translation>
    </message>
    <message>
        <source>At most per item</source>
        <translation>Au plus par élément</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Minuteur</translation>
    </message>
</context>
<context>
    <name>VoteProjector</name>
    <message>
        <source>No vote right now</source>
        <translation>Pas de vote en ce moment</translation>
    </message>
    <message>
        <source>{voted} of {eligible} have voted</source>
        <translation>{voted} sur {eligible} ont voté</translation>
    </message>
    <message>
        <source>Voting is open</source>
        <translation>Le vote est ouvert</translation>
    </message>
    <message>
        <source>The counts stay hidden until the vote closes and the results are shown.</source>
        <translation>Les comptes restent cachés jusqu&apos;à la fin du vote et l&apos;affichage des résultats.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Items with the same number of dots share a rank.</source>
        <translation>Les éléments avec le même nombre de gommettes partagent un rang.</translation>
    </message>
    <message>
        <source>Voting is closed</source>
        <translation>Le vote est clos</translation>
    </message>
    <message>
        <source>The results will be shown in a moment.</source>
        <translation>Les résultats vont être affichés dans un instant.</translation>
    </message>
</context>
<context>
    <name>VoterMessages</name>
    <message>
        <source>This is not a Roundtable badge.</source>
        <translation>Ce n&apos;est pas un badge Roundtable.</translation>
    </message>
    <message>
        <source>This badge belongs to another session.</source>
        <translation>Ce badge appartient à une autre séance.</translation>
    </message>
    <message>
        <source>This badge is not valid. Please see the welcome desk.</source>
        <translation>Ce badge n&apos;est pas valide. Merci de passer à l&apos;accueil.</translation>
    </message>
    <message>
        <source>No one here has the code {typed}. Check the code on your badge.</source>
        <translation>Personne ici n&apos;a le code {typed}. Vérifiez le code sur votre badge.</translation>
    </message>
    <message>
        <source>This badge no longer works. Please see the welcome desk.</source>
        <translation>Ce badge ne fonctionne plus. Merci de passer à l&apos;accueil.</translation>
    </message>
    <message>
        <source>Facilitators and observers do not vote.</source>
        <translation>Les animateurs et les observateurs ne votent pas.</translation>
    </message>
    <message>
        <source>Voting is not open right now.</source>
        <translation>Le vote n&apos;est pas ouvert en ce moment.</translation>
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
        <source>This secret vote was interrupted when the program restarted, so it cannot take new dots. Please tell the facilitator.</source>
        <translation>Ce vote secret a été interrompu quand le programme a redémarré&#xa0;: il ne peut plus recevoir de gommettes. Prévenez l&apos;animateur.</translation>
    </message>
    <message>
        <source>You are not checked in. Please go to the welcome desk first, then come back to vote.</source>
        <translation>Votre arrivée n’est pas enregistrée. Passez d’abord à l’accueil, puis revenez voter.</translation>
    </message>
    <message>
        <source>This did not work. Please ask the facilitator.</source>
        <translation>Cela n&apos;a pas fonctionné. Merci de demander à l&apos;animateur.</translation>
    </message>
</context>
<context>
    <name>VotingCounts</name>
    <message numerus="yes">
        <source>%n ballot(s) replaced at the kiosk</source>
        <translation>
            <numerusform>%n bulletin remplacé à la borne</numerusform>
            <numerusform>%n bulletins remplacés à la borne</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VotingPanel</name>
    <message>
        <source>Not open yet</source>
        <translation>Pas encore ouvert</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>round status</comment>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Results shown</source>
        <translation>Résultats affichés</translation>
    </message>
    <message>
        <source>Close the vote?</source>
        <translation>Clore le vote&#xa0;?</translation>
    </message>
    <message>
        <source>Once closed, no dot counts any more and the round cannot be opened again.</source>
        <translation>Une fois clos, plus aucune gommette ne compte et le tour ne peut pas être rouvert.</translation>
    </message>
    <message>
        <source>Dot voting</source>
        <translation>Vote par gommettes</translation>
    </message>
    <message>
        <source>Vote rounds</source>
        <translation>Tours de vote</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Clore</translation>
    </message>
    <message>
        <source>Show results</source>
        <translation>Afficher les résultats</translation>
    </message>
    <message>
        <source>Top </source>
        <translation>Les </translation>
    </message>
    <message>
        <source>How many items go to the run-off</source>
        <translation>Nombre d&apos;éléments retenus pour le second tour</translation>
    </message>
    <message>
        <source>Run-off</source>
        <translation>Second tour</translation>
    </message>
    <message>
        <source>Kiosk screen</source>
        <translation>Écran de la borne</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Paper dots</source>
        <translation>Gommettes papier</translation>
    </message>
    <message>
        <source>New round</source>
        <translation>Nouveau tour</translation>
    </message>
    <message>
        <source>A secret round was interrupted</source>
        <translation>Un tour secret a été interrompu</translation>
    </message>
    <message>
        <source>The Dot voting tab offers both recoveries.</source>
        <translation>L’onglet Vote par gommettes propose les deux façons de le reprendre.</translation>
    </message>
    <message>
        <source>Run-off: {title}</source>
        <translation>Second tour&#xa0;: {title}</translation>
    </message>
    <message>
        <source>the kiosk</source>
        <translation>la borne</translation>
    </message>
    <message>
        <source>Vote here with your badge</source>
        <translation>Votez ici avec votre badge</translation>
    </message>
    <message>
        <source>No round yet: set one up under “New round”.</source>
        <translation>Pas encore de tour&#xa0;: créez-en un dans «&#xa0;Nouveau tour&#xa0;».</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>secret</translation>
    </message>
    <message>
        <source>open ballot</source>
        <translation>à découvert</translation>
    </message>
    <message>
        <source>{voted} of {eligible} have voted</source>
        <translation>{voted} sur {eligible} ont voté</translation>
    </message>
    <message>
        <source>Time is up: close the vote when the room is ready.</source>
        <translation>Le temps est écoulé&#xa0;: clôturez le vote quand la salle est prête.</translation>
    </message>
    <message>
        <source>This secret round was interrupted:</source>
        <translation>Ce tour secret a été interrompu&#xa0;:</translation>
    </message>
    <message>
        <source>Roundtable restarted while it was open, so it cannot tell who has voted and takes no further ballot. Ballots kept: {voted}. Close it with the dots cast, or discard them and restart the same round.</source>
        <translation>Roundtable a redémarré pendant qu’il était ouvert&#xa0;: il ne peut donc plus savoir qui a voté et ne prend plus aucun bulletin. Bulletins gardés&#xa0;: {voted}. Clôturez-le avec les gommettes déjà posées, ou annulez-les et relancez le même tour.</translation>
    </message>
    <message>
        <source>This secret round was interrupted by a restart: it takes no further ballot. Ballots kept: {voted}.</source>
        <translation>Ce tour secret a été interrompu par un redémarrage&#xa0;: il ne prend plus aucun bulletin. Bulletins gardés&#xa0;: {voted}.</translation>
    </message>
    <message>
        <source>Close it with the dots cast</source>
        <translation>Le clôturer avec les gommettes posées</translation>
    </message>
    <message>
        <source>Discard and restart it</source>
        <translation>Tout annuler et le relancer</translation>
    </message>
    <message>
        <source>Interrupted secret round</source>
        <translation>Tour secret interrompu</translation>
    </message>
</context>
<context>
    <name>VotingResults</name>
    <message>
        <source>Not shown by group, to protect small groups (fewer than 5 people or the one that would give them away): {groups}</source>
        <translation>Non détaillé par groupe, pour protéger les petits groupes (moins de 5 personnes, ou celui qui permettrait de les déduire)&#xa0;: {groups}</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Gommettes</translation>
    </message>
    <message>
        <source>Results by channel and group</source>
        <translation>Résultats par canal et par groupe</translation>
    </message>
    <message>
        <source>No round yet.</source>
        <translation>Pas encore de tour.</translation>
    </message>
    <message>
        <source>The counts stay hidden while the vote is open. Close the round to see them; reveal it to show the room.</source>
        <translation>Les comptes restent cachés tant que le vote est ouvert. Clôturez le tour pour les voir&#xa0;; affichez les résultats pour les montrer à la salle.</translation>
    </message>
    <message>
        <source>Ideas that bridge the groups: not computed, a group had fewer than 5 voters.</source>
        <translation>Idées qui rapprochent les groupes&#xa0;: non calculé, un groupe comptait moins de 5 votants.</translation>
    </message>
    <message>
        <source>Ideas that bridge the groups: none holds {share} % of both groups&apos; dots.</source>
        <translation>Idées qui rapprochent les groupes&#xa0;: aucune n’a {share}&#xa0;% des gommettes de chacun des deux groupes.</translation>
    </message>
    <message>
        <source>Ideas that bridge the groups (at least {share} % of both groups&apos; dots): {ideas}</source>
        <translation>Idées qui rapprochent les groupes (au moins {share}&#xa0;% des gommettes de chacun des deux groupes)&#xa0;: {ideas}</translation>
    </message>
</context>
</TS>
