<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>MinutesCertificateName</name>
    <message>
        <source>Name on the certificate</source>
        <translation>Nom sur l&apos;attestation</translation>
    </message>
    <message>
        <source>This person is known here as {pseudonym}. Type the name to print on their certificate, or leave it blank to print {pseudonym}. The name is used for this certificate only and is not saved.</source>
        <translation>Cette personne est connue ici sous le nom de {pseudonym}. Tapez le nom à imprimer sur son attestation, ou laissez vide pour imprimer {pseudonym}. Ce nom ne sert qu&apos;à cette attestation et n&apos;est pas enregistré.</translation>
    </message>
</context>
<context>
    <name>MinutesCosign</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Signed minutes to co-sign</source>
        <translation>Compte rendu signé à cosigner</translation>
    </message>
    <message>
        <source>The co-signer&apos;s identity file</source>
        <translation>Fichier d&apos;identité du cosignataire</translation>
    </message>
    <message>
        <source>Signing identities (*.p12)</source>
        <translation>Identités de signature (*.p12)</translation>
    </message>
    <message>
        <source>Co-sign</source>
        <translation>Cosigner</translation>
    </message>
    <message>
        <source>The co-signer&apos;s passphrase:</source>
        <translation>Phrase secrète du cosignataire&#xa0;:</translation>
    </message>
    <message>
        <source>Save the co-signed minutes</source>
        <translation>Enregistrer le compte rendu cosigné</translation>
    </message>
    <message>
        <source>The minutes now carry these signatures: {signers}.</source>
        <translation>Le compte rendu porte maintenant ces signatures&#xa0;: {signers}.</translation>
    </message>
</context>
<context>
    <name>MinutesIdentity</name>
    <message>
        <source>Set up signing</source>
        <translation>Configurer la signature</translation>
    </message>
    <message>
        <source>To sign minutes, Roundtable makes you a key and a certificate with your name and title. They stay on this computer, protected by a passphrase that only you know. Readers check the signature with the certificate&apos;s fingerprint, printed in the minutes.</source>
        <translation>Pour signer un compte rendu, Roundtable vous crée une clé et un certificat à votre nom et avec votre fonction. Ils restent sur cet ordinateur, protégés par une phrase secrète que vous seul connaissez. Les lecteurs vérifient la signature grâce à l&apos;empreinte du certificat, imprimée dans le compte rendu.</translation>
    </message>
    <message>
        <source>for example: Facilitator, City of Lyon</source>
        <translation>par exemple&#xa0;: Animateur, Ville de Lyon</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Phrase secrète (confirmation)</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes sont différentes.</translation>
    </message>
    <message>
        <source>The passphrase must have at least {minimum} characters.</source>
        <translation>La phrase secrète doit compter au moins {minimum} caractères.</translation>
    </message>
</context>
<context>
    <name>MinutesMessages</name>
    <message>
        <source>No signing identity yet. Create one first (name, title and passphrase).</source>
        <translation>Pas encore d&apos;identité de signature. Créez-en une d&apos;abord (nom, fonction et phrase secrète).</translation>
    </message>
    <message>
        <source>A signing identity already exists in {path}; it is kept as it is.</source>
        <translation>Une identité de signature existe déjà dans {path}&#xa0;; elle est conservée telle quelle.</translation>
    </message>
    <message>
        <source>The passphrase does not open the signing identity.</source>
        <translation>Cette phrase secrète n&apos;ouvre pas l&apos;identité de signature.</translation>
    </message>
    <message>
        <source>The passphrase must have at least {minimum} characters.</source>
        <translation>La phrase secrète doit compter au moins {minimum} caractères.</translation>
    </message>
    <message>
        <source>A passphrase is needed to sign.</source>
        <translation>Une phrase secrète est nécessaire pour signer.</translation>
    </message>
    <message>
        <source>The signer&apos;s name is empty.</source>
        <translation>Le nom du signataire est vide.</translation>
    </message>
    <message>
        <source>The signing identity file {path} cannot be read.</source>
        <translation>Le fichier d&apos;identité de signature {path} ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Close the session before signing its minutes.</source>
        <translation>Clôturez la séance avant d&apos;en signer le compte rendu.</translation>
    </message>
    <message>
        <source>Some notes look like they hold personal details (phone, e-mail or ID numbers). Redact them, or confirm that they may be signed as they are.</source>
        <translation>Certaines notes semblent contenir des données personnelles (téléphone, e-mail ou numéros d&apos;identité). Masquez-les, ou confirmez qu&apos;elles peuvent être signées telles quelles.</translation>
    </message>
    <message>
        <source>This file has no signature to add to: sign the minutes first.</source>
        <translation>Ce fichier n&apos;a pas de signature à compléter&#xa0;: signez d&apos;abord le compte rendu.</translation>
    </message>
    <message>
        <source>The signatures already in this file do not check out; it cannot be co-signed.</source>
        <translation>Les signatures déjà présentes dans ce fichier ne sont pas valides&#xa0;; il ne peut pas être cosigné.</translation>
    </message>
    <message>
        <source>This file cannot be read as a PDF: {detail}</source>
        <translation>Ce fichier ne peut pas être lu comme un PDF&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>The file {path} cannot be written: {detail}</source>
        <translation>Le fichier {path} ne peut pas être écrit&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>The minutes can be made in en, fr or ar, not {language}.</source>
        <translation>Le compte rendu peut être produit en en, fr ou ar, pas en {language}.</translation>
    </message>
    <message>
        <source>The session changed while its minutes were being made; nothing was signed. Export the minutes again.</source>
        <translation>La séance a changé pendant la préparation du compte rendu&#xa0;; rien n&apos;a été signé. Exportez de nouveau le compte rendu.</translation>
    </message>
    <message>
        <source>The file cannot be read as a signed PDF.</source>
        <translation>Le fichier ne peut pas être lu comme un PDF signé.</translation>
    </message>
    <message>
        <source>The file has no signature.</source>
        <translation>Le fichier n&apos;a aucune signature.</translation>
    </message>
    <message>
        <source>The signed bytes were changed: the document digest does not match.</source>
        <translation>Le contenu signé a été modifié&#xa0;: l&apos;empreinte du document ne correspond pas.</translation>
    </message>
    <message>
        <source>The signature itself is not valid for this certificate.</source>
        <translation>La signature elle-même n&apos;est pas valide pour ce certificat.</translation>
    </message>
    <message>
        <source>The signature does not cover the whole file: something was added after it.</source>
        <translation>La signature ne couvre pas tout le fichier&#xa0;: quelque chose a été ajouté après elle.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is not one of the trusted certificates given.</source>
        <translation>Le certificat du signataire ne fait pas partie des certificats de confiance indiqués.</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>numéro de téléphone</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>adresse e-mail</translation>
    </message>
    <message>
        <source>ID-like number</source>
        <translation>numéro d&apos;identité possible</translation>
    </message>
    <message>
        <source>name of someone who did not agree to be named</source>
        <translation>nom d&apos;une personne qui n&apos;a pas accepté d&apos;être nommée</translation>
    </message>
    <message>
        <source>Something went wrong: {detail}</source>
        <translation>Un problème est survenu&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>The signature does not cover a complete version of the file.</source>
        <translation>La signature ne couvre pas une version complète du fichier.</translation>
    </message>
    <message>
        <source>The document was changed after the first signature (not only by further signatures).</source>
        <translation>Le document a été modifié après la première signature (pas seulement par d&apos;autres signatures).</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is not the one whose fingerprint the signature page and its QR code show: someone else signed these minutes.</source>
        <translation>Le certificat du signataire n&apos;est pas celui dont la page de signature et son code QR montrent l&apos;empreinte&#xa0;: quelqu&apos;un d&apos;autre a signé ce compte rendu.</translation>
    </message>
    <message>
        <source>The signature page does not show the signer&apos;s certificate fingerprint in words and in its QR code: these are not minutes signed by Roundtable.</source>
        <translation>La page de signature ne montre pas l&apos;empreinte du certificat du signataire en toutes lettres et dans son code QR&#xa0;: ce n&apos;est pas un compte rendu signé par Roundtable.</translation>
    </message>
    <message>
        <source>Fewer signatures than expected: {expected} expected, {found} found.</source>
        <translation>Moins de signatures que prévu&#xa0;: {expected} attendues, {found} trouvées.</translation>
    </message>
    <message>
        <source>Revision {revision}: the document catalogue was changed.</source>
        <translation>Révision {revision}&#xa0;: le catalogue du document a été modifié.</translation>
    </message>
    <message>
        <source>Revision {revision}: the document information (title, author, keywords) was changed.</source>
        <translation>Révision {revision}&#xa0;: les informations du document (titre, auteur, mots-clés) ont été modifiées.</translation>
    </message>
    <message>
        <source>Revision {revision}: the XMP metadata was changed.</source>
        <translation>Révision {revision}&#xa0;: les métadonnées XMP ont été modifiées.</translation>
    </message>
    <message>
        <source>Revision {revision}: page {page} was changed.</source>
        <translation>Révision {revision}&#xa0;: la page {page} a été modifiée.</translation>
    </message>
    <message>
        <source>Revision {revision}: the content of page {page} was changed.</source>
        <translation>Révision {revision}&#xa0;: le contenu de la page {page} a été modifié.</translation>
    </message>
    <message>
        <source>Revision {revision}: pages were added, removed or reordered.</source>
        <translation>Révision {revision}&#xa0;: des pages ont été ajoutées, retirées ou réordonnées.</translation>
    </message>
    <message>
        <source>Revision {revision}: an annotation was added or changed on page {page}.</source>
        <translation>Révision {revision}&#xa0;: une annotation a été ajoutée ou modifiée sur la page {page}.</translation>
    </message>
    <message>
        <source>Revision {revision}: a signature that can be seen (or with a malformed rectangle) was added on page {page}.</source>
        <translation>Révision {revision}&#xa0;: une signature visible (ou au rectangle mal formé) a été ajoutée sur la page {page}.</translation>
    </message>
    <message>
        <source>Revision {revision}: a signature field was added without a signature.</source>
        <translation>Révision {revision}&#xa0;: un champ de signature a été ajouté sans signature.</translation>
    </message>
    <message>
        <source>Revision {revision}: the form fields were changed.</source>
        <translation>Révision {revision}&#xa0;: les champs du formulaire ont été modifiés.</translation>
    </message>
    <message>
        <source>Revision {revision}: objects were deleted.</source>
        <translation>Révision {revision}&#xa0;: des objets ont été supprimés.</translation>
    </message>
    <message>
        <source>Revision {revision}: object {obj} was changed.</source>
        <translation>Révision {revision}&#xa0;: l&apos;objet {obj} a été modifié.</translation>
    </message>
    <message>
        <source>Revision {revision} cannot be followed: its changes cannot be checked.</source>
        <translation>La révision {revision} ne peut pas être lue&#xa0;: ses modifications ne peuvent pas être vérifiées.</translation>
    </message>
    <message>
        <source>Revision {revision}: validation information was added after signing (certificates and revocation data, as for long-term archiving); allowed.</source>
        <translation>Révision {revision}&#xa0;: des informations de validation ont été ajoutées après la signature (certificats et données de révocation, comme pour l&apos;archivage à long terme)&#xa0;; c&apos;est permis.</translation>
    </message>
    <message>
        <source>The audit check found {count} row(s) that differ from the session&apos;s log; nothing was signed. Open Session → Audit check… to see each one.</source>
        <translation>La vérification du registre a trouvé {count} ligne(s) qui diffèrent du registre de la séance&#xa0;; rien n&apos;a été signé. Ouvrez Séance → Vérification du registre… pour les voir une à une.</translation>
    </message>
    <message>
        <source>The pages of the minutes could not be laid out ({detail}); nothing was written or signed.</source>
        <translation>Les pages du compte rendu n&apos;ont pas pu être mises en page ({detail})&#xa0;; rien n&apos;a été écrit ni signé.</translation>
    </message>
    <message>
        <source>The minutes could not be signed ({detail}); nothing was written.</source>
        <translation>Le compte rendu n&apos;a pas pu être signé ({detail})&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The results could not be made as CSV and JSON ({detail}); nothing was written.</source>
        <translation>Les résultats n&apos;ont pas pu être produits en CSV et JSON ({detail})&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>MinutesPanel</name>
    <message>
        <source>Reopen for changes…</source>
        <translation>Rouvrir pour modifier…</translation>
    </message>
    <message>
        <source>Close the session…</source>
        <translation>Clore la séance…</translation>
    </message>
    <message>
        <source>Close the session</source>
        <translation>Clore la séance</translation>
    </message>
    <message>
        <source>Reopen the session</source>
        <translation>Rouvrir la séance</translation>
    </message>
    <message>
        <source>Sign the minutes (the session is then locked)</source>
        <translation>Signer le compte rendu (la séance est alors verrouillée)</translation>
    </message>
    <message>
        <source>Set up signing…</source>
        <translation>Configurer la signature…</translation>
    </message>
    <message>
        <source>Export minutes…</source>
        <translation>Exporter le compte rendu…</translation>
    </message>
    <message>
        <source>Export results (CSV and JSON)…</source>
        <translation>Exporter les résultats (CSV et JSON)…</translation>
    </message>
    <message>
        <source>Co-sign signed minutes…</source>
        <translation>Cosigner un compte rendu signé…</translation>
    </message>
    <message>
        <source>After signing, purge raw data (display names, phone sign-ins, who wrote which note, who voted what in open rounds)</source>
        <translation>Après la signature, effacer les données brutes (noms affichés, connexions des téléphones, auteurs des notes, votes à découvert de chacun)</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <source>Language of the minutes</source>
        <translation>Langue du compte rendu</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <source>Verify signed minutes</source>
        <translation>Vérifier un compte rendu signé</translation>
    </message>
    <message>
        <source>Version {version} of the minutes is signed, so this session is locked: nothing in it can be changed. It can be signed again in another language. To change something, reopen it; the minutes will then need a new version ({next}), signed again.</source>
        <translation>La version {version} du compte rendu est signée&#xa0;: cette séance est donc verrouillée et rien ne peut y être modifié. Elle peut être signée à nouveau dans une autre langue. Pour modifier quelque chose, rouvrez-la&#xa0;; le compte rendu devra alors passer à une nouvelle version ({next}), à signer de nouveau.</translation>
    </message>
    <message>
        <source>The session is closed. The next minutes will be version {version}.</source>
        <translation>La séance est clôturée. Le prochain compte rendu sera la version {version}.</translation>
    </message>
    <message>
        <source>The session is still running. You can export a draft; close the session to sign its minutes (version {version}).</source>
        <translation>La séance est encore en cours. Vous pouvez exporter un brouillon&#xa0;; clôturez la séance pour signer son compte rendu (version {version}).</translation>
    </message>
    <message>
        <source>No signing identity yet.</source>
        <translation>Pas encore d&apos;identité de signature.</translation>
    </message>
    <message>
        <source>{signer}
Certificate fingerprint (SHA-256):
{fingerprint}</source>
        <translation>{signer}
Empreinte du certificat (SHA-256)&#xa0;:
{fingerprint}</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Save the minutes</source>
        <translation>Enregistrer le compte rendu</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Sign the minutes</source>
        <translation>Signer le compte rendu</translation>
    </message>
    <message>
        <source>Passphrase of your signing identity:</source>
        <translation>Phrase secrète de votre identité de signature&#xa0;:</translation>
    </message>
    <message>
        <source>Making the minutes…</source>
        <translation>Préparation du compte rendu…</translation>
    </message>
    <message>
        <source>Reading the session…</source>
        <translation>Lecture de la séance…</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Mise en page…</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Signature…</translation>
    </message>
    <message>
        <source>Saving the file…</source>
        <translation>Enregistrement du fichier…</translation>
    </message>
    <message>
        <source>Purging raw data…</source>
        <translation>Effacement des données brutes…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Version {version} of the minutes is signed and saved in {file}.

The session is now locked. If something must change, reopen it: the minutes will then need a new version, signed again.</source>
        <translation>La version {version} du compte rendu est signée et enregistrée dans {file}.

La séance est maintenant verrouillée. Si quelque chose doit changer, rouvrez-la&#xa0;: le compte rendu devra alors passer à une nouvelle version, à signer de nouveau.</translation>
    </message>
    <message>
        <source>The minutes (version {version}, not signed: a draft) are saved in {file}.</source>
        <translation>Le compte rendu (version {version}, non signé&#xa0;: un brouillon) est enregistré dans {file}.</translation>
    </message>
    <message>
        <source>Folder for the results</source>
        <translation>Dossier des résultats</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Reopen the session?</source>
        <translation>Rouvrir la séance&#xa0;?</translation>
    </message>
    <message>
        <source>The signed minutes (version {version}) stay as they are. After your changes, export and sign the minutes again: they will be version {next}.</source>
        <translation>Le compte rendu signé (version {version}) reste tel quel. Après vos modifications, exportez et signez de nouveau le compte rendu&#xa0;: ce sera la version {next}.</translation>
    </message>
</context>
<context>
    <name>MinutesPrivacy</name>
    <message>
        <source>Note {number}</source>
        <translation>Note {number}</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>Parking</translation>
    </message>
    <message>
        <source>Theme name</source>
        <translation>Nom de thème</translation>
    </message>
    <message>
        <source>Decision or experiment</source>
        <translation>Décision ou expérimentation</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <source>{where}: {kind} “{found}” in “{text}”</source>
        <translation>{where}&#xa0;: {kind} «&#xa0;{found}&#xa0;» dans «&#xa0;{text}&#xa0;»</translation>
    </message>
    <message>
        <source>Personal details in the notes?</source>
        <translation>Des données personnelles dans les notes&#xa0;?</translation>
    </message>
    <message>
        <source>These texts look like they hold personal details. Signed minutes cannot be changed afterwards, so edit or remove these notes first if they should not be in the record.</source>
        <translation>Ces textes semblent contenir des données personnelles. Un compte rendu signé ne peut plus être modifié&#xa0;: corrigez ou supprimez d&apos;abord ces notes si elles ne doivent pas figurer au compte rendu.</translation>
    </message>
    <message>
        <source>These texts look like they hold personal details. A draft is read and passed on like the final minutes, so edit or remove these notes first if they should not leave the room.</source>
        <translation>Ces textes semblent contenir des données personnelles. Un brouillon est lu et transmis comme le compte rendu final&#xa0;: modifiez ou retirez d&apos;abord ces notes si elles ne doivent pas sortir de la salle.</translation>
    </message>
    <message>
        <source>Go back and redact</source>
        <translation>Revenir et masquer</translation>
    </message>
    <message>
        <source>Sign as it is</source>
        <translation>Signer tel quel</translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation>Exporter quand même</translation>
    </message>
</context>
<context>
    <name>MinutesVerify</name>
    <message>
        <source>Signature {number}</source>
        <translation>Signature {number}</translation>
    </message>
    <message>
        <source>Signer: {signer}</source>
        <translation>Signataire&#xa0;: {signer}</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256):</source>
        <translation>Empreinte du certificat (SHA-256)&#xa0;:</translation>
    </message>
    <message>
        <source>Signing time (as claimed by the signer&apos;s computer): {when}</source>
        <translation>Heure de signature (selon l&apos;ordinateur du signataire)&#xa0;: {when}</translation>
    </message>
    <message>
        <source>Covers the whole file: yes</source>
        <translation>Couvre tout le fichier&#xa0;: oui</translation>
    </message>
    <message>
        <source>Covers its own version of the file; only further signatures came after it</source>
        <translation>Couvre sa propre version du fichier&#xa0;; seules d&apos;autres signatures ont suivi</translation>
    </message>
    <message>
        <source>Covers the whole file: NO — something was added after it</source>
        <translation>Couvre tout le fichier&#xa0;: NON — quelque chose a été ajouté après</translation>
    </message>
    <message>
        <source>Unchanged since signing: yes</source>
        <translation>Inchangé depuis la signature&#xa0;: oui</translation>
    </message>
    <message>
        <source>Unchanged since signing: NO</source>
        <translation>Inchangé depuis la signature&#xa0;: NON</translation>
    </message>
    <message>
        <source>Identity: not confirmed. Compare the fingerprint above with the one the organisers gave you.</source>
        <translation>Identité&#xa0;: non confirmée. Comparez l&apos;empreinte ci-dessus avec celle que les organisateurs vous ont donnée.</translation>
    </message>
    <message>
        <source>Identity: trusted certificate</source>
        <translation>Identité&#xa0;: certificat de confiance</translation>
    </message>
    <message>
        <source>Identity: NOT one of the trusted certificates</source>
        <translation>Identité&#xa0;: NE fait PAS partie des certificats de confiance</translation>
    </message>
    <message>
        <source>Verdict: VALID — intact, the whole file is covered, nothing changed after signing.</source>
        <translation>Verdict&#xa0;: VALIDE — intact, tout le fichier est couvert, rien n&apos;a changé après la signature.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is trusted.</source>
        <translation>Le certificat du signataire est de confiance.</translation>
    </message>
    <message>
        <source>Verdict: NOT VALID — do not rely on this file.</source>
        <translation>Verdict&#xa0;: NON VALIDE — ne vous fiez pas à ce fichier.</translation>
    </message>
    <message>
        <source>Check a signed PDF…</source>
        <translation>Vérifier un PDF signé…</translation>
    </message>
    <message>
        <source>Trust a certificate…</source>
        <translation>Faire confiance à un certificat…</translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation>Résultat de la vérification</translation>
    </message>
    <message>
        <source>Signed minutes</source>
        <translation>Compte rendu signé</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Trusted certificate</source>
        <translation>Certificat de confiance</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <source>{count} trusted certificate(s)</source>
        <translation>{count} certificat(s) de confiance</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>Vérification de {file}…</translation>
    </message>
    <message>
        <source>Verdict: VALID — intact; nothing but validation information was added after signing.</source>
        <translation>Verdict&#xa0;: VALIDE — intact&#xa0;; seules des informations de validation ont été ajoutées après la signature.</translation>
    </message>
    <message>
        <source>Signatures expected:</source>
        <translation>Signatures attendues&#xa0;:</translation>
    </message>
    <message>
        <source>any</source>
        <translation>peu importe</translation>
    </message>
    <message>
        <source>The check fails when the file holds fewer signatures: a removed co-signature leaves a file that is otherwise sound.</source>
        <translation>La vérification échoue si le fichier porte moins de signatures&#xa0;: une cosignature retirée laisse un fichier par ailleurs valide.</translation>
    </message>
</context>
</TS>
