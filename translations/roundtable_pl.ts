<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>DeckBuilder</name>
    <message>
        <location filename="../core/slides/DeckBuilder.cpp" line="+58" />
        <source>Title, purpose, agenda and disclaimer</source>
        <translation>Tytuł, cel, program i zastrzeżenie</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+215" />
        <source>Topic-based table discussions</source>
        <translation>Dyskusje tematyczne przy stolikach</translation>
    </message>
    <message>
        <location line="-213" />
        <location line="+84" />
        <source>Poll results</source>
        <translation>Wyniki ankiet</translation>
    </message>
    <message>
        <location line="-82" />
        <location line="+52" />
        <source>Place-based action planning</source>
        <translation>Planowanie działań według obszarów</translation>
    </message>
    <message>
        <location line="-50" />
        <location line="+498" />
        <source>Data pack</source>
        <translation>Pakiet danych</translation>
    </message>
    <message>
        <location line="-496" />
        <location line="+101" />
        <source>Next steps</source>
        <translation>Kolejne kroki</translation>
    </message>
    <message>
        <location line="-99" />
        <location line="+74" />
        <source>Feedback</source>
        <translation>Informacje zwrotne</translation>
    </message>
    <message>
        <location line="+2" />
        <source>What the room voted for</source>
        <translation>Na co głosowali uczestnicy</translation>
    </message>
    <message>
        <location line="-30" />
        <source>Breakout discussions by place</source>
        <translation>Dyskusje w grupach według obszarów</translation>
    </message>
    <message>
        <location line="+28" />
        <source>How the day went</source>
        <translation>Jak minął dzień</translation>
    </message>
    <message>
        <location filename="../core/slides/DriverLayout.cpp" line="+43" />
        <location line="+56" />
        <location line="+47" />
        <location filename="../core/slides/Paginator.cpp" line="+256" />
        <source>(continued)</source>
        <translation>(ciąg dalszy)</translation>
    </message>
    <message>
        <location filename="../core/slides/DeckBuilder.cpp" line="+32" />
        <location line="+9" />
        <source>Summary of the event</source>
        <translation>Podsumowanie wydarzenia</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Organised by %1</source>
        <translation>Organizator: %1</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Purpose</source>
        <translation>Cel seminarium</translation>
    </message>
    <message>
        <location line="-1" />
        <source>The purpose of the seminar was to:</source>
        <translation>Celem seminarium było:</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Time</source>
        <translation>Godzina</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Agenda</source>
        <translation>Program</translation>
    </message>
    <message>
        <location line="+13" />
        <source>These slides are a verbatim reproduction of every idea and suggestion made in the discussions on the day. Places will develop them further, check them against existing plans and current capacity, and agree them at their boards.</source>
        <translation>Te slajdy są dosłownym odzwierciedleniem wszystkich pomysłów i sugestii zgłoszonych podczas dyskusji w tym dniu. Obszary będą je dalej rozwijać, porównają je z istniejącymi planami i obecnymi możliwościami oraz zatwierdzą na posiedzeniach swoich zarządów.</translation>
    </message>
    <message>
        <location line="-7" />
        <source>A verbatim reproduction</source>
        <translation>Dosłowne odzwierciedlenie</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Table discussion points: a verbatim reproduction of what each table said</source>
        <translation>Punkty dyskusji przy stolikach: dosłowne odzwierciedlenie tego, co powiedział każdy stolik</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Table %1</source>
        <translation>Stolik %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Facilitator: %1</source>
        <translation>Facylitator: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>★ Key point fed back to the room (also in bold)</source>
        <translation>★ Kluczowy punkt przedstawiony całej sali (również pogrubiony)</translation>
    </message>
    <message numerus="yes">
        <location line="+33" />
        <source>%n answer(s) hidden by the facilitator</source>
        <translation>
            <numerusform>%n odpowiedź ukryta przez facylitatora</numerusform>
            <numerusform>%n odpowiedzi ukryte przez facylitatora</numerusform>
            <numerusform>%n odpowiedzi ukrytych przez facylitatora</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23" />
        <source>Mean %1 from %n vote(s)</source>
        <translation>
            <numerusform>Średnia %1 z %n głosu</numerusform>
            <numerusform>Średnia %1 z %n głosów</numerusform>
            <numerusform>Średnia %1 z %n głosów</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>No votes yet</source>
        <translation>Brak głosów</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>Borda points (first place scores %1) from %n ballot(s)</source>
        <translation>
            <numerusform>Punkty Bordy (pierwsze miejsce: %1 pkt) z %n karty do głosowania</numerusform>
            <numerusform>Punkty Bordy (pierwsze miejsce: %1 pkt) z %n kart do głosowania</numerusform>
            <numerusform>Punkty Bordy (pierwsze miejsce: %1 pkt) z %n kart do głosowania</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n głos</numerusform>
            <numerusform>%n głosy</numerusform>
            <numerusform>%n głosów</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39" />
        <source>Verbatim: the group's own words, still to be developed by the place with its partners.</source>
        <translation>Dosłownie: własne słowa grupy, które obszar będzie jeszcze rozwijać wraz ze swoimi partnerami.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Place-based group discussions. Next, the place will:
1. check these ideas against its current plans
2. refine and prioritise them, considering the capacity it has
3. take them to its place board to agree</source>
        <translation>Dyskusje w grupach według obszarów. Następnie obszar:
1. porówna te pomysły ze swoimi obecnymi planami
2. dopracuje je i ustali ich priorytety, biorąc pod uwagę swoje możliwości
3. przedstawi je do zatwierdzenia zarządowi obszaru</translation>
    </message>
    <message>
        <location line="+57" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+90" />
        <source>The figures that shaped the conversations. Key: a lighter colour indicates better performance</source>
        <translation>Dane, które ukształtowały rozmowy. Legenda: jaśniejszy kolor oznacza lepsze wyniki</translation>
    </message>
    <message>
        <location line="-415" />
        <location line="+325" />
        <source>%1's priorities: %2</source>
        <translation>Priorytety obszaru %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="-148" />
        <source>(not counted: %n answer(s) this poll cannot take)</source>
        <translation>
            <numerusform>(nie policzono: %n odpowiedź, której ta ankieta nie przyjmuje)</numerusform>
            <numerusform>(nie policzono: %n odpowiedzi, których ta ankieta nie przyjmuje)</numerusform>
            <numerusform>(nie policzono: %n odpowiedzi, których ta ankieta nie przyjmuje)</numerusform>
        </translation>
    </message>
    <message>
        <location line="-175" />
        <location line="+2" />
        <location line="+221" />
        <location line="+98" />
        <source>Poll</source>
        <translation>Ankieta</translation>
    </message>
    <message>
        <location line="-319" />
        <source>Priorities: %1</source>
        <translation>Priorytety: %1</translation>
    </message>
    <message>
        <location line="+231" />
        <source>No answers were given.</source>
        <translation>Nie udzielono żadnych odpowiedzi.</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n odpowiedź</numerusform>
            <numerusform>%n odpowiedzi</numerusform>
            <numerusform>%n odpowiedzi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14" />
        <source>Bar chart of %1. %2. %3</source>
        <translation>Wykres słupkowy: %1. %2. %3</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Cohort: %1</source>
        <translation>Kohorta: %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No ideas were recorded for this aim.</source>
        <translation>Dla tego celu nie zapisano żadnych pomysłów.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>%1: aims</source>
        <translation>%1: cele</translation>
    </message>
    <message>
        <location line="-26" />
        <location line="+66" />
        <source>The partners will work together within %1 to…</source>
        <translation>Partnerzy będą współpracować na obszarze %1, aby…</translation>
    </message>
    <message>
        <location filename="../core/slides/PickSlides.cpp" line="+380" />
        <source>%1: PICK chart, aim %2</source>
        <translation>%1: wykres PICK, cel %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: PICK chart</source>
        <translation>%1: wykres PICK</translation>
    </message>
    <message>
        <location line="-329" />
        <source>The partners will work together within %1 to %2</source>
        <translation>Partnerzy będą współpracować na obszarze %1, aby %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Aim %1: see the aims slide for %2</source>
        <translation>Cel %1: zobacz slajd z celami obszaru %2</translation>
    </message>
    <message>
        <location line="+12" />
        <source>POSSIBLE</source>
        <translation>MOŻLIWE</translation>
    </message>
    <message>
        <location line="+1" />
        <source>IMPLEMENT</source>
        <translation>WDROŻYĆ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>KIBOSH</source>
        <translation>ODRZUCIĆ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CHALLENGE</source>
        <translation>WYZWANIE</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Relatively easy to do</source>
        <translation>Stosunkowo łatwe do wykonania</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Likely difficult to do</source>
        <translation>Prawdopodobnie trudne do wykonania</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Probably low impact</source>
        <translation>Prawdopodobnie niewielki wpływ</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Potentially high impact</source>
        <translation>Potencjalnie duży wpływ</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Not yet placed</source>
        <translation>Jeszcze nieumieszczone</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: PICK ideas not yet placed, aim %2</source>
        <translation>%1: pomysły PICK jeszcze nieumieszczone, cel %2</translation>
    </message>
    <message>
        <location filename="../core/slides/DriverLayout.cpp" line="-20" />
        <source>Aim</source>
        <translation>Cel</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Primary drivers</source>
        <translation>Czynniki pierwszorzędne</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Secondary drivers</source>
        <translation>Czynniki drugorzędne</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+2" />
        <source>Change ideas</source>
        <translation>Pomysły na zmianę</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: driver diagram, aim %2</source>
        <translation>%1: diagram czynników, cel %2</translation>
    </message>
    <message>
        <location filename="../core/slides/DeckBuilder.cpp" line="-18" />
        <source>Cohort</source>
        <translation>Kohorta</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Idea</source>
        <translation>Pomysł</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Action</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Who will do it?</source>
        <translation>Kto to zrobi?</translation>
    </message>
    <message>
        <location line="+0" />
        <source>By when?</source>
        <translation>Do kiedy?</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Measure of success</source>
        <translation>Miara sukcesu</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1: action plan</source>
        <translation>%1: plan działań</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Domain</source>
        <translation>Dziedzina</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Indicator</source>
        <translation>Wskaźnik</translation>
    </message>
    <message>
        <location filename="../core/slides/Paginator.cpp" line="+1" />
        <source>%1 (continued)</source>
        <translation>%1 (ciąg dalszy)</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../core/slides/Export.cpp" line="+104" />
        <source>unknown format "%1": use pptx, pdf, md or csv</source>
        <translation>nieznany format "%1": użyj pptx, pdf, md lub csv</translation>
    </message>
    <message>
        <location line="+40" />
        <source>unknown format "%1" for the progress update: use pptx, pdf or md</source>
        <translation>nieznany format "%1" dla raportu z postępów: użyj pptx, pdf lub md</translation>
    </message>
</context>
<context>
    <name>FileCheck</name>
    <message numerus="yes">
        <location filename="../core/store/FileCheck.cpp" line="+173" />
        <source>checking it took longer than %n second(s), so it was stopped</source>
        <translation>
            <numerusform>sprawdzanie trwało dłużej niż %n sekundę, więc je przerwano</numerusform>
            <numerusform>sprawdzanie trwało dłużej niż %n sekundy, więc je przerwano</numerusform>
            <numerusform>sprawdzanie trwało dłużej niż %n sekund, więc je przerwano</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9" />
        <source>this version's own schema could not be built (%1)</source>
        <translation>nie udało się zbudować własnego schematu tej wersji (%1)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>its list of tables cannot be read (%1)</source>
        <translation>nie można odczytać jego listy tabel (%1)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>it holds a %1 that Roundtable does not make</source>
        <translation>zawiera obiekt %1, którego Roundtable nie tworzy</translation>
    </message>
    <message>
        <location line="+2" />
        <source>its "%1" is a %2 where Roundtable makes a %3</source>
        <translation>jego obiekt "%1" jest typu %2, a Roundtable tworzy w tym miejscu obiekt typu %3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>its %1 is not the one Roundtable makes</source>
        <translation>jego obiekt %1 różni się od tego, który tworzy Roundtable</translation>
    </message>
    <message>
        <location line="+6" />
        <source>its %1 is missing</source>
        <translation>brak obiektu %1</translation>
    </message>
    <message>
        <location line="+23" />
        <source>a row of "%1" (number %2) refers to a row of "%3" that does not exist</source>
        <translation>wiersz tabeli "%1" (numer %2) odwołuje się do wiersza tabeli "%3", który nie istnieje</translation>
    </message>
    <message>
        <location line="+12" />
        <source>driver %1 is its own ancestor (a cycle in a driver diagram)</source>
        <translation>czynnik %1 jest swoim własnym przodkiem (cykl w diagramie czynników)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>driver %1 hangs under a driver of another aim</source>
        <translation>czynnik %1 jest podpięty pod czynnik innego celu</translation>
    </message>
    <message>
        <location line="+25" />
        <source>a value in "%1" has the wrong type</source>
        <translation>wartość w tabeli "%1" ma nieprawidłowy typ</translation>
    </message>
    <message>
        <location line="+5" />
        <source>it has no event details</source>
        <translation>nie zawiera szczegółów wydarzenia</translation>
    </message>
    <message>
        <location line="+18" />
        <source>the %1 of %2 %3 is not valid JSON</source>
        <translation>pole %1 w %2 %3 nie zawiera prawidłowego JSON</translation>
    </message>
</context>
<context>
    <name>IndicatorCsv</name>
    <message>
        <location filename="../core/interchange/IndicatorCsv.cpp" line="+77" />
        <source>line %1: text follows a closing quote</source>
        <translation>wiersz %1: po cudzysłowie zamykającym występuje tekst</translation>
    </message>
    <message>
        <location line="+8" />
        <source>line %1: a quoted field is not closed</source>
        <translation>wiersz %1: pole w cudzysłowie nie zostało zamknięte</translation>
    </message>
    <message>
        <location line="+73" />
        <source>the file is not UTF-8 text</source>
        <translation>plik nie jest tekstem w kodowaniu UTF-8</translation>
    </message>
    <message>
        <location line="+13" />
        <source>the file is empty: it needs a header line and at least one indicator</source>
        <translation>plik jest pusty: musi zawierać wiersz nagłówka i co najmniej jeden wskaźnik</translation>
    </message>
    <message>
        <location line="+9" />
        <source>line %1: the header must be domain, indicator, one column per area or comparator, higher_is_better</source>
        <translation>wiersz %1: nagłówek musi mieć postać: domain, indicator, po jednej kolumnie na każdy obszar lub punkt odniesienia, higher_is_better</translation>
    </message>
    <message>
        <location line="+12" />
        <source>line %1: column %2 has no name</source>
        <translation>wiersz %1: kolumna %2 nie ma nazwy</translation>
    </message>
    <message>
        <location line="+4" />
        <source>line %1: the column %2 appears twice</source>
        <translation>wiersz %1: kolumna %2 występuje dwukrotnie</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the file has a header but no indicators</source>
        <translation>plik ma nagłówek, ale nie zawiera żadnych wskaźników</translation>
    </message>
    <message>
        <location line="+7" />
        <source>line %1: expected %2 fields, found %3</source>
        <translation>wiersz %1: oczekiwana liczba pól: %2, znaleziona: %3</translation>
    </message>
    <message>
        <location line="+10" />
        <source>line %1: the indicator has no name</source>
        <translation>wiersz %1: wskaźnik nie ma nazwy</translation>
    </message>
    <message>
        <location line="+6" />
        <source>line %1: higher_is_better must be yes/no/true/false/1/0</source>
        <translation>wiersz %1: higher_is_better musi mieć wartość yes/no/true/false/1/0</translation>
    </message>
    <message>
        <location line="+12" />
        <source>the session is open read-only; the data pack was not imported</source>
        <translation>sesja jest otwarta tylko do odczytu; pakiet danych nie został zaimportowany</translation>
    </message>
    <message>
        <location line="+4" />
        <source>line 1: the file has a period column: import it as a later period</source>
        <translation>wiersz 1: plik ma kolumnę okresu: zaimportuj go jako późniejszy okres</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Import data pack</source>
        <translation>Importuj pakiet danych</translation>
    </message>
    <message>
        <location line="+21" />
        <source>the data pack could not be stored: %1</source>
        <translation>nie udało się zapisać pakietu danych: %1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>the session is open read-only; the period was not imported</source>
        <translation>sesja jest otwarta tylko do odczytu; okres nie został zaimportowany</translation>
    </message>
    <message>
        <location line="+21" />
        <source>line 1: the column %1 is not in the data pack</source>
        <translation>wiersz 1: kolumny %1 nie ma w pakiecie danych</translation>
    </message>
    <message>
        <location line="+15" />
        <source>line %1: no period: add a period column or choose the period</source>
        <translation>wiersz %1: brak okresu: dodaj kolumnę okresu lub wybierz okres</translation>
    </message>
    <message>
        <location line="+3" />
        <source>line %1: there is no indicator %2 in the data pack</source>
        <translation>wiersz %1: w pakiecie danych nie ma wskaźnika %2</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Import data pack period</source>
        <translation>Importuj okres pakietu danych</translation>
    </message>
    <message>
        <location line="+18" />
        <source>the period could not be stored: %1</source>
        <translation>nie udało się zapisać okresu: %1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 cannot be read: %2</source>
        <translation>nie można odczytać pliku %1: %2</translation>
    </message>
</context>
<context>
    <name>Interchange</name>
    <message>
        <location filename="../core/interchange/JsonChecker.cpp" line="+48" />
        <source>found null</source>
        <translation>znaleziono null</translation>
    </message>
    <message>
        <location line="+2" />
        <source>found %1</source>
        <translation>znaleziono %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>found the number %1</source>
        <translation>znaleziono liczbę %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>found a string</source>
        <translation>znaleziono ciąg znaków</translation>
    </message>
    <message>
        <location line="+2" />
        <source>found an array</source>
        <translation>znaleziono tablicę</translation>
    </message>
    <message>
        <location line="+2" />
        <source>found an object</source>
        <translation>znaleziono obiekt</translation>
    </message>
    <message>
        <location line="+4" />
        <source>found nothing</source>
        <translation>nic nie znaleziono</translation>
    </message>
    <message>
        <location line="+74" />
        <source>expected an index into %1 (%2 to %3), %4</source>
        <translation>oczekiwano indeksu w %1 (od %2 do %3), %4</translation>
    </message>
    <message>
        <location filename="../core/interchange/InterchangeReader.cpp" line="+393" />
        <location line="+4" />
        <location filename="../core/interchange/JsonChecker.cpp" line="-60" />
        <source>required key is missing</source>
        <translation>brak wymaganego klucza</translation>
    </message>
    <message>
        <location line="+187" />
        <location filename="../core/interchange/JsonChecker.cpp" line="-41" />
        <location line="+55" />
        <location line="+82" />
        <location line="+34" />
        <source>expected a string, %1</source>
        <translation>oczekiwano ciągu znaków, %1</translation>
    </message>
    <message>
        <location filename="../core/interchange/JsonChecker.cpp" line="-167" />
        <source>unknown key, ignored</source>
        <translation>nieznany klucz, pominięto</translation>
    </message>
    <message>
        <location line="+65" />
        <source>expected true or false, %1</source>
        <translation>oczekiwano wartości true lub false, %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>expected a whole number of at least %1, %2</source>
        <translation>oczekiwano liczby całkowitej nie mniejszej niż %1, %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>expected a whole number from %1 to %2, %3</source>
        <translation>oczekiwano liczby całkowitej od %1 do %2, %3</translation>
    </message>
    <message>
        <location line="+17" />
        <source>refers to %1, but there are none</source>
        <translation>odwołuje się do listy „%1”, ale lista jest pusta</translation>
    </message>
    <message>
        <location line="+23" />
        <source>expected an array, %1</source>
        <translation>oczekiwano tablicy, %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>expected an object, %1</source>
        <translation>oczekiwano obiektu, %1</translation>
    </message>
    <message>
        <location filename="../core/interchange/InterchangeReader.cpp" line="-446" />
        <location filename="../core/interchange/JsonChecker.cpp" line="+21" />
        <source>expected one of %1, found "%2"</source>
        <translation>oczekiwano jednej z wartości: %1, znaleziono "%2"</translation>
    </message>
    <message>
        <location filename="../core/interchange/JsonChecker.cpp" line="+26" />
        <source>expected a row id (decimal digits, from 1 to %1), found "%2"</source>
        <translation>oczekiwano identyfikatora wiersza (cyfry dziesiętne, od 1 do %1), znaleziono "%2"</translation>
    </message>
    <message>
        <location line="+6" />
        <source>"%1" is already the id of %2</source>
        <translation>"%1" jest już identyfikatorem %2</translation>
    </message>
    <message>
        <location line="+27" />
        <source>expected %1 ids (one for each of %2), found %3</source>
        <translation>oczekiwana liczba identyfikatorów: %1 (po jednym dla każdego elementu %2), znaleziono: %3</translation>
    </message>
    <message>
        <location line="+32" />
        <source>expected a time such as "2023-07-21T13:05:00.000Z", found "%1"</source>
        <translation>oczekiwano czasu w formacie "2023-07-21T13:05:00.000Z", znaleziono "%1"</translation>
    </message>
    <message>
        <location filename="../core/interchange/InterchangeReader.cpp" line="-81" />
        <source>expected "%1", %2</source>
        <translation>oczekiwano "%1", %2</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+367" />
        <location line="+2" />
        <source>found "%1"</source>
        <translation>znaleziono "%1"</translation>
    </message>
    <message>
        <location line="-361" />
        <source>this file uses interchange version %1; this Roundtable reads version %2. Update Roundtable to load it.</source>
        <translation>ten plik używa formatu wymiany w wersji %1; ta wersja Roundtable odczytuje wersję %2. Zaktualizuj Roundtable, aby go wczytać.</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+114" />
        <location line="+557" />
        <location filename="../core/interchange/JsonChecker.cpp" line="-6" />
        <source>must not be empty</source>
        <translation>nie może być puste</translation>
    </message>
    <message>
        <location line="-554" />
        <source>"%1" is already the key of prompts[%2]</source>
        <translation>"%1" jest już kluczem w prompts[%2]</translation>
    </message>
    <message>
        <location line="+82" />
        <source>expected a number between 0 and 1, %1</source>
        <translation>oczekiwano liczby od 0 do 1, %1</translation>
    </message>
    <message>
        <location line="+20" />
        <source>required with %1 (or give "quadrant" instead)</source>
        <translation>wymagane razem z %1 (lub zamiast tego podaj "quadrant")</translation>
    </message>
    <message>
        <location line="+11" />
        <source>expected one of possible, implement, challenge, kibosh, found "%1"</source>
        <translation>oczekiwano jednej z wartości possible, implement, challenge, kibosh, znaleziono "%1"</translation>
    </message>
    <message>
        <location line="+3" />
        <source>"%1" does not match impact %2 and effort %3, which are in %4</source>
        <translation>"%1" nie pasuje do wartości impact %2 i effort %3, które wskazują na %4</translation>
    </message>
    <message>
        <location line="+16" />
        <source>drivers nest deeper than %1 levels</source>
        <translation>czynniki mają więcej poziomów zagnieżdżenia niż dozwolone (%1)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>this aim's ideas</source>
        <translation>pomysły tego celu</translation>
    </message>
    <message>
        <location line="+62" />
        <source>this place's aims</source>
        <translation>cele tego obszaru</translation>
    </message>
    <message>
        <location line="+4" />
        <source>that aim's ideas</source>
        <translation>pomysły tamtego celu</translation>
    </message>
    <message>
        <location line="+30" />
        <source>expected a date as yyyy-MM-dd or null, %1</source>
        <translation>oczekiwano daty w formacie yyyy-MM-dd lub null, %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>expected an ISO 8601 date and time or null, %1</source>
        <translation>oczekiwano daty i godziny w formacie ISO 8601 lub null, %1</translation>
    </message>
    <message>
        <location line="+58" />
        <source>this device already voted in %1</source>
        <translation>to urządzenie oddało już głos w: %1</translation>
    </message>
    <message>
        <location line="+15" />
        <source>expected an array of option indexes, %1</source>
        <translation>oczekiwano tablicy indeksów opcji, %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the poll has no options</source>
        <translation>ankieta nie ma żadnych opcji</translation>
    </message>
    <message>
        <location line="+5" />
        <source>option %1 is given twice</source>
        <translation>opcja %1 została podana dwukrotnie</translation>
    </message>
    <message>
        <location line="+24" />
        <source>only written answers can be hidden; shown in a %1 poll</source>
        <translation>ukrywać można tylko odpowiedzi pisemne, a to jest ankieta typu %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>not an answer to a %1 poll, ignored</source>
        <translation>to nie jest odpowiedź na ankietę typu %1, pominięto</translation>
    </message>
    <message>
        <location line="+13" />
        <source>a choice poll takes exactly one option, found %1</source>
        <translation>ankieta jednokrotnego wyboru przyjmuje dokładnie jedną opcję, a podano: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>at most %1 options may be chosen, found %2</source>
        <translation>maksymalna liczba opcji do wyboru: %1, a podano: %2</translation>
    </message>
    <message>
        <location line="+60" />
        <source>expected a time such as "09:30" (or ""), found "%1"</source>
        <translation>oczekiwano godziny w formacie "09:30" (lub ""), znaleziono "%1"</translation>
    </message>
    <message>
        <location line="+53" />
        <source>unknown prompt "%1": the file defines no prompts</source>
        <translation>nieznane pytanie "%1": plik nie definiuje żadnych pytań</translation>
    </message>
    <message>
        <location line="+1" />
        <source>unknown prompt "%1" (prompts: %2)</source>
        <translation>nieznane pytanie "%1" (pytania: %2)</translation>
    </message>
    <message>
        <location line="+48" />
        <location line="+36" />
        <source>expected %1 values (one per area and comparator), found %2</source>
        <translation>oczekiwano %1 wartości (po jednej na każdy obszar i punkt odniesienia), znaleziono %2</translation>
    </message>
    <message>
        <location filename="../core/interchange/InterchangeWriter.cpp" line="+46" />
        <location line="+5" />
        <source>could not write a %1: %2</source>
        <translation>nie udało się zapisać obiektu %1: %2</translation>
    </message>
    <message>
        <location line="+26" />
        <source>could not write the event: %1</source>
        <translation>nie udało się zapisać wydarzenia: %1</translation>
    </message>
    <message>
        <location line="+146" />
        <source>the session is open read-only</source>
        <translation>sesja jest otwarta tylko do odczytu</translation>
    </message>
    <message>
        <location filename="../core/interchange/JsonEscapes.cpp" line="+138" />
        <source>invalid string escape %1</source>
        <translation>nieprawidłowa sekwencja ucieczki w ciągu znaków %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>invalid string escape %1 (\u needs four hex digits)</source>
        <translation>nieprawidłowa sekwencja ucieczki w ciągu znaków %1 (\u wymaga czterech cyfr szesnastkowych)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>invalid string escape %1 (a lone surrogate)</source>
        <translation>nieprawidłowa sekwencja ucieczki w ciągu znaków %1 (niesparowany surogat)</translation>
    </message>
    <message>
        <location filename="../core/interchange/InterchangeWriter.cpp" line="+7" />
        <source>the session already holds content; load into a new session file</source>
        <translation>sesja zawiera już dane; wczytaj je do nowego pliku sesji</translation>
    </message>
    <message>
        <location filename="../core/interchange/InterchangeReader.cpp" line="+45" />
        <source>not valid JSON at line %1, column %2 (offset %3): %4</source>
        <translation>nieprawidłowy JSON w wierszu %1, kolumna %2 (przesunięcie %3): %4</translation>
    </message>
    <message>
        <location line="+9" />
        <source>expected a JSON object at the top level, found an array</source>
        <translation>oczekiwano obiektu JSON na najwyższym poziomie, znaleziono tablicę</translation>
    </message>
</context>
<context>
    <name>MarkdownWriter</name>
    <message>
        <location filename="../core/slides/TextWriters.cpp" line="+106" />
        <source>Summary of the event</source>
        <translation>Podsumowanie wydarzenia</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Purpose</source>
        <translation>Cel seminarium</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Agenda</source>
        <translation>Program</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Time</source>
        <translation>Godzina</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Topic-based table discussions</source>
        <translation>Dyskusje tematyczne przy stolikach</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Poll results</source>
        <translation>Wyniki ankiet</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Place-based action planning</source>
        <translation>Planowanie działań według obszarów</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The partners will work together within %1 to…</source>
        <translation>Partnerzy będą współpracować na obszarze %1, aby…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cohort: %1</source>
        <translation>Kohorta: %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>PICK chart, aim %1</source>
        <translation>Wykres PICK, cel %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>POSSIBLE</source>
        <translation>MOŻLIWE</translation>
    </message>
    <message>
        <location line="+1" />
        <source>IMPLEMENT</source>
        <translation>WDROŻYĆ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CHALLENGE</source>
        <translation>WYZWANIE</translation>
    </message>
    <message>
        <location line="+1" />
        <source>KIBOSH</source>
        <translation>ODRZUCIĆ</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Not yet placed</source>
        <translation>Jeszcze nieumieszczone</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Driver diagram, aim %1</source>
        <translation>Diagram czynników, cel %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Action plan</source>
        <translation>Plan działań</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cohort</source>
        <translation>Kohorta</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Idea</source>
        <translation>Pomysł</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Action</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Who will do it?</source>
        <translation>Kto to zrobi?</translation>
    </message>
    <message>
        <location line="+0" />
        <source>By when?</source>
        <translation>Do kiedy?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Measure of success</source>
        <translation>Miara sukcesu</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Data pack</source>
        <translation>Pakiet danych</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Domain</source>
        <translation>Dziedzina</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Indicator</source>
        <translation>Wskaźnik</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Next steps</source>
        <translation>Kolejne kroki</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Feedback</source>
        <translation>Informacje zwrotne</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <location filename="../core/interchange/Merge.cpp" line="+178" />
        <source>%1: event %2 is "%3"; kept "%4" from the first file</source>
        <translation>%1: pole wydarzenia %2 ma wartość "%3"; zachowano "%4" z pierwszego pliku</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1: its agenda differs; kept the first file's</source>
        <translation>%1: program się różni; zachowano program z pierwszego pliku</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1: its data pack differs; kept the first one</source>
        <translation>%1: pakiet danych się różni; zachowano pierwszy</translation>
    </message>
    <message>
        <location line="+92" />
        <source>%1 (source %2)</source>
        <translation>%1 (źródło %2)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 is already merged (a source of that name is recorded); nothing added</source>
        <translation>plik %1 został już scalony (zapisano źródło o tej nazwie); nic nie dodano</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 holds the same content as %2; nothing added</source>
        <translation>%1 zawiera to samo co %2; nic nie dodano</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: another input is also named %2; both kept</source>
        <translation>%1: inny plik wejściowy również ma nazwę %2; zachowano oba</translation>
    </message>
    <message>
        <location line="+18" />
        <source>table %1 "%2"</source>
        <translation>stolik %1 „%2”</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: %2 is also in %3; kept the first, skipped this one</source>
        <translation>%1: %2 występuje również w %3; zachowano pierwszy, a ten pominięto</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: %2 is also in %3; its notes were added to the first</source>
        <translation>%1: %2 występuje również w %3; jego notatki dodano do pierwszego</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+87" />
        <source>%1: %2 is also in %3; both kept</source>
        <translation>%1: %2 występuje również w %3; zachowano oba</translation>
    </message>
    <message>
        <location line="-59" />
        <source>%1: place "%2" is also in %3; kept the first, skipped this one</source>
        <translation>%1: obszar "%2" występuje również w %3; zachowano pierwszy, a ten pominięto</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1: place "%2" is also in %3; its aims and actions were added to the first</source>
        <translation>%1: obszar "%2" występuje również w %3; jego cele i działania dodano do pierwszego</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1: place "%2" is also in %3; both kept</source>
        <translation>%1: obszar "%2" występuje również w %3; zachowano oba</translation>
    </message>
    <message>
        <location line="+34" />
        <source>poll "%1"</source>
        <translation>ankieta „%1”</translation>
    </message>
    <message numerus="yes">
        <location line="+10" />
        <source>%1: %2 is also in %3; its %n vote(s) were added to the first</source>
        <translation>
            <numerusform>%1: %2 występuje również w %3; jej %n głos dodano do pierwszej</numerusform>
            <numerusform>%1: %2 występuje również w %3; jej %n głosy dodano do pierwszej</numerusform>
            <numerusform>%1: %2 występuje również w %3; jej %n głosów dodano do pierwszej</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source> (%n device(s) had voted in both: the later vote kept)</source>
        <translation>
            <numerusform> (%n urządzenie głosowało w obu: zachowano późniejszy głos)</numerusform>
            <numerusform> (%n urządzenia głosowały w obu: zachowano późniejsze głosy)</numerusform>
            <numerusform> (%n urządzeń głosowało w obu: zachowano późniejsze głosy)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+137" />
        <source>Nothing to merge: name at least one session file.</source>
        <translation>Nie ma czego scalać: podaj co najmniej jeden plik sesji.</translation>
    </message>
    <message>
        <location line="+57" />
        <location line="+73" />
        <location line="+24" />
        <source>%1 could not be written: %2.</source>
        <translation>Nie można zapisać %1: %2.</translation>
    </message>
    <message>
        <location line="+34" />
        <source>%1: already in the merge; nothing added</source>
        <translation>%1: już uwzględniono w scalaniu; nic nie dodano</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>+%n table(s)</source>
        <translation>
            <numerusform>+%n stolik</numerusform>
            <numerusform>+%n stoliki</numerusform>
            <numerusform>+%n stolików</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>+%n note(s)</source>
        <translation>
            <numerusform>+%n notatka</numerusform>
            <numerusform>+%n notatki</numerusform>
            <numerusform>+%n notatek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>+%n place(s)</source>
        <translation>
            <numerusform>+%n obszar</numerusform>
            <numerusform>+%n obszary</numerusform>
            <numerusform>+%n obszarów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>+%n aim(s)</source>
        <translation>
            <numerusform>+%n cel</numerusform>
            <numerusform>+%n cele</numerusform>
            <numerusform>+%n celów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>+%n idea(s)</source>
        <translation>
            <numerusform>+%n pomysł</numerusform>
            <numerusform>+%n pomysły</numerusform>
            <numerusform>+%n pomysłów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>+%n driver(s)</source>
        <translation>
            <numerusform>+%n czynnik</numerusform>
            <numerusform>+%n czynniki</numerusform>
            <numerusform>+%n czynników</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>+%n action(s)</source>
        <translation>
            <numerusform>+%n działanie</numerusform>
            <numerusform>+%n działania</numerusform>
            <numerusform>+%n działań</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>+%n progress update(s)</source>
        <translation>
            <numerusform>+%n aktualizacja postępów</numerusform>
            <numerusform>+%n aktualizacje postępów</numerusform>
            <numerusform>+%n aktualizacji postępów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>+%n later figure(s)</source>
        <translation>
            <numerusform>+%n późniejsza wartość</numerusform>
            <numerusform>+%n późniejsze wartości</numerusform>
            <numerusform>+%n późniejszych wartości</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>+%n poll(s)</source>
        <translation>
            <numerusform>+%n ankieta</numerusform>
            <numerusform>+%n ankiety</numerusform>
            <numerusform>+%n ankiet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>+%n vote(s)</source>
        <translation>
            <numerusform>+%n głos</numerusform>
            <numerusform>+%n głosy</numerusform>
            <numerusform>+%n głosów</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>nothing new</source>
        <translation>nic nowego</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n zmiana</numerusform>
            <numerusform>%n zmiany</numerusform>
            <numerusform>%n zmian</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n deletion(s)</source>
        <translation>
            <numerusform>%n usunięcie</numerusform>
            <numerusform>%n usunięcia</numerusform>
            <numerusform>%n usunięć</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n konflikt</numerusform>
            <numerusform>%n konflikty</numerusform>
            <numerusform>%n konfliktów</numerusform>
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
        <translation>%1 (inna sesja: dopasowano według nazw)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>conflict: %1</source>
        <translation>konflikt: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>left out: %1</source>
        <translation>pominięto: %1</translation>
    </message>
    <message>
        <location line="-205" />
        <source>The merge was cancelled; %1 was not written.</source>
        <translation>Scalanie zostało anulowane; plik %1 nie został zapisany.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Checking %1</source>
        <translation>Sprawdzanie: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+58" />
        <source>Merging %n cop(ies) of the session</source>
        <translation>
            <numerusform>Scalanie %n kopii sesji</numerusform>
            <numerusform>Scalanie %n kopii sesji</numerusform>
            <numerusform>Scalanie %n kopii sesji</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 could not be written while merging: %2</source>
        <translation>Nie można zapisać %1 podczas scalania: %2</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the copies of this session</source>
        <translation>kopiach tej sesji</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Merging %1</source>
        <translation>Scalanie: %1</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1 could not be written while merging %2: %3</source>
        <translation>Nie można zapisać %1 podczas scalania %2: %3</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Saving %1</source>
        <translation>Zapisywanie: %1</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Done</source>
        <translation>Gotowe</translation>
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
        <translation>tak</translation>
    </message>
    <message>
        <location line="+0" />
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the event</source>
        <translation>wydarzenie</translation>
    </message>
    <message>
        <location line="+2" />
        <source>table %1 “%2”</source>
        <translation>stolik %1 “%2”</translation>
    </message>
    <message>
        <location line="+2" />
        <source>place “%1”</source>
        <translation>obszar “%1”</translation>
    </message>
    <message>
        <location line="+2" />
        <source>poll “%1”</source>
        <translation>ankieta “%1”</translation>
    </message>
    <message>
        <location line="+2" />
        <source>aim “%1”</source>
        <translation>cel “%1”</translation>
    </message>
    <message>
        <location line="+2" />
        <source>action “%1”</source>
        <translation>działanie “%1”</translation>
    </message>
    <message>
        <location line="+2" />
        <source>agenda item “%1”</source>
        <translation>punkt programu “%1”</translation>
    </message>
    <message>
        <location line="+2" />
        <source>indicator “%1”</source>
        <translation>wskaźnik “%1”</translation>
    </message>
    <message>
        <location line="+2" />
        <source>indicator reading “%1”</source>
        <translation>odczyt wskaźnika „%1”</translation>
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
        <translation>%1: usunięto (%2), ale później zmieniono (%3); usunięcie pozostaje w mocy</translation>
    </message>
    <message>
        <location line="+89" />
        <source>%1, %2: kept %3 (%4); the other value %5 (%6) is listed</source>
        <translation>%1, %2: zachowano %3 (%4); druga wartość, %5 (%6), jest na liście</translation>
    </message>
    <message numerus="yes">
        <location line="+99" />
        <source>%1: %n %2 row(s) whose table, place, aim or poll was deleted on another laptop</source>
        <translation>
            <numerusform>%1: %n wiersz typu %2, którego stolik, obszar, cel lub ankietę usunięto na innym laptopie</numerusform>
            <numerusform>%1: %n wiersze typu %2, których stolik, obszar, cel lub ankietę usunięto na innym laptopie</numerusform>
            <numerusform>%1: %n wierszy typu %2, których stolik, obszar, cel lub ankietę usunięto na innym laptopie</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeCheck</name>
    <message>
        <location filename="../core/interchange/MergeCheck.cpp" line="+36" />
        <source>Nothing to merge: choose at least one session file.</source>
        <translation>Nie ma czego scalać: wybierz co najmniej jeden plik sesji.</translation>
    </message>
    <message>
        <location line="+51" />
        <source>table %1 "%2"</source>
        <translation>stolik %1 „%2”</translation>
    </message>
    <message>
        <location line="+3" />
        <source>place "%1"</source>
        <translation>obszar „%1”</translation>
    </message>
    <message>
        <location line="+8" />
        <source>poll "%1"</source>
        <translation>ankieta „%1”</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <location filename="../core/session/OutputFile.cpp" line="+146" />
        <source>%1 could not be written: the folder %2 does not exist.</source>
        <translation>Nie można zapisać %1: folder %2 nie istnieje.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>%1 already exists; choose another name.</source>
        <translation>%1 już istnieje; wybierz inną nazwę.</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+27" />
        <location line="+11" />
        <source>the disk is full</source>
        <translation>dysk jest pełny</translation>
    </message>
    <message>
        <location line="-36" />
        <source>the file is too large for this disk</source>
        <translation>plik jest za duży dla tego dysku</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+29" />
        <location line="+2" />
        <source>permission denied</source>
        <translation>brak uprawnień</translation>
    </message>
    <message>
        <location line="-29" />
        <location line="+25" />
        <source>the disk is read-only</source>
        <translation>dysk jest tylko do odczytu</translation>
    </message>
    <message>
        <location line="-22" />
        <location line="+19" />
        <source>the folder %1 does not exist</source>
        <translation>folder %1 nie istnieje</translation>
    </message>
    <message>
        <location line="-17" />
        <source>it is a folder</source>
        <translation>to jest folder</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the name is too long</source>
        <translation>nazwa jest za długa</translation>
    </message>
    <message>
        <location line="+2" />
        <source>it already exists</source>
        <translation>już istnieje</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the disk reported an input/output error</source>
        <translation>dysk zgłosił błąd wejścia/wyjścia</translation>
    </message>
    <message>
        <location line="+25" />
        <source>the system gave no reason</source>
        <translation>system nie podała przyczyny</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 could not be written: %2.</source>
        <translation>Nie można zapisać %1: %2.</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+87" />
        <source>No output file was named.</source>
        <translation>Nie podano pliku wyjściowego.</translation>
    </message>
    <message>
        <location line="-74" />
        <source>%1 is a link that leads back to itself; choose another name.</source>
        <translation>%1 to dowiązanie, które prowadzi z powrotem do samego siebie; wybierz inną nazwę.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is a link to a file that does not exist; choose another name.</source>
        <translation>%1 to dowiązanie do pliku, który nie istnieje; wybierz inną nazwę.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 is a folder; choose a file name.</source>
        <translation>%1 to folder; wybierz nazwę pliku.</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+48" />
        <source>%1 is not a regular file (it is a device, pipe or socket); choose another name.</source>
        <translation>%1 nie jest zwykłym plikiem (to urządzenie, potok lub gniazdo); wybierz inną nazwę.</translation>
    </message>
    <message>
        <location line="-39" />
        <source>%1 is the file being read; an output never replaces its input. Choose another name.</source>
        <translation>%1 to plik, który jest właśnie odczytywany; plik wyjściowy nigdy nie zastępuje pliku wejściowego. Wybierz inną nazwę.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is the same file as %2, which is being read; an output never replaces its input. Choose another name.</source>
        <translation>%1 to ten sam plik co %2, który jest właśnie odczytywany; plik wyjściowy nigdy nie zastępuje pliku wejściowego. Wybierz inną nazwę.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 is a session open in Roundtable; choose another name.</source>
        <translation>%1 to sesja otwarta w Roundtable; wybierz inną nazwę.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 is a database in use (%2 is beside it); choose another name.</source>
        <translation>%1 to używana baza danych (obok znajduje się %2); wybierz inną nazwę.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 is a Roundtable session file; an export or copy never replaces a session. Choose another name.</source>
        <translation>%1 to plik sesji Roundtable; eksport ani kopia nigdy nie zastępują sesji. Wybierz inną nazwę.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is an SQLite database; Roundtable never writes over one. Choose another name.</source>
        <translation>%1 to baza danych SQLite; Roundtable nigdy nie nadpisuje takich plików. Wybierz inną nazwę.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 cannot be read, so it cannot be checked before it is replaced; choose another name.</source>
        <translation>Nie można odczytać %1, więc nie można go sprawdzić przed zastąpieniem; wybierz inną nazwę.</translation>
    </message>
    <message>
        <location line="+68" />
        <source>%1 could not be created: %2.</source>
        <translation>Nie można utworzyć %1: %2.</translation>
    </message>
</context>
<context>
    <name>PdfWriter</name>
    <message>
        <location filename="../core/slides/PdfWriter.cpp" line="+30" />
        <source>Cannot start a PDF in %1</source>
        <translation>Nie można rozpocząć pliku PDF w %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Export cancelled.</source>
        <translation>Eksport anulowany.</translation>
    </message>
</context>
<context>
    <name>PickChart</name>
    <message>
        <location filename="../app/places/PickNoteItem.cpp" line="+31" />
        <source>POSSIBLE</source>
        <translation>MOŻLIWE</translation>
    </message>
    <message>
        <location line="+2" />
        <source>IMPLEMENT</source>
        <translation>WDROŻYĆ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>CHALLENGE</source>
        <translation>WYZWANIE</translation>
    </message>
    <message>
        <location line="+2" />
        <source>KIBOSH</source>
        <translation>ODRZUCIĆ</translation>
    </message>
    <message>
        <location line="+135" />
        <source>%1 — unsorted, not on the chart yet</source>
        <translation>%1 — nieposortowane, jeszcze nie na wykresie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 — %2, impact %3, effort %4</source>
        <translation>%1 — %2, wpływ %3, nakład %4</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Unsorted — drag onto the chart to place it
%1</source>
        <translation>Nieposortowane — przeciągnij na wykres, aby umieścić
%1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 · impact %2 · effort %3
%4</source>
        <translation>%1 · wpływ %2 · nakład %3
%4</translation>
    </message>
</context>
<context>
    <name>Places</name>
    <message>
        <location filename="../app/places/PlaceText.cpp" line="+14" />
        <source>The partners … will work together within %1 to …</source>
        <translation>Partnerzy … będą współpracować na obszarze %1, aby …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(unnamed place)</source>
        <translation>(obszar bez nazwy)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Cohort: %1</source>
        <translation>Kohorta: %1</translation>
    </message>
</context>
<context>
    <name>PptxWriter</name>
    <message>
        <location filename="../core/slides/PptxWriter.cpp" line="+942" />
        <location line="+241" />
        <source>Export cancelled.</source>
        <translation>Eksport anulowany.</translation>
    </message>
    <message>
        <location line="-29" />
        <source>Cannot write %1: the slide text could not be encoded as XML</source>
        <translation>Nie można zapisać %1: nie udało się zakodować tekstu slajdów jako XML</translation>
    </message>
</context>
<context>
    <name>ProgressBuilder</name>
    <message>
        <location filename="../core/slides/ProgressPack.cpp" line="+48" />
        <source>On track</source>
        <translation>Zgodnie z planem</translation>
    </message>
    <message>
        <location line="+2" />
        <source>At risk</source>
        <translation>Zagrożone</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Off track</source>
        <translation>Niezgodnie z planem</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Stopped</source>
        <translation>Zatrzymane</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not started</source>
        <translation>Nie rozpoczęto</translation>
    </message>
    <message>
        <location line="+90" />
        <source>--place: the session has no places</source>
        <translation>--place: sesja nie ma żadnych obszarów</translation>
    </message>
    <message>
        <location line="+1" />
        <source>--place: there is no place "%1" (places: %2)</source>
        <translation>--place: nie ma obszaru "%1" (obszary: %2)</translation>
    </message>
    <message>
        <location line="+38" />
        <location line="+195" />
        <source>Progress update</source>
        <translation>Raport z postępów</translation>
    </message>
    <message>
        <location line="-194" />
        <location line="+3" />
        <location line="+192" />
        <source>%1: progress update</source>
        <translation>%1: raport z postępów</translation>
    </message>
    <message>
        <location line="-181" />
        <location line="+183" />
        <source>Following up: %1</source>
        <translation>Działania następcze: %1</translation>
    </message>
    <message>
        <location line="-181" />
        <location line="+182" />
        <source>As of %1</source>
        <translation>Stan na %1</translation>
    </message>
    <message>
        <location line="-178" />
        <location line="+181" />
        <source>Changes since %1</source>
        <translation>Zmiany od %1</translation>
    </message>
    <message>
        <location line="-171" />
        <source>Progress on the actions agreed</source>
        <translation>Postępy w realizacji uzgodnionych działań</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+173" />
        <source>The partners will work together within %1 to %2</source>
        <translation>Partnerzy będą współpracować na obszarze %1, aby %2</translation>
    </message>
    <message>
        <location line="-167" />
        <location line="+172" />
        <source>What the place prioritised</source>
        <translation>Priorytety obszaru</translation>
    </message>
    <message>
        <location line="-167" />
        <source>%1: what we agreed</source>
        <translation>%1: co uzgodniliśmy</translation>
    </message>
    <message numerus="yes">
        <location line="+19" />
        <source>%n action(s) in the plan</source>
        <translation>
            <numerusform>%n działanie w planie</numerusform>
            <numerusform>%n działania w planie</numerusform>
            <numerusform>%n działań w planie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n progress update(s)</source>
        <translation>
            <numerusform>%n aktualizacja postępów</numerusform>
            <numerusform>%n aktualizacje postępów</numerusform>
            <numerusform>%n aktualizacji postępów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>on %n action(s)</source>
        <translation>
            <numerusform>dla %n działania</numerusform>
            <numerusform>dla %n działań</numerusform>
            <numerusform>dla %n działań</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>%n overdue</source>
        <translation>
            <numerusform>%n po terminie</numerusform>
            <numerusform>%n po terminie</numerusform>
            <numerusform>%n po terminie</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: since %2</source>
        <translation>%1: od %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: what changed</source>
        <translation>%1: co się zmieniło</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+128" />
        <source>#</source>
        <translation>Nr</translation>
    </message>
    <message>
        <location line="-128" />
        <location line="+128" />
        <source>Action</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <location line="-128" />
        <location line="+128" />
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <location line="-128" />
        <location line="+128" />
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location line="-128" />
        <location line="+128" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-128" />
        <location line="+128" />
        <source>Latest update</source>
        <translation>Ostatnia aktualizacja</translation>
    </message>
    <message>
        <location line="-113" />
        <location line="+119" />
        <source>%1 (overdue)</source>
        <translation>%1 (po terminie)</translation>
    </message>
    <message>
        <location line="-97" />
        <location line="+114" />
        <source>Action %1, %2</source>
        <translation>Działanie %1, %2</translation>
    </message>
    <message>
        <location line="-106" />
        <source>%1: actions</source>
        <translation>%1: działania</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status, owner, due date and the latest update of each action</source>
        <translation>Status, właściciel, termin i ostatnia aktualizacja każdego działania</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: earlier updates</source>
        <translation>%1: wcześniejsze aktualizacje</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+106" />
        <source>Indicator</source>
        <translation>Wskaźnik</translation>
    </message>
    <message>
        <location line="-78" />
        <source>At the event (no later period yet)</source>
        <translation>Podczas wydarzenia (brak jeszcze późniejszego okresu)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>At the event → %1 (green: better, red: worse)</source>
        <translation>Podczas wydarzenia → %1 (zielony: lepiej, czerwony: gorzej)</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+76" />
        <source>Indicators then and now</source>
        <translation>Wskaźniki wtedy i teraz</translation>
    </message>
    <message>
        <location line="-47" />
        <source>What we agreed</source>
        <translation>Co uzgodniliśmy</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Actions</source>
        <translation>Działania</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Earlier updates</source>
        <translation>Wcześniejsze aktualizacje</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../app/shell/QtStrings.cpp" line="+44" />
        <source>Look in:</source>
        <translation>Szukaj w:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>File &amp;name:</source>
        <translation>Nazwa &amp;pliku:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Files of type:</source>
        <translation>Pliki typu:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Open</source>
        <translation>&amp;Otwórz</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Parent Directory</source>
        <translation>Katalog nadrzędny</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Create New Folder</source>
        <translation>Utwórz nowy folder</translation>
    </message>
    <message>
        <location line="+1" />
        <source>List View</source>
        <translation>Widok listy</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Detail View</source>
        <translation>Widok szczegółowy</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Recent Places</source>
        <translation>Ostatnie miejsca</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All Files (*)</source>
        <translation>Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 już istnieje.
Czy chcesz go zastąpić?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location line="+1" />
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date Modified</source>
        <translation>Data modyfikacji</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type</source>
        <translation>Typ</translation>
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
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cu&amp;t</source>
        <translation>W&amp;ytnij</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Copy</source>
        <translation>&amp;Kopiuj</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Paste</source>
        <translation>Wk&amp;lej</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select All</source>
        <translation>Zaznacz wszystko</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="-16" />
        <source>Show Details...</source>
        <translation>Pokaż szczegóły...</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hide Details...</source>
        <translation>Ukryj szczegóły...</translation>
    </message>
    <message>
        <location line="+1" />
        <source>About Qt</source>
        <translation>O Qt</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-20" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save All</source>
        <translation>Zapisz wszystko</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Yes</source>
        <translation>&amp;Tak</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Yes to &amp;All</source>
        <translation>Tak dla &amp;wszystkich</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;No</source>
        <translation>&amp;Nie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>N&amp;o to All</source>
        <translation>N&amp;ie dla wszystkich</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Abort</source>
        <translation>Przerwij</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retry</source>
        <translation>Spróbuj ponownie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ignore</source>
        <translation>Ignoruj</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Discard</source>
        <translation>Odrzuć</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Help</source>
        <translation>Pomoc</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Apply</source>
        <translation>Zastosuj</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reset</source>
        <translation>Resetuj</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Restore Defaults</source>
        <translation>Przywróć domyślne</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location line="+35" />
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="-31" />
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cu&amp;t</source>
        <translation>W&amp;ytnij</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Copy</source>
        <translation>&amp;Kopiuj</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Paste</source>
        <translation>Wk&amp;lej</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select All</source>
        <translation>Zaznacz wszystko</translation>
    </message>
</context>
<context>
    <name>RowCommands</name>
    <message>
        <location filename="../core/commands/RowCommands.cpp" line="+22" />
        <source>Add %1</source>
        <translation>Dodaj %1</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Edit %1</source>
        <translation>Edytuj %1</translation>
    </message>
    <message>
        <location line="+51" />
        <source>Delete %1</source>
        <translation>Usuń %1</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Move %1</source>
        <translation>Przenieś %1</translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <location filename="../app/shell/SessionActions.cpp" line="+84" />
        <source>Cannot open session</source>
        <translation>Nie można otworzyć sesji</translation>
    </message>
    <message>
        <location line="+6" />
        <source>You can open it read-only to look at it and copy it; changes will not be possible.</source>
        <translation>Możesz otworzyć ją tylko do odczytu, aby ją przejrzeć i skopiować; wprowadzanie zmian nie będzie możliwe.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The file has not been changed.</source>
        <translation>Plik nie został zmieniony.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1
The file has not been changed.</source>
        <translation>%1
Plik nie został zmieniony.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Open Recent</source>
        <translation>Otwórz ostatnie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 no longer exists; it has been removed from the recent sessions.</source>
        <translation>Plik %1 już nie istnieje; usunięto go z listy ostatnich sesji.</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+6" />
        <location line="+7" />
        <source>New Session</source>
        <translation>Nowa sesja</translation>
    </message>
    <message>
        <location line="-12" />
        <source>%1 is the session that is open; choose another name.</source>
        <translation>%1 to otwarta sesja; wybierz inną nazwę.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 already exists; a new session never replaces a file. Choose another name.</source>
        <translation>%1 już istnieje; nowa sesja nigdy nie zastępuje pliku. Wybierz inną nazwę.</translation>
    </message>
    <message>
        <location line="+18" />
        <location line="+7" />
        <source>Save a Copy</source>
        <translation>Zapisz kopię</translation>
    </message>
    <message>
        <location line="-6" />
        <source>%1 is the session itself; choose another name for the copy.</source>
        <translation>%1 to ta sama sesja; wybierz inną nazwę dla kopii.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Changes Not Saved</source>
        <translation>Niezapisane zmiany</translation>
    </message>
    <message>
        <location line="+2" />
        <source>If you close now, the change that could not be saved is lost; everything saved before it stays in the file. To keep it, free some space and send it again, then close.</source>
        <translation>Jeśli zamkniesz teraz, zmiana, której nie udało się zapisać, zostanie utracona; wszystko, co zapisano wcześniej, pozostaje w pliku. Aby ją zachować, zwolnij trochę miejsca i wyślij ją ponownie, a potem zamknij.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Session Closed</source>
        <translation>Sesja zamknięta</translation>
    </message>
</context>
<context>
    <name>SessionBuilder</name>
    <message>
        <location filename="../core/interchange/SessionBuilder.cpp" line="+32" />
        <source>%1 could not be created: %2.</source>
        <translation>Nie można utworzyć %1: %2.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>%1 could not be written: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
</context>
<context>
    <name>SessionFile</name>
    <message>
        <location filename="../core/session/SessionFile.cpp" line="+182" />
        <source>%1 does not exist.</source>
        <translation>%1 nie istnieje.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 cannot hold a Roundtable session: %2.</source>
        <translation>%1 nie może zawierać sesji Roundtable: %2.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 cannot be read: permission denied.</source>
        <translation>Nie można odczytać %1: brak uprawnień.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is empty (0 bytes), so it holds no Roundtable session.</source>
        <translation>Plik %1 jest pusty (0 bajtów), więc nie zawiera sesji Roundtable.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is not a Roundtable session file: it is not an SQLite database.</source>
        <translation>%1 nie jest plikiem sesji Roundtable: nie jest to baza danych SQLite.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is truncated: %2.</source>
        <translation>Plik %1 jest niekompletny: %2.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is damaged and cannot be opened safely: %2.</source>
        <translation>Plik %1 jest uszkodzony i nie można go bezpiecznie otworzyć: %2.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is another application's SQLite database, not a Roundtable session.</source>
        <translation>%1 to baza danych SQLite innej aplikacji, a nie sesja Roundtable.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 was made by a newer Roundtable (schema version %2; this version reads up to %3). Update Roundtable to open it.</source>
        <translation>Plik %1 został utworzony w nowszej wersji Roundtable (wersja schematu %2; ta wersja odczytuje wersje do %3). Zaktualizuj Roundtable, aby go otworzyć.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 is being edited by another Roundtable (%2); it can be opened read-only.</source>
        <translation>Plik %1 jest edytowany w innym oknie Roundtable (%2); można go otworzyć tylko do odczytu.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 cannot be written (read-only file or folder); it can be opened read-only.</source>
        <translation>Nie można zapisywać w %1 (plik lub folder tylko do odczytu); można go otworzyć tylko do odczytu.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 already exists; choose another name.</source>
        <translation>%1 już istnieje; wybierz inną nazwę.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 could not be used: %2.</source>
        <translation>Nie można użyć %1: %2.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>it is a link that leads back to itself</source>
        <translation>to dowiązanie, które prowadzi z powrotem do samego siebie</translation>
    </message>
    <message>
        <location line="+5" />
        <source>it is a link to %1, which does not exist</source>
        <translation>to dowiązanie do nieistniejącej ścieżki %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>it is a folder</source>
        <translation>to jest folder</translation>
    </message>
    <message>
        <location line="+2" />
        <source>it is a device, pipe or socket, not a file</source>
        <translation>to urządzenie, potok lub gniazdo, a nie plik</translation>
    </message>
    <message numerus="yes">
        <location line="+12" />
        <location line="+5" />
        <source>only %n byte(s) of its header remain</source>
        <translation>
            <numerusform>pozostał tylko %n bajt nagłówka</numerusform>
            <numerusform>pozostały tylko %n bajty nagłówka</numerusform>
            <numerusform>pozostało tylko %n bajtów nagłówka</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>its header names an unknown file format version</source>
        <translation>jego nagłówek wskazuje nieznaną wersję formatu pliku</translation>
    </message>
    <message>
        <location line="+7" />
        <source>its header has no schema version</source>
        <translation>jego nagłówek nie zawiera wersji schematu</translation>
    </message>
    <message>
        <location line="+7" />
        <source>its header gives an impossible page size</source>
        <translation>jego nagłówek podaje niemożliwy rozmiar strony</translation>
    </message>
    <message>
        <location line="+8" />
        <source>it holds %1 of the %2 bytes its header promises</source>
        <translation>zawiera %1 z %2 bajtów zapowiedzianych w nagłówku</translation>
    </message>
    <message>
        <location line="+3" />
        <source>it ends part-way through a page</source>
        <translation>kończy się w połowie strony</translation>
    </message>
    <message>
        <location line="+41" />
        <source>it cannot be read</source>
        <translation>nie można go odczytać</translation>
    </message>
    <message>
        <location line="+29" />
        <source>its lock file cannot be made (%1)</source>
        <translation>nie można utworzyć jego pliku blokady (%1)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>process %1 on %2</source>
        <translation>proces %1 na komputerze %2</translation>
    </message>
    <message>
        <location line="+0" />
        <source>unknown owner</source>
        <translation>nieznany właściciel</translation>
    </message>
    <message>
        <location line="+40" />
        <source>could not make a private copy to check (%1)</source>
        <translation>nie udało się utworzyć prywatnej kopii do sprawdzenia (%1)</translation>
    </message>
    <message>
        <location line="+44" />
        <source>could not make a local working copy (%1)</source>
        <translation>nie udało się utworzyć lokalnej kopii roboczej (%1)</translation>
    </message>
    <message>
        <location line="-12" />
        <source>could not write the backup %1 before upgrading</source>
        <translation>nie udało się zapisać kopii zapasowej %1 przed aktualizacją</translation>
    </message>
    <message>
        <location line="+61" />
        <source>upgrading to schema version %1 failed: %2</source>
        <translation>aktualizacja do wersji schematu %1 nie powiodła się: %2</translation>
    </message>
    <message>
        <location line="+45" />
        <source>the folder %1 does not exist</source>
        <translation>folder %1 nie istnieje</translation>
    </message>
    <message>
        <location line="+44" />
        <source>its latest changes could not be folded into it (%1); they are safe in %2 beside it. Keep the two files together and open it again once there is space</source>
        <translation>nie udało się włączyć do niego najnowszych zmian (%1); są bezpieczne w pliku %2 obok niego. Trzymaj oba pliki razem i otwórz go ponownie, gdy będzie dość miejsca</translation>
    </message>
    <message>
        <location line="+14" />
        <source>the disk is full</source>
        <translation>dysk jest pełny</translation>
    </message>
    <message>
        <location line="+4" />
        <source>could not write the edits back (%1); they are kept in %2</source>
        <translation>nie udało się zapisać zmian z powrotem (%1); zostały zachowane w %2</translation>
    </message>
    <message>
        <location line="+28" />
        <source>%1 is the open session itself; choose another name for the copy.</source>
        <translation>%1 to otwarta sesja; wybierz inną nazwę dla kopii.</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <location filename="../core/interchange/Templates.cpp" line="+63" />
        <source>an empty event with the three default prompts</source>
        <translation>puste wydarzenie z trzema domyślnymi pytaniami</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the health and employment seminar: agenda, 8 topic tables, 4 places, feedback polls, data pack</source>
        <translation>seminarium o zdrowiu i zatrudnieniu: program, 8 stolików tematycznych, 4 obszary, ankiety z opiniami, pakiet danych</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a filled-in example day: notes from every table, PICK charts, driver diagram, action plans, votes; it keeps the date of the event it records</source>
        <translation>wypełniony przykładowy dzień: notatki ze wszystkich stolików, wykresy PICK, diagram czynników, plany działań, głosy; zachowuje datę wydarzenia, które opisuje</translation>
    </message>
    <message>
        <location line="+30" />
        <location line="+25" />
        <source>Blank session</source>
        <translation>Pusta sesja</translation>
    </message>
    <message numerus="yes">
        <location line="-12" />
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n stolik</numerusform>
            <numerusform>%n stoliki</numerusform>
            <numerusform>%n stolików</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n place(s)</source>
        <translation>
            <numerusform>%n obszar</numerusform>
            <numerusform>%n obszary</numerusform>
            <numerusform>%n obszarów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n poll(s)</source>
        <translation>
            <numerusform>%n ankieta</numerusform>
            <numerusform>%n ankiety</numerusform>
            <numerusform>%n ankiet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10" />
        <source>An empty session</source>
        <translation>Sesja bez żadnej zawartości</translation>
    </message>
    <message>
        <location line="+21" />
        <source>%1 already exists</source>
        <translation>%1 już istnieje</translation>
    </message>
    <message>
        <location line="+4" />
        <source>template %1</source>
        <translation>szablon %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/cli/Cli.cpp" line="+92" />
        <source>Run a facilitated seminar and publish its verbatim summary pack.</source>
        <translation>Poprowadź seminarium z facylitacją i opublikuj pakiet podsumowania z dosłownymi wypowiedziami.</translation>
    </message>
</context>
<context>
    <name>rt::ActionLogModel</name>
    <message>
        <location filename="../core/models/ActionLogModel.cpp" line="+90" />
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2" />
        <source>What they said</source>
        <translation>Co przekazano</translation>
    </message>
</context>
<context>
    <name>rt::ActionPlanWidget</name>
    <message>
        <location filename="../app/places/ActionPlanWidget.cpp" line="+37" />
        <source>Add action</source>
        <translation>Dodaj działanie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Up</source>
        <translation>W górę</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Down</source>
        <translation>W dół</translation>
    </message>
    <message>
        <location line="+1" />
        <source>List order</source>
        <translation>Kolejność listy</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cohort</source>
        <translation>Kohorta</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Idea</source>
        <translation>Pomysł</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Action</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Who will do it?</source>
        <translation>Kto to zrobi?</translation>
    </message>
    <message>
        <location line="+0" />
        <source>By when?</source>
        <translation>Do kiedy?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Measure of success</source>
        <translation>Miara sukcesu</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Action plan</source>
        <translation>Plan działań</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cohort shown</source>
        <translation>Wyświetlana kohorta</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Undo the sorting: show the rows in the plan's own order</source>
        <translation>Cofnij sortowanie: pokaż wiersze w kolejności ustalonej w planie</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Move action up</source>
        <translation>Przenieś działanie w górę</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move action down</source>
        <translation>Przenieś działanie w dół</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cohort:</source>
        <translation>Kohorta:</translation>
    </message>
    <message>
        <location line="+89" />
        <source>&lt;b&gt;Action plan — %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Plan działań — %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;i&gt;Choose a place to see its action plan.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Wybierz obszar, aby zobaczyć jego plan działań.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+24" />
        <source>All cohorts</source>
        <translation>Wszystkie kohorty</translation>
    </message>
    <message>
        <location line="-121" />
        <source>Delete action</source>
        <translation>Usuń działanie</translation>
    </message>
</context>
<context>
    <name>rt::ActionStatus</name>
    <message>
        <location filename="../core/domain/ActionStatus.cpp" line="+17" />
        <source>Not started</source>
        <translation>Nie rozpoczęto</translation>
    </message>
    <message>
        <location line="+1" />
        <source>On track</source>
        <translation>Zgodnie z planem</translation>
    </message>
    <message>
        <location line="+1" />
        <source>At risk</source>
        <translation>Zagrożone</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Off track</source>
        <translation>Niezgodnie z planem</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stopped</source>
        <translation>Zatrzymane</translation>
    </message>
</context>
<context>
    <name>rt::ActionTracker</name>
    <message>
        <location filename="../app/places/ActionTracker.cpp" line="+41" />
        <source>Add &amp;Update…</source>
        <translation>Dodaj &amp;aktualizację…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Review with the Board…</source>
        <translation>&amp;Przegląd z zarządem…</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Actions to follow up</source>
        <translation>Działania do monitorowania</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Progress log</source>
        <translation>Dziennik postępów</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Place shown</source>
        <translation>Wyświetlany obszar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cohort shown</source>
        <translation>Wyświetlana kohorta</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status shown</source>
        <translation>Wyświetlany status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Owner shown</source>
        <translation>Wyświetlany właściciel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Walk the place's actions one by one at projector size (Ctrl+Shift+R)</source>
        <translation>Omów działania obszaru jedno po drugim w widoku dla projektora (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Pla&amp;ce:</source>
        <translation>O&amp;bszar:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Co&amp;hort:</source>
        <translation>&amp;Kohorta:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>O&amp;wner:</source>
        <translation>&amp;Właściciel:</translation>
    </message>
    <message>
        <location line="+148" />
        <source>All places</source>
        <translation>Wszystkie obszary</translation>
    </message>
    <message>
        <location line="+21" />
        <source>All cohorts</source>
        <translation>Wszystkie kohorty</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All owners</source>
        <translation>Wszyscy właściciele</translation>
    </message>
    <message>
        <location line="+6" />
        <source>All statuses</source>
        <translation>Wszystkie statusy</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Overdue</source>
        <translation>Po terminie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not reviewed since the event</source>
        <translation>Nieprzejrzane od wydarzenia</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1 · %2 overdue · %3 not reviewed since the event</source>
        <translation>%1 · po terminie: %2 · nieprzejrzane od wydarzenia: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n działanie</numerusform>
            <numerusform>%n działania</numerusform>
            <numerusform>%n działań</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13" />
        <source>&lt;i&gt;Choose an action to see its progress log.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Wybierz działanie, aby zobaczyć jego dziennik postępów.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&lt;b&gt;Progress log&lt;/b&gt; — %1 (%2)</source>
        <translation>&lt;b&gt;Dziennik postępów&lt;/b&gt; — %1 (%2)</translation>
    </message>
</context>
<context>
    <name>rt::ActionTrackerModel</name>
    <message>
        <location filename="../core/models/ActionTrackerModel.cpp" line="+181" />
        <source>No date</source>
        <translation>Brak daty</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 — overdue</source>
        <translation>%1 — po terminie</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 — not reviewed</source>
        <translation>%1 — nieprzejrzane</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No update yet</source>
        <translation>Brak aktualizacji</translation>
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
        <translation>Po terminie: termin minął przed dniem dzisiejszym, a działanie nie jest ani gotowe, ani zatrzymane</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not reviewed since the event: set its status or add an update</source>
        <translation>Nieprzejrzane od wydarzenia: ustaw status lub dodaj aktualizację</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Worked out from "%1"; edit it (YYYY-MM-DD) to correct it</source>
        <translation>Ustalono na podstawie "%1"; aby poprawić, edytuj datę (RRRR-MM-DD)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The words the table wrote; the Due column is the date they give</source>
        <translation>Słowa zapisane przez stolik; kolumna Termin to wynikająca z nich data</translation>
    </message>
    <message>
        <location line="+87" />
        <source>Place</source>
        <translation>Obszar</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cohort</source>
        <translation>Kohorta</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Action</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <location line="+2" />
        <source>By when?</source>
        <translation>Do kiedy?</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Latest update</source>
        <translation>Ostatnia aktualizacja</translation>
    </message>
</context>
<context>
    <name>rt::AddUpdateDialog</name>
    <message>
        <location filename="../app/places/AddUpdateDialog.cpp" line="+23" />
        <location line="+15" />
        <source>Add Update</source>
        <translation>Dodaj aktualizację</translation>
    </message>
    <message>
        <location line="-10" />
        <source>What has happened since the last update?</source>
        <translation>Co się wydarzyło od ostatniej aktualizacji?</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Who reports it:</source>
        <translation>&amp;Kto zgłasza:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Status now:</source>
        <translation>&amp;Obecny status:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;What they said:</source>
        <translation>&amp;Co przekazano:</translation>
    </message>
</context>
<context>
    <name>rt::AgendaEditor</name>
    <message>
        <location filename="../app/agenda/AgendaEditor.cpp" line="+36" />
        <source>Add item</source>
        <translation>Dodaj punkt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add an item after the selected one, starting when it ends (Ctrl+Return)</source>
        <translation>Dodaj punkt po zaznaczonym, zaczynający się w chwili jego zakończenia (Ctrl+Return)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete the selected item (Delete)</source>
        <translation>Usuń zaznaczony punkt (Delete)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move up</source>
        <translation>Przenieś w górę</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move the selected item earlier; durations are kept and times shift (Alt+Up)</source>
        <translation>Przenieś zaznaczony punkt wcześniej; czasy trwania zostają zachowane, a godziny się przesuwają (Alt+Up)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move down</source>
        <translation>Przenieś w dół</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move the selected item later; durations are kept and times shift (Alt+Down)</source>
        <translation>Przenieś zaznaczony punkt później; czasy trwania zostają zachowane, a godziny się przesuwają (Alt+Down)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run from this item ▶</source>
        <translation>Prowadź od tego punktu ▶</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Open run mode on the selected item</source>
        <translation>Otwórz tryb prowadzenia na zaznaczonym punkcie</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Agenda items</source>
        <translation>Punkty programu</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Alt+Up and Alt+Down move the selected item; Delete removes it; Ctrl+Return adds one</source>
        <translation>Alt+Up i Alt+Down przenoszą zaznaczony punkt; Delete go usuwa; Ctrl+Return dodaje nowy</translation>
    </message>
    <message>
        <location line="+44" />
        <location line="+19" />
        <source>Facilitator guidance</source>
        <translation>Wskazówki dla facylitatora</translation>
    </message>
    <message>
        <location line="-11" />
        <source>Shown to the &amp;room</source>
        <translation>Widoczne dla &amp;sali</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Shown to the room</source>
        <translation>Widoczne dla sali</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The line the projector shows under the item's title; empty: the built-in line for this kind of activity</source>
        <translation>Wiersz, który projektor pokazuje pod tytułem punktu; puste: wbudowany wiersz dla tego rodzaju zajęć</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Start from the built-in guidance</source>
        <translation>Zacznij od wbudowanych wskazówek</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Copy the built-in guidance for this kind of activity into the item, to adapt it</source>
        <translation>Skopiuj do punktu wbudowane wskazówki dla tego rodzaju aktywności, aby je dostosować</translation>
    </message>
    <message>
        <location line="+96" />
        <source>New item</source>
        <translation>Nowy punkt</translation>
    </message>
    <message>
        <location line="+58" />
        <source>Select an agenda item to write what the facilitator should do.</source>
        <translation>Zaznacz punkt programu, aby opisać, co ma zrobić facylitator.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1  ·  %2  ·  %3</source>
        <translation>%1  ·  %2  ·  %3</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Run mode shows the built-in guidance above until you write your own.</source>
        <translation>Tryb prowadzenia wyświetla powyższe wbudowane wskazówki, dopóki nie napiszesz własnych.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run mode shows this text; clear it to go back to the built-in guidance.</source>
        <translation>Tryb prowadzenia wyświetla ten tekst; wyczyść go, aby wrócić do wbudowanych wskazówek.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Item %1 “%2”, start: %3</source>
        <translation>Punkt %1 „%2”, początek: %3</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Item %1 “%2”, end: %3</source>
        <translation>Punkt %1 „%2”, koniec: %3</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Times to check (%1), marked red in the table:</source>
        <translation>Godziny do sprawdzenia (%1), zaznaczone w tabeli na czerwono:</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>…and %n more.</source>
        <translation>
            <numerusform>…i jeszcze %n.</numerusform>
            <numerusform>…i jeszcze %n.</numerusform>
            <numerusform>…i jeszcze %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rt::AgendaModel</name>
    <message>
        <location filename="../core/models/AgendaModel.cpp" line="+21" />
        <source>Start</source>
        <translation>Początek</translation>
    </message>
    <message>
        <location line="+0" />
        <source>End</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Poll</source>
        <translation>Ankieta</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Guidance</source>
        <translation>Wskazówki</translation>
    </message>
    <message>
        <location line="+76" />
        <source>Arrival</source>
        <translation>Przybycie uczestników</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Plenary</source>
        <translation>Sesja plenarna</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Break</source>
        <translation>Przerwa</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Table discussion</source>
        <translation>Dyskusja przy stolikach</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Place breakout</source>
        <translation>Praca w grupach według obszarów</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Close</source>
        <translation>Zakończenie</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Poll %1</source>
        <translation>Ankieta %1</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Attach poll</source>
        <translation>Dołącz ankietę</translation>
    </message>
</context>
<context>
    <name>rt::AgendaWorkspace</name>
    <message>
        <location filename="../app/agenda/AgendaWorkspace.cpp" line="+49" />
        <location line="+91" />
        <source>Agenda</source>
        <translation>Program</translation>
    </message>
    <message>
        <location line="-84" />
        <source>Edit agenda</source>
        <translation>Edytuj program</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Run the day</source>
        <translation>Prowadzenie dnia</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Projector preview</source>
        <translation>Podgląd projektora</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Times, titles, kinds, polls and guidance of each item</source>
        <translation>Godziny, tytuły, rodzaje, ankiety i wskazówki dla każdego punktu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The facilitator's screen: current item, countdown, what is next</source>
        <translation>Ekran facylitatora: bieżący punkt, odliczanie, co dalej</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What the room sees on the projector</source>
        <translation>Co uczestnicy widzą na projektorze</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Projector</source>
        <translation>Projektor</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show the projector window on a screen of your choice</source>
        <translation>Pokaż okno projektora na wybranym ekranie</translation>
    </message>
    <message>
        <location line="+65" />
        <source>agenda — the agenda editor: times, kinds, polls, guidance</source>
        <translation>agenda — edytor programu: godziny, rodzaje, ankiety, wskazówki</translation>
    </message>
    <message>
        <location line="+1" />
        <source>run — run mode on the item by the clock (or the first item)</source>
        <translation>run — tryb prowadzenia na punkcie wskazanym przez zegar (lub na pierwszym punkcie)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>run:N — run mode on agenda item N (from 1)</source>
        <translation>run:N — tryb prowadzenia na punkcie programu N (od 1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>projector — what the projector shows for the current item</source>
        <translation>projector — co projektor wyświetla dla bieżącego punktu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>projector:N — what the projector shows for agenda item N</source>
        <translation>projector:N — co projektor wyświetla dla punktu programu N</translation>
    </message>
    <message>
        <location line="+21" />
        <source>view %1: the agenda is empty</source>
        <translation>widok %1: program jest pusty</translation>
    </message>
    <message>
        <location line="+1" />
        <source>view %1: the agenda has items 1 to %2</source>
        <translation>widok %1: program zawiera punkty od 1 do %2</translation>
    </message>
    <message>
        <location line="+157" />
        <source>Open the projector window (one screen: in a window)</source>
        <translation>Otwórz okno projektora (jeden ekran: w oknie)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Full screen on screen %1: %2 (%3×%4)%5</source>
        <translation>Pełny ekran na ekranie %1: %2 (%3×%4)%5</translation>
    </message>
    <message>
        <location line="+5" />
        <source>, this laptop</source>
        <translation>, ten laptop</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Close the projector window</source>
        <translation>Zamknij okno projektora</translation>
    </message>
</context>
<context>
    <name>rt::ByWhenDelegate</name>
    <message>
        <location filename="../app/places/MultiLineDelegate.cpp" line="+142" />
        <source>A date or words, e.g. Within 3 months</source>
        <translation>Data lub słowa, np. W ciągu 3 miesięcy</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pick…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose a date or a phrase</source>
        <translation>Wybierz datę lub wyrażenie</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Within one month</source>
        <translation>W ciągu miesiąca</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Within 3 months</source>
        <translation>W ciągu 3 miesięcy</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Within 6 months</source>
        <translation>W ciągu 6 miesięcy</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Within a year</source>
        <translation>W ciągu roku</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ongoing</source>
        <translation>Na bieżąco</translation>
    </message>
</context>
<context>
    <name>rt::ConflictModel</name>
    <message>
        <location filename="../core/models/ConflictModel.cpp" line="+45" />
        <source>A deleted table</source>
        <translation>Usunięty stolik</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A deleted note</source>
        <translation>Usunięta notatka</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A deleted place</source>
        <translation>Usunięty obszar</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A deleted aim</source>
        <translation>Usunięty cel</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A deleted idea</source>
        <translation>Usunięty pomysł</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A deleted driver</source>
        <translation>Usunięty czynnik</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A deleted action</source>
        <translation>Usunięte działanie</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A deleted poll</source>
        <translation>Usunięta ankieta</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A deleted agenda item</source>
        <translation>Usunięty punkt programu</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A deleted row</source>
        <translation>Usunięty wiersz</translation>
    </message>
    <message>
        <location line="+46" />
        <source>this laptop</source>
        <translation>ten laptop</translation>
    </message>
    <message>
        <location line="+0" />
        <source>laptop %1</source>
        <translation>laptop %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 (this laptop)</source>
        <translation>%1 (ten laptop)</translation>
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
        <translation>(usunięto)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The row is not in the session any more.</source>
        <translation>Tego wiersza nie ma już w sesji.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The field holds this value already.</source>
        <translation>Pole ma już tę wartość.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The session is open read-only.</source>
        <translation>Sesja jest otwarta tylko do odczytu.</translation>
    </message>
    <message>
        <location line="+69" />
        <source>In use: %1</source>
        <translation>W użyciu: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Other value: %1</source>
        <translation>Druga wartość: %1</translation>
    </message>
    <message>
        <location line="+17" />
        <source>What</source>
        <translation>Element</translation>
    </message>
    <message>
        <location line="+2" />
        <source>In use now</source>
        <translation>Obecnie w użyciu</translation>
    </message>
    <message>
        <location line="+2" />
        <source>From</source>
        <translation>Skąd</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Other value</source>
        <translation>Druga wartość</translation>
    </message>
    <message>
        <location line="+2" />
        <source>From</source>
        <comment>the other value's laptop and time</comment>
        <translation>Skąd</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Event details</source>
        <translation>Szczegóły wydarzenia</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Table %1</source>
        <translation>Stolik %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Table %1 "%2"</source>
        <translation>Stolik %1 "%2"</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Note "%1" at table %2</source>
        <translation>Notatka "%1" przy stoliku %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Place "%1"</source>
        <translation>Obszar "%1"</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Aim "%1" of %2</source>
        <translation>Cel "%1" obszaru %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Idea "%1"</source>
        <translation>Pomysł "%1"</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Driver "%1"</source>
        <translation>Czynnik "%1"</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Action "%1" of %2</source>
        <translation>Działanie "%1" obszaru %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Poll "%1"</source>
        <translation>Ankieta "%1"</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Option "%1" of poll "%2"</source>
        <translation>Opcja "%1" ankiety "%2"</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A vote</source>
        <translation>Głos</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Agenda item "%1"</source>
        <translation>Punkt programu "%1"</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Prompt "%1"</source>
        <translation>Pytanie "%1"</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Source "%1"</source>
        <translation>Źródło "%1"</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Data pack column "%1"</source>
        <translation>Kolumna pakietu danych "%1"</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Indicator "%1"</source>
        <translation>Wskaźnik "%1"</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Progress update "%1" of action "%2"</source>
        <translation>Aktualizacja postępów "%1" działania "%2"</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Indicator "%1" for %2</source>
        <translation>Wskaźnik "%1" dla %2</translation>
    </message>
    <message>
        <location line="+12" />
        <source>place in the list</source>
        <translation>pozycja na liście</translation>
    </message>
    <message>
        <location line="+1" />
        <source>title</source>
        <translation>tytuł</translation>
    </message>
    <message>
        <location line="+1" />
        <source>date</source>
        <translation>data</translation>
    </message>
    <message>
        <location line="+1" />
        <source>venue</source>
        <translation>miejsce</translation>
    </message>
    <message>
        <location line="+1" />
        <source>organiser</source>
        <translation>organizator</translation>
    </message>
    <message>
        <location line="+1" />
        <source>purpose</source>
        <translation>cel seminarium</translation>
    </message>
    <message>
        <location line="+1" />
        <source>disclaimer</source>
        <translation>zastrzeżenie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>pack language</source>
        <translation>język pakietu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>file</source>
        <translation>plik</translation>
    </message>
    <message>
        <location line="+1" />
        <source>key</source>
        <translation>klucz</translation>
    </message>
    <message>
        <location line="+1" />
        <source>question</source>
        <translation>pytanie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>kind</source>
        <translation>rodzaj</translation>
    </message>
    <message>
        <location line="+1" />
        <source>state</source>
        <translation>stan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>most choices</source>
        <translation>maks. liczba wyborów</translation>
    </message>
    <message>
        <location line="+1" />
        <source>poll</source>
        <translation>ankieta</translation>
    </message>
    <message>
        <location line="+1" />
        <source>answer</source>
        <translation>odpowiedź</translation>
    </message>
    <message>
        <location line="+1" />
        <source>start</source>
        <translation>początek</translation>
    </message>
    <message>
        <location line="+1" />
        <source>end</source>
        <translation>koniec</translation>
    </message>
    <message>
        <location line="+1" />
        <source>guidance</source>
        <translation>wskazówki</translation>
    </message>
    <message>
        <location line="+1" />
        <source>number</source>
        <translation>numer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>topic</source>
        <translation>temat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>facilitator</source>
        <translation>facylitator</translation>
    </message>
    <message>
        <location line="+1" />
        <source>table</source>
        <translation>stolik</translation>
    </message>
    <message>
        <location line="+1" />
        <source>prompt</source>
        <translation>pytanie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <location line="+1" />
        <source>key point</source>
        <translation>kluczowy punkt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>name</source>
        <translation>nazwa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>priorities</source>
        <translation>priorytety</translation>
    </message>
    <message>
        <location line="+1" />
        <source>place</source>
        <translation>obszar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>statement</source>
        <translation>opis</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cohort</source>
        <translation>kohorta</translation>
    </message>
    <message>
        <location line="+1" />
        <source>aim</source>
        <translation>cel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>impact</source>
        <translation>wpływ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>effort</source>
        <translation>nakład</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not yet placed</source>
        <translation>jeszcze nieumieszczone</translation>
    </message>
    <message>
        <location line="+1" />
        <source>parent driver</source>
        <translation>czynnik nadrzędny</translation>
    </message>
    <message>
        <location line="+1" />
        <source>idea it came from</source>
        <translation>pomysł, z którego pochodzi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>idea</source>
        <translation>pomysł</translation>
    </message>
    <message>
        <location line="+1" />
        <source>action</source>
        <translation>działanie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>who</source>
        <translation>kto</translation>
    </message>
    <message>
        <location line="+1" />
        <source>by when</source>
        <translation>do kiedy</translation>
    </message>
    <message>
        <location line="+1" />
        <source>measure</source>
        <translation>miara</translation>
    </message>
    <message>
        <location line="+1" />
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>due date</source>
        <translation>termin</translation>
    </message>
    <message>
        <location line="+1" />
        <source>last reviewed</source>
        <translation>data ostatniego przeglądu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>time</source>
        <translation>czas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>period</source>
        <translation>okres</translation>
    </message>
    <message>
        <location line="+1" />
        <source>comparator</source>
        <translation>punkt odniesienia</translation>
    </message>
    <message>
        <location line="+1" />
        <source>domain</source>
        <translation>dziedzina</translation>
    </message>
    <message>
        <location line="+1" />
        <source>indicator</source>
        <translation>wskaźnik</translation>
    </message>
    <message>
        <location line="+1" />
        <source>values</source>
        <translation>wartości</translation>
    </message>
    <message>
        <location line="+1" />
        <source>higher is better</source>
        <translation>im wyżej, tym lepiej</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+5" />
        <location line="+5" />
        <location line="+2" />
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <location line="-12" />
        <source>position %1</source>
        <translation>pozycja %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <location line="+0" />
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+6" />
        <source>(empty)</source>
        <translation>(puste)</translation>
    </message>
</context>
<context>
    <name>rt::ConflictsDialog</name>
    <message>
        <location filename="../app/shell/ConflictsDialog.cpp" line="+50" />
        <source>Merge Conflicts</source>
        <translation>Konflikty scalania</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Merge conflicts</source>
        <translation>Konflikty scalania</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Selected</source>
        <translation>Zaznaczone</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+1" />
        <source>In use now</source>
        <translation>Obecnie w użyciu</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+1" />
        <source>Other value</source>
        <translation>Druga wartość</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Use This Value</source>
        <translation>&amp;Użyj tej wartości</translation>
    </message>
    <message>
        <location line="+59" />
        <source>No conflicts: no field of this session was changed differently on two laptops.</source>
        <translation>Brak konfliktów: żadne pole tej sesji nie zostało zmienione inaczej na dwóch laptopach.</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n field(s) were changed differently on two laptops. The merge kept the later change; the other value is listed beside it. Use the other value where it is the right one: the two then swap places, and Edit → Undo takes it back.</source>
        <translation>
            <numerusform>%n pole zostało zmienione inaczej na dwóch laptopach. Scalanie zachowało późniejszą zmianę; druga wartość jest podana obok. Użyj drugiej wartości tam, gdzie to ona jest właściwa: obie zamienią się wtedy miejscami, a Edycja → Cofnij przywraca poprzedni stan.</numerusform>
            <numerusform>%n pola zostały zmienione inaczej na dwóch laptopach. Scalanie zachowało późniejszą zmianę; druga wartość jest podana obok. Użyj drugiej wartości tam, gdzie to ona jest właściwa: obie zamienią się wtedy miejscami, a Edycja → Cofnij przywraca poprzedni stan.</numerusform>
            <numerusform>%n pól zostało zmienionych inaczej na dwóch laptopach. Scalanie zachowało późniejszą zmianę; druga wartość jest podana obok. Użyj drugiej wartości tam, gdzie to ona jest właściwa: obie zamienią się wtedy miejscami, a Edycja → Cofnij przywraca poprzedni stan.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8" />
        <source>Nothing selected</source>
        <translation>Nic nie zaznaczono</translation>
    </message>
</context>
<context>
    <name>rt::CountdownWidget</name>
    <message>
        <location filename="../app/agenda/CountdownWidget.cpp" line="+14" />
        <source>Time left</source>
        <translation>Pozostały czas</translation>
    </message>
    <message>
        <location line="+36" />
        <source>%1, paused</source>
        <translation>%1, wstrzymano</translation>
    </message>
</context>
<context>
    <name>rt::DataPackWorkspace</name>
    <message>
        <location filename="../app/datapack/DataPackWorkspace.cpp" line="+46" />
        <location line="+5" />
        <location line="+157" />
        <source>Data pack</source>
        <translation>Pakiet danych</translation>
    </message>
    <message>
        <location line="-155" />
        <source>The figures delegates use to shape their conversations: each indicator by area, with comparators. Within each row the best value has the lightest colour.</source>
        <translation>Dane, na podstawie których uczestnicy prowadzą rozmowy: każdy wskaźnik według obszarów, z punktami odniesienia. W każdym wierszu najlepsza wartość ma najjaśniejszy kolor.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Import CSV…</source>
        <translation>Importuj CSV…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Replace the data pack with a CSV file's: domain, indicator, one column per area or comparator, higher_is_better</source>
        <translation>Zastąp pakiet danych zawartością pliku CSV: domain, indicator, po jednej kolumnie na każdy obszar lub punkt odniesienia, higher_is_better</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Import Later Period…</source>
        <translation>Importuj późniejszy okres…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add later figures (e.g. "2024 Q1") from a CSV file in the same shape; the event's figures stay as the baseline</source>
        <translation>Dodaj późniejsze dane (np. "2024 Q1") z pliku CSV o tym samym układzie; dane z wydarzenia pozostają stanem wyjściowym</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export CSV…</source>
        <translation>Eksportuj CSV…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save the data pack as a CSV file that Import CSV… reads back</source>
        <translation>Zapisz pakiet danych jako plik CSV, który można ponownie wczytać za pomocą Importuj CSV…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add Indicator</source>
        <translation>Dodaj wskaźnik</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add an indicator below the current one</source>
        <translation>Dodaj wskaźnik poniżej bieżącego</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete Indicator</source>
        <translation>Usuń wskaźnik</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete the selected indicators</source>
        <translation>Usuń zaznaczone wskaźniki</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add Area…</source>
        <translation>Dodaj obszar…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add Comparator…</source>
        <translation>Dodaj punkt odniesienia…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rename Column…</source>
        <translation>Zmień nazwę kolumny…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete Column</source>
        <translation>Usuń kolumnę</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete the current area or comparator column and its values</source>
        <translation>Usuń bieżącą kolumnę obszaru lub punktu odniesienia wraz z jej wartościami</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Data pack actions</source>
        <translation>Działania pakietu danych</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Figures shown</source>
        <translation>Wyświetlane dane</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Figures for:</source>
        <translation>&amp;Dane za:</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Data pack heat map</source>
        <translation>Mapa cieplna pakietu danych</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Each cell says its value and its rank in the row; the arrow keys move between cells, F2 edits</source>
        <translation>Każda komórka podaje swoją wartość i pozycję w wierszu; klawisze strzałek przenoszą między komórkami, F2 edytuje</translation>
    </message>
    <message>
        <location line="+24" />
        <source>No data pack yet. Import a CSV file (Import CSV…), or add areas and indicators.</source>
        <translation>Brak pakietu danych. Zaimportuj plik CSV (Importuj CSV…) albo dodaj obszary i wskaźniki.</translation>
    </message>
    <message>
        <location line="+71" />
        <source>datapack — the data pack heat map: indicators by area and comparator, lighter is better</source>
        <translation>datapack — mapa cieplna pakietu danych: wskaźniki według obszarów i punktów odniesienia, jaśniejszy kolor oznacza lepszy wynik</translation>
    </message>
    <message>
        <location line="+97" />
        <source>Add Comparator</source>
        <translation>Dodaj punkt odniesienia</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Add Area</source>
        <translation>Dodaj obszar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name of the comparator (e.g. England):</source>
        <translation>Nazwa punktu odniesienia (np. Anglia):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name of the area:</source>
        <translation>Nazwa obszaru:</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Rename Column</source>
        <translation>Zmień nazwę kolumny</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New name for %1:</source>
        <translation>Nowa nazwa dla %1:</translation>
    </message>
    <message>
        <location line="+16" />
        <location line="+15" />
        <location line="+4" />
        <source>%1 was not imported; the data pack has not changed.</source>
        <translation>Plik %1 nie został zaimportowany; pakiet danych nie zmienił się.</translation>
    </message>
    <message numerus="yes">
        <location line="-15" />
        <source>Imported %n indicator(s) from %1. Undo puts the previous data pack back.</source>
        <translation>
            <numerusform>Zaimportowano %n wskaźnik z %1. Cofnij przywraca poprzedni pakiet danych.</numerusform>
            <numerusform>Zaimportowano %n wskaźniki z %1. Cofnij przywraca poprzedni pakiet danych.</numerusform>
            <numerusform>Zaimportowano %n wskaźników z %1. Cofnij przywraca poprzedni pakiet danych.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 cannot be read: %2</source>
        <translation>nie można odczytać pliku %1: %2</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Imported the figures for %1 from %2. Undo takes them out again.</source>
        <translation>Zaimportowano dane za %1 z %2. Cofnij ponownie je usuwa.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Baseline (the event)</source>
        <translation>Stan wyjściowy (wydarzenie)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Import Later Period… adds figures to compare with the event's</source>
        <translation>Importuj późniejszy okres… dodaje dane do porównania z danymi z wydarzenia</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A later period shows each figure's change against the baseline</source>
        <translation>Późniejszy okres pokazuje zmianę każdej wartości względem stanu wyjściowego</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+7" />
        <location line="+9" />
        <source>Import Later Period</source>
        <translation>Importuj późniejszy okres</translation>
    </message>
    <message>
        <location line="-8" />
        <source>Which period do these figures cover (e.g. "2024 Q1" or "March 2024")?</source>
        <translation>Jakiego okresu dotyczą te dane (np. "2024 Q1" lub "marzec 2024")?</translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <location line="+23" />
        <source>%1 could not be imported (%n problem(s)):</source>
        <translation>
            <numerusform>Nie można zaimportować %1 (%n problem):</numerusform>
            <numerusform>Nie można zaimportować %1 (%n problemy):</numerusform>
            <numerusform>Nie można zaimportować %1 (%n problemów):</numerusform>
        </translation>
    </message>
    <message>
        <location line="-83" />
        <source>no session is open</source>
        <translation>żadna sesja nie jest otwarta</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Data pack saved to %1</source>
        <translation>Pakiet danych zapisano w %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>… and %1 more</source>
        <translation>… i jeszcze %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nothing was changed. Correct %1 and import it again.</source>
        <translation>Nic nie zostało zmienione. Popraw plik %1 i zaimportuj go ponownie.</translation>
    </message>
    <message>
        <location line="+59" />
        <location line="+7" />
        <source>Import Data Pack</source>
        <translation>Importuj pakiet danych</translation>
    </message>
    <message>
        <location line="-38" />
        <location line="+32" />
        <location line="+21" />
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <location line="-53" />
        <location line="+32" />
        <source>All files (*)</source>
        <translation>Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="+19" />
        <source>%1 data pack.csv</source>
        <translation>%1 pakiet danych.csv</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+7" />
        <source>Export Data Pack</source>
        <translation>Eksportuj pakiet danych</translation>
    </message>
</context>
<context>
    <name>rt::Document</name>
    <message>
        <location filename="../core/session/Document.cpp" line="+93" />
        <source>This session is open read-only; changes are not possible.</source>
        <translation>Ta sesja jest otwarta tylko do odczytu; nie można wprowadzać zmian.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>%1 was replaced or removed by another program. This window still holds the session: use File ▸ Save a Copy to keep it.</source>
        <translation>Plik %1 został zastąpiony lub usunięty przez inny program. To okno nadal zawiera sesję: użyj polecenia Plik ▸ Zapisz kopię, aby ją zachować.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>The last change could not be saved to %1: %2.</source>
        <translation>Nie udało się zapisać ostatniej zmiany w %1: %2.</translation>
    </message>
</context>
<context>
    <name>rt::DriverDiagramView</name>
    <message>
        <location filename="../app/places/DriverDiagramView.cpp" line="+93" />
        <source>Driver diagram</source>
        <translation>Diagram czynników</translation>
    </message>
    <message>
        <location line="+94" />
        <source>Aim</source>
        <translation>Cel</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Primary drivers</source>
        <translation>Czynniki pierwszorzędne</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Secondary drivers</source>
        <translation>Czynniki drugorzędne</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Change ideas</source>
        <translation>Pomysły na zmianę</translation>
    </message>
    <message>
        <location line="+16" />
        <source>(no aim statement)</source>
        <translation>(brak opisu celu)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Add a primary driver to start the diagram.</source>
        <translation>Dodaj czynnik pierwszorzędny, aby rozpocząć diagram.</translation>
    </message>
</context>
<context>
    <name>rt::DriverEditor</name>
    <message>
        <location filename="../app/places/DriverEditor.cpp" line="+36" />
        <source>Add below</source>
        <translation>Dodaj poniżej</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add alongside</source>
        <translation>Dodaj obok</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Up</source>
        <translation>W górę</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Down</source>
        <translation>W dół</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+134" />
        <source>Use idea</source>
        <translation>Użyj pomysłu</translation>
    </message>
    <message>
        <location line="-124" />
        <source>Driver tree</source>
        <translation>Drzewo czynników</translation>
    </message>
    <message>
        <location line="+2" />
        <source>An idea from this aim's PICK chart</source>
        <translation>Pomysł z wykresu PICK tego celu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PICK idea to use</source>
        <translation>Pomysł PICK do użycia</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Delete driver or change idea</source>
        <translation>Usuń czynnik lub pomysł na zmianę</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move driver up</source>
        <translation>Przenieś czynnik w górę</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move driver down</source>
        <translation>Przenieś czynnik w dół</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add a driver or change idea under the selected one (Insert)</source>
        <translation>Dodaj czynnik lub pomysł na zmianę pod zaznaczonym elementem (Insert)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Add one at the same level after the selected one (Ctrl+Enter)</source>
        <translation>Dodaj element na tym samym poziomie po zaznaczonym (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Make the selected change idea the chosen PICK idea, or add it under the selected secondary driver</source>
        <translation>Ustaw zaznaczony pomysł na zmianę jako wybrany pomysł z wykresu PICK lub dodaj go pod zaznaczonym czynnikiem drugorzędnym</translation>
    </message>
    <message>
        <location line="-32" />
        <source>&lt;i&gt;Choose an aim to see its driver diagram.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Wybierz cel, aby zobaczyć jego diagram czynników.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+136" />
        <source>Add primary driver</source>
        <translation>Dodaj czynnik pierwszorzędny</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add %1</source>
        <translation>Dodaj %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Add idea as change idea</source>
        <translation>Dodaj pomysł jako pomysł na zmianę</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+10" />
        <source>New %1</source>
        <translation>Nowy %1</translation>
    </message>
</context>
<context>
    <name>rt::DriverTreeModel</name>
    <message>
        <location filename="../core/models/DriverTreeModel.cpp" line="+172" />
        <source>Primary driver</source>
        <translation>Czynnik pierwszorzędny</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Secondary driver</source>
        <translation>Czynnik drugorzędny</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Change idea</source>
        <translation>Pomysł na zmianę</translation>
    </message>
    <message>
        <location line="+16" />
        <location line="+17" />
        <source>Add %1</source>
        <translation>Dodaj %1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Delete %1</source>
        <translation>Usuń %1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Reorder drivers</source>
        <translation>Zmień kolejność czynników</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Link change idea</source>
        <translation>Powiąż pomysł na zmianę</translation>
    </message>
    <message>
        <location line="+47" />
        <source>From the PICK chart: %1</source>
        <translation>Z wykresu PICK: %1</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Edit %1</source>
        <translation>Edytuj %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Drivers and change ideas</source>
        <translation>Czynniki i pomysły na zmianę</translation>
    </message>
</context>
<context>
    <name>rt::DueDateDelegate</name>
    <message>
        <location filename="../app/places/FollowUpDelegates.cpp" line="+46" />
        <source>YYYY-MM-DD</source>
        <translation>RRRR-MM-DD</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Due date (YYYY-MM-DD, empty for none)</source>
        <translation>Termin (RRRR-MM-DD, puste = brak)</translation>
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
        <translation>Szczegóły wydarzenia</translation>
    </message>
    <message>
        <location line="+10" />
        <source>YYYY-MM-DD, e.g. 2023-07-21</source>
        <translation>RRRR-MM-DD, np. 2023-07-21</translation>
    </message>
    <message>
        <location line="+4" />
        <source>One purpose per line</source>
        <translation>Jeden cel w wierszu</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Empty: the pack's standard words on a verbatim reproduction</source>
        <translation>Puste: standardowa formuła pakietu o dosłownym odtworzeniu wypowiedzi</translation>
    </message>
    <message>
        <location line="+4" />
        <source>One step per line: the pack's "Next steps" slide (left out when empty)</source>
        <translation>Jeden krok w wierszu: slajd "Kolejne kroki" w pakiecie (pomijany, gdy puste)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The language of the summary pack's headings and labels. The app's own language is set in View → Language.</source>
        <translation>Język nagłówków i etykiet pakietu podsumowania. Język samej aplikacji ustawia się w menu Widok → Język.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Title:</source>
        <translation>&amp;Tytuł:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Venue:</source>
        <translation>&amp;Miejsce:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Organiser:</source>
        <translation>&amp;Organizator:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Purpose:</source>
        <translation>&amp;Cel seminarium:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>D&amp;isclaimer:</source>
        <translation>&amp;Zastrzeżenie:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Next steps:</source>
        <translation>&amp;Kolejne kroki:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pack &amp;language:</source>
        <translation>&amp;Język pakietu:</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Date: "%1" is not a date; write it as YYYY-MM-DD, e.g. 2023-07-21.</source>
        <translation>Data: „%1” nie jest datą; wpisz ją w formacie RRRR-MM-DD, np. 2023-07-21.</translation>
    </message>
</context>
<context>
    <name>rt::ExportWorkspace</name>
    <message>
        <location filename="../app/export/ExportWorkspace.cpp" line="+107" />
        <source>Slides</source>
        <translation>Slajdy</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+6" />
        <source>Pack</source>
        <translation>Pakiet</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Summary pack (the day, verbatim)</source>
        <translation>Pakiet podsumowania (dzień, dosłownie)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Progress update (for a board)</source>
        <translation>Raport z postępów (dla zarządu)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Progress update for</source>
        <translation>Raport z postępów dla</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;For:</source>
        <translation>&amp;Dla:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Changes si&amp;nce:</source>
        <translation>Zmiany &amp;od:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unticked: what changed since the event</source>
        <translation>Niezaznaczone: co się zmieniło od wydarzenia</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Changes since</source>
        <translation>Zmiany od</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Include, in this order</source>
        <translation>Uwzględnij, w tej kolejności</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Sections of the pack</source>
        <translation>Sekcje pakietu</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Move up</source>
        <translation>Przenieś w górę</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move down</source>
        <translation>Przenieś w dół</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Defaults</source>
        <translation>Domyślne</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The hand-made pack's order, every section, the standard caveat</source>
        <translation>Kolejność z ręcznie przygotowanego pakietu, wszystkie sekcje, standardowe zastrzeżenie</translation>
    </message>
    <message>
        <location line="+13" />
        <source>&amp;Caveat on PICK and action-plan slides:</source>
        <translation>&amp;Zastrzeżenie na slajdach PICK i planu działań:</translation>
    </message>
    <message>
        <location line="+16" />
        <location line="+84" />
        <location line="+307" />
        <location line="+3" />
        <source>Export</source>
        <translation>Eksport</translation>
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
        <translation>Arkusze kalkulacyjne (CSV)…</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Every note, idea and action appears once, in full. Long columns continue on numbered slides (1/2, 2/2); text is never smaller than 12 pt.</source>
        <translation>Każda notatka, pomysł i działanie pojawia się raz, w całości. Długie kolumny są kontynuowane na numerowanych slajdach (1/2, 2/2); tekst nigdy nie jest mniejszy niż 12 pt.</translation>
    </message>
    <message>
        <location line="+74" />
        <source>slide:N — slide N (from 1) of the summary pack, in the Export page's preview</source>
        <translation>slide:N — slajd N (od 1) pakietu podsumowania, w podglądzie na stronie Eksport</translation>
    </message>
    <message>
        <location line="+1" />
        <source>progress — the progress update of the whole event (progress:P — of place P), previewed</source>
        <translation>progress — raport z postępów całego wydarzenia (progress:P — obszaru P), w podglądzie</translation>
    </message>
    <message numerus="yes">
        <location line="+22" />
        <source>there is no place %1: the session has %n place(s)</source>
        <translation>
            <numerusform>nie ma obszaru %1: sesja ma %n obszar</numerusform>
            <numerusform>nie ma obszaru %1: sesja ma %n obszary</numerusform>
            <numerusform>nie ma obszaru %1: sesja ma %n obszarów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19" />
        <source>there is no slide %1: the pack has %n slide(s)</source>
        <translation>
            <numerusform>nie ma slajdu %1: pakiet zawiera %n slajd</numerusform>
            <numerusform>nie ma slajdu %1: pakiet zawiera %n slajdy</numerusform>
            <numerusform>nie ma slajdu %1: pakiet zawiera %n slajdów</numerusform>
        </translation>
    </message>
    <message>
        <location line="+134" />
        <source>The whole event</source>
        <translation>Całe wydarzenie</translation>
    </message>
    <message>
        <location line="+34" />
        <source>PowerPoint presentations (*.pptx)</source>
        <translation>Prezentacje PowerPoint (*.pptx)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Export the summary pack</source>
        <translation>Eksportuj pakiet podsumowania</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Export the progress update</source>
        <translation>Eksportuj raport z postępów</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Writing %1…</source>
        <translation>Zapisywanie %1…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location line="+61" />
        <source>Written: %1</source>
        <translation>Zapisano: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open the file</source>
        <translation>Otwórz plik</translation>
    </message>
</context>
<context>
    <name>rt::FeedbackView</name>
    <message>
        <location filename="../app/tables/FeedbackView.cpp" line="+32" />
        <source>Key points for feedback</source>
        <translation>Kluczowe punkty do przedstawienia</translation>
    </message>
    <message>
        <location line="+220" />
        <source>No table chosen</source>
        <translation>Nie wybrano stolika</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 — key points</source>
        <translation>%1 — kluczowe punkty</translation>
    </message>
    <message>
        <location line="+13" />
        <source>No key points yet. Mark a note as a key point with Ctrl+K or its ★ menu.</source>
        <translation>Brak kluczowych punktów. Oznacz notatkę jako kluczowy punkt skrótem Ctrl+K lub w jej menu ★.</translation>
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
        <translation>Legenda: jaśniejszy kolor oznacza lepsze wyniki</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+12" />
        <source>A lighter colour indicates better performance</source>
        <translation>Jaśniejszy kolor oznacza lepsze wyniki</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Key:</source>
        <translation>Legenda:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>worse</source>
        <translation>gorzej</translation>
    </message>
    <message>
        <location line="+1" />
        <source>better</source>
        <translation>lepiej</translation>
    </message>
</context>
<context>
    <name>rt::IndicatorTableModel</name>
    <message>
        <location filename="../core/models/IndicatorTableModel.cpp" line="+147" />
        <source>= no change</source>
        <translation>= bez zmian</translation>
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
        <translation>Tak</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location line="+29" />
        <source>%1 in %2: ranked %3 of %4 in this row (%5)</source>
        <translation>%1, %2: miejsce %3 z %4 w tym wierszu (%5)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>higher is better</source>
        <translation>im wyżej, tym lepiej</translation>
    </message>
    <message>
        <location line="+1" />
        <source>lower is better</source>
        <translation>im niżej, tym lepiej</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 since the baseline (%2): better</source>
        <translation>%1 względem stanu wyjściowego (%2): lepiej</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 since the baseline (%2): worse</source>
        <translation>%1 względem stanu wyjściowego (%2): gorzej</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 since the baseline (%2)</source>
        <translation>%1 względem stanu wyjściowego (%2)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>A higher value is better</source>
        <translation>Wyższa wartość jest lepsza</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A lower value is better</source>
        <translation>Niższa wartość jest lepsza</translation>
    </message>
    <message>
        <location line="+53" />
        <source>Mark "%1" higher is better</source>
        <translation>Oznacz „%1”: im wyżej, tym lepiej</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mark "%1" lower is better</source>
        <translation>Oznacz „%1”: im niżej, tym lepiej</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Edit domain</source>
        <translation>Edytuj dziedzinę</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Edit indicator name</source>
        <translation>Edytuj nazwę wskaźnika</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Edit %1 value of "%2"</source>
        <translation>Edytuj wartość %1 dla „%2”</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Domain</source>
        <translation>Dziedzina</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Indicator</source>
        <translation>Wskaźnik</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Higher is better</source>
        <translation>Im wyżej, tym lepiej</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 (comparator)</source>
        <translation>%1 (punkt odniesienia)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 (area)</source>
        <translation>%1 (obszar)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Checked: a higher value is better; unchecked: a lower value is better</source>
        <translation>Zaznaczone: wyższa wartość jest lepsza; niezaznaczone: niższa wartość jest lepsza</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Add indicator</source>
        <translation>Dodaj wskaźnik</translation>
    </message>
    <message numerus="yes">
        <location line="+10" />
        <source>Delete %n indicator(s)</source>
        <translation>
            <numerusform>Usuń %n wskaźnik</numerusform>
            <numerusform>Usuń %n wskaźniki</numerusform>
            <numerusform>Usuń %n wskaźników</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19" />
        <source>Add comparator %1</source>
        <translation>Dodaj punkt odniesienia %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add area %1</source>
        <translation>Dodaj obszar %1</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Delete column %1</source>
        <translation>Usuń kolumnę %1</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Rename domain</source>
        <translation>Zmień nazwę dziedziny</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Rename column</source>
        <translation>Zmień nazwę kolumny</translation>
    </message>
</context>
<context>
    <name>rt::JoinRoomDialog</name>
    <message>
        <location filename="../app/shell/JoinRoomDialog.cpp" line="+32" />
        <source>Join a Room</source>
        <translation>Dołącz do sali</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The organiser's laptop shows the room's address, join code and QR code under Room ▸ Room…. This laptop keeps its own complete file: when the network drops, edits wait in it and go as soon as the room is back.</source>
        <translation>Laptop organizatora pokazuje adres sali, kod dołączenia i kod QR w menu Sala ▸ Sala…. Ten laptop przechowuje własny kompletny plik: gdy sieć przestanie działać, zmiany czekają w nim i zostaną wysłane, gdy tylko sala znów będzie dostępna.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>(none heard yet)</source>
        <translation>(jeszcze żadnej nie słychać)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>(choose a room)</source>
        <translation>(wybierz salę)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Untitled session</source>
        <translation>Sesja bez tytułu</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Now type the join code shown on the organiser's laptop.</source>
        <translation>Teraz wpisz kod dołączenia widoczny na laptopie organizatora.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Rooms &amp;nearby:</source>
        <translation>Sale w &amp;pobliżu:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>http://192.168.1.20:47800/room/… or 192.168.1.20 ABCD-EFGH-…</source>
        <translation>http://192.168.1.20:47800/room/… lub 192.168.1.20 ABCD-EFGH-…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Room:</source>
        <translation>&amp;Sala:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>(say later)</source>
        <translation>(podam później)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Table %1 · %2</source>
        <translation>Stolik %1 · %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This laptop &amp;captures:</source>
        <translation>Ten laptop &amp;zapisuje:</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Join</source>
        <translation>&amp;Dołącz</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Asking the room…</source>
        <translation>Łączenie z salą…</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The room cannot be reached: %1</source>
        <translation>Nie można połączyć się z salą: %1</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Room session</source>
        <translation>Sesja sali</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save the Room's Session As</source>
        <translation>Zapisz sesję sali jako</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Roundtable sessions (*.roundtable)</source>
        <translation>Sesje Roundtable (*.roundtable)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 already exists; choose a new name.</source>
        <translation>%1 już istnieje; wybierz nową nazwę.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The room's session could not be received: %1</source>
        <translation>Nie udało się odebrać sesji sali: %1</translation>
    </message>
</context>
<context>
    <name>rt::LaptopDialog</name>
    <message>
        <location filename="../app/shell/LaptopDialog.cpp" line="+29" />
        <source>This Laptop</source>
        <translation>Ten laptop</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Every note, idea, action and vote records the laptop it was captured on, so a session combined from several laptops shows where each came from.</source>
        <translation>Każda notatka, pomysł, działanie i głos zapisuje laptop, na którym je wprowadzono, więc sesja połączona z kilku laptopów pokazuje, skąd pochodzi każdy element.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>e.g. Table 3 laptop</source>
        <extracomment>Shown in the empty name box: %1 is the computer's own name</extracomment>
        <translation>np. Laptop stolika 3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Empty: the computer's name, %1</source>
        <translation>Puste: nazwa komputera, %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This laptop's &amp;name (shown beside what it captures):</source>
        <translation>&amp;Nazwa tego laptopa (widoczna obok tego, co na nim wprowadzono):</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Name it after where it is used, e.g. “Table 3 laptop” or “Organiser”. What you capture from now on records it.</source>
        <translation>Nazwij go od miejsca, w którym jest używany, np. “Laptop stolika 3” albo “Organizator”. To, co wprowadzisz od teraz, ją zapisze.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>While ROUNDTABLE_DEVICE_NAME is set, this run of the program uses “%1”.</source>
        <translation>Dopóki ustawiona jest zmienna ROUNDTABLE_DEVICE_NAME, to uruchomienie programu używa nazwy “%1”.</translation>
    </message>
</context>
<context>
    <name>rt::MainWindow</name>
    <message>
        <location filename="../app/shell/MainWindowMenus.cpp" line="+68" />
        <source>&amp;New from Template…</source>
        <translation>&amp;Nowa sesja z szablonu…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Open…</source>
        <translation>&amp;Otwórz…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save a &amp;Copy…</source>
        <translation>Zapisz ko&amp;pię…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Merge Files…</source>
        <translation>S&amp;cal pliki…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Combine the session files from several laptops into a new file</source>
        <translation>Połącz pliki sesji z kilku laptopów w nowy plik</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Event &amp;Details…</source>
        <translation>Szczegóły &amp;wydarzenia…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Title, date, venue, purpose, disclaimer and the summary pack's language</source>
        <translation>Tytuł, data, miejsce, cel, zastrzeżenie i język pakietu podsumowania</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Review Actions with the Board…</source>
        <translation>&amp;Przegląd działań z zarządem…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Walk a place's actions one by one at projector size, recording status and progress</source>
        <translation>Omów działania obszaru jedno po drugim w widoku dla projektora, zapisując status i postępy</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New &amp;Event from This Session…</source>
        <translation>Nowe wydar&amp;zenie na podstawie tej sesji…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Start the next event's session: places, aims and open actions with their history come along; tables and notes start fresh</source>
        <translation>Rozpocznij sesję kolejnego wydarzenia: obszary, cele i otwarte działania przechodzą wraz z historią; stoliki i notatki zaczynają się od nowa</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Close</source>
        <translation>&amp;Zamknij</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Full Screen</source>
        <translation>&amp;Pełny ekran</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Mute Sounds</source>
        <translation>&amp;Wycisz dźwięki</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No chime when an agenda item's time is up</source>
        <translation>Bez sygnału dźwiękowego, gdy czas punktu programu się skończy</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About Roundtable</source>
        <translation>&amp;O programie Roundtable</translation>
    </message>
    <message>
        <location line="+1" />
        <source>About &amp;Qt</source>
        <translation>O &amp;Qt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;User Guide</source>
        <translation>&amp;Podręcznik użytkownika</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The user guide, read offline</source>
        <translation>Podręcznik użytkownika, do czytania bez internetu</translation>
    </message>
    <message>
        <location line="+66" />
        <source>Cu&amp;t</source>
        <translation>W&amp;ytnij</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Copy</source>
        <translation>&amp;Kopiuj</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Paste</source>
        <translation>Wk&amp;lej</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select &amp;All</source>
        <translation>Zaznacz &amp;wszystko</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Main Toolbar</source>
        <translation>Główny pasek narzędzi</translation>
    </message>
    <message>
        <location line="+13" />
        <source>New</source>
        <translation>Nowa</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Redo</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Start Run</source>
        <translation>Rozpocznij dzień</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Projector</source>
        <translation>Projektor</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export…</source>
        <translation>Eksportuj…</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Toolbar</source>
        <translation>&amp;Pasek narzędzi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show or hide the main toolbar</source>
        <translation>Pokaż lub ukryj główny pasek narzędzi</translation>
    </message>
    <message>
        <location line="+15" />
        <source>&amp;Start Run Mode</source>
        <translation>&amp;Rozpocznij tryb prowadzenia</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The facilitator's screen: the current item, its countdown, what is next</source>
        <translation>Ekran facylitatora: bieżący punkt, jego odliczanie, co dalej</translation>
    </message>
    <message>
        <location line="+8" />
        <source>St&amp;op Run Mode</source>
        <translation>Za&amp;kończ tryb prowadzenia</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Projector</source>
        <translation>&amp;Projektor</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show the projector window (full screen on a second screen)</source>
        <translation>Pokaż okno projektora (na pełnym ekranie na drugim monitorze)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>P&amp;ICK Chart</source>
        <translation>Wykres P&amp;ICK</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The PICK chart of the chosen place's aim</source>
        <translation>Wykres PICK dla celu wybranego obszaru</translation>
    </message>
    <message>
        <location line="+24" />
        <source>R&amp;un</source>
        <translation>P&amp;rowadzenie</translation>
    </message>
    <message>
        <location line="+14" />
        <source>&amp;Next Item</source>
        <translation>&amp;Następny punkt</translation>
    </message>
    <message>
        <location line="+0" />
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+1" />
        <source>P&amp;revious Item</source>
        <translation>Poprz&amp;edni punkt</translation>
    </message>
    <message>
        <location line="+0" />
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pause or &amp;Resume</source>
        <translation>Wstrzymaj lub &amp;wznów</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Add 5 Minutes</source>
        <translation>&amp;Dodaj 5 minut</translation>
    </message>
    <message>
        <location line="+0" />
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Follow the Clock</source>
        <translation>Według &amp;zegara</translation>
    </message>
    <message>
        <location line="+0" />
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Go to the Item's Page</source>
        <translation>Przejdź do &amp;strony punktu</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="+217" />
        <source>%1 next event</source>
        <translation>%1 kolejne wydarzenie</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+16" />
        <source>New Event from This Session</source>
        <translation>Nowe wydarzenie na podstawie tej sesji</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindowPages.cpp" line="+83" />
        <source>&amp;Agenda</source>
        <translation>P&amp;rogram</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Tables</source>
        <translation>&amp;Stoliki</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Places</source>
        <translation>&amp;Obszary</translation>
    </message>
    <message>
        <location line="+2" />
        <source>P&amp;olls</source>
        <translation>&amp;Ankiety</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Data Pack</source>
        <translation>Pakiet &amp;danych</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Export</source>
        <translation>&amp;Eksport</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindowMenus.cpp" line="-203" />
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Open &amp;Recent</source>
        <translation>Otwórz o&amp;statnie</translation>
    </message>
    <message>
        <location line="+7" />
        <source>This &amp;Laptop…</source>
        <translation>Ten &amp;laptop…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The name this laptop is shown by beside the notes, ideas and actions it captures</source>
        <translation>Nazwa, pod którą ten laptop jest widoczny obok wprowadzonych na nim notatek, pomysłów i działań</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Merge &amp;Conflicts…</source>
        <translation>&amp;Konflikty scalania…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Fields two laptops changed differently: see both values and choose</source>
        <translation>Pola zmienione inaczej na dwóch laptopach: zobacz obie wartości i wybierz</translation>
    </message>
    <message>
        <location line="+15" />
        <source>&amp;Room</source>
        <translation>&amp;Sala</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="+237" />
        <source>Roundtable</source>
        <translation>Roundtable</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindowPages.cpp" line="+130" />
        <source>no session is open</source>
        <translation>żadna sesja nie jest otwarta</translation>
    </message>
    <message>
        <location line="+24" />
        <source>unknown view %1; see roundtable screenshot --help</source>
        <translation>nieznany widok %1; zobacz roundtable screenshot --help</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="+8" />
        <source>Untitled event</source>
        <translation>Wydarzenie bez nazwy</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 (read-only)</source>
        <translation>%1 (tylko do odczytu)</translation>
    </message>
    <message>
        <location line="+28" />
        <location line="+3" />
        <source>Not saved</source>
        <translation>Nie zapisano</translation>
    </message>
    <message>
        <location line="-4" />
        <location line="+7" />
        <source>Read-only</source>
        <translation>Tylko do odczytu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This session is open read-only: changes are not possible.</source>
        <translation>Ta sesja jest otwarta tylko do odczytu: nie można wprowadzać zmian.</translation>
    </message>
    <message>
        <location line="-6" />
        <location line="+8" />
        <source>Every change is saved</source>
        <translation>Każda zmiana jest zapisywana</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Each edit is written to the session file at once; there is nothing to save.</source>
        <translation>Każda zmiana jest od razu zapisywana w pliku sesji; nie trzeba niczego zapisywać.</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindowMenus.cpp" line="+14" />
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No recent sessions</source>
        <translation>Brak ostatnich sesji</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Clear List</source>
        <translation>&amp;Wyczyść listę</translation>
    </message>
    <message>
        <location line="+29" />
        <source>The language changes the next time Roundtable starts.</source>
        <translation>Język zmieni się przy następnym uruchomieniu Roundtable.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>System Default</source>
        <translation>Domyślny systemowy</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="+72" />
        <source>Open &amp;Read-Only</source>
        <translation>Otwórz tylko do &amp;odczytu</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Close &amp;Anyway</source>
        <translation>Zamknij &amp;mimo to</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindowMenus.cpp" line="+20" />
        <source>New Session</source>
        <translation>Nowa sesja</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+10" />
        <location line="+13" />
        <location line="+13" />
        <source>Roundtable sessions (*.roundtable)</source>
        <translation>Sesje Roundtable (*.roundtable)</translation>
    </message>
    <message>
        <location line="-27" />
        <source>Open Session</source>
        <translation>Otwórz sesję</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All files (*)</source>
        <translation>Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 copy</source>
        <translation>%1 (kopia)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save a Copy</source>
        <translation>Zapisz kopię</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="-31" />
        <source>Copy saved to %1</source>
        <translation>Kopię zapisano w %1</translation>
    </message>
    <message>
        <location filename="../app/shell/MainWindowMenus.cpp" line="+60" />
        <source>About Roundtable</source>
        <translation>O programie Roundtable</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;h3&gt;Roundtable %1&lt;/h3&gt;&lt;p&gt;Run a facilitated seminar with breakout tables and publish its verbatim summary pack.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Roundtable %1&lt;/h3&gt;&lt;p&gt;Poprowadź seminarium z facylitacją i dyskusjami przy stolikach, a następnie opublikuj pakiet podsumowania z dosłownymi wypowiedziami.&lt;/p&gt;&lt;p&gt;Licencja: GNU General Public License w wersji 3 lub nowszej (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Zbudowano z użyciem Qt %2.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>rt::MergeDialog</name>
    <message>
        <location filename="../app/shell/MergeDialog.cpp" line="+36" />
        <source>Roundtable sessions (*.roundtable)</source>
        <translation>Sesje Roundtable (*.roundtable)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Merge Files</source>
        <translation>Scal pliki</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Combine the session files from every table's laptop into one new file. The files you pick are only read; nothing is written until every one of them has been checked.</source>
        <translation>Połącz pliki sesji z laptopów wszystkich stolików w jeden nowy plik. Wybrane pliki są tylko odczytywane; nic nie zostanie zapisane, dopóki wszystkie nie zostaną sprawdzone.</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+5" />
        <source>Files to merge</source>
        <translation>Pliki do scalenia</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Add Files…</source>
        <translation>&amp;Dodaj pliki…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Remove</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+5" />
        <source>New merged file</source>
        <translation>Nowy scalony plik</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Choose where to save the merged session</source>
        <translation>Wybierz, gdzie zapisać scaloną sesję</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Choose…</source>
        <translation>&amp;Wybierz…</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Table, place or poll</source>
        <translation>Stolik, obszar lub ankieta</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Files</source>
        <translation>Pliki</translation>
    </message>
    <message>
        <location line="+14" />
        <source>C&amp;ombine them: one table or place holding every file's notes, aims and actions</source>
        <translation>&amp;Połącz je: jeden stolik lub obszar zawierający notatki, cele i działania ze wszystkich plików</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Keep &amp;both, side by side (tidy them afterwards)</source>
        <translation>Zachowaj o&amp;ba, obok siebie (uporządkuj je później)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keep the &amp;first file's only; skip the later copies</source>
        <translation>&amp;Tylko z pierwszego pliku; pomiń późniejsze kopie</translation>
    </message>
    <message>
        <location line="+7" />
        <source>This choice applies to every duplicate at once: the merge cannot decide table by table. A poll asked on several laptops (same question, kind and options) becomes one poll holding every file's votes unless you keep both; a phone that voted on two laptops counts once, with its later vote.</source>
        <translation>Ten wybór dotyczy wszystkich duplikatów naraz: scalanie nie może decydować osobno dla każdego stolika. Ankieta przeprowadzona na kilku laptopach (to samo pytanie, rodzaj i opcje) staje się jedną ankietą zawierającą głosy ze wszystkich plików, chyba że zachowasz obie; telefon, z którego głosowano na dwóch laptopach, liczy się raz, z późniejszym głosem.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Merge</source>
        <translation>&amp;Scal</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Merge report</source>
        <translation>Raport scalania</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Open Merged File</source>
        <translation>&amp;Otwórz scalony plik</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Open and &amp;Review Conflicts</source>
        <translation>Otwórz i &amp;przejrzyj konflikty</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Opens the merged file and lists the fields two laptops changed differently, so you can choose the other value where it is right</source>
        <translation>Otwiera scalony plik i wyświetla listę pól zmienionych inaczej na dwóch laptopach, aby można było wybrać drugą wartość tam, gdzie jest właściwa</translation>
    </message>
    <message>
        <location line="+86" />
        <source>Files to Merge</source>
        <translation>Pliki do scalenia</translation>
    </message>
    <message>
        <location line="+0" />
        <source>All files (*)</source>
        <translation>Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Merged Session</source>
        <translation>Scalona sesja</translation>
    </message>
    <message>
        <location line="+1" />
        <source>merged.roundtable</source>
        <translation>scalona.roundtable</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Choose the new merged file.</source>
        <translation>Wybierz nowy scalony plik.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is one of the files to merge; choose a new name for the merged file.</source>
        <translation>%1 jest jednym z plików do scalenia; wybierz nową nazwę dla scalonego pliku.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 already exists; the merge writes a new file: choose another name.</source>
        <translation>%1 już istnieje; scalanie zapisuje nowy plik: wybierz inną nazwę.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 cannot be written: the folder %2 does not exist.</source>
        <translation>Nie można zapisać %1: folder %2 nie istnieje.</translation>
    </message>
    <message numerus="yes">
        <location line="+16" />
        <source>%n file(s) checked</source>
        <translation>
            <numerusform>Sprawdzono %n plik</numerusform>
            <numerusform>Sprawdzono %n pliki</numerusform>
            <numerusform>Sprawdzono %n plików</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43" />
        <source>Nothing is in more than one session.</source>
        <translation>Nic nie występuje w więcej niż jednej sesji.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing to match by name: the files are copies of one session.</source>
        <translation>Nie ma czego dopasowywać według nazw: pliki są kopiami jednej sesji.</translation>
    </message>
    <message numerus="yes">
        <location line="+23" />
        <source>%n copies of one session (%1): merged row by row.</source>
        <translation>
            <numerusform>%n kopia jednej sesji (%1): scalono wiersz po wierszu.</numerusform>
            <numerusform>%n kopie jednej sesji (%1): scalono wiersz po wierszu.</numerusform>
            <numerusform>%n kopii jednej sesji (%1): scalono wiersz po wierszu.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>One session: %1.</source>
        <translation>Jedna sesja: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Another session, %n copies (%1): matched with the others by name.</source>
        <translation>
            <numerusform>Inna sesja, %n kopia (%1): dopasowana do pozostałych według nazw.</numerusform>
            <numerusform>Inna sesja, %n kopie (%1): dopasowana do pozostałych według nazw.</numerusform>
            <numerusform>Inna sesja, %n kopii (%1): dopasowana do pozostałych według nazw.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>Another session (%1): matched with the others by name.</source>
        <translation>Inna sesja (%1): dopasowana do pozostałych według nazw.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Needs a look (%1):</source>
        <translation>Wymaga uwagi (%1):</translation>
    </message>
    <message>
        <location line="+4" />
        <source>  Open the merged file to choose between the two values of each conflict (Edit → Merge Conflicts…).</source>
        <translation>  Otwórz scalony plik, aby wybrać jedną z dwóch wartości każdego konfliktu (Edycja → Konflikty scalania…).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Files:</source>
        <translation>Pliki:</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>Merged %n source(s) into %1.</source>
        <translation>
            <numerusform>Scalono %n źródło w %1.</numerusform>
            <numerusform>Scalono %n źródła w %1.</numerusform>
            <numerusform>Scalono %n źródeł w %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-101" />
        <source>%1: %2 tables, %3 notes, %4 places, %5 polls, %6 votes in all.</source>
        <translation>%1: łącznie stoliki: %2, notatki: %3, obszary: %4, ankiety: %5, głosy: %6.</translation>
    </message>
    <message>
        <location line="-217" />
        <location line="+8" />
        <source>Found in more than one session</source>
        <translation>Występuje w więcej niż jednej sesji</translation>
    </message>
    <message>
        <location line="+3" />
        <source>For every table (same number and topic) and place (same name) that is in more than one session:</source>
        <translation>Dla każdego stolika (ten sam numer i temat) i obszaru (ta sama nazwa) występującego w więcej niż jednej sesji:</translation>
    </message>
    <message>
        <location line="+235" />
        <source>%1 — cannot be merged</source>
        <translation>%1 — nie można scalić</translation>
    </message>
    <message>
        <location line="+74" />
        <source>Added: %1 tables, %2 notes, %3 places, %4 aims, %5 ideas, %6 drivers, %7 actions, %8 polls, %9 votes.</source>
        <translation>Dodano: stoliki: %1, notatki: %2, obszary: %3, cele: %4, pomysły: %5, czynniki: %6, działania: %7, ankiety: %8, głosy: %9.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Sources, in order:</source>
        <translation>Źródła, w kolejności:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Duplicates (%1):</source>
        <translation>Duplikaty (%1):</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: one per file (%2)</source>
        <translation>%1: po jednym na plik (%2)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1: one poll with the votes of %2</source>
        <translation>%1: jedna ankieta z głosami z %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Polls asked in more than one file, kept separately with their own votes (%1):</source>
        <translation>Ankiety przeprowadzone w więcej niż jednym pliku, zachowane osobno z własnymi głosami (%1):</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Polls asked in more than one file, combined into one poll each (%1):</source>
        <translation>Ankiety przeprowadzone w więcej niż jednym pliku, połączone w jedną ankietę każda (%1):</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n device(s) had voted in more than one file's copy of a poll; each counts once, with its later vote.</source>
        <translation>
            <numerusform>%n urządzenie głosowało w kopiach ankiety z więcej niż jednego pliku; liczy się raz, z późniejszym głosem.</numerusform>
            <numerusform>%n urządzenia głosowały w kopiach ankiety z więcej niż jednego pliku; każde liczy się raz, z późniejszym głosem.</numerusform>
            <numerusform>%n urządzeń głosowało w kopiach ankiety z więcej niż jednego pliku; każde liczy się raz, z późniejszym głosem.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>Skipped (%1):</source>
        <translation>Pominięto (%1):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Differences from the first file (%1):</source>
        <translation>Różnice względem pierwszego pliku (%1):</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Checking the files…</source>
        <translation>Sprawdzanie plików…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Merging</source>
        <translation>Scalanie</translation>
    </message>
    <message>
        <location line="+52" />
        <source>The merged session is ready: %1</source>
        <translation>Scalona sesja jest gotowa: %1</translation>
    </message>
</context>
<context>
    <name>rt::MultiLineDelegate</name>
    <message>
        <location filename="../app/places/MultiLineDelegate.cpp" line="-138" />
        <source>Enter or Tab: done · Shift+Enter: new line · Esc: cancel</source>
        <translation>Enter lub Tab: gotowe · Shift+Enter: nowy wiersz · Esc: anuluj</translation>
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
        <translation>Edytuj notatkę</translation>
    </message>
</context>
<context>
    <name>rt::NoteEntry</name>
    <message>
        <location filename="../app/tables/NoteEntry.cpp" line="+19" />
        <source>Type a note and press Enter
Shift+Enter: new line</source>
        <translation>Wpisz notatkę i naciśnij Enter
Shift+Enter: nowy wiersz</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New note</source>
        <translation>Nowa notatka</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Enter adds the note and keeps the cursor here for the next one.</source>
        <translation>Enter dodaje notatkę i pozostawia tu kursor na następną.</translation>
    </message>
</context>
<context>
    <name>rt::NoteListModel</name>
    <message>
        <location filename="../core/models/NoteListModel.cpp" line="+47" />
        <source>Key point: %1</source>
        <translation>Kluczowy punkt: %1</translation>
    </message>
</context>
<context>
    <name>rt::NoteListView</name>
    <message>
        <location filename="../app/tables/NoteListView.cpp" line="+46" />
        <source>Delete removes a note, Alt+arrows move it, Ctrl+K marks a key point, F2 edits.</source>
        <translation>Delete usuwa notatkę, Alt+strzałki ją przenoszą, Ctrl+K oznacza kluczowy punkt, F2 edytuje.</translation>
    </message>
    <message>
        <location line="+131" />
        <source>&amp;Edit</source>
        <translation>&amp;Edytuj</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Key Point</source>
        <translation>&amp;Kluczowy punkt</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Move &amp;Up</source>
        <translation>Przenieś w &amp;górę</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Move &amp;Down</source>
        <translation>Przenieś w &amp;dół</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Move to &amp;Previous Prompt</source>
        <translation>Przenieś do &amp;poprzedniego pytania</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Move to &amp;Next Prompt</source>
        <translation>Przenieś do &amp;następnego pytania</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Move to &amp;Table</source>
        <translation>Przenieś do &amp;stolika</translation>
    </message>
    <message>
        <location line="+13" />
        <source>De&amp;lete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <location line="+25" />
        <source>No notes yet: type below and press Enter.</source>
        <translation>Brak notatek: wpisz poniżej i naciśnij Enter.</translation>
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
        <translation>MOŻLIWE</translation>
    </message>
    <message>
        <location line="+4" />
        <source>IMPLEMENT</source>
        <translation>WDROŻYĆ</translation>
    </message>
    <message>
        <location line="+4" />
        <source>CHALLENGE</source>
        <translation>WYZWANIE</translation>
    </message>
    <message>
        <location line="+4" />
        <source>KIBOSH</source>
        <translation>ODRZUCIĆ</translation>
    </message>
    <message>
        <location line="+347" />
        <source>Tidy notes</source>
        <translation>Uporządkuj notatki</translation>
    </message>
    <message>
        <location line="+91" />
        <source>Relatively easy to do</source>
        <translation>Stosunkowo łatwe do wykonania</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Likely difficult to do</source>
        <translation>Prawdopodobnie trudne do wykonania</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Probably low impact</source>
        <translation>Prawdopodobnie niewielki wpływ</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Potentially high impact</source>
        <translation>Potencjalnie duży wpływ</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Unsorted ideas</source>
        <translation>Nieposortowane pomysły</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Drag a note onto the chart to place it</source>
        <translation>Przeciągnij notatkę na wykres, aby ją umieścić</translation>
    </message>
</context>
<context>
    <name>rt::PickChartView</name>
    <message>
        <location filename="../app/places/PickChartView.cpp" line="+34" />
        <source>PICK chart</source>
        <translation>Wykres PICK</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+141" />
        <source>Page Down and Page Up select a note; the arrow keys move it</source>
        <translation>Page Down i Page Up zaznaczają notatkę; klawisze strzałek ją przesuwają</translation>
    </message>
    <message>
        <location line="-140" />
        <source>Page Down / Page Up: select a note · arrows: move it (Shift: further) · Enter: edit · Delete: remove · Ctrl+T: tidy the notes · Ctrl+= / Ctrl+-: zoom in / out · Ctrl+0: fit</source>
        <translation>Page Down / Page Up: wybierz notatkę · strzałki: przesuń ją (Shift: dalej) · Enter: edytuj · Delete: usuń · Ctrl+T: uporządkuj notatki · Ctrl+= / Ctrl+-: powiększ / pomniejsz · Ctrl+0: dopasuj</translation>
    </message>
    <message>
        <location line="+134" />
        <source>Selected: %1</source>
        <translation>Zaznaczono: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n notes selected</source>
        <translation>
            <numerusform>Zaznaczono %n notatkę</numerusform>
            <numerusform>Zaznaczono %n notatki</numerusform>
            <numerusform>Zaznaczono %n notatek</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45" />
        <source>Type the idea; Ctrl+Enter to finish</source>
        <translation>Wpisz pomysł; Ctrl+Enter, aby zakończyć</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Idea text</source>
        <translation>Treść pomysłu</translation>
    </message>
    <message>
        <location line="+56" />
        <source>Edit text</source>
        <translation>Edytuj tekst</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Make action from idea</source>
        <translation>Utwórz działanie z pomysłu</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
</context>
<context>
    <name>rt::PickChartWidget</name>
    <message>
        <location filename="../app/places/PickChartWidget.cpp" line="+30" />
        <source>Make action from idea</source>
        <translation>Utwórz działanie z pomysłu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tidy notes</source>
        <translation>Uporządkuj notatki</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Type an idea and press Enter; paste several lines to add several</source>
        <translation>Wpisz pomysł i naciśnij Enter; wklej kilka wierszy, aby dodać kilka pomysłów</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New idea</source>
        <translation>Nowy pomysł</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Fit</source>
        <translation>Dopasuj</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom the chart to fit the window (Ctrl+0)</source>
        <translation>Dopasuj powiększenie wykresu do okna (Ctrl+0)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom in</source>
        <translation>Powiększ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom out</source>
        <translation>Pomniejsz</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Make the chart larger (Ctrl+=)</source>
        <translation>Powiększ wykres (Ctrl+=)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Make the chart smaller (Ctrl+-)</source>
        <translation>Pomniejsz wykres (Ctrl+-)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move the notes apart so none hides another or a quadrant's name; each stays in its quadrant (Ctrl+T)</source>
        <translation>Rozsuń notatki, aby żadna nie zasłaniała innej ani nazwy ćwiartki; każda zostaje w swojej ćwiartce (Ctrl+T)</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Add a row to the place's action plan for the selected idea</source>
        <translation>Dodaj wiersz dla zaznaczonego pomysłu do planu działań obszaru</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Added to the place's action plan.</source>
        <translation>Dodano do planu działań obszaru.</translation>
    </message>
    <message numerus="yes">
        <location line="+48" />
        <source>%n idea(s).</source>
        <translation>
            <numerusform>%n pomysł.</numerusform>
            <numerusform>%n pomysły.</numerusform>
            <numerusform>%n pomysłów.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18" />
        <source>This place has no aim yet: add one on the Places and aims tab, then press Enter again. Your idea stays in the box.</source>
        <translation>Ten obszar nie ma jeszcze celu: dodaj go na karcie Obszary i cele, a potem ponownie naciśnij Enter. Twój pomysł zostaje w polu.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Notes moved apart: none hides another now. Undo puts them back.</source>
        <translation>Notatki rozsunięte: żadna nie zasłania już innej. Cofnij przywraca je na miejsce.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>There is no room left to move the notes apart.</source>
        <translation>Nie ma już miejsca, by rozsunąć notatki.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No note hides another: nothing to tidy.</source>
        <translation>Żadna notatka nie zasłania innej: nie ma czego porządkować.</translation>
    </message>
    <message numerus="yes">
        <location line="+16" />
        <source>%n action(s) added to the place's action plan.</source>
        <translation>
            <numerusform>Dodano %n działanie do planu działań miejsca.</numerusform>
            <numerusform>Dodano %n działania do planu działań miejsca.</numerusform>
            <numerusform>Dodano %n działań do planu działań miejsca.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-188" />
        <source>&lt;i&gt;Choose an aim to see its PICK chart.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Wybierz cel, aby zobaczyć jego wykres PICK.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+135" />
        <source>Double-click the chart to add one; drag notes to place them, or select one with Page Down and move it with the arrow keys (Shift: bigger steps).</source>
        <translation>Kliknij dwukrotnie wykres, aby dodać pomysł; przeciągaj notatki, aby je umieścić, lub zaznacz jedną klawiszem Page Down i przesuwaj ją klawiszami strzałek (z Shift: większe kroki).</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%n ideas selected</source>
        <translation>
            <numerusform>Zaznaczono %n pomysł</numerusform>
            <numerusform>Zaznaczono %n pomysły</numerusform>
            <numerusform>Zaznaczono %n pomysłów</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rt::PickCohortLegend</name>
    <message>
        <location filename="../app/places/PickCohortLegend.cpp" line="+98" />
        <source>Note colours</source>
        <translation>Kolory notatek</translation>
    </message>
    <message>
        <location line="+17" />
        <location line="+9" />
        <source>Cohort colours</source>
        <translation>Kolory kohort</translation>
    </message>
    <message>
        <location line="-8" />
        <source>The colour of each cohort's notes on the PICK chart</source>
        <translation>Kolor notatek każdej kohorty na wykresie PICK</translation>
    </message>
</context>
<context>
    <name>rt::PickCohortModel</name>
    <message>
        <location line="-30" />
        <source>Notes for the cohort “%1” have this colour</source>
        <translation>Notatki kohorty „%1” mają ten kolor</translation>
    </message>
</context>
<context>
    <name>rt::PlacesWorkspace</name>
    <message>
        <location filename="../app/places/PlacesWorkspace.cpp" line="+75" />
        <location line="+4" />
        <source>Place</source>
        <translation>Obszar</translation>
    </message>
    <message>
        <location line="-3" />
        <source>Aim (completes the sentence)</source>
        <translation>Cel (dokończenie zdania)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cohort</source>
        <translation>Kohorta</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Aim</source>
        <translation>Cel</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Places and aims</source>
        <translation>Obszary i cele</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PICK chart</source>
        <translation>Wykres PICK</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Driver diagram</source>
        <translation>Diagram czynników</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Action plan</source>
        <translation>Plan działań</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Follow-up</source>
        <translation>Działania następcze</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Place views</source>
        <translation>Widoki obszaru</translation>
    </message>
    <message>
        <location line="-20" />
        <location line="+55" />
        <location line="+8" />
        <source>Places</source>
        <translation>Obszary</translation>
    </message>
    <message>
        <location line="+3" />
        <source>What did this place prioritise (e.g. in the room's poll)?</source>
        <translation>Co ten obszar uznał za priorytet (np. w ankiecie na sali)?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What they prioritised</source>
        <translation>Ich priorytety</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Aims</source>
        <translation>Cele</translation>
    </message>
    <message>
        <location line="+35" />
        <source>&lt;b&gt;Places&lt;/b&gt;</source>
        <translation>&lt;b&gt;Obszary&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+13" />
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location line="-12" />
        <location line="+13" />
        <source>Up</source>
        <translation>W górę</translation>
    </message>
    <message>
        <location line="-13" />
        <source>Move place up</source>
        <translation>Przenieś obszar w górę</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+13" />
        <source>Down</source>
        <translation>W dół</translation>
    </message>
    <message>
        <location line="-13" />
        <source>Move place down</source>
        <translation>Przenieś obszar w dół</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;b&gt;What they prioritised&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ich priorytety&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&lt;b&gt;Aims&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cele&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Add aim</source>
        <translation>Dodaj cel</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Move aim up</source>
        <translation>Przenieś cel w górę</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move aim down</source>
        <translation>Przenieś cel w dół</translation>
    </message>
    <message>
        <location line="+14" />
        <source>places — the places and their aims</source>
        <translation>places — obszary i ich cele</translation>
    </message>
    <message>
        <location line="+1" />
        <source>pick:P:A — the PICK chart of place P's aim A</source>
        <translation>pick:P:A — wykres PICK celu A obszaru P</translation>
    </message>
    <message>
        <location line="+1" />
        <source>drivers:P:A — the driver diagram of place P's aim A</source>
        <translation>drivers:P:A — diagram czynników celu A obszaru P</translation>
    </message>
    <message>
        <location line="+1" />
        <source>actions:P — the action plan of place P</source>
        <translation>actions:P — plan działań obszaru P</translation>
    </message>
    <message>
        <location line="+1" />
        <source>tracker — every place's actions to follow up (tracker:P — place P's)</source>
        <translation>tracker — działania do monitorowania ze wszystkich obszarów (tracker:P — z obszaru P)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>review:P — review mode on place P's actions (review:P:N — at its action N)</source>
        <translation>review:P — tryb przeglądu działań obszaru P (review:P:N — od działania N)</translation>
    </message>
    <message>
        <location line="+27" />
        <source>expected %1 (places and aims are numbered from 1)</source>
        <translation>oczekiwano %1 (obszary i cele są numerowane od 1)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>"%1" is not a number from 1</source>
        <translation>"%1" nie jest liczbą całkowitą od 1 wzwyż</translation>
    </message>
    <message>
        <location line="+4" />
        <source>no session is open</source>
        <translation>żadna sesja nie jest otwarta</translation>
    </message>
    <message>
        <location line="+2" />
        <source>there is no place %1 (the session has %2)</source>
        <translation>nie ma obszaru %1 (sesja zawiera %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n place(s)</source>
        <translation>
            <numerusform>%n obszar</numerusform>
            <numerusform>%n obszary</numerusform>
            <numerusform>%n obszarów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>%n aim(s)</source>
        <translation>
            <numerusform>%n cel</numerusform>
            <numerusform>%n cele</numerusform>
            <numerusform>%n celów</numerusform>
        </translation>
    </message>
    <message>
        <location line="-3" />
        <source>%1 has no aim %2 (it has %3)</source>
        <translation>%1 nie ma celu %2 (zawiera %3)</translation>
    </message>
    <message>
        <location line="+123" />
        <source>Add a place first.</source>
        <translation>Najpierw dodaj obszar.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>New place</source>
        <translation>Nowy obszar</translation>
    </message>
    <message>
        <location line="-221" />
        <source>Add place</source>
        <translation>Dodaj obszar</translation>
    </message>
    <message>
        <location line="-107" />
        <source>P&amp;lace:</source>
        <translation>&amp;Obszar:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A&amp;im:</source>
        <translation>&amp;Cel:</translation>
    </message>
    <message>
        <location line="+103" />
        <source>Delete place</source>
        <translation>Usuń obszar</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Delete aim</source>
        <translation>Usuń cel</translation>
    </message>
</context>
<context>
    <name>rt::PollDelegate</name>
    <message>
        <location filename="../app/agenda/AgendaDelegates.cpp" line="+42" />
        <source>(no poll)</source>
        <translation>(brak ankiety)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Poll %1</source>
        <translation>Ankieta %1</translation>
    </message>
</context>
<context>
    <name>rt::PollsWorkspace</name>
    <message>
        <location filename="../app/polls/PollsWorkspace.cpp" line="+102" />
        <location line="+83" />
        <source>Polls</source>
        <translation>Ankiety</translation>
    </message>
    <message>
        <location line="-78" />
        <source>poll:N — poll N (from 1): its editor, live results and voting</source>
        <translation>poll:N — ankieta N (od 1): jej edytor, wyniki na żywo i głosowanie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>projector-poll:N — the projector with poll N (from 1) beside the timer</source>
        <translation>projector-poll:N — projektor z ankietą N (od 1) obok minutnika</translation>
    </message>
    <message>
        <location line="+1" />
        <source>kiosk — pass-the-laptop voting for the open poll (or poll 1)</source>
        <translation>kiosk — głosowanie z podawaniem laptopa dla otwartej ankiety (lub ankiety 1)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>this session has no polls</source>
        <translation>ta sesja nie ma żadnych ankiet</translation>
    </message>
    <message numerus="yes">
        <location line="+24" />
        <location line="+12" />
        <source>there is no poll %1; this session has %n poll(s)</source>
        <translation>
            <numerusform>nie ma ankiety %1; ta sesja zawiera %n ankietę</numerusform>
            <numerusform>nie ma ankiety %1; ta sesja zawiera %n ankiety</numerusform>
            <numerusform>nie ma ankiety %1; ta sesja zawiera %n ankiet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24" />
        <source>&amp;Polls</source>
        <translation>&amp;Ankiety</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Add poll</source>
        <translation>Dodaj ankietę</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+357" />
        <source>Remove poll</source>
        <translation>Usuń ankietę</translation>
    </message>
    <message>
        <location line="-334" />
        <source>What do you want to ask the room?</source>
        <translation>O co chcesz zapytać uczestników?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Question</source>
        <translation>Pytanie</translation>
    </message>
    <message>
        <location line="+15" />
        <source>no limit</source>
        <translation>bez limitu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Most choices</source>
        <translation>Maks. liczba wyborów</translation>
    </message>
    <message>
        <location line="+12" />
        <source>live</source>
        <translation>na żywo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>after voting closes</source>
        <translation>po zamknięciu głosowania</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show results on the projector</source>
        <translation>Pokazuj wyniki na projektorze</translation>
    </message>
    <message>
        <location line="+1" />
        <source>After voting closes: the projector and the kiosk show the question and the number of votes, and the results only once you close voting.</source>
        <translation>Po zamknięciu głosowania: projektor i kiosk pokazują pytanie i liczbę głosów, a wyniki dopiero po zamknięciu głosowania.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Place</source>
        <translation>Obszar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The place whose section of the summary pack shows this poll</source>
        <translation>Obszar, w którego sekcji pakietu podsumowania pojawia się ta ankieta</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A place's priorities</source>
        <translation>Priorytety obszaru</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Feedback on the day</source>
        <translation>Informacje zwrotne o dniu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Other</source>
        <translation>Inne</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Role in the pack</source>
        <translation>Rola w pakiecie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Where the summary pack shows this poll: in its place's section, with the feedback at the end, or with the room's other polls</source>
        <translation>Gdzie pakiet podsumowania pokazuje tę ankietę: w sekcji jej obszaru, z informacjami zwrotnymi na końcu lub z pozostałymi ankietami sali</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+201" />
        <source>Open voting</source>
        <translation>Otwórz głosowanie</translation>
    </message>
    <message>
        <location line="-200" />
        <source>Close voting</source>
        <translation>Zamknij głosowanie</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Question:</source>
        <translation>&amp;Pytanie:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Kind:</source>
        <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Most choices:</source>
        <translation>Maks. liczba &amp;wyborów:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>P&amp;lace:</source>
        <translation>O&amp;bszar:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show results on the p&amp;rojector:</source>
        <translation>Wyniki na pro&amp;jektorze:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Role in pack:</source>
        <translation>Rola w pa&amp;kiecie:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>State:</source>
        <translation>Stan:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Options:</source>
        <translation>&amp;Opcje:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Options</source>
        <translation>Opcje</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Add option</source>
        <translation>Dodaj opcję</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove option</source>
        <translation>Usuń opcję</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move up</source>
        <translation>Przenieś w górę</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move down</source>
        <translation>Przenieś w dół</translation>
    </message>
    <message>
        <location line="+24" />
        <location line="+5" />
        <source>Answers</source>
        <translation>Odpowiedzi</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+269" />
        <source>&amp;Hide answer</source>
        <translation>&amp;Ukryj odpowiedź</translation>
    </message>
    <message>
        <location line="-264" />
        <location line="+266" />
        <source>Hide answer</source>
        <translation>Ukryj odpowiedź</translation>
    </message>
    <message>
        <location line="-256" />
        <source>Count hands…</source>
        <translation>Zlicz podniesione ręce…</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+143" />
        <source>Enter how many hands went up for each option after a show of hands.</source>
        <translation>Po głosowaniu przez podniesienie rąk wpisz, ile rąk podniesiono przy każdej opcji.</translation>
    </message>
    <message>
        <location line="-142" />
        <source>Pass the laptop…</source>
        <translation>Podawanie laptopa…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Full-screen voting, one person at a time. %1 leaves it.</source>
        <translation>Głosowanie na pełnym ekranie, po kolei, jedna osoba naraz. %1 kończy ten tryb.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Clear results…</source>
        <translation>Wyczyść wyniki…</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Phones</source>
        <translation>Telefony</translation>
    </message>
    <message>
        <location line="+89" />
        <source>(no place)</source>
        <translation>(brak obszaru)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Reopen voting</source>
        <translation>Otwórz ponownie głosowanie</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A scale's options are the labels of its levels, lowest first (for example “Strongly disagree” … “Strongly agree”). With none, the scale runs from 1 to 5.</source>
        <translation>Opcje skali to etykiety jej poziomów, od najniższego (na przykład „Zdecydowanie się nie zgadzam” … „Zdecydowanie się zgadzam”). Jeśli nie ma opcji, skala obejmuje wartości od 1 do 5.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Voters put every option in order. Results are points: with n options a first place earns n−1 points, a second n−2, … a last 0.</source>
        <translation>Głosujący ustawiają wszystkie opcje w kolejności. Wyniki to punkty: przy n opcjach pierwsze miejsce daje n−1 pkt, drugie n−2, … ostatnie 0.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Voters type their own answer; options are not used.</source>
        <translation>Głosujący wpisują własną odpowiedź; opcje nie są używane.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>A show of hands cannot express a ranking or a written answer.</source>
        <translation>Głosowanie przez podniesienie rąk nie pozwala wyrazić rankingu ani pisemnej odpowiedzi.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>New poll</source>
        <translation>Nowa ankieta</translation>
    </message>
    <message numerus="yes">
        <location line="+15" />
        <source>This poll has %n vote(s). Remove it with its votes? You can undo this.</source>
        <translation>
            <numerusform>Ta ankieta ma %n głos. Usunąć ją razem z tym głosem? Można to cofnąć.</numerusform>
            <numerusform>Ta ankieta ma %n głosy. Usunąć ją razem z głosami? Można to cofnąć.</numerusform>
            <numerusform>Ta ankieta ma %n głosów. Usunąć ją razem z głosami? Można to cofnąć.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16" />
        <source>Option %1</source>
        <translation>Opcja %1</translation>
    </message>
    <message>
        <location line="+42" />
        <source>&amp;Show answer</source>
        <translation>&amp;Pokaż odpowiedź</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show answer</source>
        <translation>Pokaż odpowiedź</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show this answer on the projector and in the pack again (%1).</source>
        <translation>Ponownie pokazuj tę odpowiedź na projektorze i w pakiecie (%1).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Leave this answer out of the projector and the pack; it stays in the file (%1).</source>
        <translation>Nie pokazuj tej odpowiedzi na projektorze ani w pakiecie; pozostaje w pliku (%1).</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Count hands</source>
        <translation>Zlicz podniesione ręce</translation>
    </message>
    <message>
        <location line="+2" />
        <source>How many hands went up for each option? Each hand is added as one anonymous vote; you can undo it.</source>
        <translation>Ile rąk podniesiono przy każdej opcji? Każda ręka jest dodawana jako jeden anonimowy głos; można to cofnąć.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>(empty option)</source>
        <translation>(pusta opcja)</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Clear results</source>
        <translation>Wyczyść wyniki</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Remove all %n vote(s) of this poll? You can undo this.</source>
        <translation>
            <numerusform>Usunąć %n głos oddany w tej ankiecie? Można to cofnąć.</numerusform>
            <numerusform>Usunąć wszystkie %n głosy oddane w tej ankiecie? Można to cofnąć.</numerusform>
            <numerusform>Usunąć wszystkie %n głosów oddanych w tej ankiecie? Można to cofnąć.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rt::ProjectorView</name>
    <message>
        <location filename="../app/agenda/ProjectorView.cpp" line="+127" />
        <source>Welcome</source>
        <translation>Witamy</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1  ·  %2</source>
        <translation>%1  ·  %2</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Next: %1  %2</source>
        <translation>Następnie: %1  %2</translation>
    </message>
</context>
<context>
    <name>rt::ProjectorWindow</name>
    <message>
        <location filename="../app/agenda/ProjectorWindow.cpp" line="+18" />
        <source>Roundtable — projector</source>
        <translation>Roundtable — projektor</translation>
    </message>
</context>
<context>
    <name>rt::PromptColumn</name>
    <message>
        <location filename="../app/tables/PromptColumn.cpp" line="+56" />
        <source>Double-click to edit the question</source>
        <translation>Kliknij dwukrotnie, aby edytować pytanie</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Prompt options</source>
        <translation>Opcje pytania</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Edit Question</source>
        <translation>&amp;Edytuj pytanie</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Remove Prompt</source>
        <translation>&amp;Usuń pytanie</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Keep as One</source>
        <translation>Zachowaj jako jedną notatkę</translation>
    </message>
    <message>
        <location line="+54" />
        <source>Notes: %1</source>
        <translation>Notatki: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New note for: %1</source>
        <translation>Nowa notatka do: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Options for prompt %1: %2</source>
        <translation>Opcje pytania %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+16" />
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n notatka</numerusform>
            <numerusform>%n notatki</numerusform>
            <numerusform>%n notatek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+33" />
        <source>Pasted text: %n line(s).</source>
        <translation>
            <numerusform>Wklejony tekst: %n wiersz.</numerusform>
            <numerusform>Wklejony tekst: %n wiersze.</numerusform>
            <numerusform>Wklejony tekst: %n wierszy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Add as %n Note(s)</source>
        <translation>
            <numerusform>Dodaj jako %n notatkę</numerusform>
            <numerusform>Dodaj jako %n notatki</numerusform>
            <numerusform>Dodaj jako %n notatek</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rt::Provenance</name>
    <message>
        <location filename="../core/models/Provenance.cpp" line="+66" />
        <source>%1 (this laptop)</source>
        <extracomment>A laptop's name, for the laptop the program runs on</extracomment>
        <translation>%1 (ten laptop)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>another laptop</source>
        <extracomment>A laptop whose name the session file does not know</extracomment>
        <translation>inny laptop</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Last changed on %1, %2</source>
        <extracomment>%1 is a laptop's name, %2 when (a time, or a date and time)</extracomment>
        <translation>Ostatnio zmienione na %1, %2</translation>
    </message>
    <message>
        <location line="+53" />
        <source>Typed on %1, %2</source>
        <extracomment>Where a table's note was typed: %1 is a laptop's name, %2 when</extracomment>
        <translation>Wpisane na %1, %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Added on %1, %2</source>
        <extracomment>Where an idea or action was added: %1 is a laptop's name, %2 when</extracomment>
        <translation>Dodane na %1, %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cast on %1, %2</source>
        <extracomment>Where a vote was cast: %1 is a laptop's name, %2 when</extracomment>
        <translation>Oddany na %1, %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Made on %1, %2</source>
        <extracomment>Where something was made: %1 is a laptop's name, %2 when</extracomment>
        <translation>Utworzone na %1, %2</translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>%n other laptop(s)</source>
        <translation>
            <numerusform>%n inny laptop</numerusform>
            <numerusform>%n inne laptopy</numerusform>
            <numerusform>%n innych laptopów</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rt::ReadOnlyGuard</name>
    <message>
        <location filename="../app/shell/ReadOnly.cpp" line="+36" />
        <source>This window is read-only: the session is open for writing in another window, and this one follows it.</source>
        <translation>To okno jest tylko do odczytu: sesja jest otwarta do zapisu w innym oknie, a to okno śledzi jej zmiany.</translation>
    </message>
</context>
<context>
    <name>rt::ReviewMode</name>
    <message>
        <location filename="../app/places/ReviewMode.cpp" line="+53" />
        <source>Roundtable — review actions</source>
        <translation>Roundtable — przegląd działań</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Action</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Progress line</source>
        <translation>Wpis o postępach</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Read-only: nothing can be recorded here</source>
        <translation>Tylko do odczytu: nie można tu niczego zapisać</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type a progress line and press Enter (start with a space to begin with a number)</source>
        <translation>Wpisz informację o postępach i naciśnij Enter (zacznij od spacji, aby rozpocząć od liczby)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>1–6 status · Enter records the line and moves on · Page Up/Page Down or ↑/↓ move · Ctrl+Z undo · F11 full screen · Esc leave</source>
        <translation>1–6 status · Enter zapisuje wpis i przechodzi dalej · Page Up/Page Down lub ↑/↓ przechodzą · Ctrl+Z cofa · F11 pełny ekran · Esc wyjście</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Message</source>
        <translation>Komunikat</translation>
    </message>
    <message>
        <location line="+113" />
        <location line="+16" />
        <source>This session is open read-only: nothing can be recorded.</source>
        <translation>Ta sesja jest otwarta tylko do odczytu: nie można niczego zapisać.</translation>
    </message>
    <message>
        <location line="-12" />
        <source>Status: %1 (Ctrl+Z undoes it)</source>
        <translation>Status: %1 (Ctrl+Z cofa zmianę)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The status was not recorded.</source>
        <translation>Status nie został zapisany.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Update recorded (Ctrl+Z undoes it)</source>
        <translation>Zapisano aktualizację (Ctrl+Z cofa zmianę)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>The update was not recorded.</source>
        <translation>Aktualizacja nie została zapisana.</translation>
    </message>
    <message>
        <location line="+55" />
        <source>That was the last action of this place.</source>
        <translation>To było ostatnie działanie tego obszaru.</translation>
    </message>
    <message>
        <location line="+56" />
        <source>No actions to review</source>
        <translation>Brak działań do przeglądu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 has no actions to review</source>
        <translation>%1: brak działań do przeglądu</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 · action %2 of %3</source>
        <translation>%1 · działanie %2 z %3</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Overdue</source>
        <translation>Po terminie</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Not reviewed since the event</source>
        <translation>Nieprzejrzane od wydarzenia</translation>
    </message>
    <message>
        <location line="+7" />
        <source>no date</source>
        <translation>brak daty</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 (“%2”)</source>
        <translation>%1 („%2”)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Owner:</source>
        <translation>Właściciel:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Due:</source>
        <translation>Termin:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cohort:</source>
        <translation>Kohorta:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Measure of success:</source>
        <translation>Miara sukcesu:</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Last update:</source>
        <translation>Ostatnia aktualizacja:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>none yet</source>
        <translation>jeszcze brak</translation>
    </message>
</context>
<context>
    <name>rt::RoomController</name>
    <message>
        <location filename="../app/shell/RoomController.cpp" line="+37" />
        <source>&amp;Host a Room…</source>
        <translation>&amp;Utwórz salę…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Let the table laptops stream their notes to this laptop over the room's network</source>
        <translation>Pozwól laptopom stolików przesyłać na bieżąco notatki do tego laptopa przez sieć sali</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Join a Room…</source>
        <translation>&amp;Dołącz do sali…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Stream this laptop's edits to the organiser's laptop, and receive theirs</source>
        <translation>Przesyłaj na bieżąco zmiany z tego laptopa do laptopa organizatora i odbieraj jego zmiany</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Room…</source>
        <translation>&amp;Sala…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The room's address and join code, and the laptops in it</source>
        <translation>Adres sali i kod dołączenia oraz laptopy w sali</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Leave the Room</source>
        <translation>&amp;Opuść salę</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Open the session the room works on first (not read-only).</source>
        <translation>Najpierw otwórz sesję, nad którą pracuje sala (nie tylko do odczytu).</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Open this laptop's copy of the session first (not read-only).</source>
        <translation>Najpierw otwórz kopię sesji na tym laptopie (nie tylko do odczytu).</translation>
    </message>
    <message numerus="yes">
        <location line="+57" />
        <source>Hosting a room · %n laptop(s)</source>
        <translation>
            <numerusform>Gospodarz sali · %n laptop</numerusform>
            <numerusform>Gospodarz sali · %n laptopy</numerusform>
            <numerusform>Gospodarz sali · %n laptopów</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rt::RoomDialog</name>
    <message>
        <location filename="../app/shell/RoomDialog.cpp" line="+33" />
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Table laptops on the same network join this laptop's room and stream their notes here as they are typed. Nothing goes to the internet. Listen only on the network the table laptops use:</source>
        <translation>Laptopy stolików w tej samej sieci dołączają do sali tego laptopa i przesyłają tu notatki na bieżąco, w miarę ich wpisywania. Nic nie trafia do internetu. Nasłuchuj tylko w sieci, której używają laptopy stolików:</translation>
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
        <translation>&amp;Sieć:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Suggested: %1.</source>
        <translation>Sugerowana: %1.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Open the Room</source>
        <translation>&amp;Otwórz salę</translation>
    </message>
    <message>
        <location line="+24" />
        <source>QR code of the room's address</source>
        <translation>Kod QR adresu sali</translation>
    </message>
    <message>
        <location line="+2" />
        <source>On each table laptop: Room ▸ Join a Room…, then scan, paste the address or type this laptop's address and the join code.</source>
        <translation>Na każdym laptopie stolika: Sala ▸ Dołącz do sali…, a następnie zeskanuj kod, wklej adres albo wpisz adres tego laptopa i kod dołączenia.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Laptops in the room</source>
        <translation>Laptopy w sali</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Close the Room</source>
        <translation>&amp;Zamknij salę</translation>
    </message>
    <message>
        <location line="+32" />
        <source>The room could not open: %1</source>
        <translation>Nie udało się otworzyć sali: %1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Room open at %1</source>
        <translation>Sala otwarta pod adresem %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 · code %2</source>
        <translation>%1 · kod %2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>This laptop is in the room at %1.

%2</source>
        <translation>Ten laptop jest w sali pod adresem %1.

%2</translation>
    </message>
</context>
<context>
    <name>rt::RoomPeerModel</name>
    <message>
        <location filename="../core/models/RoomPeerModel.cpp" line="+38" />
        <source>never</source>
        <translation>nigdy</translation>
    </message>
    <message>
        <location line="+3" />
        <source>now</source>
        <translation>teraz</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 s ago</source>
        <translation>%1 s temu</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 min ago</source>
        <translation>%1 min temu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 h ago</source>
        <translation>%1 godz. temu</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Table %1 · %2</source>
        <translation>Stolik %1 · %2</translation>
    </message>
    <message>
        <location line="+20" />
        <source>(not chosen)</source>
        <translation>(nie wybrano)</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Captures</source>
        <translation>Zapisuje</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Last contact</source>
        <translation>Ostatni kontakt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Edits waiting</source>
        <translation>Oczekujące zmiany</translation>
    </message>
</context>
<context>
    <name>rt::RowListModel</name>
    <message numerus="yes">
        <location filename="../core/models/RowListModel.cpp" line="+375" />
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>Przenieś %n element</numerusform>
            <numerusform>Przenieś %n elementy</numerusform>
            <numerusform>Przenieś %n elementów</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rt::RunController</name>
    <message>
        <location filename="../app/agenda/RunController.cpp" line="+132" />
        <source>Welcome! Find your table on the table plan, and help yourself to a drink.</source>
        <translation>Witamy! Znajdź swój stolik na planie sali i poczęstuj się napojem.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Listen, and note what strikes you: you will talk about it at your table.</source>
        <translation>Słuchaj i zanotuj, co cię uderzy: porozmawiacie o tym przy stoliku.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Time for a break. Please be back in your seats when the countdown ends.</source>
        <translation>Czas na przerwę. Prosimy wrócić na miejsca, gdy skończy się odliczanie.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Talk about your table's topic under the three questions.</source>
        <translation>Rozmawiajcie o temacie stolika, odpowiadając na trzy pytania.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add your ideas, then place each one by its impact and the effort it needs.</source>
        <translation>Dodajcie pomysły, a potem umieśćcie każdy według jego wpływu i potrzebnego wysiłku.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Turn the chosen ideas into actions: who does what, by when, and how we will know it worked.</source>
        <translation>Zamieńcie wybrane pomysły w działania: kto, co, do kiedy i po czym poznamy, że się udało.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Vote from your phone: scan the code on the screen, or raise your hand when asked.</source>
        <translation>Głosuj telefonem: zeskanuj kod na ekranie albo podnieś rękę, gdy padnie pytanie.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Thank you for coming. Here is what happens next.</source>
        <translation>Dziękujemy za udział. Oto co dalej.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Work with your place's partners on what you will do together.</source>
        <translation>Pracujcie z partnerami z waszego obszaru nad tym, co zrobicie razem.</translation>
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
        <translation>Tryb prowadzenia</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Space pause, N next, P previous, E add 5 minutes, C follow the clock, Enter go to the item's page, O open its poll, M sound</source>
        <translation>Space pauza, N dalej, P wstecz, E dodaj 5 minut, C według zegara, Enter przejdź do strony punktu, O otwórz ankietę, M dźwięk</translation>
    </message>
    <message>
        <location line="+43" />
        <source>NEXT</source>
        <translation>NASTĘPNIE</translation>
    </message>
    <message>
        <location line="+12" />
        <source>LATER</source>
        <translation>PÓŹNIEJ</translation>
    </message>
    <message>
        <location line="+19" />
        <source>GUIDANCE FOR THIS ACTIVITY</source>
        <translation>WSKAZÓWKI DO TEJ AKTYWNOŚCI</translation>
    </message>
    <message>
        <location line="+12" />
        <source>◀ Back</source>
        <translation>◀ Wstecz</translation>
    </message>
    <message>
        <location line="+0" />
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pause</source>
        <translation>Pauza</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <location line="+1" />
        <source>+5 min</source>
        <translation>+5 min</translation>
    </message>
    <message>
        <location line="+0" />
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next ▶</source>
        <translation>Dalej ▶</translation>
    </message>
    <message>
        <location line="+0" />
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Workspace</source>
        <translation>Przestrzeń robocza</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Go to the page this item is captured on (the window never switches by itself)</source>
        <translation>Przejdź do strony, na której zapisuje się ten punkt (okno nigdy nie przełącza się samo)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Poll</source>
        <translation>Ankieta</translation>
    </message>
    <message>
        <location line="+0" />
        <source>O</source>
        <translation>O</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open the poll attached to this item</source>
        <translation>Otwórz ankietę dołączoną do tego punktu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Follow the clock</source>
        <translation>Według zegara</translation>
    </message>
    <message>
        <location line="+0" />
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Make the item the clock says current, ending at its scheduled time</source>
        <translation>Ustaw jako bieżący punkt wskazywany przez zegar, z końcem o zaplanowanej godzinie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sound</source>
        <translation>Dźwięk</translation>
    </message>
    <message>
        <location line="+0" />
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A beep when an item's time runs out (kept until the app closes)</source>
        <translation>Sygnał dźwiękowy, gdy czas punktu się skończy (działa do zamknięcia aplikacji)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Projector…</source>
        <translation>Projektor…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show the projector window</source>
        <translation>Pokaż okno projektora</translation>
    </message>
    <message>
        <location line="+33" />
        <source>%1  [%2]</source>
        <translation>%1  [%2]</translation>
    </message>
    <message>
        <location line="+64" />
        <source>RUN MODE</source>
        <translation>TRYB PROWADZENIA</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The agenda is empty: add items on the Agenda page.</source>
        <translation>Program jest pusty: dodaj punkty na stronie Program.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not started</source>
        <translation>Nie rozpoczęto</translation>
    </message>
    <message>
        <location line="+13" />
        <source>NOW  ·  %1  ·  %2</source>
        <translation>TERAZ  ·  %1  ·  %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ITEM %1 OF %2</source>
        <translation>PUNKT %1 Z %2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1  ·  %2</source>
        <translation>%1  ·  %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>End of the day</source>
        <translation>Koniec dnia</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Each table answers:</source>
        <translation>Każdy stolik odpowiada na pytania:</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Go to Places  [Enter]</source>
        <translation>Przejdź do obszarów  [Enter]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Go to Tables  [Enter]</source>
        <translation>Przejdź do stolików  [Enter]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Workspace  [Enter]</source>
        <translation>Przestrzeń robocza  [Enter]</translation>
    </message>
    <message>
        <location line="+56" />
        <source>Resume  [Space]</source>
        <translation>Wznów  [Space]</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Pause  [Space]</source>
        <translation>Pauza  [Space]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sound off  [M]</source>
        <translation>Dźwięk wył.  [M]</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Sound on  [M]</source>
        <translation>Dźwięk wł.  [M]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Paused — press Space to resume</source>
        <translation>Wstrzymano — naciśnij Space, aby wznowić</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Over time · N moves on, E adds 5 minutes</source>
        <translation>Czas przekroczony · N przechodzi dalej, E dodaje 5 minut</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No end time, so no countdown: E gives it 5 minutes</source>
        <translation>Brak godziny zakończenia, więc brak odliczania: E daje 5 minut</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Following the clock · ends at %1</source>
        <translation>Według zegara · koniec o %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Ends at %1</source>
        <translation>Koniec o %1</translation>
    </message>
</context>
<context>
    <name>rt::RunStatusWidget</name>
    <message>
        <location filename="../app/agenda/RunStatusWidget.cpp" line="+26" />
        <source>Run mode: the current item and the time left (click for run mode, F5)</source>
        <translation>Tryb prowadzenia: bieżący punkt i pozostały czas (kliknij, aby otworzyć tryb prowadzenia, F5)</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Not started</source>
        <translation>Nie rozpoczęto</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run mode: %1, %2 left, paused</source>
        <translation>Tryb prowadzenia: %1, pozostało %2, wstrzymano</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run mode: %1, %2 over time</source>
        <translation>Tryb prowadzenia: %1, przekroczono czas o %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run mode: %1, %2 left</source>
        <translation>Tryb prowadzenia: %1, pozostało %2</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Go to Tables</source>
        <translation>Przejdź do stolików</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Go to Places</source>
        <translation>Przejdź do obszarów</translation>
    </message>
</context>
<context>
    <name>rt::SaveBanner</name>
    <message>
        <location filename="../app/shell/SaveBanner.cpp" line="+22" />
        <source>Changes are not being saved</source>
        <translation>Zmiany nie są zapisywane</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Try &amp;Again</source>
        <translation>Spróbuj &amp;ponownie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tries to save to the session file again</source>
        <translation>Ponawia próbę zapisu do pliku sesji</translation>
    </message>
    <message>
        <location line="+33" />
        <source>%1 Nothing saved before is lost, and text you typed stays in its box until it can be saved. Roundtable keeps trying: free some space or check the folder.</source>
        <translation>%1 Nic, co zapisano wcześniej, nie zostało utracone, a wpisany tekst pozostaje w swoim polu, dopóki nie będzie można go zapisać. Roundtable ponawia próby: zwolnij trochę miejsca lub sprawdź folder.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Saving works again. Text that could not be saved is still in its box: send it again (Enter) to save it.</source>
        <translation>Zapisywanie znów działa. Tekst, którego nie udało się zapisać, nadal jest w swoim polu: wyślij go ponownie (Enter), aby go zapisać.</translation>
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
        <translation>Przestrzenie robocze</translation>
    </message>
</context>
<context>
    <name>rt::SlidePreview</name>
    <message>
        <location filename="../app/export/ExportWorkspace.cpp" line="-542" />
        <source>Slide preview</source>
        <translation>Podgląd slajdu</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Nothing to export yet</source>
        <translation>Nie ma jeszcze nic do eksportu</translation>
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
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>rt::Store</name>
    <message>
        <location filename="../core/store/Store.cpp" line="+89" />
        <source>Could not prepare a statement: %1</source>
        <translation>Nie udało się przygotować zapytania: %1</translation>
    </message>
    <message>
        <location line="+84" />
        <source>The change could not be recorded for the room: %1</source>
        <translation>Nie udało się zarejestrować zmiany dla sali: %1</translation>
    </message>
    <message>
        <location line="+227" />
        <location line="+28" />
        <location line="+58" />
        <location line="+47" />
        <location line="+36" />
        <location filename="../core/store/VoteRepository.cpp" line="+33" />
        <source>The session is open read-only.</source>
        <translation>Sesja jest otwarta tylko do odczytu.</translation>
    </message>
    <message>
        <location line="-137" />
        <source>There is no field %1 in %2.</source>
        <translation>W %2 nie ma pola %1.</translation>
    </message>
    <message>
        <location line="+140" />
        <source>%1 rows have no order.</source>
        <translation>Liczba wierszy bez ustalonej kolejności: %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>There is no %1 with id %2.</source>
        <translation>Nie istnieje %1 o identyfikatorze %2.</translation>
    </message>
</context>
<context>
    <name>rt::TableCardDelegate</name>
    <message numerus="yes">
        <location filename="../app/tables/TableOverview.cpp" line="-161" />
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n trafienie</numerusform>
            <numerusform>%n trafienia</numerusform>
            <numerusform>%n trafień</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24" />
        <source>(no topic)</source>
        <translation>(brak tematu)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>No facilitator yet</source>
        <translation>Brak facylitatora</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Facilitator: %1</source>
        <translation>Facylitator: %1</translation>
    </message>
    <message>
        <location line="+39" />
        <source>From: %1</source>
        <translation>Z: %1</translation>
    </message>
    <message>
        <location line="+17" />
        <source>No key points yet</source>
        <translation>Brak kluczowych punktów</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>★ %n key point(s)</source>
        <translation>
            <numerusform>★ %n kluczowy punkt</numerusform>
            <numerusform>★ %n kluczowe punkty</numerusform>
            <numerusform>★ %n kluczowych punktów</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28" />
        <source>This table's notes were typed on %1</source>
        <translation>Notatki tego stolika wpisano na %1</translation>
    </message>
</context>
<context>
    <name>rt::TableItemDelegate</name>
    <message>
        <location filename="../app/tables/TablePicker.cpp" line="+86" />
        <source>(no topic)</source>
        <translation>(brak tematu)</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n notatka</numerusform>
            <numerusform>%n notatki</numerusform>
            <numerusform>%n notatek</numerusform>
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
        <translation>Numer</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Topic</source>
        <translation>Temat</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Facilitator</source>
        <translation>Facylitator</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Table %1</source>
        <translation>Stolik %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Table %1 · %2</source>
        <translation>Stolik %1 · %2</translation>
    </message>
    <message>
        <location line="+47" />
        <source>%1, facilitator %2, notes: %3</source>
        <translation>%1, facylitator: %2, notatki: %3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not set</source>
        <translation>nie ustawiono</translation>
    </message>
    <message>
        <location line="+65" />
        <source>Move notes to %1</source>
        <translation>Przenieś notatki do: %1</translation>
    </message>
</context>
<context>
    <name>rt::TableOverview</name>
    <message>
        <location filename="../app/tables/TableOverview.cpp" line="+76" />
        <source>All tables</source>
        <translation>Wszystkie stoliki</translation>
    </message>
    <message>
        <location line="+8" />
        <source>+ Add Table</source>
        <translation>+ Dodaj stolik</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Tables</source>
        <translation>Stoliki</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Search results</source>
        <translation>Wyniki wyszukiwania</translation>
    </message>
    <message numerus="yes">
        <location line="+82" />
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n stolik</numerusform>
            <numerusform>%n stoliki</numerusform>
            <numerusform>%n stolików</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n notatka</numerusform>
            <numerusform>%n notatki</numerusform>
            <numerusform>%n notatek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n key point(s)</source>
        <translation>
            <numerusform>%n kluczowy punkt</numerusform>
            <numerusform>%n kluczowe punkty</numerusform>
            <numerusform>%n kluczowych punktów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n trafienie</numerusform>
            <numerusform>%n trafienia</numerusform>
            <numerusform>%n trafień</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>at %n table(s)</source>
        <translation>
            <numerusform>przy %n stoliku</numerusform>
            <numerusform>przy %n stolikach</numerusform>
            <numerusform>przy %n stolikach</numerusform>
        </translation>
    </message>
    <message>
        <location line="-2" />
        <source>No note matches “%1”</source>
        <translation>Żadna notatka nie pasuje do „%1”</translation>
    </message>
</context>
<context>
    <name>rt::TablePicker</name>
    <message>
        <location filename="../app/tables/TablePicker.cpp" line="+16" />
        <location line="+31" />
        <source>Tables</source>
        <translation>Stoliki</translation>
    </message>
    <message>
        <location line="-18" />
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Add a table</source>
        <translation>Dodaj stolik</translation>
    </message>
    <message>
        <location line="+1" />
        <source>✎</source>
        <translation>✎</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Edit the table's number, topic and facilitator</source>
        <translation>Edytuj numer, temat i facylitatora stolika</translation>
    </message>
    <message>
        <location line="+1" />
        <source>↑</source>
        <translation>↑</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Move the table up</source>
        <translation>Przenieś stolik w górę</translation>
    </message>
    <message>
        <location line="+1" />
        <source>↓</source>
        <translation>↓</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Move the table down</source>
        <translation>Przenieś stolik w dół</translation>
    </message>
    <message>
        <location line="+1" />
        <source>✕</source>
        <translation>✕</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Delete the table and its notes (undoable)</source>
        <translation>Usuń stolik i jego notatki (można cofnąć)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Drop notes on a table to move them there.</source>
        <translation>Upuść notatki na stolik, aby je tam przenieść.</translation>
    </message>
    <message>
        <location line="+109" />
        <source>Table details</source>
        <translation>Szczegóły stolika</translation>
    </message>
    <message>
        <location line="+6" />
        <source>e.g. Mental health</source>
        <translation>np. Zdrowie psychiczne</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Number:</source>
        <translation>&amp;Numer:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Topic:</source>
        <translation>&amp;Temat:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Facilitator:</source>
        <translation>&amp;Facylitator:</translation>
    </message>
</context>
<context>
    <name>rt::TablesWorkspace</name>
    <message>
        <location filename="../app/tables/TablesWorkspace.cpp" line="+89" />
        <source>All Tables</source>
        <translation>Wszystkie stoliki</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Table</source>
        <translation>Stolik</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Feed Back</source>
        <translation>Informacja zwrotna</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Every table as a card</source>
        <translation>Każdy stolik jako karta</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Capture the current table's notes</source>
        <translation>Zapisuj notatki bieżącego stolika</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show the current table's key points, large, for the room</source>
        <translation>Pokaż kluczowe punkty bieżącego stolika w dużym formacie, dla całej sali</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Search every table (Ctrl+F)</source>
        <translation>Szukaj we wszystkich stolikach (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Search notes at every table</source>
        <translation>Szukaj w notatkach wszystkich stolików</translation>
    </message>
    <message>
        <location line="+76" />
        <source>+ Add Prompt</source>
        <translation>+ Dodaj pytanie</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Add a question every table answers (up to five)</source>
        <translation>Dodaj pytanie, na które odpowiada każdy stolik (maksymalnie pięć)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Feed Back ▸</source>
        <translation>Informacja zwrotna ▸</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show this table's key points large, for the room</source>
        <translation>Pokaż kluczowe punkty tego stolika w dużym formacie, dla całej sali</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Full Screen</source>
        <translation>Pełny ekran</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show the key points full screen on the last screen (the projector)</source>
        <translation>Pokaż kluczowe punkty na pełnym ekranie na ostatnim ekranie (projektorze)</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Tables</source>
        <translation>Stoliki</translation>
    </message>
    <message>
        <location line="+5" />
        <source>tables — every table as a card, with notes per prompt and key points</source>
        <translation>tables — każdy stolik jako karta, z notatkami według pytań i kluczowymi punktami</translation>
    </message>
    <message>
        <location line="+1" />
        <source>table:N — the notes of table N (N: its position, 1 = first in the file)</source>
        <translation>table:N — notatki stolika N (N: jego pozycja, 1 = pierwszy w pliku)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>feedback:N — table N's key points, projector-sized</source>
        <translation>feedback:N — kluczowe punkty stolika N w rozmiarze dla projektora</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1: the session has no tables</source>
        <translation>%1: sesja nie ma stolików</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: N must be a table's position from 1 to %2</source>
        <translation>%1: N musi być pozycją stolika od 1 do %2</translation>
    </message>
    <message>
        <location line="+90" />
        <source>Key points</source>
        <translation>Kluczowe punkty</translation>
    </message>
    <message>
        <location line="+72" />
        <source>New question?</source>
        <translation>Nowe pytanie?</translation>
    </message>
    <message>
        <location line="+67" />
        <source>From: %1</source>
        <extracomment>Which laptops a table's notes were typed on: %1 lists their names</extracomment>
        <translation>Z: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This table's notes were typed on %1</source>
        <translation>Notatki tego stolika wpisano na %1</translation>
    </message>
    <message numerus="yes">
        <location line="+28" />
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n trafienie</numerusform>
            <numerusform>%n trafienia</numerusform>
            <numerusform>%n trafień</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>at %n table(s)</source>
        <translation>
            <numerusform>przy %n stoliku</numerusform>
            <numerusform>przy %n stolikach</numerusform>
            <numerusform>przy %n stolikach</numerusform>
        </translation>
    </message>
    <message>
        <location line="-68" />
        <source>No table</source>
        <translation>Brak stolika</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Facilitator: %1</source>
        <translation>Facylitator: %1</translation>
    </message>
    <message>
        <location line="+59" />
        <source>No matches</source>
        <translation>Brak trafień</translation>
    </message>
</context>
<context>
    <name>rt::TemplateDialog</name>
    <message>
        <location filename="../app/shell/TemplateDialog.cpp" line="+20" />
        <source>New from Template</source>
        <translation>Nowa sesja z szablonu</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose what the new session starts with. You can change everything afterwards.</source>
        <translation>Wybierz, od czego zacznie się nowa sesja. Wszystko można później zmienić.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Templates</source>
        <translation>Szablony</translation>
    </message>
    <message>
        <location line="+12" />
        <source>&amp;Create…</source>
        <translation>&amp;Utwórz…</translation>
    </message>
</context>
<context>
    <name>rt::UserGuideWindow</name>
    <message>
        <location filename="../app/shell/UserGuide.cpp" line="+25" />
        <source>Roundtable User Guide</source>
        <translation>Podręcznik użytkownika Roundtable</translation>
    </message>
    <message>
        <location line="+7" />
        <source>User guide</source>
        <translation>Podręcznik użytkownika</translation>
    </message>
    <message>
        <location line="+41" />
        <source>&lt;h2&gt;The user guide is not installed&lt;/h2&gt;&lt;p&gt;Roundtable looked for it here:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;&lt;p&gt;Reinstall Roundtable, or read docs/USER-GUIDE.md in its source.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Podręcznik użytkownika nie jest zainstalowany&lt;/h2&gt;&lt;p&gt;Roundtable szukał go tutaj:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;&lt;p&gt;Zainstaluj ponownie Roundtable albo przeczytaj docs/USER-GUIDE.md w jego źródłach.&lt;/p&gt;</translation>
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
        <translation>Poprowadź seminarium z facylitacją i opublikuj pakiet podsumowania z dosłownymi wypowiedziami.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>New from Template…</source>
        <translation>Nowa sesja z szablonu…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Open…</source>
        <translation>Otwórz…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Recent sessions</source>
        <translation>Ostatnie sesje</translation>
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
        <translation>Tutaj pojawią się otwierane sesje.</translation>
    </message>
</context>
<context>
    <name>rt::agendatimes</name>
    <message>
        <location filename="../core/domain/AgendaTimes.cpp" line="+98" />
        <location line="+6" />
        <source>“%1” is not a time: enter it as HH:MM (00:00–23:59).</source>
        <translation>„%1” nie jest godziną: wpisz ją w formacie HH:MM (00:00–23:59).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Ends (%1) before it starts (%2).</source>
        <translation>Kończy się (%1) przed rozpoczęciem (%2).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Overlaps the next item, which starts at %1.</source>
        <translation>Nakłada się na następny punkt, który zaczyna się o %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Starts before the previous item ends (%1).</source>
        <translation>Zaczyna się przed zakończeniem poprzedniego punktu (%1).</translation>
    </message>
</context>
<context>
    <name>rt::charts::PollChart</name>
    <message>
        <location filename="../app/polls/PollChart.cpp" line="+247" />
        <source>Poll results</source>
        <translation>Wyniki ankiety</translation>
    </message>
</context>
<context>
    <name>rt::cli</name>
    <message>
        <location filename="../app/cli/Cli.cpp" line="-50" />
        <source>create a session file from a built-in template (default: blank)</source>
        <translation>tworzy plik sesji z wbudowanego szablonu (domyślnie: blank)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>list the built-in templates</source>
        <translation>wyświetla listę wbudowanych szablonów</translation>
    </message>
    <message>
        <location line="+3" />
        <source>what the session file holds (counts; --json: one JSON object)</source>
        <translation>co zawiera plik sesji (liczby elementów; --json: jeden obiekt JSON)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the whole session as interchange JSON on stdout</source>
        <translation>cała sesja jako JSON w formacie wymiany na standardowym wyjściu (stdout)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>build a new session file from interchange JSON (JSON may be - for stdin)</source>
        <translation>tworzy nowy plik sesji z JSON w formacie wymiany (zamiast JSON można podać - dla stdin)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>render one view of the app offscreen to a PNG</source>
        <translation>renderuje jeden widok aplikacji poza ekranem do pliku PNG</translation>
    </message>
    <message>
        <location line="-7" />
        <source>combine the files from several laptops into a new file OUT</source>
        <translation>łączy pliki z kilku laptopów w nowy plik OUT</translation>
    </message>
    <message>
        <location line="+2" />
        <source>phone voting without the window, until Ctrl+C or the poll closes</source>
        <translation>głosowanie przez telefony bez okna aplikacji, do naciśnięcia Ctrl+C lub zamknięcia ankiety</translation>
    </message>
    <message>
        <location line="+2" />
        <source>host the live room, or join one as a table laptop, until Ctrl+C</source>
        <translation>prowadzi salę na żywo albo dołącza do sali jako laptop stolika, do naciśnięcia Ctrl+C</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Usage: roundtable [FILE]             open the app (on FILE)
       roundtable COMMAND [ARGS...]   run a command without a window
</source>
        <translation>Użycie: roundtable [FILE]             otwiera aplikację (z plikiem FILE)
        roundtable COMMAND [ARGS...]   uruchamia polecenie bez okna
</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Commands:</source>
        <translation>Polecenia:</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Views for screenshot --view:</source>
        <translation>Widoki dla screenshot --view:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Options:</source>
        <translation>Opcje:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>show this help; `roundtable COMMAND --help` for one command</source>
        <translation>wyświetla tę pomoc; `roundtable COMMAND --help` dla pojedynczego polecenia</translation>
    </message>
    <message>
        <location line="+1" />
        <source>show the version</source>
        <translation>wyświetla wersję</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Exit status is 0 on success; otherwise one line on stderr says why.</source>
        <translation>Kod wyjścia to 0 w przypadku powodzenia; w przeciwnym razie jeden wiersz na stderr podaje przyczynę.</translation>
    </message>
    <message>
        <location line="+75" />
        <source>show this help</source>
        <translation>wyświetla tę pomoc</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Usage: roundtable %1</source>
        <translation>Użycie: roundtable %1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Views:</source>
        <translation>Widoki:</translation>
    </message>
    <message>
        <location filename="../app/cli/DumpCommand.cpp" line="+14" />
        <location filename="../app/cli/ExportCommand.cpp" line="+52" />
        <location filename="../app/cli/InfoCommand.cpp" line="+37" />
        <source>the session file (opened read-only)</source>
        <translation>plik sesji (otwierany tylko do odczytu)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>dump: expected one FILE (usage: roundtable dump FILE)</source>
        <translation>dump: oczekiwano jednego pliku FILE (użycie: roundtable dump FILE)</translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="-2" />
        <source>print one JSON object instead of text</source>
        <translation>wypisuje jeden obiekt JSON zamiast tekstu</translation>
    </message>
    <message>
        <location line="+7" />
        <source>info: expected one FILE (usage: roundtable info FILE [--json])</source>
        <translation>info: oczekiwano jednego pliku FILE (użycie: roundtable info FILE [--json])</translation>
    </message>
    <message>
        <location line="+61" />
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Venue</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Schema</source>
        <translation>Schemat</translation>
    </message>
    <message>
        <location line="+0" />
        <source>version %1</source>
        <translation>wersja %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agenda</source>
        <translation>Program</translation>
    </message>
    <message numerus="yes">
        <location line="+0" />
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n pozycja</numerusform>
            <numerusform>%n pozycje</numerusform>
            <numerusform>%n pozycji</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12" />
        <source>Follow-up</source>
        <translation>Działania następcze</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%1 open, %2 overdue, %n progress update(s)</source>
        <translation>
            <numerusform>otwarte: %1, po terminie: %2, %n aktualizacja postępów</numerusform>
            <numerusform>otwarte: %1, po terminie: %2, %n aktualizacje postępów</numerusform>
            <numerusform>otwarte: %1, po terminie: %2, %n aktualizacji postępów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n wskaźnik</numerusform>
            <numerusform>%n wskaźniki</numerusform>
            <numerusform>%n wskaźników</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n kolumna</numerusform>
            <numerusform>%n kolumny</numerusform>
            <numerusform>%n kolumn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n plik</numerusform>
            <numerusform>%n pliki</numerusform>
            <numerusform>%n plików</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+4" />
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message numerus="yes">
        <location line="-3" />
        <source>hosted here: %n laptop(s), </source>
        <translation>
            <numerusform>prowadzona tutaj: %n laptop, </numerusform>
            <numerusform>prowadzona tutaj: %n laptopy, </numerusform>
            <numerusform>prowadzona tutaj: %n laptopów, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n change(s) logged</source>
        <translation>
            <numerusform>zarejestrowano %n zmianę</numerusform>
            <numerusform>zarejestrowano %n zmiany</numerusform>
            <numerusform>zarejestrowano %n zmian</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>a laptop in a room: %n edit(s) waiting for the host</source>
        <translation>
            <numerusform>laptop w sali: %n zmiana czeka na gospodarza</numerusform>
            <numerusform>laptop w sali: %n zmiany czekają na gospodarza</numerusform>
            <numerusform>laptop w sali: %n zmian czeka na gospodarza</numerusform>
        </translation>
    </message>
    <message>
        <location line="-28" />
        <source>Prompts</source>
        <translation>Pytania</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tables</source>
        <translation>Stoliki</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 (notes: %2, key points: %3)</source>
        <translation>%1 (notatki: %2, kluczowe punkty: %3)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Places</source>
        <translation>Obszary</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 (aims: %2, ideas: %3, drivers: %4, actions: %5)</source>
        <translation>%1 (cele: %2, pomysły: %3, czynniki: %4, działania: %5)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Polls</source>
        <translation>Ankiety</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 (votes: %2)</source>
        <translation>%1 (głosy: %2)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Data pack</source>
        <translation>Pakiet danych</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Merged from</source>
        <translation>Scalono z</translation>
    </message>
    <message>
        <location filename="../app/cli/LoadCommand.cpp" line="+32" />
        <source>interchange JSON file, or - for standard input</source>
        <translation>plik JSON w formacie wymiany lub - dla standardowego wejścia</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the session file to build; it must not exist</source>
        <translation>plik sesji do utworzenia; nie może jeszcze istnieć</translation>
    </message>
    <message>
        <location line="+5" />
        <source>load: expected JSON and FILE (usage: roundtable load JSON FILE)</source>
        <translation>load: oczekiwano JSON i FILE (użycie: roundtable load JSON FILE)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>standard input</source>
        <translation>standardowe wejście</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 cannot be read: %2</source>
        <translation>nie można odczytać %1: %2</translation>
    </message>
    <message>
        <location line="+13" />
        <source>warning: %1</source>
        <translation>ostrzeżenie: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>warning: and %n more</source>
        <translation>
            <numerusform>ostrzeżenie: i jeszcze %n</numerusform>
            <numerusform>ostrzeżenie: i jeszcze %n</numerusform>
            <numerusform>ostrzeżenie: i jeszcze %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/MergeCommand.cpp" line="+26" />
        <source>the new session file to write; it must not exist</source>
        <translation>nowy plik sesji do zapisania; nie może istnieć</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the session files to combine (opened read-only)</source>
        <translation>pliki sesji do połączenia (otwierane tylko do odczytu)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>what to do with a table, place or poll found in several files: combine (one, with every file's notes and votes; the default, as in the window), keep-both, or keep-first</source>
        <translation>co zrobić ze stolikiem, miejscem lub ankietą obecnymi w kilku plikach: combine (jeden, z notatkami i głosami z każdego pliku; domyślnie, jak w oknie), keep-both lub keep-first</translation>
    </message>
    <message>
        <location line="+12" />
        <source>merge: --policy %1 is not one of combine, keep-both, keep-first</source>
        <translation>merge: --policy %1 nie jest jednym z: combine, keep-both, keep-first</translation>
    </message>
    <message>
        <location line="+3" />
        <source>usage: roundtable merge OUT FILE...</source>
        <translation>użycie: roundtable merge OUT FILE...</translation>
    </message>
    <message>
        <location line="+10" />
        <source>duplicate: %1</source>
        <translation>duplikat: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>skipped: %1</source>
        <translation>pominięto: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>differs: %1</source>
        <translation>różnica: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%1: merged %n source(s): %2 tables, %3 notes, %4 places, %5 polls, %6 votes</source>
        <translation>
            <numerusform>%1: scalono %n źródło: stoliki %2, notatki %3, miejsca %4, ankiety %5, głosy %6</numerusform>
            <numerusform>%1: scalono %n źródła: stoliki %2, notatki %3, miejsca %4, ankiety %5, głosy %6</numerusform>
            <numerusform>%1: scalono %n źródeł: stoliki %2, notatki %3, miejsca %4, ankiety %5, głosy %6</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/NewCommand.cpp" line="+17" />
        <source>the template to start from (see `roundtable templates`)</source>
        <translation>szablon początkowy (zobacz `roundtable templates`)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>start from the last event's session: its places, aims, driver diagrams, open actions with their progress, prompts and data pack (tables, notes, ideas and polls start fresh)</source>
        <translation>zaczyna od sesji poprzedniego wydarzenia: jej obszarów, celów, diagramów czynników, otwartych działań z postępami, pytań i pakietu danych (stoliki, notatki, pomysły i ankiety zaczynają się od nowa)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the session file to create; it must not exist</source>
        <translation>plik sesji do utworzenia; nie może jeszcze istnieć</translation>
    </message>
    <message>
        <location line="+6" />
        <source>new: expected one FILE (usage: roundtable new [--template NAME | --from PREVIOUS] FILE)</source>
        <translation>new: oczekiwano jednego pliku FILE (użycie: roundtable new [--template NAME | --from PREVIOUS] FILE)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>new: --from and --template cannot be used together</source>
        <translation>new: opcji --from i --template nie można używać razem</translation>
    </message>
    <message>
        <location line="+9" />
        <source>there is no template "%1"; `roundtable templates` lists them</source>
        <translation>nie ma szablonu "%1"; `roundtable templates` wyświetla ich listę</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the built-in template %1 is broken: %2</source>
        <translation>wbudowany szablon %1 jest uszkodzony: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/ScreenshotCommand.cpp" line="+47" />
        <source>the view to render (listed below)</source>
        <translation>widok do wyrenderowania (lista poniżej)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the PNG file to write</source>
        <translation>plik PNG do zapisania</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the window size in pixels (default 1280x800)</source>
        <translation>rozmiar okna w pikselach (domyślnie 1280x800)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the window's language, e.g. ur or cy (default: the system's, LANG)</source>
        <translation>język okna, np. ur lub cy (domyślnie: język systemu, LANG)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>picture the read-only window (as a second window shows the session)</source>
        <translation>pokaż okno tylko do odczytu (tak jak drugie okno pokazuje sesję)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the session file (never changed: the window shows a copy of it)</source>
        <translation>plik sesji (nigdy nie jest zmieniany: okno pokazuje jego kopię)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>screenshot: expected one FILE (usage: roundtable screenshot FILE --view VIEW -o OUT.png)</source>
        <translation>screenshot: oczekiwano jednego pliku FILE (użycie: roundtable screenshot FILE --view VIEW -o OUT.png)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>screenshot: --view VIEW is required (`roundtable screenshot --help` lists the views)</source>
        <translation>screenshot: wymagana jest opcja --view VIEW (`roundtable screenshot --help` wyświetla listę widoków)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>screenshot: -o OUT.png is required</source>
        <translation>screenshot: wymagana jest opcja -o OUT.png</translation>
    </message>
    <message>
        <location line="+7" />
        <source>screenshot: --size expects WxH between 100x100 and 8000x8000, e.g. 1280x800, not "%1"</source>
        <translation>screenshot: --size oczekuje wartości WxH od 100x100 do 8000x8000, np. 1280x800, a nie "%1"</translation>
    </message>
    <message>
        <location line="+4" />
        <source>screenshot: no translation for language "%1" (try en, cy, pl or ur)</source>
        <translation>screenshot: brak tłumaczenia dla języka "%1" (spróbuj en, cy, pl lub ur)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>screenshot: no room for a working copy: %1</source>
        <translation>screenshot: brak miejsca na kopię roboczą: %1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>screenshot: %1</source>
        <translation>screenshot: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="-33" />
        <source>write the verbatim summary pack (see export --help)</source>
        <translation>zapisuje pakiet podsumowania z dosłownymi wypowiedziami (zobacz export --help)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>pptx, pdf, md or csv (required; see Formats below)</source>
        <translation>pptx, pdf, md lub csv (wymagane; zob. Formaty poniżej)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>output file (default: FILE with the format's extension; for csv a trailing .csv is dropped before -notes.csv / -actions.csv are added)</source>
        <translation>plik wynikowy (domyślnie: FILE z rozszerzeniem formatu; dla csv końcowe .csv jest usuwane przed dodaniem -notes.csv / -actions.csv)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>comma-separated parts to include (default: those the session's Export page settings include, in their order): %1</source>
        <translation>części do uwzględnienia, rozdzielone przecinkami (domyślnie: te, które uwzględniają ustawienia strony Eksport w sesji, w ich kolejności): %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>summary (default): the verbatim summary pack; progress: the place leads' progress update (pptx, pdf or md)</source>
        <translation>summary (domyślnie): pakiet podsumowania z dosłownymi wypowiedziami; progress: raport z postępów dla liderów obszarów (pptx, pdf lub md)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>progress: only this place (default: every place)</source>
        <translation>progress: tylko ten obszar (domyślnie: wszystkie obszary)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>progress: what changed since this day, yyyy-MM-dd (default: the event's date)</source>
        <translation>progress: co się zmieniło od tego dnia, yyyy-MM-dd (domyślnie: data wydarzenia)</translation>
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
        <translation>Formaty:
  pptx  edytowalne slajdy (PowerPoint, LibreOffice Impress)
  pdf   te same slajdy jako PDF (wektorowy, tekst z wyszukiwaniem)
  md    cała sesja jako Markdown
  csv   dwa arkusze: OUT-notes.csv (table, topic, prompt, text, key_point)
        i OUT-actions.csv (place, cohort, idea, action, who, by_when, measure);
        UTF-8 z BOM, końce wierszy CRLF, cudzysłowy wg RFC 4180
</translation>
    </message>
    <message>
        <location line="+15" />
        <source>export: unknown section "%1"</source>
        <translation>export: nieznana sekcja "%1"</translation>
    </message>
    <message>
        <location line="+6" />
        <source>export: which session FILE?</source>
        <translation>export: który plik sesji FILE?</translation>
    </message>
    <message>
        <location line="+2" />
        <source>export: unexpected argument %1</source>
        <translation>export: nieoczekiwany argument %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>export: --format pptx|pdf|md|csv is required</source>
        <translation>export: wymagana jest opcja --format pptx|pdf|md|csv</translation>
    </message>
    <message>
        <location line="+5" />
        <source>export: --pack must be summary or progress, not "%1"</source>
        <translation>export: --pack musi mieć wartość summary lub progress, a nie "%1"</translation>
    </message>
    <message>
        <location line="+3" />
        <source>export: --sections is for the summary pack, not --pack progress</source>
        <translation>export: --sections dotyczy pakietu podsumowania, a nie --pack progress</translation>
    </message>
    <message>
        <location line="+5" />
        <source>export: --place needs a place's name</source>
        <translation>export: --place wymaga nazwy obszaru</translation>
    </message>
    <message>
        <location line="+6" />
        <source>export: --since "%1" is not a date; use yyyy-MM-dd</source>
        <translation>export: --since "%1" nie jest datą; użyj formatu yyyy-MM-dd</translation>
    </message>
    <message>
        <location line="+10" />
        <source>export: --place and --since are for --pack progress</source>
        <translation>export: --place i --since dotyczą --pack progress</translation>
    </message>
    <message>
        <location filename="../app/cli/ServeCommand.cpp" line="+27" />
        <source>the poll to open, by its number in the file (from 1)</source>
        <translation>ankieta do otwarcia, według jej numeru w pliku (od 1)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>the session file; votes are committed to it as they arrive</source>
        <translation>plik sesji; głosy są w nim zapisywane w miarę napływania</translation>
    </message>
    <message>
        <location line="+13" />
        <source>serve: --poll needs a poll number from 1</source>
        <translation>serve: --poll wymaga numeru ankiety od 1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>serve: --port needs a number from 0 to 65535</source>
        <translation>serve: --port wymaga liczby od 0 do 65535</translation>
    </message>
    <message>
        <location line="-30" />
        <source>the address of this computer to listen on (default: the first IPv4 address of a running network interface that is not a VPN, container or virtual machine, else 127.0.0.1)</source>
        <translation>adres tego komputera, na którym ma odbywać się nasłuchiwanie (domyślnie: pierwszy adres IPv4 działającego interfejsu sieciowego, który nie jest VPN, kontenerem ani maszyną wirtualną, a w przeciwnym razie 127.0.0.1)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the port (default 8765, as in the window, so the poll's link stays the same; 0: any free port)</source>
        <translation>port (domyślnie 8765, jak w oknie, aby link do ankiety się nie zmieniał; 0: dowolny wolny port)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>also write the voting address's QR code to OUT.png (to print or project)</source>
        <translation>zapisuje też kod QR adresu do głosowania do pliku OUT.png (do wydruku lub wyświetlenia na projektorze)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>serve: unexpected argument %1; usage: serve FILE --poll N [--bind ADDR] [--port P] [--qr OUT.png]</source>
        <translation>serve: nieoczekiwany argument %1; użycie: serve FILE --poll N [--bind ADDR] [--port P] [--qr OUT.png]</translation>
    </message>
    <message>
        <location line="+15" />
        <source>serve: usage: serve FILE --poll N [--bind ADDR] [--port P] [--qr OUT.png]</source>
        <translation>serve: użycie: serve FILE --poll N [--bind ADDR] [--port P] [--qr OUT.png]</translation>
    </message>
    <message>
        <location line="+22" />
        <source>serve: --bind %1 is not an IP address</source>
        <translation>serve: --bind %1 nie jest adresem IP</translation>
    </message>
    <message>
        <location line="+3" />
        <source>serve: --bind %1 would listen on every interface; name one address</source>
        <translation>serve: --bind %1 nasłuchiwałby na każdym interfejsie; podaj jeden adres</translation>
    </message>
    <message>
        <location line="+2" />
        <source>serve: --bind %1 is not an address of this computer</source>
        <translation>serve: --bind %1 nie jest adresem tego komputera</translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>serve: %1 has %n poll(s); there is no poll %2</source>
        <translation>
            <numerusform>serve: %1 ma %n ankietę; nie ma ankiety %2</numerusform>
            <numerusform>serve: %1 ma %n ankiety; nie ma ankiety %2</numerusform>
            <numerusform>serve: %1 ma %n ankiet; nie ma ankiety %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>serve: cannot open poll %1 in %2: %3</source>
        <translation>serve: nie można otworzyć ankiety %1 w %2: %3</translation>
    </message>
    <message>
        <location line="+5" />
        <source>serve: cannot set up signal handling</source>
        <translation>serve: nie można ustawić obsługi sygnałów</translation>
    </message>
    <message>
        <location line="+5" />
        <source>serve: %1</source>
        <translation>serve: %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>serve: cannot write the QR code to %1: %2</source>
        <translation>serve: nie można zapisać kodu QR do %1: %2</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Listening on %1 (%2) only. Stop with Ctrl+C.</source>
        <translation>Nasłuchiwanie tylko na %1 (%2). Zatrzymaj klawiszami Ctrl+C.</translation>
    </message>
    <message>
        <location filename="../app/cli/RoomCommand.cpp" line="+90" />
        <location filename="../app/cli/ServeCommand.cpp" line="+3" />
        <source>Listening on %1 only. Stop with Ctrl+C.</source>
        <translation>Nasłuchiwanie tylko na %1. Zatrzymaj klawiszami Ctrl+C.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ServeCommand.cpp" line="+13" />
        <source>Poll %1 closed; %n vote(s) recorded in this run.</source>
        <translation>
            <numerusform>Ankieta %1 zamknięta; w tym przebiegu zapisano %n głos.</numerusform>
            <numerusform>Ankieta %1 zamknięta; w tym przebiegu zapisano %n głosy.</numerusform>
            <numerusform>Ankieta %1 zamknięta; w tym przebiegu zapisano %n głosów.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/TemplatesCommand.cpp" line="+16" />
        <source>templates: takes no arguments</source>
        <translation>templates: nie przyjmuje argumentów</translation>
    </message>
    <message>
        <location filename="../app/cli/RoomCommand.cpp" line="-51" />
        <source>the address of this computer to listen on (default: a network interface that is up and not a VPN, container or virtual machine's; else 127.0.0.1)</source>
        <translation>adres tego komputera, na którym ma odbywać się nasłuchiwanie (domyślnie: aktywny interfejs sieciowy, który nie należy do VPN, kontenera ani maszyny wirtualnej; w przeciwnym razie 127.0.0.1)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the port (default: the one this session used last, else 47800)</source>
        <translation>port (domyślnie: ten, którego ta sesja użyła ostatnio, a w przeciwnym razie 47800)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the session file: the room's record</source>
        <translation>plik sesji: zapis przebiegu sali</translation>
    </message>
    <message>
        <location line="+5" />
        <source>room host: usage: room host FILE [--bind ADDR] [--port P]</source>
        <translation>room host: użycie: room host FILE [--bind ADDR] [--port P]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>room host: --port needs a number from 0 to 65535</source>
        <translation>room host: --port wymaga liczby od 0 do 65535</translation>
    </message>
    <message>
        <location line="+7" />
        <source>room host: --bind %1 is not an IP address</source>
        <translation>room host: --bind %1 nie jest adresem IP</translation>
    </message>
    <message>
        <location line="+4" />
        <source>room host: --bind %1 would listen on every interface; name one address</source>
        <translation>room host: --bind %1 nasłuchiwałby na każdym interfejsie; podaj jeden adres</translation>
    </message>
    <message>
        <location line="+2" />
        <source>room host: --bind %1 is not an address of this computer</source>
        <translation>room host: --bind %1 nie jest adresem tego komputera</translation>
    </message>
    <message>
        <location line="+13" />
        <source>room host: %1</source>
        <translation>room host: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Join code: %1 (on %2, port %3)</source>
        <translation>Kod dołączenia: %1 (na %2, port %3)</translation>
    </message>
    <message>
        <location line="-10" />
        <source>room host: cannot set up signal handling</source>
        <translation>room host: nie można ustawić obsługi sygnałów</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Room closed; the session file holds everything the laptops sent.</source>
        <translation>Sala zamknięta; plik sesji zawiera wszystko, co wysłały laptopy.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>what this laptop captures, e.g. table:3 or place:1 (shown on the host)</source>
        <translation>co zapisuje ten laptop, np. table:3 lub place:1 (widoczne u gospodarza)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the room's address (http://…/room/…), or "ADDRESS CODE" in quotes</source>
        <translation>adres sali (http://…/room/…) albo "ADDRESS CODE" w cudzysłowie</translation>
    </message>
    <message>
        <location line="+2" />
        <source>this laptop's copy of the session; received from the room when missing</source>
        <translation>kopia sesji na tym laptopie; jeśli jej brak, zostanie odebrana z sali</translation>
    </message>
    <message>
        <location line="+5" />
        <source>room join: usage: room join ROOM FILE [--captures WHAT]</source>
        <translation>room join: użycie: room join ROOM FILE [--captures WHAT]</translation>
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
        <translation>room join: nie można odebrać sesji z %1: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Received the room's session into %1.</source>
        <translation>Odebrano sesję sali do pliku %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The room cannot be reached yet (%1); edits wait in the file.</source>
        <translation>Nie można jeszcze połączyć się z salą (%1); zmiany czekają w pliku.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>room join: %1 is not a copy of the room's session ("%2"); join without a file to receive it</source>
        <translation>room join: %1 nie jest kopią sesji sali ("%2"); dołącz bez pliku, aby ją odebrać</translation>
    </message>
    <message>
        <location line="-20" />
        <source>room join: cannot set up signal handling</source>
        <translation>room join: nie można ustawić obsługi sygnałów</translation>
    </message>
    <message numerus="yes">
        <location line="+42" />
        <source>Left the room; %n edit(s) still waiting for the host.</source>
        <translation>
            <numerusform>Opuszczono salę; %n zmiana nadal czeka na gospodarza.</numerusform>
            <numerusform>Opuszczono salę; %n zmiany nadal czekają na gospodarza.</numerusform>
            <numerusform>Opuszczono salę; %n zmian nadal czeka na gospodarza.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14" />
        <source>host the live room on this laptop, or join one as a table laptop (`roundtable room host --help`, `roundtable room join --help`)</source>
        <translation>prowadzi salę na żywo na tym laptopie albo dołącza do sali jako laptop stolika (`roundtable room host --help`, `roundtable room join --help`)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>room: say host or join; see roundtable room --help</source>
        <translation>room: podaj host lub join; zobacz roundtable room --help</translation>
    </message>
</context>
<context>
    <name>rt::edit</name>
    <message>
        <location filename="../core/commands/AgendaCommands.cpp" line="+26" />
        <source>Move “%1”</source>
        <translation>Przenieś „%1”</translation>
    </message>
    <message>
        <location filename="../core/commands/AgendaEdits.cpp" line="+39" />
        <source>Add agenda item</source>
        <translation>Dodaj punkt programu</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Edit agenda item</source>
        <translation>Edytuj punkt programu</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Attach poll</source>
        <translation>Dołącz ankietę</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Edit guidance</source>
        <translation>Edytuj wskazówki</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Edit what the room sees</source>
        <translation>Edytuj to, co widzi sala</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Delete “%1”</source>
        <translation>Usuń „%1”</translation>
    </message>
    <message>
        <location filename="../core/commands/EventEdits.cpp" line="+100" />
        <location line="+10" />
        <source>Edit event details</source>
        <translation>Edytuj szczegóły wydarzenia</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Change export settings</source>
        <translation>Zmień ustawienia eksportu</translation>
    </message>
    <message>
        <location filename="../core/commands/NoteEdits.cpp" line="+57" />
        <source>Mark key points</source>
        <translation>Oznacz jako kluczowe punkty</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Unmark key points</source>
        <translation>Usuń oznaczenie kluczowych punktów</translation>
    </message>
    <message>
        <location filename="../core/commands/NoteCommands.cpp" line="+47" />
        <source>Add note</source>
        <translation>Dodaj notatkę</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Add %n note(s)</source>
        <translation>
            <numerusform>Dodaj %n notatkę</numerusform>
            <numerusform>Dodaj %n notatki</numerusform>
            <numerusform>Dodaj %n notatek</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11" />
        <source>Edit note</source>
        <translation>Edytuj notatkę</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Mark key point</source>
        <translation>Oznacz jako kluczowy punkt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unmark key point</source>
        <translation>Usuń oznaczenie kluczowego punktu</translation>
    </message>
    <message>
        <location line="+6" />
        <location filename="../core/commands/NoteEdits.cpp" line="+17" />
        <location line="+45" />
        <source>Move note</source>
        <translation>Przenieś notatkę</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/commands/NoteEdits.cpp" line="-45" />
        <location line="+45" />
        <source>Move %n note(s)</source>
        <translation>
            <numerusform>Przenieś %n notatkę</numerusform>
            <numerusform>Przenieś %n notatki</numerusform>
            <numerusform>Przenieś %n notatek</numerusform>
        </translation>
    </message>
    <message>
        <location line="-31" />
        <source>Move note to %1</source>
        <translation>Przenieś notatkę do %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Move %n note(s) to %1</source>
        <translation>
            <numerusform>Przenieś %n notatkę do %1</numerusform>
            <numerusform>Przenieś %n notatki do %1</numerusform>
            <numerusform>Przenieś %n notatek do %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42" />
        <source>Delete note</source>
        <translation>Usuń notatkę</translation>
    </message>
    <message numerus="yes">
        <location line="+0" />
        <source>Delete %n note(s)</source>
        <translation>
            <numerusform>Usuń %n notatkę</numerusform>
            <numerusform>Usuń %n notatki</numerusform>
            <numerusform>Usuń %n notatek</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11" />
        <source>Add prompt</source>
        <translation>Dodaj pytanie</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Edit prompt</source>
        <translation>Edytuj pytanie</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Remove prompt “%1”</source>
        <translation>Usuń pytanie „%1”</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Add table</source>
        <translation>Dodaj stolik</translation>
    </message>
    <message>
        <location line="+18" />
        <location line="+9" />
        <source>Edit table</source>
        <translation>Edytuj stolik</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Delete %1</source>
        <translation>Usuń %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Move table</source>
        <translation>Przenieś stolik</translation>
    </message>
    <message>
        <location filename="../core/commands/PlaceEdits.cpp" line="+108" />
        <location line="+20" />
        <source>Move idea</source>
        <translation>Przenieś pomysł</translation>
    </message>
    <message numerus="yes">
        <location line="-19" />
        <location line="+20" />
        <source>Move %n idea(s)</source>
        <translation>
            <numerusform>Przenieś %n pomysł</numerusform>
            <numerusform>Przenieś %n pomysły</numerusform>
            <numerusform>Przenieś %n pomysłów</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>Delete idea</source>
        <translation>Usuń pomysł</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Delete %n idea(s)</source>
        <translation>
            <numerusform>Usuń %n pomysł</numerusform>
            <numerusform>Usuń %n pomysły</numerusform>
            <numerusform>Usuń %n pomysłów</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13" />
        <location line="+26" />
        <source>Add idea</source>
        <translation>Dodaj pomysł</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Add %n idea(s)</source>
        <translation>
            <numerusform>Dodaj %n pomysł</numerusform>
            <numerusform>Dodaj %n pomysły</numerusform>
            <numerusform>Dodaj %n pomysłów</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18" />
        <source>Edit idea</source>
        <translation>Edytuj pomysł</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Make action from idea</source>
        <translation>Utwórz działanie z pomysłu</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Add place</source>
        <translation>Dodaj obszar</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Delete place</source>
        <translation>Usuń obszar</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Reorder places</source>
        <translation>Zmień kolejność obszarów</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Edit what the place prioritised</source>
        <translation>Edytuj priorytety obszaru</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Add aim</source>
        <translation>Dodaj cel</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Delete aim</source>
        <translation>Usuń cel</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Reorder aims</source>
        <translation>Zmień kolejność celów</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Add action</source>
        <translation>Dodaj działanie</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Delete action</source>
        <translation>Usuń działanie</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Delete %n action(s)</source>
        <translation>
            <numerusform>Usuń %n działanie</numerusform>
            <numerusform>Usuń %n działania</numerusform>
            <numerusform>Usuń %n działań</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>Reorder actions</source>
        <translation>Zmień kolejność działań</translation>
    </message>
    <message>
        <location filename="../core/commands/PollEdits.cpp" line="+72" />
        <source>Add poll</source>
        <translation>Dodaj ankietę</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Remove poll</source>
        <translation>Usuń ankietę</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Edit poll question</source>
        <translation>Edytuj pytanie ankiety</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Change poll kind</source>
        <translation>Zmień rodzaj ankiety</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Change most choices</source>
        <translation>Zmień maksymalną liczbę wyborów</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Attach poll to place</source>
        <translation>Przypisz ankietę do obszaru</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Show results after voting closes</source>
        <translation>Pokazuj wyniki po zamknięciu głosowania</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show results live</source>
        <translation>Pokazuj wyniki na żywo</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Change poll role</source>
        <translation>Zmień rolę ankiety</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Open voting</source>
        <translation>Otwórz głosowanie</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Close voting</source>
        <translation>Zamknij głosowanie</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Add option</source>
        <translation>Dodaj opcję</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Remove option</source>
        <translation>Usuń opcję</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Move option</source>
        <translation>Przenieś opcję</translation>
    </message>
    <message numerus="yes">
        <location line="+19" />
        <source>Count %n hand(s)</source>
        <translation>
            <numerusform>Zlicz %n podniesioną rękę</numerusform>
            <numerusform>Zlicz %n podniesione ręce</numerusform>
            <numerusform>Zlicz %n podniesionych rąk</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33" />
        <source>Cast vote</source>
        <translation>Oddaj głos</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Hide answer</source>
        <translation>Ukryj odpowiedź</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show answer</source>
        <translation>Pokaż odpowiedź</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+1" />
        <source>Clear poll results</source>
        <translation>Wyczyść wyniki ankiety</translation>
    </message>
    <message>
        <location filename="../core/commands/MergeEdits.cpp" line="+205" />
        <source>Use other value from merge</source>
        <translation>Użyj drugiej wartości ze scalania</translation>
    </message>
    <message>
        <location filename="../core/commands/FollowEdits.cpp" line="+51" />
        <source>Set action status</source>
        <translation>Ustaw status działania</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Set due date</source>
        <translation>Ustaw termin</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Edit by when</source>
        <translation>Edytuj „Do kiedy?”</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Mark action reviewed</source>
        <translation>Oznacz działanie jako przejrzane</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Mark %n action(s) reviewed</source>
        <translation>
            <numerusform>Oznacz %n działanie jako przejrzane</numerusform>
            <numerusform>Oznacz %n działania jako przejrzane</numerusform>
            <numerusform>Oznacz %n działań jako przejrzane</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16" />
        <source>Add progress update</source>
        <translation>Dodaj aktualizację postępów</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Edit progress update</source>
        <translation>Edytuj aktualizację postępów</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Delete progress update</source>
        <translation>Usuń aktualizację postępów</translation>
    </message>
</context>
<context>
    <name>rt::followup</name>
    <message>
        <location filename="../core/models/ActionFollowUp.cpp" line="+103" />
        <source>Review action</source>
        <translation>Przejrzyj działanie</translation>
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
        <translation>Poprowadź seminarium z facylitacją i opublikuj pakiet podsumowania z dosłownymi wypowiedziami.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The session file to open.</source>
        <translation>Plik sesji do otwarcia.</translation>
    </message>
    <message>
        <location line="+46" />
        <source>unknown view %1; see roundtable screenshot --help</source>
        <translation>nieznany widok %1; zobacz roundtable screenshot --help</translation>
    </message>
    <message>
        <location line="+20" />
        <source>%1: expected review:P or review:P:N (places and actions are numbered from 1)</source>
        <translation>%1: oczekiwano review:P lub review:P:N (obszary i działania są numerowane od 1)</translation>
    </message>
    <message>
        <location line="+19" />
        <source>%1: the place has %2</source>
        <translation>%1: obszar ma %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n działanie</numerusform>
            <numerusform>%n działania</numerusform>
            <numerusform>%n działań</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19" />
        <source>rendering needs a QApplication</source>
        <translation>renderowanie wymaga QApplication</translation>
    </message>
    <message>
        <location line="+4" />
        <source>no session is open</source>
        <translation>żadna sesja nie jest otwarta</translation>
    </message>
    <message>
        <location line="+5" />
        <source>size %1x%2 is outside 100x100 … 8000x8000</source>
        <translation>rozmiar %1x%2 wykracza poza zakres 100x100 … 8000x8000</translation>
    </message>
    <message>
        <location line="+38" />
        <source>the Agenda page</source>
        <translation>strona Program</translation>
    </message>
    <message>
        <location line="+0" />
        <source>the Tables page</source>
        <translation>strona Stoliki</translation>
    </message>
    <message>
        <location line="+0" />
        <source>the Places page</source>
        <translation>strona Obszary</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the Polls page</source>
        <translation>strona Ankiety</translation>
    </message>
    <message>
        <location line="+0" />
        <source>the Data pack page</source>
        <translation>strona Pakiet danych</translation>
    </message>
    <message>
        <location line="+0" />
        <source>the Export page</source>
        <translation>strona Eksport</translation>
    </message>
    <message>
        <location line="+18" />
        <source>dialog:conflicts — Edit ▸ Merge Conflicts…, at its own size</source>
        <translation>dialog:conflicts — Edycja ▸ Konflikty scalania…, we własnym rozmiarze</translation>
    </message>
    <message>
        <location line="+1" />
        <source>dialog:laptop — File ▸ This Laptop…, at its own size</source>
        <translation>dialog:laptop — Plik ▸ Ten laptop…, we własnym rozmiarze</translation>
    </message>
    <message>
        <location line="+1" />
        <source>dialog:room — Room ▸ Host a Room…, at its own size</source>
        <translation>dialog:room — Sala ▸ Utwórz salę…, we własnym rozmiarze</translation>
    </message>
    <message>
        <location line="+1" />
        <source>dialog:join — Room ▸ Join a Room…, at its own size</source>
        <translation>dialog:join — Sala ▸ Dołącz do sali…, we własnym rozmiarze</translation>
    </message>
</context>
<context>
    <name>rt::polls</name>
    <message numerus="yes">
        <location filename="../app/polls/PollData.cpp" line="+55" />
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n głos</numerusform>
            <numerusform>%n głosy</numerusform>
            <numerusform>%n głosów</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+22" />
        <source>votes</source>
        <translation>głosy</translation>
    </message>
    <message>
        <location line="-20" />
        <source>%1; each voter may choose several options.</source>
        <translation>%1; każdy głosujący może wybrać kilka opcji.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>points</source>
        <translation>punkty</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1. Points: with %2 options, a first place earns %3 points, a second %4, … a last 0 (Borda count).</source>
        <translation>%1. Punkty: przy %2 opcjach pierwsze miejsce daje %3 pkt, drugie %4, … ostatnie 0 (metoda Bordy).</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1; mean %2 on a scale of 1 to %3.</source>
        <translation>%1; średnia %2 na skali od 1 do %3.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1; bigger words were given more often.</source>
        <translation>%1; większe słowa padały częściej.</translation>
    </message>
    <message numerus="yes">
        <location line="+16" />
        <source>%n stored answer(s) do not fit this poll and are not counted.</source>
        <translation>
            <numerusform>%n zapisana odpowiedź nie pasuje do tej ankiety i nie jest liczona.</numerusform>
            <numerusform>%n zapisane odpowiedzi nie pasują do tej ankiety i nie są liczone.</numerusform>
            <numerusform>%n zapisanych odpowiedzi nie pasuje do tej ankiety i nie są one liczone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>%n answer(s) hidden by the facilitator.</source>
        <translation>
            <numerusform>%n odpowiedź ukryta przez facylitatora.</numerusform>
            <numerusform>%n odpowiedzi ukryte przez facylitatora.</numerusform>
            <numerusform>%n odpowiedzi ukrytych przez facylitatora.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13" />
        <source>Single choice</source>
        <translation>Jednokrotny wybór</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Multiple choice</source>
        <translation>Wielokrotny wybór</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ranking</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Word cloud</source>
        <translation>Chmura słów</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open answers</source>
        <translation>Otwarte odpowiedzi</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Unknown</source>
        <translation>Nieznany</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Open for voting</source>
        <translation>Otwarta do głosowania</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Closed</source>
        <translation>Zamknięta</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Draft</source>
        <translation>Wersja robocza</translation>
    </message>
</context>
<context>
    <name>rt::polls::AnswerListModel</name>
    <message>
        <location filename="../app/polls/AnswerListModel.cpp" line="+48" />
        <source>Hidden: %1</source>
        <translation>Ukryta: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Hidden by the facilitator: kept in the file, left out of the projector and the pack.</source>
        <translation>Ukryta przez facylitatora: zachowana w pliku, pominięta na projektorze i w pakiecie.</translation>
    </message>
</context>
<context>
    <name>rt::polls::KioskWidget</name>
    <message>
        <location filename="../app/polls/KioskWidget.cpp" line="+57" />
        <source>Facilitator: %1 leaves the kiosk.</source>
        <translation>Facylitator: %1 zamyka kiosk.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Cast my vote</source>
        <translation>Oddaj głos</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Thank you — your vote is recorded.</source>
        <translation>Dziękujemy — Twój głos został zapisany.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Please pass the laptop to the next person.</source>
        <translation>Przekaż laptopa następnej osobie.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Next voter</source>
        <translation>Następna osoba</translation>
    </message>
    <message>
        <location line="+17" />
        <location line="+90" />
        <source>Voting has not started yet.</source>
        <translation>Głosowanie jeszcze się nie rozpoczęło.</translation>
    </message>
    <message>
        <location line="-83" />
        <source>Voting has closed. The results:</source>
        <translation>Głosowanie zostało zamknięte. Wyniki:</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Roundtable — voting</source>
        <translation>Roundtable — głosowanie</translation>
    </message>
    <message>
        <location line="+39" />
        <source>There is no poll to vote on.</source>
        <translation>Nie ma ankiety, w której można głosować.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Choose up to %1 answers.</source>
        <translation>Wybierz maksymalnie %1 odpowiedzi.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose one or more answers.</source>
        <translation>Wybierz jedną lub więcej odpowiedzi.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose one answer.</source>
        <translation>Wybierz jedną odpowiedź.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Choose a point on the scale.</source>
        <translation>Wybierz punkt na skali.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Put the options in order, most important first: select one and move it.</source>
        <translation>Ustaw opcje w kolejności, od najważniejszej: zaznacz opcję i przenieś ją.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Move up</source>
        <translation>Przenieś w górę</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move down</source>
        <translation>Przenieś w dół</translation>
    </message>
    <message>
        <location line="+14" />
        <source>A word or a short phrase.</source>
        <translation>Słowo lub krótkie wyrażenie.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Your answer.</source>
        <translation>Twoja odpowiedź.</translation>
    </message>
    <message>
        <location line="+77" />
        <source>Please answer before casting your vote.</source>
        <translation>Odpowiedz przed oddaniem głosu.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The vote could not be saved: %1</source>
        <translation>Nie udało się zapisać głosu: %1</translation>
    </message>
</context>
<context>
    <name>rt::polls::PhonePanel</name>
    <message>
        <location filename="../app/polls/PhonePanel.cpp" line="+36" />
        <location line="+65" />
        <source>Phones must be on this network. Only this address is listened on.</source>
        <translation>Telefony muszą być połączone z tą siecią. Nasłuchiwanie odbywa się tylko na tym adresie.</translation>
    </message>
    <message>
        <location line="-59" />
        <source>any free port</source>
        <translation>dowolny wolny port</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Network:</source>
        <translation>&amp;Sieć:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>QR code of the voting address</source>
        <translation>Kod QR adresu do głosowania</translation>
    </message>
    <message>
        <location line="+40" />
        <source>%1 — this computer only (for trying it out)</source>
        <translation>%1 — tylko ten komputer (do wypróbowania)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 — %2 (VPN, container or virtual machine)</source>
        <translation>%1 — %2 (VPN, kontener lub maszyna wirtualna)</translation>
    </message>
    <message>
        <location line="+80" />
        <source>Stop phone voting</source>
        <translation>Zatrzymaj głosowanie przez telefony</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Start phone voting</source>
        <translation>Rozpocznij głosowanie przez telefony</translation>
    </message>
    <message>
        <location line="+3" />
        <source> (another poll)</source>
        <translation> (inna ankieta)</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Phones can vote%1: scan the code or type the address. %n vote(s) received.</source>
        <translation>
            <numerusform>Telefony mogą głosować%1: zeskanuj kod lub wpisz adres. Otrzymano %n głos.</numerusform>
            <numerusform>Telefony mogą głosować%1: zeskanuj kod lub wpisz adres. Otrzymano %n głosy.</numerusform>
            <numerusform>Telefony mogą głosować%1: zeskanuj kod lub wpisz adres. Otrzymano %n głosów.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>Voting is closed. Phones that open the link are told so; it stays the same if voting opens again.</source>
        <translation>Głosowanie jest zamknięte. Telefony, które otworzą link, otrzymają taką informację; link pozostanie taki sam, jeśli głosowanie zostanie ponownie otwarte.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Phones on the same network vote in their browser; nothing leaves the room. If the network keeps devices apart, use the kiosk or count hands instead.</source>
        <translation>Telefony w tej samej sieci głosują w przeglądarce; nic nie opuszcza sali. Jeśli sieć izoluje od siebie urządzenia, użyj kiosku lub zlicz podniesione ręce.</translation>
    </message>
</context>
<context>
    <name>rt::polls::ProjectorPollPanel</name>
    <message>
        <location filename="../app/polls/ProjectorPollPanel.cpp" line="+141" />
        <source>QR code of the voting address</source>
        <translation>Kod QR adresu do głosowania</translation>
    </message>
    <message>
        <location line="+97" />
        <source>VOTE NOW</source>
        <translation>GŁOSUJ TERAZ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>VOTE NOW — scan the code</source>
        <translation>GŁOSUJ TERAZ — zeskanuj kod</translation>
    </message>
    <message>
        <location line="+2" />
        <source>FINAL RESULTS</source>
        <translation>WYNIKI KOŃCOWE</translation>
    </message>
    <message>
        <location line="+0" />
        <source>NOT OPEN YET</source>
        <translation>JESZCZE NIEOTWARTA</translation>
    </message>
    <message numerus="yes">
        <location line="+22" />
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n głos</numerusform>
            <numerusform>%n głosy</numerusform>
            <numerusform>%n głosów</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>Results when voting closes</source>
        <translation>Wyniki po zamknięciu głosowania</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n answer(s); the latest: “%1”</source>
        <translation>
            <numerusform>%n odpowiedź; ostatnia: „%1”</numerusform>
            <numerusform>%n odpowiedzi; ostatnia: „%1”</numerusform>
            <numerusform>%n odpowiedzi; ostatnia: „%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rt::room</name>
    <message>
        <location filename="../core/room/RoomClient.cpp" line="+44" />
        <source>the host laptop cannot be reached</source>
        <translation>nie można połączyć się z laptopem gospodarza</translation>
    </message>
    <message>
        <location line="+190" />
        <source>the host's answer is not a room's</source>
        <translation>odpowiedź gospodarza nie pochodzi z sali</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the host runs a different version of Roundtable; use the same version on every laptop</source>
        <translation>gospodarz używa innej wersji Roundtable; używaj tej samej wersji na każdym laptopie</translation>
    </message>
    <message>
        <location line="+17" />
        <source>cannot write %1: %2</source>
        <translation>nie można zapisać %1: %2</translation>
    </message>
    <message>
        <location filename="../core/room/RoomProtocol.cpp" line="+52" />
        <source>This is not a room's address: it looks like http://192.168.1.20:47800/room/….</source>
        <translation>To nie jest adres sali: adres sali wygląda tak: http://192.168.1.20:47800/room/….</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Type the room's address, or the host laptop's address and the join code shown on it (for example 192.168.1.20 ABCD-EFGH-…).</source>
        <translation>Wpisz adres sali albo adres laptopa gospodarza i widoczny na nim kod dołączenia (na przykład 192.168.1.20 ABCD-EFGH-…).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The join code has a letter it never uses (%1): check it on the host laptop.</source>
        <translation>Kod dołączenia zawiera literę, która nigdy w nim nie występuje (%1): sprawdź go na laptopie gospodarza.</translation>
    </message>
</context>
<context>
    <name>rt::room::RoomClient</name>
    <message>
        <location filename="../core/room/RoomClient.cpp" line="-139" />
        <source>Joining the room…</source>
        <translation>Dołączanie do sali…</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>In room · synced %1 s ago · %n edit(s) sending</source>
        <translation>
            <numerusform>W sali · zsynchronizowano %1 s temu · wysyłanie: %n zmiana</numerusform>
            <numerusform>W sali · zsynchronizowano %1 s temu · wysyłanie: %n zmiany</numerusform>
            <numerusform>W sali · zsynchronizowano %1 s temu · wysyłanie: %n zmian</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>In room · synced %1 s ago</source>
        <translation>W sali · zsynchronizowano %1 s temu</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Offline · %n edit(s) waiting</source>
        <translation>
            <numerusform>Bez połączenia · czeka %n zmiana</numerusform>
            <numerusform>Bez połączenia · czekają %n zmiany</numerusform>
            <numerusform>Bez połączenia · czeka %n zmian</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not in the room: %1</source>
        <translation>Poza salą: %1</translation>
    </message>
</context>
<context>
    <name>rt::room::RoomServer</name>
    <message>
        <location filename="../core/room/RoomServer.cpp" line="+103" />
        <source>cannot listen on %1: %2</source>
        <translation>nie można nasłuchiwać na %1: %2</translation>
    </message>
    <message>
        <location line="+99" />
        <location line="+6" />
        <source>request header too large</source>
        <translation>nagłówek żądania jest za duży</translation>
    </message>
    <message>
        <location line="+9" />
        <source>not an HTTP request</source>
        <translation>to nie jest żądanie HTTP</translation>
    </message>
    <message>
        <location line="+17" />
        <source>bad Content-Length</source>
        <translation>nieprawidłowy nagłówek Content-Length</translation>
    </message>
    <message>
        <location line="+10" />
        <source>a body needs a Content-Length</source>
        <translation>treść żądania wymaga nagłówka Content-Length</translation>
    </message>
    <message>
        <location line="+4" />
        <source>request too large</source>
        <translation>żądanie jest za duże</translation>
    </message>
    <message>
        <location line="+10" />
        <source>too many requests</source>
        <translation>zbyt wiele żądań</translation>
    </message>
    <message>
        <location line="+37" />
        <location line="+26" />
        <source>no such page</source>
        <translation>nie ma takiej strony</translation>
    </message>
    <message>
        <location line="-22" />
        <source>this is not the room's key</source>
        <translation>to nie jest klucz tej sali</translation>
    </message>
    <message>
        <location line="+20" />
        <source>wrong method</source>
        <translation>niewłaściwa metoda</translation>
    </message>
    <message>
        <location line="+25" />
        <source>the body is not JSON: %1</source>
        <translation>treść nie jest w formacie JSON: %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>this laptop runs a different version of Roundtable than the host; use the same version</source>
        <translation>ten laptop używa innej wersji Roundtable niż gospodarz; użyj tej samej wersji</translation>
    </message>
    <message>
        <location line="+4" />
        <source>this laptop's session is not a copy of the room's session</source>
        <translation>sesja tego laptopa nie jest kopią sesji sali</translation>
    </message>
    <message>
        <location line="+9" />
        <source>device and gseq are required</source>
        <translation>pola device i gseq są wymagane</translation>
    </message>
    <message>
        <location line="+10" />
        <source>outbox entries must have increasing seq and base64 changes</source>
        <translation>wpisy outbox muszą mieć rosnące seq i zmiany w base64</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the host could not apply this laptop's edits: %1</source>
        <translation>gospodarz nie mógł zastosować zmian z tego laptopa: %1</translation>
    </message>
</context>
<context>
    <name>rt::vote::RoomNetwork</name>
    <message>
        <location filename="../core/vote/RoomNetwork.cpp" line="+59" />
        <source>Passed over as VPN, container or virtual-machine networks, which phones are not on: %1.</source>
        <translation>Pominięto jako sieci VPN, kontenerów lub maszyn wirtualnych, w których nie ma telefonów: %1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Chose %1 (%2): the first network that is up and is not a VPN, container or virtual machine. Use --bind to choose another.</source>
        <translation>Wybrano %1 (%2): pierwszą aktywną sieć, która nie jest VPN, kontenerem ani maszyną wirtualną. Użyj --bind, aby wybrać inną.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Chose 127.0.0.1 (this computer only): no room network is up, so phones cannot reach it. Join the room's Wi-Fi or start a hotspot, or use --bind.</source>
        <translation>Wybrano 127.0.0.1 (tylko ten komputer): żadna sieć w sali nie jest aktywna, więc telefony nie mogą się z nim połączyć. Połącz się z Wi-Fi w sali, uruchom hotspot albo użyj --bind.</translation>
    </message>
</context>
<context>
    <name>rt::vote::VoteServer</name>
    <message>
        <location filename="../core/vote/VoteServer.cpp" line="+202" />
        <source>There is no such poll to vote on.</source>
        <translation>Nie ma takiej ankiety, w której można głosować.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Nie można nasłuchiwać na %1, port %2: %3</translation>
    </message>
    <message>
        <location line="+117" />
        <source>This page tries again by itself.</source>
        <translation>Ta strona sama spróbuje ponownie.</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+25" />
        <source>Many phones are voting</source>
        <translation>Głosuje wiele telefonów</translation>
    </message>
    <message>
        <location line="-24" />
        <source>Many phones are voting at once. Wait a moment.</source>
        <translation>Wiele telefonów głosuje jednocześnie. Poczekaj chwilę.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Your phone's request could not be read</source>
        <translation>Nie udało się odczytać żądania z Twojego telefonu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Go back and try again, or scan the code on the screen again.</source>
        <translation>Wróć i spróbuj ponownie albo ponownie zeskanuj kod na ekranie.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>This voting link is not in use</source>
        <translation>Ten link do głosowania nie jest używany</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Scan the code on the screen again, or ask the facilitator for the address.</source>
        <translation>Ponownie zeskanuj kod na ekranie albo poproś facylitatora o adres.</translation>
    </message>
    <message>
        <location line="+69" />
        <source>This poll is closed</source>
        <translation>Ta ankieta jest zamknięta</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Voting has not started yet</source>
        <translation>Głosowanie jeszcze się nie rozpoczęło</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Voting has not started yet. This page opens the poll by itself when the facilitator starts it.</source>
        <translation>Głosowanie jeszcze się nie rozpoczęło. Ta strona sama otworzy ankietę, gdy facylitator ją uruchomi.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Vote</source>
        <translation>Głosowanie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Loading the poll…</source>
        <translation>Wczytywanie ankiety…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cannot load the poll. Trying again…</source>
        <translation>Nie można wczytać ankiety. Ponawianie próby…</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+20" />
        <source>Send my vote</source>
        <translation>Wyślij głos</translation>
    </message>
    <message>
        <location line="-19" />
        <source>This page needs JavaScript to send a vote.</source>
        <translation>Do wysłania głosu ta strona potrzebuje JavaScriptu.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Change my vote</source>
        <translation>Zmień głos</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Vote recorded — you can change it until the poll closes.</source>
        <translation>Głos zapisany — możesz go zmienić do zamknięcia ankiety.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Many phones are voting at once. Sending again…</source>
        <translation>Wiele telefonów głosuje jednocześnie. Ponowne wysyłanie…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Your vote was not recorded. Check your answer and send it again.</source>
        <translation>Twój głos nie został zapisany. Sprawdź odpowiedź i wyślij ją ponownie.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Your answer is too long. Shorten it and send it again.</source>
        <translation>Twoja odpowiedź jest za długa. Skróć ją i wyślij ponownie.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This voting link is not in use. Scan the code on the screen again.</source>
        <translation>Ten link do głosowania nie jest używany. Ponownie zeskanuj kod na ekranie.</translation>
    </message>
    <message>
        <location line="-62" />
        <location line="+53" />
        <source>This poll is closed. Thank you!</source>
        <translation>Ta ankieta jest zamknięta. Dziękujemy!</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Voting has not started yet. Reload the page when the facilitator opens it.</source>
        <translation>Głosowanie jeszcze się nie rozpoczęło. Odśwież stronę, gdy facylitator je otworzy.</translation>
    </message>
    <message>
        <location line="-110" />
        <location line="+111" />
        <source>Too many tries at once — wait a moment and send again.</source>
        <translation>Zbyt wiele prób naraz — odczekaj chwilę i wyślij ponownie.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Cannot reach the facilitator's laptop. Voting may have closed.</source>
        <translation>Nie można połączyć się z laptopem facylitatora. Głosowanie mogło zostać zamknięte.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose one answer.</source>
        <translation>Wybierz jedną odpowiedź.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose one or more answers.</source>
        <translation>Wybierz jedną lub więcej odpowiedzi.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose up to %1 answers.</source>
        <translation>Wybierz maksymalnie %1 odpowiedzi.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Put the options in order, most important first. Use the arrow buttons to move an option.</source>
        <translation>Ustaw opcje w kolejności, od najważniejszej. Użyj przycisków strzałek, aby przenieść opcję.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Move up: %1</source>
        <translation>Przenieś w górę: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move down: %1</source>
        <translation>Przenieś w dół: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose a point on the scale.</source>
        <translation>Wybierz punkt na skali.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A word or a short phrase.</source>
        <translation>Słowo lub krótkie wyrażenie.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Your answer.</source>
        <translation>Twoja odpowiedź.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Please answer before sending.</source>
        <translation>Odpowiedz przed wysłaniem głosu.</translation>
    </message>
</context>
</TS>