// SPDX-License-Identifier: GPL-3.0-or-later
// PICK chart speed with 500 notes: opening the chart (scene built and first frame rendered
// into an image) and each frame of dragging a 50-note selection (mouse move + viewport render);
// and Tidy notes on that chart (far too full to tidy: the worst case a click can meet).
// Prints figures; asserts nothing about time.
#include "places/PickChartScene.h"
#include "places/PickChartView.h"
#include "places/PickNoteItem.h"
#include "session/Document.h"
#include "store/Store.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace rt;

namespace {

constexpr int Notes = 500;
constexpr int Selected = 50;
constexpr int Opens = 15;
constexpr int Frames = 300;

struct Stats
{
    double median = 0, p99 = 0, max = 0;
};

Stats stats(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    Stats s;
    if (ms.isEmpty())
        return s;
    s.median = ms[ms.size() / 2];
    s.p99 = ms[std::min<qsizetype>(ms.size() - 1, qsizetype(ms.size() * 0.99))];
    s.max = ms.last();
    return s;
}

double msSince(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

/** CPU time of the whole process (all threads), in ms: less sensitive to a busy machine. */
double cpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

} // namespace

class BenchPick : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void openChart();
    void dragSelection();
    void tidyChart();

private:
    QTemporaryDir m_dir;
    Document m_doc;
    qint64 m_aim = 0;
};

void BenchPick::initTestCase()
{
    QCoreApplication::setApplicationVersion(QStringLiteral(RT_VERSION));
    QVERIFY(!m_doc.create(m_dir.filePath(QStringLiteral("bench.roundtable"))));
    Store* s = m_doc.store();
    const qint64 place = s->insert(Kind::Place, {{QStringLiteral("name"), QStringLiteral("Milton Keynes")}});
    m_aim = s->insert(Kind::Aim,
                      {{QStringLiteral("place_id"), place},
                       {QStringLiteral("statement"), QStringLiteral("close the employment gap")},
                       {QStringLiteral("cohort"), QStringLiteral("Mental health")}});
    QRandomGenerator rng(42);
    const QStringList words = QStringLiteral("employer mentor pilot data hub referral training coach housing "
                                             "peer volunteer apprenticeship wellbeing passport outreach")
                                  .split(QLatin1Char(' '));
    Store::Transaction tx(*s);
    for (int i = 0; i < Notes; ++i) {
        QStringList text;
        const int n = 3 + int(rng.bounded(14));
        for (int w = 0; w < n; ++w)
            text << words[int(rng.bounded(int(words.size())))];
        s->insert(Kind::Idea,
                  {{QStringLiteral("aim_id"), m_aim},
                   {QStringLiteral("text"), QStringLiteral("%1. ").arg(i + 1) + text.join(QLatin1Char(' '))},
                   {QStringLiteral("impact"), rng.generateDouble()},
                   {QStringLiteral("effort"), rng.generateDouble()},
                   {QStringLiteral("unsorted"), false}});
    }
    QVERIFY(tx.commit());
}

void BenchPick::openChart()
{
    QList<double> open, build, openCpu;
    for (int i = 0; i < Opens; ++i) {
        const double c0 = cpuMs();
        QElapsedTimer t;
        t.start();
        PickChartScene scene(&m_doc);
        scene.setAim(m_aim);
        const double built = msSince(t);
        PickChartView view(&scene);
        view.resize(1280, 800);
        view.zoomToFit();
        QImage image(view.viewport()->size(), QImage::Format_RGB32); // like a window backing store
        view.viewport()->render(&image);
        open << msSince(t);
        openCpu << cpuMs() - c0;
        build << built;
        QCOMPARE(scene.notes().size(), Notes);
    }
    const Stats o = stats(open), b = stats(build);
    std::printf("bench_pick: open chart with %d notes (scene built + first render 1280x800): median %.1f ms, "
                "p99 %.1f ms (of which scene build median %.1f ms); process CPU median %.1f ms; %d runs\n",
                Notes, o.median, o.p99, b.median, stats(openCpu).median, Opens);
}

void BenchPick::dragSelection()
{
    PickChartScene scene(&m_doc);
    scene.setAim(m_aim);
    PickChartView view(&scene);
    view.resize(1280, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.zoomToFit();
    // Select 50 notes; drag the first of them.
    QList<PickNoteItem*> notes = scene.notes();
    std::sort(notes.begin(), notes.end(), [](PickNoteItem* a, PickNoteItem* b) { return a->id() < b->id(); });
    for (int i = 0; i < Selected; ++i)
        notes[i * (Notes / Selected)]->setSelected(true);
    PickNoteItem* handle = notes[0];
    // Grab the note by a point that is not covered by a note drawn above it.
    handle->setZValue(1);
    const QPoint start = view.mapFromScene(handle->pos());
    QImage image(view.viewport()->size(), QImage::Format_RGB32); // like a window backing store
    view.viewport()->render(&image); // warm the caches as a first paint on screen would

    QList<double> still, stillCpu;
    for (int f = 0; f < 20; ++f) {
        const double c0 = cpuMs();
        QElapsedTimer t;
        t.start();
        view.viewport()->render(&image);
        still << msSince(t);
        stillCpu << cpuMs() - c0;
    }
    std::printf("bench_pick: render without moving: median %.2f ms (CPU %.2f ms)\n", stats(still).median,
                stats(stillCpu).median);

    QTest::mousePress(view.viewport(), Qt::LeftButton, {}, start);
    QList<double> frames, moves, cpu;
    for (int f = 1; f <= Frames; ++f) {
        // A slow circle of about 120 px, like a hand moving a group of notes.
        const double a = f * 0.05;
        const QPoint at = start + QPoint(int(60 * std::sin(a)), int(40 * (1 - std::cos(a))));
        const double c0 = cpuMs();
        QElapsedTimer t;
        t.start();
        QTest::mouseMove(view.viewport(), at);
        moves << msSince(t);
        view.viewport()->render(&image);
        frames << msSince(t);
        cpu << cpuMs() - c0;
    }
    const QPoint end = start + QPoint(40, 30);
    QTest::mouseMove(view.viewport(), end);
    const int before = m_doc.undoStack()->count();
    QElapsedTimer t;
    t.start();
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, end);
    const double commit = msSince(t);
    QCOMPARE(m_doc.undoStack()->count(), before + 1); // one undo step for the 50 notes
    t.restart();
    m_doc.undoStack()->undo();
    const double undo = msSince(t);
    const Stats s = stats(frames);
    std::printf(
        "bench_pick: drag %d of %d notes, %d frames (mouse move + viewport render 1280x800): median %.2f ms, "
        "p99 %.2f ms, max %.2f ms (target <= 8 ms)\n",
        Selected, Notes, Frames, s.median, s.p99, s.max);
    const Stats c = stats(cpu);
    std::printf("bench_pick: same frames in process CPU time: median %.2f ms, p99 %.2f ms\n", c.median,
                c.p99);
    std::printf("bench_pick: of which mouse move median %.2f ms\n", stats(moves).median);
    std::printf("bench_pick: drop (one undoable command storing %d positions) %.1f ms; undo %.1f ms\n",
                Selected, commit, undo);
}

void BenchPick::tidyChart()
{
    PickChartScene scene(&m_doc);
    scene.setAim(m_aim);
    const int before = m_doc.undoStack()->count();
    const double c0 = cpuMs();
    QElapsedTimer t;
    t.start();
    const bool moved = scene.tidyNotes();
    const double ms = msSince(t);
    std::printf("bench_pick: tidy notes on the %d-note chart: %.0f ms (CPU %.0f ms), moved: %s\n", Notes, ms,
                cpuMs() - c0, moved ? "yes" : "no");
    if (m_doc.undoStack()->count() > before)
        m_doc.undoStack()->undo();
}

QTEST_MAIN(BenchPick)
#include "bench_pick.moc"
