<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="cy" sourcelanguage="en">
<context>
    <name>DeckBuilder</name>
    <message>
        <location filename="../core/slides/DeckBuilder.cpp" line="+58" />
        <source>Title, purpose, agenda and disclaimer</source>
        <translation>Teitl, diben, agenda ac ymwadiad</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+215" />
        <source>Topic-based table discussions</source>
        <translation>Trafodaethau bwrdd yn ôl pwnc</translation>
    </message>
    <message>
        <location line="-213" />
        <location line="+84" />
        <source>Poll results</source>
        <translation>Canlyniadau'r polau</translation>
    </message>
    <message>
        <location line="-82" />
        <location line="+52" />
        <source>Place-based action planning</source>
        <translation>Cynllunio gweithredu yn ôl lle</translation>
    </message>
    <message>
        <location line="-50" />
        <location line="+498" />
        <source>Data pack</source>
        <translation>Pecyn data</translation>
    </message>
    <message>
        <location line="-496" />
        <location line="+101" />
        <source>Next steps</source>
        <translation>Camau nesaf</translation>
    </message>
    <message>
        <location line="-99" />
        <location line="+74" />
        <source>Feedback</source>
        <translation>Adborth</translation>
    </message>
    <message>
        <location line="+2" />
        <source>What the room voted for</source>
        <translation>Beth y pleidleisiodd yr ystafell drosto</translation>
    </message>
    <message>
        <location line="-30" />
        <source>Breakout discussions by place</source>
        <translation>Trafodaethau grŵp yn ôl lle</translation>
    </message>
    <message>
        <location line="+28" />
        <source>How the day went</source>
        <translation>Sut aeth y diwrnod</translation>
    </message>
    <message>
        <location filename="../core/slides/DriverLayout.cpp" line="+43" />
        <location line="+56" />
        <location line="+47" />
        <location filename="../core/slides/Paginator.cpp" line="+256" />
        <source>(continued)</source>
        <translation>(parhad)</translation>
    </message>
    <message>
        <location filename="../core/slides/DeckBuilder.cpp" line="+32" />
        <location line="+9" />
        <source>Summary of the event</source>
        <translation>Crynodeb o'r digwyddiad</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Organised by %1</source>
        <translation>Trefnwyd gan %1</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Purpose</source>
        <translation>Diben</translation>
    </message>
    <message>
        <location line="-1" />
        <source>The purpose of the seminar was to:</source>
        <translation>Diben y seminar oedd:</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Time</source>
        <translation>Amser</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Item</source>
        <translation>Eitem</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+13" />
        <source>These slides are a verbatim reproduction of every idea and suggestion made in the discussions on the day. Places will develop them further, check them against existing plans and current capacity, and agree them at their boards.</source>
        <translation>Mae'r sleidiau hyn yn atgynhyrchiad air am air o bob syniad ac awgrym a wnaed yn y trafodaethau ar y diwrnod. Bydd y lleoedd yn eu datblygu ymhellach, yn eu gwirio yn erbyn y cynlluniau presennol a'r capasiti presennol, ac yn cytuno arnynt yn eu byrddau.</translation>
    </message>
    <message>
        <location line="-7" />
        <source>A verbatim reproduction</source>
        <translation>Atgynhyrchiad air am air</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Table discussion points: a verbatim reproduction of what each table said</source>
        <translation>Pwyntiau trafod y byrddau: atgynhyrchiad air am air o'r hyn a ddywedodd pob bwrdd</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Table %1</source>
        <translation>Bwrdd %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Facilitator: %1</source>
        <translation>Hwylusydd: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>★ Key point fed back to the room (also in bold)</source>
        <translation>★ Pwynt allweddol a rannwyd â'r ystafell (mewn print trwm hefyd)</translation>
    </message>
    <message numerus="yes">
        <location line="+33" />
        <source>%n answer(s) hidden by the facilitator</source>
        <translation>
            <numerusform>%n ateb wedi'u cuddio gan yr hwylusydd</numerusform>
            <numerusform>%n ateb wedi'i guddio gan yr hwylusydd</numerusform>
            <numerusform>%n ateb wedi'u cuddio gan yr hwylusydd</numerusform>
            <numerusform>%n ateb wedi'u cuddio gan yr hwylusydd</numerusform>
            <numerusform>%n ateb wedi'u cuddio gan yr hwylusydd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23" />
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
        <location line="+2" />
        <source>No votes yet</source>
        <translation>Dim pleidleisiau eto</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>Borda points (first place scores %1) from %n ballot(s)</source>
        <translation>
            <numerusform>Pwyntiau Borda (mae'r safle cyntaf yn sgorio %1) o %n papur pleidleisio</numerusform>
            <numerusform>Pwyntiau Borda (mae'r safle cyntaf yn sgorio %1) o %n papur pleidleisio</numerusform>
            <numerusform>Pwyntiau Borda (mae'r safle cyntaf yn sgorio %1) o %n papur pleidleisio</numerusform>
            <numerusform>Pwyntiau Borda (mae'r safle cyntaf yn sgorio %1) o %n papur pleidleisio</numerusform>
            <numerusform>Pwyntiau Borda (mae'r safle cyntaf yn sgorio %1) o %n papur pleidleisio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
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
        <location line="+39" />
        <source>Verbatim: the group's own words, still to be developed by the place with its partners.</source>
        <translation>Air am air: geiriau'r grŵp ei hun, i'w datblygu eto gan y lle gyda'i bartneriaid.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Place-based group discussions. Next, the place will:
1. check these ideas against its current plans
2. refine and prioritise them, considering the capacity it has
3. take them to its place board to agree</source>
        <translation>Trafodaethau grŵp yn ôl lle. Nesaf, bydd y lle yn:
1. gwirio'r syniadau hyn yn erbyn ei gynlluniau presennol
2. eu mireinio a'u blaenoriaethu, gan ystyried y capasiti sydd ganddo
3. mynd â nhw at fwrdd y lle i gytuno arnynt</translation>
    </message>
    <message>
        <location line="+57" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+90" />
        <source>The figures that shaped the conversations. Key: a lighter colour indicates better performance</source>
        <translation>Y ffigurau a luniodd y sgyrsiau. Allwedd: mae lliw goleuach yn dangos perfformiad gwell</translation>
    </message>
    <message>
        <location line="-415" />
        <location line="+325" />
        <source>%1's priorities: %2</source>
        <translation>Blaenoriaethau %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="-148" />
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
        <location line="-175" />
        <location line="+2" />
        <location line="+221" />
        <location line="+98" />
        <source>Poll</source>
        <translation>Pôl</translation>
    </message>
    <message>
        <location line="-319" />
        <source>Priorities: %1</source>
        <translation>Blaenoriaethau: %1</translation>
    </message>
    <message>
        <location line="+231" />
        <source>No answers were given.</source>
        <translation>Ni roddwyd unrhyw atebion.</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
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
        <location line="+14" />
        <source>Bar chart of %1. %2. %3</source>
        <translation>Siart bar o %1. %2. %3</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Cohort: %1</source>
        <translation>Carfan: %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No ideas were recorded for this aim.</source>
        <translation>Ni chofnodwyd unrhyw syniadau ar gyfer y nod hwn.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>%1: aims</source>
        <translation>%1: nodau</translation>
    </message>
    <message>
        <location line="-26" />
        <location line="+66" />
        <source>The partners will work together within %1 to…</source>
        <translation>Bydd y partneriaid yn cydweithio yn %1 i…</translation>
    </message>
    <message>
        <location filename="../core/slides/PickSlides.cpp" line="+380" />
        <source>%1: PICK chart, aim %2</source>
        <translation>%1: siart PICK, nod %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: PICK chart</source>
        <translation>%1: siart PICK</translation>
    </message>
    <message>
        <location line="-329" />
        <source>The partners will work together within %1 to %2</source>
        <translation>Bydd y partneriaid yn cydweithio yn %1 i %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Aim %1: see the aims slide for %2</source>
        <translation>Nod %1: gweler y sleid nodau ar gyfer %2</translation>
    </message>
    <message>
        <location line="+12" />
        <source>POSSIBLE</source>
        <translation>POSIBL</translation>
    </message>
    <message>
        <location line="+1" />
        <source>IMPLEMENT</source>
        <translation>GWEITHREDU</translation>
    </message>
    <message>
        <location line="+1" />
        <source>KIBOSH</source>
        <translation>GOLLWNG</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CHALLENGE</source>
        <translation>HER</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Relatively easy to do</source>
        <translation>Cymharol hawdd i'w wneud</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Likely difficult to do</source>
        <translation>Anodd i'w wneud, mae'n debyg</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Probably low impact</source>
        <translation>Effaith isel, yn ôl pob tebyg</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Potentially high impact</source>
        <translation>Effaith uchel o bosibl</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Not yet placed</source>
        <translation>Heb ei osod eto</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: PICK ideas not yet placed, aim %2</source>
        <translation>%1: syniadau PICK heb eu gosod eto, nod %2</translation>
    </message>
    <message>
        <location filename="../core/slides/DriverLayout.cpp" line="-20" />
        <source>Aim</source>
        <translation>Nod</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Primary drivers</source>
        <translation>Prif sbardunau</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Secondary drivers</source>
        <translation>Sbardunau eilaidd</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+2" />
        <source>Change ideas</source>
        <translation>Syniadau newid</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: driver diagram, aim %2</source>
        <translation>%1: diagram sbardunau, nod %2</translation>
    </message>
    <message>
        <location filename="../core/slides/DeckBuilder.cpp" line="-18" />
        <source>Cohort</source>
        <translation>Carfan</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Idea</source>
        <translation>Syniad</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Who will do it?</source>
        <translation>Pwy fydd yn ei wneud?</translation>
    </message>
    <message>
        <location line="+0" />
        <source>By when?</source>
        <translation>Erbyn pryd?</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Measure of success</source>
        <translation>Mesur llwyddiant</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1: action plan</source>
        <translation>%1: cynllun gweithredu</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Domain</source>
        <translation>Parth</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Indicator</source>
        <translation>Dangosydd</translation>
    </message>
    <message>
        <location filename="../core/slides/Paginator.cpp" line="+1" />
        <source>%1 (continued)</source>
        <translation>%1 (parhad)</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../core/slides/Export.cpp" line="+104" />
        <source>unknown format "%1": use pptx, pdf, md or csv</source>
        <translation>fformat anhysbys "%1": defnyddiwch pptx, pdf, md neu csv</translation>
    </message>
    <message>
        <location line="+40" />
        <source>unknown format "%1" for the progress update: use pptx, pdf or md</source>
        <translation>fformat anhysbys "%1" ar gyfer y diweddariad cynnydd: defnyddiwch pptx, pdf neu md</translation>
    </message>
</context>
<context>
    <name>FileCheck</name>
    <message numerus="yes">
        <location filename="../core/store/FileCheck.cpp" line="+173" />
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
        <location line="+9" />
        <source>this version's own schema could not be built (%1)</source>
        <translation>nid oedd modd adeiladu sgema'r fersiwn hon ei hun (%1)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>its list of tables cannot be read (%1)</source>
        <translation>nid oes modd darllen ei restr o dablau (%1)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>it holds a %1 that Roundtable does not make</source>
        <translation>mae'n cynnwys %1 nad yw Roundtable yn ei greu</translation>
    </message>
    <message>
        <location line="+2" />
        <source>its "%1" is a %2 where Roundtable makes a %3</source>
        <translation>mae ei "%1" yn %2 lle mae Roundtable yn creu %3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>its %1 is not the one Roundtable makes</source>
        <translation>mae ei %1 yn wahanol i'r un y mae Roundtable yn ei greu</translation>
    </message>
    <message>
        <location line="+6" />
        <source>its %1 is missing</source>
        <translation>mae ei %1 ar goll</translation>
    </message>
    <message>
        <location line="+23" />
        <source>a row of "%1" (number %2) refers to a row of "%3" that does not exist</source>
        <translation>mae rhes o "%1" (rhif %2) yn cyfeirio at res o "%3" nad yw'n bodoli</translation>
    </message>
    <message>
        <location line="+12" />
        <source>driver %1 is its own ancestor (a cycle in a driver diagram)</source>
        <translation>mae sbardun %1 yn hynafiad iddo'i hun (cylch mewn diagram sbardunau)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>driver %1 hangs under a driver of another aim</source>
        <translation>mae sbardun %1 o dan sbardun sy'n perthyn i nod arall</translation>
    </message>
    <message>
        <location line="+25" />
        <source>a value in "%1" has the wrong type</source>
        <translation>mae gan werth yn "%1" y math anghywir</translation>
    </message>
    <message>
        <location line="+5" />
        <source>it has no event details</source>
        <translation>nid oes manylion digwyddiad ynddo</translation>
    </message>
    <message>
        <location line="+18" />
        <source>the %1 of %2 %3 is not valid JSON</source>
        <translation>nid yw'r %1 yn %2 %3 yn JSON dilys</translation>
    </message>
</context>
<context>
    <name>IndicatorCsv</name>
    <message>
        <location filename="../core/interchange/IndicatorCsv.cpp" line="+77" />
        <source>line %1: text follows a closing quote</source>
        <translation>llinell %1: mae testun yn dilyn dyfynnod cau</translation>
    </message>
    <message>
        <location line="+8" />
        <source>line %1: a quoted field is not closed</source>
        <translation>llinell %1: nid yw maes mewn dyfynodau wedi'i gau</translation>
    </message>
    <message>
        <location line="+73" />
        <source>the file is not UTF-8 text</source>
        <translation>nid yw'r ffeil yn destun UTF-8</translation>
    </message>
    <message>
        <location line="+13" />
        <source>the file is empty: it needs a header line and at least one indicator</source>
        <translation>mae'r ffeil yn wag: mae angen llinell pennyn ac o leiaf un dangosydd arni</translation>
    </message>
    <message>
        <location line="+9" />
        <source>line %1: the header must be domain, indicator, one column per area or comparator, higher_is_better</source>
        <translation>llinell %1: rhaid i'r pennyn fod yn domain, indicator, un golofn ar gyfer pob ardal neu gymharydd, higher_is_better</translation>
    </message>
    <message>
        <location line="+12" />
        <source>line %1: column %2 has no name</source>
        <translation>llinell %1: nid oes enw gan golofn %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>line %1: the column %2 appears twice</source>
        <translation>llinell %1: mae'r golofn %2 yn ymddangos ddwywaith</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the file has a header but no indicators</source>
        <translation>mae gan y ffeil bennyn ond dim dangosyddion</translation>
    </message>
    <message>
        <location line="+7" />
        <source>line %1: expected %2 fields, found %3</source>
        <translation>llinell %1: disgwylid %2 maes, cafwyd %3</translation>
    </message>
    <message>
        <location line="+10" />
        <source>line %1: the indicator has no name</source>
        <translation>llinell %1: nid oes enw gan y dangosydd</translation>
    </message>
    <message>
        <location line="+6" />
        <source>line %1: higher_is_better must be yes/no/true/false/1/0</source>
        <translation>llinell %1: rhaid i higher_is_better fod yn yes/no/true/false/1/0</translation>
    </message>
    <message>
        <location line="+12" />
        <source>the session is open read-only; the data pack was not imported</source>
        <translation>mae'r sesiwn ar agor i'w darllen yn unig; ni chafodd y pecyn data ei fewnforio</translation>
    </message>
    <message>
        <location line="+4" />
        <source>line 1: the file has a period column: import it as a later period</source>
        <translation>llinell 1: mae gan y ffeil golofn cyfnod: mewnforiwch hi fel cyfnod diweddarach</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Import data pack</source>
        <translation>Mewnforio pecyn data</translation>
    </message>
    <message>
        <location line="+21" />
        <source>the data pack could not be stored: %1</source>
        <translation>nid oedd modd storio'r pecyn data: %1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>the session is open read-only; the period was not imported</source>
        <translation>mae'r sesiwn ar agor i'w darllen yn unig; ni chafodd y cyfnod ei fewnforio</translation>
    </message>
    <message>
        <location line="+21" />
        <source>line 1: the column %1 is not in the data pack</source>
        <translation>llinell 1: nid yw'r golofn %1 yn y pecyn data</translation>
    </message>
    <message>
        <location line="+15" />
        <source>line %1: no period: add a period column or choose the period</source>
        <translation>llinell %1: dim cyfnod: ychwanegwch golofn cyfnod neu dewiswch y cyfnod</translation>
    </message>
    <message>
        <location line="+3" />
        <source>line %1: there is no indicator %2 in the data pack</source>
        <translation>llinell %1: nid oes dangosydd %2 yn y pecyn data</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Import data pack period</source>
        <translation>Mewnforio cyfnod pecyn data</translation>
    </message>
    <message>
        <location line="+18" />
        <source>the period could not be stored: %1</source>
        <translation>nid oedd modd storio'r cyfnod: %1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 cannot be read: %2</source>
        <translation>nid oes modd darllen %1: %2</translation>
    </message>
</context>
<context>
    <name>Interchange</name>
    <message>
        <location filename="../core/interchange/JsonChecker.cpp" line="+48" />
        <source>found null</source>
        <translation>cafwyd null</translation>
    </message>
    <message>
        <location line="+2" />
        <source>found %1</source>
        <translation>cafwyd %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>found the number %1</source>
        <translation>cafwyd y rhif %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>found a string</source>
        <translation>cafwyd llinyn</translation>
    </message>
    <message>
        <location line="+2" />
        <source>found an array</source>
        <translation>cafwyd arae</translation>
    </message>
    <message>
        <location line="+2" />
        <source>found an object</source>
        <translation>cafwyd gwrthrych</translation>
    </message>
    <message>
        <location line="+4" />
        <source>found nothing</source>
        <translation>ni chafwyd dim</translation>
    </message>
    <message>
        <location line="+74" />
        <source>expected an index into %1 (%2 to %3), %4</source>
        <translation>disgwylid mynegai i %1 (%2 i %3), %4</translation>
    </message>
    <message>
        <location filename="../core/interchange/InterchangeReader.cpp" line="+393" />
        <location line="+4" />
        <location filename="../core/interchange/JsonChecker.cpp" line="-60" />
        <source>required key is missing</source>
        <translation>mae allwedd ofynnol ar goll</translation>
    </message>
    <message>
        <location line="+187" />
        <location filename="../core/interchange/JsonChecker.cpp" line="-41" />
        <location line="+55" />
        <location line="+82" />
        <location line="+34" />
        <source>expected a string, %1</source>
        <translation>disgwylid llinyn, %1</translation>
    </message>
    <message>
        <location filename="../core/interchange/JsonChecker.cpp" line="-167" />
        <source>unknown key, ignored</source>
        <translation>allwedd anhysbys, wedi'i hanwybyddu</translation>
    </message>
    <message>
        <location line="+65" />
        <source>expected true or false, %1</source>
        <translation>disgwylid true neu false, %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>expected a whole number of at least %1, %2</source>
        <translation>disgwylid rhif cyfan o %1 o leiaf, %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>expected a whole number from %1 to %2, %3</source>
        <translation>disgwylid rhif cyfan o %1 i %2, %3</translation>
    </message>
    <message>
        <location line="+17" />
        <source>refers to %1, but there are none</source>
        <translation>yn cyfeirio at %1, ond nid oes rhai</translation>
    </message>
    <message>
        <location line="+23" />
        <source>expected an array, %1</source>
        <translation>disgwylid arae, %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>expected an object, %1</source>
        <translation>disgwylid gwrthrych, %1</translation>
    </message>
    <message>
        <location filename="../core/interchange/InterchangeReader.cpp" line="-446" />
        <location filename="../core/interchange/JsonChecker.cpp" line="+21" />
        <source>expected one of %1, found "%2"</source>
        <translation>disgwylid un o %1, cafwyd "%2"</translation>
    </message>
    <message>
        <location filename="../core/interchange/JsonChecker.cpp" line="+26" />
        <source>expected a row id (decimal digits, from 1 to %1), found "%2"</source>
        <translation>disgwylid id rhes (digidau degol, o 1 i %1), cafwyd "%2"</translation>
    </message>
    <message>
        <location line="+6" />
        <source>"%1" is already the id of %2</source>
        <translation>mae "%1" eisoes yn id %2</translation>
    </message>
    <message>
        <location line="+27" />
        <source>expected %1 ids (one for each of %2), found %3</source>
        <translation>disgwylid %1 id (un ar gyfer pob un o %2), cafwyd %3</translation>
    </message>
    <message>
        <location line="+32" />
        <source>expected a time such as "2023-07-21T13:05:00.000Z", found "%1"</source>
        <translation>disgwylid amser fel "2023-07-21T13:05:00.000Z", cafwyd "%1"</translation>
    </message>
    <message>
        <location filename="../core/interchange/InterchangeReader.cpp" line="-81" />
        <source>expected "%1", %2</source>
        <translation>disgwylid "%1", %2</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+367" />
        <location line="+2" />
        <source>found "%1"</source>
        <translation>cafwyd "%1"</translation>
    </message>
    <message>
        <location line="-361" />
        <source>this file uses interchange version %1; this Roundtable reads version %2. Update Roundtable to load it.</source>
        <translation>mae'r ffeil hon yn defnyddio fersiwn cyfnewid %1; mae'r Roundtable hwn yn darllen fersiwn %2. Diweddarwch Roundtable i'w llwytho.</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+114" />
        <location line="+557" />
        <location filename="../core/interchange/JsonChecker.cpp" line="-6" />
        <source>must not be empty</source>
        <translation>ni chaiff fod yn wag</translation>
    </message>
    <message>
        <location line="-554" />
        <source>"%1" is already the key of prompts[%2]</source>
        <translation>mae "%1" eisoes yn allwedd prompts[%2]</translation>
    </message>
    <message>
        <location line="+82" />
        <source>expected a number between 0 and 1, %1</source>
        <translation>disgwylid rhif rhwng 0 ac 1, %1</translation>
    </message>
    <message>
        <location line="+20" />
        <source>required with %1 (or give "quadrant" instead)</source>
        <translation>yn ofynnol gyda %1 (neu rhowch "quadrant" yn lle hynny)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>expected one of possible, implement, challenge, kibosh, found "%1"</source>
        <translation>disgwylid un o possible, implement, challenge, kibosh, cafwyd "%1"</translation>
    </message>
    <message>
        <location line="+3" />
        <source>"%1" does not match impact %2 and effort %3, which are in %4</source>
        <translation>nid yw "%1" yn cyfateb i effaith %2 ac ymdrech %3, sydd yn %4</translation>
    </message>
    <message>
        <location line="+16" />
        <source>drivers nest deeper than %1 levels</source>
        <translation>mae'r sbardunau wedi'u nythu'n ddyfnach na %1 lefel</translation>
    </message>
    <message>
        <location line="+4" />
        <source>this aim's ideas</source>
        <translation>syniadau'r nod hwn</translation>
    </message>
    <message>
        <location line="+62" />
        <source>this place's aims</source>
        <translation>nodau'r lle hwn</translation>
    </message>
    <message>
        <location line="+4" />
        <source>that aim's ideas</source>
        <translation>syniadau'r nod hwnnw</translation>
    </message>
    <message>
        <location line="+30" />
        <source>expected a date as yyyy-MM-dd or null, %1</source>
        <translation>disgwylid dyddiad ar ffurf yyyy-MM-dd neu null, %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>expected an ISO 8601 date and time or null, %1</source>
        <translation>disgwylid dyddiad ac amser ISO 8601 neu null, %1</translation>
    </message>
    <message>
        <location line="+58" />
        <source>this device already voted in %1</source>
        <translation>mae'r ddyfais hon eisoes wedi pleidleisio yn %1</translation>
    </message>
    <message>
        <location line="+15" />
        <source>expected an array of option indexes, %1</source>
        <translation>disgwylid arae o fynegeion opsiynau, %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the poll has no options</source>
        <translation>nid oes gan y pôl unrhyw opsiynau</translation>
    </message>
    <message>
        <location line="+5" />
        <source>option %1 is given twice</source>
        <translation>mae opsiwn %1 wedi'i roi ddwywaith</translation>
    </message>
    <message>
        <location line="+24" />
        <source>only written answers can be hidden; shown in a %1 poll</source>
        <translation>dim ond atebion ysgrifenedig y gellir eu cuddio; mae hwn mewn pôl %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>not an answer to a %1 poll, ignored</source>
        <translation>nid yw'n ateb i bôl %1, wedi'i anwybyddu</translation>
    </message>
    <message>
        <location line="+13" />
        <source>a choice poll takes exactly one option, found %1</source>
        <translation>mae pôl dewis yn cymryd un opsiwn yn union, cafwyd %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>at most %1 options may be chosen, found %2</source>
        <translation>gellir dewis %1 opsiwn ar y mwyaf, cafwyd %2</translation>
    </message>
    <message>
        <location line="+60" />
        <source>expected a time such as "09:30" (or ""), found "%1"</source>
        <translation>disgwylid amser fel "09:30" (neu ""), cafwyd "%1"</translation>
    </message>
    <message>
        <location line="+53" />
        <source>unknown prompt "%1": the file defines no prompts</source>
        <translation>anogwr anhysbys "%1": nid yw'r ffeil yn diffinio unrhyw anogwyr</translation>
    </message>
    <message>
        <location line="+1" />
        <source>unknown prompt "%1" (prompts: %2)</source>
        <translation>anogwr anhysbys "%1" (anogwyr: %2)</translation>
    </message>
    <message>
        <location line="+48" />
        <location line="+36" />
        <source>expected %1 values (one per area and comparator), found %2</source>
        <translation>disgwylid %1 gwerth (un ar gyfer pob ardal a chymharydd), cafwyd %2</translation>
    </message>
    <message>
        <location filename="../core/interchange/InterchangeWriter.cpp" line="+46" />
        <location line="+5" />
        <source>could not write a %1: %2</source>
        <translation>nid oedd modd ysgrifennu %1: %2</translation>
    </message>
    <message>
        <location line="+26" />
        <source>could not write the event: %1</source>
        <translation>nid oedd modd ysgrifennu'r digwyddiad: %1</translation>
    </message>
    <message>
        <location line="+146" />
        <source>the session is open read-only</source>
        <translation>mae'r sesiwn ar agor i'w darllen yn unig</translation>
    </message>
    <message>
        <location filename="../core/interchange/JsonEscapes.cpp" line="+138" />
        <source>invalid string escape %1</source>
        <translation>dilyniant dianc annilys mewn llinyn %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>invalid string escape %1 (\u needs four hex digits)</source>
        <translation>dilyniant dianc annilys mewn llinyn %1 (mae angen pedwar digid hecs ar \u)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>invalid string escape %1 (a lone surrogate)</source>
        <translation>dilyniant dianc annilys mewn llinyn %1 (dirprwy Unicode unigol)</translation>
    </message>
    <message>
        <location filename="../core/interchange/InterchangeWriter.cpp" line="+7" />
        <source>the session already holds content; load into a new session file</source>
        <translation>mae cynnwys yn y sesiwn eisoes; llwythwch i ffeil sesiwn newydd</translation>
    </message>
    <message>
        <location filename="../core/interchange/InterchangeReader.cpp" line="+45" />
        <source>not valid JSON at line %1, column %2 (offset %3): %4</source>
        <translation>nid yw'n JSON dilys yn llinell %1, colofn %2 (gwrthbwyso %3): %4</translation>
    </message>
    <message>
        <location line="+9" />
        <source>expected a JSON object at the top level, found an array</source>
        <translation>disgwylid gwrthrych JSON ar y lefel uchaf, cafwyd arae</translation>
    </message>
</context>
<context>
    <name>MarkdownWriter</name>
    <message>
        <location filename="../core/slides/TextWriters.cpp" line="+106" />
        <source>Summary of the event</source>
        <translation>Crynodeb o'r digwyddiad</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Purpose</source>
        <translation>Diben</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Time</source>
        <translation>Amser</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Item</source>
        <translation>Eitem</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Topic-based table discussions</source>
        <translation>Trafodaethau bwrdd yn ôl pwnc</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Poll results</source>
        <translation>Canlyniadau'r polau</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Place-based action planning</source>
        <translation>Cynllunio gweithredu yn ôl lle</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The partners will work together within %1 to…</source>
        <translation>Bydd y partneriaid yn cydweithio yn %1 i…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cohort: %1</source>
        <translation>Carfan: %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>PICK chart, aim %1</source>
        <translation>Siart PICK, nod %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>POSSIBLE</source>
        <translation>POSIBL</translation>
    </message>
    <message>
        <location line="+1" />
        <source>IMPLEMENT</source>
        <translation>GWEITHREDU</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CHALLENGE</source>
        <translation>HER</translation>
    </message>
    <message>
        <location line="+1" />
        <source>KIBOSH</source>
        <translation>GOLLWNG</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Not yet placed</source>
        <translation>Heb ei osod eto</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Driver diagram, aim %1</source>
        <translation>Diagram sbardunau, nod %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Action plan</source>
        <translation>Cynllun gweithredu</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cohort</source>
        <translation>Carfan</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Idea</source>
        <translation>Syniad</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Who will do it?</source>
        <translation>Pwy fydd yn ei wneud?</translation>
    </message>
    <message>
        <location line="+0" />
        <source>By when?</source>
        <translation>Erbyn pryd?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Measure of success</source>
        <translation>Mesur llwyddiant</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Data pack</source>
        <translation>Pecyn data</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Domain</source>
        <translation>Parth</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Indicator</source>
        <translation>Dangosydd</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Next steps</source>
        <translation>Camau nesaf</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Feedback</source>
        <translation>Adborth</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <location filename="../core/interchange/Merge.cpp" line="+178" />
        <source>%1: event %2 is "%3"; kept "%4" from the first file</source>
        <translation>%1: mae digwyddiad %2 yn "%3"; cadwyd "%4" o'r ffeil gyntaf</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1: its agenda differs; kept the first file's</source>
        <translation>%1: mae ei agenda'n wahanol; cadwyd agenda'r ffeil gyntaf</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1: its data pack differs; kept the first one</source>
        <translation>%1: mae ei becyn data'n wahanol; cadwyd yr un cyntaf</translation>
    </message>
    <message>
        <location line="+92" />
        <source>%1 (source %2)</source>
        <translation>%1 (ffynhonnell %2)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 is already merged (a source of that name is recorded); nothing added</source>
        <translation>mae %1 eisoes wedi'i gyfuno (mae ffynhonnell o'r enw hwnnw wedi'i chofnodi); ni ychwanegwyd dim</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 holds the same content as %2; nothing added</source>
        <translation>mae %1 yn cynnwys yr un cynnwys â %2; ni ychwanegwyd dim</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: another input is also named %2; both kept</source>
        <translation>%1: mae mewnbwn arall hefyd o'r enw %2; cadwyd y ddau</translation>
    </message>
    <message>
        <location line="+18" />
        <source>table %1 "%2"</source>
        <translation>bwrdd %1 "%2"</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: %2 is also in %3; kept the first, skipped this one</source>
        <translation>%1: mae %2 hefyd yn %3; cadwyd y cyntaf, hepgorwyd yr un hwn</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: %2 is also in %3; its notes were added to the first</source>
        <translation>%1: mae %2 hefyd yn %3; ychwanegwyd ei nodiadau at y cyntaf</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+87" />
        <source>%1: %2 is also in %3; both kept</source>
        <translation>%1: mae %2 hefyd yn %3; cadwyd y ddau</translation>
    </message>
    <message>
        <location line="-59" />
        <source>%1: place "%2" is also in %3; kept the first, skipped this one</source>
        <translation>%1: mae'r lle "%2" hefyd yn %3; cadwyd y cyntaf, hepgorwyd yr un hwn</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1: place "%2" is also in %3; its aims and actions were added to the first</source>
        <translation>%1: mae'r lle "%2" hefyd yn %3; ychwanegwyd ei nodau a'i gamau gweithredu at y cyntaf</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1: place "%2" is also in %3; both kept</source>
        <translation>%1: mae'r lle "%2" hefyd yn %3; cadwyd y ddau</translation>
    </message>
    <message>
        <location line="+34" />
        <source>poll "%1"</source>
        <translation>pôl "%1"</translation>
    </message>
    <message numerus="yes">
        <location line="+10" />
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
        <location line="+4" />
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
        <location line="+137" />
        <source>Nothing to merge: name at least one session file.</source>
        <translation>Dim byd i'w gyfuno: enwch o leiaf un ffeil sesiwn.</translation>
    </message>
    <message>
        <location line="+57" />
        <location line="+73" />
        <location line="+24" />
        <source>%1 could not be written: %2.</source>
        <translation>Nid oedd modd ysgrifennu %1: %2.</translation>
    </message>
    <message>
        <location line="+34" />
        <source>%1: already in the merge; nothing added</source>
        <translation>%1: eisoes yn y cyfuno; ni ychwanegwyd dim</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
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
        <location line="+1" />
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
        <location line="+1" />
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
        <location line="+1" />
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
        <location line="+1" />
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
        <location line="+1" />
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
        <location line="+1" />
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
        <location line="+1" />
        <source>+%n progress update(s)</source>
        <translation>
            <numerusform>+%n diweddariad cynnydd</numerusform>
            <numerusform>+%n diweddariad cynnydd</numerusform>
            <numerusform>+%n diweddariad cynnydd</numerusform>
            <numerusform>+%n diweddariad cynnydd</numerusform>
            <numerusform>+%n diweddariad cynnydd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>+%n later figure(s)</source>
        <translation>
            <numerusform>+%n ffigur diweddarach</numerusform>
            <numerusform>+%n ffigur diweddarach</numerusform>
            <numerusform>+%n ffigur diweddarach</numerusform>
            <numerusform>+%n ffigur diweddarach</numerusform>
            <numerusform>+%n ffigur diweddarach</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
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
        <location line="+1" />
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
        <location line="+6" />
        <source>nothing new</source>
        <translation>dim byd newydd</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
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
        <location line="+2" />
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
        <location line="+1" />
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
        <location line="+1" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 (another session: matched by names)</source>
        <translation>%1 (sesiwn arall: wedi'i chyfateb yn ôl enwau)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>conflict: %1</source>
        <translation>gwrthdaro: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>left out: %1</source>
        <translation>hepgorwyd: %1</translation>
    </message>
    <message>
        <location line="-205" />
        <source>The merge was cancelled; %1 was not written.</source>
        <translation>Cafodd y cyfuno ei ganslo; ni chafodd %1 ei ysgrifennu.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Checking %1</source>
        <translation>Wrthi'n gwirio %1</translation>
    </message>
    <message numerus="yes">
        <location line="+58" />
        <source>Merging %n cop(ies) of the session</source>
        <translation>
            <numerusform>Wrthi'n cyfuno %n copi o'r sesiwn</numerusform>
            <numerusform>Wrthi'n cyfuno %n copi o'r sesiwn</numerusform>
            <numerusform>Wrthi'n cyfuno %n copi o'r sesiwn</numerusform>
            <numerusform>Wrthi'n cyfuno %n copi o'r sesiwn</numerusform>
            <numerusform>Wrthi'n cyfuno %n copi o'r sesiwn</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 could not be written while merging: %2</source>
        <translation>Nid oedd modd ysgrifennu %1 wrth gyfuno: %2</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the copies of this session</source>
        <translation>copïau'r sesiwn hon</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Merging %1</source>
        <translation>Wrthi'n cyfuno %1</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1 could not be written while merging %2: %3</source>
        <translation>Nid oedd modd ysgrifennu %1 wrth gyfuno %2: %3</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Saving %1</source>
        <translation>Wrthi'n cadw %1</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Done</source>
        <translation>Wedi gorffen</translation>
    </message>
    <message>
        <location filename="../core/interchange/IdentityMerge.cpp" line="+173" />
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <location line="+6" />
        <source>yes</source>
        <translation>ie</translation>
    </message>
    <message>
        <location line="+0" />
        <source>no</source>
        <translation>na</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the event</source>
        <translation>y digwyddiad</translation>
    </message>
    <message>
        <location line="+2" />
        <source>table %1 “%2”</source>
        <translation>bwrdd %1 “%2”</translation>
    </message>
    <message>
        <location line="+2" />
        <source>place “%1”</source>
        <translation>lle “%1”</translation>
    </message>
    <message>
        <location line="+2" />
        <source>poll “%1”</source>
        <translation>pôl “%1”</translation>
    </message>
    <message>
        <location line="+2" />
        <source>aim “%1”</source>
        <translation>nod “%1”</translation>
    </message>
    <message>
        <location line="+2" />
        <source>action “%1”</source>
        <translation>cam gweithredu “%1”</translation>
    </message>
    <message>
        <location line="+2" />
        <source>agenda item “%1”</source>
        <translation>eitem agenda “%1”</translation>
    </message>
    <message>
        <location line="+2" />
        <source>indicator “%1”</source>
        <translation>dangosydd “%1”</translation>
    </message>
    <message>
        <location line="+2" />
        <source>indicator reading “%1”</source>
        <translation>darlleniad dangosydd “%1”</translation>
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
        <translation>dilëwyd %1 (%2) ond cafodd ei newid yn ddiweddarach (%3); mae'r dilead yn sefyll</translation>
    </message>
    <message>
        <location line="+89" />
        <source>%1, %2: kept %3 (%4); the other value %5 (%6) is listed</source>
        <translation>%1, %2: cadwyd %3 (%4); rhestrir y gwerth arall %5 (%6)</translation>
    </message>
    <message numerus="yes">
        <location line="+99" />
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
        <location filename="../core/interchange/MergeCheck.cpp" line="+36" />
        <source>Nothing to merge: choose at least one session file.</source>
        <translation>Dim byd i'w gyfuno: dewiswch o leiaf un ffeil sesiwn.</translation>
    </message>
    <message>
        <location line="+51" />
        <source>table %1 "%2"</source>
        <translation>bwrdd %1 "%2"</translation>
    </message>
    <message>
        <location line="+3" />
        <source>place "%1"</source>
        <translation>lle "%1"</translation>
    </message>
    <message>
        <location line="+8" />
        <source>poll "%1"</source>
        <translation>pôl "%1"</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <location filename="../core/session/OutputFile.cpp" line="+146" />
        <source>%1 could not be written: the folder %2 does not exist.</source>
        <translation>Nid oedd modd ysgrifennu %1: nid yw'r ffolder %2 yn bodoli.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>%1 already exists; choose another name.</source>
        <translation>Mae %1 yn bodoli eisoes; dewiswch enw arall.</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+27" />
        <location line="+11" />
        <source>the disk is full</source>
        <translation>mae'r ddisg yn llawn</translation>
    </message>
    <message>
        <location line="-36" />
        <source>the file is too large for this disk</source>
        <translation>mae'r ffeil yn rhy fawr i'r ddisg hon</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+29" />
        <location line="+2" />
        <source>permission denied</source>
        <translation>gwrthodwyd caniatâd</translation>
    </message>
    <message>
        <location line="-29" />
        <location line="+25" />
        <source>the disk is read-only</source>
        <translation>mae'r ddisg yn ddarllen yn unig</translation>
    </message>
    <message>
        <location line="-22" />
        <location line="+19" />
        <source>the folder %1 does not exist</source>
        <translation>nid yw'r ffolder %1 yn bodoli</translation>
    </message>
    <message>
        <location line="-17" />
        <source>it is a folder</source>
        <translation>mae'n ffolder</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the name is too long</source>
        <translation>mae'r enw'n rhy hir</translation>
    </message>
    <message>
        <location line="+2" />
        <source>it already exists</source>
        <translation>mae'n bodoli eisoes</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the disk reported an input/output error</source>
        <translation>adroddodd y ddisg wall mewnbwn/allbwn</translation>
    </message>
    <message>
        <location line="+25" />
        <source>the system gave no reason</source>
        <translation>ni roddodd y system reswm</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 could not be written: %2.</source>
        <translation>Nid oedd modd ysgrifennu %1: %2.</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+87" />
        <source>No output file was named.</source>
        <translation>Ni enwyd unrhyw ffeil allbwn.</translation>
    </message>
    <message>
        <location line="-74" />
        <source>%1 is a link that leads back to itself; choose another name.</source>
        <translation>Mae %1 yn ddolen sy'n arwain yn ôl ati'i hun; dewiswch enw arall.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is a link to a file that does not exist; choose another name.</source>
        <translation>Mae %1 yn ddolen i ffeil nad yw'n bodoli; dewiswch enw arall.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 is a folder; choose a file name.</source>
        <translation>Mae %1 yn ffolder; dewiswch enw ffeil.</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+48" />
        <source>%1 is not a regular file (it is a device, pipe or socket); choose another name.</source>
        <translation>Nid yw %1 yn ffeil arferol (mae'n ddyfais, pibell neu soced); dewiswch enw arall.</translation>
    </message>
    <message>
        <location line="-39" />
        <source>%1 is the file being read; an output never replaces its input. Choose another name.</source>
        <translation>%1 yw'r ffeil sy'n cael ei darllen; nid yw allbwn byth yn disodli ei fewnbwn. Dewiswch enw arall.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is the same file as %2, which is being read; an output never replaces its input. Choose another name.</source>
        <translation>%1 yw'r un ffeil â %2, sy'n cael ei darllen; nid yw allbwn byth yn disodli ei fewnbwn. Dewiswch enw arall.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 is a session open in Roundtable; choose another name.</source>
        <translation>Mae %1 yn sesiwn sydd ar agor yn Roundtable; dewiswch enw arall.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 is a database in use (%2 is beside it); choose another name.</source>
        <translation>Mae %1 yn gronfa ddata sy'n cael ei defnyddio (mae %2 wrth ei hochr); dewiswch enw arall.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 is a Roundtable session file; an export or copy never replaces a session. Choose another name.</source>
        <translation>Mae %1 yn ffeil sesiwn Roundtable; nid yw allforio na chopi byth yn disodli sesiwn. Dewiswch enw arall.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is an SQLite database; Roundtable never writes over one. Choose another name.</source>
        <translation>Mae %1 yn gronfa ddata SQLite; nid yw Roundtable byth yn ysgrifennu dros un. Dewiswch enw arall.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 cannot be read, so it cannot be checked before it is replaced; choose another name.</source>
        <translation>Nid oes modd darllen %1, felly nid oes modd ei wirio cyn ei ddisodli; dewiswch enw arall.</translation>
    </message>
    <message>
        <location line="+68" />
        <source>%1 could not be created: %2.</source>
        <translation>Nid oedd modd creu %1: %2.</translation>
    </message>
</context>
<context>
    <name>PdfWriter</name>
    <message>
        <location filename="../core/slides/PdfWriter.cpp" line="+30" />
        <source>Cannot start a PDF in %1</source>
        <translation>Nid oes modd dechrau PDF yn %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Export cancelled.</source>
        <translation>Canslwyd yr allforio.</translation>
    </message>
</context>
<context>
    <name>PickChart</name>
    <message>
        <location filename="../app/places/PickNoteItem.cpp" line="+31" />
        <source>POSSIBLE</source>
        <translation>POSIBL</translation>
    </message>
    <message>
        <location line="+2" />
        <source>IMPLEMENT</source>
        <translation>GWEITHREDU</translation>
    </message>
    <message>
        <location line="+2" />
        <source>CHALLENGE</source>
        <translation>HER</translation>
    </message>
    <message>
        <location line="+2" />
        <source>KIBOSH</source>
        <translation>GOLLWNG</translation>
    </message>
    <message>
        <location line="+135" />
        <source>%1 — unsorted, not on the chart yet</source>
        <translation>%1 — heb ei drefnu, nid yw ar y siart eto</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 — %2, impact %3, effort %4</source>
        <translation>%1 — %2, effaith %3, ymdrech %4</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Unsorted — drag onto the chart to place it
%1</source>
        <translation>Heb ei drefnu — llusgwch ef i'r siart i'w osod
%1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 · impact %2 · effort %3
%4</source>
        <translation>%1 · effaith %2 · ymdrech %3
%4</translation>
    </message>
</context>
<context>
    <name>Places</name>
    <message>
        <location filename="../app/places/PlaceText.cpp" line="+14" />
        <source>The partners … will work together within %1 to …</source>
        <translation>Bydd y partneriaid … yn cydweithio yn %1 i …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(unnamed place)</source>
        <translation>(lle heb enw)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Cohort: %1</source>
        <translation>Carfan: %1</translation>
    </message>
</context>
<context>
    <name>PptxWriter</name>
    <message>
        <location filename="../core/slides/PptxWriter.cpp" line="+942" />
        <location line="+241" />
        <source>Export cancelled.</source>
        <translation>Canslwyd yr allforio.</translation>
    </message>
    <message>
        <location line="-29" />
        <source>Cannot write %1: the slide text could not be encoded as XML</source>
        <translation>Nid oes modd ysgrifennu %1: nid oedd modd amgodio testun y sleid fel XML</translation>
    </message>
</context>
<context>
    <name>ProgressBuilder</name>
    <message>
        <location filename="../core/slides/ProgressPack.cpp" line="+48" />
        <source>On track</source>
        <translation>Ar y trywydd iawn</translation>
    </message>
    <message>
        <location line="+2" />
        <source>At risk</source>
        <translation>Mewn perygl</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Off track</source>
        <translation>Oddi ar y trywydd</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Done</source>
        <translation>Wedi gorffen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Stopped</source>
        <translation>Wedi'i atal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not started</source>
        <translation>Heb ddechrau</translation>
    </message>
    <message>
        <location line="+90" />
        <source>--place: the session has no places</source>
        <translation>--place: nid oes lleoedd yn y sesiwn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>--place: there is no place "%1" (places: %2)</source>
        <translation>--place: nid oes lle "%1" (lleoedd: %2)</translation>
    </message>
    <message>
        <location line="+38" />
        <location line="+195" />
        <source>Progress update</source>
        <translation>Diweddariad cynnydd</translation>
    </message>
    <message>
        <location line="-194" />
        <location line="+3" />
        <location line="+192" />
        <source>%1: progress update</source>
        <translation>%1: diweddariad cynnydd</translation>
    </message>
    <message>
        <location line="-181" />
        <location line="+183" />
        <source>Following up: %1</source>
        <translation>Gwaith dilynol: %1</translation>
    </message>
    <message>
        <location line="-181" />
        <location line="+182" />
        <source>As of %1</source>
        <translation>Yn gywir ar %1</translation>
    </message>
    <message>
        <location line="-178" />
        <location line="+181" />
        <source>Changes since %1</source>
        <translation>Newidiadau ers %1</translation>
    </message>
    <message>
        <location line="-171" />
        <source>Progress on the actions agreed</source>
        <translation>Cynnydd ar y camau gweithredu a gytunwyd</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+173" />
        <source>The partners will work together within %1 to %2</source>
        <translation>Bydd y partneriaid yn cydweithio yn %1 i %2</translation>
    </message>
    <message>
        <location line="-167" />
        <location line="+172" />
        <source>What the place prioritised</source>
        <translation>Yr hyn a flaenoriaethodd y lle</translation>
    </message>
    <message>
        <location line="-167" />
        <source>%1: what we agreed</source>
        <translation>%1: yr hyn a gytunwyd gennym</translation>
    </message>
    <message numerus="yes">
        <location line="+19" />
        <source>%n action(s) in the plan</source>
        <translation>
            <numerusform>%n cam gweithredu yn y cynllun</numerusform>
            <numerusform>%n cam gweithredu yn y cynllun</numerusform>
            <numerusform>%n cam gweithredu yn y cynllun</numerusform>
            <numerusform>%n cam gweithredu yn y cynllun</numerusform>
            <numerusform>%n cam gweithredu yn y cynllun</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n progress update(s)</source>
        <translation>
            <numerusform>%n diweddariad cynnydd</numerusform>
            <numerusform>%n diweddariad cynnydd</numerusform>
            <numerusform>%n diweddariad cynnydd</numerusform>
            <numerusform>%n diweddariad cynnydd</numerusform>
            <numerusform>%n diweddariad cynnydd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>on %n action(s)</source>
        <translation>
            <numerusform>ar %n cam gweithredu</numerusform>
            <numerusform>ar %n cam gweithredu</numerusform>
            <numerusform>ar %n cam gweithredu</numerusform>
            <numerusform>ar %n cam gweithredu</numerusform>
            <numerusform>ar %n cam gweithredu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>%n overdue</source>
        <translation>
            <numerusform>%n yn hwyr</numerusform>
            <numerusform>%n yn hwyr</numerusform>
            <numerusform>%n yn hwyr</numerusform>
            <numerusform>%n yn hwyr</numerusform>
            <numerusform>%n yn hwyr</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: since %2</source>
        <translation>%1: ers %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: what changed</source>
        <translation>%1: beth sydd wedi newid</translation>
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
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <location line="-128" />
        <location line="+128" />
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <location line="-128" />
        <location line="+128" />
        <source>Due</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <location line="-128" />
        <location line="+128" />
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location line="-128" />
        <location line="+128" />
        <source>Latest update</source>
        <translation>Diweddariad diweddaraf</translation>
    </message>
    <message>
        <location line="-113" />
        <location line="+119" />
        <source>%1 (overdue)</source>
        <translation>%1 (yn hwyr)</translation>
    </message>
    <message>
        <location line="-97" />
        <location line="+114" />
        <source>Action %1, %2</source>
        <translation>Cam gweithredu %1, %2</translation>
    </message>
    <message>
        <location line="-106" />
        <source>%1: actions</source>
        <translation>%1: camau gweithredu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status, owner, due date and the latest update of each action</source>
        <translation>Statws, perchennog, dyddiad dyledus a diweddariad diweddaraf pob cam gweithredu</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: earlier updates</source>
        <translation>%1: diweddariadau cynharach</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+106" />
        <source>Indicator</source>
        <translation>Dangosydd</translation>
    </message>
    <message>
        <location line="-78" />
        <source>At the event (no later period yet)</source>
        <translation>Yn y digwyddiad (dim cyfnod diweddarach eto)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>At the event → %1 (green: better, red: worse)</source>
        <translation>Yn y digwyddiad → %1 (gwyrdd: gwell, coch: gwaeth)</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+76" />
        <source>Indicators then and now</source>
        <translation>Dangosyddion bryd hynny a nawr</translation>
    </message>
    <message>
        <location line="-47" />
        <source>What we agreed</source>
        <translation>Yr hyn a gytunwyd gennym</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Actions</source>
        <translation>Camau gweithredu</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Earlier updates</source>
        <translation>Diweddariadau cynharach</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../app/shell/QtStrings.cpp" line="+44" />
        <source>Look in:</source>
        <translation>Edrych yn:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>File &amp;name:</source>
        <translation>&amp;Enw'r ffeil:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Files of type:</source>
        <translation>Ffeiliau o'r math:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Open</source>
        <translation>&amp;Agor</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Parent Directory</source>
        <translation>Cyfeiriadur rhiant</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Create New Folder</source>
        <translation>Creu ffolder newydd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>List View</source>
        <translation>Golwg rhestr</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Detail View</source>
        <translation>Golwg manylion</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Recent Places</source>
        <translation>Lleoliadau diweddar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All Files (*)</source>
        <translation>Pob ffeil (*)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>Mae %1 yn bodoli eisoes.
Ydych chi am ei disodli?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location line="+1" />
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Size</source>
        <translation>Maint</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date Modified</source>
        <translation>Dyddiad addasu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type</source>
        <translation>Math</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <location filename="../app/shell/LayoutDirection.cpp" line="+8" />
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../app/shell/QtStrings.cpp" line="-23" />
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cu&amp;t</source>
        <translation>Tor&amp;ri</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select All</source>
        <translation>Dewis y cyfan</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="-16" />
        <source>Show Details...</source>
        <translation>Dangos manylion...</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hide Details...</source>
        <translation>Cuddio manylion...</translation>
    </message>
    <message>
        <location line="+1" />
        <source>About Qt</source>
        <translation>Ynghylch Qt</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-20" />
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save All</source>
        <translation>Cadw'r cyfan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Yes</source>
        <translation>&amp;Ie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Yes to &amp;All</source>
        <translation>Ie i'r &amp;cyfan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;No</source>
        <translation>&amp;Na</translation>
    </message>
    <message>
        <location line="+1" />
        <source>N&amp;o to All</source>
        <translation>N&amp;a i'r cyfan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Abort</source>
        <translation>Terfynu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retry</source>
        <translation>Ailgynnig</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ignore</source>
        <translation>Anwybyddu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Discard</source>
        <translation>Gwaredu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Help</source>
        <translation>Cymorth</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Apply</source>
        <translation>Rhoi ar waith</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reset</source>
        <translation>Ailosod</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Restore Defaults</source>
        <translation>Adfer y rhagosodiadau</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location line="+35" />
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="-31" />
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cu&amp;t</source>
        <translation>Tor&amp;ri</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select All</source>
        <translation>Dewis y cyfan</translation>
    </message>
</context>
<context>
    <name>RowCommands</name>
    <message>
        <location filename="../core/commands/RowCommands.cpp" line="+22" />
        <source>Add %1</source>
        <translation>Ychwanegu %1</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Edit %1</source>
        <translation>Golygu %1</translation>
    </message>
    <message>
        <location line="+51" />
        <source>Delete %1</source>
        <translation>Dileu %1</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Move %1</source>
        <translation>Symud %1</translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <location filename="../app/shell/SessionActions.cpp" line="+84" />
        <source>Cannot open session</source>
        <translation>Nid oes modd agor y sesiwn</translation>
    </message>
    <message>
        <location line="+6" />
        <source>You can open it read-only to look at it and copy it; changes will not be possible.</source>
        <translation>Gallwch ei hagor i'w darllen yn unig er mwyn edrych arni a'i chopïo; ni fydd modd gwneud newidiadau.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The file has not been changed.</source>
        <translation>Nid yw'r ffeil wedi cael ei newid.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1
The file has not been changed.</source>
        <translation>%1
Nid yw'r ffeil wedi cael ei newid.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Open Recent</source>
        <translation>Agor Diweddar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 no longer exists; it has been removed from the recent sessions.</source>
        <translation>Nid yw %1 yn bodoli mwyach; mae wedi'i dynnu o'r sesiynau diweddar.</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+6" />
        <location line="+7" />
        <source>New Session</source>
        <translation>Sesiwn Newydd</translation>
    </message>
    <message>
        <location line="-12" />
        <source>%1 is the session that is open; choose another name.</source>
        <translation>%1 yw'r sesiwn sydd ar agor; dewiswch enw arall.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 already exists; a new session never replaces a file. Choose another name.</source>
        <translation>Mae %1 yn bodoli eisoes; nid yw sesiwn newydd byth yn disodli ffeil. Dewiswch enw arall.</translation>
    </message>
    <message>
        <location line="+18" />
        <location line="+7" />
        <source>Save a Copy</source>
        <translation>Cadw Copi</translation>
    </message>
    <message>
        <location line="-6" />
        <source>%1 is the session itself; choose another name for the copy.</source>
        <translation>%1 yw'r sesiwn ei hun; dewiswch enw arall ar gyfer y copi.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Changes Not Saved</source>
        <translation>Newidiadau Heb eu Cadw</translation>
    </message>
    <message>
        <location line="+2" />
        <source>If you close now, the change that could not be saved is lost; everything saved before it stays in the file. To keep it, free some space and send it again, then close.</source>
        <translation>Os byddwch yn cau nawr, bydd y newid nad oedd modd ei gadw yn cael ei golli; mae popeth a gadwyd cyn hynny yn aros yn y ffeil. I'w gadw, rhyddhewch ychydig o le a'i anfon eto, yna caewch.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Session Closed</source>
        <translation>Sesiwn Wedi'i Chau</translation>
    </message>
</context>
<context>
    <name>SessionBuilder</name>
    <message>
        <location filename="../core/interchange/SessionBuilder.cpp" line="+32" />
        <source>%1 could not be created: %2.</source>
        <translation>Nid oedd modd creu %1: %2.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>%1 could not be written: %2</source>
        <translation>Nid oedd modd ysgrifennu %1: %2</translation>
    </message>
</context>
<context>
    <name>SessionFile</name>
    <message>
        <location filename="../core/session/SessionFile.cpp" line="+182" />
        <source>%1 does not exist.</source>
        <translation>Nid yw %1 yn bodoli.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 cannot hold a Roundtable session: %2.</source>
        <translation>Ni all %1 gynnwys sesiwn Roundtable: %2.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 cannot be read: permission denied.</source>
        <translation>Nid oes modd darllen %1: gwrthodwyd caniatâd.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is empty (0 bytes), so it holds no Roundtable session.</source>
        <translation>Mae %1 yn wag (0 beit), felly nid yw'n cynnwys sesiwn Roundtable.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is not a Roundtable session file: it is not an SQLite database.</source>
        <translation>Nid yw %1 yn ffeil sesiwn Roundtable: nid yw'n gronfa ddata SQLite.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is truncated: %2.</source>
        <translation>Mae %1 wedi'i dorri'n fyr: %2.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is damaged and cannot be opened safely: %2.</source>
        <translation>Mae %1 wedi'i ddifrodi ac nid oes modd ei agor yn ddiogel: %2.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is another application's SQLite database, not a Roundtable session.</source>
        <translation>Mae %1 yn gronfa ddata SQLite sy'n perthyn i raglen arall, nid sesiwn Roundtable.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 was made by a newer Roundtable (schema version %2; this version reads up to %3). Update Roundtable to open it.</source>
        <translation>Cafodd %1 ei greu gan fersiwn mwy newydd o Roundtable (fersiwn sgema %2; mae'r fersiwn hon yn darllen hyd at %3). Diweddarwch Roundtable i'w agor.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 is being edited by another Roundtable (%2); it can be opened read-only.</source>
        <translation>Mae %1 yn cael ei olygu gan Roundtable arall (%2); gellir ei agor i'w ddarllen yn unig.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 cannot be written (read-only file or folder); it can be opened read-only.</source>
        <translation>Nid oes modd ysgrifennu %1 (ffeil neu ffolder darllen yn unig); gellir ei agor i'w ddarllen yn unig.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 already exists; choose another name.</source>
        <translation>Mae %1 yn bodoli eisoes; dewiswch enw arall.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 could not be used: %2.</source>
        <translation>Nid oedd modd defnyddio %1: %2.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>it is a link that leads back to itself</source>
        <translation>mae'n ddolen sy'n arwain yn ôl ati'i hun</translation>
    </message>
    <message>
        <location line="+5" />
        <source>it is a link to %1, which does not exist</source>
        <translation>mae'n ddolen i %1, nad yw'n bodoli</translation>
    </message>
    <message>
        <location line="+7" />
        <source>it is a folder</source>
        <translation>mae'n ffolder</translation>
    </message>
    <message>
        <location line="+2" />
        <source>it is a device, pipe or socket, not a file</source>
        <translation>mae'n ddyfais, pibell neu soced, nid ffeil</translation>
    </message>
    <message numerus="yes">
        <location line="+12" />
        <location line="+5" />
        <source>only %n byte(s) of its header remain</source>
        <translation>
            <numerusform>dim ond %n beit o'i bennyn sydd ar ôl</numerusform>
            <numerusform>dim ond %n beit o'i bennyn sydd ar ôl</numerusform>
            <numerusform>dim ond %n beit o'i bennyn sydd ar ôl</numerusform>
            <numerusform>dim ond %n beit o'i bennyn sydd ar ôl</numerusform>
            <numerusform>dim ond %n beit o'i bennyn sydd ar ôl</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>its header names an unknown file format version</source>
        <translation>mae ei bennyn yn enwi fersiwn fformat ffeil anhysbys</translation>
    </message>
    <message>
        <location line="+7" />
        <source>its header has no schema version</source>
        <translation>nid oes fersiwn sgema yn ei bennyn</translation>
    </message>
    <message>
        <location line="+7" />
        <source>its header gives an impossible page size</source>
        <translation>mae ei bennyn yn rhoi maint tudalen amhosibl</translation>
    </message>
    <message>
        <location line="+8" />
        <source>it holds %1 of the %2 bytes its header promises</source>
        <translation>mae'n cynnwys %1 o'r %2 beit y mae ei bennyn yn eu haddo</translation>
    </message>
    <message>
        <location line="+3" />
        <source>it ends part-way through a page</source>
        <translation>mae'n dod i ben hanner ffordd drwy dudalen</translation>
    </message>
    <message>
        <location line="+41" />
        <source>it cannot be read</source>
        <translation>nid oes modd ei ddarllen</translation>
    </message>
    <message>
        <location line="+29" />
        <source>its lock file cannot be made (%1)</source>
        <translation>nid oes modd creu ei ffeil glo (%1)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>process %1 on %2</source>
        <translation>proses %1 ar %2</translation>
    </message>
    <message>
        <location line="+0" />
        <source>unknown owner</source>
        <translation>perchennog anhysbys</translation>
    </message>
    <message>
        <location line="+40" />
        <source>could not make a private copy to check (%1)</source>
        <translation>nid oedd modd gwneud copi preifat i'w wirio (%1)</translation>
    </message>
    <message>
        <location line="+44" />
        <source>could not make a local working copy (%1)</source>
        <translation>nid oedd modd gwneud copi gweithio lleol (%1)</translation>
    </message>
    <message>
        <location line="-12" />
        <source>could not write the backup %1 before upgrading</source>
        <translation>nid oedd modd ysgrifennu'r copi wrth gefn %1 cyn uwchraddio</translation>
    </message>
    <message>
        <location line="+61" />
        <source>upgrading to schema version %1 failed: %2</source>
        <translation>methwyd ag uwchraddio i fersiwn sgema %1: %2</translation>
    </message>
    <message>
        <location line="+45" />
        <source>the folder %1 does not exist</source>
        <translation>nid yw'r ffolder %1 yn bodoli</translation>
    </message>
    <message>
        <location line="+44" />
        <source>its latest changes could not be folded into it (%1); they are safe in %2 beside it. Keep the two files together and open it again once there is space</source>
        <translation>nid oedd modd ymgorffori ei newidiadau diweddaraf ynddo (%1); maen nhw'n ddiogel yn %2 wrth ei ochr. Cadwch y ddwy ffeil gyda'i gilydd, ac agorwch ef eto pan fydd digon o le</translation>
    </message>
    <message>
        <location line="+14" />
        <source>the disk is full</source>
        <translation>mae'r ddisg yn llawn</translation>
    </message>
    <message>
        <location line="+4" />
        <source>could not write the edits back (%1); they are kept in %2</source>
        <translation>nid oedd modd ysgrifennu'r golygiadau yn ôl (%1); maen nhw wedi'u cadw yn %2</translation>
    </message>
    <message>
        <location line="+28" />
        <source>%1 is the open session itself; choose another name for the copy.</source>
        <translation>%1 yw'r sesiwn agored ei hun; dewiswch enw arall ar gyfer y copi.</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <location filename="../core/interchange/Templates.cpp" line="+63" />
        <source>an empty event with the three default prompts</source>
        <translation>digwyddiad gwag gyda'r tri anogwr rhagosodedig</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the health and employment seminar: agenda, 8 topic tables, 4 places, feedback polls, data pack</source>
        <translation>y seminar iechyd a chyflogaeth: agenda, 8 bwrdd pwnc, 4 lle, polau adborth, pecyn data</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a filled-in example day: notes from every table, PICK charts, driver diagram, action plans, votes; it keeps the date of the event it records</source>
        <translation>diwrnod enghreifftiol wedi'i lenwi: nodiadau o bob bwrdd, siartiau PICK, diagram sbardunau, cynlluniau gweithredu, pleidleisiau; mae'n cadw dyddiad y digwyddiad y mae'n ei gofnodi</translation>
    </message>
    <message>
        <location line="+30" />
        <location line="+25" />
        <source>Blank session</source>
        <translation>Sesiwn wag</translation>
    </message>
    <message numerus="yes">
        <location line="-12" />
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
        <location line="+1" />
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
        <location line="+1" />
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
        <location line="+10" />
        <source>An empty session</source>
        <translation>Sesiwn heb ddim ynddi</translation>
    </message>
    <message>
        <location line="+21" />
        <source>%1 already exists</source>
        <translation>Mae %1 yn bodoli eisoes</translation>
    </message>
    <message>
        <location line="+4" />
        <source>template %1</source>
        <translation>templed %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/cli/Cli.cpp" line="+92" />
        <source>Run a facilitated seminar and publish its verbatim summary pack.</source>
        <translation>Rhedeg seminar wedi'i hwyluso a chyhoeddi ei becyn crynodeb air am air.</translation>
    </message>
</context>
<context>
    <name>rt::ActionLogModel</name>
    <message>
        <location filename="../core/models/ActionLogModel.cpp" line="+90" />
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location line="+2" />
        <source>What they said</source>
        <translation>Beth ddywedon nhw</translation>
    </message>
</context>
<context>
    <name>rt::ActionPlanWidget</name>
    <message>
        <location filename="../app/places/ActionPlanWidget.cpp" line="+37" />
        <source>Add action</source>
        <translation>Ychwanegu cam gweithredu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Up</source>
        <translation>I fyny</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Down</source>
        <translation>I lawr</translation>
    </message>
    <message>
        <location line="+1" />
        <source>List order</source>
        <translation>Trefn y rhestr</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cohort</source>
        <translation>Carfan</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Idea</source>
        <translation>Syniad</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Who will do it?</source>
        <translation>Pwy fydd yn ei wneud?</translation>
    </message>
    <message>
        <location line="+0" />
        <source>By when?</source>
        <translation>Erbyn pryd?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Measure of success</source>
        <translation>Mesur llwyddiant</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Action plan</source>
        <translation>Cynllun gweithredu</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cohort shown</source>
        <translation>Carfan a ddangosir</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Undo the sorting: show the rows in the plan's own order</source>
        <translation>Dadwneud y trefnu: dangos y rhesi yn nhrefn y cynllun ei hun</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Move action up</source>
        <translation>Symud cam gweithredu i fyny</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move action down</source>
        <translation>Symud cam gweithredu i lawr</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cohort:</source>
        <translation>Carfan:</translation>
    </message>
    <message>
        <location line="+89" />
        <source>&lt;b&gt;Action plan — %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cynllun gweithredu — %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;i&gt;Choose a place to see its action plan.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Dewiswch le i weld ei gynllun gweithredu.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+24" />
        <source>All cohorts</source>
        <translation>Pob carfan</translation>
    </message>
    <message>
        <location line="-121" />
        <source>Delete action</source>
        <translation>Dileu cam gweithredu</translation>
    </message>
</context>
<context>
    <name>rt::ActionStatus</name>
    <message>
        <location filename="../core/domain/ActionStatus.cpp" line="+17" />
        <source>Not started</source>
        <translation>Heb ddechrau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>On track</source>
        <translation>Ar y trywydd iawn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>At risk</source>
        <translation>Mewn perygl</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Off track</source>
        <translation>Oddi ar y trywydd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Done</source>
        <translation>Wedi gorffen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stopped</source>
        <translation>Wedi'i atal</translation>
    </message>
</context>
<context>
    <name>rt::ActionTracker</name>
    <message>
        <location filename="../app/places/ActionTracker.cpp" line="+41" />
        <source>Add &amp;Update…</source>
        <translation>Ychwanegu &amp;Diweddariad…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Review with the Board…</source>
        <translation>&amp;Adolygu gyda'r Bwrdd…</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Actions to follow up</source>
        <translation>Camau gweithredu i'w dilyn i fyny</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Progress log</source>
        <translation>Cofnod cynnydd</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Place shown</source>
        <translation>Lle a ddangosir</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cohort shown</source>
        <translation>Carfan a ddangosir</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status shown</source>
        <translation>Statws a ddangosir</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Owner shown</source>
        <translation>Perchennog a ddangosir</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Walk the place's actions one by one at projector size (Ctrl+Shift+R)</source>
        <translation>Mynd drwy gamau gweithredu'r lle fesul un ar faint taflunydd (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Pla&amp;ce:</source>
        <translation>&amp;Lle:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Co&amp;hort:</source>
        <translation>&amp;Carfan:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>S&amp;tatus:</source>
        <translation>&amp;Statws:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>O&amp;wner:</source>
        <translation>&amp;Perchennog:</translation>
    </message>
    <message>
        <location line="+148" />
        <source>All places</source>
        <translation>Pob lle</translation>
    </message>
    <message>
        <location line="+21" />
        <source>All cohorts</source>
        <translation>Pob carfan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All owners</source>
        <translation>Pob perchennog</translation>
    </message>
    <message>
        <location line="+6" />
        <source>All statuses</source>
        <translation>Pob statws</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Overdue</source>
        <translation>Yn hwyr</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not reviewed since the event</source>
        <translation>Heb ei adolygu ers y digwyddiad</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1 · %2 overdue · %3 not reviewed since the event</source>
        <translation>%1 · %2 yn hwyr · %3 heb eu hadolygu ers y digwyddiad</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n cam gweithredu</numerusform>
            <numerusform>%n cam gweithredu</numerusform>
            <numerusform>%n cam gweithredu</numerusform>
            <numerusform>%n cam gweithredu</numerusform>
            <numerusform>%n cam gweithredu</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13" />
        <source>&lt;i&gt;Choose an action to see its progress log.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Dewiswch gam gweithredu i weld ei gofnod cynnydd.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&lt;b&gt;Progress log&lt;/b&gt; — %1 (%2)</source>
        <translation>&lt;b&gt;Cofnod cynnydd&lt;/b&gt; — %1 (%2)</translation>
    </message>
</context>
<context>
    <name>rt::ActionTrackerModel</name>
    <message>
        <location filename="../core/models/ActionTrackerModel.cpp" line="+181" />
        <source>No date</source>
        <translation>Dim dyddiad</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 — overdue</source>
        <translation>%1 — yn hwyr</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 — not reviewed</source>
        <translation>%1 — heb ei adolygu</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No update yet</source>
        <translation>Dim diweddariad eto</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Overdue: due before today and neither done nor stopped</source>
        <translation>Yn hwyr: roedd i fod erbyn cyn heddiw, ac nid yw wedi gorffen nac wedi'i atal</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not reviewed since the event: set its status or add an update</source>
        <translation>Heb ei adolygu ers y digwyddiad: gosodwch ei statws neu ychwanegwch ddiweddariad</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Worked out from "%1"; edit it (YYYY-MM-DD) to correct it</source>
        <translation>Wedi'i gyfrifo o "%1"; golygwch ef (BBBB-MM-DD) i'w gywiro</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The words the table wrote; the Due column is the date they give</source>
        <translation>Y geiriau a ysgrifennodd y bwrdd; colofn Erbyn yw'r dyddiad y maen nhw'n ei roi</translation>
    </message>
    <message>
        <location line="+87" />
        <source>Place</source>
        <translation>Lle</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cohort</source>
        <translation>Carfan</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <location line="+2" />
        <source>By when?</source>
        <translation>Erbyn pryd?</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Due</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Latest update</source>
        <translation>Diweddariad diweddaraf</translation>
    </message>
</context>
<context>
    <name>rt::AddUpdateDialog</name>
    <message>
        <location filename="../app/places/AddUpdateDialog.cpp" line="+23" />
        <location line="+15" />
        <source>Add Update</source>
        <translation>Ychwanegu Diweddariad</translation>
    </message>
    <message>
        <location line="-10" />
        <source>What has happened since the last update?</source>
        <translation>Beth sydd wedi digwydd ers y diweddariad diwethaf?</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Who reports it:</source>
        <translation>&amp;Pwy sy'n adrodd:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Status now:</source>
        <translation>&amp;Statws nawr:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;What they said:</source>
        <translation>&amp;Beth ddywedon nhw:</translation>
    </message>
</context>
<context>
    <name>rt::AgendaEditor</name>
    <message>
        <location filename="../app/agenda/AgendaEditor.cpp" line="+36" />
        <source>Add item</source>
        <translation>Ychwanegu eitem</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add an item after the selected one, starting when it ends (Ctrl+Return)</source>
        <translation>Ychwanegu eitem ar ôl yr un a ddewiswyd, gan ddechrau pan fydd honno'n gorffen (Ctrl+Return)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete the selected item (Delete)</source>
        <translation>Dileu'r eitem a ddewiswyd (Delete)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move up</source>
        <translation>Symud i fyny</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move the selected item earlier; durations are kept and times shift (Alt+Up)</source>
        <translation>Symud yr eitem a ddewiswyd yn gynharach; mae'r hydoedd yn cael eu cadw ac mae'r amseroedd yn newid (Alt+Up)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move down</source>
        <translation>Symud i lawr</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move the selected item later; durations are kept and times shift (Alt+Down)</source>
        <translation>Symud yr eitem a ddewiswyd yn hwyrach; mae'r hydoedd yn cael eu cadw ac mae'r amseroedd yn newid (Alt+Down)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run from this item ▶</source>
        <translation>Rhedeg o'r eitem hon ▶</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Open run mode on the selected item</source>
        <translation>Agor y modd rhedeg ar yr eitem a ddewiswyd</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Agenda items</source>
        <translation>Eitemau'r agenda</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Alt+Up and Alt+Down move the selected item; Delete removes it; Ctrl+Return adds one</source>
        <translation>Mae Alt+Up ac Alt+Down yn symud yr eitem a ddewiswyd; mae Delete yn ei dileu; mae Ctrl+Return yn ychwanegu un</translation>
    </message>
    <message>
        <location line="+44" />
        <location line="+19" />
        <source>Facilitator guidance</source>
        <translation>Canllawiau i'r hwylusydd</translation>
    </message>
    <message>
        <location line="-11" />
        <source>Shown to the &amp;room</source>
        <translation>Yn cael ei ddangos i'r &amp;ystafell</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Shown to the room</source>
        <translation>Yn cael ei ddangos i'r ystafell</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The line the projector shows under the item's title; empty: the built-in line for this kind of activity</source>
        <translation>Y llinell y mae'r taflunydd yn ei dangos o dan deitl yr eitem; yn wag: y llinell adeiledig ar gyfer y math hwn o weithgaredd</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Start from the built-in guidance</source>
        <translation>Dechrau o'r canllawiau adeiledig</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Copy the built-in guidance for this kind of activity into the item, to adapt it</source>
        <translation>Copïo'r canllawiau adeiledig ar gyfer y math hwn o weithgaredd i'r eitem, i'w haddasu</translation>
    </message>
    <message>
        <location line="+96" />
        <source>New item</source>
        <translation>Eitem newydd</translation>
    </message>
    <message>
        <location line="+58" />
        <source>Select an agenda item to write what the facilitator should do.</source>
        <translation>Dewiswch eitem ar yr agenda i ysgrifennu beth ddylai'r hwylusydd ei wneud.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1  ·  %2  ·  %3</source>
        <translation>%1  ·  %2  ·  %3</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Run mode shows the built-in guidance above until you write your own.</source>
        <translation>Mae'r modd rhedeg yn dangos y canllawiau adeiledig uchod nes i chi ysgrifennu eich rhai eich hun.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run mode shows this text; clear it to go back to the built-in guidance.</source>
        <translation>Mae'r modd rhedeg yn dangos y testun hwn; cliriwch ef i fynd yn ôl at y canllawiau adeiledig.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Item %1 “%2”, start: %3</source>
        <translation>Eitem %1 “%2”, dechrau: %3</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Item %1 “%2”, end: %3</source>
        <translation>Eitem %1 “%2”, diwedd: %3</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Times to check (%1), marked red in the table:</source>
        <translation>Amseroedd i'w gwirio (%1), wedi'u marcio'n goch yn y tabl:</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
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
        <location filename="../core/models/AgendaModel.cpp" line="+21" />
        <source>Start</source>
        <translation>Dechrau</translation>
    </message>
    <message>
        <location line="+0" />
        <source>End</source>
        <translation>Diwedd</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Poll</source>
        <translation>Pôl</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Guidance</source>
        <translation>Canllawiau</translation>
    </message>
    <message>
        <location line="+76" />
        <source>Arrival</source>
        <translation>Cyrraedd</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Plenary</source>
        <translation>Sesiwn lawn</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Break</source>
        <translation>Egwyl</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Table discussion</source>
        <translation>Trafodaeth wrth y byrddau</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Place breakout</source>
        <translation>Grwpiau fesul lle</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Close</source>
        <translation>Cloi</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Poll %1</source>
        <translation>Pôl %1</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Attach poll</source>
        <translation>Atodi pôl</translation>
    </message>
</context>
<context>
    <name>rt::AgendaWorkspace</name>
    <message>
        <location filename="../app/agenda/AgendaWorkspace.cpp" line="+49" />
        <location line="+91" />
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="-84" />
        <source>Edit agenda</source>
        <translation>Golygu'r agenda</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Run the day</source>
        <translation>Rhedeg y diwrnod</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Projector preview</source>
        <translation>Rhagolwg y taflunydd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Times, titles, kinds, polls and guidance of each item</source>
        <translation>Amseroedd, teitlau, mathau, polau a chanllawiau pob eitem</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The facilitator's screen: current item, countdown, what is next</source>
        <translation>Sgrin yr hwylusydd: yr eitem gyfredol, cyfrif i lawr, beth sydd nesaf</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What the room sees on the projector</source>
        <translation>Beth mae'r ystafell yn ei weld ar y taflunydd</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Projector</source>
        <translation>Taflunydd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show the projector window on a screen of your choice</source>
        <translation>Dangos ffenestr y taflunydd ar sgrin o'ch dewis</translation>
    </message>
    <message>
        <location line="+65" />
        <source>agenda — the agenda editor: times, kinds, polls, guidance</source>
        <translation>agenda — golygydd yr agenda: amseroedd, mathau, polau, canllawiau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>run — run mode on the item by the clock (or the first item)</source>
        <translation>run — modd rhedeg ar yr eitem yn ôl y cloc (neu'r eitem gyntaf)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>run:N — run mode on agenda item N (from 1)</source>
        <translation>run:N — modd rhedeg ar eitem N yr agenda (o 1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>projector — what the projector shows for the current item</source>
        <translation>projector — beth mae'r taflunydd yn ei ddangos ar gyfer yr eitem gyfredol</translation>
    </message>
    <message>
        <location line="+1" />
        <source>projector:N — what the projector shows for agenda item N</source>
        <translation>projector:N — beth mae'r taflunydd yn ei ddangos ar gyfer eitem N yr agenda</translation>
    </message>
    <message>
        <location line="+21" />
        <source>view %1: the agenda is empty</source>
        <translation>golwg %1: mae'r agenda'n wag</translation>
    </message>
    <message>
        <location line="+1" />
        <source>view %1: the agenda has items 1 to %2</source>
        <translation>golwg %1: mae gan yr agenda eitemau 1 i %2</translation>
    </message>
    <message>
        <location line="+157" />
        <source>Open the projector window (one screen: in a window)</source>
        <translation>Agor ffenestr y taflunydd (un sgrin: mewn ffenestr)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Full screen on screen %1: %2 (%3×%4)%5</source>
        <translation>Sgrin lawn ar sgrin %1: %2 (%3×%4)%5</translation>
    </message>
    <message>
        <location line="+5" />
        <source>, this laptop</source>
        <translation>, y gliniadur hwn</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Close the projector window</source>
        <translation>Cau ffenestr y taflunydd</translation>
    </message>
</context>
<context>
    <name>rt::ByWhenDelegate</name>
    <message>
        <location filename="../app/places/MultiLineDelegate.cpp" line="+142" />
        <source>A date or words, e.g. Within 3 months</source>
        <translation>Dyddiad neu eiriau, e.e. O fewn 3 mis</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pick…</source>
        <translation>Dewis…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose a date or a phrase</source>
        <translation>Dewiswch ddyddiad neu ymadrodd</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Within one month</source>
        <translation>O fewn mis</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Within 3 months</source>
        <translation>O fewn 3 mis</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Within 6 months</source>
        <translation>O fewn 6 mis</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Within a year</source>
        <translation>O fewn blwyddyn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ongoing</source>
        <translation>Parhaus</translation>
    </message>
</context>
<context>
    <name>rt::ConflictModel</name>
    <message>
        <location filename="../core/models/ConflictModel.cpp" line="+45" />
        <source>A deleted table</source>
        <translation>Bwrdd wedi'i ddileu</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A deleted note</source>
        <translation>Nodyn wedi'i ddileu</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A deleted place</source>
        <translation>Lle wedi'i ddileu</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A deleted aim</source>
        <translation>Nod wedi'i ddileu</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A deleted idea</source>
        <translation>Syniad wedi'i ddileu</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A deleted driver</source>
        <translation>Sbardun wedi'i ddileu</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A deleted action</source>
        <translation>Cam gweithredu wedi'i ddileu</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A deleted poll</source>
        <translation>Pôl wedi'i ddileu</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A deleted agenda item</source>
        <translation>Eitem agenda wedi'i dileu</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A deleted row</source>
        <translation>Rhes wedi'i dileu</translation>
    </message>
    <message>
        <location line="+46" />
        <source>this laptop</source>
        <translation>y gliniadur hwn</translation>
    </message>
    <message>
        <location line="+0" />
        <source>laptop %1</source>
        <translation>gliniadur %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 (this laptop)</source>
        <translation>%1 (y gliniadur hwn)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1, %2</source>
        <comment>laptop, time</comment>
        <translation>%1, %2</translation>
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
        <translation>(dilëwyd)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The row is not in the session any more.</source>
        <translation>Nid yw'r rhes yn y sesiwn mwyach.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The field holds this value already.</source>
        <translation>Mae'r gwerth hwn yn y maes eisoes.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The session is open read-only.</source>
        <translation>Mae'r sesiwn ar agor i'w darllen yn unig.</translation>
    </message>
    <message>
        <location line="+69" />
        <source>In use: %1</source>
        <translation>Mewn defnydd: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Other value: %1</source>
        <translation>Gwerth arall: %1</translation>
    </message>
    <message>
        <location line="+17" />
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <location line="+2" />
        <source>In use now</source>
        <translation>Mewn defnydd nawr</translation>
    </message>
    <message>
        <location line="+2" />
        <source>From</source>
        <translation>O ble</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Other value</source>
        <translation>Gwerth arall</translation>
    </message>
    <message>
        <location line="+2" />
        <source>From</source>
        <comment>the other value's laptop and time</comment>
        <translation>O ble</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Event details</source>
        <translation>Manylion y digwyddiad</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Table %1</source>
        <translation>Bwrdd %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Table %1 "%2"</source>
        <translation>Bwrdd %1 "%2"</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Note "%1" at table %2</source>
        <translation>Nodyn "%1" wrth fwrdd %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Place "%1"</source>
        <translation>Lle "%1"</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Aim "%1" of %2</source>
        <translation>Nod "%1" ar gyfer %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Idea "%1"</source>
        <translation>Syniad "%1"</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Driver "%1"</source>
        <translation>Sbardun "%1"</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Action "%1" of %2</source>
        <translation>Cam gweithredu "%1" ar gyfer %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Poll "%1"</source>
        <translation>Pôl "%1"</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Option "%1" of poll "%2"</source>
        <translation>Opsiwn "%1" ym mhôl "%2"</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A vote</source>
        <translation>Pleidlais</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Agenda item "%1"</source>
        <translation>Eitem agenda "%1"</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Prompt "%1"</source>
        <translation>Anogwr "%1"</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Source "%1"</source>
        <translation>Ffynhonnell "%1"</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Data pack column "%1"</source>
        <translation>Colofn pecyn data "%1"</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Indicator "%1"</source>
        <translation>Dangosydd "%1"</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Progress update "%1" of action "%2"</source>
        <translation>Diweddariad cynnydd "%1" ar gam gweithredu "%2"</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Indicator "%1" for %2</source>
        <translation>Dangosydd "%1" ar gyfer %2</translation>
    </message>
    <message>
        <location line="+12" />
        <source>place in the list</source>
        <translation>safle yn y rhestr</translation>
    </message>
    <message>
        <location line="+1" />
        <source>title</source>
        <translation>teitl</translation>
    </message>
    <message>
        <location line="+1" />
        <source>date</source>
        <translation>dyddiad</translation>
    </message>
    <message>
        <location line="+1" />
        <source>venue</source>
        <translation>lleoliad</translation>
    </message>
    <message>
        <location line="+1" />
        <source>organiser</source>
        <translation>trefnydd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>purpose</source>
        <translation>diben</translation>
    </message>
    <message>
        <location line="+1" />
        <source>disclaimer</source>
        <translation>ymwadiad</translation>
    </message>
    <message>
        <location line="+1" />
        <source>pack language</source>
        <translation>iaith y pecyn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>file</source>
        <translation>ffeil</translation>
    </message>
    <message>
        <location line="+1" />
        <source>key</source>
        <translation>allwedd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>question</source>
        <translation>cwestiwn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>kind</source>
        <translation>math</translation>
    </message>
    <message>
        <location line="+1" />
        <source>state</source>
        <translation>cyflwr</translation>
    </message>
    <message>
        <location line="+1" />
        <source>most choices</source>
        <translation>uchafswm dewisiadau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>poll</source>
        <translation>pôl</translation>
    </message>
    <message>
        <location line="+1" />
        <source>answer</source>
        <translation>ateb</translation>
    </message>
    <message>
        <location line="+1" />
        <source>start</source>
        <translation>dechrau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>end</source>
        <translation>diwedd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>guidance</source>
        <translation>canllawiau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>number</source>
        <translation>rhif</translation>
    </message>
    <message>
        <location line="+1" />
        <source>topic</source>
        <translation>pwnc</translation>
    </message>
    <message>
        <location line="+1" />
        <source>facilitator</source>
        <translation>hwylusydd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>table</source>
        <translation>bwrdd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>prompt</source>
        <translation>anogwr</translation>
    </message>
    <message>
        <location line="+1" />
        <source>text</source>
        <translation>testun</translation>
    </message>
    <message>
        <location line="+1" />
        <source>key point</source>
        <translation>pwynt allweddol</translation>
    </message>
    <message>
        <location line="+1" />
        <source>name</source>
        <translation>enw</translation>
    </message>
    <message>
        <location line="+1" />
        <source>priorities</source>
        <translation>blaenoriaethau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>place</source>
        <translation>lle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>statement</source>
        <translation>datganiad</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cohort</source>
        <translation>carfan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>aim</source>
        <translation>nod</translation>
    </message>
    <message>
        <location line="+1" />
        <source>impact</source>
        <translation>effaith</translation>
    </message>
    <message>
        <location line="+1" />
        <source>effort</source>
        <translation>ymdrech</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not yet placed</source>
        <translation>heb ei osod eto</translation>
    </message>
    <message>
        <location line="+1" />
        <source>parent driver</source>
        <translation>sbardun rhiant</translation>
    </message>
    <message>
        <location line="+1" />
        <source>idea it came from</source>
        <translation>y syniad y daeth ohono</translation>
    </message>
    <message>
        <location line="+1" />
        <source>idea</source>
        <translation>syniad</translation>
    </message>
    <message>
        <location line="+1" />
        <source>action</source>
        <translation>cam gweithredu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>who</source>
        <translation>pwy</translation>
    </message>
    <message>
        <location line="+1" />
        <source>by when</source>
        <translation>erbyn pryd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>measure</source>
        <translation>mesur</translation>
    </message>
    <message>
        <location line="+1" />
        <source>status</source>
        <translation>statws</translation>
    </message>
    <message>
        <location line="+1" />
        <source>due date</source>
        <translation>dyddiad dyledus</translation>
    </message>
    <message>
        <location line="+1" />
        <source>last reviewed</source>
        <translation>adolygwyd ddiwethaf</translation>
    </message>
    <message>
        <location line="+1" />
        <source>time</source>
        <translation>amser</translation>
    </message>
    <message>
        <location line="+1" />
        <source>period</source>
        <translation>cyfnod</translation>
    </message>
    <message>
        <location line="+1" />
        <source>comparator</source>
        <translation>cymharydd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>domain</source>
        <translation>parth</translation>
    </message>
    <message>
        <location line="+1" />
        <source>indicator</source>
        <translation>dangosydd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>values</source>
        <translation>gwerthoedd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>higher is better</source>
        <translation>mae uwch yn well</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+5" />
        <location line="+5" />
        <location line="+2" />
        <source>(none)</source>
        <translation>(dim)</translation>
    </message>
    <message>
        <location line="-12" />
        <source>position %1</source>
        <translation>safle %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>yes</source>
        <translation>ie</translation>
    </message>
    <message>
        <location line="+0" />
        <source>no</source>
        <translation>na</translation>
    </message>
    <message>
        <location line="+6" />
        <source>(empty)</source>
        <translation>(gwag)</translation>
    </message>
</context>
<context>
    <name>rt::ConflictsDialog</name>
    <message>
        <location filename="../app/shell/ConflictsDialog.cpp" line="+50" />
        <source>Merge Conflicts</source>
        <translation>Gwrthdaro Cyfuno</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Merge conflicts</source>
        <translation>Gwrthdaro cyfuno</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Selected</source>
        <translation>Y dewis</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+1" />
        <source>In use now</source>
        <translation>Mewn defnydd nawr</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+1" />
        <source>Other value</source>
        <translation>Gwerth arall</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Use This Value</source>
        <translation>&amp;Defnyddio'r Gwerth Hwn</translation>
    </message>
    <message>
        <location line="+59" />
        <source>No conflicts: no field of this session was changed differently on two laptops.</source>
        <translation>Dim gwrthdaro: ni newidiwyd unrhyw faes yn y sesiwn hon yn wahanol ar ddau liniadur.</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n field(s) were changed differently on two laptops. The merge kept the later change; the other value is listed beside it. Use the other value where it is the right one: the two then swap places, and Edit → Undo takes it back.</source>
        <translation>
            <numerusform>Newidiwyd %n maes yn wahanol ar ddau liniadur. Cadwodd y cyfuno y newid diweddaraf; rhestrir y gwerth arall wrth ei ochr. Defnyddiwch y gwerth arall lle mai hwnnw yw'r un cywir: bydd y ddau wedyn yn cyfnewid lle, ac mae Golygu → Dadwneud yn ei ddadwneud.</numerusform>
            <numerusform>Newidiwyd %n maes yn wahanol ar ddau liniadur. Cadwodd y cyfuno y newid diweddaraf; rhestrir y gwerth arall wrth ei ochr. Defnyddiwch y gwerth arall lle mai hwnnw yw'r un cywir: bydd y ddau wedyn yn cyfnewid lle, ac mae Golygu → Dadwneud yn ei ddadwneud.</numerusform>
            <numerusform>Newidiwyd %n maes yn wahanol ar ddau liniadur. Cadwodd y cyfuno y newid diweddaraf; rhestrir y gwerth arall wrth ei ochr. Defnyddiwch y gwerth arall lle mai hwnnw yw'r un cywir: bydd y ddau wedyn yn cyfnewid lle, ac mae Golygu → Dadwneud yn ei ddadwneud.</numerusform>
            <numerusform>Newidiwyd %n maes yn wahanol ar ddau liniadur. Cadwodd y cyfuno y newid diweddaraf; rhestrir y gwerth arall wrth ei ochr. Defnyddiwch y gwerth arall lle mai hwnnw yw'r un cywir: bydd y ddau wedyn yn cyfnewid lle, ac mae Golygu → Dadwneud yn ei ddadwneud.</numerusform>
            <numerusform>Newidiwyd %n maes yn wahanol ar ddau liniadur. Cadwodd y cyfuno y newid diweddaraf; rhestrir y gwerth arall wrth ei ochr. Defnyddiwch y gwerth arall lle mai hwnnw yw'r un cywir: bydd y ddau wedyn yn cyfnewid lle, ac mae Golygu → Dadwneud yn ei ddadwneud.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8" />
        <source>Nothing selected</source>
        <translation>Dim wedi'i ddewis</translation>
    </message>
</context>
<context>
    <name>rt::CountdownWidget</name>
    <message>
        <location filename="../app/agenda/CountdownWidget.cpp" line="+14" />
        <source>Time left</source>
        <translation>Amser ar ôl</translation>
    </message>
    <message>
        <location line="+36" />
        <source>%1, paused</source>
        <translation>%1, wedi oedi</translation>
    </message>
</context>
<context>
    <name>rt::DataPackWorkspace</name>
    <message>
        <location filename="../app/datapack/DataPackWorkspace.cpp" line="+46" />
        <location line="+5" />
        <location line="+157" />
        <source>Data pack</source>
        <translation>Pecyn data</translation>
    </message>
    <message>
        <location line="-155" />
        <source>The figures delegates use to shape their conversations: each indicator by area, with comparators. Within each row the best value has the lightest colour.</source>
        <translation>Y ffigurau y mae cynrychiolwyr yn eu defnyddio i lunio eu sgyrsiau: pob dangosydd yn ôl ardal, gyda chymaryddion. Ym mhob rhes, y gwerth gorau sydd â'r lliw goleuaf.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Import CSV…</source>
        <translation>Mewnforio CSV…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Replace the data pack with a CSV file's: domain, indicator, one column per area or comparator, higher_is_better</source>
        <translation>Disodli'r pecyn data â chynnwys ffeil CSV: domain, indicator, un golofn ar gyfer pob ardal neu gymharydd, higher_is_better</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Import Later Period…</source>
        <translation>Mewnforio Cyfnod Diweddarach…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add later figures (e.g. "2024 Q1") from a CSV file in the same shape; the event's figures stay as the baseline</source>
        <translation>Ychwanegu ffigurau diweddarach (e.e. "2024 Q1") o ffeil CSV o'r un siâp; mae ffigurau'r digwyddiad yn aros fel y llinell sylfaen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export CSV…</source>
        <translation>Allforio CSV…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save the data pack as a CSV file that Import CSV… reads back</source>
        <translation>Cadw'r pecyn data fel ffeil CSV y gall Mewnforio CSV… ei darllen yn ôl</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add Indicator</source>
        <translation>Ychwanegu Dangosydd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add an indicator below the current one</source>
        <translation>Ychwanegu dangosydd o dan yr un cyfredol</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete Indicator</source>
        <translation>Dileu Dangosydd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete the selected indicators</source>
        <translation>Dileu'r dangosyddion a ddewiswyd</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add Area…</source>
        <translation>Ychwanegu Ardal…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add Comparator…</source>
        <translation>Ychwanegu Cymharydd…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rename Column…</source>
        <translation>Ailenwi Colofn…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete Column</source>
        <translation>Dileu Colofn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete the current area or comparator column and its values</source>
        <translation>Dileu colofn yr ardal neu'r cymharydd cyfredol a'i gwerthoedd</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Data pack actions</source>
        <translation>Gweithredoedd y pecyn data</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Figures shown</source>
        <translation>Ffigurau a ddangosir</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Figures for:</source>
        <translation>&amp;Ffigurau ar gyfer:</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Data pack heat map</source>
        <translation>Map gwres y pecyn data</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Each cell says its value and its rank in the row; the arrow keys move between cells, F2 edits</source>
        <translation>Mae pob cell yn dangos ei gwerth a'i safle yn y rhes; mae'r bysellau saeth yn symud rhwng celloedd, mae F2 yn golygu</translation>
    </message>
    <message>
        <location line="+24" />
        <source>No data pack yet. Import a CSV file (Import CSV…), or add areas and indicators.</source>
        <translation>Nid oes pecyn data eto. Mewnforiwch ffeil CSV (Mewnforio CSV…), neu ychwanegwch ardaloedd a dangosyddion.</translation>
    </message>
    <message>
        <location line="+71" />
        <source>datapack — the data pack heat map: indicators by area and comparator, lighter is better</source>
        <translation>datapack — map gwres y pecyn data: dangosyddion yn ôl ardal a chymharydd, mae goleuach yn well</translation>
    </message>
    <message>
        <location line="+97" />
        <source>Add Comparator</source>
        <translation>Ychwanegu Cymharydd</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Add Area</source>
        <translation>Ychwanegu Ardal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name of the comparator (e.g. England):</source>
        <translation>Enw'r cymharydd (e.e. Lloegr):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name of the area:</source>
        <translation>Enw'r ardal:</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Rename Column</source>
        <translation>Ailenwi Colofn</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New name for %1:</source>
        <translation>Enw newydd ar gyfer %1:</translation>
    </message>
    <message>
        <location line="+16" />
        <location line="+15" />
        <location line="+4" />
        <source>%1 was not imported; the data pack has not changed.</source>
        <translation>Ni chafodd %1 ei fewnforio; nid yw'r pecyn data wedi newid.</translation>
    </message>
    <message numerus="yes">
        <location line="-15" />
        <source>Imported %n indicator(s) from %1. Undo puts the previous data pack back.</source>
        <translation>
            <numerusform>Mewnforiwyd %n dangosydd o %1. Mae Dadwneud yn rhoi'r pecyn data blaenorol yn ôl.</numerusform>
            <numerusform>Mewnforiwyd %n dangosydd o %1. Mae Dadwneud yn rhoi'r pecyn data blaenorol yn ôl.</numerusform>
            <numerusform>Mewnforiwyd %n dangosydd o %1. Mae Dadwneud yn rhoi'r pecyn data blaenorol yn ôl.</numerusform>
            <numerusform>Mewnforiwyd %n dangosydd o %1. Mae Dadwneud yn rhoi'r pecyn data blaenorol yn ôl.</numerusform>
            <numerusform>Mewnforiwyd %n dangosydd o %1. Mae Dadwneud yn rhoi'r pecyn data blaenorol yn ôl.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 cannot be read: %2</source>
        <translation>nid oes modd darllen %1: %2</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Imported the figures for %1 from %2. Undo takes them out again.</source>
        <translation>Mewnforiwyd y ffigurau ar gyfer %1 o %2. Mae Dadwneud yn eu tynnu allan eto.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Baseline (the event)</source>
        <translation>Llinell sylfaen (y digwyddiad)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Import Later Period… adds figures to compare with the event's</source>
        <translation>Mae Mewnforio Cyfnod Diweddarach… yn ychwanegu ffigurau i'w cymharu â rhai'r digwyddiad</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A later period shows each figure's change against the baseline</source>
        <translation>Mae cyfnod diweddarach yn dangos newid pob ffigur o'i gymharu â'r llinell sylfaen</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+7" />
        <location line="+9" />
        <source>Import Later Period</source>
        <translation>Mewnforio Cyfnod Diweddarach</translation>
    </message>
    <message>
        <location line="-8" />
        <source>Which period do these figures cover (e.g. "2024 Q1" or "March 2024")?</source>
        <translation>Pa gyfnod y mae'r ffigurau hyn yn ei gwmpasu (e.e. "2024 Q1" neu "Mawrth 2024")?</translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <location line="+23" />
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
        <location line="-83" />
        <source>no session is open</source>
        <translation>nid oes sesiwn ar agor</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Data pack saved to %1</source>
        <translation>Pecyn data wedi'i gadw yn %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>… and %1 more</source>
        <translation>… a %1 arall</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nothing was changed. Correct %1 and import it again.</source>
        <translation>Ni newidiwyd dim. Cywirwch %1 a'i fewnforio eto.</translation>
    </message>
    <message>
        <location line="+59" />
        <location line="+7" />
        <source>Import Data Pack</source>
        <translation>Mewnforio Pecyn Data</translation>
    </message>
    <message>
        <location line="-38" />
        <location line="+32" />
        <location line="+21" />
        <source>CSV files (*.csv)</source>
        <translation>Ffeiliau CSV (*.csv)</translation>
    </message>
    <message>
        <location line="-53" />
        <location line="+32" />
        <source>All files (*)</source>
        <translation>Pob ffeil (*)</translation>
    </message>
    <message>
        <location line="+19" />
        <source>%1 data pack.csv</source>
        <translation>%1 pecyn data.csv</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+7" />
        <source>Export Data Pack</source>
        <translation>Allforio Pecyn Data</translation>
    </message>
</context>
<context>
    <name>rt::Document</name>
    <message>
        <location filename="../core/session/Document.cpp" line="+93" />
        <source>This session is open read-only; changes are not possible.</source>
        <translation>Mae'r sesiwn hon ar agor i'w darllen yn unig; nid oes modd gwneud newidiadau.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>%1 was replaced or removed by another program. This window still holds the session: use File ▸ Save a Copy to keep it.</source>
        <translation>Cafodd %1 ei ddisodli neu ei dynnu gan raglen arall. Mae'r sesiwn yn dal yn y ffenestr hon: defnyddiwch Ffeil ▸ Cadw Copi i'w chadw.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>The last change could not be saved to %1: %2.</source>
        <translation>Nid oedd modd cadw'r newid diwethaf yn %1: %2.</translation>
    </message>
</context>
<context>
    <name>rt::DriverDiagramView</name>
    <message>
        <location filename="../app/places/DriverDiagramView.cpp" line="+93" />
        <source>Driver diagram</source>
        <translation>Diagram sbardunau</translation>
    </message>
    <message>
        <location line="+94" />
        <source>Aim</source>
        <translation>Nod</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Primary drivers</source>
        <translation>Prif sbardunau</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Secondary drivers</source>
        <translation>Sbardunau eilaidd</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Change ideas</source>
        <translation>Syniadau newid</translation>
    </message>
    <message>
        <location line="+16" />
        <source>(no aim statement)</source>
        <translation>(dim datganiad nod)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Add a primary driver to start the diagram.</source>
        <translation>Ychwanegwch brif sbardun i ddechrau'r diagram.</translation>
    </message>
</context>
<context>
    <name>rt::DriverEditor</name>
    <message>
        <location filename="../app/places/DriverEditor.cpp" line="+36" />
        <source>Add below</source>
        <translation>Ychwanegu oddi tano</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add alongside</source>
        <translation>Ychwanegu wrth ei ochr</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Up</source>
        <translation>I fyny</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Down</source>
        <translation>I lawr</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+134" />
        <source>Use idea</source>
        <translation>Defnyddio syniad</translation>
    </message>
    <message>
        <location line="-124" />
        <source>Driver tree</source>
        <translation>Coeden sbardunau</translation>
    </message>
    <message>
        <location line="+2" />
        <source>An idea from this aim's PICK chart</source>
        <translation>Syniad o siart PICK y nod hwn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PICK idea to use</source>
        <translation>Syniad PICK i'w ddefnyddio</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Delete driver or change idea</source>
        <translation>Dileu sbardun neu syniad newid</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move driver up</source>
        <translation>Symud sbardun i fyny</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move driver down</source>
        <translation>Symud sbardun i lawr</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add a driver or change idea under the selected one (Insert)</source>
        <translation>Ychwanegu sbardun neu syniad newid o dan yr un a ddewiswyd (Insert)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Add one at the same level after the selected one (Ctrl+Enter)</source>
        <translation>Ychwanegu un ar yr un lefel ar ôl yr un a ddewiswyd (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Make the selected change idea the chosen PICK idea, or add it under the selected secondary driver</source>
        <translation>Gwneud y syniad newid a ddewiswyd yn syniad PICK o'ch dewis, neu ei ychwanegu o dan y sbardun eilaidd a ddewiswyd</translation>
    </message>
    <message>
        <location line="-32" />
        <source>&lt;i&gt;Choose an aim to see its driver diagram.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Dewiswch nod i weld ei ddiagram sbardunau.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+136" />
        <source>Add primary driver</source>
        <translation>Ychwanegu prif sbardun</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add %1</source>
        <translation>Ychwanegu %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Add idea as change idea</source>
        <translation>Ychwanegu'r syniad fel syniad newid</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+10" />
        <source>New %1</source>
        <translation>%1 newydd</translation>
    </message>
</context>
<context>
    <name>rt::DriverTreeModel</name>
    <message>
        <location filename="../core/models/DriverTreeModel.cpp" line="+172" />
        <source>Primary driver</source>
        <translation>Prif sbardun</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Secondary driver</source>
        <translation>Sbardun eilaidd</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Change idea</source>
        <translation>Syniad newid</translation>
    </message>
    <message>
        <location line="+16" />
        <location line="+17" />
        <source>Add %1</source>
        <translation>Ychwanegu %1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Delete %1</source>
        <translation>Dileu %1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Reorder drivers</source>
        <translation>Aildrefnu sbardunau</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Link change idea</source>
        <translation>Cysylltu syniad newid</translation>
    </message>
    <message>
        <location line="+47" />
        <source>From the PICK chart: %1</source>
        <translation>O'r siart PICK: %1</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Edit %1</source>
        <translation>Golygu %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Drivers and change ideas</source>
        <translation>Sbardunau a syniadau newid</translation>
    </message>
</context>
<context>
    <name>rt::DueDateDelegate</name>
    <message>
        <location filename="../app/places/FollowUpDelegates.cpp" line="+46" />
        <source>YYYY-MM-DD</source>
        <translation>BBBB-MM-DD</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Due date (YYYY-MM-DD, empty for none)</source>
        <translation>Dyddiad dyledus (BBBB-MM-DD, gwag os nad oes un)</translation>
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
        <translation>Manylion y Digwyddiad</translation>
    </message>
    <message>
        <location line="+10" />
        <source>YYYY-MM-DD, e.g. 2023-07-21</source>
        <translation>BBBB-MM-DD, e.e. 2023-07-21</translation>
    </message>
    <message>
        <location line="+4" />
        <source>One purpose per line</source>
        <translation>Un diben ar bob llinell</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Empty: the pack's standard words on a verbatim reproduction</source>
        <translation>Gwag: geiriad safonol y pecyn am atgynhyrchiad air am air</translation>
    </message>
    <message>
        <location line="+4" />
        <source>One step per line: the pack's "Next steps" slide (left out when empty)</source>
        <translation>Un cam ym mhob llinell: sleid "Camau nesaf" y pecyn (ni chaiff ei chynnwys os yw'n wag)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The language of the summary pack's headings and labels. The app's own language is set in View → Language.</source>
        <translation>Iaith penawdau a labeli'r pecyn crynodeb. Caiff iaith yr ap ei hun ei gosod yn Gweld → Iaith.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Title:</source>
        <translation>&amp;Teitl:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Date:</source>
        <translation>&amp;Dyddiad:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Venue:</source>
        <translation>&amp;Lleoliad:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Organiser:</source>
        <translation>T&amp;refnydd:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Purpose:</source>
        <translation>Di&amp;ben:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>D&amp;isclaimer:</source>
        <translation>&amp;Ymwadiad:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Next steps:</source>
        <translation>&amp;Camau nesaf:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pack &amp;language:</source>
        <translation>Iaith y &amp;pecyn:</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Date: "%1" is not a date; write it as YYYY-MM-DD, e.g. 2023-07-21.</source>
        <translation>Dyddiad: nid yw "%1" yn ddyddiad; ysgrifennwch ef fel BBBB-MM-DD, e.e. 2023-07-21.</translation>
    </message>
</context>
<context>
    <name>rt::ExportWorkspace</name>
    <message>
        <location filename="../app/export/ExportWorkspace.cpp" line="+107" />
        <source>Slides</source>
        <translation>Sleidiau</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+6" />
        <source>Pack</source>
        <translation>Pecyn</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Summary pack (the day, verbatim)</source>
        <translation>Pecyn crynodeb (y diwrnod, air am air)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Progress update (for a board)</source>
        <translation>Diweddariad cynnydd (ar gyfer bwrdd)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Progress update for</source>
        <translation>Diweddariad cynnydd ar gyfer</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;For:</source>
        <translation>&amp;Ar gyfer:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Changes si&amp;nce:</source>
        <translation>Newidiadau &amp;ers:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unticked: what changed since the event</source>
        <translation>Heb ei dicio: beth sydd wedi newid ers y digwyddiad</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Changes since</source>
        <translation>Newidiadau ers</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Include, in this order</source>
        <translation>Cynnwys, yn y drefn hon</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Sections of the pack</source>
        <translation>Adrannau'r pecyn</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Move up</source>
        <translation>Symud i fyny</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move down</source>
        <translation>Symud i lawr</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Defaults</source>
        <translation>Rhagosodiadau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The hand-made pack's order, every section, the standard caveat</source>
        <translation>Trefn y pecyn a wnaed â llaw, pob adran, y cafeat safonol</translation>
    </message>
    <message>
        <location line="+13" />
        <source>&amp;Caveat on PICK and action-plan slides:</source>
        <translation>&amp;Cafeat ar sleidiau PICK a chynllun gweithredu:</translation>
    </message>
    <message>
        <location line="+16" />
        <location line="+84" />
        <location line="+307" />
        <location line="+3" />
        <source>Export</source>
        <translation>Allforio</translation>
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
        <translation>Taenlenni (CSV)…</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Every note, idea and action appears once, in full. Long columns continue on numbered slides (1/2, 2/2); text is never smaller than 12 pt.</source>
        <translation>Mae pob nodyn, syniad a cham gweithredu yn ymddangos unwaith, yn llawn. Mae colofnau hir yn parhau ar sleidiau wedi'u rhifo (1/2, 2/2); nid yw'r testun byth yn llai na 12 pt.</translation>
    </message>
    <message>
        <location line="+74" />
        <source>slide:N — slide N (from 1) of the summary pack, in the Export page's preview</source>
        <translation>slide:N — sleid N (o 1) o'r pecyn crynodeb, yn rhagolwg y dudalen Allforio</translation>
    </message>
    <message>
        <location line="+1" />
        <source>progress — the progress update of the whole event (progress:P — of place P), previewed</source>
        <translation>progress — diweddariad cynnydd y digwyddiad cyfan (progress:P — lle P), mewn rhagolwg</translation>
    </message>
    <message numerus="yes">
        <location line="+22" />
        <source>there is no place %1: the session has %n place(s)</source>
        <translation>
            <numerusform>nid oes lle %1: mae gan y sesiwn %n lle</numerusform>
            <numerusform>nid oes lle %1: mae gan y sesiwn %n lle</numerusform>
            <numerusform>nid oes lle %1: mae gan y sesiwn %n lle</numerusform>
            <numerusform>nid oes lle %1: mae gan y sesiwn %n lle</numerusform>
            <numerusform>nid oes lle %1: mae gan y sesiwn %n lle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19" />
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
        <location line="+134" />
        <source>The whole event</source>
        <translation>Y digwyddiad cyfan</translation>
    </message>
    <message>
        <location line="+34" />
        <source>PowerPoint presentations (*.pptx)</source>
        <translation>Cyflwyniadau PowerPoint (*.pptx)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>PDF documents (*.pdf)</source>
        <translation>Dogfennau PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>CSV files (*.csv)</source>
        <translation>Ffeiliau CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Export the summary pack</source>
        <translation>Allforio'r pecyn crynodeb</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Export the progress update</source>
        <translation>Allforio'r diweddariad cynnydd</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Writing %1…</source>
        <translation>Wrthi'n ysgrifennu %1…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location line="+61" />
        <source>Written: %1</source>
        <translation>Wedi'i ysgrifennu: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open the file</source>
        <translation>Agor y ffeil</translation>
    </message>
</context>
<context>
    <name>rt::FeedbackView</name>
    <message>
        <location filename="../app/tables/FeedbackView.cpp" line="+32" />
        <source>Key points for feedback</source>
        <translation>Pwyntiau allweddol ar gyfer adborth</translation>
    </message>
    <message>
        <location line="+220" />
        <source>No table chosen</source>
        <translation>Dim bwrdd wedi'i ddewis</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 — key points</source>
        <translation>%1 — pwyntiau allweddol</translation>
    </message>
    <message>
        <location line="+13" />
        <source>No key points yet. Mark a note as a key point with Ctrl+K or its ★ menu.</source>
        <translation>Dim pwyntiau allweddol eto. Marciwch nodyn fel pwynt allweddol gyda Ctrl+K neu ei ddewislen ★.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>%1 / %2  →</source>
        <translation>%1 / %2  →</translation>
    </message>
</context>
<context>
    <name>rt::HeatMapLegend</name>
    <message>
        <location filename="../app/datapack/HeatMap.cpp" line="+178" />
        <source>Key: a lighter colour indicates better performance</source>
        <translation>Allwedd: mae lliw goleuach yn dangos perfformiad gwell</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+12" />
        <source>A lighter colour indicates better performance</source>
        <translation>Mae lliw goleuach yn dangos perfformiad gwell</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Key:</source>
        <translation>Allwedd:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>worse</source>
        <translation>gwaeth</translation>
    </message>
    <message>
        <location line="+1" />
        <source>better</source>
        <translation>gwell</translation>
    </message>
</context>
<context>
    <name>rt::IndicatorTableModel</name>
    <message>
        <location filename="../core/models/IndicatorTableModel.cpp" line="+147" />
        <source>= no change</source>
        <translation>= dim newid</translation>
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
        <translation>Ie</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <location line="+29" />
        <source>%1 in %2: ranked %3 of %4 in this row (%5)</source>
        <translation>%1 yn %2: safle %3 o %4 yn y rhes hon (%5)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>higher is better</source>
        <translation>mae uwch yn well</translation>
    </message>
    <message>
        <location line="+1" />
        <source>lower is better</source>
        <translation>mae is yn well</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 since the baseline (%2): better</source>
        <translation>%1 ers y llinell sylfaen (%2): gwell</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 since the baseline (%2): worse</source>
        <translation>%1 ers y llinell sylfaen (%2): gwaeth</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 since the baseline (%2)</source>
        <translation>%1 ers y llinell sylfaen (%2)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>A higher value is better</source>
        <translation>Mae gwerth uwch yn well</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A lower value is better</source>
        <translation>Mae gwerth is yn well</translation>
    </message>
    <message>
        <location line="+53" />
        <source>Mark "%1" higher is better</source>
        <translation>Marcio bod uwch yn well ar gyfer "%1"</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mark "%1" lower is better</source>
        <translation>Marcio bod is yn well ar gyfer "%1"</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Edit domain</source>
        <translation>Golygu parth</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Edit indicator name</source>
        <translation>Golygu enw'r dangosydd</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Edit %1 value of "%2"</source>
        <translation>Golygu gwerth %1 "%2"</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Domain</source>
        <translation>Parth</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Indicator</source>
        <translation>Dangosydd</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Higher is better</source>
        <translation>Uwch yn well</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 (comparator)</source>
        <translation>%1 (cymharydd)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 (area)</source>
        <translation>%1 (ardal)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Checked: a higher value is better; unchecked: a lower value is better</source>
        <translation>Wedi'i dicio: mae gwerth uwch yn well; heb ei dicio: mae gwerth is yn well</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Add indicator</source>
        <translation>Ychwanegu dangosydd</translation>
    </message>
    <message numerus="yes">
        <location line="+10" />
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
        <location line="+19" />
        <source>Add comparator %1</source>
        <translation>Ychwanegu cymharydd %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add area %1</source>
        <translation>Ychwanegu ardal %1</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Delete column %1</source>
        <translation>Dileu colofn %1</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Rename domain</source>
        <translation>Ailenwi parth</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Rename column</source>
        <translation>Ailenwi colofn</translation>
    </message>
</context>
<context>
    <name>rt::JoinRoomDialog</name>
    <message>
        <location filename="../app/shell/JoinRoomDialog.cpp" line="+32" />
        <source>Join a Room</source>
        <translation>Ymuno ag Ystafell</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The organiser's laptop shows the room's address, join code and QR code under Room ▸ Room…. This laptop keeps its own complete file: when the network drops, edits wait in it and go as soon as the room is back.</source>
        <translation>Mae gliniadur y trefnydd yn dangos cyfeiriad yr ystafell, y cod ymuno a'r cod QR o dan Ystafell ▸ Ystafell…. Mae'r gliniadur hwn yn cadw ei ffeil gyflawn ei hun: pan fydd y rhwydwaith yn methu, mae golygiadau'n aros ynddi ac yn mynd cyn gynted ag y bydd yr ystafell yn ôl.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>(none heard yet)</source>
        <translation>(dim un wedi’i glywed eto)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>(choose a room)</source>
        <translation>(dewiswch ystafell)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Untitled session</source>
        <translation>Sesiwn heb deitl</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Now type the join code shown on the organiser's laptop.</source>
        <translation>Nawr teipiwch y cod ymuno a ddangosir ar liniadur y trefnydd.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Rooms &amp;nearby:</source>
        <translation>Ystafelloedd &amp;gerllaw:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>http://192.168.1.20:47800/room/… or 192.168.1.20 ABCD-EFGH-…</source>
        <translation>http://192.168.1.20:47800/room/… neu 192.168.1.20 ABCD-EFGH-…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Room:</source>
        <translation>&amp;Ystafell:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>(say later)</source>
        <translation>(dweud yn nes ymlaen)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Table %1 · %2</source>
        <translation>Bwrdd %1 · %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This laptop &amp;captures:</source>
        <translation>Mae'r gliniadur hwn yn &amp;cofnodi:</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Join</source>
        <translation>&amp;Ymuno</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Asking the room…</source>
        <translation>Yn holi'r ystafell…</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The room cannot be reached: %1</source>
        <translation>Nid oes modd cyrraedd yr ystafell: %1</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Room session</source>
        <translation>Sesiwn yr ystafell</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save the Room's Session As</source>
        <translation>Cadw Sesiwn yr Ystafell Fel</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Roundtable sessions (*.roundtable)</source>
        <translation>Sesiynau Roundtable (*.roundtable)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 already exists; choose a new name.</source>
        <translation>Mae %1 yn bodoli eisoes; dewiswch enw newydd.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The room's session could not be received: %1</source>
        <translation>Nid oedd modd derbyn sesiwn yr ystafell: %1</translation>
    </message>
</context>
<context>
    <name>rt::LaptopDialog</name>
    <message>
        <location filename="../app/shell/LaptopDialog.cpp" line="+29" />
        <source>This Laptop</source>
        <translation>Y Gliniadur Hwn</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Every note, idea, action and vote records the laptop it was captured on, so a session combined from several laptops shows where each came from.</source>
        <translation>Mae pob nodyn, syniad, cam gweithredu a phleidlais yn cofnodi'r gliniadur y cafodd ei gofnodi arno, felly mae sesiwn a gyfunwyd o sawl gliniadur yn dangos o ble daeth pob un.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>e.g. Table 3 laptop</source>
        <extracomment>Shown in the empty name box: %1 is the computer's own name</extracomment>
        <translation>e.e. Gliniadur bwrdd 3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Empty: the computer's name, %1</source>
        <translation>Gwag: enw'r cyfrifiadur, %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This laptop's &amp;name (shown beside what it captures):</source>
        <translation>&amp;Enw'r gliniadur hwn (a ddangosir wrth ymyl yr hyn y mae'n ei gofnodi):</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Name it after where it is used, e.g. “Table 3 laptop” or “Organiser”. What you capture from now on records it.</source>
        <translation>Enwch ef ar ôl lle caiff ei ddefnyddio, e.e. “Gliniadur bwrdd 3” neu “Trefnydd”. Mae'r hyn a gofnodwch o hyn ymlaen yn ei gofnodi.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>While ROUNDTABLE_DEVICE_NAME is set, this run of the program uses “%1”.</source>
        <translation>Tra bo ROUNDTABLE_DEVICE_NAME wedi'i osod, mae'r rhediad hwn o'r rhaglen yn defnyddio “%1”.</translation>
    </message>
</context>
<context>
    <name>rt::MainWindow</name>
    <message>
        <location filename="../app/shell/MainWindowMenus.cpp" line="+68" />
        <source>&amp;New from Template…</source>
        <translation>&amp;Newydd o Dempled…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Open…</source>
        <translation>&amp;Agor…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save a &amp;Copy…</source>
        <translation>Cadw C&amp;opi…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Merge Files…</source>
        <translation>C&amp;yfuno Ffeiliau…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Combine the session files from several laptops into a new file</source>
        <translation>Cyfuno'r ffeiliau sesiwn o sawl gliniadur mewn ffeil newydd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Event &amp;Details…</source>
        <translation>&amp;Manylion y Digwyddiad…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Title, date, venue, purpose, disclaimer and the summary pack's language</source>
        <translation>Teitl, dyddiad, lleoliad, diben, ymwadiad ac iaith y pecyn crynodeb</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Review Actions with the Board…</source>
        <translation>Adolygu Camau &amp;Gweithredu gyda'r Bwrdd…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Walk a place's actions one by one at projector size, recording status and progress</source>
        <translation>Mynd drwy gamau gweithredu lle fesul un ar faint taflunydd, gan gofnodi statws a chynnydd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New &amp;Event from This Session…</source>
        <translation>D&amp;igwyddiad Newydd o'r Sesiwn Hon…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Start the next event's session: places, aims and open actions with their history come along; tables and notes start fresh</source>
        <translation>Dechrau sesiwn y digwyddiad nesaf: daw lleoedd, nodau a chamau gweithredu agored ynghyd â'u hanes drosodd; mae byrddau a nodiadau'n dechrau o'r newydd</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Close</source>
        <translation>&amp;Cau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Full Screen</source>
        <translation>&amp;Sgrin Lawn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Mute Sounds</source>
        <translation>&amp;Tewi Synau</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No chime when an agenda item's time is up</source>
        <translation>Dim cloch pan fydd amser eitem ar yr agenda ar ben</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About Roundtable</source>
        <translation>&amp;Ynghylch Roundtable</translation>
    </message>
    <message>
        <location line="+1" />
        <source>About &amp;Qt</source>
        <translation>Ynghylch &amp;Qt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;User Guide</source>
        <translation>&amp;Canllaw Defnyddiwr</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The user guide, read offline</source>
        <translation>Y canllaw defnyddiwr, i'w ddarllen all-lein</translation>
    </message>
    <message>
        <location line="+66" />
        <source>Cu&amp;t</source>
        <translation>Tor&amp;ri</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select &amp;All</source>
        <translation>Dewis y &amp;Cyfan</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Main Toolbar</source>
        <translation>Prif Far Offer</translation>
    </message>
    <message>
        <location line="+13" />
        <source>New</source>
        <translation>Newydd</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Undo</source>
        <translation>Dadwneud</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Redo</source>
        <translation>Ailwneud</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Start Run</source>
        <translation>Dechrau'r Diwrnod</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Projector</source>
        <translation>Taflunydd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export…</source>
        <translation>Allforio…</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Toolbar</source>
        <translation>&amp;Bar Offer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show or hide the main toolbar</source>
        <translation>Dangos neu guddio'r prif far offer</translation>
    </message>
    <message>
        <location line="+15" />
        <source>&amp;Start Run Mode</source>
        <translation>&amp;Dechrau'r Modd Rhedeg</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The facilitator's screen: the current item, its countdown, what is next</source>
        <translation>Sgrin yr hwylusydd: yr eitem gyfredol, ei chyfrif i lawr, beth sydd nesaf</translation>
    </message>
    <message>
        <location line="+8" />
        <source>St&amp;op Run Mode</source>
        <translation>&amp;Stopio'r Modd Rhedeg</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Projector</source>
        <translation>&amp;Taflunydd</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show the projector window (full screen on a second screen)</source>
        <translation>Dangos ffenestr y taflunydd (sgrin lawn ar ail sgrin)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>P&amp;ICK Chart</source>
        <translation>Siart PI&amp;CK</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The PICK chart of the chosen place's aim</source>
        <translation>Siart PICK nod y lle a ddewiswyd</translation>
    </message>
    <message>
        <location line="+24" />
        <source>R&amp;un</source>
        <translation>&amp;Rhedeg</translation>
    </message>
    <message>
        <location line="+14" />
        <source>&amp;Next Item</source>
        <translation>Eitem &amp;Nesaf</translation>
    </message>
    <message>
        <location line="+0" />
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+1" />
        <source>P&amp;revious Item</source>
        <translation>Eitem &amp;Flaenorol</translation>
    </message>
    <message>
        <location line="+0" />
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pause or &amp;Resume</source>
        <translation>Saib neu &amp;Ailddechrau</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Add 5 Minutes</source>
        <translation>&amp;Ychwanegu 5 Munud</translation>
    </message>
    <message>
        <location line="+0" />
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Follow the Clock</source>
        <translation>Dilyn y &amp;Cloc</translation>
    </message>
    <message>
        <location line="+0" />
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Go to the Item's Page</source>
        <translation>&amp;Mynd i Dudalen yr Eitem</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="+217" />
        <source>%1 next event</source>
        <translation>%1 digwyddiad nesaf</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+16" />
        <source>New Event from This Session</source>
        <translation>Digwyddiad Newydd o'r Sesiwn Hon</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindowPages.cpp" line="+83" />
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Tables</source>
        <translation>&amp;Byrddau</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Places</source>
        <translation>&amp;Lleoedd</translation>
    </message>
    <message>
        <location line="+2" />
        <source>P&amp;olls</source>
        <translation>&amp;Polau</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Data Pack</source>
        <translation>Pecyn &amp;Data</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Export</source>
        <translation>Allf&amp;orio</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindowMenus.cpp" line="-203" />
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Open &amp;Recent</source>
        <translation>Agor &amp;Diweddar</translation>
    </message>
    <message>
        <location line="+7" />
        <source>This &amp;Laptop…</source>
        <translation>Y &amp;Gliniadur Hwn…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The name this laptop is shown by beside the notes, ideas and actions it captures</source>
        <translation>Yr enw a ddangosir ar gyfer y gliniadur hwn wrth ymyl y nodiadau, y syniadau a'r camau gweithredu y mae'n eu cofnodi</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Edit</source>
        <translation>&amp;Golygu</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Merge &amp;Conflicts…</source>
        <translation>&amp;Gwrthdaro Cyfuno…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Fields two laptops changed differently: see both values and choose</source>
        <translation>Meysydd a newidiwyd yn wahanol ar ddau liniadur: gweld y ddau werth a dewis</translation>
    </message>
    <message>
        <location line="+15" />
        <source>&amp;Room</source>
        <translation>&amp;Ystafell</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;View</source>
        <translation>Gw&amp;eld</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Language</source>
        <translation>&amp;Iaith</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="+237" />
        <source>Roundtable</source>
        <translation>Roundtable</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindowPages.cpp" line="+130" />
        <source>no session is open</source>
        <translation>nid oes sesiwn ar agor</translation>
    </message>
    <message>
        <location line="+24" />
        <source>unknown view %1; see roundtable screenshot --help</source>
        <translation>golwg anhysbys %1; gweler roundtable screenshot --help</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="+8" />
        <source>Untitled event</source>
        <translation>Digwyddiad heb deitl</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 (read-only)</source>
        <translation>%1 (darllen yn unig)</translation>
    </message>
    <message>
        <location line="+28" />
        <location line="+3" />
        <source>Not saved</source>
        <translation>Heb ei gadw</translation>
    </message>
    <message>
        <location line="-4" />
        <location line="+7" />
        <source>Read-only</source>
        <translation>Darllen yn unig</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This session is open read-only: changes are not possible.</source>
        <translation>Mae'r sesiwn hon ar agor i'w darllen yn unig: nid oes modd gwneud newidiadau.</translation>
    </message>
    <message>
        <location line="-6" />
        <location line="+8" />
        <source>Every change is saved</source>
        <translation>Mae pob newid yn cael ei gadw</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Each edit is written to the session file at once; there is nothing to save.</source>
        <translation>Mae pob golygiad yn cael ei ysgrifennu i'r ffeil sesiwn ar unwaith; nid oes dim i'w gadw.</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindowMenus.cpp" line="+14" />
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No recent sessions</source>
        <translation>Dim sesiynau diweddar</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Clear List</source>
        <translation>&amp;Clirio'r Rhestr</translation>
    </message>
    <message>
        <location line="+29" />
        <source>The language changes the next time Roundtable starts.</source>
        <translation>Bydd yr iaith yn newid y tro nesaf y bydd Roundtable yn cychwyn.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>System Default</source>
        <translation>Rhagosodiad y System</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="+72" />
        <source>Open &amp;Read-Only</source>
        <translation>Agor i'w &amp;Ddarllen yn Unig</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Close &amp;Anyway</source>
        <translation>Cau &amp;beth bynnag</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindowMenus.cpp" line="+20" />
        <source>New Session</source>
        <translation>Sesiwn Newydd</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+10" />
        <location line="+13" />
        <location line="+13" />
        <source>Roundtable sessions (*.roundtable)</source>
        <translation>Sesiynau Roundtable (*.roundtable)</translation>
    </message>
    <message>
        <location line="-27" />
        <source>Open Session</source>
        <translation>Agor Sesiwn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All files (*)</source>
        <translation>Pob ffeil (*)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 copy</source>
        <translation>%1 (copi)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save a Copy</source>
        <translation>Cadw Copi</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="-31" />
        <source>Copy saved to %1</source>
        <translation>Copi wedi'i gadw yn %1</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindowMenus.cpp" line="+60" />
        <source>About Roundtable</source>
        <translation>Ynghylch Roundtable</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;h3&gt;Roundtable %1&lt;/h3&gt;&lt;p&gt;Run a facilitated seminar with breakout tables and publish its verbatim summary pack.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Roundtable %1&lt;/h3&gt;&lt;p&gt;Rhedeg seminar wedi'i hwyluso gyda byrddau trafod a chyhoeddi ei becyn crynodeb air am air.&lt;/p&gt;&lt;p&gt;Trwyddedwyd o dan Drwydded Gyhoeddus Gyffredinol GNU, fersiwn 3 neu ddiweddarach (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Adeiladwyd gyda Qt %2.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>rt::MergeDialog</name>
    <message>
        <location filename="../app/shell/MergeDialog.cpp" line="+36" />
        <source>Roundtable sessions (*.roundtable)</source>
        <translation>Sesiynau Roundtable (*.roundtable)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Merge Files</source>
        <translation>Cyfuno Ffeiliau</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Combine the session files from every table's laptop into one new file. The files you pick are only read; nothing is written until every one of them has been checked.</source>
        <translation>Cyfunwch y ffeiliau sesiwn o liniadur pob bwrdd yn un ffeil newydd. Dim ond darllen y ffeiliau a ddewiswch a wneir; ni chaiff dim ei ysgrifennu nes bod pob un ohonynt wedi'i wirio.</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+5" />
        <source>Files to merge</source>
        <translation>Ffeiliau i'w cyfuno</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Add Files…</source>
        <translation>&amp;Ychwanegu Ffeiliau…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Remove</source>
        <translation>&amp;Tynnu</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+5" />
        <source>New merged file</source>
        <translation>Ffeil gyfunedig newydd</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Choose where to save the merged session</source>
        <translation>Dewiswch ble i gadw'r sesiwn gyfunedig</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Choose…</source>
        <translation>&amp;Dewis…</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Table, place or poll</source>
        <translation>Bwrdd, lle neu bôl</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Files</source>
        <translation>Ffeiliau</translation>
    </message>
    <message>
        <location line="+14" />
        <source>C&amp;ombine them: one table or place holding every file's notes, aims and actions</source>
        <translation>&amp;Eu cyfuno: un bwrdd neu le sy'n cynnwys nodiadau, nodau a chamau gweithredu pob ffeil</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Keep &amp;both, side by side (tidy them afterwards)</source>
        <translation>Cadw'r &amp;ddau, ochr yn ochr (eu tacluso wedyn)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keep the &amp;first file's only; skip the later copies</source>
        <translation>Cadw rhai'r ffeil &amp;gyntaf yn unig; hepgor y copïau diweddarach</translation>
    </message>
    <message>
        <location line="+7" />
        <source>This choice applies to every duplicate at once: the merge cannot decide table by table. A poll asked on several laptops (same question, kind and options) becomes one poll holding every file's votes unless you keep both; a phone that voted on two laptops counts once, with its later vote.</source>
        <translation>Mae'r dewis hwn yn berthnasol i bob dyblyg ar unwaith: ni all y cyfuno benderfynu fesul bwrdd. Mae pôl a ofynnwyd ar sawl gliniadur (yr un cwestiwn, math ac opsiynau) yn dod yn un pôl sy'n cynnwys pleidleisiau pob ffeil, oni bai eich bod yn cadw'r ddau; mae ffôn a bleidleisiodd ar ddau liniadur yn cyfrif unwaith, gyda'i bleidlais ddiweddarach.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Merge</source>
        <translation>&amp;Cyfuno</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Merge report</source>
        <translation>Adroddiad cyfuno</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Open Merged File</source>
        <translation>&amp;Agor y Ffeil Gyfunedig</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Open and &amp;Review Conflicts</source>
        <translation>Agor ac Adolygu'r &amp;Gwrthdaro</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Opens the merged file and lists the fields two laptops changed differently, so you can choose the other value where it is right</source>
        <translation>Yn agor y ffeil gyfunedig ac yn rhestru'r meysydd a newidiwyd yn wahanol ar ddau liniadur, er mwyn i chi ddewis y gwerth arall lle mae'n gywir</translation>
    </message>
    <message>
        <location line="+86" />
        <source>Files to Merge</source>
        <translation>Ffeiliau i'w Cyfuno</translation>
    </message>
    <message>
        <location line="+0" />
        <source>All files (*)</source>
        <translation>Pob ffeil (*)</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Merged Session</source>
        <translation>Sesiwn Gyfunedig</translation>
    </message>
    <message>
        <location line="+1" />
        <source>merged.roundtable</source>
        <translation>cyfunedig.roundtable</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Choose the new merged file.</source>
        <translation>Dewiswch y ffeil gyfunedig newydd.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is one of the files to merge; choose a new name for the merged file.</source>
        <translation>Mae %1 yn un o'r ffeiliau i'w cyfuno; dewiswch enw newydd ar gyfer y ffeil gyfunedig.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 already exists; the merge writes a new file: choose another name.</source>
        <translation>Mae %1 yn bodoli eisoes; mae'r cyfuno'n ysgrifennu ffeil newydd: dewiswch enw arall.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 cannot be written: the folder %2 does not exist.</source>
        <translation>Nid oes modd ysgrifennu %1: nid yw'r ffolder %2 yn bodoli.</translation>
    </message>
    <message numerus="yes">
        <location line="+16" />
        <source>%n file(s) checked</source>
        <translation>
            <numerusform>%n ffeil wedi'u gwirio</numerusform>
            <numerusform>%n ffeil wedi'u gwirio</numerusform>
            <numerusform>%n ffeil wedi'u gwirio</numerusform>
            <numerusform>%n ffeil wedi'u gwirio</numerusform>
            <numerusform>%n ffeil wedi'u gwirio</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43" />
        <source>Nothing is in more than one session.</source>
        <translation>Nid oes dim mewn mwy nag un sesiwn.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing to match by name: the files are copies of one session.</source>
        <translation>Dim i'w gyfateb yn ôl enw: copïau o un sesiwn yw'r ffeiliau.</translation>
    </message>
    <message numerus="yes">
        <location line="+23" />
        <source>%n copies of one session (%1): merged row by row.</source>
        <translation>
            <numerusform>%n copi o un sesiwn (%1): wedi'u cyfuno fesul rhes.</numerusform>
            <numerusform>%n copi o un sesiwn (%1): wedi'u cyfuno fesul rhes.</numerusform>
            <numerusform>%n copi o un sesiwn (%1): wedi'u cyfuno fesul rhes.</numerusform>
            <numerusform>%n copi o un sesiwn (%1): wedi'u cyfuno fesul rhes.</numerusform>
            <numerusform>%n copi o un sesiwn (%1): wedi'u cyfuno fesul rhes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>One session: %1.</source>
        <translation>Un sesiwn: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Another session, %n copies (%1): matched with the others by name.</source>
        <translation>
            <numerusform>Sesiwn arall, %n copi (%1): wedi'i chyfateb â'r lleill yn ôl enw.</numerusform>
            <numerusform>Sesiwn arall, %n copi (%1): wedi'i chyfateb â'r lleill yn ôl enw.</numerusform>
            <numerusform>Sesiwn arall, %n copi (%1): wedi'i chyfateb â'r lleill yn ôl enw.</numerusform>
            <numerusform>Sesiwn arall, %n copi (%1): wedi'i chyfateb â'r lleill yn ôl enw.</numerusform>
            <numerusform>Sesiwn arall, %n copi (%1): wedi'i chyfateb â'r lleill yn ôl enw.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>Another session (%1): matched with the others by name.</source>
        <translation>Sesiwn arall (%1): wedi'i chyfateb â'r lleill yn ôl enw.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Needs a look (%1):</source>
        <translation>Angen sylw (%1):</translation>
    </message>
    <message>
        <location line="+4" />
        <source>  Open the merged file to choose between the two values of each conflict (Edit → Merge Conflicts…).</source>
        <translation>  Agorwch y ffeil gyfunedig i ddewis rhwng dau werth pob gwrthdaro (Golygu → Gwrthdaro Cyfuno…).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Files:</source>
        <translation>Ffeiliau:</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
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
        <location line="-101" />
        <source>%1: %2 tables, %3 notes, %4 places, %5 polls, %6 votes in all.</source>
        <translation>%1: %2 bwrdd, %3 nodyn, %4 lle, %5 pôl, %6 pleidlais i gyd.</translation>
    </message>
    <message>
        <location line="-217" />
        <location line="+8" />
        <source>Found in more than one session</source>
        <translation>Mewn mwy nag un sesiwn</translation>
    </message>
    <message>
        <location line="+3" />
        <source>For every table (same number and topic) and place (same name) that is in more than one session:</source>
        <translation>Ar gyfer pob bwrdd (yr un rhif a phwnc) a lle (yr un enw) sydd mewn mwy nag un sesiwn:</translation>
    </message>
    <message>
        <location line="+235" />
        <source>%1 — cannot be merged</source>
        <translation>%1 — nid oes modd ei gyfuno</translation>
    </message>
    <message>
        <location line="+74" />
        <source>Added: %1 tables, %2 notes, %3 places, %4 aims, %5 ideas, %6 drivers, %7 actions, %8 polls, %9 votes.</source>
        <translation>Ychwanegwyd: %1 bwrdd, %2 nodyn, %3 lle, %4 nod, %5 syniad, %6 sbardun, %7 cam gweithredu, %8 pôl, %9 pleidlais.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Sources, in order:</source>
        <translation>Ffynonellau, mewn trefn:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Duplicates (%1):</source>
        <translation>Dyblygion (%1):</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: one per file (%2)</source>
        <translation>%1: un ar gyfer pob ffeil (%2)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1: one poll with the votes of %2</source>
        <translation>%1: un pôl gyda phleidleisiau %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Polls asked in more than one file, kept separately with their own votes (%1):</source>
        <translation>Polau a ofynnwyd mewn mwy nag un ffeil, wedi'u cadw ar wahân gyda'u pleidleisiau eu hunain (%1):</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Polls asked in more than one file, combined into one poll each (%1):</source>
        <translation>Polau a ofynnwyd mewn mwy nag un ffeil, wedi'u cyfuno'n un pôl yr un (%1):</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n device(s) had voted in more than one file's copy of a poll; each counts once, with its later vote.</source>
        <translation>
            <numerusform>Roedd %n dyfais wedi pleidleisio yng nghopi mwy nag un ffeil o bôl; mae pob un yn cyfrif unwaith, gyda'i phleidlais ddiweddarach.</numerusform>
            <numerusform>Roedd %n dyfais wedi pleidleisio yng nghopi mwy nag un ffeil o bôl; mae pob un yn cyfrif unwaith, gyda'i phleidlais ddiweddarach.</numerusform>
            <numerusform>Roedd %n dyfais wedi pleidleisio yng nghopi mwy nag un ffeil o bôl; mae pob un yn cyfrif unwaith, gyda'i phleidlais ddiweddarach.</numerusform>
            <numerusform>Roedd %n dyfais wedi pleidleisio yng nghopi mwy nag un ffeil o bôl; mae pob un yn cyfrif unwaith, gyda'i phleidlais ddiweddarach.</numerusform>
            <numerusform>Roedd %n dyfais wedi pleidleisio yng nghopi mwy nag un ffeil o bôl; mae pob un yn cyfrif unwaith, gyda'i phleidlais ddiweddarach.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>Skipped (%1):</source>
        <translation>Hepgorwyd (%1):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Differences from the first file (%1):</source>
        <translation>Gwahaniaethau o'r ffeil gyntaf (%1):</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Checking the files…</source>
        <translation>Wrthi'n gwirio'r ffeiliau…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Merging</source>
        <translation>Wrthi'n cyfuno</translation>
    </message>
    <message>
        <location line="+52" />
        <source>The merged session is ready: %1</source>
        <translation>Mae'r sesiwn gyfunedig yn barod: %1</translation>
    </message>
</context>
<context>
    <name>rt::MultiLineDelegate</name>
    <message>
        <location filename="../app/places/MultiLineDelegate.cpp" line="-138" />
        <source>Enter or Tab: done · Shift+Enter: new line · Esc: cancel</source>
        <translation>Enter neu Tab: gorffen · Shift+Enter: llinell newydd · Esc: canslo</translation>
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
        <translation>Golygu nodyn</translation>
    </message>
</context>
<context>
    <name>rt::NoteEntry</name>
    <message>
        <location filename="../app/tables/NoteEntry.cpp" line="+19" />
        <source>Type a note and press Enter
Shift+Enter: new line</source>
        <translation>Teipiwch nodyn a phwyso Enter
Shift+Enter: llinell newydd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New note</source>
        <translation>Nodyn newydd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Enter adds the note and keeps the cursor here for the next one.</source>
        <translation>Mae Enter yn ychwanegu'r nodyn ac yn cadw'r cyrchwr yma ar gyfer yr un nesaf.</translation>
    </message>
</context>
<context>
    <name>rt::NoteListModel</name>
    <message>
        <location filename="../core/models/NoteListModel.cpp" line="+47" />
        <source>Key point: %1</source>
        <translation>Pwynt allweddol: %1</translation>
    </message>
</context>
<context>
    <name>rt::NoteListView</name>
    <message>
        <location filename="../app/tables/NoteListView.cpp" line="+46" />
        <source>Delete removes a note, Alt+arrows move it, Ctrl+K marks a key point, F2 edits.</source>
        <translation>Mae Delete yn dileu nodyn, mae Alt+saethau yn ei symud, mae Ctrl+K yn ei farcio'n bwynt allweddol, mae F2 yn ei olygu.</translation>
    </message>
    <message>
        <location line="+131" />
        <source>&amp;Edit</source>
        <translation>&amp;Golygu</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Key Point</source>
        <translation>&amp;Pwynt Allweddol</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Move &amp;Up</source>
        <translation>Symud i &amp;Fyny</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Move &amp;Down</source>
        <translation>Symud i &amp;Lawr</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Move to &amp;Previous Prompt</source>
        <translation>Symud i'r &amp;Anogwr Blaenorol</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Move to &amp;Next Prompt</source>
        <translation>Symud i'r Anogwr &amp;Nesaf</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Move to &amp;Table</source>
        <translation>Symud i Fw&amp;rdd</translation>
    </message>
    <message>
        <location line="+13" />
        <source>De&amp;lete</source>
        <translation>&amp;Dileu</translation>
    </message>
    <message>
        <location line="+25" />
        <source>No notes yet: type below and press Enter.</source>
        <translation>Dim nodiadau eto: teipiwch isod a phwyso Enter.</translation>
    </message>
</context>
<context>
    <name>rt::NoteSearchModel</name>
    <message>
        <location filename="../core/models/NoteSearchModel.cpp" line="+117" />
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>rt::PickChartScene</name>
    <message>
        <location filename="../app/places/PickChartScene.cpp" line="+50" />
        <source>POSSIBLE</source>
        <translation>POSIBL</translation>
    </message>
    <message>
        <location line="+4" />
        <source>IMPLEMENT</source>
        <translation>GWEITHREDU</translation>
    </message>
    <message>
        <location line="+4" />
        <source>CHALLENGE</source>
        <translation>HER</translation>
    </message>
    <message>
        <location line="+4" />
        <source>KIBOSH</source>
        <translation>GOLLWNG</translation>
    </message>
    <message>
        <location line="+347" />
        <source>Tidy notes</source>
        <translation>Tacluso'r nodiadau</translation>
    </message>
    <message>
        <location line="+91" />
        <source>Relatively easy to do</source>
        <translation>Cymharol hawdd i'w wneud</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Likely difficult to do</source>
        <translation>Anodd i'w wneud, mae'n debyg</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Probably low impact</source>
        <translation>Effaith isel, yn ôl pob tebyg</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Potentially high impact</source>
        <translation>Effaith uchel o bosibl</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Unsorted ideas</source>
        <translation>Syniadau heb eu trefnu</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Drag a note onto the chart to place it</source>
        <translation>Llusgwch nodyn i'r siart i'w osod</translation>
    </message>
</context>
<context>
    <name>rt::PickChartView</name>
    <message>
        <location filename="../app/places/PickChartView.cpp" line="+34" />
        <source>PICK chart</source>
        <translation>Siart PICK</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+141" />
        <source>Page Down and Page Up select a note; the arrow keys move it</source>
        <translation>Mae Page Down a Page Up yn dewis nodyn; mae'r bysellau saeth yn ei symud</translation>
    </message>
    <message>
        <location line="-140" />
        <source>Page Down / Page Up: select a note · arrows: move it (Shift: further) · Enter: edit · Delete: remove · Ctrl+T: tidy the notes · Ctrl+= / Ctrl+-: zoom in / out · Ctrl+0: fit</source>
        <translation>Page Down / Page Up: dewis nodyn · saethau: ei symud (Shift: ymhellach) · Enter: golygu · Delete: tynnu · Ctrl+T: tacluso'r nodiadau · Ctrl+= / Ctrl+-: chwyddo i mewn / allan · Ctrl+0: ffitio</translation>
    </message>
    <message>
        <location line="+134" />
        <source>Selected: %1</source>
        <translation>Dewiswyd: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n notes selected</source>
        <translation>
            <numerusform>%n nodyn wedi'u dewis</numerusform>
            <numerusform>%n nodyn wedi'i ddewis</numerusform>
            <numerusform>%n nodyn wedi'u dewis</numerusform>
            <numerusform>%n nodyn wedi'u dewis</numerusform>
            <numerusform>%n nodyn wedi'u dewis</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45" />
        <source>Type the idea; Ctrl+Enter to finish</source>
        <translation>Teipiwch y syniad; Ctrl+Enter i orffen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Idea text</source>
        <translation>Testun y syniad</translation>
    </message>
    <message>
        <location line="+56" />
        <source>Edit text</source>
        <translation>Golygu'r testun</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Make action from idea</source>
        <translation>Creu cam gweithredu o'r syniad</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
</context>
<context>
    <name>rt::PickChartWidget</name>
    <message>
        <location filename="../app/places/PickChartWidget.cpp" line="+30" />
        <source>Make action from idea</source>
        <translation>Creu cam gweithredu o'r syniad</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tidy notes</source>
        <translation>Tacluso'r nodiadau</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Type an idea and press Enter; paste several lines to add several</source>
        <translation>Teipiwch syniad a phwyso Enter; gludwch sawl llinell i ychwanegu sawl un</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New idea</source>
        <translation>Syniad newydd</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add</source>
        <translation>Ychwanegu</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Fit</source>
        <translation>Ffitio</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom the chart to fit the window (Ctrl+0)</source>
        <translation>Chwyddo'r siart i ffitio'r ffenestr (Ctrl+0)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom in</source>
        <translation>Chwyddo i mewn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom out</source>
        <translation>Chwyddo allan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Make the chart larger (Ctrl+=)</source>
        <translation>Gwneud y siart yn fwy (Ctrl+=)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Make the chart smaller (Ctrl+-)</source>
        <translation>Gwneud y siart yn llai (Ctrl+-)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move the notes apart so none hides another or a quadrant's name; each stays in its quadrant (Ctrl+T)</source>
        <translation>Symud y nodiadau ar wahân fel nad oes yr un yn cuddio un arall nac enw pedrant; mae pob un yn aros yn ei bedrant (Ctrl+T)</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Add a row to the place's action plan for the selected idea</source>
        <translation>Ychwanegu rhes at gynllun gweithredu'r lle ar gyfer y syniad a ddewiswyd</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Added to the place's action plan.</source>
        <translation>Wedi'i ychwanegu at gynllun gweithredu'r lle.</translation>
    </message>
    <message numerus="yes">
        <location line="+48" />
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
        <location line="+18" />
        <source>This place has no aim yet: add one on the Places and aims tab, then press Enter again. Your idea stays in the box.</source>
        <translation>Nid oes nod gan y lle hwn eto: ychwanegwch un ar y tab Lleoedd a nodau, yna pwyswch Enter eto. Mae eich syniad yn aros yn y blwch.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Notes moved apart: none hides another now. Undo puts them back.</source>
        <translation>Symudwyd y nodiadau ar wahân: nid oes yr un yn cuddio un arall nawr. Mae Dadwneud yn eu rhoi yn ôl.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>There is no room left to move the notes apart.</source>
        <translation>Nid oes lle ar ôl i symud y nodiadau ar wahân.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No note hides another: nothing to tidy.</source>
        <translation>Nid oes nodyn yn cuddio un arall: dim i'w dacluso.</translation>
    </message>
    <message numerus="yes">
        <location line="+16" />
        <source>%n action(s) added to the place's action plan.</source>
        <translation>
            <numerusform>Ychwanegwyd %n cam gweithredu at gynllun gweithredu'r lle.</numerusform>
            <numerusform>Ychwanegwyd %n cam gweithredu at gynllun gweithredu'r lle.</numerusform>
            <numerusform>Ychwanegwyd %n cam gweithredu at gynllun gweithredu'r lle.</numerusform>
            <numerusform>Ychwanegwyd %n cam gweithredu at gynllun gweithredu'r lle.</numerusform>
            <numerusform>Ychwanegwyd %n cam gweithredu at gynllun gweithredu'r lle.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-188" />
        <source>&lt;i&gt;Choose an aim to see its PICK chart.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Dewiswch nod i weld ei siart PICK.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+135" />
        <source>Double-click the chart to add one; drag notes to place them, or select one with Page Down and move it with the arrow keys (Shift: bigger steps).</source>
        <translation>Cliciwch ddwywaith ar y siart i ychwanegu un; llusgwch nodiadau i'w gosod, neu dewiswch un gyda Page Down a'i symud gyda'r bysellau saeth (Shift: camau mwy).</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%n ideas selected</source>
        <translation>
            <numerusform>%n syniad wedi'u dewis</numerusform>
            <numerusform>%n syniad wedi'i ddewis</numerusform>
            <numerusform>%n syniad wedi'u dewis</numerusform>
            <numerusform>%n syniad wedi'u dewis</numerusform>
            <numerusform>%n syniad wedi'u dewis</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rt::PickCohortLegend</name>
    <message>
        <location filename="../app/places/PickCohortLegend.cpp" line="+98" />
        <source>Note colours</source>
        <translation>Lliwiau'r nodiadau</translation>
    </message>
    <message>
        <location line="+17" />
        <location line="+9" />
        <source>Cohort colours</source>
        <translation>Lliwiau'r carfanau</translation>
    </message>
    <message>
        <location line="-8" />
        <source>The colour of each cohort's notes on the PICK chart</source>
        <translation>Lliw nodiadau pob carfan ar y siart PICK</translation>
    </message>
</context>
<context>
    <name>rt::PickCohortModel</name>
    <message>
        <location line="-30" />
        <source>Notes for the cohort “%1” have this colour</source>
        <translation>Mae gan nodiadau'r garfan “%1” y lliw hwn</translation>
    </message>
</context>
<context>
    <name>rt::PlacesWorkspace</name>
    <message>
        <location filename="../app/places/PlacesWorkspace.cpp" line="+75" />
        <location line="+4" />
        <source>Place</source>
        <translation>Lle</translation>
    </message>
    <message>
        <location line="-3" />
        <source>Aim (completes the sentence)</source>
        <translation>Nod (yn cwblhau'r frawddeg)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cohort</source>
        <translation>Carfan</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Aim</source>
        <translation>Nod</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Places and aims</source>
        <translation>Lleoedd a nodau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PICK chart</source>
        <translation>Siart PICK</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Driver diagram</source>
        <translation>Diagram sbardunau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Action plan</source>
        <translation>Cynllun gweithredu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Follow-up</source>
        <translation>Gwaith dilynol</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Place views</source>
        <translation>Golygon y lleoedd</translation>
    </message>
    <message>
        <location line="-20" />
        <location line="+55" />
        <location line="+8" />
        <source>Places</source>
        <translation>Lleoedd</translation>
    </message>
    <message>
        <location line="+3" />
        <source>What did this place prioritise (e.g. in the room's poll)?</source>
        <translation>Beth oedd blaenoriaethau'r lle hwn (e.e. ym mhôl yr ystafell)?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What they prioritised</source>
        <translation>Eu blaenoriaethau</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Aims</source>
        <translation>Nodau</translation>
    </message>
    <message>
        <location line="+35" />
        <source>&lt;b&gt;Places&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lleoedd&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add</source>
        <translation>Ychwanegu</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+13" />
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <location line="-12" />
        <location line="+13" />
        <source>Up</source>
        <translation>I fyny</translation>
    </message>
    <message>
        <location line="-13" />
        <source>Move place up</source>
        <translation>Symud lle i fyny</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+13" />
        <source>Down</source>
        <translation>I lawr</translation>
    </message>
    <message>
        <location line="-13" />
        <source>Move place down</source>
        <translation>Symud lle i lawr</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;b&gt;What they prioritised&lt;/b&gt;</source>
        <translation>&lt;b&gt;Eu blaenoriaethau&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&lt;b&gt;Aims&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nodau&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Add aim</source>
        <translation>Ychwanegu nod</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Move aim up</source>
        <translation>Symud nod i fyny</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move aim down</source>
        <translation>Symud nod i lawr</translation>
    </message>
    <message>
        <location line="+14" />
        <source>places — the places and their aims</source>
        <translation>places — y lleoedd a'u nodau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>pick:P:A — the PICK chart of place P's aim A</source>
        <translation>pick:P:A — siart PICK nod A lle P</translation>
    </message>
    <message>
        <location line="+1" />
        <source>drivers:P:A — the driver diagram of place P's aim A</source>
        <translation>drivers:P:A — diagram sbardunau nod A lle P</translation>
    </message>
    <message>
        <location line="+1" />
        <source>actions:P — the action plan of place P</source>
        <translation>actions:P — cynllun gweithredu lle P</translation>
    </message>
    <message>
        <location line="+1" />
        <source>tracker — every place's actions to follow up (tracker:P — place P's)</source>
        <translation>tracker — camau gweithredu pob lle i'w dilyn i fyny (tracker:P — rhai lle P)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>review:P — review mode on place P's actions (review:P:N — at its action N)</source>
        <translation>review:P — modd adolygu ar gamau gweithredu lle P (review:P:N — wrth ei gam gweithredu N)</translation>
    </message>
    <message>
        <location line="+27" />
        <source>expected %1 (places and aims are numbered from 1)</source>
        <translation>disgwylid %1 (mae lleoedd a nodau wedi'u rhifo o 1)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>"%1" is not a number from 1</source>
        <translation>nid yw "%1" yn rhif o 1 ymlaen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>no session is open</source>
        <translation>nid oes sesiwn ar agor</translation>
    </message>
    <message>
        <location line="+2" />
        <source>there is no place %1 (the session has %2)</source>
        <translation>nid oes lle %1 (mae gan y sesiwn %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
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
        <location line="+9" />
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
        <location line="-3" />
        <source>%1 has no aim %2 (it has %3)</source>
        <translation>nid oes gan %1 nod %2 (mae ganddo %3)</translation>
    </message>
    <message>
        <location line="+123" />
        <source>Add a place first.</source>
        <translation>Ychwanegwch le yn gyntaf.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>New place</source>
        <translation>Lle newydd</translation>
    </message>
    <message>
        <location line="-221" />
        <source>Add place</source>
        <translation>Ychwanegu lle</translation>
    </message>
    <message>
        <location line="-107" />
        <source>P&amp;lace:</source>
        <translation>&amp;Lle:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A&amp;im:</source>
        <translation>&amp;Nod:</translation>
    </message>
    <message>
        <location line="+103" />
        <source>Delete place</source>
        <translation>Dileu lle</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Delete aim</source>
        <translation>Dileu nod</translation>
    </message>
</context>
<context>
    <name>rt::PollDelegate</name>
    <message>
        <location filename="../app/agenda/AgendaDelegates.cpp" line="+42" />
        <source>(no poll)</source>
        <translation>(dim pôl)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Poll %1</source>
        <translation>Pôl %1</translation>
    </message>
</context>
<context>
    <name>rt::PollsWorkspace</name>
    <message>
        <location filename="../app/polls/PollsWorkspace.cpp" line="+102" />
        <location line="+83" />
        <source>Polls</source>
        <translation>Polau</translation>
    </message>
    <message>
        <location line="-78" />
        <source>poll:N — poll N (from 1): its editor, live results and voting</source>
        <translation>poll:N — pôl N (o 1): ei olygydd, canlyniadau byw a phleidleisio</translation>
    </message>
    <message>
        <location line="+1" />
        <source>projector-poll:N — the projector with poll N (from 1) beside the timer</source>
        <translation>projector-poll:N — y taflunydd gyda phôl N (o 1) wrth ymyl yr amserydd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>kiosk — pass-the-laptop voting for the open poll (or poll 1)</source>
        <translation>kiosk — pleidleisio drwy basio'r gliniadur ar gyfer y pôl agored (neu bôl 1)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>this session has no polls</source>
        <translation>nid oes gan y sesiwn hon unrhyw bolau</translation>
    </message>
    <message numerus="yes">
        <location line="+24" />
        <location line="+12" />
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
        <location line="+24" />
        <source>&amp;Polls</source>
        <translation>&amp;Polau</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Add poll</source>
        <translation>Ychwanegu pôl</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+357" />
        <source>Remove poll</source>
        <translation>Tynnu pôl</translation>
    </message>
    <message>
        <location line="-334" />
        <source>What do you want to ask the room?</source>
        <translation>Beth hoffech chi ei ofyn i'r ystafell?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Question</source>
        <translation>Cwestiwn</translation>
    </message>
    <message>
        <location line="+15" />
        <source>no limit</source>
        <translation>dim terfyn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Most choices</source>
        <translation>Uchafswm dewisiadau</translation>
    </message>
    <message>
        <location line="+12" />
        <source>live</source>
        <translation>yn fyw</translation>
    </message>
    <message>
        <location line="+1" />
        <source>after voting closes</source>
        <translation>ar ôl i'r pleidleisio gau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show results on the projector</source>
        <translation>Dangos canlyniadau ar y taflunydd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>After voting closes: the projector and the kiosk show the question and the number of votes, and the results only once you close voting.</source>
        <translation>Ar ôl i'r pleidleisio gau: mae'r taflunydd a'r ciosg yn dangos y cwestiwn a nifer y pleidleisiau, a'r canlyniadau dim ond ar ôl i chi gau'r pleidleisio.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Place</source>
        <translation>Lle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The place whose section of the summary pack shows this poll</source>
        <translation>Y lle y mae ei adran yn y pecyn crynodeb yn dangos y pôl hwn</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A place's priorities</source>
        <translation>Blaenoriaethau lle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Feedback on the day</source>
        <translation>Adborth ar y diwrnod</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Other</source>
        <translation>Arall</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Role in the pack</source>
        <translation>Rôl yn y pecyn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Where the summary pack shows this poll: in its place's section, with the feedback at the end, or with the room's other polls</source>
        <translation>Ble mae'r pecyn crynodeb yn dangos y pôl hwn: yn adran ei le, gyda'r adborth ar y diwedd, neu gyda pholau eraill yr ystafell</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+201" />
        <source>Open voting</source>
        <translation>Agor y pleidleisio</translation>
    </message>
    <message>
        <location line="-200" />
        <source>Close voting</source>
        <translation>Cau'r pleidleisio</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Question:</source>
        <translation>&amp;Cwestiwn:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Kind:</source>
        <translation>&amp;Math:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Most choices:</source>
        <translation>&amp;Uchafswm dewisiadau:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>P&amp;lace:</source>
        <translation>&amp;Lle:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show results on the p&amp;rojector:</source>
        <translation>Dangos canlyniadau ar y &amp;taflunydd:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Role in pack:</source>
        <translation>&amp;Rôl yn y pecyn:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>State:</source>
        <translation>Cyflwr:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Options:</source>
        <translation>&amp;Opsiynau:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Options</source>
        <translation>Opsiynau</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Add option</source>
        <translation>Ychwanegu opsiwn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove option</source>
        <translation>Tynnu opsiwn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move up</source>
        <translation>Symud i fyny</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move down</source>
        <translation>Symud i lawr</translation>
    </message>
    <message>
        <location line="+24" />
        <location line="+5" />
        <source>Answers</source>
        <translation>Atebion</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+269" />
        <source>&amp;Hide answer</source>
        <translation>Cuddio &amp;ateb</translation>
    </message>
    <message>
        <location line="-264" />
        <location line="+266" />
        <source>Hide answer</source>
        <translation>Cuddio ateb</translation>
    </message>
    <message>
        <location line="-256" />
        <source>Count hands…</source>
        <translation>Cyfrif dwylo…</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+143" />
        <source>Enter how many hands went up for each option after a show of hands.</source>
        <translation>Rhowch faint o ddwylo a godwyd ar gyfer pob opsiwn ar ôl codi dwylo.</translation>
    </message>
    <message>
        <location line="-142" />
        <source>Pass the laptop…</source>
        <translation>Pasio'r gliniadur…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Full-screen voting, one person at a time. %1 leaves it.</source>
        <translation>Pleidleisio sgrin lawn, un person ar y tro. %1 i adael.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Clear results…</source>
        <translation>Clirio'r canlyniadau…</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Phones</source>
        <translation>Ffonau</translation>
    </message>
    <message>
        <location line="+89" />
        <source>(no place)</source>
        <translation>(dim lle)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Reopen voting</source>
        <translation>Ailagor y pleidleisio</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A scale's options are the labels of its levels, lowest first (for example “Strongly disagree” … “Strongly agree”). With none, the scale runs from 1 to 5.</source>
        <translation>Opsiynau graddfa yw labeli ei lefelau, yr isaf yn gyntaf (er enghraifft “Anghytuno'n gryf” … “Cytuno'n gryf”). Heb ddim, mae'r raddfa'n rhedeg o 1 i 5.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Voters put every option in order. Results are points: with n options a first place earns n−1 points, a second n−2, … a last 0.</source>
        <translation>Mae pleidleiswyr yn rhoi pob opsiwn mewn trefn. Pwyntiau yw'r canlyniadau: gyda n opsiwn mae'r safle cyntaf yn ennill n−1 pwynt, yr ail n−2, … yr olaf 0.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Voters type their own answer; options are not used.</source>
        <translation>Mae pleidleiswyr yn teipio eu hateb eu hunain; nid yw opsiynau'n cael eu defnyddio.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>A show of hands cannot express a ranking or a written answer.</source>
        <translation>Nid yw codi dwylo'n gallu mynegi trefn restrol nac ateb ysgrifenedig.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>New poll</source>
        <translation>Pôl newydd</translation>
    </message>
    <message numerus="yes">
        <location line="+15" />
        <source>This poll has %n vote(s). Remove it with its votes? You can undo this.</source>
        <translation>
            <numerusform>Mae gan y pôl hwn %n pleidlais. Ei dynnu ynghyd â'i bleidleisiau? Gallwch ddadwneud hyn.</numerusform>
            <numerusform>Mae gan y pôl hwn %n pleidlais. Ei dynnu ynghyd â'i bleidlais? Gallwch ddadwneud hyn.</numerusform>
            <numerusform>Mae gan y pôl hwn %n pleidlais. Ei dynnu ynghyd â'i bleidleisiau? Gallwch ddadwneud hyn.</numerusform>
            <numerusform>Mae gan y pôl hwn %n pleidlais. Ei dynnu ynghyd â'i bleidleisiau? Gallwch ddadwneud hyn.</numerusform>
            <numerusform>Mae gan y pôl hwn %n pleidlais. Ei dynnu ynghyd â'i bleidleisiau? Gallwch ddadwneud hyn.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16" />
        <source>Option %1</source>
        <translation>Opsiwn %1</translation>
    </message>
    <message>
        <location line="+42" />
        <source>&amp;Show answer</source>
        <translation>&amp;Dangos ateb</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show answer</source>
        <translation>Dangos ateb</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show this answer on the projector and in the pack again (%1).</source>
        <translation>Dangos yr ateb hwn ar y taflunydd ac yn y pecyn eto (%1).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Leave this answer out of the projector and the pack; it stays in the file (%1).</source>
        <translation>Gadael yr ateb hwn allan o'r taflunydd a'r pecyn; mae'n aros yn y ffeil (%1).</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Count hands</source>
        <translation>Cyfrif dwylo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>How many hands went up for each option? Each hand is added as one anonymous vote; you can undo it.</source>
        <translation>Sawl llaw a godwyd ar gyfer pob opsiwn? Mae pob llaw yn cael ei hychwanegu fel un bleidlais ddienw; gallwch ddadwneud hyn.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>(empty option)</source>
        <translation>(opsiwn gwag)</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Clear results</source>
        <translation>Clirio'r canlyniadau</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Remove all %n vote(s) of this poll? You can undo this.</source>
        <translation>
            <numerusform>Tynnu pob un o'r %n pleidlais yn y pôl hwn? Gallwch ddadwneud hyn.</numerusform>
            <numerusform>Tynnu %n pleidlais y pôl hwn? Gallwch ddadwneud hyn.</numerusform>
            <numerusform>Tynnu pob un o'r %n pleidlais yn y pôl hwn? Gallwch ddadwneud hyn.</numerusform>
            <numerusform>Tynnu pob un o'r %n pleidlais yn y pôl hwn? Gallwch ddadwneud hyn.</numerusform>
            <numerusform>Tynnu pob un o'r %n pleidlais yn y pôl hwn? Gallwch ddadwneud hyn.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rt::ProjectorView</name>
    <message>
        <location filename="../app/agenda/ProjectorView.cpp" line="+127" />
        <source>Welcome</source>
        <translation>Croeso</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1  ·  %2</source>
        <translation>%1  ·  %2</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Next: %1  %2</source>
        <translation>Nesaf: %1  %2</translation>
    </message>
</context>
<context>
    <name>rt::ProjectorWindow</name>
    <message>
        <location filename="../app/agenda/ProjectorWindow.cpp" line="+18" />
        <source>Roundtable — projector</source>
        <translation>Roundtable — taflunydd</translation>
    </message>
</context>
<context>
    <name>rt::PromptColumn</name>
    <message>
        <location filename="../app/tables/PromptColumn.cpp" line="+56" />
        <source>Double-click to edit the question</source>
        <translation>Cliciwch ddwywaith i olygu'r cwestiwn</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Prompt options</source>
        <translation>Opsiynau'r anogwr</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Edit Question</source>
        <translation>&amp;Golygu'r Cwestiwn</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Remove Prompt</source>
        <translation>&amp;Tynnu'r Anogwr</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Keep as One</source>
        <translation>Cadw fel Un</translation>
    </message>
    <message>
        <location line="+54" />
        <source>Notes: %1</source>
        <translation>Nodiadau: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New note for: %1</source>
        <translation>Nodyn newydd ar gyfer: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Options for prompt %1: %2</source>
        <translation>Opsiynau ar gyfer anogwr %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+16" />
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
        <location line="+33" />
        <source>Pasted text: %n line(s).</source>
        <translation>
            <numerusform>Testun wedi'i ludo: %n llinell.</numerusform>
            <numerusform>Testun wedi'i ludo: %n llinell.</numerusform>
            <numerusform>Testun wedi'i ludo: %n llinell.</numerusform>
            <numerusform>Testun wedi'i ludo: %n llinell.</numerusform>
            <numerusform>Testun wedi'i ludo: %n llinell.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
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
        <location filename="../core/models/Provenance.cpp" line="+66" />
        <source>%1 (this laptop)</source>
        <extracomment>A laptop's name, for the laptop the program runs on</extracomment>
        <translation>%1 (y gliniadur hwn)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>another laptop</source>
        <extracomment>A laptop whose name the session file does not know</extracomment>
        <translation>gliniadur arall</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Last changed on %1, %2</source>
        <extracomment>%1 is a laptop's name, %2 when (a time, or a date and time)</extracomment>
        <translation>Newidiwyd ddiwethaf ar %1, %2</translation>
    </message>
    <message>
        <location line="+53" />
        <source>Typed on %1, %2</source>
        <extracomment>Where a table's note was typed: %1 is a laptop's name, %2 when</extracomment>
        <translation>Teipiwyd ar %1, %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Added on %1, %2</source>
        <extracomment>Where an idea or action was added: %1 is a laptop's name, %2 when</extracomment>
        <translation>Ychwanegwyd ar %1, %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cast on %1, %2</source>
        <extracomment>Where a vote was cast: %1 is a laptop's name, %2 when</extracomment>
        <translation>Bwriwyd ar %1, %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Made on %1, %2</source>
        <extracomment>Where something was made: %1 is a laptop's name, %2 when</extracomment>
        <translation>Gwnaed ar %1, %2</translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
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
    <name>rt::ReadOnlyGuard</name>
    <message>
        <location filename="../app/shell/ReadOnly.cpp" line="+36" />
        <source>This window is read-only: the session is open for writing in another window, and this one follows it.</source>
        <translation>Mae'r ffenestr hon yn ddarllen yn unig: mae'r sesiwn ar agor i ysgrifennu ynddi mewn ffenestr arall, ac mae'r un hon yn ei dilyn.</translation>
    </message>
</context>
<context>
    <name>rt::ReviewMode</name>
    <message>
        <location filename="../app/places/ReviewMode.cpp" line="+53" />
        <source>Roundtable — review actions</source>
        <translation>Roundtable — adolygu camau gweithredu</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Progress line</source>
        <translation>Llinell gynnydd</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Read-only: nothing can be recorded here</source>
        <translation>Darllen yn unig: nid oes modd cofnodi dim yma</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type a progress line and press Enter (start with a space to begin with a number)</source>
        <translation>Teipiwch linell gynnydd a phwyso Enter (dechreuwch gyda bwlch i ddechrau gyda rhif)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>1–6 status · Enter records the line and moves on · Page Up/Page Down or ↑/↓ move · Ctrl+Z undo · F11 full screen · Esc leave</source>
        <translation>1–6 statws · Enter yn cofnodi'r llinell ac yn symud ymlaen · Page Up/Page Down neu ↑/↓ symud · Ctrl+Z dadwneud · F11 sgrin lawn · Esc gadael</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location line="+113" />
        <location line="+16" />
        <source>This session is open read-only: nothing can be recorded.</source>
        <translation>Mae'r sesiwn hon ar agor i'w darllen yn unig: nid oes modd cofnodi dim.</translation>
    </message>
    <message>
        <location line="-12" />
        <source>Status: %1 (Ctrl+Z undoes it)</source>
        <translation>Statws: %1 (mae Ctrl+Z yn ei ddadwneud)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The status was not recorded.</source>
        <translation>Ni chafodd y statws ei gofnodi.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Update recorded (Ctrl+Z undoes it)</source>
        <translation>Diweddariad wedi'i gofnodi (mae Ctrl+Z yn ei ddadwneud)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>The update was not recorded.</source>
        <translation>Ni chafodd y diweddariad ei gofnodi.</translation>
    </message>
    <message>
        <location line="+55" />
        <source>That was the last action of this place.</source>
        <translation>Dyna oedd cam gweithredu olaf y lle hwn.</translation>
    </message>
    <message>
        <location line="+56" />
        <source>No actions to review</source>
        <translation>Dim camau gweithredu i'w hadolygu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 has no actions to review</source>
        <translation>Nid oes gan %1 gamau gweithredu i'w hadolygu</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 · action %2 of %3</source>
        <translation>%1 · cam gweithredu %2 o %3</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Overdue</source>
        <translation>Yn hwyr</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Not reviewed since the event</source>
        <translation>Heb ei adolygu ers y digwyddiad</translation>
    </message>
    <message>
        <location line="+7" />
        <source>no date</source>
        <translation>dim dyddiad</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 (“%2”)</source>
        <translation>%1 (“%2”)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Owner:</source>
        <translation>Perchennog:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Due:</source>
        <translation>Erbyn:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cohort:</source>
        <translation>Carfan:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Measure of success:</source>
        <translation>Mesur llwyddiant:</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Status:</source>
        <translation>Statws:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Status: %1</source>
        <translation>Statws: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Last update:</source>
        <translation>Diweddariad diwethaf:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>none yet</source>
        <translation>dim eto</translation>
    </message>
</context>
<context>
    <name>rt::RoomController</name>
    <message>
        <location filename="../app/shell/RoomController.cpp" line="+37" />
        <source>&amp;Host a Room…</source>
        <translation>&amp;Cynnal Ystafell…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Let the table laptops stream their notes to this laptop over the room's network</source>
        <translation>Gadael i liniaduron y byrddau ffrydio eu nodiadau i'r gliniadur hwn dros rwydwaith yr ystafell</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Join a Room…</source>
        <translation>Ym&amp;uno ag Ystafell…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Stream this laptop's edits to the organiser's laptop, and receive theirs</source>
        <translation>Ffrydio golygiadau'r gliniadur hwn i liniadur y trefnydd, a derbyn eu rhai nhw</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Room…</source>
        <translation>&amp;Ystafell…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The room's address and join code, and the laptops in it</source>
        <translation>Cyfeiriad yr ystafell a'r cod ymuno, a'r gliniaduron sydd ynddi</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Leave the Room</source>
        <translation>&amp;Gadael yr Ystafell</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Open the session the room works on first (not read-only).</source>
        <translation>Agorwch y sesiwn y mae'r ystafell yn gweithio arni yn gyntaf (nid i'w darllen yn unig).</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Open this laptop's copy of the session first (not read-only).</source>
        <translation>Agorwch gopi'r gliniadur hwn o'r sesiwn yn gyntaf (nid i'w darllen yn unig).</translation>
    </message>
    <message numerus="yes">
        <location line="+57" />
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
        <location filename="../app/shell/RoomDialog.cpp" line="+33" />
        <source>Room</source>
        <translation>Ystafell</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Table laptops on the same network join this laptop's room and stream their notes here as they are typed. Nothing goes to the internet. Listen only on the network the table laptops use:</source>
        <translation>Mae gliniaduron y byrddau ar yr un rhwydwaith yn ymuno ag ystafell y gliniadur hwn ac yn ffrydio eu nodiadau yma wrth iddynt gael eu teipio. Nid oes dim yn mynd i'r rhyngrwyd. Gwrandewch ar y rhwydwaith y mae gliniaduron y byrddau yn ei ddefnyddio yn unig:</translation>
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
        <translation>&amp;Rhwydwaith:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Suggested: %1.</source>
        <translation>Awgrymir: %1.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Port:</source>
        <translation>&amp;Porth:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Open the Room</source>
        <translation>&amp;Agor yr Ystafell</translation>
    </message>
    <message>
        <location line="+24" />
        <source>QR code of the room's address</source>
        <translation>Cod QR cyfeiriad yr ystafell</translation>
    </message>
    <message>
        <location line="+2" />
        <source>On each table laptop: Room ▸ Join a Room…, then scan, paste the address or type this laptop's address and the join code.</source>
        <translation>Ar bob gliniadur bwrdd: Ystafell ▸ Ymuno ag Ystafell…, yna sganiwch, gludwch y cyfeiriad neu teipiwch gyfeiriad y gliniadur hwn a'r cod ymuno.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Laptops in the room</source>
        <translation>Gliniaduron yn yr ystafell</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Close the Room</source>
        <translation>&amp;Cau'r Ystafell</translation>
    </message>
    <message>
        <location line="+32" />
        <source>The room could not open: %1</source>
        <translation>Nid oedd modd agor yr ystafell: %1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Room open at %1</source>
        <translation>Ystafell ar agor yn %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 · code %2</source>
        <translation>%1 · cod %2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>This laptop is in the room at %1.

%2</source>
        <translation>Mae'r gliniadur hwn yn yr ystafell yn %1.

%2</translation>
    </message>
</context>
<context>
    <name>rt::RoomPeerModel</name>
    <message>
        <location filename="../core/models/RoomPeerModel.cpp" line="+38" />
        <source>never</source>
        <translation>byth</translation>
    </message>
    <message>
        <location line="+3" />
        <source>now</source>
        <translation>nawr</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 s ago</source>
        <translation>%1 e yn ôl</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 min ago</source>
        <translation>%1 mun yn ôl</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 h ago</source>
        <translation>%1 awr yn ôl</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Table %1 · %2</source>
        <translation>Bwrdd %1 · %2</translation>
    </message>
    <message>
        <location line="+20" />
        <source>(not chosen)</source>
        <translation>(heb ei ddewis)</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Laptop</source>
        <translation>Gliniadur</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Captures</source>
        <translation>Yn cofnodi</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Last contact</source>
        <translation>Cyswllt diwethaf</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Edits waiting</source>
        <translation>Golygiadau'n aros</translation>
    </message>
</context>
<context>
    <name>rt::RowListModel</name>
    <message numerus="yes">
        <location filename="../core/models/RowListModel.cpp" line="+375" />
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
        <location filename="../app/agenda/RunController.cpp" line="+132" />
        <source>Welcome! Find your table on the table plan, and help yourself to a drink.</source>
        <translation>Croeso! Dewch o hyd i'ch bwrdd ar gynllun y byrddau, a helpwch eich hun i ddiod.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Listen, and note what strikes you: you will talk about it at your table.</source>
        <translation>Gwrandewch, a nodwch beth sy'n eich taro: byddwch yn siarad amdano wrth eich bwrdd.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Time for a break. Please be back in your seats when the countdown ends.</source>
        <translation>Amser am seibiant. Byddwch yn ôl yn eich seddi pan ddaw'r cyfrif i lawr i ben.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Talk about your table's topic under the three questions.</source>
        <translation>Siaradwch am bwnc eich bwrdd o dan y tri chwestiwn.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add your ideas, then place each one by its impact and the effort it needs.</source>
        <translation>Ychwanegwch eich syniadau, yna gosodwch bob un yn ôl ei effaith a'r ymdrech sydd ei hangen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Turn the chosen ideas into actions: who does what, by when, and how we will know it worked.</source>
        <translation>Trowch y syniadau a ddewiswyd yn gamau gweithredu: pwy sy'n gwneud beth, erbyn pryd, a sut y byddwn yn gwybod iddo weithio.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Vote from your phone: scan the code on the screen, or raise your hand when asked.</source>
        <translation>Pleidleisiwch o'ch ffôn: sganiwch y cod ar y sgrin, neu codwch eich llaw pan ofynnir.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Thank you for coming. Here is what happens next.</source>
        <translation>Diolch am ddod. Dyma beth sy'n digwydd nesaf.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Work with your place's partners on what you will do together.</source>
        <translation>Gweithiwch gyda phartneriaid eich lle ar yr hyn y byddwch yn ei wneud gyda'ch gilydd.</translation>
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
        <translation>Modd rhedeg</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Space pause, N next, P previous, E add 5 minutes, C follow the clock, Enter go to the item's page, O open its poll, M sound</source>
        <translation>Space saib, N nesaf, P blaenorol, E ychwanegu 5 munud, C dilyn y cloc, Enter mynd i dudalen yr eitem, O agor ei bôl, M sain</translation>
    </message>
    <message>
        <location line="+43" />
        <source>NEXT</source>
        <translation>NESAF</translation>
    </message>
    <message>
        <location line="+12" />
        <source>LATER</source>
        <translation>YN NES YMLAEN</translation>
    </message>
    <message>
        <location line="+19" />
        <source>GUIDANCE FOR THIS ACTIVITY</source>
        <translation>CANLLAWIAU AR GYFER Y GWEITHGAREDD HWN</translation>
    </message>
    <message>
        <location line="+12" />
        <source>◀ Back</source>
        <translation>◀ Yn ôl</translation>
    </message>
    <message>
        <location line="+0" />
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pause</source>
        <translation>Saib</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <location line="+1" />
        <source>+5 min</source>
        <translation>+5 munud</translation>
    </message>
    <message>
        <location line="+0" />
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next ▶</source>
        <translation>Nesaf ▶</translation>
    </message>
    <message>
        <location line="+0" />
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Workspace</source>
        <translation>Gweithle</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Go to the page this item is captured on (the window never switches by itself)</source>
        <translation>Mynd i'r dudalen lle caiff yr eitem hon ei chofnodi (nid yw'r ffenestr byth yn newid ar ei phen ei hun)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Poll</source>
        <translation>Pôl</translation>
    </message>
    <message>
        <location line="+0" />
        <source>O</source>
        <translation>O</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open the poll attached to this item</source>
        <translation>Agor y pôl sydd wedi'i atodi i'r eitem hon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Follow the clock</source>
        <translation>Dilyn y cloc</translation>
    </message>
    <message>
        <location line="+0" />
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Make the item the clock says current, ending at its scheduled time</source>
        <translation>Gwneud yr eitem sy'n gyfredol yn ôl y cloc yn gyfredol, gan orffen ar ei hamser penodedig</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sound</source>
        <translation>Sain</translation>
    </message>
    <message>
        <location line="+0" />
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A beep when an item's time runs out (kept until the app closes)</source>
        <translation>Bîp pan fydd amser eitem yn dod i ben (yn aros felly nes bydd yr ap yn cau)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Projector…</source>
        <translation>Taflunydd…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show the projector window</source>
        <translation>Dangos ffenestr y taflunydd</translation>
    </message>
    <message>
        <location line="+33" />
        <source>%1  [%2]</source>
        <translation>%1  [%2]</translation>
    </message>
    <message>
        <location line="+64" />
        <source>RUN MODE</source>
        <translation>MODD RHEDEG</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The agenda is empty: add items on the Agenda page.</source>
        <translation>Mae'r agenda'n wag: ychwanegwch eitemau ar dudalen yr Agenda.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not started</source>
        <translation>Heb ddechrau</translation>
    </message>
    <message>
        <location line="+13" />
        <source>NOW  ·  %1  ·  %2</source>
        <translation>NAWR  ·  %1  ·  %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ITEM %1 OF %2</source>
        <translation>EITEM %1 O %2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1  ·  %2</source>
        <translation>%1  ·  %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>End of the day</source>
        <translation>Diwedd y diwrnod</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Each table answers:</source>
        <translation>Mae pob bwrdd yn ateb:</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Go to Places  [Enter]</source>
        <translation>Mynd i'r Lleoedd  [Enter]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Go to Tables  [Enter]</source>
        <translation>Mynd i'r Byrddau  [Enter]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Workspace  [Enter]</source>
        <translation>Gweithle  [Enter]</translation>
    </message>
    <message>
        <location line="+56" />
        <source>Resume  [Space]</source>
        <translation>Ailddechrau  [Space]</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Pause  [Space]</source>
        <translation>Saib  [Space]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sound off  [M]</source>
        <translation>Sain i ffwrdd  [M]</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Sound on  [M]</source>
        <translation>Sain ymlaen  [M]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Paused — press Space to resume</source>
        <translation>Wedi oedi — pwyswch Space i ailddechrau</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Over time · N moves on, E adds 5 minutes</source>
        <translation>Dros amser · N i symud ymlaen, E i ychwanegu 5 munud</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No end time, so no countdown: E gives it 5 minutes</source>
        <translation>Dim amser gorffen, felly dim cyfrif i lawr: mae E yn rhoi 5 munud iddi</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Following the clock · ends at %1</source>
        <translation>Dilyn y cloc · yn gorffen am %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Ends at %1</source>
        <translation>Yn gorffen am %1</translation>
    </message>
</context>
<context>
    <name>rt::RunStatusWidget</name>
    <message>
        <location filename="../app/agenda/RunStatusWidget.cpp" line="+26" />
        <source>Run mode: the current item and the time left (click for run mode, F5)</source>
        <translation>Modd rhedeg: yr eitem gyfredol a'r amser sydd ar ôl (cliciwch am y modd rhedeg, F5)</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Not started</source>
        <translation>Heb ddechrau</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run mode: %1, %2 left, paused</source>
        <translation>Modd rhedeg: %1, %2 ar ôl, wedi'i oedi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run mode: %1, %2 over time</source>
        <translation>Modd rhedeg: %1, %2 dros amser</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run mode: %1, %2 left</source>
        <translation>Modd rhedeg: %1, %2 ar ôl</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Go to Tables</source>
        <translation>Mynd i'r Byrddau</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Go to Places</source>
        <translation>Mynd i'r Lleoedd</translation>
    </message>
</context>
<context>
    <name>rt::SaveBanner</name>
    <message>
        <location filename="../app/shell/SaveBanner.cpp" line="+22" />
        <source>Changes are not being saved</source>
        <translation>Nid yw newidiadau'n cael eu cadw</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Try &amp;Again</source>
        <translation>Rhoi &amp;cynnig arall</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tries to save to the session file again</source>
        <translation>Yn ceisio cadw i'r ffeil sesiwn eto</translation>
    </message>
    <message>
        <location line="+33" />
        <source>%1 Nothing saved before is lost, and text you typed stays in its box until it can be saved. Roundtable keeps trying: free some space or check the folder.</source>
        <translation>%1 Nid oes dim a gadwyd o'r blaen wedi'i golli, ac mae testun a deipiwyd gennych yn aros yn ei flwch nes bod modd ei gadw. Mae Roundtable yn dal i geisio: rhyddhewch ychydig o le neu gwiriwch y ffolder.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Saving works again. Text that could not be saved is still in its box: send it again (Enter) to save it.</source>
        <translation>Mae cadw'n gweithio eto. Mae testun nad oedd modd ei gadw yn dal yn ei flwch: anfonwch ef eto (Enter) i'w gadw.</translation>
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
        <translation>Gweithleoedd</translation>
    </message>
</context>
<context>
    <name>rt::SlidePreview</name>
    <message>
        <location filename="../app/export/ExportWorkspace.cpp" line="-542" />
        <source>Slide preview</source>
        <translation>Rhagolwg sleidiau</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Nothing to export yet</source>
        <translation>Dim byd i'w allforio eto</translation>
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
        <translation>Statws</translation>
    </message>
</context>
<context>
    <name>rt::Store</name>
    <message>
        <location filename="../core/store/Store.cpp" line="+89" />
        <source>Could not prepare a statement: %1</source>
        <translation>Nid oedd modd paratoi datganiad: %1</translation>
    </message>
    <message>
        <location line="+84" />
        <source>The change could not be recorded for the room: %1</source>
        <translation>Nid oedd modd cofnodi'r newid ar gyfer yr ystafell: %1</translation>
    </message>
    <message>
        <location line="+227" />
        <location line="+28" />
        <location line="+58" />
        <location line="+47" />
        <location line="+36" />
        <location filename="../core/store/VoteRepository.cpp" line="+33" />
        <source>The session is open read-only.</source>
        <translation>Mae'r sesiwn ar agor i'w darllen yn unig.</translation>
    </message>
    <message>
        <location line="-137" />
        <source>There is no field %1 in %2.</source>
        <translation>Nid oes maes %1 yn %2.</translation>
    </message>
    <message>
        <location line="+140" />
        <source>%1 rows have no order.</source>
        <translation>Nid oes trefn gan %1 rhes.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>There is no %1 with id %2.</source>
        <translation>Nid oes %1 gydag id %2.</translation>
    </message>
</context>
<context>
    <name>rt::TableCardDelegate</name>
    <message numerus="yes">
        <location filename="../app/tables/TableOverview.cpp" line="-161" />
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
        <location line="+24" />
        <source>(no topic)</source>
        <translation>(dim pwnc)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>No facilitator yet</source>
        <translation>Dim hwylusydd eto</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Facilitator: %1</source>
        <translation>Hwylusydd: %1</translation>
    </message>
    <message>
        <location line="+39" />
        <source>From: %1</source>
        <translation>O: %1</translation>
    </message>
    <message>
        <location line="+17" />
        <source>No key points yet</source>
        <translation>Dim pwyntiau allweddol eto</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
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
        <location line="+28" />
        <source>This table's notes were typed on %1</source>
        <translation>Teipiwyd nodiadau'r bwrdd hwn ar %1</translation>
    </message>
</context>
<context>
    <name>rt::TableItemDelegate</name>
    <message>
        <location filename="../app/tables/TablePicker.cpp" line="+86" />
        <source>(no topic)</source>
        <translation>(dim pwnc)</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
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
        <translation>Rhif</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Topic</source>
        <translation>Pwnc</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Facilitator</source>
        <translation>Hwylusydd</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Table %1</source>
        <translation>Bwrdd %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Table %1 · %2</source>
        <translation>Bwrdd %1 · %2</translation>
    </message>
    <message>
        <location line="+47" />
        <source>%1, facilitator %2, notes: %3</source>
        <translation>%1, hwylusydd %2, nodiadau: %3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not set</source>
        <translation>heb ei osod</translation>
    </message>
    <message>
        <location line="+65" />
        <source>Move notes to %1</source>
        <translation>Symud nodiadau i %1</translation>
    </message>
</context>
<context>
    <name>rt::TableOverview</name>
    <message>
        <location filename="../app/tables/TableOverview.cpp" line="+76" />
        <source>All tables</source>
        <translation>Pob bwrdd</translation>
    </message>
    <message>
        <location line="+8" />
        <source>+ Add Table</source>
        <translation>+ Ychwanegu Bwrdd</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Tables</source>
        <translation>Byrddau</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Search results</source>
        <translation>Canlyniadau chwilio</translation>
    </message>
    <message numerus="yes">
        <location line="+82" />
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
        <location line="+1" />
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
        <location line="+1" />
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
        <location line="+4" />
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
        <location line="+1" />
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
        <location line="-2" />
        <source>No note matches “%1”</source>
        <translation>Nid oes nodyn yn cyfateb i “%1”</translation>
    </message>
</context>
<context>
    <name>rt::TablePicker</name>
    <message>
        <location filename="../app/tables/TablePicker.cpp" line="+16" />
        <location line="+31" />
        <source>Tables</source>
        <translation>Byrddau</translation>
    </message>
    <message>
        <location line="-18" />
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Add a table</source>
        <translation>Ychwanegu bwrdd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>✎</source>
        <translation>✎</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Edit the table's number, topic and facilitator</source>
        <translation>Golygu rhif, pwnc a hwylusydd y bwrdd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>↑</source>
        <translation>↑</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Move the table up</source>
        <translation>Symud y bwrdd i fyny</translation>
    </message>
    <message>
        <location line="+1" />
        <source>↓</source>
        <translation>↓</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Move the table down</source>
        <translation>Symud y bwrdd i lawr</translation>
    </message>
    <message>
        <location line="+1" />
        <source>✕</source>
        <translation>✕</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Delete the table and its notes (undoable)</source>
        <translation>Dileu'r bwrdd a'i nodiadau (mae modd dadwneud hyn)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Drop notes on a table to move them there.</source>
        <translation>Gollyngwch nodiadau ar fwrdd i'w symud yno.</translation>
    </message>
    <message>
        <location line="+109" />
        <source>Table details</source>
        <translation>Manylion y bwrdd</translation>
    </message>
    <message>
        <location line="+6" />
        <source>e.g. Mental health</source>
        <translation>e.e. Iechyd meddwl</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Number:</source>
        <translation>&amp;Rhif:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Topic:</source>
        <translation>&amp;Pwnc:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Facilitator:</source>
        <translation>&amp;Hwylusydd:</translation>
    </message>
</context>
<context>
    <name>rt::TablesWorkspace</name>
    <message>
        <location filename="../app/tables/TablesWorkspace.cpp" line="+89" />
        <source>All Tables</source>
        <translation>Pob Bwrdd</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Table</source>
        <translation>Bwrdd</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Feed Back</source>
        <translation>Adborth</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Every table as a card</source>
        <translation>Pob bwrdd fel cerdyn</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Capture the current table's notes</source>
        <translation>Cofnodi nodiadau'r bwrdd cyfredol</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show the current table's key points, large, for the room</source>
        <translation>Dangos pwyntiau allweddol y bwrdd cyfredol, yn fawr, i'r ystafell</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Search every table (Ctrl+F)</source>
        <translation>Chwilio pob bwrdd (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Search notes at every table</source>
        <translation>Chwilio nodiadau pob bwrdd</translation>
    </message>
    <message>
        <location line="+76" />
        <source>+ Add Prompt</source>
        <translation>+ Ychwanegu Anogwr</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Add a question every table answers (up to five)</source>
        <translation>Ychwanegu cwestiwn y mae pob bwrdd yn ei ateb (hyd at bump)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Feed Back ▸</source>
        <translation>Adborth ▸</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show this table's key points large, for the room</source>
        <translation>Dangos pwyntiau allweddol y bwrdd hwn yn fawr, i'r ystafell</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Full Screen</source>
        <translation>Sgrin Lawn</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show the key points full screen on the last screen (the projector)</source>
        <translation>Dangos y pwyntiau allweddol ar sgrin lawn ar y sgrin olaf (y taflunydd)</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Tables</source>
        <translation>Byrddau</translation>
    </message>
    <message>
        <location line="+5" />
        <source>tables — every table as a card, with notes per prompt and key points</source>
        <translation>tables — pob bwrdd fel cerdyn, gyda nodiadau fesul anogwr a phwyntiau allweddol</translation>
    </message>
    <message>
        <location line="+1" />
        <source>table:N — the notes of table N (N: its position, 1 = first in the file)</source>
        <translation>table:N — nodiadau bwrdd N (N: ei safle, 1 = y cyntaf yn y ffeil)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>feedback:N — table N's key points, projector-sized</source>
        <translation>feedback:N — pwyntiau allweddol bwrdd N, maint taflunydd</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1: the session has no tables</source>
        <translation>%1: nid oes byrddau yn y sesiwn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: N must be a table's position from 1 to %2</source>
        <translation>%1: rhaid i N fod yn safle bwrdd o 1 i %2</translation>
    </message>
    <message>
        <location line="+90" />
        <source>Key points</source>
        <translation>Pwyntiau allweddol</translation>
    </message>
    <message>
        <location line="+72" />
        <source>New question?</source>
        <translation>Cwestiwn newydd?</translation>
    </message>
    <message>
        <location line="+67" />
        <source>From: %1</source>
        <extracomment>Which laptops a table's notes were typed on: %1 lists their names</extracomment>
        <translation>O: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This table's notes were typed on %1</source>
        <translation>Teipiwyd nodiadau'r bwrdd hwn ar %1</translation>
    </message>
    <message numerus="yes">
        <location line="+28" />
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
        <location line="+1" />
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
        <location line="-68" />
        <source>No table</source>
        <translation>Dim bwrdd</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Facilitator: %1</source>
        <translation>Hwylusydd: %1</translation>
    </message>
    <message>
        <location line="+59" />
        <source>No matches</source>
        <translation>Dim cyfatebiaethau</translation>
    </message>
</context>
<context>
    <name>rt::TemplateDialog</name>
    <message>
        <location filename="../app/shell/TemplateDialog.cpp" line="+20" />
        <source>New from Template</source>
        <translation>Newydd o Dempled</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose what the new session starts with. You can change everything afterwards.</source>
        <translation>Dewiswch beth fydd yn y sesiwn newydd ar y dechrau. Gallwch newid popeth wedyn.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Templates</source>
        <translation>Templedi</translation>
    </message>
    <message>
        <location line="+12" />
        <source>&amp;Create…</source>
        <translation>&amp;Creu…</translation>
    </message>
</context>
<context>
    <name>rt::UserGuideWindow</name>
    <message>
        <location filename="../app/shell/UserGuide.cpp" line="+25" />
        <source>Roundtable User Guide</source>
        <translation>Canllaw Defnyddiwr Roundtable</translation>
    </message>
    <message>
        <location line="+7" />
        <source>User guide</source>
        <translation>Canllaw defnyddiwr</translation>
    </message>
    <message>
        <location line="+41" />
        <source>&lt;h2&gt;The user guide is not installed&lt;/h2&gt;&lt;p&gt;Roundtable looked for it here:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;&lt;p&gt;Reinstall Roundtable, or read docs/USER-GUIDE.md in its source.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Nid yw'r canllaw defnyddiwr wedi'i osod&lt;/h2&gt;&lt;p&gt;Chwiliodd Roundtable amdano yma:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;&lt;p&gt;Ailosodwch Roundtable, neu darllenwch docs/USER-GUIDE.md yn ei ffynhonnell.&lt;/p&gt;</translation>
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
        <translation>Rhedeg seminar wedi'i hwyluso a chyhoeddi ei becyn crynodeb air am air.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>New from Template…</source>
        <translation>Newydd o Dempled…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Open…</source>
        <translation>Agor…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Recent sessions</source>
        <translation>Sesiynau diweddar</translation>
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
        <translation>Mae'r sesiynau rydych chi'n eu hagor yn ymddangos yma.</translation>
    </message>
</context>
<context>
    <name>rt::agendatimes</name>
    <message>
        <location filename="../core/domain/AgendaTimes.cpp" line="+98" />
        <location line="+6" />
        <source>“%1” is not a time: enter it as HH:MM (00:00–23:59).</source>
        <translation>Nid yw “%1” yn amser: rhowch ef fel HH:MM (00:00–23:59).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Ends (%1) before it starts (%2).</source>
        <translation>Yn gorffen (%1) cyn iddi ddechrau (%2).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Overlaps the next item, which starts at %1.</source>
        <translation>Yn gorgyffwrdd â'r eitem nesaf, sy'n dechrau am %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Starts before the previous item ends (%1).</source>
        <translation>Yn dechrau cyn i'r eitem flaenorol orffen (%1).</translation>
    </message>
</context>
<context>
    <name>rt::charts::PollChart</name>
    <message>
        <location filename="../app/polls/PollChart.cpp" line="+247" />
        <source>Poll results</source>
        <translation>Canlyniadau'r pôl</translation>
    </message>
</context>
<context>
    <name>rt::cli</name>
    <message>
        <location filename="../app/cli/Cli.cpp" line="-50" />
        <source>create a session file from a built-in template (default: blank)</source>
        <translation>creu ffeil sesiwn o dempled adeiledig (rhagosodiad: blank)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>list the built-in templates</source>
        <translation>rhestru'r templedi adeiledig</translation>
    </message>
    <message>
        <location line="+3" />
        <source>what the session file holds (counts; --json: one JSON object)</source>
        <translation>beth sydd yn y ffeil sesiwn (cyfrifon; --json: un gwrthrych JSON)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the whole session as interchange JSON on stdout</source>
        <translation>y sesiwn gyfan fel JSON cyfnewid ar stdout</translation>
    </message>
    <message>
        <location line="+2" />
        <source>build a new session file from interchange JSON (JSON may be - for stdin)</source>
        <translation>adeiladu ffeil sesiwn newydd o JSON cyfnewid (gall JSON fod yn - ar gyfer stdin)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>render one view of the app offscreen to a PNG</source>
        <translation>rendro un olwg o'r ap oddi ar y sgrin i PNG</translation>
    </message>
    <message>
        <location line="-7" />
        <source>combine the files from several laptops into a new file OUT</source>
        <translation>cyfuno'r ffeiliau o sawl gliniadur mewn ffeil newydd OUT</translation>
    </message>
    <message>
        <location line="+2" />
        <source>phone voting without the window, until Ctrl+C or the poll closes</source>
        <translation>pleidleisio ar ffonau heb y ffenestr, nes Ctrl+C neu nes i'r pôl gau</translation>
    </message>
    <message>
        <location line="+2" />
        <source>host the live room, or join one as a table laptop, until Ctrl+C</source>
        <translation>cynnal yr ystafell fyw, neu ymuno ag un fel gliniadur bwrdd, nes Ctrl+C</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Usage: roundtable [FILE]             open the app (on FILE)
       roundtable COMMAND [ARGS...]   run a command without a window
</source>
        <translation>Defnydd: roundtable [FILE]              agor yr ap (ar FILE)
         roundtable COMMAND [ARGS...]   rhedeg gorchymyn heb ffenestr
</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Commands:</source>
        <translation>Gorchmynion:</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Views for screenshot --view:</source>
        <translation>Golygon ar gyfer screenshot --view:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Options:</source>
        <translation>Opsiynau:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>show this help; `roundtable COMMAND --help` for one command</source>
        <translation>dangos y cymorth hwn; `roundtable COMMAND --help` ar gyfer un gorchymyn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>show the version</source>
        <translation>dangos y fersiwn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Exit status is 0 on success; otherwise one line on stderr says why.</source>
        <translation>Statws gadael yw 0 os yw'n llwyddo; fel arall mae un llinell ar stderr yn dweud pam.</translation>
    </message>
    <message>
        <location line="+75" />
        <source>show this help</source>
        <translation>dangos y cymorth hwn</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Usage: roundtable %1</source>
        <translation>Defnydd: roundtable %1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Views:</source>
        <translation>Golygon:</translation>
    </message>
    <message>
        <location filename="../app/cli/DumpCommand.cpp" line="+14" />
        <location filename="../app/cli/ExportCommand.cpp" line="+52" />
        <location filename="../app/cli/InfoCommand.cpp" line="+37" />
        <source>the session file (opened read-only)</source>
        <translation>y ffeil sesiwn (wedi'i hagor i'w darllen yn unig)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>dump: expected one FILE (usage: roundtable dump FILE)</source>
        <translation>dump: disgwylid un FILE (defnydd: roundtable dump FILE)</translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="-2" />
        <source>print one JSON object instead of text</source>
        <translation>argraffu un gwrthrych JSON yn lle testun</translation>
    </message>
    <message>
        <location line="+7" />
        <source>info: expected one FILE (usage: roundtable info FILE [--json])</source>
        <translation>info: disgwylid un FILE (defnydd: roundtable info FILE [--json])</translation>
    </message>
    <message>
        <location line="+61" />
        <source>File</source>
        <translation>Ffeil</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Venue</source>
        <translation>Lleoliad</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Schema</source>
        <translation>Sgema</translation>
    </message>
    <message>
        <location line="+0" />
        <source>version %1</source>
        <translation>fersiwn %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message numerus="yes">
        <location line="+0" />
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n eitem</numerusform>
            <numerusform>%n eitem</numerusform>
            <numerusform>%n eitem</numerusform>
            <numerusform>%n eitem</numerusform>
            <numerusform>%n eitem</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12" />
        <source>Follow-up</source>
        <translation>Gwaith dilynol</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%1 open, %2 overdue, %n progress update(s)</source>
        <translation>
            <numerusform>%1 ar agor, %2 yn hwyr, %n diweddariad cynnydd</numerusform>
            <numerusform>%1 ar agor, %2 yn hwyr, %n diweddariad cynnydd</numerusform>
            <numerusform>%1 ar agor, %2 yn hwyr, %n diweddariad cynnydd</numerusform>
            <numerusform>%1 ar agor, %2 yn hwyr, %n diweddariad cynnydd</numerusform>
            <numerusform>%1 ar agor, %2 yn hwyr, %n diweddariad cynnydd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
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
        <location line="+1" />
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
        <location line="+2" />
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
        <location line="+3" />
        <location line="+4" />
        <source>Room</source>
        <translation>Ystafell</translation>
    </message>
    <message numerus="yes">
        <location line="-3" />
        <source>hosted here: %n laptop(s), </source>
        <translation>
            <numerusform>wedi'i chynnal yma: %n gliniadur, </numerusform>
            <numerusform>wedi'i chynnal yma: %n gliniadur, </numerusform>
            <numerusform>wedi'i chynnal yma: %n gliniadur, </numerusform>
            <numerusform>wedi'i chynnal yma: %n gliniadur, </numerusform>
            <numerusform>wedi'i chynnal yma: %n gliniadur, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n change(s) logged</source>
        <translation>
            <numerusform>%n newid wedi'i gofnodi</numerusform>
            <numerusform>%n newid wedi'i gofnodi</numerusform>
            <numerusform>%n newid wedi'i gofnodi</numerusform>
            <numerusform>%n newid wedi'i gofnodi</numerusform>
            <numerusform>%n newid wedi'i gofnodi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
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
        <location line="-28" />
        <source>Prompts</source>
        <translation>Anogwyr</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tables</source>
        <translation>Byrddau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 (notes: %2, key points: %3)</source>
        <translation>%1 (nodiadau: %2, pwyntiau allweddol: %3)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Places</source>
        <translation>Lleoedd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 (aims: %2, ideas: %3, drivers: %4, actions: %5)</source>
        <translation>%1 (nodau: %2, syniadau: %3, sbardunau: %4, camau gweithredu: %5)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Polls</source>
        <translation>Polau</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 (votes: %2)</source>
        <translation>%1 (pleidleisiau: %2)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Data pack</source>
        <translation>Pecyn data</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Merged from</source>
        <translation>Wedi'i gyfuno o</translation>
    </message>
    <message>
        <location filename="../app/cli/LoadCommand.cpp" line="+32" />
        <source>interchange JSON file, or - for standard input</source>
        <translation>ffeil JSON cyfnewid, neu - ar gyfer mewnbwn safonol</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the session file to build; it must not exist</source>
        <translation>y ffeil sesiwn i'w hadeiladu; rhaid nad yw'n bodoli</translation>
    </message>
    <message>
        <location line="+5" />
        <source>load: expected JSON and FILE (usage: roundtable load JSON FILE)</source>
        <translation>load: disgwylid JSON a FILE (defnydd: roundtable load JSON FILE)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>standard input</source>
        <translation>mewnbwn safonol</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 cannot be read: %2</source>
        <translation>nid oes modd darllen %1: %2</translation>
    </message>
    <message>
        <location line="+13" />
        <source>warning: %1</source>
        <translation>rhybudd: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
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
        <location filename="../app/cli/MergeCommand.cpp" line="+26" />
        <source>the new session file to write; it must not exist</source>
        <translation>y ffeil sesiwn newydd i'w hysgrifennu; rhaid iddi beidio â bodoli</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the session files to combine (opened read-only)</source>
        <translation>y ffeiliau sesiwn i'w cyfuno (wedi'u hagor i'w darllen yn unig)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>what to do with a table, place or poll found in several files: combine (one, with every file's notes and votes; the default, as in the window), keep-both, or keep-first</source>
        <translation>beth i'w wneud â bwrdd, lle neu arolwg sydd mewn sawl ffeil: combine (un, gyda nodiadau a phleidleisiau pob ffeil; y diofyn, fel yn y ffenestr), keep-both, neu keep-first</translation>
    </message>
    <message>
        <location line="+12" />
        <source>merge: --policy %1 is not one of combine, keep-both, keep-first</source>
        <translation>merge: nid yw --policy %1 yn un o combine, keep-both, keep-first</translation>
    </message>
    <message>
        <location line="+3" />
        <source>usage: roundtable merge OUT FILE...</source>
        <translation>defnydd: roundtable merge OUT FILE...</translation>
    </message>
    <message>
        <location line="+10" />
        <source>duplicate: %1</source>
        <translation>dyblyg: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>skipped: %1</source>
        <translation>hepgorwyd: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>differs: %1</source>
        <translation>gwahanol: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
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
        <location filename="../app/cli/NewCommand.cpp" line="+17" />
        <source>the template to start from (see `roundtable templates`)</source>
        <translation>y templed i ddechrau ohono (gweler `roundtable templates`)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>start from the last event's session: its places, aims, driver diagrams, open actions with their progress, prompts and data pack (tables, notes, ideas and polls start fresh)</source>
        <translation>dechrau o sesiwn y digwyddiad diwethaf: ei lleoedd, nodau, diagramau sbardunau, camau gweithredu agored ynghyd â'u cynnydd, anogwyr a phecyn data (mae byrddau, nodiadau, syniadau a pholau'n dechrau o'r newydd)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the session file to create; it must not exist</source>
        <translation>y ffeil sesiwn i'w chreu; rhaid nad yw'n bodoli</translation>
    </message>
    <message>
        <location line="+6" />
        <source>new: expected one FILE (usage: roundtable new [--template NAME | --from PREVIOUS] FILE)</source>
        <translation>new: disgwylid un FILE (defnydd: roundtable new [--template NAME | --from PREVIOUS] FILE)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>new: --from and --template cannot be used together</source>
        <translation>new: nid oes modd defnyddio --from a --template gyda'i gilydd</translation>
    </message>
    <message>
        <location line="+9" />
        <source>there is no template "%1"; `roundtable templates` lists them</source>
        <translation>nid oes templed "%1"; mae `roundtable templates` yn eu rhestru</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the built-in template %1 is broken: %2</source>
        <translation>mae'r templed adeiledig %1 wedi torri: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/ScreenshotCommand.cpp" line="+47" />
        <source>the view to render (listed below)</source>
        <translation>y olwg i'w rendro (rhestrir isod)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the PNG file to write</source>
        <translation>y ffeil PNG i'w hysgrifennu</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the window size in pixels (default 1280x800)</source>
        <translation>maint y ffenestr mewn picseli (rhagosodiad 1280x800)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the window's language, e.g. ur or cy (default: the system's, LANG)</source>
        <translation>iaith y ffenestr, e.e. ur neu cy (diofyn: iaith y system, LANG)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>picture the read-only window (as a second window shows the session)</source>
        <translation>dangos y ffenestr darllen yn unig (fel y mae ail ffenestr yn dangos y sesiwn)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the session file (never changed: the window shows a copy of it)</source>
        <translation>ffeil y sesiwn (ni chaiff ei newid: mae'r ffenestr yn dangos copi ohoni)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>screenshot: expected one FILE (usage: roundtable screenshot FILE --view VIEW -o OUT.png)</source>
        <translation>screenshot: disgwylid un FILE (defnydd: roundtable screenshot FILE --view VIEW -o OUT.png)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>screenshot: --view VIEW is required (`roundtable screenshot --help` lists the views)</source>
        <translation>screenshot: mae angen --view VIEW (mae `roundtable screenshot --help` yn rhestru'r golygon)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>screenshot: -o OUT.png is required</source>
        <translation>screenshot: mae angen -o OUT.png</translation>
    </message>
    <message>
        <location line="+7" />
        <source>screenshot: --size expects WxH between 100x100 and 8000x8000, e.g. 1280x800, not "%1"</source>
        <translation>screenshot: mae --size yn disgwyl WxH rhwng 100x100 ac 8000x8000, e.e. 1280x800, nid "%1"</translation>
    </message>
    <message>
        <location line="+4" />
        <source>screenshot: no translation for language "%1" (try en, cy, pl or ur)</source>
        <translation>screenshot: dim cyfieithiad ar gyfer yr iaith "%1" (rhowch gynnig ar en, cy, pl neu ur)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>screenshot: no room for a working copy: %1</source>
        <translation>screenshot: dim lle i gopi gweithio: %1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>screenshot: %1</source>
        <translation>screenshot: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="-33" />
        <source>write the verbatim summary pack (see export --help)</source>
        <translation>ysgrifennu'r pecyn crynodeb air am air (gweler export --help)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>pptx, pdf, md or csv (required; see Formats below)</source>
        <translation>pptx, pdf, md neu csv (gofynnol; gweler Fformatau isod)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>output file (default: FILE with the format's extension; for csv a trailing .csv is dropped before -notes.csv / -actions.csv are added)</source>
        <translation>ffeil allbwn (diofyn: FILE gydag estyniad y fformat; ar gyfer csv, caiff .csv ar y diwedd ei ollwng cyn ychwanegu -notes.csv / -actions.csv)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>comma-separated parts to include (default: those the session's Export page settings include, in their order): %1</source>
        <translation>rhannau i'w cynnwys, wedi'u gwahanu gan atalnodau (diofyn: y rhai y mae gosodiadau tudalen Allforio'r sesiwn yn eu cynnwys, yn eu trefn): %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>summary (default): the verbatim summary pack; progress: the place leads' progress update (pptx, pdf or md)</source>
        <translation>summary (diofyn): y pecyn crynodeb air am air; progress: diweddariad cynnydd arweinwyr y lleoedd (pptx, pdf neu md)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>progress: only this place (default: every place)</source>
        <translation>progress: y lle hwn yn unig (diofyn: pob lle)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>progress: what changed since this day, yyyy-MM-dd (default: the event's date)</source>
        <translation>progress: beth sydd wedi newid ers y diwrnod hwn, yyyy-MM-dd (diofyn: dyddiad y digwyddiad)</translation>
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
        <location line="+15" />
        <source>export: unknown section "%1"</source>
        <translation>export: adran anhysbys "%1"</translation>
    </message>
    <message>
        <location line="+6" />
        <source>export: which session FILE?</source>
        <translation>export: pa ffeil sesiwn (FILE)?</translation>
    </message>
    <message>
        <location line="+2" />
        <source>export: unexpected argument %1</source>
        <translation>export: dadl annisgwyl %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>export: --format pptx|pdf|md|csv is required</source>
        <translation>export: mae angen --format pptx|pdf|md|csv</translation>
    </message>
    <message>
        <location line="+5" />
        <source>export: --pack must be summary or progress, not "%1"</source>
        <translation>export: rhaid i --pack fod yn summary neu progress, nid "%1"</translation>
    </message>
    <message>
        <location line="+3" />
        <source>export: --sections is for the summary pack, not --pack progress</source>
        <translation>export: mae --sections ar gyfer y pecyn crynodeb, nid --pack progress</translation>
    </message>
    <message>
        <location line="+5" />
        <source>export: --place needs a place's name</source>
        <translation>export: mae angen enw lle ar --place</translation>
    </message>
    <message>
        <location line="+6" />
        <source>export: --since "%1" is not a date; use yyyy-MM-dd</source>
        <translation>export: nid yw --since "%1" yn ddyddiad; defnyddiwch yyyy-MM-dd</translation>
    </message>
    <message>
        <location line="+10" />
        <source>export: --place and --since are for --pack progress</source>
        <translation>export: mae --place a --since ar gyfer --pack progress</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="+27" />
        <source>the poll to open, by its number in the file (from 1)</source>
        <translation>yr arolwg i'w agor, yn ôl ei rif yn y ffeil (o 1)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>the session file; votes are committed to it as they arrive</source>
        <translation>y ffeil sesiwn; caiff pleidleisiau eu cadw ynddi wrth iddynt gyrraedd</translation>
    </message>
    <message>
        <location line="+13" />
        <source>serve: --poll needs a poll number from 1</source>
        <translation>serve: mae --poll angen rhif arolwg o 1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>serve: --port needs a number from 0 to 65535</source>
        <translation>serve: mae --port angen rhif o 0 i 65535</translation>
    </message>
    <message>
        <location line="-30" />
        <source>the address of this computer to listen on (default: the first IPv4 address of a running network interface that is not a VPN, container or virtual machine, else 127.0.0.1)</source>
        <translation>cyfeiriad y cyfrifiadur hwn i wrando arno (diofyn: cyfeiriad IPv4 cyntaf rhyngwyneb rhwydwaith gweithredol nad yw'n VPN, cynhwysydd na pheiriant rhithwir, neu fel arall 127.0.0.1)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the port (default 8765, as in the window, so the poll's link stays the same; 0: any free port)</source>
        <translation>y porth (diofyn 8765, fel yn y ffenestr, fel bod dolen y pôl yn aros yr un fath; 0: unrhyw borth rhydd)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>also write the voting address's QR code to OUT.png (to print or project)</source>
        <translation>hefyd ysgrifennu cod QR y cyfeiriad pleidleisio i OUT.png (i'w argraffu neu ei daflunio)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>serve: unexpected argument %1; usage: serve FILE --poll N [--bind ADDR] [--port P] [--qr OUT.png]</source>
        <translation>serve: dadl annisgwyl %1; defnydd: serve FILE --poll N [--bind ADDR] [--port P] [--qr OUT.png]</translation>
    </message>
    <message>
        <location line="+15" />
        <source>serve: usage: serve FILE --poll N [--bind ADDR] [--port P] [--qr OUT.png]</source>
        <translation>serve: defnydd: serve FILE --poll N [--bind ADDR] [--port P] [--qr OUT.png]</translation>
    </message>
    <message>
        <location line="+22" />
        <source>serve: --bind %1 is not an IP address</source>
        <translation>serve: nid yw --bind %1 yn gyfeiriad IP</translation>
    </message>
    <message>
        <location line="+3" />
        <source>serve: --bind %1 would listen on every interface; name one address</source>
        <translation>serve: byddai --bind %1 yn gwrando ar bob rhyngwyneb; enwch un cyfeiriad</translation>
    </message>
    <message>
        <location line="+2" />
        <source>serve: --bind %1 is not an address of this computer</source>
        <translation>serve: nid yw --bind %1 yn un o gyfeiriadau'r cyfrifiadur hwn</translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
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
        <location line="+6" />
        <source>serve: cannot open poll %1 in %2: %3</source>
        <translation>serve: methu agor arolwg %1 yn %2: %3</translation>
    </message>
    <message>
        <location line="+5" />
        <source>serve: cannot set up signal handling</source>
        <translation>serve: methu gosod trin signalau</translation>
    </message>
    <message>
        <location line="+5" />
        <source>serve: %1</source>
        <translation>serve: %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>serve: cannot write the QR code to %1: %2</source>
        <translation>serve: methu ysgrifennu'r cod QR i %1: %2</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Listening on %1 (%2) only. Stop with Ctrl+C.</source>
        <translation>Yn gwrando ar %1 (%2) yn unig. Stopiwch gyda Ctrl+C.</translation>
    </message>
    <message>
        <location filename="../app/cli/RoomCommand.cpp" line="+90" />
        <location filename="../app/cli/ServeCommand.cpp" line="+3" />
        <source>Listening on %1 only. Stop with Ctrl+C.</source>
        <translation>Yn gwrando ar %1 yn unig. Stopiwch gyda Ctrl+C.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ServeCommand.cpp" line="+13" />
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
        <location filename="../app/cli/TemplatesCommand.cpp" line="+16" />
        <source>templates: takes no arguments</source>
        <translation>templates: nid yw'n cymryd unrhyw ddadleuon</translation>
    </message>
    <message>
        <location filename="../app/cli/RoomCommand.cpp" line="-51" />
        <source>the address of this computer to listen on (default: a network interface that is up and not a VPN, container or virtual machine's; else 127.0.0.1)</source>
        <translation>cyfeiriad y cyfrifiadur hwn i wrando arno (diofyn: rhyngwyneb rhwydwaith sy'n weithredol ac nad yw'n perthyn i VPN, cynhwysydd na pheiriant rhithwir; fel arall 127.0.0.1)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the port (default: the one this session used last, else 47800)</source>
        <translation>y porth (diofyn: yr un a ddefnyddiodd y sesiwn hon ddiwethaf, fel arall 47800)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the session file: the room's record</source>
        <translation>y ffeil sesiwn: cofnod yr ystafell</translation>
    </message>
    <message>
        <location line="+5" />
        <source>room host: usage: room host FILE [--bind ADDR] [--port P]</source>
        <translation>room host: defnydd: room host FILE [--bind ADDR] [--port P]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>room host: --port needs a number from 0 to 65535</source>
        <translation>room host: mae --port angen rhif o 0 i 65535</translation>
    </message>
    <message>
        <location line="+7" />
        <source>room host: --bind %1 is not an IP address</source>
        <translation>room host: nid yw --bind %1 yn gyfeiriad IP</translation>
    </message>
    <message>
        <location line="+4" />
        <source>room host: --bind %1 would listen on every interface; name one address</source>
        <translation>room host: byddai --bind %1 yn gwrando ar bob rhyngwyneb; enwch un cyfeiriad</translation>
    </message>
    <message>
        <location line="+2" />
        <source>room host: --bind %1 is not an address of this computer</source>
        <translation>room host: nid yw --bind %1 yn un o gyfeiriadau'r cyfrifiadur hwn</translation>
    </message>
    <message>
        <location line="+13" />
        <source>room host: %1</source>
        <translation>room host: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Join code: %1 (on %2, port %3)</source>
        <translation>Cod ymuno: %1 (ar %2, porth %3)</translation>
    </message>
    <message>
        <location line="-10" />
        <source>room host: cannot set up signal handling</source>
        <translation>room host: methu gosod trin signalau</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Room closed; the session file holds everything the laptops sent.</source>
        <translation>Ystafell wedi cau; mae'r ffeil sesiwn yn cynnwys popeth a anfonodd y gliniaduron.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>what this laptop captures, e.g. table:3 or place:1 (shown on the host)</source>
        <translation>beth mae'r gliniadur hwn yn ei gofnodi, e.e. table:3 neu place:1 (a ddangosir ar y gwesteiwr)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the room's address (http://…/room/…), or "ADDRESS CODE" in quotes</source>
        <translation>cyfeiriad yr ystafell (http://…/room/…), neu "ADDRESS CODE" mewn dyfynodau</translation>
    </message>
    <message>
        <location line="+2" />
        <source>this laptop's copy of the session; received from the room when missing</source>
        <translation>copi'r gliniadur hwn o'r sesiwn; caiff ei dderbyn o'r ystafell os yw ar goll</translation>
    </message>
    <message>
        <location line="+5" />
        <source>room join: usage: room join ROOM FILE [--captures WHAT]</source>
        <translation>room join: defnydd: room join ROOM FILE [--captures WHAT]</translation>
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
        <translation>room join: methu derbyn y sesiwn o %1: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Received the room's session into %1.</source>
        <translation>Derbyniwyd sesiwn yr ystafell i %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The room cannot be reached yet (%1); edits wait in the file.</source>
        <translation>Nid oes modd cyrraedd yr ystafell eto (%1); mae golygiadau'n aros yn y ffeil.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>room join: %1 is not a copy of the room's session ("%2"); join without a file to receive it</source>
        <translation>room join: nid yw %1 yn gopi o sesiwn yr ystafell ("%2"); ymunwch heb ffeil i'w derbyn</translation>
    </message>
    <message>
        <location line="-20" />
        <source>room join: cannot set up signal handling</source>
        <translation>room join: methu gosod trin signalau</translation>
    </message>
    <message numerus="yes">
        <location line="+42" />
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
        <location line="+14" />
        <source>host the live room on this laptop, or join one as a table laptop (`roundtable room host --help`, `roundtable room join --help`)</source>
        <translation>cynnal yr ystafell fyw ar y gliniadur hwn, neu ymuno ag un fel gliniadur bwrdd (`roundtable room host --help`, `roundtable room join --help`)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>room: say host or join; see roundtable room --help</source>
        <translation>room: dywedwch host neu join; gweler roundtable room --help</translation>
    </message>
</context>
<context>
    <name>rt::edit</name>
    <message>
        <location filename="../core/commands/AgendaCommands.cpp" line="+26" />
        <source>Move “%1”</source>
        <translation>Symud “%1”</translation>
    </message>
    <message>
        <location filename="../core/commands/AgendaEdits.cpp" line="+39" />
        <source>Add agenda item</source>
        <translation>Ychwanegu eitem at yr agenda</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Edit agenda item</source>
        <translation>Golygu eitem agenda</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Attach poll</source>
        <translation>Atodi pôl</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Edit guidance</source>
        <translation>Golygu canllawiau</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Edit what the room sees</source>
        <translation>Golygu'r hyn y mae'r ystafell yn ei weld</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Delete “%1”</source>
        <translation>Dileu “%1”</translation>
    </message>
    <message>
        <location filename="../core/commands/EventEdits.cpp" line="+100" />
        <location line="+10" />
        <source>Edit event details</source>
        <translation>Golygu manylion y digwyddiad</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Change export settings</source>
        <translation>Newid gosodiadau allforio</translation>
    </message>
    <message>
        <location filename="../core/commands/NoteEdits.cpp" line="+57" />
        <source>Mark key points</source>
        <translation>Marcio pwyntiau allweddol</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Unmark key points</source>
        <translation>Dadfarcio pwyntiau allweddol</translation>
    </message>
    <message>
        <location filename="../core/commands/NoteCommands.cpp" line="+47" />
        <source>Add note</source>
        <translation>Ychwanegu nodyn</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
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
        <location line="+11" />
        <source>Edit note</source>
        <translation>Golygu nodyn</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Mark key point</source>
        <translation>Marcio fel pwynt allweddol</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unmark key point</source>
        <translation>Dadfarcio pwynt allweddol</translation>
    </message>
    <message>
        <location line="+6" />
        <location filename="../core/commands/NoteEdits.cpp" line="+17" />
        <location line="+45" />
        <source>Move note</source>
        <translation>Symud nodyn</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/commands/NoteEdits.cpp" line="-45" />
        <location line="+45" />
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
        <location line="-31" />
        <source>Move note to %1</source>
        <translation>Symud nodyn i %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
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
        <location line="+42" />
        <source>Delete note</source>
        <translation>Dileu nodyn</translation>
    </message>
    <message numerus="yes">
        <location line="+0" />
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
        <location line="+11" />
        <source>Add prompt</source>
        <translation>Ychwanegu anogwr</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Edit prompt</source>
        <translation>Golygu anogwr</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Remove prompt “%1”</source>
        <translation>Tynnu'r anogwr “%1”</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Add table</source>
        <translation>Ychwanegu bwrdd</translation>
    </message>
    <message>
        <location line="+18" />
        <location line="+9" />
        <source>Edit table</source>
        <translation>Golygu bwrdd</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Delete %1</source>
        <translation>Dileu %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Move table</source>
        <translation>Symud bwrdd</translation>
    </message>
    <message>
        <location filename="../core/commands/PlaceEdits.cpp" line="+108" />
        <location line="+20" />
        <source>Move idea</source>
        <translation>Symud syniad</translation>
    </message>
    <message numerus="yes">
        <location line="-19" />
        <location line="+20" />
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
        <location line="+6" />
        <source>Delete idea</source>
        <translation>Dileu syniad</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
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
        <location line="+13" />
        <location line="+26" />
        <source>Add idea</source>
        <translation>Ychwanegu syniad</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
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
        <location line="+18" />
        <source>Edit idea</source>
        <translation>Golygu syniad</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Make action from idea</source>
        <translation>Creu cam gweithredu o'r syniad</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Add place</source>
        <translation>Ychwanegu lle</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Delete place</source>
        <translation>Dileu lle</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Reorder places</source>
        <translation>Aildrefnu lleoedd</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Edit what the place prioritised</source>
        <translation>Golygu blaenoriaethau'r lle</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Add aim</source>
        <translation>Ychwanegu nod</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Delete aim</source>
        <translation>Dileu nod</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Reorder aims</source>
        <translation>Aildrefnu nodau</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Add action</source>
        <translation>Ychwanegu cam gweithredu</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Delete action</source>
        <translation>Dileu cam gweithredu</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
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
        <location line="+6" />
        <source>Reorder actions</source>
        <translation>Aildrefnu camau gweithredu</translation>
    </message>
    <message>
        <location filename="../core/commands/PollEdits.cpp" line="+72" />
        <source>Add poll</source>
        <translation>Ychwanegu pôl</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Remove poll</source>
        <translation>Tynnu pôl</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Edit poll question</source>
        <translation>Golygu cwestiwn y pôl</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Change poll kind</source>
        <translation>Newid math y pôl</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Change most choices</source>
        <translation>Newid yr uchafswm dewisiadau</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Attach poll to place</source>
        <translation>Atodi pôl i le</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Show results after voting closes</source>
        <translation>Dangos canlyniadau ar ôl i'r pleidleisio gau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show results live</source>
        <translation>Dangos canlyniadau'n fyw</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Change poll role</source>
        <translation>Newid rôl y pôl</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Open voting</source>
        <translation>Agor y pleidleisio</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Close voting</source>
        <translation>Cau'r pleidleisio</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Add option</source>
        <translation>Ychwanegu opsiwn</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Remove option</source>
        <translation>Tynnu opsiwn</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Move option</source>
        <translation>Symud opsiwn</translation>
    </message>
    <message numerus="yes">
        <location line="+19" />
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
        <location line="+33" />
        <source>Cast vote</source>
        <translation>Bwrw pleidlais</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Hide answer</source>
        <translation>Cuddio ateb</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show answer</source>
        <translation>Dangos ateb</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+1" />
        <source>Clear poll results</source>
        <translation>Clirio canlyniadau'r pôl</translation>
    </message>
    <message>
        <location filename="../core/commands/MergeEdits.cpp" line="+205" />
        <source>Use other value from merge</source>
        <translation>Defnyddio'r gwerth arall o'r cyfuno</translation>
    </message>
    <message>
        <location filename="../core/commands/FollowEdits.cpp" line="+51" />
        <source>Set action status</source>
        <translation>Gosod statws cam gweithredu</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Set due date</source>
        <translation>Gosod dyddiad dyledus</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Edit by when</source>
        <translation>Golygu erbyn pryd</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Mark action reviewed</source>
        <translation>Marcio bod cam gweithredu wedi'i adolygu</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Mark %n action(s) reviewed</source>
        <translation>
            <numerusform>Marcio bod %n cam gweithredu wedi'u hadolygu</numerusform>
            <numerusform>Marcio bod %n cam gweithredu wedi'u hadolygu</numerusform>
            <numerusform>Marcio bod %n cam gweithredu wedi'u hadolygu</numerusform>
            <numerusform>Marcio bod %n cam gweithredu wedi'u hadolygu</numerusform>
            <numerusform>Marcio bod %n cam gweithredu wedi'u hadolygu</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16" />
        <source>Add progress update</source>
        <translation>Ychwanegu diweddariad cynnydd</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Edit progress update</source>
        <translation>Golygu diweddariad cynnydd</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Delete progress update</source>
        <translation>Dileu diweddariad cynnydd</translation>
    </message>
</context>
<context>
    <name>rt::followup</name>
    <message>
        <location filename="../core/models/ActionFollowUp.cpp" line="+103" />
        <source>Review action</source>
        <translation>Adolygu cam gweithredu</translation>
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
        <translation>Rhedeg seminar wedi'i hwyluso a chyhoeddi ei becyn crynodeb air am air.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The session file to open.</source>
        <translation>Y ffeil sesiwn i'w hagor.</translation>
    </message>
    <message>
        <location line="+46" />
        <source>unknown view %1; see roundtable screenshot --help</source>
        <translation>golwg anhysbys %1; gweler roundtable screenshot --help</translation>
    </message>
    <message>
        <location line="+20" />
        <source>%1: expected review:P or review:P:N (places and actions are numbered from 1)</source>
        <translation>%1: disgwylid review:P neu review:P:N (mae lleoedd a chamau gweithredu wedi'u rhifo o 1)</translation>
    </message>
    <message>
        <location line="+19" />
        <source>%1: the place has %2</source>
        <translation>%1: mae gan y lle %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n cam gweithredu</numerusform>
            <numerusform>%n cam gweithredu</numerusform>
            <numerusform>%n cam gweithredu</numerusform>
            <numerusform>%n cam gweithredu</numerusform>
            <numerusform>%n cam gweithredu</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19" />
        <source>rendering needs a QApplication</source>
        <translation>mae angen QApplication i rendro</translation>
    </message>
    <message>
        <location line="+4" />
        <source>no session is open</source>
        <translation>nid oes sesiwn ar agor</translation>
    </message>
    <message>
        <location line="+5" />
        <source>size %1x%2 is outside 100x100 … 8000x8000</source>
        <translation>mae maint %1x%2 y tu allan i 100x100 … 8000x8000</translation>
    </message>
    <message>
        <location line="+38" />
        <source>the Agenda page</source>
        <translation>tudalen yr Agenda</translation>
    </message>
    <message>
        <location line="+0" />
        <source>the Tables page</source>
        <translation>tudalen y Byrddau</translation>
    </message>
    <message>
        <location line="+0" />
        <source>the Places page</source>
        <translation>tudalen y Lleoedd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the Polls page</source>
        <translation>tudalen y Polau</translation>
    </message>
    <message>
        <location line="+0" />
        <source>the Data pack page</source>
        <translation>tudalen y Pecyn data</translation>
    </message>
    <message>
        <location line="+0" />
        <source>the Export page</source>
        <translation>tudalen Allforio</translation>
    </message>
    <message>
        <location line="+18" />
        <source>dialog:conflicts — Edit ▸ Merge Conflicts…, at its own size</source>
        <translation>dialog:conflicts — Golygu ▸ Gwrthdaro Cyfuno…, ar ei faint ei hun</translation>
    </message>
    <message>
        <location line="+1" />
        <source>dialog:laptop — File ▸ This Laptop…, at its own size</source>
        <translation>dialog:laptop — Ffeil ▸ Y Gliniadur Hwn…, ar ei faint ei hun</translation>
    </message>
    <message>
        <location line="+1" />
        <source>dialog:room — Room ▸ Host a Room…, at its own size</source>
        <translation>dialog:room — Ystafell ▸ Cynnal Ystafell…, ar ei faint ei hun</translation>
    </message>
    <message>
        <location line="+1" />
        <source>dialog:join — Room ▸ Join a Room…, at its own size</source>
        <translation>dialog:join — Ystafell ▸ Ymuno ag Ystafell…, ar ei faint ei hun</translation>
    </message>
</context>
<context>
    <name>rt::polls</name>
    <message numerus="yes">
        <location filename="../app/polls/PollData.cpp" line="+55" />
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
        <location line="+6" />
        <location line="+22" />
        <source>votes</source>
        <translation>pleidleisiau</translation>
    </message>
    <message>
        <location line="-20" />
        <source>%1; each voter may choose several options.</source>
        <translation>%1; caiff pob pleidleisiwr ddewis sawl opsiwn.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>points</source>
        <translation>pwyntiau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1. Points: with %2 options, a first place earns %3 points, a second %4, … a last 0 (Borda count).</source>
        <translation>%1. Pwyntiau: gyda %2 opsiwn, mae'r safle cyntaf yn ennill %3 pwynt, yr ail %4, … yr olaf 0 (cyfrif Borda).</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1; mean %2 on a scale of 1 to %3.</source>
        <translation>%1; cymedr %2 ar raddfa o 1 i %3.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1; bigger words were given more often.</source>
        <translation>%1; rhoddwyd y geiriau mwy yn amlach.</translation>
    </message>
    <message numerus="yes">
        <location line="+16" />
        <source>%n stored answer(s) do not fit this poll and are not counted.</source>
        <translation>
            <numerusform>Nid yw %n ateb sydd wedi'u storio yn addas i'r pôl hwn, ac nid ydynt yn cael eu cyfrif.</numerusform>
            <numerusform>Nid yw %n ateb sydd wedi'i storio yn addas i'r pôl hwn, ac nid yw'n cael ei gyfrif.</numerusform>
            <numerusform>Nid yw %n ateb sydd wedi'u storio yn addas i'r pôl hwn, ac nid ydynt yn cael eu cyfrif.</numerusform>
            <numerusform>Nid yw %n ateb sydd wedi'u storio yn addas i'r pôl hwn, ac nid ydynt yn cael eu cyfrif.</numerusform>
            <numerusform>Nid yw %n ateb sydd wedi'u storio yn addas i'r pôl hwn, ac nid ydynt yn cael eu cyfrif.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>%n answer(s) hidden by the facilitator.</source>
        <translation>
            <numerusform>%n ateb wedi'u cuddio gan yr hwylusydd.</numerusform>
            <numerusform>%n ateb wedi'i guddio gan yr hwylusydd.</numerusform>
            <numerusform>%n ateb wedi'u cuddio gan yr hwylusydd.</numerusform>
            <numerusform>%n ateb wedi'u cuddio gan yr hwylusydd.</numerusform>
            <numerusform>%n ateb wedi'u cuddio gan yr hwylusydd.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13" />
        <source>Single choice</source>
        <translation>Dewis sengl</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Multiple choice</source>
        <translation>Dewis lluosog</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ranking</source>
        <translation>Trefnu yn ôl safle</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Scale</source>
        <translation>Graddfa</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Word cloud</source>
        <translation>Cwmwl geiriau</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open answers</source>
        <translation>Atebion agored</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Unknown</source>
        <translation>Anhysbys</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Open for voting</source>
        <translation>Ar agor i bleidleisio</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Closed</source>
        <translation>Ar gau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Draft</source>
        <translation>Drafft</translation>
    </message>
</context>
<context>
    <name>rt::polls::AnswerListModel</name>
    <message>
        <location filename="../app/polls/AnswerListModel.cpp" line="+48" />
        <source>Hidden: %1</source>
        <translation>Wedi'i guddio: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Hidden by the facilitator: kept in the file, left out of the projector and the pack.</source>
        <translation>Wedi'i guddio gan yr hwylusydd: yn cael ei gadw yn y ffeil, ond wedi'i adael allan o'r taflunydd a'r pecyn.</translation>
    </message>
</context>
<context>
    <name>rt::polls::KioskWidget</name>
    <message>
        <location filename="../app/polls/KioskWidget.cpp" line="+57" />
        <source>Facilitator: %1 leaves the kiosk.</source>
        <translation>Hwylusydd: %1 i adael y ciosg.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Cast my vote</source>
        <translation>Bwrw fy mhleidlais</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Thank you — your vote is recorded.</source>
        <translation>Diolch — mae eich pleidlais wedi'i chofnodi.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Please pass the laptop to the next person.</source>
        <translation>Pasiwch y gliniadur i'r person nesaf.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Next voter</source>
        <translation>Pleidleisiwr nesaf</translation>
    </message>
    <message>
        <location line="+17" />
        <location line="+90" />
        <source>Voting has not started yet.</source>
        <translation>Nid yw'r pleidleisio wedi dechrau eto.</translation>
    </message>
    <message>
        <location line="-83" />
        <source>Voting has closed. The results:</source>
        <translation>Mae'r pleidleisio wedi cau. Y canlyniadau:</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Roundtable — voting</source>
        <translation>Roundtable — pleidleisio</translation>
    </message>
    <message>
        <location line="+39" />
        <source>There is no poll to vote on.</source>
        <translation>Nid oes pôl i bleidleisio arno.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Choose up to %1 answers.</source>
        <translation>Dewiswch hyd at %1 ateb.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose one or more answers.</source>
        <translation>Dewiswch un ateb neu fwy.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose one answer.</source>
        <translation>Dewiswch un ateb.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Choose a point on the scale.</source>
        <translation>Dewiswch bwynt ar y raddfa.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Put the options in order, most important first: select one and move it.</source>
        <translation>Rhowch yr opsiynau mewn trefn, y pwysicaf yn gyntaf: dewiswch un a'i symud.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Move up</source>
        <translation>Symud i fyny</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move down</source>
        <translation>Symud i lawr</translation>
    </message>
    <message>
        <location line="+14" />
        <source>A word or a short phrase.</source>
        <translation>Gair neu ymadrodd byr.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Your answer.</source>
        <translation>Eich ateb.</translation>
    </message>
    <message>
        <location line="+77" />
        <source>Please answer before casting your vote.</source>
        <translation>Atebwch cyn bwrw eich pleidlais.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The vote could not be saved: %1</source>
        <translation>Nid oedd modd cadw'r bleidlais: %1</translation>
    </message>
</context>
<context>
    <name>rt::polls::PhonePanel</name>
    <message>
        <location filename="../app/polls/PhonePanel.cpp" line="+36" />
        <location line="+65" />
        <source>Phones must be on this network. Only this address is listened on.</source>
        <translation>Rhaid i ffonau fod ar y rhwydwaith hwn. Dim ond ar y cyfeiriad hwn y gwrandewir.</translation>
    </message>
    <message>
        <location line="-59" />
        <source>any free port</source>
        <translation>unrhyw borth rhydd</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Network:</source>
        <translation>&amp;Rhwydwaith:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Port:</source>
        <translation>&amp;Porth:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>QR code of the voting address</source>
        <translation>Cod QR y cyfeiriad pleidleisio</translation>
    </message>
    <message>
        <location line="+40" />
        <source>%1 — this computer only (for trying it out)</source>
        <translation>%1 — y cyfrifiadur hwn yn unig (ar gyfer rhoi cynnig arni)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 — %2 (VPN, container or virtual machine)</source>
        <translation>%1 — %2 (VPN, cynhwysydd neu beiriant rhithwir)</translation>
    </message>
    <message>
        <location line="+80" />
        <source>Stop phone voting</source>
        <translation>Stopio pleidleisio ar ffonau</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Start phone voting</source>
        <translation>Dechrau pleidleisio ar ffonau</translation>
    </message>
    <message>
        <location line="+3" />
        <source> (another poll)</source>
        <translation> (pôl arall)</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
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
        <location line="+6" />
        <source>Voting is closed. Phones that open the link are told so; it stays the same if voting opens again.</source>
        <translation>Mae'r pleidleisio wedi cau. Dywedir hynny wrth ffonau sy'n agor y ddolen; mae'n aros yr un fath os bydd y pleidleisio'n agor eto.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Phones on the same network vote in their browser; nothing leaves the room. If the network keeps devices apart, use the kiosk or count hands instead.</source>
        <translation>Mae ffonau ar yr un rhwydwaith yn pleidleisio yn eu porwr; nid oes dim yn gadael yr ystafell. Os yw'r rhwydwaith yn cadw dyfeisiau ar wahân, defnyddiwch y ciosg neu cyfrifwch ddwylo yn lle hynny.</translation>
    </message>
</context>
<context>
    <name>rt::polls::ProjectorPollPanel</name>
    <message>
        <location filename="../app/polls/ProjectorPollPanel.cpp" line="+141" />
        <source>QR code of the voting address</source>
        <translation>Cod QR y cyfeiriad pleidleisio</translation>
    </message>
    <message>
        <location line="+97" />
        <source>VOTE NOW</source>
        <translation>PLEIDLEISIWCH NAWR</translation>
    </message>
    <message>
        <location line="+0" />
        <source>VOTE NOW — scan the code</source>
        <translation>PLEIDLEISIWCH NAWR — sganiwch y cod</translation>
    </message>
    <message>
        <location line="+2" />
        <source>FINAL RESULTS</source>
        <translation>CANLYNIADAU TERFYNOL</translation>
    </message>
    <message>
        <location line="+0" />
        <source>NOT OPEN YET</source>
        <translation>NID YW AR AGOR ETO</translation>
    </message>
    <message numerus="yes">
        <location line="+22" />
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
        <location line="+5" />
        <source>Results when voting closes</source>
        <translation>Canlyniadau pan fydd y pleidleisio'n cau</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
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
        <location filename="../core/room/RoomClient.cpp" line="+44" />
        <source>the host laptop cannot be reached</source>
        <translation>nid oes modd cyrraedd gliniadur y gwesteiwr</translation>
    </message>
    <message>
        <location line="+190" />
        <source>the host's answer is not a room's</source>
        <translation>nid ateb ystafell yw ateb y gwesteiwr</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the host runs a different version of Roundtable; use the same version on every laptop</source>
        <translation>mae'r gwesteiwr yn rhedeg fersiwn wahanol o Roundtable; defnyddiwch yr un fersiwn ar bob gliniadur</translation>
    </message>
    <message>
        <location line="+17" />
        <source>cannot write %1: %2</source>
        <translation>methu ysgrifennu %1: %2</translation>
    </message>
    <message>
        <location filename="../core/room/RoomProtocol.cpp" line="+52" />
        <source>This is not a room's address: it looks like http://192.168.1.20:47800/room/….</source>
        <translation>Nid cyfeiriad ystafell yw hwn: mae'n edrych fel http://192.168.1.20:47800/room/….</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Type the room's address, or the host laptop's address and the join code shown on it (for example 192.168.1.20 ABCD-EFGH-…).</source>
        <translation>Teipiwch gyfeiriad yr ystafell, neu gyfeiriad gliniadur y gwesteiwr a'r cod ymuno a ddangosir arno (er enghraifft 192.168.1.20 ABCD-EFGH-…).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The join code has a letter it never uses (%1): check it on the host laptop.</source>
        <translation>Mae llythyren yn y cod ymuno nad yw byth yn cael ei defnyddio ynddo (%1): gwiriwch ef ar liniadur y gwesteiwr.</translation>
    </message>
</context>
<context>
    <name>rt::room::RoomClient</name>
    <message>
        <location filename="../core/room/RoomClient.cpp" line="-139" />
        <source>Joining the room…</source>
        <translation>Yn ymuno â'r ystafell…</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
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
        <location line="+1" />
        <source>In room · synced %1 s ago</source>
        <translation>Yn yr ystafell · cysonwyd %1 e yn ôl</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
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
        <location line="+2" />
        <source>Not in the room: %1</source>
        <translation>Ddim yn yr ystafell: %1</translation>
    </message>
</context>
<context>
    <name>rt::room::RoomServer</name>
    <message>
        <location filename="../core/room/RoomServer.cpp" line="+103" />
        <source>cannot listen on %1: %2</source>
        <translation>methu gwrando ar %1: %2</translation>
    </message>
    <message>
        <location line="+99" />
        <location line="+6" />
        <source>request header too large</source>
        <translation>pennyn y cais yn rhy fawr</translation>
    </message>
    <message>
        <location line="+9" />
        <source>not an HTTP request</source>
        <translation>nid cais HTTP mo hwn</translation>
    </message>
    <message>
        <location line="+17" />
        <source>bad Content-Length</source>
        <translation>Content-Length annilys</translation>
    </message>
    <message>
        <location line="+10" />
        <source>a body needs a Content-Length</source>
        <translation>mae angen Content-Length ar gorff</translation>
    </message>
    <message>
        <location line="+4" />
        <source>request too large</source>
        <translation>cais yn rhy fawr</translation>
    </message>
    <message>
        <location line="+10" />
        <source>too many requests</source>
        <translation>gormod o geisiadau</translation>
    </message>
    <message>
        <location line="+37" />
        <location line="+26" />
        <source>no such page</source>
        <translation>dim tudalen o'r fath</translation>
    </message>
    <message>
        <location line="-22" />
        <source>this is not the room's key</source>
        <translation>nid hon yw allwedd yr ystafell</translation>
    </message>
    <message>
        <location line="+20" />
        <source>wrong method</source>
        <translation>dull anghywir</translation>
    </message>
    <message>
        <location line="+25" />
        <source>the body is not JSON: %1</source>
        <translation>nid JSON yw'r corff: %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>this laptop runs a different version of Roundtable than the host; use the same version</source>
        <translation>mae'r gliniadur hwn yn rhedeg fersiwn wahanol o Roundtable i'r gwesteiwr; defnyddiwch yr un fersiwn</translation>
    </message>
    <message>
        <location line="+4" />
        <source>this laptop's session is not a copy of the room's session</source>
        <translation>nid yw sesiwn y gliniadur hwn yn gopi o sesiwn yr ystafell</translation>
    </message>
    <message>
        <location line="+9" />
        <source>device and gseq are required</source>
        <translation>mae angen device a gseq</translation>
    </message>
    <message>
        <location line="+10" />
        <source>outbox entries must have increasing seq and base64 changes</source>
        <translation>rhaid i gofnodion outbox fod â seq cynyddol a newidiadau base64</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the host could not apply this laptop's edits: %1</source>
        <translation>nid oedd modd i'r gwesteiwr gymhwyso golygiadau'r gliniadur hwn: %1</translation>
    </message>
</context>
<context>
    <name>rt::vote::RoomNetwork</name>
    <message>
        <location filename="../core/vote/RoomNetwork.cpp" line="+59" />
        <source>Passed over as VPN, container or virtual-machine networks, which phones are not on: %1.</source>
        <translation>Wedi'u hepgor fel rhwydweithiau VPN, cynhwysydd neu beiriant rhithwir, nad yw ffonau arnynt: %1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Chose %1 (%2): the first network that is up and is not a VPN, container or virtual machine. Use --bind to choose another.</source>
        <translation>Dewiswyd %1 (%2): y rhwydwaith cyntaf sy'n weithredol ac nad yw'n VPN, cynhwysydd na pheiriant rhithwir. Defnyddiwch --bind i ddewis un arall.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Chose 127.0.0.1 (this computer only): no room network is up, so phones cannot reach it. Join the room's Wi-Fi or start a hotspot, or use --bind.</source>
        <translation>Dewiswyd 127.0.0.1 (y cyfrifiadur hwn yn unig): nid oes rhwydwaith ystafell yn weithredol, felly ni all ffonau ei gyrraedd. Ymunwch â Wi-Fi yr ystafell neu dechreuwch fan cyswllt, neu defnyddiwch --bind.</translation>
    </message>
</context>
<context>
    <name>rt::vote::VoteServer</name>
    <message>
        <location filename="../core/vote/VoteServer.cpp" line="+202" />
        <source>There is no such poll to vote on.</source>
        <translation>Nid oes pôl o'r fath i bleidleisio arno.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Nid oes modd gwrando ar %1 porth %2: %3</translation>
    </message>
    <message>
        <location line="+117" />
        <source>This page tries again by itself.</source>
        <translation>Mae'r dudalen hon yn rhoi cynnig arall arni ei hun.</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+25" />
        <source>Many phones are voting</source>
        <translation>Mae llawer o ffonau'n pleidleisio</translation>
    </message>
    <message>
        <location line="-24" />
        <source>Many phones are voting at once. Wait a moment.</source>
        <translation>Mae llawer o ffonau'n pleidleisio ar yr un pryd. Arhoswch eiliad.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Your phone's request could not be read</source>
        <translation>Nid oedd modd darllen cais eich ffôn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Go back and try again, or scan the code on the screen again.</source>
        <translation>Ewch yn ôl a rhowch gynnig arall arni, neu sganiwch y cod ar y sgrin eto.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>This voting link is not in use</source>
        <translation>Nid yw'r ddolen bleidleisio hon yn cael ei defnyddio</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Scan the code on the screen again, or ask the facilitator for the address.</source>
        <translation>Sganiwch y cod ar y sgrin eto, neu gofynnwch i'r hwylusydd am y cyfeiriad.</translation>
    </message>
    <message>
        <location line="+69" />
        <source>This poll is closed</source>
        <translation>Mae'r pôl hwn wedi cau</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Voting has not started yet</source>
        <translation>Nid yw'r pleidleisio wedi dechrau eto</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Voting has not started yet. This page opens the poll by itself when the facilitator starts it.</source>
        <translation>Nid yw'r pleidleisio wedi dechrau eto. Bydd y dudalen hon yn agor y pôl ei hun pan fydd yr hwylusydd yn ei ddechrau.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Vote</source>
        <translation>Pleidleisio</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Loading the poll…</source>
        <translation>Yn llwytho'r pôl…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cannot load the poll. Trying again…</source>
        <translation>Nid oes modd llwytho'r pôl. Yn rhoi cynnig arall arni…</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+20" />
        <source>Send my vote</source>
        <translation>Anfon fy mhleidlais</translation>
    </message>
    <message>
        <location line="-19" />
        <source>This page needs JavaScript to send a vote.</source>
        <translation>Mae angen JavaScript ar y dudalen hon i anfon pleidlais.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Change my vote</source>
        <translation>Newid fy mhleidlais</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Vote recorded — you can change it until the poll closes.</source>
        <translation>Pleidlais wedi'i chofnodi — gallwch ei newid nes bydd y pôl yn cau.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Many phones are voting at once. Sending again…</source>
        <translation>Mae llawer o ffonau'n pleidleisio ar yr un pryd. Yn anfon eto…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Your vote was not recorded. Check your answer and send it again.</source>
        <translation>Ni chofnodwyd eich pleidlais. Gwiriwch eich ateb a'i anfon eto.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Your answer is too long. Shorten it and send it again.</source>
        <translation>Mae eich ateb yn rhy hir. Byrhewch ef a'i anfon eto.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This voting link is not in use. Scan the code on the screen again.</source>
        <translation>Nid yw'r ddolen bleidleisio hon yn cael ei defnyddio. Sganiwch y cod ar y sgrin eto.</translation>
    </message>
    <message>
        <location line="-62" />
        <location line="+53" />
        <source>This poll is closed. Thank you!</source>
        <translation>Mae'r pôl hwn wedi cau. Diolch!</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Voting has not started yet. Reload the page when the facilitator opens it.</source>
        <translation>Nid yw'r pleidleisio wedi dechrau eto. Ail-lwythwch y dudalen pan fydd yr hwylusydd yn ei agor.</translation>
    </message>
    <message>
        <location line="-110" />
        <location line="+111" />
        <source>Too many tries at once — wait a moment and send again.</source>
        <translation>Gormod o ymdrechion ar unwaith — arhoswch eiliad ac anfonwch eto.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Cannot reach the facilitator's laptop. Voting may have closed.</source>
        <translation>Nid oes modd cyrraedd gliniadur yr hwylusydd. Efallai fod y pleidleisio wedi cau.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose one answer.</source>
        <translation>Dewiswch un ateb.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose one or more answers.</source>
        <translation>Dewiswch un ateb neu fwy.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose up to %1 answers.</source>
        <translation>Dewiswch hyd at %1 ateb.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Put the options in order, most important first. Use the arrow buttons to move an option.</source>
        <translation>Rhowch yr opsiynau mewn trefn, y pwysicaf yn gyntaf. Defnyddiwch y botymau saeth i symud opsiwn.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Move up: %1</source>
        <translation>Symud i fyny: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move down: %1</source>
        <translation>Symud i lawr: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose a point on the scale.</source>
        <translation>Dewiswch bwynt ar y raddfa.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A word or a short phrase.</source>
        <translation>Gair neu ymadrodd byr.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Your answer.</source>
        <translation>Eich ateb.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Please answer before sending.</source>
        <translation>Atebwch cyn anfon.</translation>
    </message>
</context>
</TS>