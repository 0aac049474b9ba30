<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>Attendance</name>
    <message>
        <source>{time} (late)</source>
        <translation>{time} (متأخر)</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>غائب</translation>
    </message>
    <message>
        <source>Left early</source>
        <translation>غادر مبكراً</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>الوصول</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>المغادرة</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>الكاميرا</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>لا توجد كاميرا</translation>
    </message>
    <message>
        <source>Start the camera</source>
        <translation>شغّل الكاميرا</translation>
    </message>
    <message>
        <source>Code on the badge, e.g. K7M 2QP</source>
        <translation>الرمز على البطاقة، مثلاً K7M 2QP</translation>
    </message>
    <message>
        <source>Code on the badge</source>
        <translation>الرمز على البطاقة</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>سجّل الوصول</translation>
    </message>
    <message>
        <source>Welcome screen</source>
        <translation>شاشة الترحيب</translation>
    </message>
    <message>
        <source>Who is here</source>
        <translation>من الحاضر</translation>
    </message>
    <message>
        <source>Mark arrived</source>
        <translation>سجّل كحاضر</translation>
    </message>
    <message>
        <source>Mark departure</source>
        <translation>سجّل المغادرة</translation>
    </message>
    <message>
        <source>Attendance certificate…</source>
        <translation>شهادة حضور…</translation>
    </message>
    <message>
        <source>Print a badge…</source>
        <translation>اطبع بطاقة…</translation>
    </message>
    <message>
        <source>All badges…</source>
        <translation>كل البطاقات…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>تصدير CSV…</translation>
    </message>
    <message>
        <source>The check-in could not be saved. Please try again.</source>
        <translation>تعذّر حفظ تسجيل الوصول. يُرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>{name} is checked in.</source>
        <translation>تم تسجيل وصول {name}.</translation>
    </message>
    <message>
        <source>Choose someone in the list first.</source>
        <translation>اختر شخصاً من القائمة أولاً.</translation>
    </message>
    <message>
        <source>{name} has left.</source>
        <translation>غادر {name}.</translation>
    </message>
    <message>
        <source>Save the attendance certificate</source>
        <translation>احفظ شهادة الحضور</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write the file: {detail}</source>
        <translation>تعذّرت كتابة الملف: {detail}</translation>
    </message>
    <message>
        <source>Certificate saved: {path}</source>
        <translation>حُفظت الشهادة: {path}</translation>
    </message>
    <message>
        <source>Save the badges</source>
        <translation>احفظ البطاقات</translation>
    </message>
    <message>
        <source>Badges saved: {path}</source>
        <translation>حُفظت البطاقات: {path}</translation>
    </message>
    <message>
        <source>Export attendance</source>
        <translation>تصدير الحضور</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>{group}: {present} of {total}</source>
        <translation>{group}: {present} من {total}</translation>
    </message>
    <message>
        <source>{present} present, {absent} not here</source>
        <translation>{present} حاضرون، {absent} غير موجودين</translation>
    </message>
</context>
<context>
    <name>BadgeCamera</name>
    <message>
        <source>No camera found. Type the code printed on the badge instead, or plug in a camera and choose it in the list.</source>
        <translation>لم يُعثر على كاميرا. اكتب الرمز المطبوع على البطاقة بدلاً من ذلك، أو صِل كاميرا واخترها من القائمة.</translation>
    </message>
    <message>
        <source>Camera on: hold the badge&apos;s QR code in front of it.</source>
        <translation>الكاميرا تعمل: ضع رمز QR الخاص بالبطاقة أمامها.</translation>
    </message>
    <message>
        <source>The camera stopped: {detail}</source>
        <translation>توقفت الكاميرا: {detail}</translation>
    </message>
    <message>
        <source>Camera view</source>
        <translation>صورة الكاميرا</translation>
    </message>
</context>
<context>
    <name>WelcomeDesk</name>
    <message>
        <source>Welcome back, {name}</source>
        <translation>أهلاً بعودتك يا {name}</translation>
    </message>
    <message>
        <source>Welcome, {name}</source>
        <translation>أهلاً وسهلاً يا {name}</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>أهلاً وسهلاً</translation>
    </message>
    <message>
        <source>You are checked in. Please find a seat; the session starts soon.</source>
        <translation>تم تسجيل وصولك. تفضّل بالجلوس، ستبدأ الجلسة قريباً.</translation>
    </message>
    <message>
        <source>Welcome!</source>
        <translation>أهلاً وسهلاً!</translation>
    </message>
</context>
</TS>
