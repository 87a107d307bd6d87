// SPDX-License-Identifier: GPL-3.0-or-later
#include "places/ActionPlanWidget.h"
#include "shell/ReadOnly.h"

#include "commands/PlaceEdits.h"
#include "domain/Kind.h"
#include "models/CohortFilterModel.h"
#include "models/RowListModel.h"
#include "places/MultiLineDelegate.h"
#include "session/Document.h"
#include "shell/GridKeys.h"
#include "store/Columns.h"
#include "store/Store.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace rt {

ActionPlanWidget::ActionPlanWidget(Document* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new RowListModel(document, Kind::Action,
                               {col::Cohort, col::Idea, col::Action, col::Who, col::ByWhen, col::Measure},
                               this))
    , m_proxy(new CohortFilterModel(this))
    , m_header(new QLabel(this))
    , m_cohort(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_add(new QPushButton(tr("Add action"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
    , m_up(new QPushButton(tr("Up"), this))
    , m_down(new QPushButton(tr("Down"), this))
    , m_listOrder(new QPushButton(tr("List order"), this))
{
    m_model->setFilter({{col::PlaceId, qint64(0)}});
    m_model->setHeaders({tr("Cohort"), tr("Idea"), tr("Action"), tr("Who will do it?"), tr("By when?"),
                         tr("Measure of success")});
    // Each row's tooltip ends with where it came from ("Added on Place 2 laptop, 10:42").
    m_model->setProvenanceInToolTips(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setDateColumn(ByWhen);

    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new MultiLineDelegate(m_table));
    m_table->setItemDelegateForColumn(ByWhen, new ByWhenDelegate(m_table));
    m_table->setItemDelegateForColumn(Cohort, new SingleLineDelegate(m_table));
    // Tab and Enter finish a cell and stay in the grid; Tab from the last cell adds an action.
    GridKeys::install(m_table, [this] { return addAction() != 0; });
    m_table->setWordWrap(true);
    m_table->setSortingEnabled(true);
    m_proxy->sort(-1);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    QHeaderView* h = m_table->horizontalHeader();
    h->setSectionResizeMode(QHeaderView::Interactive);
    h->setSectionResizeMode(Action, QHeaderView::Stretch);
    h->resizeSection(Cohort, 150);
    h->resizeSection(Idea, 220);
    h->resizeSection(Who, 190);
    h->resizeSection(ByWhen, 130);
    h->resizeSection(Measure, 210);
    h->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setAccessibleName(tr("Action plan"));
    m_table->setTabKeyNavigation(false); // Tab leaves the table; the arrows move between cells
    m_header->setTextFormat(Qt::RichText);
    m_cohort->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_cohort->setAccessibleName(tr("Cohort shown"));
    m_listOrder->setToolTip(tr("Undo the sorting: show the rows in the plan's own order"));
    // Spoken names say what the short button labels act on.
    m_delete->setAccessibleName(tr("Delete action"));
    for (QWidget* w : {m_add, m_delete, m_up, m_down})
        readonly::marksEdit(w);
    m_up->setAccessibleName(tr("Move action up"));
    m_down->setAccessibleName(tr("Move action down"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Cohort:"), this));
    bar->addWidget(m_cohort);
    bar->addStretch(1);
    bar->addWidget(m_add);
    bar->addWidget(m_delete);
    bar->addWidget(m_up);
    bar->addWidget(m_down);
    bar->addWidget(m_listOrder);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_header);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_cohort, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setCohort(m_cohort->currentData().toString());
        refreshButtons();
    });
    connect(m_add, &QPushButton::clicked, this, &ActionPlanWidget::addAction);
    connect(m_delete, &QPushButton::clicked, this, &ActionPlanWidget::removeSelected);
    connect(m_up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveSelected(1); });
    connect(m_listOrder, &QPushButton::clicked, this, [this] {
        m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
        m_proxy->sort(-1);
        refreshButtons();
    });
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            &ActionPlanWidget::refreshButtons);
    // Row heights follow the column widths too, not only the text.
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, m_table,
            &QTableView::resizeRowsToContents, Qt::QueuedConnection);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ActionPlanWidget::refreshButtons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ActionPlanWidget::refreshCohorts);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ActionPlanWidget::refreshCohorts);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ActionPlanWidget::refreshCohorts);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ActionPlanWidget::refreshCohorts);
    auto shortcut = [this](const QKeySequence& keys, auto fn) {
        auto* s = new QShortcut(keys, m_table);
        s->setContext(Qt::WidgetShortcut);
        connect(s, &QShortcut::activated, this, fn);
    };
    shortcut(QKeySequence(QKeySequence::Delete), [this] { removeSelected(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Up), [this] { moveSelected(-1); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Down), [this] { moveSelected(1); });
    auto attach = [this] {
        if (m_document && m_document->store())
            connect(m_document->store(), &Store::rowUpdated, this, &ActionPlanWidget::onRowUpdated,
                    Qt::UniqueConnection);
    };
    connect(document, &Document::opened, this, attach);
    attach();
    refreshCohorts();
    refreshHeader();
}

ActionPlanWidget::~ActionPlanWidget()
{
    // Children are destroyed after us and still signal (an open editor commits, the selection
    // clears): cut those connections first.
    m_table->selectionModel()->disconnect(this);
    m_table->horizontalHeader()->disconnect(this);
    m_model->disconnect(this);
    m_cohort->disconnect(this);
}

void ActionPlanWidget::setPlace(qint64 placeId)
{
    m_place = placeId;
    m_model->setFilter({{col::PlaceId, placeId}});
    m_cohort->setCurrentIndex(0);
    refreshHeader();
}

void ActionPlanWidget::onRowUpdated(Kind kind, qint64 id, const QString&)
{
    if ((kind == Kind::Place && id == m_place) || kind == Kind::Aim)
        refreshHeader();
    if (kind == Kind::Aim)
        refreshCohorts();
}

void ActionPlanWidget::refreshHeader()
{
    QString name;
    if (m_document && m_document->store() && m_place > 0)
        name = m_document->store()->row(Kind::Place, m_place).str(col::Name);
    m_header->setText(m_place > 0 ? tr("<b>Action plan — %1</b>").arg(name.toHtmlEscaped())
                                  : tr("<i>Choose a place to see its action plan.</i>"));
    m_add->setEnabled(m_place > 0);
}

void ActionPlanWidget::refreshCohorts()
{
    // The cohorts of the place's aims come first (in aim order), then any others the plan uses.
    QStringList cohorts;
    if (m_document && m_document->store() && m_place > 0) {
        const QList<Row> aims = m_document->store()->rows(Kind::Aim, {{col::PlaceId, m_place}});
        for (const Row& a : aims) {
            const QString c = a.str(col::Cohort).simplified();
            if (!c.isEmpty() && !cohorts.contains(c, Qt::CaseInsensitive))
                cohorts << c;
        }
    }
    const QStringList used = m_proxy->cohorts();
    for (const QString& c : used) {
        if (!cohorts.contains(c, Qt::CaseInsensitive))
            cohorts << c;
    }
    const QString shown = m_cohort->currentData().toString();
    QSignalBlocker block(m_cohort);
    m_cohort->clear();
    m_cohort->addItem(tr("All cohorts"), QString());
    for (const QString& c : cohorts)
        m_cohort->addItem(c, c);
    const int keep = shown.isEmpty() ? 0 : m_cohort->findData(shown);
    m_cohort->setCurrentIndex(std::max(keep, 0));
    m_proxy->setCohort(m_cohort->currentData().toString());
    refreshButtons();
}

void ActionPlanWidget::refreshButtons()
{
    const QList<int> rows = selectedSourceRows();
    const bool listOrder = m_proxy->sortColumn() < 0;
    m_delete->setEnabled(!rows.isEmpty());
    m_up->setEnabled(listOrder && rows.size() == 1 && rows.first() > 0);
    m_down->setEnabled(listOrder && rows.size() == 1 && rows.first() + 1 < m_model->rowCount());
    m_listOrder->setEnabled(!listOrder);
}

QList<int> ActionPlanWidget::selectedSourceRows() const
{
    QList<int> rows;
    const QModelIndexList sel = m_table->selectionModel()->selectedRows();
    for (const QModelIndex& i : sel)
        rows << m_proxy->mapToSource(i).row();
    if (rows.isEmpty() && m_table->currentIndex().isValid())
        rows << m_proxy->mapToSource(m_table->currentIndex()).row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

qint64 ActionPlanWidget::addAction()
{
    if (!m_document)
        return 0;
    const qint64 id = edit::addAction(*m_document, m_place, m_cohort->currentData().toString());
    if (!id)
        return 0;
    reveal(id);
    const QModelIndex at = m_proxy->mapFromSource(m_model->index(m_model->rowOf(id), Action));
    if (at.isValid() && isVisible())
        m_table->edit(at);
    return id;
}

bool ActionPlanWidget::removeSelected()
{
    if (!m_document)
        return false;
    QList<qint64> ids;
    const QList<int> rows = selectedSourceRows();
    for (int r : rows)
        ids << m_model->idAt(r);
    return edit::removeActions(*m_document, ids);
}

bool ActionPlanWidget::moveSelected(int delta)
{
    const QList<int> rows = selectedSourceRows();
    if (rows.size() != 1 || m_proxy->sortColumn() >= 0 || !m_document)
        return false;
    const int target = rows.first() + delta;
    if (target < 0 || target >= m_model->rowCount())
        return false;
    const qint64 id = m_model->idAt(rows.first());
    if (!edit::moveAction(*m_document, id, target))
        return false;
    reveal(id);
    return true;
}

void ActionPlanWidget::reveal(qint64 actionId)
{
    const int row = m_model->rowOf(actionId);
    if (row < 0)
        return;
    QModelIndex at = m_proxy->mapFromSource(m_model->index(row, Action));
    if (!at.isValid()) {
        m_cohort->setCurrentIndex(0); // hidden by the cohort filter: show all
        at = m_proxy->mapFromSource(m_model->index(row, Action));
    }
    m_table->selectionModel()->setCurrentIndex(
        at, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(at);
}

} // namespace rt
