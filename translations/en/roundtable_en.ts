<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>DeckBuilder</name>
    <message numerus="yes">
        <location filename="../../core/slides/DeckBuilder.cpp" line="+358" />
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
        <location line="-40" />
        <source>(not counted: %n answer(s) this poll cannot take)</source>
        <translation><numerusform>(not counted: %n answer this poll cannot take)</numerusform><numerusform>(not counted: %n answers this poll cannot take)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>%n answer(s) hidden by the facilitator</source>
        <translation><numerusform>%n answer hidden by the facilitator</numerusform><numerusform>%n answers hidden by the facilitator</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+51" />
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
        <location filename="../../core/interchange/Merge.cpp" line="+447" />
        <source>%1: %2 is also in %3; its %n vote(s) were added to the first</source>
        <translation><numerusform>%1: %2 is also in %3; its %n vote was added to the first</numerusform><numerusform>%1: %2 is also in %3; its %n votes were added to the first</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source> (%n device(s) had voted in both: the later vote kept)</source>
        <translation><numerusform> (%n device had voted in both: the later vote kept)</numerusform><numerusform> (%n devices had voted in both: the later vote kept)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+218" />
        <source>Merging %n cop(ies) of the session</source>
        <translation><numerusform>Merging %n copy of the session</numerusform><numerusform>Merging %n copies of the session</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+110" />
        <source>+%n table(s)</source>
        <translation><numerusform>+%n table</numerusform><numerusform>+%n tables</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>+%n note(s)</source>
        <translation><numerusform>+%n note</numerusform><numerusform>+%n notes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>+%n place(s)</source>
        <translation><numerusform>+%n place</numerusform><numerusform>+%n places</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>+%n aim(s)</source>
        <translation><numerusform>+%n aim</numerusform><numerusform>+%n aims</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>+%n idea(s)</source>
        <translation><numerusform>+%n idea</numerusform><numerusform>+%n ideas</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>+%n driver(s)</source>
        <translation><numerusform>+%n driver</numerusform><numerusform>+%n drivers</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>+%n action(s)</source>
        <translation><numerusform>+%n action</numerusform><numerusform>+%n actions</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>+%n progress update(s)</source>
        <translation><numerusform>+%n progress update</numerusform><numerusform>+%n progress updates</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>+%n later figure(s)</source>
        <translation><numerusform>+%n later figure</numerusform><numerusform>+%n later figures</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>+%n poll(s)</source>
        <translation><numerusform>+%n poll</numerusform><numerusform>+%n polls</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>+%n vote(s)</source>
        <translation><numerusform>+%n vote</numerusform><numerusform>+%n votes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>%n change(s)</source>
        <translation><numerusform>%n change</numerusform><numerusform>%n changes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n deletion(s)</source>
        <translation><numerusform>%n deletion</numerusform><numerusform>%n deletions</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n conflict(s)</source>
        <translation><numerusform>%n conflict</numerusform><numerusform>%n conflicts</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/interchange/IdentityMerge.cpp" line="+428" />
        <source>%1: %n %2 row(s) whose table, place, aim or poll was deleted on another laptop</source>
        <translation><numerusform>%1: %n %2 row whose table, place, aim or poll was deleted on another laptop</numerusform><numerusform>%1: %n %2 rows whose table, place, aim or poll was deleted on another laptop</numerusform></translation>
    </message>
</context>
<context>
    <name>ProgressBuilder</name>
    <message numerus="yes">
        <location filename="../../core/slides/ProgressPack.cpp" line="+255" />
        <source>%n action(s) in the plan</source>
        <translation><numerusform>%n action in the plan</numerusform><numerusform>%n actions in the plan</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n progress update(s)</source>
        <translation><numerusform>%n progress update</numerusform><numerusform>%n progress updates</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>on %n action(s)</source>
        <translation><numerusform>on %n action</numerusform><numerusform>on %n actions</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>%n overdue</source>
        <translation><numerusform>%n overdue</numerusform><numerusform>%n overdue</numerusform></translation>
    </message>
</context>
<context>
    <name>SessionFile</name>
    <message numerus="yes">
        <location filename="../../core/session/SessionFile.cpp" line="+264" />
        <location line="+5" />
        <source>only %n byte(s) of its header remain</source>
        <translation><numerusform>only %n byte of its header remain</numerusform><numerusform>only %n bytes of its header remain</numerusform></translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message numerus="yes">
        <location filename="../../core/interchange/Templates.cpp" line="+96" />
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
    <name>rt::ActionTracker</name>
    <message numerus="yes">
        <location filename="../../app/places/ActionTracker.cpp" line="+308" />
        <source>%n action(s)</source>
        <translation><numerusform>%n action</numerusform><numerusform>%n actions</numerusform></translation>
    </message>
</context>
<context>
    <name>rt::AgendaEditor</name>
    <message numerus="yes">
        <location filename="../../app/agenda/AgendaEditor.cpp" line="+350" />
        <source>…and %n more.</source>
        <translation><numerusform>…and %n more.</numerusform><numerusform>…and %n more.</numerusform></translation>
    </message>
</context>
<context>
    <name>rt::ConflictsDialog</name>
    <message numerus="yes">
        <location filename="../../app/shell/ConflictsDialog.cpp" line="+171" />
        <source>%n field(s) were changed differently on two laptops. The merge kept the later change; the other value is listed beside it. Use the other value where it is the right one: the two then swap places, and Edit → Undo takes it back.</source>
        <translation><numerusform>%n field was changed differently on two laptops. The merge kept the later change; the other value is listed beside it. Use the other value where it is the right one: the two then swap places, and Edit → Undo takes it back.</numerusform><numerusform>%n fields were changed differently on two laptops. The merge kept the later change; the other value is listed beside it. Use the other value where it is the right one: the two then swap places, and Edit → Undo takes it back.</numerusform></translation>
    </message>
</context>
<context>
    <name>rt::DataPackWorkspace</name>
    <message numerus="yes">
        <location filename="../../app/datapack/DataPackWorkspace.cpp" line="+348" />
        <source>Imported %n indicator(s) from %1. Undo puts the previous data pack back.</source>
        <translation><numerusform>Imported %n indicator from %1. Undo puts the previous data pack back.</numerusform><numerusform>Imported %n indicators from %1. Undo puts the previous data pack back.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+87" />
        <location line="+23" />
        <source>%1 could not be imported (%n problem(s)):</source>
        <translation><numerusform>%1 could not be imported (%n problem):</numerusform><numerusform>%1 could not be imported (%n problems):</numerusform></translation>
    </message>
</context>
<context>
    <name>rt::ExportWorkspace</name>
    <message numerus="yes">
        <location filename="../../app/export/ExportWorkspace.cpp" line="+297" />
        <source>there is no place %1: the session has %n place(s)</source>
        <translation><numerusform>there is no place %1: the session has %n place</numerusform><numerusform>there is no place %1: the session has %n places</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+19" />
        <source>there is no slide %1: the pack has %n slide(s)</source>
        <translation><numerusform>there is no slide %1: the pack has %n slide</numerusform><numerusform>there is no slide %1: the pack has %n slides</numerusform></translation>
    </message>
</context>
<context>
    <name>rt::IndicatorTableModel</name>
    <message numerus="yes">
        <location filename="../../core/models/IndicatorTableModel.cpp" line="+527" />
        <source>Delete %n indicator(s)</source>
        <translation><numerusform>Delete %n indicator</numerusform><numerusform>Delete %n indicators</numerusform></translation>
    </message>
</context>
<context>
    <name>rt::MergeDialog</name>
    <message numerus="yes">
        <location filename="../../app/shell/MergeDialog.cpp" line="+317" />
        <source>%n file(s) checked</source>
        <translation><numerusform>%n file checked</numerusform><numerusform>%n files checked</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+67" />
        <source>%n copies of one session (%1): merged row by row.</source>
        <translation><numerusform>%n copies of one session (%1): merged row by row.</numerusform><numerusform>%n copies of one session (%1): merged row by row.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Another session, %n copies (%1): matched with the others by name.</source>
        <translation><numerusform>Another session, %n copies (%1): matched with the others by name.</numerusform><numerusform>Another session, %n copies (%1): matched with the others by name.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+32" />
        <source>Merged %n source(s) into %1.</source>
        <translation><numerusform>Merged %n source into %1.</numerusform><numerusform>Merged %n sources into %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+35" />
        <source>%n device(s) had voted in more than one file's copy of a poll; each counts once, with its later vote.</source>
        <translation><numerusform>%n device had voted in more than one file's copy of a poll; each counts once, with its later vote.</numerusform><numerusform>%n devices had voted in more than one file's copy of a poll; each counts once, with its later vote.</numerusform></translation>
    </message>
</context>
<context>
    <name>rt::PickChartView</name>
    <message numerus="yes">
        <location filename="../../app/places/PickChartView.cpp" line="+174" />
        <source>%n notes selected</source>
        <translation><numerusform>%n note selected</numerusform><numerusform>%n notes selected</numerusform></translation>
    </message>
</context>
<context>
    <name>rt::PickChartWidget</name>
    <message numerus="yes">
        <location filename="../../app/places/PickChartWidget.cpp" line="+162" />
        <source>%n idea(s).</source>
        <translation><numerusform>%n idea.</numerusform><numerusform>%n ideas.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>%n ideas selected</source>
        <translation><numerusform>%n idea selected</numerusform><numerusform>%n ideas selected</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+47" />
        <source>%n action(s) added to the place's action plan.</source>
        <translation><numerusform>%n action added to the place's action plan.</numerusform><numerusform>%n actions added to the place's action plan.</numerusform></translation>
    </message>
</context>
<context>
    <name>rt::PlacesWorkspace</name>
    <message numerus="yes">
        <location filename="../../app/places/PlacesWorkspace.cpp" line="+269" />
        <source>%n place(s)</source>
        <translation><numerusform>%n place</numerusform><numerusform>%n places</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>%n aim(s)</source>
        <translation><numerusform>%n aim</numerusform><numerusform>%n aims</numerusform></translation>
    </message>
</context>
<context>
    <name>rt::PollsWorkspace</name>
    <message numerus="yes">
        <location filename="../../app/polls/PollsWorkspace.cpp" line="+138" />
        <location line="+12" />
        <source>there is no poll %1; this session has %n poll(s)</source>
        <translation><numerusform>there is no poll %1; this session has %n poll</numerusform><numerusform>there is no poll %1; this session has %n polls</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+388" />
        <source>This poll has %n vote(s). Remove it with its votes? You can undo this.</source>
        <translation><numerusform>This poll has %n vote. Remove it with its votes? You can undo this.</numerusform><numerusform>This poll has %n votes. Remove it with its votes? You can undo this.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+120" />
        <source>Remove all %n vote(s) of this poll? You can undo this.</source>
        <translation><numerusform>Remove all %n vote of this poll? You can undo this.</numerusform><numerusform>Remove all %n votes of this poll? You can undo this.</numerusform></translation>
    </message>
</context>
<context>
    <name>rt::PromptColumn</name>
    <message numerus="yes">
        <location filename="../../app/tables/PromptColumn.cpp" line="+185" />
        <source>%n note(s)</source>
        <translation><numerusform>%n note</numerusform><numerusform>%n notes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+33" />
        <source>Pasted text: %n line(s).</source>
        <translation><numerusform>Pasted text: %n line.</numerusform><numerusform>Pasted text: %n lines.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Add as %n Note(s)</source>
        <translation><numerusform>Add as %n Note</numerusform><numerusform>Add as %n Notes</numerusform></translation>
    </message>
</context>
<context>
    <name>rt::Provenance</name>
    <message numerus="yes">
        <location filename="../../core/models/Provenance.cpp" line="+164" />
        <source>%n other laptop(s)</source>
        <translation><numerusform>%n other laptop</numerusform><numerusform>%n other laptops</numerusform></translation>
    </message>
</context>
<context>
    <name>rt::RoomController</name>
    <message numerus="yes">
        <location filename="../../app/shell/RoomController.cpp" line="+151" />
        <source>Hosting a room · %n laptop(s)</source>
        <translation><numerusform>Hosting a room · %n laptop</numerusform><numerusform>Hosting a room · %n laptops</numerusform></translation>
    </message>
</context>
<context>
    <name>rt::RowListModel</name>
    <message numerus="yes">
        <location filename="../../core/models/RowListModel.cpp" line="+375" />
        <source>Move %n item(s)</source>
        <translation><numerusform>Move %n item</numerusform><numerusform>Move %n items</numerusform></translation>
    </message>
</context>
<context>
    <name>rt::TableCardDelegate</name>
    <message numerus="yes">
        <location filename="../../app/tables/TableOverview.cpp" line="+92" />
        <source>%n match(es)</source>
        <translation><numerusform>%n match</numerusform><numerusform>%n matches</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+84" />
        <source>★ %n key point(s)</source>
        <translation><numerusform>★ %n key point</numerusform><numerusform>★ %n key points</numerusform></translation>
    </message>
</context>
<context>
    <name>rt::TableItemDelegate</name>
    <message numerus="yes">
        <location filename="../../app/tables/TablePicker.cpp" line="+91" />
        <source>%n note(s)</source>
        <translation><numerusform>%n note</numerusform><numerusform>%n notes</numerusform></translation>
    </message>
</context>
<context>
    <name>rt::TableOverview</name>
    <message numerus="yes">
        <location filename="../../app/tables/TableOverview.cpp" line="+253" />
        <source>%n table(s)</source>
        <translation><numerusform>%n table</numerusform><numerusform>%n tables</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n note(s)</source>
        <translation><numerusform>%n note</numerusform><numerusform>%n notes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n key point(s)</source>
        <translation><numerusform>%n key point</numerusform><numerusform>%n key points</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n match(es)</source>
        <translation><numerusform>%n match</numerusform><numerusform>%n matches</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>at %n table(s)</source>
        <translation><numerusform>at %n table</numerusform><numerusform>at %n tables</numerusform></translation>
    </message>
</context>
<context>
    <name>rt::TablesWorkspace</name>
    <message numerus="yes">
        <location filename="../../app/tables/TablesWorkspace.cpp" line="+566" />
        <source>%n match(es)</source>
        <translation><numerusform>%n match</numerusform><numerusform>%n matches</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>at %n table(s)</source>
        <translation><numerusform>at %n table</numerusform><numerusform>at %n tables</numerusform></translation>
    </message>
</context>
<context>
    <name>rt::cli</name>
    <message numerus="yes">
        <location filename="../../app/cli/InfoCommand.cpp" line="+110" />
        <source>%n item(s)</source>
        <translation><numerusform>%n item</numerusform><numerusform>%n items</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+13" />
        <source>%1 open, %2 overdue, %n progress update(s)</source>
        <translation><numerusform>%1 open, %2 overdue, %n progress update</numerusform><numerusform>%1 open, %2 overdue, %n progress updates</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>%n indicator(s)</source>
        <translation><numerusform>%n indicator</numerusform><numerusform>%n indicators</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n column(s)</source>
        <translation><numerusform>%n column</numerusform><numerusform>%n columns</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n file(s)</source>
        <translation><numerusform>%n file</numerusform><numerusform>%n files</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>hosted here: %n laptop(s), </source>
        <translation><numerusform>hosted here: %n laptop, </numerusform><numerusform>hosted here: %n laptops, </numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n change(s) logged</source>
        <translation><numerusform>%n change logged</numerusform><numerusform>%n changes logged</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>a laptop in a room: %n edit(s) waiting for the host</source>
        <translation><numerusform>a laptop in a room: %n edit waiting for the host</numerusform><numerusform>a laptop in a room: %n edits waiting for the host</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/LoadCommand.cpp" line="+61" />
        <source>warning: and %n more</source>
        <translation><numerusform>warning: and %n more</numerusform><numerusform>warning: and %n more</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/MergeCommand.cpp" line="+63" />
        <source>%1: merged %n source(s): %2 tables, %3 notes, %4 places, %5 polls, %6 votes</source>
        <translation><numerusform>%1: merged %n source: %2 tables, %3 notes, %4 places, %5 polls, %6 votes</numerusform><numerusform>%1: merged %n sources: %2 tables, %3 notes, %4 places, %5 polls, %6 votes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/ServeCommand.cpp" line="+99" />
        <source>serve: %1 has %n poll(s); there is no poll %2</source>
        <translation><numerusform>serve: %1 has %n poll; there is no poll %2</numerusform><numerusform>serve: %1 has %n polls; there is no poll %2</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+50" />
        <source>Poll %1 closed; %n vote(s) recorded in this run.</source>
        <translation><numerusform>Poll %1 closed; %n vote recorded in this run.</numerusform><numerusform>Poll %1 closed; %n votes recorded in this run.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/RoomCommand.cpp" line="+161" />
        <source>Left the room; %n edit(s) still waiting for the host.</source>
        <translation><numerusform>Left the room; %n edit still waiting for the host.</numerusform><numerusform>Left the room; %n edits still waiting for the host.</numerusform></translation>
    </message>
</context>
<context>
    <name>rt::edit</name>
    <message numerus="yes">
        <location filename="../../core/commands/NoteCommands.cpp" line="+49" />
        <source>Add %n note(s)</source>
        <translation><numerusform>Add %n note</numerusform><numerusform>Add %n notes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/commands/NoteEdits.cpp" line="+74" />
        <location line="+45" />
        <source>Move %n note(s)</source>
        <translation><numerusform>Move %n note</numerusform><numerusform>Move %n notes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="-30" />
        <source>Move %n note(s) to %1</source>
        <translation><numerusform>Move %n note to %1</numerusform><numerusform>Move %n notes to %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+42" />
        <source>Delete %n note(s)</source>
        <translation><numerusform>Delete %n note</numerusform><numerusform>Delete %n notes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/commands/PlaceEdits.cpp" line="+109" />
        <location line="+20" />
        <source>Move %n idea(s)</source>
        <translation><numerusform>Move %n idea</numerusform><numerusform>Move %n ideas</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>Delete %n idea(s)</source>
        <translation><numerusform>Delete %n idea</numerusform><numerusform>Delete %n ideas</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+40" />
        <source>Add %n idea(s)</source>
        <translation><numerusform>Add %n idea</numerusform><numerusform>Add %n ideas</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+108" />
        <source>Delete %n action(s)</source>
        <translation><numerusform>Delete %n action</numerusform><numerusform>Delete %n actions</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/commands/PollEdits.cpp" line="+192" />
        <source>Count %n hand(s)</source>
        <translation><numerusform>Count %n hand</numerusform><numerusform>Count %n hands</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/commands/FollowEdits.cpp" line="+91" />
        <source>Mark %n action(s) reviewed</source>
        <translation><numerusform>Mark %n action reviewed</numerusform><numerusform>Mark %n actions reviewed</numerusform></translation>
    </message>
</context>
<context>
    <name>rt::gui</name>
    <message numerus="yes">
        <location filename="../../app/shell/Gui.cpp" line="+224" />
        <source>%n action(s)</source>
        <translation><numerusform>%n action</numerusform><numerusform>%n actions</numerusform></translation>
    </message>
</context>
<context>
    <name>rt::polls</name>
    <message numerus="yes">
        <location filename="../../app/polls/PollData.cpp" line="+55" />
        <source>%n vote(s)</source>
        <translation><numerusform>%n vote</numerusform><numerusform>%n votes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+56" />
        <source>%n stored answer(s) do not fit this poll and are not counted.</source>
        <translation><numerusform>%n stored answer do not fit this poll and are not counted.</numerusform><numerusform>%n stored answers do not fit this poll and are not counted.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>%n answer(s) hidden by the facilitator.</source>
        <translation><numerusform>%n answer hidden by the facilitator.</numerusform><numerusform>%n answers hidden by the facilitator.</numerusform></translation>
    </message>
</context>
<context>
    <name>rt::polls::PhonePanel</name>
    <message numerus="yes">
        <location filename="../../app/polls/PhonePanel.cpp" line="+178" />
        <source>Phones can vote%1: scan the code or type the address. %n vote(s) received.</source>
        <translation><numerusform>Phones can vote%1: scan the code or type the address. %n vote received.</numerusform><numerusform>Phones can vote%1: scan the code or type the address. %n votes received.</numerusform></translation>
    </message>
</context>
<context>
    <name>rt::polls::ProjectorPollPanel</name>
    <message numerus="yes">
        <location filename="../../app/polls/ProjectorPollPanel.cpp" line="+265" />
        <source>%n vote(s)</source>
        <translation><numerusform>%n vote</numerusform><numerusform>%n votes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>%n answer(s); the latest: “%1”</source>
        <translation><numerusform>%n answer; the latest: “%1”</numerusform><numerusform>%n answers; the latest: “%1”</numerusform></translation>
    </message>
</context>
<context>
    <name>rt::room::RoomClient</name>
    <message numerus="yes">
        <location filename="../../core/room/RoomClient.cpp" line="+120" />
        <source>In room · synced %1 s ago · %n edit(s) sending</source>
        <translation><numerusform>In room · synced %1 s ago · %n edit sending</numerusform><numerusform>In room · synced %1 s ago · %n edits sending</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>Offline · %n edit(s) waiting</source>
        <translation><numerusform>Offline · %n edit waiting</numerusform><numerusform>Offline · %n edits waiting</numerusform></translation>
    </message>
</context>
</TS>