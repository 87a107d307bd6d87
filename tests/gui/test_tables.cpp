// SPDX-License-Identifier: GPL-3.0-or-later
// The Tables workspace: capture notes verbatim, move and flag them, search, feed back.
#include "TablesSample.h"
#include "TestSupport.h"

#include "commands/NoteEdits.h"
#include "models/NoteListModel.h"
#include "models/NoteSearchModel.h"
#include "models/TableListModel.h"
#include "session/Document.h"
#include "store/Store.h"
#include "tables/FeedbackView.h"
#include "tables/NoteDelegate.h"
#include "tables/NoteEntry.h"
#include "tables/NoteListView.h"
#include "tables/PromptColumn.h"
#include "tables/TableOverview.h"
#include "tables/TablePicker.h"
#include "tables/TablesWorkspace.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDialog>
#include <QDir>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <memory>

using namespace rt;

namespace {
const QString Text = QStringLiteral("text");

/** Everything a user could see change about notes: where each is, and what it says. */
QStringList noteState(const Store* store)
{
    QStringList out;
    const QList<Row> notes = store->rows(Kind::Note);
    for (const Row& n : notes)
        out << QStringLiteral("%1|t%2|p%3|#%4|k%5|%6")
                   .arg(n.id)
                   .arg(n.ref(QStringLiteral("table_id")))
                   .arg(n.ref(QStringLiteral("prompt_id")))
                   .arg(n.position)
                   .arg(n.flag(QStringLiteral("key_point")))
                   .arg(n.str(Text));
    out.sort();
    const QList<Row> tables = store->rows(Kind::Table);
    for (const Row& t : tables)
        out << QStringLiteral("table %1 #%2 %3 %4 %5")
                   .arg(t.id)
                   .arg(t.position)
                   .arg(t.ref(QStringLiteral("number")))
                   .arg(t.str(QStringLiteral("topic")), t.str(QStringLiteral("facilitator")));
    const QList<Row> prompts = store->rows(Kind::Prompt);
    for (const Row& p : prompts)
        out << QStringLiteral("prompt %1 #%2 %3 %4")
                   .arg(p.id)
                   .arg(p.position)
                   .arg(p.str(QStringLiteral("key")), p.str(QStringLiteral("question")));
    return out;
}
} // namespace

class TestTables : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<TablesWorkspace> m_ws;
    QList<qint64> m_prompts;
    QList<qint64> m_tables;

    Store* store() const { return m_doc->store(); }
    QUndoStack* undo() const { return m_doc->undoStack(); }
    PromptColumn* column(int i) const { return m_ws->columns().at(i); }
    QList<Row> notes(qint64 table, qint64 prompt) const
    {
        return store()->rows(Kind::Note,
                             {{QStringLiteral("table_id"), table}, {QStringLiteral("prompt_id"), prompt}});
    }
    QStringList texts(qint64 table, qint64 prompt) const
    {
        QStringList out;
        const QList<Row> rows = notes(table, prompt);
        for (const Row& r : rows)
            out << r.str(Text);
        return out;
    }

    /** A small session: three prompts, three tables, a few notes at table 1. */
    void openSmall()
    {
        m_ws.reset();
        m_doc = std::make_unique<Document>();
        const SessionError e = m_doc->create(m_dir.filePath(QStringLiteral("t%1.roundtable").arg(++m_files)));
        QVERIFY2(!e, qPrintable(e.message));
        m_prompts = sample::addPrompts(*store());
        m_tables = {sample::addTable(*store(), 1, QStringLiteral("Carers"), QStringLiteral("Ann")),
                    sample::addTable(*store(), 2, QStringLiteral("Mental health"), QStringLiteral("Bo")),
                    sample::addTable(*store(), 3, QStringLiteral("MSK"), QStringLiteral(""))};
        QVERIFY(!m_tables.contains(0));
        sample::addNote(*store(), m_tables[0], m_prompts[0], QStringLiteral("alpha"));
        sample::addNote(*store(), m_tables[0], m_prompts[0], QStringLiteral("beta"));
        sample::addNote(*store(), m_tables[0], m_prompts[0], QStringLiteral("gamma"));
        sample::addNote(*store(), m_tables[0], m_prompts[1], QStringLiteral("delta"));
        sample::addNote(*store(), m_tables[1], m_prompts[0], QStringLiteral("Bus routes matter"));
        showWorkspace();
    }

    void openSample()
    {
        m_ws.reset();
        m_doc = std::make_unique<Document>();
        const SessionError e = m_doc->create(m_dir.filePath(QStringLiteral("s%1.roundtable").arg(++m_files)));
        QVERIFY2(!e, qPrintable(e.message));
        sample::fill(*store());
        m_prompts = store()->ids(Kind::Prompt);
        m_tables = store()->ids(Kind::Table);
        showWorkspace();
    }

    void showWorkspace()
    {
        m_ws = std::make_unique<TablesWorkspace>(m_doc.get());
        m_ws->resize(1280, 800);
        m_ws->show();
        m_ws->activateWindow();
        QVERIFY(QTest::qWaitForWindowExposed(m_ws.get()));
        QVERIFY(QTest::qWaitForWindowActive(m_ws.get()));
    }

    NoteListView* openTableColumn(int table, int prompt)
    {
        m_ws->showTable(m_tables[table]);
        QCoreApplication::processEvents();
        return column(prompt)->view();
    }

private slots:
    void initTestCase()
    {
        // SessionFile::create records the version; an empty one is refused (NOT NULL).
        QCoreApplication::setApplicationVersion(QStringLiteral("test"));
        QVERIFY(m_dir.isValid());
    }
    void cleanup()
    {
        m_ws.reset();
        m_doc.reset();
    }

    void modelsPassTheTester();
    void typingAddsNotesAndKeepsFocus();
    void blankEnterAddsNothing();
    void hostileTextRoundTrips_data();
    void hostileTextRoundTrips();
    void pasteOffersSeveralNotesInOneStep();
    void dragAndDropThroughTheModel();
    void dragAndDropThroughTheWidget();
    void keyboardMoves();
    void editInPlace();
    void undoRedoEveryEdit_data();
    void undoRedoEveryEdit();
    void searchFindsMatchesAcrossTables();
    void viewsByPosition();
    void feedbackShowsKeyPointsLarge();
    void emptySession();
    void openedLaterAndClosed();
    void screenshots();
};

void TestTables::modelsPassTheTester()
{
    openSmall();
    NoteListModel notes(m_doc.get());
    notes.setList(m_tables[0], m_prompts[0]);
    TableListModel tables(m_doc.get());
    NoteSearchModel search(m_doc.get());
    search.setSearchText(QStringLiteral("a"));
    QAbstractItemModelTester t1(&notes, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&tables, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t3(&search, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(notes.rowCount(), 3);
    QCOMPARE(tables.index(0, 0).data(TableListModel::NoteCountRole).toInt(), 4);
    QCOMPARE(tables.index(0, 0).data(TableListModel::PromptCountsRole).toList(), (QVariantList {3, 1, 0}));
    // Every kind of change while the testers watch.
    edit::addNotes(*m_doc, m_tables[0], m_prompts[0], {QStringLiteral("x1"), QStringLiteral("x2")}, 1);
    QCOMPARE(notes.rowCount(), 5);
    edit::setKeyPoint(*m_doc, {notes.idAt(0)}, true);
    QVERIFY(notes.index(0, 0).data(NoteListModel::KeyPointRole).toBool());
    QCOMPARE(notes.index(0, 0).data(Qt::AccessibleTextRole).toString(), QStringLiteral("Key point: alpha"));
    QCOMPARE(tables.index(0, 0).data(TableListModel::KeyPointsRole).toStringList(),
             QStringList {QStringLiteral("alpha")});
    edit::moveNote(*m_doc, notes.idAt(4), m_tables[1], m_prompts[0], 0);
    QCOMPARE(notes.rowCount(), 4);
    QVERIFY(notes.setData(notes.index(1, 0), QStringLiteral("  edited  ")));
    QCOMPARE(notes.index(1, 0).data().toString(), QStringLiteral("edited"));
    QVERIFY(!notes.setData(notes.index(1, 0), QStringLiteral("   "))); // never blank
    tables.setSearchText(QStringLiteral("bus"));
    QCOMPARE(tables.index(1, 0).data(TableListModel::MatchCountRole).toInt(), 1);
    search.setSearchText(QStringLiteral("gamma"));
    QCOMPARE(search.rowCount(), 1);
    while (undo()->canUndo())
        undo()->undo();
    QCoreApplication::processEvents();
    QCOMPARE(notes.rowCount(), 3);
    QCOMPARE(tables.index(0, 0).data(TableListModel::KeyPointsRole).toStringList(), QStringList {});
}

void TestTables::typingAddsNotesAndKeepsFocus()
{
    openSmall();
    NoteListView* view = openTableColumn(0, 1);
    NoteEntry* entry = column(1)->entry();
    entry->setFocus();
    QVERIFY(QTest::qWaitFor([&] { return entry->hasFocus(); }));
    const int before = view->model()->rowCount();

    QTest::keyClicks(entry, QStringLiteral("Bus  fares,   too high"));
    QTest::keyClick(entry, Qt::Key_Return);
    QCOMPARE(view->model()->rowCount(), before + 1);
    QCOMPARE(texts(m_tables[0], m_prompts[1]).last(),
             QStringLiteral("Bus  fares,   too high")); // inner spaces kept
    QVERIFY(entry->text().isEmpty());
    QVERIFY(entry->hasFocus()); // the next note follows at once

    // The next one straight away; Shift+Enter makes a line break inside it; outer spaces go.
    QTest::keyClicks(entry, QStringLiteral("   line one"));
    QTest::keyClick(entry, Qt::Key_Return, Qt::ShiftModifier);
    QTest::keyClicks(entry, QStringLiteral("line two  "));
    QTest::keyClick(entry, Qt::Key_Enter, Qt::KeypadModifier);
    QCOMPARE(texts(m_tables[0], m_prompts[1]).last(), QStringLiteral("line one\nline two"));
    QVERIFY(entry->hasFocus());
    QCOMPARE(view->model()->rowCount(), before + 2);

    // Committed: a second connection to the file sees it, with ISO 8601 times.
    const Row last = notes(m_tables[0], m_prompts[1]).last();
    QVERIFY(QDateTime::fromString(last.str(QStringLiteral("created")), Qt::ISODate).isValid());
    QCOMPARE(last.str(QStringLiteral("edited")), last.str(QStringLiteral("created")));
    QVERIFY(last.str(QStringLiteral("created")).endsWith(QLatin1Char('Z')));
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        other.setDatabaseName(m_doc->path());
        QVERIFY(other.open());
        QSqlQuery q(other);
        QVERIFY(q.exec(QStringLiteral("SELECT text FROM note WHERE id = %1").arg(last.id)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("line one\nline two"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));

    // Ctrl+Z in the emptied box reaches the window's Undo (as the main window wires it) and
    // takes the last note back; while the box holds typing, Ctrl+Z undoes the typing.
    QAction undoAction(m_ws.get());
    undoAction.setShortcut(QKeySequence::Undo);
    connect(&undoAction, &QAction::triggered, undo(), &QUndoStack::undo);
    m_ws->addAction(&undoAction);
    QTest::keyClicks(entry, QStringLiteral("typo"));
    QTest::keyClick(entry, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(view->model()->rowCount(), before + 2);
    QVERIFY(entry->text().isEmpty());
    QTest::keyClick(entry, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(view->model()->rowCount(), before + 1);
    QVERIFY(entry->hasFocus());

    // Nothing corrected: no predictive text or automatic capitals from input methods.
    QVERIFY(entry->inputMethodHints() & Qt::ImhNoPredictiveText);
    QVERIFY(entry->inputMethodHints() & Qt::ImhNoAutoUppercase);
}

void TestTables::blankEnterAddsNothing()
{
    openSmall();
    openTableColumn(0, 0);
    NoteEntry* entry = column(0)->entry();
    entry->setFocus();
    const int before = undo()->count();
    QTest::keyClicks(entry, QStringLiteral("   "));
    QTest::keyClick(entry, Qt::Key_Return);
    QCOMPARE(undo()->count(), before);
    QCOMPARE(texts(m_tables[0], m_prompts[0]).size(), 3);
}

void TestTables::hostileTextRoundTrips_data()
{
    QTest::addColumn<QString>("text");
    const QStringList all = rt::test::hostileTexts();
    for (int i = 0; i < all.size(); ++i)
        QTest::addRow("%d", i) << all[i];
}

void TestTables::hostileTextRoundTrips()
{
    QFETCH(QString, text);
    openSmall();
    NoteListView* view = openTableColumn(0, 2);
    const QString expected = edit::cleanNote(text);

    // Through the model and the store: exactly the text, less the white space around it.
    QVERIFY(edit::addNotes(*m_doc, m_tables[0], m_prompts[2], {text}));
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, 0).data().toString(), expected);
    QCOMPARE(texts(m_tables[0], m_prompts[2]), QStringList {expected});
    // Edited through the model, and back.
    QVERIFY(view->model()->setData(view->model()->index(0, 0), QStringLiteral("other")));
    QVERIFY(view->model()->setData(view->model()->index(0, 0), text));
    QCOMPARE(texts(m_tables[0], m_prompts[2]), QStringList {expected});

    // Through the entry box: the box holds it as a text editor can (a CR LF is one line
    // break there), and Enter stores what the box holds.
    NoteEntry* entry = column(2)->entry();
    entry->setFocus();
    entry->setPlainText(text);
    const QString inBox = entry->text();
    QTest::keyClick(entry, Qt::Key_Return);
    QCOMPARE(texts(m_tables[0], m_prompts[2]).last(), edit::cleanNote(inBox));
    if (!text.contains(QLatin1Char('\r')))
        QCOMPARE(texts(m_tables[0], m_prompts[2]).last(), expected);

    // It is painted (wrapped, never elided) without trouble.
    QCoreApplication::processEvents();
    QVERIFY(!view->grab().isNull());
    QVERIFY(view->visualRect(view->model()->index(1, 0)).height() > 0);
}

void TestTables::pasteOffersSeveralNotesInOneStep()
{
    openSmall();
    NoteListView* view = openTableColumn(1, 1);
    NoteEntry* entry = column(1)->entry();
    entry->setFocus();
    QApplication::clipboard()->setText(
        QStringLiteral("Buses stop at 6pm\n\n  Childcare costs  \r\nNo one asks carers"));
    entry->paste();
    QVERIFY(column(1)->pasteBar()->isVisible());
    QCOMPARE(view->model()->rowCount(), 0); // nothing added until asked
    const int steps = undo()->count();
    auto* split = column(1)->pasteBar()->findChild<QPushButton*>(QStringLiteral("splitPaste"));
    QVERIFY(split);
    QTest::mouseClick(split, Qt::LeftButton);
    QCOMPARE(texts(m_tables[1], m_prompts[1]),
             (QStringList {QStringLiteral("Buses stop at 6pm"), QStringLiteral("Childcare costs"),
                           QStringLiteral("No one asks carers")}));
    QCOMPARE(undo()->count(), steps + 1); // one undo step
    QVERIFY(!column(1)->pasteBar()->isVisible());
    QVERIFY(entry->text().isEmpty());
    QVERIFY(entry->hasFocus());
    undo()->undo();
    QCOMPARE(texts(m_tables[1], m_prompts[1]), QStringList {});
    undo()->redo();
    QCOMPARE(texts(m_tables[1], m_prompts[1]).size(), 3);

    // Or kept as one note with its line breaks.
    QApplication::clipboard()->setText(QStringLiteral("first\nsecond"));
    entry->paste();
    QTest::mouseClick(column(1)->pasteBar()->findChild<QPushButton*>(QStringLiteral("keepPaste")),
                      Qt::LeftButton);
    QVERIFY(!column(1)->pasteBar()->isVisible());
    QTest::keyClick(entry, Qt::Key_Return);
    QCOMPARE(texts(m_tables[1], m_prompts[1]).last(), QStringLiteral("first\nsecond"));
}

void TestTables::dragAndDropThroughTheModel()
{
    openSmall();
    openTableColumn(0, 0);
    NoteListModel* from = column(0)->model();
    NoteListModel* to = column(1)->model();
    // Reorder within a column: "gamma" before "alpha".
    std::unique_ptr<QMimeData> mime(from->mimeData({from->index(2, 0)}));
    QVERIFY(from->canDropMimeData(mime.get(), Qt::MoveAction, 0, 0, {}));
    from->dropMimeData(mime.get(), Qt::MoveAction, 0, 0, {});
    QCOMPARE(texts(m_tables[0], m_prompts[0]),
             (QStringList {QStringLiteral("gamma"), QStringLiteral("alpha"), QStringLiteral("beta")}));
    // To another column, between its notes.
    mime.reset(from->mimeData({from->index(1, 0)}));
    to->dropMimeData(mime.get(), Qt::MoveAction, 0, 0, {});
    QCOMPARE(texts(m_tables[0], m_prompts[1]),
             (QStringList {QStringLiteral("alpha"), QStringLiteral("delta")}));
    QCOMPARE(texts(m_tables[0], m_prompts[0]),
             (QStringList {QStringLiteral("gamma"), QStringLiteral("beta")}));
    // Onto another table in the picker: same prompt, at the end.
    TableListModel* tables = m_ws->tableModel();
    mime.reset(from->mimeData({from->index(0, 0)}));
    QVERIFY(tables->canDropMimeData(mime.get(), Qt::MoveAction, -1, 0, tables->index(1, 0)));
    QVERIFY(!tables->canDropMimeData(mime.get(), Qt::MoveAction, 1, 0, {})); // between tables: no
    tables->dropMimeData(mime.get(), Qt::MoveAction, -1, 0, tables->index(1, 0));
    QCOMPARE(texts(m_tables[1], m_prompts[0]),
             (QStringList {QStringLiteral("Bus routes matter"), QStringLiteral("gamma")}));
    // Each drop was one undo step.
    undo()->undo();
    undo()->undo();
    undo()->undo();
    QCOMPARE(texts(m_tables[0], m_prompts[0]),
             (QStringList {QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("gamma")}));
    QCOMPARE(texts(m_tables[0], m_prompts[1]), QStringList {QStringLiteral("delta")});
}

namespace {
/** What a drag ends with at @p pos on @p view: enter, move, drop, as the window system sends them. */
bool dropOn(QAbstractItemView* view, QMimeData* mime, const QPoint& pos)
{
    QWidget* target = view->viewport();
    QDragEnterEvent enter(pos, Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDragMoveEvent move(pos, Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &move);
    if (!move.isAccepted())
        return false;
    QDropEvent drop(pos, Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    return true;
}
} // namespace

void TestTables::dragAndDropThroughTheWidget()
{
    openSmall();
    NoteListView* source = openTableColumn(0, 0);
    NoteListView* target = column(1)->view();
    QCoreApplication::processEvents();
    // Drag "beta" (what the view would put in the drag) onto the upper edge of "delta".
    std::unique_ptr<QMimeData> mime(source->model()->mimeData({source->model()->index(1, 0)}));
    const QRect deltaRect = target->visualRect(target->model()->index(0, 0));
    QVERIFY(deltaRect.isValid());
    QVERIFY(dropOn(target, mime.get(), QPoint(deltaRect.center().x(), deltaRect.top() + 2)));
    QCOMPARE(texts(m_tables[0], m_prompts[1]),
             (QStringList {QStringLiteral("beta"), QStringLiteral("delta")}));
    QCOMPARE(texts(m_tables[0], m_prompts[0]),
             (QStringList {QStringLiteral("alpha"), QStringLiteral("gamma")}));
    // Within the column, below the last card.
    mime.reset(source->model()->mimeData({source->model()->index(0, 0)}));
    QVERIFY(dropOn(source, mime.get(), QPoint(20, source->viewport()->height() - 4)));
    QCOMPARE(texts(m_tables[0], m_prompts[0]),
             (QStringList {QStringLiteral("gamma"), QStringLiteral("alpha")}));
    // Onto table 3 in the picker.
    QListView* picker = m_ws->picker()->view();
    mime.reset(source->model()->mimeData({source->model()->index(0, 0)}));
    QVERIFY(dropOn(picker, mime.get(), picker->visualRect(m_ws->tableModel()->index(2, 0)).center()));
    QCOMPARE(texts(m_tables[2], m_prompts[0]), QStringList {QStringLiteral("gamma")});
    undo()->undo();
    QCOMPARE(texts(m_tables[0], m_prompts[0]),
             (QStringList {QStringLiteral("gamma"), QStringLiteral("alpha")}));
    // Tables reorder by dragging one above another in the picker.
    TableListModel* tables = m_ws->tableModel();
    mime.reset(tables->mimeData({tables->index(0, 0)}));
    const QRect third = picker->visualRect(tables->index(2, 0));
    QVERIFY(dropOn(picker, mime.get(), QPoint(third.center().x(), third.top() + 1)));
    QCOMPARE(store()->ids(Kind::Table), (QList<qint64> {m_tables[1], m_tables[0], m_tables[2]}));
    undo()->undo();
    QCOMPARE(store()->ids(Kind::Table), m_tables);
}

void TestTables::keyboardMoves()
{
    openSmall();
    NoteListView* view = openTableColumn(0, 0);
    view->setFocus();
    view->selectIds({view->noteModel()->idAt(0)});
    const qint64 alpha = view->noteModel()->idAt(0);
    QTest::keyClick(view, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(texts(m_tables[0], m_prompts[0]),
             (QStringList {QStringLiteral("beta"), QStringLiteral("alpha"), QStringLiteral("gamma")}));
    QCOMPARE(view->selectedIds(), QList<qint64> {alpha}); // the note stays selected for the next key
    QTest::keyClick(view, Qt::Key_Down, Qt::AltModifier);
    QTest::keyClick(view, Qt::Key_Down, Qt::AltModifier); // already last: nothing
    QCOMPARE(texts(m_tables[0], m_prompts[0]),
             (QStringList {QStringLiteral("beta"), QStringLiteral("gamma"), QStringLiteral("alpha")}));
    QTest::keyClick(view, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(texts(m_tables[0], m_prompts[0]),
             (QStringList {QStringLiteral("beta"), QStringLiteral("alpha"), QStringLiteral("gamma")}));
    // To the next prompt, and focus follows it there.
    QTest::keyClick(view, Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(texts(m_tables[0], m_prompts[1]),
             (QStringList {QStringLiteral("delta"), QStringLiteral("alpha")}));
    QVERIFY(column(1)->view()->hasFocus());
    QCOMPARE(column(1)->view()->selectedIds(), QList<qint64> {alpha});
    QTest::keyClick(column(1)->view(), Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(texts(m_tables[0], m_prompts[0]),
             (QStringList {QStringLiteral("beta"), QStringLiteral("gamma"), QStringLiteral("alpha")}));
    QTest::keyClick(view, Qt::Key_Left, Qt::AltModifier); // no prompt to the left: nothing
    QCOMPARE(texts(m_tables[0], m_prompts[0]).size(), 3);
    // Key point and delete by keyboard.
    view->setFocus();
    view->selectIds({alpha});
    QTest::keyClick(view, Qt::Key_K, Qt::ControlModifier);
    QVERIFY(store()->row(Kind::Note, alpha).flag(QStringLiteral("key_point")));
    QTest::keyClick(view, Qt::Key_Delete);
    QVERIFY(!store()->row(Kind::Note, alpha).isValid());
    undo()->undo();
    QVERIFY(store()->row(Kind::Note, alpha).flag(QStringLiteral("key_point")));
    // Move to another table (the context menu's "Move to Table").
    view->selectIds({alpha});
    view->moveSelectedToTable(m_tables[1]);
    QCOMPARE(texts(m_tables[1], m_prompts[0]).last(), QStringLiteral("alpha"));
}

void TestTables::editInPlace()
{
    openSmall();
    NoteListView* view = openTableColumn(0, 0);
    // The open editor: a closed one may linger hidden until deleted.
    auto openEditor = [view]() -> QPlainTextEdit* {
        const auto editors = view->findChildren<QPlainTextEdit*>(QStringLiteral("noteEditor"));
        for (QPlainTextEdit* e : editors) {
            if (e->isVisible())
                return e;
        }
        return nullptr;
    };
    view->setFocus();
    view->selectIds({view->noteModel()->idAt(1)});
    QTest::keyClick(view, Qt::Key_F2);
    QPlainTextEdit* editor = openEditor();
    QVERIFY(editor);
    QCOMPARE(NoteEntry::textOf(editor), QStringLiteral("beta"));
    QTest::keyClicks(editor, QStringLiteral(" two"));
    QTest::keyClick(editor, Qt::Key_Return, Qt::ShiftModifier);
    QTest::keyClicks(editor, QStringLiteral("lines"));
    const int oneLine = view->visualRect(view->model()->index(1, 0)).height();
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(texts(m_tables[0], m_prompts[0]).at(1), QStringLiteral("beta two\nlines"));
    // The card grows to show both lines in full.
    QTRY_VERIFY(view->visualRect(view->model()->index(1, 0)).height() > oneLine);
    const Row edited = notes(m_tables[0], m_prompts[0]).at(1);
    QVERIFY(QDateTime::fromString(edited.str(QStringLiteral("edited")), Qt::ISODate).isValid());
    undo()->undo();
    QCOMPARE(texts(m_tables[0], m_prompts[0]).at(1), QStringLiteral("beta"));
    QCOMPARE(notes(m_tables[0], m_prompts[0]).at(1).str(QStringLiteral("edited")),
             QStringLiteral("2026-11-25T10:00:00Z"));
    // Escape leaves it as it was.
    QTest::keyClick(view, Qt::Key_F2);
    editor = openEditor();
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("xyz"));
    QTest::keyClick(editor, Qt::Key_Escape);
    QCOMPARE(texts(m_tables[0], m_prompts[0]).at(1), QStringLiteral("beta"));
    QTRY_VERIFY(!openEditor());
    // (Double-click uses Qt's own DoubleClicked edit trigger, set on the view.)
    QVERIFY(view->editTriggers() & QAbstractItemView::DoubleClicked);
}

void TestTables::undoRedoEveryEdit_data()
{
    QTest::addColumn<QString>("edit");
    for (const char* e : {"add", "paste", "edit", "delete", "keypoint", "reorder", "moveprompt", "movetable",
                          "droptable", "addtable", "edittable", "deletetable", "movetableorder", "addprompt",
                          "editprompt", "removeprompt"})
        QTest::newRow(e) << QString::fromLatin1(e);
}

void TestTables::undoRedoEveryEdit()
{
    QFETCH(QString, edit);
    openSmall();
    NoteListView* view = openTableColumn(0, 0);
    const QStringList before = noteState(store());
    const int steps = undo()->count();
    view->setFocus();
    view->selectIds({view->noteModel()->idAt(0)});
    if (edit == QLatin1String("add")) {
        column(0)->entry()->setFocus();
        QTest::keyClicks(column(0)->entry(), QStringLiteral("new"));
        QTest::keyClick(column(0)->entry(), Qt::Key_Return);
    } else if (edit == QLatin1String("paste")) {
        column(0)->entry()->setPlainText(QStringLiteral("a\nb"));
        column(0)->addLinesAsNotes();
    } else if (edit == QLatin1String("edit")) {
        view->model()->setData(view->model()->index(0, 0), QStringLiteral("changed"));
    } else if (edit == QLatin1String("delete")) {
        QTest::keyClick(view, Qt::Key_Delete);
    } else if (edit == QLatin1String("keypoint")) {
        QTest::keyClick(view, Qt::Key_K, Qt::ControlModifier);
    } else if (edit == QLatin1String("reorder")) {
        QTest::keyClick(view, Qt::Key_Down, Qt::AltModifier);
    } else if (edit == QLatin1String("moveprompt")) {
        QTest::keyClick(view, Qt::Key_Right, Qt::AltModifier);
    } else if (edit == QLatin1String("movetable")) {
        view->moveSelectedToTable(m_tables[2]);
    } else if (edit == QLatin1String("droptable")) {
        std::unique_ptr<QMimeData> mime(view->model()->mimeData({view->model()->index(0, 0)}));
        m_ws->tableModel()->dropMimeData(mime.get(), Qt::MoveAction, -1, 0, m_ws->tableModel()->index(1, 0));
    } else if (edit == QLatin1String("addtable")) {
        m_ws->picker()->addTable();
        QTRY_VERIFY(m_ws->picker()->findChild<QDialog*>(QStringLiteral("tableDialog")));
        m_ws->picker()->findChild<QDialog*>(QStringLiteral("tableDialog"))->reject();
        QCOMPARE(m_ws->tableModel()->rowCount(), 4);
    } else if (edit == QLatin1String("edittable")) {
        m_ws->picker()->setDetails(m_tables[0], 7, QStringLiteral("Carers and families"),
                                   QStringLiteral("Ann B"));
    } else if (edit == QLatin1String("deletetable")) {
        m_ws->picker()->removeCurrent();
        QCOMPARE(m_ws->tableModel()->rowCount(), 2);
    } else if (edit == QLatin1String("movetableorder")) {
        m_ws->picker()->view()->setFocus();
        QTest::keyClick(m_ws->picker()->view(), Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(m_ws->tableModel()->idAt(1), m_tables[0]);
    } else if (edit == QLatin1String("addprompt")) {
        m_ws->addPrompt();
        QCOMPARE(m_ws->columns().size(), 4);
    } else if (edit == QLatin1String("editprompt")) {
        column(1)->editQuestion();
        auto* line = column(1)->findChild<QLineEdit*>();
        QVERIFY(line && line->isVisible());
        line->setText(QStringLiteral("What helps?"));
        QTest::keyClick(line, Qt::Key_Return);
    } else if (edit == QLatin1String("removeprompt")) {
        m_ws->removePrompt(m_prompts[0]);
        QCOMPARE(m_ws->columns().size(), 2);
    }
    QCoreApplication::processEvents();
    const QStringList after = noteState(store());
    QVERIFY2(after != before, "the edit changed nothing");
    QCOMPARE(undo()->count(), steps + 1); // exactly one undo step
    undo()->undo();
    QCOMPARE(noteState(store()), before);
    undo()->redo();
    QCOMPARE(noteState(store()), after);
    undo()->undo();
    QCoreApplication::processEvents();
    QCOMPARE(m_ws->columns().size(), 3);
    QCOMPARE(m_ws->tableModel()->rowCount(), 3);
}

void TestTables::searchFindsMatchesAcrossTables()
{
    openSample();
    m_ws->showOverview();
    QTest::keyClicks(m_ws->searchBox(), QStringLiteral("TRANSPORT"));
    NoteSearchModel* search = m_ws->searchModel();
    QVERIFY(search->rowCount() >= 2);
    QVERIFY(search->tableCount() >= 2);
    for (int r = 0; r < search->rowCount(); ++r)
        QVERIFY(
            search->index(r, 0).data().toString().contains(QStringLiteral("transport"), Qt::CaseInsensitive));
    // Every matching note in the store is listed, no more.
    int expected = 0;
    const QList<Row> all = store()->rows(Kind::Note);
    for (const Row& n : all)
        expected += n.str(Text).contains(QStringLiteral("transport"), Qt::CaseInsensitive) ? 1 : 0;
    QCOMPARE(search->rowCount(), expected);
    // Shown: the results list, the cards' match counts, the columns' highlights.
    QVERIFY(m_ws->overview()->results()->isVisible());
    int counted = 0;
    for (int r = 0; r < m_ws->tableModel()->rowCount(); ++r)
        counted += m_ws->tableModel()->index(r, 0).data(TableListModel::MatchCountRole).toInt();
    QCOMPARE(counted, expected);
    QCOMPARE(m_ws->columns().first()->view()->noteDelegate()->searchText(), QStringLiteral("TRANSPORT"));
    const QString hit = search->index(0, 0).data().toString();
    QCOMPARE(NoteSearchModel::matches(hit, QStringLiteral("TRANSPORT")).size(), 1);
    // A result opens its table with the note selected.
    const QModelIndex second = search->index(search->rowCount() - 1, 0);
    m_ws->overview()->results()->scrollTo(second);
    QTest::mouseClick(m_ws->overview()->results()->viewport(), Qt::LeftButton, {},
                      m_ws->overview()->results()->visualRect(second).center());
    QCOMPARE(m_ws->mode(), TablesWorkspace::Mode::Table);
    QCOMPARE(m_ws->currentTableId(), second.data(NoteSearchModel::TableIdRole).toLongLong());
    PromptColumn* c = m_ws->columnFor(second.data(NoteSearchModel::PromptIdRole).toLongLong());
    QVERIFY(c);
    QCOMPARE(c->view()->selectedIds(), QList<qint64> {second.data(NoteSearchModel::NoteIdRole).toLongLong()});
    // A note added now is found too.
    edit::addNotes(*m_doc, m_tables[7], m_prompts[0], {QStringLiteral("Community transport")});
    QTRY_COMPARE(search->rowCount(), expected + 1);
    m_ws->setSearchText(QString());
    QCOMPARE(search->rowCount(), 0);
}

void TestTables::viewsByPosition()
{
    openSmall();
    QString error;
    QVERIFY(m_ws->showView(QStringLiteral("tables"), &error));
    QCOMPARE(m_ws->mode(), TablesWorkspace::Mode::Overview);
    // N is the position in file order, whatever the printed number.
    m_ws->picker()->setDetails(m_tables[1], 12, QStringLiteral("Mental health"), QStringLiteral("Bo"));
    QVERIFY(m_ws->showView(QStringLiteral("table:2"), &error));
    QCOMPARE(m_ws->mode(), TablesWorkspace::Mode::Table);
    QCOMPARE(m_ws->currentTableId(), m_tables[1]);
    QVERIFY(m_ws->showView(QStringLiteral("feedback:3"), &error));
    QCOMPARE(m_ws->mode(), TablesWorkspace::Mode::Feedback);
    QCOMPARE(m_ws->feedback()->tableId(), m_tables[2]);
    QVERIFY(!m_ws->showView(QStringLiteral("table:4"), &error));
    QVERIFY2(error.contains(QStringLiteral("1 to 3")), qPrintable(error));
    QVERIFY(!m_ws->showView(QStringLiteral("table:x"), &error));
    QVERIFY(!m_ws->showView(QStringLiteral("feedback:0"), &error));
    error.clear();
    QVERIFY(!m_ws->showView(QStringLiteral("pick:1:1"), &error)); // not ours: no error of ours
    QVERIFY(error.isEmpty());
    // Enter on a card opens that table.
    QVERIFY(m_ws->showView(QStringLiteral("tables"), &error));
    QListView* cards = m_ws->overview()->cards();
    cards->setFocus();
    cards->setCurrentIndex(m_ws->tableModel()->index(2, 0));
    QTest::keyClick(cards, Qt::Key_Return);
    QCOMPARE(m_ws->mode(), TablesWorkspace::Mode::Table);
    QCOMPARE(m_ws->currentTableId(), m_tables[2]);
    QCOMPARE(m_ws->viewNames().size(), 3);
    QVERIFY(m_ws->viewNames().at(1).startsWith(QStringLiteral("table:N")));
}

void TestTables::feedbackShowsKeyPointsLarge()
{
    openSmall();
    sample::addNote(*store(), m_tables[0], m_prompts[2], QStringLiteral("Nobody joins the dots"), true);
    edit::setKeyPoint(*m_doc, {notes(m_tables[0], m_prompts[0]).at(1).id}, true);
    QString error;
    QVERIFY(m_ws->showView(QStringLiteral("feedback:1"), &error));
    FeedbackView* fb = m_ws->feedback();
    QCOMPARE(fb->keyPoints(),
             (QStringList {QStringLiteral("beta"), QStringLiteral("Nobody joins the dots")}));
    QVERIFY(fb->pointSize() >= FeedbackView::MinimumPointSize);
    QCOMPARE(fb->pageCount(), 1);
    // Its Full Screen button keeps to the corner the title does not reach, right to left too.
    auto* full = fb->findChild<QPushButton*>(QStringLiteral("feedbackFullScreen"));
    QVERIFY(full);
    QVERIFY(full->geometry().left() > fb->width() / 2);
    fb->setLayoutDirection(Qt::RightToLeft);
    QApplication::processEvents();
    QVERIFY2(full->geometry().right() < fb->width() / 2, qPrintable(QString::number(full->x())));
    fb->setLayoutDirection(Qt::LeftToRight);
    QApplication::processEvents();
    QVERIFY(full->geometry().left() > fb->width() / 2);
    const qreal few = fb->pointSize();
    // Follows edits at once; many long key points never shrink below 28 pt: they page.
    for (int i = 0; i < 30; ++i)
        sample::addNote(
            *store(), m_tables[0], m_prompts[1],
            QStringLiteral("Key point %1: a longer sentence that needs more than one line on the screen")
                .arg(i),
            true);
    QCOMPARE(fb->keyPoints().size(), 32);
    QVERIFY(fb->pointSize() <= few);
    QCOMPARE(fb->pointSize(), FeedbackView::MinimumPointSize);
    QVERIFY(fb->pageCount() > 1);
    QTest::keyClick(fb, Qt::Key_Right);
    QCOMPARE(fb->page(), 1);
    // Full screen in a window of its own (on the last screen: the projector), Escape closes it.
    m_ws->showFeedbackWindow();
    QPointer<FeedbackView> window;
    const auto tops = QApplication::topLevelWidgets();
    for (QWidget* w : tops) {
        if (auto* f = qobject_cast<FeedbackView*>(w); f && f->isVisible())
            window = f;
    }
    QVERIFY(window);
    QVERIFY(window->isFullScreen());
    QCOMPARE(window->keyPoints(), fb->keyPoints());
    QTest::keyClick(window, Qt::Key_Escape);
    QTRY_VERIFY(!window || !window->isVisible()); // closed, and deleted
    QTest::keyClick(fb, Qt::Key_Escape);
    QCOMPARE(m_ws->mode(), TablesWorkspace::Mode::Table);
}

void TestTables::emptySession()
{
    m_ws.reset();
    m_doc = std::make_unique<Document>();
    const SessionError e = m_doc->create(m_dir.filePath(QStringLiteral("e%1.roundtable").arg(++m_files)));
    QVERIFY2(!e, qPrintable(e.message));
    showWorkspace();
    QString error;
    QVERIFY(!m_ws->showView(QStringLiteral("table:1"), &error));
    QVERIFY2(error.contains(QStringLiteral("no tables")), qPrintable(error));
    QVERIFY(m_ws->showView(QStringLiteral("tables"), &error));
    // The first table and the first prompt, from an empty session.
    auto* add = m_ws->overview()->findChild<QPushButton*>(QStringLiteral("overviewAddTable"));
    QVERIFY(add);
    QTest::mouseClick(add, Qt::LeftButton);
    QTRY_VERIFY(m_ws->picker()->findChild<QDialog*>(QStringLiteral("tableDialog")));
    m_ws->picker()->findChild<QDialog*>(QStringLiteral("tableDialog"))->reject();
    QCOMPARE(store()->count(Kind::Table), 1);
    QCOMPARE(store()->rows(Kind::Table).first().ref(QStringLiteral("number")), 1);
    QCOMPARE(m_ws->mode(), TablesWorkspace::Mode::Table);
    QVERIFY(m_ws->columns().isEmpty());
    m_ws->addPrompt();
    QCOMPARE(m_ws->columns().size(), 1);
    QTest::keyClick(m_ws->columns().first()->findChild<QLineEdit*>(), Qt::Key_Escape);
    m_ws->columns().first()->entry()->setFocus();
    QTest::keyClicks(m_ws->columns().first()->entry(), QStringLiteral("first note"));
    QTest::keyClick(m_ws->columns().first()->entry(), Qt::Key_Return);
    QCOMPARE(store()->count(Kind::Note), 1);
    // Five prompts at most.
    for (int i = 0; i < 6; ++i)
        m_ws->addPrompt();
    QCOMPARE(m_ws->columns().size(), TablesWorkspace::MaxPrompts);
    QCOMPARE(store()->count(Kind::Prompt), TablesWorkspace::MaxPrompts);
}

void TestTables::openedLaterAndClosed()
{
    // The main window builds its pages before a session is open, and keeps them across sessions.
    m_ws.reset();
    m_doc = std::make_unique<Document>();
    showWorkspace();
    QCOMPARE(m_ws->tableModel()->rowCount(), 0);
    const SessionError e = m_doc->create(m_dir.filePath(QStringLiteral("o%1.roundtable").arg(++m_files)));
    QVERIFY2(!e, qPrintable(e.message));
    sample::fill(*store());
    QCOMPARE(m_ws->tableModel()->rowCount(), 8);
    QCOMPARE(m_ws->columns().size(), 3);
    QString error;
    QVERIFY(m_ws->showView(QStringLiteral("table:3"), &error));
    QVERIFY(column(0)->model()->rowCount() > 0);
    m_ws->setSearchText(QStringLiteral("bus"));
    m_doc->close();
    QCoreApplication::processEvents();
    QCOMPARE(m_ws->tableModel()->rowCount(), 0);
    QCOMPARE(m_ws->searchModel()->rowCount(), 0);
    QVERIFY(!m_ws->grab().isNull());
}

void TestTables::screenshots()
{
    openSample();
    const QString out = qEnvironmentVariable("RT_SHOTS");
    auto grab = [&](const QString& name) {
        QCoreApplication::processEvents();
        const QImage image = m_ws->grab().toImage();
        if (!out.isEmpty())
            image.save(QDir(out).filePath(name));
        return image;
    };
    QString error;
    QVERIFY(m_ws->showView(QStringLiteral("table:2"), &error));
    grab(QStringLiteral("tables-table.png"));
    QVERIFY(m_ws->showView(QStringLiteral("tables"), &error));
    grab(QStringLiteral("tables-overview.png"));
    m_ws->setSearchText(QStringLiteral("transport"));
    grab(QStringLiteral("tables-search.png"));
    m_ws->showTable(m_tables[1]);
    grab(QStringLiteral("tables-table-search.png"));
    m_ws->setSearchText(QString());
    QVERIFY(m_ws->showView(QStringLiteral("feedback:2"), &error));
    const QImage feedback = grab(QStringLiteral("tables-feedback.png"));
    QCOMPARE(feedback.size(), QSize(1280, 800));
    // High contrast: the page is the dark background, not the light UI.
    QCOMPARE(feedback.pixelColor(2, 400), QColor(0x0b, 0x17, 0x28));
    QVERIFY(m_ws->feedback()->pointSize() >= FeedbackView::MinimumPointSize);

    // Right-to-left, emoji, markup and long text in the columns, a key point among them.
    const QStringList hostile = rt::test::hostileTexts();
    for (int i = 0; i < hostile.size(); ++i)
        sample::addNote(*store(), m_tables[7], m_prompts[i % 3], hostile[i], i == 3);
    m_ws->showTable(m_tables[7]);
    m_ws->columns().at(0)->view()->scrollToBottom();
    QCOMPARE(grab(QStringLiteral("tables-hostile.png")).size(), QSize(1280, 800));

    // Five prompts still fit beside the table picker at 1280 wide.
    for (const QString& question : {QStringLiteral("Who else should be at the table?"),
                                    QStringLiteral("What one thing would you change?")}) {
        m_ws->addPrompt();
        auto* line = m_ws->columns().last()->findChild<QLineEdit*>();
        QVERIFY(line && line->isVisible());
        line->setText(question);
        QTest::keyClick(line, Qt::Key_Return);
        QVERIFY(!line->isVisible());
    }
    m_ws->showTable(m_tables[0]);
    QCOMPARE(m_ws->columns().size(), 5);
    QCOMPARE(grab(QStringLiteral("tables-five-prompts.png")).size(), QSize(1280, 800));
    QVERIFY(m_ws->columns().last()->geometry().right() < m_ws->width());
}

QTEST_MAIN(TestTables)
#include "test_tables.moc"
