// SPDX-License-Identifier: GPL-3.0-or-later
#include "places/ActionTracker.h"

#include "models/ActionFollowUp.h"
#include "models/ActionLogModel.h"
#include "models/ActionTrackerFilter.h"
#include "models/ActionTrackerModel.h"
#include "places/AddUpdateDialog.h"
#include "places/FollowUpDelegates.h"
#include "places/MultiLineDelegate.h"
#include "session/Document.h"
#include "store/Columns.h"
#include "store/Store.h"

#include <QComboBox>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace rt {

ActionTracker::ActionTracker(Document* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new ActionTrackerModel(document, this))
    , m_filter(new ActionTrackerFilter(this))
    , m_logModel(new ActionLogModel(document, this))
    , m_place(new QComboBox(this))
    , m_cohort(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_owner(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_logTitle(new QLabel(this))
    , m_log(new QTableView(this))
    , m_addUpdate(new QPushButton(tr("Add &Update…"), this))
    , m_review(new QPushButton(tr("&Review with the Board…"), this))
{
    m_filter->setSourceModel(m_model);
    m_table->setModel(m_filter);
    m_table->setItemDelegate(new MultiLineDelegate(m_table));
    m_table->setItemDelegateForColumn(ActionTrackerModel::Status, new StatusDelegate(m_table));
    m_table->setItemDelegateForColumn(ActionTrackerModel::Due, new DueDateDelegate(m_table));
    m_table->setWordWrap(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::SelectedClicked);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setAccessibleName(tr("Actions to follow up"));
    QHeaderView* h = m_table->horizontalHeader();
    h->setSectionResizeMode(QHeaderView::Interactive);
    // The action and its latest update share what is left, so on a 1366 px screen the action is
    // not squeezed to a word a line; the other columns are as wide as their contents need and
    // at least their heading (a Welsh or Polish heading is longer).
    h->setSectionResizeMode(ActionTrackerModel::Action, QHeaderView::Stretch);
    h->setSectionResizeMode(ActionTrackerModel::LatestUpdate, QHeaderView::Stretch);
    const QList<std::pair<int, int>> widths
        = {{ActionTrackerModel::Place, 120}, {ActionTrackerModel::Cohort, 110},
           {ActionTrackerModel::Owner, 130}, {ActionTrackerModel::ByWhen, 100},
           {ActionTrackerModel::Due, 120},   {ActionTrackerModel::Status, 130}};
    QFont bold = h->font();
    bold.setBold(true); // headings may be drawn bold
    const QFontMetrics headingMetrics(bold);
    for (const auto& [column, width] : widths) {
        const QString heading = m_model->headerData(column, Qt::Horizontal).toString();
        h->resizeSection(column, std::max(width, headingMetrics.horizontalAdvance(heading) + 24));
    }
    h->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(h, &QHeaderView::sectionResized, m_table, &QTableView::resizeRowsToContents,
            Qt::QueuedConnection);

    m_log->setModel(m_logModel);
    m_log->setWordWrap(true);
    m_log->verticalHeader()->hide();
    m_log->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_log->horizontalHeader()->setSectionResizeMode(ActionLogModel::What, QHeaderView::Stretch);
    m_log->horizontalHeader()->resizeSection(ActionLogModel::When, 140);
    m_log->horizontalHeader()->resizeSection(ActionLogModel::Who, 140);
    m_log->horizontalHeader()->resizeSection(ActionLogModel::Status, 110);
    m_log->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_log->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_log->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_log->setTabKeyNavigation(false);
    m_log->setAccessibleName(tr("Progress log"));
    m_logTitle->setWordWrap(true);
    m_logTitle->setTextFormat(Qt::RichText);

    // Narrow enough that the bar fits 1366 pixels in any language; the lists open wider.
    for (QComboBox* c : {m_place, m_cohort, m_status, m_owner}) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(14);
    }
    m_place->setAccessibleName(tr("Place shown"));
    m_cohort->setAccessibleName(tr("Cohort shown"));
    m_status->setAccessibleName(tr("Status shown"));
    m_owner->setAccessibleName(tr("Owner shown"));
    m_review->setToolTip(tr("Walk the place's actions one by one at projector size (Ctrl+Shift+R)"));

    auto* bar = new QHBoxLayout;
    auto labelled = [this, bar](const QString& text, QComboBox* combo) {
        auto* l = new QLabel(text, this);
        l->setBuddy(combo);
        bar->addWidget(l);
        bar->addWidget(combo);
        bar->addSpacing(6);
    };
    labelled(tr("Pla&ce:"), m_place);
    labelled(tr("Co&hort:"), m_cohort);
    labelled(tr("S&tatus:"), m_status);
    labelled(tr("O&wner:"), m_owner);
    bar->addStretch(1);
    auto* summaryBar = new QHBoxLayout;
    summaryBar->addWidget(m_summary, 1);
    summaryBar->addWidget(m_review);

    auto* logPane = new QWidget(this);
    auto* logLayout = new QVBoxLayout(logPane);
    logLayout->setContentsMargins(0, 0, 0, 0);
    auto* logBar = new QHBoxLayout;
    logBar->addWidget(m_logTitle, 1);
    logBar->addWidget(m_addUpdate, 0, Qt::AlignTop);
    logLayout->addLayout(logBar);
    logLayout->addWidget(m_log, 1);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(logPane);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    split->setSizes({420, 160});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addLayout(summaryBar);
    layout->addWidget(split, 1);

    connect(m_place, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setPlace(m_place->currentData().toLongLong());
        // One place chosen: its name on every row says nothing.
        m_table->setColumnHidden(ActionTrackerModel::Place, m_filter->place() != 0);
        refreshChoices();
        refreshSummary();
    });
    connect(m_cohort, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setCohort(m_cohort->currentData().toString());
        refreshSummary();
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setStatus(m_status->currentData().toString());
        refreshSummary();
    });
    connect(m_owner, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setOwner(m_owner->currentData().toString());
        refreshSummary();
    });
    connect(m_review, &QPushButton::clicked, this,
            [this] { emit reviewRequested(m_place->currentData().toLongLong()); });
    connect(m_addUpdate, &QPushButton::clicked, this, &ActionTracker::addUpdate);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ActionTracker::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        refreshPlaces();
        refreshChoices();
        refreshSummary();
        onCurrentChanged();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        refreshSummary();
        onCurrentChanged();
    });

    // Digits 1–6 set the selected action's status, as in review mode.
    for (int i = 0; i < followup::statusKeys().size(); ++i) {
        auto* s = new QShortcut(QKeySequence(Qt::Key(Qt::Key_1 + i)), m_table);
        s->setContext(Qt::WidgetShortcut);
        connect(s, &QShortcut::activated, this, [this, i] { setCurrentStatus(i); });
    }
    refreshPlaces();
    refreshChoices();
    refreshSummary();
    onCurrentChanged();
}

ActionTracker::~ActionTracker()
{
    m_table->selectionModel()->disconnect(this);
    m_model->disconnect(this);
    for (QComboBox* c : {m_place, m_cohort, m_status, m_owner})
        c->disconnect(this);
}

void ActionTracker::setPlace(qint64 placeId)
{
    m_place->setCurrentIndex(std::max(0, m_place->findData(placeId)));
}

qint64 ActionTracker::currentAction() const
{
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? i.data(ActionTrackerModel::IdRole).toLongLong() : 0;
}

void ActionTracker::selectAction(qint64 actionId)
{
    const int row = m_model->rowOf(actionId);
    if (row < 0)
        return;
    QModelIndex at = m_filter->mapFromSource(m_model->index(row, ActionTrackerModel::Status));
    if (!at.isValid()) {
        for (QComboBox* c : {m_cohort, m_status, m_owner})
            c->setCurrentIndex(0);
        setPlace(0);
        at = m_filter->mapFromSource(m_model->index(row, ActionTrackerModel::Status));
    }
    m_table->selectionModel()->setCurrentIndex(
        at, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(at);
}

void ActionTracker::selectFirst()
{
    if (currentAction() || m_filter->rowCount() == 0)
        return;
    const QModelIndex at = m_filter->index(0, ActionTrackerModel::Status);
    m_table->selectionModel()->setCurrentIndex(
        at, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

bool ActionTracker::setCurrentStatus(int statusIndex)
{
    const qint64 id = currentAction();
    const QStringList keys = followup::statusKeys();
    if (!id || !m_document || m_document->isReadOnly() || statusIndex < 0 || statusIndex >= keys.size())
        return false;
    return followup::setStatus(*m_document, id, keys[statusIndex]);
}

void ActionTracker::addUpdate()
{
    const qint64 id = currentAction();
    const int row = m_model->rowOf(id);
    if (!id || row < 0 || !m_document || m_document->isReadOnly())
        return;
    const Row& a = m_model->actionAt(row);
    AddUpdateDialog dialog(a.str(col::Action), a.str(col::Who), followup::status(a), this);
    if (dialog.exec() != QDialog::Accepted || dialog.text().isEmpty())
        return;
    followup::addUpdate(*m_document, id, dialog.who(), dialog.text(), dialog.status());
}

void ActionTracker::refreshPlaces()
{
    const qint64 shown = m_place->currentData().toLongLong();
    QSignalBlocker block(m_place);
    m_place->clear();
    m_place->addItem(tr("All places"), qint64(0));
    if (m_document && m_document->store()) {
        const QList<Row> places = m_document->store()->rows(Kind::Place);
        for (const Row& p : places)
            m_place->addItem(p.str(col::Name), p.id);
    }
    m_place->setCurrentIndex(std::max(0, m_place->findData(shown)));
    m_filter->setPlace(m_place->currentData().toLongLong());
}

void ActionTracker::refreshChoices()
{
    const auto fill = [](QComboBox* combo, const QString& all, const QStringList& values) {
        const QString shown = combo->currentData().toString();
        QSignalBlocker block(combo);
        combo->clear();
        combo->addItem(all, QString());
        for (const QString& v : values)
            combo->addItem(v, v);
        combo->setCurrentIndex(std::max(0, combo->findData(shown)));
    };
    fill(m_cohort, tr("All cohorts"), m_filter->distinct(ActionTrackerModel::Cohort));
    fill(m_owner, tr("All owners"), m_filter->distinct(ActionTrackerModel::Owner));
    m_filter->setCohort(m_cohort->currentData().toString());
    m_filter->setOwner(m_owner->currentData().toString());

    if (m_status->count() == 0) {
        QSignalBlocker block(m_status);
        m_status->addItem(tr("All statuses"), QString());
        m_status->addItem(tr("Overdue"), ActionTrackerFilter::overdue());
        m_status->addItem(tr("Not reviewed since the event"), ActionTrackerFilter::unreviewed());
        for (const QString& key : followup::statusKeys())
            m_status->addItem(followup::statusLabel(key), key);
    }
}

void ActionTracker::refreshSummary()
{
    const int shown = m_filter->rowCount();
    int overdue = 0;
    int unreviewed = 0;
    for (int r = 0; r < shown; ++r) {
        const QModelIndex i = m_filter->index(r, 0);
        overdue += i.data(ActionTrackerModel::OverdueRole).toBool() ? 1 : 0;
        unreviewed += i.data(ActionTrackerModel::UnreviewedRole).toBool() ? 1 : 0;
    }
    m_summary->setText(tr("%1 · %2 overdue · %3 not reviewed since the event")
                           .arg(tr("%n action(s)", nullptr, shown))
                           .arg(overdue)
                           .arg(unreviewed));
    m_review->setEnabled(m_model->rowCount() > 0);
}

void ActionTracker::onCurrentChanged()
{
    const qint64 id = currentAction();
    const int row = m_model->rowOf(id);
    if (m_logModel->action() != id)
        m_logModel->setAction(id);
    if (row < 0) {
        m_logTitle->setText(tr("<i>Choose an action to see its progress log.</i>"));
    } else {
        const Row& a = m_model->actionAt(row);
        m_logTitle->setText(
            tr("<b>Progress log</b> — %1 (%2)")
                .arg(a.str(col::Action).toHtmlEscaped(), m_model->placeName(row).toHtmlEscaped()));
    }
    m_addUpdate->setEnabled(row >= 0 && m_document && !m_document->isReadOnly());
}

} // namespace rt
