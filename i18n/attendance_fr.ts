<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Attendance</name>
    <message>
        <source>{time} (late)</source>
        <translation>{time} (en retard)</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Left early</source>
        <translation>Parti plus tôt</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>Pas de caméra</translation>
    </message>
    <message>
        <source>Start the camera</source>
        <translation>Allumer la caméra</translation>
    </message>
    <message>
        <source>Code on the badge, e.g. K7M 2QP</source>
        <translation>Code du badge, par ex. K7M 2QP</translation>
    </message>
    <message>
        <source>Code on the badge</source>
        <translation>Code du badge</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Enregistrer l&apos;arrivée</translation>
    </message>
    <message>
        <source>Welcome screen</source>
        <translation>Écran d&apos;accueil</translation>
    </message>
    <message>
        <source>Who is here</source>
        <translation>Qui est là</translation>
    </message>
    <message>
        <source>Mark arrived</source>
        <translation>Marquer l’arrivée</translation>
    </message>
    <message>
        <source>Mark departure</source>
        <translation>Marquer le départ</translation>
    </message>
    <message>
        <source>Attendance certificate…</source>
        <translation>Attestation de présence…</translation>
    </message>
    <message>
        <source>Print a badge…</source>
        <translation>Imprimer un badge…</translation>
    </message>
    <message>
        <source>All badges…</source>
        <translation>Tous les badges…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>The check-in could not be saved. Please try again.</source>
        <translation>L&apos;arrivée n&apos;a pas pu être enregistrée. Merci de réessayer.</translation>
    </message>
    <message>
        <source>{name} is checked in.</source>
        <translation>Arrivée de {name} enregistrée.</translation>
    </message>
    <message>
        <source>Choose someone in the list first.</source>
        <translation>Choisissez d&apos;abord une personne dans la liste.</translation>
    </message>
    <message>
        <source>{name} has left.</source>
        <translation>Départ de {name} enregistré.</translation>
    </message>
    <message>
        <source>Save the attendance certificate</source>
        <translation>Enregistrer l&apos;attestation de présence</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write the file: {detail}</source>
        <translation>Impossible d&apos;écrire le fichier&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>Certificate saved: {path}</source>
        <translation>Attestation enregistrée&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Save the badges</source>
        <translation>Enregistrer les badges</translation>
    </message>
    <message>
        <source>Badges saved: {path}</source>
        <translation>Badges enregistrés&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Export attendance</source>
        <translation>Exporter les présences</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>{group}: {present} of {total}</source>
        <translation>{group}&#xa0;: {present} sur {total}</translation>
    </message>
    <message>
        <source>{present} present, {absent} not here</source>
        <translation>Présents&#xa0;: {present}, absents&#xa0;: {absent}</translation>
    </message>
</context>
<context>
    <name>BadgeCamera</name>
    <message>
        <source>No camera found. Type the code printed on the badge instead, or plug in a camera and choose it in the list.</source>
        <translation>Aucune caméra trouvée. Tapez plutôt le code imprimé sur le badge, ou branchez une caméra et choisissez-la dans la liste.</translation>
    </message>
    <message>
        <source>Camera on: hold the badge&apos;s QR code in front of it.</source>
        <translation>Caméra allumée&#xa0;: présentez le QR code du badge devant elle.</translation>
    </message>
    <message>
        <source>The camera stopped: {detail}</source>
        <translation>La caméra s&apos;est arrêtée&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>Camera view</source>
        <translation>Image de la caméra</translation>
    </message>
</context>
<context>
    <name>WelcomeDesk</name>
    <message>
        <source>Welcome back, {name}</source>
        <translation>Bon retour, {name}</translation>
    </message>
    <message>
        <source>Welcome, {name}</source>
        <translation>Bienvenue, {name}</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>You are checked in. Please find a seat; the session starts soon.</source>
        <translation>Votre arrivée est enregistrée. Installez-vous, la séance commence bientôt.</translation>
    </message>
    <message>
        <source>Welcome!</source>
        <translation>Bienvenue&#xa0;!</translation>
    </message>
</context>
</TS>
