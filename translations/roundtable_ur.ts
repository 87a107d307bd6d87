<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ur" sourcelanguage="en">
<context>
    <name>DeckBuilder</name>
    <message>
        <location filename="../core/slides/DeckBuilder.cpp" line="+58" />
        <source>Title, purpose, agenda and disclaimer</source>
        <translation>عنوان، مقصد، ایجنڈا اور دستبرداری</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+215" />
        <source>Topic-based table discussions</source>
        <translation>موضوع وار میز پر گفتگو</translation>
    </message>
    <message>
        <location line="-213" />
        <location line="+84" />
        <source>Poll results</source>
        <translation>پول کے نتائج</translation>
    </message>
    <message>
        <location line="-82" />
        <location line="+52" />
        <source>Place-based action planning</source>
        <translation>مقام وار لائحہ عمل کی منصوبہ بندی</translation>
    </message>
    <message>
        <location line="-50" />
        <location line="+498" />
        <source>Data pack</source>
        <translation>ڈیٹا پیک</translation>
    </message>
    <message>
        <location line="-496" />
        <location line="+101" />
        <source>Next steps</source>
        <translation>اگلے مراحل</translation>
    </message>
    <message>
        <location line="-99" />
        <location line="+74" />
        <source>Feedback</source>
        <translation>فیڈبیک</translation>
    </message>
    <message>
        <location line="+2" />
        <source>What the room voted for</source>
        <translation>کمرے نے کس کے حق میں ووٹ دیا</translation>
    </message>
    <message>
        <location line="-30" />
        <source>Breakout discussions by place</source>
        <translation>مقام وار گروپ مباحثے</translation>
    </message>
    <message>
        <location line="+28" />
        <source>How the day went</source>
        <translation>دن کیسا رہا</translation>
    </message>
    <message>
        <location filename="../core/slides/DriverLayout.cpp" line="+43" />
        <location line="+56" />
        <location line="+47" />
        <location filename="../core/slides/Paginator.cpp" line="+256" />
        <source>(continued)</source>
        <translation>(جاری)</translation>
    </message>
    <message>
        <location filename="../core/slides/DeckBuilder.cpp" line="+32" />
        <location line="+9" />
        <source>Summary of the event</source>
        <translation>تقریب کا خلاصہ</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Organised by %1</source>
        <translation>منتظم: %1</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Purpose</source>
        <translation>مقصد</translation>
    </message>
    <message>
        <location line="-1" />
        <source>The purpose of the seminar was to:</source>
        <translation>سیمینار کا مقصد یہ تھا:</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Time</source>
        <translation>وقت</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Item</source>
        <translation>آئٹم</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Agenda</source>
        <translation>ایجنڈا</translation>
    </message>
    <message>
        <location line="+13" />
        <source>These slides are a verbatim reproduction of every idea and suggestion made in the discussions on the day. Places will develop them further, check them against existing plans and current capacity, and agree them at their boards.</source>
        <translation>یہ سلائیڈز اس دن مباحثوں میں پیش کیے گئے ہر خیال اور تجویز کی لفظ بہ لفظ نقل ہیں۔ مقامات انہیں مزید آگے بڑھائیں گے، موجودہ منصوبوں اور موجودہ صلاحیت کے مطابق ان کی جانچ کریں گے، اور اپنے بورڈز میں ان پر اتفاق کریں گے۔</translation>
    </message>
    <message>
        <location line="-7" />
        <source>A verbatim reproduction</source>
        <translation>لفظ بہ لفظ نقل</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Table discussion points: a verbatim reproduction of what each table said</source>
        <translation>میز پر گفتگو کے نکات: ہر میز نے جو کہا اس کی لفظ بہ لفظ نقل</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Table %1</source>
        <translation>میز %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Facilitator: %1</source>
        <translation>سہولت کار: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>★ Key point fed back to the room (also in bold)</source>
        <translation>★ کمرے کو بتایا گیا اہم نکتہ (جلی حروف میں بھی)</translation>
    </message>
    <message numerus="yes">
        <location line="+33" />
        <source>%n answer(s) hidden by the facilitator</source>
        <translation>
            <numerusform>%n جواب سہولت کار نے چھپایا</numerusform>
            <numerusform>%n جوابات سہولت کار نے چھپائے</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23" />
        <source>Mean %1 from %n vote(s)</source>
        <translation>
            <numerusform>%n ووٹ سے اوسط %1</numerusform>
            <numerusform>%n ووٹوں سے اوسط %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>No votes yet</source>
        <translation>ابھی کوئی ووٹ نہیں</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>Borda points (first place scores %1) from %n ballot(s)</source>
        <translation>
            <numerusform>%n بیلٹ سے بورڈا پوائنٹس (پہلے نمبر کو %1)</numerusform>
            <numerusform>%n بیلٹوں سے بورڈا پوائنٹس (پہلے نمبر کو %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n ووٹ</numerusform>
            <numerusform>%n ووٹ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39" />
        <source>Verbatim: the group's own words, still to be developed by the place with its partners.</source>
        <translation>لفظ بہ لفظ: گروپ کے اپنے الفاظ، جنہیں مقام اپنے شراکت داروں کے ساتھ ابھی مزید آگے بڑھائے گا۔</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Place-based group discussions. Next, the place will:
1. check these ideas against its current plans
2. refine and prioritise them, considering the capacity it has
3. take them to its place board to agree</source>
        <translation>مقام وار گروپ مباحثے۔ اس کے بعد مقام:
1. ان خیالات کی اپنے موجودہ منصوبوں کے مطابق جانچ کرے گا
2. اپنی دستیاب صلاحیت کو مدنظر رکھتے ہوئے انہیں بہتر بنائے گا اور ان کی ترجیحات طے کرے گا
3. اتفاق کے لیے انہیں اپنے مقامی بورڈ کے سامنے لے جائے گا</translation>
    </message>
    <message>
        <location line="+57" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+90" />
        <source>The figures that shaped the conversations. Key: a lighter colour indicates better performance</source>
        <translation>وہ اعداد و شمار جنہوں نے گفتگو کی سمت طے کی۔ کلید: ہلکا رنگ بہتر کارکردگی ظاہر کرتا ہے</translation>
    </message>
    <message>
        <location line="-415" />
        <location line="+325" />
        <source>%1's priorities: %2</source>
        <translation>%1 کی ترجیحات: %2</translation>
    </message>
    <message numerus="yes">
        <location line="-148" />
        <source>(not counted: %n answer(s) this poll cannot take)</source>
        <translation>
            <numerusform>(شمار نہیں کیا گیا: %n جواب جو یہ پول قبول نہیں کر سکتا)</numerusform>
            <numerusform>(شمار نہیں کیے گئے: %n جوابات جو یہ پول قبول نہیں کر سکتا)</numerusform>
        </translation>
    </message>
    <message>
        <location line="-175" />
        <location line="+2" />
        <location line="+221" />
        <location line="+98" />
        <source>Poll</source>
        <translation>پول</translation>
    </message>
    <message>
        <location line="-319" />
        <source>Priorities: %1</source>
        <translation>ترجیحات: %1</translation>
    </message>
    <message>
        <location line="+231" />
        <source>No answers were given.</source>
        <translation>کوئی جواب نہیں دیا گیا۔</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n جواب</numerusform>
            <numerusform>%n جوابات</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14" />
        <source>Bar chart of %1. %2. %3</source>
        <translation>%1 کا بار چارٹ۔ %2۔ %3</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Cohort: %1</source>
        <translation>گروہ: %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No ideas were recorded for this aim.</source>
        <translation>اس ہدف کے لیے کوئی خیال درج نہیں کیا گیا۔</translation>
    </message>
    <message>
        <location line="+33" />
        <source>%1: aims</source>
        <translation>%1: اہداف</translation>
    </message>
    <message>
        <location line="-26" />
        <location line="+66" />
        <source>The partners will work together within %1 to…</source>
        <translation>شراکت دار %1 کے اندر مل کر کام کریں گے تاکہ…</translation>
    </message>
    <message>
        <location filename="../core/slides/PickSlides.cpp" line="+380" />
        <source>%1: PICK chart, aim %2</source>
        <translation>%1: PICK چارٹ، ہدف %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: PICK chart</source>
        <translation>%1: PICK چارٹ</translation>
    </message>
    <message>
        <location line="-329" />
        <source>The partners will work together within %1 to %2</source>
        <translation>شراکت دار %1 کے اندر مل کر کام کریں گے تاکہ %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Aim %1: see the aims slide for %2</source>
        <translation>ہدف %1: %2 کے لیے اہداف والی سلائیڈ دیکھیں</translation>
    </message>
    <message>
        <location line="+12" />
        <source>POSSIBLE</source>
        <translation>ممکن</translation>
    </message>
    <message>
        <location line="+1" />
        <source>IMPLEMENT</source>
        <translation>نافذ کریں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>KIBOSH</source>
        <translation>ترک کریں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CHALLENGE</source>
        <translation>چیلنج</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Relatively easy to do</source>
        <translation>کرنا نسبتاً آسان</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Likely difficult to do</source>
        <translation>کرنا غالباً مشکل</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Probably low impact</source>
        <translation>شاید کم اثر</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Potentially high impact</source>
        <translation>ممکنہ طور پر زیادہ اثر</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Not yet placed</source>
        <translation>ابھی رکھا نہیں گیا</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: PICK ideas not yet placed, aim %2</source>
        <translation>%1: PICK خیالات جو ابھی رکھے نہیں گئے، ہدف %2</translation>
    </message>
    <message>
        <location filename="../core/slides/DriverLayout.cpp" line="-20" />
        <source>Aim</source>
        <translation>ہدف</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Primary drivers</source>
        <translation>بنیادی ڈرائیورز</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Secondary drivers</source>
        <translation>ثانوی ڈرائیورز</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+2" />
        <source>Change ideas</source>
        <translation>تبدیلی کے خیالات</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: driver diagram, aim %2</source>
        <translation>%1: ڈرائیور ڈایاگرام، ہدف %2</translation>
    </message>
    <message>
        <location filename="../core/slides/DeckBuilder.cpp" line="-18" />
        <source>Cohort</source>
        <translation>گروہ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Idea</source>
        <translation>خیال</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Action</source>
        <translation>اقدام</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Who will do it?</source>
        <translation>یہ کون کرے گا؟</translation>
    </message>
    <message>
        <location line="+0" />
        <source>By when?</source>
        <translation>کب تک؟</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Measure of success</source>
        <translation>کامیابی کا پیمانہ</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1: action plan</source>
        <translation>%1: لائحہ عمل</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Domain</source>
        <translation>شعبہ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Indicator</source>
        <translation>اشاریہ</translation>
    </message>
    <message>
        <location filename="../core/slides/Paginator.cpp" line="+1" />
        <source>%1 (continued)</source>
        <translation>%1 (جاری)</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../core/slides/Export.cpp" line="+104" />
        <source>unknown format "%1": use pptx, pdf, md or csv</source>
        <translation>نامعلوم فارمیٹ "%1": pptx، pdf، md یا csv استعمال کریں</translation>
    </message>
    <message>
        <location line="+40" />
        <source>unknown format "%1" for the progress update: use pptx, pdf or md</source>
        <translation>پیش رفت کی اپ ڈیٹ کے لیے نامعلوم فارمیٹ "%1": pptx، pdf یا md استعمال کریں</translation>
    </message>
</context>
<context>
    <name>FileCheck</name>
    <message numerus="yes">
        <location filename="../core/store/FileCheck.cpp" line="+173" />
        <source>checking it took longer than %n second(s), so it was stopped</source>
        <translation>
            <numerusform>جانچ میں %n سیکنڈ سے زیادہ وقت لگ گیا، اس لیے اسے روک دیا گیا</numerusform>
            <numerusform>جانچ میں %n سیکنڈ سے زیادہ وقت لگ گیا، اس لیے اسے روک دیا گیا</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9" />
        <source>this version's own schema could not be built (%1)</source>
        <translation>اس ورژن کا اپنا اسکیما نہیں بنایا جا سکا (%1)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>its list of tables cannot be read (%1)</source>
        <translation>اس کے ٹیبلز کی فہرست پڑھی نہیں جا سکتی (%1)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>it holds a %1 that Roundtable does not make</source>
        <translation>اس میں ایک %1 ہے جو Roundtable نہیں بناتا</translation>
    </message>
    <message>
        <location line="+2" />
        <source>its "%1" is a %2 where Roundtable makes a %3</source>
        <translation>اس کا "%1" ایک %2 ہے، جبکہ Roundtable اس کی جگہ %3 بناتا ہے</translation>
    </message>
    <message>
        <location line="+2" />
        <source>its %1 is not the one Roundtable makes</source>
        <translation>اس کا %1 وہ نہیں ہے جو Roundtable بناتا ہے</translation>
    </message>
    <message>
        <location line="+6" />
        <source>its %1 is missing</source>
        <translation>اس کا %1 موجود نہیں ہے</translation>
    </message>
    <message>
        <location line="+23" />
        <source>a row of "%1" (number %2) refers to a row of "%3" that does not exist</source>
        <translation>"%1" کی ایک قطار (نمبر %2) "%3" کی ایسی قطار کا حوالہ دیتی ہے جو موجود نہیں</translation>
    </message>
    <message>
        <location line="+12" />
        <source>driver %1 is its own ancestor (a cycle in a driver diagram)</source>
        <translation>ڈرائیور %1 گھوم کر خود اپنے ہی نیچے آ جاتا ہے (ڈرائیور ڈایاگرام میں ایک چکر)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>driver %1 hangs under a driver of another aim</source>
        <translation>ڈرائیور %1 کسی دوسرے ہدف کے ڈرائیور کے نیچے لگا ہے</translation>
    </message>
    <message>
        <location line="+25" />
        <source>a value in "%1" has the wrong type</source>
        <translation>"%1" میں ایک قدر کی قسم غلط ہے</translation>
    </message>
    <message>
        <location line="+5" />
        <source>it has no event details</source>
        <translation>اس میں تقریب کی تفصیلات نہیں ہیں</translation>
    </message>
    <message>
        <location line="+18" />
        <source>the %1 of %2 %3 is not valid JSON</source>
        <translation>%2 %3 کا %1 درست JSON نہیں ہے</translation>
    </message>
</context>
<context>
    <name>IndicatorCsv</name>
    <message>
        <location filename="../core/interchange/IndicatorCsv.cpp" line="+77" />
        <source>line %1: text follows a closing quote</source>
        <translation>سطر %1: بند ہونے والے اقتباسی نشان کے بعد متن موجود ہے</translation>
    </message>
    <message>
        <location line="+8" />
        <source>line %1: a quoted field is not closed</source>
        <translation>سطر %1: اقتباسی نشان والا فیلڈ بند نہیں کیا گیا</translation>
    </message>
    <message>
        <location line="+73" />
        <source>the file is not UTF-8 text</source>
        <translation>فائل UTF-8 متن نہیں ہے</translation>
    </message>
    <message>
        <location line="+13" />
        <source>the file is empty: it needs a header line and at least one indicator</source>
        <translation>فائل خالی ہے: اس میں ایک ہیڈر سطر اور کم از کم ایک اشاریہ ہونا ضروری ہے</translation>
    </message>
    <message>
        <location line="+9" />
        <source>line %1: the header must be domain, indicator, one column per area or comparator, higher_is_better</source>
        <translation>سطر %1: ہیڈر یہ ہونا چاہیے: domain، indicator، ہر علاقے یا موازنے کے لیے ایک کالم، higher_is_better</translation>
    </message>
    <message>
        <location line="+12" />
        <source>line %1: column %2 has no name</source>
        <translation>سطر %1: کالم %2 کا کوئی نام نہیں ہے</translation>
    </message>
    <message>
        <location line="+4" />
        <source>line %1: the column %2 appears twice</source>
        <translation>سطر %1: کالم %2 دو بار آیا ہے</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the file has a header but no indicators</source>
        <translation>فائل میں ہیڈر ہے لیکن کوئی اشاریہ نہیں</translation>
    </message>
    <message>
        <location line="+7" />
        <source>line %1: expected %2 fields, found %3</source>
        <translation>سطر %1: %2 فیلڈز متوقع تھے، %3 ملے</translation>
    </message>
    <message>
        <location line="+10" />
        <source>line %1: the indicator has no name</source>
        <translation>سطر %1: اشاریے کا کوئی نام نہیں ہے</translation>
    </message>
    <message>
        <location line="+6" />
        <source>line %1: higher_is_better must be yes/no/true/false/1/0</source>
        <translation>سطر %1: higher_is_better کی قدر yes/no/true/false/1/0 میں سے ہونی چاہیے</translation>
    </message>
    <message>
        <location line="+12" />
        <source>the session is open read-only; the data pack was not imported</source>
        <translation>سیشن صرف پڑھنے کے لیے کھلا ہے؛ ڈیٹا پیک درآمد نہیں کیا گیا</translation>
    </message>
    <message>
        <location line="+4" />
        <source>line 1: the file has a period column: import it as a later period</source>
        <translation>سطر 1: فائل میں مدت کا کالم ہے: اسے بعد کی مدت کے طور پر درآمد کریں</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Import data pack</source>
        <translation>ڈیٹا پیک درآمد کریں</translation>
    </message>
    <message>
        <location line="+21" />
        <source>the data pack could not be stored: %1</source>
        <translation>ڈیٹا پیک محفوظ نہیں کیا جا سکا: %1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>the session is open read-only; the period was not imported</source>
        <translation>سیشن صرف پڑھنے کے لیے کھلا ہے؛ مدت درآمد نہیں کی گئی</translation>
    </message>
    <message>
        <location line="+21" />
        <source>line 1: the column %1 is not in the data pack</source>
        <translation>سطر 1: کالم %1 ڈیٹا پیک میں نہیں ہے</translation>
    </message>
    <message>
        <location line="+15" />
        <source>line %1: no period: add a period column or choose the period</source>
        <translation>سطر %1: کوئی مدت نہیں: مدت کا کالم شامل کریں یا مدت چنیں</translation>
    </message>
    <message>
        <location line="+3" />
        <source>line %1: there is no indicator %2 in the data pack</source>
        <translation>سطر %1: ڈیٹا پیک میں کوئی اشاریہ %2 نہیں ہے</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Import data pack period</source>
        <translation>ڈیٹا پیک کی مدت درآمد کریں</translation>
    </message>
    <message>
        <location line="+18" />
        <source>the period could not be stored: %1</source>
        <translation>مدت محفوظ نہیں کی جا سکی: %1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 cannot be read: %2</source>
        <translation>%1 کو پڑھا نہیں جا سکتا: %2</translation>
    </message>
</context>
<context>
    <name>Interchange</name>
    <message>
        <location filename="../core/interchange/JsonChecker.cpp" line="+48" />
        <source>found null</source>
        <translation>null ملا</translation>
    </message>
    <message>
        <location line="+2" />
        <source>found %1</source>
        <translation>%1 ملا</translation>
    </message>
    <message>
        <location line="+2" />
        <source>found the number %1</source>
        <translation>عدد %1 ملا</translation>
    </message>
    <message>
        <location line="+2" />
        <source>found a string</source>
        <translation>ایک متن ملا</translation>
    </message>
    <message>
        <location line="+2" />
        <source>found an array</source>
        <translation>ایک فہرست ملی</translation>
    </message>
    <message>
        <location line="+2" />
        <source>found an object</source>
        <translation>ایک آبجیکٹ ملا</translation>
    </message>
    <message>
        <location line="+4" />
        <source>found nothing</source>
        <translation>کچھ نہیں ملا</translation>
    </message>
    <message>
        <location line="+74" />
        <source>expected an index into %1 (%2 to %3), %4</source>
        <translation>%1 میں ترتیبی نمبر متوقع تھا (%2 سے %3 تک)، %4</translation>
    </message>
    <message>
        <location filename="../core/interchange/InterchangeReader.cpp" line="+393" />
        <location line="+4" />
        <location filename="../core/interchange/JsonChecker.cpp" line="-60" />
        <source>required key is missing</source>
        <translation>لازمی کلید موجود نہیں ہے</translation>
    </message>
    <message>
        <location line="+187" />
        <location filename="../core/interchange/JsonChecker.cpp" line="-41" />
        <location line="+55" />
        <location line="+82" />
        <location line="+34" />
        <source>expected a string, %1</source>
        <translation>متن متوقع تھا، %1</translation>
    </message>
    <message>
        <location filename="../core/interchange/JsonChecker.cpp" line="-167" />
        <source>unknown key, ignored</source>
        <translation>نامعلوم کلید، نظر انداز کی گئی</translation>
    </message>
    <message>
        <location line="+65" />
        <source>expected true or false, %1</source>
        <translation>true یا false متوقع تھا، %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>expected a whole number of at least %1, %2</source>
        <translation>کم از کم %1 کا مکمل عدد متوقع تھا، %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>expected a whole number from %1 to %2, %3</source>
        <translation>%1 سے %2 تک کا مکمل عدد متوقع تھا، %3</translation>
    </message>
    <message>
        <location line="+17" />
        <source>refers to %1, but there are none</source>
        <translation>%1 کا حوالہ دیتا ہے، لیکن کوئی موجود نہیں</translation>
    </message>
    <message>
        <location line="+23" />
        <source>expected an array, %1</source>
        <translation>فہرست متوقع تھی، %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>expected an object, %1</source>
        <translation>آبجیکٹ متوقع تھا، %1</translation>
    </message>
    <message>
        <location filename="../core/interchange/InterchangeReader.cpp" line="-446" />
        <location filename="../core/interchange/JsonChecker.cpp" line="+21" />
        <source>expected one of %1, found "%2"</source>
        <translation>%1 میں سے کوئی ایک متوقع تھا، "%2" ملا</translation>
    </message>
    <message>
        <location filename="../core/interchange/JsonChecker.cpp" line="+26" />
        <source>expected a row id (decimal digits, from 1 to %1), found "%2"</source>
        <translation>قطار کی id متوقع تھی (اعشاری ہندسے، 1 سے %1 تک)، "%2" ملا</translation>
    </message>
    <message>
        <location line="+6" />
        <source>"%1" is already the id of %2</source>
        <translation>"%1" پہلے ہی %2 کی id ہے</translation>
    </message>
    <message>
        <location line="+27" />
        <source>expected %1 ids (one for each of %2), found %3</source>
        <translation>%1 ids متوقع تھیں (%2 میں سے ہر ایک کے لیے ایک)، %3 ملیں</translation>
    </message>
    <message>
        <location line="+32" />
        <source>expected a time such as "2023-07-21T13:05:00.000Z", found "%1"</source>
        <translation>"2023-07-21T13:05:00.000Z" جیسا وقت متوقع تھا، "%1" ملا</translation>
    </message>
    <message>
        <location filename="../core/interchange/InterchangeReader.cpp" line="-81" />
        <source>expected "%1", %2</source>
        <translation>"%1" متوقع تھا، %2</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+367" />
        <location line="+2" />
        <source>found "%1"</source>
        <translation>"%1" ملا</translation>
    </message>
    <message>
        <location line="-361" />
        <source>this file uses interchange version %1; this Roundtable reads version %2. Update Roundtable to load it.</source>
        <translation>یہ فائل تبادلے کا ورژن %1 استعمال کرتی ہے؛ یہ Roundtable ورژن %2 پڑھتا ہے۔ اسے لوڈ کرنے کے لیے Roundtable اپ ڈیٹ کریں۔</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+114" />
        <location line="+557" />
        <location filename="../core/interchange/JsonChecker.cpp" line="-6" />
        <source>must not be empty</source>
        <translation>خالی نہیں ہونا چاہیے</translation>
    </message>
    <message>
        <location line="-554" />
        <source>"%1" is already the key of prompts[%2]</source>
        <translation>"%1" پہلے ہی prompts[%2] کی کلید ہے</translation>
    </message>
    <message>
        <location line="+82" />
        <source>expected a number between 0 and 1, %1</source>
        <translation>0 اور 1 کے درمیان عدد متوقع تھا، %1</translation>
    </message>
    <message>
        <location line="+20" />
        <source>required with %1 (or give "quadrant" instead)</source>
        <translation>%1 کے ساتھ لازمی ہے (یا اس کے بجائے "quadrant" دیں)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>expected one of possible, implement, challenge, kibosh, found "%1"</source>
        <translation>possible، implement، challenge، kibosh میں سے کوئی ایک متوقع تھا، "%1" ملا</translation>
    </message>
    <message>
        <location line="+3" />
        <source>"%1" does not match impact %2 and effort %3, which are in %4</source>
        <translation>"%1" اثر %2 اور محنت %3 سے مطابقت نہیں رکھتا، جو %4 میں ہیں</translation>
    </message>
    <message>
        <location line="+16" />
        <source>drivers nest deeper than %1 levels</source>
        <translation>ڈرائیورز %1 سطحوں سے زیادہ گہرائی تک ایک دوسرے کے اندر ہیں</translation>
    </message>
    <message>
        <location line="+4" />
        <source>this aim's ideas</source>
        <translation>اس ہدف کے خیالات</translation>
    </message>
    <message>
        <location line="+62" />
        <source>this place's aims</source>
        <translation>اس مقام کے اہداف</translation>
    </message>
    <message>
        <location line="+4" />
        <source>that aim's ideas</source>
        <translation>اُس ہدف کے خیالات</translation>
    </message>
    <message>
        <location line="+30" />
        <source>expected a date as yyyy-MM-dd or null, %1</source>
        <translation>yyyy-MM-dd کی صورت میں تاریخ یا null متوقع تھی، %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>expected an ISO 8601 date and time or null, %1</source>
        <translation>ISO 8601 تاریخ اور وقت یا null متوقع تھا، %1</translation>
    </message>
    <message>
        <location line="+58" />
        <source>this device already voted in %1</source>
        <translation>یہ آلہ %1 میں پہلے ہی ووٹ دے چکا ہے</translation>
    </message>
    <message>
        <location line="+15" />
        <source>expected an array of option indexes, %1</source>
        <translation>اختیارات کے ترتیبی نمبروں کی فہرست متوقع تھی، %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the poll has no options</source>
        <translation>پول میں کوئی اختیار نہیں ہے</translation>
    </message>
    <message>
        <location line="+5" />
        <source>option %1 is given twice</source>
        <translation>اختیار %1 دو بار دیا گیا ہے</translation>
    </message>
    <message>
        <location line="+24" />
        <source>only written answers can be hidden; shown in a %1 poll</source>
        <translation>صرف تحریری جوابات چھپائے جا سکتے ہیں؛ یہ %1 پول میں ہے</translation>
    </message>
    <message>
        <location line="+4" />
        <source>not an answer to a %1 poll, ignored</source>
        <translation>%1 پول کا جواب نہیں، نظر انداز کیا گیا</translation>
    </message>
    <message>
        <location line="+13" />
        <source>a choice poll takes exactly one option, found %1</source>
        <translation>ایک انتخاب والے پول میں بالکل ایک اختیار چنا جاتا ہے، %1 ملے</translation>
    </message>
    <message>
        <location line="+4" />
        <source>at most %1 options may be chosen, found %2</source>
        <translation>زیادہ سے زیادہ %1 اختیارات چنے جا سکتے ہیں، %2 ملے</translation>
    </message>
    <message>
        <location line="+60" />
        <source>expected a time such as "09:30" (or ""), found "%1"</source>
        <translation>"09:30" جیسا وقت (یا "") متوقع تھا، "%1" ملا</translation>
    </message>
    <message>
        <location line="+53" />
        <source>unknown prompt "%1": the file defines no prompts</source>
        <translation>نامعلوم سوال "%1": فائل میں کوئی سوال متعین نہیں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>unknown prompt "%1" (prompts: %2)</source>
        <translation>نامعلوم سوال "%1" (سوالات: %2)</translation>
    </message>
    <message>
        <location line="+48" />
        <location line="+36" />
        <source>expected %1 values (one per area and comparator), found %2</source>
        <translation>%1 قدریں متوقع تھیں (ہر علاقے اور موازنے کے لیے ایک)، %2 ملیں</translation>
    </message>
    <message>
        <location filename="../core/interchange/InterchangeWriter.cpp" line="+46" />
        <location line="+5" />
        <source>could not write a %1: %2</source>
        <translation>%1 لکھا نہیں جا سکا: %2</translation>
    </message>
    <message>
        <location line="+26" />
        <source>could not write the event: %1</source>
        <translation>تقریب لکھی نہیں جا سکی: %1</translation>
    </message>
    <message>
        <location line="+146" />
        <source>the session is open read-only</source>
        <translation>سیشن صرف پڑھنے کے لیے کھلا ہے</translation>
    </message>
    <message>
        <location filename="../core/interchange/JsonEscapes.cpp" line="+138" />
        <source>invalid string escape %1</source>
        <translation>متن میں غلط ایسکیپ سیکوینس %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>invalid string escape %1 (\u needs four hex digits)</source>
        <translation>متن میں غلط ایسکیپ سیکوینس %1 (\u کے بعد چار ہیکس ہندسے ضروری ہیں)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>invalid string escape %1 (a lone surrogate)</source>
        <translation>متن میں غلط ایسکیپ سیکوینس %1 (اکیلا سروگیٹ)</translation>
    </message>
    <message>
        <location filename="../core/interchange/InterchangeWriter.cpp" line="+7" />
        <source>the session already holds content; load into a new session file</source>
        <translation>سیشن میں پہلے سے مواد موجود ہے؛ نئی سیشن فائل میں لوڈ کریں</translation>
    </message>
    <message>
        <location filename="../core/interchange/InterchangeReader.cpp" line="+45" />
        <source>not valid JSON at line %1, column %2 (offset %3): %4</source>
        <translation>سطر %1، کالم %2 (آفسیٹ %3) پر درست JSON نہیں: %4</translation>
    </message>
    <message>
        <location line="+9" />
        <source>expected a JSON object at the top level, found an array</source>
        <translation>سب سے اوپر کی سطح پر JSON آبجیکٹ متوقع تھا، فہرست ملی</translation>
    </message>
</context>
<context>
    <name>MarkdownWriter</name>
    <message>
        <location filename="../core/slides/TextWriters.cpp" line="+106" />
        <source>Summary of the event</source>
        <translation>تقریب کا خلاصہ</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Purpose</source>
        <translation>مقصد</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Agenda</source>
        <translation>ایجنڈا</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Time</source>
        <translation>وقت</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Item</source>
        <translation>آئٹم</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Topic-based table discussions</source>
        <translation>موضوع وار میز پر گفتگو</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Poll results</source>
        <translation>پول کے نتائج</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Place-based action planning</source>
        <translation>مقام وار لائحہ عمل کی منصوبہ بندی</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The partners will work together within %1 to…</source>
        <translation>شراکت دار %1 کے اندر مل کر کام کریں گے تاکہ…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cohort: %1</source>
        <translation>گروہ: %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>PICK chart, aim %1</source>
        <translation>PICK چارٹ، ہدف %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>POSSIBLE</source>
        <translation>ممکن</translation>
    </message>
    <message>
        <location line="+1" />
        <source>IMPLEMENT</source>
        <translation>نافذ کریں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CHALLENGE</source>
        <translation>چیلنج</translation>
    </message>
    <message>
        <location line="+1" />
        <source>KIBOSH</source>
        <translation>ترک کریں</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Not yet placed</source>
        <translation>ابھی رکھا نہیں گیا</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Driver diagram, aim %1</source>
        <translation>ڈرائیور ڈایاگرام، ہدف %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Action plan</source>
        <translation>لائحہ عمل</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cohort</source>
        <translation>گروہ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Idea</source>
        <translation>خیال</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Action</source>
        <translation>اقدام</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Who will do it?</source>
        <translation>یہ کون کرے گا؟</translation>
    </message>
    <message>
        <location line="+0" />
        <source>By when?</source>
        <translation>کب تک؟</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Measure of success</source>
        <translation>کامیابی کا پیمانہ</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Data pack</source>
        <translation>ڈیٹا پیک</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Domain</source>
        <translation>شعبہ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Indicator</source>
        <translation>اشاریہ</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Next steps</source>
        <translation>اگلے مراحل</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Feedback</source>
        <translation>فیڈبیک</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <location filename="../core/interchange/Merge.cpp" line="+178" />
        <source>%1: event %2 is "%3"; kept "%4" from the first file</source>
        <translation>%1: تقریب کا %2 "%3" ہے؛ پہلی فائل سے "%4" رکھا گیا</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1: its agenda differs; kept the first file's</source>
        <translation>%1: اس کا ایجنڈا مختلف ہے؛ پہلی فائل والا رکھا گیا</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1: its data pack differs; kept the first one</source>
        <translation>%1: اس کا ڈیٹا پیک مختلف ہے؛ پہلا والا رکھا گیا</translation>
    </message>
    <message>
        <location line="+92" />
        <source>%1 (source %2)</source>
        <translation>%1 (ماخذ %2)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 is already merged (a source of that name is recorded); nothing added</source>
        <translation>%1 پہلے ہی ضم ہو چکی ہے (اس نام کا ماخذ درج ہے)؛ کچھ شامل نہیں کیا گیا</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 holds the same content as %2; nothing added</source>
        <translation>%1 میں وہی مواد ہے جو %2 میں ہے؛ کچھ شامل نہیں کیا گیا</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: another input is also named %2; both kept</source>
        <translation>%1: ایک اور ان پٹ کا نام بھی %2 ہے؛ دونوں رکھے گئے</translation>
    </message>
    <message>
        <location line="+18" />
        <source>table %1 "%2"</source>
        <translation>میز %1 "%2"</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: %2 is also in %3; kept the first, skipped this one</source>
        <translation>%1: %2، %3 میں بھی ہے؛ پہلا رکھا گیا، یہ چھوڑ دیا گیا</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: %2 is also in %3; its notes were added to the first</source>
        <translation>%1: %2، %3 میں بھی ہے؛ اس کے نوٹس پہلے والے میں شامل کر دیے گئے</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+87" />
        <source>%1: %2 is also in %3; both kept</source>
        <translation>%1: %2، %3 میں بھی ہے؛ دونوں رکھے گئے</translation>
    </message>
    <message>
        <location line="-59" />
        <source>%1: place "%2" is also in %3; kept the first, skipped this one</source>
        <translation>%1: مقام "%2"، %3 میں بھی ہے؛ پہلا رکھا گیا، یہ چھوڑ دیا گیا</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1: place "%2" is also in %3; its aims and actions were added to the first</source>
        <translation>%1: مقام "%2"، %3 میں بھی ہے؛ اس کے اہداف اور اقدامات پہلے والے میں شامل کر دیے گئے</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1: place "%2" is also in %3; both kept</source>
        <translation>%1: مقام "%2"، %3 میں بھی ہے؛ دونوں رکھے گئے</translation>
    </message>
    <message>
        <location line="+34" />
        <source>poll "%1"</source>
        <translation>پول "%1"</translation>
    </message>
    <message numerus="yes">
        <location line="+10" />
        <source>%1: %2 is also in %3; its %n vote(s) were added to the first</source>
        <translation>
            <numerusform>%1: %2، %3 میں بھی ہے؛ اس کا %n ووٹ پہلے والے میں شامل کر دیا گیا</numerusform>
            <numerusform>%1: %2، %3 میں بھی ہے؛ اس کے %n ووٹ پہلے والے میں شامل کر دیے گئے</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source> (%n device(s) had voted in both: the later vote kept)</source>
        <translation>
            <numerusform> (%n آلے نے دونوں میں ووٹ دیا تھا: بعد والا ووٹ رکھا گیا)</numerusform>
            <numerusform> (%n آلات نے دونوں میں ووٹ دیا تھا: بعد والا ووٹ رکھا گیا)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+137" />
        <source>Nothing to merge: name at least one session file.</source>
        <translation>ضم کرنے کو کچھ نہیں: کم از کم ایک سیشن فائل کا نام دیں۔</translation>
    </message>
    <message>
        <location line="+57" />
        <location line="+73" />
        <location line="+24" />
        <source>%1 could not be written: %2.</source>
        <translation>%1 کو لکھا نہیں جا سکا: %2۔</translation>
    </message>
    <message>
        <location line="+34" />
        <source>%1: already in the merge; nothing added</source>
        <translation>%1: پہلے ہی انضمام میں شامل ہے؛ کچھ شامل نہیں کیا گیا</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>+%n table(s)</source>
        <translation>
            <numerusform>+%n میز</numerusform>
            <numerusform>+%n میزیں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>+%n note(s)</source>
        <translation>
            <numerusform>+%n نوٹ</numerusform>
            <numerusform>+%n نوٹس</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>+%n place(s)</source>
        <translation>
            <numerusform>+%n مقام</numerusform>
            <numerusform>+%n مقامات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>+%n aim(s)</source>
        <translation>
            <numerusform>+%n ہدف</numerusform>
            <numerusform>+%n اہداف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>+%n idea(s)</source>
        <translation>
            <numerusform>+%n خیال</numerusform>
            <numerusform>+%n خیالات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>+%n driver(s)</source>
        <translation>
            <numerusform>+%n ڈرائیور</numerusform>
            <numerusform>+%n ڈرائیورز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>+%n action(s)</source>
        <translation>
            <numerusform>+%n اقدام</numerusform>
            <numerusform>+%n اقدامات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>+%n progress update(s)</source>
        <translation>
            <numerusform>پیش رفت کی +%n اپ ڈیٹ</numerusform>
            <numerusform>پیش رفت کی +%n اپ ڈیٹس</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>+%n later figure(s)</source>
        <translation>
            <numerusform>+%n بعد کا عدد</numerusform>
            <numerusform>+%n بعد کے اعداد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>+%n poll(s)</source>
        <translation>
            <numerusform>+%n پول</numerusform>
            <numerusform>+%n پولز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>+%n vote(s)</source>
        <translation>
            <numerusform>+%n ووٹ</numerusform>
            <numerusform>+%n ووٹ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>nothing new</source>
        <translation>کچھ نیا نہیں</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n تبدیلی</numerusform>
            <numerusform>%n تبدیلیاں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n deletion(s)</source>
        <translation>
            <numerusform>%n حذف</numerusform>
            <numerusform>%n حذف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n تضاد</numerusform>
            <numerusform>%n تضادات</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 (another session: matched by names)</source>
        <translation>%1 (دوسرا سیشن: ناموں کے ذریعے ملایا گیا)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>conflict: %1</source>
        <translation>تضاد: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>left out: %1</source>
        <translation>چھوڑ دیا گیا: %1</translation>
    </message>
    <message>
        <location line="-205" />
        <source>The merge was cancelled; %1 was not written.</source>
        <translation>انضمام منسوخ کر دیا گیا؛ %1 کو نہیں لکھا گیا۔</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Checking %1</source>
        <translation>%1 کی جانچ ہو رہی ہے</translation>
    </message>
    <message numerus="yes">
        <location line="+58" />
        <source>Merging %n cop(ies) of the session</source>
        <translation>
            <numerusform>سیشن کی %n نقل ضم کی جا رہی ہے</numerusform>
            <numerusform>سیشن کی %n نقول ضم کی جا رہی ہیں</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 could not be written while merging: %2</source>
        <translation>ضم کرتے وقت %1 کو لکھا نہیں جا سکا: %2</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the copies of this session</source>
        <translation>اس سیشن کی نقول</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Merging %1</source>
        <translation>%1 کو ضم کیا جا رہا ہے</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1 could not be written while merging %2: %3</source>
        <translation>%2 کو ضم کرتے وقت %1 کو لکھا نہیں جا سکا: %3</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Saving %1</source>
        <translation>%1 کو محفوظ کیا جا رہا ہے</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Done</source>
        <translation>مکمل</translation>
    </message>
    <message>
        <location filename="../core/interchange/IdentityMerge.cpp" line="+173" />
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1, %2, %3</source>
        <translation>%1، %2، %3</translation>
    </message>
    <message>
        <location line="+6" />
        <source>yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <location line="+0" />
        <source>no</source>
        <translation>نہیں</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the event</source>
        <translation>تقریب</translation>
    </message>
    <message>
        <location line="+2" />
        <source>table %1 “%2”</source>
        <translation>میز %1 “%2”</translation>
    </message>
    <message>
        <location line="+2" />
        <source>place “%1”</source>
        <translation>مقام “%1”</translation>
    </message>
    <message>
        <location line="+2" />
        <source>poll “%1”</source>
        <translation>پول “%1”</translation>
    </message>
    <message>
        <location line="+2" />
        <source>aim “%1”</source>
        <translation>ہدف “%1”</translation>
    </message>
    <message>
        <location line="+2" />
        <source>action “%1”</source>
        <translation>اقدام “%1”</translation>
    </message>
    <message>
        <location line="+2" />
        <source>agenda item “%1”</source>
        <translation>ایجنڈا آئٹم “%1”</translation>
    </message>
    <message>
        <location line="+2" />
        <source>indicator “%1”</source>
        <translation>اشاریہ “%1”</translation>
    </message>
    <message>
        <location line="+2" />
        <source>indicator reading “%1”</source>
        <translation>اشاریے کی قدر “%1”</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+3" />
        <source>%1 “%2”</source>
        <translation>%1 “%2”</translation>
    </message>
    <message>
        <location line="+31" />
        <source>%1 was deleted (%2) but changed later (%3); it stays deleted</source>
        <translation>%1 کو حذف کیا گیا (%2) لیکن بعد میں اس میں تبدیلی کی گئی (%3)؛ حذف برقرار ہے</translation>
    </message>
    <message>
        <location line="+89" />
        <source>%1, %2: kept %3 (%4); the other value %5 (%6) is listed</source>
        <translation>%1، %2: %3 رکھا گیا (%4)؛ دوسری قدر %5 (%6) فہرست میں درج ہے</translation>
    </message>
    <message numerus="yes">
        <location line="+99" />
        <source>%1: %n %2 row(s) whose table, place, aim or poll was deleted on another laptop</source>
        <translation>
            <numerusform>%1: %2 کی %n قطار جس کی میز، مقام، ہدف یا پول کسی دوسرے لیپ ٹاپ پر حذف کر دیا گیا</numerusform>
            <numerusform>%1: %2 کی %n قطاریں جن کی میز، مقام، ہدف یا پول کسی دوسرے لیپ ٹاپ پر حذف کر دیا گیا</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeCheck</name>
    <message>
        <location filename="../core/interchange/MergeCheck.cpp" line="+36" />
        <source>Nothing to merge: choose at least one session file.</source>
        <translation>ضم کرنے کو کچھ نہیں: کم از کم ایک سیشن فائل چنیں۔</translation>
    </message>
    <message>
        <location line="+51" />
        <source>table %1 "%2"</source>
        <translation>میز %1 "%2"</translation>
    </message>
    <message>
        <location line="+3" />
        <source>place "%1"</source>
        <translation>مقام "%1"</translation>
    </message>
    <message>
        <location line="+8" />
        <source>poll "%1"</source>
        <translation>پول "%1"</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <location filename="../core/session/OutputFile.cpp" line="+146" />
        <source>%1 could not be written: the folder %2 does not exist.</source>
        <translation>%1 کو لکھا نہیں جا سکا: فولڈر %2 موجود نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+26" />
        <source>%1 already exists; choose another name.</source>
        <translation>%1 پہلے سے موجود ہے؛ کوئی اور نام چنیں۔</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+27" />
        <location line="+11" />
        <source>the disk is full</source>
        <translation>ڈسک بھر چکی ہے</translation>
    </message>
    <message>
        <location line="-36" />
        <source>the file is too large for this disk</source>
        <translation>فائل اس ڈسک کے لیے بہت بڑی ہے</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+29" />
        <location line="+2" />
        <source>permission denied</source>
        <translation>اجازت نہیں ہے</translation>
    </message>
    <message>
        <location line="-29" />
        <location line="+25" />
        <source>the disk is read-only</source>
        <translation>ڈسک صرف پڑھنے کے لیے ہے</translation>
    </message>
    <message>
        <location line="-22" />
        <location line="+19" />
        <source>the folder %1 does not exist</source>
        <translation>فولڈر %1 موجود نہیں ہے</translation>
    </message>
    <message>
        <location line="-17" />
        <source>it is a folder</source>
        <translation>یہ ایک فولڈر ہے</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the name is too long</source>
        <translation>نام بہت لمبا ہے</translation>
    </message>
    <message>
        <location line="+2" />
        <source>it already exists</source>
        <translation>یہ پہلے سے موجود ہے</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the disk reported an input/output error</source>
        <translation>ڈسک نے ان پٹ/آؤٹ پٹ کی خرابی کی اطلاع دی</translation>
    </message>
    <message>
        <location line="+25" />
        <source>the system gave no reason</source>
        <translation>سسٹم نے کوئی وجہ نہیں بتائی</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 could not be written: %2.</source>
        <translation>%1 کو لکھا نہیں جا سکا: %2۔</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+87" />
        <source>No output file was named.</source>
        <translation>کسی آؤٹ پٹ فائل کا نام نہیں دیا گیا۔</translation>
    </message>
    <message>
        <location line="-74" />
        <source>%1 is a link that leads back to itself; choose another name.</source>
        <translation>%1 ایک لنک ہے جو گھوم کر خود اسی کی طرف لے جاتا ہے؛ کوئی اور نام چنیں۔</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is a link to a file that does not exist; choose another name.</source>
        <translation>%1 ایک ایسی فائل کا لنک ہے جو موجود نہیں؛ کوئی اور نام چنیں۔</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 is a folder; choose a file name.</source>
        <translation>%1 ایک فولڈر ہے؛ کسی فائل کا نام چنیں۔</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+48" />
        <source>%1 is not a regular file (it is a device, pipe or socket); choose another name.</source>
        <translation>%1 عام فائل نہیں ہے (یہ ایک ڈیوائس، پائپ یا ساکٹ ہے)؛ کوئی اور نام چنیں۔</translation>
    </message>
    <message>
        <location line="-39" />
        <source>%1 is the file being read; an output never replaces its input. Choose another name.</source>
        <translation>%1 وہ فائل ہے جو پڑھی جا رہی ہے؛ آؤٹ پٹ کبھی اپنے ان پٹ کی جگہ نہیں لیتا۔ کوئی اور نام چنیں۔</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is the same file as %2, which is being read; an output never replaces its input. Choose another name.</source>
        <translation>%1 وہی فائل ہے جو %2 ہے، جو پڑھی جا رہی ہے؛ آؤٹ پٹ کبھی اپنے ان پٹ کی جگہ نہیں لیتا۔ کوئی اور نام چنیں۔</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 is a session open in Roundtable; choose another name.</source>
        <translation>%1 ایک سیشن ہے جو Roundtable میں کھلا ہے؛ کوئی اور نام چنیں۔</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 is a database in use (%2 is beside it); choose another name.</source>
        <translation>%1 زیرِ استعمال ڈیٹا بیس ہے (اس کے ساتھ %2 موجود ہے)؛ کوئی اور نام چنیں۔</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 is a Roundtable session file; an export or copy never replaces a session. Choose another name.</source>
        <translation>%1 Roundtable کی سیشن فائل ہے؛ برآمد یا کاپی کبھی کسی سیشن کی جگہ نہیں لیتی۔ کوئی اور نام چنیں۔</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is an SQLite database; Roundtable never writes over one. Choose another name.</source>
        <translation>%1 ایک SQLite ڈیٹا بیس ہے؛ Roundtable کبھی ایسی فائل کے اوپر نہیں لکھتا۔ کوئی اور نام چنیں۔</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 cannot be read, so it cannot be checked before it is replaced; choose another name.</source>
        <translation>%1 کو پڑھا نہیں جا سکتا، اس لیے بدلنے سے پہلے اس کی جانچ نہیں ہو سکتی؛ کوئی اور نام چنیں۔</translation>
    </message>
    <message>
        <location line="+68" />
        <source>%1 could not be created: %2.</source>
        <translation>%1 کو بنایا نہیں جا سکا: %2۔</translation>
    </message>
</context>
<context>
    <name>PdfWriter</name>
    <message>
        <location filename="../core/slides/PdfWriter.cpp" line="+30" />
        <source>Cannot start a PDF in %1</source>
        <translation>%1 میں PDF شروع نہیں کی جا سکتی</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Export cancelled.</source>
        <translation>برآمد منسوخ کر دی گئی۔</translation>
    </message>
</context>
<context>
    <name>PickChart</name>
    <message>
        <location filename="../app/places/PickNoteItem.cpp" line="+31" />
        <source>POSSIBLE</source>
        <translation>ممکن</translation>
    </message>
    <message>
        <location line="+2" />
        <source>IMPLEMENT</source>
        <translation>نافذ کریں</translation>
    </message>
    <message>
        <location line="+2" />
        <source>CHALLENGE</source>
        <translation>چیلنج</translation>
    </message>
    <message>
        <location line="+2" />
        <source>KIBOSH</source>
        <translation>ترک کریں</translation>
    </message>
    <message>
        <location line="+135" />
        <source>%1 — unsorted, not on the chart yet</source>
        <translation>%1 — غیر ترتیب شدہ، ابھی چارٹ پر نہیں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 — %2, impact %3, effort %4</source>
        <translation>%1 — %2، اثر %3، محنت %4</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Unsorted — drag onto the chart to place it
%1</source>
        <translation>غیر ترتیب شدہ — رکھنے کے لیے چارٹ پر گھسیٹیں
%1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 · impact %2 · effort %3
%4</source>
        <translation>%1 · اثر %2 · محنت %3
%4</translation>
    </message>
</context>
<context>
    <name>Places</name>
    <message>
        <location filename="../app/places/PlaceText.cpp" line="+14" />
        <source>The partners … will work together within %1 to …</source>
        <translation>شراکت دار … %1 کے اندر مل کر کام کریں گے تاکہ …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(unnamed place)</source>
        <translation>(بے نام مقام)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Cohort: %1</source>
        <translation>گروہ: %1</translation>
    </message>
</context>
<context>
    <name>PptxWriter</name>
    <message>
        <location filename="../core/slides/PptxWriter.cpp" line="+942" />
        <location line="+241" />
        <source>Export cancelled.</source>
        <translation>برآمد منسوخ کر دی گئی۔</translation>
    </message>
    <message>
        <location line="-29" />
        <source>Cannot write %1: the slide text could not be encoded as XML</source>
        <translation>%1 کو لکھا نہیں جا سکتا: سلائیڈ کے متن کو XML میں تبدیل نہیں کیا جا سکا</translation>
    </message>
</context>
<context>
    <name>ProgressBuilder</name>
    <message>
        <location filename="../core/slides/ProgressPack.cpp" line="+48" />
        <source>On track</source>
        <translation>درست سمت میں</translation>
    </message>
    <message>
        <location line="+2" />
        <source>At risk</source>
        <translation>خطرے میں</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Off track</source>
        <translation>درست سمت سے ہٹا ہوا</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Done</source>
        <translation>مکمل</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Stopped</source>
        <translation>روک دیا گیا</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not started</source>
        <translation>شروع نہیں ہوا</translation>
    </message>
    <message>
        <location line="+90" />
        <source>--place: the session has no places</source>
        <translation>--place: سیشن میں کوئی مقام نہیں ہے</translation>
    </message>
    <message>
        <location line="+1" />
        <source>--place: there is no place "%1" (places: %2)</source>
        <translation>--place: کوئی مقام "%1" نہیں ہے (مقامات: %2)</translation>
    </message>
    <message>
        <location line="+38" />
        <location line="+195" />
        <source>Progress update</source>
        <translation>پیش رفت کی اپ ڈیٹ</translation>
    </message>
    <message>
        <location line="-194" />
        <location line="+3" />
        <location line="+192" />
        <source>%1: progress update</source>
        <translation>%1: پیش رفت کی اپ ڈیٹ</translation>
    </message>
    <message>
        <location line="-181" />
        <location line="+183" />
        <source>Following up: %1</source>
        <translation>پیروی: %1</translation>
    </message>
    <message>
        <location line="-181" />
        <location line="+182" />
        <source>As of %1</source>
        <translation>%1 تک</translation>
    </message>
    <message>
        <location line="-178" />
        <location line="+181" />
        <source>Changes since %1</source>
        <translation>%1 سے اب تک کی تبدیلیاں</translation>
    </message>
    <message>
        <location line="-171" />
        <source>Progress on the actions agreed</source>
        <translation>طے شدہ اقدامات پر پیش رفت</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+173" />
        <source>The partners will work together within %1 to %2</source>
        <translation>شراکت دار %1 کے اندر مل کر کام کریں گے تاکہ %2</translation>
    </message>
    <message>
        <location line="-167" />
        <location line="+172" />
        <source>What the place prioritised</source>
        <translation>مقام کی ترجیحات</translation>
    </message>
    <message>
        <location line="-167" />
        <source>%1: what we agreed</source>
        <translation>%1: ہم نے کیا طے کیا</translation>
    </message>
    <message numerus="yes">
        <location line="+19" />
        <source>%n action(s) in the plan</source>
        <translation>
            <numerusform>منصوبے میں %n اقدام</numerusform>
            <numerusform>منصوبے میں %n اقدامات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n progress update(s)</source>
        <translation>
            <numerusform>پیش رفت کی %n اپ ڈیٹ</numerusform>
            <numerusform>پیش رفت کی %n اپ ڈیٹس</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>on %n action(s)</source>
        <translation>
            <numerusform>%n اقدام پر</numerusform>
            <numerusform>%n اقدامات پر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>%n overdue</source>
        <translation>
            <numerusform>%n تاخیر شدہ</numerusform>
            <numerusform>%n تاخیر شدہ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: since %2</source>
        <translation>%1: %2 سے اب تک</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: what changed</source>
        <translation>%1: کیا بدلا</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+128" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="-128" />
        <location line="+128" />
        <source>Action</source>
        <translation>اقدام</translation>
    </message>
    <message>
        <location line="-128" />
        <location line="+128" />
        <source>Owner</source>
        <translation>ذمہ دار</translation>
    </message>
    <message>
        <location line="-128" />
        <location line="+128" />
        <source>Due</source>
        <translation>مقررہ تاریخ</translation>
    </message>
    <message>
        <location line="-128" />
        <location line="+128" />
        <source>Status</source>
        <translation>صورتحال</translation>
    </message>
    <message>
        <location line="-128" />
        <location line="+128" />
        <source>Latest update</source>
        <translation>تازہ ترین اپ ڈیٹ</translation>
    </message>
    <message>
        <location line="-113" />
        <location line="+119" />
        <source>%1 (overdue)</source>
        <translation>%1 (تاخیر شدہ)</translation>
    </message>
    <message>
        <location line="-97" />
        <location line="+114" />
        <source>Action %1, %2</source>
        <translation>اقدام %1، %2</translation>
    </message>
    <message>
        <location line="-106" />
        <source>%1: actions</source>
        <translation>%1: اقدامات</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status, owner, due date and the latest update of each action</source>
        <translation>ہر اقدام کی صورتحال، ذمہ دار، مقررہ تاریخ اور تازہ ترین اپ ڈیٹ</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: earlier updates</source>
        <translation>%1: پچھلی اپ ڈیٹس</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+106" />
        <source>Indicator</source>
        <translation>اشاریہ</translation>
    </message>
    <message>
        <location line="-78" />
        <source>At the event (no later period yet)</source>
        <translation>تقریب کے وقت (ابھی بعد کی کوئی مدت نہیں)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>At the event → %1 (green: better, red: worse)</source>
        <translation>تقریب کے وقت ← %1 (سبز: بہتر، سرخ: بدتر)</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+76" />
        <source>Indicators then and now</source>
        <translation>اشاریے: تب اور اب</translation>
    </message>
    <message>
        <location line="-47" />
        <source>What we agreed</source>
        <translation>ہم نے کیا طے کیا</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Actions</source>
        <translation>اقدامات</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Earlier updates</source>
        <translation>پچھلی اپ ڈیٹس</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../app/shell/QtStrings.cpp" line="+44" />
        <source>Look in:</source>
        <translation>اس میں دیکھیں:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>File &amp;name:</source>
        <translation>فائل کا &amp;نام:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Files of type:</source>
        <translation>فائل کی قسم:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Open</source>
        <translation>&amp;کھولیں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Save</source>
        <translation>&amp;محفوظ کریں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Back</source>
        <translation>واپس</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Parent Directory</source>
        <translation>بالائی فولڈر</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Create New Folder</source>
        <translation>نیا فولڈر بنائیں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>List View</source>
        <translation>فہرست کا منظر</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Detail View</source>
        <translation>تفصیلی منظر</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Recent Places</source>
        <translation>حالیہ جگہیں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All Files (*)</source>
        <translation>تمام فائلیں (*)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 پہلے سے موجود ہے۔
کیا آپ اسے بدلنا چاہتے ہیں؟</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location line="+1" />
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Size</source>
        <translation>سائز</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date Modified</source>
        <translation>ترمیم کی تاریخ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type</source>
        <translation>قسم</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <location filename="../app/shell/LayoutDirection.cpp" line="+8" />
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../app/shell/QtStrings.cpp" line="-23" />
        <source>&amp;Undo</source>
        <translation>&amp;کالعدم کریں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Redo</source>
        <translation>&amp;دوبارہ کریں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cu&amp;t</source>
        <translation>&amp;کاٹیں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Copy</source>
        <translation>&amp;کاپی کریں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Paste</source>
        <translation>&amp;پیسٹ کریں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete</source>
        <translation>حذف کریں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select All</source>
        <translation>سب منتخب کریں</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="-16" />
        <source>Show Details...</source>
        <translation>تفصیلات دکھائیں...</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hide Details...</source>
        <translation>تفصیلات چھپائیں...</translation>
    </message>
    <message>
        <location line="+1" />
        <source>About Qt</source>
        <translation>Qt کے بارے میں</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-20" />
        <source>OK</source>
        <translation>ٹھیک ہے</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save</source>
        <translation>محفوظ کریں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save All</source>
        <translation>سب محفوظ کریں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open</source>
        <translation>کھولیں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Yes</source>
        <translation>&amp;ہاں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Yes to &amp;All</source>
        <translation>سب کے لیے &amp;ہاں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;No</source>
        <translation>&amp;نہیں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>N&amp;o to All</source>
        <translation>سب کے لیے &amp;نہیں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Abort</source>
        <translation>ختم کریں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retry</source>
        <translation>دوبارہ کوشش کریں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ignore</source>
        <translation>نظر انداز کریں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Discard</source>
        <translation>رد کریں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Help</source>
        <translation>مدد</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Apply</source>
        <translation>لاگو کریں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reset</source>
        <translation>ری سیٹ کریں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Restore Defaults</source>
        <translation>طے شدہ ترتیبات بحال کریں</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location line="+35" />
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="-31" />
        <source>&amp;Undo</source>
        <translation>&amp;کالعدم کریں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Redo</source>
        <translation>&amp;دوبارہ کریں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cu&amp;t</source>
        <translation>&amp;کاٹیں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Copy</source>
        <translation>&amp;کاپی کریں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Paste</source>
        <translation>&amp;پیسٹ کریں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete</source>
        <translation>حذف کریں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select All</source>
        <translation>سب منتخب کریں</translation>
    </message>
</context>
<context>
    <name>RowCommands</name>
    <message>
        <location filename="../core/commands/RowCommands.cpp" line="+22" />
        <source>Add %1</source>
        <translation>%1 شامل کریں</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Edit %1</source>
        <translation>%1 میں ترمیم کریں</translation>
    </message>
    <message>
        <location line="+51" />
        <source>Delete %1</source>
        <translation>%1 حذف کریں</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Move %1</source>
        <translation>%1 منتقل کریں</translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <location filename="../app/shell/SessionActions.cpp" line="+84" />
        <source>Cannot open session</source>
        <translation>سیشن نہیں کھل سکتا</translation>
    </message>
    <message>
        <location line="+6" />
        <source>You can open it read-only to look at it and copy it; changes will not be possible.</source>
        <translation>آپ اسے دیکھنے اور کاپی کرنے کے لیے صرف پڑھنے کے لیے کھول سکتے ہیں؛ تبدیلیاں ممکن نہیں ہوں گی۔</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The file has not been changed.</source>
        <translation>فائل میں کوئی تبدیلی نہیں کی گئی۔</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1
The file has not been changed.</source>
        <translation>%1
فائل میں کوئی تبدیلی نہیں کی گئی۔</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Open Recent</source>
        <translation>حالیہ کھولیں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 no longer exists; it has been removed from the recent sessions.</source>
        <translation>%1 اب موجود نہیں ہے؛ اسے حالیہ سیشنز سے ہٹا دیا گیا ہے۔</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+6" />
        <location line="+7" />
        <source>New Session</source>
        <translation>نیا سیشن</translation>
    </message>
    <message>
        <location line="-12" />
        <source>%1 is the session that is open; choose another name.</source>
        <translation>%1 وہی سیشن ہے جو کھلا ہے؛ کوئی اور نام چنیں۔</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 already exists; a new session never replaces a file. Choose another name.</source>
        <translation>%1 پہلے سے موجود ہے؛ نیا سیشن کبھی کسی فائل کی جگہ نہیں لیتا۔ کوئی اور نام چنیں۔</translation>
    </message>
    <message>
        <location line="+18" />
        <location line="+7" />
        <source>Save a Copy</source>
        <translation>کاپی محفوظ کریں</translation>
    </message>
    <message>
        <location line="-6" />
        <source>%1 is the session itself; choose another name for the copy.</source>
        <translation>%1 خود یہی سیشن ہے؛ کاپی کے لیے کوئی اور نام چنیں۔</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Changes Not Saved</source>
        <translation>تبدیلیاں محفوظ نہیں ہوئیں</translation>
    </message>
    <message>
        <location line="+2" />
        <source>If you close now, the change that could not be saved is lost; everything saved before it stays in the file. To keep it, free some space and send it again, then close.</source>
        <translation>اگر آپ ابھی بند کریں تو جو تبدیلی محفوظ نہیں ہو سکی وہ ضائع ہو جائے گی؛ اس سے پہلے محفوظ کی گئی ہر چیز فائل میں رہے گی۔ اسے رکھنے کے لیے کچھ جگہ خالی کریں اور اسے دوبارہ بھیجیں، پھر بند کریں۔</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Session Closed</source>
        <translation>سیشن بند ہو گیا</translation>
    </message>
</context>
<context>
    <name>SessionBuilder</name>
    <message>
        <location filename="../core/interchange/SessionBuilder.cpp" line="+32" />
        <source>%1 could not be created: %2.</source>
        <translation>%1 کو بنایا نہیں جا سکا: %2۔</translation>
    </message>
    <message>
        <location line="+29" />
        <source>%1 could not be written: %2</source>
        <translation>%1 کو لکھا نہیں جا سکا: %2</translation>
    </message>
</context>
<context>
    <name>SessionFile</name>
    <message>
        <location filename="../core/session/SessionFile.cpp" line="+182" />
        <source>%1 does not exist.</source>
        <translation>%1 موجود نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 cannot hold a Roundtable session: %2.</source>
        <translation>%1 میں Roundtable سیشن نہیں رکھا جا سکتا: %2۔</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 cannot be read: permission denied.</source>
        <translation>%1 کو پڑھا نہیں جا سکتا: اجازت نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is empty (0 bytes), so it holds no Roundtable session.</source>
        <translation>%1 خالی ہے (0 بائٹس)، اس لیے اس میں کوئی Roundtable سیشن نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is not a Roundtable session file: it is not an SQLite database.</source>
        <translation>%1 Roundtable سیشن فائل نہیں ہے: یہ SQLite ڈیٹا بیس نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is truncated: %2.</source>
        <translation>%1 نامکمل (کٹی ہوئی) ہے: %2۔</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is damaged and cannot be opened safely: %2.</source>
        <translation>%1 خراب ہے اور اسے محفوظ طریقے سے کھولا نہیں جا سکتا: %2۔</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is another application's SQLite database, not a Roundtable session.</source>
        <translation>%1 کسی دوسری ایپلیکیشن کا SQLite ڈیٹا بیس ہے، Roundtable سیشن نہیں۔</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 was made by a newer Roundtable (schema version %2; this version reads up to %3). Update Roundtable to open it.</source>
        <translation>%1 ایک نئے Roundtable سے بنائی گئی تھی (اسکیما ورژن %2؛ یہ ورژن %3 تک پڑھتا ہے)۔ اسے کھولنے کے لیے Roundtable اپ ڈیٹ کریں۔</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 is being edited by another Roundtable (%2); it can be opened read-only.</source>
        <translation>%1 میں ایک اور Roundtable (%2) ترمیم کر رہا ہے؛ اسے صرف پڑھنے کے لیے کھولا جا سکتا ہے۔</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 cannot be written (read-only file or folder); it can be opened read-only.</source>
        <translation>%1 میں لکھا نہیں جا سکتا (صرف پڑھنے والی فائل یا فولڈر)؛ اسے صرف پڑھنے کے لیے کھولا جا سکتا ہے۔</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 already exists; choose another name.</source>
        <translation>%1 پہلے سے موجود ہے؛ کوئی اور نام چنیں۔</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 could not be used: %2.</source>
        <translation>%1 کو استعمال نہیں کیا جا سکا: %2۔</translation>
    </message>
    <message>
        <location line="+15" />
        <source>it is a link that leads back to itself</source>
        <translation>یہ ایک لنک ہے جو گھوم کر خود اسی کی طرف لے جاتا ہے</translation>
    </message>
    <message>
        <location line="+5" />
        <source>it is a link to %1, which does not exist</source>
        <translation>یہ %1 کا لنک ہے، جو موجود نہیں</translation>
    </message>
    <message>
        <location line="+7" />
        <source>it is a folder</source>
        <translation>یہ ایک فولڈر ہے</translation>
    </message>
    <message>
        <location line="+2" />
        <source>it is a device, pipe or socket, not a file</source>
        <translation>یہ ایک ڈیوائس، پائپ یا ساکٹ ہے، فائل نہیں</translation>
    </message>
    <message numerus="yes">
        <location line="+12" />
        <location line="+5" />
        <source>only %n byte(s) of its header remain</source>
        <translation>
            <numerusform>اس کے ہیڈر کا صرف %n بائٹ باقی ہے</numerusform>
            <numerusform>اس کے ہیڈر کے صرف %n بائٹس باقی ہیں</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>its header names an unknown file format version</source>
        <translation>اس کا ہیڈر فائل فارمیٹ کا ایک نامعلوم ورژن بتاتا ہے</translation>
    </message>
    <message>
        <location line="+7" />
        <source>its header has no schema version</source>
        <translation>اس کے ہیڈر میں اسکیما ورژن نہیں ہے</translation>
    </message>
    <message>
        <location line="+7" />
        <source>its header gives an impossible page size</source>
        <translation>اس کا ہیڈر صفحے کا ناممکن سائز بتاتا ہے</translation>
    </message>
    <message>
        <location line="+8" />
        <source>it holds %1 of the %2 bytes its header promises</source>
        <translation>اس میں ان %2 بائٹس میں سے صرف %1 ہیں جن کا اس کا ہیڈر وعدہ کرتا ہے</translation>
    </message>
    <message>
        <location line="+3" />
        <source>it ends part-way through a page</source>
        <translation>یہ کسی صفحے کے درمیان میں ختم ہو جاتی ہے</translation>
    </message>
    <message>
        <location line="+41" />
        <source>it cannot be read</source>
        <translation>اسے پڑھا نہیں جا سکتا</translation>
    </message>
    <message>
        <location line="+29" />
        <source>its lock file cannot be made (%1)</source>
        <translation>اس کی لاک فائل نہیں بنائی جا سکتی (%1)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>process %1 on %2</source>
        <translation>%2 پر پروسیس %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>unknown owner</source>
        <translation>نامعلوم مالک</translation>
    </message>
    <message>
        <location line="+40" />
        <source>could not make a private copy to check (%1)</source>
        <translation>جانچ کے لیے نجی کاپی نہیں بنائی جا سکی (%1)</translation>
    </message>
    <message>
        <location line="+44" />
        <source>could not make a local working copy (%1)</source>
        <translation>مقامی ورکنگ کاپی نہیں بنائی جا سکی (%1)</translation>
    </message>
    <message>
        <location line="-12" />
        <source>could not write the backup %1 before upgrading</source>
        <translation>اپ گریڈ سے پہلے بیک اپ %1 نہیں لکھا جا سکا</translation>
    </message>
    <message>
        <location line="+61" />
        <source>upgrading to schema version %1 failed: %2</source>
        <translation>اسکیما ورژن %1 پر اپ گریڈ ناکام رہا: %2</translation>
    </message>
    <message>
        <location line="+45" />
        <source>the folder %1 does not exist</source>
        <translation>فولڈر %1 موجود نہیں ہے</translation>
    </message>
    <message>
        <location line="+44" />
        <source>its latest changes could not be folded into it (%1); they are safe in %2 beside it. Keep the two files together and open it again once there is space</source>
        <translation>اس کی تازہ ترین تبدیلیاں اس میں شامل نہیں کی جا سکیں (%1)؛ وہ اس کے ساتھ موجود %2 میں محفوظ ہیں۔ دونوں فائلوں کو ساتھ رکھیں اور جگہ خالی ہونے پر اسے دوبارہ کھولیں</translation>
    </message>
    <message>
        <location line="+14" />
        <source>the disk is full</source>
        <translation>ڈسک بھر چکی ہے</translation>
    </message>
    <message>
        <location line="+4" />
        <source>could not write the edits back (%1); they are kept in %2</source>
        <translation>ترامیم واپس نہیں لکھی جا سکیں (%1)؛ وہ %2 میں محفوظ ہیں</translation>
    </message>
    <message>
        <location line="+28" />
        <source>%1 is the open session itself; choose another name for the copy.</source>
        <translation>%1 خود کھلا ہوا سیشن ہے؛ کاپی کے لیے کوئی اور نام چنیں۔</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <location filename="../core/interchange/Templates.cpp" line="+63" />
        <source>an empty event with the three default prompts</source>
        <translation>تین طے شدہ سوالات کے ساتھ ایک خالی تقریب</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the health and employment seminar: agenda, 8 topic tables, 4 places, feedback polls, data pack</source>
        <translation>صحت اور روزگار سیمینار: ایجنڈا، 8 موضوعاتی میزیں، 4 مقامات، فیڈبیک پولز، ڈیٹا پیک</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a filled-in example day: notes from every table, PICK charts, driver diagram, action plans, votes; it keeps the date of the event it records</source>
        <translation>ایک مکمل مثالی دن: ہر میز کے نوٹس، PICK چارٹس، ڈرائیور ڈایاگرام، لائحہ عمل، ووٹ؛ یہ اُس تقریب کی تاریخ رکھتا ہے جس کا یہ ریکارڈ ہے</translation>
    </message>
    <message>
        <location line="+30" />
        <location line="+25" />
        <source>Blank session</source>
        <translation>خالی سیشن</translation>
    </message>
    <message numerus="yes">
        <location line="-12" />
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n میز</numerusform>
            <numerusform>%n میزیں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n place(s)</source>
        <translation>
            <numerusform>%n مقام</numerusform>
            <numerusform>%n مقامات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n poll(s)</source>
        <translation>
            <numerusform>%n پول</numerusform>
            <numerusform>%n پولز</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10" />
        <source>An empty session</source>
        <translation>ایک خالی سیشن</translation>
    </message>
    <message>
        <location line="+21" />
        <source>%1 already exists</source>
        <translation>%1 پہلے سے موجود ہے</translation>
    </message>
    <message>
        <location line="+4" />
        <source>template %1</source>
        <translation>سانچہ %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/cli/Cli.cpp" line="+92" />
        <source>Run a facilitated seminar and publish its verbatim summary pack.</source>
        <translation>سہولت کاری کے ساتھ سیمینار چلائیں اور اس کا لفظ بہ لفظ خلاصہ پیک شائع کریں۔</translation>
    </message>
</context>
<context>
    <name>rt::ActionLogModel</name>
    <message>
        <location filename="../core/models/ActionLogModel.cpp" line="+90" />
        <source>When</source>
        <translation>کب</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Who</source>
        <translation>کون</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Status</source>
        <translation>صورتحال</translation>
    </message>
    <message>
        <location line="+2" />
        <source>What they said</source>
        <translation>انہوں نے کیا کہا</translation>
    </message>
</context>
<context>
    <name>rt::ActionPlanWidget</name>
    <message>
        <location filename="../app/places/ActionPlanWidget.cpp" line="+37" />
        <source>Add action</source>
        <translation>اقدام شامل کریں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete</source>
        <translation>حذف کریں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Up</source>
        <translation>اوپر</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Down</source>
        <translation>نیچے</translation>
    </message>
    <message>
        <location line="+1" />
        <source>List order</source>
        <translation>فہرست کی ترتیب</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cohort</source>
        <translation>گروہ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Idea</source>
        <translation>خیال</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Action</source>
        <translation>اقدام</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Who will do it?</source>
        <translation>یہ کون کرے گا؟</translation>
    </message>
    <message>
        <location line="+0" />
        <source>By when?</source>
        <translation>کب تک؟</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Measure of success</source>
        <translation>کامیابی کا پیمانہ</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Action plan</source>
        <translation>لائحہ عمل</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cohort shown</source>
        <translation>دکھایا گیا گروہ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Undo the sorting: show the rows in the plan's own order</source>
        <translation>ترتیب ختم کریں: قطاریں منصوبے کی اپنی ترتیب میں دکھائیں</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Move action up</source>
        <translation>اقدام اوپر لے جائیں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move action down</source>
        <translation>اقدام نیچے لے جائیں</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cohort:</source>
        <translation>گروہ:</translation>
    </message>
    <message>
        <location line="+89" />
        <source>&lt;b&gt;Action plan — %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;لائحہ عمل — %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;i&gt;Choose a place to see its action plan.&lt;/i&gt;</source>
        <translation>&lt;i&gt;لائحہ عمل دیکھنے کے لیے کوئی مقام چنیں۔&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+24" />
        <source>All cohorts</source>
        <translation>تمام گروہ</translation>
    </message>
    <message>
        <location line="-121" />
        <source>Delete action</source>
        <translation>اقدام حذف کریں</translation>
    </message>
</context>
<context>
    <name>rt::ActionStatus</name>
    <message>
        <location filename="../core/domain/ActionStatus.cpp" line="+17" />
        <source>Not started</source>
        <translation>شروع نہیں ہوا</translation>
    </message>
    <message>
        <location line="+1" />
        <source>On track</source>
        <translation>درست سمت میں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>At risk</source>
        <translation>خطرے میں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Off track</source>
        <translation>درست سمت سے ہٹا ہوا</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Done</source>
        <translation>مکمل</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stopped</source>
        <translation>روک دیا گیا</translation>
    </message>
</context>
<context>
    <name>rt::ActionTracker</name>
    <message>
        <location filename="../app/places/ActionTracker.cpp" line="+41" />
        <source>Add &amp;Update…</source>
        <translation>&amp;اپ ڈیٹ شامل کریں…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Review with the Board…</source>
        <translation>بورڈ کے ساتھ &amp;جائزہ…</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Actions to follow up</source>
        <translation>پیروی کے لیے اقدامات</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Progress log</source>
        <translation>پیش رفت کا ریکارڈ</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Place shown</source>
        <translation>دکھایا گیا مقام</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cohort shown</source>
        <translation>دکھایا گیا گروہ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status shown</source>
        <translation>دکھائی گئی صورتحال</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Owner shown</source>
        <translation>دکھایا گیا ذمہ دار</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Walk the place's actions one by one at projector size (Ctrl+Shift+R)</source>
        <translation>مقام کے اقدامات کو پروجیکٹر کے سائز میں ایک ایک کر کے دیکھیں (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Pla&amp;ce:</source>
        <translation>&amp;مقام:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Co&amp;hort:</source>
        <translation>&amp;گروہ:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>S&amp;tatus:</source>
        <translation>&amp;صورتحال:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>O&amp;wner:</source>
        <translation>&amp;ذمہ دار:</translation>
    </message>
    <message>
        <location line="+148" />
        <source>All places</source>
        <translation>تمام مقامات</translation>
    </message>
    <message>
        <location line="+21" />
        <source>All cohorts</source>
        <translation>تمام گروہ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All owners</source>
        <translation>تمام ذمہ دار</translation>
    </message>
    <message>
        <location line="+6" />
        <source>All statuses</source>
        <translation>تمام صورتحالیں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Overdue</source>
        <translation>تاخیر شدہ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not reviewed since the event</source>
        <translation>تقریب کے بعد سے جائزہ نہیں لیا گیا</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1 · %2 overdue · %3 not reviewed since the event</source>
        <translation>%1 · %2 تاخیر شدہ · %3 کا تقریب کے بعد سے جائزہ نہیں لیا گیا</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n اقدام</numerusform>
            <numerusform>%n اقدامات</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13" />
        <source>&lt;i&gt;Choose an action to see its progress log.&lt;/i&gt;</source>
        <translation>&lt;i&gt;پیش رفت کا ریکارڈ دیکھنے کے لیے کوئی اقدام چنیں۔&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&lt;b&gt;Progress log&lt;/b&gt; — %1 (%2)</source>
        <translation>&lt;b&gt;پیش رفت کا ریکارڈ&lt;/b&gt; — %1 (%2)</translation>
    </message>
</context>
<context>
    <name>rt::ActionTrackerModel</name>
    <message>
        <location filename="../core/models/ActionTrackerModel.cpp" line="+181" />
        <source>No date</source>
        <translation>کوئی تاریخ نہیں</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 — overdue</source>
        <translation>%1 — تاخیر شدہ</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 — not reviewed</source>
        <translation>%1 — جائزہ نہیں لیا گیا</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No update yet</source>
        <translation>ابھی کوئی اپ ڈیٹ نہیں</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1, %2: %3</source>
        <translation>%1، %2: %3</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Overdue: due before today and neither done nor stopped</source>
        <translation>تاخیر شدہ: مقررہ تاریخ آج سے پہلے تھی اور اقدام نہ مکمل ہوا نہ روکا گیا</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not reviewed since the event: set its status or add an update</source>
        <translation>تقریب کے بعد سے جائزہ نہیں لیا گیا: اس کی صورتحال طے کریں یا اپ ڈیٹ شامل کریں</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Worked out from "%1"; edit it (YYYY-MM-DD) to correct it</source>
        <translation>"%1" سے اخذ کی گئی؛ درست کرنے کے لیے اس میں ترمیم کریں (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The words the table wrote; the Due column is the date they give</source>
        <translation>میز کے لکھے ہوئے الفاظ؛ مقررہ تاریخ والے کالم میں وہ تاریخ ہے جو ان الفاظ سے نکلتی ہے</translation>
    </message>
    <message>
        <location line="+87" />
        <source>Place</source>
        <translation>مقام</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cohort</source>
        <translation>گروہ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Action</source>
        <translation>اقدام</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Owner</source>
        <translation>ذمہ دار</translation>
    </message>
    <message>
        <location line="+2" />
        <source>By when?</source>
        <translation>کب تک؟</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Due</source>
        <translation>مقررہ تاریخ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Status</source>
        <translation>صورتحال</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Latest update</source>
        <translation>تازہ ترین اپ ڈیٹ</translation>
    </message>
</context>
<context>
    <name>rt::AddUpdateDialog</name>
    <message>
        <location filename="../app/places/AddUpdateDialog.cpp" line="+23" />
        <location line="+15" />
        <source>Add Update</source>
        <translation>اپ ڈیٹ شامل کریں</translation>
    </message>
    <message>
        <location line="-10" />
        <source>What has happened since the last update?</source>
        <translation>پچھلی اپ ڈیٹ کے بعد سے کیا ہوا ہے؟</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Who reports it:</source>
        <translation>&amp;کون رپورٹ کر رہا ہے:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Status now:</source>
        <translation>موجودہ &amp;صورتحال:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;What they said:</source>
        <translation>انہوں نے &amp;کیا کہا:</translation>
    </message>
</context>
<context>
    <name>rt::AgendaEditor</name>
    <message>
        <location filename="../app/agenda/AgendaEditor.cpp" line="+36" />
        <source>Add item</source>
        <translation>آئٹم شامل کریں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add an item after the selected one, starting when it ends (Ctrl+Return)</source>
        <translation>منتخب آئٹم کے بعد ایک آئٹم شامل کریں، جو اس کے ختم ہونے پر شروع ہو (Ctrl+Return)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete</source>
        <translation>حذف کریں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete the selected item (Delete)</source>
        <translation>منتخب آئٹم حذف کریں (Delete)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move up</source>
        <translation>اوپر لے جائیں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move the selected item earlier; durations are kept and times shift (Alt+Up)</source>
        <translation>منتخب آئٹم کو پہلے لے جائیں؛ دورانیے برقرار رہتے ہیں اور اوقات کھسک جاتے ہیں (Alt+Up)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move down</source>
        <translation>نیچے لے جائیں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move the selected item later; durations are kept and times shift (Alt+Down)</source>
        <translation>منتخب آئٹم کو بعد میں لے جائیں؛ دورانیے برقرار رہتے ہیں اور اوقات کھسک جاتے ہیں (Alt+Down)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run from this item ▶</source>
        <translation>اس آئٹم سے چلائیں ◀</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Open run mode on the selected item</source>
        <translation>منتخب آئٹم پر چلانے کا موڈ کھولیں</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Agenda items</source>
        <translation>ایجنڈا آئٹمز</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Alt+Up and Alt+Down move the selected item; Delete removes it; Ctrl+Return adds one</source>
        <translation>‏Alt+Up اور Alt+Down منتخب آئٹم کو منتقل کرتے ہیں؛ Delete اسے ہٹاتا ہے؛ Ctrl+Return ایک نیا آئٹم شامل کرتا ہے</translation>
    </message>
    <message>
        <location line="+44" />
        <location line="+19" />
        <source>Facilitator guidance</source>
        <translation>سہولت کار کے لیے رہنمائی</translation>
    </message>
    <message>
        <location line="-11" />
        <source>Shown to the &amp;room</source>
        <translation>&amp;کمرے کو دکھایا جاتا ہے</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Shown to the room</source>
        <translation>کمرے کو دکھایا جاتا ہے</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The line the projector shows under the item's title; empty: the built-in line for this kind of activity</source>
        <translation>وہ سطر جو پروجیکٹر آئٹم کے عنوان کے نیچے دکھاتا ہے؛ خالی ہو تو اس قسم کی سرگرمی کی پہلے سے موجود سطر</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Start from the built-in guidance</source>
        <translation>بلٹ اِن رہنمائی سے شروع کریں</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Copy the built-in guidance for this kind of activity into the item, to adapt it</source>
        <translation>اس قسم کی سرگرمی کے لیے بلٹ اِن رہنمائی آئٹم میں کاپی کریں، تاکہ اسے اپنی ضرورت کے مطابق ڈھالا جا سکے</translation>
    </message>
    <message>
        <location line="+96" />
        <source>New item</source>
        <translation>نیا آئٹم</translation>
    </message>
    <message>
        <location line="+58" />
        <source>Select an agenda item to write what the facilitator should do.</source>
        <translation>سہولت کار کو کیا کرنا چاہیے، یہ لکھنے کے لیے ایجنڈا آئٹم منتخب کریں۔</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1  ·  %2  ·  %3</source>
        <translation>%1  ·  %2  ·  %3</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Run mode shows the built-in guidance above until you write your own.</source>
        <translation>جب تک آپ اپنی رہنمائی نہ لکھیں، چلانے کا موڈ اوپر دی گئی بلٹ اِن رہنمائی دکھاتا ہے۔</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run mode shows this text; clear it to go back to the built-in guidance.</source>
        <translation>چلانے کا موڈ یہ متن دکھاتا ہے؛ بلٹ اِن رہنمائی پر واپس جانے کے لیے اسے مٹا دیں۔</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Item %1 “%2”, start: %3</source>
        <translation>آئٹم %1 “%2”، آغاز: %3</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Item %1 “%2”, end: %3</source>
        <translation>آئٹم %1 “%2”، اختتام: %3</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Times to check (%1), marked red in the table:</source>
        <translation>جانچنے والے اوقات (%1)، جدول میں سرخ نشان زدہ:</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>…and %n more.</source>
        <translation>
            <numerusform>…اور %n مزید۔</numerusform>
            <numerusform>…اور %n مزید۔</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rt::AgendaModel</name>
    <message>
        <location filename="../core/models/AgendaModel.cpp" line="+21" />
        <source>Start</source>
        <translation>آغاز</translation>
    </message>
    <message>
        <location line="+0" />
        <source>End</source>
        <translation>اختتام</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Kind</source>
        <translation>قسم</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Poll</source>
        <translation>پول</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Guidance</source>
        <translation>رہنمائی</translation>
    </message>
    <message>
        <location line="+76" />
        <source>Arrival</source>
        <translation>آمد</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Plenary</source>
        <translation>مشترکہ اجلاس</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Break</source>
        <translation>وقفہ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Table discussion</source>
        <translation>میز پر گفتگو</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Place breakout</source>
        <translation>مقام وار گروپ نشست</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Close</source>
        <translation>اختتامیہ</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Poll %1</source>
        <translation>پول %1</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Attach poll</source>
        <translation>پول منسلک کریں</translation>
    </message>
</context>
<context>
    <name>rt::AgendaWorkspace</name>
    <message>
        <location filename="../app/agenda/AgendaWorkspace.cpp" line="+49" />
        <location line="+91" />
        <source>Agenda</source>
        <translation>ایجنڈا</translation>
    </message>
    <message>
        <location line="-84" />
        <source>Edit agenda</source>
        <translation>ایجنڈے میں ترمیم کریں</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Run the day</source>
        <translation>دن کی کارروائی چلائیں</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Projector preview</source>
        <translation>پروجیکٹر کا پیش منظر</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Times, titles, kinds, polls and guidance of each item</source>
        <translation>ہر آئٹم کے اوقات، عنوانات، اقسام، پولز اور رہنمائی</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The facilitator's screen: current item, countdown, what is next</source>
        <translation>سہولت کار کی اسکرین: موجودہ آئٹم، الٹی گنتی، آگے کیا ہے</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What the room sees on the projector</source>
        <translation>کمرے میں موجود لوگ پروجیکٹر پر کیا دیکھتے ہیں</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Projector</source>
        <translation>پروجیکٹر</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show the projector window on a screen of your choice</source>
        <translation>پروجیکٹر ونڈو اپنی پسند کی اسکرین پر دکھائیں</translation>
    </message>
    <message>
        <location line="+65" />
        <source>agenda — the agenda editor: times, kinds, polls, guidance</source>
        <translation>‏agenda — ایجنڈا ایڈیٹر: اوقات، اقسام، پولز، رہنمائی</translation>
    </message>
    <message>
        <location line="+1" />
        <source>run — run mode on the item by the clock (or the first item)</source>
        <translation>‏run — گھڑی کے مطابق آئٹم (یا پہلے آئٹم) پر چلانے کا موڈ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>run:N — run mode on agenda item N (from 1)</source>
        <translation>‏run:N — ایجنڈا آئٹم N پر چلانے کا موڈ (1 سے شروع)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>projector — what the projector shows for the current item</source>
        <translation>‏projector — موجودہ آئٹم کے لیے پروجیکٹر کیا دکھاتا ہے</translation>
    </message>
    <message>
        <location line="+1" />
        <source>projector:N — what the projector shows for agenda item N</source>
        <translation>‏projector:N — ایجنڈا آئٹم N کے لیے پروجیکٹر کیا دکھاتا ہے</translation>
    </message>
    <message>
        <location line="+21" />
        <source>view %1: the agenda is empty</source>
        <translation>منظر %1: ایجنڈا خالی ہے</translation>
    </message>
    <message>
        <location line="+1" />
        <source>view %1: the agenda has items 1 to %2</source>
        <translation>منظر %1: ایجنڈے میں آئٹم 1 سے %2 تک ہیں</translation>
    </message>
    <message>
        <location line="+157" />
        <source>Open the projector window (one screen: in a window)</source>
        <translation>پروجیکٹر ونڈو کھولیں (ایک اسکرین: ونڈو میں)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Full screen on screen %1: %2 (%3×%4)%5</source>
        <translation>اسکرین %1 پر پوری اسکرین: %2 (%3×%4)%5</translation>
    </message>
    <message>
        <location line="+5" />
        <source>, this laptop</source>
        <translation>، یہ لیپ ٹاپ</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Close the projector window</source>
        <translation>پروجیکٹر ونڈو بند کریں</translation>
    </message>
</context>
<context>
    <name>rt::ByWhenDelegate</name>
    <message>
        <location filename="../app/places/MultiLineDelegate.cpp" line="+142" />
        <source>A date or words, e.g. Within 3 months</source>
        <translation>کوئی تاریخ یا الفاظ، مثلاً 3 ماہ کے اندر</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pick…</source>
        <translation>چنیں…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose a date or a phrase</source>
        <translation>کوئی تاریخ یا جملہ چنیں</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Within one month</source>
        <translation>ایک ماہ کے اندر</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Within 3 months</source>
        <translation>3 ماہ کے اندر</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Within 6 months</source>
        <translation>6 ماہ کے اندر</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Within a year</source>
        <translation>ایک سال کے اندر</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ongoing</source>
        <translation>جاری</translation>
    </message>
</context>
<context>
    <name>rt::ConflictModel</name>
    <message>
        <location filename="../core/models/ConflictModel.cpp" line="+45" />
        <source>A deleted table</source>
        <translation>حذف شدہ میز</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A deleted note</source>
        <translation>حذف شدہ نوٹ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A deleted place</source>
        <translation>حذف شدہ مقام</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A deleted aim</source>
        <translation>حذف شدہ ہدف</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A deleted idea</source>
        <translation>حذف شدہ خیال</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A deleted driver</source>
        <translation>حذف شدہ ڈرائیور</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A deleted action</source>
        <translation>حذف شدہ اقدام</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A deleted poll</source>
        <translation>حذف شدہ پول</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A deleted agenda item</source>
        <translation>حذف شدہ ایجنڈا آئٹم</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A deleted row</source>
        <translation>حذف شدہ قطار</translation>
    </message>
    <message>
        <location line="+46" />
        <source>this laptop</source>
        <translation>یہ لیپ ٹاپ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>laptop %1</source>
        <translation>لیپ ٹاپ %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 (this laptop)</source>
        <translation>%1 (یہ لیپ ٹاپ)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1, %2</source>
        <comment>laptop, time</comment>
        <translation>%1، %2</translation>
    </message>
    <message>
        <location line="+19" />
        <source>%1 – %2</source>
        <comment>row – field</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>(deleted)</source>
        <translation>(حذف شدہ)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The row is not in the session any more.</source>
        <translation>یہ قطار اب سیشن میں نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The field holds this value already.</source>
        <translation>اس فیلڈ میں پہلے سے یہی قدر ہے۔</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The session is open read-only.</source>
        <translation>سیشن صرف پڑھنے کے لیے کھلا ہے۔</translation>
    </message>
    <message>
        <location line="+69" />
        <source>In use: %1</source>
        <translation>زیرِ استعمال: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Other value: %1</source>
        <translation>دوسری قدر: %1</translation>
    </message>
    <message>
        <location line="+17" />
        <source>What</source>
        <translation>کیا</translation>
    </message>
    <message>
        <location line="+2" />
        <source>In use now</source>
        <translation>اس وقت زیرِ استعمال</translation>
    </message>
    <message>
        <location line="+2" />
        <source>From</source>
        <translation>کہاں سے</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Other value</source>
        <translation>دوسری قدر</translation>
    </message>
    <message>
        <location line="+2" />
        <source>From</source>
        <comment>the other value's laptop and time</comment>
        <translation>کہاں سے</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Event details</source>
        <translation>تقریب کی تفصیلات</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Table %1</source>
        <translation>میز %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Table %1 "%2"</source>
        <translation>میز %1 "%2"</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Note "%1" at table %2</source>
        <translation>میز %2 پر نوٹ "%1"</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Place "%1"</source>
        <translation>مقام "%1"</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Aim "%1" of %2</source>
        <translation>%2 کا ہدف "%1"</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Idea "%1"</source>
        <translation>خیال "%1"</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Driver "%1"</source>
        <translation>ڈرائیور "%1"</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Action "%1" of %2</source>
        <translation>%2 کا اقدام "%1"</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Poll "%1"</source>
        <translation>پول "%1"</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Option "%1" of poll "%2"</source>
        <translation>پول "%2" کا اختیار "%1"</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A vote</source>
        <translation>ایک ووٹ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Agenda item "%1"</source>
        <translation>ایجنڈا آئٹم "%1"</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Prompt "%1"</source>
        <translation>سوال "%1"</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Source "%1"</source>
        <translation>ماخذ "%1"</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Data pack column "%1"</source>
        <translation>ڈیٹا پیک کالم "%1"</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Indicator "%1"</source>
        <translation>اشاریہ "%1"</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Progress update "%1" of action "%2"</source>
        <translation>اقدام "%2" کی پیش رفت کی اپ ڈیٹ "%1"</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Indicator "%1" for %2</source>
        <translation>%2 کے لیے اشاریہ "%1"</translation>
    </message>
    <message>
        <location line="+12" />
        <source>place in the list</source>
        <translation>فہرست میں ترتیب</translation>
    </message>
    <message>
        <location line="+1" />
        <source>title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location line="+1" />
        <source>date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>venue</source>
        <translation>جائے انعقاد</translation>
    </message>
    <message>
        <location line="+1" />
        <source>organiser</source>
        <translation>منتظم</translation>
    </message>
    <message>
        <location line="+1" />
        <source>purpose</source>
        <translation>مقصد</translation>
    </message>
    <message>
        <location line="+1" />
        <source>disclaimer</source>
        <translation>دستبرداری</translation>
    </message>
    <message>
        <location line="+1" />
        <source>pack language</source>
        <translation>پیک کی زبان</translation>
    </message>
    <message>
        <location line="+1" />
        <source>file</source>
        <translation>فائل</translation>
    </message>
    <message>
        <location line="+1" />
        <source>key</source>
        <translation>کلید</translation>
    </message>
    <message>
        <location line="+1" />
        <source>question</source>
        <translation>سوال</translation>
    </message>
    <message>
        <location line="+1" />
        <source>kind</source>
        <translation>قسم</translation>
    </message>
    <message>
        <location line="+1" />
        <source>state</source>
        <translation>حالت</translation>
    </message>
    <message>
        <location line="+1" />
        <source>most choices</source>
        <translation>زیادہ سے زیادہ انتخاب</translation>
    </message>
    <message>
        <location line="+1" />
        <source>poll</source>
        <translation>پول</translation>
    </message>
    <message>
        <location line="+1" />
        <source>answer</source>
        <translation>جواب</translation>
    </message>
    <message>
        <location line="+1" />
        <source>start</source>
        <translation>آغاز</translation>
    </message>
    <message>
        <location line="+1" />
        <source>end</source>
        <translation>اختتام</translation>
    </message>
    <message>
        <location line="+1" />
        <source>guidance</source>
        <translation>رہنمائی</translation>
    </message>
    <message>
        <location line="+1" />
        <source>number</source>
        <translation>نمبر</translation>
    </message>
    <message>
        <location line="+1" />
        <source>topic</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <location line="+1" />
        <source>facilitator</source>
        <translation>سہولت کار</translation>
    </message>
    <message>
        <location line="+1" />
        <source>table</source>
        <translation>میز</translation>
    </message>
    <message>
        <location line="+1" />
        <source>prompt</source>
        <translation>سوال</translation>
    </message>
    <message>
        <location line="+1" />
        <source>text</source>
        <translation>متن</translation>
    </message>
    <message>
        <location line="+1" />
        <source>key point</source>
        <translation>اہم نکتہ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+1" />
        <source>priorities</source>
        <translation>ترجیحات</translation>
    </message>
    <message>
        <location line="+1" />
        <source>place</source>
        <translation>مقام</translation>
    </message>
    <message>
        <location line="+1" />
        <source>statement</source>
        <translation>بیان</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cohort</source>
        <translation>گروہ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>aim</source>
        <translation>ہدف</translation>
    </message>
    <message>
        <location line="+1" />
        <source>impact</source>
        <translation>اثر</translation>
    </message>
    <message>
        <location line="+1" />
        <source>effort</source>
        <translation>محنت</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not yet placed</source>
        <translation>ابھی رکھا نہیں گیا</translation>
    </message>
    <message>
        <location line="+1" />
        <source>parent driver</source>
        <translation>بالائی ڈرائیور</translation>
    </message>
    <message>
        <location line="+1" />
        <source>idea it came from</source>
        <translation>وہ خیال جس سے یہ نکلا</translation>
    </message>
    <message>
        <location line="+1" />
        <source>idea</source>
        <translation>خیال</translation>
    </message>
    <message>
        <location line="+1" />
        <source>action</source>
        <translation>اقدام</translation>
    </message>
    <message>
        <location line="+1" />
        <source>who</source>
        <translation>کون</translation>
    </message>
    <message>
        <location line="+1" />
        <source>by when</source>
        <translation>کب تک</translation>
    </message>
    <message>
        <location line="+1" />
        <source>measure</source>
        <translation>پیمانہ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>status</source>
        <translation>صورتحال</translation>
    </message>
    <message>
        <location line="+1" />
        <source>due date</source>
        <translation>مقررہ تاریخ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>last reviewed</source>
        <translation>آخری جائزہ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>time</source>
        <translation>وقت</translation>
    </message>
    <message>
        <location line="+1" />
        <source>period</source>
        <translation>مدت</translation>
    </message>
    <message>
        <location line="+1" />
        <source>comparator</source>
        <translation>موازنہ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>domain</source>
        <translation>شعبہ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>indicator</source>
        <translation>اشاریہ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>values</source>
        <translation>قدریں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>higher is better</source>
        <translation>زیادہ بہتر ہے</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+5" />
        <location line="+5" />
        <location line="+2" />
        <source>(none)</source>
        <translation>(کوئی نہیں)</translation>
    </message>
    <message>
        <location line="-12" />
        <source>position %1</source>
        <translation>نمبر %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <location line="+0" />
        <source>no</source>
        <translation>نہیں</translation>
    </message>
    <message>
        <location line="+6" />
        <source>(empty)</source>
        <translation>(خالی)</translation>
    </message>
</context>
<context>
    <name>rt::ConflictsDialog</name>
    <message>
        <location filename="../app/shell/ConflictsDialog.cpp" line="+50" />
        <source>Merge Conflicts</source>
        <translation>انضمام کے تضادات</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Merge conflicts</source>
        <translation>انضمام کے تضادات</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Selected</source>
        <translation>منتخب شدہ</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+1" />
        <source>In use now</source>
        <translation>اس وقت زیرِ استعمال</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+1" />
        <source>Other value</source>
        <translation>دوسری قدر</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Use This Value</source>
        <translation>یہ قدر &amp;استعمال کریں</translation>
    </message>
    <message>
        <location line="+59" />
        <source>No conflicts: no field of this session was changed differently on two laptops.</source>
        <translation>کوئی تضاد نہیں: اس سیشن کا کوئی فیلڈ دو لیپ ٹاپس پر مختلف طریقے سے تبدیل نہیں کیا گیا۔</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n field(s) were changed differently on two laptops. The merge kept the later change; the other value is listed beside it. Use the other value where it is the right one: the two then swap places, and Edit → Undo takes it back.</source>
        <translation>
            <numerusform>%n فیلڈ دو لیپ ٹاپس پر مختلف طریقے سے تبدیل کیا گیا۔ انضمام نے بعد والی تبدیلی رکھی؛ دوسری قدر اس کے ساتھ درج ہے۔ جہاں دوسری قدر درست ہو وہاں اسے استعمال کریں: تب دونوں قدریں آپس میں جگہ بدل لیتی ہیں، اور ترمیم → کالعدم کریں اسے واپس لے لیتا ہے۔</numerusform>
            <numerusform>%n فیلڈز دو لیپ ٹاپس پر مختلف طریقے سے تبدیل کیے گئے۔ انضمام نے بعد والی تبدیلی رکھی؛ دوسری قدر اس کے ساتھ درج ہے۔ جہاں دوسری قدر درست ہو وہاں اسے استعمال کریں: تب دونوں قدریں آپس میں جگہ بدل لیتی ہیں، اور ترمیم → کالعدم کریں اسے واپس لے لیتا ہے۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8" />
        <source>Nothing selected</source>
        <translation>کچھ منتخب نہیں</translation>
    </message>
</context>
<context>
    <name>rt::CountdownWidget</name>
    <message>
        <location filename="../app/agenda/CountdownWidget.cpp" line="+14" />
        <source>Time left</source>
        <translation>باقی وقت</translation>
    </message>
    <message>
        <location line="+36" />
        <source>%1, paused</source>
        <translation>%1، رکا ہوا</translation>
    </message>
</context>
<context>
    <name>rt::DataPackWorkspace</name>
    <message>
        <location filename="../app/datapack/DataPackWorkspace.cpp" line="+46" />
        <location line="+5" />
        <location line="+157" />
        <source>Data pack</source>
        <translation>ڈیٹا پیک</translation>
    </message>
    <message>
        <location line="-155" />
        <source>The figures delegates use to shape their conversations: each indicator by area, with comparators. Within each row the best value has the lightest colour.</source>
        <translation>وہ اعداد و شمار جن سے شرکاء اپنی گفتگو کی سمت طے کرتے ہیں: ہر اشاریہ علاقے کے لحاظ سے، موازنوں کے ساتھ۔ ہر قطار میں بہترین قدر کا رنگ سب سے ہلکا ہوتا ہے۔</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Import CSV…</source>
        <translation>‏CSV درآمد کریں…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Replace the data pack with a CSV file's: domain, indicator, one column per area or comparator, higher_is_better</source>
        <translation>ڈیٹا پیک کو CSV فائل کے ڈیٹا سے بدلیں: domain، indicator، ہر علاقے یا موازنے کے لیے ایک کالم، higher_is_better</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Import Later Period…</source>
        <translation>بعد کی مدت درآمد کریں…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add later figures (e.g. "2024 Q1") from a CSV file in the same shape; the event's figures stay as the baseline</source>
        <translation>اسی ساخت کی CSV فائل سے بعد کے اعداد و شمار (مثلاً "2024 Q1") شامل کریں؛ تقریب کے اعداد و شمار بنیادی سطح کے طور پر برقرار رہتے ہیں</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export CSV…</source>
        <translation>‏CSV برآمد کریں…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save the data pack as a CSV file that Import CSV… reads back</source>
        <translation>ڈیٹا پیک کو ایسی CSV فائل کے طور پر محفوظ کریں جسے "CSV درآمد کریں…" دوبارہ پڑھ سکے</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add Indicator</source>
        <translation>اشاریہ شامل کریں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add an indicator below the current one</source>
        <translation>موجودہ اشاریے کے نیچے ایک اشاریہ شامل کریں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete Indicator</source>
        <translation>اشاریہ حذف کریں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete the selected indicators</source>
        <translation>منتخب اشاریے حذف کریں</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add Area…</source>
        <translation>علاقہ شامل کریں…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add Comparator…</source>
        <translation>موازنہ شامل کریں…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rename Column…</source>
        <translation>کالم کا نام بدلیں…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete Column</source>
        <translation>کالم حذف کریں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete the current area or comparator column and its values</source>
        <translation>موجودہ علاقے یا موازنے کا کالم اور اس کی قدریں حذف کریں</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Data pack actions</source>
        <translation>ڈیٹا پیک کے اقدامات</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Figures shown</source>
        <translation>دکھائے گئے اعداد و شمار</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Figures for:</source>
        <translation>&amp;اعداد و شمار برائے:</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Data pack heat map</source>
        <translation>ڈیٹا پیک کا ہیٹ میپ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Each cell says its value and its rank in the row; the arrow keys move between cells, F2 edits</source>
        <translation>ہر خانہ اپنی قدر اور قطار میں اپنا درجہ بتاتا ہے؛ تیر والی کلیدیں خانوں کے درمیان لے جاتی ہیں، F2 ترمیم کرتا ہے</translation>
    </message>
    <message>
        <location line="+24" />
        <source>No data pack yet. Import a CSV file (Import CSV…), or add areas and indicators.</source>
        <translation>ابھی کوئی ڈیٹا پیک نہیں۔ CSV فائل درآمد کریں (CSV درآمد کریں…)، یا علاقے اور اشاریے شامل کریں۔</translation>
    </message>
    <message>
        <location line="+71" />
        <source>datapack — the data pack heat map: indicators by area and comparator, lighter is better</source>
        <translation>‏datapack — ڈیٹا پیک کا ہیٹ میپ: علاقے اور موازنے کے لحاظ سے اشاریے، ہلکا رنگ بہتر ہے</translation>
    </message>
    <message>
        <location line="+97" />
        <source>Add Comparator</source>
        <translation>موازنہ شامل کریں</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Add Area</source>
        <translation>علاقہ شامل کریں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name of the comparator (e.g. England):</source>
        <translation>موازنے کا نام (مثلاً انگلینڈ):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name of the area:</source>
        <translation>علاقے کا نام:</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Rename Column</source>
        <translation>کالم کا نام بدلیں</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New name for %1:</source>
        <translation>%1 کا نیا نام:</translation>
    </message>
    <message>
        <location line="+16" />
        <location line="+15" />
        <location line="+4" />
        <source>%1 was not imported; the data pack has not changed.</source>
        <translation>%1 درآمد نہیں کی گئی؛ ڈیٹا پیک میں کوئی تبدیلی نہیں ہوئی۔</translation>
    </message>
    <message numerus="yes">
        <location line="-15" />
        <source>Imported %n indicator(s) from %1. Undo puts the previous data pack back.</source>
        <translation>
            <numerusform>%1 سے %n اشاریہ درآمد کیا گیا۔ کالعدم کرنے سے پچھلا ڈیٹا پیک واپس آ جاتا ہے۔</numerusform>
            <numerusform>%1 سے %n اشاریے درآمد کیے گئے۔ کالعدم کرنے سے پچھلا ڈیٹا پیک واپس آ جاتا ہے۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 cannot be read: %2</source>
        <translation>%1 کو پڑھا نہیں جا سکتا: %2</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Imported the figures for %1 from %2. Undo takes them out again.</source>
        <translation>%1 کے اعداد و شمار %2 سے درآمد کر لیے گئے۔ کالعدم کرنے سے یہ دوبارہ نکل جاتے ہیں۔</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Baseline (the event)</source>
        <translation>بنیادی سطح (تقریب)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Import Later Period… adds figures to compare with the event's</source>
        <translation>"بعد کی مدت درآمد کریں…" تقریب کے اعداد و شمار سے موازنے کے لیے اعداد و شمار شامل کرتا ہے</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A later period shows each figure's change against the baseline</source>
        <translation>بعد کی مدت ہر عدد کی بنیادی سطح کے مقابلے میں تبدیلی دکھاتی ہے</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+7" />
        <location line="+9" />
        <source>Import Later Period</source>
        <translation>بعد کی مدت درآمد کریں</translation>
    </message>
    <message>
        <location line="-8" />
        <source>Which period do these figures cover (e.g. "2024 Q1" or "March 2024")?</source>
        <translation>یہ اعداد و شمار کس مدت کے ہیں (مثلاً "2024 Q1" یا "مارچ 2024")؟</translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <location line="+23" />
        <source>%1 could not be imported (%n problem(s)):</source>
        <translation>
            <numerusform>%1 درآمد نہیں ہو سکا (%n مسئلہ):</numerusform>
            <numerusform>%1 درآمد نہیں ہو سکا (%n مسائل):</numerusform>
        </translation>
    </message>
    <message>
        <location line="-83" />
        <source>no session is open</source>
        <translation>کوئی سیشن کھلا نہیں ہے</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Data pack saved to %1</source>
        <translation>ڈیٹا پیک %1 میں محفوظ کر دیا گیا</translation>
    </message>
    <message>
        <location line="+8" />
        <source>… and %1 more</source>
        <translation>… اور %1 مزید</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nothing was changed. Correct %1 and import it again.</source>
        <translation>کچھ بھی تبدیل نہیں ہوا۔ %1 کو درست کریں اور دوبارہ درآمد کریں۔</translation>
    </message>
    <message>
        <location line="+59" />
        <location line="+7" />
        <source>Import Data Pack</source>
        <translation>ڈیٹا پیک درآمد کریں</translation>
    </message>
    <message>
        <location line="-38" />
        <location line="+32" />
        <location line="+21" />
        <source>CSV files (*.csv)</source>
        <translation>CSV فائلیں (*.csv)</translation>
    </message>
    <message>
        <location line="-53" />
        <location line="+32" />
        <source>All files (*)</source>
        <translation>تمام فائلیں (*)</translation>
    </message>
    <message>
        <location line="+19" />
        <source>%1 data pack.csv</source>
        <translation>%1 ڈیٹا پیک.csv</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+7" />
        <source>Export Data Pack</source>
        <translation>ڈیٹا پیک برآمد کریں</translation>
    </message>
</context>
<context>
    <name>rt::Document</name>
    <message>
        <location filename="../core/session/Document.cpp" line="+93" />
        <source>This session is open read-only; changes are not possible.</source>
        <translation>یہ سیشن صرف پڑھنے کے لیے کھلا ہے؛ تبدیلیاں ممکن نہیں۔</translation>
    </message>
    <message>
        <location line="+31" />
        <source>%1 was replaced or removed by another program. This window still holds the session: use File ▸ Save a Copy to keep it.</source>
        <translation>%1 کو کسی دوسرے پروگرام نے بدل دیا یا ہٹا دیا۔ سیشن اب بھی اس ونڈو میں موجود ہے: اسے محفوظ رکھنے کے لیے "فائل ▸ کاپی محفوظ کریں" استعمال کریں۔</translation>
    </message>
    <message>
        <location line="+21" />
        <source>The last change could not be saved to %1: %2.</source>
        <translation>آخری تبدیلی %1 میں محفوظ نہیں کی جا سکی: %2۔</translation>
    </message>
</context>
<context>
    <name>rt::DriverDiagramView</name>
    <message>
        <location filename="../app/places/DriverDiagramView.cpp" line="+93" />
        <source>Driver diagram</source>
        <translation>ڈرائیور ڈایاگرام</translation>
    </message>
    <message>
        <location line="+94" />
        <source>Aim</source>
        <translation>ہدف</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Primary drivers</source>
        <translation>بنیادی ڈرائیورز</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Secondary drivers</source>
        <translation>ثانوی ڈرائیورز</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Change ideas</source>
        <translation>تبدیلی کے خیالات</translation>
    </message>
    <message>
        <location line="+16" />
        <source>(no aim statement)</source>
        <translation>(ہدف کا کوئی بیان نہیں)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Add a primary driver to start the diagram.</source>
        <translation>ڈایاگرام شروع کرنے کے لیے ایک بنیادی ڈرائیور شامل کریں۔</translation>
    </message>
</context>
<context>
    <name>rt::DriverEditor</name>
    <message>
        <location filename="../app/places/DriverEditor.cpp" line="+36" />
        <source>Add below</source>
        <translation>نیچے شامل کریں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add alongside</source>
        <translation>ساتھ میں شامل کریں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete</source>
        <translation>حذف کریں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Up</source>
        <translation>اوپر</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Down</source>
        <translation>نیچے</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+134" />
        <source>Use idea</source>
        <translation>خیال استعمال کریں</translation>
    </message>
    <message>
        <location line="-124" />
        <source>Driver tree</source>
        <translation>ڈرائیورز کا درخت</translation>
    </message>
    <message>
        <location line="+2" />
        <source>An idea from this aim's PICK chart</source>
        <translation>اس ہدف کے PICK چارٹ سے ایک خیال</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PICK idea to use</source>
        <translation>استعمال کے لیے PICK خیال</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Delete driver or change idea</source>
        <translation>ڈرائیور یا تبدیلی کا خیال حذف کریں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move driver up</source>
        <translation>ڈرائیور اوپر لے جائیں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move driver down</source>
        <translation>ڈرائیور نیچے لے جائیں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add a driver or change idea under the selected one (Insert)</source>
        <translation>منتخب کے نیچے ایک ڈرائیور یا تبدیلی کا خیال شامل کریں (Insert)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Add one at the same level after the selected one (Ctrl+Enter)</source>
        <translation>منتخب کے بعد اسی سطح پر ایک اور شامل کریں (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Make the selected change idea the chosen PICK idea, or add it under the selected secondary driver</source>
        <translation>منتخب تبدیلی کے خیال کو چنا ہوا PICK خیال بنائیں، یا اسے منتخب ثانوی ڈرائیور کے نیچے شامل کریں</translation>
    </message>
    <message>
        <location line="-32" />
        <source>&lt;i&gt;Choose an aim to see its driver diagram.&lt;/i&gt;</source>
        <translation>&lt;i&gt;ڈرائیور ڈایاگرام دیکھنے کے لیے کوئی ہدف چنیں۔&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+136" />
        <source>Add primary driver</source>
        <translation>بنیادی ڈرائیور شامل کریں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add %1</source>
        <translation>%1 شامل کریں</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Add idea as change idea</source>
        <translation>خیال کو تبدیلی کے خیال کے طور پر شامل کریں</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+10" />
        <source>New %1</source>
        <translation>نیا %1</translation>
    </message>
</context>
<context>
    <name>rt::DriverTreeModel</name>
    <message>
        <location filename="../core/models/DriverTreeModel.cpp" line="+172" />
        <source>Primary driver</source>
        <translation>بنیادی ڈرائیور</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Secondary driver</source>
        <translation>ثانوی ڈرائیور</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Change idea</source>
        <translation>تبدیلی کا خیال</translation>
    </message>
    <message>
        <location line="+16" />
        <location line="+17" />
        <source>Add %1</source>
        <translation>%1 شامل کریں</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Delete %1</source>
        <translation>%1 حذف کریں</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Reorder drivers</source>
        <translation>ڈرائیورز کی ترتیب بدلیں</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Link change idea</source>
        <translation>تبدیلی کا خیال منسلک کریں</translation>
    </message>
    <message>
        <location line="+47" />
        <source>From the PICK chart: %1</source>
        <translation>‏PICK چارٹ سے: %1</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Edit %1</source>
        <translation>%1 میں ترمیم کریں</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Drivers and change ideas</source>
        <translation>ڈرائیورز اور تبدیلی کے خیالات</translation>
    </message>
</context>
<context>
    <name>rt::DueDateDelegate</name>
    <message>
        <location filename="../app/places/FollowUpDelegates.cpp" line="+46" />
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Due date (YYYY-MM-DD, empty for none)</source>
        <translation>مقررہ تاریخ (YYYY-MM-DD، نہ ہو تو خالی چھوڑیں)</translation>
    </message>
</context>
<context>
    <name>rt::EventDialog</name>
    <message>
        <location filename="../app/shell/EventDialog.cpp" line="+30" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Event Details</source>
        <translation>تقریب کی تفصیلات</translation>
    </message>
    <message>
        <location line="+10" />
        <source>YYYY-MM-DD, e.g. 2023-07-21</source>
        <translation>‏YYYY-MM-DD، مثلاً 2023-07-21</translation>
    </message>
    <message>
        <location line="+4" />
        <source>One purpose per line</source>
        <translation>ہر سطر میں ایک مقصد</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Empty: the pack's standard words on a verbatim reproduction</source>
        <translation>خالی: لفظ بہ لفظ نقل پر پیک کے معیاری الفاظ</translation>
    </message>
    <message>
        <location line="+4" />
        <source>One step per line: the pack's "Next steps" slide (left out when empty)</source>
        <translation>ہر سطر میں ایک مرحلہ: پیک کی "اگلے مراحل" والی سلائیڈ (خالی ہو تو شامل نہیں کی جاتی)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The language of the summary pack's headings and labels. The app's own language is set in View → Language.</source>
        <translation>خلاصہ پیک کی سرخیوں اور لیبلز کی زبان۔ ایپ کی اپنی زبان منظر → زبان میں طے کی جاتی ہے۔</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Title:</source>
        <translation>&amp;عنوان:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Date:</source>
        <translation>&amp;تاریخ:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Venue:</source>
        <translation>&amp;جائے انعقاد:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Organiser:</source>
        <translation>&amp;منتظم:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Purpose:</source>
        <translation>&amp;مقصد:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>D&amp;isclaimer:</source>
        <translation>&amp;دستبرداری:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Next steps:</source>
        <translation>&amp;اگلے مراحل:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pack &amp;language:</source>
        <translation>پیک کی &amp;زبان:</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Date: "%1" is not a date; write it as YYYY-MM-DD, e.g. 2023-07-21.</source>
        <translation>تاریخ: "%1" تاریخ نہیں ہے؛ اسے YYYY-MM-DD کی صورت میں لکھیں، مثلاً 2023-07-21۔</translation>
    </message>
</context>
<context>
    <name>rt::ExportWorkspace</name>
    <message>
        <location filename="../app/export/ExportWorkspace.cpp" line="+107" />
        <source>Slides</source>
        <translation>سلائیڈز</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+6" />
        <source>Pack</source>
        <translation>پیک</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Summary pack (the day, verbatim)</source>
        <translation>خلاصہ پیک (دن کی کارروائی، لفظ بہ لفظ)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Progress update (for a board)</source>
        <translation>پیش رفت کی اپ ڈیٹ (بورڈ کے لیے)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Progress update for</source>
        <translation>پیش رفت کی اپ ڈیٹ برائے</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;For:</source>
        <translation>&amp;برائے:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Changes si&amp;nce:</source>
        <translation>اس کے بعد کی &amp;تبدیلیاں:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unticked: what changed since the event</source>
        <translation>نشان ہٹا ہو تو: تقریب کے بعد سے کیا بدلا</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Changes since</source>
        <translation>اس کے بعد کی تبدیلیاں</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Include, in this order</source>
        <translation>اس ترتیب سے شامل کریں</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Sections of the pack</source>
        <translation>پیک کے حصے</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Move up</source>
        <translation>اوپر لے جائیں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move down</source>
        <translation>نیچے لے جائیں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Defaults</source>
        <translation>طے شدہ ترتیبات</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The hand-made pack's order, every section, the standard caveat</source>
        <translation>ہاتھ سے بنے پیک کی ترتیب، تمام حصے، معیاری انتباہی نوٹ</translation>
    </message>
    <message>
        <location line="+13" />
        <source>&amp;Caveat on PICK and action-plan slides:</source>
        <translation>‏PICK اور لائحہ عمل کی سلائیڈز پر &amp;انتباہی نوٹ:</translation>
    </message>
    <message>
        <location line="+16" />
        <location line="+84" />
        <location line="+307" />
        <location line="+3" />
        <source>Export</source>
        <translation>برآمد</translation>
    </message>
    <message>
        <location line="-391" />
        <source>PowerPoint (PPTX)…</source>
        <translation>PowerPoint (PPTX)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Markdown…</source>
        <translation>Markdown…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Spreadsheets (CSV)…</source>
        <translation>اسپریڈشیٹس (CSV)…</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Every note, idea and action appears once, in full. Long columns continue on numbered slides (1/2, 2/2); text is never smaller than 12 pt.</source>
        <translation>ہر نوٹ، خیال اور اقدام ایک بار، مکمل طور پر آتا ہے۔ لمبے کالم نمبر والی سلائیڈز (1/2، 2/2) پر جاری رہتے ہیں؛ متن کبھی 12 pt سے چھوٹا نہیں ہوتا۔</translation>
    </message>
    <message>
        <location line="+74" />
        <source>slide:N — slide N (from 1) of the summary pack, in the Export page's preview</source>
        <translation>‏slide:N — خلاصہ پیک کی سلائیڈ N (1 سے شروع)، برآمد کے صفحے کے پیش منظر میں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>progress — the progress update of the whole event (progress:P — of place P), previewed</source>
        <translation>‏progress — پوری تقریب کی پیش رفت کی اپ ڈیٹ (progress:P — مقام P کی)، پیش منظر میں</translation>
    </message>
    <message numerus="yes">
        <location line="+22" />
        <source>there is no place %1: the session has %n place(s)</source>
        <translation>
            <numerusform>کوئی مقام %1 نہیں ہے: سیشن میں %n مقام ہے</numerusform>
            <numerusform>کوئی مقام %1 نہیں ہے: سیشن میں %n مقامات ہیں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19" />
        <source>there is no slide %1: the pack has %n slide(s)</source>
        <translation>
            <numerusform>کوئی سلائیڈ %1 نہیں ہے: پیک میں %n سلائیڈ ہے</numerusform>
            <numerusform>کوئی سلائیڈ %1 نہیں ہے: پیک میں %n سلائیڈز ہیں</numerusform>
        </translation>
    </message>
    <message>
        <location line="+134" />
        <source>The whole event</source>
        <translation>پوری تقریب</translation>
    </message>
    <message>
        <location line="+34" />
        <source>PowerPoint presentations (*.pptx)</source>
        <translation>PowerPoint پریزنٹیشنز (*.pptx)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF دستاویزات (*.pdf)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>CSV files (*.csv)</source>
        <translation>CSV فائلیں (*.csv)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Export the summary pack</source>
        <translation>خلاصہ پیک برآمد کریں</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Export the progress update</source>
        <translation>پیش رفت کی اپ ڈیٹ برآمد کریں</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Writing %1…</source>
        <translation>%1 لکھا جا رہا ہے…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <location line="+61" />
        <source>Written: %1</source>
        <translation>لکھ دیا گیا: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open the file</source>
        <translation>فائل کھولیں</translation>
    </message>
</context>
<context>
    <name>rt::FeedbackView</name>
    <message>
        <location filename="../app/tables/FeedbackView.cpp" line="+32" />
        <source>Key points for feedback</source>
        <translation>فیڈبیک کے لیے اہم نکات</translation>
    </message>
    <message>
        <location line="+220" />
        <source>No table chosen</source>
        <translation>کوئی میز نہیں چنی گئی</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 — key points</source>
        <translation>%1 — اہم نکات</translation>
    </message>
    <message>
        <location line="+13" />
        <source>No key points yet. Mark a note as a key point with Ctrl+K or its ★ menu.</source>
        <translation>ابھی کوئی اہم نکات نہیں۔ کسی نوٹ کو Ctrl+K یا اس کے ★ مینو سے اہم نکتہ نشان زد کریں۔</translation>
    </message>
    <message>
        <location line="+28" />
        <source>%1 / %2  →</source>
        <translation>%1 / %2  ←</translation>
    </message>
</context>
<context>
    <name>rt::HeatMapLegend</name>
    <message>
        <location filename="../app/datapack/HeatMap.cpp" line="+178" />
        <source>Key: a lighter colour indicates better performance</source>
        <translation>کلید: ہلکا رنگ بہتر کارکردگی ظاہر کرتا ہے</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+12" />
        <source>A lighter colour indicates better performance</source>
        <translation>ہلکا رنگ بہتر کارکردگی ظاہر کرتا ہے</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Key:</source>
        <translation>کلید:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>worse</source>
        <translation>بدتر</translation>
    </message>
    <message>
        <location line="+1" />
        <source>better</source>
        <translation>بہتر</translation>
    </message>
</context>
<context>
    <name>rt::IndicatorTableModel</name>
    <message>
        <location filename="../core/models/IndicatorTableModel.cpp" line="+147" />
        <source>= no change</source>
        <translation>= کوئی تبدیلی نہیں</translation>
    </message>
    <message>
        <location line="+4" />
        <source>▲ +%1</source>
        <translation>▲ +%1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>▼ −%1</source>
        <translation>▼ −%1</translation>
    </message>
    <message>
        <location line="+179" />
        <source>Yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No</source>
        <translation>نہیں</translation>
    </message>
    <message>
        <location line="+29" />
        <source>%1 in %2: ranked %3 of %4 in this row (%5)</source>
        <translation>%2 میں %1: اس قطار میں %4 میں سے درجہ %3 (%5)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>higher is better</source>
        <translation>زیادہ بہتر ہے</translation>
    </message>
    <message>
        <location line="+1" />
        <source>lower is better</source>
        <translation>کم بہتر ہے</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 since the baseline (%2): better</source>
        <translation>بنیادی سطح (%2) کے بعد سے %1: بہتر</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 since the baseline (%2): worse</source>
        <translation>بنیادی سطح (%2) کے بعد سے %1: بدتر</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 since the baseline (%2)</source>
        <translation>بنیادی سطح (%2) کے بعد سے %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>A higher value is better</source>
        <translation>زیادہ قدر بہتر ہے</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A lower value is better</source>
        <translation>کم قدر بہتر ہے</translation>
    </message>
    <message>
        <location line="+53" />
        <source>Mark "%1" higher is better</source>
        <translation>"%1" کو "زیادہ بہتر ہے" نشان زد کریں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mark "%1" lower is better</source>
        <translation>"%1" کو "کم بہتر ہے" نشان زد کریں</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Edit domain</source>
        <translation>شعبے میں ترمیم کریں</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Edit indicator name</source>
        <translation>اشاریے کے نام میں ترمیم کریں</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Edit %1 value of "%2"</source>
        <translation>"%2" کی %1 قدر میں ترمیم کریں</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Domain</source>
        <translation>شعبہ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Indicator</source>
        <translation>اشاریہ</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Higher is better</source>
        <translation>زیادہ بہتر ہے</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 (comparator)</source>
        <translation>%1 (موازنہ)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 (area)</source>
        <translation>%1 (علاقہ)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Checked: a higher value is better; unchecked: a lower value is better</source>
        <translation>نشان زد: زیادہ قدر بہتر ہے؛ بغیر نشان: کم قدر بہتر ہے</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Add indicator</source>
        <translation>اشاریہ شامل کریں</translation>
    </message>
    <message numerus="yes">
        <location line="+10" />
        <source>Delete %n indicator(s)</source>
        <translation>
            <numerusform>%n اشاریہ حذف کریں</numerusform>
            <numerusform>%n اشاریے حذف کریں</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19" />
        <source>Add comparator %1</source>
        <translation>موازنہ %1 شامل کریں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add area %1</source>
        <translation>علاقہ %1 شامل کریں</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Delete column %1</source>
        <translation>کالم %1 حذف کریں</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Rename domain</source>
        <translation>شعبے کا نام بدلیں</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Rename column</source>
        <translation>کالم کا نام بدلیں</translation>
    </message>
</context>
<context>
    <name>rt::JoinRoomDialog</name>
    <message>
        <location filename="../app/shell/JoinRoomDialog.cpp" line="+32" />
        <source>Join a Room</source>
        <translation>کمرے میں شامل ہوں</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The organiser's laptop shows the room's address, join code and QR code under Room ▸ Room…. This laptop keeps its own complete file: when the network drops, edits wait in it and go as soon as the room is back.</source>
        <translation>منتظم کا لیپ ٹاپ کمرے کا پتہ، شمولیتی کوڈ اور QR کوڈ کمرہ ▸ کمرہ… کے تحت دکھاتا ہے۔ یہ لیپ ٹاپ اپنی مکمل فائل خود رکھتا ہے: جب نیٹ ورک منقطع ہو جائے تو ترامیم اسی میں انتظار کرتی ہیں اور کمرہ واپس آتے ہی بھیج دی جاتی ہیں۔</translation>
    </message>
    <message>
        <location line="+9" />
        <source>(none heard yet)</source>
        <translation>(ابھی تک کوئی سنائی نہیں دیا)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>(choose a room)</source>
        <translation>(کمرہ منتخب کریں)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Untitled session</source>
        <translation>بے عنوان سیشن</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Now type the join code shown on the organiser's laptop.</source>
        <translation>اب منتظم کے لیپ ٹاپ پر دکھایا گیا شمولیتی کوڈ ٹائپ کریں۔</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Rooms &amp;nearby:</source>
        <translation>قریبی &amp;کمرے:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>http://192.168.1.20:47800/room/… or 192.168.1.20 ABCD-EFGH-…</source>
        <translation>‏http://192.168.1.20:47800/room/… یا 192.168.1.20 ABCD-EFGH-…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Room:</source>
        <translation>&amp;کمرہ:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>(say later)</source>
        <translation>(بعد میں بتائیں)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Table %1 · %2</source>
        <translation>میز %1 · %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This laptop &amp;captures:</source>
        <translation>یہ لیپ ٹاپ &amp;درج کرتا ہے:</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Join</source>
        <translation>&amp;شامل ہوں</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Asking the room…</source>
        <translation>کمرے سے رابطہ کیا جا رہا ہے…</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The room cannot be reached: %1</source>
        <translation>کمرے تک رسائی نہیں ہو سکتی: %1</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Room session</source>
        <translation>کمرے کا سیشن</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save the Room's Session As</source>
        <translation>کمرے کا سیشن بطور محفوظ کریں</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Roundtable sessions (*.roundtable)</source>
        <translation>Roundtable سیشنز (*.roundtable)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 already exists; choose a new name.</source>
        <translation>%1 پہلے سے موجود ہے؛ کوئی نیا نام چنیں۔</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The room's session could not be received: %1</source>
        <translation>کمرے کا سیشن موصول نہیں ہو سکا: %1</translation>
    </message>
</context>
<context>
    <name>rt::LaptopDialog</name>
    <message>
        <location filename="../app/shell/LaptopDialog.cpp" line="+29" />
        <source>This Laptop</source>
        <translation>یہ لیپ ٹاپ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Every note, idea, action and vote records the laptop it was captured on, so a session combined from several laptops shows where each came from.</source>
        <translation>ہر نوٹ، خیال، اقدام اور ووٹ اس لیپ ٹاپ کو درج کرتا ہے جس پر اسے لکھا گیا، اس لیے کئی لیپ ٹاپس سے ملا کر بنا سیشن دکھاتا ہے کہ ہر چیز کہاں سے آئی۔</translation>
    </message>
    <message>
        <location line="+10" />
        <source>e.g. Table 3 laptop</source>
        <extracomment>Shown in the empty name box: %1 is the computer's own name</extracomment>
        <translation>مثلاً میز 3 کا لیپ ٹاپ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Empty: the computer's name, %1</source>
        <translation>خالی: کمپیوٹر کا نام، %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This laptop's &amp;name (shown beside what it captures):</source>
        <translation>اس لیپ ٹاپ کا &amp;نام (جو اس پر درج چیزوں کے ساتھ دکھایا جاتا ہے):</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Name it after where it is used, e.g. “Table 3 laptop” or “Organiser”. What you capture from now on records it.</source>
        <translation>اسے اس جگہ کے نام پر رکھیں جہاں یہ استعمال ہوتا ہے، مثلاً “میز 3 کا لیپ ٹاپ” یا “منتظم”۔ اب سے جو کچھ آپ درج کریں گے وہ اسے محفوظ کرے گا۔</translation>
    </message>
    <message>
        <location line="+15" />
        <source>While ROUNDTABLE_DEVICE_NAME is set, this run of the program uses “%1”.</source>
        <translation>جب تک ROUNDTABLE_DEVICE_NAME مقرر ہے، پروگرام کا یہ رن “%1” استعمال کرتا ہے۔</translation>
    </message>
</context>
<context>
    <name>rt::MainWindow</name>
    <message>
        <location filename="../app/shell/MainWindowMenus.cpp" line="+68" />
        <source>&amp;New from Template…</source>
        <translation>&amp;سانچے سے نیا…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Open…</source>
        <translation>&amp;کھولیں…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save a &amp;Copy…</source>
        <translation>کاپی &amp;محفوظ کریں…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Merge Files…</source>
        <translation>فائلیں &amp;ضم کریں…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Combine the session files from several laptops into a new file</source>
        <translation>کئی لیپ ٹاپس کی سیشن فائلوں کو ایک نئی فائل میں یکجا کریں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Event &amp;Details…</source>
        <translation>تقریب کی &amp;تفصیلات…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Title, date, venue, purpose, disclaimer and the summary pack's language</source>
        <translation>عنوان، تاریخ، جائے انعقاد، مقصد، دستبرداری اور خلاصہ پیک کی زبان</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Review Actions with the Board…</source>
        <translation>بورڈ کے ساتھ اقدامات کا &amp;جائزہ…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Walk a place's actions one by one at projector size, recording status and progress</source>
        <translation>کسی مقام کے اقدامات کو پروجیکٹر کے سائز میں ایک ایک کر کے دیکھیں، اور صورتحال اور پیش رفت درج کریں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New &amp;Event from This Session…</source>
        <translation>اس سیشن سے نئی &amp;تقریب…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Start the next event's session: places, aims and open actions with their history come along; tables and notes start fresh</source>
        <translation>اگلی تقریب کا سیشن شروع کریں: مقامات، اہداف اور کھلے اقدامات اپنے ریکارڈ سمیت ساتھ آتے ہیں؛ میزیں اور نوٹس نئے سرے سے شروع ہوتے ہیں</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Close</source>
        <translation>&amp;بند کریں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Quit</source>
        <translation>باہر &amp;نکلیں</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Full Screen</source>
        <translation>&amp;پوری اسکرین</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Mute Sounds</source>
        <translation>&amp;آوازیں بند کریں</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No chime when an agenda item's time is up</source>
        <translation>ایجنڈا آئٹم کا وقت ختم ہونے پر کوئی گھنٹی نہیں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About Roundtable</source>
        <translation>‏Roundtable کے &amp;بارے میں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>About &amp;Qt</source>
        <translation>‏&amp;Qt کے بارے میں</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Undo</source>
        <translation>&amp;کالعدم کریں</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Redo</source>
        <translation>&amp;دوبارہ کریں</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;User Guide</source>
        <translation>صارف کی &amp;رہنما</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The user guide, read offline</source>
        <translation>صارف کی رہنما، انٹرنیٹ کے بغیر پڑھیں</translation>
    </message>
    <message>
        <location line="+66" />
        <source>Cu&amp;t</source>
        <translation>&amp;کاٹیں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Copy</source>
        <translation>&amp;کاپی کریں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Paste</source>
        <translation>&amp;پیسٹ کریں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select &amp;All</source>
        <translation>سب منتخب کریں (&amp;A)</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Main Toolbar</source>
        <translation>مرکزی ٹول بار</translation>
    </message>
    <message>
        <location line="+13" />
        <source>New</source>
        <translation>نیا</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Open</source>
        <translation>کھولیں</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Undo</source>
        <translation>کالعدم کریں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Redo</source>
        <translation>دوبارہ کریں</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Start Run</source>
        <translation>دن شروع کریں</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Projector</source>
        <translation>پروجیکٹر</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export…</source>
        <translation>برآمد کریں…</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Toolbar</source>
        <translation>ٹول بار (&amp;T)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show or hide the main toolbar</source>
        <translation>مرکزی ٹول بار دکھائیں یا چھپائیں</translation>
    </message>
    <message>
        <location line="+15" />
        <source>&amp;Start Run Mode</source>
        <translation>چلانے کا موڈ &amp;شروع کریں</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The facilitator's screen: the current item, its countdown, what is next</source>
        <translation>سہولت کار کی اسکرین: موجودہ آئٹم، اس کی الٹی گنتی، آگے کیا ہے</translation>
    </message>
    <message>
        <location line="+8" />
        <source>St&amp;op Run Mode</source>
        <translation>چلانے کا موڈ &amp;بند کریں</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Projector</source>
        <translation>&amp;پروجیکٹر</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show the projector window (full screen on a second screen)</source>
        <translation>پروجیکٹر ونڈو دکھائیں (دوسری اسکرین پر پوری اسکرین میں)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>P&amp;ICK Chart</source>
        <translation>‏P&amp;ICK چارٹ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The PICK chart of the chosen place's aim</source>
        <translation>منتخب مقام کے ہدف کا PICK چارٹ</translation>
    </message>
    <message>
        <location line="+24" />
        <source>R&amp;un</source>
        <translation>&amp;چلائیں</translation>
    </message>
    <message>
        <location line="+14" />
        <source>&amp;Next Item</source>
        <translation>&amp;اگلا آئٹم</translation>
    </message>
    <message>
        <location line="+0" />
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+1" />
        <source>P&amp;revious Item</source>
        <translation>&amp;پچھلا آئٹم</translation>
    </message>
    <message>
        <location line="+0" />
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pause or &amp;Resume</source>
        <translation>روکیں یا &amp;دوبارہ شروع کریں</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Add 5 Minutes</source>
        <translation>5 منٹ &amp;شامل کریں</translation>
    </message>
    <message>
        <location line="+0" />
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Follow the Clock</source>
        <translation>&amp;گھڑی کے مطابق چلیں</translation>
    </message>
    <message>
        <location line="+0" />
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Go to the Item's Page</source>
        <translation>آئٹم کے &amp;صفحے پر جائیں</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="+217" />
        <source>%1 next event</source>
        <translation>%1 اگلی تقریب</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+16" />
        <source>New Event from This Session</source>
        <translation>اس سیشن سے نئی تقریب</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindowPages.cpp" line="+83" />
        <source>&amp;Agenda</source>
        <translation>&amp;ایجنڈا</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Tables</source>
        <translation>&amp;میزیں</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Places</source>
        <translation>م&amp;قامات</translation>
    </message>
    <message>
        <location line="+2" />
        <source>P&amp;olls</source>
        <translation>&amp;پولز</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Data Pack</source>
        <translation>&amp;ڈیٹا پیک</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Export</source>
        <translation>&amp;برآمد</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindowMenus.cpp" line="-203" />
        <source>&amp;File</source>
        <translation>&amp;فائل</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Open &amp;Recent</source>
        <translation>&amp;حالیہ کھولیں</translation>
    </message>
    <message>
        <location line="+7" />
        <source>This &amp;Laptop…</source>
        <translation>یہ &amp;لیپ ٹاپ…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The name this laptop is shown by beside the notes, ideas and actions it captures</source>
        <translation>وہ نام جس سے یہ لیپ ٹاپ اپنے درج کردہ نوٹس، خیالات اور اقدامات کے ساتھ دکھایا جاتا ہے</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Edit</source>
        <translation>&amp;ترمیم</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Merge &amp;Conflicts…</source>
        <translation>&amp;انضمام کے تضادات…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Fields two laptops changed differently: see both values and choose</source>
        <translation>وہ فیلڈز جنہیں دو لیپ ٹاپس نے مختلف طریقے سے تبدیل کیا: دونوں قدریں دیکھیں اور چنیں</translation>
    </message>
    <message>
        <location line="+15" />
        <source>&amp;Room</source>
        <translation>&amp;کمرہ</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;View</source>
        <translation>&amp;منظر</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Language</source>
        <translation>&amp;زبان</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Help</source>
        <translation>م&amp;دد</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="+237" />
        <source>Roundtable</source>
        <translation>Roundtable</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindowPages.cpp" line="+130" />
        <source>no session is open</source>
        <translation>کوئی سیشن کھلا نہیں ہے</translation>
    </message>
    <message>
        <location line="+24" />
        <source>unknown view %1; see roundtable screenshot --help</source>
        <translation>نامعلوم منظر %1؛ roundtable screenshot --help دیکھیں</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="+8" />
        <source>Untitled event</source>
        <translation>بے عنوان تقریب</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 (read-only)</source>
        <translation>%1 (صرف پڑھنے کے لیے)</translation>
    </message>
    <message>
        <location line="+28" />
        <location line="+3" />
        <source>Not saved</source>
        <translation>محفوظ نہیں ہوا</translation>
    </message>
    <message>
        <location line="-4" />
        <location line="+7" />
        <source>Read-only</source>
        <translation>صرف پڑھنے کے لیے</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This session is open read-only: changes are not possible.</source>
        <translation>یہ سیشن صرف پڑھنے کے لیے کھلا ہے: تبدیلیاں ممکن نہیں۔</translation>
    </message>
    <message>
        <location line="-6" />
        <location line="+8" />
        <source>Every change is saved</source>
        <translation>ہر تبدیلی محفوظ ہو جاتی ہے</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Each edit is written to the session file at once; there is nothing to save.</source>
        <translation>ہر ترمیم فوراً سیشن فائل میں لکھ دی جاتی ہے؛ محفوظ کرنے کو کچھ نہیں۔</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindowMenus.cpp" line="+14" />
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No recent sessions</source>
        <translation>کوئی حالیہ سیشن نہیں</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Clear List</source>
        <translation>&amp;فہرست صاف کریں</translation>
    </message>
    <message>
        <location line="+29" />
        <source>The language changes the next time Roundtable starts.</source>
        <translation>زبان اگلی بار Roundtable شروع ہونے پر بدلے گی۔</translation>
    </message>
    <message>
        <location line="+3" />
        <source>System Default</source>
        <translation>سسٹم کی طے شدہ</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="+72" />
        <source>Open &amp;Read-Only</source>
        <translation>&amp;صرف پڑھنے کے لیے کھولیں</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Close &amp;Anyway</source>
        <translation>پھر بھی &amp;بند کریں</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindowMenus.cpp" line="+20" />
        <source>New Session</source>
        <translation>نیا سیشن</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+10" />
        <location line="+13" />
        <location line="+13" />
        <source>Roundtable sessions (*.roundtable)</source>
        <translation>Roundtable سیشنز (*.roundtable)</translation>
    </message>
    <message>
        <location line="-27" />
        <source>Open Session</source>
        <translation>سیشن کھولیں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All files (*)</source>
        <translation>تمام فائلیں (*)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 copy</source>
        <translation>%1 کاپی</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save a Copy</source>
        <translation>کاپی محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="-31" />
        <source>Copy saved to %1</source>
        <translation>کاپی %1 میں محفوظ کر دی گئی</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindowMenus.cpp" line="+60" />
        <source>About Roundtable</source>
        <translation>‏Roundtable کے بارے میں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;h3&gt;Roundtable %1&lt;/h3&gt;&lt;p&gt;Run a facilitated seminar with breakout tables and publish its verbatim summary pack.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Roundtable %1&lt;/h3&gt;&lt;p&gt;گروپ مباحثے کی میزوں کے ساتھ سہولت کاری والا سیمینار چلائیں اور اس کا لفظ بہ لفظ خلاصہ پیک شائع کریں۔&lt;/p&gt;&lt;p&gt;GNU جنرل پبلک لائسنس، ورژن 3 یا بعد کے ورژن (GPL-3.0-or-later) کے تحت لائسنس یافتہ۔&lt;/p&gt;&lt;p&gt;Qt %2 کے ساتھ بنایا گیا۔&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>rt::MergeDialog</name>
    <message>
        <location filename="../app/shell/MergeDialog.cpp" line="+36" />
        <source>Roundtable sessions (*.roundtable)</source>
        <translation>Roundtable سیشنز (*.roundtable)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Merge Files</source>
        <translation>فائلیں ضم کریں</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Combine the session files from every table's laptop into one new file. The files you pick are only read; nothing is written until every one of them has been checked.</source>
        <translation>ہر میز کے لیپ ٹاپ کی سیشن فائلوں کو ایک نئی فائل میں یکجا کریں۔ آپ جو فائلیں چنتے ہیں وہ صرف پڑھی جاتی ہیں؛ جب تک ان میں سے ہر ایک کی جانچ نہ ہو جائے کچھ نہیں لکھا جاتا۔</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+5" />
        <source>Files to merge</source>
        <translation>ضم کرنے والی فائلیں</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Add Files…</source>
        <translation>فائلیں &amp;شامل کریں…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Remove</source>
        <translation>&amp;ہٹائیں</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+5" />
        <source>New merged file</source>
        <translation>نئی ضم شدہ فائل</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Choose where to save the merged session</source>
        <translation>چنیں کہ ضم شدہ سیشن کہاں محفوظ کرنا ہے</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Choose…</source>
        <translation>&amp;چنیں…</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Table, place or poll</source>
        <translation>میز، مقام یا پول</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Files</source>
        <translation>فائلیں</translation>
    </message>
    <message>
        <location line="+14" />
        <source>C&amp;ombine them: one table or place holding every file's notes, aims and actions</source>
        <translation>انہیں &amp;یکجا کریں: ایک میز یا مقام جس میں ہر فائل کے نوٹس، اہداف اور اقدامات ہوں</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Keep &amp;both, side by side (tidy them afterwards)</source>
        <translation>&amp;دونوں رکھیں، ساتھ ساتھ (بعد میں انہیں ترتیب دیں)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keep the &amp;first file's only; skip the later copies</source>
        <translation>صرف &amp;پہلی فائل والا رکھیں؛ بعد کی نقول چھوڑ دیں</translation>
    </message>
    <message>
        <location line="+7" />
        <source>This choice applies to every duplicate at once: the merge cannot decide table by table. A poll asked on several laptops (same question, kind and options) becomes one poll holding every file's votes unless you keep both; a phone that voted on two laptops counts once, with its later vote.</source>
        <translation>یہ انتخاب ایک ساتھ ہر دہرے پر لاگو ہوتا ہے: انضمام میز بہ میز فیصلہ نہیں کر سکتا۔ کئی لیپ ٹاپس پر پوچھا گیا پول (ایک ہی سوال، قسم اور اختیارات) ایک پول بن جاتا ہے جس میں ہر فائل کے ووٹ ہوتے ہیں، الا یہ کہ آپ دونوں رکھیں؛ جس فون نے دو لیپ ٹاپس پر ووٹ دیا وہ ایک بار شمار ہوتا ہے، اپنے بعد والے ووٹ کے ساتھ۔</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Merge</source>
        <translation>&amp;ضم کریں</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Merge report</source>
        <translation>انضمام کی رپورٹ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Open Merged File</source>
        <translation>ضم شدہ فائل &amp;کھولیں</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Open and &amp;Review Conflicts</source>
        <translation>کھولیں اور تضادات کا &amp;جائزہ لیں</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Opens the merged file and lists the fields two laptops changed differently, so you can choose the other value where it is right</source>
        <translation>ضم شدہ فائل کھولتا ہے اور وہ فیلڈز دکھاتا ہے جنہیں دو لیپ ٹاپس نے مختلف طریقے سے تبدیل کیا، تاکہ جہاں دوسری قدر درست ہو آپ اسے چن سکیں</translation>
    </message>
    <message>
        <location line="+86" />
        <source>Files to Merge</source>
        <translation>ضم کرنے والی فائلیں</translation>
    </message>
    <message>
        <location line="+0" />
        <source>All files (*)</source>
        <translation>تمام فائلیں (*)</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Merged Session</source>
        <translation>ضم شدہ سیشن</translation>
    </message>
    <message>
        <location line="+1" />
        <source>merged.roundtable</source>
        <translation>merged.roundtable</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Choose the new merged file.</source>
        <translation>نئی ضم شدہ فائل چنیں۔</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is one of the files to merge; choose a new name for the merged file.</source>
        <translation>%1 ضم کی جانے والی فائلوں میں سے ایک ہے؛ ضم شدہ فائل کے لیے نیا نام چنیں۔</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 already exists; the merge writes a new file: choose another name.</source>
        <translation>%1 پہلے سے موجود ہے؛ انضمام ایک نئی فائل لکھتا ہے: کوئی اور نام چنیں۔</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 cannot be written: the folder %2 does not exist.</source>
        <translation>%1 کو لکھا نہیں جا سکتا: فولڈر %2 موجود نہیں ہے۔</translation>
    </message>
    <message numerus="yes">
        <location line="+16" />
        <source>%n file(s) checked</source>
        <translation>
            <numerusform>%n فائل جانچی گئی</numerusform>
            <numerusform>%n فائلیں جانچی گئیں</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43" />
        <source>Nothing is in more than one session.</source>
        <translation>کوئی چیز ایک سے زیادہ سیشنز میں نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing to match by name: the files are copies of one session.</source>
        <translation>نام کے ذریعے ملانے کو کچھ نہیں: یہ فائلیں ایک ہی سیشن کی نقول ہیں۔</translation>
    </message>
    <message numerus="yes">
        <location line="+23" />
        <source>%n copies of one session (%1): merged row by row.</source>
        <translation>
            <numerusform>ایک سیشن کی %n نقل (%1): قطار بہ قطار ضم کی گئی۔</numerusform>
            <numerusform>ایک سیشن کی %n نقول (%1): قطار بہ قطار ضم کی گئیں۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>One session: %1.</source>
        <translation>ایک سیشن: %1۔</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Another session, %n copies (%1): matched with the others by name.</source>
        <translation>
            <numerusform>دوسرا سیشن، %n نقل (%1): دوسروں سے ناموں کے ذریعے ملایا گیا۔</numerusform>
            <numerusform>دوسرا سیشن، %n نقول (%1): دوسروں سے ناموں کے ذریعے ملایا گیا۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>Another session (%1): matched with the others by name.</source>
        <translation>دوسرا سیشن (%1): دوسروں سے ناموں کے ذریعے ملایا گیا۔</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Needs a look (%1):</source>
        <translation>توجہ درکار ہے (%1):</translation>
    </message>
    <message>
        <location line="+4" />
        <source>  Open the merged file to choose between the two values of each conflict (Edit → Merge Conflicts…).</source>
        <translation>  ہر تضاد کی دو قدروں میں سے ایک چننے کے لیے ضم شدہ فائل کھولیں (ترمیم → انضمام کے تضادات…)۔</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Files:</source>
        <translation>فائلیں:</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>Merged %n source(s) into %1.</source>
        <translation>
            <numerusform>%n ماخذ %1 میں ضم کیا گیا۔</numerusform>
            <numerusform>%n ماخذ %1 میں ضم کیے گئے۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="-101" />
        <source>%1: %2 tables, %3 notes, %4 places, %5 polls, %6 votes in all.</source>
        <translation>%1: کل %2 میزیں، %3 نوٹس، %4 مقامات، %5 پولز، %6 ووٹ۔</translation>
    </message>
    <message>
        <location line="-217" />
        <location line="+8" />
        <source>Found in more than one session</source>
        <translation>ایک سے زیادہ سیشنز میں ملا</translation>
    </message>
    <message>
        <location line="+3" />
        <source>For every table (same number and topic) and place (same name) that is in more than one session:</source>
        <translation>ہر اس میز (یکساں نمبر اور موضوع) اور مقام (یکساں نام) کے لیے جو ایک سے زیادہ سیشنز میں ہے:</translation>
    </message>
    <message>
        <location line="+235" />
        <source>%1 — cannot be merged</source>
        <translation>%1 — ضم نہیں کی جا سکتی</translation>
    </message>
    <message>
        <location line="+74" />
        <source>Added: %1 tables, %2 notes, %3 places, %4 aims, %5 ideas, %6 drivers, %7 actions, %8 polls, %9 votes.</source>
        <translation>شامل کیے گئے: %1 میزیں، %2 نوٹس، %3 مقامات، %4 اہداف، %5 خیالات، %6 ڈرائیورز، %7 اقدامات، %8 پولز، %9 ووٹ۔</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Sources, in order:</source>
        <translation>ماخذ، ترتیب وار:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Duplicates (%1):</source>
        <translation>دہرے (%1):</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: one per file (%2)</source>
        <translation>%1: ہر فائل میں ایک (%2)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1: one poll with the votes of %2</source>
        <translation>%1: ایک پول جس میں %2 کے ووٹ ہیں</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Polls asked in more than one file, kept separately with their own votes (%1):</source>
        <translation>ایک سے زیادہ فائلوں میں پوچھے گئے پولز، اپنے ووٹوں کے ساتھ الگ الگ رکھے گئے (%1):</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Polls asked in more than one file, combined into one poll each (%1):</source>
        <translation>ایک سے زیادہ فائلوں میں پوچھے گئے پولز، ہر ایک کو ایک پول میں یکجا کیا گیا (%1):</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n device(s) had voted in more than one file's copy of a poll; each counts once, with its later vote.</source>
        <translation>
            <numerusform>%n آلے نے ایک سے زیادہ فائلوں میں کسی پول کی نقل پر ووٹ دیا تھا؛ ہر ایک ایک بار شمار ہوتا ہے، اپنے بعد والے ووٹ کے ساتھ۔</numerusform>
            <numerusform>%n آلات نے ایک سے زیادہ فائلوں میں کسی پول کی نقل پر ووٹ دیا تھا؛ ہر ایک ایک بار شمار ہوتا ہے، اپنے بعد والے ووٹ کے ساتھ۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>Skipped (%1):</source>
        <translation>چھوڑے گئے (%1):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Differences from the first file (%1):</source>
        <translation>پہلی فائل سے فرق (%1):</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Checking the files…</source>
        <translation>فائلوں کی جانچ ہو رہی ہے…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Merging</source>
        <translation>ضم کیا جا رہا ہے</translation>
    </message>
    <message>
        <location line="+52" />
        <source>The merged session is ready: %1</source>
        <translation>ضم شدہ سیشن تیار ہے: %1</translation>
    </message>
</context>
<context>
    <name>rt::MultiLineDelegate</name>
    <message>
        <location filename="../app/places/MultiLineDelegate.cpp" line="-138" />
        <source>Enter or Tab: done · Shift+Enter: new line · Esc: cancel</source>
        <translation>‏Enter یا Tab: مکمل · Shift+Enter: نئی سطر · Esc: منسوخ</translation>
    </message>
</context>
<context>
    <name>rt::NavigationModel</name>
    <message>
        <location filename="../app/shell/NavigationModel.cpp" line="+43" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>rt::NoteDelegate</name>
    <message>
        <location filename="../app/tables/NoteDelegate.cpp" line="+194" />
        <source>Edit note</source>
        <translation>نوٹ میں ترمیم کریں</translation>
    </message>
</context>
<context>
    <name>rt::NoteEntry</name>
    <message>
        <location filename="../app/tables/NoteEntry.cpp" line="+19" />
        <source>Type a note and press Enter
Shift+Enter: new line</source>
        <translation>نوٹ لکھیں اور Enter دبائیں
Shift+Enter: نئی سطر</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New note</source>
        <translation>نیا نوٹ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Enter adds the note and keeps the cursor here for the next one.</source>
        <translation>‏Enter نوٹ شامل کرتا ہے اور اگلے نوٹ کے لیے کرسر یہیں رکھتا ہے۔</translation>
    </message>
</context>
<context>
    <name>rt::NoteListModel</name>
    <message>
        <location filename="../core/models/NoteListModel.cpp" line="+47" />
        <source>Key point: %1</source>
        <translation>اہم نکتہ: %1</translation>
    </message>
</context>
<context>
    <name>rt::NoteListView</name>
    <message>
        <location filename="../app/tables/NoteListView.cpp" line="+46" />
        <source>Delete removes a note, Alt+arrows move it, Ctrl+K marks a key point, F2 edits.</source>
        <translation>‏Delete نوٹ ہٹاتا ہے، Alt+تیر اسے منتقل کرتے ہیں، Ctrl+K اہم نکتہ نشان زد کرتا ہے، F2 ترمیم کرتا ہے۔</translation>
    </message>
    <message>
        <location line="+131" />
        <source>&amp;Edit</source>
        <translation>&amp;ترمیم کریں</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Key Point</source>
        <translation>&amp;اہم نکتہ</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Move &amp;Up</source>
        <translation>&amp;اوپر لے جائیں</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Move &amp;Down</source>
        <translation>&amp;نیچے لے جائیں</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Move to &amp;Previous Prompt</source>
        <translation>&amp;پچھلے سوال پر لے جائیں</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Move to &amp;Next Prompt</source>
        <translation>&amp;اگلے سوال پر لے جائیں</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Move to &amp;Table</source>
        <translation>&amp;میز پر لے جائیں</translation>
    </message>
    <message>
        <location line="+13" />
        <source>De&amp;lete</source>
        <translation>&amp;حذف کریں</translation>
    </message>
    <message>
        <location line="+25" />
        <source>No notes yet: type below and press Enter.</source>
        <translation>ابھی کوئی نوٹس نہیں: نیچے لکھیں اور Enter دبائیں۔</translation>
    </message>
</context>
<context>
    <name>rt::NoteSearchModel</name>
    <message>
        <location filename="../core/models/NoteSearchModel.cpp" line="+117" />
        <source>%1, %2: %3</source>
        <translation>%1، %2: %3</translation>
    </message>
</context>
<context>
    <name>rt::PickChartScene</name>
    <message>
        <location filename="../app/places/PickChartScene.cpp" line="+50" />
        <source>POSSIBLE</source>
        <translation>ممکن</translation>
    </message>
    <message>
        <location line="+4" />
        <source>IMPLEMENT</source>
        <translation>نافذ کریں</translation>
    </message>
    <message>
        <location line="+4" />
        <source>CHALLENGE</source>
        <translation>چیلنج</translation>
    </message>
    <message>
        <location line="+4" />
        <source>KIBOSH</source>
        <translation>ترک کریں</translation>
    </message>
    <message>
        <location line="+347" />
        <source>Tidy notes</source>
        <translation>نوٹس ترتیب دیں</translation>
    </message>
    <message>
        <location line="+91" />
        <source>Relatively easy to do</source>
        <translation>کرنا نسبتاً آسان</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Likely difficult to do</source>
        <translation>کرنا غالباً مشکل</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Probably low impact</source>
        <translation>شاید کم اثر</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Potentially high impact</source>
        <translation>ممکنہ طور پر زیادہ اثر</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Unsorted ideas</source>
        <translation>غیر ترتیب شدہ خیالات</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Drag a note onto the chart to place it</source>
        <translation>نوٹ کو رکھنے کے لیے اسے چارٹ پر گھسیٹیں</translation>
    </message>
</context>
<context>
    <name>rt::PickChartView</name>
    <message>
        <location filename="../app/places/PickChartView.cpp" line="+34" />
        <source>PICK chart</source>
        <translation>‏PICK چارٹ</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+141" />
        <source>Page Down and Page Up select a note; the arrow keys move it</source>
        <translation>‏Page Down اور Page Up ایک نوٹ منتخب کرتے ہیں؛ تیر والی کلیدیں اسے منتقل کرتی ہیں</translation>
    </message>
    <message>
        <location line="-140" />
        <source>Page Down / Page Up: select a note · arrows: move it (Shift: further) · Enter: edit · Delete: remove · Ctrl+T: tidy the notes · Ctrl+= / Ctrl+-: zoom in / out · Ctrl+0: fit</source>
        <translation>‏Page Down / Page Up: نوٹ منتخب کریں · تیر: اسے ہلائیں (Shift: مزید) · Enter: ترمیم · Delete: ہٹائیں · Ctrl+T: نوٹس ترتیب دیں · Ctrl+= / Ctrl+-: بڑا / چھوٹا کریں · Ctrl+0: پورا دکھائیں</translation>
    </message>
    <message>
        <location line="+134" />
        <source>Selected: %1</source>
        <translation>منتخب: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n notes selected</source>
        <translation>
            <numerusform>%n نوٹ منتخب ہے</numerusform>
            <numerusform>%n نوٹس منتخب ہیں</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45" />
        <source>Type the idea; Ctrl+Enter to finish</source>
        <translation>خیال لکھیں؛ مکمل کرنے کے لیے Ctrl+Enter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Idea text</source>
        <translation>خیال کا متن</translation>
    </message>
    <message>
        <location line="+56" />
        <source>Edit text</source>
        <translation>متن میں ترمیم کریں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Make action from idea</source>
        <translation>خیال سے اقدام بنائیں</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Delete</source>
        <translation>حذف کریں</translation>
    </message>
</context>
<context>
    <name>rt::PickChartWidget</name>
    <message>
        <location filename="../app/places/PickChartWidget.cpp" line="+30" />
        <source>Make action from idea</source>
        <translation>خیال سے اقدام بنائیں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete</source>
        <translation>حذف کریں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tidy notes</source>
        <translation>نوٹس ترتیب دیں</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Type an idea and press Enter; paste several lines to add several</source>
        <translation>خیال لکھیں اور Enter دبائیں؛ کئی خیالات شامل کرنے کے لیے کئی سطریں پیسٹ کریں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New idea</source>
        <translation>نیا خیال</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add</source>
        <translation>شامل کریں</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Fit</source>
        <translation>فٹ کریں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom the chart to fit the window (Ctrl+0)</source>
        <translation>چارٹ کو ونڈو کے مطابق زوم کریں (Ctrl+0)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom in</source>
        <translation>بڑا کریں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom out</source>
        <translation>چھوٹا کریں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Make the chart larger (Ctrl+=)</source>
        <translation>چارٹ بڑا کریں (Ctrl+=)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Make the chart smaller (Ctrl+-)</source>
        <translation>چارٹ چھوٹا کریں (Ctrl+-)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move the notes apart so none hides another or a quadrant's name; each stays in its quadrant (Ctrl+T)</source>
        <translation>نوٹس کو الگ کریں تاکہ کوئی دوسرے کو یا کسی خانے کے نام کو نہ چھپائے؛ ہر نوٹ اپنے خانے میں رہتا ہے (Ctrl+T)</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Add a row to the place's action plan for the selected idea</source>
        <translation>منتخب خیال کے لیے مقام کے لائحہ عمل میں ایک قطار شامل کریں</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Added to the place's action plan.</source>
        <translation>مقام کے لائحہ عمل میں شامل کر دیا گیا۔</translation>
    </message>
    <message numerus="yes">
        <location line="+48" />
        <source>%n idea(s).</source>
        <translation>
            <numerusform>%n خیال۔</numerusform>
            <numerusform>%n خیالات۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18" />
        <source>This place has no aim yet: add one on the Places and aims tab, then press Enter again. Your idea stays in the box.</source>
        <translation>اس مقام کا ابھی کوئی ہدف نہیں: مقامات اور اہداف والے ٹیب پر ایک شامل کریں، پھر دوبارہ Enter دبائیں۔ آپ کا خیال خانے میں ہی رہتا ہے۔</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Notes moved apart: none hides another now. Undo puts them back.</source>
        <translation>نوٹس الگ کر دیے گئے: اب کوئی دوسرے کو نہیں چھپاتا۔ کالعدم کرنے سے وہ پہلی جگہ لوٹ آتے ہیں۔</translation>
    </message>
    <message>
        <location line="+4" />
        <source>There is no room left to move the notes apart.</source>
        <translation>نوٹس کو الگ کرنے کی مزید جگہ نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No note hides another: nothing to tidy.</source>
        <translation>کوئی نوٹ دوسرے کو نہیں چھپاتا: ترتیب دینے کو کچھ نہیں۔</translation>
    </message>
    <message numerus="yes">
        <location line="+16" />
        <source>%n action(s) added to the place's action plan.</source>
        <translation>
            <numerusform>مقام کے عملی منصوبے میں %n اقدام شامل کیا گیا۔</numerusform>
            <numerusform>مقام کے عملی منصوبے میں %n اقدامات شامل کیے گئے۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="-188" />
        <source>&lt;i&gt;Choose an aim to see its PICK chart.&lt;/i&gt;</source>
        <translation>&lt;i&gt;PICK چارٹ دیکھنے کے لیے کوئی ہدف چنیں۔&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+135" />
        <source>Double-click the chart to add one; drag notes to place them, or select one with Page Down and move it with the arrow keys (Shift: bigger steps).</source>
        <translation>خیال شامل کرنے کے لیے چارٹ پر ڈبل کلک کریں؛ نوٹس کو رکھنے کے لیے گھسیٹیں، یا Page Down سے ایک منتخب کریں اور اسے تیر والی کلیدوں سے منتقل کریں (Shift: بڑے قدم)۔</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%n ideas selected</source>
        <translation>
            <numerusform>%n خیال منتخب</numerusform>
            <numerusform>%n خیالات منتخب</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rt::PickCohortLegend</name>
    <message>
        <location filename="../app/places/PickCohortLegend.cpp" line="+98" />
        <source>Note colours</source>
        <translation>نوٹس کے رنگ</translation>
    </message>
    <message>
        <location line="+17" />
        <location line="+9" />
        <source>Cohort colours</source>
        <translation>گروہوں کے رنگ</translation>
    </message>
    <message>
        <location line="-8" />
        <source>The colour of each cohort's notes on the PICK chart</source>
        <translation>‏PICK چارٹ پر ہر گروہ کے نوٹس کا رنگ</translation>
    </message>
</context>
<context>
    <name>rt::PickCohortModel</name>
    <message>
        <location line="-30" />
        <source>Notes for the cohort “%1” have this colour</source>
        <translation>گروہ “%1” کے نوٹس کا یہ رنگ ہے</translation>
    </message>
</context>
<context>
    <name>rt::PlacesWorkspace</name>
    <message>
        <location filename="../app/places/PlacesWorkspace.cpp" line="+75" />
        <location line="+4" />
        <source>Place</source>
        <translation>مقام</translation>
    </message>
    <message>
        <location line="-3" />
        <source>Aim (completes the sentence)</source>
        <translation>ہدف (جملہ مکمل کرتا ہے)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cohort</source>
        <translation>گروہ</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Aim</source>
        <translation>ہدف</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Places and aims</source>
        <translation>مقامات اور اہداف</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PICK chart</source>
        <translation>‏PICK چارٹ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Driver diagram</source>
        <translation>ڈرائیور ڈایاگرام</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Action plan</source>
        <translation>لائحہ عمل</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Follow-up</source>
        <translation>پیروی</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Place views</source>
        <translation>مقام کے مناظر</translation>
    </message>
    <message>
        <location line="-20" />
        <location line="+55" />
        <location line="+8" />
        <source>Places</source>
        <translation>مقامات</translation>
    </message>
    <message>
        <location line="+3" />
        <source>What did this place prioritise (e.g. in the room's poll)?</source>
        <translation>اس مقام نے کس چیز کو ترجیح دی (مثلاً کمرے کے پول میں)؟</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What they prioritised</source>
        <translation>ان کی ترجیحات</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Aims</source>
        <translation>اہداف</translation>
    </message>
    <message>
        <location line="+35" />
        <source>&lt;b&gt;Places&lt;/b&gt;</source>
        <translation>&lt;b&gt;مقامات&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add</source>
        <translation>شامل کریں</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+13" />
        <source>Delete</source>
        <translation>حذف کریں</translation>
    </message>
    <message>
        <location line="-12" />
        <location line="+13" />
        <source>Up</source>
        <translation>اوپر</translation>
    </message>
    <message>
        <location line="-13" />
        <source>Move place up</source>
        <translation>مقام اوپر لے جائیں</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+13" />
        <source>Down</source>
        <translation>نیچے</translation>
    </message>
    <message>
        <location line="-13" />
        <source>Move place down</source>
        <translation>مقام نیچے لے جائیں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;b&gt;What they prioritised&lt;/b&gt;</source>
        <translation>&lt;b&gt;ان کی ترجیحات&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&lt;b&gt;Aims&lt;/b&gt;</source>
        <translation>&lt;b&gt;اہداف&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Add aim</source>
        <translation>ہدف شامل کریں</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Move aim up</source>
        <translation>ہدف اوپر لے جائیں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move aim down</source>
        <translation>ہدف نیچے لے جائیں</translation>
    </message>
    <message>
        <location line="+14" />
        <source>places — the places and their aims</source>
        <translation>‏places — مقامات اور ان کے اہداف</translation>
    </message>
    <message>
        <location line="+1" />
        <source>pick:P:A — the PICK chart of place P's aim A</source>
        <translation>‏pick:P:A — مقام P کے ہدف A کا PICK چارٹ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>drivers:P:A — the driver diagram of place P's aim A</source>
        <translation>‏drivers:P:A — مقام P کے ہدف A کا ڈرائیور ڈایاگرام</translation>
    </message>
    <message>
        <location line="+1" />
        <source>actions:P — the action plan of place P</source>
        <translation>‏actions:P — مقام P کا لائحہ عمل</translation>
    </message>
    <message>
        <location line="+1" />
        <source>tracker — every place's actions to follow up (tracker:P — place P's)</source>
        <translation>‏tracker — ہر مقام کے پیروی والے اقدامات (tracker:P — مقام P کے)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>review:P — review mode on place P's actions (review:P:N — at its action N)</source>
        <translation>‏review:P — مقام P کے اقدامات پر جائزے کا موڈ (review:P:N — اس کے اقدام N پر)</translation>
    </message>
    <message>
        <location line="+27" />
        <source>expected %1 (places and aims are numbered from 1)</source>
        <translation>%1 متوقع تھا (مقامات اور اہداف کی نمبرنگ 1 سے ہوتی ہے)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>"%1" is not a number from 1</source>
        <translation>"%1" 1 یا اس سے بڑا عدد نہیں ہے</translation>
    </message>
    <message>
        <location line="+4" />
        <source>no session is open</source>
        <translation>کوئی سیشن کھلا نہیں ہے</translation>
    </message>
    <message>
        <location line="+2" />
        <source>there is no place %1 (the session has %2)</source>
        <translation>کوئی مقام %1 نہیں ہے (سیشن میں %2 ہیں)</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n place(s)</source>
        <translation>
            <numerusform>%n مقام</numerusform>
            <numerusform>%n مقامات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>%n aim(s)</source>
        <translation>
            <numerusform>%n مقصد</numerusform>
            <numerusform>%n مقاصد</numerusform>
        </translation>
    </message>
    <message>
        <location line="-3" />
        <source>%1 has no aim %2 (it has %3)</source>
        <translation>%1 میں کوئی ہدف %2 نہیں ہے (اس میں %3 ہیں)</translation>
    </message>
    <message>
        <location line="+123" />
        <source>Add a place first.</source>
        <translation>پہلے ایک مقام شامل کریں۔</translation>
    </message>
    <message>
        <location line="+15" />
        <source>New place</source>
        <translation>نیا مقام</translation>
    </message>
    <message>
        <location line="-221" />
        <source>Add place</source>
        <translation>مقام شامل کریں</translation>
    </message>
    <message>
        <location line="-107" />
        <source>P&amp;lace:</source>
        <translation>&amp;مقام:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A&amp;im:</source>
        <translation>&amp;ہدف:</translation>
    </message>
    <message>
        <location line="+103" />
        <source>Delete place</source>
        <translation>مقام حذف کریں</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Delete aim</source>
        <translation>ہدف حذف کریں</translation>
    </message>
</context>
<context>
    <name>rt::PollDelegate</name>
    <message>
        <location filename="../app/agenda/AgendaDelegates.cpp" line="+42" />
        <source>(no poll)</source>
        <translation>(کوئی پول نہیں)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Poll %1</source>
        <translation>پول %1</translation>
    </message>
</context>
<context>
    <name>rt::PollsWorkspace</name>
    <message>
        <location filename="../app/polls/PollsWorkspace.cpp" line="+102" />
        <location line="+83" />
        <source>Polls</source>
        <translation>پولز</translation>
    </message>
    <message>
        <location line="-78" />
        <source>poll:N — poll N (from 1): its editor, live results and voting</source>
        <translation>‏poll:N — پول N (1 سے شروع): اس کا ایڈیٹر، براہ راست نتائج اور ووٹنگ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>projector-poll:N — the projector with poll N (from 1) beside the timer</source>
        <translation>‏projector-poll:N — ٹائمر کے ساتھ پول N (1 سے شروع) والا پروجیکٹر</translation>
    </message>
    <message>
        <location line="+1" />
        <source>kiosk — pass-the-laptop voting for the open poll (or poll 1)</source>
        <translation>‏kiosk — کھلے پول (یا پول 1) کے لیے لیپ ٹاپ ہاتھوں ہاتھ آگے بڑھا کر ووٹنگ</translation>
    </message>
    <message>
        <location line="+7" />
        <source>this session has no polls</source>
        <translation>اس سیشن میں کوئی پول نہیں ہے</translation>
    </message>
    <message numerus="yes">
        <location line="+24" />
        <location line="+12" />
        <source>there is no poll %1; this session has %n poll(s)</source>
        <translation>
            <numerusform>کوئی پول %1 نہیں ہے؛ اس سیشن میں %n پول ہے</numerusform>
            <numerusform>کوئی پول %1 نہیں ہے؛ اس سیشن میں %n پولز ہیں</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24" />
        <source>&amp;Polls</source>
        <translation>&amp;پولز</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Add poll</source>
        <translation>پول شامل کریں</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+357" />
        <source>Remove poll</source>
        <translation>پول ہٹائیں</translation>
    </message>
    <message>
        <location line="-334" />
        <source>What do you want to ask the room?</source>
        <translation>آپ کمرے میں موجود لوگوں سے کیا پوچھنا چاہتے ہیں؟</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Question</source>
        <translation>سوال</translation>
    </message>
    <message>
        <location line="+15" />
        <source>no limit</source>
        <translation>کوئی حد نہیں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Most choices</source>
        <translation>زیادہ سے زیادہ انتخاب</translation>
    </message>
    <message>
        <location line="+12" />
        <source>live</source>
        <translation>براہ راست</translation>
    </message>
    <message>
        <location line="+1" />
        <source>after voting closes</source>
        <translation>ووٹنگ بند ہونے کے بعد</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show results on the projector</source>
        <translation>نتائج پروجیکٹر پر دکھائیں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>After voting closes: the projector and the kiosk show the question and the number of votes, and the results only once you close voting.</source>
        <translation>ووٹنگ بند ہونے کے بعد: پروجیکٹر اور کیوسک سوال اور ووٹوں کی تعداد دکھاتے ہیں، اور نتائج صرف تب جب آپ ووٹنگ بند کریں۔</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Place</source>
        <translation>مقام</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The place whose section of the summary pack shows this poll</source>
        <translation>وہ مقام جس کے خلاصہ پیک والے حصے میں یہ پول دکھایا جاتا ہے</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A place's priorities</source>
        <translation>کسی مقام کی ترجیحات</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Feedback on the day</source>
        <translation>دن کے بارے میں فیڈبیک</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Other</source>
        <translation>دیگر</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Role in the pack</source>
        <translation>پیک میں کردار</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Where the summary pack shows this poll: in its place's section, with the feedback at the end, or with the room's other polls</source>
        <translation>خلاصہ پیک یہ پول کہاں دکھاتا ہے: اس کے مقام کے حصے میں، آخر میں فیڈبیک کے ساتھ، یا کمرے کے دوسرے پولز کے ساتھ</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Kind</source>
        <translation>قسم</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+201" />
        <source>Open voting</source>
        <translation>ووٹنگ کھولیں</translation>
    </message>
    <message>
        <location line="-200" />
        <source>Close voting</source>
        <translation>ووٹنگ بند کریں</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Question:</source>
        <translation>&amp;سوال:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Kind:</source>
        <translation>&amp;قسم:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Most choices:</source>
        <translation>&amp;زیادہ سے زیادہ انتخاب:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>P&amp;lace:</source>
        <translation>&amp;مقام:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show results on the p&amp;rojector:</source>
        <translation>نتائج &amp;پروجیکٹر پر دکھائیں:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Role in pack:</source>
        <translation>پیک میں &amp;کردار:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>State:</source>
        <translation>حالت:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Options:</source>
        <translation>&amp;اختیارات:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Options</source>
        <translation>اختیارات</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Add option</source>
        <translation>اختیار شامل کریں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove option</source>
        <translation>اختیار ہٹائیں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move up</source>
        <translation>اوپر لے جائیں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move down</source>
        <translation>نیچے لے جائیں</translation>
    </message>
    <message>
        <location line="+24" />
        <location line="+5" />
        <source>Answers</source>
        <translation>جوابات</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+269" />
        <source>&amp;Hide answer</source>
        <translation>جواب &amp;چھپائیں</translation>
    </message>
    <message>
        <location line="-264" />
        <location line="+266" />
        <source>Hide answer</source>
        <translation>جواب چھپائیں</translation>
    </message>
    <message>
        <location line="-256" />
        <source>Count hands…</source>
        <translation>ہاتھ گنیں…</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+143" />
        <source>Enter how many hands went up for each option after a show of hands.</source>
        <translation>ہاتھ اٹھوانے کے بعد درج کریں کہ ہر اختیار کے لیے کتنے ہاتھ اٹھے۔</translation>
    </message>
    <message>
        <location line="-142" />
        <source>Pass the laptop…</source>
        <translation>لیپ ٹاپ آگے بڑھائیں…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Full-screen voting, one person at a time. %1 leaves it.</source>
        <translation>پوری اسکرین پر ووٹنگ، ایک وقت میں ایک شخص۔ باہر نکلنے کے لیے %1 دبائیں۔</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Clear results…</source>
        <translation>نتائج صاف کریں…</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Phones</source>
        <translation>فونز</translation>
    </message>
    <message>
        <location line="+89" />
        <source>(no place)</source>
        <translation>(کوئی مقام نہیں)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Reopen voting</source>
        <translation>ووٹنگ دوبارہ کھولیں</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A scale's options are the labels of its levels, lowest first (for example “Strongly disagree” … “Strongly agree”). With none, the scale runs from 1 to 5.</source>
        <translation>پیمانے کے اختیارات اس کی سطحوں کے لیبل ہوتے ہیں، سب سے نچلی سطح پہلے (مثلاً “بالکل متفق نہیں” … “پوری طرح متفق”)۔ اگر کوئی نہ ہو تو پیمانہ 1 سے 5 تک ہوتا ہے۔</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Voters put every option in order. Results are points: with n options a first place earns n−1 points, a second n−2, … a last 0.</source>
        <translation>ووٹر ہر اختیار کو ترتیب دیتے ہیں۔ نتائج پوائنٹس میں ہوتے ہیں: n اختیارات کے ساتھ پہلے نمبر کو n−1 پوائنٹس ملتے ہیں، دوسرے کو n−2، … آخری کو 0۔</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Voters type their own answer; options are not used.</source>
        <translation>ووٹر اپنا جواب خود لکھتے ہیں؛ اختیارات استعمال نہیں ہوتے۔</translation>
    </message>
    <message>
        <location line="+14" />
        <source>A show of hands cannot express a ranking or a written answer.</source>
        <translation>ہاتھ اٹھا کر درجہ بندی یا تحریری جواب ظاہر نہیں کیا جا سکتا۔</translation>
    </message>
    <message>
        <location line="+36" />
        <source>New poll</source>
        <translation>نیا پول</translation>
    </message>
    <message numerus="yes">
        <location line="+15" />
        <source>This poll has %n vote(s). Remove it with its votes? You can undo this.</source>
        <translation>
            <numerusform>اس پول میں %n ووٹ ہے۔ اسے اس کے ووٹ سمیت ہٹا دیں؟ آپ اسے کالعدم کر سکتے ہیں۔</numerusform>
            <numerusform>اس پول میں %n ووٹ ہیں۔ اسے اس کے ووٹوں سمیت ہٹا دیں؟ آپ اسے کالعدم کر سکتے ہیں۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16" />
        <source>Option %1</source>
        <translation>اختیار %1</translation>
    </message>
    <message>
        <location line="+42" />
        <source>&amp;Show answer</source>
        <translation>جواب &amp;دکھائیں</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show answer</source>
        <translation>جواب دکھائیں</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show this answer on the projector and in the pack again (%1).</source>
        <translation>یہ جواب دوبارہ پروجیکٹر اور پیک میں دکھائیں (%1)۔</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Leave this answer out of the projector and the pack; it stays in the file (%1).</source>
        <translation>یہ جواب پروجیکٹر اور پیک سے باہر رکھیں؛ یہ فائل میں موجود رہتا ہے (%1)۔</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Count hands</source>
        <translation>ہاتھ گنیں</translation>
    </message>
    <message>
        <location line="+2" />
        <source>How many hands went up for each option? Each hand is added as one anonymous vote; you can undo it.</source>
        <translation>ہر اختیار کے لیے کتنے ہاتھ اٹھے؟ ہر ہاتھ ایک گمنام ووٹ کے طور پر شامل کیا جاتا ہے؛ آپ اسے کالعدم کر سکتے ہیں۔</translation>
    </message>
    <message>
        <location line="+10" />
        <source>(empty option)</source>
        <translation>(خالی اختیار)</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Clear results</source>
        <translation>نتائج صاف کریں</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Remove all %n vote(s) of this poll? You can undo this.</source>
        <translation>
            <numerusform>اس پول کا %n ووٹ ہٹا دیں؟ آپ اسے کالعدم کر سکتے ہیں۔</numerusform>
            <numerusform>اس پول کے تمام %n ووٹ ہٹا دیں؟ آپ اسے کالعدم کر سکتے ہیں۔</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rt::ProjectorView</name>
    <message>
        <location filename="../app/agenda/ProjectorView.cpp" line="+127" />
        <source>Welcome</source>
        <translation>خوش آمدید</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1  ·  %2</source>
        <translation>%1  ·  %2</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Next: %1  %2</source>
        <translation>اگلا: %1  %2</translation>
    </message>
</context>
<context>
    <name>rt::ProjectorWindow</name>
    <message>
        <location filename="../app/agenda/ProjectorWindow.cpp" line="+18" />
        <source>Roundtable — projector</source>
        <translation>‏Roundtable — پروجیکٹر</translation>
    </message>
</context>
<context>
    <name>rt::PromptColumn</name>
    <message>
        <location filename="../app/tables/PromptColumn.cpp" line="+56" />
        <source>Double-click to edit the question</source>
        <translation>سوال میں ترمیم کے لیے ڈبل کلک کریں</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Prompt options</source>
        <translation>سوال کے اختیارات</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Edit Question</source>
        <translation>سوال میں &amp;ترمیم کریں</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Remove Prompt</source>
        <translation>سوال &amp;ہٹائیں</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Keep as One</source>
        <translation>ایک ہی رکھیں</translation>
    </message>
    <message>
        <location line="+54" />
        <source>Notes: %1</source>
        <translation>نوٹس: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New note for: %1</source>
        <translation>اس کے لیے نیا نوٹ: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Options for prompt %1: %2</source>
        <translation>سوال %1 کے اختیارات: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+16" />
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n نوٹ</numerusform>
            <numerusform>%n نوٹس</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+33" />
        <source>Pasted text: %n line(s).</source>
        <translation>
            <numerusform>چسپاں متن: %n سطر۔</numerusform>
            <numerusform>چسپاں متن: %n سطریں۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Add as %n Note(s)</source>
        <translation>
            <numerusform>%n نوٹ کے طور پر شامل کریں</numerusform>
            <numerusform>%n نوٹس کے طور پر شامل کریں</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rt::Provenance</name>
    <message>
        <location filename="../core/models/Provenance.cpp" line="+66" />
        <source>%1 (this laptop)</source>
        <extracomment>A laptop's name, for the laptop the program runs on</extracomment>
        <translation>%1 (یہ لیپ ٹاپ)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>another laptop</source>
        <extracomment>A laptop whose name the session file does not know</extracomment>
        <translation>دوسرا لیپ ٹاپ</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Last changed on %1, %2</source>
        <extracomment>%1 is a laptop's name, %2 when (a time, or a date and time)</extracomment>
        <translation>آخری تبدیلی %1 پر، %2</translation>
    </message>
    <message>
        <location line="+53" />
        <source>Typed on %1, %2</source>
        <extracomment>Where a table's note was typed: %1 is a laptop's name, %2 when</extracomment>
        <translation>%1 پر لکھا گیا، %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Added on %1, %2</source>
        <extracomment>Where an idea or action was added: %1 is a laptop's name, %2 when</extracomment>
        <translation>%1 پر شامل کیا گیا، %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cast on %1, %2</source>
        <extracomment>Where a vote was cast: %1 is a laptop's name, %2 when</extracomment>
        <translation>%1 پر ڈالا گیا، %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Made on %1, %2</source>
        <extracomment>Where something was made: %1 is a laptop's name, %2 when</extracomment>
        <translation>%1 پر بنایا گیا، %2</translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>%n other laptop(s)</source>
        <translation>
            <numerusform>%n دوسرا لیپ ٹاپ</numerusform>
            <numerusform>%n دوسرے لیپ ٹاپس</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rt::ReadOnlyGuard</name>
    <message>
        <location filename="../app/shell/ReadOnly.cpp" line="+36" />
        <source>This window is read-only: the session is open for writing in another window, and this one follows it.</source>
        <translation>یہ ونڈو صرف پڑھنے کے لیے ہے: سیشن ایک اور ونڈو میں لکھنے کے لیے کھلا ہے، اور یہ ونڈو اس کی تبدیلیاں دکھاتی ہے۔</translation>
    </message>
</context>
<context>
    <name>rt::ReviewMode</name>
    <message>
        <location filename="../app/places/ReviewMode.cpp" line="+53" />
        <source>Roundtable — review actions</source>
        <translation>‏Roundtable — اقدامات کا جائزہ</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Action</source>
        <translation>اقدام</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Progress line</source>
        <translation>پیش رفت کی سطر</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Read-only: nothing can be recorded here</source>
        <translation>صرف پڑھنے کے لیے: یہاں کچھ درج نہیں کیا جا سکتا</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type a progress line and press Enter (start with a space to begin with a number)</source>
        <translation>پیش رفت کی سطر لکھیں اور Enter دبائیں (عدد سے شروع کرنا ہو تو پہلے اسپیس دیں)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>1–6 status · Enter records the line and moves on · Page Up/Page Down or ↑/↓ move · Ctrl+Z undo · F11 full screen · Esc leave</source>
        <translation>1–6 صورتحال · Enter سطر درج کر کے آگے بڑھتا ہے · Page Up/Page Down یا ↑/↓ منتقل · Ctrl+Z کالعدم · F11 پوری اسکرین · Esc باہر نکلیں</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Message</source>
        <translation>پیغام</translation>
    </message>
    <message>
        <location line="+113" />
        <location line="+16" />
        <source>This session is open read-only: nothing can be recorded.</source>
        <translation>یہ سیشن صرف پڑھنے کے لیے کھلا ہے: کچھ درج نہیں کیا جا سکتا۔</translation>
    </message>
    <message>
        <location line="-12" />
        <source>Status: %1 (Ctrl+Z undoes it)</source>
        <translation>صورتحال: %1 (Ctrl+Z سے کالعدم کریں)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The status was not recorded.</source>
        <translation>صورتحال درج نہیں ہوئی۔</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Update recorded (Ctrl+Z undoes it)</source>
        <translation>اپ ڈیٹ درج ہو گئی (Ctrl+Z سے کالعدم کریں)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>The update was not recorded.</source>
        <translation>اپ ڈیٹ درج نہیں ہوئی۔</translation>
    </message>
    <message>
        <location line="+55" />
        <source>That was the last action of this place.</source>
        <translation>یہ اس مقام کا آخری اقدام تھا۔</translation>
    </message>
    <message>
        <location line="+56" />
        <source>No actions to review</source>
        <translation>جائزے کے لیے کوئی اقدام نہیں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 has no actions to review</source>
        <translation>%1 کے پاس جائزے کے لیے کوئی اقدام نہیں</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 · action %2 of %3</source>
        <translation>%1 · اقدام %2 از %3</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Overdue</source>
        <translation>تاخیر شدہ</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Not reviewed since the event</source>
        <translation>تقریب کے بعد سے جائزہ نہیں لیا گیا</translation>
    </message>
    <message>
        <location line="+7" />
        <source>no date</source>
        <translation>کوئی تاریخ نہیں</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 (“%2”)</source>
        <translation>%1 (“%2”)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Owner:</source>
        <translation>ذمہ دار:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Due:</source>
        <translation>مقررہ تاریخ:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cohort:</source>
        <translation>گروہ:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Measure of success:</source>
        <translation>کامیابی کا پیمانہ:</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Status:</source>
        <translation>صورتحال:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Status: %1</source>
        <translation>صورتحال: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Last update:</source>
        <translation>آخری اپ ڈیٹ:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>none yet</source>
        <translation>ابھی کوئی نہیں</translation>
    </message>
</context>
<context>
    <name>rt::RoomController</name>
    <message>
        <location filename="../app/shell/RoomController.cpp" line="+37" />
        <source>&amp;Host a Room…</source>
        <translation>کمرے کی &amp;میزبانی کریں…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Let the table laptops stream their notes to this laptop over the room's network</source>
        <translation>میزوں کے لیپ ٹاپس کو کمرے کے نیٹ ورک پر اپنے نوٹس اس لیپ ٹاپ پر براہِ راست بھیجنے دیں</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Join a Room…</source>
        <translation>کمرے میں &amp;شامل ہوں…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Stream this laptop's edits to the organiser's laptop, and receive theirs</source>
        <translation>اس لیپ ٹاپ کی ترامیم منتظم کے لیپ ٹاپ کو براہِ راست بھیجیں، اور ان کی ترامیم وصول کریں</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Room…</source>
        <translation>&amp;کمرہ…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The room's address and join code, and the laptops in it</source>
        <translation>کمرے کا پتہ اور شمولیتی کوڈ، اور اس میں موجود لیپ ٹاپس</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Leave the Room</source>
        <translation>کمرہ &amp;چھوڑیں</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Open the session the room works on first (not read-only).</source>
        <translation>پہلے وہ سیشن کھولیں جس پر کمرہ کام کرتا ہے (صرف پڑھنے کے لیے نہیں)۔</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Open this laptop's copy of the session first (not read-only).</source>
        <translation>پہلے اس لیپ ٹاپ پر موجود سیشن کی کاپی کھولیں (صرف پڑھنے کے لیے نہیں)۔</translation>
    </message>
    <message numerus="yes">
        <location line="+57" />
        <source>Hosting a room · %n laptop(s)</source>
        <translation>
            <numerusform>کمرے کی میزبانی · %n لیپ ٹاپ</numerusform>
            <numerusform>کمرے کی میزبانی · %n لیپ ٹاپس</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rt::RoomDialog</name>
    <message>
        <location filename="../app/shell/RoomDialog.cpp" line="+33" />
        <source>Room</source>
        <translation>کمرہ</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Table laptops on the same network join this laptop's room and stream their notes here as they are typed. Nothing goes to the internet. Listen only on the network the table laptops use:</source>
        <translation>اسی نیٹ ورک پر موجود میزوں کے لیپ ٹاپس اس لیپ ٹاپ کے کمرے میں شامل ہوتے ہیں اور اپنے نوٹس ٹائپ ہوتے ہی یہاں بھیجتے ہیں۔ کچھ بھی انٹرنیٹ پر نہیں جاتا۔ صرف اسی نیٹ ورک پر سنیں جو میزوں کے لیپ ٹاپس استعمال کرتے ہیں:</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+6" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-2" />
        <source>&amp;Network:</source>
        <translation>&amp;نیٹ ورک:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Suggested: %1.</source>
        <translation>تجویز کردہ: %1۔</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Port:</source>
        <translation>&amp;پورٹ:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Open the Room</source>
        <translation>کمرہ &amp;کھولیں</translation>
    </message>
    <message>
        <location line="+24" />
        <source>QR code of the room's address</source>
        <translation>کمرے کے پتے کا QR کوڈ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>On each table laptop: Room ▸ Join a Room…, then scan, paste the address or type this laptop's address and the join code.</source>
        <translation>ہر میز کے لیپ ٹاپ پر: کمرہ ▸ کمرے میں شامل ہوں…، پھر اسکین کریں، پتہ پیسٹ کریں یا اس لیپ ٹاپ کا پتہ اور شمولیتی کوڈ ٹائپ کریں۔</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Laptops in the room</source>
        <translation>کمرے میں موجود لیپ ٹاپس</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Close the Room</source>
        <translation>کمرہ &amp;بند کریں</translation>
    </message>
    <message>
        <location line="+32" />
        <source>The room could not open: %1</source>
        <translation>کمرہ نہیں کھل سکا: %1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Room open at %1</source>
        <translation>کمرہ %1 پر کھلا ہے</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 · code %2</source>
        <translation>%1 · کوڈ %2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>This laptop is in the room at %1.

%2</source>
        <translation>یہ لیپ ٹاپ %1 پر کمرے میں ہے۔

%2</translation>
    </message>
</context>
<context>
    <name>rt::RoomPeerModel</name>
    <message>
        <location filename="../core/models/RoomPeerModel.cpp" line="+38" />
        <source>never</source>
        <translation>کبھی نہیں</translation>
    </message>
    <message>
        <location line="+3" />
        <source>now</source>
        <translation>ابھی</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 s ago</source>
        <translation>%1 سیکنڈ پہلے</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 min ago</source>
        <translation>%1 منٹ پہلے</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 h ago</source>
        <translation>%1 گھنٹے پہلے</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Table %1 · %2</source>
        <translation>میز %1 · %2</translation>
    </message>
    <message>
        <location line="+20" />
        <source>(not chosen)</source>
        <translation>(منتخب نہیں)</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Laptop</source>
        <translation>لیپ ٹاپ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Captures</source>
        <translation>درج کرتا ہے</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Last contact</source>
        <translation>آخری رابطہ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Edits waiting</source>
        <translation>منتظر ترامیم</translation>
    </message>
</context>
<context>
    <name>rt::RowListModel</name>
    <message numerus="yes">
        <location filename="../core/models/RowListModel.cpp" line="+375" />
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>%n آئٹم منتقل کریں</numerusform>
            <numerusform>%n آئٹمز منتقل کریں</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rt::RunController</name>
    <message>
        <location filename="../app/agenda/RunController.cpp" line="+132" />
        <source>Welcome! Find your table on the table plan, and help yourself to a drink.</source>
        <translation>خوش آمدید! میزوں کے نقشے پر اپنی میز تلاش کریں، اور مشروب لے لیں۔</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Listen, and note what strikes you: you will talk about it at your table.</source>
        <translation>سنیں، اور جو بات آپ کو متاثر کرے اسے نوٹ کریں: آپ اپنی میز پر اس پر بات کریں گے۔</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Time for a break. Please be back in your seats when the countdown ends.</source>
        <translation>وقفے کا وقت۔ الٹی گنتی ختم ہونے تک اپنی نشستوں پر واپس آ جائیں۔</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Talk about your table's topic under the three questions.</source>
        <translation>تین سوالوں کے تحت اپنی میز کے موضوع پر بات کریں۔</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add your ideas, then place each one by its impact and the effort it needs.</source>
        <translation>اپنے خیالات شامل کریں، پھر ہر ایک کو اس کے اثر اور درکار محنت کے مطابق رکھیں۔</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Turn the chosen ideas into actions: who does what, by when, and how we will know it worked.</source>
        <translation>منتخب خیالات کو اقدامات میں بدلیں: کون کیا کرے گا، کب تک، اور ہم کیسے جانیں گے کہ یہ کامیاب رہا۔</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Vote from your phone: scan the code on the screen, or raise your hand when asked.</source>
        <translation>اپنے فون سے ووٹ دیں: اسکرین پر موجود کوڈ اسکین کریں، یا پوچھے جانے پر ہاتھ اٹھائیں۔</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Thank you for coming. Here is what happens next.</source>
        <translation>آنے کا شکریہ۔ آگے یہ ہوگا۔</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Work with your place's partners on what you will do together.</source>
        <translation>اپنے مقام کے شراکت داروں کے ساتھ اس پر کام کریں جو آپ مل کر کریں گے۔</translation>
    </message>
    <message>
        <location line="+29" />
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
</context>
<context>
    <name>rt::RunModeView</name>
    <message>
        <location filename="../app/agenda/RunModeView.cpp" line="+71" />
        <source>Run mode</source>
        <translation>چلانے کا موڈ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Space pause, N next, P previous, E add 5 minutes, C follow the clock, Enter go to the item's page, O open its poll, M sound</source>
        <translation>‏Space روکیں، N اگلا، P پچھلا، E مزید 5 منٹ، C گھڑی کے مطابق، Enter آئٹم کے صفحے پر جائیں، O اس کا پول کھولیں، M آواز</translation>
    </message>
    <message>
        <location line="+43" />
        <source>NEXT</source>
        <translation>اگلا</translation>
    </message>
    <message>
        <location line="+12" />
        <source>LATER</source>
        <translation>بعد میں</translation>
    </message>
    <message>
        <location line="+19" />
        <source>GUIDANCE FOR THIS ACTIVITY</source>
        <translation>اس سرگرمی کے لیے رہنمائی</translation>
    </message>
    <message>
        <location line="+12" />
        <source>◀ Back</source>
        <translation>▶ واپس</translation>
    </message>
    <message>
        <location line="+0" />
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pause</source>
        <translation>روکیں</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <location line="+1" />
        <source>+5 min</source>
        <translation>+5 منٹ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next ▶</source>
        <translation>اگلا ◀</translation>
    </message>
    <message>
        <location line="+0" />
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Workspace</source>
        <translation>ورک اسپیس</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Go to the page this item is captured on (the window never switches by itself)</source>
        <translation>اس صفحے پر جائیں جہاں یہ آئٹم درج کیا جاتا ہے (ونڈو خود کبھی نہیں بدلتی)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Poll</source>
        <translation>پول</translation>
    </message>
    <message>
        <location line="+0" />
        <source>O</source>
        <translation>O</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open the poll attached to this item</source>
        <translation>اس آئٹم سے منسلک پول کھولیں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Follow the clock</source>
        <translation>گھڑی کے مطابق چلیں</translation>
    </message>
    <message>
        <location line="+0" />
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Make the item the clock says current, ending at its scheduled time</source>
        <translation>گھڑی کے حساب سے موجودہ آئٹم کو جاری کریں، جو اپنے طے شدہ وقت پر ختم ہو</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sound</source>
        <translation>آواز</translation>
    </message>
    <message>
        <location line="+0" />
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A beep when an item's time runs out (kept until the app closes)</source>
        <translation>آئٹم کا وقت ختم ہونے پر بیپ (ایپ بند ہونے تک برقرار رہتی ہے)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Projector…</source>
        <translation>پروجیکٹر…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show the projector window</source>
        <translation>پروجیکٹر ونڈو دکھائیں</translation>
    </message>
    <message>
        <location line="+33" />
        <source>%1  [%2]</source>
        <translation>%1  [%2]</translation>
    </message>
    <message>
        <location line="+64" />
        <source>RUN MODE</source>
        <translation>چلانے کا موڈ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The agenda is empty: add items on the Agenda page.</source>
        <translation>ایجنڈا خالی ہے: ایجنڈا صفحے پر آئٹمز شامل کریں۔</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not started</source>
        <translation>شروع نہیں ہوا</translation>
    </message>
    <message>
        <location line="+13" />
        <source>NOW  ·  %1  ·  %2</source>
        <translation>ابھی  ·  %1  ·  %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ITEM %1 OF %2</source>
        <translation>%2 میں سے آئٹم %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1  ·  %2</source>
        <translation>%1  ·  %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>End of the day</source>
        <translation>دن کا اختتام</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Each table answers:</source>
        <translation>ہر میز جواب دیتی ہے:</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Go to Places  [Enter]</source>
        <translation>مقامات پر جائیں  [Enter]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Go to Tables  [Enter]</source>
        <translation>میزوں پر جائیں  [Enter]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Workspace  [Enter]</source>
        <translation>ورک اسپیس  [Enter]</translation>
    </message>
    <message>
        <location line="+56" />
        <source>Resume  [Space]</source>
        <translation>دوبارہ شروع کریں  [Space]</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Pause  [Space]</source>
        <translation>روکیں  [Space]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sound off  [M]</source>
        <translation>آواز بند  [M]</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Sound on  [M]</source>
        <translation>آواز چالو  [M]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Paused — press Space to resume</source>
        <translation>رکا ہوا — دوبارہ شروع کرنے کے لیے Space دبائیں</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Over time · N moves on, E adds 5 minutes</source>
        <translation>وقت سے زیادہ · N آگے بڑھاتا ہے، E مزید 5 منٹ دیتا ہے</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No end time, so no countdown: E gives it 5 minutes</source>
        <translation>اختتامی وقت نہیں، اس لیے الٹی گنتی نہیں: E اسے 5 منٹ دیتا ہے</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Following the clock · ends at %1</source>
        <translation>گھڑی کے مطابق · %1 پر ختم</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Ends at %1</source>
        <translation>%1 پر ختم</translation>
    </message>
</context>
<context>
    <name>rt::RunStatusWidget</name>
    <message>
        <location filename="../app/agenda/RunStatusWidget.cpp" line="+26" />
        <source>Run mode: the current item and the time left (click for run mode, F5)</source>
        <translation>چلانے کا موڈ: موجودہ آئٹم اور باقی وقت (چلانے کے موڈ کے لیے کلک کریں، F5)</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Not started</source>
        <translation>شروع نہیں ہوا</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run mode: %1, %2 left, paused</source>
        <translation>چلانے کا موڈ: %1، %2 باقی، رکا ہوا</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run mode: %1, %2 over time</source>
        <translation>چلانے کا موڈ: %1، وقت سے %2 زیادہ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run mode: %1, %2 left</source>
        <translation>چلانے کا موڈ: %1، %2 باقی</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Go to Tables</source>
        <translation>میزوں پر جائیں</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Go to Places</source>
        <translation>مقامات پر جائیں</translation>
    </message>
</context>
<context>
    <name>rt::SaveBanner</name>
    <message>
        <location filename="../app/shell/SaveBanner.cpp" line="+22" />
        <source>Changes are not being saved</source>
        <translation>تبدیلیاں محفوظ نہیں ہو رہیں</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Try &amp;Again</source>
        <translation>دوبارہ &amp;کوشش کریں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tries to save to the session file again</source>
        <translation>سیشن فائل میں دوبارہ محفوظ کرنے کی کوشش کرتا ہے</translation>
    </message>
    <message>
        <location line="+33" />
        <source>%1 Nothing saved before is lost, and text you typed stays in its box until it can be saved. Roundtable keeps trying: free some space or check the folder.</source>
        <translation>%1 پہلے محفوظ کی گئی کوئی چیز ضائع نہیں ہوئی، اور آپ کا لکھا ہوا متن اپنے خانے میں تب تک رہے گا جب تک وہ محفوظ نہ ہو جائے۔ Roundtable کوشش جاری رکھے ہوئے ہے: کچھ جگہ خالی کریں یا فولڈر چیک کریں۔</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Saving works again. Text that could not be saved is still in its box: send it again (Enter) to save it.</source>
        <translation>محفوظ کرنا دوبارہ کام کر رہا ہے۔ جو متن محفوظ نہیں ہو سکا وہ ابھی تک اپنے خانے میں ہے: اسے محفوظ کرنے کے لیے دوبارہ بھیجیں (Enter)۔</translation>
    </message>
</context>
<context>
    <name>rt::SearchHitDelegate</name>
    <message>
        <location filename="../app/tables/TableOverview.cpp" line="+254" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>rt::SessionSidebar</name>
    <message>
        <location filename="../app/shell/SessionSidebar.cpp" line="+38" />
        <source>Workspaces</source>
        <translation>ورک اسپیسز</translation>
    </message>
</context>
<context>
    <name>rt::SlidePreview</name>
    <message>
        <location filename="../app/export/ExportWorkspace.cpp" line="-542" />
        <source>Slide preview</source>
        <translation>سلائیڈ کا پیش منظر</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Nothing to export yet</source>
        <translation>ابھی برآمد کرنے کو کچھ نہیں</translation>
    </message>
</context>
<context>
    <name>rt::StatusDelegate</name>
    <message>
        <location filename="../app/places/FollowUpDelegates.cpp" line="-25" />
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>صورتحال</translation>
    </message>
</context>
<context>
    <name>rt::Store</name>
    <message>
        <location filename="../core/store/Store.cpp" line="+89" />
        <source>Could not prepare a statement: %1</source>
        <translation>‏SQL بیان تیار نہیں کیا جا سکا: %1</translation>
    </message>
    <message>
        <location line="+84" />
        <source>The change could not be recorded for the room: %1</source>
        <translation>کمرے کے لیے تبدیلی درج نہیں ہو سکی: %1</translation>
    </message>
    <message>
        <location line="+227" />
        <location line="+28" />
        <location line="+58" />
        <location line="+47" />
        <location line="+36" />
        <location filename="../core/store/VoteRepository.cpp" line="+33" />
        <source>The session is open read-only.</source>
        <translation>سیشن صرف پڑھنے کے لیے کھلا ہے۔</translation>
    </message>
    <message>
        <location line="-137" />
        <source>There is no field %1 in %2.</source>
        <translation>%2 میں کوئی فیلڈ %1 نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+140" />
        <source>%1 rows have no order.</source>
        <translation>%1 قطاروں کی کوئی ترتیب نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+4" />
        <source>There is no %1 with id %2.</source>
        <translation>‏id %2 والا کوئی %1 نہیں ہے۔</translation>
    </message>
</context>
<context>
    <name>rt::TableCardDelegate</name>
    <message numerus="yes">
        <location filename="../app/tables/TableOverview.cpp" line="-161" />
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n مماثلت</numerusform>
            <numerusform>%n مماثلتیں</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24" />
        <source>(no topic)</source>
        <translation>(کوئی موضوع نہیں)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>No facilitator yet</source>
        <translation>ابھی کوئی سہولت کار نہیں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Facilitator: %1</source>
        <translation>سہولت کار: %1</translation>
    </message>
    <message>
        <location line="+39" />
        <source>From: %1</source>
        <translation>از: %1</translation>
    </message>
    <message>
        <location line="+17" />
        <source>No key points yet</source>
        <translation>ابھی کوئی اہم نکات نہیں</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>★ %n key point(s)</source>
        <translation>
            <numerusform>★ %n اہم نکتہ</numerusform>
            <numerusform>★ %n اہم نکات</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28" />
        <source>This table's notes were typed on %1</source>
        <translation>اس میز کے نوٹس %1 پر لکھے گئے</translation>
    </message>
</context>
<context>
    <name>rt::TableItemDelegate</name>
    <message>
        <location filename="../app/tables/TablePicker.cpp" line="+86" />
        <source>(no topic)</source>
        <translation>(کوئی موضوع نہیں)</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n نوٹ</numerusform>
            <numerusform>%n نوٹس</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>rt::TableListModel</name>
    <message>
        <location filename="../core/models/TableListModel.cpp" line="+25" />
        <source>Number</source>
        <translation>نمبر</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Topic</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Facilitator</source>
        <translation>سہولت کار</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Table %1</source>
        <translation>میز %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Table %1 · %2</source>
        <translation>میز %1 · %2</translation>
    </message>
    <message>
        <location line="+47" />
        <source>%1, facilitator %2, notes: %3</source>
        <translation>%1، سہولت کار %2، نوٹس: %3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not set</source>
        <translation>طے نہیں</translation>
    </message>
    <message>
        <location line="+65" />
        <source>Move notes to %1</source>
        <translation>نوٹس کو %1 میں منتقل کریں</translation>
    </message>
</context>
<context>
    <name>rt::TableOverview</name>
    <message>
        <location filename="../app/tables/TableOverview.cpp" line="+76" />
        <source>All tables</source>
        <translation>تمام میزیں</translation>
    </message>
    <message>
        <location line="+8" />
        <source>+ Add Table</source>
        <translation>+ میز شامل کریں</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Tables</source>
        <translation>میزیں</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Search results</source>
        <translation>تلاش کے نتائج</translation>
    </message>
    <message numerus="yes">
        <location line="+82" />
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n میز</numerusform>
            <numerusform>%n میزیں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n نوٹ</numerusform>
            <numerusform>%n نوٹس</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n key point(s)</source>
        <translation>
            <numerusform>%n اہم نکتہ</numerusform>
            <numerusform>%n اہم نکات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n مماثلت</numerusform>
            <numerusform>%n مماثلتیں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>at %n table(s)</source>
        <translation>
            <numerusform>%n میز پر</numerusform>
            <numerusform>%n میزوں پر</numerusform>
        </translation>
    </message>
    <message>
        <location line="-2" />
        <source>No note matches “%1”</source>
        <translation>کوئی نوٹ “%1” سے مماثل نہیں</translation>
    </message>
</context>
<context>
    <name>rt::TablePicker</name>
    <message>
        <location filename="../app/tables/TablePicker.cpp" line="+16" />
        <location line="+31" />
        <source>Tables</source>
        <translation>میزیں</translation>
    </message>
    <message>
        <location line="-18" />
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Add a table</source>
        <translation>ایک میز شامل کریں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>✎</source>
        <translation>✎</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Edit the table's number, topic and facilitator</source>
        <translation>میز کے نمبر، موضوع اور سہولت کار میں ترمیم کریں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>↑</source>
        <translation>↑</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Move the table up</source>
        <translation>میز کو اوپر لے جائیں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>↓</source>
        <translation>↓</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Move the table down</source>
        <translation>میز کو نیچے لے جائیں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>✕</source>
        <translation>✕</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Delete the table and its notes (undoable)</source>
        <translation>میز اور اس کے نوٹس حذف کریں (کالعدم کیا جا سکتا ہے)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Drop notes on a table to move them there.</source>
        <translation>نوٹس کو کسی میز پر منتقل کرنے کے لیے انہیں اس پر چھوڑیں۔</translation>
    </message>
    <message>
        <location line="+109" />
        <source>Table details</source>
        <translation>میز کی تفصیلات</translation>
    </message>
    <message>
        <location line="+6" />
        <source>e.g. Mental health</source>
        <translation>مثلاً ذہنی صحت</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Number:</source>
        <translation>&amp;نمبر:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Topic:</source>
        <translation>&amp;موضوع:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Facilitator:</source>
        <translation>&amp;سہولت کار:</translation>
    </message>
</context>
<context>
    <name>rt::TablesWorkspace</name>
    <message>
        <location filename="../app/tables/TablesWorkspace.cpp" line="+89" />
        <source>All Tables</source>
        <translation>تمام میزیں</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Table</source>
        <translation>میز</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Feed Back</source>
        <translation>فیڈبیک</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Every table as a card</source>
        <translation>ہر میز ایک کارڈ کی صورت میں</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Capture the current table's notes</source>
        <translation>موجودہ میز کے نوٹس درج کریں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show the current table's key points, large, for the room</source>
        <translation>موجودہ میز کے اہم نکات کمرے کے لیے بڑے سائز میں دکھائیں</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Search every table (Ctrl+F)</source>
        <translation>ہر میز میں تلاش کریں (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Search notes at every table</source>
        <translation>ہر میز کے نوٹس میں تلاش کریں</translation>
    </message>
    <message>
        <location line="+76" />
        <source>+ Add Prompt</source>
        <translation>+ سوال شامل کریں</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Add a question every table answers (up to five)</source>
        <translation>ایسا سوال شامل کریں جس کا جواب ہر میز دے (زیادہ سے زیادہ پانچ)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Feed Back ▸</source>
        <translation>فیڈبیک ◂</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show this table's key points large, for the room</source>
        <translation>اس میز کے اہم نکات کمرے کے لیے بڑے سائز میں دکھائیں</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Full Screen</source>
        <translation>پوری اسکرین</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show the key points full screen on the last screen (the projector)</source>
        <translation>اہم نکات آخری اسکرین (پروجیکٹر) پر پوری اسکرین میں دکھائیں</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Tables</source>
        <translation>میزیں</translation>
    </message>
    <message>
        <location line="+5" />
        <source>tables — every table as a card, with notes per prompt and key points</source>
        <translation>‏tables — ہر میز ایک کارڈ کی صورت میں، ہر سوال کے نوٹس اور اہم نکات کے ساتھ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>table:N — the notes of table N (N: its position, 1 = first in the file)</source>
        <translation>‏table:N — میز N کے نوٹس (N: اس کا ترتیبی نمبر، 1 = فائل میں پہلی)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>feedback:N — table N's key points, projector-sized</source>
        <translation>‏feedback:N — میز N کے اہم نکات، پروجیکٹر کے سائز میں</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1: the session has no tables</source>
        <translation>%1: سیشن میں کوئی میز نہیں ہے</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: N must be a table's position from 1 to %2</source>
        <translation>‏%1: N کو 1 سے %2 تک کسی میز کا ترتیبی نمبر ہونا چاہیے</translation>
    </message>
    <message>
        <location line="+90" />
        <source>Key points</source>
        <translation>اہم نکات</translation>
    </message>
    <message>
        <location line="+72" />
        <source>New question?</source>
        <translation>نیا سوال؟</translation>
    </message>
    <message>
        <location line="+67" />
        <source>From: %1</source>
        <extracomment>Which laptops a table's notes were typed on: %1 lists their names</extracomment>
        <translation>از: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This table's notes were typed on %1</source>
        <translation>اس میز کے نوٹس %1 پر لکھے گئے</translation>
    </message>
    <message numerus="yes">
        <location line="+28" />
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n مماثلت</numerusform>
            <numerusform>%n مماثلتیں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>at %n table(s)</source>
        <translation>
            <numerusform>%n میز پر</numerusform>
            <numerusform>%n میزوں پر</numerusform>
        </translation>
    </message>
    <message>
        <location line="-68" />
        <source>No table</source>
        <translation>کوئی میز نہیں</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Facilitator: %1</source>
        <translation>سہولت کار: %1</translation>
    </message>
    <message>
        <location line="+59" />
        <source>No matches</source>
        <translation>کوئی مماثلت نہیں</translation>
    </message>
</context>
<context>
    <name>rt::TemplateDialog</name>
    <message>
        <location filename="../app/shell/TemplateDialog.cpp" line="+20" />
        <source>New from Template</source>
        <translation>سانچے سے نیا</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose what the new session starts with. You can change everything afterwards.</source>
        <translation>چنیں کہ نیا سیشن کس چیز سے شروع ہو۔ آپ بعد میں سب کچھ بدل سکتے ہیں۔</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Templates</source>
        <translation>ٹیمپلیٹس</translation>
    </message>
    <message>
        <location line="+12" />
        <source>&amp;Create…</source>
        <translation>&amp;بنائیں…</translation>
    </message>
</context>
<context>
    <name>rt::UserGuideWindow</name>
    <message>
        <location filename="../app/shell/UserGuide.cpp" line="+25" />
        <source>Roundtable User Guide</source>
        <translation>‏Roundtable صارف کی رہنما</translation>
    </message>
    <message>
        <location line="+7" />
        <source>User guide</source>
        <translation>صارف کی رہنما</translation>
    </message>
    <message>
        <location line="+41" />
        <source>&lt;h2&gt;The user guide is not installed&lt;/h2&gt;&lt;p&gt;Roundtable looked for it here:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;&lt;p&gt;Reinstall Roundtable, or read docs/USER-GUIDE.md in its source.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;صارف کی رہنما انسٹال نہیں ہے&lt;/h2&gt;&lt;p&gt;Roundtable نے اسے یہاں تلاش کیا:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;&lt;p&gt;Roundtable دوبارہ انسٹال کریں، یا اس کے سورس میں docs/USER-GUIDE.md پڑھیں۔&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>rt::WelcomePage</name>
    <message>
        <location filename="../app/shell/WelcomePage.cpp" line="+45" />
        <source>Roundtable</source>
        <translation>Roundtable</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Run a facilitated seminar and publish its verbatim summary pack.</source>
        <translation>سہولت کاری کے ساتھ سیمینار چلائیں اور اس کا لفظ بہ لفظ خلاصہ پیک شائع کریں۔</translation>
    </message>
    <message>
        <location line="+9" />
        <source>New from Template…</source>
        <translation>سانچے سے نیا…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Open…</source>
        <translation>کھولیں…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Recent sessions</source>
        <translation>حالیہ سیشنز</translation>
    </message>
    <message>
        <location line="+30" />
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Sessions you open appear here.</source>
        <translation>آپ جو سیشن کھولیں گے وہ یہاں نظر آئیں گے۔</translation>
    </message>
</context>
<context>
    <name>rt::agendatimes</name>
    <message>
        <location filename="../core/domain/AgendaTimes.cpp" line="+98" />
        <location line="+6" />
        <source>“%1” is not a time: enter it as HH:MM (00:00–23:59).</source>
        <translation>“%1” وقت نہیں ہے: اسے HH:MM (00:00–23:59) کی صورت میں درج کریں۔</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Ends (%1) before it starts (%2).</source>
        <translation>شروع (%2) ہونے سے پہلے ختم (%1) ہوتا ہے۔</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Overlaps the next item, which starts at %1.</source>
        <translation>اگلے آئٹم سے ٹکراتا ہے، جو %1 پر شروع ہوتا ہے۔</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Starts before the previous item ends (%1).</source>
        <translation>پچھلے آئٹم کے ختم (%1) ہونے سے پہلے شروع ہوتا ہے۔</translation>
    </message>
</context>
<context>
    <name>rt::charts::PollChart</name>
    <message>
        <location filename="../app/polls/PollChart.cpp" line="+247" />
        <source>Poll results</source>
        <translation>پول کے نتائج</translation>
    </message>
</context>
<context>
    <name>rt::cli</name>
    <message>
        <location filename="../app/cli/Cli.cpp" line="-50" />
        <source>create a session file from a built-in template (default: blank)</source>
        <translation>بلٹ اِن سانچے سے سیشن فائل بنائیں (طے شدہ: blank)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>list the built-in templates</source>
        <translation>بلٹ اِن سانچوں کی فہرست دکھائیں</translation>
    </message>
    <message>
        <location line="+3" />
        <source>what the session file holds (counts; --json: one JSON object)</source>
        <translation>سیشن فائل میں کیا ہے (تعداد؛ --json: ایک JSON آبجیکٹ)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the whole session as interchange JSON on stdout</source>
        <translation>پورا سیشن تبادلے کے JSON کے طور پر stdout پر</translation>
    </message>
    <message>
        <location line="+2" />
        <source>build a new session file from interchange JSON (JSON may be - for stdin)</source>
        <translation>تبادلے کے JSON سے نئی سیشن فائل بنائیں (stdin کے لیے JSON کی جگہ - دیا جا سکتا ہے)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>render one view of the app offscreen to a PNG</source>
        <translation>ایپ کا ایک منظر اسکرین کے بغیر PNG میں رینڈر کریں</translation>
    </message>
    <message>
        <location line="-7" />
        <source>combine the files from several laptops into a new file OUT</source>
        <translation>کئی لیپ ٹاپس کی فائلیں ایک نئی فائل OUT میں یکجا کریں</translation>
    </message>
    <message>
        <location line="+2" />
        <source>phone voting without the window, until Ctrl+C or the poll closes</source>
        <translation>ونڈو کے بغیر فون ووٹنگ، Ctrl+C یا پول بند ہونے تک</translation>
    </message>
    <message>
        <location line="+2" />
        <source>host the live room, or join one as a table laptop, until Ctrl+C</source>
        <translation>Ctrl+C تک لائیو کمرے کی میزبانی کریں، یا میز کے لیپ ٹاپ کے طور پر کسی کمرے میں شامل ہوں</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Usage: roundtable [FILE]             open the app (on FILE)
       roundtable COMMAND [ARGS...]   run a command without a window
</source>
        <translation>استعمال: roundtable [FILE]             ایپ کھولیں (FILE پر)
       roundtable COMMAND [ARGS...]   ونڈو کے بغیر کمانڈ چلائیں
</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Commands:</source>
        <translation>کمانڈز:</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Views for screenshot --view:</source>
        <translation>screenshot --view کے لیے مناظر:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Options:</source>
        <translation>اختیارات:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>show this help; `roundtable COMMAND --help` for one command</source>
        <translation>یہ مدد دکھائیں؛ کسی ایک کمانڈ کے لیے `roundtable COMMAND --help`</translation>
    </message>
    <message>
        <location line="+1" />
        <source>show the version</source>
        <translation>ورژن دکھائیں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Exit status is 0 on success; otherwise one line on stderr says why.</source>
        <translation>کامیابی پر ایگزٹ اسٹیٹس 0 ہوتا ہے؛ ورنہ stderr پر ایک سطر وجہ بتاتی ہے۔</translation>
    </message>
    <message>
        <location line="+75" />
        <source>show this help</source>
        <translation>یہ مدد دکھائیں</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Usage: roundtable %1</source>
        <translation>استعمال: roundtable %1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Views:</source>
        <translation>مناظر:</translation>
    </message>
    <message>
        <location filename="../app/cli/DumpCommand.cpp" line="+14" />
        <location filename="../app/cli/ExportCommand.cpp" line="+52" />
        <location filename="../app/cli/InfoCommand.cpp" line="+37" />
        <source>the session file (opened read-only)</source>
        <translation>سیشن فائل (صرف پڑھنے کے لیے کھولی جاتی ہے)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>dump: expected one FILE (usage: roundtable dump FILE)</source>
        <translation>dump: ایک FILE متوقع تھی (استعمال: roundtable dump FILE)</translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="-2" />
        <source>print one JSON object instead of text</source>
        <translation>متن کے بجائے ایک JSON آبجیکٹ پرنٹ کریں</translation>
    </message>
    <message>
        <location line="+7" />
        <source>info: expected one FILE (usage: roundtable info FILE [--json])</source>
        <translation>info: ایک FILE متوقع تھی (استعمال: roundtable info FILE [--json])</translation>
    </message>
    <message>
        <location line="+61" />
        <source>File</source>
        <translation>فائل</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Venue</source>
        <translation>جائے انعقاد</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Schema</source>
        <translation>اسکیما</translation>
    </message>
    <message>
        <location line="+0" />
        <source>version %1</source>
        <translation>ورژن %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agenda</source>
        <translation>ایجنڈا</translation>
    </message>
    <message numerus="yes">
        <location line="+0" />
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n آئٹم</numerusform>
            <numerusform>%n آئٹمز</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12" />
        <source>Follow-up</source>
        <translation>پیروی</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%1 open, %2 overdue, %n progress update(s)</source>
        <translation>
            <numerusform>%1 کھلے، %2 تاخیر شدہ، پیش رفت کی %n اپ ڈیٹ</numerusform>
            <numerusform>%1 کھلے، %2 تاخیر شدہ، پیش رفت کی %n اپ ڈیٹس</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n اشاریہ</numerusform>
            <numerusform>%n اشاریے</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n کالم</numerusform>
            <numerusform>%n کالم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n فائل</numerusform>
            <numerusform>%n فائلیں</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+4" />
        <source>Room</source>
        <translation>کمرہ</translation>
    </message>
    <message numerus="yes">
        <location line="-3" />
        <source>hosted here: %n laptop(s), </source>
        <translation>
            <numerusform>یہاں میزبانی: %n لیپ ٹاپ، </numerusform>
            <numerusform>یہاں میزبانی: %n لیپ ٹاپس، </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n change(s) logged</source>
        <translation>
            <numerusform>%n تبدیلی درج</numerusform>
            <numerusform>%n تبدیلیاں درج</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>a laptop in a room: %n edit(s) waiting for the host</source>
        <translation>
            <numerusform>کمرے میں ایک لیپ ٹاپ: %n ترمیم میزبان کی منتظر</numerusform>
            <numerusform>کمرے میں ایک لیپ ٹاپ: %n ترامیم میزبان کی منتظر</numerusform>
        </translation>
    </message>
    <message>
        <location line="-28" />
        <source>Prompts</source>
        <translation>سوالات</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tables</source>
        <translation>میزیں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 (notes: %2, key points: %3)</source>
        <translation>%1 (نوٹس: %2، اہم نکات: %3)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Places</source>
        <translation>مقامات</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 (aims: %2, ideas: %3, drivers: %4, actions: %5)</source>
        <translation>%1 (اہداف: %2، خیالات: %3، ڈرائیورز: %4، اقدامات: %5)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Polls</source>
        <translation>پولز</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 (votes: %2)</source>
        <translation>%1 (ووٹ: %2)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Data pack</source>
        <translation>ڈیٹا پیک</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Merged from</source>
        <translation>ضم کردہ ماخذ</translation>
    </message>
    <message>
        <location filename="../app/cli/LoadCommand.cpp" line="+32" />
        <source>interchange JSON file, or - for standard input</source>
        <translation>تبادلے کی JSON فائل، یا معیاری ان پٹ کے لیے -</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the session file to build; it must not exist</source>
        <translation>بنائی جانے والی سیشن فائل؛ یہ پہلے سے موجود نہیں ہونی چاہیے</translation>
    </message>
    <message>
        <location line="+5" />
        <source>load: expected JSON and FILE (usage: roundtable load JSON FILE)</source>
        <translation>load: JSON اور FILE متوقع تھے (استعمال: roundtable load JSON FILE)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>standard input</source>
        <translation>معیاری ان پٹ</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 cannot be read: %2</source>
        <translation>%1 کو پڑھا نہیں جا سکتا: %2</translation>
    </message>
    <message>
        <location line="+13" />
        <source>warning: %1</source>
        <translation>انتباہ: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>warning: and %n more</source>
        <translation>
            <numerusform>انتباہ: اور %n مزید</numerusform>
            <numerusform>انتباہ: اور %n مزید</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/MergeCommand.cpp" line="+26" />
        <source>the new session file to write; it must not exist</source>
        <translation>لکھی جانے والی نئی سیشن فائل؛ یہ پہلے سے موجود نہیں ہونی چاہیے</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the session files to combine (opened read-only)</source>
        <translation>یکجا کی جانے والی سیشن فائلیں (صرف پڑھنے کے لیے کھولی جاتی ہیں)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>what to do with a table, place or poll found in several files: combine (one, with every file's notes and votes; the default, as in the window), keep-both, or keep-first</source>
        <translation>کئی فائلوں میں موجود میز، مقام یا رائے شماری کا کیا کیا جائے: combine (ایک، ہر فائل کے نوٹس اور ووٹوں کے ساتھ؛ طے شدہ، جیسا کہ ونڈو میں)، keep-both، یا keep-first</translation>
    </message>
    <message>
        <location line="+12" />
        <source>merge: --policy %1 is not one of combine, keep-both, keep-first</source>
        <translation>merge: --policy %1 ان میں سے نہیں ہے: combine، keep-both، keep-first</translation>
    </message>
    <message>
        <location line="+3" />
        <source>usage: roundtable merge OUT FILE...</source>
        <translation>استعمال: roundtable merge OUT FILE...</translation>
    </message>
    <message>
        <location line="+10" />
        <source>duplicate: %1</source>
        <translation>دوہرا: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>skipped: %1</source>
        <translation>چھوڑا گیا: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>differs: %1</source>
        <translation>مختلف: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%1: merged %n source(s): %2 tables, %3 notes, %4 places, %5 polls, %6 votes</source>
        <translation>
            <numerusform>%1: %n ماخذ ضم کیا گیا: %2 میزیں، %3 نوٹس، %4 مقامات، %5 رائے شماریاں، %6 ووٹ</numerusform>
            <numerusform>%1: %n ماخذ ضم کیے گئے: %2 میزیں، %3 نوٹس، %4 مقامات، %5 رائے شماریاں، %6 ووٹ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/NewCommand.cpp" line="+17" />
        <source>the template to start from (see `roundtable templates`)</source>
        <translation>شروع کرنے کے لیے سانچہ (دیکھیں `roundtable templates`)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>start from the last event's session: its places, aims, driver diagrams, open actions with their progress, prompts and data pack (tables, notes, ideas and polls start fresh)</source>
        <translation>پچھلی تقریب کے سیشن سے شروع کریں: اس کے مقامات، اہداف، ڈرائیور ڈایاگرام، کھلے اقدامات ان کی پیش رفت سمیت، سوالات اور ڈیٹا پیک (میزیں، نوٹس، خیالات اور پولز نئے سرے سے شروع ہوتے ہیں)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the session file to create; it must not exist</source>
        <translation>بنائی جانے والی سیشن فائل؛ یہ پہلے سے موجود نہیں ہونی چاہیے</translation>
    </message>
    <message>
        <location line="+6" />
        <source>new: expected one FILE (usage: roundtable new [--template NAME | --from PREVIOUS] FILE)</source>
        <translation>new: ایک FILE متوقع تھی (استعمال: roundtable new [--template NAME | --from PREVIOUS] FILE)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>new: --from and --template cannot be used together</source>
        <translation>new: --from اور --template ایک ساتھ استعمال نہیں کیے جا سکتے</translation>
    </message>
    <message>
        <location line="+9" />
        <source>there is no template "%1"; `roundtable templates` lists them</source>
        <translation>کوئی سانچہ "%1" نہیں ہے؛ `roundtable templates` ان کی فہرست دکھاتا ہے</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the built-in template %1 is broken: %2</source>
        <translation>بلٹ اِن سانچہ %1 خراب ہے: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/ScreenshotCommand.cpp" line="+47" />
        <source>the view to render (listed below)</source>
        <translation>رینڈر کیا جانے والا منظر (نیچے درج)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the PNG file to write</source>
        <translation>لکھی جانے والی PNG فائل</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the window size in pixels (default 1280x800)</source>
        <translation>پکسلز میں ونڈو کا سائز (طے شدہ 1280x800)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the window's language, e.g. ur or cy (default: the system's, LANG)</source>
        <translation>ونڈو کی زبان، مثلاً ur یا cy (طے شدہ: سسٹم کی، LANG)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>picture the read-only window (as a second window shows the session)</source>
        <translation>صرف پڑھنے والی ونڈو کی تصویر (جیسے دوسری ونڈو سیشن دکھاتی ہے)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the session file (never changed: the window shows a copy of it)</source>
        <translation>سیشن فائل (کبھی تبدیل نہیں ہوتی: ونڈو اس کی نقل دکھاتی ہے)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>screenshot: expected one FILE (usage: roundtable screenshot FILE --view VIEW -o OUT.png)</source>
        <translation>screenshot: ایک FILE متوقع تھی (استعمال: roundtable screenshot FILE --view VIEW -o OUT.png)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>screenshot: --view VIEW is required (`roundtable screenshot --help` lists the views)</source>
        <translation>screenshot: --view VIEW لازمی ہے (`roundtable screenshot --help` مناظر کی فہرست دکھاتا ہے)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>screenshot: -o OUT.png is required</source>
        <translation>screenshot: -o OUT.png لازمی ہے</translation>
    </message>
    <message>
        <location line="+7" />
        <source>screenshot: --size expects WxH between 100x100 and 8000x8000, e.g. 1280x800, not "%1"</source>
        <translation>screenshot: --size کو 100x100 اور 8000x8000 کے درمیان WxH درکار ہے، مثلاً 1280x800، نہ کہ "%1"</translation>
    </message>
    <message>
        <location line="+4" />
        <source>screenshot: no translation for language "%1" (try en, cy, pl or ur)</source>
        <translation>screenshot: زبان "%1" کا کوئی ترجمہ نہیں (en، cy، pl یا ur آزمائیں)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>screenshot: no room for a working copy: %1</source>
        <translation>screenshot: کام کرنے والی نقل کے لیے جگہ نہیں: %1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>screenshot: %1</source>
        <translation>screenshot: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="-33" />
        <source>write the verbatim summary pack (see export --help)</source>
        <translation>لفظ بہ لفظ خلاصہ پیک لکھیں (دیکھیں export --help)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>pptx, pdf, md or csv (required; see Formats below)</source>
        <translation>pptx، pdf، md یا csv (لازمی؛ نیچے فارمیٹس دیکھیں)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>output file (default: FILE with the format's extension; for csv a trailing .csv is dropped before -notes.csv / -actions.csv are added)</source>
        <translation>آؤٹ پٹ فائل (طے شدہ: فارمیٹ کے ایکسٹینشن کے ساتھ FILE؛ csv کے لیے -notes.csv / -actions.csv لگانے سے پہلے آخر کا .csv ہٹا دیا جاتا ہے)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>comma-separated parts to include (default: those the session's Export page settings include, in their order): %1</source>
        <translation>شامل کیے جانے والے حصے، کوما سے الگ (طے شدہ: وہ جو سیشن کے برآمد والے صفحے کی ترتیبات میں شامل ہیں، اسی ترتیب میں): %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>summary (default): the verbatim summary pack; progress: the place leads' progress update (pptx, pdf or md)</source>
        <translation>summary (طے شدہ): لفظ بہ لفظ خلاصہ پیک؛ progress: مقامات کے قائدین کے لیے پیش رفت کی اپ ڈیٹ (pptx، pdf یا md)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>progress: only this place (default: every place)</source>
        <translation>progress: صرف یہ مقام (طے شدہ: ہر مقام)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>progress: what changed since this day, yyyy-MM-dd (default: the event's date)</source>
        <translation>progress: اس دن کے بعد سے کیا بدلا، yyyy-MM-dd (طے شدہ: تقریب کی تاریخ)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Formats:
  pptx  editable slides (PowerPoint, LibreOffice Impress)
  pdf   the same slides as a PDF (vector, searchable text)
  md    the whole session as Markdown
  csv   two spreadsheets: OUT-notes.csv (table, topic, prompt, text, key_point)
        and OUT-actions.csv (place, cohort, idea, action, who, by_when, measure);
        UTF-8 with BOM, CRLF line ends, RFC 4180 quoting
</source>
        <translation>فارمیٹس:
  pptx  قابلِ ترمیم سلائیڈیں (PowerPoint، LibreOffice Impress)
  pdf   وہی سلائیڈیں بطور PDF (ویکٹر، قابلِ تلاش متن)
  md    پورا سیشن بطور Markdown
  csv   دو اسپریڈشیٹس: OUT-notes.csv (table, topic, prompt, text, key_point)
        اور OUT-actions.csv (place, cohort, idea, action, who, by_when, measure)؛
        BOM کے ساتھ UTF-8، CRLF سطر اختتام، RFC 4180 کوٹنگ
</translation>
    </message>
    <message>
        <location line="+15" />
        <source>export: unknown section "%1"</source>
        <translation>export: نامعلوم حصہ "%1"</translation>
    </message>
    <message>
        <location line="+6" />
        <source>export: which session FILE?</source>
        <translation>export: کون سی سیشن FILE؟</translation>
    </message>
    <message>
        <location line="+2" />
        <source>export: unexpected argument %1</source>
        <translation>export: غیر متوقع دلیل %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>export: --format pptx|pdf|md|csv is required</source>
        <translation>export: --format pptx|pdf|md|csv لازمی ہے</translation>
    </message>
    <message>
        <location line="+5" />
        <source>export: --pack must be summary or progress, not "%1"</source>
        <translation>export: --pack کی قدر summary یا progress ہونی چاہیے، "%1" نہیں</translation>
    </message>
    <message>
        <location line="+3" />
        <source>export: --sections is for the summary pack, not --pack progress</source>
        <translation>export: --sections خلاصہ پیک کے لیے ہے، --pack progress کے لیے نہیں</translation>
    </message>
    <message>
        <location line="+5" />
        <source>export: --place needs a place's name</source>
        <translation>export: --place کو کسی مقام کا نام درکار ہے</translation>
    </message>
    <message>
        <location line="+6" />
        <source>export: --since "%1" is not a date; use yyyy-MM-dd</source>
        <translation>export: --since "%1" تاریخ نہیں ہے؛ yyyy-MM-dd استعمال کریں</translation>
    </message>
    <message>
        <location line="+10" />
        <source>export: --place and --since are for --pack progress</source>
        <translation>export: --place اور --since صرف --pack progress کے لیے ہیں</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="+27" />
        <source>the poll to open, by its number in the file (from 1)</source>
        <translation>کھولی جانے والی رائے شماری، فائل میں اس کے نمبر سے (1 سے)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>the session file; votes are committed to it as they arrive</source>
        <translation>سیشن فائل؛ ووٹ آتے ہی اس میں محفوظ کیے جاتے ہیں</translation>
    </message>
    <message>
        <location line="+13" />
        <source>serve: --poll needs a poll number from 1</source>
        <translation>serve: --poll کو 1 سے شروع ہونے والا رائے شماری نمبر چاہیے</translation>
    </message>
    <message>
        <location line="+5" />
        <source>serve: --port needs a number from 0 to 65535</source>
        <translation>serve: --port کو 0 سے 65535 تک کا نمبر چاہیے</translation>
    </message>
    <message>
        <location line="-30" />
        <source>the address of this computer to listen on (default: the first IPv4 address of a running network interface that is not a VPN, container or virtual machine, else 127.0.0.1)</source>
        <translation>اس کمپیوٹر کا وہ پتہ جس پر سننا ہے (طے شدہ: کسی چلتے ہوئے نیٹ ورک انٹرفیس کا پہلا IPv4 پتہ جو VPN، کنٹینر یا ورچوئل مشین نہ ہو، ورنہ 127.0.0.1)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the port (default 8765, as in the window, so the poll's link stays the same; 0: any free port)</source>
        <translation>پورٹ (طے شدہ 8765، جیسا کہ ونڈو میں، تاکہ پول کا لنک وہی رہے؛ 0: کوئی بھی خالی پورٹ)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>also write the voting address's QR code to OUT.png (to print or project)</source>
        <translation>ووٹنگ کے پتے کا QR کوڈ OUT.png میں بھی لکھیں (پرنٹ کرنے یا پروجیکٹ کرنے کے لیے)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>serve: unexpected argument %1; usage: serve FILE --poll N [--bind ADDR] [--port P] [--qr OUT.png]</source>
        <translation>serve: غیر متوقع آرگیومنٹ %1؛ استعمال: serve FILE --poll N [--bind ADDR] [--port P] [--qr OUT.png]</translation>
    </message>
    <message>
        <location line="+15" />
        <source>serve: usage: serve FILE --poll N [--bind ADDR] [--port P] [--qr OUT.png]</source>
        <translation>serve: استعمال: serve FILE --poll N [--bind ADDR] [--port P] [--qr OUT.png]</translation>
    </message>
    <message>
        <location line="+22" />
        <source>serve: --bind %1 is not an IP address</source>
        <translation>serve: --bind %1 کوئی IP پتہ نہیں ہے</translation>
    </message>
    <message>
        <location line="+3" />
        <source>serve: --bind %1 would listen on every interface; name one address</source>
        <translation>serve: --bind %1 ہر انٹرفیس پر سنے گا؛ ایک پتہ بتائیں</translation>
    </message>
    <message>
        <location line="+2" />
        <source>serve: --bind %1 is not an address of this computer</source>
        <translation>serve: --bind %1 اس کمپیوٹر کا پتہ نہیں ہے</translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>serve: %1 has %n poll(s); there is no poll %2</source>
        <translation>
            <numerusform>serve: %1 میں %n رائے شماری ہے؛ رائے شماری %2 موجود نہیں</numerusform>
            <numerusform>serve: %1 میں %n رائے شماریاں ہیں؛ رائے شماری %2 موجود نہیں</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>serve: cannot open poll %1 in %2: %3</source>
        <translation>serve: %2 میں رائے شماری %1 نہیں کھل سکی: %3</translation>
    </message>
    <message>
        <location line="+5" />
        <source>serve: cannot set up signal handling</source>
        <translation>serve: سگنل ہینڈلنگ ترتیب نہیں دی جا سکی</translation>
    </message>
    <message>
        <location line="+5" />
        <source>serve: %1</source>
        <translation>serve: %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>serve: cannot write the QR code to %1: %2</source>
        <translation>serve: QR کوڈ %1 میں نہیں لکھا جا سکا: %2</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Listening on %1 (%2) only. Stop with Ctrl+C.</source>
        <translation>صرف %1 (%2) پر سن رہا ہے۔ Ctrl+C سے روکیں۔</translation>
    </message>
    <message>
        <location filename="../app/cli/RoomCommand.cpp" line="+90" />
        <location filename="../app/cli/ServeCommand.cpp" line="+3" />
        <source>Listening on %1 only. Stop with Ctrl+C.</source>
        <translation>صرف %1 پر سن رہا ہے۔ Ctrl+C سے روکیں۔</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ServeCommand.cpp" line="+13" />
        <source>Poll %1 closed; %n vote(s) recorded in this run.</source>
        <translation>
            <numerusform>رائے شماری %1 بند؛ اس دوران %n ووٹ درج ہوا۔</numerusform>
            <numerusform>رائے شماری %1 بند؛ اس دوران %n ووٹ درج ہوئے۔</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/TemplatesCommand.cpp" line="+16" />
        <source>templates: takes no arguments</source>
        <translation>templates: کوئی آرگیومنٹ نہیں لیتا</translation>
    </message>
    <message>
        <location filename="../app/cli/RoomCommand.cpp" line="-51" />
        <source>the address of this computer to listen on (default: a network interface that is up and not a VPN, container or virtual machine's; else 127.0.0.1)</source>
        <translation>اس کمپیوٹر کا وہ پتہ جس پر سننا ہے (طے شدہ: کوئی فعال نیٹ ورک انٹرفیس جو VPN، کنٹینر یا ورچوئل مشین کا نہ ہو؛ ورنہ 127.0.0.1)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the port (default: the one this session used last, else 47800)</source>
        <translation>پورٹ (طے شدہ: وہ جو اس سیشن نے آخری بار استعمال کیا، ورنہ 47800)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the session file: the room's record</source>
        <translation>سیشن فائل: کمرے کا ریکارڈ</translation>
    </message>
    <message>
        <location line="+5" />
        <source>room host: usage: room host FILE [--bind ADDR] [--port P]</source>
        <translation>room host: استعمال: room host FILE [--bind ADDR] [--port P]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>room host: --port needs a number from 0 to 65535</source>
        <translation>room host: --port کو 0 سے 65535 تک کا نمبر چاہیے</translation>
    </message>
    <message>
        <location line="+7" />
        <source>room host: --bind %1 is not an IP address</source>
        <translation>room host: --bind %1 کوئی IP پتہ نہیں ہے</translation>
    </message>
    <message>
        <location line="+4" />
        <source>room host: --bind %1 would listen on every interface; name one address</source>
        <translation>room host: --bind %1 ہر انٹرفیس پر سنے گا؛ ایک پتہ بتائیں</translation>
    </message>
    <message>
        <location line="+2" />
        <source>room host: --bind %1 is not an address of this computer</source>
        <translation>room host: --bind %1 اس کمپیوٹر کا پتہ نہیں ہے</translation>
    </message>
    <message>
        <location line="+13" />
        <source>room host: %1</source>
        <translation>room host: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Join code: %1 (on %2, port %3)</source>
        <translation>شمولیتی کوڈ: %1 (%2 پر، پورٹ %3)</translation>
    </message>
    <message>
        <location line="-10" />
        <source>room host: cannot set up signal handling</source>
        <translation>room host: سگنل ہینڈلنگ ترتیب نہیں دی جا سکی</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Room closed; the session file holds everything the laptops sent.</source>
        <translation>کمرہ بند ہو گیا؛ سیشن فائل میں وہ سب کچھ ہے جو لیپ ٹاپس نے بھیجا۔</translation>
    </message>
    <message>
        <location line="+9" />
        <source>what this laptop captures, e.g. table:3 or place:1 (shown on the host)</source>
        <translation>یہ لیپ ٹاپ کیا درج کرتا ہے، مثلاً table:3 یا place:1 (میزبان پر دکھایا جاتا ہے)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the room's address (http://…/room/…), or "ADDRESS CODE" in quotes</source>
        <translation>کمرے کا پتہ (http://…/room/…)، یا "ADDRESS CODE" واوین میں</translation>
    </message>
    <message>
        <location line="+2" />
        <source>this laptop's copy of the session; received from the room when missing</source>
        <translation>اس لیپ ٹاپ پر سیشن کی کاپی؛ موجود نہ ہو تو کمرے سے وصول کی جاتی ہے</translation>
    </message>
    <message>
        <location line="+5" />
        <source>room join: usage: room join ROOM FILE [--captures WHAT]</source>
        <translation>room join: استعمال: room join ROOM FILE [--captures WHAT]</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+20" />
        <source>room join: %1</source>
        <translation>room join: %1</translation>
    </message>
    <message>
        <location line="-15" />
        <source>room join: cannot receive the session from %1: %2</source>
        <translation>room join: %1 سے سیشن موصول نہیں ہو سکا: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Received the room's session into %1.</source>
        <translation>کمرے کا سیشن %1 میں موصول ہو گیا۔</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The room cannot be reached yet (%1); edits wait in the file.</source>
        <translation>ابھی کمرے تک رسائی نہیں ہو سکتی (%1)؛ ترامیم فائل میں انتظار کر رہی ہیں۔</translation>
    </message>
    <message>
        <location line="+7" />
        <source>room join: %1 is not a copy of the room's session ("%2"); join without a file to receive it</source>
        <translation>room join: %1 کمرے کے سیشن ("%2") کی کاپی نہیں ہے؛ اسے وصول کرنے کے لیے فائل کے بغیر شامل ہوں</translation>
    </message>
    <message>
        <location line="-20" />
        <source>room join: cannot set up signal handling</source>
        <translation>room join: سگنل ہینڈلنگ ترتیب نہیں دی جا سکی</translation>
    </message>
    <message numerus="yes">
        <location line="+42" />
        <source>Left the room; %n edit(s) still waiting for the host.</source>
        <translation>
            <numerusform>کمرہ چھوڑ دیا؛ %n ترمیم اب بھی میزبان کی منتظر ہے۔</numerusform>
            <numerusform>کمرہ چھوڑ دیا؛ %n ترامیم اب بھی میزبان کی منتظر ہیں۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14" />
        <source>host the live room on this laptop, or join one as a table laptop (`roundtable room host --help`, `roundtable room join --help`)</source>
        <translation>اس لیپ ٹاپ پر لائیو کمرے کی میزبانی کریں، یا میز کے لیپ ٹاپ کے طور پر کسی کمرے میں شامل ہوں (`roundtable room host --help`, `roundtable room join --help`)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>room: say host or join; see roundtable room --help</source>
        <translation>room: host یا join بتائیں؛ دیکھیں roundtable room --help</translation>
    </message>
</context>
<context>
    <name>rt::edit</name>
    <message>
        <location filename="../core/commands/AgendaCommands.cpp" line="+26" />
        <source>Move “%1”</source>
        <translation>“%1” منتقل کریں</translation>
    </message>
    <message>
        <location filename="../core/commands/AgendaEdits.cpp" line="+39" />
        <source>Add agenda item</source>
        <translation>ایجنڈا آئٹم شامل کریں</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Edit agenda item</source>
        <translation>ایجنڈا آئٹم میں ترمیم کریں</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Attach poll</source>
        <translation>پول منسلک کریں</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Edit guidance</source>
        <translation>رہنمائی میں ترمیم کریں</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Edit what the room sees</source>
        <translation>کمرہ جو دیکھتا ہے اس میں ترمیم کریں</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Delete “%1”</source>
        <translation>“%1” حذف کریں</translation>
    </message>
    <message>
        <location filename="../core/commands/EventEdits.cpp" line="+100" />
        <location line="+10" />
        <source>Edit event details</source>
        <translation>تقریب کی تفصیلات میں ترمیم کریں</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Change export settings</source>
        <translation>برآمد کی ترتیبات بدلیں</translation>
    </message>
    <message>
        <location filename="../core/commands/NoteEdits.cpp" line="+57" />
        <source>Mark key points</source>
        <translation>اہم نکات نشان زد کریں</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Unmark key points</source>
        <translation>اہم نکات کا نشان ہٹائیں</translation>
    </message>
    <message>
        <location filename="../core/commands/NoteCommands.cpp" line="+47" />
        <source>Add note</source>
        <translation>نوٹ شامل کریں</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Add %n note(s)</source>
        <translation>
            <numerusform>%n نوٹ شامل کریں</numerusform>
            <numerusform>%n نوٹس شامل کریں</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11" />
        <source>Edit note</source>
        <translation>نوٹ میں ترمیم کریں</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Mark key point</source>
        <translation>اہم نکتہ نشان زد کریں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unmark key point</source>
        <translation>اہم نکتے کا نشان ہٹائیں</translation>
    </message>
    <message>
        <location line="+6" />
        <location filename="../core/commands/NoteEdits.cpp" line="+17" />
        <location line="+45" />
        <source>Move note</source>
        <translation>نوٹ منتقل کریں</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/commands/NoteEdits.cpp" line="-45" />
        <location line="+45" />
        <source>Move %n note(s)</source>
        <translation>
            <numerusform>%n نوٹ منتقل کریں</numerusform>
            <numerusform>%n نوٹس منتقل کریں</numerusform>
        </translation>
    </message>
    <message>
        <location line="-31" />
        <source>Move note to %1</source>
        <translation>نوٹ %1 میں منتقل کریں</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Move %n note(s) to %1</source>
        <translation>
            <numerusform>%n نوٹ %1 میں منتقل کریں</numerusform>
            <numerusform>%n نوٹس %1 میں منتقل کریں</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42" />
        <source>Delete note</source>
        <translation>نوٹ حذف کریں</translation>
    </message>
    <message numerus="yes">
        <location line="+0" />
        <source>Delete %n note(s)</source>
        <translation>
            <numerusform>%n نوٹ حذف کریں</numerusform>
            <numerusform>%n نوٹس حذف کریں</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11" />
        <source>Add prompt</source>
        <translation>سوال شامل کریں</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Edit prompt</source>
        <translation>سوال میں ترمیم کریں</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Remove prompt “%1”</source>
        <translation>سوال “%1” ہٹائیں</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Add table</source>
        <translation>میز شامل کریں</translation>
    </message>
    <message>
        <location line="+18" />
        <location line="+9" />
        <source>Edit table</source>
        <translation>میز میں ترمیم کریں</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Delete %1</source>
        <translation>%1 حذف کریں</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Move table</source>
        <translation>میز منتقل کریں</translation>
    </message>
    <message>
        <location filename="../core/commands/PlaceEdits.cpp" line="+108" />
        <location line="+20" />
        <source>Move idea</source>
        <translation>خیال منتقل کریں</translation>
    </message>
    <message numerus="yes">
        <location line="-19" />
        <location line="+20" />
        <source>Move %n idea(s)</source>
        <translation>
            <numerusform>%n خیال منتقل کریں</numerusform>
            <numerusform>%n خیالات منتقل کریں</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>Delete idea</source>
        <translation>خیال حذف کریں</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Delete %n idea(s)</source>
        <translation>
            <numerusform>%n خیال حذف کریں</numerusform>
            <numerusform>%n خیالات حذف کریں</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13" />
        <location line="+26" />
        <source>Add idea</source>
        <translation>خیال شامل کریں</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Add %n idea(s)</source>
        <translation>
            <numerusform>%n خیال شامل کریں</numerusform>
            <numerusform>%n خیالات شامل کریں</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18" />
        <source>Edit idea</source>
        <translation>خیال میں ترمیم کریں</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Make action from idea</source>
        <translation>خیال سے اقدام بنائیں</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Add place</source>
        <translation>مقام شامل کریں</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Delete place</source>
        <translation>مقام حذف کریں</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Reorder places</source>
        <translation>مقامات کی ترتیب بدلیں</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Edit what the place prioritised</source>
        <translation>مقام کی ترجیحات میں ترمیم کریں</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Add aim</source>
        <translation>ہدف شامل کریں</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Delete aim</source>
        <translation>ہدف حذف کریں</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Reorder aims</source>
        <translation>اہداف کی ترتیب بدلیں</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Add action</source>
        <translation>اقدام شامل کریں</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Delete action</source>
        <translation>اقدام حذف کریں</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Delete %n action(s)</source>
        <translation>
            <numerusform>%n اقدام حذف کریں</numerusform>
            <numerusform>%n اقدامات حذف کریں</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>Reorder actions</source>
        <translation>اقدامات کی ترتیب بدلیں</translation>
    </message>
    <message>
        <location filename="../core/commands/PollEdits.cpp" line="+72" />
        <source>Add poll</source>
        <translation>پول شامل کریں</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Remove poll</source>
        <translation>پول ہٹائیں</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Edit poll question</source>
        <translation>پول کے سوال میں ترمیم کریں</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Change poll kind</source>
        <translation>پول کی قسم بدلیں</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Change most choices</source>
        <translation>زیادہ سے زیادہ انتخاب بدلیں</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Attach poll to place</source>
        <translation>پول کو مقام سے منسلک کریں</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Show results after voting closes</source>
        <translation>ووٹنگ بند ہونے کے بعد نتائج دکھائیں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show results live</source>
        <translation>نتائج براہ راست دکھائیں</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Change poll role</source>
        <translation>پول کا کردار بدلیں</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Open voting</source>
        <translation>ووٹنگ کھولیں</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Close voting</source>
        <translation>ووٹنگ بند کریں</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Add option</source>
        <translation>اختیار شامل کریں</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Remove option</source>
        <translation>اختیار ہٹائیں</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Move option</source>
        <translation>اختیار منتقل کریں</translation>
    </message>
    <message numerus="yes">
        <location line="+19" />
        <source>Count %n hand(s)</source>
        <translation>
            <numerusform>%n ہاتھ گنیں</numerusform>
            <numerusform>%n ہاتھ گنیں</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33" />
        <source>Cast vote</source>
        <translation>ووٹ ڈالیں</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Hide answer</source>
        <translation>جواب چھپائیں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show answer</source>
        <translation>جواب دکھائیں</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+1" />
        <source>Clear poll results</source>
        <translation>پول کے نتائج صاف کریں</translation>
    </message>
    <message>
        <location filename="../core/commands/MergeEdits.cpp" line="+205" />
        <source>Use other value from merge</source>
        <translation>انضمام سے دوسری قدر استعمال کریں</translation>
    </message>
    <message>
        <location filename="../core/commands/FollowEdits.cpp" line="+51" />
        <source>Set action status</source>
        <translation>اقدام کی صورتحال طے کریں</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Set due date</source>
        <translation>مقررہ تاریخ طے کریں</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Edit by when</source>
        <translation>"کب تک" میں ترمیم کریں</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Mark action reviewed</source>
        <translation>اقدام کو جائزہ شدہ نشان زد کریں</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Mark %n action(s) reviewed</source>
        <translation>
            <numerusform>%n اقدام جائزہ شدہ نشان زد کریں</numerusform>
            <numerusform>%n اقدام جائزہ شدہ نشان زد کریں</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16" />
        <source>Add progress update</source>
        <translation>پیش رفت کی اپ ڈیٹ شامل کریں</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Edit progress update</source>
        <translation>پیش رفت کی اپ ڈیٹ میں ترمیم کریں</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Delete progress update</source>
        <translation>پیش رفت کی اپ ڈیٹ حذف کریں</translation>
    </message>
</context>
<context>
    <name>rt::followup</name>
    <message>
        <location filename="../core/models/ActionFollowUp.cpp" line="+103" />
        <source>Review action</source>
        <translation>اقدام کا جائزہ</translation>
    </message>
</context>
<context>
    <name>rt::gui</name>
    <message>
        <location filename="../app/shell/Gui.cpp" line="+129" />
        <source>Roundtable</source>
        <translation>Roundtable</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Run a facilitated seminar and publish its verbatim summary pack.</source>
        <translation>سہولت کاری کے ساتھ سیمینار چلائیں اور اس کا لفظ بہ لفظ خلاصہ پیک شائع کریں۔</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The session file to open.</source>
        <translation>کھولی جانے والی سیشن فائل۔</translation>
    </message>
    <message>
        <location line="+46" />
        <source>unknown view %1; see roundtable screenshot --help</source>
        <translation>نامعلوم منظر %1؛ roundtable screenshot --help دیکھیں</translation>
    </message>
    <message>
        <location line="+20" />
        <source>%1: expected review:P or review:P:N (places and actions are numbered from 1)</source>
        <translation>‏%1: review:P یا review:P:N متوقع تھا (مقامات اور اقدامات کی نمبرنگ 1 سے ہوتی ہے)</translation>
    </message>
    <message>
        <location line="+19" />
        <source>%1: the place has %2</source>
        <translation>%1: مقام میں کل %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n اقدام</numerusform>
            <numerusform>%n اقدامات</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19" />
        <source>rendering needs a QApplication</source>
        <translation>رینڈرنگ کے لیے QApplication درکار ہے</translation>
    </message>
    <message>
        <location line="+4" />
        <source>no session is open</source>
        <translation>کوئی سیشن کھلا نہیں ہے</translation>
    </message>
    <message>
        <location line="+5" />
        <source>size %1x%2 is outside 100x100 … 8000x8000</source>
        <translation>سائز %1x%2، 100x100 … 8000x8000 کی حد سے باہر ہے</translation>
    </message>
    <message>
        <location line="+38" />
        <source>the Agenda page</source>
        <translation>ایجنڈا صفحہ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>the Tables page</source>
        <translation>میزوں کا صفحہ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>the Places page</source>
        <translation>مقامات کا صفحہ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the Polls page</source>
        <translation>پولز کا صفحہ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>the Data pack page</source>
        <translation>ڈیٹا پیک کا صفحہ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>the Export page</source>
        <translation>برآمد کا صفحہ</translation>
    </message>
    <message>
        <location line="+18" />
        <source>dialog:conflicts — Edit ▸ Merge Conflicts…, at its own size</source>
        <translation>‏dialog:conflicts — ترمیم ▸ انضمام کے تضادات…، اپنے سائز پر</translation>
    </message>
    <message>
        <location line="+1" />
        <source>dialog:laptop — File ▸ This Laptop…, at its own size</source>
        <translation>‏dialog:laptop — فائل ▸ یہ لیپ ٹاپ…، اپنے سائز پر</translation>
    </message>
    <message>
        <location line="+1" />
        <source>dialog:room — Room ▸ Host a Room…, at its own size</source>
        <translation>‏dialog:room — کمرہ ▸ کمرے کی میزبانی کریں…، اپنے سائز پر</translation>
    </message>
    <message>
        <location line="+1" />
        <source>dialog:join — Room ▸ Join a Room…, at its own size</source>
        <translation>‏dialog:join — کمرہ ▸ کمرے میں شامل ہوں…، اپنے سائز پر</translation>
    </message>
</context>
<context>
    <name>rt::polls</name>
    <message numerus="yes">
        <location filename="../app/polls/PollData.cpp" line="+55" />
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n ووٹ</numerusform>
            <numerusform>%n ووٹ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+22" />
        <source>votes</source>
        <translation>ووٹ</translation>
    </message>
    <message>
        <location line="-20" />
        <source>%1; each voter may choose several options.</source>
        <translation>%1؛ ہر ووٹر کئی اختیارات چن سکتا ہے۔</translation>
    </message>
    <message>
        <location line="+7" />
        <source>points</source>
        <translation>پوائنٹس</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1. Points: with %2 options, a first place earns %3 points, a second %4, … a last 0 (Borda count).</source>
        <translation>%1۔ پوائنٹس: %2 اختیارات کے ساتھ، پہلے نمبر کو %3 پوائنٹس ملتے ہیں، دوسرے کو %4، … آخری کو 0 (بورڈا کاؤنٹ)۔</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1; mean %2 on a scale of 1 to %3.</source>
        <translation>%1؛ 1 سے %3 کے پیمانے پر اوسط %2۔</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1; bigger words were given more often.</source>
        <translation>%1؛ بڑے الفاظ زیادہ بار دیے گئے۔</translation>
    </message>
    <message numerus="yes">
        <location line="+16" />
        <source>%n stored answer(s) do not fit this poll and are not counted.</source>
        <translation>
            <numerusform>%n محفوظ جواب اس پول سے مطابقت نہیں رکھتا اور شمار نہیں کیا گیا۔</numerusform>
            <numerusform>%n محفوظ جوابات اس پول سے مطابقت نہیں رکھتے اور شمار نہیں کیے گئے۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>%n answer(s) hidden by the facilitator.</source>
        <translation>
            <numerusform>%n جواب سہولت کار نے چھپایا۔</numerusform>
            <numerusform>%n جوابات سہولت کار نے چھپائے۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13" />
        <source>Single choice</source>
        <translation>ایک انتخاب</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Multiple choice</source>
        <translation>متعدد انتخاب</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ranking</source>
        <translation>درجہ بندی</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Scale</source>
        <translation>پیمانہ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Word cloud</source>
        <translation>الفاظ کا بادل</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open answers</source>
        <translation>کھلے جوابات</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Open for voting</source>
        <translation>ووٹنگ کے لیے کھلا</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Closed</source>
        <translation>بند</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Draft</source>
        <translation>مسودہ</translation>
    </message>
</context>
<context>
    <name>rt::polls::AnswerListModel</name>
    <message>
        <location filename="../app/polls/AnswerListModel.cpp" line="+48" />
        <source>Hidden: %1</source>
        <translation>چھپایا گیا: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Hidden by the facilitator: kept in the file, left out of the projector and the pack.</source>
        <translation>سہولت کار نے چھپایا: فائل میں محفوظ ہے، پروجیکٹر اور پیک سے باہر رکھا گیا۔</translation>
    </message>
</context>
<context>
    <name>rt::polls::KioskWidget</name>
    <message>
        <location filename="../app/polls/KioskWidget.cpp" line="+57" />
        <source>Facilitator: %1 leaves the kiosk.</source>
        <translation>سہولت کار: کیوسک سے باہر نکلنے کے لیے %1 دبائیں۔</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Cast my vote</source>
        <translation>میرا ووٹ ڈالیں</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Thank you — your vote is recorded.</source>
        <translation>شکریہ — آپ کا ووٹ درج ہو گیا ہے۔</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Please pass the laptop to the next person.</source>
        <translation>براہ کرم لیپ ٹاپ اگلے شخص کو دے دیں۔</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Next voter</source>
        <translation>اگلا ووٹر</translation>
    </message>
    <message>
        <location line="+17" />
        <location line="+90" />
        <source>Voting has not started yet.</source>
        <translation>ووٹنگ ابھی شروع نہیں ہوئی۔</translation>
    </message>
    <message>
        <location line="-83" />
        <source>Voting has closed. The results:</source>
        <translation>ووٹنگ بند ہو چکی ہے۔ نتائج:</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Roundtable — voting</source>
        <translation>‏Roundtable — ووٹنگ</translation>
    </message>
    <message>
        <location line="+39" />
        <source>There is no poll to vote on.</source>
        <translation>ووٹ دینے کے لیے کوئی پول نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Choose up to %1 answers.</source>
        <translation>زیادہ سے زیادہ %1 جوابات چنیں۔</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose one or more answers.</source>
        <translation>ایک یا زیادہ جوابات چنیں۔</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose one answer.</source>
        <translation>ایک جواب چنیں۔</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Choose a point on the scale.</source>
        <translation>پیمانے پر ایک نقطہ چنیں۔</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Put the options in order, most important first: select one and move it.</source>
        <translation>اختیارات کو ترتیب دیں، سب سے اہم پہلے: کوئی ایک منتخب کریں اور اسے منتقل کریں۔</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Move up</source>
        <translation>اوپر لے جائیں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move down</source>
        <translation>نیچے لے جائیں</translation>
    </message>
    <message>
        <location line="+14" />
        <source>A word or a short phrase.</source>
        <translation>ایک لفظ یا مختصر جملہ۔</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Your answer.</source>
        <translation>آپ کا جواب۔</translation>
    </message>
    <message>
        <location line="+77" />
        <source>Please answer before casting your vote.</source>
        <translation>براہ کرم ووٹ ڈالنے سے پہلے جواب دیں۔</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The vote could not be saved: %1</source>
        <translation>ووٹ محفوظ نہیں کیا جا سکا: %1</translation>
    </message>
</context>
<context>
    <name>rt::polls::PhonePanel</name>
    <message>
        <location filename="../app/polls/PhonePanel.cpp" line="+36" />
        <location line="+65" />
        <source>Phones must be on this network. Only this address is listened on.</source>
        <translation>فونز کا اسی نیٹ ورک پر ہونا ضروری ہے۔ صرف اسی پتے پر کنکشن سنے جاتے ہیں۔</translation>
    </message>
    <message>
        <location line="-59" />
        <source>any free port</source>
        <translation>کوئی بھی خالی پورٹ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Network:</source>
        <translation>&amp;نیٹ ورک:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Port:</source>
        <translation>&amp;پورٹ:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>QR code of the voting address</source>
        <translation>ووٹنگ کے پتے کا QR کوڈ</translation>
    </message>
    <message>
        <location line="+40" />
        <source>%1 — this computer only (for trying it out)</source>
        <translation>%1 — صرف یہ کمپیوٹر (آزمانے کے لیے)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 — %2 (VPN, container or virtual machine)</source>
        <translation>‏%1 — %2 (VPN، کنٹینر یا ورچوئل مشین)</translation>
    </message>
    <message>
        <location line="+80" />
        <source>Stop phone voting</source>
        <translation>فون ووٹنگ روکیں</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Start phone voting</source>
        <translation>فون ووٹنگ شروع کریں</translation>
    </message>
    <message>
        <location line="+3" />
        <source> (another poll)</source>
        <translation> (کوئی اور پول)</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Phones can vote%1: scan the code or type the address. %n vote(s) received.</source>
        <translation>
            <numerusform>فونز ووٹ دے سکتے ہیں%1: کوڈ اسکین کریں یا پتہ لکھیں۔ %n ووٹ موصول ہوا۔</numerusform>
            <numerusform>فونز ووٹ دے سکتے ہیں%1: کوڈ اسکین کریں یا پتہ لکھیں۔ %n ووٹ موصول ہوئے۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>Voting is closed. Phones that open the link are told so; it stays the same if voting opens again.</source>
        <translation>ووٹنگ بند ہے۔ جو فونز لنک کھولیں گے انہیں یہی بتایا جائے گا؛ اگر ووٹنگ دوبارہ کھلے تو لنک وہی رہتا ہے۔</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Phones on the same network vote in their browser; nothing leaves the room. If the network keeps devices apart, use the kiosk or count hands instead.</source>
        <translation>ایک ہی نیٹ ورک پر موجود فونز اپنے براؤزر میں ووٹ دیتے ہیں؛ کچھ بھی کمرے سے باہر نہیں جاتا۔ اگر نیٹ ورک آلات کو ایک دوسرے سے الگ رکھتا ہے تو اس کے بجائے کیوسک استعمال کریں یا ہاتھ گنیں۔</translation>
    </message>
</context>
<context>
    <name>rt::polls::ProjectorPollPanel</name>
    <message>
        <location filename="../app/polls/ProjectorPollPanel.cpp" line="+141" />
        <source>QR code of the voting address</source>
        <translation>ووٹنگ کے پتے کا QR کوڈ</translation>
    </message>
    <message>
        <location line="+97" />
        <source>VOTE NOW</source>
        <translation>ابھی ووٹ دیں</translation>
    </message>
    <message>
        <location line="+0" />
        <source>VOTE NOW — scan the code</source>
        <translation>ابھی ووٹ دیں — کوڈ اسکین کریں</translation>
    </message>
    <message>
        <location line="+2" />
        <source>FINAL RESULTS</source>
        <translation>حتمی نتائج</translation>
    </message>
    <message>
        <location line="+0" />
        <source>NOT OPEN YET</source>
        <translation>ابھی کھلا نہیں</translation>
    </message>
    <message numerus="yes">
        <location line="+22" />
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n ووٹ</numerusform>
            <numerusform>%n ووٹ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>Results when voting closes</source>
        <translation>ووٹنگ بند ہونے پر نتائج</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n answer(s); the latest: “%1”</source>
        <translation>
            <numerusform>%n جواب؛ تازہ ترین: “%1”</numerusform>
            <numerusform>%n جوابات؛ تازہ ترین: “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rt::room</name>
    <message>
        <location filename="../core/room/RoomClient.cpp" line="+44" />
        <source>the host laptop cannot be reached</source>
        <translation>میزبان لیپ ٹاپ تک رسائی نہیں ہو سکتی</translation>
    </message>
    <message>
        <location line="+190" />
        <source>the host's answer is not a room's</source>
        <translation>میزبان کا جواب کسی کمرے کا جواب نہیں ہے</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the host runs a different version of Roundtable; use the same version on every laptop</source>
        <translation>میزبان Roundtable کا مختلف ورژن چلا رہا ہے؛ ہر لیپ ٹاپ پر ایک ہی ورژن استعمال کریں</translation>
    </message>
    <message>
        <location line="+17" />
        <source>cannot write %1: %2</source>
        <translation>%1 نہیں لکھا جا سکا: %2</translation>
    </message>
    <message>
        <location filename="../core/room/RoomProtocol.cpp" line="+52" />
        <source>This is not a room's address: it looks like http://192.168.1.20:47800/room/….</source>
        <translation>یہ کمرے کا پتہ نہیں ہے: کمرے کا پتہ اس طرح کا ہوتا ہے: http://192.168.1.20:47800/room/…۔</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Type the room's address, or the host laptop's address and the join code shown on it (for example 192.168.1.20 ABCD-EFGH-…).</source>
        <translation>کمرے کا پتہ ٹائپ کریں، یا میزبان لیپ ٹاپ کا پتہ اور اس پر دکھایا گیا شمولیتی کوڈ (مثال کے طور پر 192.168.1.20 ABCD-EFGH-…)۔</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The join code has a letter it never uses (%1): check it on the host laptop.</source>
        <translation>شمولیتی کوڈ میں ایسا حرف ہے جو اس میں کبھی استعمال نہیں ہوتا (%1): میزبان لیپ ٹاپ پر اسے چیک کریں۔</translation>
    </message>
</context>
<context>
    <name>rt::room::RoomClient</name>
    <message>
        <location filename="../core/room/RoomClient.cpp" line="-139" />
        <source>Joining the room…</source>
        <translation>کمرے میں شامل ہو رہا ہے…</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>In room · synced %1 s ago · %n edit(s) sending</source>
        <translation>
            <numerusform>کمرے میں · %1 سیکنڈ پہلے ہم آہنگ ہوا · %n ترمیم بھیجی جا رہی ہے</numerusform>
            <numerusform>کمرے میں · %1 سیکنڈ پہلے ہم آہنگ ہوا · %n ترامیم بھیجی جا رہی ہیں</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>In room · synced %1 s ago</source>
        <translation>کمرے میں · %1 سیکنڈ پہلے ہم آہنگ ہوا</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Offline · %n edit(s) waiting</source>
        <translation>
            <numerusform>آف لائن · %n ترمیم منتظر</numerusform>
            <numerusform>آف لائن · %n ترامیم منتظر</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not in the room: %1</source>
        <translation>کمرے میں نہیں: %1</translation>
    </message>
</context>
<context>
    <name>rt::room::RoomServer</name>
    <message>
        <location filename="../core/room/RoomServer.cpp" line="+103" />
        <source>cannot listen on %1: %2</source>
        <translation>%1 پر سنا نہیں جا سکتا: %2</translation>
    </message>
    <message>
        <location line="+99" />
        <location line="+6" />
        <source>request header too large</source>
        <translation>درخواست کا ہیڈر بہت بڑا ہے</translation>
    </message>
    <message>
        <location line="+9" />
        <source>not an HTTP request</source>
        <translation>یہ HTTP درخواست نہیں ہے</translation>
    </message>
    <message>
        <location line="+17" />
        <source>bad Content-Length</source>
        <translation>غلط Content-Length</translation>
    </message>
    <message>
        <location line="+10" />
        <source>a body needs a Content-Length</source>
        <translation>باڈی کے لیے Content-Length ضروری ہے</translation>
    </message>
    <message>
        <location line="+4" />
        <source>request too large</source>
        <translation>درخواست بہت بڑی ہے</translation>
    </message>
    <message>
        <location line="+10" />
        <source>too many requests</source>
        <translation>بہت زیادہ درخواستیں</translation>
    </message>
    <message>
        <location line="+37" />
        <location line="+26" />
        <source>no such page</source>
        <translation>ایسا کوئی صفحہ نہیں</translation>
    </message>
    <message>
        <location line="-22" />
        <source>this is not the room's key</source>
        <translation>یہ کمرے کی کلید نہیں ہے</translation>
    </message>
    <message>
        <location line="+20" />
        <source>wrong method</source>
        <translation>غلط طریقہ</translation>
    </message>
    <message>
        <location line="+25" />
        <source>the body is not JSON: %1</source>
        <translation>باڈی JSON نہیں ہے: %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>this laptop runs a different version of Roundtable than the host; use the same version</source>
        <translation>یہ لیپ ٹاپ میزبان سے مختلف Roundtable ورژن چلا رہا ہے؛ ایک ہی ورژن استعمال کریں</translation>
    </message>
    <message>
        <location line="+4" />
        <source>this laptop's session is not a copy of the room's session</source>
        <translation>اس لیپ ٹاپ کا سیشن کمرے کے سیشن کی کاپی نہیں ہے</translation>
    </message>
    <message>
        <location line="+9" />
        <source>device and gseq are required</source>
        <translation>device اور gseq ضروری ہیں</translation>
    </message>
    <message>
        <location line="+10" />
        <source>outbox entries must have increasing seq and base64 changes</source>
        <translation>outbox اندراجات میں بڑھتا ہوا seq اور base64 تبدیلیاں ہونی چاہییں</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the host could not apply this laptop's edits: %1</source>
        <translation>میزبان اس لیپ ٹاپ کی ترامیم لاگو نہیں کر سکا: %1</translation>
    </message>
</context>
<context>
    <name>rt::vote::RoomNetwork</name>
    <message>
        <location filename="../core/vote/RoomNetwork.cpp" line="+59" />
        <source>Passed over as VPN, container or virtual-machine networks, which phones are not on: %1.</source>
        <translation>‏VPN، کنٹینر یا ورچوئل مشین کے نیٹ ورک سمجھ کر چھوڑ دیے گئے، جن پر فونز نہیں ہوتے: %1۔</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Chose %1 (%2): the first network that is up and is not a VPN, container or virtual machine. Use --bind to choose another.</source>
        <translation>%1 (%2) منتخب کیا گیا: پہلا فعال نیٹ ورک جو VPN، کنٹینر یا ورچوئل مشین نہیں ہے۔ کوئی اور چننے کے لیے --bind استعمال کریں۔</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Chose 127.0.0.1 (this computer only): no room network is up, so phones cannot reach it. Join the room's Wi-Fi or start a hotspot, or use --bind.</source>
        <translation>127.0.0.1 منتخب کیا گیا (صرف یہ کمپیوٹر): کمرے کا کوئی نیٹ ورک فعال نہیں، اس لیے فونز اس تک نہیں پہنچ سکتے۔ کمرے کے Wi-Fi سے جڑیں یا ہاٹ اسپاٹ شروع کریں، یا --bind استعمال کریں۔</translation>
    </message>
</context>
<context>
    <name>rt::vote::VoteServer</name>
    <message>
        <location filename="../core/vote/VoteServer.cpp" line="+202" />
        <source>There is no such poll to vote on.</source>
        <translation>ووٹ دینے کے لیے ایسا کوئی پول نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>%1 پورٹ %2 پر سنا نہیں جا سکتا: %3</translation>
    </message>
    <message>
        <location line="+117" />
        <source>This page tries again by itself.</source>
        <translation>یہ صفحہ خود دوبارہ کوشش کرتا ہے۔</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+25" />
        <source>Many phones are voting</source>
        <translation>بہت سے فونز ووٹ دے رہے ہیں</translation>
    </message>
    <message>
        <location line="-24" />
        <source>Many phones are voting at once. Wait a moment.</source>
        <translation>بہت سے فونز ایک ساتھ ووٹ دے رہے ہیں۔ ذرا انتظار کریں۔</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Your phone's request could not be read</source>
        <translation>آپ کے فون کی درخواست پڑھی نہیں جا سکی</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Go back and try again, or scan the code on the screen again.</source>
        <translation>واپس جائیں اور دوبارہ کوشش کریں، یا اسکرین پر موجود کوڈ دوبارہ اسکین کریں۔</translation>
    </message>
    <message>
        <location line="+7" />
        <source>This voting link is not in use</source>
        <translation>یہ ووٹنگ لنک استعمال میں نہیں ہے</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Scan the code on the screen again, or ask the facilitator for the address.</source>
        <translation>اسکرین پر موجود کوڈ دوبارہ اسکین کریں، یا سہولت کار سے پتہ پوچھیں۔</translation>
    </message>
    <message>
        <location line="+69" />
        <source>This poll is closed</source>
        <translation>یہ پول بند ہے</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Voting has not started yet</source>
        <translation>ووٹنگ ابھی شروع نہیں ہوئی</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Voting has not started yet. This page opens the poll by itself when the facilitator starts it.</source>
        <translation>ووٹنگ ابھی شروع نہیں ہوئی۔ جب سہولت کار پول شروع کرے گا تو یہ صفحہ اسے خود کھول دے گا۔</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Vote</source>
        <translation>ووٹ دیں</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Loading the poll…</source>
        <translation>پول لوڈ ہو رہا ہے…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cannot load the poll. Trying again…</source>
        <translation>پول لوڈ نہیں ہو سکا۔ دوبارہ کوشش کی جا رہی ہے…</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+20" />
        <source>Send my vote</source>
        <translation>میرا ووٹ بھیجیں</translation>
    </message>
    <message>
        <location line="-19" />
        <source>This page needs JavaScript to send a vote.</source>
        <translation>ووٹ بھیجنے کے لیے اس صفحے کو JavaScript درکار ہے۔</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Change my vote</source>
        <translation>میرا ووٹ بدلیں</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Vote recorded — you can change it until the poll closes.</source>
        <translation>ووٹ درج ہو گیا — پول بند ہونے تک آپ اسے بدل سکتے ہیں۔</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Many phones are voting at once. Sending again…</source>
        <translation>بہت سے فونز ایک ساتھ ووٹ دے رہے ہیں۔ دوبارہ بھیجا جا رہا ہے…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Your vote was not recorded. Check your answer and send it again.</source>
        <translation>آپ کا ووٹ درج نہیں ہوا۔ اپنا جواب چیک کریں اور دوبارہ بھیجیں۔</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Your answer is too long. Shorten it and send it again.</source>
        <translation>آپ کا جواب بہت لمبا ہے۔ اسے مختصر کریں اور دوبارہ بھیجیں۔</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This voting link is not in use. Scan the code on the screen again.</source>
        <translation>یہ ووٹنگ لنک استعمال میں نہیں ہے۔ اسکرین پر موجود کوڈ دوبارہ اسکین کریں۔</translation>
    </message>
    <message>
        <location line="-62" />
        <location line="+53" />
        <source>This poll is closed. Thank you!</source>
        <translation>یہ پول بند ہو چکا ہے۔ شکریہ!</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Voting has not started yet. Reload the page when the facilitator opens it.</source>
        <translation>ووٹنگ ابھی شروع نہیں ہوئی۔ جب سہولت کار اسے کھولے تو صفحہ دوبارہ لوڈ کریں۔</translation>
    </message>
    <message>
        <location line="-110" />
        <location line="+111" />
        <source>Too many tries at once — wait a moment and send again.</source>
        <translation>ایک ساتھ بہت زیادہ کوششیں — تھوڑا انتظار کریں اور دوبارہ بھیجیں۔</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Cannot reach the facilitator's laptop. Voting may have closed.</source>
        <translation>سہولت کار کے لیپ ٹاپ تک رسائی نہیں ہو سکی۔ ممکن ہے ووٹنگ بند ہو چکی ہو۔</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose one answer.</source>
        <translation>ایک جواب چنیں۔</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose one or more answers.</source>
        <translation>ایک یا زیادہ جوابات چنیں۔</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose up to %1 answers.</source>
        <translation>زیادہ سے زیادہ %1 جوابات چنیں۔</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Put the options in order, most important first. Use the arrow buttons to move an option.</source>
        <translation>اختیارات کو ترتیب دیں، سب سے اہم پہلے۔ کسی اختیار کو منتقل کرنے کے لیے تیر والے بٹن استعمال کریں۔</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Move up: %1</source>
        <translation>اوپر لے جائیں: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move down: %1</source>
        <translation>نیچے لے جائیں: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose a point on the scale.</source>
        <translation>پیمانے پر ایک نقطہ چنیں۔</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A word or a short phrase.</source>
        <translation>ایک لفظ یا مختصر جملہ۔</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Your answer.</source>
        <translation>آپ کا جواب۔</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Please answer before sending.</source>
        <translation>براہ کرم بھیجنے سے پہلے جواب دیں۔</translation>
    </message>
</context>
</TS>