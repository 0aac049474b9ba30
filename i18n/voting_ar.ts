<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>Kiosk</name>
    <message>
        <source>No vote is open right now.</source>
        <translation>لا يوجد تصويت مفتوح الآن.</translation>
    </message>
    <message>
        <source>Erase the last character</source>
        <translation>امسح الحرف الأخير</translation>
    </message>
    <message>
        <source>Continue with this code</source>
        <translation>تابع بهذا الرمز</translation>
    </message>
    <message>
        <source>Vote here</source>
        <translation>صوّت هنا</translation>
    </message>
    <message>
        <source>Show your badge to the camera, or type the code printed on it.</source>
        <translation>اعرض بطاقتك أمام الكاميرا، أو اكتب الرمز المطبوع عليها.</translation>
    </message>
    <message>
        <source>The code printed on your badge</source>
        <translation>الرمز المطبوع على بطاقتك</translation>
    </message>
    <message>
        <source>Your dots could not be saved. Please press confirm again, or ask the facilitator.</source>
        <translation>تعذّر حفظ نقاطك. اضغط على التأكيد مرة أخرى، أو اسأل الميسّر.</translation>
    </message>
    <message>
        <source>Thank you! Your dots are recorded.</source>
        <translation>شكراً! تم تسجيل نقاطك.</translation>
    </message>
    <message>
        <source>Next person</source>
        <translation>الشخص التالي</translation>
    </message>
    <message>
        <source>Remove a dot</source>
        <translation>أزل نقطة</translation>
    </message>
    <message>
        <source>Add a dot</source>
        <translation>أضف نقطة</translation>
    </message>
    <message>
        <source>This vote is secret: your dots are counted, never shown with your name.</source>
        <translation>هذا التصويت سرّي: تُحتسب نقاطك ولا تُعرض أبداً مع اسمك.</translation>
    </message>
    <message>
        <source>You have already voted. You can change your dots until the vote closes.</source>
        <translation>لقد صوّتَّ من قبل. يمكنك تغيير نقاطك حتى يُغلق التصويت.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Confirm my dots</source>
        <translation>أكّد نقاطي</translation>
    </message>
    <message>
        <source>Dots left: {left} of {budget}</source>
        <translation>النقاط المتبقية: {left} من {budget}</translation>
    </message>
</context>
<context>
    <name>PaperDots</name>
    <message>
        <source>Item</source>
        <translation>العنصر</translation>
    </message>
    <message>
        <source>Count the paper dot stickers on each item, per group, and type the counts before closing the round. Each count is recorded as soon as it is typed.</source>
        <translation>عُدّ الملصقات الورقية على كل عنصر، لكل مجموعة، واكتب الأعداد قبل إغلاق الجولة. يُسجَّل كل عدد بمجرد كتابته.</translation>
    </message>
    <message>
        <source>Paper dots per item and group</source>
        <translation>النقاط الورقية لكل عنصر ومجموعة</translation>
    </message>
</context>
<context>
    <name>Projector</name>
    <message>
        <source>Page {page} of {count}</source>
        <translation>الصفحة {page} من {count}</translation>
    </message>
</context>
<context>
    <name>ResultsChart</name>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Screen (badge)</source>
        <translation>الشاشة (البطاقة)</translation>
    </message>
    <message>
        <source>Paper dots</source>
        <translation>النقاط الورقية</translation>
    </message>
    <message>
        <source>Entered at the desk</source>
        <translation>أُدخل على الحاسوب</translation>
    </message>
    <message>
        <source>Results chart</source>
        <translation>مخطط النتائج</translation>
    </message>
    <message>
        <source>{rank} (tie)</source>
        <translation>{rank} (تعادل)</translation>
    </message>
</context>
<context>
    <name>RoundForm</name>
    <message>
        <source>Which ideas should we take forward?</source>
        <translation>ما الأفكار التي نريد المضيّ بها؟</translation>
    </message>
    <message>
        <source>Ideas (sticky notes)</source>
        <translation>الأفكار (الملصقات)</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>المحاور</translation>
    </message>
    <message>
        <source>Items in the vote</source>
        <translation>العناصر المطروحة للتصويت</translation>
    </message>
    <message>
        <source>Secret vote: who voted is kept apart from what was voted</source>
        <translation>تصويت سرّي: تُحفظ هوية المصوّتين منفصلة عمّا صوّتوا له</translation>
    </message>
    <message>
        <source>Show the counts on the projector while people vote</source>
        <translation>اعرض الأعداد على جهاز العرض أثناء التصويت</translation>
    </message>
    <message>
        <source>No timer</source>
        <translation>بلا مؤقّت</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>Create the round</source>
        <translation>أنشئ جولة التصويت</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Vote on</source>
        <translation>التصويت على</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>العناصر</translation>
    </message>
    <message>
        <source>Dots per person</source>
        <translation>النقاط لكل شخص</translation>
    </message>
    <message>
        <source>At most per item</source>
        <translation>الحد الأقصى لكل عنصر</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>المؤقّت</translation>
    </message>
</context>
<context>
    <name>VoteProjector</name>
    <message>
        <source>No vote right now</source>
        <translation>لا يوجد تصويت الآن</translation>
    </message>
    <message>
        <source>{voted} of {eligible} have voted</source>
        <translation>صوّت {voted} من {eligible}</translation>
    </message>
    <message>
        <source>Voting is open</source>
        <translation>التصويت مفتوح</translation>
    </message>
    <message>
        <source>The counts stay hidden until the vote closes and the results are shown.</source>
        <translation>تبقى الأعداد مخفية حتى يُغلق التصويت وتُعرض النتائج.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Items with the same number of dots share a rank.</source>
        <translation>العناصر التي لها عدد النقاط نفسه تتشارك المرتبة.</translation>
    </message>
    <message>
        <source>Voting is closed</source>
        <translation>التصويت مُغلق</translation>
    </message>
    <message>
        <source>The results will be shown in a moment.</source>
        <translation>ستُعرض النتائج بعد قليل.</translation>
    </message>
</context>
<context>
    <name>VoterMessages</name>
    <message>
        <source>This is not a Roundtable badge.</source>
        <translation>هذه ليست بطاقة Roundtable.</translation>
    </message>
    <message>
        <source>This badge belongs to another session.</source>
        <translation>هذه البطاقة تخص جلسة أخرى.</translation>
    </message>
    <message>
        <source>This badge is not valid. Please see the welcome desk.</source>
        <translation>هذه البطاقة غير صالحة. يُرجى التوجه إلى مكتب الاستقبال.</translation>
    </message>
    <message>
        <source>No one here has the code {typed}. Check the code on your badge.</source>
        <translation>لا أحد هنا يحمل الرمز {typed}. تحقّق من الرمز على بطاقتك.</translation>
    </message>
    <message>
        <source>This badge no longer works. Please see the welcome desk.</source>
        <translation>هذه البطاقة لم تعد تعمل. يُرجى التوجه إلى مكتب الاستقبال.</translation>
    </message>
    <message>
        <source>Facilitators and observers do not vote.</source>
        <translation>الميسّرون والمراقبون لا يصوّتون.</translation>
    </message>
    <message>
        <source>Voting is not open right now.</source>
        <translation>التصويت غير مفتوح الآن.</translation>
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
        <source>This secret vote was interrupted when the program restarted, so it cannot take new dots. Please tell the facilitator.</source>
        <translation>توقّف هذا التصويت السري عندما أُعيد تشغيل البرنامج، فلا يمكنه قبول نقاط جديدة. يُرجى إبلاغ الميسّر.</translation>
    </message>
    <message>
        <source>This did not work. Please ask the facilitator.</source>
        <translation>لم ينجح ذلك. يُرجى سؤال الميسّر.</translation>
    </message>
</context>
<context>
    <name>VotingPanel</name>
    <message>
        <source>Not open yet</source>
        <translation>لم يُفتح بعد</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>افتح</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مُغلق</translation>
    </message>
    <message>
        <source>Results shown</source>
        <translation>النتائج معروضة</translation>
    </message>
    <message>
        <source>Close the vote?</source>
        <translation>إغلاق التصويت؟</translation>
    </message>
    <message>
        <source>Once closed, no dot counts any more and the round cannot be opened again.</source>
        <translation>بعد الإغلاق لا تُحتسب أي نقطة، ولا يمكن فتح الجولة من جديد.</translation>
    </message>
    <message>
        <source>Dot voting</source>
        <translation>التصويت بالنقاط</translation>
    </message>
    <message>
        <source>Vote rounds</source>
        <translation>جولات التصويت</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>أغلق</translation>
    </message>
    <message>
        <source>Show results</source>
        <translation>اعرض النتائج</translation>
    </message>
    <message>
        <source>Top </source>
        <translation>أعلى </translation>
    </message>
    <message>
        <source>How many items go to the run-off</source>
        <translation>عدد العناصر التي تنتقل إلى الجولة الحاسمة</translation>
    </message>
    <message>
        <source>Run-off</source>
        <translation>جولة حاسمة</translation>
    </message>
    <message>
        <source>Kiosk screen</source>
        <translation>شاشة التصويت</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Paper dots</source>
        <translation>النقاط الورقية</translation>
    </message>
    <message>
        <source>New round</source>
        <translation>جولة جديدة</translation>
    </message>
    <message>
        <source>Vote here with your badge</source>
        <translation>صوّت هنا ببطاقتك</translation>
    </message>
    <message>
        <source>No round yet: set one up under “New round”.</source>
        <translation>لا توجد جولة بعد: أنشئ واحدة من «جولة جديدة».</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>سرّي</translation>
    </message>
    <message>
        <source>open ballot</source>
        <translation>علني</translation>
    </message>
    <message>
        <source>{voted} of {eligible} have voted</source>
        <translation>صوّت {voted} من {eligible}</translation>
    </message>
    <message>
        <source>Time is up: close the vote when the room is ready.</source>
        <translation>انتهى الوقت: أغلق التصويت عندما تكون القاعة مستعدة.</translation>
    </message>
</context>
<context>
    <name>VotingResults</name>
    <message>
        <source>Not shown by group, to protect small groups (fewer than 5 people or the one that would give them away): {groups}</source>
        <translation>لا تُعرض حسب المجموعة حمايةً للمجموعات الصغيرة (أقل من 5 أشخاص، أو المجموعة التي قد تكشفها): {groups}</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>المرتبة</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>العنصر</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <source>Results by channel and group</source>
        <translation>النتائج حسب القناة والمجموعة</translation>
    </message>
    <message>
        <source>No round yet.</source>
        <translation>لا توجد جولة بعد.</translation>
    </message>
    <message>
        <source>The counts stay hidden while the vote is open. Close the round to see them; reveal it to show the room.</source>
        <translation>تبقى الأعداد مخفية ما دام التصويت مفتوحاً. أغلق الجولة لتراها، واعرض النتائج لتُظهرها للقاعة.</translation>
    </message>
</context>
</TS>
