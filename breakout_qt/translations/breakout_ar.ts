<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>Balance</name>
    <message>
        <source>Nobody on the roster yet.</source>
        <translation>لا يوجد أحد في قائمة المشاركين بعد.</translation>
    </message>
    <message>
        <source>speaking time</source>
        <translation>وقت الكلام</translation>
    </message>
    <message>
        <source>share present</source>
        <translation>نسبة الحاضرين</translation>
    </message>
    <message>
        <source>bars 0–%1%</source>
        <translation>الأشرطة 0–%1%</translation>
    </message>
    <message>
        <source>Speaking balance</source>
        <translation>توازن وقت الكلام</translation>
    </message>
    <message>
        <source>Show speaking balance by</source>
        <translation>عرض توازن وقت الكلام حسب</translation>
    </message>
    <message>
        <source>Speaking time by %1</source>
        <translation>وقت الكلام حسب %1</translation>
    </message>
    <message>
        <source>Speaking so far</source>
        <translation>الكلام حتى الآن</translation>
    </message>
    <message>
        <source>Balance nudges</source>
        <translation>تنبيهات التوازن</translation>
    </message>
    <message>
        <source>No session open.</source>
        <translation>لا توجد جلسة مفتوحة.</translation>
    </message>
    <message>
        <source>Speaking balance: no session open.</source>
        <translation>توازن وقت الكلام: لا توجد جلسة مفتوحة.</translation>
    </message>
    <message>
        <source>Nobody has spoken yet.</source>
        <translation>لم يتكلم أحد بعد.</translation>
    </message>
    <message>
        <source>Hints appear after %1 of speaking.</source>
        <translation>تظهر التنبيهات بعد %1 من الكلام.</translation>
    </message>
    <message>
        <source>No group is far above or below its share of the room.</source>
        <translation>لا توجد فئة تتجاوز نصيبها من الحاضرين أو تقل عنه كثيرًا.</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>فئة أصحاب المصلحة</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>stakeholder group</source>
        <translation>فئة أصحاب المصلحة</translation>
    </message>
    <message>
        <source>region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>▲ over</source>
        <translation>▲ أعلى</translation>
    </message>
    <message>
        <source>▼ under</source>
        <translation>▼ أدنى</translation>
    </message>
    <message>
        <source>○ not heard yet</source>
        <translation>○ لم يتكلم بعد</translation>
    </message>
    <message>
        <source>%1; more than its share.</source>
        <translation>%1؛ أكثر من نصيبها.</translation>
    </message>
    <message>
        <source>%1; less than its share.</source>
        <translation>%1؛ أقل من نصيبها.</translation>
    </message>
    <message>
        <source>%1; not heard yet.</source>
        <translation>%1؛ لم تتكلم بعد.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>غير مسجَّل</translation>
    </message>
    <message>
        <source>no turns</source>
        <translation>لا مداخلات</translation>
    </message>
    <message>
        <source>%1% of time · nobody present</source>
        <translation>%1% من الوقت · لا أحد حاضر</translation>
    </message>
    <message>
        <source>%1% of time · %2% of people present</source>
        <translation>%1% من الوقت · %2% من الحاضرين</translation>
    </message>
    <message>
        <source>%1% of time · %2% of the roster</source>
        <translation>%1% من الوقت · %2% من قائمة المشاركين</translation>
    </message>
    <message>
        <source>%1: %2% of speaking time (%3, %4), %5, %6% of people present</source>
        <translation>%1: %2% من وقت الكلام (%3، %4)، %5، %6% من الحاضرين</translation>
    </message>
    <message>
        <source>%1: %2% of speaking time (%3, %4), %5, %6% of the roster</source>
        <translation>%1: %2% من وقت الكلام (%3، %4)، %5، %6% من قائمة المشاركين</translation>
    </message>
    <message>
        <source>Speaking balance by %1, this point: %2 of speaking in %3; %4.</source>
        <translation>توازن وقت الكلام حسب %1، في هذا البند: %2 من الكلام في %3؛ %4.</translation>
    </message>
    <message>
        <source>Speaking balance by %1, all points: %2 of speaking in %3; %4.</source>
        <translation>توازن وقت الكلام حسب %1، في جميع البنود: %2 من الكلام في %3؛ %4.</translation>
    </message>
    <message>
        <source>Nudges: %1.</source>
        <translation>تنبيهات: %1.</translation>
    </message>
    <message>
        <source>This point</source>
        <translation>هذا البند</translation>
    </message>
    <message>
        <source>All points</source>
        <translation>جميع البنود</translation>
    </message>
    <message>
        <source>%1: %2 in %3 · %4</source>
        <translation>%1: %2 في %3 · %4</translation>
    </message>
</context>
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
    <name>Board</name>
    <message>
        <source>&amp;Suggest groups (Ctrl+G)</source>
        <translation>ا&amp;قتراح مجموعات (Ctrl+G)</translation>
    </message>
    <message>
        <source>&amp;Accept all suggestions</source>
        <translation>&amp;قبول كل الاقتراحات</translation>
    </message>
    <message>
        <source>Grouping status</source>
        <translation>حالة التجميع</translation>
    </message>
    <message>
        <source>Recommendations by group</source>
        <translation>التوصيات حسب المجموعة</translation>
    </message>
    <message>
        <source>Choose a group to word its recommendation</source>
        <translation>اختر مجموعة لصياغة توصيتها</translation>
    </message>
    <message>
        <source>The group&apos;s consolidated recommendation</source>
        <translation>التوصية الموحَّدة للمجموعة</translation>
    </message>
    <message>
        <source>Write the recommendation this group puts to the vote. Ctrl+Enter saves.</source>
        <translation>اكتب التوصية التي تطرحها هذه المجموعة للتصويت. اضغط Ctrl+Enter للحفظ.</translation>
    </message>
    <message>
        <source>Save w&amp;ording (Ctrl+Enter)</source>
        <translation>&amp;حفظ الصياغة (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Possible duplicates: Enter merges the pair</source>
        <translation>تكرارات محتملة: اضغط Enter لدمج الزوج</translation>
    </message>
    <message>
        <source>Enter accepts a suggested group · Delete dissolves a group or withdraws a proposal · F2 renames or rewords · Ctrl+Shift+M moves the selection to a group · Ctrl+Shift+J merges this group into another · Ctrl+Shift+K splits the selection off · Ctrl+Shift+D merges selected proposals as duplicates · Alt+↑/↓ reorders</source>
        <translation>قبول مجموعة مقترَحة: Enter · حلّ مجموعة أو سحب مقترح: Delete · إعادة التسمية أو الصياغة: F2 · نقل المحدَّد إلى مجموعة: Ctrl+Shift+M · دمج هذه المجموعة في أخرى: Ctrl+Shift+J · فصل المحدَّد: Ctrl+Shift+K · دمج المقترحات المحدَّدة بوصفها مكررة: Ctrl+Shift+D · تغيير الترتيب: ⁦Alt+↑/↓⁩</translation>
    </message>
    <message>
        <source>Possible d&amp;uplicates — Enter merges</source>
        <translation>ت&amp;كرارات محتملة — Enter للدمج</translation>
    </message>
    <message>
        <source>Suggest Groups</source>
        <translation>اقتراح مجموعات</translation>
    </message>
    <message>
        <source>Move to Group…</source>
        <translation>نقل إلى مجموعة…</translation>
    </message>
    <message>
        <source>Merge Group Into…</source>
        <translation>دمج المجموعة في…</translation>
    </message>
    <message>
        <source>Split Selection Off</source>
        <translation>فصل المحدَّد</translation>
    </message>
    <message>
        <source>Merge Selected as Duplicates</source>
        <translation>دمج المحدَّد بوصفه مكررًا</translation>
    </message>
    <message>
        <source>The group this wording was written for is gone, so it has not been saved:

%1

Discard it? (No keeps it: choose a group and press Ctrl+Enter to give it this wording.)</source>
        <translation>لم تعد المجموعة التي كُتبت لها هذه الصياغة موجودة، لذا لم تُحفظ:

%1

هل تريد تجاهلها؟ (اختيار «لا» يُبقيها: اختر مجموعة واضغط Ctrl+Enter لإسناد هذه الصياغة إليها.)</translation>
    </message>
    <message>
        <source>Unsaved wording</source>
        <translation>صياغة غير محفوظة</translation>
    </message>
    <message>
        <source>Untitled group</source>
        <translation>مجموعة بلا عنوان</translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <translation>%1 (مقترَحة)</translation>
    </message>
    <message>
        <source>Not saved yet: the wording for “%1”</source>
        <translation>لم تُحفظ بعد: صياغة «%1»</translation>
    </message>
    <message>
        <source>Its group is gone, so this wording is not saved: Ctrl+Enter gives it to “%1”</source>
        <translation>لم تعد مجموعتها موجودة، لذا لم تُحفظ هذه الصياغة: اضغط Ctrl+Enter لإسنادها إلى «%1»</translation>
    </message>
    <message>
        <source>Its group is gone, so this wording is not saved: choose a group, then Ctrl+Enter gives it this wording</source>
        <translation>لم تعد مجموعتها موجودة، لذا لم تُحفظ هذه الصياغة: اختر مجموعة، ثم اضغط Ctrl+Enter لإسنادها إليها</translation>
    </message>
    <message>
        <source>%1
≈ %2  (%3 % alike)</source>
        <translation>%1
≈ %2  (تشابه %3%)</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>المجموعة:</translation>
    </message>
    <message>
        <source>select one or more proposals to move</source>
        <translation>حدِّد مقترحًا واحدًا أو أكثر لنقله</translation>
    </message>
    <message>
        <source>Move to group</source>
        <translation>نقل إلى مجموعة</translation>
    </message>
    <message>
        <source>select a group to merge</source>
        <translation>حدِّد مجموعة لدمجها</translation>
    </message>
    <message>
        <source>Merge this group into</source>
        <translation>دمج هذه المجموعة في</translation>
    </message>
    <message>
        <source>select proposals of one group to split them off</source>
        <translation>حدِّد مقترحات من مجموعة واحدة لفصلها</translation>
    </message>
    <message>
        <source>select two or more proposals that say the same thing</source>
        <translation>حدِّد مقترحين أو أكثر يقولان الشيء نفسه</translation>
    </message>
    <message>
        <source>choose a group to give this wording to</source>
        <translation>اختر المجموعة التي تُسند إليها هذه الصياغة</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>التوصية</translation>
    </message>
    <message>
        <source>From</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>By</source>
        <translation>المقدِّم</translation>
    </message>
    <message>
        <source>Point %1</source>
        <translation>البند %1</translation>
    </message>
    <message>
        <source>worded</source>
        <translation>مصاغة</translation>
    </message>
    <message>
        <source>No consolidated wording yet</source>
        <translation>لا توجد صياغة موحَّدة بعد</translation>
    </message>
    <message>
        <source>there are fewer than two proposals outside people&apos;s groups to group</source>
        <translation>يوجد أقل من مقترحين خارج المجموعات التي أنشأها الأشخاص، فلا شيء يُجمَّع</translation>
    </message>
    <message>
        <source>Reading the proposals…</source>
        <translation>جارٍ قراءة المقترحات…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Suggest groups</source>
        <translation>اقتراح مجموعات</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>أُلغي</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>tie</source>
        <translation>تعادل</translation>
    </message>
    <message>
        <source>Results chart</source>
        <translation>مخطط النتائج</translation>
    </message>
    <message>
        <source>%1 (tie). %2: %3</source>
        <translation>%1 (تعادل). %2: %3</translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <translation>%1. %2: %3</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>&amp;Jump to Point…</source>
        <translation>ال&amp;ذهاب إلى بند…</translation>
    </message>
    <message>
        <source>&amp;Edit Point…</source>
        <translation>ت&amp;عديل البند…</translation>
    </message>
    <message>
        <source>&amp;Add Point…</source>
        <translation>إ&amp;ضافة بند…</translation>
    </message>
    <message>
        <source>Agenda — Enter jumps, Alt+↑/↓ moves</source>
        <translation>جدول الأعمال — Enter للانتقال، Alt+↑/↓ للنقل</translation>
    </message>
    <message>
        <source>Untitled session</source>
        <translation>جلسة بلا عنوان</translation>
    </message>
    <message>
        <source>Unattributed</source>
        <translation>غير منسوبة</translation>
    </message>
    <message>
        <source>Kind: Comment</source>
        <translation>النوع: تعليق</translation>
    </message>
    <message>
        <source>Kind: Question</source>
        <translation>النوع: سؤال</translation>
    </message>
    <message>
        <source>Kind: Proposal</source>
        <translation>النوع: اقتراح</translation>
    </message>
    <message>
        <source>Kind: Concern</source>
        <translation>النوع: شاغل</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>سؤال</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>اقتراح</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>شاغل</translation>
    </message>
    <message>
        <source>select a contribution in the list first</source>
        <translation>حدِّد مداخلة في القائمة أولًا.</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>&amp;تدوين</translation>
    </message>
    <message>
        <source>Choose &amp;Speaker</source>
        <translation>&amp;اختيار المتكلم</translation>
    </message>
    <message>
        <source>Mark / Unmark &amp;Proposal</source>
        <translation>وضع/إزالة علامة ا&amp;قتراح</translation>
    </message>
    <message>
        <source>Mark / Unmark P&amp;rivate</source>
        <translation>وضع/إزالة علامة &amp;خاص</translation>
    </message>
    <message>
        <source>&amp;Delete Contribution</source>
        <translation>&amp;حذف المداخلة</translation>
    </message>
    <message>
        <source>Capture status</source>
        <translation>حالة التدوين</translation>
    </message>
    <message>
        <source>Co&amp;ntributions — newest first; F2 edits, Ctrl+M proposal, Ctrl+P private, Delete</source>
        <translation>المدا&amp;خلات — الأحدث أولًا؛ F2 للتعديل، Ctrl+M اقتراح، Ctrl+P خاص، Delete للحذف</translation>
    </message>
    <message>
        <source>Who said it</source>
        <translation>صاحب المداخلة</translation>
    </message>
    <message>
        <source>Wh&amp;o:</source>
        <translation>&amp;القائل:</translation>
    </message>
    <message>
        <source>Contributions at this point, newest first</source>
        <translation>المداخلات في هذا البند، الأحدث أولًا</translation>
    </message>
    <message>
        <source>start a point first (F6); contributions belong to a point</source>
        <translation>ابدأ بندًا أولًا (F6)؛ فكل مداخلة تندرج تحت بند.</translation>
    </message>
    <message>
        <source>Saved: %1 by %2</source>
        <translation>حُفظ: %1 من %2</translation>
    </message>
    <message>
        <source>Private: kept in the file, never on the shared screen or in an export</source>
        <translation>خاص: يُحفظ في الملف، ولا يظهر أبدًا على شاشة القاعة ولا في أي تصدير</translation>
    </message>
    <message>
        <source>No longer private: it goes into exports again</source>
        <translation>لم يعد خاصًا: سيُدرج مجددًا في عمليات التصدير</translation>
    </message>
    <message>
        <source>&amp;Start / Pause Point</source>
        <translation>&amp;بدء البند / إيقافه مؤقتًا</translation>
    </message>
    <message>
        <source>En&amp;d Point</source>
        <translation>إ&amp;نهاء البند</translation>
    </message>
    <message>
        <source>&amp;Next Point</source>
        <translation>البند ال&amp;تالي</translation>
    </message>
    <message>
        <source>&amp;Previous Point</source>
        <translation>البند ال&amp;سابق</translation>
    </message>
    <message>
        <source>Current question</source>
        <translation>السؤال الحالي</translation>
    </message>
    <message>
        <source>Prompt notes</source>
        <translation>ملاحظات التيسير</translation>
    </message>
    <message>
        <source>No point started yet. Select one in the agenda and press Enter, or press F6.</source>
        <translation>لم يبدأ أي بند بعد. حدِّد بندًا في جدول الأعمال واضغط Enter، أو اضغط F6.</translation>
    </message>
    <message>
        <source>Point %1 of %2 · %3 min time-box</source>
        <translation>البند %1 من %2 · الوقت المخصص %3 دقيقة</translation>
    </message>
    <message>
        <source>Point %1 of %2 · %3 min time-box · done</source>
        <translation>البند %1 من %2 · الوقت المخصص %3 دقيقة · انتهى</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>جدول ال&amp;أعمال</translation>
    </message>
    <message>
        <source>Par&amp;ticipants</source>
        <translation>الم&amp;شاركون</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>ال&amp;مشاركون</translation>
    </message>
    <message>
        <source>Add &amp;Late Arrival…</source>
        <translation>إضافة مشارك و&amp;صل متأخرًا…</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Someone arriving? Type a name, Enter</source>
        <translation>هل وصل أحد؟ اكتب الاسم ثم Enter</translation>
    </message>
    <message>
        <source>Add a late arrival</source>
        <translation>إضافة مشارك وصل متأخرًا</translation>
    </message>
    <message>
        <source>Participants — Space checks in, Enter edits</source>
        <translation>المشاركون — المسافة لتسجيل الحضور، Enter للتعديل</translation>
    </message>
    <message>
        <source>&amp;Add Speaker…</source>
        <translation>إ&amp;ضافة متكلم…</translation>
    </message>
    <message>
        <source>&amp;Next Speaker</source>
        <translation>المتكلم ال&amp;تالي</translation>
    </message>
    <message>
        <source>&amp;End Turn</source>
        <translation>إ&amp;نهاء المداخلة</translation>
    </message>
    <message>
        <source>&amp;Withdraw Selected</source>
        <translation>&amp;سحب المتكلم المحدد</translation>
    </message>
    <message>
        <source>Add to queue: type a name, Enter</source>
        <translation>إضافة إلى القائمة: اكتب الاسم ثم Enter</translation>
    </message>
    <message>
        <source>Add a speaker to the queue</source>
        <translation>إضافة متكلم إلى قائمة المتكلمين</translation>
    </message>
    <message>
        <source>Next speaker (F8)</source>
        <translation>المتكلم التالي (F8)</translation>
    </message>
    <message>
        <source>End turn (F9)</source>
        <translation>إنهاء المداخلة (F9)</translation>
    </message>
    <message>
        <source>Spea&amp;king queue</source>
        <translation>قائمة المتكلم&amp;ين</translation>
    </message>
    <message>
        <source>start a point first (F6), then take names for its queue</source>
        <translation>ابدأ بندًا أولًا (F6)، ثم سجِّل أسماء المتكلمين.</translation>
    </message>
    <message>
        <source>nobody has the floor</source>
        <translation>لم تُعطَ الكلمة لأحد.</translation>
    </message>
    <message>
        <source>select a waiting speaker in the queue to withdraw</source>
        <translation>حدِّد في القائمة المتكلمَ المنتظر الذي تريد سحبه.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Edit point</source>
        <translation>تعديل البند</translation>
    </message>
    <message>
        <source>New point</source>
        <translation>بند جديد</translation>
    </message>
    <message>
        <source>Point text</source>
        <translation>نص البند</translation>
    </message>
    <message>
        <source>Prompt notes for the facilitator</source>
        <translation>ملاحظات للميسِّر</translation>
    </message>
    <message>
        <source>Time-box in minutes</source>
        <translation>الوقت المخصص بالدقائق</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>ال&amp;سؤال:</translation>
    </message>
    <message>
        <source>&amp;Notes (never on the shared screen):</source>
        <translation>&amp;ملاحظات (لا تظهر أبدًا على شاشة القاعة):</translation>
    </message>
    <message>
        <source>&amp;Time-box:</source>
        <translation>ال&amp;وقت المخصص:</translation>
    </message>
    <message>
        <source>Session settings</source>
        <translation>إعدادات الجلسة</translation>
    </message>
    <message>
        <source>&amp;Chatham House Rule: no names on the shared screen or in exports</source>
        <translation>قاعدة &amp;تشاتام هاوس: لا أسماء على شاشة القاعة ولا في عمليات التصدير</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>ال&amp;ميسِّر:</translation>
    </message>
    <message>
        <source>&amp;Rapporteur:</source>
        <translation>المق&amp;رر:</translation>
    </message>
    <message>
        <source>&amp;Default time-box:</source>
        <translation>الوقت المخصص ال&amp;افتراضي:</translation>
    </message>
    <message>
        <source>What to correct</source>
        <translation>ما يلزم تصحيحه</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>&amp;يبدأ في:</translation>
    </message>
    <message>
        <source>Leave unticked to take the time the first point started</source>
        <translation>اتركه دون تحديد لاعتماد وقت بدء البند الأول</translation>
    </message>
    <message>
        <source>When the breakout starts, in its time zone</source>
        <translation>موعد بدء الجلسة، بحسب منطقتها الزمنية</translation>
    </message>
    <message>
        <source>Time zone of the breakout</source>
        <translation>المنطقة الزمنية للجلسة</translation>
    </message>
    <message>
        <source>This computer&apos;s zone (%1)</source>
        <translation>المنطقة الزمنية لهذا الحاسوب (%1)</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>المنطقة ال&amp;زمنية:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>ال&amp;اسم:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>ال&amp;منظمة:</translation>
    </message>
    <message>
        <source>Stakeholder &amp;group:</source>
        <translation>&amp;فئة أصحاب المصلحة:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>المن&amp;طقة:</translation>
    </message>
    <message>
        <source>G&amp;ender:</source>
        <translation>ال&amp;جنس:</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>مشارك</translation>
    </message>
    <message>
        <source>&amp;May be named in the report</source>
        <translation>&amp;يجوز ذكر اسمه في التقرير</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
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
    <message>
        <source>Report language:</source>
        <translation>&amp;لغة التقرير:</translation>
    </message>
</context>
<context>
    <name>FileFlows</name>
    <message>
        <source>&amp;Not Now</source>
        <translation>&amp;ليس الآن</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>فتح جلسة</translation>
    </message>
    <message>
        <source>Breakout sessions (*.breakout);;All files (*)</source>
        <translation>جلسات Breakout (*.breakout);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Sessions to combine</source>
        <translation>الجلسات المراد جمعها</translation>
    </message>
    <message>
        <source>Forum file: a new one, or one to add to</source>
        <translation>ملف المنتدى: ملف جديد أو ملف موجود للإضافة إليه</translation>
    </message>
    <message>
        <source>Breakout forums (*.breakout)</source>
        <translation>منتديات Breakout (*.breakout)</translation>
    </message>
    <message>
        <source>Forum %1: %2, %3</source>
        <translation>المنتدى %1: %2، %3</translation>
    </message>
    <message>
        <source>Briefing note</source>
        <translation>مذكرة الإحاطة</translation>
    </message>
    <message>
        <source>Briefing notes (*.txt *.md *.markdown);;All files (*)</source>
        <translation>مذكرات الإحاطة (*.txt *.md *.markdown);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Save the new session as</source>
        <translation>حفظ الجلسة الجديدة باسم</translation>
    </message>
    <message>
        <source>Breakout sessions (*.breakout)</source>
        <translation>جلسات Breakout (*.breakout)</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>حفظ نسخة</translation>
    </message>
    <message>
        <source>Everything is saved in %1</source>
        <translation>حُفظ كل شيء في %1</translation>
    </message>
    <message>
        <source>Copy saved as %1; you are still working in %2</source>
        <translation>حُفظت النسخة باسم %1؛ وما زلت تعمل في %2</translation>
    </message>
    <message>
        <source>Exported: %1</source>
        <translation>تم التصدير: %1</translation>
    </message>
    <message>
        <source>Import roster</source>
        <translation>استيراد قائمة المشاركين</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>ملفات CSV (*.csv *.txt);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Roster imported: %1, %2</source>
        <translation>استُورِدت قائمة المشاركين: %1، %2</translation>
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
    <name>InboxBox</name>
    <message>
        <source>Sent from phones</source>
        <translation>المرسل من الهواتف</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>ق&amp;بول</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>تع&amp;ديل…</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;رفض</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>سؤال</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>مقترح</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>دون اسم</translation>
    </message>
    <message>
        <source>Edit what was sent</source>
        <translation>تعديل النص المرسل</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>النص:</translation>
    </message>
</context>
<context>
    <name>JoinCode</name>
    <message>
        <source>QR code of the address phones join at</source>
        <translation>رمز QR لعنوان انضمام الهواتف</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>comment</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <source>question</source>
        <translation>سؤال</translation>
    </message>
    <message>
        <source>proposal</source>
        <translation>اقتراح</translation>
    </message>
    <message>
        <source>concern</source>
        <translation>شاغل</translation>
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
    <name>MainWindow</name>
    <message>
        <source>Breakout</source>
        <translation>Breakout</translation>
    </message>
    <message>
        <source>Open a session (Ctrl+O), or make one from a briefing note (Ctrl+N).</source>
        <translation>افتح جلسة (Ctrl+O)، أو أنشئ جلسة من مذكرة إحاطة (Ctrl+N).</translation>
    </message>
    <message>
        <source>%1 — Breakout</source>
        <translation>%1 — Breakout</translation>
    </message>
    <message>
        <source>&amp;Run the session</source>
        <translation>سير ال&amp;جلسة</translation>
    </message>
    <message>
        <source>Recommen&amp;dations</source>
        <translation>ال&amp;توصيات</translation>
    </message>
    <message>
        <source>&amp;Vote</source>
        <translation>الت&amp;صويت</translation>
    </message>
    <message>
        <source>Outco&amp;me</source>
        <translation>ال&amp;نتائج</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>حفظ &amp;نسخة…</translation>
    </message>
    <message>
        <source>&amp;New from Briefing…</source>
        <translation>&amp;جلسة جديدة من مذكرة إحاطة…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;فتح…</translation>
    </message>
    <message>
        <source>&amp;Import Roster…</source>
        <translation>استيراد &amp;قائمة المشاركين…</translation>
    </message>
    <message>
        <source>Session &amp;Settings…</source>
        <translation>إ&amp;عدادات الجلسة…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <source>Com&amp;bine Sessions…</source>
        <translation>ج&amp;مع الجلسات…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>التف&amp;ضيلات…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>&amp;Shared Screen</source>
        <translation>&amp;شاشة القاعة</translation>
    </message>
    <message>
        <source>Shared Screen &amp;Light/Dark</source>
        <translation>شاشة القاعة: &amp;فاتحة/داكنة</translation>
    </message>
    <message>
        <source>&amp;Run the Session</source>
        <translation>&amp;سير الجلسة</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>ال&amp;نتائج</translation>
    </message>
    <message>
        <source>&amp;Phone Participation…</source>
        <translation>المشاركة عبر ال&amp;هاتف…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>اختصارات &amp;لوحة المفاتيح</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>الملفات ال&amp;حديثة</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>تح&amp;رير</translation>
    </message>
    <message>
        <source>&amp;Point</source>
        <translation>ال&amp;بند</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;قائمة المتكلمين</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>التد&amp;وين</translation>
    </message>
    <message>
        <source>Peop&amp;le</source>
        <translation>المشار&amp;كون</translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>speaking %1</source>
        <translation>يتكلم %1</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>Time-box</source>
        <translation>الوقت المخصص</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>المستخدَم</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 دقيقة</translation>
    </message>
    <message>
        <source>Point %1: %2, %3 minutes</source>
        <translation>البند %1: %2، %3 دقيقة</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>المتكلم</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>الانتظار</translation>
    </message>
    <message>
        <source>Private (Ctrl+P): kept in the file, never on the shared screen or in an export.</source>
        <translation>خاص (Ctrl+P): يُحفظ في الملف، ولا يظهر أبدًا على شاشة القاعة ولا في أي تصدير.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>القائل</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>المداخلة</translation>
    </message>
    <message>
        <source>%1 · private</source>
        <translation>%1 · خاص</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1 من %2: %3</translation>
    </message>
    <message>
        <source>%1 (private) by %2: %3</source>
        <translation>%1 (خاص) من %2: %3</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>present</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <source>not checked in</source>
        <translation>لم يُسجَّل حضوره</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>Points, and the whole session</source>
        <translation>البنود، والجلسة بأكملها</translation>
    </message>
    <message>
        <source>Poin&amp;ts</source>
        <translation>ال&amp;بنود</translation>
    </message>
    <message>
        <source>Everything here saves as you type; Edit ▸ Undo takes it back.</source>
        <translation>يُحفظ كل شيء هنا أثناء الكتابة؛ تحرير ◂ تراجع يلغي التغيير.</translation>
    </message>
    <message>
        <source>The point</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>Key messages of this point, one a line</source>
        <translation>الرسائل الرئيسية لهذا البند، رسالة في كل سطر</translation>
    </message>
    <message>
        <source>The few things this point concluded, one a line.</source>
        <translation>الاستنتاجات القليلة التي خلص إليها هذا البند، واحد في كل سطر.</translation>
    </message>
    <message>
        <source>Summary of this point&apos;s discussion</source>
        <translation>ملخص المناقشة حول هذا البند</translation>
    </message>
    <message>
        <source>A short narrative of the discussion: who raised what, where views met or parted.</source>
        <translation>سرد موجز للمناقشة: من أثار ماذا، وأين التقت الآراء أو تباينت.</translation>
    </message>
    <message>
        <source>Su&amp;ggest drafts</source>
        <translation>ا&amp;قتراح مسودات</translation>
    </message>
    <message>
        <source>Offer this point&apos;s most representative contributions as draft key messages</source>
        <translation>عرض أكثر المداخلات تمثيلًا لهذا البند كمسودات للرسائل الرئيسية</translation>
    </message>
    <message>
        <source>Drafts status</source>
        <translation>حالة المسودات</translation>
    </message>
    <message>
        <source>&amp;Key messages — one a line</source>
        <translation>ال&amp;رسائل الرئيسية — رسالة في كل سطر</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>ال&amp;ملخص</translation>
    </message>
    <message>
        <source>Key messages of the whole session, one a line</source>
        <translation>الرسائل الرئيسية للجلسة بأكملها، رسالة في كل سطر</translation>
    </message>
    <message>
        <source>What the session as a whole concluded, one message a line.</source>
        <translation>ما خلصت إليه الجلسة بأكملها، رسالة في كل سطر.</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>الخطوات التالية</translation>
    </message>
    <message>
        <source>Who does what next, and by when.</source>
        <translation>من يفعل ماذا بعد ذلك، ومتى.</translation>
    </message>
    <message>
        <source>To whom the recommendations are addressed</source>
        <translation>الجهات الموجَّهة إليها التوصيات</translation>
    </message>
    <message>
        <source>Governments, the secretariat, city networks…</source>
        <translation>الحكومات، الأمانة، شبكات المدن…</translation>
    </message>
    <message>
        <source>Key messages written for each point, read only</source>
        <translation>الرسائل الرئيسية المكتوبة لكل بند، للقراءة فقط</translation>
    </message>
    <message>
        <source>The whole session</source>
        <translation>الجلسة بأكملها</translation>
    </message>
    <message>
        <source>&amp;Key messages of the whole session — one a line</source>
        <translation>ال&amp;رسائل الرئيسية للجلسة بأكملها — رسالة في كل سطر</translation>
    </message>
    <message>
        <source>&amp;Next steps</source>
        <translation>الخطوات ال&amp;تالية</translation>
    </message>
    <message>
        <source>T&amp;o whom the recommendations are addressed</source>
        <translation>ال&amp;جهات الموجَّهة إليها التوصيات</translation>
    </message>
    <message>
        <source>Key messages by point</source>
        <translation>الرسائل الرئيسية حسب البند</translation>
    </message>
    <message>
        <source>Key messages, next steps, addressees</source>
        <translation>الرسائل الرئيسية، الخطوات التالية، الجهات المعنية</translation>
    </message>
    <message>
        <source>Point %1 of %2: %3</source>
        <translation>البند %1 من %2: %3</translation>
    </message>
    <message>
        <source>the point “%1” is gone, so this text written for it was not saved: %2</source>
        <translation>لم يعد البند «%1» موجودًا، لذا لم يُحفظ النص المكتوب له: %2</translation>
    </message>
    <message>
        <source>%1

%2

Discard it? (No keeps it here to shorten or copy.)</source>
        <translation>%1

%2

هل تريد تجاهله؟ (اختيار «لا» يُبقيه هنا لتختصره أو تنسخه.)</translation>
    </message>
    <message>
        <source>Text not saved</source>
        <translation>نص غير محفوظ</translation>
    </message>
    <message>
        <source>Not saved: %1. Your text is kept here.</source>
        <translation>لم يُحفظ: %1. نصك محفوظ هنا.</translation>
    </message>
    <message>
        <source>No contributions to draft from at this point yet (questions and private contributions are left out).</source>
        <translation>لا توجد بعد مداخلات في هذا البند يمكن الصياغة منها (تُستبعد الأسئلة والمداخلات الخاصة).</translation>
    </message>
    <message>
        <source>Every draft is already among the key messages.</source>
        <translation>كل المسودات موجودة بالفعل ضمن الرسائل الرئيسية.</translation>
    </message>
    <message>
        <source>No drafts: %1</source>
        <translation>لا مسودات: %1</translation>
    </message>
    <message>
        <source>Stopped; no drafts were kept.</source>
        <translation>توقّف؛ لم تُحفظ أي مسودة.</translation>
    </message>
    <message>
        <source>Suggested — not yet yours</source>
        <translation>مقترَحة — لم تعتمدها بعد</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>Suggested key messages, not yet yours</source>
        <translation>رسائل رئيسية مقترَحة لم تعتمدها بعد</translation>
    </message>
    <message>
        <source>Suggested key messages, not yet yours: Enter or double-click uses one</source>
        <translation>رسائل رئيسية مقترَحة لم تعتمدها بعد: اضغط Enter أو انقر نقرًا مزدوجًا لاستخدام إحداها</translation>
    </message>
    <message>
        <source>Finding drafts</source>
        <translation>جارٍ البحث عن مسودات</translation>
    </message>
    <message>
        <source>Use &amp;all</source>
        <translation>استخدام ال&amp;كل</translation>
    </message>
    <message>
        <source>Add every suggestion to the key messages (Ctrl+Z undoes)</source>
        <translation>إضافة كل الاقتراحات إلى الرسائل الرئيسية (Ctrl+Z للتراجع)</translation>
    </message>
    <message>
        <source>Use &amp;selected</source>
        <translation>استخدام ال&amp;محدَّد</translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation>&amp;تجاهل</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Suggested, not yet yours: %1</source>
        <translation>مقترَح لم تعتمده بعد: %1</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>مقترَح: %1</translation>
    </message>
    <message>
        <source>the most representative contributions; use them or write your own</source>
        <translation>أكثر المداخلات تمثيلًا؛ استخدمها أو اكتب رسائلك</translation>
    </message>
    <message>
        <source>Contributions at this point, newest first; read only</source>
        <translation>المداخلات في هذا البند، الأحدث أولًا؛ للقراءة فقط</translation>
    </message>
    <message>
        <source>Quote i&amp;nto key messages</source>
        <translation>ا&amp;قتباس في الرسائل الرئيسية</translation>
    </message>
    <message>
        <source>Add the selected contribution as a key message (or double-click it)</source>
        <translation>إضافة المداخلة المحدَّدة كرسالة رئيسية (أو انقر عليها نقرًا مزدوجًا)</translation>
    </message>
    <message>
        <source>Contri&amp;butions at this point</source>
        <translation>ال&amp;مداخلات في هذا البند</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>لا شيء بعد</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>Agenda</source>
        <translation>جدول الأعمال</translation>
    </message>
    <message>
        <source>Time left on this point</source>
        <translation>الوقت المتبقي لهذا البند</translation>
    </message>
    <message>
        <source>No point running</source>
        <translation>لا يوجد بند جارٍ</translation>
    </message>
    <message>
        <source>Clock state</source>
        <translation>حالة الموقِّت</translation>
    </message>
    <message>
        <source>Session clock</source>
        <translation>ساعة الجلسة</translation>
    </message>
    <message>
        <source>Share of the time-box used</source>
        <translation>نسبة ما استُخدم من الوقت المخصص</translation>
    </message>
    <message>
        <source>No point started — F6 starts the first</source>
        <translation>لم يبدأ أي بند — F6 يبدأ البند الأول</translation>
    </message>
    <message>
        <source>%1 (paused — F6 resumes)</source>
        <translation>%1 (متوقف مؤقتًا — F6 للاستئناف)</translation>
    </message>
    <message>
        <source>%1 (F6 starts)</source>
        <translation>%1 (F6 للبدء)</translation>
    </message>
    <message>
        <source>Agenda %1 of %2 · %3 over</source>
        <translation>جدول الأعمال %1 من %2 · تجاوز بمقدار %3</translation>
    </message>
    <message>
        <source>Agenda %1 of %2 · %3 left</source>
        <translation>جدول الأعمال %1 من %2 · يتبقى %3</translation>
    </message>
    <message>
        <source>Contribution text</source>
        <translation>نص المداخلة</translation>
    </message>
    <message>
        <source>Type what is said — Enter saves, Shift+Enter for a new line, Ctrl+1…4 sets the kind</source>
        <translation>اكتب ما يُقال — Enter للحفظ، Shift+Enter لسطر جديد، Ctrl+1…4 لتحديد النوع</translation>
    </message>
    <message>
        <source>Speaking queue</source>
        <translation>قائمة المتكلمين</translation>
    </message>
</context>
<context>
    <name>PhonePanel</name>
    <message>
        <source>Phone Participation</source>
        <translation>المشاركة عبر الهاتف</translation>
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
        <source>&amp;Network:</source>
        <translation>ال&amp;شبكة:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>ال&amp;منفذ:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;تشغيل</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>إي&amp;قاف</translation>
    </message>
    <message>
        <source>Can phones &amp;reach me?</source>
        <translation>&amp;فحص وصول الهواتف</translation>
    </message>
    <message>
        <source>Wi-Fi network name</source>
        <translation>اسم شبكة واي فاي</translation>
    </message>
    <message>
        <source>Wi-Fi password</source>
        <translation>كلمة سر واي فاي</translation>
    </message>
    <message>
        <source>Wi-&amp;Fi name:</source>
        <translation>اسم شبكة &amp;واي فاي:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>كلمة ال&amp;سر:</translation>
    </message>
    <message>
        <source>This computer has no network address; join a network and open this again.</source>
        <translation>ليس لهذا الحاسوب عنوان شبكة؛ اتصل بشبكة ثم افتح هذه النافذة مجددًا.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>جارٍ سؤال %1…</translation>
    </message>
    <message>
        <source>Phones are off.</source>
        <translation>المشاركة عبر الهاتف متوقفة.</translation>
    </message>
    <message>
        <source>Card for a walk-in</source>
        <translation>بطاقة لمشارك غير مسجَّل</translation>
    </message>
    <message>
        <source>Their name, or leave it empty</source>
        <translation>اسمه، أو اتركه فارغًا</translation>
    </message>
    <message>
        <source>Walk-in&apos;s name</source>
        <translation>اسم المشارك غير المسجَّل</translation>
    </message>
    <message>
        <source>Wal&amp;k-in&apos;s name:</source>
        <translation>اسم ال&amp;حاضر:</translation>
    </message>
    <message>
        <source>&amp;Give a code</source>
        <translation>إ&amp;عطاء رمز</translation>
    </message>
    <message>
        <source>Voting code</source>
        <translation>رمز التصويت</translation>
    </message>
    <message>
        <source>Print &amp;card…</source>
        <translation>&amp;طباعة البطاقة…</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>غير مسجَّل</translation>
    </message>
    <message>
        <source>%1 is checked in. Read them this code or print their card; only this computer shows it, never the room&apos;s screen.</source>
        <translation>سُجِّل حضور %1. اقرأ له هذا الرمز أو اطبع بطاقته؛ لا يعرضه إلا هذا الحاسوب، ولا تعرضه شاشة القاعة أبدًا.</translation>
    </message>
</context>
<context>
    <name>PhoneReach</name>
    <message>
        <source>This computer could not reach its own phone server at %1 (%2). Check that its firewall lets this port in, or choose another network or port.</source>
        <extracomment>How long the check waits for an answer, in milliseconds.</extracomment>
        <translation>تعذّر على هذا الحاسوب الوصول إلى خادم الهواتف الخاص به على %1 (%2). تحقّق من أن جدار الحماية يسمح بهذا المنفذ، أو اختر شبكة أو منفذًا آخر.</translation>
    </message>
    <message>
        <source>Another program answers at %1, not this phone server; choose another port.</source>
        <translation>يجيب برنامج آخر على %1، وليس خادم الهواتف هذا؛ اختر منفذًا آخر.</translation>
    </message>
    <message>
        <source>The phone server answers at %1: it listens on this network and this computer&apos;s firewall lets it through. That does not prove the Wi-Fi lets phones reach this computer (some networks keep devices apart): open the address on one phone to be sure.</source>
        <translation>يجيب خادم الهواتف على %1: فهو يستمع على هذه الشبكة وجدار حماية هذا الحاسوب يسمح بمروره. لكن ذلك لا يثبت أن شبكة واي فاي تسمح للهواتف بالوصول إلى هذا الحاسوب (بعض الشبكات تعزل الأجهزة عن بعضها): افتح العنوان على هاتف واحد للتأكد.</translation>
    </message>
    <message>
        <source>%1 is this computer alone: no phone can reach it. Stop, and choose the address of the Wi-Fi or cable the phones share.</source>
        <translation>العنوان %1 خاص بهذا الحاسوب وحده: لا يمكن لأي هاتف الوصول إليه. أوقف الخادم واختر عنوان شبكة واي فاي أو الكابل الذي تتشاركه الهواتف.</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>As the console</source>
        <translation>مثل لوحة التحكم</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>The console&apos;s language applies when Breakout next starts; the room&apos;s screen changes at once, the kiosk from the next round it opens.</source>
        <translation>تُطبَّق لغة لوحة التحكم عند تشغيل Breakout في المرة القادمة؛ أما شاشة القاعة فتتغير فورًا، ومحطة التصويت بدءًا من الجولة التالية التي تفتحها.</translation>
    </message>
    <message>
        <source>&amp;Console language:</source>
        <translation>لغة &amp;لوحة التحكم:</translation>
    </message>
    <message>
        <source>&amp;Room&apos;s screen:</source>
        <translation>شاشة ال&amp;قاعة:</translation>
    </message>
    <message>
        <source>Room&apos;s screen, &amp;second language:</source>
        <translation>شاشة القاعة، اللغة ال&amp;ثانية:</translation>
    </message>
    <message>
        <source>&amp;Kiosk:</source>
        <translation>م&amp;حطة التصويت:</translation>
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
    <name>VoteDialogs</name>
    <message>
        <source>New voting round</source>
        <translation>جولة تصويت جديدة</translation>
    </message>
    <message>
        <source>Edit voting round</source>
        <translation>تعديل جولة التصويت</translation>
    </message>
    <message>
        <source>Round title</source>
        <translation>عنوان الجولة</translation>
    </message>
    <message>
        <source>e.g. Which recommendations go to the plenary first?</source>
        <translation>مثال: ما التوصيات التي تُعرض على الجلسة العامة أولًا؟</translation>
    </message>
    <message>
        <source>&amp;Secret ballot: people vote with the code on their card; ballots carry no name</source>
        <translation>اقتراع &amp;سري: يصوّت كل شخص بالرمز المطبوع على بطاقته؛ ولا تحمل أوراق الاقتراع أي اسم</translation>
    </message>
    <message>
        <source>Another item for the ballot</source>
        <translation>خيار آخر لورقة الاقتراع</translation>
    </message>
    <message>
        <source>Another item, not from a group (Enter adds it)</source>
        <translation>خيار آخر من خارج المجموعات (Enter لإضافته)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>إ&amp;ضافة</translation>
    </message>
    <message>
        <source>Items chosen</source>
        <translation>الخيارات المختارة</translation>
    </message>
    <message>
        <source>Create round</source>
        <translation>إنشاء الجولة</translation>
    </message>
    <message>
        <source>Save round</source>
        <translation>حفظ الجولة</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Items&lt;/b&gt; — tick at least two; a group&apos;s wording is used</source>
        <translation>&lt;b&gt;الخيارات&lt;/b&gt; — حدِّد خيارين على الأقل؛ تُستخدم صياغة المجموعة</translation>
    </message>
    <message>
        <source>Items on the ballot</source>
        <translation>الخيارات في ورقة الاقتراع</translation>
    </message>
    <message>
        <source>On the ballot as (F2 edits)</source>
        <translation>يظهر في ورقة الاقتراع بصيغة (F2 للتعديل)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <source>Dots per person</source>
        <translation>النقاط لكل شخص</translation>
    </message>
    <message>
        <source>Most dots on one item</source>
        <translation>أقصى عدد من النقاط للخيار الواحد</translation>
    </message>
    <message>
        <source>Most items one person ranks</source>
        <translation>أقصى عدد من الخيارات يرتبها الشخص الواحد</translation>
    </message>
    <message>
        <source>as many as they like</source>
        <translation>بلا حد</translation>
    </message>
    <message>
        <source>up to </source>
        <translation>حتى </translation>
    </message>
    <message>
        <source>Dot &amp;budget:</source>
        <translation>&amp;رصيد النقاط:</translation>
    </message>
    <message>
        <source>&amp;Cap per item:</source>
        <translation>ال&amp;حد لكل خيار:</translation>
    </message>
    <message>
        <source>&amp;Items to rank:</source>
        <translation>ال&amp;خيارات المطلوب ترتيبها:</translation>
    </message>
    <message>
        <source>%1 chosen: a ballot needs at least two items</source>
        <translation>اختير %1: تحتاج ورقة الاقتراع إلى خيارين على الأقل</translation>
    </message>
    <message>
        <source>Hand count — %1</source>
        <translation>العدّ برفع الأيدي — %1</translation>
    </message>
    <message>
        <source>Hands</source>
        <translation>الأيدي المرفوعة</translation>
    </message>
    <message>
        <source>Hands per item</source>
        <translation>الأيدي المرفوعة لكل خيار</translation>
    </message>
    <message>
        <source>Hands for %1</source>
        <translation>الأيدي المرفوعة لـ %1</translation>
    </message>
    <message>
        <source>Check against the people present</source>
        <translation>التحقق مقارنةً بعدد الحاضرين</translation>
    </message>
    <message>
        <source>Record counts</source>
        <translation>تسجيل الأعداد</translation>
    </message>
    <message>
        <source>%1 hands for “%2” is more than the %3 people present</source>
        <translation>%1 يدًا مرفوعة لـ «%2» أكثر من عدد الحاضرين وهو %3</translation>
    </message>
    <message>
        <source>the levels for “%1” add up to %2, more than the %3 present (each person shows one level)</source>
        <translation>مجموع المستويات لـ «%1» هو %2، وهو أكثر من عدد الحاضرين %3 (يُبدي كل شخص مستوى واحدًا)</translation>
    </message>
    <message>
        <source>Count again: %1.</source>
        <translation>أعد العدّ: %1.</translation>
    </message>
    <message>
        <source>Voting codes</source>
        <translation>رموز التصويت</translation>
    </message>
    <message>
        <source>Voting codes by name</source>
        <translation>رموز التصويت حسب الاسم</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Hand each person the card with their code before the vote. A code lets its holder vote once in each secret round; ballots are stored without names.</source>
        <translation>سلِّم كل شخص البطاقة التي تحمل رمزه قبل التصويت. يتيح الرمز لحامله التصويت مرة واحدة في كل جولة سرية؛ وتُحفظ أوراق الاقتراع دون أسماء.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <source>&amp;Print cards…</source>
        <translation>&amp;طباعة البطاقات…</translation>
    </message>
    <message>
        <source>Your voting code</source>
        <translation>رمز التصويت الخاص بك</translation>
    </message>
</context>
<context>
    <name>VotePage</name>
    <message>
        <source>Voting rounds</source>
        <translation>جولات التصويت</translation>
    </message>
    <message>
        <source>&amp;New round… (Ctrl+Shift+R)</source>
        <translation>جولة &amp;جديدة… (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Voting rounds&lt;/b&gt;</source>
        <translation>&lt;b&gt;جولات التصويت&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>الجولة</translation>
    </message>
    <message>
        <source>Method, rules and state</source>
        <translation>الطريقة والقواعد والحالة</translation>
    </message>
    <message>
        <source>Items on the ballot</source>
        <translation>الخيارات في ورقة الاقتراع</translation>
    </message>
    <message>
        <source>Voters so far</source>
        <translation>المصوّتون حتى الآن</translation>
    </message>
    <message>
        <source>Results note</source>
        <translation>ملاحظة حول النتائج</translation>
    </message>
    <message>
        <source>&lt;b&gt;On the ballot&lt;/b&gt;</source>
        <translation>&lt;b&gt;في ورقة الاقتراع&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Edit ro&amp;und… (F2)</source>
        <translation>&amp;تعديل الجولة… (F2)</translation>
    </message>
    <message>
        <source>Change the title, method, settings or items until voting opens</source>
        <translation>تغيير العنوان أو الطريقة أو الإعدادات أو الخيارات إلى حين بدء التصويت</translation>
    </message>
    <message>
        <source>&amp;Open voting</source>
        <translation>&amp;فتح التصويت</translation>
    </message>
    <message>
        <source>Close vo&amp;ting…</source>
        <translation>إ&amp;غلاق التصويت…</translation>
    </message>
    <message>
        <source>Open the voting kiosk in a window of its own (a touch screen, or this laptop turned round); the room&apos;s screen shows how many have voted. The console keeps the keyboard until you press F7 again.</source>
        <translation>يفتح محطة التصويت في نافذة مستقلة (شاشة لمس، أو هذا الحاسوب بعد تدويره نحو القاعة)؛ وتعرض شاشة القاعة عدد من صوّتوا. وتحتفظ وحدة التحكم بلوحة المفاتيح حتى تضغط F7 مرة أخرى.</translation>
    </message>
    <message>
        <source>H&amp;and count…</source>
        <translation>العدّ &amp;برفع الأيدي…</translation>
    </message>
    <message>
        <source>&amp;Issue voting codes…</source>
        <translation>إ&amp;صدار رموز التصويت…</translation>
    </message>
    <message>
        <source>&amp;Show results on the shared screen (Shift+F7)</source>
        <translation>&amp;عرض النتائج على شاشة القاعة (Shift+F7)</translation>
    </message>
    <message>
        <source>&amp;Back to the session (Ctrl+F7)</source>
        <translation>ال&amp;عودة إلى الجلسة (Ctrl+F7)</translation>
    </message>
    <message>
        <source>The shared screen shows the session again</source>
        <translation>تعرض شاشة القاعة الجلسة مجددًا</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shared screen&lt;/b&gt;</source>
        <translation>&lt;b&gt;شاشة القاعة&lt;/b&gt;</translation>
    </message>
    <message>
        <source>New Voting Round…</source>
        <translation>جولة تصويت جديدة…</translation>
    </message>
    <message>
        <source>Edit Voting Round…</source>
        <translation>تعديل جولة التصويت…</translation>
    </message>
    <message>
        <source>Kiosk Window (Again: Hand It the Keyboard)</source>
        <translation>نافذة محطة التصويت (مرة ثانية: تسليمها لوحة المفاتيح)</translation>
    </message>
    <message>
        <source>Results on the Shared Screen</source>
        <translation>النتائج على شاشة القاعة</translation>
    </message>
    <message>
        <source>Shared Screen Back to the Session</source>
        <translation>شاشة القاعة: العودة إلى الجلسة</translation>
    </message>
    <message>
        <source>Hand Count…</source>
        <translation>العدّ برفع الأيدي…</translation>
    </message>
    <message>
        <source>No voting round yet. Press Ctrl+Shift+R to set one up from the board&apos;s groups.</source>
        <translation>لا توجد جولة تصويت بعد. اضغط Ctrl+Shift+R لإعداد جولة من مجموعات اللوحة.</translation>
    </message>
    <message>
        <source>secret ballot</source>
        <translation>اقتراع سري</translation>
    </message>
    <message>
        <source>named vote</source>
        <translation>تصويت علني بالأسماء</translation>
    </message>
    <message>
        <source>Results stay hidden until voting closes.</source>
        <translation>تبقى النتائج مخفية حتى يُغلق التصويت.</translation>
    </message>
    <message>
        <source>A show of hands cannot express %1</source>
        <translation>لا يمكن التعبير عن هذه الطريقة برفع الأيدي: %1</translation>
    </message>
    <message>
        <source>choose a voting round first, or set one up with Ctrl+Shift+R</source>
        <translation>اختر جولة تصويت أولًا، أو أعدّ جولة باستخدام Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>voting has opened in this round, so it can no longer change; set up a new round (Ctrl+Shift+R) instead</source>
        <translation>بدأ التصويت في هذه الجولة، فلم يعد تعديلها ممكنًا؛ أعدّ جولة جديدة بدلًا منها (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>hand counts are in for this round, so it can no longer change; set up a new round (Ctrl+Shift+R) instead</source>
        <translation>سُجّلت أعداد برفع الأيدي لهذه الجولة، فلم يعد تعديلها ممكنًا؛ أعدّ جولة جديدة بدلًا منها (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>the round is %1, not open</source>
        <translation>الجولة غير مفتوحة (%1)</translation>
    </message>
    <message>
        <source>open voting first; the kiosk takes ballots only while a round is open</source>
        <translation>افتح التصويت أولًا؛ لا تقبل محطة التصويت أوراق الاقتراع إلا ما دامت الجولة مفتوحة</translation>
    </message>
    <message>
        <source>voting has closed in this round</source>
        <translation>أُغلق التصويت في هذه الجولة</translation>
    </message>
    <message>
        <source>&amp;Kiosk window for voting (F7)</source>
        <translation>&amp;محطة التصويت (F7)</translation>
    </message>
    <message>
        <source>Hand the &amp;keyboard to the kiosk (F7)</source>
        <translation>تسليم &amp;لوحة المفاتيح لمحطة التصويت (F7)</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>سري</translation>
    </message>
    <message>
        <source>named</source>
        <translation>علني</translation>
    </message>
    <message>
        <source>at most %1 on one item</source>
        <translation>%1 كحد أقصى للخيار الواحد</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>rank as many items as you like</source>
        <translation>ترتيب أي عدد من الخيارات</translation>
    </message>
    <message>
        <source>mark every item you support</source>
        <translation>تحديد كل خيار يحظى بالتأييد</translation>
    </message>
    <message>
        <source>every item gets a level from %1 to %2</source>
        <translation>يحصل كل خيار على مستوى من %1 إلى %2</translation>
    </message>
    <message>
        <source>every item gets a grade from %1 to %2</source>
        <translation>يحصل كل خيار على تقدير من %1 إلى %2</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>قيد الإعداد</translation>
    </message>
    <message>
        <source>open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <source>not open yet</source>
        <translation>لم تُفتح بعد</translation>
    </message>
    <message>
        <source>voting is open</source>
        <translation>التصويت مفتوح</translation>
    </message>
    <message>
        <source>voting has closed</source>
        <translation>أُغلق التصويت</translation>
    </message>
    <message>
        <source>%1 at the kiosk · hand counts entered</source>
        <translation>%1 في محطة التصويت · سُجّلت أعداد رفع الأيدي</translation>
    </message>
    <message>
        <source>Close voting on “%1”?

%2. No more ballots or hand counts after this; the results can then be shown.</source>
        <translation>إغلاق التصويت على «%1»؟

%2. لن تُقبل بعد ذلك أوراق اقتراع ولا أعداد برفع الأيدي؛ ويمكن عندئذ عرض النتائج.</translation>
    </message>
    <message>
        <source>Close voting</source>
        <translation>إغلاق التصويت</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>الجولة %1</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>&lt;b&gt;Results&lt;/b&gt;</source>
        <translation>&lt;b&gt;النتائج&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation>نسبة المشاركة</translation>
    </message>
    <message>
        <source>How it was counted</source>
        <translation>طريقة الفرز</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>الاعتراضات</translation>
    </message>
    <message>
        <source>Support by stakeholder group</source>
        <translation>التأييد حسب فئة أصحاب المصلحة</translation>
    </message>
    <message>
        <source>Groups not shown</source>
        <translation>الفئات غير المعروضة</translation>
    </message>
    <message>
        <source>A group with fewer than 3 voters is not shown, so nobody&apos;s vote can be deduced; when the hidden groups hold fewer than 3 voters between them, the next smallest group is hidden too.</source>
        <translation>لا تُعرض الفئة التي تضم أقل من 3 مصوّتين، حتى لا يُستنتج صوت أي شخص؛ وإذا ضمّت الفئات المخفية معًا أقل من 3 مصوّتين، تُخفى أيضًا الفئة الأصغر التالية.</translation>
    </message>
    <message>
        <source>Blocked by at least one person: %1</source>
        <translation>اعترض عليه شخص واحد على الأقل: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Support by stakeholder group&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;التأييد حسب فئة أصحاب المصلحة&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <source>%1: fewer than 3 voters, not shown</source>
        <translation>%1: أقل من 3 مصوّتين، لا يُعرض</translation>
    </message>
    <message>
        <source>Each person places a budget of dots; several on one item shows strong support.</source>
        <translation>يوزّع كل شخص عددًا محددًا من النقاط؛ ووضع عدة نقاط على خيار واحد يدل على تأييد قوي.</translation>
    </message>
    <message>
        <source>Each person marks every item they can support.</source>
        <translation>يحدّد كل شخص كل خيار يمكنه تأييده.</translation>
    </message>
    <message>
        <source>Each person puts the items in order; reports Borda points and the Schulze order.</source>
        <translation>يرتّب كل شخص الخيارات؛ وتُعرض نقاط بوردا وترتيب شولتسه.</translation>
    </message>
    <message>
        <source>Each person gives every item a level from 0 Block to 5 Full support.</source>
        <translation>يمنح كل شخص كل خيار مستوى من 0 (اعتراض) إلى 5 (تأييد كامل).</translation>
    </message>
    <message>
        <source>Each person grades every item from Excellent to Reject; the best middle grade wins.</source>
        <translation>يمنح كل شخص كل خيار تقديرًا من «ممتاز» إلى «رفض»؛ ويفوز صاحب أفضل تقدير وسيط.</translation>
    </message>
    <message>
        <source>mean dots per voter</source>
        <translation>متوسط النقاط لكل مصوّت</translation>
    </message>
    <message>
        <source>share of the group&apos;s voters approving</source>
        <translation>نسبة المؤيدين من مصوّتي الفئة</translation>
    </message>
    <message>
        <source>mean Borda points per voter</source>
        <translation>متوسط نقاط بوردا لكل مصوّت</translation>
    </message>
    <message>
        <source>mean agreement level (0–5)</source>
        <translation>متوسط مستوى الموافقة (0–5)</translation>
    </message>
    <message>
        <source>the group&apos;s majority grade</source>
        <translation>التقدير الأغلبي للفئة</translation>
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
    <message numerus="yes">
        <source>%n points</source>
        <translation>
            <numerusform>لا بنود</numerusform>
            <numerusform>بند واحد</numerusform>
            <numerusform>بندان</numerusform>
            <numerusform>%n بنود</numerusform>
            <numerusform>%n بندًا</numerusform>
            <numerusform>%n بند</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min planned</source>
        <translation>
            <numerusform>لا دقائق مقررة</numerusform>
            <numerusform>دقيقة واحدة مقررة</numerusform>
            <numerusform>دقيقتان مقررتان</numerusform>
            <numerusform>%n دقائق مقررة</numerusform>
            <numerusform>%n دقيقة مقررة</numerusform>
            <numerusform>%n دقيقة مقررة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participants</source>
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
        <source>%n contributions</source>
        <translation>
            <numerusform>لا مداخلات</numerusform>
            <numerusform>مداخلة واحدة</numerusform>
            <numerusform>مداخلتان</numerusform>
            <numerusform>%n مداخلات</numerusform>
            <numerusform>%n مداخلة</numerusform>
            <numerusform>%n مداخلة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recommendations</source>
        <translation>
            <numerusform>لا توصيات</numerusform>
            <numerusform>توصية واحدة</numerusform>
            <numerusform>توصيتان</numerusform>
            <numerusform>%n توصيات</numerusform>
            <numerusform>%n توصية</numerusform>
            <numerusform>%n توصية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n points on the agenda</source>
        <translation>
            <numerusform>لا بنود في جدول الأعمال</numerusform>
            <numerusform>بند واحد في جدول الأعمال</numerusform>
            <numerusform>بندان في جدول الأعمال</numerusform>
            <numerusform>%n بنود في جدول الأعمال</numerusform>
            <numerusform>%n بندًا في جدول الأعمال</numerusform>
            <numerusform>%n بند في جدول الأعمال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n checked in</source>
        <translation>
            <numerusform>الحاضرون: %1 من %n</numerusform>
            <numerusform>الحاضرون: %1 من مشارك واحد</numerusform>
            <numerusform>الحاضرون: %1 من مشاركَين</numerusform>
            <numerusform>الحاضرون: %1 من %n مشاركين</numerusform>
            <numerusform>الحاضرون: %1 من %n مشاركًا</numerusform>
            <numerusform>الحاضرون: %1 من %n مشارك</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) added</source>
        <translation>
            <numerusform>لم تُضف أي جلسة</numerusform>
            <numerusform>أُضيفت جلسة واحدة</numerusform>
            <numerusform>أُضيفت جلستان</numerusform>
            <numerusform>أُضيفت %n جلسات</numerusform>
            <numerusform>أُضيفت %n جلسة</numerusform>
            <numerusform>أُضيفت %n جلسة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) updated</source>
        <translation>
            <numerusform>لم تُحدَّث أي جلسة</numerusform>
            <numerusform>حُدّثت جلسة واحدة</numerusform>
            <numerusform>حُدّثت جلستان</numerusform>
            <numerusform>حُدّثت %n جلسات</numerusform>
            <numerusform>حُدّثت %n جلسة</numerusform>
            <numerusform>حُدّثت %n جلسة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>لم يُضَف أحد</numerusform>
            <numerusform>أُضيف مشارك واحد</numerusform>
            <numerusform>أُضيف مشاركان</numerusform>
            <numerusform>أُضيف %n مشاركين</numerusform>
            <numerusform>أُضيف %n مشاركًا</numerusform>
            <numerusform>أُضيف %n مشارك</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>لم يُحدَّث أي سجل</numerusform>
            <numerusform>حُدِّث سجل واحد</numerusform>
            <numerusform>حُدِّث سجلان</numerusform>
            <numerusform>حُدِّثت %n سجلات</numerusform>
            <numerusform>حُدِّث %n سجلًا</numerusform>
            <numerusform>حُدِّث %n سجل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n turns</source>
        <translation>
            <numerusform>لا مداخلات</numerusform>
            <numerusform>مداخلة واحدة</numerusform>
            <numerusform>مداخلتان</numerusform>
            <numerusform>%n مداخلات</numerusform>
            <numerusform>%n مداخلة</numerusform>
            <numerusform>%n مداخلة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>صفر دقيقة</numerusform>
            <numerusform>دقيقة واحدة</numerusform>
            <numerusform>دقيقتان</numerusform>
            <numerusform>%n دقائق</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>صفر ثانية</numerusform>
            <numerusform>ثانية واحدة</numerusform>
            <numerusform>ثانيتان</numerusform>
            <numerusform>%n ثوانٍ</numerusform>
            <numerusform>%n ثانية</numerusform>
            <numerusform>%n ثانية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n present</source>
        <translation>
            <numerusform>لا حاضرين</numerusform>
            <numerusform>حاضر واحد</numerusform>
            <numerusform>حاضران</numerusform>
            <numerusform>%n حاضرين</numerusform>
            <numerusform>%n حاضرًا</numerusform>
            <numerusform>%n حاضر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>nobody checked in yet, so shares are of the %n on the roster</source>
        <translation>
            <numerusform>لم يُسجَّل حضور أحد بعد، لذا تُحسب النسب من قائمة المشاركين الخالية</numerusform>
            <numerusform>لم يُسجَّل حضور أحد بعد، لذا تُحسب النسب من المشارك الوحيد في القائمة</numerusform>
            <numerusform>لم يُسجَّل حضور أحد بعد، لذا تُحسب النسب من المشاركَين في القائمة</numerusform>
            <numerusform>لم يُسجَّل حضور أحد بعد، لذا تُحسب النسب من %n مشاركين في القائمة</numerusform>
            <numerusform>لم يُسجَّل حضور أحد بعد، لذا تُحسب النسب من %n مشاركًا في القائمة</numerusform>
            <numerusform>لم يُسجَّل حضور أحد بعد، لذا تُحسب النسب من %n مشارك في القائمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 in %3.
Nobody checked in yet: shares are of the %n on the roster.</source>
        <translation>
            <numerusform>%1: %2 في %3.
لم يُسجَّل حضور أحد بعد: تُحسب النسب من قائمة المشاركين الخالية.</numerusform>
            <numerusform>%1: %2 في %3.
لم يُسجَّل حضور أحد بعد: تُحسب النسب من المشارك الوحيد في القائمة.</numerusform>
            <numerusform>%1: %2 في %3.
لم يُسجَّل حضور أحد بعد: تُحسب النسب من المشاركَين في القائمة.</numerusform>
            <numerusform>%1: %2 في %3.
لم يُسجَّل حضور أحد بعد: تُحسب النسب من %n مشاركين في القائمة.</numerusform>
            <numerusform>%1: %2 في %3.
لم يُسجَّل حضور أحد بعد: تُحسب النسب من %n مشاركًا في القائمة.</numerusform>
            <numerusform>%1: %2 في %3.
لم يُسجَّل حضور أحد بعد: تُحسب النسب من %n مشارك في القائمة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more pairs; merge these first</source>
        <translation>
            <numerusform>… ولا أزواج أخرى</numerusform>
            <numerusform>… وزوج آخر؛ ادمج هذه أولًا</numerusform>
            <numerusform>… وزوجان آخران؛ ادمج هذه أولًا</numerusform>
            <numerusform>… و%n أزواج أخرى؛ ادمج هذه أولًا</numerusform>
            <numerusform>… و%n زوجًا آخر؛ ادمج هذه أولًا</numerusform>
            <numerusform>… و%n زوج آخر؛ ادمج هذه أولًا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not in a group (%n)</source>
        <translation>
            <numerusform>خارج المجموعات (%n)</numerusform>
            <numerusform>خارج المجموعات (%n)</numerusform>
            <numerusform>خارج المجموعات (%n)</numerusform>
            <numerusform>خارج المجموعات (%n)</numerusform>
            <numerusform>خارج المجموعات (%n)</numerusform>
            <numerusform>خارج المجموعات (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n) — suggested, Enter accepts</source>
        <translation>
            <numerusform>%1 (%n) — مقترَحة، اضغط Enter للقبول</numerusform>
            <numerusform>%1 (%n) — مقترَحة، اضغط Enter للقبول</numerusform>
            <numerusform>%1 (%n) — مقترَحة، اضغط Enter للقبول</numerusform>
            <numerusform>%1 (%n) — مقترَحة، اضغط Enter للقبول</numerusform>
            <numerusform>%1 (%n) — مقترَحة، اضغط Enter للقبول</numerusform>
            <numerusform>%1 (%n) — مقترَحة، اضغط Enter للقبول</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Grouping %n proposals…</source>
        <translation>
            <numerusform>جارٍ تجميع %n مقترح…</numerusform>
            <numerusform>جارٍ تجميع مقترح واحد…</numerusform>
            <numerusform>جارٍ تجميع مقترحين…</numerusform>
            <numerusform>جارٍ تجميع %n مقترحات…</numerusform>
            <numerusform>جارٍ تجميع %n مقترحًا…</numerusform>
            <numerusform>جارٍ تجميع %n مقترح…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 present have voted</source>
        <translation>
            <numerusform>لم يصوّت أحد بعد من الحاضرين وعددهم %1</numerusform>
            <numerusform>صوّت شخص واحد من الحاضرين وعددهم %1</numerusform>
            <numerusform>صوّت شخصان من الحاضرين وعددهم %1</numerusform>
            <numerusform>صوّت %n أشخاص من الحاضرين وعددهم %1</numerusform>
            <numerusform>صوّت %n شخصًا من الحاضرين وعددهم %1</numerusform>
            <numerusform>صوّت %n شخص من الحاضرين وعددهم %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 on the roster have voted</source>
        <translation>
            <numerusform>لم يصوّت أحد بعد من المسجَّلين وعددهم %1</numerusform>
            <numerusform>صوّت شخص واحد من المسجَّلين وعددهم %1</numerusform>
            <numerusform>صوّت شخصان من المسجَّلين وعددهم %1</numerusform>
            <numerusform>صوّت %n أشخاص من المسجَّلين وعددهم %1</numerusform>
            <numerusform>صوّت %n شخصًا من المسجَّلين وعددهم %1</numerusform>
            <numerusform>صوّت %n شخص من المسجَّلين وعددهم %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dots each</source>
        <translation>
            <numerusform>%n نقطة لكل شخص</numerusform>
            <numerusform>%n نقطة لكل شخص</numerusform>
            <numerusform>%n نقطة لكل شخص</numerusform>
            <numerusform>%n نقاط لكل شخص</numerusform>
            <numerusform>%n نقطة لكل شخص</numerusform>
            <numerusform>%n نقطة لكل شخص</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rank up to %n items</source>
        <translation>
            <numerusform>ترتيب %n خيار كحد أقصى</numerusform>
            <numerusform>ترتيب خيار واحد كحد أقصى</numerusform>
            <numerusform>ترتيب خيارين كحد أقصى</numerusform>
            <numerusform>ترتيب %n خيارات كحد أقصى</numerusform>
            <numerusform>ترتيب %n خيارًا كحد أقصى</numerusform>
            <numerusform>ترتيب %n خيار كحد أقصى</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n at most on one item</source>
        <translation>
            <numerusform>%n نقطة كحد أقصى للخيار الواحد</numerusform>
            <numerusform>%n نقطة كحد أقصى للخيار الواحد</numerusform>
            <numerusform>%n نقطة كحد أقصى للخيار الواحد</numerusform>
            <numerusform>%n نقاط كحد أقصى للخيار الواحد</numerusform>
            <numerusform>%n نقطة كحد أقصى للخيار الواحد</numerusform>
            <numerusform>%n نقطة كحد أقصى للخيار الواحد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items on the ballot</source>
        <translation>
            <numerusform>لا خيارات في ورقة الاقتراع</numerusform>
            <numerusform>خيار واحد في ورقة الاقتراع</numerusform>
            <numerusform>خياران في ورقة الاقتراع</numerusform>
            <numerusform>%n خيارات في ورقة الاقتراع</numerusform>
            <numerusform>%n خيارًا في ورقة الاقتراع</numerusform>
            <numerusform>%n خيار في ورقة الاقتراع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For each item, count the hands at each level. %n people are present.</source>
        <translation>
            <numerusform>لكل خيار، عُدّ الأيدي المرفوعة عند كل مستوى. لا يوجد أي حاضر.</numerusform>
            <numerusform>لكل خيار، عُدّ الأيدي المرفوعة عند كل مستوى. الحاضرون: شخص واحد.</numerusform>
            <numerusform>لكل خيار، عُدّ الأيدي المرفوعة عند كل مستوى. الحاضرون: شخصان.</numerusform>
            <numerusform>لكل خيار، عُدّ الأيدي المرفوعة عند كل مستوى. الحاضرون: %n أشخاص.</numerusform>
            <numerusform>لكل خيار، عُدّ الأيدي المرفوعة عند كل مستوى. الحاضرون: %n شخصًا.</numerusform>
            <numerusform>لكل خيار، عُدّ الأيدي المرفوعة عند كل مستوى. الحاضرون: %n شخص.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For each item, count the raised hands. %n people are present.</source>
        <translation>
            <numerusform>لكل خيار، عُدّ الأيدي المرفوعة. لا يوجد أي حاضر.</numerusform>
            <numerusform>لكل خيار، عُدّ الأيدي المرفوعة. الحاضرون: شخص واحد.</numerusform>
            <numerusform>لكل خيار، عُدّ الأيدي المرفوعة. الحاضرون: شخصان.</numerusform>
            <numerusform>لكل خيار، عُدّ الأيدي المرفوعة. الحاضرون: %n أشخاص.</numerusform>
            <numerusform>لكل خيار، عُدّ الأيدي المرفوعة. الحاضرون: %n شخصًا.</numerusform>
            <numerusform>لكل خيار، عُدّ الأيدي المرفوعة. الحاضرون: %n شخص.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every count fits the %n people present.</source>
        <translation>
            <numerusform>كل الأعداد تتوافق مع عدد الحاضرين (%n).</numerusform>
            <numerusform>كل الأعداد تتوافق مع عدد الحاضرين (شخص واحد).</numerusform>
            <numerusform>كل الأعداد تتوافق مع عدد الحاضرين (شخصان).</numerusform>
            <numerusform>كل الأعداد تتوافق مع عدد الحاضرين (%n أشخاص).</numerusform>
            <numerusform>كل الأعداد تتوافق مع عدد الحاضرين (%n شخصًا).</numerusform>
            <numerusform>كل الأعداد تتوافق مع عدد الحاضرين (%n شخص).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>reading %n contributions…</source>
        <translation>
            <numerusform>جارٍ قراءة %n مداخلة…</numerusform>
            <numerusform>جارٍ قراءة مداخلة واحدة…</numerusform>
            <numerusform>جارٍ قراءة مداخلتين…</numerusform>
            <numerusform>جارٍ قراءة %n مداخلات…</numerusform>
            <numerusform>جارٍ قراءة %n مداخلةً…</numerusform>
            <numerusform>جارٍ قراءة %n مداخلة…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contri&amp;butions at this point (%n) — double-click quotes one</source>
        <translation>
            <numerusform>ال&amp;مداخلات في هذا البند (%n) — انقر نقرًا مزدوجًا لاقتباس إحداها</numerusform>
            <numerusform>ال&amp;مداخلات في هذا البند (%n) — انقر نقرًا مزدوجًا لاقتباس إحداها</numerusform>
            <numerusform>ال&amp;مداخلات في هذا البند (%n) — انقر نقرًا مزدوجًا لاقتباس إحداها</numerusform>
            <numerusform>ال&amp;مداخلات في هذا البند (%n) — انقر نقرًا مزدوجًا لاقتباس إحداها</numerusform>
            <numerusform>ال&amp;مداخلات في هذا البند (%n) — انقر نقرًا مزدوجًا لاقتباس إحداها</numerusform>
            <numerusform>ال&amp;مداخلات في هذا البند (%n) — انقر نقرًا مزدوجًا لاقتباس إحداها</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phones joined</source>
        <translation>
            <numerusform>لا هواتف متصلة</numerusform>
            <numerusform>هاتف واحد متصل</numerusform>
            <numerusform>هاتفان متصلان</numerusform>
            <numerusform>%n هواتف متصلة</numerusform>
            <numerusform>%n هاتفًا متصلًا</numerusform>
            <numerusform>%n هاتف متصل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inbox: %n waiting</source>
        <translation>
            <numerusform>الوارد: لا شيء في الانتظار</numerusform>
            <numerusform>الوارد: واحد في الانتظار</numerusform>
            <numerusform>الوارد: اثنان في الانتظار</numerusform>
            <numerusform>الوارد: %n في الانتظار</numerusform>
            <numerusform>الوارد: %n في الانتظار</numerusform>
            <numerusform>الوارد: %n في الانتظار</numerusform>
        </translation>
    </message>
</context>
</TS>
