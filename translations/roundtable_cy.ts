<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en">
<context>
    <name>DeckBuilder</name>
    <message>
        <location filename="../core/slides/DeckBuilder.cpp" line="+57"/>
        <source>Title, purpose, agenda and disclaimer</source>
        <translation>Teitl, diben, agenda ac ymwadiad</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+145"/>
        <source>Topic-based table discussions</source>
        <translation>Trafodaethau bwrdd yn ôl pwnc</translation>
    </message>
    <message>
        <location line="-143"/>
        <location line="+45"/>
        <source>Poll results</source>
        <translation>Canlyniadau&apos;r polau</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+32"/>
        <source>Place-based action planning</source>
        <translation>Cynllunio gweithredu yn ôl lle</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+386"/>
        <location line="+2"/>
        <source>Data pack</source>
        <translation>Pecyn data</translation>
    </message>
    <message>
        <location line="-386"/>
        <location line="+51"/>
        <source>Feedback</source>
        <translation>Adborth</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>What the room voted for</source>
        <translation>Beth y pleidleisiodd yr ystafell drosto</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Breakout discussions by place</source>
        <translation>Trafodaethau grŵp yn ôl lle</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>How the day went</source>
        <translation>Sut aeth y diwrnod</translation>
    </message>
    <message>
        <location filename="../core/slides/DriverLayout.cpp" line="+43"/>
        <location line="+56"/>
        <location line="+47"/>
        <location filename="../core/slides/Paginator.cpp" line="+256"/>
        <source>(continued)</source>
        <translation>(parhad)</translation>
    </message>
    <message>
        <location filename="../core/slides/DeckBuilder.cpp" line="+13"/>
        <location line="+9"/>
        <source>Summary of the event</source>
        <translation>Crynodeb o&apos;r digwyddiad</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Organised by %1</source>
        <translation>Trefnwyd gan %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Purpose</source>
        <translation>Diben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The purpose of the seminar was to:</source>
        <translation>Diben y seminar oedd:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time</source>
        <translation>Amser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Eitem</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>These slides are a verbatim reproduction of every idea and suggestion made in the discussions on the day. Places will develop them further, check them against existing plans and current capacity, and agree them at their boards.</source>
        <translation>Mae&apos;r sleidiau hyn yn atgynhyrchiad air am air o bob syniad ac awgrym a wnaed yn y trafodaethau ar y diwrnod. Bydd y lleoedd yn eu datblygu ymhellach, yn eu gwirio yn erbyn y cynlluniau presennol a&apos;r capasiti presennol, ac yn cytuno arnynt yn eu byrddau.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A verbatim reproduction</source>
        <translation>Atgynhyrchiad air am air</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Table discussion points: a verbatim reproduction of what each table said</source>
        <translation>Pwyntiau trafod y byrddau: atgynhyrchiad air am air o&apos;r hyn a ddywedodd pob bwrdd</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Table %1</source>
        <translation>Bwrdd %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Facilitator: %1</source>
        <translation>Hwylusydd: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>★ Key point fed back to the room (also in bold)</source>
        <translation>★ Pwynt allweddol a rannwyd â&apos;r ystafell (mewn print trwm hefyd)</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>Mean %1 from %n vote(s)</source>
        <translation>
            <numerusform>Cymedr %1 o %n pleidlais</numerusform>
            <numerusform>Cymedr %1 o %n pleidlais</numerusform>
            <numerusform>Cymedr %1 o %n pleidlais</numerusform>
            <numerusform>Cymedr %1 o %n pleidlais</numerusform>
            <numerusform>Cymedr %1 o %n pleidlais</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No votes yet</source>
        <translation>Dim pleidleisiau eto</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Borda points (first place scores %1) from %n ballot(s)</source>
        <translation>
            <numerusform>Pwyntiau Borda (mae&apos;r safle cyntaf yn sgorio %1) o %n papur pleidleisio</numerusform>
            <numerusform>Pwyntiau Borda (mae&apos;r safle cyntaf yn sgorio %1) o %n papur pleidleisio</numerusform>
            <numerusform>Pwyntiau Borda (mae&apos;r safle cyntaf yn sgorio %1) o %n papur pleidleisio</numerusform>
            <numerusform>Pwyntiau Borda (mae&apos;r safle cyntaf yn sgorio %1) o %n papur pleidleisio</numerusform>
            <numerusform>Pwyntiau Borda (mae&apos;r safle cyntaf yn sgorio %1) o %n papur pleidleisio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n pleidlais</numerusform>
            <numerusform>%n pleidlais</numerusform>
            <numerusform>%n pleidlais</numerusform>
            <numerusform>%n pleidlais</numerusform>
            <numerusform>%n pleidlais</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Verbatim: the group&apos;s own words, still to be developed by the place with its partners.</source>
        <translation>Air am air: geiriau&apos;r grŵp ei hun, i&apos;w datblygu eto gan y lle gyda&apos;i bartneriaid.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Place-based group discussions. Next, the place will:
1. check these ideas against its current plans
2. refine and prioritise them, considering the capacity it has
3. take them to its place board to agree</source>
        <translation>Trafodaethau grŵp yn ôl lle. Nesaf, bydd y lle yn:
1. gwirio&apos;r syniadau hyn yn erbyn ei gynlluniau presennol
2. eu mireinio a&apos;u blaenoriaethu, gan ystyried y capasiti sydd ganddo
3. mynd â nhw at fwrdd y lle i gytuno arnynt</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1&apos;s priorities: %2</source>
        <translation>Blaenoriaethau %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="-110"/>
        <source>(not counted: %n answer(s) this poll cannot take)</source>
        <translation>
            <numerusform>(heb eu cyfrif: %n ateb na all y bleidlais hon eu derbyn)</numerusform>
            <numerusform>(heb eu cyfrif: %n ateb na all y bleidlais hon eu derbyn)</numerusform>
            <numerusform>(heb eu cyfrif: %n ateb na all y bleidlais hon eu derbyn)</numerusform>
            <numerusform>(heb eu cyfrif: %n ateb na all y bleidlais hon eu derbyn)</numerusform>
            <numerusform>(heb eu cyfrif: %n ateb na all y bleidlais hon eu derbyn)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+72"/>
        <source>Poll</source>
        <translation>Pôl</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>No answers were given.</source>
        <translation>Ni roddwyd unrhyw atebion.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n ateb</numerusform>
            <numerusform>%n ateb</numerusform>
            <numerusform>%n ateb</numerusform>
            <numerusform>%n ateb</numerusform>
            <numerusform>%n ateb</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Bar chart of %1. %2. %3</source>
        <translation>Siart bar o %1. %2. %3</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cohort: %1</source>
        <translation>Carfan: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No ideas were recorded for this aim.</source>
        <translation>Ni chofnodwyd unrhyw syniadau ar gyfer y nod hwn.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: aims</source>
        <translation>%1: nodau</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+39"/>
        <source>The partners will work together within %1 to…</source>
        <translation>Bydd y partneriaid yn cydweithio yn %1 i…</translation>
    </message>
    <message>
        <location filename="../core/slides/PickSlides.cpp" line="+380"/>
        <source>%1: PICK chart, aim %2</source>
        <translation>%1: siart PICK, nod %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: PICK chart</source>
        <translation>%1: siart PICK</translation>
    </message>
    <message>
        <location line="-329"/>
        <source>The partners will work together within %1 to %2</source>
        <translation>Bydd y partneriaid yn cydweithio yn %1 i %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aim %1: see the aims slide for %2</source>
        <translation>Nod %1: gweler y sleid nodau ar gyfer %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>POSSIBLE</source>
        <translation>POSIBL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMPLEMENT</source>
        <translation>GWEITHREDU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KIBOSH</source>
        <translation>GOLLWNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CHALLENGE</source>
        <translation>HER</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Relatively easy to do</source>
        <translation>Cymharol hawdd i&apos;w wneud</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Likely difficult to do</source>
        <translation>Anodd i&apos;w wneud, mae&apos;n debyg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probably low impact</source>
        <translation>Effaith isel, yn ôl pob tebyg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Potentially high impact</source>
        <translation>Effaith uchel o bosibl</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not yet placed</source>
        <translation>Heb ei osod eto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: PICK ideas not yet placed, aim %2</source>
        <translation>%1: syniadau PICK heb eu gosod eto, nod %2</translation>
    </message>
    <message>
        <location filename="../core/slides/DriverLayout.cpp" line="-20"/>
        <source>Aim</source>
        <translation>Nod</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Primary drivers</source>
        <translation>Prif sbardunau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Secondary drivers</source>
        <translation>Sbardunau eilaidd</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Change ideas</source>
        <translation>Syniadau newid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: driver diagram, aim %2</source>
        <translation>%1: diagram sbardunau, nod %2</translation>
    </message>
    <message>
        <location filename="../core/slides/DeckBuilder.cpp" line="-18"/>
        <source>Cohort</source>
        <translation>Carfan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Idea</source>
        <translation>Syniad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who will do it?</source>
        <translation>Pwy fydd yn ei wneud?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By when?</source>
        <translation>Erbyn pryd?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Measure of success</source>
        <translation>Mesur llwyddiant</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: action plan</source>
        <translation>%1: cynllun gweithredu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Domain</source>
        <translation>Parth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator</source>
        <translation>Dangosydd</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The figures that shaped the conversations</source>
        <translation>Y ffigurau a luniodd y sgyrsiau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key: A lighter colour indicates better performance</source>
        <translation>Allwedd: Mae lliw goleuach yn dangos perfformiad gwell</translation>
    </message>
    <message>
        <location filename="../core/slides/Paginator.cpp" line="+1"/>
        <source>%1 (continued)</source>
        <translation>%1 (parhad)</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../core/slides/Export.cpp" line="+103"/>
        <source>unknown format &quot;%1&quot;: use pptx, pdf, md or csv</source>
        <translation>fformat anhysbys &quot;%1&quot;: defnyddiwch pptx, pdf, md neu csv</translation>
    </message>
</context>
<context>
    <name>FileCheck</name>
    <message numerus="yes">
        <location filename="../core/store/FileCheck.cpp" line="+173"/>
        <source>checking it took longer than %n second(s), so it was stopped</source>
        <translation>
            <numerusform>roedd y gwiriad yn cymryd mwy na %n eiliad, felly cafodd ei atal</numerusform>
            <numerusform>roedd y gwiriad yn cymryd mwy na %n eiliad, felly cafodd ei atal</numerusform>
            <numerusform>roedd y gwiriad yn cymryd mwy na %n eiliad, felly cafodd ei atal</numerusform>
            <numerusform>roedd y gwiriad yn cymryd mwy na %n eiliad, felly cafodd ei atal</numerusform>
            <numerusform>roedd y gwiriad yn cymryd mwy na %n eiliad, felly cafodd ei atal</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>this version&apos;s own schema could not be built (%1)</source>
        <translation>nid oedd modd adeiladu sgema&apos;r fersiwn hon ei hun (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its list of tables cannot be read (%1)</source>
        <translation>nid oes modd darllen ei restr o dablau (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it holds a %1 that Roundtable does not make</source>
        <translation>mae&apos;n cynnwys %1 nad yw Roundtable yn ei greu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its &quot;%1&quot; is a %2 where Roundtable makes a %3</source>
        <translation>mae ei &quot;%1&quot; yn %2 lle mae Roundtable yn creu %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its %1 is not the one Roundtable makes</source>
        <translation>mae ei %1 yn wahanol i&apos;r un y mae Roundtable yn ei greu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its %1 is missing</source>
        <translation>mae ei %1 ar goll</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>a row of &quot;%1&quot; (number %2) refers to a row of &quot;%3&quot; that does not exist</source>
        <translation>mae rhes o &quot;%1&quot; (rhif %2) yn cyfeirio at res o &quot;%3&quot; nad yw&apos;n bodoli</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>driver %1 is its own ancestor (a cycle in a driver diagram)</source>
        <translation>mae sbardun %1 yn hynafiad iddo&apos;i hun (cylch mewn diagram sbardunau)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>driver %1 hangs under a driver of another aim</source>
        <translation>mae sbardun %1 o dan sbardun sy&apos;n perthyn i nod arall</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>a value in &quot;%1&quot; has the wrong type</source>
        <translation>mae gan werth yn &quot;%1&quot; y math anghywir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it has no event details</source>
        <translation>nid oes manylion digwyddiad ynddo</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the %1 of %2 %3 is not valid JSON</source>
        <translation>nid yw&apos;r %1 yn %2 %3 yn JSON dilys</translation>
    </message>
</context>
<context>
    <name>IndicatorCsv</name>
    <message>
        <location filename="../core/interchange/IndicatorCsv.cpp" line="+77"/>
        <source>line %1: text follows a closing quote</source>
        <translation>llinell %1: mae testun yn dilyn dyfynnod cau</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>line %1: a quoted field is not closed</source>
        <translation>llinell %1: nid yw maes mewn dyfynodau wedi&apos;i gau</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>the file is not UTF-8 text</source>
        <translation>nid yw&apos;r ffeil yn destun UTF-8</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the file is empty: it needs a header line and at least one indicator</source>
        <translation>mae&apos;r ffeil yn wag: mae angen llinell pennyn ac o leiaf un dangosydd arni</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>line %1: the header must be domain, indicator, one column per area or comparator, higher_is_better</source>
        <translation>llinell %1: rhaid i&apos;r pennyn fod yn domain, indicator, un golofn ar gyfer pob ardal neu gymharydd, higher_is_better</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>line %1: column %2 has no name</source>
        <translation>llinell %1: nid oes enw gan golofn %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>line %1: the column %2 appears twice</source>
        <translation>llinell %1: mae&apos;r golofn %2 yn ymddangos ddwywaith</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file has a header but no indicators</source>
        <translation>mae gan y ffeil bennyn ond dim dangosyddion</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>line %1: expected %2 fields, found %3</source>
        <translation>llinell %1: disgwylid %2 maes, cafwyd %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>line %1: the indicator has no name</source>
        <translation>llinell %1: nid oes enw gan y dangosydd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>line %1: higher_is_better must be yes/no/true/false/1/0</source>
        <translation>llinell %1: rhaid i higher_is_better fod yn yes/no/true/false/1/0</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the session is open read-only; the data pack was not imported</source>
        <translation>mae&apos;r sesiwn ar agor i&apos;w darllen yn unig; ni chafodd y pecyn data ei fewnforio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import data pack</source>
        <translation>Mewnforio pecyn data</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the data pack could not be stored: %1</source>
        <translation>nid oedd modd storio&apos;r pecyn data: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 cannot be read: %2</source>
        <translation>nid oes modd darllen %1: %2</translation>
    </message>
</context>
<context>
    <name>Interchange</name>
    <message>
        <location filename="../core/interchange/JsonChecker.cpp" line="+48"/>
        <source>found null</source>
        <translation>cafwyd null</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>found %1</source>
        <translation>cafwyd %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>found the number %1</source>
        <translation>cafwyd y rhif %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>found a string</source>
        <translation>cafwyd llinyn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>found an array</source>
        <translation>cafwyd arae</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>found an object</source>
        <translation>cafwyd gwrthrych</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>found nothing</source>
        <translation>ni chafwyd dim</translation>
    </message>
    <message>
        <location filename="../core/interchange/InterchangeReader.cpp" line="+317"/>
        <location line="+4"/>
        <location filename="../core/interchange/JsonChecker.cpp" line="+14"/>
        <source>required key is missing</source>
        <translation>mae allwedd ofynnol ar goll</translation>
    </message>
    <message>
        <location line="+149"/>
        <location filename="../core/interchange/JsonChecker.cpp" line="-41"/>
        <location line="+55"/>
        <location line="+77"/>
        <location line="+34"/>
        <source>expected a string, %1</source>
        <translation>disgwylid llinyn, %1</translation>
    </message>
    <message>
        <location filename="../core/interchange/JsonChecker.cpp" line="-162"/>
        <source>unknown key, ignored</source>
        <translation>allwedd anhysbys, wedi&apos;i hanwybyddu</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>expected true or false, %1</source>
        <translation>disgwylid true neu false, %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected a whole number of at least %1, %2</source>
        <translation>disgwylid rhif cyfan o %1 o leiaf, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a whole number from %1 to %2, %3</source>
        <translation>disgwylid rhif cyfan o %1 i %2, %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>refers to %1, but there are none</source>
        <translation>yn cyfeirio at %1, ond nid oes rhai</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected an index into %1 (0 to %2), %3</source>
        <translation>disgwylid mynegai i %1 (0 i %2), %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>expected an array, %1</source>
        <translation>disgwylid arae, %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected an object, %1</source>
        <translation>disgwylid gwrthrych, %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>expected one of %1, found &quot;%2&quot;</source>
        <translation>disgwylid un o %1, cafwyd &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>expected a row id (decimal digits, from 1 to %1), found &quot;%2&quot;</source>
        <translation>disgwylid id rhes (digidau degol, o 1 i %1), cafwyd &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is already the id of %2</source>
        <translation>mae &quot;%1&quot; eisoes yn id %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>expected %1 ids (one for each of %2), found %3</source>
        <translation>disgwylid %1 id (un ar gyfer pob un o %2), cafwyd %3</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>expected a time such as &quot;2023-07-21T13:05:00.000Z&quot;, found &quot;%1&quot;</source>
        <translation>disgwylid amser fel &quot;2023-07-21T13:05:00.000Z&quot;, cafwyd &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/interchange/InterchangeReader.cpp" line="-418"/>
        <source>expected &quot;%1&quot;, %2</source>
        <translation>disgwylid &quot;%1&quot;, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found &quot;%1&quot;</source>
        <translation>cafwyd &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this file uses interchange version %1; this Roundtable reads version %2. Update Roundtable to load it.</source>
        <translation>mae&apos;r ffeil hon yn defnyddio fersiwn cyfnewid %1; mae&apos;r Roundtable hwn yn darllen fersiwn %2. Diweddarwch Roundtable i&apos;w llwytho.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+70"/>
        <location filename="../core/interchange/JsonChecker.cpp" line="-6"/>
        <source>must not be empty</source>
        <translation>ni chaiff fod yn wag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is already the key of prompts[%2]</source>
        <translation>mae &quot;%1&quot; eisoes yn allwedd prompts[%2]</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>expected a number between 0 and 1, %1</source>
        <translation>disgwylid rhif rhwng 0 ac 1, %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>required with %1 (or give &quot;quadrant&quot; instead)</source>
        <translation>yn ofynnol gyda %1 (neu rhowch &quot;quadrant&quot; yn lle hynny)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected one of possible, implement, challenge, kibosh, found &quot;%1&quot;</source>
        <translation>disgwylid un o possible, implement, challenge, kibosh, cafwyd &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; does not match impact %2 and effort %3, which are in %4</source>
        <translation>nid yw &quot;%1&quot; yn cyfateb i effaith %2 ac ymdrech %3, sydd yn %4</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>drivers nest deeper than %1 levels</source>
        <translation>mae&apos;r sbardunau wedi&apos;u nythu&apos;n ddyfnach na %1 lefel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this aim&apos;s ideas</source>
        <translation>syniadau&apos;r nod hwn</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>this place&apos;s aims</source>
        <translation>nodau&apos;r lle hwn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>that aim&apos;s ideas</source>
        <translation>syniadau&apos;r nod hwnnw</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>this device already voted in %1</source>
        <translation>mae&apos;r ddyfais hon eisoes wedi pleidleisio yn %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>expected an array of option indexes, %1</source>
        <translation>disgwylid arae o fynegeion opsiynau, %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the poll has no options</source>
        <translation>nid oes gan y pôl unrhyw opsiynau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>option %1 is given twice</source>
        <translation>mae opsiwn %1 wedi&apos;i roi ddwywaith</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>not an answer to a %1 poll, ignored</source>
        <translation>nid yw&apos;n ateb i bôl %1, wedi&apos;i anwybyddu</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a choice poll takes exactly one option, found %1</source>
        <translation>mae pôl dewis yn cymryd un opsiwn yn union, cafwyd %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>at most %1 options may be chosen, found %2</source>
        <translation>gellir dewis %1 opsiwn ar y mwyaf, cafwyd %2</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>expected a time such as &quot;09:30&quot; (or &quot;&quot;), found &quot;%1&quot;</source>
        <translation>disgwylid amser fel &quot;09:30&quot; (neu &quot;&quot;), cafwyd &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>unknown prompt &quot;%1&quot;: the file defines no prompts</source>
        <translation>anogwr anhysbys &quot;%1&quot;: nid yw&apos;r ffeil yn diffinio unrhyw anogwyr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown prompt &quot;%1&quot; (prompts: %2)</source>
        <translation>anogwr anhysbys &quot;%1&quot; (anogwyr: %2)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>expected %1 values (one per area and comparator), found %2</source>
        <translation>disgwylid %1 gwerth (un ar gyfer pob ardal a chymharydd), cafwyd %2</translation>
    </message>
    <message>
        <location filename="../core/interchange/InterchangeWriter.cpp" line="+46"/>
        <location line="+5"/>
        <source>could not write a %1: %2</source>
        <translation>nid oedd modd ysgrifennu %1: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>could not write the event: %1</source>
        <translation>nid oedd modd ysgrifennu&apos;r digwyddiad: %1</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>the session is open read-only</source>
        <translation>mae&apos;r sesiwn ar agor i&apos;w darllen yn unig</translation>
    </message>
    <message>
        <location filename="../core/interchange/JsonEscapes.cpp" line="+138"/>
        <source>invalid string escape %1</source>
        <translation>dilyniant dianc annilys mewn llinyn %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>invalid string escape %1 (\u needs four hex digits)</source>
        <translation>dilyniant dianc annilys mewn llinyn %1 (mae angen pedwar digid hecs ar \u)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>invalid string escape %1 (a lone surrogate)</source>
        <translation>dilyniant dianc annilys mewn llinyn %1 (dirprwy Unicode unigol)</translation>
    </message>
    <message>
        <location filename="../core/interchange/InterchangeWriter.cpp" line="+7"/>
        <source>the session already holds content; load into a new session file</source>
        <translation>mae cynnwys yn y sesiwn eisoes; llwythwch i ffeil sesiwn newydd</translation>
    </message>
    <message>
        <location filename="../core/interchange/InterchangeReader.cpp" line="+43"/>
        <source>not valid JSON at line %1, column %2 (offset %3): %4</source>
        <translation>nid yw&apos;n JSON dilys yn llinell %1, colofn %2 (gwrthbwyso %3): %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected a JSON object at the top level, found an array</source>
        <translation>disgwylid gwrthrych JSON ar y lefel uchaf, cafwyd arae</translation>
    </message>
</context>
<context>
    <name>MarkdownWriter</name>
    <message>
        <location filename="../core/slides/TextWriters.cpp" line="+104"/>
        <source>Summary of the event</source>
        <translation>Crynodeb o&apos;r digwyddiad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Purpose</source>
        <translation>Diben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Amser</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation>Eitem</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Topic-based table discussions</source>
        <translation>Trafodaethau bwrdd yn ôl pwnc</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Poll results</source>
        <translation>Canlyniadau&apos;r polau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Place-based action planning</source>
        <translation>Cynllunio gweithredu yn ôl lle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The partners will work together within %1 to…</source>
        <translation>Bydd y partneriaid yn cydweithio yn %1 i…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cohort: %1</source>
        <translation>Carfan: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>PICK chart, aim %1</source>
        <translation>Siart PICK, nod %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>POSSIBLE</source>
        <translation>POSIBL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMPLEMENT</source>
        <translation>GWEITHREDU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CHALLENGE</source>
        <translation>HER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KIBOSH</source>
        <translation>GOLLWNG</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not yet placed</source>
        <translation>Heb ei osod eto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Driver diagram, aim %1</source>
        <translation>Diagram sbardunau, nod %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Action plan</source>
        <translation>Cynllun gweithredu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cohort</source>
        <translation>Carfan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Idea</source>
        <translation>Syniad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who will do it?</source>
        <translation>Pwy fydd yn ei wneud?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By when?</source>
        <translation>Erbyn pryd?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure of success</source>
        <translation>Mesur llwyddiant</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Data pack</source>
        <translation>Pecyn data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain</source>
        <translation>Parth</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Indicator</source>
        <translation>Dangosydd</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Feedback</source>
        <translation>Adborth</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <location filename="../core/interchange/Merge.cpp" line="+176"/>
        <source>%1: event %2 is &quot;%3&quot;; kept &quot;%4&quot; from the first file</source>
        <translation>%1: mae digwyddiad %2 yn &quot;%3&quot;; cadwyd &quot;%4&quot; o&apos;r ffeil gyntaf</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: its agenda differs; kept the first file&apos;s</source>
        <translation>%1: mae ei agenda&apos;n wahanol; cadwyd agenda&apos;r ffeil gyntaf</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: its data pack differs; kept the first one</source>
        <translation>%1: mae ei becyn data&apos;n wahanol; cadwyd yr un cyntaf</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1 (source %2)</source>
        <translation>%1 (ffynhonnell %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is already merged (a source of that name is recorded); nothing added</source>
        <translation>mae %1 eisoes wedi&apos;i gyfuno (mae ffynhonnell o&apos;r enw hwnnw wedi&apos;i chofnodi); ni ychwanegwyd dim</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 holds the same content as %2; nothing added</source>
        <translation>mae %1 yn cynnwys yr un cynnwys â %2; ni ychwanegwyd dim</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: another input is also named %2; both kept</source>
        <translation>%1: mae mewnbwn arall hefyd o&apos;r enw %2; cadwyd y ddau</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>table %1 &quot;%2&quot;</source>
        <translation>bwrdd %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 is also in %3; kept the first, skipped this one</source>
        <translation>%1: mae %2 hefyd yn %3; cadwyd y cyntaf, hepgorwyd yr un hwn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 is also in %3; its notes were added to the first</source>
        <translation>%1: mae %2 hefyd yn %3; ychwanegwyd ei nodiadau at y cyntaf</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+87"/>
        <source>%1: %2 is also in %3; both kept</source>
        <translation>%1: mae %2 hefyd yn %3; cadwyd y ddau</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>%1: place &quot;%2&quot; is also in %3; kept the first, skipped this one</source>
        <translation>%1: mae&apos;r lle &quot;%2&quot; hefyd yn %3; cadwyd y cyntaf, hepgorwyd yr un hwn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: place &quot;%2&quot; is also in %3; its aims and actions were added to the first</source>
        <translation>%1: mae&apos;r lle &quot;%2&quot; hefyd yn %3; ychwanegwyd ei nodau a&apos;i gamau gweithredu at y cyntaf</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: place &quot;%2&quot; is also in %3; both kept</source>
        <translation>%1: mae&apos;r lle &quot;%2&quot; hefyd yn %3; cadwyd y ddau</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>poll &quot;%1&quot;</source>
        <translation>pôl &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1: %2 is also in %3; its %n vote(s) were added to the first</source>
        <translation>
            <numerusform>%1: mae %2 hefyd yn %3; ychwanegwyd ei %n pleidlais at y cyntaf</numerusform>
            <numerusform>%1: mae %2 hefyd yn %3; ychwanegwyd ei %n pleidlais at y cyntaf</numerusform>
            <numerusform>%1: mae %2 hefyd yn %3; ychwanegwyd ei %n pleidlais at y cyntaf</numerusform>
            <numerusform>%1: mae %2 hefyd yn %3; ychwanegwyd ei %n pleidlais at y cyntaf</numerusform>
            <numerusform>%1: mae %2 hefyd yn %3; ychwanegwyd ei %n pleidlais at y cyntaf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source> (%n device(s) had voted in both: the later vote kept)</source>
        <translation>
            <numerusform> (roedd %n dyfais wedi pleidleisio yn y ddau: cadwyd y bleidlais ddiweddarach)</numerusform>
            <numerusform> (roedd %n dyfais wedi pleidleisio yn y ddau: cadwyd y bleidlais ddiweddarach)</numerusform>
            <numerusform> (roedd %n dyfais wedi pleidleisio yn y ddau: cadwyd y bleidlais ddiweddarach)</numerusform>
            <numerusform> (roedd %n dyfais wedi pleidleisio yn y ddau: cadwyd y bleidlais ddiweddarach)</numerusform>
            <numerusform> (roedd %n dyfais wedi pleidleisio yn y ddau: cadwyd y bleidlais ddiweddarach)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Nothing to merge: name at least one session file.</source>
        <translation>Dim byd i&apos;w gyfuno: enwch o leiaf un ffeil sesiwn.</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+73"/>
        <location line="+24"/>
        <source>%1 could not be written: %2.</source>
        <translation>Nid oedd modd ysgrifennu %1: %2.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1: already in the merge; nothing added</source>
        <translation>%1: eisoes yn y cyfuno; ni ychwanegwyd dim</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>+%n table(s)</source>
        <translation>
            <numerusform>+%n bwrdd</numerusform>
            <numerusform>+%n bwrdd</numerusform>
            <numerusform>+%n bwrdd</numerusform>
            <numerusform>+%n bwrdd</numerusform>
            <numerusform>+%n bwrdd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>+%n note(s)</source>
        <translation>
            <numerusform>+%n nodyn</numerusform>
            <numerusform>+%n nodyn</numerusform>
            <numerusform>+%n nodyn</numerusform>
            <numerusform>+%n nodyn</numerusform>
            <numerusform>+%n nodyn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>+%n place(s)</source>
        <translation>
            <numerusform>+%n lle</numerusform>
            <numerusform>+%n lle</numerusform>
            <numerusform>+%n lle</numerusform>
            <numerusform>+%n lle</numerusform>
            <numerusform>+%n lle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>+%n aim(s)</source>
        <translation>
            <numerusform>+%n nod</numerusform>
            <numerusform>+%n nod</numerusform>
            <numerusform>+%n nod</numerusform>
            <numerusform>+%n nod</numerusform>
            <numerusform>+%n nod</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>+%n idea(s)</source>
        <translation>
            <numerusform>+%n syniad</numerusform>
            <numerusform>+%n syniad</numerusform>
            <numerusform>+%n syniad</numerusform>
            <numerusform>+%n syniad</numerusform>
            <numerusform>+%n syniad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>+%n driver(s)</source>
        <translation>
            <numerusform>+%n sbardun</numerusform>
            <numerusform>+%n sbardun</numerusform>
            <numerusform>+%n sbardun</numerusform>
            <numerusform>+%n sbardun</numerusform>
            <numerusform>+%n sbardun</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>+%n action(s)</source>
        <translation>
            <numerusform>+%n cam gweithredu</numerusform>
            <numerusform>+%n cam gweithredu</numerusform>
            <numerusform>+%n cam gweithredu</numerusform>
            <numerusform>+%n cam gweithredu</numerusform>
            <numerusform>+%n cam gweithredu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>+%n poll(s)</source>
        <translation>
            <numerusform>+%n pôl</numerusform>
            <numerusform>+%n pôl</numerusform>
            <numerusform>+%n pôl</numerusform>
            <numerusform>+%n pôl</numerusform>
            <numerusform>+%n pôl</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>+%n vote(s)</source>
        <translation>
            <numerusform>+%n pleidlais</numerusform>
            <numerusform>+%n pleidlais</numerusform>
            <numerusform>+%n pleidlais</numerusform>
            <numerusform>+%n pleidlais</numerusform>
            <numerusform>+%n pleidlais</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nothing new</source>
        <translation>dim byd newydd</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n newid</numerusform>
            <numerusform>%n newid</numerusform>
            <numerusform>%n newid</numerusform>
            <numerusform>%n newid</numerusform>
            <numerusform>%n newid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n deletion(s)</source>
        <translation>
            <numerusform>%n dilead</numerusform>
            <numerusform>%n dilead</numerusform>
            <numerusform>%n dilead</numerusform>
            <numerusform>%n dilead</numerusform>
            <numerusform>%n dilead</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n gwrthdaro</numerusform>
            <numerusform>%n gwrthdaro</numerusform>
            <numerusform>%n gwrthdaro</numerusform>
            <numerusform>%n gwrthdaro</numerusform>
            <numerusform>%n gwrthdaro</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (another session: matched by names)</source>
        <translation>%1 (sesiwn arall: wedi&apos;i chyfateb yn ôl enwau)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>conflict: %1</source>
        <translation>gwrthdaro: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left out: %1</source>
        <translation>hepgorwyd: %1</translation>
    </message>
    <message>
        <location line="-203"/>
        <source>The merge was cancelled; %1 was not written.</source>
        <translation>Cafodd y cyfuno ei ganslo; ni chafodd %1 ei ysgrifennu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking %1</source>
        <translation>Wrthi&apos;n gwirio %1</translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>Merging %n cop(ies) of the session</source>
        <translation>
            <numerusform>Wrthi&apos;n cyfuno %n copi o&apos;r sesiwn</numerusform>
            <numerusform>Wrthi&apos;n cyfuno %n copi o&apos;r sesiwn</numerusform>
            <numerusform>Wrthi&apos;n cyfuno %n copi o&apos;r sesiwn</numerusform>
            <numerusform>Wrthi&apos;n cyfuno %n copi o&apos;r sesiwn</numerusform>
            <numerusform>Wrthi&apos;n cyfuno %n copi o&apos;r sesiwn</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 could not be written while merging: %2</source>
        <translation>Nid oedd modd ysgrifennu %1 wrth gyfuno: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the copies of this session</source>
        <translation>copïau&apos;r sesiwn hon</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merging %1</source>
        <translation>Wrthi&apos;n cyfuno %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 could not be written while merging %2: %3</source>
        <translation>Nid oedd modd ysgrifennu %1 wrth gyfuno %2: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saving %1</source>
        <translation>Wrthi&apos;n cadw %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Done</source>
        <translation>Wedi gorffen</translation>
    </message>
    <message>
        <location filename="../core/interchange/IdentityMerge.cpp" line="+168"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>yes</source>
        <translation>ie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>na</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the event</source>
        <translation>y digwyddiad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>table %1 “%2”</source>
        <translation>bwrdd %1 “%2”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>place “%1”</source>
        <translation>lle “%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>poll “%1”</source>
        <translation>pôl “%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>aim “%1”</source>
        <translation>nod “%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>action “%1”</source>
        <translation>cam gweithredu “%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>agenda item “%1”</source>
        <translation>eitem agenda “%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>indicator “%1”</source>
        <translation>dangosydd “%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>%1 “%2”</source>
        <translation>%1 “%2”</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 was deleted (%2) but changed later (%3); it stays deleted</source>
        <translation>dilëwyd %1 (%2) ond cafodd ei newid yn ddiweddarach (%3); mae&apos;r dilead yn sefyll</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>%1, %2: kept %3 (%4); the other value %5 (%6) is listed</source>
        <translation>%1, %2: cadwyd %3 (%4); rhestrir y gwerth arall %5 (%6)</translation>
    </message>
    <message numerus="yes">
        <location line="+99"/>
        <source>%1: %n %2 row(s) whose table, place, aim or poll was deleted on another laptop</source>
        <translation>
            <numerusform>%1: %n rhes %2 a oedd yn perthyn i fwrdd, lle, nod neu bôl a ddilëwyd ar liniadur arall</numerusform>
            <numerusform>%1: %n rhes %2 a oedd yn perthyn i fwrdd, lle, nod neu bôl a ddilëwyd ar liniadur arall</numerusform>
            <numerusform>%1: %n rhes %2 a oedd yn perthyn i fwrdd, lle, nod neu bôl a ddilëwyd ar liniadur arall</numerusform>
            <numerusform>%1: %n rhes %2 a oedd yn perthyn i fwrdd, lle, nod neu bôl a ddilëwyd ar liniadur arall</numerusform>
            <numerusform>%1: %n rhes %2 a oedd yn perthyn i fwrdd, lle, nod neu bôl a ddilëwyd ar liniadur arall</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeCheck</name>
    <message>
        <location filename="../core/interchange/MergeCheck.cpp" line="+36"/>
        <source>Nothing to merge: choose at least one session file.</source>
        <translation>Dim byd i&apos;w gyfuno: dewiswch o leiaf un ffeil sesiwn.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>table %1 &quot;%2&quot;</source>
        <translation>bwrdd %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>place &quot;%1&quot;</source>
        <translation>lle &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>poll &quot;%1&quot;</source>
        <translation>pôl &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <location filename="../core/session/OutputFile.cpp" line="+146"/>
        <source>%1 could not be written: the folder %2 does not exist.</source>
        <translation>Nid oedd modd ysgrifennu %1: nid yw&apos;r ffolder %2 yn bodoli.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 already exists; choose another name.</source>
        <translation>Mae %1 yn bodoli eisoes; dewiswch enw arall.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+27"/>
        <location line="+11"/>
        <source>the disk is full</source>
        <translation>mae&apos;r ddisg yn llawn</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>the file is too large for this disk</source>
        <translation>mae&apos;r ffeil yn rhy fawr i&apos;r ddisg hon</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+29"/>
        <location line="+2"/>
        <source>permission denied</source>
        <translation>gwrthodwyd caniatâd</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+25"/>
        <source>the disk is read-only</source>
        <translation>mae&apos;r ddisg yn ddarllen yn unig</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+19"/>
        <source>the folder %1 does not exist</source>
        <translation>nid yw&apos;r ffolder %1 yn bodoli</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>it is a folder</source>
        <translation>mae&apos;n ffolder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the name is too long</source>
        <translation>mae&apos;r enw&apos;n rhy hir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it already exists</source>
        <translation>mae&apos;n bodoli eisoes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk reported an input/output error</source>
        <translation>adroddodd y ddisg wall mewnbwn/allbwn</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the system gave no reason</source>
        <translation>ni roddodd y system reswm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 could not be written: %2.</source>
        <translation>Nid oedd modd ysgrifennu %1: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+87"/>
        <source>No output file was named.</source>
        <translation>Ni enwyd unrhyw ffeil allbwn.</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>%1 is a link that leads back to itself; choose another name.</source>
        <translation>Mae %1 yn ddolen sy&apos;n arwain yn ôl ati&apos;i hun; dewiswch enw arall.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a link to a file that does not exist; choose another name.</source>
        <translation>Mae %1 yn ddolen i ffeil nad yw&apos;n bodoli; dewiswch enw arall.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a folder; choose a file name.</source>
        <translation>Mae %1 yn ffolder; dewiswch enw ffeil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+48"/>
        <source>%1 is not a regular file (it is a device, pipe or socket); choose another name.</source>
        <translation>Nid yw %1 yn ffeil arferol (mae&apos;n ddyfais, pibell neu soced); dewiswch enw arall.</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>%1 is the file being read; an output never replaces its input. Choose another name.</source>
        <translation>%1 yw&apos;r ffeil sy&apos;n cael ei darllen; nid yw allbwn byth yn disodli ei fewnbwn. Dewiswch enw arall.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is the same file as %2, which is being read; an output never replaces its input. Choose another name.</source>
        <translation>%1 yw&apos;r un ffeil â %2, sy&apos;n cael ei darllen; nid yw allbwn byth yn disodli ei fewnbwn. Dewiswch enw arall.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a session open in Roundtable; choose another name.</source>
        <translation>Mae %1 yn sesiwn sydd ar agor yn Roundtable; dewiswch enw arall.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is a database in use (%2 is beside it); choose another name.</source>
        <translation>Mae %1 yn gronfa ddata sy&apos;n cael ei defnyddio (mae %2 wrth ei hochr); dewiswch enw arall.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is a Roundtable session file; an export or copy never replaces a session. Choose another name.</source>
        <translation>Mae %1 yn ffeil sesiwn Roundtable; nid yw allforio na chopi byth yn disodli sesiwn. Dewiswch enw arall.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is an SQLite database; Roundtable never writes over one. Choose another name.</source>
        <translation>Mae %1 yn gronfa ddata SQLite; nid yw Roundtable byth yn ysgrifennu dros un. Dewiswch enw arall.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be read, so it cannot be checked before it is replaced; choose another name.</source>
        <translation>Nid oes modd darllen %1, felly nid oes modd ei wirio cyn ei ddisodli; dewiswch enw arall.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1 could not be created: %2.</source>
        <translation>Nid oedd modd creu %1: %2.</translation>
    </message>
</context>
<context>
    <name>PdfWriter</name>
    <message>
        <location filename="../core/slides/PdfWriter.cpp" line="+30"/>
        <source>Cannot start a PDF in %1</source>
        <translation>Nid oes modd dechrau PDF yn %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export cancelled.</source>
        <translation>Canslwyd yr allforio.</translation>
    </message>
</context>
<context>
    <name>PickChart</name>
    <message>
        <location filename="../app/places/PickNoteItem.cpp" line="+30"/>
        <source>POSSIBLE</source>
        <translation>POSIBL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IMPLEMENT</source>
        <translation>GWEITHREDU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CHALLENGE</source>
        <translation>HER</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KIBOSH</source>
        <translation>GOLLWNG</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>%1 — unsorted, not on the chart yet</source>
        <translation>%1 — heb ei drefnu, nid yw ar y siart eto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2, impact %3, effort %4</source>
        <translation>%1 — %2, effaith %3, ymdrech %4</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Unsorted — drag onto the chart to place it
%1</source>
        <translation>Heb ei drefnu — llusgwch ef i&apos;r siart i&apos;w osod
%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · impact %2 · effort %3
%4</source>
        <translation>%1 · effaith %2 · ymdrech %3
%4</translation>
    </message>
</context>
<context>
    <name>Places</name>
    <message>
        <location filename="../app/places/PlaceText.cpp" line="+12"/>
        <source>The partners … will work together within %1 to …</source>
        <translation>Bydd y partneriaid … yn cydweithio yn %1 i …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(unnamed place)</source>
        <translation>(lle heb enw)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cohort: %1</source>
        <translation>Carfan: %1</translation>
    </message>
</context>
<context>
    <name>PptxWriter</name>
    <message>
        <location filename="../core/slides/PptxWriter.cpp" line="+942"/>
        <location line="+241"/>
        <source>Export cancelled.</source>
        <translation>Canslwyd yr allforio.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Cannot write %1: the slide text could not be encoded as XML</source>
        <translation>Nid oes modd ysgrifennu %1: nid oedd modd amgodio testun y sleid fel XML</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../app/shell/QtStrings.cpp" line="+44"/>
        <source>Look in:</source>
        <translation>Edrych yn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File &amp;name:</source>
        <translation>&amp;Enw&apos;r ffeil:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of type:</source>
        <translation>Ffeiliau o&apos;r math:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Agor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent Directory</source>
        <translation>Cyfeiriadur rhiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create New Folder</source>
        <translation>Creu ffolder newydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List View</source>
        <translation>Golwg rhestr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail View</source>
        <translation>Golwg manylion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent Places</source>
        <translation>Lleoliadau diweddar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All Files (*)</source>
        <translation>Pob ffeil (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>Mae %1 yn bodoli eisoes.
Ydych chi am ei disodli?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Maint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date Modified</source>
        <translation>Dyddiad addasu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Math</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <location filename="../app/shell/LayoutDirection.cpp" line="+8"/>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../app/shell/QtStrings.cpp" line="-23"/>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Tor&amp;ri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Dewis y cyfan</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="-16"/>
        <source>Show Details...</source>
        <translation>Dangos manylion...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>Cuddio manylion...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Qt</source>
        <translation>Ynghylch Qt</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-20"/>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>Cadw&apos;r cyfan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>Ie i&apos;r &amp;cyfan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Na</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>N&amp;a i&apos;r cyfan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Terfynu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Ailgynnig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Anwybyddu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Gwaredu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Cymorth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Rhoi ar waith</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Ailosod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Adfer y rhagosodiadau</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location line="+35"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="-31"/>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Tor&amp;ri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Dewis y cyfan</translation>
    </message>
</context>
<context>
    <name>RowCommands</name>
    <message>
        <location filename="../core/commands/RowCommands.cpp" line="+22"/>
        <source>Add %1</source>
        <translation>Ychwanegu %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Edit %1</source>
        <translation>Golygu %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Delete %1</source>
        <translation>Dileu %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Move %1</source>
        <translation>Symud %1</translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <location filename="../app/shell/SessionActions.cpp" line="+84"/>
        <source>Cannot open session</source>
        <translation>Nid oes modd agor y sesiwn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You can open it read-only to look at it and copy it; changes will not be possible.</source>
        <translation>Gallwch ei hagor i&apos;w darllen yn unig er mwyn edrych arni a&apos;i chopïo; ni fydd modd gwneud newidiadau.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file has not been changed.</source>
        <translation>Nid yw&apos;r ffeil wedi cael ei newid.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
The file has not been changed.</source>
        <translation>%1
Nid yw&apos;r ffeil wedi cael ei newid.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open Recent</source>
        <translation>Agor Diweddar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 no longer exists; it has been removed from the recent sessions.</source>
        <translation>Nid yw %1 yn bodoli mwyach; mae wedi&apos;i dynnu o&apos;r sesiynau diweddar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <location line="+7"/>
        <source>New Session</source>
        <translation>Sesiwn Newydd</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>%1 is the session that is open; choose another name.</source>
        <translation>%1 yw&apos;r sesiwn sydd ar agor; dewiswch enw arall.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 already exists; a new session never replaces a file. Choose another name.</source>
        <translation>Mae %1 yn bodoli eisoes; nid yw sesiwn newydd byth yn disodli ffeil. Dewiswch enw arall.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+7"/>
        <source>Save a Copy</source>
        <translation>Cadw Copi</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1 is the session itself; choose another name for the copy.</source>
        <translation>%1 yw&apos;r sesiwn ei hun; dewiswch enw arall ar gyfer y copi.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Changes Not Saved</source>
        <translation>Newidiadau Heb eu Cadw</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you close now, the change that could not be saved is lost; everything saved before it stays in the file. To keep it, free some space and send it again, then close.</source>
        <translation>Os byddwch yn cau nawr, bydd y newid nad oedd modd ei gadw yn cael ei golli; mae popeth a gadwyd cyn hynny yn aros yn y ffeil. I&apos;w gadw, rhyddhewch ychydig o le a&apos;i anfon eto, yna caewch.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Session Closed</source>
        <translation>Sesiwn Wedi&apos;i Chau</translation>
    </message>
</context>
<context>
    <name>SessionBuilder</name>
    <message>
        <location filename="../core/interchange/SessionBuilder.cpp" line="+32"/>
        <source>%1 could not be created: %2.</source>
        <translation>Nid oedd modd creu %1: %2.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 could not be written: %2</source>
        <translation>Nid oedd modd ysgrifennu %1: %2</translation>
    </message>
</context>
<context>
    <name>SessionFile</name>
    <message>
        <location filename="../core/session/SessionFile.cpp" line="+179"/>
        <source>%1 does not exist.</source>
        <translation>Nid yw %1 yn bodoli.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot hold a Roundtable session: %2.</source>
        <translation>Ni all %1 gynnwys sesiwn Roundtable: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be read: permission denied.</source>
        <translation>Nid oes modd darllen %1: gwrthodwyd caniatâd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is empty (0 bytes), so it holds no Roundtable session.</source>
        <translation>Mae %1 yn wag (0 beit), felly nid yw&apos;n cynnwys sesiwn Roundtable.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a Roundtable session file: it is not an SQLite database.</source>
        <translation>Nid yw %1 yn ffeil sesiwn Roundtable: nid yw&apos;n gronfa ddata SQLite.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is truncated: %2.</source>
        <translation>Mae %1 wedi&apos;i dorri&apos;n fyr: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is damaged and cannot be opened safely: %2.</source>
        <translation>Mae %1 wedi&apos;i ddifrodi ac nid oes modd ei agor yn ddiogel: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is another application&apos;s SQLite database, not a Roundtable session.</source>
        <translation>Mae %1 yn gronfa ddata SQLite sy&apos;n perthyn i raglen arall, nid sesiwn Roundtable.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was made by a newer Roundtable (schema version %2; this version reads up to %3). Update Roundtable to open it.</source>
        <translation>Cafodd %1 ei greu gan fersiwn mwy newydd o Roundtable (fersiwn sgema %2; mae&apos;r fersiwn hon yn darllen hyd at %3). Diweddarwch Roundtable i&apos;w agor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is being edited by another Roundtable (%2); it can be opened read-only.</source>
        <translation>Mae %1 yn cael ei olygu gan Roundtable arall (%2); gellir ei agor i&apos;w ddarllen yn unig.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be written (read-only file or folder); it can be opened read-only.</source>
        <translation>Nid oes modd ysgrifennu %1 (ffeil neu ffolder darllen yn unig); gellir ei agor i&apos;w ddarllen yn unig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already exists; choose another name.</source>
        <translation>Mae %1 yn bodoli eisoes; dewiswch enw arall.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 could not be used: %2.</source>
        <translation>Nid oedd modd defnyddio %1: %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>it is a link that leads back to itself</source>
        <translation>mae&apos;n ddolen sy&apos;n arwain yn ôl ati&apos;i hun</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is a link to %1, which does not exist</source>
        <translation>mae&apos;n ddolen i %1, nad yw&apos;n bodoli</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it is a folder</source>
        <translation>mae&apos;n ffolder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a device, pipe or socket, not a file</source>
        <translation>mae&apos;n ddyfais, pibell neu soced, nid ffeil</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <location line="+5"/>
        <source>only %n byte(s) of its header remain</source>
        <translation>
            <numerusform>dim ond %n beit o&apos;i bennyn sydd ar ôl</numerusform>
            <numerusform>dim ond %n beit o&apos;i bennyn sydd ar ôl</numerusform>
            <numerusform>dim ond %n beit o&apos;i bennyn sydd ar ôl</numerusform>
            <numerusform>dim ond %n beit o&apos;i bennyn sydd ar ôl</numerusform>
            <numerusform>dim ond %n beit o&apos;i bennyn sydd ar ôl</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its header names an unknown file format version</source>
        <translation>mae ei bennyn yn enwi fersiwn fformat ffeil anhysbys</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its header has no schema version</source>
        <translation>nid oes fersiwn sgema yn ei bennyn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its header gives an impossible page size</source>
        <translation>mae ei bennyn yn rhoi maint tudalen amhosibl</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it holds %1 of the %2 bytes its header promises</source>
        <translation>mae&apos;n cynnwys %1 o&apos;r %2 beit y mae ei bennyn yn eu haddo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it ends part-way through a page</source>
        <translation>mae&apos;n dod i ben hanner ffordd drwy dudalen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>it cannot be read</source>
        <translation>nid oes modd ei ddarllen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>its lock file cannot be made (%1)</source>
        <translation>nid oes modd creu ei ffeil glo (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>process %1 on %2</source>
        <translation>proses %1 ar %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown owner</source>
        <translation>perchennog anhysbys</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>could not make a private copy to check (%1)</source>
        <translation>nid oedd modd gwneud copi preifat i&apos;w wirio (%1)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>could not make a local working copy (%1)</source>
        <translation>nid oedd modd gwneud copi gweithio lleol (%1)</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>could not write the backup %1 before upgrading</source>
        <translation>nid oedd modd ysgrifennu&apos;r copi wrth gefn %1 cyn uwchraddio</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>upgrading to schema version %1 failed: %2</source>
        <translation>methwyd ag uwchraddio i fersiwn sgema %1: %2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>the folder %1 does not exist</source>
        <translation>nid yw&apos;r ffolder %1 yn bodoli</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>its latest changes could not be folded into it (%1); they are safe in %2 beside it. Keep the two files together and open it again once there is space</source>
        <translation>nid oedd modd ymgorffori ei newidiadau diweddaraf ynddo (%1); maen nhw&apos;n ddiogel yn %2 wrth ei ochr. Cadwch y ddwy ffeil gyda&apos;i gilydd, ac agorwch ef eto pan fydd digon o le</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the disk is full</source>
        <translation>mae&apos;r ddisg yn llawn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>could not write the edits back (%1); they are kept in %2</source>
        <translation>nid oedd modd ysgrifennu&apos;r golygiadau yn ôl (%1); maen nhw wedi&apos;u cadw yn %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 is the open session itself; choose another name for the copy.</source>
        <translation>%1 yw&apos;r sesiwn agored ei hun; dewiswch enw arall ar gyfer y copi.</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <location filename="../core/interchange/Templates.cpp" line="+48"/>
        <source>an empty event with the three default prompts</source>
        <translation>digwyddiad gwag gyda&apos;r tri anogwr rhagosodedig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the health and employment seminar: agenda, 8 topic tables, 4 places, feedback polls, data pack</source>
        <translation>y seminar iechyd a chyflogaeth: agenda, 8 bwrdd pwnc, 4 lle, polau adborth, pecyn data</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a filled-in example day: notes from every table, PICK charts, driver diagram, action plans, votes</source>
        <translation>diwrnod enghreifftiol wedi&apos;i lenwi: nodiadau o bob bwrdd, siartiau PICK, diagram sbardunau, cynlluniau gweithredu, pleidleisiau</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+25"/>
        <source>Blank session</source>
        <translation>Sesiwn wag</translation>
    </message>
    <message numerus="yes">
        <location line="-12"/>
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n bwrdd</numerusform>
            <numerusform>%n bwrdd</numerusform>
            <numerusform>%n bwrdd</numerusform>
            <numerusform>%n bwrdd</numerusform>
            <numerusform>%n bwrdd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n place(s)</source>
        <translation>
            <numerusform>%n lle</numerusform>
            <numerusform>%n lle</numerusform>
            <numerusform>%n lle</numerusform>
            <numerusform>%n lle</numerusform>
            <numerusform>%n lle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n poll(s)</source>
        <translation>
            <numerusform>%n pôl</numerusform>
            <numerusform>%n pôl</numerusform>
            <numerusform>%n pôl</numerusform>
            <numerusform>%n pôl</numerusform>
            <numerusform>%n pôl</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An empty session</source>
        <translation>Sesiwn heb ddim ynddi</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 already exists</source>
        <translation>Mae %1 yn bodoli eisoes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>template %1</source>
        <translation>templed %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/cli/Cli.cpp" line="+89"/>
        <source>Run a facilitated seminar and publish its verbatim summary pack.</source>
        <translation>Rhedeg seminar wedi&apos;i hwyluso a chyhoeddi ei becyn crynodeb air am air.</translation>
    </message>
</context>
<context>
    <name>rt::ActionPlanWidget</name>
    <message>
        <location filename="../app/places/ActionPlanWidget.cpp" line="+35"/>
        <source>Add action</source>
        <translation>Ychwanegu cam gweithredu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up</source>
        <translation>I fyny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>I lawr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List order</source>
        <translation>Trefn y rhestr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cohort</source>
        <translation>Carfan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Idea</source>
        <translation>Syniad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who will do it?</source>
        <translation>Pwy fydd yn ei wneud?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By when?</source>
        <translation>Erbyn pryd?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure of success</source>
        <translation>Mesur llwyddiant</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Action plan</source>
        <translation>Cynllun gweithredu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cohort shown</source>
        <translation>Carfan a ddangosir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the sorting: show the rows in the plan&apos;s own order</source>
        <translation>Dadwneud y trefnu: dangos y rhesi yn nhrefn y cynllun ei hun</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move action up</source>
        <translation>Symud cam gweithredu i fyny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move action down</source>
        <translation>Symud cam gweithredu i lawr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cohort:</source>
        <translation>Carfan:</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>&lt;b&gt;Action plan — %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cynllun gweithredu — %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;i&gt;Choose a place to see its action plan.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Dewiswch le i weld ei gynllun gweithredu.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>All cohorts</source>
        <translation>Pob carfan</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Delete action</source>
        <translation>Dileu cam gweithredu</translation>
    </message>
</context>
<context>
    <name>rt::AgendaEditor</name>
    <message>
        <location filename="../app/agenda/AgendaEditor.cpp" line="+34"/>
        <source>Add item</source>
        <translation>Ychwanegu eitem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an item after the selected one, starting when it ends (Ctrl+Return)</source>
        <translation>Ychwanegu eitem ar ôl yr un a ddewiswyd, gan ddechrau pan fydd honno&apos;n gorffen (Ctrl+Return)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected item (Delete)</source>
        <translation>Dileu&apos;r eitem a ddewiswyd (Delete)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Symud i fyny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected item earlier; durations are kept and times shift (Alt+Up)</source>
        <translation>Symud yr eitem a ddewiswyd yn gynharach; mae&apos;r hydoedd yn cael eu cadw ac mae&apos;r amseroedd yn newid (Alt+Up)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Symud i lawr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected item later; durations are kept and times shift (Alt+Down)</source>
        <translation>Symud yr eitem a ddewiswyd yn hwyrach; mae&apos;r hydoedd yn cael eu cadw ac mae&apos;r amseroedd yn newid (Alt+Down)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run from this item ▶</source>
        <translation>Rhedeg o&apos;r eitem hon ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open run mode on the selected item</source>
        <translation>Agor y modd rhedeg ar yr eitem a ddewiswyd</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Agenda items</source>
        <translation>Eitemau&apos;r agenda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alt+Up and Alt+Down move the selected item; Delete removes it; Ctrl+Return adds one</source>
        <translation>Mae Alt+Up ac Alt+Down yn symud yr eitem a ddewiswyd; mae Delete yn ei dileu; mae Ctrl+Return yn ychwanegu un</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+9"/>
        <source>Facilitator guidance</source>
        <translation>Canllawiau i&apos;r hwylusydd</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start from the built-in guidance</source>
        <translation>Dechrau o&apos;r canllawiau adeiledig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the built-in guidance for this kind of activity into the item, to adapt it</source>
        <translation>Copïo&apos;r canllawiau adeiledig ar gyfer y math hwn o weithgaredd i&apos;r eitem, i&apos;w haddasu</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>New item</source>
        <translation>Eitem newydd</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Select an agenda item to write what the facilitator should do.</source>
        <translation>Dewiswch eitem ar yr agenda i ysgrifennu beth ddylai&apos;r hwylusydd ei wneud.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1  ·  %2  ·  %3</source>
        <translation>%1  ·  %2  ·  %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Run mode shows the built-in guidance above until you write your own.</source>
        <translation>Mae&apos;r modd rhedeg yn dangos y canllawiau adeiledig uchod nes i chi ysgrifennu eich rhai eich hun.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run mode shows this text; clear it to go back to the built-in guidance.</source>
        <translation>Mae&apos;r modd rhedeg yn dangos y testun hwn; cliriwch ef i fynd yn ôl at y canllawiau adeiledig.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Item %1 “%2”, start: %3</source>
        <translation>Eitem %1 “%2”, dechrau: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Item %1 “%2”, end: %3</source>
        <translation>Eitem %1 “%2”, diwedd: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Times to check (%1), marked red in the table:</source>
        <translation>Amseroedd i&apos;w gwirio (%1), wedi&apos;u marcio&apos;n goch yn y tabl:</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>…and %n more.</source>
        <translation>
            <numerusform>…a %n arall.</numerusform>
            <numerusform>…a %n arall.</numerusform>
            <numerusform>…a %n arall.</numerusform>
            <numerusform>…a %n arall.</numerusform>
            <numerusform>…a %n arall.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rt::AgendaModel</name>
    <message>
        <location filename="../core/models/AgendaModel.cpp" line="+21"/>
        <source>Start</source>
        <translation>Dechrau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End</source>
        <translation>Diwedd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Poll</source>
        <translation>Pôl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Guidance</source>
        <translation>Canllawiau</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Arrival</source>
        <translation>Cyrraedd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plenary</source>
        <translation>Sesiwn lawn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Break</source>
        <translation>Egwyl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Table discussion</source>
        <translation>Trafodaeth wrth y byrddau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place breakout</source>
        <translation>Grwpiau fesul lle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Cloi</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Poll %1</source>
        <translation>Pôl %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Attach poll</source>
        <translation>Atodi pôl</translation>
    </message>
</context>
<context>
    <name>rt::AgendaWorkspace</name>
    <message>
        <location filename="../app/agenda/AgendaWorkspace.cpp" line="+35"/>
        <location line="+77"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Edit agenda</source>
        <translation>Golygu&apos;r agenda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run the day</source>
        <translation>Rhedeg y diwrnod</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Projector preview</source>
        <translation>Rhagolwg y taflunydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times, titles, kinds, polls and guidance of each item</source>
        <translation>Amseroedd, teitlau, mathau, polau a chanllawiau pob eitem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The facilitator&apos;s screen: current item, countdown, what is next</source>
        <translation>Sgrin yr hwylusydd: yr eitem gyfredol, cyfrif i lawr, beth sydd nesaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the room sees on the projector</source>
        <translation>Beth mae&apos;r ystafell yn ei weld ar y taflunydd</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Projector</source>
        <translation>Taflunydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the projector window on a screen of your choice</source>
        <translation>Dangos ffenestr y taflunydd ar sgrin o&apos;ch dewis</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>agenda — the agenda editor: times, kinds, polls, guidance</source>
        <translation>agenda — golygydd yr agenda: amseroedd, mathau, polau, canllawiau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run — run mode on the item by the clock (or the first item)</source>
        <translation>run — modd rhedeg ar yr eitem yn ôl y cloc (neu&apos;r eitem gyntaf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run:N — run mode on agenda item N (from 1)</source>
        <translation>run:N — modd rhedeg ar eitem N yr agenda (o 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>projector — what the projector shows for the current item</source>
        <translation>projector — beth mae&apos;r taflunydd yn ei ddangos ar gyfer yr eitem gyfredol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>projector:N — what the projector shows for agenda item N</source>
        <translation>projector:N — beth mae&apos;r taflunydd yn ei ddangos ar gyfer eitem N yr agenda</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>view %1: the agenda is empty</source>
        <translation>golwg %1: mae&apos;r agenda&apos;n wag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>view %1: the agenda has items 1 to %2</source>
        <translation>golwg %1: mae gan yr agenda eitemau 1 i %2</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Open the projector window (one screen: in a window)</source>
        <translation>Agor ffenestr y taflunydd (un sgrin: mewn ffenestr)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Full screen on screen %1: %2 (%3×%4)%5</source>
        <translation>Sgrin lawn ar sgrin %1: %2 (%3×%4)%5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, this laptop</source>
        <translation>, y gliniadur hwn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close the projector window</source>
        <translation>Cau ffenestr y taflunydd</translation>
    </message>
</context>
<context>
    <name>rt::ByWhenDelegate</name>
    <message>
        <location filename="../app/places/MultiLineDelegate.cpp" line="+108"/>
        <source>A date or words, e.g. Within 3 months</source>
        <translation>Dyddiad neu eiriau, e.e. O fewn 3 mis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick…</source>
        <translation>Dewis…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a date or a phrase</source>
        <translation>Dewiswch ddyddiad neu ymadrodd</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Within one month</source>
        <translation>O fewn mis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Within 3 months</source>
        <translation>O fewn 3 mis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Within 6 months</source>
        <translation>O fewn 6 mis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Within a year</source>
        <translation>O fewn blwyddyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ongoing</source>
        <translation>Parhaus</translation>
    </message>
</context>
<context>
    <name>rt::ConflictModel</name>
    <message>
        <location filename="../core/models/ConflictModel.cpp" line="+43"/>
        <source>A deleted table</source>
        <translation>Bwrdd wedi&apos;i ddileu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A deleted note</source>
        <translation>Nodyn wedi&apos;i ddileu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A deleted place</source>
        <translation>Lle wedi&apos;i ddileu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A deleted aim</source>
        <translation>Nod wedi&apos;i ddileu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A deleted idea</source>
        <translation>Syniad wedi&apos;i ddileu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A deleted driver</source>
        <translation>Sbardun wedi&apos;i ddileu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A deleted action</source>
        <translation>Cam gweithredu wedi&apos;i ddileu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A deleted poll</source>
        <translation>Pôl wedi&apos;i ddileu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A deleted agenda item</source>
        <translation>Eitem agenda wedi&apos;i dileu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A deleted row</source>
        <translation>Rhes wedi&apos;i dileu</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>this laptop</source>
        <translation>y gliniadur hwn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>laptop %1</source>
        <translation>gliniadur %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (this laptop)</source>
        <translation>%1 (y gliniadur hwn)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, %2</source>
        <comment>laptop, time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 – %2</source>
        <comment>row – field</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(deleted)</source>
        <translation>(dilëwyd)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The row is not in the session any more.</source>
        <translation>Nid yw&apos;r rhes yn y sesiwn mwyach.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The field holds this value already.</source>
        <translation>Mae&apos;r gwerth hwn yn y maes eisoes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The session is open read-only.</source>
        <translation>Mae&apos;r sesiwn ar agor i&apos;w darllen yn unig.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>In use: %1</source>
        <translation>Mewn defnydd: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other value: %1</source>
        <translation>Gwerth arall: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In use now</source>
        <translation>Mewn defnydd nawr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>O ble</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other value</source>
        <translation>Gwerth arall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <comment>the other value&apos;s laptop and time</comment>
        <translation>O ble</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Event details</source>
        <translation>Manylion y digwyddiad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Table %1</source>
        <translation>Bwrdd %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table %1 &quot;%2&quot;</source>
        <translation>Bwrdd %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note &quot;%1&quot; at table %2</source>
        <translation>Nodyn &quot;%1&quot; wrth fwrdd %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Place &quot;%1&quot;</source>
        <translation>Lle &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aim &quot;%1&quot; of %2</source>
        <translation>Nod &quot;%1&quot; ar gyfer %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Idea &quot;%1&quot;</source>
        <translation>Syniad &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Driver &quot;%1&quot;</source>
        <translation>Sbardun &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action &quot;%1&quot; of %2</source>
        <translation>Cam gweithredu &quot;%1&quot; ar gyfer %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Poll &quot;%1&quot;</source>
        <translation>Pôl &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Option &quot;%1&quot; of poll &quot;%2&quot;</source>
        <translation>Opsiwn &quot;%1&quot; ym mhôl &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A vote</source>
        <translation>Pleidlais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agenda item &quot;%1&quot;</source>
        <translation>Eitem agenda &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prompt &quot;%1&quot;</source>
        <translation>Anogwr &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source &quot;%1&quot;</source>
        <translation>Ffynhonnell &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data pack column &quot;%1&quot;</source>
        <translation>Colofn pecyn data &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indicator &quot;%1&quot;</source>
        <translation>Dangosydd &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>place in the list</source>
        <translation>safle yn y rhestr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation>teitl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date</source>
        <translation>dyddiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>venue</source>
        <translation>lleoliad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organiser</source>
        <translation>trefnydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>purpose</source>
        <translation>diben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disclaimer</source>
        <translation>ymwadiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pack language</source>
        <translation>iaith y pecyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation>ffeil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key</source>
        <translation>allwedd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>question</source>
        <translation>cwestiwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind</source>
        <translation>math</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>state</source>
        <translation>cyflwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>most choices</source>
        <translation>uchafswm dewisiadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>poll</source>
        <translation>pôl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answer</source>
        <translation>ateb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start</source>
        <translation>dechrau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end</source>
        <translation>diwedd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>guidance</source>
        <translation>canllawiau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number</source>
        <translation>rhif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>topic</source>
        <translation>pwnc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>facilitator</source>
        <translation>hwylusydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>table</source>
        <translation>bwrdd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prompt</source>
        <translation>anogwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>testun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key point</source>
        <translation>pwynt allweddol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>enw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>priorities</source>
        <translation>blaenoriaethau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>place</source>
        <translation>lle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>statement</source>
        <translation>datganiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cohort</source>
        <translation>carfan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aim</source>
        <translation>nod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>impact</source>
        <translation>effaith</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>effort</source>
        <translation>ymdrech</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not yet placed</source>
        <translation>heb ei osod eto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parent driver</source>
        <translation>sbardun rhiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>idea it came from</source>
        <translation>y syniad y daeth ohono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>idea</source>
        <translation>syniad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>action</source>
        <translation>cam gweithredu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who</source>
        <translation>pwy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by when</source>
        <translation>erbyn pryd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>measure</source>
        <translation>mesur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comparator</source>
        <translation>cymharydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>domain</source>
        <translation>parth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>indicator</source>
        <translation>dangosydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>values</source>
        <translation>gwerthoedd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>higher is better</source>
        <translation>mae uwch yn well</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(dim)</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>position %1</source>
        <translation>safle %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>yes</source>
        <translation>ie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>na</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(empty)</source>
        <translation>(gwag)</translation>
    </message>
</context>
<context>
    <name>rt::ConflictsDialog</name>
    <message>
        <location filename="../app/shell/ConflictsDialog.cpp" line="+50"/>
        <source>Merge Conflicts</source>
        <translation>Gwrthdaro Cyfuno</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Merge conflicts</source>
        <translation>Gwrthdaro cyfuno</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Selected</source>
        <translation>Y dewis</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source>In use now</source>
        <translation>Mewn defnydd nawr</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Other value</source>
        <translation>Gwerth arall</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Use This Value</source>
        <translation>&amp;Defnyddio&apos;r Gwerth Hwn</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>No conflicts: no field of this session was changed differently on two laptops.</source>
        <translation>Dim gwrthdaro: ni newidiwyd unrhyw faes yn y sesiwn hon yn wahanol ar ddau liniadur.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n field(s) were changed differently on two laptops. The merge kept the later change; the other value is listed beside it. Use the other value where it is the right one: the two then swap places, and Edit → Undo takes it back.</source>
        <translation>
            <numerusform>Newidiwyd %n maes yn wahanol ar ddau liniadur. Cadwodd y cyfuno y newid diweddaraf; rhestrir y gwerth arall wrth ei ochr. Defnyddiwch y gwerth arall lle mai hwnnw yw&apos;r un cywir: bydd y ddau wedyn yn cyfnewid lle, ac mae Golygu → Dadwneud yn ei ddadwneud.</numerusform>
            <numerusform>Newidiwyd %n maes yn wahanol ar ddau liniadur. Cadwodd y cyfuno y newid diweddaraf; rhestrir y gwerth arall wrth ei ochr. Defnyddiwch y gwerth arall lle mai hwnnw yw&apos;r un cywir: bydd y ddau wedyn yn cyfnewid lle, ac mae Golygu → Dadwneud yn ei ddadwneud.</numerusform>
            <numerusform>Newidiwyd %n maes yn wahanol ar ddau liniadur. Cadwodd y cyfuno y newid diweddaraf; rhestrir y gwerth arall wrth ei ochr. Defnyddiwch y gwerth arall lle mai hwnnw yw&apos;r un cywir: bydd y ddau wedyn yn cyfnewid lle, ac mae Golygu → Dadwneud yn ei ddadwneud.</numerusform>
            <numerusform>Newidiwyd %n maes yn wahanol ar ddau liniadur. Cadwodd y cyfuno y newid diweddaraf; rhestrir y gwerth arall wrth ei ochr. Defnyddiwch y gwerth arall lle mai hwnnw yw&apos;r un cywir: bydd y ddau wedyn yn cyfnewid lle, ac mae Golygu → Dadwneud yn ei ddadwneud.</numerusform>
            <numerusform>Newidiwyd %n maes yn wahanol ar ddau liniadur. Cadwodd y cyfuno y newid diweddaraf; rhestrir y gwerth arall wrth ei ochr. Defnyddiwch y gwerth arall lle mai hwnnw yw&apos;r un cywir: bydd y ddau wedyn yn cyfnewid lle, ac mae Golygu → Dadwneud yn ei ddadwneud.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing selected</source>
        <translation>Dim wedi&apos;i ddewis</translation>
    </message>
</context>
<context>
    <name>rt::CountdownWidget</name>
    <message>
        <location filename="../app/agenda/CountdownWidget.cpp" line="+14"/>
        <source>Time left</source>
        <translation>Amser ar ôl</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1, paused</source>
        <translation>%1, wedi oedi</translation>
    </message>
</context>
<context>
    <name>rt::DataPackWorkspace</name>
    <message>
        <location filename="../app/datapack/DataPackWorkspace.cpp" line="+42"/>
        <location line="+5"/>
        <location line="+134"/>
        <source>Data pack</source>
        <translation>Pecyn data</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>The figures delegates use to shape their conversations: each indicator by area, with comparators. Within each row the best value has the lightest colour.</source>
        <translation>Y ffigurau y mae cynrychiolwyr yn eu defnyddio i lunio eu sgyrsiau: pob dangosydd yn ôl ardal, gyda chymaryddion. Ym mhob rhes, y gwerth gorau sydd â&apos;r lliw goleuaf.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import CSV…</source>
        <translation>Mewnforio CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the data pack with a CSV file&apos;s: domain, indicator, one column per area or comparator, higher_is_better</source>
        <translation>Disodli&apos;r pecyn data â chynnwys ffeil CSV: domain, indicator, un golofn ar gyfer pob ardal neu gymharydd, higher_is_better</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export CSV…</source>
        <translation>Allforio CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the data pack as a CSV file that Import CSV… reads back</source>
        <translation>Cadw&apos;r pecyn data fel ffeil CSV y gall Mewnforio CSV… ei darllen yn ôl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add Indicator</source>
        <translation>Ychwanegu Dangosydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an indicator below the current one</source>
        <translation>Ychwanegu dangosydd o dan yr un cyfredol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Indicator</source>
        <translation>Dileu Dangosydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected indicators</source>
        <translation>Dileu&apos;r dangosyddion a ddewiswyd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add Area…</source>
        <translation>Ychwanegu Ardal…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Comparator…</source>
        <translation>Ychwanegu Cymharydd…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename Column…</source>
        <translation>Ailenwi Colofn…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Column</source>
        <translation>Dileu Colofn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the current area or comparator column and its values</source>
        <translation>Dileu colofn yr ardal neu&apos;r cymharydd cyfredol a&apos;i gwerthoedd</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Data pack actions</source>
        <translation>Gweithredoedd y pecyn data</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Data pack heat map</source>
        <translation>Map gwres y pecyn data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each cell says its value and its rank in the row; the arrow keys move between cells, F2 edits</source>
        <translation>Mae pob cell yn dangos ei gwerth a&apos;i safle yn y rhes; mae&apos;r bysellau saeth yn symud rhwng celloedd, mae F2 yn golygu</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No data pack yet. Import a CSV file (Import CSV…), or add areas and indicators.</source>
        <translation>Nid oes pecyn data eto. Mewnforiwch ffeil CSV (Mewnforio CSV…), neu ychwanegwch ardaloedd a dangosyddion.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>datapack — the data pack heat map: indicators by area and comparator, lighter is better</source>
        <translation>datapack — map gwres y pecyn data: dangosyddion yn ôl ardal a chymharydd, mae goleuach yn well</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Add Comparator</source>
        <translation>Ychwanegu Cymharydd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add Area</source>
        <translation>Ychwanegu Ardal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the comparator (e.g. England):</source>
        <translation>Enw&apos;r cymharydd (e.e. Lloegr):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the area:</source>
        <translation>Enw&apos;r ardal:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rename Column</source>
        <translation>Ailenwi Colofn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name for %1:</source>
        <translation>Enw newydd ar gyfer %1:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 was not imported; the data pack has not changed.</source>
        <translation>Ni chafodd %1 ei fewnforio; nid yw&apos;r pecyn data wedi newid.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Imported %n indicator(s) from %1. Undo puts the previous data pack back.</source>
        <translation>
            <numerusform>Mewnforiwyd %n dangosydd o %1. Mae Dadwneud yn rhoi&apos;r pecyn data blaenorol yn ôl.</numerusform>
            <numerusform>Mewnforiwyd %n dangosydd o %1. Mae Dadwneud yn rhoi&apos;r pecyn data blaenorol yn ôl.</numerusform>
            <numerusform>Mewnforiwyd %n dangosydd o %1. Mae Dadwneud yn rhoi&apos;r pecyn data blaenorol yn ôl.</numerusform>
            <numerusform>Mewnforiwyd %n dangosydd o %1. Mae Dadwneud yn rhoi&apos;r pecyn data blaenorol yn ôl.</numerusform>
            <numerusform>Mewnforiwyd %n dangosydd o %1. Mae Dadwneud yn rhoi&apos;r pecyn data blaenorol yn ôl.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>%1 could not be imported (%n problem(s)):</source>
        <translation>
            <numerusform>Nid oedd modd mewnforio %1 (%n problem):</numerusform>
            <numerusform>Nid oedd modd mewnforio %1 (%n problem):</numerusform>
            <numerusform>Nid oedd modd mewnforio %1 (%n problem):</numerusform>
            <numerusform>Nid oedd modd mewnforio %1 (%n problem):</numerusform>
            <numerusform>Nid oedd modd mewnforio %1 (%n problem):</numerusform>
        </translation>
    </message>
    <message>
        <location line="-33"/>
        <source>no session is open</source>
        <translation>nid oes sesiwn ar agor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data pack saved to %1</source>
        <translation>Pecyn data wedi&apos;i gadw yn %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>… and %1 more</source>
        <translation>… a %1 arall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was changed. Correct %1 and import it again.</source>
        <translation>Ni newidiwyd dim. Cywirwch %1 a&apos;i fewnforio eto.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+7"/>
        <source>Import Data Pack</source>
        <translation>Mewnforio Pecyn Data</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+21"/>
        <source>CSV files (*.csv)</source>
        <translation>Ffeiliau CSV (*.csv)</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>All files (*)</source>
        <translation>Pob ffeil (*)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 data pack.csv</source>
        <translation>%1 pecyn data.csv</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Export Data Pack</source>
        <translation>Allforio Pecyn Data</translation>
    </message>
</context>
<context>
    <name>rt::Document</name>
    <message>
        <location filename="../core/session/Document.cpp" line="+93"/>
        <source>This session is open read-only; changes are not possible.</source>
        <translation>Mae&apos;r sesiwn hon ar agor i&apos;w darllen yn unig; nid oes modd gwneud newidiadau.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 was replaced or removed by another program. This window still holds the session: use File ▸ Save a Copy to keep it.</source>
        <translation>Cafodd %1 ei ddisodli neu ei dynnu gan raglen arall. Mae&apos;r sesiwn yn dal yn y ffenestr hon: defnyddiwch Ffeil ▸ Cadw Copi i&apos;w chadw.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The last change could not be saved to %1: %2.</source>
        <translation>Nid oedd modd cadw&apos;r newid diwethaf yn %1: %2.</translation>
    </message>
</context>
<context>
    <name>rt::DriverDiagramView</name>
    <message>
        <location filename="../app/places/DriverDiagramView.cpp" line="+93"/>
        <source>Driver diagram</source>
        <translation>Diagram sbardunau</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Aim</source>
        <translation>Nod</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Primary drivers</source>
        <translation>Prif sbardunau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Secondary drivers</source>
        <translation>Sbardunau eilaidd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change ideas</source>
        <translation>Syniadau newid</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(no aim statement)</source>
        <translation>(dim datganiad nod)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add a primary driver to start the diagram.</source>
        <translation>Ychwanegwch brif sbardun i ddechrau&apos;r diagram.</translation>
    </message>
</context>
<context>
    <name>rt::DriverEditor</name>
    <message>
        <location filename="../app/places/DriverEditor.cpp" line="+35"/>
        <source>Add below</source>
        <translation>Ychwanegu oddi tano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add alongside</source>
        <translation>Ychwanegu wrth ei ochr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up</source>
        <translation>I fyny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>I lawr</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+132"/>
        <source>Use idea</source>
        <translation>Defnyddio syniad</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Driver tree</source>
        <translation>Coeden sbardunau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An idea from this aim&apos;s PICK chart</source>
        <translation>Syniad o siart PICK y nod hwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PICK idea to use</source>
        <translation>Syniad PICK i&apos;w ddefnyddio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete driver or change idea</source>
        <translation>Dileu sbardun neu syniad newid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move driver up</source>
        <translation>Symud sbardun i fyny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move driver down</source>
        <translation>Symud sbardun i lawr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a driver or change idea under the selected one (Insert)</source>
        <translation>Ychwanegu sbardun neu syniad newid o dan yr un a ddewiswyd (Insert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add one at the same level after the selected one (Ctrl+Enter)</source>
        <translation>Ychwanegu un ar yr un lefel ar ôl yr un a ddewiswyd (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected change idea the chosen PICK idea, or add it under the selected secondary driver</source>
        <translation>Gwneud y syniad newid a ddewiswyd yn syniad PICK o&apos;ch dewis, neu ei ychwanegu o dan y sbardun eilaidd a ddewiswyd</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>&lt;i&gt;Choose an aim to see its driver diagram.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Dewiswch nod i weld ei ddiagram sbardunau.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Add primary driver</source>
        <translation>Ychwanegu prif sbardun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add %1</source>
        <translation>Ychwanegu %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add idea as change idea</source>
        <translation>Ychwanegu&apos;r syniad fel syniad newid</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+10"/>
        <source>New %1</source>
        <translation>%1 newydd</translation>
    </message>
</context>
<context>
    <name>rt::DriverTreeModel</name>
    <message>
        <location filename="../core/models/DriverTreeModel.cpp" line="+172"/>
        <source>Primary driver</source>
        <translation>Prif sbardun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secondary driver</source>
        <translation>Sbardun eilaidd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change idea</source>
        <translation>Syniad newid</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+17"/>
        <source>Add %1</source>
        <translation>Ychwanegu %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete %1</source>
        <translation>Dileu %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reorder drivers</source>
        <translation>Aildrefnu sbardunau</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Link change idea</source>
        <translation>Cysylltu syniad newid</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>From the PICK chart: %1</source>
        <translation>O&apos;r siart PICK: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Edit %1</source>
        <translation>Golygu %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Drivers and change ideas</source>
        <translation>Sbardunau a syniadau newid</translation>
    </message>
</context>
<context>
    <name>rt::EventDialog</name>
    <message>
        <location filename="../app/shell/EventDialog.cpp" line="+30"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Event Details</source>
        <translation>Manylion y Digwyddiad</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>YYYY-MM-DD, e.g. 2023-07-21</source>
        <translation>BBBB-MM-DD, e.e. 2023-07-21</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One purpose per line</source>
        <translation>Un diben ar bob llinell</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Empty: the pack&apos;s standard words on a verbatim reproduction</source>
        <translation>Gwag: geiriad safonol y pecyn am atgynhyrchiad air am air</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The language of the summary pack&apos;s headings and labels. The app&apos;s own language is set in View → Language.</source>
        <translation>Iaith penawdau a labeli&apos;r pecyn crynodeb. Caiff iaith yr ap ei hun ei gosod yn Gweld → Iaith.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Title:</source>
        <translation>&amp;Teitl:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Dyddiad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Venue:</source>
        <translation>&amp;Lleoliad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organiser:</source>
        <translation>T&amp;refnydd:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Purpose:</source>
        <translation>Di&amp;ben:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;isclaimer:</source>
        <translation>&amp;Ymwadiad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pack &amp;language:</source>
        <translation>Iaith y &amp;pecyn:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Date: &quot;%1&quot; is not a date; write it as YYYY-MM-DD, e.g. 2023-07-21.</source>
        <translation>Dyddiad: nid yw &quot;%1&quot; yn ddyddiad; ysgrifennwch ef fel BBBB-MM-DD, e.e. 2023-07-21.</translation>
    </message>
</context>
<context>
    <name>rt::ExportWorkspace</name>
    <message>
        <location filename="../app/export/ExportWorkspace.cpp" line="+97"/>
        <source>Slides</source>
        <translation>Sleidiau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Include</source>
        <translation>Cynnwys</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+68"/>
        <location line="+194"/>
        <location line="+3"/>
        <source>Export</source>
        <translation>Allforio</translation>
    </message>
    <message>
        <location line="-262"/>
        <source>PowerPoint (PPTX)…</source>
        <translation>PowerPoint (PPTX)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown…</source>
        <translation>Markdown…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets (CSV)…</source>
        <translation>Taenlenni (CSV)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every note, idea and action appears once, in full. Long columns continue on numbered slides (1/2, 2/2); text is never smaller than 12 pt.</source>
        <translation>Mae pob nodyn, syniad a cham gweithredu yn ymddangos unwaith, yn llawn. Mae colofnau hir yn parhau ar sleidiau wedi&apos;u rhifo (1/2, 2/2); nid yw&apos;r testun byth yn llai na 12 pt.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>slide:N — slide N (from 1) of the summary pack, in the Export page&apos;s preview</source>
        <translation>slide:N — sleid N (o 1) o&apos;r pecyn crynodeb, yn rhagolwg y dudalen Allforio</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>there is no slide %1: the pack has %n slide(s)</source>
        <translation>
            <numerusform>nid oes sleid %1: mae gan y pecyn %n sleid</numerusform>
            <numerusform>nid oes sleid %1: mae gan y pecyn %n sleid</numerusform>
            <numerusform>nid oes sleid %1: mae gan y pecyn %n sleid</numerusform>
            <numerusform>nid oes sleid %1: mae gan y pecyn %n sleid</numerusform>
            <numerusform>nid oes sleid %1: mae gan y pecyn %n sleid</numerusform>
        </translation>
    </message>
    <message>
        <location line="+96"/>
        <source>PowerPoint presentations (*.pptx)</source>
        <translation>Cyflwyniadau PowerPoint (*.pptx)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Dogfennau PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV files (*.csv)</source>
        <translation>Ffeiliau CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the summary pack</source>
        <translation>Allforio&apos;r pecyn crynodeb</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Writing %1…</source>
        <translation>Wrthi&apos;n ysgrifennu %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Written: %1</source>
        <translation>Wedi&apos;i ysgrifennu: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the file</source>
        <translation>Agor y ffeil</translation>
    </message>
</context>
<context>
    <name>rt::FeedbackView</name>
    <message>
        <location filename="../app/tables/FeedbackView.cpp" line="+32"/>
        <source>Key points for feedback</source>
        <translation>Pwyntiau allweddol ar gyfer adborth</translation>
    </message>
    <message>
        <location line="+220"/>
        <source>No table chosen</source>
        <translation>Dim bwrdd wedi&apos;i ddewis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 — key points</source>
        <translation>%1 — pwyntiau allweddol</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No key points yet. Mark a note as a key point with Ctrl+K or its ★ menu.</source>
        <translation>Dim pwyntiau allweddol eto. Marciwch nodyn fel pwynt allweddol gyda Ctrl+K neu ei ddewislen ★.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 / %2  →</source>
        <translation>%1 / %2  →</translation>
    </message>
</context>
<context>
    <name>rt::HeatMapLegend</name>
    <message>
        <location filename="../app/datapack/HeatMap.cpp" line="+119"/>
        <source>Key: a lighter colour indicates better performance</source>
        <translation>Allwedd: mae lliw goleuach yn dangos perfformiad gwell</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+12"/>
        <source>A lighter colour indicates better performance</source>
        <translation>Mae lliw goleuach yn dangos perfformiad gwell</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Key:</source>
        <translation>Allwedd:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>worse</source>
        <translation>gwaeth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>better</source>
        <translation>gwell</translation>
    </message>
</context>
<context>
    <name>rt::IndicatorTableModel</name>
    <message>
        <location filename="../core/models/IndicatorTableModel.cpp" line="+255"/>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 in %2: ranked %3 of %4 in this row (%5)</source>
        <translation>%1 yn %2: safle %3 o %4 yn y rhes hon (%5)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>higher is better</source>
        <translation>mae uwch yn well</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lower is better</source>
        <translation>mae is yn well</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A higher value is better</source>
        <translation>Mae gwerth uwch yn well</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A lower value is better</source>
        <translation>Mae gwerth is yn well</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Mark &quot;%1&quot; higher is better</source>
        <translation>Marcio bod uwch yn well ar gyfer &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &quot;%1&quot; lower is better</source>
        <translation>Marcio bod is yn well ar gyfer &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit domain</source>
        <translation>Golygu parth</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit indicator name</source>
        <translation>Golygu enw&apos;r dangosydd</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit %1 value of &quot;%2&quot;</source>
        <translation>Golygu gwerth %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Domain</source>
        <translation>Parth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indicator</source>
        <translation>Dangosydd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Higher is better</source>
        <translation>Uwch yn well</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (comparator)</source>
        <translation>%1 (cymharydd)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (area)</source>
        <translation>%1 (ardal)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checked: a higher value is better; unchecked: a lower value is better</source>
        <translation>Wedi&apos;i dicio: mae gwerth uwch yn well; heb ei dicio: mae gwerth is yn well</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Add indicator</source>
        <translation>Ychwanegu dangosydd</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Delete %n indicator(s)</source>
        <translation>
            <numerusform>Dileu %n dangosydd</numerusform>
            <numerusform>Dileu %n dangosydd</numerusform>
            <numerusform>Dileu %n dangosydd</numerusform>
            <numerusform>Dileu %n dangosydd</numerusform>
            <numerusform>Dileu %n dangosydd</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add comparator %1</source>
        <translation>Ychwanegu cymharydd %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add area %1</source>
        <translation>Ychwanegu ardal %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Delete column %1</source>
        <translation>Dileu colofn %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Rename domain</source>
        <translation>Ailenwi parth</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Rename column</source>
        <translation>Ailenwi colofn</translation>
    </message>
</context>
<context>
    <name>rt::JoinRoomDialog</name>
    <message>
        <location filename="../app/shell/JoinRoomDialog.cpp" line="+32"/>
        <source>Join a Room</source>
        <translation>Ymuno ag Ystafell</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The organiser&apos;s laptop shows the room&apos;s address, join code and QR code under Room ▸ Room…. This laptop keeps its own complete file: when the network drops, edits wait in it and go as soon as the room is back.</source>
        <translation>Mae gliniadur y trefnydd yn dangos cyfeiriad yr ystafell, y cod ymuno a&apos;r cod QR o dan Ystafell ▸ Ystafell…. Mae&apos;r gliniadur hwn yn cadw ei ffeil gyflawn ei hun: pan fydd y rhwydwaith yn methu, mae golygiadau&apos;n aros ynddi ac yn mynd cyn gynted ag y bydd yr ystafell yn ôl.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(none heard yet)</source>
        <translation>(dim un wedi’i glywed eto)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(choose a room)</source>
        <translation>(dewiswch ystafell)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Untitled session</source>
        <translation>Sesiwn heb deitl</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Now type the join code shown on the organiser&apos;s laptop.</source>
        <translation>Nawr teipiwch y cod ymuno a ddangosir ar liniadur y trefnydd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rooms &amp;nearby:</source>
        <translation>Ystafelloedd &amp;gerllaw:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>http://192.168.1.20:47800/room/… or 192.168.1.20 ABCD-EFGH-…</source>
        <translation>http://192.168.1.20:47800/room/… neu 192.168.1.20 ABCD-EFGH-…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Room:</source>
        <translation>&amp;Ystafell:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(say later)</source>
        <translation>(dweud yn nes ymlaen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Table %1 · %2</source>
        <translation>Bwrdd %1 · %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This laptop &amp;captures:</source>
        <translation>Mae&apos;r gliniadur hwn yn &amp;cofnodi:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Join</source>
        <translation>&amp;Ymuno</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Asking the room…</source>
        <translation>Yn holi&apos;r ystafell…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The room cannot be reached: %1</source>
        <translation>Nid oes modd cyrraedd yr ystafell: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Room session</source>
        <translation>Sesiwn yr ystafell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the Room&apos;s Session As</source>
        <translation>Cadw Sesiwn yr Ystafell Fel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roundtable sessions (*.roundtable)</source>
        <translation>Sesiynau Roundtable (*.roundtable)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 already exists; choose a new name.</source>
        <translation>Mae %1 yn bodoli eisoes; dewiswch enw newydd.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The room&apos;s session could not be received: %1</source>
        <translation>Nid oedd modd derbyn sesiwn yr ystafell: %1</translation>
    </message>
</context>
<context>
    <name>rt::LaptopDialog</name>
    <message>
        <location filename="../app/shell/LaptopDialog.cpp" line="+29"/>
        <source>This Laptop</source>
        <translation>Y Gliniadur Hwn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every note, idea, action and vote records the laptop it was captured on, so a session combined from several laptops shows where each came from.</source>
        <translation>Mae pob nodyn, syniad, cam gweithredu a phleidlais yn cofnodi&apos;r gliniadur y cafodd ei gofnodi arno, felly mae sesiwn a gyfunwyd o sawl gliniadur yn dangos o ble daeth pob un.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. Table 3 laptop</source>
        <extracomment>Shown in the empty name box: %1 is the computer&apos;s own name</extracomment>
        <translation>e.e. Gliniadur bwrdd 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: the computer&apos;s name, %1</source>
        <translation>Gwag: enw&apos;r cyfrifiadur, %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This laptop&apos;s &amp;name (shown beside what it captures):</source>
        <translation>&amp;Enw&apos;r gliniadur hwn (a ddangosir wrth ymyl yr hyn y mae&apos;n ei gofnodi):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name it after where it is used, e.g. “Table 3 laptop” or “Organiser”. What you capture from now on records it.</source>
        <translation>Enwch ef ar ôl lle caiff ei ddefnyddio, e.e. “Gliniadur bwrdd 3” neu “Trefnydd”. Mae&apos;r hyn a gofnodwch o hyn ymlaen yn ei gofnodi.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>While ROUNDTABLE_DEVICE_NAME is set, this run of the program uses “%1”.</source>
        <translation>Tra bo ROUNDTABLE_DEVICE_NAME wedi&apos;i osod, mae&apos;r rhediad hwn o&apos;r rhaglen yn defnyddio “%1”.</translation>
    </message>
</context>
<context>
    <name>rt::MainWindow</name>
    <message>
        <location filename="../app/shell/MainWindowMenus.cpp" line="+57"/>
        <source>&amp;New from Template…</source>
        <translation>&amp;Newydd o Dempled…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open…</source>
        <translation>&amp;Agor…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a &amp;Copy…</source>
        <translation>Cadw C&amp;opi…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Merge Files…</source>
        <translation>C&amp;yfuno Ffeiliau…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Combine the session files from several laptops into a new file</source>
        <translation>Cyfuno&apos;r ffeiliau sesiwn o sawl gliniadur mewn ffeil newydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event &amp;Details…</source>
        <translation>&amp;Manylion y Digwyddiad…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title, date, venue, purpose, disclaimer and the summary pack&apos;s language</source>
        <translation>Teitl, dyddiad, lleoliad, diben, ymwadiad ac iaith y pecyn crynodeb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Cau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Full Screen</source>
        <translation>&amp;Sgrin Lawn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mute Sounds</source>
        <translation>&amp;Tewi Synau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No chime when an agenda item&apos;s time is up</source>
        <translation>Dim cloch pan fydd amser eitem ar yr agenda ar ben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Roundtable</source>
        <translation>&amp;Ynghylch Roundtable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>Ynghylch &amp;Qt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindowPages.cpp" line="+81"/>
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tables</source>
        <translation>&amp;Byrddau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Places</source>
        <translation>&amp;Lleoedd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;olls</source>
        <translation>&amp;Polau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Data Pack</source>
        <translation>Pecyn &amp;Data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export</source>
        <translation>Allf&amp;orio</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindowMenus.cpp" line="+54"/>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Recent</source>
        <translation>Agor &amp;Diweddar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This &amp;Laptop…</source>
        <translation>Y &amp;Gliniadur Hwn…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name this laptop is shown by beside the notes, ideas and actions it captures</source>
        <translation>Yr enw a ddangosir ar gyfer y gliniadur hwn wrth ymyl y nodiadau, y syniadau a&apos;r camau gweithredu y mae&apos;n eu cofnodi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Edit</source>
        <translation>&amp;Golygu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merge &amp;Conflicts…</source>
        <translation>&amp;Gwrthdaro Cyfuno…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fields two laptops changed differently: see both values and choose</source>
        <translation>Meysydd a newidiwyd yn wahanol ar ddau liniadur: gweld y ddau werth a dewis</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Room</source>
        <translation>&amp;Ystafell</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>Gw&amp;eld</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language</source>
        <translation>&amp;Iaith</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="+232"/>
        <source>Roundtable</source>
        <translation>Roundtable</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindowPages.cpp" line="+120"/>
        <source>no session is open</source>
        <translation>nid oes sesiwn ar agor</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>unknown view %1; see roundtable screenshot --help</source>
        <translation>golwg anhysbys %1; gweler roundtable screenshot --help</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="+7"/>
        <source>Untitled event</source>
        <translation>Digwyddiad heb deitl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (read-only)</source>
        <translation>%1 (darllen yn unig)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not saved</source>
        <translation>Heb ei gadw</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read-only</source>
        <translation>Darllen yn unig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This session is open read-only: changes are not possible.</source>
        <translation>Mae&apos;r sesiwn hon ar agor i&apos;w darllen yn unig: nid oes modd gwneud newidiadau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every change is saved</source>
        <translation>Mae pob newid yn cael ei gadw</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each edit is written to the session file at once; there is nothing to save.</source>
        <translation>Mae pob golygiad yn cael ei ysgrifennu i&apos;r ffeil sesiwn ar unwaith; nid oes dim i&apos;w gadw.</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindowMenus.cpp" line="+11"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No recent sessions</source>
        <translation>Dim sesiynau diweddar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Clear List</source>
        <translation>&amp;Clirio&apos;r Rhestr</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The language changes the next time Roundtable starts.</source>
        <translation>Bydd yr iaith yn newid y tro nesaf y bydd Roundtable yn cychwyn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System Default</source>
        <translation>Rhagosodiad y System</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="+68"/>
        <source>Open &amp;Read-Only</source>
        <translation>Agor i&apos;w &amp;Ddarllen yn Unig</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close &amp;Anyway</source>
        <translation>Cau &amp;beth bynnag</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindowMenus.cpp" line="+20"/>
        <source>New Session</source>
        <translation>Sesiwn Newydd</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <location line="+13"/>
        <source>Roundtable sessions (*.roundtable)</source>
        <translation>Sesiynau Roundtable (*.roundtable)</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Open Session</source>
        <translation>Agor Sesiwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Pob ffeil (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 copy</source>
        <translation>%1 (copi)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a Copy</source>
        <translation>Cadw Copi</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="-31"/>
        <source>Copy saved to %1</source>
        <translation>Copi wedi&apos;i gadw yn %1</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindowMenus.cpp" line="+28"/>
        <source>About Roundtable</source>
        <translation>Ynghylch Roundtable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Roundtable %1&lt;/h3&gt;&lt;p&gt;Run a facilitated seminar with breakout tables and publish its verbatim summary pack.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Roundtable %1&lt;/h3&gt;&lt;p&gt;Rhedeg seminar wedi&apos;i hwyluso gyda byrddau trafod a chyhoeddi ei becyn crynodeb air am air.&lt;/p&gt;&lt;p&gt;Trwyddedwyd o dan Drwydded Gyhoeddus Gyffredinol GNU, fersiwn 3 neu ddiweddarach (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Adeiladwyd gyda Qt %2.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>rt::MergeDialog</name>
    <message>
        <location filename="../app/shell/MergeDialog.cpp" line="+36"/>
        <source>Roundtable sessions (*.roundtable)</source>
        <translation>Sesiynau Roundtable (*.roundtable)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Merge Files</source>
        <translation>Cyfuno Ffeiliau</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Combine the session files from every table&apos;s laptop into one new file. The files you pick are only read; nothing is written until every one of them has been checked.</source>
        <translation>Cyfunwch y ffeiliau sesiwn o liniadur pob bwrdd yn un ffeil newydd. Dim ond darllen y ffeiliau a ddewiswch a wneir; ni chaiff dim ei ysgrifennu nes bod pob un ohonynt wedi&apos;i wirio.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>Files to merge</source>
        <translation>Ffeiliau i&apos;w cyfuno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add Files…</source>
        <translation>&amp;Ychwanegu Ffeiliau…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Tynnu</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>New merged file</source>
        <translation>Ffeil gyfunedig newydd</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Choose where to save the merged session</source>
        <translation>Dewiswch ble i gadw&apos;r sesiwn gyfunedig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Dewis…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Table, place or poll</source>
        <translation>Bwrdd, lle neu bôl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Files</source>
        <translation>Ffeiliau</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>C&amp;ombine them: one table or place holding every file&apos;s notes, aims and actions</source>
        <translation>&amp;Eu cyfuno: un bwrdd neu le sy&apos;n cynnwys nodiadau, nodau a chamau gweithredu pob ffeil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep &amp;both, side by side (tidy them afterwards)</source>
        <translation>Cadw&apos;r &amp;ddau, ochr yn ochr (eu tacluso wedyn)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the &amp;first file&apos;s only; skip the later copies</source>
        <translation>Cadw rhai&apos;r ffeil &amp;gyntaf yn unig; hepgor y copïau diweddarach</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This choice applies to every duplicate at once: the merge cannot decide table by table. A poll asked on several laptops (same question, kind and options) becomes one poll holding every file&apos;s votes unless you keep both; a phone that voted on two laptops counts once, with its later vote.</source>
        <translation>Mae&apos;r dewis hwn yn berthnasol i bob dyblyg ar unwaith: ni all y cyfuno benderfynu fesul bwrdd. Mae pôl a ofynnwyd ar sawl gliniadur (yr un cwestiwn, math ac opsiynau) yn dod yn un pôl sy&apos;n cynnwys pleidleisiau pob ffeil, oni bai eich bod yn cadw&apos;r ddau; mae ffôn a bleidleisiodd ar ddau liniadur yn cyfrif unwaith, gyda&apos;i bleidlais ddiweddarach.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Merge</source>
        <translation>&amp;Cyfuno</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Merge report</source>
        <translation>Adroddiad cyfuno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Merged File</source>
        <translation>&amp;Agor y Ffeil Gyfunedig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open and &amp;Review Conflicts</source>
        <translation>Agor ac Adolygu&apos;r &amp;Gwrthdaro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens the merged file and lists the fields two laptops changed differently, so you can choose the other value where it is right</source>
        <translation>Yn agor y ffeil gyfunedig ac yn rhestru&apos;r meysydd a newidiwyd yn wahanol ar ddau liniadur, er mwyn i chi ddewis y gwerth arall lle mae&apos;n gywir</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Files to Merge</source>
        <translation>Ffeiliau i&apos;w Cyfuno</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Pob ffeil (*)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Merged Session</source>
        <translation>Sesiwn Gyfunedig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>merged.roundtable</source>
        <translation>cyfunedig.roundtable</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose the new merged file.</source>
        <translation>Dewiswch y ffeil gyfunedig newydd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is one of the files to merge; choose a new name for the merged file.</source>
        <translation>Mae %1 yn un o&apos;r ffeiliau i&apos;w cyfuno; dewiswch enw newydd ar gyfer y ffeil gyfunedig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already exists; the merge writes a new file: choose another name.</source>
        <translation>Mae %1 yn bodoli eisoes; mae&apos;r cyfuno&apos;n ysgrifennu ffeil newydd: dewiswch enw arall.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be written: the folder %2 does not exist.</source>
        <translation>Nid oes modd ysgrifennu %1: nid yw&apos;r ffolder %2 yn bodoli.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n file(s) checked</source>
        <translation>
            <numerusform>%n ffeil wedi&apos;u gwirio</numerusform>
            <numerusform>%n ffeil wedi&apos;u gwirio</numerusform>
            <numerusform>%n ffeil wedi&apos;u gwirio</numerusform>
            <numerusform>%n ffeil wedi&apos;u gwirio</numerusform>
            <numerusform>%n ffeil wedi&apos;u gwirio</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Nothing is in more than one session.</source>
        <translation>Nid oes dim mewn mwy nag un sesiwn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to match by name: the files are copies of one session.</source>
        <translation>Dim i&apos;w gyfateb yn ôl enw: copïau o un sesiwn yw&apos;r ffeiliau.</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n copies of one session (%1): merged row by row.</source>
        <translation>
            <numerusform>%n copi o un sesiwn (%1): wedi&apos;u cyfuno fesul rhes.</numerusform>
            <numerusform>%n copi o un sesiwn (%1): wedi&apos;u cyfuno fesul rhes.</numerusform>
            <numerusform>%n copi o un sesiwn (%1): wedi&apos;u cyfuno fesul rhes.</numerusform>
            <numerusform>%n copi o un sesiwn (%1): wedi&apos;u cyfuno fesul rhes.</numerusform>
            <numerusform>%n copi o un sesiwn (%1): wedi&apos;u cyfuno fesul rhes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One session: %1.</source>
        <translation>Un sesiwn: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Another session, %n copies (%1): matched with the others by name.</source>
        <translation>
            <numerusform>Sesiwn arall, %n copi (%1): wedi&apos;i chyfateb â&apos;r lleill yn ôl enw.</numerusform>
            <numerusform>Sesiwn arall, %n copi (%1): wedi&apos;i chyfateb â&apos;r lleill yn ôl enw.</numerusform>
            <numerusform>Sesiwn arall, %n copi (%1): wedi&apos;i chyfateb â&apos;r lleill yn ôl enw.</numerusform>
            <numerusform>Sesiwn arall, %n copi (%1): wedi&apos;i chyfateb â&apos;r lleill yn ôl enw.</numerusform>
            <numerusform>Sesiwn arall, %n copi (%1): wedi&apos;i chyfateb â&apos;r lleill yn ôl enw.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another session (%1): matched with the others by name.</source>
        <translation>Sesiwn arall (%1): wedi&apos;i chyfateb â&apos;r lleill yn ôl enw.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Needs a look (%1):</source>
        <translation>Angen sylw (%1):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  Open the merged file to choose between the two values of each conflict (Edit → Merge Conflicts…).</source>
        <translation>  Agorwch y ffeil gyfunedig i ddewis rhwng dau werth pob gwrthdaro (Golygu → Gwrthdaro Cyfuno…).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Files:</source>
        <translation>Ffeiliau:</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Merged %n source(s) into %1.</source>
        <translation>
            <numerusform>Cyfunwyd %n ffynhonnell yn %1.</numerusform>
            <numerusform>Cyfunwyd %n ffynhonnell yn %1.</numerusform>
            <numerusform>Cyfunwyd %n ffynhonnell yn %1.</numerusform>
            <numerusform>Cyfunwyd %n ffynhonnell yn %1.</numerusform>
            <numerusform>Cyfunwyd %n ffynhonnell yn %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-101"/>
        <source>%1: %2 tables, %3 notes, %4 places, %5 polls, %6 votes in all.</source>
        <translation>%1: %2 bwrdd, %3 nodyn, %4 lle, %5 pôl, %6 pleidlais i gyd.</translation>
    </message>
    <message>
        <location line="-217"/>
        <location line="+8"/>
        <source>Found in more than one session</source>
        <translation>Mewn mwy nag un sesiwn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For every table (same number and topic) and place (same name) that is in more than one session:</source>
        <translation>Ar gyfer pob bwrdd (yr un rhif a phwnc) a lle (yr un enw) sydd mewn mwy nag un sesiwn:</translation>
    </message>
    <message>
        <location line="+235"/>
        <source>%1 — cannot be merged</source>
        <translation>%1 — nid oes modd ei gyfuno</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Added: %1 tables, %2 notes, %3 places, %4 aims, %5 ideas, %6 drivers, %7 actions, %8 polls, %9 votes.</source>
        <translation>Ychwanegwyd: %1 bwrdd, %2 nodyn, %3 lle, %4 nod, %5 syniad, %6 sbardun, %7 cam gweithredu, %8 pôl, %9 pleidlais.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sources, in order:</source>
        <translation>Ffynonellau, mewn trefn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicates (%1):</source>
        <translation>Dyblygion (%1):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: one per file (%2)</source>
        <translation>%1: un ar gyfer pob ffeil (%2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: one poll with the votes of %2</source>
        <translation>%1: un pôl gyda phleidleisiau %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Polls asked in more than one file, kept separately with their own votes (%1):</source>
        <translation>Polau a ofynnwyd mewn mwy nag un ffeil, wedi&apos;u cadw ar wahân gyda&apos;u pleidleisiau eu hunain (%1):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Polls asked in more than one file, combined into one poll each (%1):</source>
        <translation>Polau a ofynnwyd mewn mwy nag un ffeil, wedi&apos;u cyfuno&apos;n un pôl yr un (%1):</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n device(s) had voted in more than one file&apos;s copy of a poll; each counts once, with its later vote.</source>
        <translation>
            <numerusform>Roedd %n dyfais wedi pleidleisio yng nghopi mwy nag un ffeil o bôl; mae pob un yn cyfrif unwaith, gyda&apos;i phleidlais ddiweddarach.</numerusform>
            <numerusform>Roedd %n dyfais wedi pleidleisio yng nghopi mwy nag un ffeil o bôl; mae pob un yn cyfrif unwaith, gyda&apos;i phleidlais ddiweddarach.</numerusform>
            <numerusform>Roedd %n dyfais wedi pleidleisio yng nghopi mwy nag un ffeil o bôl; mae pob un yn cyfrif unwaith, gyda&apos;i phleidlais ddiweddarach.</numerusform>
            <numerusform>Roedd %n dyfais wedi pleidleisio yng nghopi mwy nag un ffeil o bôl; mae pob un yn cyfrif unwaith, gyda&apos;i phleidlais ddiweddarach.</numerusform>
            <numerusform>Roedd %n dyfais wedi pleidleisio yng nghopi mwy nag un ffeil o bôl; mae pob un yn cyfrif unwaith, gyda&apos;i phleidlais ddiweddarach.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skipped (%1):</source>
        <translation>Hepgorwyd (%1):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Differences from the first file (%1):</source>
        <translation>Gwahaniaethau o&apos;r ffeil gyntaf (%1):</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Checking the files…</source>
        <translation>Wrthi&apos;n gwirio&apos;r ffeiliau…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merging</source>
        <translation>Wrthi&apos;n cyfuno</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The merged session is ready: %1</source>
        <translation>Mae&apos;r sesiwn gyfunedig yn barod: %1</translation>
    </message>
</context>
<context>
    <name>rt::MultiLineDelegate</name>
    <message>
        <location filename="../app/places/MultiLineDelegate.cpp" line="-114"/>
        <source>Enter: new line · Ctrl+Enter: done · Esc: cancel</source>
        <translation>Enter: llinell newydd · Ctrl+Enter: gorffen · Esc: canslo</translation>
    </message>
</context>
<context>
    <name>rt::NavigationModel</name>
    <message>
        <location filename="../app/shell/NavigationModel.cpp" line="+43"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>rt::NoteDelegate</name>
    <message>
        <location filename="../app/tables/NoteDelegate.cpp" line="+194"/>
        <source>Edit note</source>
        <translation>Golygu nodyn</translation>
    </message>
</context>
<context>
    <name>rt::NoteEntry</name>
    <message>
        <location filename="../app/tables/NoteEntry.cpp" line="+19"/>
        <source>Type a note and press Enter
Shift+Enter: new line</source>
        <translation>Teipiwch nodyn a phwyso Enter
Shift+Enter: llinell newydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New note</source>
        <translation>Nodyn newydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter adds the note and keeps the cursor here for the next one.</source>
        <translation>Mae Enter yn ychwanegu&apos;r nodyn ac yn cadw&apos;r cyrchwr yma ar gyfer yr un nesaf.</translation>
    </message>
</context>
<context>
    <name>rt::NoteListModel</name>
    <message>
        <location filename="../core/models/NoteListModel.cpp" line="+47"/>
        <source>Key point: %1</source>
        <translation>Pwynt allweddol: %1</translation>
    </message>
</context>
<context>
    <name>rt::NoteListView</name>
    <message>
        <location filename="../app/tables/NoteListView.cpp" line="+46"/>
        <source>Delete removes a note, Alt+arrows move it, Ctrl+K marks a key point, F2 edits.</source>
        <translation>Mae Delete yn dileu nodyn, mae Alt+saethau yn ei symud, mae Ctrl+K yn ei farcio&apos;n bwynt allweddol, mae F2 yn ei olygu.</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>&amp;Edit</source>
        <translation>&amp;Golygu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Key Point</source>
        <translation>&amp;Pwynt Allweddol</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move &amp;Up</source>
        <translation>Symud i &amp;Fyny</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;Down</source>
        <translation>Symud i &amp;Lawr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move to &amp;Previous Prompt</source>
        <translation>Symud i&apos;r &amp;Anogwr Blaenorol</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move to &amp;Next Prompt</source>
        <translation>Symud i&apos;r Anogwr &amp;Nesaf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move to &amp;Table</source>
        <translation>Symud i Fw&amp;rdd</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>De&amp;lete</source>
        <translation>&amp;Dileu</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No notes yet: type below and press Enter.</source>
        <translation>Dim nodiadau eto: teipiwch isod a phwyso Enter.</translation>
    </message>
</context>
<context>
    <name>rt::NoteSearchModel</name>
    <message>
        <location filename="../core/models/NoteSearchModel.cpp" line="+117"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>rt::PickChartScene</name>
    <message>
        <location filename="../app/places/PickChartScene.cpp" line="+356"/>
        <source>POSSIBLE</source>
        <translation>POSIBL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMPLEMENT</source>
        <translation>GWEITHREDU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CHALLENGE</source>
        <translation>HER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KIBOSH</source>
        <translation>GOLLWNG</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Relatively easy to do</source>
        <translation>Cymharol hawdd i&apos;w wneud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Likely difficult to do</source>
        <translation>Anodd i&apos;w wneud, mae&apos;n debyg</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Probably low impact</source>
        <translation>Effaith isel, yn ôl pob tebyg</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Potentially high impact</source>
        <translation>Effaith uchel o bosibl</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unsorted ideas</source>
        <translation>Syniadau heb eu trefnu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drag a note onto the chart to place it</source>
        <translation>Llusgwch nodyn i&apos;r siart i&apos;w osod</translation>
    </message>
</context>
<context>
    <name>rt::PickChartView</name>
    <message>
        <location filename="../app/places/PickChartView.cpp" line="+34"/>
        <source>PICK chart</source>
        <translation>Siart PICK</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+119"/>
        <source>Page Down and Page Up select a note; the arrow keys move it</source>
        <translation>Mae Page Down a Page Up yn dewis nodyn; mae&apos;r bysellau saeth yn ei symud</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Page Down / Page Up: select a note · arrows: move it (Shift: further) · Enter: edit · Delete: remove</source>
        <translation>Page Down / Page Up: dewis nodyn · saethau: ei symud (Shift: ymhellach) · Enter: golygu · Delete: dileu</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Selected: %1</source>
        <translation>Dewiswyd: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n notes selected</source>
        <translation>
            <numerusform>%n nodyn wedi&apos;u dewis</numerusform>
            <numerusform>%n nodyn wedi&apos;i ddewis</numerusform>
            <numerusform>%n nodyn wedi&apos;u dewis</numerusform>
            <numerusform>%n nodyn wedi&apos;u dewis</numerusform>
            <numerusform>%n nodyn wedi&apos;u dewis</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Type the idea; Ctrl+Enter to finish</source>
        <translation>Teipiwch y syniad; Ctrl+Enter i orffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idea text</source>
        <translation>Testun y syniad</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Edit text</source>
        <translation>Golygu&apos;r testun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make action from idea</source>
        <translation>Creu cam gweithredu o&apos;r syniad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
</context>
<context>
    <name>rt::PickChartWidget</name>
    <message>
        <location filename="../app/places/PickChartWidget.cpp" line="+27"/>
        <source>Make action from idea</source>
        <translation>Creu cam gweithredu o&apos;r syniad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type an idea and press Enter; paste several lines to add several</source>
        <translation>Teipiwch syniad a phwyso Enter; gludwch sawl llinell i ychwanegu sawl un</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New idea</source>
        <translation>Syniad newydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>Ychwanegu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit</source>
        <translation>Ffitio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom the chart to fit the window (Ctrl+0)</source>
        <translation>Chwyddo&apos;r siart i ffitio&apos;r ffenestr (Ctrl+0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a row to the place&apos;s action plan for the selected idea</source>
        <translation>Ychwanegu rhes at gynllun gweithredu&apos;r lle ar gyfer y syniad a ddewiswyd</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Added to the place&apos;s action plan.</source>
        <translation>Wedi&apos;i ychwanegu at gynllun gweithredu&apos;r lle.</translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>%n idea(s).</source>
        <translation>
            <numerusform>%n syniad.</numerusform>
            <numerusform>%n syniad.</numerusform>
            <numerusform>%n syniad.</numerusform>
            <numerusform>%n syniad.</numerusform>
            <numerusform>%n syniad.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This place has no aim yet: add one on the Places and aims tab, then press Enter again. Your idea stays in the box.</source>
        <translation>Nid oes nod gan y lle hwn eto: ychwanegwch un ar y tab Lleoedd a nodau, yna pwyswch Enter eto. Mae eich syniad yn aros yn y blwch.</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n action(s) added to the place&apos;s action plan.</source>
        <translation>
            <numerusform>Ychwanegwyd %n cam gweithredu at gynllun gweithredu&apos;r lle.</numerusform>
            <numerusform>Ychwanegwyd %n cam gweithredu at gynllun gweithredu&apos;r lle.</numerusform>
            <numerusform>Ychwanegwyd %n cam gweithredu at gynllun gweithredu&apos;r lle.</numerusform>
            <numerusform>Ychwanegwyd %n cam gweithredu at gynllun gweithredu&apos;r lle.</numerusform>
            <numerusform>Ychwanegwyd %n cam gweithredu at gynllun gweithredu&apos;r lle.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-128"/>
        <source>&lt;i&gt;Choose an aim to see its PICK chart.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Dewiswch nod i weld ei siart PICK.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Double-click the chart to add one; drag notes to place them, or select one with Page Down and move it with the arrow keys (Shift: bigger steps).</source>
        <translation>Cliciwch ddwywaith ar y siart i ychwanegu un; llusgwch nodiadau i&apos;w gosod, neu dewiswch un gyda Page Down a&apos;i symud gyda&apos;r bysellau saeth (Shift: camau mwy).</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n ideas selected</source>
        <translation>
            <numerusform>%n syniad wedi&apos;u dewis</numerusform>
            <numerusform>%n syniad wedi&apos;i ddewis</numerusform>
            <numerusform>%n syniad wedi&apos;u dewis</numerusform>
            <numerusform>%n syniad wedi&apos;u dewis</numerusform>
            <numerusform>%n syniad wedi&apos;u dewis</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rt::PlacesWorkspace</name>
    <message>
        <location filename="../app/places/PlacesWorkspace.cpp" line="+68"/>
        <location line="+4"/>
        <source>Place</source>
        <translation>Lle</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Aim (completes the sentence)</source>
        <translation>Nod (yn cwblhau&apos;r frawddeg)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cohort</source>
        <translation>Carfan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Aim</source>
        <translation>Nod</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Places and aims</source>
        <translation>Lleoedd a nodau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PICK chart</source>
        <translation>Siart PICK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driver diagram</source>
        <translation>Diagram sbardunau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action plan</source>
        <translation>Cynllun gweithredu</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+8"/>
        <source>Places</source>
        <translation>Lleoedd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What did this place prioritise (e.g. in the room&apos;s poll)?</source>
        <translation>Beth oedd blaenoriaethau&apos;r lle hwn (e.e. ym mhôl yr ystafell)?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What they prioritised</source>
        <translation>Eu blaenoriaethau</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Aims</source>
        <translation>Nodau</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&lt;b&gt;Places&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lleoedd&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>Ychwanegu</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>Up</source>
        <translation>I fyny</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Move place up</source>
        <translation>Symud lle i fyny</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Down</source>
        <translation>I lawr</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Move place down</source>
        <translation>Symud lle i lawr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;What they prioritised&lt;/b&gt;</source>
        <translation>&lt;b&gt;Eu blaenoriaethau&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Aims&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nodau&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add aim</source>
        <translation>Ychwanegu nod</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move aim up</source>
        <translation>Symud nod i fyny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move aim down</source>
        <translation>Symud nod i lawr</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>places — the places and their aims</source>
        <translation>places — y lleoedd a&apos;u nodau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pick:P:A — the PICK chart of place P&apos;s aim A</source>
        <translation>pick:P:A — siart PICK nod A lle P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drivers:P:A — the driver diagram of place P&apos;s aim A</source>
        <translation>drivers:P:A — diagram sbardunau nod A lle P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>actions:P — the action plan of place P</source>
        <translation>actions:P — cynllun gweithredu lle P</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>expected %1 (places and aims are numbered from 1)</source>
        <translation>disgwylid %1 (mae lleoedd a nodau wedi&apos;u rhifo o 1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a number from 1</source>
        <translation>nid yw &quot;%1&quot; yn rhif o 1 ymlaen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no session is open</source>
        <translation>nid oes sesiwn ar agor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no place %1 (the session has %2)</source>
        <translation>nid oes lle %1 (mae gan y sesiwn %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n place(s)</source>
        <translation>
            <numerusform>%n lle</numerusform>
            <numerusform>%n lle</numerusform>
            <numerusform>%n lle</numerusform>
            <numerusform>%n lle</numerusform>
            <numerusform>%n lle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n aim(s)</source>
        <translation>
            <numerusform>%n nod</numerusform>
            <numerusform>%n nod</numerusform>
            <numerusform>%n nod</numerusform>
            <numerusform>%n nod</numerusform>
            <numerusform>%n nod</numerusform>
        </translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 has no aim %2 (it has %3)</source>
        <translation>nid oes gan %1 nod %2 (mae ganddo %3)</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Add a place first.</source>
        <translation>Ychwanegwch le yn gyntaf.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New place</source>
        <translation>Lle newydd</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>Add place</source>
        <translation>Ychwanegu lle</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>P&amp;lace:</source>
        <translation>&amp;Lle:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A&amp;im:</source>
        <translation>&amp;Nod:</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Delete place</source>
        <translation>Dileu lle</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete aim</source>
        <translation>Dileu nod</translation>
    </message>
</context>
<context>
    <name>rt::PollDelegate</name>
    <message>
        <location filename="../app/agenda/AgendaDelegates.cpp" line="+42"/>
        <source>(no poll)</source>
        <translation>(dim pôl)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Poll %1</source>
        <translation>Pôl %1</translation>
    </message>
</context>
<context>
    <name>rt::PollsWorkspace</name>
    <message>
        <location filename="../app/polls/PollsWorkspace.cpp" line="+96"/>
        <location line="+80"/>
        <source>Polls</source>
        <translation>Polau</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>poll:N — poll N (from 1): its editor, live results and voting</source>
        <translation>poll:N — pôl N (o 1): ei olygydd, canlyniadau byw a phleidleisio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>projector-poll:N — the projector with poll N (from 1) beside the timer</source>
        <translation>projector-poll:N — y taflunydd gyda phôl N (o 1) wrth ymyl yr amserydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kiosk — pass-the-laptop voting for the open poll (or poll 1)</source>
        <translation>kiosk — pleidleisio drwy basio&apos;r gliniadur ar gyfer y pôl agored (neu bôl 1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this session has no polls</source>
        <translation>nid oes gan y sesiwn hon unrhyw bolau</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <location line="+12"/>
        <source>there is no poll %1; this session has %n poll(s)</source>
        <translation>
            <numerusform>nid oes pôl %1; mae gan y sesiwn hon %n pôl</numerusform>
            <numerusform>nid oes pôl %1; mae gan y sesiwn hon %n pôl</numerusform>
            <numerusform>nid oes pôl %1; mae gan y sesiwn hon %n pôl</numerusform>
            <numerusform>nid oes pôl %1; mae gan y sesiwn hon %n pôl</numerusform>
            <numerusform>nid oes pôl %1; mae gan y sesiwn hon %n pôl</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Polls</source>
        <translation>&amp;Polau</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add poll</source>
        <translation>Ychwanegu pôl</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+287"/>
        <source>Remove poll</source>
        <translation>Tynnu pôl</translation>
    </message>
    <message>
        <location line="-267"/>
        <source>What do you want to ask the room?</source>
        <translation>Beth hoffech chi ei ofyn i&apos;r ystafell?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question</source>
        <translation>Cwestiwn</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no limit</source>
        <translation>dim terfyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most choices</source>
        <translation>Uchafswm dewisiadau</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+161"/>
        <source>Open voting</source>
        <translation>Agor y pleidleisio</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Close voting</source>
        <translation>Cau&apos;r pleidleisio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Question:</source>
        <translation>&amp;Cwestiwn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Math:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Most choices:</source>
        <translation>&amp;Uchafswm dewisiadau:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;lace:</source>
        <translation>&amp;Lle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State:</source>
        <translation>Cyflwr:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Options:</source>
        <translation>&amp;Opsiynau:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Options</source>
        <translation>Opsiynau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add option</source>
        <translation>Ychwanegu opsiwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove option</source>
        <translation>Tynnu opsiwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Symud i fyny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Symud i lawr</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Count hands…</source>
        <translation>Cyfrif dwylo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+135"/>
        <source>Enter how many hands went up for each option after a show of hands.</source>
        <translation>Rhowch faint o ddwylo a godwyd ar gyfer pob opsiwn ar ôl codi dwylo.</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Pass the laptop…</source>
        <translation>Pasio&apos;r gliniadur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full-screen voting, one person at a time. %1 leaves it.</source>
        <translation>Pleidleisio sgrin lawn, un person ar y tro. %1 i adael.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear results…</source>
        <translation>Clirio&apos;r canlyniadau…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Phones</source>
        <translation>Ffonau</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>(no place)</source>
        <translation>(dim lle)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reopen voting</source>
        <translation>Ailagor y pleidleisio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A scale&apos;s options are the labels of its levels, lowest first (for example “Strongly disagree” … “Strongly agree”). With none, the scale runs from 1 to 5.</source>
        <translation>Opsiynau graddfa yw labeli ei lefelau, yr isaf yn gyntaf (er enghraifft “Anghytuno&apos;n gryf” … “Cytuno&apos;n gryf”). Heb ddim, mae&apos;r raddfa&apos;n rhedeg o 1 i 5.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Voters put every option in order. Results are points: with n options a first place earns n−1 points, a second n−2, … a last 0.</source>
        <translation>Mae pleidleiswyr yn rhoi pob opsiwn mewn trefn. Pwyntiau yw&apos;r canlyniadau: gyda n opsiwn mae&apos;r safle cyntaf yn ennill n−1 pwynt, yr ail n−2, … yr olaf 0.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Voters type their own answer; options are not used.</source>
        <translation>Mae pleidleiswyr yn teipio eu hateb eu hunain; nid yw opsiynau&apos;n cael eu defnyddio.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A show of hands cannot express a ranking or a written answer.</source>
        <translation>Nid yw codi dwylo&apos;n gallu mynegi trefn restrol nac ateb ysgrifenedig.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>New poll</source>
        <translation>Pôl newydd</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>This poll has %n vote(s). Remove it with its votes? You can undo this.</source>
        <translation>
            <numerusform>Mae gan y pôl hwn %n pleidlais. Ei dynnu ynghyd â&apos;i bleidleisiau? Gallwch ddadwneud hyn.</numerusform>
            <numerusform>Mae gan y pôl hwn %n pleidlais. Ei dynnu ynghyd â&apos;i bleidlais? Gallwch ddadwneud hyn.</numerusform>
            <numerusform>Mae gan y pôl hwn %n pleidlais. Ei dynnu ynghyd â&apos;i bleidleisiau? Gallwch ddadwneud hyn.</numerusform>
            <numerusform>Mae gan y pôl hwn %n pleidlais. Ei dynnu ynghyd â&apos;i bleidleisiau? Gallwch ddadwneud hyn.</numerusform>
            <numerusform>Mae gan y pôl hwn %n pleidlais. Ei dynnu ynghyd â&apos;i bleidleisiau? Gallwch ddadwneud hyn.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Option %1</source>
        <translation>Opsiwn %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Count hands</source>
        <translation>Cyfrif dwylo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many hands went up for each option? Each hand is added as one anonymous vote; you can undo it.</source>
        <translation>Sawl llaw a godwyd ar gyfer pob opsiwn? Mae pob llaw yn cael ei hychwanegu fel un bleidlais ddienw; gallwch ddadwneud hyn.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(empty option)</source>
        <translation>(opsiwn gwag)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Clear results</source>
        <translation>Clirio&apos;r canlyniadau</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Remove all %n vote(s) of this poll? You can undo this.</source>
        <translation>
            <numerusform>Tynnu pob un o&apos;r %n pleidlais yn y pôl hwn? Gallwch ddadwneud hyn.</numerusform>
            <numerusform>Tynnu %n pleidlais y pôl hwn? Gallwch ddadwneud hyn.</numerusform>
            <numerusform>Tynnu pob un o&apos;r %n pleidlais yn y pôl hwn? Gallwch ddadwneud hyn.</numerusform>
            <numerusform>Tynnu pob un o&apos;r %n pleidlais yn y pôl hwn? Gallwch ddadwneud hyn.</numerusform>
            <numerusform>Tynnu pob un o&apos;r %n pleidlais yn y pôl hwn? Gallwch ddadwneud hyn.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rt::ProjectorView</name>
    <message>
        <location filename="../app/agenda/ProjectorView.cpp" line="+109"/>
        <source>Welcome</source>
        <translation>Croeso</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1  ·  %2</source>
        <translation>%1  ·  %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Next: %1  %2</source>
        <translation>Nesaf: %1  %2</translation>
    </message>
</context>
<context>
    <name>rt::ProjectorWindow</name>
    <message>
        <location filename="../app/agenda/ProjectorWindow.cpp" line="+18"/>
        <source>Roundtable — projector</source>
        <translation>Roundtable — taflunydd</translation>
    </message>
</context>
<context>
    <name>rt::PromptColumn</name>
    <message>
        <location filename="../app/tables/PromptColumn.cpp" line="+56"/>
        <source>Double-click to edit the question</source>
        <translation>Cliciwch ddwywaith i olygu&apos;r cwestiwn</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Prompt options</source>
        <translation>Opsiynau&apos;r anogwr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit Question</source>
        <translation>&amp;Golygu&apos;r Cwestiwn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove Prompt</source>
        <translation>&amp;Tynnu&apos;r Anogwr</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Keep as One</source>
        <translation>Cadw fel Un</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Notes: %1</source>
        <translation>Nodiadau: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New note for: %1</source>
        <translation>Nodyn newydd ar gyfer: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nodyn</numerusform>
            <numerusform>%n nodyn</numerusform>
            <numerusform>%n nodyn</numerusform>
            <numerusform>%n nodyn</numerusform>
            <numerusform>%n nodyn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Pasted text: %n line(s).</source>
        <translation>
            <numerusform>Testun wedi&apos;i ludo: %n llinell.</numerusform>
            <numerusform>Testun wedi&apos;i ludo: %n llinell.</numerusform>
            <numerusform>Testun wedi&apos;i ludo: %n llinell.</numerusform>
            <numerusform>Testun wedi&apos;i ludo: %n llinell.</numerusform>
            <numerusform>Testun wedi&apos;i ludo: %n llinell.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Add as %n Note(s)</source>
        <translation>
            <numerusform>Ychwanegu fel %n Nodyn</numerusform>
            <numerusform>Ychwanegu fel %n Nodyn</numerusform>
            <numerusform>Ychwanegu fel %n Nodyn</numerusform>
            <numerusform>Ychwanegu fel %n Nodyn</numerusform>
            <numerusform>Ychwanegu fel %n Nodyn</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rt::Provenance</name>
    <message>
        <location filename="../core/models/Provenance.cpp" line="+66"/>
        <source>%1 (this laptop)</source>
        <extracomment>A laptop&apos;s name, for the laptop the program runs on</extracomment>
        <translation>%1 (y gliniadur hwn)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>another laptop</source>
        <extracomment>A laptop whose name the session file does not know</extracomment>
        <translation>gliniadur arall</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Last changed on %1, %2</source>
        <extracomment>%1 is a laptop&apos;s name, %2 when (a time, or a date and time)</extracomment>
        <translation>Newidiwyd ddiwethaf ar %1, %2</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Typed on %1, %2</source>
        <extracomment>Where a table&apos;s note was typed: %1 is a laptop&apos;s name, %2 when</extracomment>
        <translation>Teipiwyd ar %1, %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added on %1, %2</source>
        <extracomment>Where an idea or action was added: %1 is a laptop&apos;s name, %2 when</extracomment>
        <translation>Ychwanegwyd ar %1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cast on %1, %2</source>
        <extracomment>Where a vote was cast: %1 is a laptop&apos;s name, %2 when</extracomment>
        <translation>Bwriwyd ar %1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Made on %1, %2</source>
        <extracomment>Where something was made: %1 is a laptop&apos;s name, %2 when</extracomment>
        <translation>Gwnaed ar %1, %2</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n other laptop(s)</source>
        <translation>
            <numerusform>%n gliniadur arall</numerusform>
            <numerusform>%n gliniadur arall</numerusform>
            <numerusform>%n gliniadur arall</numerusform>
            <numerusform>%n gliniadur arall</numerusform>
            <numerusform>%n gliniadur arall</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rt::RoomController</name>
    <message>
        <location filename="../app/shell/RoomController.cpp" line="+37"/>
        <source>&amp;Host a Room…</source>
        <translation>&amp;Cynnal Ystafell…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let the table laptops stream their notes to this laptop over the room&apos;s network</source>
        <translation>Gadael i liniaduron y byrddau ffrydio eu nodiadau i&apos;r gliniadur hwn dros rwydwaith yr ystafell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Join a Room…</source>
        <translation>Ym&amp;uno ag Ystafell…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stream this laptop&apos;s edits to the organiser&apos;s laptop, and receive theirs</source>
        <translation>Ffrydio golygiadau&apos;r gliniadur hwn i liniadur y trefnydd, a derbyn eu rhai nhw</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Room…</source>
        <translation>&amp;Ystafell…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The room&apos;s address and join code, and the laptops in it</source>
        <translation>Cyfeiriad yr ystafell a&apos;r cod ymuno, a&apos;r gliniaduron sydd ynddi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Leave the Room</source>
        <translation>&amp;Gadael yr Ystafell</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Open the session the room works on first (not read-only).</source>
        <translation>Agorwch y sesiwn y mae&apos;r ystafell yn gweithio arni yn gyntaf (nid i&apos;w darllen yn unig).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open this laptop&apos;s copy of the session first (not read-only).</source>
        <translation>Agorwch gopi&apos;r gliniadur hwn o&apos;r sesiwn yn gyntaf (nid i&apos;w darllen yn unig).</translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>Hosting a room · %n laptop(s)</source>
        <translation>
            <numerusform>Yn cynnal ystafell · %n gliniadur</numerusform>
            <numerusform>Yn cynnal ystafell · %n gliniadur</numerusform>
            <numerusform>Yn cynnal ystafell · %n gliniadur</numerusform>
            <numerusform>Yn cynnal ystafell · %n gliniadur</numerusform>
            <numerusform>Yn cynnal ystafell · %n gliniadur</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rt::RoomDialog</name>
    <message>
        <location filename="../app/shell/RoomDialog.cpp" line="+33"/>
        <source>Room</source>
        <translation>Ystafell</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Table laptops on the same network join this laptop&apos;s room and stream their notes here as they are typed. Nothing goes to the internet. Listen only on the network the table laptops use:</source>
        <translation>Mae gliniaduron y byrddau ar yr un rhwydwaith yn ymuno ag ystafell y gliniadur hwn ac yn ffrydio eu nodiadau yma wrth iddynt gael eu teipio. Nid oes dim yn mynd i&apos;r rhyngrwyd. Gwrandewch ar y rhwydwaith y mae gliniaduron y byrddau yn ei ddefnyddio yn unig:</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+6"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&amp;Network:</source>
        <translation>&amp;Rhwydwaith:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggested: %1.</source>
        <translation>Awgrymir: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Port:</source>
        <translation>&amp;Porth:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open the Room</source>
        <translation>&amp;Agor yr Ystafell</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>QR code of the room&apos;s address</source>
        <translation>Cod QR cyfeiriad yr ystafell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On each table laptop: Room ▸ Join a Room…, then scan, paste the address or type this laptop&apos;s address and the join code.</source>
        <translation>Ar bob gliniadur bwrdd: Ystafell ▸ Ymuno ag Ystafell…, yna sganiwch, gludwch y cyfeiriad neu teipiwch gyfeiriad y gliniadur hwn a&apos;r cod ymuno.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Laptops in the room</source>
        <translation>Gliniaduron yn yr ystafell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close the Room</source>
        <translation>&amp;Cau&apos;r Ystafell</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The room could not open: %1</source>
        <translation>Nid oedd modd agor yr ystafell: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Room open at %1</source>
        <translation>Ystafell ar agor yn %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · code %2</source>
        <translation>%1 · cod %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This laptop is in the room at %1.

%2</source>
        <translation>Mae&apos;r gliniadur hwn yn yr ystafell yn %1.

%2</translation>
    </message>
</context>
<context>
    <name>rt::RoomPeerModel</name>
    <message>
        <location filename="../core/models/RoomPeerModel.cpp" line="+38"/>
        <source>never</source>
        <translation>byth</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>now</source>
        <translation>nawr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s ago</source>
        <translation>%1 e yn ôl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min ago</source>
        <translation>%1 mun yn ôl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h ago</source>
        <translation>%1 awr yn ôl</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Table %1 · %2</source>
        <translation>Bwrdd %1 · %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(not chosen)</source>
        <translation>(heb ei ddewis)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Laptop</source>
        <translation>Gliniadur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Captures</source>
        <translation>Yn cofnodi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last contact</source>
        <translation>Cyswllt diwethaf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edits waiting</source>
        <translation>Golygiadau&apos;n aros</translation>
    </message>
</context>
<context>
    <name>rt::RowListModel</name>
    <message numerus="yes">
        <location filename="../core/models/RowListModel.cpp" line="+370"/>
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>Symud %n eitem</numerusform>
            <numerusform>Symud %n eitem</numerusform>
            <numerusform>Symud %n eitem</numerusform>
            <numerusform>Symud %n eitem</numerusform>
            <numerusform>Symud %n eitem</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rt::RunController</name>
    <message>
        <location filename="../app/agenda/RunController.cpp" line="+153"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
</context>
<context>
    <name>rt::RunModeView</name>
    <message>
        <location filename="../app/agenda/RunModeView.cpp" line="+109"/>
        <source>NEXT</source>
        <translation>NESAF</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>LATER</source>
        <translation>YN NES YMLAEN</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>GUIDANCE FOR THIS ACTIVITY</source>
        <translation>CANLLAWIAU AR GYFER Y GWEITHGAREDD HWN</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>◀ Back</source>
        <translation>◀ Yn ôl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause</source>
        <translation>Saib</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+5 min</source>
        <translation>+5 munud</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next ▶</source>
        <translation>Nesaf ▶</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workspace</source>
        <translation>Gweithle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poll</source>
        <translation>Pôl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>O</source>
        <translation>O</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the poll attached to this item</source>
        <translation>Agor y pôl sydd wedi&apos;i atodi i&apos;r eitem hon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow the clock</source>
        <translation>Dilyn y cloc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make the item the clock says current, ending at its scheduled time</source>
        <translation>Gwneud yr eitem sy&apos;n gyfredol yn ôl y cloc yn gyfredol, gan orffen ar ei hamser penodedig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sound</source>
        <translation>Sain</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A beep when an item&apos;s time runs out (kept until the app closes)</source>
        <translation>Bîp pan fydd amser eitem yn dod i ben (yn aros felly nes bydd yr ap yn cau)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projector…</source>
        <translation>Taflunydd…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the projector window</source>
        <translation>Dangos ffenestr y taflunydd</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1  [%2]</source>
        <translation>%1  [%2]</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>RUN MODE</source>
        <translation>MODD RHEDEG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agenda is empty: add items on the Agenda page.</source>
        <translation>Mae&apos;r agenda&apos;n wag: ychwanegwch eitemau ar dudalen yr Agenda.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not started</source>
        <translation>Heb ddechrau</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>NOW  ·  %1  ·  %2</source>
        <translation>NAWR  ·  %1  ·  %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ITEM %1 OF %2</source>
        <translation>EITEM %1 O %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1  ·  %2</source>
        <translation>%1  ·  %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End of the day</source>
        <translation>Diwedd y diwrnod</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Each table answers:</source>
        <translation>Mae pob bwrdd yn ateb:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Open Places  [Enter]</source>
        <translation>Agor Lleoedd  [Enter]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Tables  [Enter]</source>
        <translation>Agor Byrddau  [Enter]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workspace  [Enter]</source>
        <translation>Gweithle  [Enter]</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Resume  [Space]</source>
        <translation>Ailddechrau  [Space]</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause  [Space]</source>
        <translation>Saib  [Space]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sound off  [M]</source>
        <translation>Sain i ffwrdd  [M]</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sound on  [M]</source>
        <translation>Sain ymlaen  [M]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused — press Space to resume</source>
        <translation>Wedi oedi — pwyswch Space i ailddechrau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Over time · N moves on, E adds 5 minutes</source>
        <translation>Dros amser · N i symud ymlaen, E i ychwanegu 5 munud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No end time, so no countdown: E gives it 5 minutes</source>
        <translation>Dim amser gorffen, felly dim cyfrif i lawr: mae E yn rhoi 5 munud iddi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Following the clock · ends at %1</source>
        <translation>Dilyn y cloc · yn gorffen am %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ends at %1</source>
        <translation>Yn gorffen am %1</translation>
    </message>
</context>
<context>
    <name>rt::SaveBanner</name>
    <message>
        <location filename="../app/shell/SaveBanner.cpp" line="+22"/>
        <source>Changes are not being saved</source>
        <translation>Nid yw newidiadau&apos;n cael eu cadw</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Try &amp;Again</source>
        <translation>Rhoi &amp;cynnig arall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tries to save to the session file again</source>
        <translation>Yn ceisio cadw i&apos;r ffeil sesiwn eto</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 Nothing saved before is lost, and text you typed stays in its box until it can be saved. Roundtable keeps trying: free some space or check the folder.</source>
        <translation>%1 Nid oes dim a gadwyd o&apos;r blaen wedi&apos;i golli, ac mae testun a deipiwyd gennych yn aros yn ei flwch nes bod modd ei gadw. Mae Roundtable yn dal i geisio: rhyddhewch ychydig o le neu gwiriwch y ffolder.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saving works again. Text that could not be saved is still in its box: send it again (Enter) to save it.</source>
        <translation>Mae cadw&apos;n gweithio eto. Mae testun nad oedd modd ei gadw yn dal yn ei flwch: anfonwch ef eto (Enter) i&apos;w gadw.</translation>
    </message>
</context>
<context>
    <name>rt::SearchHitDelegate</name>
    <message>
        <location filename="../app/tables/TableOverview.cpp" line="+235"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>rt::SessionSidebar</name>
    <message>
        <location filename="../app/shell/SessionSidebar.cpp" line="+37"/>
        <source>Workspaces</source>
        <translation>Gweithleoedd</translation>
    </message>
</context>
<context>
    <name>rt::SlidePreview</name>
    <message>
        <location filename="../app/export/ExportWorkspace.cpp" line="-339"/>
        <source>Slide preview</source>
        <translation>Rhagolwg sleidiau</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nothing to export yet</source>
        <translation>Dim byd i&apos;w allforio eto</translation>
    </message>
</context>
<context>
    <name>rt::Store</name>
    <message>
        <location filename="../core/store/Store.cpp" line="+89"/>
        <source>Could not prepare a statement: %1</source>
        <translation>Nid oedd modd paratoi datganiad: %1</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>The change could not be recorded for the room: %1</source>
        <translation>Nid oedd modd cofnodi&apos;r newid ar gyfer yr ystafell: %1</translation>
    </message>
    <message>
        <location line="+227"/>
        <location line="+28"/>
        <location line="+58"/>
        <location line="+47"/>
        <location line="+36"/>
        <location filename="../core/store/VoteRepository.cpp" line="+33"/>
        <source>The session is open read-only.</source>
        <translation>Mae&apos;r sesiwn ar agor i&apos;w darllen yn unig.</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>There is no field %1 in %2.</source>
        <translation>Nid oes maes %1 yn %2.</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>%1 rows have no order.</source>
        <translation>Nid oes trefn gan %1 rhes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no %1 with id %2.</source>
        <translation>Nid oes %1 gydag id %2.</translation>
    </message>
</context>
<context>
    <name>rt::TableCardDelegate</name>
    <message numerus="yes">
        <location filename="../app/tables/TableOverview.cpp" line="-151"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n cyfatebiaeth</numerusform>
            <numerusform>%n cyfatebiaeth</numerusform>
            <numerusform>%n cyfatebiaeth</numerusform>
            <numerusform>%n cyfatebiaeth</numerusform>
            <numerusform>%n cyfatebiaeth</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>(no topic)</source>
        <translation>(dim pwnc)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No facilitator yet</source>
        <translation>Dim hwylusydd eto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facilitator: %1</source>
        <translation>Hwylusydd: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>From: %1</source>
        <translation>O: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No key points yet</source>
        <translation>Dim pwyntiau allweddol eto</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>★ %n key point(s)</source>
        <translation>
            <numerusform>★ %n pwynt allweddol</numerusform>
            <numerusform>★ %n pwynt allweddol</numerusform>
            <numerusform>★ %n pwynt allweddol</numerusform>
            <numerusform>★ %n pwynt allweddol</numerusform>
            <numerusform>★ %n pwynt allweddol</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This table&apos;s notes were typed on %1</source>
        <translation>Teipiwyd nodiadau&apos;r bwrdd hwn ar %1</translation>
    </message>
</context>
<context>
    <name>rt::TableItemDelegate</name>
    <message>
        <location filename="../app/tables/TablePicker.cpp" line="+86"/>
        <source>(no topic)</source>
        <translation>(dim pwnc)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nodyn</numerusform>
            <numerusform>%n nodyn</numerusform>
            <numerusform>%n nodyn</numerusform>
            <numerusform>%n nodyn</numerusform>
            <numerusform>%n nodyn</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>rt::TableListModel</name>
    <message>
        <location filename="../core/models/TableListModel.cpp" line="+25"/>
        <source>Number</source>
        <translation>Rhif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Topic</source>
        <translation>Pwnc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Facilitator</source>
        <translation>Hwylusydd</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Table %1</source>
        <translation>Bwrdd %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Table %1 · %2</source>
        <translation>Bwrdd %1 · %2</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1, facilitator %2, notes: %3</source>
        <translation>%1, hwylusydd %2, nodiadau: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation>heb ei osod</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Move notes to %1</source>
        <translation>Symud nodiadau i %1</translation>
    </message>
</context>
<context>
    <name>rt::TableOverview</name>
    <message>
        <location filename="../app/tables/TableOverview.cpp" line="+76"/>
        <source>All tables</source>
        <translation>Pob bwrdd</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>+ Add Table</source>
        <translation>+ Ychwanegu Bwrdd</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Tables</source>
        <translation>Byrddau</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Search results</source>
        <translation>Canlyniadau chwilio</translation>
    </message>
    <message numerus="yes">
        <location line="+82"/>
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n bwrdd</numerusform>
            <numerusform>%n bwrdd</numerusform>
            <numerusform>%n bwrdd</numerusform>
            <numerusform>%n bwrdd</numerusform>
            <numerusform>%n bwrdd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nodyn</numerusform>
            <numerusform>%n nodyn</numerusform>
            <numerusform>%n nodyn</numerusform>
            <numerusform>%n nodyn</numerusform>
            <numerusform>%n nodyn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n key point(s)</source>
        <translation>
            <numerusform>%n pwynt allweddol</numerusform>
            <numerusform>%n pwynt allweddol</numerusform>
            <numerusform>%n pwynt allweddol</numerusform>
            <numerusform>%n pwynt allweddol</numerusform>
            <numerusform>%n pwynt allweddol</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n cyfatebiaeth</numerusform>
            <numerusform>%n cyfatebiaeth</numerusform>
            <numerusform>%n cyfatebiaeth</numerusform>
            <numerusform>%n cyfatebiaeth</numerusform>
            <numerusform>%n cyfatebiaeth</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>at %n table(s)</source>
        <translation>
            <numerusform>ar %n bwrdd</numerusform>
            <numerusform>ar %n bwrdd</numerusform>
            <numerusform>ar %n bwrdd</numerusform>
            <numerusform>ar %n bwrdd</numerusform>
            <numerusform>ar %n bwrdd</numerusform>
        </translation>
    </message>
    <message>
        <location line="-2"/>
        <source>No note matches “%1”</source>
        <translation>Nid oes nodyn yn cyfateb i “%1”</translation>
    </message>
</context>
<context>
    <name>rt::TablePicker</name>
    <message>
        <location filename="../app/tables/TablePicker.cpp" line="+16"/>
        <location line="+31"/>
        <source>Tables</source>
        <translation>Byrddau</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a table</source>
        <translation>Ychwanegu bwrdd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✎</source>
        <translation>✎</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the table&apos;s number, topic and facilitator</source>
        <translation>Golygu rhif, pwnc a hwylusydd y bwrdd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>↑</source>
        <translation>↑</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the table up</source>
        <translation>Symud y bwrdd i fyny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>↓</source>
        <translation>↓</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the table down</source>
        <translation>Symud y bwrdd i lawr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✕</source>
        <translation>✕</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the table and its notes (undoable)</source>
        <translation>Dileu&apos;r bwrdd a&apos;i nodiadau (mae modd dadwneud hyn)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Drop notes on a table to move them there.</source>
        <translation>Gollyngwch nodiadau ar fwrdd i&apos;w symud yno.</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Table details</source>
        <translation>Manylion y bwrdd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Mental health</source>
        <translation>e.e. Iechyd meddwl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Number:</source>
        <translation>&amp;Rhif:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Topic:</source>
        <translation>&amp;Pwnc:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Hwylusydd:</translation>
    </message>
</context>
<context>
    <name>rt::TablesWorkspace</name>
    <message>
        <location filename="../app/tables/TablesWorkspace.cpp" line="+92"/>
        <source>All Tables</source>
        <translation>Pob Bwrdd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Table</source>
        <translation>Bwrdd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Feed Back</source>
        <translation>Adborth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every table as a card</source>
        <translation>Pob bwrdd fel cerdyn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Capture the current table&apos;s notes</source>
        <translation>Cofnodi nodiadau&apos;r bwrdd cyfredol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the current table&apos;s key points, large, for the room</source>
        <translation>Dangos pwyntiau allweddol y bwrdd cyfredol, yn fawr, i&apos;r ystafell</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Search every table (Ctrl+F)</source>
        <translation>Chwilio pob bwrdd (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search notes at every table</source>
        <translation>Chwilio nodiadau pob bwrdd</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>+ Add Prompt</source>
        <translation>+ Ychwanegu Anogwr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a question every table answers (up to five)</source>
        <translation>Ychwanegu cwestiwn y mae pob bwrdd yn ei ateb (hyd at bump)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feed Back ▸</source>
        <translation>Adborth ▸</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show this table&apos;s key points large, for the room</source>
        <translation>Dangos pwyntiau allweddol y bwrdd hwn yn fawr, i&apos;r ystafell</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Full Screen</source>
        <translation>Sgrin Lawn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the key points full screen on the last screen (the projector)</source>
        <translation>Dangos y pwyntiau allweddol ar sgrin lawn ar y sgrin olaf (y taflunydd)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Tables</source>
        <translation>Byrddau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tables — every table as a card, with notes per prompt and key points</source>
        <translation>tables — pob bwrdd fel cerdyn, gyda nodiadau fesul anogwr a phwyntiau allweddol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>table:N — the notes of table N (N: its position, 1 = first in the file)</source>
        <translation>table:N — nodiadau bwrdd N (N: ei safle, 1 = y cyntaf yn y ffeil)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>feedback:N — table N&apos;s key points, projector-sized</source>
        <translation>feedback:N — pwyntiau allweddol bwrdd N, maint taflunydd</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: the session has no tables</source>
        <translation>%1: nid oes byrddau yn y sesiwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: N must be a table&apos;s position from 1 to %2</source>
        <translation>%1: rhaid i N fod yn safle bwrdd o 1 i %2</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Key points</source>
        <translation>Pwyntiau allweddol</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>New question?</source>
        <translation>Cwestiwn newydd?</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>From: %1</source>
        <extracomment>Which laptops a table&apos;s notes were typed on: %1 lists their names</extracomment>
        <translation>O: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This table&apos;s notes were typed on %1</source>
        <translation>Teipiwyd nodiadau&apos;r bwrdd hwn ar %1</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n cyfatebiaeth</numerusform>
            <numerusform>%n cyfatebiaeth</numerusform>
            <numerusform>%n cyfatebiaeth</numerusform>
            <numerusform>%n cyfatebiaeth</numerusform>
            <numerusform>%n cyfatebiaeth</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>at %n table(s)</source>
        <translation>
            <numerusform>ar %n bwrdd</numerusform>
            <numerusform>ar %n bwrdd</numerusform>
            <numerusform>ar %n bwrdd</numerusform>
            <numerusform>ar %n bwrdd</numerusform>
            <numerusform>ar %n bwrdd</numerusform>
        </translation>
    </message>
    <message>
        <location line="-68"/>
        <source>No table</source>
        <translation>Dim bwrdd</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Facilitator: %1</source>
        <translation>Hwylusydd: %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>No matches</source>
        <translation>Dim cyfatebiaethau</translation>
    </message>
</context>
<context>
    <name>rt::TemplateDialog</name>
    <message>
        <location filename="../app/shell/TemplateDialog.cpp" line="+17"/>
        <source>New from Template</source>
        <translation>Newydd o Dempled</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose what the new session starts with. You can change everything afterwards.</source>
        <translation>Dewiswch beth fydd yn y sesiwn newydd ar y dechrau. Gallwch newid popeth wedyn.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Create…</source>
        <translation>&amp;Creu…</translation>
    </message>
</context>
<context>
    <name>rt::WelcomePage</name>
    <message>
        <location filename="../app/shell/WelcomePage.cpp" line="+45"/>
        <source>Roundtable</source>
        <translation>Roundtable</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Run a facilitated seminar and publish its verbatim summary pack.</source>
        <translation>Rhedeg seminar wedi&apos;i hwyluso a chyhoeddi ei becyn crynodeb air am air.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New from Template…</source>
        <translation>Newydd o Dempled…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open…</source>
        <translation>Agor…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recent sessions</source>
        <translation>Sesiynau diweddar</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sessions you open appear here.</source>
        <translation>Mae&apos;r sesiynau rydych chi&apos;n eu hagor yn ymddangos yma.</translation>
    </message>
</context>
<context>
    <name>rt::agendatimes</name>
    <message>
        <location filename="../core/domain/AgendaTimes.cpp" line="+98"/>
        <location line="+6"/>
        <source>“%1” is not a time: enter it as HH:MM (00:00–23:59).</source>
        <translation>Nid yw “%1” yn amser: rhowch ef fel HH:MM (00:00–23:59).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ends (%1) before it starts (%2).</source>
        <translation>Yn gorffen (%1) cyn iddi ddechrau (%2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Overlaps the next item, which starts at %1.</source>
        <translation>Yn gorgyffwrdd â&apos;r eitem nesaf, sy&apos;n dechrau am %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Starts before the previous item ends (%1).</source>
        <translation>Yn dechrau cyn i&apos;r eitem flaenorol orffen (%1).</translation>
    </message>
</context>
<context>
    <name>rt::charts::PollChart</name>
    <message>
        <location filename="../app/polls/PollChart.cpp" line="+244"/>
        <source>Poll results</source>
        <translation>Canlyniadau&apos;r pôl</translation>
    </message>
</context>
<context>
    <name>rt::cli</name>
    <message>
        <location filename="../app/cli/Cli.cpp" line="-49"/>
        <source>create a session file from a built-in template (default: blank)</source>
        <translation>creu ffeil sesiwn o dempled adeiledig (rhagosodiad: blank)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list the built-in templates</source>
        <translation>rhestru&apos;r templedi adeiledig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>what the session file holds (counts; --json: one JSON object)</source>
        <translation>beth sydd yn y ffeil sesiwn (cyfrifon; --json: un gwrthrych JSON)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the whole session as interchange JSON on stdout</source>
        <translation>y sesiwn gyfan fel JSON cyfnewid ar stdout</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>build a new session file from interchange JSON (JSON may be - for stdin)</source>
        <translation>adeiladu ffeil sesiwn newydd o JSON cyfnewid (gall JSON fod yn - ar gyfer stdin)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>render one view of the app offscreen to a PNG</source>
        <translation>rendro un olwg o&apos;r ap oddi ar y sgrin i PNG</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>combine the files from several laptops into a new file OUT</source>
        <translation>cyfuno&apos;r ffeiliau o sawl gliniadur mewn ffeil newydd OUT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>phone voting without the window, until Ctrl+C or the poll closes</source>
        <translation>pleidleisio ar ffonau heb y ffenestr, nes Ctrl+C neu nes i&apos;r pôl gau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>host the live room, or join one as a table laptop, until Ctrl+C</source>
        <translation>cynnal yr ystafell fyw, neu ymuno ag un fel gliniadur bwrdd, nes Ctrl+C</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Usage: roundtable [FILE]             open the app (on FILE)
       roundtable COMMAND [ARGS...]   run a command without a window
</source>
        <translation>Defnydd: roundtable [FILE]              agor yr ap (ar FILE)
         roundtable COMMAND [ARGS...]   rhedeg gorchymyn heb ffenestr
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Commands:</source>
        <translation>Gorchmynion:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Views for screenshot --view:</source>
        <translation>Golygon ar gyfer screenshot --view:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Options:</source>
        <translation>Opsiynau:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>show this help; `roundtable COMMAND --help` for one command</source>
        <translation>dangos y cymorth hwn; `roundtable COMMAND --help` ar gyfer un gorchymyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show the version</source>
        <translation>dangos y fersiwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit status is 0 on success; otherwise one line on stderr says why.</source>
        <translation>Statws gadael yw 0 os yw&apos;n llwyddo; fel arall mae un llinell ar stderr yn dweud pam.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>show this help</source>
        <translation>dangos y cymorth hwn</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Usage: roundtable %1</source>
        <translation>Defnydd: roundtable %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Views:</source>
        <translation>Golygon:</translation>
    </message>
    <message>
        <location filename="../app/cli/DumpCommand.cpp" line="+14"/>
        <location filename="../app/cli/ExportCommand.cpp" line="+36"/>
        <location filename="../app/cli/InfoCommand.cpp" line="+36"/>
        <location filename="../app/cli/ScreenshotCommand.cpp" line="+26"/>
        <source>the session file (opened read-only)</source>
        <translation>y ffeil sesiwn (wedi&apos;i hagor i&apos;w darllen yn unig)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>dump: expected one FILE (usage: roundtable dump FILE)</source>
        <translation>dump: disgwylid un FILE (defnydd: roundtable dump FILE)</translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="-2"/>
        <source>print one JSON object instead of text</source>
        <translation>argraffu un gwrthrych JSON yn lle testun</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>info: expected one FILE (usage: roundtable info FILE [--json])</source>
        <translation>info: disgwylid un FILE (defnydd: roundtable info FILE [--json])</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>File</source>
        <translation>Ffeil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Venue</source>
        <translation>Lleoliad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema</source>
        <translation>Sgema</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>version %1</source>
        <translation>fersiwn %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n eitem</numerusform>
            <numerusform>%n eitem</numerusform>
            <numerusform>%n eitem</numerusform>
            <numerusform>%n eitem</numerusform>
            <numerusform>%n eitem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n dangosydd</numerusform>
            <numerusform>%n dangosydd</numerusform>
            <numerusform>%n dangosydd</numerusform>
            <numerusform>%n dangosydd</numerusform>
            <numerusform>%n dangosydd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n colofn</numerusform>
            <numerusform>%n colofn</numerusform>
            <numerusform>%n colofn</numerusform>
            <numerusform>%n colofn</numerusform>
            <numerusform>%n colofn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n ffeil</numerusform>
            <numerusform>%n ffeil</numerusform>
            <numerusform>%n ffeil</numerusform>
            <numerusform>%n ffeil</numerusform>
            <numerusform>%n ffeil</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Room</source>
        <translation>Ystafell</translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <source>hosted here: %n laptop(s), </source>
        <translation>
            <numerusform>wedi&apos;i chynnal yma: %n gliniadur, </numerusform>
            <numerusform>wedi&apos;i chynnal yma: %n gliniadur, </numerusform>
            <numerusform>wedi&apos;i chynnal yma: %n gliniadur, </numerusform>
            <numerusform>wedi&apos;i chynnal yma: %n gliniadur, </numerusform>
            <numerusform>wedi&apos;i chynnal yma: %n gliniadur, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s) logged</source>
        <translation>
            <numerusform>%n newid wedi&apos;i gofnodi</numerusform>
            <numerusform>%n newid wedi&apos;i gofnodi</numerusform>
            <numerusform>%n newid wedi&apos;i gofnodi</numerusform>
            <numerusform>%n newid wedi&apos;i gofnodi</numerusform>
            <numerusform>%n newid wedi&apos;i gofnodi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>a laptop in a room: %n edit(s) waiting for the host</source>
        <translation>
            <numerusform>gliniadur mewn ystafell: %n golygiad yn aros am y gwesteiwr</numerusform>
            <numerusform>gliniadur mewn ystafell: %n golygiad yn aros am y gwesteiwr</numerusform>
            <numerusform>gliniadur mewn ystafell: %n golygiad yn aros am y gwesteiwr</numerusform>
            <numerusform>gliniadur mewn ystafell: %n golygiad yn aros am y gwesteiwr</numerusform>
            <numerusform>gliniadur mewn ystafell: %n golygiad yn aros am y gwesteiwr</numerusform>
        </translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Prompts</source>
        <translation>Anogwyr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tables</source>
        <translation>Byrddau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (notes: %2, key points: %3)</source>
        <translation>%1 (nodiadau: %2, pwyntiau allweddol: %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places</source>
        <translation>Lleoedd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (aims: %2, ideas: %3, drivers: %4, actions: %5)</source>
        <translation>%1 (nodau: %2, syniadau: %3, sbardunau: %4, camau gweithredu: %5)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Polls</source>
        <translation>Polau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (votes: %2)</source>
        <translation>%1 (pleidleisiau: %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data pack</source>
        <translation>Pecyn data</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merged from</source>
        <translation>Wedi&apos;i gyfuno o</translation>
    </message>
    <message>
        <location filename="../app/cli/LoadCommand.cpp" line="+32"/>
        <source>interchange JSON file, or - for standard input</source>
        <translation>ffeil JSON cyfnewid, neu - ar gyfer mewnbwn safonol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the session file to build; it must not exist</source>
        <translation>y ffeil sesiwn i&apos;w hadeiladu; rhaid nad yw&apos;n bodoli</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>load: expected JSON and FILE (usage: roundtable load JSON FILE)</source>
        <translation>load: disgwylid JSON a FILE (defnydd: roundtable load JSON FILE)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>standard input</source>
        <translation>mewnbwn safonol</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be read: %2</source>
        <translation>nid oes modd darllen %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>warning: %1</source>
        <translation>rhybudd: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>warning: and %n more</source>
        <translation>
            <numerusform>rhybudd: a %n arall</numerusform>
            <numerusform>rhybudd: a %n arall</numerusform>
            <numerusform>rhybudd: a %n arall</numerusform>
            <numerusform>rhybudd: a %n arall</numerusform>
            <numerusform>rhybudd: a %n arall</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/MergeCommand.cpp" line="+26"/>
        <source>the new session file to write; it must not exist</source>
        <translation>y ffeil sesiwn newydd i&apos;w hysgrifennu; rhaid iddi beidio â bodoli</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the session files to combine (opened read-only)</source>
        <translation>y ffeiliau sesiwn i&apos;w cyfuno (wedi&apos;u hagor i&apos;w darllen yn unig)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>what to do with a table, place or poll found in several files: combine (one, with every file&apos;s notes and votes; the default, as in the window), keep-both, or keep-first</source>
        <translation>beth i&apos;w wneud â bwrdd, lle neu arolwg sydd mewn sawl ffeil: combine (un, gyda nodiadau a phleidleisiau pob ffeil; y diofyn, fel yn y ffenestr), keep-both, neu keep-first</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>merge: --policy %1 is not one of combine, keep-both, keep-first</source>
        <translation>merge: nid yw --policy %1 yn un o combine, keep-both, keep-first</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>usage: roundtable merge OUT FILE...</source>
        <translation>defnydd: roundtable merge OUT FILE...</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>duplicate: %1</source>
        <translation>dyblyg: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped: %1</source>
        <translation>hepgorwyd: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>differs: %1</source>
        <translation>gwahanol: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1: merged %n source(s): %2 tables, %3 notes, %4 places, %5 polls, %6 votes</source>
        <translation>
            <numerusform>%1: cyfunwyd %n ffynhonnell: %2 bwrdd, %3 nodyn, %4 lle, %5 arolwg, %6 pleidlais</numerusform>
            <numerusform>%1: cyfunwyd %n ffynhonnell: %2 bwrdd, %3 nodyn, %4 lle, %5 arolwg, %6 pleidlais</numerusform>
            <numerusform>%1: cyfunwyd %n ffynhonnell: %2 bwrdd, %3 nodyn, %4 lle, %5 arolwg, %6 pleidlais</numerusform>
            <numerusform>%1: cyfunwyd %n ffynhonnell: %2 bwrdd, %3 nodyn, %4 lle, %5 arolwg, %6 pleidlais</numerusform>
            <numerusform>%1: cyfunwyd %n ffynhonnell: %2 bwrdd, %3 nodyn, %4 lle, %5 arolwg, %6 pleidlais</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/NewCommand.cpp" line="+16"/>
        <source>the template to start from (see `roundtable templates`)</source>
        <translation>y templed i ddechrau ohono (gweler `roundtable templates`)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the session file to create; it must not exist</source>
        <translation>y ffeil sesiwn i&apos;w chreu; rhaid nad yw&apos;n bodoli</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>new: expected one FILE (usage: roundtable new [--template NAME] FILE)</source>
        <translation>new: disgwylid un FILE (defnydd: roundtable new [--template NAME] FILE)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>there is no template &quot;%1&quot;; `roundtable templates` lists them</source>
        <translation>nid oes templed &quot;%1&quot;; mae `roundtable templates` yn eu rhestru</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the built-in template %1 is broken: %2</source>
        <translation>mae&apos;r templed adeiledig %1 wedi torri: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/ScreenshotCommand.cpp" line="-8"/>
        <source>the view to render (listed below)</source>
        <translation>y olwg i&apos;w rendro (rhestrir isod)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the PNG file to write</source>
        <translation>y ffeil PNG i&apos;w hysgrifennu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the window size in pixels (default 1280x800)</source>
        <translation>maint y ffenestr mewn picseli (rhagosodiad 1280x800)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>screenshot: expected one FILE (usage: roundtable screenshot FILE --view VIEW -o OUT.png)</source>
        <translation>screenshot: disgwylid un FILE (defnydd: roundtable screenshot FILE --view VIEW -o OUT.png)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>screenshot: --view VIEW is required (`roundtable screenshot --help` lists the views)</source>
        <translation>screenshot: mae angen --view VIEW (mae `roundtable screenshot --help` yn rhestru&apos;r golygon)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>screenshot: -o OUT.png is required</source>
        <translation>screenshot: mae angen -o OUT.png</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>screenshot: --size expects WxH between 100x100 and 8000x8000, e.g. 1280x800, not &quot;%1&quot;</source>
        <translation>screenshot: mae --size yn disgwyl WxH rhwng 100x100 ac 8000x8000, e.e. 1280x800, nid &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>screenshot: %1</source>
        <translation>screenshot: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="-19"/>
        <source>write the verbatim summary pack (see export --help)</source>
        <translation>ysgrifennu&apos;r pecyn crynodeb air am air (gweler export --help)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>pptx, pdf, md or csv (required; see Formats below)</source>
        <translation>pptx, pdf, md neu csv (gofynnol; gweler Fformatau isod)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>output file (default: FILE with the format&apos;s extension; for csv a trailing .csv is dropped before -notes.csv / -actions.csv are added)</source>
        <translation>ffeil allbwn (diofyn: FILE gydag estyniad y fformat; ar gyfer csv, caiff .csv ar y diwedd ei ollwng cyn ychwanegu -notes.csv / -actions.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>comma-separated parts to include (default all): %1</source>
        <translation>rhannau i&apos;w cynnwys, wedi&apos;u gwahanu gan atalnodau (diofyn: y cyfan): %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Formats:
  pptx  editable slides (PowerPoint, LibreOffice Impress)
  pdf   the same slides as a PDF (vector, searchable text)
  md    the whole session as Markdown
  csv   two spreadsheets: OUT-notes.csv (table, topic, prompt, text, key_point)
        and OUT-actions.csv (place, cohort, idea, action, who, by_when, measure);
        UTF-8 with BOM, CRLF line ends, RFC 4180 quoting
</source>
        <translation>Fformatau:
  pptx  sleidiau y gellir eu golygu (PowerPoint, LibreOffice Impress)
  pdf   yr un sleidiau fel PDF (fector, testun y gellir ei chwilio)
  md    y sesiwn gyfan fel Markdown
  csv   dwy daenlen: OUT-notes.csv (table, topic, prompt, text, key_point)
        ac OUT-actions.csv (place, cohort, idea, action, who, by_when, measure);
        UTF-8 gyda BOM, diweddiadau llinell CRLF, dyfynnu RFC 4180
</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>export: unknown section &quot;%1&quot;</source>
        <translation>export: adran anhysbys &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>export: which session FILE?</source>
        <translation>export: pa ffeil sesiwn (FILE)?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export: unexpected argument %1</source>
        <translation>export: dadl annisgwyl %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>export: --format pptx|pdf|md|csv is required</source>
        <translation>export: mae angen --format pptx|pdf|md|csv</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="+27"/>
        <source>the poll to open, by its number in the file (from 1)</source>
        <translation>yr arolwg i&apos;w agor, yn ôl ei rif yn y ffeil (o 1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the session file; votes are committed to it as they arrive</source>
        <translation>y ffeil sesiwn; caiff pleidleisiau eu cadw ynddi wrth iddynt gyrraedd</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>serve: --poll needs a poll number from 1</source>
        <translation>serve: mae --poll angen rhif arolwg o 1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>serve: --port needs a number from 0 to 65535</source>
        <translation>serve: mae --port angen rhif o 0 i 65535</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>the address of this computer to listen on (default: the first IPv4 address of a running network interface that is not a VPN, container or virtual machine, else 127.0.0.1)</source>
        <translation>cyfeiriad y cyfrifiadur hwn i wrando arno (diofyn: cyfeiriad IPv4 cyntaf rhyngwyneb rhwydwaith gweithredol nad yw&apos;n VPN, cynhwysydd na pheiriant rhithwir, neu fel arall 127.0.0.1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the port (default 8765, as in the window, so the poll&apos;s link stays the same; 0: any free port)</source>
        <translation>y porth (diofyn 8765, fel yn y ffenestr, fel bod dolen y pôl yn aros yr un fath; 0: unrhyw borth rhydd)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>also write the voting address&apos;s QR code to OUT.png (to print or project)</source>
        <translation>hefyd ysgrifennu cod QR y cyfeiriad pleidleisio i OUT.png (i&apos;w argraffu neu ei daflunio)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>serve: unexpected argument %1; usage: serve FILE --poll N [--bind ADDR] [--port P] [--qr OUT.png]</source>
        <translation>serve: dadl annisgwyl %1; defnydd: serve FILE --poll N [--bind ADDR] [--port P] [--qr OUT.png]</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>serve: usage: serve FILE --poll N [--bind ADDR] [--port P] [--qr OUT.png]</source>
        <translation>serve: defnydd: serve FILE --poll N [--bind ADDR] [--port P] [--qr OUT.png]</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>serve: --bind %1 is not an IP address</source>
        <translation>serve: nid yw --bind %1 yn gyfeiriad IP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>serve: --bind %1 would listen on every interface; name one address</source>
        <translation>serve: byddai --bind %1 yn gwrando ar bob rhyngwyneb; enwch un cyfeiriad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>serve: --bind %1 is not an address of this computer</source>
        <translation>serve: nid yw --bind %1 yn un o gyfeiriadau&apos;r cyfrifiadur hwn</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>serve: %1 has %n poll(s); there is no poll %2</source>
        <translation>
            <numerusform>serve: mae gan %1 %n arolwg; nid oes arolwg %2</numerusform>
            <numerusform>serve: mae gan %1 %n arolwg; nid oes arolwg %2</numerusform>
            <numerusform>serve: mae gan %1 %n arolwg; nid oes arolwg %2</numerusform>
            <numerusform>serve: mae gan %1 %n arolwg; nid oes arolwg %2</numerusform>
            <numerusform>serve: mae gan %1 %n arolwg; nid oes arolwg %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>serve: cannot open poll %1 in %2: %3</source>
        <translation>serve: methu agor arolwg %1 yn %2: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>serve: cannot set up signal handling</source>
        <translation>serve: methu gosod trin signalau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>serve: %1</source>
        <translation>serve: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>serve: cannot write the QR code to %1: %2</source>
        <translation>serve: methu ysgrifennu&apos;r cod QR i %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Listening on %1 (%2) only. Stop with Ctrl+C.</source>
        <translation>Yn gwrando ar %1 (%2) yn unig. Stopiwch gyda Ctrl+C.</translation>
    </message>
    <message>
        <location filename="../app/cli/RoomCommand.cpp" line="+90"/>
        <location filename="../app/cli/ServeCommand.cpp" line="+3"/>
        <source>Listening on %1 only. Stop with Ctrl+C.</source>
        <translation>Yn gwrando ar %1 yn unig. Stopiwch gyda Ctrl+C.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ServeCommand.cpp" line="+13"/>
        <source>Poll %1 closed; %n vote(s) recorded in this run.</source>
        <translation>
            <numerusform>Arolwg %1 ar gau; cofnodwyd %n pleidlais yn y rhediad hwn.</numerusform>
            <numerusform>Arolwg %1 ar gau; cofnodwyd %n pleidlais yn y rhediad hwn.</numerusform>
            <numerusform>Arolwg %1 ar gau; cofnodwyd %n pleidlais yn y rhediad hwn.</numerusform>
            <numerusform>Arolwg %1 ar gau; cofnodwyd %n pleidlais yn y rhediad hwn.</numerusform>
            <numerusform>Arolwg %1 ar gau; cofnodwyd %n pleidlais yn y rhediad hwn.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/TemplatesCommand.cpp" line="+16"/>
        <source>templates: takes no arguments</source>
        <translation>templates: nid yw&apos;n cymryd unrhyw ddadleuon</translation>
    </message>
    <message>
        <location filename="../app/cli/RoomCommand.cpp" line="-51"/>
        <source>the address of this computer to listen on (default: a network interface that is up and not a VPN, container or virtual machine&apos;s; else 127.0.0.1)</source>
        <translation>cyfeiriad y cyfrifiadur hwn i wrando arno (diofyn: rhyngwyneb rhwydwaith sy&apos;n weithredol ac nad yw&apos;n perthyn i VPN, cynhwysydd na pheiriant rhithwir; fel arall 127.0.0.1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the port (default: the one this session used last, else 47800)</source>
        <translation>y porth (diofyn: yr un a ddefnyddiodd y sesiwn hon ddiwethaf, fel arall 47800)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the session file: the room&apos;s record</source>
        <translation>y ffeil sesiwn: cofnod yr ystafell</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>room host: usage: room host FILE [--bind ADDR] [--port P]</source>
        <translation>room host: defnydd: room host FILE [--bind ADDR] [--port P]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>room host: --port needs a number from 0 to 65535</source>
        <translation>room host: mae --port angen rhif o 0 i 65535</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>room host: --bind %1 is not an IP address</source>
        <translation>room host: nid yw --bind %1 yn gyfeiriad IP</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>room host: --bind %1 would listen on every interface; name one address</source>
        <translation>room host: byddai --bind %1 yn gwrando ar bob rhyngwyneb; enwch un cyfeiriad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>room host: --bind %1 is not an address of this computer</source>
        <translation>room host: nid yw --bind %1 yn un o gyfeiriadau&apos;r cyfrifiadur hwn</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>room host: %1</source>
        <translation>room host: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Join code: %1 (on %2, port %3)</source>
        <translation>Cod ymuno: %1 (ar %2, porth %3)</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>room host: cannot set up signal handling</source>
        <translation>room host: methu gosod trin signalau</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Room closed; the session file holds everything the laptops sent.</source>
        <translation>Ystafell wedi cau; mae&apos;r ffeil sesiwn yn cynnwys popeth a anfonodd y gliniaduron.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>what this laptop captures, e.g. table:3 or place:1 (shown on the host)</source>
        <translation>beth mae&apos;r gliniadur hwn yn ei gofnodi, e.e. table:3 neu place:1 (a ddangosir ar y gwesteiwr)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the room&apos;s address (http://…/room/…), or &quot;ADDRESS CODE&quot; in quotes</source>
        <translation>cyfeiriad yr ystafell (http://…/room/…), neu &quot;ADDRESS CODE&quot; mewn dyfynodau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this laptop&apos;s copy of the session; received from the room when missing</source>
        <translation>copi&apos;r gliniadur hwn o&apos;r sesiwn; caiff ei dderbyn o&apos;r ystafell os yw ar goll</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>room join: usage: room join ROOM FILE [--captures WHAT]</source>
        <translation>room join: defnydd: room join ROOM FILE [--captures WHAT]</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+20"/>
        <source>room join: %1</source>
        <translation>room join: %1</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>room join: cannot receive the session from %1: %2</source>
        <translation>room join: methu derbyn y sesiwn o %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received the room&apos;s session into %1.</source>
        <translation>Derbyniwyd sesiwn yr ystafell i %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The room cannot be reached yet (%1); edits wait in the file.</source>
        <translation>Nid oes modd cyrraedd yr ystafell eto (%1); mae golygiadau&apos;n aros yn y ffeil.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>room join: %1 is not a copy of the room&apos;s session (&quot;%2&quot;); join without a file to receive it</source>
        <translation>room join: nid yw %1 yn gopi o sesiwn yr ystafell (&quot;%2&quot;); ymunwch heb ffeil i&apos;w derbyn</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>room join: cannot set up signal handling</source>
        <translation>room join: methu gosod trin signalau</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>Left the room; %n edit(s) still waiting for the host.</source>
        <translation>
            <numerusform>Wedi gadael yr ystafell; mae %n golygiad yn dal i aros am y gwesteiwr.</numerusform>
            <numerusform>Wedi gadael yr ystafell; mae %n golygiad yn dal i aros am y gwesteiwr.</numerusform>
            <numerusform>Wedi gadael yr ystafell; mae %n golygiad yn dal i aros am y gwesteiwr.</numerusform>
            <numerusform>Wedi gadael yr ystafell; mae %n golygiad yn dal i aros am y gwesteiwr.</numerusform>
            <numerusform>Wedi gadael yr ystafell; mae %n golygiad yn dal i aros am y gwesteiwr.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>host the live room on this laptop, or join one as a table laptop (`roundtable room host --help`, `roundtable room join --help`)</source>
        <translation>cynnal yr ystafell fyw ar y gliniadur hwn, neu ymuno ag un fel gliniadur bwrdd (`roundtable room host --help`, `roundtable room join --help`)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>room: say host or join; see roundtable room --help</source>
        <translation>room: dywedwch host neu join; gweler roundtable room --help</translation>
    </message>
</context>
<context>
    <name>rt::edit</name>
    <message>
        <location filename="../core/commands/AgendaCommands.cpp" line="+26"/>
        <source>Move “%1”</source>
        <translation>Symud “%1”</translation>
    </message>
    <message>
        <location filename="../core/commands/AgendaEdits.cpp" line="+39"/>
        <source>Add agenda item</source>
        <translation>Ychwanegu eitem at yr agenda</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Edit agenda item</source>
        <translation>Golygu eitem agenda</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Attach poll</source>
        <translation>Atodi pôl</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit guidance</source>
        <translation>Golygu canllawiau</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete “%1”</source>
        <translation>Dileu “%1”</translation>
    </message>
    <message>
        <location filename="../core/commands/EventEdits.cpp" line="+95"/>
        <location line="+10"/>
        <source>Edit event details</source>
        <translation>Golygu manylion y digwyddiad</translation>
    </message>
    <message>
        <location filename="../core/commands/NoteEdits.cpp" line="+57"/>
        <source>Mark key points</source>
        <translation>Marcio pwyntiau allweddol</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unmark key points</source>
        <translation>Dadfarcio pwyntiau allweddol</translation>
    </message>
    <message>
        <location filename="../core/commands/NoteCommands.cpp" line="+47"/>
        <source>Add note</source>
        <translation>Ychwanegu nodyn</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Add %n note(s)</source>
        <translation>
            <numerusform>Ychwanegu %n nodyn</numerusform>
            <numerusform>Ychwanegu %n nodyn</numerusform>
            <numerusform>Ychwanegu %n nodyn</numerusform>
            <numerusform>Ychwanegu %n nodyn</numerusform>
            <numerusform>Ychwanegu %n nodyn</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edit note</source>
        <translation>Golygu nodyn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mark key point</source>
        <translation>Marcio fel pwynt allweddol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unmark key point</source>
        <translation>Dadfarcio pwynt allweddol</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../core/commands/NoteEdits.cpp" line="+17"/>
        <location line="+45"/>
        <source>Move note</source>
        <translation>Symud nodyn</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/commands/NoteEdits.cpp" line="-45"/>
        <location line="+45"/>
        <source>Move %n note(s)</source>
        <translation>
            <numerusform>Symud %n nodyn</numerusform>
            <numerusform>Symud %n nodyn</numerusform>
            <numerusform>Symud %n nodyn</numerusform>
            <numerusform>Symud %n nodyn</numerusform>
            <numerusform>Symud %n nodyn</numerusform>
        </translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Move note to %1</source>
        <translation>Symud nodyn i %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Move %n note(s) to %1</source>
        <translation>
            <numerusform>Symud %n nodyn i %1</numerusform>
            <numerusform>Symud %n nodyn i %1</numerusform>
            <numerusform>Symud %n nodyn i %1</numerusform>
            <numerusform>Symud %n nodyn i %1</numerusform>
            <numerusform>Symud %n nodyn i %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Delete note</source>
        <translation>Dileu nodyn</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Delete %n note(s)</source>
        <translation>
            <numerusform>Dileu %n nodyn</numerusform>
            <numerusform>Dileu %n nodyn</numerusform>
            <numerusform>Dileu %n nodyn</numerusform>
            <numerusform>Dileu %n nodyn</numerusform>
            <numerusform>Dileu %n nodyn</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add prompt</source>
        <translation>Ychwanegu anogwr</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit prompt</source>
        <translation>Golygu anogwr</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove prompt “%1”</source>
        <translation>Tynnu&apos;r anogwr “%1”</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add table</source>
        <translation>Ychwanegu bwrdd</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+9"/>
        <source>Edit table</source>
        <translation>Golygu bwrdd</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete %1</source>
        <translation>Dileu %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move table</source>
        <translation>Symud bwrdd</translation>
    </message>
    <message>
        <location filename="../core/commands/PlaceEdits.cpp" line="+106"/>
        <location line="+20"/>
        <source>Move idea</source>
        <translation>Symud syniad</translation>
    </message>
    <message numerus="yes">
        <location line="-19"/>
        <location line="+20"/>
        <source>Move %n idea(s)</source>
        <translation>
            <numerusform>Symud %n syniad</numerusform>
            <numerusform>Symud %n syniad</numerusform>
            <numerusform>Symud %n syniad</numerusform>
            <numerusform>Symud %n syniad</numerusform>
            <numerusform>Symud %n syniad</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete idea</source>
        <translation>Dileu syniad</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n idea(s)</source>
        <translation>
            <numerusform>Dileu %n syniad</numerusform>
            <numerusform>Dileu %n syniad</numerusform>
            <numerusform>Dileu %n syniad</numerusform>
            <numerusform>Dileu %n syniad</numerusform>
            <numerusform>Dileu %n syniad</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+26"/>
        <source>Add idea</source>
        <translation>Ychwanegu syniad</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Add %n idea(s)</source>
        <translation>
            <numerusform>Ychwanegu %n syniad</numerusform>
            <numerusform>Ychwanegu %n syniad</numerusform>
            <numerusform>Ychwanegu %n syniad</numerusform>
            <numerusform>Ychwanegu %n syniad</numerusform>
            <numerusform>Ychwanegu %n syniad</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Edit idea</source>
        <translation>Golygu syniad</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Make action from idea</source>
        <translation>Creu cam gweithredu o&apos;r syniad</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add place</source>
        <translation>Ychwanegu lle</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete place</source>
        <translation>Dileu lle</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reorder places</source>
        <translation>Aildrefnu lleoedd</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Edit what the place prioritised</source>
        <translation>Golygu blaenoriaethau&apos;r lle</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add aim</source>
        <translation>Ychwanegu nod</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete aim</source>
        <translation>Dileu nod</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reorder aims</source>
        <translation>Aildrefnu nodau</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add action</source>
        <translation>Ychwanegu cam gweithredu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete action</source>
        <translation>Dileu cam gweithredu</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n action(s)</source>
        <translation>
            <numerusform>Dileu %n cam gweithredu</numerusform>
            <numerusform>Dileu %n cam gweithredu</numerusform>
            <numerusform>Dileu %n cam gweithredu</numerusform>
            <numerusform>Dileu %n cam gweithredu</numerusform>
            <numerusform>Dileu %n cam gweithredu</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reorder actions</source>
        <translation>Aildrefnu camau gweithredu</translation>
    </message>
    <message>
        <location filename="../core/commands/PollEdits.cpp" line="+72"/>
        <source>Add poll</source>
        <translation>Ychwanegu pôl</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove poll</source>
        <translation>Tynnu pôl</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit poll question</source>
        <translation>Golygu cwestiwn y pôl</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change poll kind</source>
        <translation>Newid math y pôl</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change most choices</source>
        <translation>Newid yr uchafswm dewisiadau</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Attach poll to place</source>
        <translation>Atodi pôl i le</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open voting</source>
        <translation>Agor y pleidleisio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close voting</source>
        <translation>Cau&apos;r pleidleisio</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add option</source>
        <translation>Ychwanegu opsiwn</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove option</source>
        <translation>Tynnu opsiwn</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Move option</source>
        <translation>Symud opsiwn</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Count %n hand(s)</source>
        <translation>
            <numerusform>Cyfrif %n llaw</numerusform>
            <numerusform>Cyfrif %n llaw</numerusform>
            <numerusform>Cyfrif %n llaw</numerusform>
            <numerusform>Cyfrif %n llaw</numerusform>
            <numerusform>Cyfrif %n llaw</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cast vote</source>
        <translation>Bwrw pleidlais</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+1"/>
        <source>Clear poll results</source>
        <translation>Clirio canlyniadau&apos;r pôl</translation>
    </message>
    <message>
        <location filename="../core/commands/MergeEdits.cpp" line="+205"/>
        <source>Use other value from merge</source>
        <translation>Defnyddio&apos;r gwerth arall o&apos;r cyfuno</translation>
    </message>
</context>
<context>
    <name>rt::gui</name>
    <message>
        <location filename="../app/shell/Gui.cpp" line="+119"/>
        <source>Roundtable</source>
        <translation>Roundtable</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Run a facilitated seminar and publish its verbatim summary pack.</source>
        <translation>Rhedeg seminar wedi&apos;i hwyluso a chyhoeddi ei becyn crynodeb air am air.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session file to open.</source>
        <translation>Y ffeil sesiwn i&apos;w hagor.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>unknown view %1; see roundtable screenshot --help</source>
        <translation>golwg anhysbys %1; gweler roundtable screenshot --help</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>rendering needs a QApplication</source>
        <translation>mae angen QApplication i rendro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no session is open</source>
        <translation>nid oes sesiwn ar agor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>size %1x%2 is outside 100x100 … 8000x8000</source>
        <translation>mae maint %1x%2 y tu allan i 100x100 … 8000x8000</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the Agenda page</source>
        <translation>tudalen yr Agenda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the Tables page</source>
        <translation>tudalen y Byrddau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the Places page</source>
        <translation>tudalen y Lleoedd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Polls page</source>
        <translation>tudalen y Polau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the Data pack page</source>
        <translation>tudalen y Pecyn data</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the Export page</source>
        <translation>tudalen Allforio</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>dialog:conflicts — Edit ▸ Merge Conflicts…, at its own size</source>
        <translation>dialog:conflicts — Golygu ▸ Gwrthdaro Cyfuno…, ar ei faint ei hun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dialog:laptop — File ▸ This Laptop…, at its own size</source>
        <translation>dialog:laptop — Ffeil ▸ Y Gliniadur Hwn…, ar ei faint ei hun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dialog:room — Room ▸ Host a Room…, at its own size</source>
        <translation>dialog:room — Ystafell ▸ Cynnal Ystafell…, ar ei faint ei hun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dialog:join — Room ▸ Join a Room…, at its own size</source>
        <translation>dialog:join — Ystafell ▸ Ymuno ag Ystafell…, ar ei faint ei hun</translation>
    </message>
</context>
<context>
    <name>rt::polls</name>
    <message numerus="yes">
        <location filename="../app/polls/PollData.cpp" line="+52"/>
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n pleidlais</numerusform>
            <numerusform>%n pleidlais</numerusform>
            <numerusform>%n pleidlais</numerusform>
            <numerusform>%n pleidlais</numerusform>
            <numerusform>%n pleidlais</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+22"/>
        <source>votes</source>
        <translation>pleidleisiau</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>%1; each voter may choose several options.</source>
        <translation>%1; caiff pob pleidleisiwr ddewis sawl opsiwn.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>points</source>
        <translation>pwyntiau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1. Points: with %2 options, a first place earns %3 points, a second %4, … a last 0 (Borda count).</source>
        <translation>%1. Pwyntiau: gyda %2 opsiwn, mae&apos;r safle cyntaf yn ennill %3 pwynt, yr ail %4, … yr olaf 0 (cyfrif Borda).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1; mean %2 on a scale of 1 to %3.</source>
        <translation>%1; cymedr %2 ar raddfa o 1 i %3.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1; bigger words were given more often.</source>
        <translation>%1; rhoddwyd y geiriau mwy yn amlach.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n stored answer(s) do not fit this poll and are not counted.</source>
        <translation>
            <numerusform>Nid yw %n ateb sydd wedi&apos;u storio yn addas i&apos;r pôl hwn, ac nid ydynt yn cael eu cyfrif.</numerusform>
            <numerusform>Nid yw %n ateb sydd wedi&apos;i storio yn addas i&apos;r pôl hwn, ac nid yw&apos;n cael ei gyfrif.</numerusform>
            <numerusform>Nid yw %n ateb sydd wedi&apos;u storio yn addas i&apos;r pôl hwn, ac nid ydynt yn cael eu cyfrif.</numerusform>
            <numerusform>Nid yw %n ateb sydd wedi&apos;u storio yn addas i&apos;r pôl hwn, ac nid ydynt yn cael eu cyfrif.</numerusform>
            <numerusform>Nid yw %n ateb sydd wedi&apos;u storio yn addas i&apos;r pôl hwn, ac nid ydynt yn cael eu cyfrif.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Single choice</source>
        <translation>Dewis sengl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Multiple choice</source>
        <translation>Dewis lluosog</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ranking</source>
        <translation>Trefnu yn ôl safle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scale</source>
        <translation>Graddfa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word cloud</source>
        <translation>Cwmwl geiriau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open answers</source>
        <translation>Atebion agored</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown</source>
        <translation>Anhysbys</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open for voting</source>
        <translation>Ar agor i bleidleisio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>Ar gau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Drafft</translation>
    </message>
</context>
<context>
    <name>rt::polls::KioskWidget</name>
    <message>
        <location filename="../app/polls/KioskWidget.cpp" line="+57"/>
        <source>Facilitator: %1 leaves the kiosk.</source>
        <translation>Hwylusydd: %1 i adael y ciosg.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cast my vote</source>
        <translation>Bwrw fy mhleidlais</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Thank you — your vote is recorded.</source>
        <translation>Diolch — mae eich pleidlais wedi&apos;i chofnodi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please pass the laptop to the next person.</source>
        <translation>Pasiwch y gliniadur i&apos;r person nesaf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next voter</source>
        <translation>Pleidleisiwr nesaf</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+90"/>
        <source>Voting has not started yet.</source>
        <translation>Nid yw&apos;r pleidleisio wedi dechrau eto.</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Voting has closed. The results:</source>
        <translation>Mae&apos;r pleidleisio wedi cau. Y canlyniadau:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Roundtable — voting</source>
        <translation>Roundtable — pleidleisio</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>There is no poll to vote on.</source>
        <translation>Nid oes pôl i bleidleisio arno.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Choose up to %1 answers.</source>
        <translation>Dewiswch hyd at %1 ateb.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one or more answers.</source>
        <translation>Dewiswch un ateb neu fwy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one answer.</source>
        <translation>Dewiswch un ateb.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose a point on the scale.</source>
        <translation>Dewiswch bwynt ar y raddfa.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Put the options in order, most important first: select one and move it.</source>
        <translation>Rhowch yr opsiynau mewn trefn, y pwysicaf yn gyntaf: dewiswch un a&apos;i symud.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Move up</source>
        <translation>Symud i fyny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Symud i lawr</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A word or a short phrase.</source>
        <translation>Gair neu ymadrodd byr.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your answer.</source>
        <translation>Eich ateb.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Please answer before casting your vote.</source>
        <translation>Atebwch cyn bwrw eich pleidlais.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The vote could not be saved: %1</source>
        <translation>Nid oedd modd cadw&apos;r bleidlais: %1</translation>
    </message>
</context>
<context>
    <name>rt::polls::PhonePanel</name>
    <message>
        <location filename="../app/polls/PhonePanel.cpp" line="+35"/>
        <location line="+64"/>
        <source>Phones must be on this network. Only this address is listened on.</source>
        <translation>Rhaid i ffonau fod ar y rhwydwaith hwn. Dim ond ar y cyfeiriad hwn y gwrandewir.</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>any free port</source>
        <translation>unrhyw borth rhydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Network:</source>
        <translation>&amp;Rhwydwaith:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Porth:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>QR code of the voting address</source>
        <translation>Cod QR y cyfeiriad pleidleisio</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 — this computer only (for trying it out)</source>
        <translation>%1 — y cyfrifiadur hwn yn unig (ar gyfer rhoi cynnig arni)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2 (VPN, container or virtual machine)</source>
        <translation>%1 — %2 (VPN, cynhwysydd neu beiriant rhithwir)</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Stop phone voting</source>
        <translation>Stopio pleidleisio ar ffonau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start phone voting</source>
        <translation>Dechrau pleidleisio ar ffonau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (another poll)</source>
        <translation> (pôl arall)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Phones can vote%1: scan the code or type the address. %n vote(s) received.</source>
        <translation>
            <numerusform>Gall ffonau bleidleisio%1: sganiwch y cod neu teipiwch y cyfeiriad. Daeth %n pleidlais i law.</numerusform>
            <numerusform>Gall ffonau bleidleisio%1: sganiwch y cod neu teipiwch y cyfeiriad. Daeth %n pleidlais i law.</numerusform>
            <numerusform>Gall ffonau bleidleisio%1: sganiwch y cod neu teipiwch y cyfeiriad. Daeth %n pleidlais i law.</numerusform>
            <numerusform>Gall ffonau bleidleisio%1: sganiwch y cod neu teipiwch y cyfeiriad. Daeth %n pleidlais i law.</numerusform>
            <numerusform>Gall ffonau bleidleisio%1: sganiwch y cod neu teipiwch y cyfeiriad. Daeth %n pleidlais i law.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Voting is closed. Phones that open the link are told so; it stays the same if voting opens again.</source>
        <translation>Mae&apos;r pleidleisio wedi cau. Dywedir hynny wrth ffonau sy&apos;n agor y ddolen; mae&apos;n aros yr un fath os bydd y pleidleisio&apos;n agor eto.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phones on the same network vote in their browser; nothing leaves the room. If the network keeps devices apart, use the kiosk or count hands instead.</source>
        <translation>Mae ffonau ar yr un rhwydwaith yn pleidleisio yn eu porwr; nid oes dim yn gadael yr ystafell. Os yw&apos;r rhwydwaith yn cadw dyfeisiau ar wahân, defnyddiwch y ciosg neu cyfrifwch ddwylo yn lle hynny.</translation>
    </message>
</context>
<context>
    <name>rt::polls::ProjectorPollPanel</name>
    <message>
        <location filename="../app/polls/ProjectorPollPanel.cpp" line="+114"/>
        <source>QR code of the voting address</source>
        <translation>Cod QR y cyfeiriad pleidleisio</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>VOTE NOW</source>
        <translation>PLEIDLEISIWCH NAWR</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VOTE NOW — scan the code</source>
        <translation>PLEIDLEISIWCH NAWR — sganiwch y cod</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FINAL RESULTS</source>
        <translation>CANLYNIADAU TERFYNOL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NOT OPEN YET</source>
        <translation>NID YW AR AGOR ETO</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n pleidlais</numerusform>
            <numerusform>%n pleidlais</numerusform>
            <numerusform>%n pleidlais</numerusform>
            <numerusform>%n pleidlais</numerusform>
            <numerusform>%n pleidlais</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n answer(s); the latest: “%1”</source>
        <translation>
            <numerusform>%n ateb; yr un diweddaraf: “%1”</numerusform>
            <numerusform>%n ateb; yr un diweddaraf: “%1”</numerusform>
            <numerusform>%n ateb; yr un diweddaraf: “%1”</numerusform>
            <numerusform>%n ateb; yr un diweddaraf: “%1”</numerusform>
            <numerusform>%n ateb; yr un diweddaraf: “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rt::room</name>
    <message>
        <location filename="../core/room/RoomClient.cpp" line="+44"/>
        <source>the host laptop cannot be reached</source>
        <translation>nid oes modd cyrraedd gliniadur y gwesteiwr</translation>
    </message>
    <message>
        <location line="+190"/>
        <source>the host&apos;s answer is not a room&apos;s</source>
        <translation>nid ateb ystafell yw ateb y gwesteiwr</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the host runs a different version of Roundtable; use the same version on every laptop</source>
        <translation>mae&apos;r gwesteiwr yn rhedeg fersiwn wahanol o Roundtable; defnyddiwch yr un fersiwn ar bob gliniadur</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot write %1: %2</source>
        <translation>methu ysgrifennu %1: %2</translation>
    </message>
    <message>
        <location filename="../core/room/RoomProtocol.cpp" line="+52"/>
        <source>This is not a room&apos;s address: it looks like http://192.168.1.20:47800/room/….</source>
        <translation>Nid cyfeiriad ystafell yw hwn: mae&apos;n edrych fel http://192.168.1.20:47800/room/….</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Type the room&apos;s address, or the host laptop&apos;s address and the join code shown on it (for example 192.168.1.20 ABCD-EFGH-…).</source>
        <translation>Teipiwch gyfeiriad yr ystafell, neu gyfeiriad gliniadur y gwesteiwr a&apos;r cod ymuno a ddangosir arno (er enghraifft 192.168.1.20 ABCD-EFGH-…).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The join code has a letter it never uses (%1): check it on the host laptop.</source>
        <translation>Mae llythyren yn y cod ymuno nad yw byth yn cael ei defnyddio ynddo (%1): gwiriwch ef ar liniadur y gwesteiwr.</translation>
    </message>
</context>
<context>
    <name>rt::room::RoomClient</name>
    <message>
        <location filename="../core/room/RoomClient.cpp" line="-139"/>
        <source>Joining the room…</source>
        <translation>Yn ymuno â&apos;r ystafell…</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>In room · synced %1 s ago · %n edit(s) sending</source>
        <translation>
            <numerusform>Yn yr ystafell · cysonwyd %1 e yn ôl · yn anfon %n golygiad</numerusform>
            <numerusform>Yn yr ystafell · cysonwyd %1 e yn ôl · yn anfon %n golygiad</numerusform>
            <numerusform>Yn yr ystafell · cysonwyd %1 e yn ôl · yn anfon %n golygiad</numerusform>
            <numerusform>Yn yr ystafell · cysonwyd %1 e yn ôl · yn anfon %n golygiad</numerusform>
            <numerusform>Yn yr ystafell · cysonwyd %1 e yn ôl · yn anfon %n golygiad</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In room · synced %1 s ago</source>
        <translation>Yn yr ystafell · cysonwyd %1 e yn ôl</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Offline · %n edit(s) waiting</source>
        <translation>
            <numerusform>All-lein · %n golygiad yn aros</numerusform>
            <numerusform>All-lein · %n golygiad yn aros</numerusform>
            <numerusform>All-lein · %n golygiad yn aros</numerusform>
            <numerusform>All-lein · %n golygiad yn aros</numerusform>
            <numerusform>All-lein · %n golygiad yn aros</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not in the room: %1</source>
        <translation>Ddim yn yr ystafell: %1</translation>
    </message>
</context>
<context>
    <name>rt::room::RoomServer</name>
    <message>
        <location filename="../core/room/RoomServer.cpp" line="+103"/>
        <source>cannot listen on %1: %2</source>
        <translation>methu gwrando ar %1: %2</translation>
    </message>
    <message>
        <location line="+99"/>
        <location line="+6"/>
        <source>request header too large</source>
        <translation>pennyn y cais yn rhy fawr</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not an HTTP request</source>
        <translation>nid cais HTTP mo hwn</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>bad Content-Length</source>
        <translation>Content-Length annilys</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a body needs a Content-Length</source>
        <translation>mae angen Content-Length ar gorff</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>request too large</source>
        <translation>cais yn rhy fawr</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>too many requests</source>
        <translation>gormod o geisiadau</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+26"/>
        <source>no such page</source>
        <translation>dim tudalen o&apos;r fath</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>this is not the room&apos;s key</source>
        <translation>nid hon yw allwedd yr ystafell</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>wrong method</source>
        <translation>dull anghywir</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the body is not JSON: %1</source>
        <translation>nid JSON yw&apos;r corff: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this laptop runs a different version of Roundtable than the host; use the same version</source>
        <translation>mae&apos;r gliniadur hwn yn rhedeg fersiwn wahanol o Roundtable i&apos;r gwesteiwr; defnyddiwch yr un fersiwn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this laptop&apos;s session is not a copy of the room&apos;s session</source>
        <translation>nid yw sesiwn y gliniadur hwn yn gopi o sesiwn yr ystafell</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>device and gseq are required</source>
        <translation>mae angen device a gseq</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>outbox entries must have increasing seq and base64 changes</source>
        <translation>rhaid i gofnodion outbox fod â seq cynyddol a newidiadau base64</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the host could not apply this laptop&apos;s edits: %1</source>
        <translation>nid oedd modd i&apos;r gwesteiwr gymhwyso golygiadau&apos;r gliniadur hwn: %1</translation>
    </message>
</context>
<context>
    <name>rt::vote::RoomNetwork</name>
    <message>
        <location filename="../core/vote/RoomNetwork.cpp" line="+59"/>
        <source>Passed over as VPN, container or virtual-machine networks, which phones are not on: %1.</source>
        <translation>Wedi&apos;u hepgor fel rhwydweithiau VPN, cynhwysydd neu beiriant rhithwir, nad yw ffonau arnynt: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chose %1 (%2): the first network that is up and is not a VPN, container or virtual machine. Use --bind to choose another.</source>
        <translation>Dewiswyd %1 (%2): y rhwydwaith cyntaf sy&apos;n weithredol ac nad yw&apos;n VPN, cynhwysydd na pheiriant rhithwir. Defnyddiwch --bind i ddewis un arall.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chose 127.0.0.1 (this computer only): no room network is up, so phones cannot reach it. Join the room&apos;s Wi-Fi or start a hotspot, or use --bind.</source>
        <translation>Dewiswyd 127.0.0.1 (y cyfrifiadur hwn yn unig): nid oes rhwydwaith ystafell yn weithredol, felly ni all ffonau ei gyrraedd. Ymunwch â Wi-Fi yr ystafell neu dechreuwch fan cyswllt, neu defnyddiwch --bind.</translation>
    </message>
</context>
<context>
    <name>rt::vote::VoteServer</name>
    <message>
        <location filename="../core/vote/VoteServer.cpp" line="+202"/>
        <source>There is no such poll to vote on.</source>
        <translation>Nid oes pôl o&apos;r fath i bleidleisio arno.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Nid oes modd gwrando ar %1 porth %2: %3</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>This page tries again by itself.</source>
        <translation>Mae&apos;r dudalen hon yn rhoi cynnig arall arni ei hun.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+25"/>
        <source>Many phones are voting</source>
        <translation>Mae llawer o ffonau&apos;n pleidleisio</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Many phones are voting at once. Wait a moment.</source>
        <translation>Mae llawer o ffonau&apos;n pleidleisio ar yr un pryd. Arhoswch eiliad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your phone&apos;s request could not be read</source>
        <translation>Nid oedd modd darllen cais eich ffôn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back and try again, or scan the code on the screen again.</source>
        <translation>Ewch yn ôl a rhowch gynnig arall arni, neu sganiwch y cod ar y sgrin eto.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This voting link is not in use</source>
        <translation>Nid yw&apos;r ddolen bleidleisio hon yn cael ei defnyddio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan the code on the screen again, or ask the facilitator for the address.</source>
        <translation>Sganiwch y cod ar y sgrin eto, neu gofynnwch i&apos;r hwylusydd am y cyfeiriad.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>This poll is closed</source>
        <translation>Mae&apos;r pôl hwn wedi cau</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Voting has not started yet</source>
        <translation>Nid yw&apos;r pleidleisio wedi dechrau eto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voting has not started yet. This page opens the poll by itself when the facilitator starts it.</source>
        <translation>Nid yw&apos;r pleidleisio wedi dechrau eto. Bydd y dudalen hon yn agor y pôl ei hun pan fydd yr hwylusydd yn ei ddechrau.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Vote</source>
        <translation>Pleidleisio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading the poll…</source>
        <translation>Yn llwytho&apos;r pôl…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot load the poll. Trying again…</source>
        <translation>Nid oes modd llwytho&apos;r pôl. Yn rhoi cynnig arall arni…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>Send my vote</source>
        <translation>Anfon fy mhleidlais</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>This page needs JavaScript to send a vote.</source>
        <translation>Mae angen JavaScript ar y dudalen hon i anfon pleidlais.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Change my vote</source>
        <translation>Newid fy mhleidlais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vote recorded — you can change it until the poll closes.</source>
        <translation>Pleidlais wedi&apos;i chofnodi — gallwch ei newid nes bydd y pôl yn cau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Many phones are voting at once. Sending again…</source>
        <translation>Mae llawer o ffonau&apos;n pleidleisio ar yr un pryd. Yn anfon eto…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your vote was not recorded. Check your answer and send it again.</source>
        <translation>Ni chofnodwyd eich pleidlais. Gwiriwch eich ateb a&apos;i anfon eto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your answer is too long. Shorten it and send it again.</source>
        <translation>Mae eich ateb yn rhy hir. Byrhewch ef a&apos;i anfon eto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This voting link is not in use. Scan the code on the screen again.</source>
        <translation>Nid yw&apos;r ddolen bleidleisio hon yn cael ei defnyddio. Sganiwch y cod ar y sgrin eto.</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+53"/>
        <source>This poll is closed. Thank you!</source>
        <translation>Mae&apos;r pôl hwn wedi cau. Diolch!</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voting has not started yet. Reload the page when the facilitator opens it.</source>
        <translation>Nid yw&apos;r pleidleisio wedi dechrau eto. Ail-lwythwch y dudalen pan fydd yr hwylusydd yn ei agor.</translation>
    </message>
    <message>
        <location line="-110"/>
        <location line="+111"/>
        <source>Too many tries at once — wait a moment and send again.</source>
        <translation>Gormod o ymdrechion ar unwaith — arhoswch eiliad ac anfonwch eto.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot reach the facilitator&apos;s laptop. Voting may have closed.</source>
        <translation>Nid oes modd cyrraedd gliniadur yr hwylusydd. Efallai fod y pleidleisio wedi cau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one answer.</source>
        <translation>Dewiswch un ateb.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one or more answers.</source>
        <translation>Dewiswch un ateb neu fwy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose up to %1 answers.</source>
        <translation>Dewiswch hyd at %1 ateb.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the options in order, most important first. Use the arrow buttons to move an option.</source>
        <translation>Rhowch yr opsiynau mewn trefn, y pwysicaf yn gyntaf. Defnyddiwch y botymau saeth i symud opsiwn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move up: %1</source>
        <translation>Symud i fyny: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down: %1</source>
        <translation>Symud i lawr: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a point on the scale.</source>
        <translation>Dewiswch bwynt ar y raddfa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A word or a short phrase.</source>
        <translation>Gair neu ymadrodd byr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your answer.</source>
        <translation>Eich ateb.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please answer before sending.</source>
        <translation>Atebwch cyn anfon.</translation>
    </message>
</context>
</TS>
