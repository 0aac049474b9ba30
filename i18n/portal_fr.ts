<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>PortalPanel</name>
    <message>
        <source>Participant portal</source>
        <translation>Portail des participants</translation>
    </message>
    <message>
        <source>Phones join here</source>
        <translation>Les téléphones se connectent ici</translation>
    </message>
    <message>
        <source>{address} ({interface})</source>
        <translation>{address} ({interface})</translation>
    </message>
    <message>
        <source>{address} (this laptop only)</source>
        <translation>{address} (cet ordinateur seulement)</translation>
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
        <source>Wi-Fi shown on the join screen</source>
        <translation>Wi-Fi affiché sur l’écran d’accueil</translation>
    </message>
    <message>
        <source>Network name</source>
        <translation>Nom du réseau</translation>
    </message>
    <message>
        <source>WPA / WPA2 password</source>
        <translation>Mot de passe WPA / WPA2</translation>
    </message>
    <message>
        <source>WEP password</source>
        <translation>Mot de passe WEP</translation>
    </message>
    <message>
        <source>Open network</source>
        <translation>Réseau ouvert</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Save Wi-Fi settings</source>
        <translation>Enregistrer les réglages Wi-Fi</translation>
    </message>
    <message>
        <source>Room sheet to print (PDF)…</source>
        <translation>Affiche de la salle à imprimer (PDF)…</translation>
    </message>
    <message>
        <source>New join code…</source>
        <translation>Nouveau code pour rejoindre…</translation>
    </message>
    <message>
        <source>Notes from phones</source>
        <translation>Notes venues des téléphones</translation>
    </message>
    <message>
        <source>Show phone notes only after I approve them</source>
        <translation>Afficher les notes des téléphones seulement après mon accord</translation>
    </message>
    <message>
        <source>Notes waiting for approval</source>
        <translation>Notes en attente d’accord</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Remove from the session (their phone is signed out)</source>
        <translation>Retirer de la séance (son téléphone est déconnecté)</translation>
    </message>
    <message>
        <source>The portal could not start: {reason}</source>
        <translation>Le portail n’a pas pu démarrer&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Join: {url}
or type: {short}</source>
        <translation>Rejoindre&#xa0;: {url}
ou taper&#xa0;: {short}</translation>
    </message>
    <message>
        <source>The portal is stopped.</source>
        <translation>Le portail est arrêté.</translation>
    </message>
    <message>
        <source>Stop the portal</source>
        <translation>Arrêter le portail</translation>
    </message>
    <message>
        <source>Start the portal</source>
        <translation>Démarrer le portail</translation>
    </message>
    <message>
        <source>Room sheet</source>
        <translation>Affiche de la salle</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The room sheet could not be saved: {reason}</source>
        <translation>L&apos;affiche de la salle n&apos;a pas pu être enregistrée&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Room sheet saved: {path}</source>
        <translation>Affiche de la salle enregistrée&#xa0;: {path}</translation>
    </message>
    <message>
        <source>New join code</source>
        <translation>Nouveau code pour rejoindre</translation>
    </message>
    <message>
        <source>Make a new join code? The QR code on the big screen changes and the old one, or an old room sheet, no longer lets anyone join. Phones already checked in stay in.</source>
        <translation>Créer un nouveau code pour rejoindre&#xa0;? Le QR code du grand écran change&#xa0;; l’ancien, ou une ancienne affiche de salle, ne permet plus à personne de rejoindre. Les téléphones déjà enregistrés restent connectés.</translation>
    </message>
    <message>
        <source>{name} was removed. Dots withdrawn from the open round: {count}</source>
        <translation>{name} a été retiré. Gommettes retirées du tour ouvert&#xa0;: {count}</translation>
    </message>
</context>
<context>
    <name>WalkIns</name>
    <message>
        <source>New arrivals from phones</source>
        <translation>Nouvelles arrivées par téléphone</translation>
    </message>
    <message>
        <source>People who join as someone new wait until I let them in</source>
        <translation>Les personnes qui rejoignent comme nouvelles attendent que je les fasse entrer</translation>
    </message>
    <message>
        <source>New arrivals waiting</source>
        <translation>Nouvelles arrivées en attente</translation>
    </message>
    <message>
        <source>Let in</source>
        <translation>Faire entrer</translation>
    </message>
    <message>
        <source>Turn away</source>
        <translation>Refuser l’entrée</translation>
    </message>
    <message>
        <source>Waiting to be let in: {waiting} · Let in: {admitted}</source>
        <translation>En attente d’entrer&#xa0;: {waiting} · Entrés&#xa0;: {admitted}</translation>
    </message>
</context>
</TS>
