// SPDX-License-Identifier: GPL-3.0-or-later
#include "places/PlacesWorkspace.h"

#include "shell/PageStyle.h"
#include "shell/ReadOnly.h"

#include "commands/PlaceEdits.h"
#include "domain/Kind.h"
#include "models/RowListModel.h"
#include "places/ActionPlanWidget.h"
#include "places/ActionTracker.h"
#include "places/DriverEditor.h"
#include "places/MultiLineDelegate.h"
#include "places/PickChartWidget.h"
#include "places/PlaceText.h"
#include "places/ReviewMode.h"
#include "session/Document.h"
#include "shell/GridKeys.h"
#include "store/Columns.h"
#include "store/Store.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <functional>
#include <tuple>

namespace rt {

namespace {

/** Commits the priorities note when the editor loses focus. */
class FocusOutFilter : public QObject
{
public:
    FocusOutFilter(QObject* parent, std::function<void()> fn)
        : QObject(parent)
        , m_fn(std::move(fn))
    { }
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::FocusOut)
            m_fn();
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_fn;
};
} // namespace

PlacesWorkspace::PlacesWorkspace(Document* document, QWidget* parent)
    : Workspace(document, parent)
    , m_places(new RowListModel(document, Kind::Place, {col::Name}, this))
    , m_aims(new RowListModel(document, Kind::Aim, {col::Statement, col::Cohort}, this))
    , m_placeCombo(new QComboBox(this))
    , m_aimCombo(new QComboBox(this))
    , m_tabs(new QTabWidget(this))
    , m_pick(new PickChartWidget(document, this))
    , m_drivers(new DriverEditor(document, this))
    , m_actions(new ActionPlanWidget(document, this))
    , m_tracker(new ActionTracker(document, this))
{
    m_places->setHeaders({tr("Place")});
    m_aims->setHeaders({tr("Aim (completes the sentence)"), tr("Cohort")});
    m_aims->setFilter({{col::PlaceId, qint64(0)}});
    m_placeCombo->setModel(m_places);
    m_placeCombo->setAccessibleName(tr("Place"));
    m_placeCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_aimCombo->setModel(m_aims);
    m_aimCombo->setAccessibleName(tr("Aim"));
    m_aimCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_aimCombo->setMinimumContentsLength(50);

    auto* bar = new QHBoxLayout;
    auto* heading = new QLabel(tr("Places"), this);
    style::makePageHeading(heading);
    bar->addWidget(heading);
    bar->addSpacing(16);
    auto* placeLabel = new QLabel(tr("P&lace:"), this);
    placeLabel->setBuddy(m_placeCombo); // Alt+L
    bar->addWidget(placeLabel);
    bar->addWidget(m_placeCombo);
    bar->addSpacing(12);
    auto* aimLabel = new QLabel(tr("A&im:"), this);
    aimLabel->setBuddy(m_aimCombo); // Alt+I
    bar->addWidget(aimLabel);
    bar->addWidget(m_aimCombo, 1);

    m_tabs->addTab(buildPlacesPage(), tr("Places and aims"));
    m_tabs->addTab(m_pick, tr("PICK chart"));
    m_tabs->addTab(m_drivers, tr("Driver diagram"));
    m_tabs->addTab(m_actions, tr("Action plan"));
    m_tabs->addTab(m_tracker, tr("Follow-up"));
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Place views"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 12); // docs/STYLE.md: as every page
    layout->addLayout(bar);
    layout->addWidget(m_tabs, 1);

    connect(m_placeCombo, &QComboBox::currentIndexChanged, this, &PlacesWorkspace::onPlaceChosen);
    connect(m_aimCombo, &QComboBox::currentIndexChanged, this, &PlacesWorkspace::onAimChosen);
    connect(m_placeList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& i) { onPlaceChosen(i.row()); });
    connect(m_aimTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& i) { onAimChosen(i.row()); });
    connect(m_tracker, &ActionTracker::reviewRequested, this, [this](qint64 place) { openReview(place); });
    connect(m_pick, &PickChartWidget::actionCreated, this, [this](qint64 id) { m_actions->reveal(id); });
    auto attach = [this] {
        if (this->document()->store())
            connect(this->document()->store(), &Store::rowUpdated, this, &PlacesWorkspace::onRowUpdated,
                    Qt::UniqueConnection);
        choose(m_places->rowCount() ? 0 : -1, 0);
    };
    connect(document, &Document::opened, this, attach);
    attach();
}

PlacesWorkspace::~PlacesWorkspace()
{
    m_placeCombo->disconnect(this);
    m_aimCombo->disconnect(this);
    m_placeList->selectionModel()->disconnect(this);
    m_aimTable->selectionModel()->disconnect(this);
}

QString PlacesWorkspace::title() const
{
    return tr("Places");
}

QWidget* PlacesWorkspace::buildPlacesPage()
{
    auto* page = new QWidget(this);
    m_placeList = new QListView(page);
    m_placeList->setModel(m_places);
    m_placeList->setAccessibleName(tr("Places"));
    m_placeList->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_priorities = new QPlainTextEdit(page);
    m_priorities->setPlaceholderText(tr("What did this place prioritise (e.g. in the room's poll)?"));
    m_priorities->setAccessibleName(tr("What they prioritised"));
    m_priorities->setTabChangesFocus(true);
    m_priorities->installEventFilter(new FocusOutFilter(this, [this] { commitPriorities(); }));
    m_aimLead = new QLabel(page);
    m_aimLead->setWordWrap(true);
    m_aimTable = new QTableView(page);
    m_aimTable->setModel(m_aims);
    m_aimTable->setAccessibleName(tr("Aims"));
    m_aimTable->setTabKeyNavigation(false); // Tab leaves the table; the arrows move between cells
    m_aimTable->setItemDelegate(new MultiLineDelegate(m_aimTable));
    m_aimTable->setItemDelegateForColumn(1, new SingleLineDelegate(m_aimTable)); // the cohort
    // Tab and Enter finish a cell and stay in the grid; Tab from the last cell adds an aim.
    GridKeys::install(m_aimTable, [this] { return addAim() != 0; });
    m_aimTable->setWordWrap(true);
    m_aimTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_aimTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_aimTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                | QAbstractItemView::AnyKeyPressed);
    m_aimTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_aimTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_aimTable->horizontalHeader()->resizeSection(1, 200);
    connect(m_aimTable->horizontalHeader(), &QHeaderView::sectionResized, m_aimTable,
            &QTableView::resizeRowsToContents, Qt::QueuedConnection);

    // Each button's spoken name says what it acts on ("Delete place", not just "Delete").
    auto buttons = [page](const QList<std::tuple<QString, QString, std::function<void()>>>& specs) {
        auto* row = new QHBoxLayout;
        for (const auto& [text, name, fn] : specs) {
            auto* b = new QPushButton(text, page);
            readonly::marksEdit(b); // add, delete and move places and aims
            b->setAccessibleName(name);
            b->setToolTip(name);
            QObject::connect(b, &QPushButton::clicked, page, fn);
            row->addWidget(b);
        }
        row->addStretch(1);
        return row;
    };

    auto* left = new QWidget(page);
    auto* l = new QVBoxLayout(left);
    l->setContentsMargins(0, 0, 0, 0);
    l->addWidget(new QLabel(tr("<b>Places</b>"), left));
    l->addWidget(m_placeList, 2);
    l->addLayout(buttons({{tr("Add"), tr("Add place"), [this] { addPlace(); }},
                          {tr("Delete"), tr("Delete place"), [this] { removePlace(); }},
                          {tr("Up"), tr("Move place up"), [this] { movePlace(-1); }},
                          {tr("Down"), tr("Move place down"), [this] { movePlace(1); }}}));
    l->addWidget(new QLabel(tr("<b>What they prioritised</b>"), left));
    l->addWidget(m_priorities, 1);

    auto* right = new QWidget(page);
    auto* r = new QVBoxLayout(right);
    r->setContentsMargins(0, 0, 0, 0);
    r->addWidget(new QLabel(tr("<b>Aims</b>"), right));
    r->addWidget(m_aimLead);
    r->addWidget(m_aimTable, 1);
    r->addLayout(buttons({{tr("Add aim"), tr("Add aim"), [this] { addAim(); }},
                          {tr("Delete"), tr("Delete aim"), [this] { removeAim(); }},
                          {tr("Up"), tr("Move aim up"), [this] { moveAim(-1); }},
                          {tr("Down"), tr("Move aim down"), [this] { moveAim(1); }}}));

    auto* split = new QSplitter(Qt::Horizontal, page);
    split->addWidget(left);
    split->addWidget(right);
    split->setSizes({340, 900});
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(split);
    return page;
}

QStringList PlacesWorkspace::viewNames() const
{
    return {tr("places — the places and their aims"),
            tr("pick:P:A — the PICK chart of place P's aim A"),
            tr("drivers:P:A — the driver diagram of place P's aim A"),
            tr("actions:P — the action plan of place P"),
            tr("tracker — every place's actions to follow up (tracker:P — place P's)"),
            tr("review:P — review mode on place P's actions (review:P:N — at its action N)")};
}

bool PlacesWorkspace::showView(const QString& view, QString* error)
{
    if (view == QLatin1String("tracker")) {
        m_tracker->setPlace(0);
        m_tracker->selectFirst();
        showPage(FollowUpPage);
        return true;
    }
    static const QRegularExpression form(QStringLiteral("^(places|pick|drivers|actions|tracker)(?::(.*))?$"));
    const QRegularExpressionMatch m = form.match(view);
    if (!m.hasMatch())
        return false;
    const QString kind = m.captured(1);
    const QStringList args = m.captured(2).isEmpty() ? QStringList() : m.captured(2).split(QLatin1Char(':'));
    const bool onePlace = kind == QLatin1String("actions") || kind == QLatin1String("tracker");
    const int want = kind == QLatin1String("places") ? 0 : onePlace ? 1 : 2;
    auto fail = [&](const QString& why) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(view, why);
        return false;
    };
    if (args.size() != want && !(kind == QLatin1String("places") && args.isEmpty())) {
        const QString usage
            = want == 0 ? kind : kind + (want == 1 ? QLatin1String(":P") : QLatin1String(":P:A"));
        return fail(tr("expected %1 (places and aims are numbered from 1)").arg(usage));
    }
    QList<int> numbers;
    for (const QString& a : args) {
        bool ok = false;
        const int n = a.toInt(&ok);
        if (!ok || n < 1)
            return fail(tr("\"%1\" is not a number from 1").arg(a));
        numbers << n;
    }
    if (!document() || !document()->store())
        return fail(tr("no session is open"));
    if (!numbers.isEmpty() && numbers[0] > m_places->rowCount())
        return fail(tr("there is no place %1 (the session has %2)")
                        .arg(numbers[0])
                        .arg(tr("%n place(s)", nullptr, m_places->rowCount())));
    const int placeRow = numbers.isEmpty() ? (m_places->rowCount() ? 0 : -1) : numbers[0] - 1;
    if (numbers.size() > 1) {
        const qint64 placeId = m_places->idAt(placeRow);
        const int aims = document()->store()->count(Kind::Aim, {{col::PlaceId, placeId}});
        if (numbers[1] > aims)
            return fail(tr("%1 has no aim %2 (it has %3)")
                            .arg(m_places->rowAt(placeRow).str(col::Name))
                            .arg(numbers[1])
                            .arg(tr("%n aim(s)", nullptr, aims)));
    }
    choose(placeRow, numbers.size() > 1 ? numbers[1] - 1 : 0);
    if (kind == QLatin1String("tracker")) {
        m_tracker->setPlace(m_places->idAt(placeRow));
        m_tracker->selectFirst();
        showPage(FollowUpPage);
        return true;
    }
    showPage(kind == QLatin1String("places")        ? PlacesPage
                 : kind == QLatin1String("pick")    ? PickPage
                 : kind == QLatin1String("drivers") ? DriversPage
                                                    : ActionsPage);
    return true;
}

ReviewMode* PlacesWorkspace::openReview(qint64 placeId)
{
    if (!document() || !document()->store())
        return nullptr;
    if (!placeId)
        placeId = currentPlaceId() ? currentPlaceId() : m_places->idAt(0);
    if (!placeId)
        return nullptr;
    if (m_review)
        m_review->close();
    m_review = ReviewMode::open(document(), placeId, this);
    return m_review;
}

void PlacesWorkspace::showPage(Page page)
{
    m_tabs->setCurrentIndex(int(page));
}

void PlacesWorkspace::choose(int placeRow, int aimRow)
{
    onPlaceChosen(placeRow);
    if (aimRow >= 0)
        onAimChosen(aimRow < m_aims->rowCount() ? aimRow : -1);
}

void PlacesWorkspace::onPlaceChosen(int row)
{
    if (m_choosing)
        return;
    if (row >= m_places->rowCount())
        row = -1;
    const qint64 placeId = m_places->idAt(row);
    const bool changed = placeId != m_aims->filter().value(col::PlaceId).toLongLong();
    m_choosing = true;
    commitPriorities();
    m_placeCombo->setCurrentIndex(row);
    if (row >= 0)
        m_placeList->selectionModel()->setCurrentIndex(m_places->index(row, 0),
                                                       QItemSelectionModel::ClearAndSelect);
    if (changed) {
        m_aims->setFilter({{col::PlaceId, placeId}});
        m_actions->setPlace(placeId);
    }
    refreshPriorities();
    refreshLead();
    m_choosing = false;
    if (changed || m_aimCombo->currentIndex() < 0)
        onAimChosen(m_aims->rowCount() ? 0 : -1);
}

void PlacesWorkspace::onAimChosen(int row)
{
    if (m_choosing)
        return;
    if (row >= m_aims->rowCount())
        row = -1;
    m_choosing = true;
    m_aimCombo->setCurrentIndex(row);
    if (row >= 0)
        m_aimTable->selectionModel()->setCurrentIndex(
            m_aims->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const qint64 aimId = m_aims->idAt(row);
    if (m_pick->aimId() != aimId)
        m_pick->setAim(aimId);
    if (m_drivers->aimId() != aimId)
        m_drivers->setAim(aimId);
    m_choosing = false;
}

qint64 PlacesWorkspace::currentPlaceId() const
{
    return m_aims->filter().value(col::PlaceId).toLongLong();
}

qint64 PlacesWorkspace::currentAimId() const
{
    return m_pick->aimId();
}

void PlacesWorkspace::refreshPriorities()
{
    const qint64 id = currentPlaceId();
    const QString text = (id > 0 && document()->store())
        ? document()->store()->row(Kind::Place, id).str(col::Priorities)
        : QString();
    if (m_priorities->toPlainText() != text)
        m_priorities->setPlainText(text);
    m_priorities->setEnabled(id > 0);
}

void PlacesWorkspace::commitPriorities()
{
    const qint64 id = currentPlaceId();
    if (id > 0)
        edit::setPlacePriorities(*document(), id, m_priorities->toPlainText());
}

void PlacesWorkspace::refreshLead()
{
    const qint64 id = currentPlaceId();
    const QString name = (id > 0 && document()->store())
        ? document()->store()->row(Kind::Place, id).str(col::Name)
        : QString();
    m_aimLead->setText(id > 0 ? placetext::aimLead(name) : tr("Add a place first."));
}

void PlacesWorkspace::onRowUpdated(Kind kind, qint64 id, const QString& column)
{
    if (kind != Kind::Place || id != currentPlaceId())
        return;
    if (column == col::Priorities && !m_priorities->hasFocus())
        refreshPriorities();
    if (column == col::Name)
        refreshLead();
}

qint64 PlacesWorkspace::addPlace()
{
    const qint64 id = edit::addPlace(*document(), tr("New place"));
    if (!id)
        return 0;
    const int row = m_places->rowOf(id);
    choose(row, 0);
    if (isVisible()) {
        showPage(PlacesPage);
        m_placeList->edit(m_places->index(row, 0));
    }
    return id;
}

qint64 PlacesWorkspace::addAim()
{
    const qint64 id = edit::addAim(*document(), currentPlaceId());
    if (!id)
        return 0;
    const int row = m_aims->rowOf(id);
    onAimChosen(row);
    if (isVisible()) {
        showPage(PlacesPage);
        m_aimTable->edit(m_aims->index(row, 0));
    }
    return id;
}

bool PlacesWorkspace::removePlace()
{
    const qint64 id = currentPlaceId();
    const int row = m_places->rowOf(id);
    if (!edit::removePlace(*document(), id))
        return false;
    choose(std::min(row, m_places->rowCount() - 1), 0);
    return true;
}

bool PlacesWorkspace::removeAim()
{
    const qint64 id = currentAimId();
    const int row = m_aims->rowOf(id);
    if (!edit::removeAim(*document(), id))
        return false;
    onAimChosen(std::min(row, m_aims->rowCount() - 1));
    return true;
}

bool PlacesWorkspace::movePlace(int delta)
{
    const qint64 id = currentPlaceId();
    const int target = m_places->rowOf(id) + delta;
    if (id <= 0 || target < 0 || target >= m_places->rowCount() || !edit::movePlace(*document(), id, target))
        return false;
    choose(m_places->rowOf(id), -1);
    return true;
}

bool PlacesWorkspace::moveAim(int delta)
{
    const qint64 id = currentAimId();
    const int target = m_aims->rowOf(id) + delta;
    if (id <= 0 || target < 0 || target >= m_aims->rowCount() || !edit::moveAim(*document(), id, target))
        return false;
    onAimChosen(m_aims->rowOf(id));
    return true;
}

} // namespace rt
