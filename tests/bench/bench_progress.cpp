// SPDX-License-Identifier: GPL-3.0-or-later
// How long the place leads' progress update takes for a 4-place session (8 actions a place, up to
// three updates each, the data pack with a later period): reading the session, building the deck
// and writing the PDF, as `export --pack progress --format pdf` does. Prints figures; asserts none.
#include "ExportSample.h"
#include "commands/FollowEdits.h"
#include "session/Document.h"
#include "slides/Export.h"
#include "slides/ProgressPack.h"
#include "store/Columns.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

using namespace rt;
using namespace rt::slides;

class BenchProgress : public QObject
{
    Q_OBJECT
private slots:
    void fourPlaces();
};

void BenchProgress::fourPlaces()
{
    QTemporaryDir dir;
    const QString session = dir.filePath(QStringLiteral("sample.roundtable"));
    {
        Document doc;
        QVERIFY(!doc.create(session));
        test::SampleSize size;
        size.places = 4;
        size.aimsPerPlace = 1;
        size.actionsPerPlace = 8;
        size.hostile = false;
        QVERIFY(test::buildSample(*doc.store(), size));
        Store& s = *doc.store();
        QVERIFY(s.update(Kind::Event, 1, col::Date, QStringLiteral("2023-07-21")));
        int n = 0;
        for (const Row& a : s.rows(Kind::Action)) {
            for (int u = 0; u < n % 4; ++u)
                QVERIFY(edit::addActionUpdate(doc, a.id, test::sampleSentence(9000 + n * 10 + u, 16),
                                              QStringLiteral("on_track"), QStringLiteral("Lead"),
                                              QDateTime(QDate(2023, 9, 1).addDays(n + u * 30), QTime(9, 0))));
            ++n;
        }
        for (const Row& r : s.rows(Kind::Indicator))
            QVERIFY(s.insert(Kind::IndicatorReading,
                             {{col::IndicatorId, r.id},
                              {col::Period, QStringLiteral("2024 Q1")},
                              {col::Vals, r.str(col::Vals)}}));
    }
    const QString pdf = dir.filePath(QStringLiteral("progress.pdf"));
    double best = 1e9;
    for (int run = 0; run < 3; ++run) {
        QFile::remove(pdf);
        QElapsedTimer t;
        t.start();
        QString error;
        QVERIFY2(exportProgress(session, QStringLiteral("pdf"), pdf, {}, &error), qPrintable(error));
        best = std::min(best, t.nsecsElapsed() / 1e6);
    }
    qInfo().noquote() << QStringLiteral(
                             "4-place progress update, session to PDF: %1 ms (%2 KiB; target <= 300 ms)")
                             .arg(best, 0, 'f', 1)
                             .arg(QFileInfo(pdf).size() / 1024);
}

QTEST_MAIN(BenchProgress)
#include "bench_progress.moc"
