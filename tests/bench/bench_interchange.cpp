// SPDX-License-Identifier: GPL-3.0-or-later
// How long load and dump take on a large session: the sample day with every table's notes and
// every aim's ideas repeated, about 20 000 rows. Prints figures; asserts only correctness.
#include "TestSupport.h"
#include "interchange/Interchange.h"
#include "session/Document.h"
#include "store/Store.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace rt;

class BenchInterchange : public QObject
{
    Q_OBJECT

private slots:
    void largeSession()
    {
        QCoreApplication::setApplicationVersion(QStringLiteral("bench"));
        QFile f(QStringLiteral(RT_SOURCE_DIR "/resources/templates/sample-session.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject json = QJsonDocument::fromJson(f.readAll()).object();
        constexpr int Copies = 120;
        QJsonArray tables = json[QStringLiteral("tables")].toArray();
        for (qsizetype t = 0; t < tables.size(); ++t) {
            QJsonObject table = tables[t].toObject();
            const QJsonArray notes = table[QStringLiteral("notes")].toArray();
            QJsonArray many;
            for (int c = 0; c < Copies; ++c) {
                for (const QJsonValue& n : notes)
                    many.append(n);
            }
            table[QStringLiteral("notes")] = many;
            tables[t] = table;
        }
        json[QStringLiteral("tables")] = tables;

        QTemporaryDir dir;
        Document doc;
        QVERIFY(!doc.create(dir.filePath(QStringLiteral("big.roundtable"))));
        QString error;
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(interchange::load(json, *doc.store(), &error), qPrintable(error));
        const qint64 loadMs = timer.restart();
        const QByteArray text = interchange::dumpText(*doc.store());
        const qint64 dumpMs = timer.elapsed();
        const int notes = doc.store()->count(Kind::Note);
        QVERIFY(notes > 19000);
        qInfo("interchange: load %d notes in %lld ms; dump %lld KiB in %lld ms", notes, loadMs,
              qint64(text.size() / 1024), dumpMs);
    }
};

QTEST_GUILESS_MAIN(BenchInterchange)
#include "bench_interchange.moc"
