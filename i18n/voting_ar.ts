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
        <source>The earlier dots are kept.</source>
        <translation>احتُفظ بالنقاط السابقة.</translation>
    </message>
    <message>
        <source>Next person</source>
        <translation>الشخص التالي</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in a minute.</source>
        <translation>أُدخلت رموز سرية خاطئة كثيرة. حاول مجددًا بعد دقيقة.</translation>
    </message>
    <message>
        <source>This is not the kiosk&apos;s PIN.</source>
        <translation>هذا ليس الرمز السري لشاشة التصويت.</translation>
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
        <source>Add a dot to: {idea}</source>
        <translation>أضف نقطة إلى: {idea}</translation>
    </message>
    <message>
        <source>Take a dot back from: {idea}</source>
        <translation>اسحب نقطة من: {idea}</translation>
    </message>
    <message>
        <source>Dots on this idea: {count} of {cap}</source>
        <translation>النقاط على هذه الفكرة: {count} من {cap}</translation>
    </message>
    <message>
        <source>This vote is secret: your dots are counted, never shown with your name.</source>
        <translation>هذا التصويت سرّي: تُحتسب نقاطك ولا تُعرض أبداً مع اسمك.</translation>
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
    <message>
        <source>This badge has already voted. Voting again replaces the earlier dots. Continue?</source>
        <translation>سبق التصويت بهذه البطاقة. التصويت من جديد يستبدل النقاط السابقة. هل تتابع؟</translation>
    </message>
    <message>
        <source>Yes, replace the earlier dots</source>
        <translation>نعم، استبدل النقاط السابقة</translation>
    </message>
    <message>
        <source>No, keep the earlier dots</source>
        <translation>لا، أبقِ النقاط السابقة</translation>
    </message>
    <message>
        <source>Facilitator: type the kiosk&apos;s PIN to leave it.</source>
        <translation>إلى الميسّر: اكتب الرمز السري لشاشة التصويت لمغادرتها.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s PIN</source>
        <translation>الرمز السري لشاشة التصويت</translation>
    </message>
    <message>
        <source>Leave the kiosk</source>
        <translation>مغادرة شاشة التصويت</translation>
    </message>
    <message>
        <source>Back to voting</source>
        <translation>العودة إلى التصويت</translation>
    </message>
</context>
<context>
    <name>KioskSetup</name>
    <message>
        <source>{name} ({width}×{height})</source>
        <translation>{name} ({width}×{height})</translation>
    </message>
    <message>
        <source>{screen}: this laptop&apos;s screen</source>
        <translation>{screen}: شاشة هذا الحاسوب</translation>
    </message>
    <message>
        <source>Open the kiosk</source>
        <translation>فتح شاشة التصويت</translation>
    </message>
    <message>
        <source>The kiosk fills its screen and shows no roster and no desk controls. Choose a PIN: leaving the kiosk (Esc or closing it) asks for it.</source>
        <translation>تملأ شاشة التصويت شاشتها كلها ولا تعرض قائمة المشاركين ولا أدوات الميسّر. اختر رمزًا سريًا: يُطلب عند مغادرة شاشة التصويت (بمفتاح Esc أو بإغلاقها).</translation>
    </message>
    <message>
        <source>PIN to leave the kiosk</source>
        <translation>الرمز السري لمغادرة شاشة التصويت</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>الرمز السري نفسه مرة أخرى</translation>
    </message>
    <message>
        <source>Screen for the kiosk</source>
        <translation>الشاشة التي تظهر عليها شاشة التصويت</translation>
    </message>
    <message>
        <source>The PIN is {count} digits or more.</source>
        <translation>يتكون الرمز السري من {count} أرقام على الأقل.</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>الرمزان السريان غير متطابقين.</translation>
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
        <translation>عُدّ الملصقات الورقية على كل عنصر، لكل فئة، واكتب الأعداد قبل إغلاق الجولة. يُسجَّل كل عدد بمجرد كتابته.</translation>
    </message>
    <message>
        <source>Paper dots per item and group</source>
        <translation>النقاط الورقية لكل عنصر وفئة</translation>
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
    <name>Removal</name>
    <message>
        <source>Remove a participant</source>
        <translation>إزالة مشارك</translation>
    </message>
    <message>
        <source>{name} has voted in the open round:</source>
        <translation>صوّت {name} في الجولة المفتوحة:</translation>
    </message>
    <message>
        <source>Keep their dots, or withdraw them?</source>
        <translation>هل تُبقي نقاطه أم تسحبها؟</translation>
    </message>
    <message>
        <source>Remove and withdraw their dots</source>
        <translation>الإزالة مع سحب نقاطه</translation>
    </message>
    <message>
        <source>Remove and keep their dots</source>
        <translation>الإزالة مع إبقاء نقاطه</translation>
    </message>
    <message>
        <source>This open round is secret:</source>
        <translation>هذه الجولة المفتوحة سرية:</translation>
    </message>
    <message>
        <source>Nothing links a person to their dots, so if {name} voted, their dots stay counted.</source>
        <translation>لا شيء يربط الشخص بنقاطه، فإن كان {name} قد صوّت تبقى نقاطه محسوبة.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
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
    <name>Roster</name>
    <message>
        <source>Remove {name} from the session? Their phone stops working for this session.</source>
        <translation>هل تريد إزالة {name} من الجلسة؟ سيتوقف هاتفه عن العمل في هذه الجلسة.</translation>
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
        <translation>المواضيع</translation>
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
        <source>You are not checked in. Please go to the welcome desk first, then come back to vote.</source>
        <translation>لم تسجّل حضورك بعد. يُرجى التوجّه أولاً إلى مكتب الاستقبال، ثم العودة للتصويت.</translation>
    </message>
    <message>
        <source>This did not work. Please ask the facilitator.</source>
        <translation>لم ينجح ذلك. يُرجى سؤال الميسّر.</translation>
    </message>
</context>
<context>
    <name>VotingCounts</name>
    <message numerus="yes">
        <source>%n ballot(s) replaced at the kiosk</source>
        <translation>
            <numerusform>لم تُستبدل أي بطاقة في شاشة التصويت</numerusform>
            <numerusform>استُبدلت بطاقة واحدة في شاشة التصويت</numerusform>
            <numerusform>استُبدلت بطاقتان في شاشة التصويت</numerusform>
            <numerusform>استُبدلت %n بطاقات في شاشة التصويت</numerusform>
            <numerusform>استُبدلت %n بطاقة في شاشة التصويت</numerusform>
            <numerusform>استُبدلت %n بطاقة في شاشة التصويت</numerusform>
        </translation>
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
        <source>Open</source>
        <comment>round status</comment>
        <translation>مفتوح</translation>
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
        <translation>عدد العناصر التي تنتقل إلى جولة الإعادة</translation>
    </message>
    <message>
        <source>Run-off</source>
        <translation>جولة الإعادة</translation>
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
        <source>A secret round was interrupted</source>
        <translation>انقطعت جولة سرية</translation>
    </message>
    <message>
        <source>The Dot voting tab offers both recoveries.</source>
        <translation>يعرض تبويب التصويت بالنقاط طريقتي الاستئناف.</translation>
    </message>
    <message>
        <source>Run-off: {title}</source>
        <translation>جولة الإعادة: {title}</translation>
    </message>
    <message>
        <source>the kiosk</source>
        <translation>شاشة التصويت</translation>
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
    <message>
        <source>This secret round was interrupted:</source>
        <translation>انقطعت هذه الجولة السرية:</translation>
    </message>
    <message>
        <source>Roundtable restarted while it was open, so it cannot tell who has voted and takes no further ballot. Ballots kept: {voted}. Close it with the dots cast, or discard them and restart the same round.</source>
        <translation>أُعيد تشغيل Roundtable وهي مفتوحة، فلم يعد بإمكانه معرفة من صوّت ولم يعد يقبل أي بطاقة. البطاقات المحفوظة: {voted}. أغلقها بالنقاط التي وُضعت، أو ألغِ النقاط وأعد بدء الجولة نفسها.</translation>
    </message>
    <message>
        <source>This secret round was interrupted by a restart: it takes no further ballot. Ballots kept: {voted}.</source>
        <translation>انقطعت هذه الجولة السرية بسبب إعادة التشغيل: لم تعد تقبل أي بطاقة. البطاقات المحفوظة: {voted}.</translation>
    </message>
    <message>
        <source>Close it with the dots cast</source>
        <translation>إغلاقها بالنقاط التي وُضعت</translation>
    </message>
    <message>
        <source>Discard and restart it</source>
        <translation>إلغاء النقاط وإعادة بدئها</translation>
    </message>
    <message>
        <source>Interrupted secret round</source>
        <translation>جولة سرية منقطعة</translation>
    </message>
</context>
<context>
    <name>VotingResults</name>
    <message>
        <source>Not shown by group, to protect small groups (fewer than 5 people or the one that would give them away): {groups}</source>
        <translation>لا تُعرض حسب الفئة حمايةً للفئات الصغيرة (أقل من 5 أشخاص، أو الفئة التي قد تكشفها): {groups}</translation>
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
        <translation>النتائج حسب القناة والفئة</translation>
    </message>
    <message>
        <source>No round yet.</source>
        <translation>لا توجد جولة بعد.</translation>
    </message>
    <message>
        <source>The counts stay hidden while the vote is open. Close the round to see them; reveal it to show the room.</source>
        <translation>تبقى الأعداد مخفية ما دام التصويت مفتوحاً. أغلق الجولة لتراها، واعرض النتائج لتُظهرها للقاعة.</translation>
    </message>
    <message>
        <source>Ideas that bridge the groups: not computed, a group had fewer than 5 voters.</source>
        <translation>أفكار تجمع بين الفئات: لم تُحسب، كان في إحدى الفئات أقل من 5 مصوّتين.</translation>
    </message>
    <message>
        <source>Ideas that bridge the groups: none holds {share} % of both groups&apos; dots.</source>
        <translation>أفكار تجمع بين الفئات: لا فكرة نالت {share} ٪ من نقاط كل فئة من الفئتين.</translation>
    </message>
    <message>
        <source>Ideas that bridge the groups (at least {share} % of both groups&apos; dots): {ideas}</source>
        <translation>أفكار تجمع بين الفئات ({share} ٪ على الأقل من نقاط كل فئة من الفئتين): {ideas}</translation>
    </message>
</context>
</TS>
