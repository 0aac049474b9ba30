<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>FollowUp</name>
    <message>
        <source>Commitments</source>
        <translation>الالتزامات</translation>
    </message>
    <message>
        <source>From</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>الالتزام</translation>
    </message>
    <message>
        <source>Owner service or role</source>
        <translation>الجهة أو الدور المسؤول</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>نسبة الإنجاز</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} ٪</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>New programme…</source>
        <translation>برنامج جديد…</translation>
    </message>
    <message>
        <source>New programme</source>
        <translation>برنامج جديد</translation>
    </message>
    <message>
        <source>Programme:</source>
        <translation>البرنامج:</translation>
    </message>
    <message>
        <source>Commitments followed in this Lab</source>
        <translation>الالتزامات المتابَعة في هذا المختبر</translation>
    </message>
    <message>
        <source>History of updates</source>
        <translation>سجل التحديثات</translation>
    </message>
    <message>
        <source>Made from</source>
        <translation>انطلاقًا من</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>ما سيتم إنجازه</translation>
    </message>
    <message>
        <source>What will be done (empty: the idea&apos;s own words)</source>
        <translation>ما سيتم إنجازه (فارغ: بكلمات الفكرة نفسها)</translation>
    </message>
    <message>
        <source>A service or a role, not a person&apos;s name</source>
        <translation>جهة أو دور، لا اسم شخص</translation>
    </message>
    <message>
        <source>Make commitment</source>
        <translation>إنشاء الالتزام</translation>
    </message>
    <message>
        <source>New commitment</source>
        <translation>التزام جديد</translation>
    </message>
    <message>
        <source>Date of the update</source>
        <translation>تاريخ التحديث</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>ما الذي تغيّر</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الدليل</translation>
    </message>
    <message>
        <source>Reported by (role)</source>
        <translation>أبلغ عنه (الدور)</translation>
    </message>
    <message>
        <source>Reason (required to decline)</source>
        <translation>السبب (إلزامي عند الرفض)</translation>
    </message>
    <message>
        <source>Level of competence</source>
        <translation>مستوى الاختصاص</translation>
    </message>
    <message>
        <source>Forwarded to (body)</source>
        <translation>أُحيل إلى (الجهة)</translation>
    </message>
    <message>
        <source>Record update</source>
        <translation>تسجيل التحديث</translation>
    </message>
    <message>
        <source>Answer received…</source>
        <translation>الرد الوارد…</translation>
    </message>
    <message>
        <source>Answer received</source>
        <translation>الرد الوارد</translation>
    </message>
    <message>
        <source>Translation…</source>
        <translation>الترجمة…</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>الترجمة</translation>
    </message>
    <message>
        <source>Update the selected commitment</source>
        <translation>تحديث الالتزام المحدد</translation>
    </message>
    <message>
        <source>Status, progress, date:</source>
        <translation>الحالة، نسبة الإنجاز، التاريخ:</translation>
    </message>
    <message>
        <source>What changed:</source>
        <translation>ما الذي تغيّر:</translation>
    </message>
    <message>
        <source>Evidence, reported by:</source>
        <translation>الدليل، أبلغ عنه:</translation>
    </message>
    <message>
        <source>Reason if declined:</source>
        <translation>السبب في حال الرفض:</translation>
    </message>
    <message>
        <source>Forwarded to:</source>
        <translation>أُحيل إلى:</translation>
    </message>
    <message>
        <source>Feedback sheets to print (PDF)…</source>
        <translation>أوراق المراجعة للطباعة (PDF)…</translation>
    </message>
    <message>
        <source>Feedback sheets to print</source>
        <translation>أوراق المراجعة للطباعة</translation>
    </message>
    <message>
        <source>Programme report (PDF)…</source>
        <translation>تقرير البرنامج (PDF)…</translation>
    </message>
    <message>
        <source>(no programme)</source>
        <translation>(بلا برنامج)</translation>
    </message>
    <message>
        <source>evidence: {evidence}</source>
        <translation>الدليل: {evidence}</translation>
    </message>
    <message>
        <source>Answer received: {answer}</source>
        <translation>الرد الوارد: {answer}</translation>
    </message>
    <message>
        <source>Name of the programme (e.g. Resilient Cities — Lyon 2026):</source>
        <translation>اسم البرنامج (مثلًا: مدن صامدة — ليون 2026):</translation>
    </message>
    <message>
        <source>The answer received from {body}:</source>
        <translation>الرد الوارد من {body}:</translation>
    </message>
    <message>
        <source>Folder for the feedback sheets</source>
        <translation>مجلد أوراق المراجعة</translation>
    </message>
    <message>
        <source>Feedback sheets</source>
        <translation>أوراق المراجعة</translation>
    </message>
    <message>
        <source>Saved: {files}</source>
        <translation>حُفظت: {files}</translation>
    </message>
    <message>
        <source>Programme report</source>
        <translation>تقرير البرنامج</translation>
    </message>
    <message>
        <source>This session is in no programme yet: choose one above.</source>
        <translation>هذه الجلسة ليست ضمن أي برنامج بعد: اختر برنامجًا في الأعلى.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Programme report saved: {file}</source>
        <translation>حُفظ تقرير البرنامج: {file}</translation>
    </message>
    <message>
        <source>The programme report could not be saved: {reason}</source>
        <translation>تعذّر حفظ تقرير البرنامج: {reason}</translation>
    </message>
    <message>
        <source>The feedback sheet could not be saved: {reason}</source>
        <translation>تعذّر حفظ ورقة المراجعة: {reason}</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>The commitment in {language}, as it will be shown to participants:</source>
        <translation>الالتزام بـ{language}، كما سيُعرض على المشاركين:</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>التجارب المصغرة</translation>
    </message>
    <message>
        <source>Micro-experiment</source>
        <translation>تجربة مصغّرة</translation>
    </message>
    <message>
        <source>Hypothesis or expected change</source>
        <translation>الفرضية أو التغيير المنتظر</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>الفئات المستهدفة</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>مفصولة بفواصل</translation>
    </message>
    <message>
        <source>Observed changes</source>
        <translation>التغييرات الملاحظة</translation>
    </message>
    <message>
        <source>Success or failure story</source>
        <translation>قصة النجاح أو الإخفاق</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>التوصية</translation>
    </message>
    <message>
        <source>Save the follow-up</source>
        <translation>حفظ المتابعة</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <source>Hypothesis:</source>
        <translation>الفرضية:</translation>
    </message>
    <message>
        <source>Target groups:</source>
        <translation>الفئات المستهدفة:</translation>
    </message>
    <message>
        <source>Observed changes:</source>
        <translation>التغييرات الملاحظة:</translation>
    </message>
    <message>
        <source>Story:</source>
        <translation>القصة:</translation>
    </message>
    <message>
        <source>Status, recommendation:</source>
        <translation>الحالة، التوصية:</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>المعيار</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>القياسات</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Date of the reading</source>
        <translation>تاريخ القياس</translation>
    </message>
    <message>
        <source>Value, e.g. 12</source>
        <translation>القيمة، مثلًا 12</translation>
    </message>
    <message>
        <source>Note on the reading</source>
        <translation>ملاحظة على القياس</translation>
    </message>
    <message>
        <source>Add reading</source>
        <translation>إضافة القياس</translation>
    </message>
    <message>
        <source>Remove reading</source>
        <translation>حذف القياس</translation>
    </message>
    <message>
        <source>Readings over time</source>
        <translation>القياسات عبر الزمن</translation>
    </message>
    <message>
        <source>No micro-experiment yet: plan one in the Actions tab.</source>
        <translation>لا توجد تجربة مصغرة بعد: خطّط لواحدة في تبويب الإجراءات.</translation>
    </message>
    <message>
        <source>Target: {target} · measured by: {how}</source>
        <translation>الهدف: {target} · طريقة القياس: {how}</translation>
    </message>
    <message>
        <source>Chart of the readings</source>
        <translation>رسم بياني للقياسات</translation>
    </message>
    <message>
        <source>No reading yet</source>
        <translation>لا قياس بعد</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>مقترح</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>محال</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>فكرة</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>القضايا المؤجلة</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>مخططة</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>جارية</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>ناجحة</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>غير ناجحة</translation>
    </message>
    <message>
        <source>Mixed results</source>
        <translation>نتائج متفاوتة</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>لم يُحسم بعد</translation>
    </message>
    <message>
        <source>Scale up</source>
        <translation>التوسيع</translation>
    </message>
    <message>
        <source>Adapt</source>
        <translation>التعديل</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>الإيقاف</translation>
    </message>
    <message>
        <source>Not marked yet</source>
        <translation>لم تُقيَّم بعد</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>تحققت</translation>
    </message>
    <message>
        <source>Partly met</source>
        <translation>تحققت جزئيًا</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>لم تتحقق</translation>
    </message>
    <message>
        <source>Out of the city&apos;s competence</source>
        <translation>خارج اختصاص المدينة</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Expectations and their outcome</source>
        <translation>التوقعات ونتيجتها</translation>
    </message>
    <message>
        <source>What people came for</source>
        <translation>ما جاء الناس من أجله</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Where it went</source>
        <translation>إلى أين ذهب</translation>
    </message>
    <message>
        <source>Its parking-lot item</source>
        <translation>قضيته في القضايا المؤجلة</translation>
    </message>
    <message>
        <source>Mark the selected expectation</source>
        <translation>تقييم التوقع المحدد</translation>
    </message>
    <message>
        <source>Counts by outcome and group</source>
        <translation>الأعداد حسب النتيجة والفئة</translation>
    </message>
    <message>
        <source>Bridging share</source>
        <translation>الحصة التي تجعل الفكرة جامعة</translation>
    </message>
    <message>
        <source>Ideas that bridge the groups</source>
        <translation>أفكار تجمع بين الفئات</translation>
    </message>
    <message>
        <source>Share of each group&apos;s dots, at least:</source>
        <translation>حصة نقاط كل فئة، على الأقل:</translation>
    </message>
    <message>
        <source>Not shown by group, fewer than 5 people: {groups}</source>
        <translation>لا يُعرض حسب الفئة، أقل من 5 أشخاص: {groups}</translation>
    </message>
    <message>
        <source>{round}: not computed, a group had fewer than 5 voters</source>
        <translation>{round}: لم يُحسب، كان في إحدى الفئات أقل من 5 مصوّتين</translation>
    </message>
    <message>
        <source>{round}: no idea reached this share in both groups</source>
        <translation>{round}: لم تبلغ أي فكرة هذه الحصة في كل فئة من الفئتين</translation>
    </message>
    <message>
        <source>{idea} — local actors {local} %, newcomers {newcomers} %</source>
        <translation>{idea} — الفاعلون المحليون {local} ٪، الوافدون الجدد {newcomers} ٪</translation>
    </message>
</context>
</TS>
