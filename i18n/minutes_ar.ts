<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>MinutesCertificateName</name>
    <message>
        <source>Name on the certificate</source>
        <translation>الاسم على الشهادة</translation>
    </message>
    <message>
        <source>This person is known here as {pseudonym}. Type the name to print on their certificate, or leave it blank to print {pseudonym}. The name is used for this certificate only and is not saved.</source>
        <translation>يُعرف هذا الشخص هنا باسم {pseudonym}. اكتب الاسم الذي سيُطبع على شهادته، أو اترك الخانة فارغة لطباعة {pseudonym}. يُستخدم هذا الاسم لهذه الشهادة فقط ولا يُحفظ.</translation>
    </message>
</context>
<context>
    <name>MinutesCosign</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Signed minutes to co-sign</source>
        <translation>المحضر الموقّع المراد التوقيع عليه</translation>
    </message>
    <message>
        <source>The co-signer&apos;s identity file</source>
        <translation>ملف هوية الموقّع الثاني</translation>
    </message>
    <message>
        <source>Signing identities (*.p12)</source>
        <translation>هويات التوقيع (*.p12)</translation>
    </message>
    <message>
        <source>Co-sign</source>
        <translation>توقيع مشترك</translation>
    </message>
    <message>
        <source>The co-signer&apos;s passphrase:</source>
        <translation>عبارة المرور للموقّع الثاني:</translation>
    </message>
    <message>
        <source>Save the co-signed minutes</source>
        <translation>حفظ المحضر بعد التوقيع المشترك</translation>
    </message>
    <message>
        <source>The minutes now carry these signatures: {signers}.</source>
        <translation>يحمل المحضر الآن هذه التوقيعات: {signers}.</translation>
    </message>
</context>
<context>
    <name>MinutesIdentity</name>
    <message>
        <source>Set up signing</source>
        <translation>إعداد التوقيع</translation>
    </message>
    <message>
        <source>To sign minutes, Roundtable makes you a key and a certificate with your name and title. They stay on this computer, protected by a passphrase that only you know. Readers check the signature with the certificate&apos;s fingerprint, printed in the minutes.</source>
        <translation>لتوقيع المحاضر، ينشئ Roundtable لك مفتاحًا وشهادة باسمك وصفتك. يبقيان على هذا الحاسوب، محميَّين بعبارة مرور لا يعرفها غيرك. يتحقق القراء من التوقيع ببصمة الشهادة المطبوعة في المحضر.</translation>
    </message>
    <message>
        <source>for example: Facilitator, City of Lyon</source>
        <translation>مثلًا: ميسّرة، مدينة ليون</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>الصفة</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>عبارة المرور مرة أخرى</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
    <message>
        <source>The passphrase must have at least {minimum} characters.</source>
        <translation>يجب أن تتكون عبارة المرور من {minimum} أحرف على الأقل.</translation>
    </message>
</context>
<context>
    <name>MinutesMessages</name>
    <message>
        <source>No signing identity yet. Create one first (name, title and passphrase).</source>
        <translation>لا توجد هوية توقيع بعد. أنشئ واحدة أولًا (الاسم والصفة وعبارة المرور).</translation>
    </message>
    <message>
        <source>A signing identity already exists in {path}; it is kept as it is.</source>
        <translation>توجد هوية توقيع بالفعل في {path}؛ وتبقى كما هي.</translation>
    </message>
    <message>
        <source>The passphrase does not open the signing identity.</source>
        <translation>عبارة المرور هذه لا تفتح هوية التوقيع.</translation>
    </message>
    <message>
        <source>The passphrase must have at least {minimum} characters.</source>
        <translation>يجب أن تتكون عبارة المرور من {minimum} أحرف على الأقل.</translation>
    </message>
    <message>
        <source>A passphrase is needed to sign.</source>
        <translation>يلزم إدخال عبارة المرور للتوقيع.</translation>
    </message>
    <message>
        <source>The signer&apos;s name is empty.</source>
        <translation>اسم الموقّع فارغ.</translation>
    </message>
    <message>
        <source>The signing identity file {path} cannot be read.</source>
        <translation>لا يمكن قراءة ملف هوية التوقيع {path}.</translation>
    </message>
    <message>
        <source>Close the session before signing its minutes.</source>
        <translation>أغلق الجلسة قبل توقيع محضرها.</translation>
    </message>
    <message>
        <source>Some notes look like they hold personal details (phone, e-mail or ID numbers). Redact them, or confirm that they may be signed as they are.</source>
        <translation>يبدو أن بعض الملاحظات تتضمن بيانات شخصية (هاتف أو بريد إلكتروني أو أرقام هوية). احجبها، أو أكّد أنه يمكن توقيعها كما هي.</translation>
    </message>
    <message>
        <source>This file has no signature to add to: sign the minutes first.</source>
        <translation>لا يحتوي هذا الملف على توقيع يُضاف إليه: وقّع المحضر أولًا.</translation>
    </message>
    <message>
        <source>The signatures already in this file do not check out; it cannot be co-signed.</source>
        <translation>التوقيعات الموجودة في هذا الملف غير سليمة؛ لا يمكن التوقيع المشترك عليه.</translation>
    </message>
    <message>
        <source>This file cannot be read as a PDF: {detail}</source>
        <translation>لا يمكن قراءة هذا الملف بصفته PDF: {detail}</translation>
    </message>
    <message>
        <source>The file {path} cannot be written: {detail}</source>
        <translation>لا يمكن كتابة الملف {path}: {detail}</translation>
    </message>
    <message>
        <source>The minutes can be made in en, fr or ar, not {language}.</source>
        <translation>يمكن إعداد المحضر بـ en أو fr أو ar، لا بـ {language}.</translation>
    </message>
    <message>
        <source>The session changed while its minutes were being made; nothing was signed. Export the minutes again.</source>
        <translation>تغيّرت الجلسة أثناء إعداد محضرها؛ لم يُوقَّع شيء. صدّر المحضر من جديد.</translation>
    </message>
    <message>
        <source>The file cannot be read as a signed PDF.</source>
        <translation>لا يمكن قراءة الملف بصفته PDF موقّعًا.</translation>
    </message>
    <message>
        <source>The file has no signature.</source>
        <translation>لا يحتوي الملف على أي توقيع.</translation>
    </message>
    <message>
        <source>The signed bytes were changed: the document digest does not match.</source>
        <translation>تغيّر المحتوى الموقّع: بصمة الوثيقة لا تطابق.</translation>
    </message>
    <message>
        <source>The signature itself is not valid for this certificate.</source>
        <translation>التوقيع نفسه غير صالح لهذه الشهادة.</translation>
    </message>
    <message>
        <source>The signature does not cover the whole file: something was added after it.</source>
        <translation>التوقيع لا يغطي الملف كله: أُضيف شيء بعده.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is not one of the trusted certificates given.</source>
        <translation>شهادة الموقّع ليست من الشهادات الموثوقة المعطاة.</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>رقم هاتف</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>عنوان بريد إلكتروني</translation>
    </message>
    <message>
        <source>ID-like number</source>
        <translation>رقم يشبه رقم هوية</translation>
    </message>
    <message>
        <source>name of someone who did not agree to be named</source>
        <translation>اسم شخص لم يوافق على ذكر اسمه</translation>
    </message>
    <message>
        <source>Something went wrong: {detail}</source>
        <translation>حدث خطأ: {detail}</translation>
    </message>
    <message>
        <source>The signature does not cover a complete version of the file.</source>
        <translation>التوقيع لا يغطي نسخة كاملة من الملف.</translation>
    </message>
    <message>
        <source>The document was changed after the first signature (not only by further signatures).</source>
        <translation>عُدِّلت الوثيقة بعد التوقيع الأول (وليس بتوقيعات إضافية فقط).</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is not the one whose fingerprint the signature page and its QR code show: someone else signed these minutes.</source>
        <translation>شهادة الموقّع ليست الشهادة التي تُظهر صفحةُ التوقيع ورمزُ QR فيها بصمتَها: شخص آخر وقّع هذا المحضر.</translation>
    </message>
    <message>
        <source>The signature page does not show the signer&apos;s certificate fingerprint in words and in its QR code: these are not minutes signed by Roundtable.</source>
        <translation>لا تُظهر صفحة التوقيع بصمة شهادة الموقّع كتابةً وفي رمز QR: هذا ليس محضرًا وقّعه Roundtable.</translation>
    </message>
    <message>
        <source>Fewer signatures than expected: {expected} expected, {found} found.</source>
        <translation>عدد التوقيعات أقل من المتوقع: المتوقع {expected}، والموجود {found}.</translation>
    </message>
    <message>
        <source>Revision {revision}: the document catalogue was changed.</source>
        <translation>المراجعة {revision}: عُدِّل فهرس الوثيقة.</translation>
    </message>
    <message>
        <source>Revision {revision}: the document information (title, author, keywords) was changed.</source>
        <translation>المراجعة {revision}: عُدِّلت معلومات الوثيقة (العنوان، المؤلف، الكلمات المفتاحية).</translation>
    </message>
    <message>
        <source>Revision {revision}: the XMP metadata was changed.</source>
        <translation>المراجعة {revision}: عُدِّلت بيانات XMP الوصفية.</translation>
    </message>
    <message>
        <source>Revision {revision}: page {page} was changed.</source>
        <translation>المراجعة {revision}: عُدِّلت الصفحة {page}.</translation>
    </message>
    <message>
        <source>Revision {revision}: the content of page {page} was changed.</source>
        <translation>المراجعة {revision}: عُدِّل محتوى الصفحة {page}.</translation>
    </message>
    <message>
        <source>Revision {revision}: pages were added, removed or reordered.</source>
        <translation>المراجعة {revision}: أُضيفت صفحات أو حُذفت أو أُعيد ترتيبها.</translation>
    </message>
    <message>
        <source>Revision {revision}: an annotation was added or changed on page {page}.</source>
        <translation>المراجعة {revision}: أُضيف تعليق توضيحي أو عُدِّل في الصفحة {page}.</translation>
    </message>
    <message>
        <source>Revision {revision}: a signature that can be seen (or with a malformed rectangle) was added on page {page}.</source>
        <translation>المراجعة {revision}: أُضيف توقيع ظاهر (أو بمستطيل غير سليم) في الصفحة {page}.</translation>
    </message>
    <message>
        <source>Revision {revision}: a signature field was added without a signature.</source>
        <translation>المراجعة {revision}: أُضيف حقل توقيع بلا توقيع.</translation>
    </message>
    <message>
        <source>Revision {revision}: the form fields were changed.</source>
        <translation>المراجعة {revision}: عُدِّلت حقول النموذج.</translation>
    </message>
    <message>
        <source>Revision {revision}: objects were deleted.</source>
        <translation>المراجعة {revision}: حُذفت كائنات.</translation>
    </message>
    <message>
        <source>Revision {revision}: object {obj} was changed.</source>
        <translation>المراجعة {revision}: عُدِّل الكائن {obj}.</translation>
    </message>
    <message>
        <source>Revision {revision} cannot be followed: its changes cannot be checked.</source>
        <translation>تتعذّر قراءة المراجعة {revision}: لا يمكن التحقق من تعديلاتها.</translation>
    </message>
    <message>
        <source>Revision {revision}: validation information was added after signing (certificates and revocation data, as for long-term archiving); allowed.</source>
        <translation>المراجعة {revision}: أُضيفت معلومات تحقق بعد التوقيع (شهادات وبيانات إلغاء، كما في الأرشفة طويلة الأمد)؛ وهذا مسموح.</translation>
    </message>
    <message>
        <source>The audit check found {count} row(s) that differ from the session&apos;s log; nothing was signed. Open Session → Audit check… to see each one.</source>
        <translation>وجد فحص السجل {count} سطر/أسطر تختلف عن سجل الجلسة؛ لم يُوقَّع شيء. افتح الجلسة ← فحص سجل التغييرات… لرؤيتها واحداً واحداً.</translation>
    </message>
    <message>
        <source>The pages of the minutes could not be laid out ({detail}); nothing was written or signed.</source>
        <translation>تعذّر تنسيق صفحات المحضر ({detail})؛ لم يُكتب أو يُوقَّع أي شيء.</translation>
    </message>
    <message>
        <source>The minutes could not be signed ({detail}); nothing was written.</source>
        <translation>تعذّر توقيع المحضر ({detail})؛ لم يُكتب أي شيء.</translation>
    </message>
    <message>
        <source>The results could not be made as CSV and JSON ({detail}); nothing was written.</source>
        <translation>تعذّر إعداد النتائج بصيغتي CSV وJSON ({detail})؛ لم يُكتب أي شيء.</translation>
    </message>
</context>
<context>
    <name>MinutesPanel</name>
    <message>
        <source>Reopen for changes…</source>
        <translation>إعادة الفتح للتعديل…</translation>
    </message>
    <message>
        <source>Close the session…</source>
        <translation>إغلاق الجلسة…</translation>
    </message>
    <message>
        <source>Close the session</source>
        <translation>إغلاق الجلسة</translation>
    </message>
    <message>
        <source>Reopen the session</source>
        <translation>إعادة فتح الجلسة</translation>
    </message>
    <message>
        <source>Sign the minutes (the session is then locked)</source>
        <translation>توقيع المحضر (تُقفل الجلسة بعد ذلك)</translation>
    </message>
    <message>
        <source>Set up signing…</source>
        <translation>إعداد التوقيع…</translation>
    </message>
    <message>
        <source>Export minutes…</source>
        <translation>تصدير المحضر…</translation>
    </message>
    <message>
        <source>Export results (CSV and JSON)…</source>
        <translation>تصدير النتائج (CSV وJSON)…</translation>
    </message>
    <message>
        <source>Co-sign signed minutes…</source>
        <translation>التوقيع المشترك على محضر موقّع…</translation>
    </message>
    <message>
        <source>After signing, purge raw data (display names, phone sign-ins, who wrote which note, who voted what in open rounds)</source>
        <translation>بعد التوقيع، محو البيانات الخام (الأسماء المعروضة، وتسجيلات دخول الهواتف، ومن كتب كل ملاحظة، ومن صوّت لماذا في الجولات العلنية)</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>المحضر</translation>
    </message>
    <message>
        <source>Language of the minutes</source>
        <translation>لغة المحضر</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>الموقّع</translation>
    </message>
    <message>
        <source>Verify signed minutes</source>
        <translation>التحقق من محضر موقّع</translation>
    </message>
    <message>
        <source>Version {version} of the minutes is signed, so this session is locked: nothing in it can be changed. It can be signed again in another language. To change something, reopen it; the minutes will then need a new version ({next}), signed again.</source>
        <translation>النسخة {version} من المحضر موقَّعة، لذا فهذه الجلسة مقفلة: لا يمكن تغيير أي شيء فيها. يمكن توقيعها مرة أخرى بلغة أخرى. لتغيير شيء ما، أعد فتحها؛ وسيحتاج المحضر حينها إلى نسخة جديدة ({next}) تُوقَّع من جديد.</translation>
    </message>
    <message>
        <source>The session is closed. The next minutes will be version {version}.</source>
        <translation>الجلسة مغلقة. سيكون المحضر القادم هو الإصدار {version}.</translation>
    </message>
    <message>
        <source>The session is still running. You can export a draft; close the session to sign its minutes (version {version}).</source>
        <translation>الجلسة ما زالت جارية. يمكنك تصدير مسودة؛ أغلق الجلسة لتوقيع محضرها (الإصدار {version}).</translation>
    </message>
    <message>
        <source>No signing identity yet.</source>
        <translation>لا توجد هوية توقيع بعد.</translation>
    </message>
    <message>
        <source>{signer}
Certificate fingerprint (SHA-256):
{fingerprint}</source>
        <translation>{signer}
بصمة الشهادة (SHA-256):
{fingerprint}</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Save the minutes</source>
        <translation>حفظ المحضر</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Sign the minutes</source>
        <translation>توقيع المحضر</translation>
    </message>
    <message>
        <source>Passphrase of your signing identity:</source>
        <translation>عبارة المرور لهوية التوقيع الخاصة بك:</translation>
    </message>
    <message>
        <source>Making the minutes…</source>
        <translation>جارٍ إعداد المحضر…</translation>
    </message>
    <message>
        <source>Reading the session…</source>
        <translation>جارٍ قراءة الجلسة…</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>جارٍ تنسيق الصفحات…</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>جارٍ التوقيع…</translation>
    </message>
    <message>
        <source>Saving the file…</source>
        <translation>جارٍ حفظ الملف…</translation>
    </message>
    <message>
        <source>Purging raw data…</source>
        <translation>جارٍ محو البيانات الخام…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>تم.</translation>
    </message>
    <message>
        <source>Version {version} of the minutes is signed and saved in {file}.

The session is now locked. If something must change, reopen it: the minutes will then need a new version, signed again.</source>
        <translation>الإصدار {version} من المحضر موقّع ومحفوظ في {file}.

الجلسة الآن مقفلة. إذا لزم تغيير شيء، أعد فتحها: وسيحتاج المحضر حينها إلى إصدار جديد يُوقَّع من جديد.</translation>
    </message>
    <message>
        <source>The minutes (version {version}, not signed: a draft) are saved in {file}.</source>
        <translation>المحضر (الإصدار {version}، غير موقّع: مسودة) محفوظ في {file}.</translation>
    </message>
    <message>
        <source>Folder for the results</source>
        <translation>مجلد النتائج</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Reopen the session?</source>
        <translation>إعادة فتح الجلسة؟</translation>
    </message>
    <message>
        <source>The signed minutes (version {version}) stay as they are. After your changes, export and sign the minutes again: they will be version {next}.</source>
        <translation>يبقى المحضر الموقّع (الإصدار {version}) كما هو. بعد تعديلاتك، صدّر المحضر ووقّعه من جديد: سيكون الإصدار {next}.</translation>
    </message>
</context>
<context>
    <name>MinutesPrivacy</name>
    <message>
        <source>Note {number}</source>
        <translation>الملاحظة {number}</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>القضايا المؤجلة</translation>
    </message>
    <message>
        <source>Theme name</source>
        <translation>اسم الموضوع</translation>
    </message>
    <message>
        <source>Decision or experiment</source>
        <translation>قرار أو تجربة</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>الخطوات التالية</translation>
    </message>
    <message>
        <source>{where}: {kind} “{found}” in “{text}”</source>
        <translation>{where}: {kind} «{found}» في «{text}»</translation>
    </message>
    <message>
        <source>Personal details in the notes?</source>
        <translation>بيانات شخصية في الملاحظات؟</translation>
    </message>
    <message>
        <source>These texts look like they hold personal details. Signed minutes cannot be changed afterwards, so edit or remove these notes first if they should not be in the record.</source>
        <translation>يبدو أن هذه النصوص تتضمن بيانات شخصية. لا يمكن تغيير المحضر بعد توقيعه، لذا عدّل هذه الملاحظات أو احذفها أولًا إذا كان لا ينبغي أن تَرِد في السجل.</translation>
    </message>
    <message>
        <source>These texts look like they hold personal details. A draft is read and passed on like the final minutes, so edit or remove these notes first if they should not leave the room.</source>
        <translation>يبدو أن هذه النصوص تتضمن بيانات شخصية. تُقرأ المسودة وتُتداول مثل المحضر النهائي، لذا عدّل هذه الملاحظات أو احذفها أولًا إن كان لا ينبغي أن تخرج من القاعة.</translation>
    </message>
    <message>
        <source>Go back and redact</source>
        <translation>الرجوع للحجب</translation>
    </message>
    <message>
        <source>Sign as it is</source>
        <translation>التوقيع كما هو</translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation>التصدير على أي حال</translation>
    </message>
</context>
<context>
    <name>MinutesVerify</name>
    <message>
        <source>Signature {number}</source>
        <translation>التوقيع {number}</translation>
    </message>
    <message>
        <source>Signer: {signer}</source>
        <translation>الموقّع: {signer}</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256):</source>
        <translation>بصمة الشهادة (SHA-256):</translation>
    </message>
    <message>
        <source>Signing time (as claimed by the signer&apos;s computer): {when}</source>
        <translation>وقت التوقيع (حسب حاسوب الموقّع): {when}</translation>
    </message>
    <message>
        <source>Covers the whole file: yes</source>
        <translation>يغطي الملف كله: نعم</translation>
    </message>
    <message>
        <source>Covers its own version of the file; only further signatures came after it</source>
        <translation>يغطي نسخته من الملف؛ ولم تأتِ بعده إلا توقيعات إضافية</translation>
    </message>
    <message>
        <source>Covers the whole file: NO — something was added after it</source>
        <translation>يغطي الملف كله: لا — أُضيف شيء بعده</translation>
    </message>
    <message>
        <source>Unchanged since signing: yes</source>
        <translation>لم يتغير منذ التوقيع: نعم</translation>
    </message>
    <message>
        <source>Unchanged since signing: NO</source>
        <translation>لم يتغير منذ التوقيع: لا</translation>
    </message>
    <message>
        <source>Identity: not confirmed. Compare the fingerprint above with the one the organisers gave you.</source>
        <translation>الهوية: غير مؤكدة. قارن البصمة أعلاه بالبصمة التي أعطاك إياها المنظمون.</translation>
    </message>
    <message>
        <source>Identity: trusted certificate</source>
        <translation>الهوية: شهادة موثوقة</translation>
    </message>
    <message>
        <source>Identity: NOT one of the trusted certificates</source>
        <translation>الهوية: ليست من الشهادات الموثوقة</translation>
    </message>
    <message>
        <source>Verdict: VALID — intact, the whole file is covered, nothing changed after signing.</source>
        <translation>النتيجة: صالح — سليم، والملف كله مغطى، ولم يتغير شيء بعد التوقيع.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is trusted.</source>
        <translation>شهادة الموقّع موثوقة.</translation>
    </message>
    <message>
        <source>Verdict: NOT VALID — do not rely on this file.</source>
        <translation>النتيجة: غير صالح — لا تعتمد على هذا الملف.</translation>
    </message>
    <message>
        <source>Check a signed PDF…</source>
        <translation>التحقق من PDF موقّع…</translation>
    </message>
    <message>
        <source>Trust a certificate…</source>
        <translation>الوثوق بشهادة…</translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation>نتيجة التحقق</translation>
    </message>
    <message>
        <source>Signed minutes</source>
        <translation>محضر موقّع</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Trusted certificate</source>
        <translation>شهادة موثوقة</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der)</source>
        <translation>شهادات (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <source>{count} trusted certificate(s)</source>
        <translation>عدد الشهادات الموثوقة: {count}</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>جارٍ التحقق من {file}…</translation>
    </message>
    <message>
        <source>Verdict: VALID — intact; nothing but validation information was added after signing.</source>
        <translation>النتيجة: صالح — سليم؛ لم يُضف بعد التوقيع سوى معلومات تحقق.</translation>
    </message>
    <message>
        <source>Signatures expected:</source>
        <translation>التوقيعات المتوقعة:</translation>
    </message>
    <message>
        <source>any</source>
        <translation>أي عدد</translation>
    </message>
    <message>
        <source>The check fails when the file holds fewer signatures: a removed co-signature leaves a file that is otherwise sound.</source>
        <translation>يفشل التحقق إذا حمل الملف توقيعات أقل: فحذف توقيع مشترك يترك ملفًا سليمًا في ما عدا ذلك.</translation>
    </message>
</context>
</TS>
