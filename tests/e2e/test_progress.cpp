// SPDX-License-Identifier: GPL-3.0-or-later
// The place leads' progress update (export --pack progress): every action and every progress
// update appears exactly once, verbatim, in the PDF's text, in LibreOffice's reading of the PPTX
// and in the Markdown; nothing is smaller than 12 pt; one place can be chosen; the indicators
// show the baseline and the latest period; a bad --place or --since is refused by name.
#include "ExportSample.h"
#include "cli/ExportCommand.h"
#include "commands/FollowEdits.h"
#include "session/Document.h"
#include "slides/Export.h"
#include "slides/ProgressPack.h"
#include "store/Columns.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace rt;
using namespace rt::slides;

namespace {

QString squash(const QString& s)
{
    QString out;
    for (const QChar c : s.normalized(QString::NormalizationForm_KC)) {
        if (!c.isSpace() && c.category() != QChar::Other_Format)
            out += c;
    }
    return out;
}

QString pdfText(const QString& pdf)
{
    QProcess p;
    p.start(
        QStringLiteral("pdftotext"),
        {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    if (!p.waitForFinished(60000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString S(const char* t)
{
    return QString::fromUtf8(t);
}

} // namespace

class TestProgress : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_session;
    QStringList m_actions, m_updates; ///< every action's and update's text
    SessionData m_data;

    /** Each of @p texts once in @p all (squashed): the first that is missing or repeated. */
    static QString notOnce(const QString& all, const QStringList& texts)
    {
        const QString a = squash(all);
        for (const QString& t : texts) {
            const qsizetype n = a.count(squash(t));
            if (n != 1)
                return QStringLiteral("%1× %2").arg(n).arg(t);
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_session = m_dir.filePath(S("seminar.roundtable"));
        Document doc;
        QVERIFY(!doc.create(m_session));
        test::SampleSize size;
        size.places = 4;
        size.hostile = false;
        QVERIFY(test::buildSample(*doc.store(), size));
        Store& s = *doc.store();
        QVERIFY(s.update(Kind::Event, 1, col::Date, S("2023-07-21")));
        const QStringList statuses {S("on_track"), S("at_risk"), S("off_track"), S("done"), S("stopped")};
        int n = 0;
        for (const Row& a : s.rows(Kind::Action)) {
            m_actions << a.str(col::Action);
            // Some actions have no update, some one, some three.
            for (int u = 0; u < n % 4; ++u) {
                const QString text = test::sampleSentence(5000 + n * 10 + u, 12);
                QVERIFY(edit::addActionUpdate(
                    doc, a.id, text, statuses[(n + u) % statuses.size()], S("Lead %1").arg(n),
                    QDateTime(QDate(2023, 8, 1).addDays(n * 3 + u * 20), QTime(9, 0))));
                m_updates << text;
            }
            ++n;
        }
        for (const Row& r : s.rows(Kind::Indicator)) {
            QVERIFY(s.insert(
                Kind::IndicatorReading,
                {{col::IndicatorId, r.id}, {col::Period, S("2024 Q1")}, {col::Vals, r.str(col::Vals)}}));
        }
        m_data = SessionData::load(s);
        QVERIFY(m_updates.size() > 10);
    }

    void deckShowsEachOnceAtTwelvePoints()
    {
        ProgressOptions o;
        o.today = QDate(2024, 2, 1);
        const Deck deck = ProgressBuilder(m_data, o).build();
        QStringList actions, updates;
        for (const Item& i : deck.items)
            (i.kind == QLatin1String("action") ? actions : updates) << i.text;
        QCOMPARE(actions.size(), m_actions.size());
        QCOMPARE(updates.size(), m_updates.size());
        for (const Slide& sl : deck.slides) {
            for (const Element& e : sl.elements) {
                if (e.type == Element::Text || e.type == Element::Shape)
                    QVERIFY2(e.paragraphs.isEmpty() || e.sizePt >= MinTextPt, qPrintable(sl.title));
            }
        }
    }

    void pdfHasEveryActionAndUpdateOnce()
    {
        if (QStandardPaths::findExecutable(S("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        const QString out = m_dir.filePath(S("progress.pdf"));
        QString error;
        QVERIFY2(exportProgress(m_session, S("pdf"), out, {}, &error), qPrintable(error));
        const QString text = pdfText(out);
        QCOMPARE(notOnce(text, m_actions), QString());
        QCOMPARE(notOnce(text, m_updates), QString());
        QVERIFY(text.contains(S("Indicators then and now")));
        QVERIFY(text.contains(S("2024 Q1")));
    }

    void pptxOpensInLibreOfficeWithEachOnce()
    {
        const QString out = m_dir.filePath(S("progress.pptx"));
        QString error;
        QVERIFY2(exportProgress(m_session, S("pptx"), out, {}, &error), qPrintable(error));
        const QString soffice = QStandardPaths::findExecutable(S("soffice"));
        if (soffice.isEmpty() || QStandardPaths::findExecutable(S("pdftotext")).isEmpty())
            QSKIP("LibreOffice (soffice) or pdftotext is not installed");
        const QString outDir = m_dir.filePath(S("lo-out"));
        QProcess p;
        p.start(soffice,
                {S("--headless"), S("-env:UserInstallation=file://") + m_dir.filePath(S("lo")),
                 S("--convert-to"), S("pdf"), S("--outdir"), outDir, out});
        QVERIFY(p.waitForFinished(240000));
        const QString pdf = QDir(outDir).filePath(S("progress.pdf"));
        QVERIFY2(QFileInfo::exists(pdf), p.readAllStandardError().constData());
        const QString text = pdfText(pdf);
        QCOMPARE(notOnce(text, m_actions), QString());
        QCOMPARE(notOnce(text, m_updates), QString());
    }

    void pptxPassesTheOoxmlValidator()
    {
        const QString out = m_dir.filePath(S("progress-valid.pptx"));
        QString error;
        QVERIFY2(exportProgress(m_session, S("pptx"), out, {}, &error), qPrintable(error));
        QString skip;
        const QString problems = test::ooxmlProblems(out, &skip);
        if (!skip.isEmpty())
            QSKIP(qPrintable(skip));
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    void markdownHasEachOnce()
    {
        const QString out = m_dir.filePath(S("progress.md"));
        QString error;
        QVERIFY2(exportProgress(m_session, S("md"), out, {}, &error), qPrintable(error));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QCOMPARE(notOnce(text, m_actions), QString());
        QCOMPARE(notOnce(text, m_updates), QString());
    }

    void onePlaceOnly()
    {
        ProgressOptions o;
        o.place = m_data.places[1].name.toUpper(); // names match whatever the case
        const QString md = ProgressBuilder::markdown(m_data, o);
        for (int p = 0; p < m_data.places.size(); ++p) {
            for (const auto& a : m_data.places[p].actions)
                QCOMPARE(squash(md).contains(squash(a.action)), p == 1);
        }
    }

    void sinceLeavesOutOlderUpdates()
    {
        ProgressOptions o;
        o.since = QDate(2099, 1, 1);
        const Deck deck = ProgressBuilder(m_data, o).build();
        int updates = 0;
        for (const Item& i : deck.items)
            updates += i.kind == QLatin1String("update") ? 1 : 0;
        // Only each action's latest update is left (in the table).
        int latest = 0;
        for (const auto& p : m_data.places) {
            for (const auto& a : p.actions)
                latest += a.updates.isEmpty() ? 0 : 1;
        }
        QCOMPARE(updates, latest);
    }

    void commandLine()
    {
        const QString out = m_dir.filePath(S("cli-progress.pdf"));
        QCOMPARE(cli::runExport({m_session, S("--format"), S("pdf"), S("--pack"), S("progress"), S("--place"),
                                 m_data.places[0].name, S("--since"), S("2023-08-01"), S("-o"), out}),
                 0);
        QVERIFY(QFileInfo(out).size() > 1000);
        // Bad options: refused, nothing written.
        const QString bad = m_dir.filePath(S("bad.pdf"));
        QCOMPARE(cli::runExport({m_session, S("--format"), S("pdf"), S("--pack"), S("progress"), S("--place"),
                                 S("Atlantis"), S("-o"), bad}),
                 1);
        QCOMPARE(cli::runExport({m_session, S("--format"), S("pdf"), S("--pack"), S("progress"), S("--since"),
                                 S("last week"), S("-o"), bad}),
                 1);
        QCOMPARE(cli::runExport({m_session, S("--format"), S("pdf"), S("--place"), S("Luton"), S("-o"), bad}),
                 1);
        QCOMPARE(
            cli::runExport({m_session, S("--format"), S("csv"), S("--pack"), S("progress"), S("-o"), bad}),
            1);
        QVERIFY(!QFileInfo::exists(bad));
        QString error;
        ProgressOptions o;
        o.place = S("Atlantis");
        QVERIFY(!exportProgress(m_session, S("pdf"), bad, o, &error));
        QVERIFY2(error.startsWith(S("--place:")) && error.contains(S("Atlantis")), qPrintable(error));
    }
};

QTEST_MAIN(TestProgress)
#include "test_progress.moc"
