// SPDX-License-Identifier: GPL-3.0-or-later
// The Places workspace as a facilitator uses it: sticky notes dragged, nudged, pasted and
// deleted on the PICK chart (each one undo step), actions made from ideas, the driver tree and
// the action plan edited, and the views the screenshot command names.
#include "TestWindow.h"
#include "commands/PlaceEdits.h"
#include "commands/RowCommands.h"
#include "domain/Quadrant.h"
#include "interchange/Interchange.h"
#include "models/CohortFilterModel.h"
#include "models/DriverTreeModel.h"
#include "models/RowListModel.h"
#include "places/ActionPlanWidget.h"
#include "places/DriverDiagramView.h"
#include "places/DriverEditor.h"
#include "places/MultiLineDelegate.h"
#include "places/PickChartScene.h"
#include "places/PickChartView.h"
#include "places/PickChartWidget.h"
#include "places/PickCohortLegend.h"
#include "places/PickNoteItem.h"
#include "places/PlacesWorkspace.h"
#include "session/Document.h"
#include "shell/ReadOnly.h"
#include "store/Store.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCalendarWidget>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeView>
#include <QUndoStack>
#include <QWheelEvent>

using namespace rt;

namespace {

const QString S_aim = QStringLiteral("aim_id");
const QString S_text = QStringLiteral("text");
const QString S_impact = QStringLiteral("impact");
const QString S_effort = QStringLiteral("effort");
const QString S_unsorted = QStringLiteral("unsorted");

struct Sample
{
    qint64 luton = 0, bedford = 0;
    qint64 aim = 0; ///< Luton's aim with the full chart
    qint64 bedfordAim = 0; ///< a second place's aim
    QList<qint64> ideas; ///< the 15 placed ideas, in the order below
    QList<qint64> parked; ///< the unsorted ones
};

/** A Luton-like breakout: one aim, 15 ideas over all four quadrants, drivers and actions. */
Sample buildSample(Store* s)
{
    Sample out;
    out.bedford
        = s->insert(Kind::Place,
                    {{QStringLiteral("name"), QStringLiteral("Bedford Borough")},
                     {QStringLiteral("priorities"), QStringLiteral("Young people, mental health at work")}});
    out.bedfordAim = s->insert(
        Kind::Aim,
        {{QStringLiteral("place_id"), out.bedford},
         {QStringLiteral("statement"), QStringLiteral("help more employers look after staff wellbeing")},
         {QStringLiteral("cohort"), QStringLiteral("Mental health")}});
    s->insert(Kind::Aim,
              {{QStringLiteral("place_id"), out.bedford},
               {QStringLiteral("statement"),
                QStringLiteral("reach every young person leaving care with a work offer")},
               {QStringLiteral("cohort"), QStringLiteral("CYP 16-25")}});
    out.luton = s->insert(
        Kind::Place,
        {{QStringLiteral("name"), QStringLiteral("Luton")},
         {QStringLiteral("priorities"),
          QStringLiteral(
              "Mental health, addiction and homelessness: the group saw one approach serving all three.")}});
    out.aim = s->insert(
        Kind::Aim,
        {{QStringLiteral("place_id"), out.luton},
         {QStringLiteral("statement"),
          QStringLiteral(
              "help adults facing homelessness, addiction or poor mental health to find work and keep it")},
         {QStringLiteral("cohort"), QStringLiteral("MH / Addiction / Homelessness")}});
    const QList<std::tuple<const char*, double, double>> ideas {
        {"Share a one-page list of local employment support with every GP practice", 0.20, 0.15},
        {"Monthly drop-in coffee morning for people looking for work", 0.33, 0.30},
        {"Put job adverts in the food bank waiting area", 0.10, 0.40},
        {"Short staff briefing on talking about addiction without stigma", 0.40, 0.09},
        {"A named key worker who stays with a person for a whole year and helps them through every service "
         "they need",
         0.80, 0.20},
        {"Map what each organisation already offers before commissioning anything new", 0.60, 0.10},
        {"Peer mentors with lived experience based at the job centre", 0.91, 0.38},
        {"One referral form shared by housing, drug and alcohol and mental health teams", 0.70, 0.36},
        {"One-stop hub where housing, health and employment advisers sit together behind one front door, "
         "with triage by a lead practitioner",
         0.84, 0.78},
        {"Large employers commit to inclusive recruitment with a guaranteed interview", 0.66, 0.62},
        {"Pool data from every partner to see who falls through the gaps between services", 0.93, 0.93},
        {"Pilot supported apprenticeships in hospitality with mentoring built in", 0.57, 0.55},
        {"A new town-wide app listing every service", 0.22, 0.86},
        {"Commission yet another needs assessment from scratch", 0.09, 0.62},
        {"Rebrand all existing services under one name", 0.36, 0.72},
    };
    for (const auto& [text, impact, effort] : ideas)
        out.ideas << s->insert(Kind::Idea,
                               {{S_aim, out.aim},
                                {S_text, QString::fromUtf8(text)},
                                {S_impact, impact},
                                {S_effort, effort},
                                {S_unsorted, false}});
    for (const char* text : {"Ask the chamber of commerce to host a breakfast on health at work",
                             "A health passport people can take from job to job"})
        out.parked << s->insert(Kind::Idea,
                                {{S_aim, out.aim},
                                 {S_text, QString::fromUtf8(text)},
                                 {S_impact, 0.5},
                                 {S_effort, 0.5},
                                 {S_unsorted, true}});
    // Drivers: primary → secondary → change ideas (some taken from the chart).
    auto driver = [&](qint64 parent, const QString& text, qint64 idea = 0) {
        QVariantMap v {{S_aim, out.aim},
                       {QStringLiteral("parent_id"), parent ? QVariant(parent) : QVariant()},
                       {S_text, text}};
        if (idea)
            v.insert(QStringLiteral("idea_id"), idea);
        return s->insert(Kind::Driver, v);
    };
    const qint64 access = driver(0, QStringLiteral("Getting to the right help"));
    const qint64 door = driver(access, QStringLiteral("Joined-up front door"));
    driver(door, QStringLiteral(""), out.ideas[8]);
    driver(door, QStringLiteral("One referral form for housing, drugs and alcohol, and mental health"),
           out.ideas[7]);
    const qint64 trust = driver(access, QStringLiteral("A trusted person alongside"));
    driver(trust, QStringLiteral("Key worker for a whole year"), out.ideas[4]);
    driver(trust, QStringLiteral("Peer mentors with lived experience"), out.ideas[6]);
    const qint64 employers = driver(0, QStringLiteral("Employers ready to recruit"));
    const qint64 inclusive = driver(employers, QStringLiteral("Inclusive recruitment"));
    driver(inclusive, QStringLiteral("Guaranteed interview with large employers"), out.ideas[9]);
    driver(inclusive, QStringLiteral("Supported apprenticeships in hospitality"), out.ideas[11]);
    const qint64 know = driver(0, QStringLiteral("Knowing what works"));
    const qint64 data = driver(know, QStringLiteral("Shared data and mapping"));
    driver(data, QStringLiteral("Map current offers first"), out.ideas[5]);
    driver(data, QStringLiteral("One place that gathers data from all partners"), out.ideas[10]);
    // The action plan.
    const QString cohort = QStringLiteral("MH / Addiction / Homelessness");
    const QList<QStringList> actions {
        {cohort, QStringLiteral("Awareness raising"),
         QStringLiteral("Take the seminar's outputs to the next Place Board"),
         QStringLiteral("Place lead for public health"), QStringLiteral("2023-08-08"), QStringLiteral("")},
        {cohort, QStringLiteral("Driver diagram"),
         QStringLiteral("Finish the driver diagram: map ideas against the secondary drivers, rank them and "
                        "add measures"),
         QStringLiteral("Public health registrar with the place lead"), QStringLiteral("Within one month"),
         QStringLiteral("")},
        {cohort, QStringLiteral("Understand the system"),
         QStringLiteral("Check the outputs against the town's long-term vision and health inequalities work "
                        "so efforts line up\nand nobody duplicates"),
         QStringLiteral("Strategy officers"), QStringLiteral("Within 3 months"),
         QStringLiteral("One shared plan agreed")},
        {cohort, QStringLiteral("Lived-experience routes into work"),
         QStringLiteral("Develop routes into NHS jobs for people with lived experience, e.g. preceptorships, "
                        "paramedic recruitment, the 111 service"),
         QStringLiteral("Workforce lead, ICB"), QStringLiteral("Start within 3 months"),
         QStringLiteral("Number of people starting on each route")},
        {QStringLiteral("Homelessness"), QStringLiteral("Joint bid"),
         QStringLiteral("Prepare a joint NHS / council / DWP funding bid for work and health pathways"),
         QStringLiteral("Programme managers"), QStringLiteral("Autumn 2023"), QStringLiteral("")},
    };
    for (const QStringList& a : actions)
        s->insert(Kind::Action,
                  {{QStringLiteral("place_id"), out.luton},
                   {QStringLiteral("cohort"), a[0]},
                   {QStringLiteral("idea"), a[1]},
                   {QStringLiteral("action"), a[2]},
                   {QStringLiteral("who"), a[3]},
                   {QStringLiteral("by_when"), a[4]},
                   {QStringLiteral("measure"), a[5]}});
    return out;
}

Row idea(Document& d, qint64 id)
{
    return d.store()->row(Kind::Idea, id);
}

} // namespace

class TestPick : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QCoreApplication::setApplicationVersion(QStringLiteral(RT_VERSION)); }
    void init();
    void cleanup();

    void notesMirrorTheStore();
    void dragStoresPositionAndQuadrant();
    void multiSelectMoveIsOneUndoStep();
    void rubberBandSelects();
    void arrowKeysNudge();
    void deleteKeyRemovesAndUndoRestores();
    void pasteManyLinesParksNotes();
    void enterWithoutAnAimSaysWhy();
    void dragFromStripSortsTheNote();
    void doubleClickAddsIdeaWhereClicked();
    void actionFromIdeaIsPrefilled();
    void otherViewsMoveTheNotes();
    void zoomsToFit();
    void tidyMovesNotesApartInOneStep();
    void builtInTemplatesNeedNoTidy();
    void stripLabelIsNeverCut_data();
    void stripLabelIsNeverCut();
    void tidyClearsTheQuadrantNames();
    void arrowKeysSkipPastOtherNotes();
    void notesAreReadableAtFitZoom();
    void legendShowsTheCohortColours();
    void readOnlyChartChangesNothing();

    void driverTreeModelIsSound();
    void driverTreeEditsAreUndoable();
    void driverLinksAChartIdea();

    void actionPlanFiltersAndSorts();
    void actionPlanEditsAreUndoable();
    void multiLineEditorShiftEnterBreaksEnterCommits();

    void workspaceViews_data();
    void workspaceViews();
    void placesAndAimsEdits();
    void renderedViewsLookRight();

private:
    PickChartWidget* openChart(qint64 aimId);
    /** The notes on the chart (not in the strip), as the rectangles they cover. */
    static QList<QRectF> placedRects(PickChartScene* sc);
    qint64 addIdea(qint64 aimId, const QString& text, double impact, double effort);
    QPoint viewportPoint(PickChartView* v, const QPointF& scenePos) const;
    void drag(PickChartView* v, const QPointF& from, const QPointF& to, Qt::KeyboardModifiers mods = {});

    QTemporaryDir* m_dir = nullptr;
    Document* m_doc = nullptr;
    Sample m_s;
    QWidget* m_window = nullptr;
};

void TestPick::init()
{
    m_dir = new QTemporaryDir;
    m_doc = new Document;
    const SessionError e = m_doc->create(m_dir->filePath(QStringLiteral("t.roundtable")));
    QVERIFY2(!e, qPrintable(e.message + QLatin1Char(' ') + e.detail));
    m_s = buildSample(m_doc->store());
}

void TestPick::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_doc;
    m_doc = nullptr;
    delete m_dir;
    m_dir = nullptr;
}

PickChartWidget* TestPick::openChart(qint64 aimId)
{
    auto* w = new PickChartWidget(m_doc);
    m_window = w;
    w->resize(1280, 800);
    w->setAim(aimId);
    w->show();
    if (!QTest::qWaitForWindowExposed(w))
        return nullptr;
    w->view()->zoomToFit();
    return w;
}

QList<QRectF> TestPick::placedRects(PickChartScene* sc)
{
    QList<QRectF> out;
    const QList<PickNoteItem*> notes = sc->notes();
    for (PickNoteItem* n : notes) {
        if (sc->chartRect().contains(n->pos()))
            out << n->mapRectToScene(n->shape().boundingRect());
    }
    return out;
}

qint64 TestPick::addIdea(qint64 aimId, const QString& text, double impact, double effort)
{
    return m_doc->store()->insert(
        Kind::Idea,
        {{S_aim, aimId}, {S_text, text}, {S_impact, impact}, {S_effort, effort}, {S_unsorted, false}});
}

QPoint TestPick::viewportPoint(PickChartView* v, const QPointF& scenePos) const
{
    return v->mapFromScene(scenePos);
}

void TestPick::drag(PickChartView* v, const QPointF& from, const QPointF& to, Qt::KeyboardModifiers mods)
{
    const QPoint a = viewportPoint(v, from), b = viewportPoint(v, to);
    QTest::mousePress(v->viewport(), Qt::LeftButton, mods, a);
    for (int i = 1; i <= 5; ++i)
        QTest::mouseMove(v->viewport(), a + (b - a) * i / 5);
    QTest::mouseRelease(v->viewport(), Qt::LeftButton, mods, b);
}

void TestPick::notesMirrorTheStore()
{
    PickChartWidget* w = openChart(m_s.aim);
    QVERIFY(w);
    PickChartScene* sc = w->scene();
    QCOMPARE(sc->notes().size(), 17);
    for (qint64 id : m_s.ideas) {
        const Row r = idea(*m_doc, id);
        PickNoteItem* n = sc->note(id);
        QVERIFY(n);
        QCOMPARE(n->pos(), PickChartScene::toScene(r.real(S_impact), r.real(S_effort)));
        QCOMPARE(n->quadrant(), quadrantOf(r.real(S_impact), r.real(S_effort)));
        QVERIFY(n->toolTip().contains(r.str(S_text)));
    }
    for (qint64 id : m_s.parked)
        QVERIFY(sc->stripRect().contains(sc->note(id)->pos()));
    // The model under the scene is a well-behaved item model.
    QAbstractItemModelTester tester(sc->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    sc->setAim(m_s.bedfordAim);
    QCOMPARE(sc->notes().size(), 0);
}

void TestPick::dragStoresPositionAndQuadrant()
{
    PickChartWidget* w = openChart(m_s.aim);
    QVERIFY(w);
    PickChartView* v = w->view();
    const qint64 id = m_s.ideas[2]; // POSSIBLE at (0.10, 0.40)
    PickNoteItem* n = w->scene()->note(id);
    QCOMPARE(n->quadrant(), Quadrant::Possible);
    const QPointF start = n->pos();
    const QPointF target = PickChartScene::toScene(0.75, 0.70);
    const int before = m_doc->undoStack()->count();
    drag(v, start, target);
    const Row r = idea(*m_doc, id);
    // A pixel on screen is a few scene units: the stored place is where the note was dropped.
    const double tol = 2.0 / v->transform().m11() / PickChartScene::ChartWidth + 0.002;
    QVERIFY2(qAbs(r.real(S_impact) - 0.75) < tol, qPrintable(QString::number(r.real(S_impact))));
    QVERIFY2(qAbs(r.real(S_effort) - 0.70) < tol * 2, qPrintable(QString::number(r.real(S_effort))));
    QCOMPARE(quadrantOf(r.real(S_impact), r.real(S_effort)), Quadrant::Challenge);
    QCOMPARE(n->quadrant(), Quadrant::Challenge);
    QVERIFY(n->toolTip().startsWith(QStringLiteral("CHALLENGE")));
    QCOMPARE(m_doc->undoStack()->count(), before + 1);

    m_doc->undoStack()->undo();
    QCOMPARE(idea(*m_doc, id).real(S_impact), 0.10);
    QCOMPARE(idea(*m_doc, id).real(S_effort), 0.40);
    QCOMPARE(n->pos(), start);
    QCOMPARE(n->quadrant(), Quadrant::Possible);
    m_doc->undoStack()->redo();
    QCOMPARE(n->quadrant(), Quadrant::Challenge);

    // A click without moving stores nothing.
    const int count = m_doc->undoStack()->count();
    QTest::mouseClick(v->viewport(), Qt::LeftButton, {}, viewportPoint(v, n->pos()));
    QCOMPARE(m_doc->undoStack()->count(), count);
}

void TestPick::multiSelectMoveIsOneUndoStep()
{
    PickChartWidget* w = openChart(m_s.aim);
    QVERIFY(w);
    PickChartScene* sc = w->scene();
    const QList<qint64> ids {m_s.ideas[0], m_s.ideas[1], m_s.ideas[3]}; // all POSSIBLE
    QHash<qint64, Row> before;
    for (qint64 id : ids) {
        sc->note(id)->setSelected(true);
        before.insert(id, idea(*m_doc, id));
    }
    const int count = m_doc->undoStack()->count();
    const QPointF from = sc->note(ids[0])->pos();
    const QPointF delta(0.45 * PickChartScene::ChartWidth, 0.05 * PickChartScene::ChartHeight);
    drag(w->view(), from, from + delta);
    QCOMPARE(m_doc->undoStack()->count(), count + 1);
    for (qint64 id : ids) {
        const Row r = idea(*m_doc, id);
        QVERIFY2(qAbs(r.real(S_impact) - before[id].real(S_impact) - 0.45) < 0.01, qPrintable(r.str(S_text)));
        QCOMPARE(sc->note(id)->quadrant(), quadrantOf(r.real(S_impact), r.real(S_effort)));
    }
    QCOMPARE(sc->note(ids[1])->quadrant(), Quadrant::Implement);
    // Ideas not selected stayed put.
    QCOMPARE(idea(*m_doc, m_s.ideas[2]).real(S_impact), 0.10);
    m_doc->undoStack()->undo();
    for (qint64 id : ids) {
        QCOMPARE(idea(*m_doc, id).real(S_impact), before[id].real(S_impact));
        QCOMPARE(idea(*m_doc, id).real(S_effort), before[id].real(S_effort));
        QCOMPARE(sc->note(id)->pos(),
                 PickChartScene::toScene(before[id].real(S_impact), before[id].real(S_effort)));
    }
}

void TestPick::rubberBandSelects()
{
    PickChartWidget* w = openChart(m_s.aim);
    QVERIFY(w);
    PickChartScene* sc = w->scene();
    PickChartView* v = w->view();
    // A band over the lower-left (KIBOSH) quadrant catches its three notes and nothing else.
    const QPoint a = viewportPoint(v, QPointF(-30, 0.52 * PickChartScene::ChartHeight));
    const QPoint b
        = viewportPoint(v, QPointF(0.48 * PickChartScene::ChartWidth, PickChartScene::ChartHeight + 20));
    QTest::mousePress(v->viewport(), Qt::LeftButton, {}, a);
    for (int i = 1; i <= 6; ++i)
        QTest::mouseMove(v->viewport(), a + (b - a) * i / 6);
    QTest::mouseRelease(v->viewport(), Qt::LeftButton, {}, b);
    QList<qint64> expected {m_s.ideas[12], m_s.ideas[13], m_s.ideas[14]};
    std::sort(expected.begin(), expected.end());
    QCOMPARE(sc->selectedIds(), expected);
}

void TestPick::arrowKeysNudge()
{
    PickChartWidget* w = openChart(m_s.aim);
    QVERIFY(w);
    PickChartScene* sc = w->scene();
    // Room to move in (a step onto another note skips past it: arrowKeysSkipPastOtherNotes).
    QVERIFY(edit::moveIdeas(
        *m_doc,
        {edit::IdeaSpot::on(m_s.ideas[7], 0.70, 0.75), edit::IdeaSpot::on(m_s.ideas[1], 0.33, 0.75)}));
    const qint64 id = m_s.ideas[5]; // (0.60, 0.10)
    sc->note(id)->setSelected(true);
    w->view()->setFocus();
    const int count = m_doc->undoStack()->count();
    QTest::keyClick(w->view(), Qt::Key_Right);
    QCOMPARE(idea(*m_doc, id).real(S_impact), 0.60 + PickChartView::SmallStep);
    QTest::keyClick(w->view(), Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(idea(*m_doc, id).real(S_effort), 0.10 + PickChartView::BigStep);
    QTest::keyClick(w->view(), Qt::Key_Up);
    QVERIFY(qAbs(idea(*m_doc, id).real(S_effort) - (0.10 + PickChartView::BigStep - PickChartView::SmallStep))
            < 1e-12);
    QCOMPARE(m_doc->undoStack()->count(), count + 3); // one step per key press
    QCOMPARE(sc->note(id)->pos(),
             PickChartScene::toScene(idea(*m_doc, id).real(S_impact), idea(*m_doc, id).real(S_effort)));
    // Never off the chart.
    for (int i = 0; i < 12; ++i)
        QTest::keyClick(w->view(), Qt::Key_Up, Qt::ShiftModifier);
    QCOMPARE(idea(*m_doc, id).real(S_effort), 0.0);
    QCOMPARE(sc->note(id)->quadrant(), Quadrant::Implement);
    // Two selected notes move together, one step per press.
    sc->note(m_s.ideas[0])->setSelected(true);
    const int c2 = m_doc->undoStack()->count();
    QTest::keyClick(w->view(), Qt::Key_Left);
    QCOMPARE(m_doc->undoStack()->count(), c2 + 1);
    QCOMPARE(idea(*m_doc, m_s.ideas[0]).real(S_impact), 0.20 - PickChartView::SmallStep);
    m_doc->undoStack()->undo();
    QCOMPARE(idea(*m_doc, m_s.ideas[0]).real(S_impact), 0.20);
    QCOMPARE(idea(*m_doc, id).real(S_impact), 0.60 + PickChartView::SmallStep);
}

void TestPick::deleteKeyRemovesAndUndoRestores()
{
    PickChartWidget* w = openChart(m_s.aim);
    QVERIFY(w);
    PickChartScene* sc = w->scene();
    const qint64 a = m_s.ideas[9], b = m_s.ideas[10];
    sc->note(a)->setSelected(true);
    sc->note(b)->setSelected(true);
    w->view()->setFocus();
    QTest::keyClick(w->view(), Qt::Key_Delete);
    QVERIFY(!idea(*m_doc, a).isValid());
    QVERIFY(!idea(*m_doc, b).isValid());
    QVERIFY(!sc->note(a));
    QCOMPARE(sc->notes().size(), 15);
    m_doc->undoStack()->undo();
    QVERIFY(sc->note(a) && sc->note(b));
    QCOMPARE(idea(*m_doc, b).real(S_impact), 0.93);
    // The driver that used idea b gets its link back.
    QCOMPARE(m_doc->store()->count(Kind::Driver, {{QStringLiteral("idea_id"), b}}), 1);
}

void TestPick::pasteManyLinesParksNotes()
{
    PickChartWidget* w = openChart(m_s.aim);
    QVERIFY(w);
    PickChartScene* sc = w->scene();
    QApplication::clipboard()->setText(
        QStringLiteral("Buddy scheme for the first month in work\r\n\n  - Free bus pass while training  \n• "
                       "Job club in the library\n"));
    w->view()->setFocus();
    const int count = m_doc->undoStack()->count();
    QTest::keyClick(w->view(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(m_doc->undoStack()->count(), count + 1);
    const QList<Row> parked = m_doc->store()->rows(Kind::Idea, {{S_aim, m_s.aim}, {S_unsorted, true}});
    QCOMPARE(parked.size(), 5);
    QCOMPARE(parked[2].str(S_text), QStringLiteral("Buddy scheme for the first month in work"));
    QCOMPARE(parked[3].str(S_text), QStringLiteral("Free bus pass while training"));
    QCOMPARE(parked[4].str(S_text), QStringLiteral("Job club in the library"));
    for (const Row& r : parked) {
        QVERIFY(sc->note(r.id)->isUnsorted());
        QVERIFY(sc->stripRect().contains(sc->note(r.id)->pos()));
        QVERIFY(!sc->chartRect().contains(sc->note(r.id)->pos()));
    }
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->store()->count(Kind::Idea, {{S_aim, m_s.aim}, {S_unsorted, true}}), 2);
    QCOMPARE(sc->notes().size(), 17);

    // Typed in the entry box, one idea goes to the strip too; pasted there, several do.
    w->entry()->setFocus();
    QTest::keyClicks(w->entry(), QStringLiteral("Employer pledge"));
    QTest::keyClick(w->entry(), Qt::Key_Return);
    QCOMPARE(m_doc->store()->count(Kind::Idea, {{S_aim, m_s.aim}, {S_unsorted, true}}), 3);
    QVERIFY(w->entry()->text().isEmpty());
    QApplication::clipboard()->setText(QStringLiteral("one\ntwo"));
    QTest::keyClick(w->entry(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(m_doc->store()->count(Kind::Idea, {{S_aim, m_s.aim}, {S_unsorted, true}}), 5);
}

void TestPick::enterWithoutAnAimSaysWhy()
{
    // A place from the template has no aims yet: Enter must not swallow the idea silently.
    PickChartWidget* w = openChart(0);
    QVERIFY(w);
    const int ideas = m_doc->store()->count(Kind::Idea);
    w->entry()->setFocus();
    QTest::keyClicks(w->entry(), QStringLiteral("Employer pledge"));
    QTest::keyClick(w->entry(), Qt::Key_Return);
    QCOMPARE(m_doc->store()->count(Kind::Idea), ideas);
    QCOMPARE(w->entry()->text(), QStringLiteral("Employer pledge"));
    QVERIFY2(w->statusText().contains(QStringLiteral("no aim yet")), qPrintable(w->statusText()));
}

void TestPick::dragFromStripSortsTheNote()
{
    PickChartWidget* w = openChart(m_s.aim);
    QVERIFY(w);
    PickChartScene* sc = w->scene();
    const qint64 id = m_s.parked[0];
    const QPointF target = PickChartScene::toScene(0.30, 0.25);
    drag(w->view(), sc->note(id)->pos(), target);
    const Row r = idea(*m_doc, id);
    QVERIFY(!r.flag(S_unsorted));
    QCOMPARE(quadrantOf(r.real(S_impact), r.real(S_effort)), Quadrant::Possible);
    QVERIFY(!sc->note(id)->isUnsorted());
    // The other parked note closes up to the top of the strip.
    QVERIFY(sc->stripRect().contains(sc->note(m_s.parked[1])->pos()));
    m_doc->undoStack()->undo();
    QVERIFY(idea(*m_doc, id).flag(S_unsorted));
    QVERIFY(sc->stripRect().contains(sc->note(id)->pos()));
    // Dragging a placed note into the strip parks it again, keeping where it was.
    const qint64 placed = m_s.ideas[0];
    drag(w->view(), sc->note(placed)->pos(), sc->stripRect().center());
    QVERIFY(idea(*m_doc, placed).flag(S_unsorted));
    QCOMPARE(idea(*m_doc, placed).real(S_impact), 0.20);
}

void TestPick::doubleClickAddsIdeaWhereClicked()
{
    PickChartWidget* w = openChart(m_s.aim);
    QVERIFY(w);
    PickChartView* v = w->view();
    const QPointF spot = PickChartScene::toScene(0.55, 0.97); // empty, in CHALLENGE
    QTest::mouseDClick(v->viewport(), Qt::LeftButton, {}, viewportPoint(v, spot));
    QVERIFY(v->isEditing());
    auto* editor = v->viewport()->findChild<QPlainTextEdit*>();
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("Work coaches in"));
    QTest::keyClick(editor, Qt::Key_Return); // a new line, not the end
    QTest::keyClicks(editor, QStringLiteral("hostels"));
    QVERIFY(v->isEditing());
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(!v->isEditing());
    const QList<Row> found
        = m_doc->store()->rows(Kind::Idea, {{S_text, QStringLiteral("Work coaches in\nhostels")}});
    QCOMPARE(found.size(), 1);
    QVERIFY(qAbs(found[0].real(S_impact) - 0.55) < 0.01);
    QVERIFY(qAbs(found[0].real(S_effort) - 0.97) < 0.01);
    QVERIFY(!found[0].flag(S_unsorted));
    // Double-click a note to edit its text; Esc leaves it unchanged.
    const qint64 id = m_s.ideas[1];
    QTest::mouseDClick(v->viewport(), Qt::LeftButton, {}, viewportPoint(v, w->scene()->note(id)->pos()));
    editor = v->viewport()->findChild<QPlainTextEdit*>();
    QVERIFY(editor && v->isEditing());
    QTest::keyClicks(editor, QStringLiteral("Changed"));
    QTest::keyClick(editor, Qt::Key_Escape);
    QCOMPARE(idea(*m_doc, id).str(S_text),
             QStringLiteral("Monthly drop-in coffee morning for people looking for work"));
}

void TestPick::actionFromIdeaIsPrefilled()
{
    PickChartWidget* w = openChart(m_s.aim);
    QVERIFY(w);
    const qint64 id = m_s.ideas[4];
    w->scene()->note(id)->setSelected(true);
    const int before = m_doc->store()->count(Kind::Action, {{QStringLiteral("place_id"), m_s.luton}});
    const qint64 action = w->makeActionsFromSelection();
    QVERIFY(action > 0);
    const Row a = m_doc->store()->row(Kind::Action, action);
    QCOMPARE(a.ref(QStringLiteral("place_id")), m_s.luton);
    QCOMPARE(a.str(QStringLiteral("cohort")), QStringLiteral("MH / Addiction / Homelessness"));
    QCOMPARE(a.str(QStringLiteral("idea")), idea(*m_doc, id).str(S_text));
    QCOMPARE(a.ref(QStringLiteral("idea_id")), id);
    QCOMPARE(m_doc->store()->count(Kind::Action, {{QStringLiteral("place_id"), m_s.luton}}), before + 1);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->store()->count(Kind::Action, {{QStringLiteral("place_id"), m_s.luton}}), before);
}

void TestPick::otherViewsMoveTheNotes()
{
    PickChartWidget* w = openChart(m_s.aim);
    QVERIFY(w);
    PickChartScene* sc = w->scene();
    const qint64 id = m_s.ideas[12];
    m_doc->push(new EditRowCommand(m_doc->store(), Kind::Idea, id, {{S_impact, 0.9}, {S_effort, 0.1}}));
    QCOMPARE(sc->note(id)->pos(), PickChartScene::toScene(0.9, 0.1));
    QCOMPARE(sc->note(id)->quadrant(), Quadrant::Implement);
    m_doc->push(
        new EditRowCommand(m_doc->store(), Kind::Idea, id, {{S_text, QStringLiteral("Renamed elsewhere")}}));
    QCOMPARE(sc->note(id)->text(), QStringLiteral("Renamed elsewhere"));
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QCOMPARE(sc->note(id)->pos(), PickChartScene::toScene(0.22, 0.86));
    QCOMPARE(sc->note(id)->quadrant(), Quadrant::Kibosh);
    // A second chart on the same aim follows the first.
    PickChartScene other(m_doc);
    other.setAim(m_s.aim);
    sc->note(id)->setSelected(true);
    sc->nudgeSelected(0.05, 0);
    QCOMPARE(other.note(id)->pos(), sc->note(id)->pos());
}

void TestPick::zoomsToFit()
{
    PickChartWidget* w = openChart(m_s.aim);
    QVERIFY(w);
    PickChartView* v = w->view();
    auto fits = [v] {
        const QRect shown = v->mapFromScene(v->scene()->sceneRect()).boundingRect();
        const QRect port = v->viewport()->rect();
        // The whole chart is visible and fills the viewport in one direction.
        return port.adjusted(-2, -2, 2, 2).contains(shown)
            && (shown.width() >= port.width() - 4 || shown.height() >= port.height() - 4);
    };
    QVERIFY(fits());
    // Ctrl+wheel zooms in.
    const qreal before = v->transform().m11();
    QWheelEvent wheel(QPointF(100, 100), v->viewport()->mapToGlobal(QPointF(100, 100)), QPoint(),
                      QPoint(0, 240), Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(v->viewport(), &wheel);
    QVERIFY(v->transform().m11() > before * 1.2);
    v->scale(2.5, 2.5);
    QVERIFY(!fits());
    v->setFocus();
    QTest::keyClick(v, Qt::Key_0, Qt::ControlModifier);
    QVERIFY(fits());
    w->resize(900, 700);
    QApplication::processEvents();
    QVERIFY(fits());
}

void TestPick::tidyMovesNotesApartInOneStep()
{
    PickChartWidget* w = openChart(m_s.aim);
    QVERIFY(w);
    PickChartScene* sc = w->scene();
    // Three notes dropped on one spot in IMPLEMENT, as a hurried facilitator leaves them.
    QVERIFY(edit::moveIdeas(
        *m_doc,
        {edit::IdeaSpot::on(m_s.ideas[5], 0.62, 0.25), edit::IdeaSpot::on(m_s.ideas[7], 0.63, 0.26)}));
    QVERIFY(sc->isCrowded());
    QHash<qint64, Quadrant> quadrants;
    QHash<qint64, QPointF> before;
    for (qint64 id : m_s.ideas) {
        quadrants.insert(id, sc->note(id)->quadrant());
        before.insert(id, sc->note(id)->pos());
    }
    QPushButton* tidy = w->tidyButton();
    QVERIFY(tidy->toolTip().contains(QLatin1String("Ctrl+T")));
    QVERIFY(tidy->isEnabled());
    const int count = m_doc->undoStack()->count();
    QTest::mouseClick(tidy, Qt::LeftButton);
    QCOMPARE(m_doc->undoStack()->count(), count + 1); // one step, committed at once
    QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Tidy notes"));
    QVERIFY(!sc->isCrowded());
    const QList<QRectF> rects = placedRects(sc);
    for (int i = 0; i < rects.size(); ++i) {
        for (int j = i + 1; j < rects.size(); ++j)
            QVERIFY2(!rects[i].intersects(rects[j]), qPrintable(QStringLiteral("%1 %2").arg(i).arg(j)));
    }
    int moved = 0;
    for (qint64 id : m_s.ideas) {
        const Row r = idea(*m_doc, id);
        QCOMPARE(quadrantOf(r.real(S_impact), r.real(S_effort)), quadrants[id]); // stored, in its quadrant
        QCOMPARE(sc->note(id)->pos(), PickChartScene::toScene(r.real(S_impact), r.real(S_effort)));
        moved += sc->note(id)->pos() != before[id];
    }
    QVERIFY(moved >= 1);
    // Tidy again: nothing overlaps, so no step.
    QTest::mouseClick(tidy, Qt::LeftButton);
    QCOMPARE(m_doc->undoStack()->count(), count + 1);
    QVERIFY(w->statusText().contains(QLatin1String("nothing to tidy")));
    // One undo puts every note back; Ctrl+T tidies again, from the chart or the entry box.
    m_doc->undoStack()->undo();
    for (qint64 id : m_s.ideas)
        QCOMPARE(sc->note(id)->pos(), before[id]);
    w->view()->setFocus();
    QTest::keyClick(w->view(), Qt::Key_T, Qt::ControlModifier);
    QCOMPARE(m_doc->undoStack()->count(), count + 1);
    QVERIFY(!sc->isCrowded());
}

void TestPick::tidyClearsTheQuadrantNames()
{
    PickChartWidget* w = openChart(m_s.bedfordAim);
    QVERIFY(w);
    PickChartScene* sc = w->scene();
    // A note on POSSIBLE's name and one on CHALLENGE's.
    const QList<QRectF> names = PickChartScene::quadrantNameRects();
    const qint64 a = addIdea(m_s.bedfordAim, QStringLiteral("Over the name"), 0.08, 0.05);
    const qint64 b = addIdea(m_s.bedfordAim, QStringLiteral("Over another name"), 0.92, 0.95);
    QVERIFY(names[0].intersects(placedRects(sc).value(0)) || names[0].intersects(placedRects(sc).value(1)));
    QVERIFY(sc->isCrowded());
    QVERIFY(w->tidy());
    for (const QRectF& r : placedRects(sc)) {
        for (const QRectF& n : names)
            QVERIFY(!r.intersects(n));
    }
    QCOMPARE(sc->note(a)->quadrant(), Quadrant::Possible);
    QCOMPARE(sc->note(b)->quadrant(), Quadrant::Challenge);
}

void TestPick::arrowKeysSkipPastOtherNotes()
{
    PickChartWidget* w = openChart(m_s.bedfordAim);
    QVERIFY(w);
    PickChartScene* sc = w->scene();
    PickChartView* v = w->view();
    const qint64 a = addIdea(m_s.bedfordAim, QStringLiteral("Moved by keyboard"), 0.30, 0.30);
    const qint64 b = addIdea(m_s.bedfordAim, QStringLiteral("In the way"), 0.47, 0.30);
    QVERIFY(!sc->note(a)->collidesWithItem(sc->note(b)));
    sc->note(a)->setSelected(true);
    v->setFocus();
    // A big step right would land on the other note: it skips past it instead, one undo step.
    const int count = m_doc->undoStack()->count();
    QTest::keyClick(v, Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(m_doc->undoStack()->count(), count + 1);
    QVERIFY(idea(*m_doc, a).real(S_impact) > 0.47);
    QCOMPARE(idea(*m_doc, a).real(S_effort), 0.30);
    QVERIFY(!sc->note(a)->collidesWithItem(sc->note(b)));
    // Back left, small steps: never ends on the other note either.
    for (int i = 0; i < 30; ++i) {
        QTest::keyClick(v, Qt::Key_Left);
        QVERIFY2(!sc->note(a)->collidesWithItem(sc->note(b)), qPrintable(QString::number(i)));
    }
    QVERIFY(idea(*m_doc, a).real(S_impact) < 0.47);
    // No room further on (the chart's edge): it stays, and no step is made.
    QVERIFY(edit::moveIdeas(*m_doc, {edit::IdeaSpot::on(a, 0.75, 0.30), edit::IdeaSpot::on(b, 0.93, 0.30)}));
    const int c2 = m_doc->undoStack()->count();
    QTest::keyClick(v, Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(idea(*m_doc, a).real(S_impact), 0.75);
    QCOMPARE(m_doc->undoStack()->count(), c2);
    QVERIFY(!sc->note(a)->collidesWithItem(sc->note(b)));
}

void TestPick::notesAreReadableAtFitZoom()
{
    test::TestWindow window(m_doc, false);
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QString error;
    QVERIFY2(window.showView(QStringLiteral("pick:2:1"), &error), qPrintable(error));
    QApplication::processEvents();
    PickChartWidget* w = window.findChild<PickChartWidget*>();
    QVERIFY(w && w->isVisible());
    QCOMPARE(w->aimId(), m_s.aim);
    PickChartView* v = w->view();
    v->zoomToFit();
    // The text's size on screen: the note's font as the view scales it.
    const auto shown = [v] { return PickNoteItem::noteFont().pixelSize() * v->transform().m11(); };
    const qreal fit = shown();
    QVERIFY2(fit >= 12, qPrintable(QString::number(fit)));
    v->setFocus();
    QTest::keyClick(v, Qt::Key_Equal, Qt::ControlModifier);
    QVERIFY(shown() > fit * 1.1);
    QTest::keyClick(v, Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(v, Qt::Key_Minus, Qt::ControlModifier);
    QVERIFY(shown() < fit * 0.9);
    QTest::keyClick(v, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(shown(), fit);
    // The same as buttons, which say their keys.
    QPushButton* in = nullptr;
    QPushButton* out = nullptr;
    for (QPushButton* b : w->findChildren<QPushButton*>()) {
        if (b->toolTip().contains(QLatin1String("Ctrl+=")))
            in = b;
        if (b->toolTip().contains(QLatin1String("Ctrl+-")))
            out = b;
    }
    QVERIFY(in && out);
    QTest::mouseClick(in, Qt::LeftButton);
    QVERIFY(shown() > fit * 1.1);
    QTest::mouseClick(out, Qt::LeftButton);
    QVERIFY(qAbs(shown() - fit) < 0.01);
}

void TestPick::legendShowsTheCohortColours()
{
    PickChartWidget* w = openChart(m_s.bedfordAim);
    QVERIFY(w);
    PickCohortLegend* legend = w->legend();
    QVERIFY(legend->isVisible());
    QVERIFY(!legend->view()->accessibleName().isEmpty());
    // Bedford's two aims, two cohorts, each with the colour of its notes.
    PickCohortModel* model = legend->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0).data().toString(), QStringLiteral("Mental health"));
    QCOMPARE(model->index(1).data().toString(), QStringLiteral("CYP 16-25"));
    QVERIFY(!model->index(0, 0).data(Qt::DecorationRole).value<QPixmap>().isNull());
    QCOMPARE(model->index(0, 0).data(PickCohortModel::SwatchColorRole).value<QColor>(),
             PickChartScene::cohortColor(QStringLiteral("Mental health")));
    // A place whose aims name no cohort has no key.
    const qint64 place
        = m_doc->store()->insert(Kind::Place, {{QStringLiteral("name"), QStringLiteral("Dunstable")}});
    const qint64 aim = m_doc->store()->insert(
        Kind::Aim,
        {{QStringLiteral("place_id"), place}, {QStringLiteral("statement"), QStringLiteral("an aim")}});
    w->setAim(aim);
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(!legend->isVisible());
    // Naming a cohort shows it at once.
    m_doc->store()->update(Kind::Aim, aim, QStringLiteral("cohort"), QStringLiteral("Carers"));
    QTRY_VERIFY(legend->isVisible());
    QCOMPARE(model->index(0).data().toString(), QStringLiteral("Carers"));
}

void TestPick::readOnlyChartChangesNothing()
{
    Document reader;
    QVERIFY(!reader.open(m_doc->path(), SessionFile::Mode::ReadOnly));
    QVERIFY(reader.isReadOnly());
    // Crowded in the file, so Tidy would have something to do.
    QVERIFY(edit::moveIdeas(*m_doc, {edit::IdeaSpot::on(m_s.ideas[5], 0.62, 0.25)}));
    reader.store()->announceOutsideChange();
    auto* w = new PickChartWidget(&reader);
    m_window = w;
    new ReadOnlyGuard(&reader, w, w);
    w->resize(1280, 800);
    w->setAim(m_s.aim);
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    PickChartScene* sc = w->scene();
    PickChartView* v = w->view();
    QVERIFY(sc->isCrowded());
    auto snapshot = [&] {
        QList<QVariantList> rows;
        for (qint64 id : std::as_const(m_s.ideas))
            rows << QVariantList {idea(reader, id).real(S_impact), idea(reader, id).real(S_effort)};
        return rows;
    };
    const auto stored = snapshot();
    // Nothing that changes the session looks like it could.
    QVERIFY(!w->tidyButton()->isEnabled());
    QCOMPARE(w->tidyButton()->toolTip(), readonly::reason());
    QVERIFY(w->entry()->isReadOnly());
    for (PickNoteItem* n : sc->notes())
        QVERIFY(!(n->flags() & QGraphicsItem::ItemIsMovable));
    // A drag, Tidy by key, arrow keys, Delete and a double-click change nothing.
    PickNoteItem* note = sc->note(m_s.ideas[2]);
    const QPointF at = note->pos();
    drag(v, at, PickChartScene::toScene(0.75, 0.70));
    QCOMPARE(note->pos(), at);
    note->setSelected(true);
    v->setFocus();
    QTest::keyClick(v, Qt::Key_T, Qt::ControlModifier);
    QTest::keyClick(v, Qt::Key_Right, Qt::ShiftModifier);
    QTest::keyClick(v, Qt::Key_Delete);
    QVERIFY(!w->tidy());
    QTest::mouseDClick(v->viewport(), Qt::LeftButton, {},
                       viewportPoint(v, PickChartScene::toScene(0.3, 0.7)));
    QVERIFY(!v->isEditing());
    QTest::keyClick(v, Qt::Key_Return);
    QVERIFY(!v->isEditing());
    // Nor does the idea entry, or a paste onto the chart.
    const int ideas = reader.store()->count(Kind::Idea, {});
    w->entry()->setText(QStringLiteral("An idea typed anyway"));
    QTest::keyClick(w->entry(), Qt::Key_Return);
    QApplication::clipboard()->setText(QStringLiteral("one\ntwo"));
    v->setFocus();
    QTest::keyClick(v, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(reader.store()->count(Kind::Idea, {}), ideas);
    QCOMPARE(snapshot(), stored);
    QCOMPARE(note->pos(), at);
    QVERIFY(idea(reader, m_s.ideas[2]).isValid());
    QCOMPARE(reader.undoStack()->count(), 0);
}

void TestPick::driverTreeModelIsSound()
{
    DriverTreeModel model(m_doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAim(m_s.aim);
    QCOMPARE(model.rowCount(), 3);
    const QModelIndex access = model.index(0, 0);
    QCOMPARE(access.data().toString(), QStringLiteral("Getting to the right help"));
    QCOMPARE(model.depthOf(access), 0);
    QCOMPARE(model.rowCount(access), 2);
    const QModelIndex door = model.index(0, 0, access);
    QCOMPARE(model.depthOf(door), 1);
    const QModelIndex hub = model.index(0, 0, door);
    QCOMPARE(model.depthOf(hub), 2);
    // A change idea without its own words shows its chart idea's words.
    QCOMPARE(hub.data().toString(), idea(*m_doc, m_s.ideas[8]).str(S_text));
    QCOMPARE(hub.data(DriverTreeModel::IdeaIdRole).toLongLong(), m_s.ideas[8]);
    QCOMPARE(model.parent(hub), door);
    QCOMPARE(model.indexOf(model.idOf(hub)), hub);
    QVERIFY(model.flags(hub).testFlag(Qt::ItemIsEditable));
    // Change ideas are leaves: nothing can be added under them.
    QCOMPARE(model.addChild(hub, QStringLiteral("too deep")), qint64(0));
    model.setAim(m_s.bedfordAim);
    QCOMPARE(model.rowCount(), 0);
}

void TestPick::driverTreeEditsAreUndoable()
{
    DriverTreeModel model(m_doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAim(m_s.aim);
    QUndoStack* undo = m_doc->undoStack();
    auto texts = [&](const QModelIndex& parent) {
        QStringList out;
        for (int r = 0; r < model.rowCount(parent); ++r)
            out << model.index(r, 0, parent).data().toString();
        return out;
    };
    const QStringList primaries = texts({});
    // Add a primary, a secondary under it, a change idea under that.
    const qint64 p = model.addChild({}, QStringLiteral("Money worries"));
    QVERIFY(p);
    const qint64 s2 = model.addChild(model.indexOf(p), QStringLiteral("Debt advice"));
    const qint64 c = model.addChild(model.indexOf(s2), QStringLiteral("Debt advice in job centres"));
    QVERIFY(s2 && c);
    QCOMPARE(model.depthOf(model.indexOf(c)), 2);
    QCOMPARE(texts({}), primaries + QStringList {QStringLiteral("Money worries")});
    // A sibling goes straight after.
    const qint64 sib = model.addSibling(model.index(0, 0), QStringLiteral("Health"));
    QCOMPARE(texts({}).at(1), QStringLiteral("Health"));
    // Rename, reorder.
    QVERIFY(model.setData(model.indexOf(sib), QStringLiteral("Staying healthy")));
    QCOMPARE(model.indexOf(sib).data().toString(), QStringLiteral("Staying healthy"));
    QVERIFY(model.moveNode(model.indexOf(sib), -1));
    QCOMPARE(texts({}).first(), QStringLiteral("Staying healthy"));
    QVERIFY(!model.moveNode(model.indexOf(sib), -1)); // already first
    // Delete a whole branch; undo brings every level back in place.
    const QModelIndex access = model.indexOf(m_s.ideas.isEmpty() ? 0 : model.idOf(model.index(1, 0)));
    QCOMPARE(access.data().toString(), QStringLiteral("Getting to the right help"));
    const int drivers = m_doc->store()->count(Kind::Driver, {{S_aim, m_s.aim}});
    QVERIFY(model.removeNode(access));
    QCOMPARE(m_doc->store()->count(Kind::Driver, {{S_aim, m_s.aim}}), drivers - 7);
    QVERIFY(!texts({}).contains(QStringLiteral("Getting to the right help")));
    undo->undo();
    QCOMPARE(m_doc->store()->count(Kind::Driver, {{S_aim, m_s.aim}}), drivers);
    const QModelIndex back = model.index(1, 0);
    QCOMPARE(back.data().toString(), QStringLiteral("Getting to the right help"));
    QCOMPARE(
        texts(back),
        (QStringList {QStringLiteral("Joined-up front door"), QStringLiteral("A trusted person alongside")}));
    QCOMPARE(model.rowCount(model.index(0, 0, back)), 2);
    // Unwind everything: the tree is as it started.
    while (undo->canUndo())
        undo->undo();
    QCOMPARE(texts({}), primaries);
    QCOMPARE(m_doc->store()->count(Kind::Driver, {{S_aim, m_s.aim}}), 15);
    while (undo->canRedo())
        undo->redo();
    QCOMPARE(texts({}).first(), QStringLiteral("Staying healthy"));
    QCOMPARE(model.depthOf(model.indexOf(c)), 2);
}

void TestPick::driverLinksAChartIdea()
{
    auto* editor = new DriverEditor(m_doc);
    m_window = editor;
    editor->resize(1280, 800);
    editor->setAim(m_s.aim);
    editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(editor));
    DriverTreeModel* model = editor->model();
    QCOMPARE(editor->diagram()->boxCount(), 15);
    // Select a secondary driver, choose a chart idea, add it as a change idea. (Indexes are
    // fetched afresh after each edit: the model resets.)
    auto inclusive = [model] { return model->index(0, 0, model->index(1, 0)); };
    QCOMPARE(inclusive().data().toString(), QStringLiteral("Inclusive recruitment"));
    editor->tree()->setCurrentIndex(inclusive());
    auto* combo = editor->findChild<QComboBox*>();
    QVERIFY(combo);
    combo->setCurrentIndex(6); // "Peer mentors…"
    QVERIFY(editor->useIdea());
    QCOMPARE(model->rowCount(inclusive()), 3);
    const QModelIndex added = model->index(2, 0, inclusive());
    QCOMPARE(added.data(DriverTreeModel::IdeaIdRole).toLongLong(), m_s.ideas[6]);
    QCOMPARE(added.data().toString(), idea(*m_doc, m_s.ideas[6]).str(S_text));
    QCOMPARE(editor->diagram()->boxCount(), 16);
    // Re-link an existing change idea to another chart idea.
    editor->tree()->setCurrentIndex(added);
    combo->setCurrentIndex(2);
    QVERIFY(editor->useIdea());
    QCOMPARE(model->index(2, 0, inclusive()).data(DriverTreeModel::IdeaIdRole).toLongLong(), m_s.ideas[2]);
    m_doc->undoStack()->undo();
    QCOMPARE(model->index(2, 0, inclusive()).data(DriverTreeModel::IdeaIdRole).toLongLong(), m_s.ideas[6]);
    // Keyboard: Insert adds below the selection, Delete removes it.
    editor->tree()->setFocus();
    editor->tree()->setCurrentIndex(model->index(2, 0));
    QTest::keyClick(editor->tree(), Qt::Key_Insert);
    QCOMPARE(model->rowCount(model->index(2, 0)), 2);
}

void TestPick::actionPlanFiltersAndSorts()
{
    auto* plan = new ActionPlanWidget(m_doc);
    m_window = plan;
    plan->resize(1280, 800);
    plan->setPlace(m_s.luton);
    plan->show();
    QVERIFY(QTest::qWaitForWindowExposed(plan));
    QAbstractItemModelTester t1(plan->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(plan->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(plan->proxy()->rowCount(), 5);
    const QStringList headers {QStringLiteral("Cohort"),   QStringLiteral("Idea"),
                               QStringLiteral("Action"),   QStringLiteral("Who will do it?"),
                               QStringLiteral("By when?"), QStringLiteral("Measure of success")};
    for (int c = 0; c < headers.size(); ++c)
        QCOMPARE(plan->proxy()->headerData(c, Qt::Horizontal).toString(), headers[c]);
    // The cohort combo lists the aim's cohort first, then others in use.
    QComboBox* combo = plan->cohortCombo();
    QCOMPARE(combo->count(), 3);
    QCOMPARE(combo->itemText(1), QStringLiteral("MH / Addiction / Homelessness"));
    combo->setCurrentIndex(2);
    QCOMPARE(plan->proxy()->rowCount(), 1);
    QCOMPARE(plan->proxy()->index(0, ActionPlanWidget::Action).data().toString().left(20),
             QStringLiteral("Prepare a joint NHS "));
    combo->setCurrentIndex(0);
    QCOMPARE(plan->proxy()->rowCount(), 5);
    // By when: dates sort by date and before words.
    plan->table()->sortByColumn(ActionPlanWidget::ByWhen, Qt::AscendingOrder);
    QCOMPARE(plan->proxy()->index(0, ActionPlanWidget::ByWhen).data().toString(),
             QStringLiteral("2023-08-08"));
    // and are shown as a date people read.
    QCOMPARE(ByWhenDelegate::display(QStringLiteral("2023-08-08")),
             QLocale().toString(QDate(2023, 8, 8), QStringLiteral("d MMM yyyy")));
    QCOMPARE(ByWhenDelegate::display(QStringLiteral("Within 3 months")), QStringLiteral("Within 3 months"));
    // Rows grow to fit their text: the multi-line action is taller than a one-liner.
    QVERIFY(plan->table()->rowHeight(0) > 0);
    int tallest = 0, shortest = 1 << 20;
    for (int r = 0; r < plan->proxy()->rowCount(); ++r) {
        tallest = std::max(tallest, plan->table()->rowHeight(r));
        shortest = std::min(shortest, plan->table()->rowHeight(r));
    }
    QVERIFY2(tallest > shortest, qPrintable(QStringLiteral("%1 vs %2").arg(tallest).arg(shortest)));
}

void TestPick::actionPlanEditsAreUndoable()
{
    auto* plan = new ActionPlanWidget(m_doc);
    m_window = plan;
    plan->resize(1280, 800);
    plan->setPlace(m_s.luton);
    plan->show();
    QVERIFY(QTest::qWaitForWindowExposed(plan));
    RowListModel* model = plan->model();
    const qint64 id = plan->addAction();
    QVERIFY(id);
    QCOMPARE(model->rowCount(), 6);
    QVERIFY(plan->table()->currentIndex().isValid());
    plan->table()->closePersistentEditor(plan->table()->currentIndex());
    // Edit through the view's model (as the delegate does).
    const QModelIndex cell = plan->proxy()->mapFromSource(model->index(5, ActionPlanWidget::Who));
    QVERIFY(plan->proxy()->setData(cell, QStringLiteral("Employment lead")));
    QCOMPARE(m_doc->store()->row(Kind::Action, id).str(QStringLiteral("who")),
             QStringLiteral("Employment lead"));
    // Move it up to the top, one step per press.
    plan->table()->selectionModel()->setCurrentIndex(
        cell, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    for (int i = 0; i < 5; ++i)
        QVERIFY(plan->moveSelected(-1));
    QVERIFY(!plan->moveSelected(-1));
    QCOMPARE(model->idAt(0), id);
    // Delete two rows as one step.
    plan->table()->selectionModel()->clearSelection();
    plan->table()->selectionModel()->select(plan->proxy()->index(0, 0),
                                            QItemSelectionModel::Select | QItemSelectionModel::Rows);
    plan->table()->selectionModel()->select(plan->proxy()->index(1, 0),
                                            QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QVERIFY(plan->removeSelected());
    QCOMPARE(model->rowCount(), 4);
    m_doc->undoStack()->undo();
    QCOMPARE(model->rowCount(), 6);
    QCOMPARE(model->idAt(0), id);
    while (m_doc->undoStack()->canUndo())
        m_doc->undoStack()->undo();
    QCOMPARE(model->rowCount(), 5);
    QVERIFY(!m_doc->store()->row(Kind::Action, id).isValid());
}

void TestPick::multiLineEditorShiftEnterBreaksEnterCommits()
{
    auto* plan = new ActionPlanWidget(m_doc);
    m_window = plan;
    plan->resize(1280, 800);
    plan->setPlace(m_s.luton);
    plan->show();
    QVERIFY(QTest::qWaitForWindowExposed(plan));
    QTableView* table = plan->table();
    const QModelIndex cell = plan->proxy()->index(0, ActionPlanWidget::Measure);
    table->setCurrentIndex(cell);
    table->edit(cell);
    auto* editor = table->viewport()->findChild<QPlainTextEdit*>();
    QVERIFY(editor);
    editor->clear();
    QTest::keyClicks(editor, QStringLiteral("Board minutes"));
    QTest::keyClick(editor, Qt::Key_Return, Qt::ShiftModifier); // a line break, as in a spreadsheet
    QTest::keyClicks(editor, QStringLiteral("record it"));
    QCOMPARE(m_doc->store()->row(Kind::Action, plan->model()->idAt(0)).str(QStringLiteral("measure")),
             QString());
    QVERIFY(editor->isVisible());
    QTest::keyClick(editor, Qt::Key_Return, Qt::ShiftModifier); // a trailing break is never stored
    QTest::keyClick(editor, Qt::Key_Return); // Enter commits
    QCOMPARE(m_doc->store()->row(Kind::Action, plan->model()->idAt(0)).str(QStringLiteral("measure")),
             QStringLiteral("Board minutes\nrecord it"));

    // "By when": a date from the calendar is stored as an ISO date; words stay words.
    const QModelIndex when = plan->proxy()->index(1, ActionPlanWidget::ByWhen);
    table->setCurrentIndex(when);
    table->edit(when);
    auto* calendar = table->findChild<QCalendarWidget*>();
    QVERIFY(calendar);
    emit calendar->clicked(QDate(2023, 9, 30));
    auto* line = table->viewport()->findChild<QLineEdit*>();
    QVERIFY(line);
    QCOMPARE(line->text(), QStringLiteral("2023-09-30"));
    QTest::keyClick(line, Qt::Key_Return);
    // (the view commits a line edit's Enter on the next turn of the event loop)
    QTRY_COMPARE(m_doc->store()->row(Kind::Action, plan->model()->idAt(1)).str(QStringLiteral("by_when")),
                 QStringLiteral("2023-09-30"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the closed editor goes
    table->edit(when);
    line = table->viewport()->findChild<QLineEdit*>();
    QVERIFY(line);
    line->selectAll();
    QTest::keyClicks(line, QStringLiteral("Within 6 weeks"));
    QTest::keyClick(line, Qt::Key_Return);
    QTRY_COMPARE(m_doc->store()->row(Kind::Action, plan->model()->idAt(1)).str(QStringLiteral("by_when")),
                 QStringLiteral("Within 6 weeks"));
}

void TestPick::workspaceViews_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("page");
    QTest::addColumn<QString>("error");
    QTest::newRow("places") << QStringLiteral("places") << true << 0 << QString();
    QTest::newRow("pick 2:1") << QStringLiteral("pick:2:1") << true << 1 << QString();
    QTest::newRow("pick 1:2") << QStringLiteral("pick:1:2") << true << 1 << QString();
    QTest::newRow("drivers 2:1") << QStringLiteral("drivers:2:1") << true << 2 << QString();
    QTest::newRow("actions 2") << QStringLiteral("actions:2") << true << 3 << QString();
    QTest::newRow("no place 3") << QStringLiteral("pick:3:1") << false << -1
                                << QStringLiteral("there is no place 3 (the session has 2 place(s))");
    QTest::newRow("no aim 3") << QStringLiteral("drivers:1:3") << false << -1
                              << QStringLiteral("Bedford Borough has no aim 3 (it has 2 aim(s))");
    QTest::newRow("place 0") << QStringLiteral("actions:0") << false << -1
                             << QStringLiteral("not a number from 1");
    QTest::newRow("missing aim") << QStringLiteral("pick:1") << false << -1
                                 << QStringLiteral("expected pick:P:A");
    QTest::newRow("words") << QStringLiteral("pick:one:1") << false << -1 << QStringLiteral("not a number");
    QTest::newRow("not ours") << QStringLiteral("table:1") << false << -1 << QString();
}

void TestPick::workspaceViews()
{
    QFETCH(QString, view);
    QFETCH(bool, ok);
    QFETCH(int, page);
    QFETCH(QString, error);
    PlacesWorkspace w(m_doc);
    QCOMPARE(w.viewNames().size(), 6); // places, pick, drivers, actions, tracker, review
    QString why;
    QCOMPARE(w.showView(view, &why), ok);
    if (ok) {
        QCOMPARE(w.tabs()->currentIndex(), page);
        if (view.startsWith(QLatin1String("pick:2")))
            QCOMPARE(w.pick()->aimId(), m_s.aim);
        if (view == QLatin1String("pick:1:2"))
            QCOMPARE(w.pick()->aimId(),
                     m_doc->store()->ids(Kind::Aim, {{QStringLiteral("place_id"), m_s.bedford}}).at(1));
        if (view.startsWith(QLatin1String("drivers")))
            QCOMPARE(w.drivers()->model()->rowCount(), 3);
        if (view.startsWith(QLatin1String("actions")))
            QCOMPARE(w.actions()->placeId(), m_s.luton);
    } else {
        QVERIFY2(why.contains(error), qPrintable(why));
        if (!error.isEmpty())
            QVERIFY(why.startsWith(view));
    }
}

void TestPick::placesAndAimsEdits()
{
    PlacesWorkspace w(m_doc);
    QCOMPARE(w.places()->rowCount(), 2);
    QCOMPARE(w.aims()->rowCount(), 2); // Bedford Borough's
    const qint64 place = w.addPlace();
    QVERIFY(place);
    QCOMPARE(w.places()->rowCount(), 3);
    QCOMPARE(w.aims()->rowCount(), 0);
    const qint64 aim = w.addAim();
    QVERIFY(aim);
    QCOMPARE(m_doc->store()->row(Kind::Aim, aim).ref(QStringLiteral("place_id")), place);
    QCOMPARE(w.pick()->aimId(), aim);
    QVERIFY(w.movePlace(-1));
    QCOMPARE(w.places()->idAt(1), place);
    // What the place prioritised is stored when the facilitator moves on.
    auto* note = w.findChild<QPlainTextEdit*>();
    QVERIFY(note);
    note->setPlainText(QStringLiteral("Addiction and carers"));
    w.choose(0);
    QCOMPARE(m_doc->store()->row(Kind::Place, place).str(QStringLiteral("priorities")),
             QStringLiteral("Addiction and carers"));
    QCOMPARE(note->toPlainText(), QStringLiteral("Young people, mental health at work"));
    // Deleting a place takes its aims; undo brings both back.
    w.choose(0);
    QVERIFY(w.removePlace()); // Bedford Borough with 2 aims
    QCOMPARE(m_doc->store()->count(Kind::Aim, {{QStringLiteral("place_id"), m_s.bedford}}), 0);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->store()->count(Kind::Aim, {{QStringLiteral("place_id"), m_s.bedford}}), 2);
    QCOMPARE(w.places()->idAt(0), m_s.bedford);
    while (m_doc->undoStack()->canUndo())
        m_doc->undoStack()->undo();
    QCOMPARE(w.places()->rowCount(), 2);
}

void TestPick::renderedViewsLookRight()
{
    // The three views at a projector's size, saved for a look when RT_SHOT_DIR is set.
    const QString dir = qEnvironmentVariable("RT_SHOT_DIR");
    auto* w = new PlacesWorkspace(m_doc);
    m_window = w;
    w->resize(1280, 800);
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    for (const QString& view : {QStringLiteral("pick:2:1"), QStringLiteral("drivers:2:1"),
                                QStringLiteral("actions:2"), QStringLiteral("places")}) {
        QString why;
        QVERIFY2(w->showView(view, &why), qPrintable(why));
        QApplication::processEvents();
        const QImage shot = w->grab().toImage();
        QCOMPARE(shot.size(), QSize(1280, 800));
        if (!dir.isEmpty())
            shot.save(dir + QLatin1Char('/') + QString(view).replace(QLatin1Char(':'), QLatin1Char('-'))
                      + QStringLiteral(".png"));
        if (view.startsWith(QLatin1String("pick"))) {
            // Each quadrant shows its own colour near its outer corner.
            PickChartView* v = w->pick()->view();
            const QPoint origin = v->viewport()->mapTo(w, QPoint(0, 0));
            auto colourAt = [&](double impact, double effort) {
                return QColor(shot.pixel(origin + v->mapFromScene(PickChartScene::toScene(impact, effort))));
            };
            const QColor possible = colourAt(0.01, 0.49), implement = colourAt(0.99, 0.49),
                         challenge = colourAt(0.99, 0.51), kibosh = colourAt(0.01, 0.51);
            QVERIFY(possible.blue() > possible.red()); // blue-ish
            QVERIFY(implement.green() > implement.red()); // green-ish
            QVERIFY(challenge.red() > challenge.blue()); // amber
            QVERIFY(kibosh.red() > kibosh.green()); // red-ish
            QVERIFY(possible != implement && implement != challenge && challenge != kibosh);
        }
    }
}

QTEST_MAIN(TestPick)
/** The sample session and the seminar template open with every chart readable: no note hides
 *  another or a quadrant's name (the user guide's picture of the chart is the sample's). */
void TestPick::builtInTemplatesNeedNoTidy()
{
    const QDir templates(QStringLiteral(RT_SOURCE_DIR "/resources/templates"));
    const QStringList names = templates.entryList({QStringLiteral("*.json")}, QDir::Files);
    int charts = 0;
    for (const QString& name : names) {
        QFile f(templates.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject json;
        QString error;
        QVERIFY2(interchange::parse(f.readAll(), &json, &error), qPrintable(error));
        QTemporaryDir dir;
        Document doc;
        QVERIFY(!doc.create(dir.filePath(QStringLiteral("t.roundtable"))));
        QVERIFY2(interchange::load(json, *doc.store(), &error), qPrintable(error));
        const QList<Row> aims = doc.store()->rows(Kind::Aim);
        for (const Row& aim : aims) {
            if (doc.store()->rows(Kind::Idea, {{S_aim, aim.id}}).isEmpty())
                continue;
            PickChartScene scene(&doc);
            scene.setAim(aim.id);
            ++charts;
            QVERIFY2(!scene.isCrowded(),
                     qPrintable(QStringLiteral("%1, aim %2: notes overlap")
                                    .arg(name, aim.str(QStringLiteral("statement")))));
        }
    }
    QVERIFY(charts >= 3);
}

void TestPick::stripLabelIsNeverCut_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("labelLines");
    QTest::newRow("en") << QString() << 1;
    QTest::newRow("pl") << QStringLiteral("pl") << 2; // "Nieposortowane pomysły" is wider than a note
    QTest::newRow("cy") << QStringLiteral("cy") << 0;
    QTest::newRow("ur") << QStringLiteral("ur") << 0;
}

/** The parking strip's label wraps rather than lose a word, and the parked notes start below
 *  it and its hint, in every language we ship. */
void TestPick::stripLabelIsNeverCut()
{
    QFETCH(QString, language);
    QFETCH(int, labelLines);
    QTranslator translator;
    if (!language.isEmpty()) {
        QVERIFY(translator.load(QStringLiteral(":/i18n/roundtable_%1.qm").arg(language)));
        QCoreApplication::installTranslator(&translator);
    }
    const QString label = QCoreApplication::translate("rt::PickChartScene", "Unsorted ideas");
    const QString hint
        = QCoreApplication::translate("rt::PickChartScene", "Drag a note onto the chart to place it");
    QVERIFY(language.isEmpty() || label != QLatin1String("Unsorted ideas"));
    QFont labelFont;
    labelFont.setPixelSize(20);
    labelFont.setBold(true);
    QFont hintFont;
    hintFont.setPixelSize(15);
    const QRectF box(0, 0, PickNoteItem::Width, 10000);
    const QRectF labelBox = QFontMetricsF(labelFont).boundingRect(box, Qt::TextWordWrap, label);
    const QRectF hintBox = QFontMetricsF(hintFont).boundingRect(box, Qt::TextWordWrap, hint);
    if (labelLines > 0)
        QCOMPARE(qRound(labelBox.height() / QFontMetricsF(labelFont).lineSpacing()), labelLines);
    PickChartScene scene(m_doc);
    scene.setAim(m_s.aim);
    qreal firstTop = 1e9;
    for (qint64 id : std::as_const(m_s.parked))
        firstTop = std::min(firstTop, scene.note(id)->sceneBoundingRect().top());
    QCoreApplication::removeTranslator(&translator);
    QVERIFY2(firstTop >= scene.stripRect().top() + 6 + labelBox.height() + 4 + hintBox.height(),
             qPrintable(QStringLiteral("%1: first parked note at %2, label and hint end at %3")
                            .arg(language)
                            .arg(firstTop)
                            .arg(scene.stripRect().top() + 6 + labelBox.height() + 4 + hintBox.height())));
}

#include "test_pick.moc"
