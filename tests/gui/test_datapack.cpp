// SPDX-License-Identifier: GPL-3.0-or-later
// The Data pack workspace: the indicator model is a sound Qt model that follows the store; the
// heat map ranks each row the right way round and stays readable; every edit (cell, direction,
// rows, columns) is undoable; a bad CSV changes nothing and names its line; export reads back.
#include "TestSupport.h"
#include "datapack/DataPackWorkspace.h"
#include "datapack/HeatMap.h"
#include "interchange/IndicatorCsv.h"
#include "interchange/IndicatorCsvWriter.h"
#include "models/IndicatorTableModel.h"
#include "session/Document.h"
#include "store/Store.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace rt;

namespace {

QString S(const char* text)
{
    return QString::fromUtf8(text);
}

// Our own figures, in the shape of a public-health data pack: two areas, then two comparators
// stored in between and after (the model shows areas first), a lower-is-better row, gaps.
const char* PackCsv = "domain,indicator,North Town,comparator: Region,South Vale,England,higher_is_better\n"
                      "Work,Employment rate,71%,74%,79%,75%,yes\n"
                      ",Unemployment rate,6.2%,4.4%,3.9%,5.0%,no\n"
                      "Health,Sickness absence days,1.2%,n/a,0.7%,,no\n"
                      "Young people,Apprenticeship starts,\"1,204\",,\"2,310\",,yes\n";

QStringList modelTexts(const QAbstractItemModel* m)
{
    QStringList out;
    for (int r = 0; r < m->rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < m->columnCount(); ++c)
            row << m->index(r, c).data().toString() + QLatin1Char('/')
                    + m->index(r, c).data(Qt::CheckStateRole).toString();
        out << row.join(QLatin1Char('|'));
    }
    QStringList header;
    for (int c = 0; c < m->columnCount(); ++c)
        header << m->headerData(c, Qt::Horizontal).toString();
    out.prepend(header.join(QLatin1Char('|')));
    return out;
}

double lightness(const QVariant& colour)
{
    return colour.value<QColor>().lightnessF();
}

} // namespace

class TestDataPack : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    std::unique_ptr<Document> m_doc;
    int m_n = 0;

    QString file(const QString& name) const { return m_tmp.filePath(name); }
    QString writeFile(const QString& name, const QByteArray& bytes) const
    {
        QFile f(file(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return f.fileName();
    }

private slots:
    void init()
    {
        m_doc = std::make_unique<Document>();
        QVERIFY(!m_doc->create(file(QStringLiteral("d%1.roundtable").arg(++m_n))));
        QStringList errors;
        QVERIFY2(IndicatorCsv::import(m_doc.get(), QByteArray(PackCsv), &errors),
                 qPrintable(errors.join(S("; "))));
        m_doc->undoStack()->clear();
    }
    void cleanup() { m_doc.reset(); }

    void modelIsSoundThroughEveryEdit()
    {
        IndicatorTableModel model(m_doc.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), 2 + 4 + 1);
        // Areas first, then comparators, whatever the stored order.
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), S("North Town"));
        QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), S("South Vale"));
        QCOMPARE(model.headerData(4, Qt::Horizontal).toString(), S("Region"));
        QCOMPARE(model.headerData(5, Qt::Horizontal).toString(), S("England"));
        QVERIFY(!model.isComparatorColumn(3));
        QVERIFY(model.isComparatorColumn(4));
        QCOMPARE(model.index(0, 4).data().toString(), S("74%")); // Region's value follows its column
        QCOMPARE(model.index(0, 3).data().toString(), S("79%"));

        QVERIFY(model.setData(model.index(1, 2), S("6.5%")));
        QVERIFY(model.setData(model.index(1, model.higherIsBetterColumn()), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(model.insertIndicator(2, S("New one")));
        QVERIFY(model.addColumn(S("East Side"), false) >= 0);
        QVERIFY(model.addColumn(S("Nation"), true) >= 0);
        QVERIFY(model.removeColumn(2));
        QVERIFY(model.renameColumn(2, S("South Vale (new)")));
        QVERIFY(model.removeIndicators({0, 3}));
        QVERIFY(model.setData(model.index(0, IndicatorTableModel::DomainColumn), S("Jobs")));
        // Undo everything, then redo it: the tester watches every signal on the way.
        while (m_doc->undoStack()->canUndo())
            m_doc->undoStack()->undo();
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), 7);
        while (m_doc->undoStack()->canRedo())
            m_doc->undoStack()->redo();
        QCOMPARE(model.rowCount(), 3);
    }

    void heatMapRanksEachRow()
    {
        IndicatorTableModel model(m_doc.get());
        // Row 0, higher is better: 71 (NT) 79 (SV) 74 (Region) 75 (England): best is lightest.
        const auto bg = [&](int r, int c) { return model.index(r, c).data(Qt::BackgroundRole); };
        QVERIFY(lightness(bg(0, 3)) > lightness(bg(0, 5)));
        QVERIFY(lightness(bg(0, 5)) > lightness(bg(0, 4)));
        QVERIFY(lightness(bg(0, 4)) > lightness(bg(0, 2)));
        QCOMPARE(model.index(0, 3).data(IndicatorTableModel::GoodnessRole).toDouble(), 1.0);
        QCOMPARE(model.index(0, 2).data(IndicatorTableModel::GoodnessRole).toDouble(), 0.0);
        // Row 1, lower is better: 6.2 (worst, darkest) … 3.9 (best, lightest).
        QVERIFY(lightness(bg(1, 3)) > lightness(bg(1, 4)));
        QVERIFY(lightness(bg(1, 4)) > lightness(bg(1, 5)));
        QVERIFY(lightness(bg(1, 5)) > lightness(bg(1, 2)));
        // Not numbers: no colour at all.
        QVERIFY(!bg(2, 4).isValid()); // "n/a"
        QVERIFY(!bg(2, 5).isValid()); // empty
        QVERIFY(!bg(0, IndicatorTableModel::NameColumn).isValid());
        // Thousands separators are numbers.
        QVERIFY(lightness(bg(3, 3)) > lightness(bg(3, 2)));
        // Flipping the direction flips the colours.
        const double before = lightness(bg(0, 3));
        QVERIFY(
            model.setData(model.index(0, model.higherIsBetterColumn()), Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(lightness(bg(0, 3)) < lightness(bg(0, 2)));
        m_doc->undoStack()->undo();
        QCOMPARE(lightness(bg(0, 3)), before);
    }

    void figuresKeepTheirOrderRightToLeft()
    {
        // In Urdu the window lays text out right to left: "-0.1%" must not read "0.1%-", nor
        // "% of claimants" read "of claimants %".
        IndicatorTableModel model(m_doc.get());
        QVERIFY(model.setData(model.index(1, 2), S("-0.1%")));
        QVERIFY(model.setData(model.index(1, IndicatorTableModel::NameColumn), S("% of claimants")));
        HeatMapDelegate delegate;
        const auto styled = [&](const QModelIndex& index) {
            QStyleOptionViewItem opt;
            opt.direction = Qt::RightToLeft;
            delegate.initStyleOption(&opt, index);
            return opt;
        };
        const QStyleOptionViewItem figure = styled(model.index(1, 2));
        QCOMPARE(figure.direction, Qt::LeftToRight);
        QCOMPARE(figure.text, S("-0.1%"));
        const QStyleOptionViewItem name = styled(model.index(1, IndicatorTableModel::NameColumn));
        QCOMPARE(name.direction, Qt::RightToLeft); // aligned as the window is
        QCOMPARE(name.text, QString(QChar(0x200E)) + S("% of claimants"));
        QVERIFY(model.setData(model.index(1, IndicatorTableModel::NameColumn), S("بے روزگاری کی شرح")));
        QCOMPARE(styled(model.index(1, IndicatorTableModel::NameColumn)).text, S("بے روزگاری کی شرح"));
    }

    void everyShadeIsReadable()
    {
        double darkest = 1, lightest = 0;
        for (int i = 0; i <= 200; ++i) {
            const QColor bg = IndicatorTableModel::heatColor(i / 200.0);
            const QColor fg = IndicatorTableModel::textColorOn(bg);
            const double ratio = IndicatorTableModel::contrast(bg, fg);
            QVERIFY2(ratio >= 4.5,
                     qPrintable(QStringLiteral("%1 on %2: %3").arg(fg.name(), bg.name()).arg(ratio)));
            darkest = std::min(darkest, double(bg.lightnessF()));
            lightest = std::max(lightest, double(bg.lightnessF()));
            if (i > 0) // one hue, lighter step by step
                QVERIFY(bg.lightnessF() >= IndicatorTableModel::heatColor((i - 1) / 200.0).lightnessF());
        }
        QVERIFY(lightest - darkest > 0.4);
        // The model hands out the same pairs.
        IndicatorTableModel model(m_doc.get());
        for (int c = 2; c < 6; ++c) {
            const QModelIndex i = model.index(0, c);
            QVERIFY(IndicatorTableModel::contrast(i.data(Qt::BackgroundRole).value<QColor>(),
                                                  i.data(Qt::ForegroundRole).value<QColor>())
                    >= 4.5);
        }
    }

    void editingThroughTheViewIsUndoable()
    {
        DataPackWorkspace ws(m_doc.get());
        ws.resize(1000, 600);
        ws.show();
        QVERIFY(QTest::qWaitForWindowExposed(&ws));
        QTableView* view = ws.view();
        const QModelIndex cell = ws.model()->index(0, 2);
        view->setCurrentIndex(cell);
        view->edit(cell);
        auto* editor = view->findChild<QLineEdit*>();
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, S("90%"));
        QTest::keyClick(editor, Qt::Key_Return); // the delegate commits on its next turn
        QTRY_COMPARE(ws.model()->index(0, 2).data().toString(), S("90%"));
        // The heat map follows: 90 is now the best in the row.
        QCOMPARE(ws.model()->index(0, 2).data(IndicatorTableModel::GoodnessRole).toDouble(), 1.0);
        QCOMPARE(m_doc->undoStack()->count(), 1);
        const Row stored = m_doc->store()->row(Kind::Indicator, ws.model()->idAt(0));
        QVERIFY(stored.str(S("vals")).contains(S("90%")));

        m_doc->undoStack()->undo();
        QCOMPARE(ws.model()->index(0, 2).data().toString(), S("71%"));
        QCOMPARE(ws.model()->index(0, 2).data(IndicatorTableModel::GoodnessRole).toDouble(), 0.0);
        m_doc->undoStack()->redo();
        QCOMPARE(ws.model()->index(0, 2).data().toString(), S("90%"));

        // Two cells of one row are two undo steps, not merged into one.
        QVERIFY(ws.model()->setData(ws.model()->index(0, 3), S("80%")));
        QCOMPARE(m_doc->undoStack()->count(), 2);
        m_doc->undoStack()->undo();
        QCOMPARE(ws.model()->index(0, 2).data().toString(), S("90%"));
        QCOMPARE(ws.model()->index(0, 3).data().toString(), S("79%"));
    }

    void columnsAndRowsAreUndoable()
    {
        IndicatorTableModel model(m_doc.get());
        const QStringList before = modelTexts(&model);
        const int column = model.addColumn(S("East Side"), false);
        QCOMPARE(column, 4); // after the last area, before the comparators
        QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), S("East Side"));
        QVERIFY(model.index(0, column).data().toString().isEmpty());
        QCOMPARE(model.index(0, 5).data().toString(), S("74%")); // Region still holds its own value
        QVERIFY(model.setData(model.index(0, column), S("77%")));
        QVERIFY(model.removeColumn(2)); // North Town and its values
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), S("South Vale"));
        QCOMPARE(model.index(0, 3).data().toString(), S("77%"));
        QVERIFY(model.insertIndicator(1, S("Added")));
        QCOMPARE(model.index(1, IndicatorTableModel::DomainColumn).data().toString(), S("Work"));
        QVERIFY(model.removeIndicators({0}));
        QCOMPARE(m_doc->undoStack()->count(), 5);
        while (m_doc->undoStack()->canUndo())
            m_doc->undoStack()->undo();
        QCOMPARE(modelTexts(&model), before);
    }

    void domainsAreGrouped()
    {
        IndicatorTableModel model(m_doc.get());
        QVERIFY(model.index(0, 0).data(IndicatorTableModel::GroupStartRole).toBool());
        QVERIFY(
            !model.index(1, 0).data(IndicatorTableModel::GroupStartRole).toBool()); // empty domain repeats
        QVERIFY(model.index(2, 0).data(IndicatorTableModel::GroupStartRole).toBool());
        DataPackWorkspace ws(m_doc.get());
        QCOMPARE(ws.view()->rowSpan(0, 0), 2);
        QCOMPARE(ws.view()->rowSpan(2, 0), 1);
        // Renaming the second row's domain splits the group, and the span follows.
        QVERIFY(ws.model()->setData(ws.model()->index(1, 0), S("Jobs")));
        QCOMPARE(ws.view()->rowSpan(0, 0), 1);
        m_doc->undoStack()->undo();
        QCOMPARE(ws.view()->rowSpan(0, 0), 2);

        // Editing the grouped cell in the view renames the whole group, in one undo step.
        ws.resize(1000, 500);
        ws.show();
        QVERIFY(QTest::qWaitForWindowExposed(&ws));
        const QModelIndex cell = ws.model()->index(0, 0);
        ws.view()->setCurrentIndex(cell);
        ws.view()->edit(cell);
        auto* editor = ws.view()->findChild<QLineEdit*>();
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, S("Employment"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(ws.model()->index(1, 0).data().toString(), S("Employment"));
        QCOMPARE(ws.model()->index(0, 0).data().toString(), S("Employment"));
        QCOMPARE(ws.model()->index(2, 0).data().toString(), S("Health"));
        QCOMPARE(ws.view()->rowSpan(0, 0), 2);
        QCOMPARE(m_doc->undoStack()->count(), 1);
        m_doc->undoStack()->undo();
        QCOMPARE(ws.model()->index(0, 0).data().toString(), S("Work"));
        QCOMPARE(ws.model()->index(1, 0).data().toString(), S("Work"));
    }

    void badCsvChangesNothingAndNamesTheLine()
    {
        DataPackWorkspace ws(m_doc.get());
        const QStringList before = modelTexts(ws.model());
        const QString path = writeFile(S("bad.csv"),
                                       "domain,indicator,A,B,higher_is_better\n"
                                       "X,First,1,2,yes\n"
                                       "X,Second,1,2,maybe\n"
                                       "X,Third,1,2\n");
        QStringList errors;
        QVERIFY(!ws.importCsv(path, &errors));
        QCOMPARE(errors.size(), 2);
        QVERIFY2(errors.at(0).startsWith(S("line 3: ")), qPrintable(errors.at(0)));
        QVERIFY2(errors.at(1).startsWith(S("line 4: ")), qPrintable(errors.at(1)));
        QCOMPARE(modelTexts(ws.model()), before);
        QCOMPARE(m_doc->undoStack()->count(), 0);
        const QString shown = DataPackWorkspace::importErrorText(path, errors);
        QVERIFY(shown.contains(S("line 3: ")));
        QVERIFY(shown.contains(S("Nothing was changed")));

        QVERIFY(!ws.importCsv(file(S("missing.csv")), &errors));
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().contains(S("missing.csv")));
        QCOMPARE(modelTexts(ws.model()), before);
    }

    void goodCsvReplacesThePackInOneStep()
    {
        DataPackWorkspace ws(m_doc.get());
        const QStringList before = modelTexts(ws.model());
        const QString path
            = writeFile(S("good.csv"), "domain,indicator,A,England,higher_is_better\nX,One,1,2,yes\n");
        QStringList errors;
        QVERIFY(ws.importCsv(path, &errors));
        QCOMPARE(ws.model()->rowCount(), 1);
        QVERIFY(ws.model()->isComparatorColumn(3));
        QCOMPARE(m_doc->undoStack()->count(), 1);
        m_doc->undoStack()->undo();
        QCOMPARE(modelTexts(ws.model()), before);
    }

    void exportReadsBack()
    {
        // Awkward text: commas, quotes, line breaks, leading spaces.
        IndicatorTableModel model(m_doc.get());
        QVERIFY(model.setData(model.index(0, 1), S("Rate, \"adjusted\"\nper 100")));
        QVERIFY(model.setData(model.index(0, 2), S(" 71%")));
        QVERIFY(model.renameColumn(5, S("England, all")));
        DataPackWorkspace ws(m_doc.get());
        const QString path = file(S("out.csv"));
        QString error;
        QVERIFY2(ws.exportCsv(path, &error), qPrintable(error));

        Document other;
        QVERIFY(!other.create(file(S("other.roundtable"))));
        QStringList errors;
        QVERIFY2(IndicatorCsv::importFile(&other, path, &errors), qPrintable(errors.join(S("; "))));
        IndicatorTableModel copy(&other);
        QStringList mine = modelTexts(&model), theirs = modelTexts(&copy);
        // The reader trims cells: the one leading space is the only difference.
        mine[1].replace(S("| 71%"), S("|71%"));
        QCOMPARE(theirs, mine);

        QVERIFY(!ws.exportCsv(file(S("no/such/folder/out.csv")), &error));
        QVERIFY(error.contains(S("out.csv")));
    }

    void followsTheStore()
    {
        IndicatorTableModel model(m_doc.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // A change made elsewhere (another view, a merge) shows at once.
        const qint64 id = model.idAt(2);
        QVERIFY(m_doc->store()->update(Kind::Indicator, id, S("indicator"), S("Renamed elsewhere")));
        QCOMPARE(model.index(2, 1).data().toString(), S("Renamed elsewhere"));
        QVERIFY(m_doc->store()->update(Kind::IndicatorColumn,
                                       m_doc->store()->ids(Kind::IndicatorColumn).first(), S("name"),
                                       S("North Borough")));
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), S("North Borough"));
        m_doc->store()->remove(Kind::Indicator, id);
        QCOMPARE(model.rowCount(), 3);
        m_doc->close();
        QCOMPARE(model.rowCount(), 0);
    }

    void readOnlyRefusesEdits()
    {
        const QString path = m_doc->path();
        m_doc->close();
        QVERIFY(!m_doc->open(path, SessionFile::Mode::ReadOnly));
        IndicatorTableModel model(m_doc.get());
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(!(model.flags(model.index(0, 2)) & Qt::ItemIsEditable));
        QVERIFY(!model.setData(model.index(0, 2), S("1%")));
        QCOMPARE(model.addColumn(S("X"), false), -1);
        QVERIFY(!model.insertIndicator(0));
    }

    void showsItsView()
    {
        DataPackWorkspace ws(m_doc.get());
        ws.resize(1100, 560);
        ws.show();
        QVERIFY(QTest::qWaitForWindowExposed(&ws));
        ws.view()->setCurrentIndex(ws.model()->index(1, 3));
        QString error;
        QVERIFY(ws.showView(S("datapack"), &error));
        QVERIFY(!ws.showView(S("table:1"), &error));
        QVERIFY(ws.viewNames().first().startsWith(S("datapack")));
        const QImage image = ws.grab().toImage();
        QVERIFY(!image.isNull());
        if (const QString dir = qEnvironmentVariable("RT_GRAB_DIR"); !dir.isEmpty())
            image.save(dir + S("/datapack-test.png"));
    }
};

QTEST_MAIN(TestDataPack)
#include "test_datapack.moc"
