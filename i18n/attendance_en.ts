<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Attendance</name>
    <message>
        <source>{time} (late)</source>
        <translation>{time} (late)</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Left early</source>
        <translation>Left early</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Here</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>No camera</translation>
    </message>
    <message>
        <source>Start the camera</source>
        <translation>Start the camera</translation>
    </message>
    <message>
        <source>Code on the badge, e.g. K7M 2QP</source>
        <translation>Code on the badge, e.g. K7M 2QP</translation>
    </message>
    <message>
        <source>Code on the badge</source>
        <translation>Code on the badge</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
    <message>
        <source>Welcome screen</source>
        <translation>Welcome screen</translation>
    </message>
    <message>
        <source>Who is here</source>
        <translation>Who is here</translation>
    </message>
    <message>
        <source>Mark arrived</source>
        <translation>Mark arrived</translation>
    </message>
    <message>
        <source>Mark departure</source>
        <translation>Mark departure</translation>
    </message>
    <message>
        <source>Attendance certificate…</source>
        <translation>Attendance certificate…</translation>
    </message>
    <message>
        <source>Print a badge…</source>
        <translation>Print a badge…</translation>
    </message>
    <message>
        <source>All badges…</source>
        <translation>All badges…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>The check-in could not be saved. Please try again.</source>
        <translation>The check-in could not be saved. Please try again.</translation>
    </message>
    <message>
        <source>{name} is checked in.</source>
        <translation>{name} is checked in.</translation>
    </message>
    <message>
        <source>Choose someone in the list first.</source>
        <translation>Choose someone in the list first.</translation>
    </message>
    <message>
        <source>{name} has left.</source>
        <translation>{name} has left.</translation>
    </message>
    <message>
        <source>Save the attendance certificate</source>
        <translation>Save the attendance certificate</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write the file: {detail}</source>
        <translation>Could not write the file: {detail}</translation>
    </message>
    <message>
        <source>Certificate saved: {path}</source>
        <translation>Certificate saved: {path}</translation>
    </message>
    <message>
        <source>Save the badges</source>
        <translation>Save the badges</translation>
    </message>
    <message>
        <source>Badges saved: {path}</source>
        <translation>Badges saved: {path}</translation>
    </message>
    <message>
        <source>Export attendance</source>
        <translation>Export attendance</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>{group}: {present} of {total}</source>
        <translation>{group}: {present} of {total}</translation>
    </message>
    <message>
        <source>{present} present, {absent} not here</source>
        <translation>{present} present, {absent} not here</translation>
    </message>
</context>
<context>
    <name>BadgeCamera</name>
    <message>
        <source>No camera found. Type the code printed on the badge instead, or plug in a camera and choose it in the list.</source>
        <translation>No camera found. Type the code printed on the badge instead, or plug in a camera and choose it in the list.</translation>
    </message>
    <message>
        <source>Camera on: hold the badge&apos;s QR code in front of it.</source>
        <translation>Camera on: hold the badge&apos;s QR code in front of it.</translation>
    </message>
    <message>
        <source>The camera stopped: {detail}</source>
        <translation>The camera stopped: {detail}</translation>
    </message>
    <message>
        <source>Camera view</source>
        <translation>Camera view</translation>
    </message>
</context>
<context>
    <name>WelcomeDesk</name>
    <message>
        <source>Welcome back, {name}</source>
        <translation>Welcome back, {name}</translation>
    </message>
    <message>
        <source>Welcome, {name}</source>
        <translation>Welcome, {name}</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>You are checked in. Please find a seat; the session starts soon.</source>
        <translation>You are checked in. Please find a seat; the session starts soon.</translation>
    </message>
    <message>
        <source>Welcome!</source>
        <translation>Welcome!</translation>
    </message>
</context>
</TS>
