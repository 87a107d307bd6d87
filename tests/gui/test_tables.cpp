// SPDX-License-Identifier: GPL-3.0-or-later
// The Tables workspace: capture notes verbatim, move and flag them, search, feed back.
#include "TablesSample.h"
#include "TestSupport.h"

#include "commands/NoteCommands.h"
#include "commands/RowCommands.h"
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
#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
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
                    sample::addTable(*store(), 3, QStringLiteral("MSK"), QString())};
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

    void screenshots();
};

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
}

QTEST_MAIN(TestTables)
#include "test_tables.moc"
