// SPDX-License-Identifier: GPL-3.0-or-later
// Provenance you can see: each note, idea and action says which laptop it came from, and this
// laptop's name (File → This Laptop…) is the one new edits record.
#include "TablesSample.h"
#include "TestSupport.h"

#include "domain/Stamp.h"
#include "models/NoteListModel.h"
#include "models/Provenance.h"
#include "places/ActionPlanWidget.h"
#include "places/PickChartScene.h"
#include "places/PickNoteItem.h"
#include "session/Document.h"
#include "shell/LaptopDialog.h"
#include "shell/Settings.h"
#include "store/IdentityRepository.h"
#include "store/Store.h"
#include "tables/PromptColumn.h"
#include "tables/TableOverview.h"
#include "tables/TablesWorkspace.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <memory>

using namespace rt;

namespace {
const Device Table3 {QStringLiteral("device-table-3"), QStringLiteral("Table 3 laptop")};
const Device Organiser {QStringLiteral("device-organiser"), QStringLiteral("Organiser")};
} // namespace

class TestProvenance : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<Document> m_doc;
    Device m_before;

    Store* store() const { return m_doc->store(); }

    /** A new session file whose first edits are stamped by @p maker. */
    void create(const Device& maker)
    {
        m_doc = std::make_unique<Document>();
        Device::setCurrent(maker); // the store records the laptop it was opened on
        const SessionError e = m_doc->create(m_dir.filePath(QStringLiteral("p%1.roundtable").arg(++m_files)));
        QVERIFY2(!e, qPrintable(e.message));
        QCOMPARE(store()->device().id, maker.id);
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setApplicationVersion(QStringLiteral("test"));
        QVERIFY(m_dir.isValid());
        qunsetenv("ROUNDTABLE_DEVICE_NAME");
        qunsetenv("ROUNDTABLE_DEVICE_ID");
        Settings::setPathOverride(m_dir.filePath(QStringLiteral("settings.ini")));
        m_before = Device::current();
        // Lists of names and times follow the application's locale (the tests run under C).
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }
    void cleanup()
    {
        m_doc.reset();
        Device::setCurrent(m_before);
    }
    void cleanupTestCase()
    {
        Settings::setPathOverride(QString());
        QLocale::setDefault(QLocale::c());
    }

    void noteSaysWhichLaptopTypedIt();
    void undoneEditForgetsWhoChangedIt();
    void namesThatLookLikeHtmlShowAsTyped();
    void tableSaysWhichLaptopsContributed();
    void cardsMakeRoomForTheLaptops();
    void ideasAndActionsSayWhereTheyCameFrom();
    void laptopNameReachesDeviceCurrent();
    void timesFollowTheLocale();
};

void TestProvenance::noteSaysWhichLaptopTypedIt()
{
    create(Table3);
    const QList<qint64> prompts = sample::addPrompts(*store());
    const qint64 table = sample::addTable(*store(), 3, QStringLiteral("Carers"), QStringLiteral("Owain"));
    const qint64 typedThere
        = sample::addNote(*store(), table, prompts[0], QStringLiteral("Respite that is real"));
    // The file comes to the organiser's laptop, which adds a note of its own.
    store()->setDevice(Organiser);
    const qint64 typedHere = sample::addNote(*store(), table, prompts[0], QStringLiteral("Late buses"));

    NoteListModel notes(m_doc.get());
    QAbstractItemModelTester tester(&notes, QAbstractItemModelTester::FailureReportingMode::QtTest);
    notes.setList(table, prompts[0]);
    QCOMPARE(notes.rowCount(), 2);
    const QModelIndex there = notes.index(notes.rowOf(typedThere), 0);
    const QModelIndex here = notes.index(notes.rowOf(typedHere), 0);

    const QString tip = there.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.startsWith(QStringLiteral("Typed on Table 3 laptop, ")), qPrintable(tip));
    QCOMPARE(there.data(Qt::AccessibleDescriptionRole).toString(), tip);
    QCOMPARE(there.data(NoteListModel::ProvenanceRole).toString(), tip);
    QCOMPARE(there.data(NoteListModel::MadeByRole).toString(), QStringLiteral("Table 3 laptop"));
    QCOMPARE(there.data(NoteListModel::MadeByDeviceRole).toString(), Table3.id);
    // The time is the stamp's, in this computer's time zone and the application's locale.
    const QString at = store()->stamps(Kind::Note, typedThere).value(QString()).at;
    QVERIFY(tip.endsWith(Provenance::when(at)));
    // What this laptop typed says so.
    QVERIFY2(here.data(Qt::ToolTipRole)
                 .toString()
                 .startsWith(QStringLiteral("Typed on Organiser (this laptop), ")),
             qPrintable(here.data(Qt::ToolTipRole).toString()));
    QVERIFY(notes.roleNames().value(NoteListModel::ProvenanceRole) == "provenance");

    // A file from before laptops were recorded: no stamp, nothing said.
    QSqlQuery q(store()->database());
    QVERIFY(q.exec(QStringLiteral("DELETE FROM stamp WHERE kind = 'note'")));
    notes.reload();
    QCOMPARE(notes.index(0, 0).data(Qt::ToolTipRole).toString(), QString());
    QCOMPARE(notes.index(0, 0).data(NoteListModel::MadeByRole).toString(), QString());
}

void TestProvenance::undoneEditForgetsWhoChangedIt()
{
    create(Table3);
    const QList<qint64> prompts = sample::addPrompts(*store());
    const qint64 table = sample::addTable(*store(), 3, QStringLiteral("Carers"), QString());
    sample::addNote(*store(), table, prompts[0], QStringLiteral("Respite"));
    store()->setDevice(Organiser);
    NoteListModel notes(m_doc.get());
    notes.setList(table, prompts[0]);
    const QModelIndex note = notes.index(0, 0);
    QVERIFY(!note.data(Qt::ToolTipRole).toString().contains(QStringLiteral("changed")));

    // The organiser corrects the note: both laptops are named, each on its line.
    QVERIFY(notes.setData(note, QStringLiteral("Respite that is real")));
    QTRY_VERIFY(!notes.index(0, 0).data(Qt::ToolTipRole).toString().isEmpty());
    const QStringList lines = notes.index(0, 0).data(Qt::ToolTipRole).toString().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines[0].startsWith(QStringLiteral("Typed on Table 3 laptop, ")), qPrintable(lines[0]));
    QVERIFY2(lines[1].startsWith(QStringLiteral("Last changed on Organiser (this laptop), ")),
             qPrintable(lines[1]));

    // Undo puts the old stamps back: the note is Table 3's alone again.
    m_doc->undoStack()->undo();
    QCOMPARE(notes.index(0, 0).data(Qt::DisplayRole).toString(), QStringLiteral("Respite"));
    const QString tip = notes.index(0, 0).data(Qt::ToolTipRole).toString();
    QVERIFY2(!tip.contains(QLatin1Char('\n')), qPrintable(tip));
    QVERIFY(tip.startsWith(QStringLiteral("Typed on Table 3 laptop, ")));
}

void TestProvenance::namesThatLookLikeHtmlShowAsTyped()
{
    create({QStringLiteral("device-odd"), QStringLiteral("<b>Table</b> 3 & co")});
    const QList<qint64> prompts = sample::addPrompts(*store());
    const qint64 table = sample::addTable(*store(), 3, QStringLiteral("Carers"), QString());
    sample::addNote(*store(), table, prompts[0], QStringLiteral("Respite"));
    store()->setDevice(Organiser);
    NoteListModel notes(m_doc.get());
    notes.setList(table, prompts[0]);
    // Tooltips take what looks like HTML as HTML: the name is escaped there, and only there.
    const QString tip = notes.index(0, 0).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("Typed on &lt;b&gt;Table&lt;/b&gt; 3 &amp; co, ")), qPrintable(tip));
    QVERIFY(!tip.contains(QStringLiteral("<b>")));
    QVERIFY(notes.index(0, 0)
                .data(Qt::AccessibleDescriptionRole)
                .toString()
                .startsWith(QStringLiteral("Typed on <b>Table</b> 3 & co, ")));
    QCOMPARE(notes.index(0, 0).data(NoteListModel::MadeByRole).toString(),
             QStringLiteral("<b>Table</b> 3 & co"));
}

void TestProvenance::tableSaysWhichLaptopsContributed()
{
    create(Table3);
    const QList<qint64> prompts = sample::addPrompts(*store());
    const qint64 t3 = sample::addTable(*store(), 3, QStringLiteral("Carers"), QStringLiteral("Owain"));
    const qint64 t4 = sample::addTable(*store(), 4, QStringLiteral("MSK"), QString());
    sample::addNote(*store(), t3, prompts[0], QStringLiteral("Respite"));
    sample::addNote(*store(), t3, prompts[1], QStringLiteral("Peer groups"));
    store()->setDevice(Organiser);
    sample::addNote(*store(), t4, prompts[0], QStringLiteral("Physio waits"));

    TablesWorkspace ws(m_doc.get());
    ws.resize(1366, 768);
    ws.show();
    QVERIFY(QTest::qWaitForWindowExposed(&ws));
    auto* from = ws.findChild<QLabel*>(QStringLiteral("tableFrom"));
    QVERIFY(from);

    // Table 3's notes all came from another laptop: the header says which.
    ws.showTable(t3);
    QTRY_COMPARE(from->text(), QStringLiteral("From: Table 3 laptop"));
    QVERIFY(from->isVisible());
    // Table 4's came from this laptop only: nothing to say.
    ws.showTable(t4);
    QTRY_VERIFY(!from->isVisible());
    // Once this laptop adds one to table 3, both are named, the one with more notes first.
    ws.showTable(t3);
    QVERIFY(ws.columns().at(0)->model()->rowCount() == 1);
    ws.columns().at(0)->addNote(QStringLiteral("Carers' cards"));
    QTRY_COMPARE(from->text(), QStringLiteral("From: Table 3 laptop and Organiser (this laptop)"));

    // The overview's cards say it too.
    ws.showOverview();
    QTRY_COMPARE(ws.overview()->cardDelegate()->laptops(t3),
                 (QStringList {QStringLiteral("Table 3 laptop"), QStringLiteral("Organiser (this laptop)")}));
    QVERIFY(ws.overview()->cardDelegate()->laptops(t4).isEmpty());
}

void TestProvenance::cardsMakeRoomForTheLaptops()
{
    create(Organiser);
    const QList<qint64> prompts = sample::addPrompts(*store());
    const qint64 table = sample::addTable(*store(), 1, QStringLiteral("Carers"), QString());
    sample::addNote(*store(), table, prompts[0], QStringLiteral("Respite"));
    TablesWorkspace ws(m_doc.get());
    ws.resize(1366, 768);
    ws.show();
    QVERIFY(QTest::qWaitForWindowExposed(&ws));
    ws.showOverview();
    QListView* cards = ws.overview()->cards();
    QTRY_VERIFY(cards->gridSize().isValid());
    // All typed here: the cards are as they always were.
    QVERIFY(!ws.overview()->cardDelegate()->laptopsShown());
    const int plain = cards->gridSize().height();
    // A note from another laptop (as a merge brings it): every card gets a line for "From:".
    store()->setDevice(Table3);
    sample::addNote(*store(), table, prompts[1], QStringLiteral("Peer groups"));
    store()->setDevice(Organiser);
    QTRY_VERIFY(ws.overview()->cardDelegate()->laptopsShown());
    QTRY_VERIFY(cards->gridSize().height() > plain);
    // And gives it back when that note goes.
    m_doc->undoStack()->clear();
    store()->remove(Kind::Note,
                    store()->ids(Kind::Note, {{QStringLiteral("prompt_id"), prompts[1]}}).value(0));
    QTRY_VERIFY(!ws.overview()->cardDelegate()->laptopsShown());
    QTRY_COMPARE(cards->gridSize().height(), plain);
}

void TestProvenance::ideasAndActionsSayWhereTheyCameFrom()
{
    create(Table3); // any other laptop: here, the one the place group used
    const qint64 place = store()->insert(Kind::Place, {{QStringLiteral("name"), QStringLiteral("Luton")}});
    const qint64 aim = store()->insert(Kind::Aim,
                                       {{QStringLiteral("place_id"), place},
                                        {QStringLiteral("statement"), QStringLiteral("more jobs")},
                                        {QStringLiteral("cohort"), QStringLiteral("CYP")}});
    const qint64 idea = store()->insert(Kind::Idea,
                                        {{QStringLiteral("aim_id"), aim},
                                         {QStringLiteral("text"), QStringLiteral("Job fair")},
                                         {QStringLiteral("impact"), 0.8},
                                         {QStringLiteral("effort"), 0.2},
                                         {QStringLiteral("unsorted"), false}});
    const qint64 action = store()->insert(Kind::Action,
                                          {{QStringLiteral("place_id"), place},
                                           {QStringLiteral("cohort"), QStringLiteral("CYP")},
                                           {QStringLiteral("action"), QStringLiteral("Book the hall")}});
    store()->setDevice(Organiser);

    PickChartScene scene(m_doc.get());
    scene.setAim(aim);
    QVERIFY(scene.note(idea));
    const QString tip = scene.note(idea)->toolTip();
    QVERIFY2(tip.contains(QStringLiteral("Job fair")), qPrintable(tip));
    QVERIFY2(tip.endsWith(QStringLiteral("\n\n") + scene.note(idea)->provenance()), qPrintable(tip));
    QVERIFY2(scene.note(idea)->provenance().startsWith(QStringLiteral("Added on Table 3 laptop, ")),
             qPrintable(tip));

    ActionPlanWidget plan(m_doc.get());
    plan.setPlace(place);
    QCOMPARE(plan.model()->rowCount(), 1);
    const QAbstractItemModel* shown = plan.table()->model();
    const QString cell = shown->index(0, ActionPlanWidget::Action).data(Qt::ToolTipRole).toString();
    QVERIFY2(cell.startsWith(QStringLiteral("Book the hall\n\nAdded on Table 3 laptop, ")), qPrintable(cell));
    // An empty cell still says where the row came from.
    const QString empty = shown->index(0, ActionPlanWidget::Who).data(Qt::ToolTipRole).toString();
    QVERIFY2(empty.startsWith(QStringLiteral("Added on Table 3 laptop, ")), qPrintable(empty));
    QCOMPARE(plan.model()->index(0, 0).data(RowListModel::IdRole).toLongLong(), action);
}

void TestProvenance::laptopNameReachesDeviceCurrent()
{
    create(Organiser);
    Settings& settings = Settings::instance();
    {
        LaptopDialog dialog(settings, m_doc.get());
        QCOMPARE(dialog.nameEdit()->text(), settings.value(Settings::DeviceName).toString());
        dialog.nameEdit()->setText(QStringLiteral("  Table 5   laptop "));
        dialog.accept();
    }
    QCOMPARE(settings.value(Settings::DeviceName).toString(), QStringLiteral("Table 5 laptop"));
    QCOMPARE(Device::current().name, QStringLiteral("Table 5 laptop"));
    // This laptop's id is the one in its settings, kept as it is renamed.
    const QString id = settings.value(Settings::DeviceId).toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(Device::current().id, id);
    // The session open now records the new name with what this laptop adds next.
    QCOMPARE(store()->device().name, QStringLiteral("Table 5 laptop"));
    const QList<qint64> prompts = sample::addPrompts(*store());
    const qint64 table = sample::addTable(*store(), 5, QStringLiteral("Carers"), QString());
    sample::addNote(*store(), table, prompts[0], QStringLiteral("Respite"));
    NoteListModel notes(m_doc.get());
    notes.setList(table, prompts[0]);
    QVERIFY(notes.index(0, 0)
                .data(Qt::ToolTipRole)
                .toString()
                .startsWith(QStringLiteral("Typed on Table 5 laptop (this laptop), ")));
    // A session opened later uses it from the start.
    const QString settingsFile = settings.fileName();
    QVERIFY(QFile::exists(settingsFile));

    // Emptied: the computer's own name again.
    LaptopDialog::apply(settings, QStringLiteral("   "), m_doc.get());
    QCOMPARE(settings.value(Settings::DeviceName).toString(), QString());
    QCOMPARE(Device::current().name,
             QSysInfo::machineHostName().isEmpty() ? Device::current().name : QSysInfo::machineHostName());
    QVERIFY(!Device::current().name.isEmpty());
    QCOMPARE(Device::current().id, id);
}

void TestProvenance::timesFollowTheLocale()
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const QDateTime when = QDateTime::currentDateTimeUtc().addDays(-3);
    const QString text = Provenance::when(when.toString(Qt::ISODateWithMs));
    QLocale::setDefault(before);
    QCOMPARE(text,
             QLocale(QLocale::German, QLocale::Germany).toString(when.toLocalTime(), QLocale::ShortFormat));
    // Today: the time alone.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (now.toLocalTime().date() == QDate::currentDate() && now.toLocalTime().time().hour() < 23)
        QCOMPARE(Provenance::when(now.toString(Qt::ISODateWithMs)),
                 QLocale().toString(now.toLocalTime().time(), QLocale::ShortFormat));
    // (English plurals come from the app's translations: "laptop(s)" without them.)
    QVERIFY(Provenance::laptopList({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
                                    QStringLiteral("D"), QStringLiteral("E")},
                                   2)
                .startsWith(QStringLiteral("A, B and 3 other laptop")));
    QCOMPARE(Provenance::laptopList({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}, 2),
             QStringLiteral("A, B and C"));
}

QTEST_MAIN(TestProvenance)
#include "test_provenance.moc"
