<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>Ballot</name>
    <message>
        <source>Item</source>
        <translation>خيار</translation>
    </message>
    <message>
        <source>One dot fewer for %1</source>
        <translation>نقطة أقل لـ«%1»</translation>
    </message>
    <message>
        <source>Dots on %1</source>
        <translation>النقاط على «%1»</translation>
    </message>
    <message>
        <source>One dot more for %1</source>
        <translation>نقطة إضافية لـ«%1»</translation>
    </message>
    <message>
        <source>All your dots are placed; take one back with − to move it.</source>
        <translation>وضعت كل نقاطك؛ استرجع نقطة بالزر − لتنقلها.</translation>
    </message>
    <message>
        <source>This item has no dots to take back.</source>
        <translation>لا توجد نقاط على هذا الخيار لاسترجاعها.</translation>
    </message>
    <message>
        <source>not available now</source>
        <translation>غير متاح الآن</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 لـ«%2»</translation>
    </message>
    <message>
        <source>Tap every item you can support</source>
        <translation>المس كل خيار يمكنك تأييده</translation>
    </message>
    <message>
        <source>Tap items in your order of preference; tap again to remove</source>
        <translation>المس الخيارات بترتيب تفضيلك؛ والمس مرة أخرى للإزالة</translation>
    </message>
    <message>
        <source>Give every item a level, from 0 %1 to 5 %2</source>
        <translation>أعطِ كل خيار مستوى، من 0 «%1» إلى 5 «%2»</translation>
    </message>
    <message>
        <source>Give every item a grade, from %1 to %2</source>
        <translation>أعطِ كل خيار تقديرًا، من «%1» إلى «%2»</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Page 1: the outcome (&amp;key messages, top recommendations)</source>
        <translation>الصفحة 1: النتائج (الرسائل ال&amp;رئيسية، أهم التوصيات)</translation>
    </message>
    <message>
        <source>&amp;Background</source>
        <translation>معلومات &amp;أساسية</translation>
    </message>
    <message>
        <source>Discussion by poin&amp;t</source>
        <translation>المناقشة حسب ال&amp;بند</translation>
    </message>
    <message>
        <source>Voting and &amp;recommendations</source>
        <translation>ال&amp;تصويت والتوصيات</translation>
    </message>
    <message>
        <source>Ne&amp;xt steps</source>
        <translation>الخطوات ال&amp;تالية</translation>
    </message>
    <message>
        <source>Annex: a&amp;genda and time used</source>
        <translation>المرفق: &amp;جدول الأعمال والوقت المستغرق</translation>
    </message>
    <message>
        <source>Annex: partici&amp;pation charts</source>
        <translation>المرفق: رسوم &amp;المشاركة البيانية</translation>
    </message>
    <message>
        <source>Annex: part&amp;icipants (those who agreed to be named)</source>
        <translation>المرفق: الم&amp;شاركون (من وافقوا على ذكر أسمائهم)</translation>
    </message>
    <message>
        <source>Annex: every contribution (appen&amp;dix)</source>
        <translation>المرفق: جميع الم&amp;ساهمات</translation>
    </message>
    <message>
        <source>Di&amp;sclaimer</source>
        <translation>إخلاء ال&amp;مسؤولية</translation>
    </message>
    <message>
        <source>PD&amp;F report</source>
        <translation>تقرير PD&amp;F</translation>
    </message>
    <message>
        <source>&amp;Word document (.docx)</source>
        <translation>مستند &amp;Word ‏(‎.docx‏)</translation>
    </message>
    <message>
        <source>&amp;Markdown text</source>
        <translation>نص &amp;Markdown</translation>
    </message>
    <message>
        <source>CSV fi&amp;les (a folder)</source>
        <translation>ملفات CS&amp;V (مجلد)</translation>
    </message>
    <message>
        <source>&amp;JSON (interchange format)</source>
        <translation>&amp;JSON (صيغة التبادل)</translation>
    </message>
    <message>
        <source>the export failed (%1); no file was written — please report this problem</source>
        <translation>فشل التصدير (%1)؛ لم يُكتب أي ملف — يُرجى الإبلاغ عن هذه المشكلة</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>حفظ باسم:</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>التصدير إلى</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>&amp;تغيير…</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>الأسماء</translation>
    </message>
    <message>
        <source>&amp;Named: speakers who agreed to be named appear</source>
        <translation>بالأ&amp;سماء: يظهر المتكلمون الذين وافقوا على ذكر أسمائهم</translation>
    </message>
    <message>
        <source>&amp;Anonymous: no name or attribution anywhere</source>
        <translation>مجهول ال&amp;هوية: لا أسماء ولا نسبة لأي قول</translation>
    </message>
    <message>
        <source>This session runs under the Chatham House Rule</source>
        <translation>تُعقد هذه الجلسة وفقًا لقاعدة تشاتام هاوس</translation>
    </message>
    <message>
        <source>Incl&amp;ude the facilitator&apos;s notes (named report only)</source>
        <translation>تضمين &amp;ملاحظات الميسِّر (في التقرير بالأسماء فقط)</translation>
    </message>
    <message>
        <source>Names of people who did not agree to be named are withheld</source>
        <translation>تُحجب أسماء من لم يوافقوا على ذكر أسمائهم</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>Report language:</source>
        <translation>&amp;لغة التقرير:</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>لغة التقرير</translation>
    </message>
    <message>
        <source>The report&apos;s headings, labels and sentences; what people wrote stays as written. CSV and JSON keep their English field names.</source>
        <translation>عناوين التقرير وتسمياته وجمله؛ ويبقى ما كتبه المشاركون كما كُتب. ويحتفظ ملفا CSV وJSON بأسماء حقولهما بالإنكليزية.</translation>
    </message>
    <message>
        <source>&amp;Open it when it is ready</source>
        <translation>&amp;فتحه عند جاهزيته</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>تقدّم التصدير</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>حالة التصدير</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;تصدير</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>&amp;Open the folder when it is ready</source>
        <translation>&amp;فتح المجلد عند جاهزيته</translation>
    </message>
    <message>
        <source>The folder %1 exists; its CSV files will be replaced.</source>
        <translation>المجلد %1 موجود؛ وسيُستعاض عن ملفات CSV فيه.</translation>
    </message>
    <message>
        <source>%1 exists; exporting replaces it.</source>
        <translation>%1 موجود؛ وسيحل التصدير محله.</translation>
    </message>
    <message>
        <source>Folder for the CSV files</source>
        <translation>مجلد ملفات CSV</translation>
    </message>
    <message>
        <source>Export as %1</source>
        <translation>التصدير بصيغة %1</translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation>اختر قسمًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <source>%1 is the session file; choose another name.</source>
        <translation>%1 هو ملف الجلسة؛ اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>Laying out the report…</source>
        <translation>جارٍ تنسيق التقرير…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>جارٍ الكتابة…</translation>
    </message>
    <message>
        <source>Saved. No program to open it was found; the folder is %1</source>
        <translation>تم الحفظ. لم يُعثر على برنامج لفتحه؛ المجلد هو %1</translation>
    </message>
    <message>
        <source>Saved. No program to open it was found; the file is %1</source>
        <translation>تم الحفظ. لم يُعثر على برنامج لفتحه؛ الملف هو %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>the export stopped unexpectedly; no file was written — try again</source>
        <translation>توقف التصدير على نحو غير متوقع؛ لم يُكتب أي ملف — حاول مرة أخرى</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <source>The export failed; no file was written.</source>
        <translation>فشل التصدير؛ لم يُكتب أي ملف.</translation>
    </message>
</context>
<context>
    <name>FileNames</name>
    <message>
        <source>PDF report</source>
        <translation>تقرير PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>مستند Word</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>مستندات Word (*.docx)</translation>
    </message>
    <message>
        <source>Markdown text</source>
        <translation>نص Markdown</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>ملفات Markdown (*.md)</translation>
    </message>
    <message>
        <source>CSV files (a folder)</source>
        <translation>ملفات CSV (مجلد)</translation>
    </message>
    <message>
        <source>Folders (*)</source>
        <translation>مجلدات (*)</translation>
    </message>
    <message>
        <source>JSON (interchange format)</source>
        <translation>JSON (صيغة تبادل)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>ملفات JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>How to vote</source>
        <translation>طريقة التصويت</translation>
    </message>
    <message>
        <source>Your ballot so far</source>
        <translation>ورقة اقتراعك حتى الآن</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Back to the start; nothing is stored</source>
        <translation>العودة إلى البداية؛ لا يُحفظ شيء</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>البدء من جديد</translation>
    </message>
    <message>
        <source>Review my vote</source>
        <translation>مراجعة صوتي</translation>
    </message>
    <message>
        <source>Your voting code</source>
        <translation>رمز التصويت الخاص بك</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <source>That code is not known. Check the code on your card and try again.</source>
        <translation>هذا الرمز غير معروف. تحقق من الرمز المطبوع على بطاقتك وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>This code has already voted in this round. Each person votes once.</source>
        <translation>استُخدم هذا الرمز للتصويت في هذه الجولة من قبل. لكل شخص صوت واحد.</translation>
    </message>
    <message>
        <source>You have already voted in this round. Each person votes once.</source>
        <translation>لقد صوّتَّ في هذه الجولة من قبل. لكل شخص صوت واحد.</translation>
    </message>
    <message>
        <source>Type the code from your card first.</source>
        <translation>اكتب أولًا الرمز المطبوع على بطاقتك.</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>ما المطلوب</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Search names</source>
        <translation>البحث عن الأسماء</translation>
    </message>
    <message>
        <source>Type to find your name</source>
        <translation>اكتب للعثور على اسمك</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>Voting has not opened yet</source>
        <translation>لم يبدأ التصويت بعد</translation>
    </message>
    <message>
        <source>Voting has closed</source>
        <translation>انتهى التصويت</translation>
    </message>
    <message>
        <source>Type the code from your card</source>
        <translation>اكتب الرمز المطبوع على بطاقتك</translation>
    </message>
    <message>
        <source>Your code lets you vote once. Your ballot is stored without your name.</source>
        <translation>يتيح لك رمزك التصويت مرة واحدة. تُحفظ ورقة اقتراعك دون اسمك.</translation>
    </message>
    <message>
        <source>Your code lets you vote once. No name is shown on this screen.</source>
        <translation>يتيح لك رمزك التصويت مرة واحدة. لا يظهر أي اسم على هذه الشاشة.</translation>
    </message>
    <message>
        <source>Tap your name to vote</source>
        <translation>المس اسمك للتصويت</translation>
    </message>
    <message>
        <source>Not on the list? Ask the facilitator to check you in.</source>
        <translation>اسمك غير موجود في القائمة؟ اطلب من الميسّر تسجيل حضورك.</translation>
    </message>
    <message>
        <source>Vote as %1</source>
        <translation>التصويت باسم %1</translation>
    </message>
    <message>
        <source>Everyone checked in has voted</source>
        <translation>صوّت جميع الحاضرين</translation>
    </message>
    <message>
        <source>Several names match; type more of yours, or tap it.</source>
        <translation>تطابق عدة أسماء؛ اكتب المزيد من اسمك أو المسه.</translation>
    </message>
    <message>
        <source>Voting kiosk</source>
        <translation>محطة التصويت</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>الجولة</translation>
    </message>
    <message>
        <source>%1  ·  %2, secret ballot</source>
        <translation>%1  ·  %2، اقتراع سري</translation>
    </message>
    <message>
        <source>%1  ·  %2, named vote</source>
        <translation>%1  ·  %2، تصويت بالأسماء</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>التصويت</translation>
    </message>
    <message>
        <source>Thank you — your vote is in</source>
        <translation>شكرًا لك — سُجّل صوتك</translation>
    </message>
    <message>
        <source>Check your vote</source>
        <translation>راجع صوتك</translation>
    </message>
    <message>
        <source>Check your vote, then confirm</source>
        <translation>راجع صوتك ثم أكّده</translation>
    </message>
    <message>
        <source>Change my vote</source>
        <translation>تعديل صوتي</translation>
    </message>
    <message>
        <source>Confirm my vote</source>
        <translation>تأكيد صوتي</translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation>اختيارك</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>شكرًا</translation>
    </message>
    <message>
        <source>Breakout — voting kiosk</source>
        <translation>Breakout — محطة التصويت</translation>
    </message>
    <message>
        <source>Voting kiosk window</source>
        <translation>نافذة محطة التصويت</translation>
    </message>
    <message>
        <source>The ballot is empty; choose at least one item.</source>
        <translation>ورقة الاقتراع فارغة؛ اختر خيارًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <source>Give every item a level on the agreement scale.</source>
        <translation>أعطِ كل خيار مستوى على سلّم الموافقة.</translation>
    </message>
    <message>
        <source>Give every item a grade.</source>
        <translation>أعطِ كل خيار تقديرًا.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Lan&amp;guage</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>As the Console</source>
        <translation>مثل لوحة التحكم</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>&amp;Room&apos;s Screen</source>
        <translation>شاشة ال&amp;قاعة</translation>
    </message>
    <message>
        <source>Room&apos;s Screen, &amp;Second Language</source>
        <translation>شاشة القاعة، اللغة ال&amp;ثانية</translation>
    </message>
    <message>
        <source>&amp;Kiosk</source>
        <translation>م&amp;حطة التصويت</translation>
    </message>
    <message>
        <source>Breakout speaks %1 from its next start.</source>
        <translation>ستظهر واجهة Breakout باللغة %1 عند تشغيله في المرة القادمة.</translation>
    </message>
</context>
<context>
    <name>Room</name>
    <message>
        <source>Breakout — shared screen</source>
        <translation>Breakout — شاشة القاعة</translation>
    </message>
    <message>
        <source>Shared screen</source>
        <translation>شاشة القاعة</translation>
    </message>
    <message>
        <source>Session title</source>
        <translation>عنوان الجلسة</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>الوقت المتبقي</translation>
    </message>
    <message>
        <source>Time left in words</source>
        <translation>الوقت المتبقي بالكلمات</translation>
    </message>
    <message>
        <source>Speaking now</source>
        <translation>المتحدث الآن</translation>
    </message>
    <message>
        <source>Next speakers</source>
        <translation>المتحدثون التالون</translation>
    </message>
    <message>
        <source>Live view</source>
        <translation>العرض المباشر</translation>
    </message>
    <message>
        <source>Starting soon</source>
        <translation>نبدأ قريبًا</translation>
    </message>
    <message>
        <source>Vote at the kiosk with the code on your card</source>
        <translation>صوّت في محطة التصويت بالرمز المطبوع على بطاقتك</translation>
    </message>
    <message>
        <source>Vote at the kiosk: tap your name there</source>
        <translation>صوّت في محطة التصويت: المس اسمك هناك</translation>
    </message>
    <message>
        <source>Time used</source>
        <translation>الوقت المستخدم</translation>
    </message>
    <message>
        <source>nearly up</source>
        <translation>أوشك على الانتهاء</translation>
    </message>
    <message>
        <source>over time</source>
        <translation>تجاوز الوقت</translation>
    </message>
    <message>
        <source>%1 % used</source>
        <translation>استُخدم %1 %</translation>
    </message>
    <message>
        <source>Voting under way</source>
        <translation>التصويت جارٍ</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>الجولة</translation>
    </message>
    <message>
        <source>How many have voted</source>
        <translation>عدد من صوّتوا</translation>
    </message>
    <message>
        <source>Where to vote</source>
        <translation>مكان التصويت</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation>نسبة المشاركة</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>الاعتراضات</translation>
    </message>
    <message>
        <source>How it was counted</source>
        <translation>طريقة الفرز</translation>
    </message>
    <message>
        <source>Results · %1</source>
        <translation>النتائج · %1</translation>
    </message>
    <message>
        <source>Blocked by at least one person: %1</source>
        <translation>اعترض عليه شخص واحد على الأقل: %1</translation>
    </message>
    <message>
        <source>Point %1 of %2</source>
        <translation>البند %1 من %2</translation>
    </message>
    <message>
        <source>1 min %1</source>
        <translation>دقيقة و%1</translation>
    </message>
    <message>
        <source>Point closed</source>
        <translation>أُغلق البند</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>المتبقي: %1</translation>
    </message>
    <message>
        <source>Time&apos;s up</source>
        <translation>انتهى الوقت</translation>
    </message>
    <message>
        <source>Over by %1</source>
        <translation>تجاوز الوقت بـ%1</translation>
    </message>
    <message>
        <source>%1 · paused</source>
        <translation>%1 · متوقف مؤقتًا</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>متحدث</translation>
    </message>
    <message>
        <source>Speaker %1</source>
        <translation>المتحدث %1</translation>
    </message>
    <message>
        <source>Speaking: %1</source>
        <translation>يتحدث الآن: %1</translation>
    </message>
    <message>
        <source>Raise your hand to speak</source>
        <translation>ارفع يدك لطلب الكلمة</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>التالي: %1</translation>
    </message>
    <message>
        <source>Voting has not opened yet</source>
        <translation>لم يبدأ التصويت بعد</translation>
    </message>
</context>
<context>
    <name>Voting</name>
    <message>
        <source>Dot voting</source>
        <translation>التصويت بالنقاط</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>التصويت بالموافقة</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <source>Agreement scale</source>
        <translation>سلّم الموافقة</translation>
    </message>
    <message>
        <source>Majority judgment</source>
        <translation>الحكم بالأغلبية</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>اعتراض</translation>
    </message>
    <message>
        <source>Serious concerns</source>
        <translation>تحفظات جدية</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>تحفظات</translation>
    </message>
    <message>
        <source>Can live with it</source>
        <translation>يمكنني قبوله</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>تأييد</translation>
    </message>
    <message>
        <source>Full support</source>
        <translation>تأييد كامل</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>رفض</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>ضعيف</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>جيد</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>جيد جدًا</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>ممتاز</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message numerus="yes">
        <source>%1 of %n supported</source>
        <translation>
            <numerusform>%1 من %n مؤيَّدة</numerusform>
            <numerusform>%1 من خيار واحد مؤيَّد</numerusform>
            <numerusform>%1 من خيارين مؤيَّدة</numerusform>
            <numerusform>%1 من %n خيارات مؤيَّدة</numerusform>
            <numerusform>%1 من %n خيارًا مؤيَّدة</numerusform>
            <numerusform>%1 من %n خيار مؤيَّدة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n dots on one item.</source>
        <translation>
            <numerusform>لا نقاط على الخيار الواحد.</numerusform>
            <numerusform>نقطة واحدة على الأكثر للخيار الواحد.</numerusform>
            <numerusform>نقطتان على الأكثر للخيار الواحد.</numerusform>
            <numerusform>%n نقاط على الأكثر للخيار الواحد.</numerusform>
            <numerusform>%n نقطة على الأكثر للخيار الواحد.</numerusform>
            <numerusform>%n نقطة على الأكثر للخيار الواحد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n dots left</source>
        <translation>
            <numerusform>المتبقي %1 من %n نقطة</numerusform>
            <numerusform>المتبقي %1 من نقطة واحدة</numerusform>
            <numerusform>المتبقي %1 من نقطتين</numerusform>
            <numerusform>المتبقي %1 من %n نقاط</numerusform>
            <numerusform>المتبقي %1 من %n نقطة</numerusform>
            <numerusform>المتبقي %1 من %n نقطة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n items have a grade</source>
        <translation>
            <numerusform>%1 من %n خيار لها تقدير</numerusform>
            <numerusform>%1 من خيار واحد له تقدير</numerusform>
            <numerusform>%1 من خيارين لها تقدير</numerusform>
            <numerusform>%1 من %n خيارات لها تقدير</numerusform>
            <numerusform>%1 من %n خيارًا لها تقدير</numerusform>
            <numerusform>%1 من %n خيار لها تقدير</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You can rank up to %n items; tap one to take it back.</source>
        <translation>
            <numerusform>لا يمكنك ترتيب أي خيار؛ المس خيارًا لإزالته.</numerusform>
            <numerusform>يمكنك ترتيب خيار واحد فقط؛ المس خيارًا لإزالته.</numerusform>
            <numerusform>يمكنك ترتيب خيارين على الأكثر؛ المس خيارًا لإزالته.</numerusform>
            <numerusform>يمكنك ترتيب %n خيارات على الأكثر؛ المس خيارًا لإزالته.</numerusform>
            <numerusform>يمكنك ترتيب %n خيارًا على الأكثر؛ المس خيارًا لإزالته.</numerusform>
            <numerusform>يمكنك ترتيب %n خيار على الأكثر؛ المس خيارًا لإزالته.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n ranked</source>
        <translation>
            <numerusform>رُتّب %1 من %n</numerusform>
            <numerusform>رُتّب %1 من خيار واحد</numerusform>
            <numerusform>رُتّب %1 من خيارين</numerusform>
            <numerusform>رُتّب %1 من %n خيارات</numerusform>
            <numerusform>رُتّب %1 من %n خيارًا</numerusform>
            <numerusform>رُتّب %1 من %n خيار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n items have a level</source>
        <translation>
            <numerusform>%1 من %n خيار لها مستوى</numerusform>
            <numerusform>%1 من خيار واحد له مستوى</numerusform>
            <numerusform>%1 من خيارين لها مستوى</numerusform>
            <numerusform>%1 من %n خيارات لها مستوى</numerusform>
            <numerusform>%1 من %n خيارًا لها مستوى</numerusform>
            <numerusform>%1 من %n خيار لها مستوى</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n (a place in a ranking)</source>
        <translation>
            <numerusform>%n</numerusform>
            <numerusform>%n</numerusform>
            <numerusform>%n</numerusform>
            <numerusform>%n</numerusform>
            <numerusform>%n</numerusform>
            <numerusform>%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Place up to %n dots, at most %1 on one item</source>
        <translation>
            <numerusform>ضع ما يصل إلى %n نقطة، و%1 على الأكثر للخيار الواحد</numerusform>
            <numerusform>ضع نقطة واحدة، و%1 على الأكثر للخيار الواحد</numerusform>
            <numerusform>ضع ما يصل إلى نقطتين، و%1 على الأكثر للخيار الواحد</numerusform>
            <numerusform>ضع ما يصل إلى %n نقاط، و%1 على الأكثر للخيار الواحد</numerusform>
            <numerusform>ضع ما يصل إلى %n نقطة، و%1 على الأكثر للخيار الواحد</numerusform>
            <numerusform>ضع ما يصل إلى %n نقطة، و%1 على الأكثر للخيار الواحد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tap items in your order of preference (up to %n); tap again to remove</source>
        <translation>
            <numerusform>المس الخيارات بترتيب تفضيلك (حتى %n)؛ والمس مرة أخرى للإزالة</numerusform>
            <numerusform>المس الخيار الذي تفضّله (خيار واحد)؛ والمس مرة أخرى للإزالة</numerusform>
            <numerusform>المس الخيارات بترتيب تفضيلك (حتى خيارين)؛ والمس مرة أخرى للإزالة</numerusform>
            <numerusform>المس الخيارات بترتيب تفضيلك (حتى %n خيارات)؛ والمس مرة أخرى للإزالة</numerusform>
            <numerusform>المس الخيارات بترتيب تفضيلك (حتى %n خيارًا)؛ والمس مرة أخرى للإزالة</numerusform>
            <numerusform>المس الخيارات بترتيب تفضيلك (حتى %n خيار)؛ والمس مرة أخرى للإزالة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dots</source>
        <translation>
            <numerusform>%n نقطة</numerusform>
            <numerusform>نقطة واحدة</numerusform>
            <numerusform>نقطتان</numerusform>
            <numerusform>%n نقاط</numerusform>
            <numerusform>%n نقطة</numerusform>
            <numerusform>%n نقطة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n dots not used)</source>
        <translation>
            <numerusform>(لم تُستخدم %n نقطة)</numerusform>
            <numerusform>(لم تُستخدم نقطة واحدة)</numerusform>
            <numerusform>(لم تُستخدم نقطتان)</numerusform>
            <numerusform>(لم تُستخدم %n نقاط)</numerusform>
            <numerusform>(لم تُستخدم %n نقطة)</numerusform>
            <numerusform>(لم تُستخدم %n نقطة)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You support %n of %1 items.</source>
        <translation>
            <numerusform>لا تؤيد أيًّا من الخيارات الـ%1.</numerusform>
            <numerusform>تؤيد خيارًا واحدًا من %1.</numerusform>
            <numerusform>تؤيد خيارين من %1.</numerusform>
            <numerusform>تؤيد %n خيارات من %1.</numerusform>
            <numerusform>تؤيد %n خيارًا من %1.</numerusform>
            <numerusform>تؤيد %n خيار من %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n ثانية</numerusform>
            <numerusform>ثانية واحدة</numerusform>
            <numerusform>ثانيتان</numerusform>
            <numerusform>%n ثوانٍ</numerusform>
            <numerusform>%n ثانية</numerusform>
            <numerusform>%n ثانية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>دقيقة واحدة</numerusform>
            <numerusform>دقيقتان</numerusform>
            <numerusform>%n دقائق</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n)</numerusform>
            <numerusform>(+شخص آخر)</numerusform>
            <numerusform>(+شخصان آخران)</numerusform>
            <numerusform>(+%n آخرين)</numerusform>
            <numerusform>(+%n آخرين)</numerusform>
            <numerusform>(+%n آخرين)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Voting has closed: %n of %1 voted</source>
        <translation>
            <numerusform>انتهى التصويت: لم يصوّت أحد من %1</numerusform>
            <numerusform>انتهى التصويت: صوّت شخص واحد من %1</numerusform>
            <numerusform>انتهى التصويت: صوّت شخصان من %1</numerusform>
            <numerusform>انتهى التصويت: صوّت %n أشخاص من %1</numerusform>
            <numerusform>انتهى التصويت: صوّت %n شخصًا من %1</numerusform>
            <numerusform>انتهى التصويت: صوّت %n شخص من %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Voting has closed: %n voted</source>
        <translation>
            <numerusform>انتهى التصويت: لم يصوّت أحد</numerusform>
            <numerusform>انتهى التصويت: صوّت شخص واحد</numerusform>
            <numerusform>انتهى التصويت: صوّت شخصان</numerusform>
            <numerusform>انتهى التصويت: صوّت %n أشخاص</numerusform>
            <numerusform>انتهى التصويت: صوّت %n شخصًا</numerusform>
            <numerusform>انتهى التصويت: صوّت %n شخص</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Voting: %n of %1 have voted</source>
        <translation>
            <numerusform>التصويت: لم يصوّت أحد من %1 بعد</numerusform>
            <numerusform>التصويت: صوّت شخص واحد من %1</numerusform>
            <numerusform>التصويت: صوّت شخصان من %1</numerusform>
            <numerusform>التصويت: صوّت %n أشخاص من %1</numerusform>
            <numerusform>التصويت: صوّت %n شخصًا من %1</numerusform>
            <numerusform>التصويت: صوّت %n شخص من %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Voting: %n have voted</source>
        <translation>
            <numerusform>التصويت: لم يصوّت أحد بعد</numerusform>
            <numerusform>التصويت: صوّت شخص واحد</numerusform>
            <numerusform>التصويت: صوّت شخصان</numerusform>
            <numerusform>التصويت: صوّت %n أشخاص</numerusform>
            <numerusform>التصويت: صوّت %n شخصًا</numerusform>
            <numerusform>التصويت: صوّت %n شخص</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n voted (%2 turnout)</source>
        <translation>
            <numerusform>صوّت %1 من %n (نسبة المشاركة %2)</numerusform>
            <numerusform>صوّت %1 من شخص واحد (نسبة المشاركة %2)</numerusform>
            <numerusform>صوّت %1 من شخصين (نسبة المشاركة %2)</numerusform>
            <numerusform>صوّت %1 من %n أشخاص (نسبة المشاركة %2)</numerusform>
            <numerusform>صوّت %1 من %n شخصًا (نسبة المشاركة %2)</numerusform>
            <numerusform>صوّت %1 من %n شخص (نسبة المشاركة %2)</numerusform>
        </translation>
    </message>
</context>
</TS>
