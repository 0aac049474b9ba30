<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>MinutesCertificateName</name>
    <message>
        <source>Name on the certificate</source>
        <translation>Name on the certificate</translation>
    </message>
    <message>
        <source>This person is known here as {pseudonym}. Type the name to print on their certificate, or leave it blank to print {pseudonym}. The name is used for this certificate only and is not saved.</source>
        <translation>This person is known here as {pseudonym}. Type the name to print on their certificate, or leave it blank to print {pseudonym}. The name is used for this certificate only and is not saved.</translation>
    </message>
</context>
<context>
    <name>MinutesCosign</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Signed minutes to co-sign</source>
        <translation>Signed minutes to co-sign</translation>
    </message>
    <message>
        <source>The co-signer&apos;s identity file</source>
        <translation>The co-signer&apos;s identity file</translation>
    </message>
    <message>
        <source>Signing identities (*.p12)</source>
        <translation>Signing identities (*.p12)</translation>
    </message>
    <message>
        <source>Co-sign</source>
        <translation>Co-sign</translation>
    </message>
    <message>
        <source>The co-signer&apos;s passphrase:</source>
        <translation>The co-signer&apos;s passphrase:</translation>
    </message>
    <message>
        <source>Save the co-signed minutes</source>
        <translation>Save the co-signed minutes</translation>
    </message>
    <message>
        <source>The minutes now carry these signatures: {signers}.</source>
        <translation>The minutes now carry these signatures: {signers}.</translation>
    </message>
</context>
<context>
    <name>MinutesIdentity</name>
    <message>
        <source>Set up signing</source>
        <translation>Set up signing</translation>
    </message>
    <message>
        <source>To sign minutes, Roundtable makes you a key and a certificate with your name and title. They stay on this computer, protected by a passphrase that only you know. Readers check the signature with the certificate&apos;s fingerprint, printed in the minutes.</source>
        <translation>To sign minutes, Roundtable makes you a key and a certificate with your name and title. They stay on this computer, protected by a passphrase that only you know. Readers check the signature with the certificate&apos;s fingerprint, printed in the minutes.</translation>
    </message>
    <message>
        <source>for example: Facilitator, City of Lyon</source>
        <translation>for example: Facilitator, City of Lyon</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase again</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>The passphrase must have at least {minimum} characters.</source>
        <translation>The passphrase must have at least {minimum} characters.</translation>
    </message>
</context>
<context>
    <name>MinutesMessages</name>
    <message>
        <source>No signing identity yet. Create one first (name, title and passphrase).</source>
        <translation>No signing identity yet. Create one first (name, title and passphrase).</translation>
    </message>
    <message>
        <source>A signing identity already exists in {path}; it is kept as it is.</source>
        <translation>A signing identity already exists in {path}; it is kept as it is.</translation>
    </message>
    <message>
        <source>The passphrase does not open the signing identity.</source>
        <translation>The passphrase does not open the signing identity.</translation>
    </message>
    <message>
        <source>The passphrase must have at least {minimum} characters.</source>
        <translation>The passphrase must have at least {minimum} characters.</translation>
    </message>
    <message>
        <source>A passphrase is needed to sign.</source>
        <translation>A passphrase is needed to sign.</translation>
    </message>
    <message>
        <source>The signer&apos;s name is empty.</source>
        <translation>The signer&apos;s name is empty.</translation>
    </message>
    <message>
        <source>The signing identity file {path} cannot be read.</source>
        <translation>The signing identity file {path} cannot be read.</translation>
    </message>
    <message>
        <source>Close the session before signing its minutes.</source>
        <translation>Close the session before signing its minutes.</translation>
    </message>
    <message>
        <source>Some notes look like they hold personal details (phone, e-mail or ID numbers). Redact them, or confirm that they may be signed as they are.</source>
        <translation>Some notes look like they hold personal details (phone, e-mail or ID numbers). Redact them, or confirm that they may be signed as they are.</translation>
    </message>
    <message>
        <source>This file has no signature to add to: sign the minutes first.</source>
        <translation>This file has no signature to add to: sign the minutes first.</translation>
    </message>
    <message>
        <source>The signatures already in this file do not check out; it cannot be co-signed.</source>
        <translation>The signatures already in this file do not check out; it cannot be co-signed.</translation>
    </message>
    <message>
        <source>This file cannot be read as a PDF: {detail}</source>
        <translation>This file cannot be read as a PDF: {detail}</translation>
    </message>
    <message>
        <source>The file {path} cannot be written: {detail}</source>
        <translation>The file {path} cannot be written: {detail}</translation>
    </message>
    <message>
        <source>The minutes can be made in en, fr or ar, not {language}.</source>
        <translation>The minutes can be made in en, fr or ar, not {language}.</translation>
    </message>
    <message>
        <source>The session changed while its minutes were being made; nothing was signed. Export the minutes again.</source>
        <translation>The session changed while its minutes were being made; nothing was signed. Export the minutes again.</translation>
    </message>
    <message>
        <source>The file cannot be read as a signed PDF.</source>
        <translation>The file cannot be read as a signed PDF.</translation>
    </message>
    <message>
        <source>The file has no signature.</source>
        <translation>The file has no signature.</translation>
    </message>
    <message>
        <source>The signed bytes were changed: the document digest does not match.</source>
        <translation>The signed bytes were changed: the document digest does not match.</translation>
    </message>
    <message>
        <source>The signature itself is not valid for this certificate.</source>
        <translation>The signature itself is not valid for this certificate.</translation>
    </message>
    <message>
        <source>The signature does not cover the whole file: something was added after it.</source>
        <translation>The signature does not cover the whole file: something was added after it.</translation>
    </message>
    <message>
        <source>The signature does not cover a complete version of the file.</source>
        <translation>The signature does not cover a complete version of the file.</translation>
    </message>
    <message>
        <source>The document was changed after the first signature (not only by further signatures).</source>
        <translation>The document was changed after the first signature (not only by further signatures).</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is not one of the trusted certificates given.</source>
        <translation>The signer&apos;s certificate is not one of the trusted certificates given.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is not the one whose fingerprint the signature page and its QR code show: someone else signed these minutes.</source>
        <translation>The signer&apos;s certificate is not the one whose fingerprint the signature page and its QR code show: someone else signed these minutes.</translation>
    </message>
    <message>
        <source>The signature page does not show the signer&apos;s certificate fingerprint in words and in its QR code: these are not minutes signed by Roundtable.</source>
        <translation>The signature page does not show the signer&apos;s certificate fingerprint in words and in its QR code: these are not minutes signed by Roundtable.</translation>
    </message>
    <message>
        <source>Fewer signatures than expected: {expected} expected, {found} found.</source>
        <translation>Fewer signatures than expected: {expected} expected, {found} found.</translation>
    </message>
    <message>
        <source>Revision {revision}: the document catalogue was changed.</source>
        <translation>Revision {revision}: the document catalogue was changed.</translation>
    </message>
    <message>
        <source>Revision {revision}: the document information (title, author, keywords) was changed.</source>
        <translation>Revision {revision}: the document information (title, author, keywords) was changed.</translation>
    </message>
    <message>
        <source>Revision {revision}: the XMP metadata was changed.</source>
        <translation>Revision {revision}: the XMP metadata was changed.</translation>
    </message>
    <message>
        <source>Revision {revision}: page {page} was changed.</source>
        <translation>Revision {revision}: page {page} was changed.</translation>
    </message>
    <message>
        <source>Revision {revision}: the content of page {page} was changed.</source>
        <translation>Revision {revision}: the content of page {page} was changed.</translation>
    </message>
    <message>
        <source>Revision {revision}: pages were added, removed or reordered.</source>
        <translation>Revision {revision}: pages were added, removed or reordered.</translation>
    </message>
    <message>
        <source>Revision {revision}: an annotation was added or changed on page {page}.</source>
        <translation>Revision {revision}: an annotation was added or changed on page {page}.</translation>
    </message>
    <message>
        <source>Revision {revision}: a signature that can be seen (or with a malformed rectangle) was added on page {page}.</source>
        <translation>Revision {revision}: a signature that can be seen (or with a malformed rectangle) was added on page {page}.</translation>
    </message>
    <message>
        <source>Revision {revision}: a signature field was added without a signature.</source>
        <translation>Revision {revision}: a signature field was added without a signature.</translation>
    </message>
    <message>
        <source>Revision {revision}: the form fields were changed.</source>
        <translation>Revision {revision}: the form fields were changed.</translation>
    </message>
    <message>
        <source>Revision {revision}: objects were deleted.</source>
        <translation>Revision {revision}: objects were deleted.</translation>
    </message>
    <message>
        <source>Revision {revision}: object {obj} was changed.</source>
        <translation>Revision {revision}: object {obj} was changed.</translation>
    </message>
    <message>
        <source>Revision {revision} cannot be followed: its changes cannot be checked.</source>
        <translation>Revision {revision} cannot be followed: its changes cannot be checked.</translation>
    </message>
    <message>
        <source>Revision {revision}: validation information was added after signing (certificates and revocation data, as for long-term archiving); allowed.</source>
        <translation>Revision {revision}: validation information was added after signing (certificates and revocation data, as for long-term archiving); allowed.</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>phone number</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>e-mail address</translation>
    </message>
    <message>
        <source>ID-like number</source>
        <translation>ID-like number</translation>
    </message>
    <message>
        <source>name of someone who did not agree to be named</source>
        <translation>name of someone who did not agree to be named</translation>
    </message>
    <message>
        <source>Something went wrong: {detail}</source>
        <translation>Something went wrong: {detail}</translation>
    </message>
    <message>
        <source>The audit check found {count} row(s) that differ from the session&apos;s log; nothing was signed. Open Session → Audit check… to see each one.</source>
        <translation>The audit check found {count} row(s) that differ from the session&apos;s log; nothing was signed. Open Session → Audit check… to see each one.</translation>
    </message>
    <message>
        <source>The pages of the minutes could not be laid out ({detail}); nothing was written or signed.</source>
        <translation>The pages of the minutes could not be laid out ({detail}); nothing was written or signed.</translation>
    </message>
    <message>
        <source>The minutes could not be signed ({detail}); nothing was written.</source>
        <translation>The minutes could not be signed ({detail}); nothing was written.</translation>
    </message>
    <message>
        <source>The results could not be made as CSV and JSON ({detail}); nothing was written.</source>
        <translation>The results could not be made as CSV and JSON ({detail}); nothing was written.</translation>
    </message>
</context>
<context>
    <name>MinutesPanel</name>
    <message>
        <source>Reopen for changes…</source>
        <translation>Reopen for changes…</translation>
    </message>
    <message>
        <source>Close the session…</source>
        <translation>Close the session…</translation>
    </message>
    <message>
        <source>Close the session</source>
        <translation>Close the session</translation>
    </message>
    <message>
        <source>Reopen the session</source>
        <translation>Reopen the session</translation>
    </message>
    <message>
        <source>Sign the minutes (the session is then locked)</source>
        <translation>Sign the minutes (the session is then locked)</translation>
    </message>
    <message>
        <source>Set up signing…</source>
        <translation>Set up signing…</translation>
    </message>
    <message>
        <source>Export minutes…</source>
        <translation>Export minutes…</translation>
    </message>
    <message>
        <source>Export results (CSV and JSON)…</source>
        <translation>Export results (CSV and JSON)…</translation>
    </message>
    <message>
        <source>Co-sign signed minutes…</source>
        <translation>Co-sign signed minutes…</translation>
    </message>
    <message>
        <source>After signing, purge raw data (display names, phone sign-ins, who wrote which note, who voted what in open rounds)</source>
        <translation>After signing, purge raw data (display names, phone sign-ins, who wrote which note, who voted what in open rounds)</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Language of the minutes</source>
        <translation>Language of the minutes</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Verify signed minutes</source>
        <translation>Verify signed minutes</translation>
    </message>
    <message>
        <source>Version {version} of the minutes is signed, so this session is locked: nothing in it can be changed. It can be signed again in another language. To change something, reopen it; the minutes will then need a new version ({next}), signed again.</source>
        <translation>Version {version} of the minutes is signed, so this session is locked: nothing in it can be changed. It can be signed again in another language. To change something, reopen it; the minutes will then need a new version ({next}), signed again.</translation>
    </message>
    <message>
        <source>The session is closed. The next minutes will be version {version}.</source>
        <translation>The session is closed. The next minutes will be version {version}.</translation>
    </message>
    <message>
        <source>The session is still running. You can export a draft; close the session to sign its minutes (version {version}).</source>
        <translation>The session is still running. You can export a draft; close the session to sign its minutes (version {version}).</translation>
    </message>
    <message>
        <source>No signing identity yet.</source>
        <translation>No signing identity yet.</translation>
    </message>
    <message>
        <source>{signer}
Certificate fingerprint (SHA-256):
{fingerprint}</source>
        <translation>{signer}
Certificate fingerprint (SHA-256):
{fingerprint}</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Save the minutes</source>
        <translation>Save the minutes</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Sign the minutes</source>
        <translation>Sign the minutes</translation>
    </message>
    <message>
        <source>Passphrase of your signing identity:</source>
        <translation>Passphrase of your signing identity:</translation>
    </message>
    <message>
        <source>Making the minutes…</source>
        <translation>Making the minutes…</translation>
    </message>
    <message>
        <source>Reading the session…</source>
        <translation>Reading the session…</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Laying out the pages…</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Signing…</translation>
    </message>
    <message>
        <source>Saving the file…</source>
        <translation>Saving the file…</translation>
    </message>
    <message>
        <source>Purging raw data…</source>
        <translation>Purging raw data…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <source>Version {version} of the minutes is signed and saved in {file}.

The session is now locked. If something must change, reopen it: the minutes will then need a new version, signed again.</source>
        <translation>Version {version} of the minutes is signed and saved in {file}.

The session is now locked. If something must change, reopen it: the minutes will then need a new version, signed again.</translation>
    </message>
    <message>
        <source>The minutes (version {version}, not signed: a draft) are saved in {file}.</source>
        <translation>The minutes (version {version}, not signed: a draft) are saved in {file}.</translation>
    </message>
    <message>
        <source>Folder for the results</source>
        <translation>Folder for the results</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Reopen the session?</source>
        <translation>Reopen the session?</translation>
    </message>
    <message>
        <source>The signed minutes (version {version}) stay as they are. After your changes, export and sign the minutes again: they will be version {next}.</source>
        <translation>The signed minutes (version {version}) stay as they are. After your changes, export and sign the minutes again: they will be version {next}.</translation>
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
        <translation>Parking lot</translation>
    </message>
    <message>
        <source>Theme name</source>
        <translation>Theme name</translation>
    </message>
    <message>
        <source>Decision or experiment</source>
        <translation>Decision or experiment</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>{where}: {kind} “{found}” in “{text}”</source>
        <translation>{where}: {kind} “{found}” in “{text}”</translation>
    </message>
    <message>
        <source>Personal details in the notes?</source>
        <translation>Personal details in the notes?</translation>
    </message>
    <message>
        <source>These texts look like they hold personal details. Signed minutes cannot be changed afterwards, so edit or remove these notes first if they should not be in the record.</source>
        <translation>These texts look like they hold personal details. Signed minutes cannot be changed afterwards, so edit or remove these notes first if they should not be in the record.</translation>
    </message>
    <message>
        <source>These texts look like they hold personal details. A draft is read and passed on like the final minutes, so edit or remove these notes first if they should not leave the room.</source>
        <translation>These texts look like they hold personal details. A draft is read and passed on like the final minutes, so edit or remove these notes first if they should not leave the room.</translation>
    </message>
    <message>
        <source>Go back and redact</source>
        <translation>Go back and redact</translation>
    </message>
    <message>
        <source>Sign as it is</source>
        <translation>Sign as it is</translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation>Export anyway</translation>
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
        <translation>Signer: {signer}</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256):</source>
        <translation>Certificate fingerprint (SHA-256):</translation>
    </message>
    <message>
        <source>Signing time (as claimed by the signer&apos;s computer): {when}</source>
        <translation>Signing time (as claimed by the signer&apos;s computer): {when}</translation>
    </message>
    <message>
        <source>Covers the whole file: yes</source>
        <translation>Covers the whole file: yes</translation>
    </message>
    <message>
        <source>Covers its own version of the file; only further signatures came after it</source>
        <translation>Covers its own version of the file; only further signatures came after it</translation>
    </message>
    <message>
        <source>Covers the whole file: NO — something was added after it</source>
        <translation>Covers the whole file: NO — something was added after it</translation>
    </message>
    <message>
        <source>Unchanged since signing: yes</source>
        <translation>Unchanged since signing: yes</translation>
    </message>
    <message>
        <source>Unchanged since signing: NO</source>
        <translation>Unchanged since signing: NO</translation>
    </message>
    <message>
        <source>Identity: not confirmed. Compare the fingerprint above with the one the organisers gave you.</source>
        <translation>Identity: not confirmed. Compare the fingerprint above with the one the organisers gave you.</translation>
    </message>
    <message>
        <source>Identity: trusted certificate</source>
        <translation>Identity: trusted certificate</translation>
    </message>
    <message>
        <source>Identity: NOT one of the trusted certificates</source>
        <translation>Identity: NOT one of the trusted certificates</translation>
    </message>
    <message>
        <source>Verdict: VALID — intact; nothing but validation information was added after signing.</source>
        <translation>Verdict: VALID — intact; nothing but validation information was added after signing.</translation>
    </message>
    <message>
        <source>Verdict: VALID — intact, the whole file is covered, nothing changed after signing.</source>
        <translation>Verdict: VALID — intact, the whole file is covered, nothing changed after signing.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is trusted.</source>
        <translation>The signer&apos;s certificate is trusted.</translation>
    </message>
    <message>
        <source>Verdict: NOT VALID — do not rely on this file.</source>
        <translation>Verdict: NOT VALID — do not rely on this file.</translation>
    </message>
    <message>
        <source>Check a signed PDF…</source>
        <translation>Check a signed PDF…</translation>
    </message>
    <message>
        <source>Trust a certificate…</source>
        <translation>Trust a certificate…</translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation>Result of the check</translation>
    </message>
    <message>
        <source>Signatures expected:</source>
        <translation>Signatures expected:</translation>
    </message>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source>The check fails when the file holds fewer signatures: a removed co-signature leaves a file that is otherwise sound.</source>
        <translation>The check fails when the file holds fewer signatures: a removed co-signature leaves a file that is otherwise sound.</translation>
    </message>
    <message>
        <source>Signed minutes</source>
        <translation>Signed minutes</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Trusted certificate</source>
        <translation>Trusted certificate</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der)</source>
        <translation>Certificates (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <source>{count} trusted certificate(s)</source>
        <translation>{count} trusted certificate(s)</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>Checking {file}…</translation>
    </message>
</context>
</TS>
