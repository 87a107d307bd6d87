// SPDX-License-Identifier: GPL-3.0-or-later
// Typing speed of the Tables workspace: from the Enter key event in a prompt's entry box to the
// note in the view's model and committed in the session file, with 2,000 notes already in
// that column. Prints median and p99; the target is 16 ms (one frame).
#include "../gui/TablesSample.h"

#include "models/NoteListModel.h"
#include "session/Document.h"
#include "store/Store.h"
#include "tables/NoteEntry.h"
#include "tables/NoteListView.h"
#include "tables/PromptColumn.h"
#include "tables/TablesWorkspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cstdio>

using namespace rt;

namespace {
struct Figures
{
    double median;
    double p99;
    double max;
};
Figures figures(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double q) { return ms[qMin(ms.size() - 1, qsizetype(q * double(ms.size())))]; };
    return {at(0.5), at(0.99), ms.last()};
}
} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationVersion(QStringLiteral("bench"));
    QTemporaryDir dir;
    Document doc;
    if (const SessionError e = doc.create(dir.filePath(QStringLiteral("bench.roundtable")))) {
        std::fprintf(stderr, "bench_notes: %s\n", qPrintable(e.message));
        return 1;
    }
    Store* store = doc.store();
    constexpr int Existing = 2000;
    constexpr int Runs = 300;
    qint64 table = 0;
    QList<qint64> prompts;
    {
        Store::Transaction tx(*store);
        sample::fill(*store); // eight other tables with realistic notes
        prompts = store->ids(Kind::Prompt);
        table = sample::addTable(*store, 9, QStringLiteral("Employment support"), QStringLiteral("Sam"));
        for (int i = 0; i < Existing; ++i)
            sample::addNote(
                *store, table, prompts[0],
                QStringLiteral("Existing note %1 with some ordinary words so it wraps like real text").arg(i),
                i % 17 == 0);
        tx.commit();
    }
    // Typed as a user types: into a file opened again, where each note also queues its change for
    // the room (the outbox) in the same transaction.
    const QString path = doc.path();
    doc.close();
    if (const SessionError e = doc.open(path)) {
        std::fprintf(stderr, "bench_notes: %s\n", qPrintable(e.message));
        return 1;
    }
    store = doc.store();

    TablesWorkspace ws(&doc);
    ws.resize(1280, 800);
    ws.show();
    if (!QTest::qWaitForWindowExposed(&ws))
        return 1;
    ws.showTable(table);
    QCoreApplication::processEvents();
    PromptColumn* column = ws.columns().first();
    NoteEntry* entry = column->entry();
    auto* model = column->model();
    entry->setFocus();
    QCoreApplication::processEvents();

    QList<double> committed, shown;
    QElapsedTimer timer;
    for (int i = 0; i < Runs; ++i) {
        entry->setPlainText(
            QStringLiteral("Note typed at the table, number %1, in the room's own words").arg(i));
        QCoreApplication::processEvents();
        const int rowsBefore = model->rowCount();
        timer.start();
        QTest::keyClick(entry, Qt::Key_Return);
        // Synchronously: the command ran, the store committed, the model grew.
        const bool inModel = model->rowCount() == rowsBefore + 1;
        const double t1 = double(timer.nsecsElapsed()) / 1e6;
        // Then the event loop lays the new card out, scrolls to it and repaints.
        QCoreApplication::processEvents();
        const double t2 = double(timer.nsecsElapsed()) / 1e6;
        if (!inModel
            || store->count(Kind::Note,
                            {{QStringLiteral("table_id"), table}, {QStringLiteral("prompt_id"), prompts[0]}})
                != rowsBefore + 1) {
            std::fprintf(stderr, "bench_notes: note %d was not added\n", i);
            return 1;
        }
        committed << t1;
        shown << t2;
    }
    const Figures c = figures(committed), s = figures(shown);
    std::printf("bench_notes: %d notes typed into a column already holding %d notes (%d runs)\n", Runs,
                Existing, Runs);
    std::printf(
        "  Enter -> in model and committed: median %.2f ms, p99 %.2f ms, max %.2f ms (target <= 16 ms)\n",
        c.median, c.p99, c.max);
    std::printf("  Enter -> laid out and painted:   median %.2f ms, p99 %.2f ms, max %.2f ms\n", s.median,
                s.p99, s.max);
    return 0;
}
