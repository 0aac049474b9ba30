<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>CertificateName</name>
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
        <translation>Phrase secrète du cosignataire :</translation>
    </message>
    <message>
        <source>Save the co-signed minutes</source>
        <translation>Enregistrer le compte rendu cosigné</translation>
    </message>
    <message>
        <source>The minutes now carry these signatures: {signers}.</source>
        <translation>Le compte rendu porte maintenant ces signatures : {signers}.</translation>
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
        <translation>Pour signer un compte rendu, Roundtable vous crée une clé et un certificat à votre nom et avec votre fonction. Ils restent sur cet ordinateur, protégés par une phrase secrète que vous seul·e connaissez. Les lecteurs vérifient la signature grâce à l&apos;empreinte du certificat, imprimée dans le compte rendu.</translation>
    </message>
    <message>
        <source>for example: Facilitator, City of Lyon</source>
        <translation>par exemple : Animatrice, Ville de Lyon</translation>
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
        <translation>Une identité de signature existe déjà dans {path} ; elle est conservée telle quelle.</translation>
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
        <translation>Ce fichier n&apos;a pas de signature à compléter : signez d&apos;abord le compte rendu.</translation>
    </message>
    <message>
        <source>The signatures already in this file do not check out; it cannot be co-signed.</source>
        <translation>Les signatures déjà présentes dans ce fichier ne sont pas valides ; il ne peut pas être cosigné.</translation>
    </message>
    <message>
        <source>This file cannot be read as a PDF: {detail}</source>
        <translation>Ce fichier ne peut pas être lu comme un PDF : {detail}</translation>
    </message>
    <message>
        <source>The file {path} cannot be written: {detail}</source>
        <translation>Le fichier {path} ne peut pas être écrit : {detail}</translation>
    </message>
    <message>
        <source>The minutes can be made in en, fr or ar, not {language}.</source>
        <translation>Le compte rendu peut être produit en en, fr ou ar, pas en {language}.</translation>
    </message>
    <message>
        <source>The session changed while its minutes were being made; nothing was signed. Export the minutes again.</source>
        <translation>La séance a changé pendant la préparation du compte rendu ; rien n&apos;a été signé. Exportez de nouveau le compte rendu.</translation>
    </message>
    <message>
        <source>The pages of the minutes could not be laid out ({detail}); nothing was written or signed.</source>
        <translation>Les pages du compte rendu n&apos;ont pas pu être mises en page ({detail}) ; rien n&apos;a été écrit ni signé.</translation>
    </message>
    <message>
        <source>The minutes could not be signed ({detail}); nothing was written.</source>
        <translation>Le compte rendu n&apos;a pas pu être signé ({detail}) ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The results could not be made as CSV and JSON ({detail}); nothing was written.</source>
        <translation>Les résultats n&apos;ont pas pu être produits en CSV et JSON ({detail}) ; rien n&apos;a été écrit.</translation>
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
        <translation>Le contenu signé a été modifié : l&apos;empreinte du document ne correspond pas.</translation>
    </message>
    <message>
        <source>The signature itself is not valid for this certificate.</source>
        <translation>La signature elle-même n&apos;est pas valide pour ce certificat.</translation>
    </message>
    <message>
        <source>The signature does not cover the whole file: something was added after it.</source>
        <translation>La signature ne couvre pas tout le fichier : quelque chose a été ajouté après elle.</translation>
    </message>
    <message>
        <source>The document was changed after this signature (not only by further signatures).</source>
        <translation>Le document a été modifié après cette signature (pas seulement par d&apos;autres signatures).</translation>
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
        <translation>Un problème est survenu : {detail}</translation>
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
        <translation>Clore la session…</translation>
    </message>
    <message>
        <source>Close the session</source>
        <translation>Clore la session</translation>
    </message>
    <message>
        <source>Reopen the session</source>
        <translation>Rouvrir la session</translation>
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
        <translation>La version {version} du compte rendu est signée : cette session est donc verrouillée et rien ne peut y être modifié. Elle peut être signée à nouveau dans une autre langue. Pour modifier quelque chose, rouvrez-la ; le compte rendu devra alors passer à une nouvelle version ({next}), à signer de nouveau.</translation>
    </message>
    <message>
        <source>The session is closed. The next minutes will be version {version}.</source>
        <translation>La séance est clôturée. Le prochain compte rendu sera la version {version}.</translation>
    </message>
    <message>
        <source>The session is still running. You can export a draft; close the session to sign its minutes (version {version}).</source>
        <translation>La séance est encore en cours. Vous pouvez exporter un brouillon ; clôturez la séance pour signer son compte rendu (version {version}).</translation>
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
Empreinte du certificat (SHA-256) :
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
        <translation>Phrase secrète de votre identité de signature :</translation>
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

La séance est maintenant verrouillée. Si quelque chose doit changer, rouvrez-la : le compte rendu devra alors passer à une nouvelle version, à signer de nouveau.</translation>
    </message>
    <message>
        <source>The minutes (version {version}, not signed: a draft) are saved in {file}.</source>
        <translation>Le compte rendu (version {version}, non signé : un brouillon) est enregistré dans {file}.</translation>
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
        <translation>Rouvrir la séance ?</translation>
    </message>
    <message>
        <source>The signed minutes (version {version}) stay as they are. After your changes, export and sign the minutes again: they will be version {next}.</source>
        <translation>Le compte rendu signé (version {version}) reste tel quel. Après vos modifications, exportez et signez de nouveau le compte rendu : ce sera la version {next}.</translation>
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
        <translation>{where} : {kind} « {found} » dans « {text} »</translation>
    </message>
    <message>
        <source>Personal details in the notes?</source>
        <translation>Des données personnelles dans les notes ?</translation>
    </message>
    <message>
        <source>These texts look like they hold personal details. Signed minutes cannot be changed afterwards, so edit or remove these notes first if they should not be in the record.</source>
        <translation>Ces textes semblent contenir des données personnelles. Un compte rendu signé ne peut plus être modifié : corrigez ou supprimez d&apos;abord ces notes si elles ne doivent pas figurer au compte rendu.</translation>
    </message>
    <message>
        <source>These texts look like they hold personal details. A draft is read and passed on like the final minutes, so edit or remove these notes first if they should not leave the room.</source>
        <translation>Ces textes semblent contenir des données personnelles. Un brouillon est lu et transmis comme le compte rendu final : modifiez ou retirez d&apos;abord ces notes si elles ne doivent pas sortir de la salle.</translation>
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
        <translation>Signataire : {signer}</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256):</source>
        <translation>Empreinte du certificat (SHA-256) :</translation>
    </message>
    <message>
        <source>Signing time (as claimed by the signer&apos;s computer): {when}</source>
        <translation>Heure de signature (selon l&apos;ordinateur du signataire) : {when}</translation>
    </message>
    <message>
        <source>Covers the whole file: yes</source>
        <translation>Couvre tout le fichier : oui</translation>
    </message>
    <message>
        <source>Covers its own version of the file; only further signatures came after it</source>
        <translation>Couvre sa propre version du fichier ; seules d&apos;autres signatures ont suivi</translation>
    </message>
    <message>
        <source>Covers the whole file: NO — something was added after it</source>
        <translation>Couvre tout le fichier : NON — quelque chose a été ajouté après</translation>
    </message>
    <message>
        <source>Unchanged since signing: yes</source>
        <translation>Inchangé depuis la signature : oui</translation>
    </message>
    <message>
        <source>Unchanged since signing: NO</source>
        <translation>Inchangé depuis la signature : NON</translation>
    </message>
    <message>
        <source>Identity: not confirmed. Compare the fingerprint above with the one the organisers gave you.</source>
        <translation>Identité : non confirmée. Comparez l&apos;empreinte ci-dessus avec celle que les organisateurs vous ont donnée.</translation>
    </message>
    <message>
        <source>Identity: trusted certificate</source>
        <translation>Identité : certificat de confiance</translation>
    </message>
    <message>
        <source>Identity: NOT one of the trusted certificates</source>
        <translation>Identité : NE fait PAS partie des certificats de confiance</translation>
    </message>
    <message>
        <source>Verdict: VALID — intact, the whole file is covered, nothing changed after signing.</source>
        <translation>Verdict : VALIDE — intact, tout le fichier est couvert, rien n&apos;a changé après la signature.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is trusted.</source>
        <translation>Le certificat du signataire est de confiance.</translation>
    </message>
    <message>
        <source>Verdict: NOT VALID — do not rely on this file.</source>
        <translation>Verdict : NON VALIDE — ne vous fiez pas à ce fichier.</translation>
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
</context>
</TS>
