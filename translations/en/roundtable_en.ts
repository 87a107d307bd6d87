<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>DeckBuilder</name>
    <message numerus="yes">
        <location filename="../../core/slides/DeckBuilder.cpp" line="+521" />
        <source>Mean %1 from %n vote(s)</source>
        <translation><numerusform>Mean %1 from %n vote</numerusform><numerusform>Mean %1 from %n votes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>Borda points (first place scores %1) from %n ballot(s)</source>
        <translation><numerusform>Borda points (first place scores %1) from %n ballot</numerusform><numerusform>Borda points (first place scores %1) from %n ballots</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n vote(s)</source>
        <translation><numerusform>%n vote</numerusform><numerusform>%n votes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>(not counted: %n answer(s) this poll cannot take)</source>
        <translation><numerusform>(not counted: %n answer this poll cannot take)</numerusform><numerusform>(not counted: %n answers this poll cannot take)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+17" />
        <source>%n answer(s)</source>
        <translation><numerusform>%n answer</numerusform><numerusform>%n answers</numerusform></translation>
    </message>
</context>
<context>
    <name>FileCheck</name>
    <message numerus="yes">
        <location filename="../../core/store/FileCheck.cpp" line="+173" />
        <source>checking it took longer than %n second(s), so it was stopped</source>
        <translation><numerusform>checking it took longer than %n second, so it was stopped</numerusform><numerusform>checking it took longer than %n seconds, so it was stopped</numerusform></translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message numerus="yes">
        <location filename="../../core/interchange/Merge.cpp" line="+404" />
        <source>%1: %2 is also in %3; its %n vote(s) were added to the first</source>
        <translation><numerusform>%1: %2 is also in %3; its %n vote were added to the first</numerusform><numerusform>%1: %2 is also in %3; its %n votes were added to the first</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source> (%n device(s) had voted in both: the later vote kept)</source>
        <translation><numerusform> (%n device had voted in both: the later vote kept)</numerusform><numerusform> (%n devices had voted in both: the later vote kept)</numerusform></translation>
    </message>
</context>
<context>
    <name>SessionFile</name>
    <message numerus="yes">
        <location filename="../../core/session/SessionFile.cpp" line="+261" />
        <location line="+5" />
        <source>only %n byte(s) of its header remain</source>
        <translation><numerusform>only %n byte of its header remain</numerusform><numerusform>only %n bytes of its header remain</numerusform></translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message numerus="yes">
        <location filename="../../app/shell/Templates.cpp" line="+62" />
        <source>%n table(s)</source>
        <translation><numerusform>%n table</numerusform><numerusform>%n tables</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n place(s)</source>
        <translation><numerusform>%n place</numerusform><numerusform>%n places</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n poll(s)</source>
        <translation><numerusform>%n poll</numerusform><numerusform>%n polls</numerusform></translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message numerus="yes">
        <location filename="../../app/polls/PollData.cpp" line="+58" />
        <source>%n vote(s)</source>
        <translation><numerusform>%n vote</numerusform><numerusform>%n votes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+49" />
        <source>%n stored answer(s) do not fit this poll and are not counted.</source>
        <translation><numerusform>%n stored answer do not fit this poll and are not counted.</numerusform><numerusform>%n stored answers do not fit this poll and are not counted.</numerusform></translation>
    </message>
</context>
<context>
    <name>rt::ActionPlanWidget</name>
    <message numerus="yes">
        <location filename="../../app/places/ActionPlanWidget.cpp" line="+260" />
        <source>Delete %n action(s)</source>
        <translation><numerusform>Delete %n action</numerusform><numerusform>Delete %n actions</numerusform></translation>
    </message>
</context>
<context>
    <name>rt::AgendaEditor</name>
    <message numerus="yes">
        <location filename="../../app/agenda/AgendaEditor.cpp" line="+333" />
        <source>…and %n more.</source>
        <translation><numerusform>…and %n more.</numerusform><numerusform>…and %n more.</numerusform></translation>
    </message>
</context>
<context>
    <name>rt::ExportWorkspace</name>
    <message numerus="yes">
        <location filename="../../app/export/ExportWorkspace.cpp" line="+204" />
        <source>there is no slide %1: the pack has %n slide(s)</source>
        <translation><numerusform>there is no slide %1: the pack has %n slide</numerusform><numerusform>there is no slide %1: the pack has %n slides</numerusform></translation>
    </message>
</context>
<context>
    <name>rt::MergeDialog</name>
    <message numerus="yes">
        <location filename="../../app/shell/MergeDialog.cpp" line="+386" />
        <source>%n device(s) had voted in more than one file's copy of a poll; each counts once, with its later vote.</source>
        <translation><numerusform>%n device had voted in more than one file's copy of a poll; each counts once, with its later vote.</numerusform><numerusform>%n devices had voted in more than one file's copy of a poll; each counts once, with its later vote.</numerusform></translation>
    </message>
</context>
<context>
    <name>rt::PickChartScene</name>
    <message numerus="yes">
        <location filename="../../app/places/PickChartScene.cpp" line="+271" />
        <location line="+31" />
        <source>Move %n idea(s)</source>
        <translation><numerusform>Move %n idea</numerusform><numerusform>Move %n ideas</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+16" />
        <source>Delete %n idea(s)</source>
        <translation><numerusform>Delete %n idea</numerusform><numerusform>Delete %n ideas</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+48" />
        <source>Add %n idea(s)</source>
        <translation><numerusform>Add %n idea</numerusform><numerusform>Add %n ideas</numerusform></translation>
    </message>
</context>
<context>
    <name>rt::PickChartView</name>
    <message numerus="yes">
        <location filename="../../app/places/PickChartView.cpp" line="+150" />
        <source>%n notes selected</source>
        <translation><numerusform>%n note selected</numerusform><numerusform>%n notes selected</numerusform></translation>
    </message>
</context>
<context>
    <name>rt::PickChartWidget</name>
    <message numerus="yes">
        <location filename="../../app/places/PickChartWidget.cpp" line="+150" />
        <source>%n ideas selected</source>
        <translation><numerusform>%n idea selected</numerusform><numerusform>%n ideas selected</numerusform></translation>
    </message>
</context>
<context>
    <name>rt::PollsWorkspace</name>
    <message numerus="yes">
        <location filename="../../app/polls/PollsWorkspace.cpp" line="+140" />
        <location line="+12" />
        <source>there is no poll %1; this session has %n poll(s)</source>
        <translation><numerusform>there is no poll %1; this session has %n poll</numerusform><numerusform>there is no poll %1; this session has %n polls</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+328" />
        <source>This poll has %n vote(s). Remove it with its votes? You can undo this.</source>
        <translation><numerusform>This poll has %n vote. Remove it with its votes? You can undo this.</numerusform><numerusform>This poll has %n votes. Remove it with its votes? You can undo this.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+58" />
        <source>Count %n hand(s)</source>
        <translation><numerusform>Count %n hand</numerusform><numerusform>Count %n hands</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+66" />
        <source>Remove all %n vote(s) of this poll? You can undo this.</source>
        <translation><numerusform>Remove all %n vote of this poll? You can undo this.</numerusform><numerusform>Remove all %n votes of this poll? You can undo this.</numerusform></translation>
    </message>
</context>
<context>
    <name>rt::RowListModel</name>
    <message numerus="yes">
        <location filename="../../core/models/RowListModel.cpp" line="+343" />
        <source>Move %n item(s)</source>
        <translation><numerusform>Move %n item</numerusform><numerusform>Move %n items</numerusform></translation>
    </message>
</context>
<context>
    <name>rt::cli::Load</name>
    <message numerus="yes">
        <location filename="../../app/cli/LoadCommand.cpp" line="+63" />
        <source>warning: and %n more</source>
        <translation><numerusform>warning: and %n more</numerusform><numerusform>warning: and %n more</numerusform></translation>
    </message>
</context>
<context>
    <name>rt::polls::PhonePanel</name>
    <message numerus="yes">
        <location filename="../../app/polls/PhonePanel.cpp" line="+166" />
        <source>Phones can vote%1: scan the code or type the address. %n vote(s) received.</source>
        <translation><numerusform>Phones can vote%1: scan the code or type the address. %n vote received.</numerusform><numerusform>Phones can vote%1: scan the code or type the address. %n votes received.</numerusform></translation>
    </message>
</context>
<context>
    <name>rt::polls::ProjectorPollPanel</name>
    <message numerus="yes">
        <location filename="../../app/polls/ProjectorPollPanel.cpp" line="+221" />
        <source>%n vote(s)</source>
        <translation><numerusform>%n vote</numerusform><numerusform>%n votes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n answer(s); the latest: “%1”</source>
        <translation><numerusform>%n answer; the latest: “%1”</numerusform><numerusform>%n answers; the latest: “%1”</numerusform></translation>
    </message>
</context>
</TS>