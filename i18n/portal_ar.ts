<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>PortalPanel</name>
    <message>
        <source>Participant portal</source>
        <translation>بوابة المشاركين</translation>
    </message>
    <message>
        <source>Phones join here</source>
        <translation>تنضم الهواتف من هنا</translation>
    </message>
    <message>
        <source>{address} ({interface})</source>
        <translation>{address} ({interface})</translation>
    </message>
    <message>
        <source>{address} (this laptop only)</source>
        <translation>{address} (هذا الحاسوب فقط)</translation>
    </message>
    <message>
        <source>Network address</source>
        <translation>عنوان الشبكة</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>المنفذ</translation>
    </message>
    <message>
        <source>Wi-Fi shown on the join screen</source>
        <translation>شبكة الواي فاي المعروضة على شاشة الانضمام</translation>
    </message>
    <message>
        <source>Network name</source>
        <translation>اسم الشبكة</translation>
    </message>
    <message>
        <source>WPA / WPA2 password</source>
        <translation>كلمة مرور WPA / WPA2</translation>
    </message>
    <message>
        <source>WEP password</source>
        <translation>كلمة مرور WEP</translation>
    </message>
    <message>
        <source>Open network</source>
        <translation>شبكة مفتوحة</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>الحماية</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Save Wi-Fi settings</source>
        <translation>احفظ إعدادات الواي فاي</translation>
    </message>
    <message>
        <source>Room sheet to print (PDF)…</source>
        <translation>ورقة القاعة للطباعة (PDF)…</translation>
    </message>
    <message>
        <source>New join code…</source>
        <translation>رمز انضمام جديد…</translation>
    </message>
    <message>
        <source>Notes from phones</source>
        <translation>ملاحظات من الهواتف</translation>
    </message>
    <message>
        <source>Show phone notes only after I approve them</source>
        <translation>لا تعرض ملاحظات الهواتف إلا بعد موافقتي</translation>
    </message>
    <message>
        <source>Notes waiting for approval</source>
        <translation>ملاحظات بانتظار الموافقة</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>موافقة</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>رفض</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Remove from the session (their phone is signed out)</source>
        <translation>أخرِج من الجلسة (يُسجَّل خروج هاتفه)</translation>
    </message>
    <message>
        <source>The portal could not start: {reason}</source>
        <translation>تعذّر تشغيل البوابة: {reason}</translation>
    </message>
    <message>
        <source>Join: {url}
or type: {short}</source>
        <translation>للانضمام: {url}
أو اكتب: {short}</translation>
    </message>
    <message>
        <source>The portal is stopped.</source>
        <translation>البوابة متوقفة.</translation>
    </message>
    <message>
        <source>Stop the portal</source>
        <translation>أوقف البوابة</translation>
    </message>
    <message>
        <source>Start the portal</source>
        <translation>شغّل البوابة</translation>
    </message>
    <message>
        <source>Room sheet</source>
        <translation>ورقة القاعة</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The room sheet could not be saved: {reason}</source>
        <translation>تعذّر حفظ ورقة القاعة: {reason}</translation>
    </message>
    <message>
        <source>Room sheet saved: {path}</source>
        <translation>حُفظت ورقة القاعة: {path}</translation>
    </message>
    <message>
        <source>New join code</source>
        <translation>رمز انضمام جديد</translation>
    </message>
    <message>
        <source>Make a new join code? The QR code on the big screen changes and the old one, or an old room sheet, no longer lets anyone join. Phones already checked in stay in.</source>
        <translation>إنشاء رمز انضمام جديد؟ يتغيّر رمز QR على الشاشة الكبيرة، ولن يسمح الرمز القديم أو ورقة القاعة القديمة لأحد بالانضمام. تبقى الهواتف التي سجّلت حضورها متصلة.</translation>
    </message>
    <message>
        <source>{name} was removed. Dots withdrawn from the open round: {count}</source>
        <translation>أُخرج {name} من الجلسة. النقاط المسحوبة من الجولة المفتوحة: {count}</translation>
    </message>
</context>
<context>
    <name>WalkIns</name>
    <message>
        <source>New arrivals from phones</source>
        <translation>الوافدون الجدد من الهواتف</translation>
    </message>
    <message>
        <source>People who join as someone new wait until I let them in</source>
        <translation>من ينضمّ كشخص جديد ينتظر حتى أُدخله</translation>
    </message>
    <message>
        <source>New arrivals waiting</source>
        <translation>الوافدون الجدد المنتظرون</translation>
    </message>
    <message>
        <source>Let in</source>
        <translation>أدخِل</translation>
    </message>
    <message>
        <source>Turn away</source>
        <translation>ارفض الدخول</translation>
    </message>
    <message>
        <source>Waiting to be let in: {waiting} · Let in: {admitted}</source>
        <translation>ينتظرون الدخول: {waiting} · دخلوا: {admitted}</translation>
    </message>
</context>
</TS>
