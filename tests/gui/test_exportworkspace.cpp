// SPDX-License-Identifier: GPL-3.0-or-later
// The Export workspace: thumbnails of the pack, slide:N views, sections to leave out, and an
// export that runs on a worker thread while the window stays responsive.
#include "ExportSample.h"
#include "export/ExportWorkspace.h"
#include "export/PackSectionModel.h"
#include "export/SlideListModel.h"
#include "session/Document.h"
#include "slides/SessionData.h"
#include "store/Store.h"

#include <QAbstractItemModelTester>
#include <QListView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace rt;

class TestExportWorkspace : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void showsEverySlide();
    void slideViews();
    void leavingOutASection();
    void followsEdits();
    void exportsOffTheGuiThread();

private:
    QTemporaryDir m_dir;
    Document m_doc;
    std::unique_ptr<ExportWorkspace> m_ws;
};

void TestExportWorkspace::initTestCase()
{
    QCoreApplication::setApplicationVersion(QStringLiteral("test"));
    QVERIFY(!m_doc.create(m_dir.filePath(QStringLiteral("s.roundtable"))));
    QVERIFY(test::buildSample(*m_doc.store()));
    m_ws = std::make_unique<ExportWorkspace>(&m_doc);
    m_ws->resize(1400, 800);
    auto* model = m_ws->findChild<SlideListModel*>();
    QVERIFY(model);
    new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, model);
}

void TestExportWorkspace::showsEverySlide()
{
    QString error;
    QVERIFY(m_ws->showView(QStringLiteral("export"), &error));
    QVERIFY(m_ws->slideCount() > 20);
    QCOMPARE(m_ws->currentSlide(), 0);
    auto* model = m_ws->findChild<SlideListModel*>();
    QCOMPARE(model->index(0).data().toString(), QStringLiteral("1. Health and Work Seminar"));
    QVERIFY(!model->index(1).data(Qt::DecorationRole).value<QPixmap>().isNull());
}

void TestExportWorkspace::slideViews()
{
    QString error;
    QVERIFY(m_ws->showView(QStringLiteral("slide:3"), &error));
    QCOMPARE(m_ws->currentSlide(), 2);
    QVERIFY(!m_ws->showView(QStringLiteral("slide:999"), &error));
    QVERIFY(error.contains(QLatin1String("999")));
    QVERIFY(!m_ws->showView(QStringLiteral("table:1"), &error));
    const QString keep = qEnvironmentVariable("RT_EXPORT_KEEP");
    if (!keep.isEmpty()) {
        QVERIFY(m_ws->showView(QStringLiteral("slide:27"), &error));
        m_ws->grab().save(keep + QStringLiteral("/workspace.png"));
    }
}

void TestExportWorkspace::leavingOutASection()
{
    // Ticking a section off and moving one are edits of the session: kept in the file, undone
    // with Undo, and the pack (here and in `roundtable export`) follows them.
    QString error;
    QVERIFY(m_ws->showView(QStringLiteral("export"), &error));
    const int all = m_ws->slideCount();
    auto* list = m_ws->findChild<QListView*>(QStringLiteral("packSections"));
    QVERIFY(list);
    auto* sections = qobject_cast<PackSectionModel*>(list->model());
    QVERIFY(sections);
    new QAbstractItemModelTester(sections, QAbstractItemModelTester::FailureReportingMode::QtTest, sections);
    QCOMPARE(sections->index(0).data(PackSectionModel::KeyRole).toString(), QStringLiteral("intro"));
    QCOMPARE(sections->index(2).data().toString(), QStringLiteral("Topic-based table discussions"));
    QVERIFY(sections->setData(sections->index(2), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(slides::SessionData::load(*m_doc.store()).settings.omitted,
             QSet<QString> {QStringLiteral("tables")});
    QVERIFY(m_ws->showView(QStringLiteral("export"), &error));
    QVERIFY(m_ws->slideCount() < all - 3);
    QCOMPARE(m_doc.undoStack()->undoText(), QStringLiteral("Change export settings"));
    m_doc.undoStack()->undo();
    QCOMPARE(sections->index(2).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(m_ws->showView(QStringLiteral("export"), &error));
    QCOMPARE(m_ws->slideCount(), all);

    // The data pack moved after the tables: the first table slide comes sooner.
    const auto firstOf = [&](const QString& section) {
        auto* model = m_ws->findChild<SlideListModel*>();
        for (int i = 0; i < model->rowCount(); ++i) {
            if (model->index(i).data(SlideListModel::SectionRole).toString() == section)
                return i;
        }
        return -1;
    };
    const int tablesAt = firstOf(QStringLiteral("tables"));
    QVERIFY(firstOf(QStringLiteral("datapack")) < tablesAt);
    QVERIFY(sections->move(1, 1));
    QCOMPARE(sections->index(1).data(PackSectionModel::KeyRole).toString(), QStringLiteral("tables"));
    QVERIFY(m_ws->showView(QStringLiteral("export"), &error));
    QVERIFY(firstOf(QStringLiteral("tables")) < tablesAt);
    QVERIFY(firstOf(QStringLiteral("datapack")) > firstOf(QStringLiteral("tables")));
    m_doc.undoStack()->undo();
    QCOMPARE(sections->index(1).data(PackSectionModel::KeyRole).toString(), QStringLiteral("datapack"));
    QVERIFY(m_ws->showView(QStringLiteral("export"), &error));
    QCOMPARE(m_ws->slideCount(), all);
}

void TestExportWorkspace::followsEdits()
{
    QString error;
    QVERIFY(m_ws->showView(QStringLiteral("export"), &error));
    auto* model = m_ws->findChild<SlideListModel*>();
    const auto has = [&](const QString& t) {
        for (const auto& item : model->deck().items) {
            if (item.text == t)
                return true;
        }
        return false;
    };
    const QString text = QStringLiteral("A note added after the pack was first shown");
    QVERIFY(!has(text));
    Store* store = m_doc.store();
    QVERIFY(store->insert(Kind::Note,
                          {{QStringLiteral("table_id"), store->rows(Kind::Table).at(1).id},
                           {QStringLiteral("prompt_id"), store->rows(Kind::Prompt).at(0).id},
                           {QStringLiteral("text"), text}}));
    m_ws->show();
    QTRY_VERIFY(has(text));
    m_ws->hide();
}

void TestExportWorkspace::exportsOffTheGuiThread()
{
    QSignalSpy done(m_ws.get(), &ExportWorkspace::exportFinished);
    const QString out = m_dir.filePath(QStringLiteral("pack.pdf"));
    m_ws->startExport(slides::Format::Pdf, out, false);
    QVERIFY(done.wait(60000));
    QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(2).toString()));
    QCOMPARE(done.first().at(1).toStringList(), QStringList {out});
    QVERIFY(QFileInfo(out).size() > 10000);
}

QTEST_MAIN(TestExportWorkspace)
#include "test_exportworkspace.moc"
