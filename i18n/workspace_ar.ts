<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>Accessibility</name>
    <message>
        <source>More tools</source>
        <translation>أدوات أخرى</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
</context>
<context>
    <name>ActionPlanning</name>
    <message>
        <source>{name} is set</source>
        <translation>تم تحديد {name}</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>إجراء</translation>
    </message>
    <message>
        <source>Kind of action</source>
        <translation>نوع الإجراء</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Owner role</source>
        <translation>الجهة المسؤولة</translation>
    </message>
    <message>
        <source>A role, not a person: e.g. the city&apos;s welcome desk</source>
        <translation>دور وليس شخصًا: مثلًا مكتب الاستقبال في البلدية</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>تاريخ التقييم</translation>
    </message>
    <message>
        <source>Evaluation criteria</source>
        <translation>معايير التقييم</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>How measured</source>
        <translation>طريقة القياس</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>إضافة معيار</translation>
    </message>
    <message>
        <source>Remove criterion</source>
        <translation>حذف المعيار</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>review {date}</source>
        <translation>التقييم في {date}</translation>
    </message>
    <message>
        <source>{indicator}: {target} ({how})</source>
        <translation>{indicator}: {target} ({how})</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <source>Action planning</source>
        <translation>تخطيط الإجراءات</translation>
    </message>
    <message>
        <source>Decisions and micro-experiments</source>
        <translation>القرارات والتجارب المصغّرة</translation>
    </message>
    <message>
        <source>New decision…</source>
        <translation>قرار جديد…</translation>
    </message>
    <message>
        <source>New micro-experiment…</source>
        <translation>تجربة مصغّرة جديدة…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Remove &quot;{title}&quot; from the actions?</source>
        <translation>هل تريد حذف &quot;{title}&quot; من الإجراءات؟</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>Phase</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Planned minutes</source>
        <translation>الدقائق المخططة</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>انتهت</translation>
    </message>
    <message>
        <source>Kind of phase</source>
        <translation>نوع المرحلة</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>جدول الأعمال</translation>
    </message>
    <message>
        <source>Phases of the agenda</source>
        <translation>مراحل جدول الأعمال</translation>
    </message>
    <message>
        <source>Kind of phase to add</source>
        <translation>نوع المرحلة المراد إضافتها</translation>
    </message>
    <message>
        <source>Planned total</source>
        <translation>المجموع المخطط</translation>
    </message>
    <message>
        <source>Add phase</source>
        <translation>إضافة مرحلة</translation>
    </message>
    <message>
        <source>Remove phase</source>
        <translation>حذف المرحلة</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>نقل إلى الأعلى</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>نقل إلى الأسفل</translation>
    </message>
    <message>
        <source>Start this phase</source>
        <translation>بدء هذه المرحلة</translation>
    </message>
    <message>
        <source>Planned: {hours} h {minutes:02d}</source>
        <translation>المخطط: {hours} س {minutes:02d} د</translation>
    </message>
    <message>
        <source>Remove the phase &quot;{name}&quot; from the agenda?</source>
        <translation>هل تريد حذف المرحلة &quot;{name}&quot; من جدول الأعمال؟</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>Note {0}</source>
        <translation>الملاحظة {0}</translation>
    </message>
    <message>
        <source>Dots of participant {2} on item {1}, round {0}</source>
        <translation>نقاط المشارك {2} على العنصر {1}، الجولة {0}</translation>
    </message>
    <message>
        <source>Paper dots of group {2} on item {1}, round {0}</source>
        <translation>النقاط الورقية للفئة {2} على العنصر {1}، الجولة {0}</translation>
    </message>
    <message>
        <source>Total of item {1}, round {0}</source>
        <translation>مجموع العنصر {1}، الجولة {0}</translation>
    </message>
    <message>
        <source>Attendance of participant {0}</source>
        <translation>حضور المشارك {0}</translation>
    </message>
    <message>
        <source>Audit event {0}</source>
        <translation>الحدث {0} في سجل التغييرات</translation>
    </message>
    <message>
        <source>{field} reads «{found}» but the log recorded «{expected}»</source>
        <translation>{field} يقرأ «{found}» لكن السجل دوّن «{expected}»</translation>
    </message>
    <message>
        <source>{field} «{found}» is stored, but no event of the log made it</source>
        <translation>{field} «{found}» محفوظ، لكن لم يُنشئه أي حدث في السجل</translation>
    </message>
    <message>
        <source>the log recorded «{expected}», but the row is no longer stored</source>
        <translation>دوّن السجل «{expected}»، لكن السطر لم يعد محفوظاً</translation>
    </message>
    <message>
        <source>an event is missing before this one</source>
        <translation>ينقص حدث قبل هذا الحدث</translation>
    </message>
    <message>
        <source>this event cannot be read</source>
        <translation>لا يمكن قراءة هذا الحدث</translation>
    </message>
    <message>
        <source>this event was changed after it was written</source>
        <translation>عُدّل هذا الحدث بعد تدوينه</translation>
    </message>
    <message>
        <source>the log ends at event {found}, but event {expected} was anchored ({anchor}): the newest events were deleted</source>
        <translation>ينتهي السجل عند الحدث {found}، لكن الحدث {expected} كان قد ثُبّت ({anchor}): حُذفت أحدث الأحداث</translation>
    </message>
    <message>
        <source>this event differs from its anchor ({anchor}): the log was rewritten</source>
        <translation>يختلف هذا الحدث عن تثبيته ({anchor}): أُعيدت كتابة السجل</translation>
    </message>
    <message>
        <source>text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>removed from the board</source>
        <translation>الإزالة من اللوحة</translation>
    </message>
    <message>
        <source>count</source>
        <translation>العدد</translation>
    </message>
    <message>
        <source>arrival time</source>
        <translation>وقت الوصول</translation>
    </message>
    <message>
        <source>departure time</source>
        <translation>وقت المغادرة</translation>
    </message>
    <message>
        <source>how they checked in</source>
        <translation>طريقة تسجيل الوصول</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Audit check</source>
        <translation>فحص سجل التغييرات</translation>
    </message>
    <message>
        <source>Rows that differ from the log</source>
        <translation>الأسطر التي تختلف عن السجل</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>افحص من جديد</translation>
    </message>
    <message>
        <source>{count} row(s) differ from the audit log: they were changed outside Roundtable. The minutes cannot be signed until this is resolved (restore a backup, or sign from the command line with --despite-audit-findings).</source>
        <translation>{count} سطر/أسطر تختلف عن سجل التغييرات: عُدّلت خارج Roundtable. لا يمكن توقيع المحضر قبل حل ذلك (استعد نسخة احتياطية، أو وقّع من سطر الأوامر مع --despite-audit-findings).</translation>
    </message>
    <message>
        <source>The audit log is intact and every row matches it.</source>
        <translation>سجل التغييرات سليم وكل سطر يطابقه.</translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message>
        <source>Yellow</source>
        <translation>أصفر</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>برتقالي</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>أخضر</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>أزرق</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>وردي</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>بنفسجي</translation>
    </message>
    <message>
        <source>Ochre</source>
        <translation>مغرة</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>أحمر</translation>
    </message>
    <message>
        <source>Violet</source>
        <translation>بنفسجي فاتح</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>أزرق مخضر</translation>
    </message>
    <message>
        <source>Move to theme</source>
        <translation>نقل إلى موضوع</translation>
    </message>
    <message>
        <source>Which theme?</source>
        <translation>أي موضوع؟</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>No theme (take out of its theme)</source>
        <translation>بدون موضوع (إخراجها من موضوعها)</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>موضوع جديد</translation>
    </message>
    <message>
        <source>Edit theme</source>
        <translation>تعديل الموضوع</translation>
    </message>
    <message>
        <source>Theme name</source>
        <translation>اسم الموضوع</translation>
    </message>
    <message>
        <source>Theme colour</source>
        <translation>لون الموضوع</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>اللون</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>نص الملاحظة</translation>
    </message>
    <message>
        <source>Enter keeps the note, Shift+Enter starts a new line, Escape cancels.</source>
        <translation>Enter يحفظ الملاحظة، وShift+Enter يبدأ سطرًا جديدًا، وEscape يلغي.</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>بانتظار الموافقة</translation>
    </message>
    <message>
        <source>{level} → {forwarded}</source>
        <translation>{level} ← {forwarded}</translation>
    </message>
    <message>
        <source>{name} ({count})</source>
        <translation>{name} ({count})</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>اللوحة</translation>
    </message>
    <message>
        <source>Area for new notes</source>
        <translation>منطقة الملاحظات الجديدة</translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation>البحث في الملاحظات</translation>
    </message>
    <message>
        <source>Search result</source>
        <translation>نتيجة البحث</translation>
    </message>
    <message>
        <source>Current note</source>
        <translation>الملاحظة الحالية</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>ملاحظة جديدة</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>تعديل الملاحظة</translation>
    </message>
    <message>
        <source>Delete notes</source>
        <translation>حذف الملاحظات</translation>
    </message>
    <message>
        <source>Move to theme…</source>
        <translation>نقل إلى موضوع…</translation>
    </message>
    <message>
        <source>New theme…</source>
        <translation>موضوع جديد…</translation>
    </message>
    <message>
        <source>Rename or recolour theme…</source>
        <translation>إعادة تسمية الموضوع أو تغيير لونه…</translation>
    </message>
    <message>
        <source>Delete theme…</source>
        <translation>حذف موضوع…</translation>
    </message>
    <message>
        <source>Select all notes</source>
        <translation>تحديد كل الملاحظات</translation>
    </message>
    <message>
        <source>Competence and forwarding…</source>
        <translation>الاختصاص والإحالة…</translation>
    </message>
    <message>
        <source>Make an action…</source>
        <translation>تحويلها إلى إجراء…</translation>
    </message>
    <message>
        <source>Approve note</source>
        <translation>الموافقة على الملاحظة</translation>
    </message>
    <message>
        <source>Reject note</source>
        <translation>رفض الملاحظة</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>عرض الكل</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>الحجم الفعلي</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>النتيجة التالية</translation>
    </message>
    <message>
        <source>Move to {area}</source>
        <translation>نقل إلى {area}</translation>
    </message>
    <message>
        <source>Board tools</source>
        <translation>أدوات اللوحة</translation>
    </message>
    <message>
        <source>New notes go to</source>
        <translation>الملاحظات الجديدة تذهب إلى</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>التكبير</translation>
    </message>
    <message>
        <source>{count} found</source>
        <translation>عدد النتائج: {count}</translation>
    </message>
    <message>
        <source>Note commands</source>
        <translation>أوامر الملاحظة</translation>
    </message>
    <message>
        <source>Move to area</source>
        <translation>نقل إلى منطقة</translation>
    </message>
    <message>
        <source>Note {index} of {count} · {area} · {theme}: {text}</source>
        <translation>الملاحظة {index} من {count} · {area} · {theme}: {text}</translation>
    </message>
    <message>
        <source>no theme</source>
        <translation>بدون موضوع</translation>
    </message>
    <message>
        <source>Paste notes…</source>
        <translation>لصق ملاحظات…</translation>
    </message>
    <message>
        <source>Merge notes…</source>
        <translation>دمج ملاحظتين…</translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation>ترتيب اللوحة</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>إلغاء التحديد</translation>
    </message>
    <message>
        <source>{length} / {limit} characters</source>
        <translation>{length} / {limit} حرفًا</translation>
    </message>
    <message>
        <source>{length} / {limit} characters: {over} too many. Shorten it to keep it.</source>
        <translation>{length} / {limit} حرفًا: الزيادة {over}. اختصر النص لحفظه.</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>عدد الأحرف</translation>
    </message>
    <message>
        <source>Paste notes</source>
        <translation>لصق ملاحظات</translation>
    </message>
    <message>
        <source>Type or paste the notes, one per line. Each line becomes a note.</source>
        <translation>اكتب الملاحظات أو الصقها، ملاحظة في كل سطر. يصبح كل سطر ملاحظة.</translation>
    </message>
    <message>
        <source>Notes, one per line</source>
        <translation>الملاحظات، ملاحظة في كل سطر</translation>
    </message>
    <message>
        <source>Area for these notes</source>
        <translation>منطقة هذه الملاحظات</translation>
    </message>
    <message>
        <source>What will be added</source>
        <translation>ما سيُضاف</translation>
    </message>
    <message>
        <source>Add the notes</source>
        <translation>إضافة الملاحظات</translation>
    </message>
    <message>
        <source>Line {number} is too long: {length} characters, at most {limit}. Shorten it or split it in two.</source>
        <translation>السطر {number} طويل جدًا: {length} حرفًا، والحد الأقصى {limit}. اختصره أو قسّمه إلى سطرين.</translation>
    </message>
    <message>
        <source>Merge notes</source>
        <translation>دمج ملاحظتين</translation>
    </message>
    <message>
        <source>The two notes become one with this text. The other note leaves the board; Undo brings it back.</source>
        <translation>تصبح الملاحظتان ملاحظة واحدة بهذا النص. تُزال الملاحظة الأخرى من اللوحة، ويعيدها أمر التراجع.</translation>
    </message>
    <message>
        <source>Text of the merged note</source>
        <translation>نص الملاحظة المدمجة</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>دمج</translation>
    </message>
    <message>
        <source>Arrow keys move between notes and select them, Shift+arrows add to the selection, Space selects or unselects, Escape clears the selection, Enter edits, Delete deletes, Ctrl+T moves to a theme, Ctrl+arrows move the note.</source>
        <translation>تنقّل مفاتيح الأسهم بين الملاحظات وتحدّدها، وتضيف Shift مع الأسهم إلى التحديد، وتحدّد المسافة الملاحظة أو تلغي تحديدها، ويلغي Escape التحديد، ويفتح Enter التحرير، ويحذف Delete، وينقل Ctrl+T إلى موضوع، وتحرّك Ctrl مع الأسهم الملاحظة.</translation>
    </message>
    <message>
        <source>Notes shown</source>
        <translation>الملاحظات المعروضة</translation>
    </message>
    <message>
        <source>Show older notes</source>
        <translation>عرض ملاحظات أقدم</translation>
    </message>
    <message>
        <source>Showing the newest {shown} of {total} notes</source>
        <translation>عرض أحدث {shown} ملاحظة من أصل {total}</translation>
    </message>
    <message>
        <source>Show {count} older</source>
        <translation>عرض {count} ملاحظة أقدم</translation>
    </message>
</context>
<context>
    <name>BoardWording</name>
    <message numerus="yes">
        <source>%n note(s) selected</source>
        <translation>
            <numerusform>لم تُحدَّد أي ملاحظة</numerusform>
            <numerusform>ملاحظة واحدة محدَّدة</numerusform>
            <numerusform>ملاحظتان محدَّدتان</numerusform>
            <numerusform>%n ملاحظات محدَّدة</numerusform>
            <numerusform>%n ملاحظة محدَّدة</numerusform>
            <numerusform>%n ملاحظة محدَّدة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) will be added.</source>
        <translation>
            <numerusform>لن تُضاف أي ملاحظة.</numerusform>
            <numerusform>ستُضاف ملاحظة واحدة.</numerusform>
            <numerusform>ستُضاف ملاحظتان.</numerusform>
            <numerusform>ستُضاف %n ملاحظات.</numerusform>
            <numerusform>ستُضاف %n ملاحظة.</numerusform>
            <numerusform>ستُضاف %n ملاحظة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Closing</name>
    <message>
        <source>Close the session “{title}”?

The running phase ends and the minutes can then be signed. Until they are signed, you can still reopen the session.</source>
        <translation>هل تريد إغلاق الجلسة «{title}»؟

ستنتهي المرحلة الجارية، ويمكن بعدها توقيع المحضر. وما دام المحضر غير موقّع، يمكنك إعادة فتح الجلسة.</translation>
    </message>
    <message>
        <source>End of the session</source>
        <translation>نهاية الجلسة</translation>
    </message>
    <message>
        <source>Next steps…</source>
        <translation>الخطوات التالية…</translation>
    </message>
    <message>
        <source>Close the session…</source>
        <translation>إغلاق الجلسة…</translation>
    </message>
    <message>
        <source>Reopen the session</source>
        <translation>إعادة فتح الجلسة</translation>
    </message>
    <message>
        <source>The session is closed.</source>
        <translation>الجلسة مغلقة.</translation>
    </message>
    <message>
        <source>Last phase: write the next steps, then close.</source>
        <translation>المرحلة الأخيرة: اكتب الخطوات التالية، ثم أغلق الجلسة.</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>لا مشاركين</numerusform>
            <numerusform>مشارك واحد</numerusform>
            <numerusform>مشاركان</numerusform>
            <numerusform>%n مشاركين</numerusform>
            <numerusform>%n مشاركًا</numerusform>
            <numerusform>%n مشارك</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) imported.</source>
        <translation>
            <numerusform>لم يُستورد أي مشارك.</numerusform>
            <numerusform>استُورد مشارك واحد.</numerusform>
            <numerusform>استُورد مشاركان.</numerusform>
            <numerusform>استُورد %n مشاركين.</numerusform>
            <numerusform>استُورد %n مشاركًا.</numerusform>
            <numerusform>استُورد %n مشارك.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) exported to {path}</source>
        <translation>
            <numerusform>لم يُصدَّر أحد إلى {path}</numerusform>
            <numerusform>صُدِّر شخص واحد إلى {path}</numerusform>
            <numerusform>صُدِّر شخصان إلى {path}</numerusform>
            <numerusform>صُدِّر %n أشخاص إلى {path}</numerusform>
            <numerusform>صُدِّر %n شخصًا إلى {path}</numerusform>
            <numerusform>صُدِّر %n شخص إلى {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s). Arrow keys move between notes.</source>
        <translation>
            <numerusform>لا ملاحظات. تنقّل بين الملاحظات بمفاتيح الأسهم.</numerusform>
            <numerusform>ملاحظة واحدة. تنقّل بين الملاحظات بمفاتيح الأسهم.</numerusform>
            <numerusform>ملاحظتان. تنقّل بين الملاحظات بمفاتيح الأسهم.</numerusform>
            <numerusform>%n ملاحظات. تنقّل بين الملاحظات بمفاتيح الأسهم.</numerusform>
            <numerusform>%n ملاحظة. تنقّل بين الملاحظات بمفاتيح الأسهم.</numerusform>
            <numerusform>%n ملاحظة. تنقّل بين الملاحظات بمفاتيح الأسهم.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Theme for %n selected note(s)</source>
        <translation>
            <numerusform>موضوع للملاحظات المحددة</numerusform>
            <numerusform>موضوع للملاحظة المحددة</numerusform>
            <numerusform>موضوع للملاحظتين المحددتين</numerusform>
            <numerusform>موضوع لـ %n ملاحظات محددة</numerusform>
            <numerusform>موضوع لـ %n ملاحظة محددة</numerusform>
            <numerusform>موضوع لـ %n ملاحظة محددة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more theme(s)</source>
        <translation>
            <numerusform>ولا مواضيع أخرى</numerusform>
            <numerusform>وموضوع آخر</numerusform>
            <numerusform>وموضوعان آخران</numerusform>
            <numerusform>و%n مواضيع أخرى</numerusform>
            <numerusform>و%n موضوعًا آخر</numerusform>
            <numerusform>و%n موضوع آخر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) in all, of which {paper} on paper.</source>
        <translation>
            <numerusform>لا نقاط في المجموع، منها {paper} على الورق.</numerusform>
            <numerusform>نقطة واحدة في المجموع، منها {paper} على الورق.</numerusform>
            <numerusform>نقطتان في المجموع، منها {paper} على الورق.</numerusform>
            <numerusform>%n نقاط في المجموع، منها {paper} على الورق.</numerusform>
            <numerusform>%n نقطة في المجموع، منها {paper} على الورق.</numerusform>
            <numerusform>%n نقطة في المجموع، منها {paper} على الورق.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) per person, at most {cap} per item</source>
        <translation>
            <numerusform>لا نقاط لكل شخص، {cap} كحدّ أقصى لكل عنصر</numerusform>
            <numerusform>نقطة واحدة لكل شخص، {cap} كحدّ أقصى لكل عنصر</numerusform>
            <numerusform>نقطتان لكل شخص، {cap} كحدّ أقصى لكل عنصر</numerusform>
            <numerusform>%n نقاط لكل شخص، {cap} كحدّ أقصى لكل عنصر</numerusform>
            <numerusform>%n نقطة لكل شخص، {cap} كحدّ أقصى لكل عنصر</numerusform>
            <numerusform>%n نقطة لكل شخص، {cap} كحدّ أقصى لكل عنصر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) added.</source>
        <translation>
            <numerusform>لم يُضف أي مشارك.</numerusform>
            <numerusform>أُضيف مشارك واحد.</numerusform>
            <numerusform>أُضيف مشاركان.</numerusform>
            <numerusform>أُضيف %n مشاركين.</numerusform>
            <numerusform>أُضيف %n مشاركًا.</numerusform>
            <numerusform>أُضيف %n مشارك.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) already here and updated.</source>
        <translation>
            <numerusform>لم يُحدَّث أي مشارك مسجَّل من قبل.</numerusform>
            <numerusform>مشارك واحد مسجَّل من قبل وحُدِّثت بياناته.</numerusform>
            <numerusform>مشاركان مسجَّلان من قبل وحُدِّثت بياناتهما.</numerusform>
            <numerusform>%n مشاركين مسجَّلين من قبل وحُدِّثت بياناتهم.</numerusform>
            <numerusform>%n مشاركًا مسجَّلًا من قبل وحُدِّثت بياناتهم.</numerusform>
            <numerusform>%n مشارك مسجَّل من قبل وحُدِّثت بياناتهم.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) already here and unchanged.</source>
        <translation>
            <numerusform>لا يوجد مشارك مسجَّل من قبل دون تغيير.</numerusform>
            <numerusform>مشارك واحد مسجَّل من قبل دون تغيير.</numerusform>
            <numerusform>مشاركان مسجَّلان من قبل دون تغيير.</numerusform>
            <numerusform>%n مشاركين مسجَّلين من قبل دون تغيير.</numerusform>
            <numerusform>%n مشاركًا مسجَّلًا من قبل دون تغيير.</numerusform>
            <numerusform>%n مشارك مسجَّل من قبل دون تغيير.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove these %n participant(s) from the session? Their phones stop working for this session.</source>
        <translation>
            <numerusform>لا يوجد مشاركون لإزالتهم.</numerusform>
            <numerusform>هل تريد إزالة هذا المشارك من الجلسة؟ سيتوقف هاتفه عن العمل في هذه الجلسة.</numerusform>
            <numerusform>هل تريد إزالة هذين المشاركَين من الجلسة؟ ستتوقف هواتفهما عن العمل في هذه الجلسة.</numerusform>
            <numerusform>هل تريد إزالة هؤلاء المشاركين الـ%n من الجلسة؟ ستتوقف هواتفهم عن العمل في هذه الجلسة.</numerusform>
            <numerusform>هل تريد إزالة هؤلاء المشاركين الـ%n من الجلسة؟ ستتوقف هواتفهم عن العمل في هذه الجلسة.</numerusform>
            <numerusform>هل تريد إزالة هؤلاء المشاركين الـ%n من الجلسة؟ ستتوقف هواتفهم عن العمل في هذه الجلسة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) in the sessions</source>
        <translation>
            <numerusform>لا نتائج في الجلسات</numerusform>
            <numerusform>نتيجة واحدة في الجلسات</numerusform>
            <numerusform>نتيجتان في الجلسات</numerusform>
            <numerusform>%n نتائج في الجلسات</numerusform>
            <numerusform>%n نتيجة في الجلسات</numerusform>
            <numerusform>%n نتيجة في الجلسات</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>This {what} does not exist (any more).</source>
        <translation>هذا العنصر ({what}) غير موجود (أو لم يعد موجودًا).</translation>
    </message>
    <message>
        <source>This session&apos;s minutes are signed, so it is locked. Reopen it to make a change; the minutes will then need a new version.</source>
        <translation>محضر هذه الجلسة موقّع، لذا فهي مقفلة. أعد فتحها لإجراء تغيير؛ وسيحتاج المحضر عندها إلى نسخة جديدة.</translation>
    </message>
    <message>
        <source>Please write something first.</source>
        <translation>يُرجى كتابة شيء أولًا.</translation>
    </message>
    <message>
        <source>This is too long: {length} characters, at most {limit}.</source>
        <translation>هذا طويل جدًا: {length} حرفًا، والحد الأقصى {limit}.</translation>
    </message>
    <message>
        <source>{field} is not valid: {value}.</source>
        <translation>{field} غير صالح: {value}.</translation>
    </message>
    <message>
        <source>Voting is not open for this round.</source>
        <translation>التصويت غير مفتوح في هذه الجولة.</translation>
    </message>
    <message>
        <source>This round has already been opened; its settings can no longer change.</source>
        <translation>فُتحت هذه الجولة بالفعل؛ ولم يعد ممكنًا تغيير إعداداتها.</translation>
    </message>
    <message>
        <source>Close the round before revealing its results.</source>
        <translation>أغلق الجولة قبل الكشف عن نتائجها.</translation>
    </message>
    <message>
        <source>A round needs at least two items to vote on.</source>
        <translation>تحتاج الجولة إلى عنصرين على الأقل للتصويت عليهما.</translation>
    </message>
    <message>
        <source>This item is not part of the round.</source>
        <translation>هذا العنصر ليس جزءًا من الجولة.</translation>
    </message>
    <message>
        <source>You have no dots left ({budget} per person).</source>
        <translation>لم تبقَ لديك نقاط ({budget} لكل شخص).</translation>
    </message>
    <message>
        <source>Dots on one item: at most {cap}.</source>
        <translation>الحد الأقصى للنقاط على عنصر واحد: {cap}.</translation>
    </message>
    <message>
        <source>There is no dot of yours on this item.</source>
        <translation>لا توجد لك نقطة على هذا العنصر.</translation>
    </message>
    <message>
        <source>Facilitators and observers do not vote.</source>
        <translation>الميسّرون والمراقبون لا يصوّتون.</translation>
    </message>
    <message>
        <source>This participant was removed from the session.</source>
        <translation>أُزيل هذا المشارك من الجلسة.</translation>
    </message>
    <message>
        <source>The name {name} is already used in this session.</source>
        <translation>الاسم {name} مستخدم بالفعل في هذه الجلسة.</translation>
    </message>
    <message>
        <source>No phase is running.</source>
        <translation>لا توجد مرحلة جارية.</translation>
    </message>
    <message>
        <source>This is the last phase of the agenda.</source>
        <translation>هذه هي المرحلة الأخيرة في جدول الأعمال.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>لا يوجد ما يمكن التراجع عنه.</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>لا يوجد ما يمكن إعادته.</translation>
    </message>
    <message>
        <source>Another vote round is open; close it first.</source>
        <translation>هناك جولة تصويت أخرى مفتوحة؛ أغلقها أولًا.</translation>
    </message>
    <message>
        <source>This session&apos;s minutes are not signed; there is nothing to reopen.</source>
        <translation>محضر هذه الجلسة غير موقّع؛ لا يوجد ما يُعاد فتحه.</translation>
    </message>
    <message>
        <source>The session was reopened while version {version} of the minutes was being made; export the minutes again.</source>
        <translation>أُعيد فتح الجلسة أثناء إعداد النسخة {version} من المحضر؛ صدّر المحضر مرة أخرى.</translation>
    </message>
    <message>
        <source>Raw data can be purged only once the minutes are signed.</source>
        <translation>لا يمكن حذف البيانات الخام إلا بعد توقيع المحضر.</translation>
    </message>
    <message>
        <source>This is not a Roundtable badge.</source>
        <translation>هذه ليست بطاقة Roundtable.</translation>
    </message>
    <message>
        <source>This badge belongs to another session.</source>
        <translation>هذه البطاقة تخص جلسة أخرى.</translation>
    </message>
    <message>
        <source>This badge is not valid: its code was changed or made up. Please see the welcome desk.</source>
        <translation>هذه البطاقة غير صالحة: تم تغيير رمزها أو اختلاقه. يُرجى التوجه إلى مكتب الاستقبال.</translation>
    </message>
    <message>
        <source>No one in this session has the code {typed}. Check the code on the badge.</source>
        <translation>لا أحد في هذه الجلسة لديه الرمز {typed}. تحقّق من الرمز على البطاقة.</translation>
    </message>
    <message>
        <source>The vote round “{title}” is still open. Close it before closing the session.</source>
        <translation>جولة التصويت «{title}» لا تزال مفتوحة. أغلقها قبل إغلاق الجلسة.</translation>
    </message>
    <message>
        <source>This session is closed. Reopen it to run a phase again.</source>
        <translation>هذه الجلسة مغلقة. أعد فتحها لتشغيل مرحلة من جديد.</translation>
    </message>
    <message>
        <source>This session is not closed; there is nothing to reopen.</source>
        <translation>هذه الجلسة غير مغلقة؛ لا يوجد ما يُعاد فتحه.</translation>
    </message>
    <message>
        <source>{path} is not a Roundtable database (it is not an SQLite file).</source>
        <translation>{path} ليس قاعدة بيانات Roundtable (ليس ملف SQLite).</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Roundtable (schema {detail}). It was left untouched; update Roundtable to open it.</source>
        <translation>{path} كُتب بإصدار أحدث من Roundtable (المخطط {detail}). لم يُمسّ؛ حدّث Roundtable لفتحه.</translation>
    </message>
    <message>
        <source>{path} cannot be opened: {detail}</source>
        <translation>لا يمكن فتح {path}: {detail}</translation>
    </message>
    <message>
        <source>note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>session</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>المشارك</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>vote round</source>
        <translation>جولة التصويت</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>The start date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <source>The end date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>The review date</source>
        <translation>تاريخ التقييم</translation>
    </message>
    <message>
        <source>The number of minutes</source>
        <translation>عدد الدقائق</translation>
    </message>
    <message>
        <source>The language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>The languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>The colour</source>
        <translation>اللون</translation>
    </message>
    <message>
        <source>The kind of local actor</source>
        <translation>نوع الفاعل المحلي</translation>
    </message>
    <message>
        <source>The group</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>The time zone</source>
        <translation>المنطقة الزمنية</translation>
    </message>
    <message>
        <source>The change could not be saved ({detail}). Nothing was changed; please try again.</source>
        <translation>تعذّر حفظ التغيير ({detail}). لم يتغير شيء؛ يُرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>رسالة خطأ</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation>يُرجى التأكيد</translation>
    </message>
    <message>
        <source>{field} ({value}) cannot be before {other} ({other_date}).</source>
        <translation>لا يمكن أن يسبق {field} ({value}) {other} ({other_date}).</translation>
    </message>
    <message>
        <source>{field} must be a date written year-month-day, such as 2027-03-31 (not {value}).</source>
        <translation>يجب أن يكون {field} تاريخًا مكتوبًا بصيغة سنة-شهر-يوم، مثل 2027-03-31 (وليس {value}).</translation>
    </message>
    <message>
        <source>The number of dots cannot be {value}: write a whole number, 0 or more.</source>
        <translation>لا يمكن أن يكون عدد النقاط {value}: اكتب عددًا صحيحًا يساوي 0 أو أكثر.</translation>
    </message>
    <message>
        <source>{field} must be a language code such as fr, ar or en (not {value}).</source>
        <translation>يجب أن تكون {field} رمز لغة مثل fr أو ar أو en (وليس {value}).</translation>
    </message>
    <message>
        <source>Dots per person cannot be {value}: choose a number from 1 to {maximum}.</source>
        <translation>لا يمكن أن يكون عدد النقاط لكل شخص {value}: اختر عددًا من 1 إلى {maximum}.</translation>
    </message>
    <message>
        <source>Dots on one item cannot be {value}: choose a number from 1 to the dots per person.</source>
        <translation>لا يمكن أن يكون عدد النقاط على عنصر واحد {value}: اختر عددًا من 1 إلى عدد النقاط لكل شخص.</translation>
    </message>
    <message>
        <source>The voting time cannot be {value} minutes: choose from 1 to 240 minutes.</source>
        <translation>لا يمكن أن تكون مدة التصويت {value} دقيقة: اختر مدة من 1 إلى 240 دقيقة.</translation>
    </message>
    <message>
        <source>A phase cannot last {value} minutes: choose from 1 to {maximum} minutes.</source>
        <translation>لا يمكن أن تستغرق المرحلة {value} دقيقة: اختر مدة من 1 إلى {maximum} دقيقة.</translation>
    </message>
    <message>
        <source>The colour must be written #RRGGBB, such as #FFD966 (not {value}).</source>
        <translation>يجب كتابة اللون بصيغة #RRGGBB، مثل #FFD966 (وليس {value}).</translation>
    </message>
    <message>
        <source>the start date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <source>the end date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Please check</source>
        <translation>يرجى التحقق</translation>
    </message>
    <message>
        <source>The program restarted while this secret round was open, so it can no longer tell who has voted and takes no further ballot. The facilitator can close it with the dots cast, or discard them and restart the same round.</source>
        <translation>أُعيد تشغيل البرنامج وهذه الجولة السرية مفتوحة، فلم يعد بإمكانه معرفة من صوّت ولم يعد يقبل أي بطاقة. يمكن للميسّر إغلاقها بالنقاط التي وُضعت، أو إلغاء النقاط وإعادة بدء الجولة نفسها.</translation>
    </message>
    <message>
        <source>Only people checked in at the welcome desk vote. Please go to the welcome desk first.</source>
        <translation>لا يصوّت إلا من سجّل حضوره في مكتب الاستقبال. يُرجى التوجّه إلى مكتب الاستقبال أولاً.</translation>
    </message>
    <message>
        <source>This badge has already voted. Voting again replaces the earlier dots.</source>
        <translation>سبق التصويت بهذه البطاقة. التصويت من جديد يستبدل النقاط السابقة.</translation>
    </message>
    <message>
        <source>A count of paper dots cannot be below zero.</source>
        <translation>لا يمكن أن يكون عدد النقاط الورقية أقل من صفر.</translation>
    </message>
    <message>
        <source>{count} paper dots on one item is too many: {people} people of this group are here, at most {cap} dots each on one item, so at most {limit}.</source>
        <translation>{count} نقطة ورقية على بند واحد عدد كبير جدًا: الحاضرون من هذه الفئة {people}، ولكلٍّ منهم {cap} نقاط على الأكثر على البند الواحد، فالحد الأقصى {limit}.</translation>
    </message>
    <message>
        <source>{total} paper dots in all is too many for this group: {people} people are here with {dots} dots each, so at most {limit}.</source>
        <translation>{total} نقطة ورقية في المجموع عدد كبير جدًا لهذه الفئة: الحاضرون {people}، لكلٍّ منهم {dots} نقاط، فالحد الأقصى {limit}.</translation>
    </message>
    <message>
        <source>This round was not interrupted: it can still take ballots.</source>
        <translation>هذه الجولة لم تنقطع: ما زالت تقبل البطاقات.</translation>
    </message>
    <message>
        <source>In a secret round nobody&apos;s dots can be told apart: they stay counted.</source>
        <translation>في الجولة السرية لا يمكن تمييز نقاط أي شخص: تبقى محسوبة.</translation>
    </message>
    <message>
        <source>The facilitator has not let this person in yet: they vote and post once let in.</source>
        <translation>لم يُدخل الميسّر هذا الشخص بعد: سيصوّت ويرسل الملاحظات بعد دخوله.</translation>
    </message>
    <message>
        <source>This person is not waiting to be let in.</source>
        <translation>هذا الشخص لا ينتظر الدخول.</translation>
    </message>
    <message>
        <source>This has only invisible characters (spaces or zero-width marks). Please write words that can be read.</source>
        <translation>لا يحتوي هذا النص إلا على محارف غير مرئية (مسافات أو علامات بلا عرض). من فضلك اكتب كلمات يمكن قراءتها.</translation>
    </message>
    <message>
        <source>It was left untouched; restore it from a backup.</source>
        <translation>لم يُمسّ؛ استعده من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>The file itself is not damaged: do not replace it with a backup.</source>
        <translation>الملف نفسه غير تالف: لا تستبدله بنسخة احتياطية.</translation>
    </message>
    <message>
        <source>{path} cannot be written: this computer&apos;s account may only read it. Nothing was changed. Give your account the right to change the file (or copy it to a folder of yours) and start again.</source>
        <translation>لا يمكن الكتابة في {path}: حساب هذا الحاسوب يستطيع قراءته فقط. لم يتغيّر شيء. امنح حسابك حق تعديل الملف (أو انسخه إلى مجلد من مجلداتك) ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>{path} cannot be written: the folder {detail} may only be read, and Roundtable must keep its journal files beside the database. Nothing was changed. Choose a folder you may write to.</source>
        <translation>لا يمكن الكتابة في {path}: المجلد {detail} للقراءة فقط، وعلى Roundtable أن يحفظ ملفات السجل بجانب قاعدة البيانات. لم يتغيّر شيء. اختر مجلدًا يمكنك الكتابة فيه.</translation>
    </message>
    <message>
        <source>{path} is on a disk that may only be read ({detail}: a read-only mount, a locked card or a disc). Nothing was changed. Copy the file to this computer&apos;s disk and open the copy.</source>
        <translation>{path} موجود على قرص للقراءة فقط ({detail}: تركيب للقراءة فقط أو بطاقة مقفلة أو قرص مدمج). لم يتغيّر شيء. انسخ الملف إلى قرص هذا الحاسوب وافتح النسخة.</translation>
    </message>
    <message>
        <source>{path} is marked as read-only inside the file (SQLite&apos;s write version), so no change could be saved. Nothing was changed. Open it with a tool that made it, or export what you need.</source>
        <translation>{path} موسوم داخل الملف بأنه للقراءة فقط (إصدار الكتابة في SQLite)، فلا يمكن حفظ أي تغيير. لم يتغيّر شيء. افتحه بالأداة التي أنشأته، أو صدّر ما تحتاج إليه.</translation>
    </message>
    <message>
        <source>{path} is being written by another program (perhaps another Roundtable) and did not become free. Close the other program and start again.</source>
        <translation>برنامج آخر (ربما Roundtable آخر) يكتب في {path} ولم يتحرّر. أغلق البرنامج الآخر ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>{path} is open in another program, and its journal file (ending in -wal) was deleted meanwhile. Close the other program (the other Roundtable or portal) first, then start again; it keeps the latest changes.</source>
        <translation>{path} مفتوح في برنامج آخر، وقد حُذف ملف السجل الخاص به (الذي ينتهي بـ ‎-wal) في هذه الأثناء. أغلق البرنامج الآخر أولًا (Roundtable الآخر أو البوابة)، ثم أعد المحاولة؛ فهو يحتفظ بآخر التغييرات.</translation>
    </message>
    <message>
        <source>{path} is empty (0 bytes): it may have been cut short by a full disk or an unfinished copy. It was left untouched. Restore it from a backup, or delete it to start a new, empty database.</source>
        <translation>{path} فارغ (0 بايت): ربما قُطع بسبب قرص ممتلئ أو نسخ لم يكتمل. لم يُمسّ. استعده من نسخة احتياطية، أو احذفه لبدء قاعدة بيانات جديدة فارغة.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full: changes are not being recorded (phones are told so). Free some space on the disk; recording starts again by itself.</source>
        <translation>القرص الذي يحوي {path} ممتلئ: التغييرات لا تُسجَّل (وتُبلَّغ الهواتف بذلك). أفرغ بعض المساحة على القرص؛ وسيُستأنف التسجيل من تلقاء نفسه.</translation>
    </message>
    <message>
        <source>The disk holding {path} refused to write (it may be full, removed, or the file too large for it): changes are not being recorded (phones are told so). Check the disk; recording starts again by itself once it accepts writes.</source>
        <translation>رفض القرص الذي يحوي {path} الكتابة (ربما هو ممتلئ أو منزوع، أو الملف أكبر مما يتّسع له): التغييرات لا تُسجَّل (وتُبلَّغ الهواتف بذلك). افحص القرص؛ وسيُستأنف التسجيل من تلقاء نفسه حين يقبل الكتابة.</translation>
    </message>
    <message>
        <source>The journal file of {path} (ending in -wal) was deleted while Roundtable was running. Everything recorded so far was saved into the database; new changes are refused until Roundtable is started again. Close it and start it again.</source>
        <translation>حُذف ملف السجل الخاص بـ {path} (الذي ينتهي بـ ‎-wal) أثناء عمل Roundtable. حُفظ كل ما سُجّل حتى الآن في قاعدة البيانات؛ وتُرفض التغييرات الجديدة إلى أن يُعاد تشغيل Roundtable. أغلقه ثم شغّله من جديد.</translation>
    </message>
    <message>
        <source>Some text stored in {path} is damaged: unreadable letters are shown as {mark}. The file may be damaged elsewhere too; keep a copy and check it against a backup.</source>
        <translation>بعض النص المحفوظ في {path} تالف: تظهر الحروف غير المقروءة على شكل {mark}. قد يكون الملف تالفًا في مواضع أخرى أيضًا؛ احتفظ بنسخة منه وقارنها بنسخة احتياطية.</translation>
    </message>
    <message>
        <source>{path} is damaged: some of its stored data cannot be read.</source>
        <translation>{path} تالف: تتعذّر قراءة جزء من بياناته المحفوظة.</translation>
    </message>
    <message>
        <source>The database is damaged: a stored {what} holds a value Roundtable cannot read.</source>
        <translation>قاعدة البيانات تالفة: عنصر محفوظ ({what}) يحوي قيمة لا يستطيع Roundtable قراءتها.</translation>
    </message>
    <message>
        <source>{path} is damaged: the description of its tables cannot be read.</source>
        <translation>{path} تالف: يتعذّر قراءة وصف جداوله.</translation>
    </message>
    <message>
        <source>{path} is damaged: its index {detail} no longer matches the stored rows, so some of them would not be shown.</source>
        <translation>{path} تالف: فهرسه {detail} لم يعد يطابق الصفوف المحفوظة، فلن يظهر بعضها.</translation>
    </message>
    <message>
        <source>Start a new, empty database</source>
        <translation>بدء قاعدة بيانات جديدة فارغة</translation>
    </message>
    <message>
        <source>The database needs attention</source>
        <translation>قاعدة البيانات تحتاج إلى انتباهك</translation>
    </message>
    <message>
        <source>A declined commitment needs the reason it was declined.</source>
        <translation>الالتزام المرفوض يحتاج إلى ذكر سبب رفضه.</translation>
    </message>
    <message>
        <source>A forwarded commitment needs the level of competence and the body it was forwarded to.</source>
        <translation>الالتزام المحال يحتاج إلى مستوى الاختصاص والجهة التي أُحيل إليها.</translation>
    </message>
    <message>
        <source>{name} is a participant who did not agree to be named: give a service or a role as owner.</source>
        <translation>{name} مشارك لم يوافق على ذكر اسمه: اذكر جهة أو دورًا مسؤولًا.</translation>
    </message>
    <message>
        <source>Readings are taken only for a micro-experiment&apos;s criteria.</source>
        <translation>تُسجَّل القياسات لمعايير تجربة مصغرة فقط.</translation>
    </message>
    <message>
        <source>An expectation out of the city&apos;s competence is linked to its parking-lot item.</source>
        <translation>التوقع الخارج عن اختصاص المدينة يُربط بقضيته في القضايا المؤجلة.</translation>
    </message>
    <message>
        <source>A reading must be a number, such as 12 or 4.5 (not {value}).</source>
        <translation>القياس يجب أن يكون رقمًا، مثل 12 أو 4.5 (لا {value}).</translation>
    </message>
    <message>
        <source>Progress is a percentage from 0 to 100 (not {value}).</source>
        <translation>نسبة الإنجاز نسبة مئوية من 0 إلى 100 (لا {value}).</translation>
    </message>
    <message>
        <source>The bridging share is a percentage from 1 to 100 (not {value}).</source>
        <translation>الحصة التي تجعل الفكرة جامعة نسبة مئوية من 1 إلى 100 (لا {value}).</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>commitment</source>
        <translation>الالتزام</translation>
    </message>
    <message>
        <source>criterion</source>
        <translation>المعيار</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>القياس</translation>
    </message>
    <message>
        <source>expectation</source>
        <translation>التوقع</translation>
    </message>
    <message>
        <source>idea</source>
        <translation>الفكرة</translation>
    </message>
    <message>
        <source>parking-lot item</source>
        <translation>قضية من القضايا المؤجلة</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Welcome and check-in</source>
        <translation>الترحيب والتسجيل</translation>
    </message>
    <message>
        <source>Expectations round</source>
        <translation>جولة التوقعات</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>مداخلات</translation>
    </message>
    <message>
        <source>Ideation</source>
        <translation>توليد الأفكار</translation>
    </message>
    <message>
        <source>Clustering into themes</source>
        <translation>التجميع في مواضيع</translation>
    </message>
    <message>
        <source>Dot voting</source>
        <translation>التصويت بالنقاط</translation>
    </message>
    <message>
        <source>Action planning</source>
        <translation>تخطيط الإجراءات</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>استراحة</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>الختام</translation>
    </message>
    <message>
        <source>Local actor</source>
        <translation>فاعل محلي</translation>
    </message>
    <message>
        <source>Newcomer</source>
        <translation>وافد جديد</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>ميسّر</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>مراقب</translation>
    </message>
    <message>
        <source>Public agent</source>
        <translation>موظف عمومي</translation>
    </message>
    <message>
        <source>Elected representative</source>
        <translation>ممثل منتخب</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>المجتمع المدني</translation>
    </message>
    <message>
        <source>Expectations</source>
        <translation>التوقعات</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>الأفكار</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>القضايا المؤجلة</translation>
    </message>
    <message>
        <source>Municipal</source>
        <translation>البلدية</translation>
    </message>
    <message>
        <source>Metropolitan</source>
        <translation>المتروبول</translation>
    </message>
    <message>
        <source>Departmental</source>
        <translation>المقاطعة</translation>
    </message>
    <message>
        <source>Regional</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>National</source>
        <translation>الدولة</translation>
    </message>
    <message>
        <source>European Union</source>
        <translation>الاتحاد الأوروبي</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>قرار</translation>
    </message>
    <message>
        <source>Micro-experiment</source>
        <translation>تجربة مصغّرة</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>جارية</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>موقّعة</translation>
    </message>
    <message>
        <source>add note</source>
        <translation>إضافة ملاحظة</translation>
    </message>
    <message>
        <source>add notes</source>
        <translation>إضافة ملاحظات</translation>
    </message>
    <message>
        <source>merge notes</source>
        <translation>دمج الملاحظات</translation>
    </message>
    <message>
        <source>arrange board</source>
        <translation>ترتيب اللوحة</translation>
    </message>
    <message>
        <source>edit note</source>
        <translation>تعديل ملاحظة</translation>
    </message>
    <message>
        <source>colour notes</source>
        <translation>تلوين الملاحظات</translation>
    </message>
    <message>
        <source>move notes</source>
        <translation>نقل الملاحظات</translation>
    </message>
    <message>
        <source>move to area</source>
        <translation>النقل إلى منطقة</translation>
    </message>
    <message>
        <source>move to theme</source>
        <translation>النقل إلى موضوع</translation>
    </message>
    <message>
        <source>edit parking lot item</source>
        <translation>تعديل قضية مؤجلة</translation>
    </message>
    <message>
        <source>delete notes</source>
        <translation>حذف الملاحظات</translation>
    </message>
    <message>
        <source>add theme</source>
        <translation>إضافة موضوع</translation>
    </message>
    <message>
        <source>edit theme</source>
        <translation>تعديل موضوع</translation>
    </message>
    <message>
        <source>delete theme</source>
        <translation>حذف موضوع</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>Review: you said, we did</source>
        <translation>المراجعة: قلتم، ففعلنا</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Roundtable</source>
        <translation>Roundtable</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;الجلسة</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>كل الجلسات</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Main tools</source>
        <translation>الأدوات الرئيسية</translation>
    </message>
    <message>
        <source>&amp;Phase</source>
        <translation>&amp;المرحلة</translation>
    </message>
    <message>
        <source>Start or resume</source>
        <translation>بدء أو استئناف</translation>
    </message>
    <message>
        <source>Pause or resume</source>
        <translation>إيقاف مؤقت أو استئناف</translation>
    </message>
    <message>
        <source>Next phase</source>
        <translation>المرحلة التالية</translation>
    </message>
    <message>
        <source>Finish the phase</source>
        <translation>إنهاء المرحلة</translation>
    </message>
    <message>
        <source>&amp;Projector</source>
        <translation>&amp;جهاز العرض</translation>
    </message>
    <message>
        <source>Show projector</source>
        <translation>إظهار جهاز العرض</translation>
    </message>
    <message>
        <source>Freeze or unfreeze</source>
        <translation>تجميد أو إلغاء التجميد</translation>
    </message>
    <message>
        <source>Blank or show</source>
        <translation>شاشة سوداء أو عرض</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;اللغة</translation>
    </message>
    <message>
        <source>Undo {step}</source>
        <translation>تراجع: {step}</translation>
    </message>
    <message>
        <source>Redo {step}</source>
        <translation>إعادة: {step}</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>اللوحة</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>جدول الأعمال</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>القضايا المؤجلة</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <source>Session workspace</source>
        <translation>مساحة عمل الجلسة</translation>
    </message>
    <message>
        <source>Session tabs</source>
        <translation>علامات تبويب الجلسة</translation>
    </message>
    <message>
        <source>{tab} ({count} waiting)</source>
        <translation>{tab} (ينتظرون الدخول: {count})</translation>
    </message>
    <message>
        <source>This tab could not be opened: {error}</source>
        <translation>تعذّر فتح علامة التبويب هذه: {error}</translation>
    </message>
    <message>
        <source>Audit check…</source>
        <translation>فحص سجل التغييرات…</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>استعادة نسخة احتياطية…</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>فشل النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>The automatic backup could not be made ({reason}). Everything is still saved in the session&apos;s file, but there is no fresh copy. Free some disk space; you will be told again if it keeps failing after a backup works.</source>
        <translation>تعذّر إنشاء النسخة الاحتياطية التلقائية ({reason}). كل شيء ما زال محفوظاً في ملف الجلسة، لكن لا توجد نسخة حديثة. حرّر بعض المساحة على القرص؛ ستُبلَّغ من جديد إذا استمر الفشل بعد نجاح نسخة احتياطية.</translation>
    </message>
</context>
<context>
    <name>NextSteps</name>
    <message>
        <source>Next steps</source>
        <translation>الخطوات التالية</translation>
    </message>
    <message>
        <source>What happens after the Lab, who does it, and by when. Shown on the projector&apos;s closing page and in the minutes.</source>
        <translation>ما الذي سيحدث بعد المختبر، ومن سيتولاه، وفي أي موعد. يُعرض في صفحة الختام على جهاز العرض وفي المحضر.</translation>
    </message>
    <message>
        <source>{count} / {limit} characters</source>
        <translation>{count} / {limit} حرفًا</translation>
    </message>
</context>
<context>
    <name>ParkingLot</name>
    <message>
        <source>Level of competence</source>
        <translation>مستوى الاختصاص</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>المطلب</translation>
    </message>
    <message>
        <source>Forwarded to</source>
        <translation>أُحيل إلى</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>القضايا المؤجلة</translation>
    </message>
    <message>
        <source>Parking lot items</source>
        <translation>القضايا المؤجلة</translation>
    </message>
    <message>
        <source>Demands the city cannot act on are kept here with the level of government that can, and where they are forwarded. Double-click or press F2 to change them.</source>
        <translation>المطالب التي لا تستطيع المدينة التصرف فيها تُحفظ هنا مع مستوى الحكومة المختص والجهة التي أُحيلت إليها. انقر مرتين أو اضغط F2 لتعديلها.</translation>
    </message>
    <message>
        <source>Competence and forwarding</source>
        <translation>الاختصاص والإحالة</translation>
    </message>
</context>
<context>
    <name>PhaseTimer</name>
    <message>
        <source>No phase running</source>
        <translation>لا توجد مرحلة جارية</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>انتهت</translation>
    </message>
    <message>
        <source>{time} over</source>
        <translation>تجاوز بـ {time}</translation>
    </message>
    <message>
        <source>Phase and timer</source>
        <translation>المرحلة والمؤقت</translation>
    </message>
    <message>
        <source>Current phase</source>
        <translation>المرحلة الحالية</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>الوقت المتبقي</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>بدء</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Next phase</source>
        <translation>المرحلة التالية</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <source>Running over</source>
        <translation>تجاوز الوقت</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>متوقف مؤقتًا</translation>
    </message>
    <message>
        <source>Now: {phase}</source>
        <translation>الآن: {phase}</translation>
    </message>
    <message>
        <source>Time is up for {phase}</source>
        <translation>انتهى وقت {phase}</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 دقيقة</translation>
    </message>
    <message>
        <source>One more minute</source>
        <translation>دقيقة إضافية</translation>
    </message>
    <message>
        <source>+5 min</source>
        <translation>+5 دقائق</translation>
    </message>
    <message>
        <source>Five more minutes</source>
        <translation>خمس دقائق إضافية</translation>
    </message>
</context>
<context>
    <name>Projector</name>
    <message>
        <source>Roundtable — projector</source>
        <translation>Roundtable — جهاز العرض</translation>
    </message>
    <message>
        <source>Follow the phase</source>
        <translation>متابعة المرحلة</translation>
    </message>
    <message>
        <source>How to join</source>
        <translation>كيفية الانضمام</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>الأفكار</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>المؤقت</translation>
    </message>
    <message>
        <source>Projector controls</source>
        <translation>أدوات التحكم في جهاز العرض</translation>
    </message>
    <message>
        <source>Screen for the projector</source>
        <translation>شاشة جهاز العرض</translation>
    </message>
    <message>
        <source>Show projector</source>
        <translation>إظهار جهاز العرض</translation>
    </message>
    <message>
        <source>What the projector shows</source>
        <translation>ما يعرضه جهاز العرض</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>تجميد</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>شاشة سوداء</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <source>Screen {number}: {name} ({size})</source>
        <translation>الشاشة {number}: {name} ({size})</translation>
    </message>
    <message>
        <source>{screen}, this laptop</source>
        <translation>{screen}، هذا الحاسوب</translation>
    </message>
    <message>
        <source>QR code to join from a phone</source>
        <translation>رمز QR للانضمام من الهاتف</translation>
    </message>
    <message>
        <source>QR code of the Wi-Fi network</source>
        <translation>رمز QR لشبكة الواي فاي</translation>
    </message>
    <message>
        <source>Welcome! {title}</source>
        <translation>أهلًا وسهلًا! {title}</translation>
    </message>
    <message>
        <source>The phone portal is not started yet. You can take part on paper and on the screen in the room.</source>
        <translation>بوابة الهواتف لم تبدأ بعد. يمكنكم المشاركة على الورق وعلى الشاشة في القاعة.</translation>
    </message>
    <message>
        <source>Scan the code with your phone&apos;s camera, or open:</source>
        <translation>امسحوا الرمز بكاميرا الهاتف، أو افتحوا:</translation>
    </message>
    <message>
        <source>Wi-Fi: {ssid}</source>
        <translation>الواي فاي: {ssid}</translation>
    </message>
    <message>
        <source>Wi-Fi: {ssid} — password: {password}</source>
        <translation>الواي فاي: {ssid} — كلمة المرور: {password}</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>اللوحة</translation>
    </message>
    <message>
        <source>What did you come for?</source>
        <translation>ما الذي جئتم من أجله؟</translation>
    </message>
    <message>
        <source>Parking lot: for other levels of government</source>
        <translation>القضايا المؤجلة: لمستويات حكومية أخرى</translation>
    </message>
    <message>
        <source>Ideas ({count})</source>
        <translation>الأفكار ({count})</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>لا توجد ملاحظات بعد.</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>الوقت المتبقي</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>جهاز العرض</translation>
    </message>
    <message>
        <source>Phase and time left</source>
        <translation>المرحلة والوقت المتبقي</translation>
    </message>
    <message>
        <source>Blank screen</source>
        <translation>شاشة سوداء</translation>
    </message>
    <message>
        <source>What we decided to do</source>
        <translation>ما قررنا القيام به</translation>
    </message>
    <message>
        <source>No actions yet.</source>
        <translation>لا توجد إجراءات بعد.</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>شكرًا لكم!</translation>
    </message>
    <message>
        <source>Thanks and next steps</source>
        <translation>الشكر والخطوات التالية</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>الصفحة السابقة</translation>
    </message>
    <message>
        <source>Page on the projector</source>
        <translation>الصفحة المعروضة</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>الصفحة التالية</translation>
    </message>
    <message>
        <source>Second language on the projector</source>
        <translation>لغة ثانية على الشاشة</translation>
    </message>
    <message>
        <source>Where the projector is</source>
        <translation>مكان العرض</translation>
    </message>
    <message>
        <source>Window, screen {number}</source>
        <translation>نافذة، الشاشة {number}</translation>
    </message>
    <message>
        <source>the projector</source>
        <translation>شاشة العرض</translation>
    </message>
    <message>
        <source>Projector not shown</source>
        <translation>العرض غير ظاهر</translation>
    </message>
    <message>
        <source>Full screen on {screen}: it covers this window</source>
        <translation>ملء الشاشة على {screen}: تغطي هذه النافذة</translation>
    </message>
    <message>
        <source>Full screen, screen {number}: covers the desk</source>
        <translation>ملء الشاشة، الشاشة {number}: تغطي نافذة الميسّر</translation>
    </message>
    <message>
        <source>Full screen on {screen}</source>
        <translation>ملء الشاشة على {screen}</translation>
    </message>
    <message>
        <source>Full screen, screen {number}</source>
        <translation>ملء الشاشة، الشاشة {number}</translation>
    </message>
    <message>
        <source>In a window on {screen}</source>
        <translation>في نافذة على {screen}</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>القضايا المؤجلة</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>الصفحة {page} من {count}</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>انتهى الوقت</translation>
    </message>
    <message>
        <source>Not in a theme yet</source>
        <translation>لم تُصنَّف في موضوع بعد</translation>
    </message>
    <message>
        <source>{theme} (continued)</source>
        <translation>{theme} (تتمة)</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>الخطوات التالية</translation>
    </message>
    <message>
        <source>You said, we did</source>
        <translation>قلتم، ففعلنا</translation>
    </message>
    <message>
        <source>Nothing to review yet: no commitment or experiment was recorded in the earlier Labs of this programme.</source>
        <translation>لا شيء للمراجعة بعد: لم يُسجَّل أي التزام أو تجربة مصغرة في المختبرات السابقة لهذا البرنامج.</translation>
    </message>
    <message>
        <source>What people came for</source>
        <translation>ما جاء الناس من أجله</translation>
    </message>
    <message>
        <source>What this Lab did</source>
        <translation>ما أنجزه هذا المختبر</translation>
    </message>
    <message>
        <source>Where the rest went</source>
        <translation>أين ذهب الباقي</translation>
    </message>
    <message>
        <source>Ideas that bridge the groups</source>
        <translation>أفكار تجمع بين الفئات</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>This backup is damaged ({detail}); it cannot be put back.</source>
        <translation>هذه النسخة الاحتياطية تالفة ({detail})؛ لا يمكن إعادتها.</translation>
    </message>
    <message>
        <source>its audit log is broken</source>
        <translation>سجل التغييرات فيها مكسور</translation>
    </message>
    <message>
        <source>{count} row(s) differ from its audit log</source>
        <translation>{count} سطر/أسطر تختلف عن سجلها</translation>
    </message>
    <message>
        <source>audit log intact, every row matches</source>
        <translation>السجل سليم، وكل سطر مطابق</translation>
    </message>
    <message>
        <source>Check passed: the file is whole.</source>
        <translation>نجح الفحص: الملف سليم وكامل.</translation>
    </message>
    <message>
        <source>Check found problems: read them before putting this backup back.</source>
        <translation>وجد الفحص مشاكل: اقرأها قبل إعادة هذه النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <source>Backups are made every few minutes while sessions change. Choose one, check it, then put it back. The current file is kept aside, never deleted.</source>
        <translation>تُنشأ نسخة احتياطية كل بضع دقائق ما دامت الجلسات تتغير. اختر واحدة، افحصها، ثم أعدها. يُحفظ الملف الحالي جانباً ولا يُحذف أبداً.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>أُنشئت في</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>الجلسات</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <source>(cannot be read)</source>
        <translation>(لا يمكن قراءتها)</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>لا توجد نسخة احتياطية بعد.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>افحص</translation>
    </message>
    <message>
        <source>Put this backup in place…</source>
        <translation>أعد هذه النسخة الاحتياطية…</translation>
    </message>
    <message>
        <source>Check the chosen backup before putting it back.</source>
        <translation>افحص النسخة الاحتياطية المختارة قبل إعادتها.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ الفحص…</translation>
    </message>
    <message>
        <source>Put the backup made at {time} in place of the current sessions? Everything written since then is set aside, not lost: the current file is kept in the folder {folder}.</source>
        <translation>هل تريد وضع النسخة الاحتياطية المُنشأة في {time} مكان الجلسات الحالية؟ كل ما كُتب بعدها يُحفظ جانباً ولا يضيع: يُحفظ الملف الحالي في المجلد {folder}.</translation>
    </message>
    <message>
        <source>Nothing was changed: {reason}</source>
        <translation>لم يتغير شيء: {reason}</translation>
    </message>
    <message>
        <source>Putting the backup in place…</source>
        <translation>جارٍ إعادة النسخة الاحتياطية…</translation>
    </message>
    <message>
        <source>The backup made at {time} is now in place. The file that was in place is kept at {path}.</source>
        <translation>النسخة الاحتياطية المُنشأة في {time} في مكانها الآن. الملف الذي كان في مكانها محفوظ في {path}.</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <source>Pseudonym</source>
        <translation>الاسم المستعار</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>الاسم الظاهر</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Kind of actor</source>
        <translation>نوع الفاعل</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>إضافة مشارك</translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation>تعديل المشارك</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Display name (optional)</source>
        <translation>الاسم الظاهر (اختياري)</translation>
    </message>
    <message>
        <source>Only if the person wants one</source>
        <translation>فقط إذا رغب الشخص في ذلك</translation>
    </message>
    <message>
        <source>Named in the minutes (officials, facilitators)</source>
        <translation>يُذكر اسمه في المحضر (المسؤولون والميسّرون)</translation>
    </message>
    <message>
        <source>Has given consent</source>
        <translation>أعطى موافقته</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>استيراد ملف CSV…</translation>
    </message>
    <message>
        <source>Some of them voted in the open round: their dots stay counted. To withdraw someone&apos;s dots, remove that person alone.</source>
        <translation>صوّت بعضهم في الجولة المفتوحة: تبقى نقاطهم محسوبة. لسحب نقاط شخص ما، أزِل ذلك الشخص وحده.</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>استيراد المشاركين</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>لم يُستورد أي شيء.</translation>
    </message>
    <message>
        <source>Nothing was imported. Please correct the file and import it again:</source>
        <translation>لم يُستورد أي شيء. يُرجى تصحيح الملف ثم استيراده مرة أخرى:</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… و{count} أخرى.</translation>
    </message>
    <message>
        <source>These columns were ignored and not stored: {columns}</source>
        <translation>تم تجاهل هذه الأعمدة ولم تُحفظ: {columns}</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>الملف فارغ.</translation>
    </message>
    <message>
        <source>Line {line}: {problem}</source>
        <translation>السطر {line}: {problem}</translation>
    </message>
    <message>
        <source>The file has no participants.</source>
        <translation>لا يحتوي الملف على أي مشارك.</translation>
    </message>
    <message>
        <source>only a local actor has a kind of actor.</source>
        <translation>وحده الفاعل المحلي له نوع فاعل.</translation>
    </message>
    <message>
        <source>the display name is longer than {limit} characters.</source>
        <translation>الاسم الظاهر أطول من {limit} حرفًا.</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>ملفات CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>This file cannot be opened: {reason}</source>
        <translation>تعذّر فتح هذا الملف: {reason}</translation>
    </message>
    <message>
        <source>The first line must name the columns, with at least &quot;group&quot; (or &quot;Groupe&quot;) and &quot;language&quot; (or &quot;Langue&quot;).</source>
        <translation>يجب أن يسمّي السطر الأول الأعمدة، ومنها على الأقل «الفئة» و«اللغة».</translation>
    </message>
    <message>
        <source>the group &quot;{value}&quot; is not one of: local actor, newcomer, facilitator, observer.</source>
        <translation>الفئة «{value}» ليست من بين: فاعل محلي، وافد جديد، ميسّر، مراقب.</translation>
    </message>
    <message>
        <source>the language &quot;{value}&quot; is not known: write a code such as fr, ar, en or a name such as Français.</source>
        <translation>اللغة «{value}» غير معروفة: اكتب رمزًا مثل fr أو ar أو en أو اسمًا مثل العربية.</translation>
    </message>
    <message>
        <source>the kind of actor &quot;{value}&quot; is not one of: public agent, elected, civil society.</source>
        <translation>نوع الفاعل «{value}» ليس من بين: موظف عمومي، منتخب، مجتمع مدني.</translation>
    </message>
    <message>
        <source>&quot;named in the minutes&quot; and &quot;consent&quot; must be yes or no (oui or non).</source>
        <translation>يجب أن تكون قيمة «الاسم في المحضر» و«الموافقة» نعم أو لا.</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <source>Only one screen</source>
        <translation>شاشة واحدة فقط</translation>
    </message>
    <message>
        <source>This laptop shows one picture only (one screen, or the projector mirrors it). Full screen, {what} would cover this window.</source>
        <translation>يعرض هذا الحاسوب صورة واحدة فقط (شاشة واحدة، أو أن جهاز العرض يكرّرها). بملء الشاشة، سيغطي {what} هذه النافذة.</translation>
    </message>
    <message>
        <source>Show it in a window you can move, or cover this window anyway?</source>
        <translation>هل تريد عرضه في نافذة يمكنك تحريكها، أم تغطية هذه النافذة رغم ذلك؟</translation>
    </message>
    <message>
        <source>In a window</source>
        <translation>في نافذة</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>ملء الشاشة</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Action</source>
        <translation>إجراء</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>التزام</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>تجربة مصغّرة</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>مسح البحث</translation>
    </message>
    <message>
        <source>Search the notes and actions of every session…</source>
        <translation>البحث في الملاحظات والإجراءات في كل الجلسات…</translation>
    </message>
    <message>
        <source>Search every session</source>
        <translation>البحث في كل الجلسات</translation>
    </message>
    <message>
        <source>Found in the sessions</source>
        <translation>ما وُجد في الجلسات</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>لم يُعثر على شيء.</translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <source>Next Policy Lab from this one</source>
        <translation>مختبر السياسات التالي انطلاقًا من هذا</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>جلسة جديدة</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>تفاصيل الجلسة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>This date is in the past. Check it: certificates and minutes carry it.</source>
        <translation>هذا التاريخ في الماضي. تحقّق منه: فهو يظهر في الشهادات وفي المحضر.</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>المنطقة الزمنية</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Languages of the session</source>
        <translation>لغات الجلسة</translation>
    </message>
    <message>
        <source>Approve notes from phones before they are shown</source>
        <translation>الموافقة على الملاحظات المرسلة من الهواتف قبل عرضها</translation>
    </message>
    <message>
        <source>Wi-Fi network name</source>
        <translation>اسم شبكة الواي فاي</translation>
    </message>
    <message>
        <source>Wi-Fi security</source>
        <translation>أمان الواي فاي</translation>
    </message>
    <message>
        <source>WPA/WPA2</source>
        <translation>WPA/WPA2</translation>
    </message>
    <message>
        <source>WEP</source>
        <translation>WEP</translation>
    </message>
    <message>
        <source>Open network</source>
        <translation>شبكة مفتوحة</translation>
    </message>
    <message>
        <source>Wi-Fi password</source>
        <translation>كلمة مرور الواي فاي</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Wi-Fi network</source>
        <translation>شبكة الواي فاي</translation>
    </message>
    <message>
        <source>Please give the session a title.</source>
        <translation>يُرجى إعطاء الجلسة عنوانًا.</translation>
    </message>
    <message>
        <source>Choose a time zone from the list, e.g. Europe/Paris.</source>
        <translation>اختر منطقة زمنية من القائمة، مثل Europe/Paris.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>{status}, archived</source>
        <translation>{status}، مؤرشفة</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>الجلسات</translation>
    </message>
    <message>
        <source>Sessions by territory and date</source>
        <translation>الجلسات حسب المنطقة والتاريخ</translation>
    </message>
    <message>
        <source>Show archived sessions</source>
        <translation>إظهار الجلسات المؤرشفة</translation>
    </message>
    <message>
        <source>Policy Lab sessions</source>
        <translation>جلسات مختبر السياسات</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>جلسة جديدة…</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>التفاصيل…</translation>
    </message>
    <message>
        <source>Next Lab from this one…</source>
        <translation>المختبر التالي انطلاقًا من هذا…</translation>
    </message>
    <message>
        <source>Archive or restore</source>
        <translation>أرشفة أو استعادة</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>البرنامج</translation>
    </message>
</context>
<context>
    <name>WriteWait</name>
    <message>
        <source>Waiting</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <source>Waiting for the other program: another Roundtable program (a portal or a second window) is writing to this database. Your change is kept and will be saved as soon as it has finished.</source>
        <translation>في انتظار البرنامج الآخر: برنامج Roundtable آخر (بوابة أو نافذة ثانية) يكتب في قاعدة البيانات هذه. تعديلك محفوظ وسيُسجَّل فور انتهائه.</translation>
    </message>
    <message>
        <source>Quit once saved</source>
        <translation>الخروج بعد الحفظ</translation>
    </message>
</context>
</TS>
