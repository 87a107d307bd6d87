// SPDX-License-Identifier: GPL-3.0-or-later
// The data-pack CSV: a good file becomes the session's data pack in one undo step; a bad one is
// refused line by line and changes nothing; the heat map ranks cells the right way round.
#include "Fixture.h"
#include "TestSupport.h"
#include "interchange/IndicatorCsv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace rt;
using rt::test::dump;
using rt::test::S;
using rt::test::vm;

namespace {

// Figures in the shape of the reference event's data pack.
const char* GoodCsv
    = "\xEF\xBB\xBF"
      "Domain,Indicator,Bedford Borough,Central Beds,Luton,Milton Keynes,East of England,England,"
      "comparator: Statistical neighbours,higher_is_better\r\n"
      "Overall employment,Employment rate,74%,81%,70%,82%,,75%,76%,yes\r\n"
      ",Economic inactivity rate,24%,18%,26%,17%,,21%,20%,no\r\n"
      "\"Employment inequalities\n(employment gap)\",People with long term conditions,-0.1%,14.4%,16.1%,"
      "6.7%,9.0%,9.9%,n/a,FALSE\r\n"
      ",\"Gap, with \"\"quotes\"\"\",21%,26%,9%,19%,21%,20%,,0\r\n"
      "\r\n"
      "Younger and older people,Employment rate in adults aged 50-64 years,69%,74%,65%,70%,73%,71%,,True\r\n";

QStringList valsOf(const Row& r)
{
    QStringList out;
    for (const QJsonValue& v : QJsonDocument::fromJson(r.str(S("vals")).toUtf8()).array())
        out << v.toString();
    return out;
}

} // namespace

class TestIndicatorCsv : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    std::unique_ptr<Document> m_doc;
    test::Fixture f;

private slots:
    void init()
    {
        static int n = 0;
        m_doc = std::make_unique<Document>();
        QVERIFY(!m_doc->create(m_tmp.filePath(QStringLiteral("i%1.roundtable").arg(++n))));
        f = {};
        QVERIFY(f.build(m_doc->store())); // holds a small data pack already
    }
    void cleanup() { m_doc.reset(); }

    void goodFileBecomesTheDataPack()
    {
        Store* s = m_doc->store();
        const QStringList before = dump(s);
        QStringList errors;
        QVERIFY2(IndicatorCsv::import(m_doc.get(), QByteArray(GoodCsv), &errors),
                 qPrintable(errors.join(S("; "))));
        QVERIFY(errors.isEmpty());
        QCOMPARE(m_doc->undoStack()->count(), 1);

        QStringList names;
        QList<bool> comparators;
        for (const Row& c : s->rows(Kind::IndicatorColumn)) {
            names << c.str(S("name"));
            comparators << c.flag(S("comparator"));
        }
        QCOMPARE(names,
                 (QStringList {S("Bedford Borough"), S("Central Beds"), S("Luton"), S("Milton Keynes"),
                               S("East of England"), S("England"), S("Statistical neighbours")}));
        QCOMPARE(comparators, (QList<bool> {false, false, false, false, true, true, true}));

        const QList<Row> rows = s->rows(Kind::Indicator);
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows[0].str(S("domain")), S("Overall employment"));
        QCOMPARE(rows[0].str(S("indicator")), S("Employment rate"));
        QCOMPARE(valsOf(rows[0]),
                 (QStringList {S("74%"), S("81%"), S("70%"), S("82%"), S(""), S("75%"), S("76%")}));
        QVERIFY(rows[0].flag(S("higher_is_better")));
        QCOMPARE(rows[1].str(S("domain")), S("Overall employment")); // empty domain: the one above
        QVERIFY(!rows[1].flag(S("higher_is_better")));
        QCOMPARE(rows[2].str(S("domain")), S("Employment inequalities\n(employment gap)"));
        QCOMPARE(valsOf(rows[2]).first(), S("-0.1%"));
        QVERIFY(!rows[2].flag(S("higher_is_better")));
        QCOMPARE(rows[3].str(S("indicator")), S("Gap, with \"quotes\""));
        QVERIFY(!rows[3].flag(S("higher_is_better")));
        QVERIFY(rows[4].flag(S("higher_is_better")));

        // One undo step puts the old data pack back.
        m_doc->undoStack()->undo();
        QCOMPARE(dump(s), before);
        m_doc->undoStack()->redo();
        QCOMPARE(s->count(Kind::Indicator), 5);
    }

    void plainFileWithoutBomOrFinalNewline()
    {
        QByteArray csv = "domain,indicator,Luton,England,higher_is_better\n"
                         "Work,Unemployment rate,7.6%,5.0%,no";
        QStringList errors;
        IndicatorCsv::Table t;
        QVERIFY(IndicatorCsv::parse(csv, &t, &errors));
        QCOMPARE(t.columns, (QStringList {S("Luton"), S("England")}));
        QCOMPARE(t.comparator, (QList<bool> {false, true}));
        QCOMPARE(t.rows.size(), 1);
        QCOMPARE(t.rows[0].values, (QStringList {S("7.6%"), S("5.0%")}));
        QCOMPARE(t.rows[0].line, 2);
        QVERIFY(!t.rows[0].higherIsBetter);
        // A "(comparator)" suffix marks a comparator too.
        QVERIFY(IndicatorCsv::parse(
            "domain,indicator,Luton,Region (comparator),higher_is_better\nW,X,1,2,yes\n", &t, &errors));
        QCOMPARE(t.columns, (QStringList {S("Luton"), S("Region")}));
        QCOMPARE(t.comparator, (QList<bool> {false, true}));
    }

    void errorsNameTheirLines()
    {
        // Line 3 holds a quoted field over two lines, so the later records start on lines 5, 6, 7, 8.
        const QByteArray csv = "domain,indicator,Luton,England,higher_is_better\n"
                               "Work,Employment rate,70%,75%,yes\n"
                               "\"Long\ndomain\",Inactivity,26%,21%,no\n"
                               "Work,Too few fields,1%,yes\n"
                               "Work,Unsure,1%,2%,maybe\n"
                               "Work,,1%,2%,yes\n"
                               "Work,Fine,1%,2%,1\n"
                               "Work,Too many,1%,2%,3%,0\n";
        Store* s = m_doc->store();
        const QStringList before = dump(s);
        QStringList errors;
        QVERIFY(!IndicatorCsv::import(m_doc.get(), csv, &errors));
        QCOMPARE(
            errors,
            (QStringList {S("line 5: expected 5 fields, found 4"),
                          S("line 6: higher_is_better must be yes/no/true/false/1/0"),
                          S("line 7: the indicator has no name"), S("line 9: expected 5 fields, found 6")}));
        QCOMPARE(dump(s), before);
        QCOMPARE(m_doc->undoStack()->count(), 0);
    }

    void wholeFileErrors_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty") << QByteArray()
                               << S("the file is empty: it needs a header line and at least one indicator");
        QTest::newRow("header only") << QByteArray("domain,indicator,Luton,higher_is_better\r\n")
                                     << S("the file has a header but no indicators");
        QTest::newRow("wrong header")
            << QByteArray("\n\nname,value\nx,1\n")
            << S("line 3: the header must be domain, indicator, one column per area or "
                 "comparator, higher_is_better");
        QTest::newRow("unclosed quote")
            << QByteArray("domain,indicator,Luton,higher_is_better\nW,\"open,1,yes\n\n")
            << S("line 2: a quoted field is not closed");
        QTest::newRow("text after quote")
            << QByteArray("domain,indicator,Luton,higher_is_better\nW,\"a\"b,1,yes\n")
            << S("line 2: text follows a closing quote");
        QTest::newRow("not UTF-8") << QByteArray("domain,indicator,Lut\xf3n,higher_is_better\nW,X,1,yes\n")
                                   << S("the file is not UTF-8 text");
        QTest::newRow("duplicate column")
            << QByteArray("domain,indicator,Luton,Luton,higher_is_better\nW,X,1,2,yes\n")
            << S("line 1: the column Luton appears twice");
    }
    void wholeFileErrors()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, error);
        const QStringList before = dump(m_doc->store());
        QStringList errors;
        QVERIFY(!IndicatorCsv::import(m_doc.get(), csv, &errors));
        QCOMPARE(errors, QStringList {error});
        QCOMPARE(dump(m_doc->store()), before);
    }

    void laterPeriodKeepsTheBaseline()
    {
        // The fixture's data pack: Employment rate, Luton 70%, England 75%.
        Store* s = m_doc->store();
        const Row indicator = s->rows(Kind::Indicator).first();
        const QStringList baseline = valsOf(indicator);
        QStringList errors;
        // A period column, columns in another order and in another case.
        QVERIFY2(IndicatorCsv::importPeriod(m_doc.get(),
                                            "domain,indicator,period,england,Luton,higher_is_better\n"
                                            "Work,employment rate,2024 Q1,76%,72%,yes\n",
                                            {}, &errors),
                 qPrintable(errors.join(S("; "))));
        QCOMPARE(valsOf(s->row(Kind::Indicator, indicator.id)), baseline);
        const QList<Row> readings = s->rows(Kind::IndicatorReading, {{S("indicator_id"), indicator.id}});
        QCOMPARE(readings.size(), 1);
        QCOMPARE(readings[0].str(S("period")), S("2024 Q1"));
        QCOMPARE(valsOf(readings[0]), (QStringList {S("72%"), S("76%")}));
        // A chosen period, no period column; the same period again replaces it.
        QVERIFY(IndicatorCsv::importPeriod(m_doc.get(),
                                           "domain,indicator,Luton,England,higher_is_better\n"
                                           "Work,Employment rate,73%,77%,yes\n",
                                           S("2024 Q1"), &errors));
        QCOMPARE(s->count(Kind::IndicatorReading), 1);
        QCOMPARE(valsOf(s->rows(Kind::IndicatorReading).first()), (QStringList {S("73%"), S("77%")}));
        m_doc->undoStack()->undo();
        QCOMPARE(valsOf(s->rows(Kind::IndicatorReading).first()), (QStringList {S("72%"), S("76%")}));
        // A whole-pack import refuses a file with periods.
        QVERIFY(!IndicatorCsv::import(m_doc.get(),
                                      "domain,indicator,period,Luton,England,higher_is_better\n"
                                      "Work,Employment rate,2024 Q2,73%,77%,yes\n",
                                      &errors));
    }

    void periodErrorsNameTheirLines()
    {
        Store* s = m_doc->store();
        const QStringList before = dump(s);
        QStringList errors;
        QVERIFY(!IndicatorCsv::importPeriod(m_doc.get(),
                                            "domain,indicator,Luton,Bedford,higher_is_better\n"
                                            "Work,Employment rate,73%,80%,yes\n"
                                            "Work,Smoking,10%,12%,no\n",
                                            {}, &errors));
        QCOMPARE(errors,
                 (QStringList {S("line 1: the column Bedford is not in the data pack"),
                               S("line 2: no period: add a period column or choose the period"),
                               S("line 3: no period: add a period column or choose the period"),
                               S("line 3: there is no indicator Smoking in the data pack")}));
        QCOMPARE(dump(s), before);
    }

    void unreadableOrReadOnly()
    {
        QStringList errors;
        const QString missing = m_tmp.filePath(S("no-such.csv"));
        QVERIFY(!IndicatorCsv::importFile(m_doc.get(), missing, &errors));
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().startsWith(QDir::toNativeSeparators(missing)));

        const QString path = m_doc->path();
        m_doc->close();
        QVERIFY(!m_doc->open(path, SessionFile::Mode::ReadOnly));
        const QStringList before = dump(m_doc->store());
        QVERIFY(!IndicatorCsv::import(m_doc.get(), QByteArray(GoodCsv), &errors));
        QVERIFY(errors.first().contains(S("read-only")));
        QCOMPARE(dump(m_doc->store()), before);
    }

    void numbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("isNumber");
        QTest::addColumn<double>("value");
        QTest::newRow("percent") << S("74%") << true << 74.0;
        QTest::newRow("negative percent") << S("-0.1%") << true << -0.1;
        QTest::newRow("decimal") << S("5.5") << true << 5.5;
        QTest::newRow("spaces") << S("  12.3 % ") << true << 12.3;
        QTest::newRow("thousands") << S("1,234.5") << true << 1234.5;
        QTest::newRow("unicode minus") << S("−3") << true << -3.0;
        QTest::newRow("plus") << S("+2") << true << 2.0;
        QTest::newRow("empty") << S("") << false << 0.0;
        QTest::newRow("n/a") << S("n/a") << false << 0.0;
        QTest::newRow("dash") << S("-") << false << 0.0;
        QTest::newRow("suppressed") << S("*") << false << 0.0;
        QTest::newRow("decimal comma is not a number") << S("5,5") << false << 0.0;
        QTest::newRow("nan") << S("nan") << false << 0.0;
        QTest::newRow("words") << S("about 5%") << false << 0.0;
    }
    void numbers()
    {
        QFETCH(QString, text);
        QFETCH(bool, isNumber);
        QFETCH(double, value);
        const auto n = IndicatorCsv::number(text);
        QCOMPARE(n.has_value(), isNumber);
        if (isNumber)
            QCOMPARE(*n, value);
    }

    void goodnessRanksTheRow()
    {
        const QStringList row {S("74%"), S("81%"), S("70%"), S("82%"), S(""), S("75%")};
        const auto higher = IndicatorCsv::goodness(row, true);
        QCOMPARE(higher.size(), row.size());
        QVERIFY(!higher[4].has_value()); // no number: no colour
        QCOMPARE(*higher[3], 1.0); // 82% is the best employment rate
        QCOMPARE(*higher[2], 0.0); // 70% the worst
        QVERIFY(*higher[1] > *higher[5] && *higher[5] > *higher[0] && *higher[0] > *higher[2]);
        for (const auto& g : higher)
            QVERIFY(!g || (*g >= 0.0 && *g <= 1.0));

        // Lower is better (inactivity, gaps): the order turns round.
        const auto lower = IndicatorCsv::goodness(row, false);
        QCOMPARE(*lower[2], 1.0);
        QCOMPARE(*lower[3], 0.0);
        for (int i = 0; i < row.size(); ++i) {
            if (higher[i])
                QCOMPARE(*lower[i] + *higher[i], 1.0);
        }

        // Negative values, and a row whose numbers are all equal.
        const auto gap = IndicatorCsv::goodness({S("-0.1%"), S("14.4%"), S("16.1%"), S("n/a")}, false);
        QCOMPARE(*gap[0], 1.0);
        QCOMPARE(*gap[2], 0.0);
        QVERIFY(!gap[3]);
        const auto same = IndicatorCsv::goodness({S("5%"), S("5.0%"), S("x")}, true);
        QCOMPARE(*same[0], 0.5);
        QCOMPARE(*same[1], 0.5);
        QVERIFY(!same[2]);
        QVERIFY(IndicatorCsv::goodness({}, true).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestIndicatorCsv)
#include "test_indicatorcsv.moc"
