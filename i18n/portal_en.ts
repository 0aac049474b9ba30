<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>PortalPanel</name>
    <message>
        <source>Participant portal</source>
        <translation>Participant portal</translation>
    </message>
    <message>
        <source>Phones join here</source>
        <translation>Phones join here</translation>
    </message>
    <message>
        <source>{address} ({interface})</source>
        <translation>{address} ({interface})</translation>
    </message>
    <message>
        <source>{address} (this laptop only)</source>
        <translation>{address} (this laptop only)</translation>
    </message>
    <message>
        <source>Network address</source>
        <translation>Network address</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Wi-Fi shown on the join screen</source>
        <translation>Wi-Fi shown on the join screen</translation>
    </message>
    <message>
        <source>Network name</source>
        <translation>Network name</translation>
    </message>
    <message>
        <source>WPA / WPA2 password</source>
        <translation>WPA / WPA2 password</translation>
    </message>
    <message>
        <source>WEP password</source>
        <translation>WEP password</translation>
    </message>
    <message>
        <source>Open network</source>
        <translation>Open network</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Save Wi-Fi settings</source>
        <translation>Save Wi-Fi settings</translation>
    </message>
    <message>
        <source>Room sheet to print (PDF)…</source>
        <translation>Room sheet to print (PDF)…</translation>
    </message>
    <message>
        <source>New join code…</source>
        <translation>New join code…</translation>
    </message>
    <message>
        <source>Notes from phones</source>
        <translation>Notes from phones</translation>
    </message>
    <message>
        <source>Show phone notes only after I approve them</source>
        <translation>Show phone notes only after I approve them</translation>
    </message>
    <message>
        <source>Notes waiting for approval</source>
        <translation>Notes waiting for approval</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Remove from the session (their phone is signed out)</source>
        <translation>Remove from the session (their phone is signed out)</translation>
    </message>
    <message>
        <source>The portal could not start: {reason}</source>
        <translation>The portal could not start: {reason}</translation>
    </message>
    <message>
        <source>Join: {url}
or type: {short}</source>
        <translation>Join: {url}
or type: {short}</translation>
    </message>
    <message>
        <source>The portal is stopped.</source>
        <translation>The portal is stopped.</translation>
    </message>
    <message>
        <source>Stop the portal</source>
        <translation>Stop the portal</translation>
    </message>
    <message>
        <source>Start the portal</source>
        <translation>Start the portal</translation>
    </message>
    <message>
        <source>Room sheet</source>
        <translation>Room sheet</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>The room sheet could not be saved: {reason}</source>
        <translation>The room sheet could not be saved: {reason}</translation>
    </message>
    <message>
        <source>Room sheet saved: {path}</source>
        <translation>Room sheet saved: {path}</translation>
    </message>
    <message>
        <source>{name} was removed. Dots withdrawn from the open round: {count}</source>
        <translation>{name} was removed. Dots withdrawn from the open round: {count}</translation>
    </message>
    <message>
        <source>New join code</source>
        <translation>New join code</translation>
    </message>
    <message>
        <source>Make a new join code? The QR code on the big screen changes and the old one, or an old room sheet, no longer lets anyone join. Phones already checked in stay in.</source>
        <translation>Make a new join code? The QR code on the big screen changes and the old one, or an old room sheet, no longer lets anyone join. Phones already checked in stay in.</translation>
    </message>
</context>
<context>
    <name>WalkIns</name>
    <message>
        <source>New arrivals from phones</source>
        <translation>New arrivals from phones</translation>
    </message>
    <message>
        <source>People who join as someone new wait until I let them in</source>
        <translation>People who join as someone new wait until I let them in</translation>
    </message>
    <message>
        <source>New arrivals waiting</source>
        <translation>New arrivals waiting</translation>
    </message>
    <message>
        <source>Let in</source>
        <translation>Let in</translation>
    </message>
    <message>
        <source>Turn away</source>
        <translation>Turn away</translation>
    </message>
    <message>
        <source>Waiting to be let in: {waiting} · Let in: {admitted}</source>
        <translation>Waiting to be let in: {waiting} · Let in: {admitted}</translation>
    </message>
</context>
</TS>
