// SPDX-License-Identifier: GPL-3.0-or-later
// Accessibility of the main window on the sample session: every page is reached and worked by
// keyboard (Ctrl+1..6, Tab cycles without getting stuck, each page's main action by keys), every
// control tells a screen reader what it is, and text stays readable in a dark palette with a
// large font. RT_SCREENSHOT_DIR keeps the dark, large-font pictures for a person to look at.
#include "agenda/AgendaEditor.h"
#include "agenda/AgendaWorkspace.h"
#include "domain/Quadrant.h"
#include "interchange/SessionBuilder.h"
#include "models/AgendaModel.h"
#include "models/NoteListModel.h"
#include "models/RowListModel.h"
#include "places/PickChartScene.h"
#include "places/PickChartView.h"
#include "places/PickChartWidget.h"
#include "places/PickNoteItem.h"
#include "places/PlacesWorkspace.h"
#include "polls/PollsWorkspace.h"
#include "session/Document.h"
#include "shell/MainWindow.h"
#include "shell/Settings.h"
#include "shell/Workspace.h"
#include "store/Store.h"
#include "tables/FeedbackView.h"
#include "tables/NoteEntry.h"
#include "tables/PromptColumn.h"
#include "tables/TableOverview.h"
#include "tables/TablesStyle.h"
#include "tables/TablesWorkspace.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAccessibleActionInterface>
#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace rt;

namespace {

double luminance(const QColor& c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

/** WCAG 2 contrast ratio, 1 … 21. */
double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

/** The colour most pixels of @p rect in @p image have: the background behind a label's text. */
QColor dominantColour(const QImage& image, const QRect& rect)
{
    QHash<QRgb, int> counts;
    const QRect r = rect.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x)
            ++counts[image.pixel(x, y) | 0xff000000u];
    }
    QRgb best = 0;
    int most = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            best = it.key();
        }
    }
    return QColor::fromRgb(best);
}

/** A dark palette like a desktop's dark theme, for the Fusion style. */
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2e), base(0x1e, 0x1e, 0x20), text(0xee, 0xee, 0xee);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x36));
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa8, 0xa8, 0xa8));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3e));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Light, QColor(0x55, 0x55, 0x5a));
    p.setColor(QPalette::Midlight, QColor(0x46, 0x46, 0x4a));
    p.setColor(QPalette::Mid, QColor(0x60, 0x60, 0x66));
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x1a));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe0));
    p.setColor(QPalette::HighlightedText, Qt::black);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

bool isVisibleOnScreen(QWidget* w)
{
    // isVisible() implies every ancestor is shown (hidden stack pages are not); visibleRegion()
    // would miss frameless scroll areas, whose viewport covers them.
    return w->isVisible() && w->width() > 2 && w->height() > 2;
}

/** What a screen reader says a control is called. */
QString accessibleName(QWidget* w)
{
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

bool hasLetter(const QString& text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetter(); });
}

void process()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}

/** Every sub-page a user can bring up on each main page, for the checks that look at all of them. */
struct View
{
    int page;
    QString name; ///< for failure messages and picture names
    QString view; ///< MainWindow::showView() name
};

QList<View> allViews()
{
    auto s = [](const char* t) { return QString::fromLatin1(t); };
    return {{0, s("agenda"), s("agenda")},         {0, s("run"), s("run:2")},
            {0, s("projector"), s("projector:2")}, {1, s("tables"), s("tables")},
            {1, s("table"), s("table:1")},         {1, s("feedback"), s("feedback:1")},
            {2, s("places"), s("places")},         {2, s("pick"), s("pick:1:1")},
            {2, s("drivers"), s("drivers:1:1")},   {2, s("actions"), s("actions:1")},
            {3, s("poll"), s("poll:1")},           {4, s("datapack"), s("datapack")},
            {5, s("export"), s("export")}};
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_pristine;
    std::unique_ptr<Document> m_document;
    std::unique_ptr<MainWindow> m_window;

    void openWindow();
    void closeWindow();

private slots:
    void initTestCase();
    void cleanup();
    void pagesByShortcut_data();
    void pagesByShortcut();
    void tabCyclesThroughEveryPage_data();
    void tabCyclesThroughEveryPage();
    void agendaReorderByKeyboard();
    void tablesNoteByKeyboard();
    void pickMoveByKeyboard();
    void pollsAddByKeyboard();
    void slidesByKeyboard();
    void everyControlHasAName_data();
    void everyControlHasAName();
    void accessibleTreeNamesEveryFocusable_data();
    void accessibleTreeNamesEveryFocusable();
    void pageSwitchActionsChangeTheView();
    void itemViewsSpeakTheirItems_data();
    void itemViewsSpeakTheirItems();
    void darkPaletteLargeFontReadable_data();
    void darkPaletteLargeFontReadable();
    void meaningfulColoursAreReadable();
    void pollChartSpeaksItsResults();
    void paintedViewsSpeakTheirText();
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationVersion(QStringLiteral(RT_VERSION));
    QVERIFY(m_dir.isValid());
    Settings::setPathOverride(m_dir.filePath(QStringLiteral("settings.ini")));
    QFile json(QStringLiteral(RT_SOURCE_DIR "/resources/templates/sample-session.json"));
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject object = QJsonDocument::fromJson(json.readAll()).object();
    m_pristine = m_dir.filePath(QStringLiteral("pristine.roundtable"));
    QString error;
    QVERIFY2(interchange::buildSessionFile(m_pristine, object, &error), qPrintable(error));
}

void TestAccessibility::openWindow()
{
    closeWindow();
    // Each test starts from the sample as the template made it.
    const QString path = m_dir.filePath(QStringLiteral("sample.roundtable"));
    QFile::remove(path);
    QVERIFY(QFile::copy(m_pristine, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    m_document = std::make_unique<Document>();
    QVERIFY(!m_document->open(path, SessionFile::Mode::ReadWrite));
    m_window = std::make_unique<MainWindow>(m_document.get(), false);
    m_window->resize(1280, 800);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QCOMPARE(m_window->workspaces().size(), 6);
}

void TestAccessibility::closeWindow()
{
    m_window.reset();
    if (m_document)
        m_document->close();
    m_document.reset();
}

void TestAccessibility::cleanup()
{
    closeWindow();
}

void TestAccessibility::pagesByShortcut_data()
{
    QTest::addColumn<int>("page");
    for (int i = 0; i < 6; ++i)
        QTest::addRow("Ctrl+%d", i + 1) << i;
}

void TestAccessibility::pagesByShortcut()
{
    QFETCH(int, page);
    openWindow();
    m_window->setCurrentPage(page == 0 ? 5 : 0);
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get(),
                    Qt::Key(Qt::Key_1 + page), Qt::ControlModifier);
    QCOMPARE(m_window->currentPage(), page);
    QVERIFY(m_window->workspaces().at(page)->isVisible());
    // The keyboard is somewhere a user can start from: the page list.
    QCOMPARE(QApplication::focusWidget(), m_window->navigationView());
}

void TestAccessibility::tabCyclesThroughEveryPage_data()
{
    QTest::addColumn<QString>("view");
    for (const View& v : allViews())
        QTest::newRow(qPrintable(v.name)) << v.view;
}

void TestAccessibility::tabCyclesThroughEveryPage()
{
    QFETCH(QString, view);
    openWindow();
    QString error;
    QVERIFY2(m_window->showView(view, &error), qPrintable(error));
    process();
    Workspace* page = m_window->currentWorkspace();
    m_window->navigationView()->setFocus(Qt::TabFocusReason);
    QCOMPARE(QApplication::focusWidget(), m_window->navigationView());

    // Every control the page shows that takes focus by Tab (and is enabled now) is on the way round.
    QList<QWidget*> expected;
    for (QWidget* w : page->findChildren<QWidget*>()) {
        // Like radio buttons, an exclusive group is one Tab stop; the arrow keys move within it.
        auto* b = qobject_cast<QAbstractButton*>(w);
        if (b && b->group() && b->group()->exclusive() && b != b->group()->buttons().constFirst())
            continue;
        if ((w->focusPolicy() & Qt::TabFocus) && w->isEnabled() && isVisibleOnScreen(w) && !w->focusProxy()
            && !qobject_cast<QAbstractItemView*>(w->parentWidget())
            && !(w->parentWidget() && qobject_cast<QAbstractItemView*>(w->parentWidget()->parentWidget())))
            expected << w;
    }
    QList<QWidget*> visited;
    bool backAtStart = false;
    bool enteredPage = false;
    for (int i = 0; i < 120 && !backAtStart; ++i) {
        QWidget* before = QApplication::focusWidget();
        QVERIFY(before);
        QTest::keyClick(before, Qt::Key_Tab);
        process();
        QWidget* after = QApplication::focusWidget();
        QVERIFY2(after && after != before,
                 qPrintable(
                     QStringLiteral("Tab is stuck on %1 (%2) after %3 presses")
                         .arg(QString::fromLatin1(before->metaObject()->className()),
                              before->objectName().isEmpty() ? accessibleName(before) : before->objectName())
                         .arg(i + 1)));
        QVERIFY2(after->window() == m_window.get(), "Tab left the main window");
        QVERIFY2(after->isVisible(), "Tab went to a hidden control");
        // Only the sidebar and the page itself are on the way: nothing hidden behind the page.
        QVERIFY2(after == m_window->navigationView() || page->isAncestorOf(after),
                 qPrintable(QStringLiteral("Tab went to %1 outside the page")
                                .arg(QString::fromLatin1(after->metaObject()->className()))));
        enteredPage = enteredPage || page->isAncestorOf(after);
        backAtStart = after == m_window->navigationView();
        if (!visited.contains(after))
            visited.append(after);
    }
    QVERIFY2(enteredPage, "Tab never reached the page");
    QVERIFY2(backAtStart,
             qPrintable(QStringLiteral("Tab did not come back to the page list after visiting %1 "
                                       "controls")
                            .arg(visited.size())));
    for (QWidget* w : std::as_const(expected)) {
        auto* b = qobject_cast<QAbstractButton*>(w);
        if (b && b->group() && b->group()->exclusive()) {
            const QList<QAbstractButton*> group = b->group()->buttons();
            if (std::any_of(group.cbegin(), group.cend(),
                            [&](QAbstractButton* g) { return visited.contains(g); }))
                continue;
        }
        QVERIFY2(visited.contains(w),
                 qPrintable(QStringLiteral("Tab never reaches %1 “%2”")
                                .arg(QString::fromLatin1(w->metaObject()->className()), accessibleName(w))));
    }
}

void TestAccessibility::agendaReorderByKeyboard()
{
    openWindow();
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    auto* agenda = qobject_cast<AgendaWorkspace*>(m_window->currentWorkspace());
    QVERIFY(agenda);
    QVERIFY(agenda->model()->rowCount() >= 2);
    // Tab from the page list reaches the agenda table.
    QTableView* table = agenda->editor()->view();
    for (int i = 0; i < 20 && QApplication::focusWidget() != table; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), table);
    agenda->editor()->selectRow(0);
    const qint64 first = agenda->model()->idAt(0);
    QTest::keyClick(table, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(agenda->model()->idAt(1), first);
    QCOMPARE(agenda->editor()->currentRow(), 1);
    QTest::keyClick(table, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(agenda->model()->idAt(0), first);
}

void TestAccessibility::tablesNoteByKeyboard()
{
    openWindow();
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    auto* tables = qobject_cast<TablesWorkspace*>(m_window->currentWorkspace());
    QVERIFY(tables);
    // From the overview's cards, Enter opens the current table and puts the keyboard in its first entry box.
    QAbstractItemView* cards = tables->overview()->findChild<QListView*>();
    QVERIFY(cards);
    cards->setFocus(Qt::TabFocusReason);
    cards->setCurrentIndex(cards->model()->index(0, 0));
    QTest::keyClick(cards, Qt::Key_Return);
    QCOMPARE(tables->mode(), TablesWorkspace::Mode::Table);
    QVERIFY(!tables->columns().isEmpty());
    PromptColumn* column = tables->columns().first();
    QCOMPARE(QApplication::focusWidget(), column->entry());
    const int before = column->model()->rowCount();
    QTest::keyClicks(column->entry(), QStringLiteral("Quiet room at the job centre"));
    QTest::keyClick(column->entry(), Qt::Key_Return);
    QCOMPARE(column->model()->rowCount(), before + 1);
    QVERIFY(column->entry()->toPlainText().isEmpty());
    // Tab goes on to the next prompt's entry or list, not into the text.
    QTest::keyClick(column->entry(), Qt::Key_Tab);
    QVERIFY(QApplication::focusWidget() != column->entry());
}

void TestAccessibility::pickMoveByKeyboard()
{
    openWindow();
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    auto* places = qobject_cast<PlacesWorkspace*>(m_window->currentWorkspace());
    QVERIFY(places);
    places->showPage(PlacesWorkspace::PickPage);
    process();
    PickChartView* view = places->pick()->view();
    view->setFocus(Qt::TabFocusReason);
    PickChartScene* scene = places->pick()->scene();
    QVERIFY(!scene->notes().isEmpty());
    QVERIFY(scene->selectedIds().isEmpty());
    // Page Down selects a note without the mouse; the arrows then move it.
    QTest::keyClick(view, Qt::Key_PageDown);
    QCOMPARE(scene->selectedIds().size(), 1);
    const qint64 id = scene->selectedIds().first();
    QVERIFY2(view->accessibleDescription().contains(scene->note(id)->text()),
             "a screen reader hears the selected note");
    const double impact = m_document->store()->row(Kind::Idea, id).real(QStringLiteral("impact"));
    QTest::keyClick(view, impact > 0.9 ? Qt::Key_Left : Qt::Key_Right, Qt::ShiftModifier);
    const double after = m_document->store()->row(Kind::Idea, id).real(QStringLiteral("impact"));
    QVERIFY2(std::abs(after - impact) > 0.01, "the selected note moved");
    QTest::keyClick(view, Qt::Key_PageDown);
    QCOMPARE(scene->selectedIds().size(), 1);
    if (scene->notes().size() > 1)
        QVERIFY(scene->selectedIds().first() != id);
}

void TestAccessibility::pollsAddByKeyboard()
{
    openWindow();
    QTest::keyClick(m_window.get(), Qt::Key_4, Qt::ControlModifier);
    auto* polls = qobject_cast<PollsWorkspace*>(m_window->currentWorkspace());
    QVERIFY(polls);
    const int before = m_document->store()->count(Kind::Poll);
    QAbstractButton* add = nullptr;
    for (int i = 0; i < 40 && !add; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        auto* b = qobject_cast<QAbstractButton*>(QApplication::focusWidget());
        if (b && b->text().remove(QLatin1Char('&')) == QLatin1String("Add poll"))
            add = b;
    }
    QVERIFY2(add, "Tab reaches the Add poll button");
    QTest::keyClick(add, Qt::Key_Space);
    QCOMPARE(m_document->store()->count(Kind::Poll), before + 1);
}

void TestAccessibility::slidesByKeyboard()
{
    openWindow();
    QTest::keyClick(m_window.get(), Qt::Key_6, Qt::ControlModifier);
    Workspace* exportPage = m_window->currentWorkspace();
    QString error;
    QVERIFY(m_window->showView(QStringLiteral("export"), &error));
    auto* slides = exportPage->findChild<QListView*>();
    QVERIFY(slides);
    slides->setFocus(Qt::TabFocusReason);
    const int row = slides->currentIndex().row();
    QTest::keyClick(slides, Qt::Key_Down);
    QCOMPARE(slides->currentIndex().row(), row + 1);
    QWidget* preview = exportPage->findChild<QWidget*>(QStringLiteral("slidePreview"));
    QVERIFY(preview);
    QCOMPARE(preview->accessibleDescription(), slides->currentIndex().data(Qt::ToolTipRole).toString());
}

void TestAccessibility::accessibleTreeNamesEveryFocusable_data()
{
    tabCyclesThroughEveryPage_data();
}

/** The window as a screen reader walks it (QAccessible interfaces, as AT-SPI exports them): every
 *  focusable object has a name with a letter, no focusable label is empty, and buttons side by
 *  side are told apart by ear (no two focusable buttons share a name). Cells are named by their
 *  content and are left to itemViewsSpeakTheirItems. */
void TestAccessibility::accessibleTreeNamesEveryFocusable()
{
    QFETCH(QString, view);
    openWindow();
    QString error;
    QVERIFY2(m_window->showView(view, &error), qPrintable(error));
    process();
    QStringList problems;
    QHash<QString, int> buttonNames;
    int focusable = 0;
    const QSet<QAccessible::Role> cells
        = {QAccessible::Cell,         QAccessible::ListItem,  QAccessible::TreeItem, QAccessible::Row,
           QAccessible::ColumnHeader, QAccessible::RowHeader, QAccessible::PageTab,  QAccessible::MenuItem};
    std::function<void(QAccessibleInterface*, int)> walk = [&](QAccessibleInterface* iface, int depth) {
        if (!iface || !iface->isValid() || depth > 40)
            return;
        const QAccessible::State state = iface->state();
        if (state.invisible || state.offscreen)
            return;
        const QAccessible::Role role = iface->role();
        QWidget* widget = qobject_cast<QWidget*>(iface->object());
        const bool shown = !widget || isVisibleOnScreen(widget);
        // A widget whose focus goes to a proxy (a scroll area's viewport) is not a stop of its own.
        const bool proxied = widget && widget->focusProxy();
        if (shown && state.focusable && !proxied && !cells.contains(role)) {
            ++focusable;
            const QString name = iface->text(QAccessible::Name).trimmed();
            const QString what
                = QStringLiteral("%1 (%2, role %3)")
                      .arg(widget ? QString::fromLatin1(widget->metaObject()->className())
                                  : QStringLiteral("?"),
                           widget ? widget->objectName()
                                   + (widget->parentWidget()
                                          ? QStringLiteral(" in ")
                                              + QString::fromLatin1(
                                                  widget->parentWidget()->metaObject()->className())
                                          : QString())
                                  : QString())
                      .arg(int(role));
            if (role == QAccessible::StaticText && name.isEmpty())
                problems << QStringLiteral("empty focusable label: %1").arg(what);
            else if (!hasLetter(name) && role != QAccessible::ScrollBar && role != QAccessible::Slider)
                problems << QStringLiteral("unnamed: %1").arg(what);
            if ((role == QAccessible::Button || role == QAccessible::ButtonMenu) && !name.isEmpty())
                ++buttonNames[name];
        }
        if (cells.contains(role))
            return; // an item view's cells: many, named by their text
        for (int i = 0; i < iface->childCount(); ++i)
            walk(iface->child(i), depth + 1);
    };
    walk(QAccessible::queryAccessibleInterface(m_window.get()), 0);
    for (auto it = buttonNames.cbegin(); it != buttonNames.cend(); ++it)
        if (it.value() > 1)
            problems << QStringLiteral("%1 buttons all called \"%2\"").arg(it.value()).arg(it.key());
    QVERIFY2(focusable > 5, qPrintable(QString::number(focusable)));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1String("\n"))));
}

/** The page switches worked through the accessibility actions (voice control, Orca) change the
 *  view, not only their checked state. */
void TestAccessibility::pageSwitchActionsChangeTheView()
{
    openWindow();
    const auto act = [](QAbstractButton* b) {
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(b);
        QVERIFY(iface && iface->actionInterface());
        const QStringList names = iface->actionInterface()->actionNames();
        iface->actionInterface()->doAction(names.contains(QAccessibleActionInterface::toggleAction())
                                               ? QAccessibleActionInterface::toggleAction()
                                               : QAccessibleActionInterface::pressAction());
        process();
    };
    QString error;
    QVERIFY(m_window->showView(QStringLiteral("agenda"), &error));
    auto* agenda = qobject_cast<AgendaWorkspace*>(m_window->currentWorkspace());
    QVERIFY(agenda);
    QList<QAbstractButton*> tabs;
    for (QAbstractButton* b : agenda->findChildren<QAbstractButton*>())
        if (b->isCheckable() && b->group())
            tabs << b;
    QCOMPARE(tabs.size(), 3);
    for (int i : {1, 2, 0}) {
        act(tabs[i]);
        QCOMPARE(int(agenda->page()), i);
        QVERIFY(tabs[i]->isChecked());
    }
    QVERIFY(m_window->showView(QStringLiteral("table:1"), &error));
    auto* tables = qobject_cast<TablesWorkspace*>(m_window->currentWorkspace());
    QVERIFY(tables);
    auto* stack = tables->findChild<QStackedWidget*>();
    for (int i : {2, 0, 1}) {
        auto* b = tables->findChild<QAbstractButton*>(QStringLiteral("mode%1").arg(i));
        QVERIFY(b);
        act(b);
        QCOMPARE(stack->currentIndex(), i);
    }
}

void TestAccessibility::everyControlHasAName_data()
{
    tabCyclesThroughEveryPage_data();
}

void TestAccessibility::everyControlHasAName()
{
    QFETCH(QString, view);
    openWindow();
    QString error;
    QVERIFY2(m_window->showView(view, &error), qPrintable(error));
    process();
    Workspace* page = m_window->currentWorkspace();
    QStringList unnamed;
    int checked = 0;
    const QList<QWidget*> all = page->findChildren<QWidget*>();
    for (QWidget* w : all) {
        const bool control = qobject_cast<QAbstractButton*>(w) || qobject_cast<QLineEdit*>(w)
            || qobject_cast<QComboBox*>(w) || qobject_cast<QAbstractItemView*>(w)
            || qobject_cast<QPlainTextEdit*>(w);
        if (!control || !isVisibleOnScreen(w))
            continue;
        // Combo boxes' own line edits and item views' editors are named by their owner.
        if (qobject_cast<QComboBox*>(w->parentWidget()) || qobject_cast<QAbstractSpinBox*>(w->parentWidget()))
            continue;
        // The table's select-all corner is a mouse convenience, outside the focus chain; headers
        // are spoken as the column and row headers of their table.
        if (w->inherits("QTableCornerButton") || qobject_cast<QHeaderView*>(w))
            continue;
        ++checked;
        const QString name = accessibleName(w);
        if (!hasLetter(name))
            unnamed << QStringLiteral("%1 “%2” (tooltip “%3”)")
                           .arg(QString::fromLatin1(w->metaObject()->className()), name, w->toolTip());
    }
    QVERIFY(checked > 0);
    QVERIFY2(unnamed.isEmpty(),
             qPrintable(QStringLiteral("controls without a name on %1: %2")
                            .arg(view, unnamed.join(QStringLiteral("; ")))));
}

void TestAccessibility::itemViewsSpeakTheirItems_data()
{
    tabCyclesThroughEveryPage_data();
}

void TestAccessibility::itemViewsSpeakTheirItems()
{
    // Custom-painted items (note cards, table cards, slides, heat map cells) still give a
    // screen reader their text.
    QFETCH(QString, view);
    openWindow();
    QString error;
    QVERIFY2(m_window->showView(view, &error), qPrintable(error));
    process();
    const QList<QAbstractItemView*> views = m_window->currentWorkspace()->findChildren<QAbstractItemView*>();
    for (QAbstractItemView* v : views) {
        if (!isVisibleOnScreen(v) || !v->model())
            continue;
        QAbstractItemModel* model = v->model();
        for (int row = 0; row < std::min(model->rowCount(v->rootIndex()), 6); ++row) {
            QString spoken;
            for (int column = 0; column < model->columnCount(v->rootIndex()) && spoken.isEmpty(); ++column) {
                const QModelIndex index = model->index(row, column, v->rootIndex());
                spoken = index.data(Qt::AccessibleTextRole).toString();
                if (spoken.isEmpty())
                    spoken = index.data(Qt::DisplayRole).toString();
            }
            QVERIFY2(hasLetter(spoken) || spoken.contains(QRegularExpression(QStringLiteral("\\d"))),
                     qPrintable(QStringLiteral("%1 “%2” row %3 says nothing")
                                    .arg(QString::fromLatin1(v->metaObject()->className()), accessibleName(v))
                                    .arg(row)));
        }
    }
}

void TestAccessibility::darkPaletteLargeFontReadable_data()
{
    tabCyclesThroughEveryPage_data();
}

void TestAccessibility::darkPaletteLargeFontReadable()
{
    QFETCH(QString, view);
    const QPalette oldPalette = QApplication::palette();
    const QFont oldFont = QApplication::font();
    QStyle* const oldStyle = QApplication::style();
    const QString oldStyleName = oldStyle->name();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(darkPalette());
    QFont large = oldFont;
    large.setPointSizeF(16);
    QApplication::setFont(large);
    auto restore = qScopeGuard([&] {
        closeWindow();
        QApplication::setStyle(QStyleFactory::create(oldStyleName));
        QApplication::setPalette(oldPalette);
        QApplication::setFont(oldFont);
    });

    openWindow();
    m_window->resize(1600, 1000);
    QString error;
    QVERIFY2(m_window->showView(view, &error), qPrintable(error));
    process();
    const QImage image = m_window->grab().toImage();
    const QString keep = qEnvironmentVariable("RT_SCREENSHOT_DIR");
    if (!keep.isEmpty())
        image.save(QDir(keep).filePath(
            QStringLiteral("a11y-dark-%1.png").arg(QLatin1String(QTest::currentDataTag()))));

    // Text of labels, buttons and entry boxes against what is really painted behind it.
    QStringList faint;
    int measured = 0;
    const QList<QWidget*> all = m_window->currentWorkspace()->findChildren<QWidget*>();
    for (QWidget* w : all) {
        auto* label = qobject_cast<QLabel*>(w);
        auto* button = qobject_cast<QAbstractButton*>(w);
        QString text;
        QPalette::ColorRole role = w->foregroundRole();
        if (label && label->pixmap().isNull() && label->textFormat() != Qt::RichText)
            text = label->text();
        else if (button && !button->isChecked() && !button->isDown())
            text = button->text();
        if (!hasLetter(text) || !isVisibleOnScreen(w) || Qt::mightBeRichText(text))
            continue;
        const QPalette::ColorGroup group = w->isEnabled() ? QPalette::Active : QPalette::Disabled;
        if (!w->isEnabled())
            continue; // disabled text may be dim (WCAG exempts it)
        const QColor fg = w->palette().color(group, role);
        const QRect where(w->mapTo(m_window.get(), QPoint(0, 0)), w->size());
        const QColor bg = dominantColour(image, where.adjusted(3, 3, -3, -3));
        ++measured;
        const double ratio = contrast(fg, bg);
        if (ratio < 4.5)
            faint << QStringLiteral("“%1” %2 on %3 (%4:1)")
                         .arg(text.left(40), fg.name(), bg.name())
                         .arg(ratio, 0, 'f', 2);
    }
    // Coloured cells (heat map, note cards) carry their own text colour.
    const QList<QAbstractItemView*> views = m_window->currentWorkspace()->findChildren<QAbstractItemView*>();
    for (QAbstractItemView* v : views) {
        if (!isVisibleOnScreen(v) || !v->model())
            continue;
        QAbstractItemModel* model = v->model();
        for (int row = 0; row < std::min(model->rowCount(), 20); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                const QModelIndex index = model->index(row, column);
                const QVariant back = index.data(Qt::BackgroundRole);
                const QVariant fore = index.data(Qt::ForegroundRole);
                if (!back.isValid() && !fore.isValid())
                    continue;
                const QColor bg
                    = back.isValid() ? back.value<QBrush>().color() : v->palette().color(QPalette::Base);
                const QColor fg
                    = fore.isValid() ? fore.value<QBrush>().color() : v->palette().color(QPalette::Text);
                ++measured;
                if (contrast(fg, bg) < 4.5)
                    faint << QStringLiteral("cell “%1” %2 on %3 (%4:1)")
                                 .arg(index.data().toString().left(30), fg.name(), bg.name())
                                 .arg(contrast(fg, bg), 0, 'f', 2);
            }
        }
    }
    QVERIFY(measured > 0);
    QVERIFY2(
        faint.isEmpty(),
        qPrintable(QStringLiteral("hard to read on %1: %2").arg(view, faint.join(QStringLiteral("; ")))));
}

void TestAccessibility::meaningfulColoursAreReadable()
{
    // Colours that carry meaning keep their text readable, on any palette: the PICK quadrants'
    // names on their fills, the table badges, and the Tables page's text on its cards in the
    // light and the dark theme.
    for (Quadrant q : {Quadrant::Possible, Quadrant::Implement, Quadrant::Challenge, Quadrant::Kibosh})
        QVERIFY2(contrast(PickChartScene::quadrantLabelColor(q), PickChartScene::quadrantBackground(q))
                     >= 4.5,
                 qPrintable(quadrantKey(q)));
    for (int i = 0; i < 5; ++i)
        QVERIFY(contrast(Qt::white, style::promptColour(i)) >= 4.5);
    QVERIFY(contrast(Qt::white, style::accent()) >= 4.5);
    QVERIFY(contrast(Qt::white, style::badgeFill()) >= 4.5);
    const QPalette oldPalette = QApplication::palette();
    for (bool dark : {false, true}) {
        QApplication::setPalette(dark ? darkPalette() : QPalette(Qt::white));
        QCOMPARE(style::darkTheme(), dark);
        for (const QColor& fill : {style::surface(), style::columnFill(), style::pageFill(),
                                   style::selectionFill(), style::keyPointFill()}) {
            QVERIFY2(contrast(style::text(), fill) >= 4.5, qPrintable(fill.name()));
            QVERIFY2(contrast(style::mutedText(), fill) >= 4.5, qPrintable(fill.name()));
        }
        QVERIFY(contrast(style::keyPointStar(), style::surface()) >= 4.5);
        QVERIFY(contrast(style::keyPointStar(), style::keyPointFill()) >= 3.0); // a bold ★ and count
    }
    QApplication::setPalette(oldPalette);
}

void TestAccessibility::pollChartSpeaksItsResults()
{
    openWindow();
    QString error;
    QVERIFY2(m_window->showView(QStringLiteral("poll:1"), &error), qPrintable(error));
    process();
    const qint64 poll = m_document->store()->ids(Kind::Poll).value(0);
    const Row option
        = m_document->store()->rows(Kind::PollOption, {{QStringLiteral("poll_id"), poll}}).value(0);
    QVERIFY(option.isValid());
    bool spoken = false;
    const QList<QWidget*> all = m_window->currentWorkspace()->findChildren<QWidget*>();
    for (QWidget* w : all) {
        if (w->inherits("QChartView") && w->isVisible())
            spoken
                = w->accessibleDescription().contains(option.str(QStringLiteral("text")) + QLatin1Char(':'));
    }
    QVERIFY2(spoken,
             qPrintable(QStringLiteral("the chart's description lists each option with its count: %1")
                            .arg(option.str(QStringLiteral("text")))));
}

void TestAccessibility::paintedViewsSpeakTheirText()
{
    openWindow();
    QString error;
    // Feed-back mode paints the table's key points.
    QVERIFY2(m_window->showView(QStringLiteral("feedback:1"), &error), qPrintable(error));
    const Row key = m_document->store()
                        ->rows(Kind::Note,
                               {{QStringLiteral("table_id"), m_document->store()->ids(Kind::Table).first()},
                                {QStringLiteral("key_point"), true}})
                        .value(0);
    QVERIFY(key.isValid());
    auto* tables = qobject_cast<TablesWorkspace*>(m_window->currentWorkspace());
    QVERIFY(tables);
    QVERIFY(tables->feedback()->accessibleDescription().contains(key.str(QStringLiteral("text"))));
    // Run mode paints the countdown.
    QVERIFY2(m_window->showView(QStringLiteral("run:2"), &error), qPrintable(error));
    QWidget* countdown = nullptr;
    for (QWidget* w : m_window->currentWorkspace()->findChildren<QWidget*>()) {
        if (w->inherits("rt::CountdownWidget") && w->isVisible())
            countdown = w;
    }
    QVERIFY(countdown);
    QVERIFY(!countdown->accessibleName().isEmpty());
    QVERIFY2(countdown->accessibleDescription().contains(QRegularExpression(QStringLiteral("\\d+:\\d\\d"))),
             qPrintable(countdown->accessibleDescription()));
}

QTEST_MAIN(TestAccessibility)
#include "test_accessibility.moc"
