// SPDX-License-Identifier: GPL-3.0-or-later
#include "places/PickChartWidget.h"
#include "shell/ReadOnly.h"

#include "models/RowListModel.h"
#include "places/AimHeader.h"
#include "places/PickChartScene.h"
#include "places/PickChartView.h"
#include "places/PickCohortLegend.h"
#include "places/PickNoteItem.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace rt {

PickChartWidget::PickChartWidget(Document* document, QWidget* parent)
    : QWidget(parent)
    , m_scene(new PickChartScene(document, this))
    , m_view(new PickChartView(m_scene, this))
    , m_header(new AimHeader(document, tr("<i>Choose an aim to see its PICK chart.</i>"), this))
    , m_entry(new QLineEdit(this))
    , m_action(new QPushButton(tr("Make action from idea"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
    , m_tidy(new QPushButton(tr("Tidy notes"), this))
    , m_status(new QLabel(this))
    , m_legend(new PickCohortLegend(document, this))
{
    m_entry->setPlaceholderText(tr("Type an idea and press Enter; paste several lines to add several"));
    m_entry->setAccessibleName(tr("New idea"));
    m_entry->installEventFilter(this);
    auto* add = new QPushButton(tr("Add"), this);
    readonly::marksEdit(add);
    readonly::marksEdit(m_action);
    readonly::marksEdit(m_delete);
    readonly::marksEdit(m_tidy);
    auto* fit = new QPushButton(tr("Fit"), this);
    fit->setToolTip(tr("Zoom the chart to fit the window (Ctrl+0)"));
    auto* zoomIn = new QPushButton(tr("Zoom in"), this);
    auto* zoomOut = new QPushButton(tr("Zoom out"), this);
    zoomIn->setToolTip(tr("Make the chart larger (Ctrl+=)"));
    zoomOut->setToolTip(tr("Make the chart smaller (Ctrl+-)"));
    const QString tidyTip = tr("Move the notes apart so none hides another or a quadrant's name; each "
                               "stays in its quadrant (Ctrl+T)");
    m_tidy->setToolTip(tidyTip);
    m_tidy->setWhatsThis(tidyTip);
    auto shortcut = [this](const QList<QKeySequence>& keys, auto fn) {
        for (const QKeySequence& k : keys) {
            auto* s = new QShortcut(k, this);
            s->setContext(Qt::WidgetWithChildrenShortcut);
            connect(s, &QShortcut::activated, this, fn);
        }
    };
    shortcut({QKeySequence(Qt::CTRL | Qt::Key_T)}, [this] {
        if (m_tidy->isEnabled())
            tidy();
    });
    shortcut({QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus)},
             [this] { m_view->zoomIn(); });
    shortcut({QKeySequence(Qt::CTRL | Qt::Key_Minus)}, [this] { m_view->zoomOut(); });
    m_action->setToolTip(tr("Add a row to the place's action plan for the selected idea"));

    auto* entryRow = new QHBoxLayout;
    entryRow->addWidget(m_entry, 1);
    entryRow->addWidget(add);
    entryRow->addSpacing(12);
    entryRow->addWidget(m_action);
    entryRow->addWidget(m_delete);
    entryRow->addWidget(m_tidy);
    entryRow->addSpacing(12);
    entryRow->addWidget(zoomOut);
    entryRow->addWidget(fit);
    entryRow->addWidget(zoomIn);

    // Tab in reading order: the entry box and its buttons, then the chart.
    setTabOrder(m_entry, add);
    setTabOrder(add, m_action);
    setTabOrder(m_action, m_delete);
    setTabOrder(m_delete, m_tidy);
    setTabOrder(m_tidy, zoomOut);
    setTabOrder(zoomOut, fit);
    setTabOrder(fit, zoomIn);
    setTabOrder(zoomIn, m_view);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_header);
    layout->addLayout(entryRow);
    // The colour key beside the chart: the chart is wider than a laptop's page is, so the key
    // takes width the chart leaves free rather than height it needs.
    auto* chartRow = new QHBoxLayout;
    chartRow->addWidget(m_view, 1);
    chartRow->addWidget(m_legend);
    layout->addLayout(chartRow, 1);
    layout->addWidget(m_status);

    connect(m_entry, &QLineEdit::returnPressed, this, &PickChartWidget::addFromEntry);
    connect(add, &QPushButton::clicked, this, &PickChartWidget::addFromEntry);
    connect(fit, &QPushButton::clicked, m_view, &PickChartView::zoomToFit);
    connect(zoomIn, &QPushButton::clicked, m_view, &PickChartView::zoomIn);
    connect(zoomOut, &QPushButton::clicked, m_view, &PickChartView::zoomOut);
    connect(m_tidy, &QPushButton::clicked, this, &PickChartWidget::tidy);
    connect(m_delete, &QPushButton::clicked, m_scene, &PickChartScene::deleteSelected);
    connect(m_action, &QPushButton::clicked, this, &PickChartWidget::makeActionsFromSelection);
    connect(m_view, &PickChartView::actionRequested, this, [this](qint64 id) {
        if (const qint64 action = m_scene->makeAction(id)) {
            m_status->setText(tr("Added to the place's action plan."));
            emit actionCreated(action);
        }
    });
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &PickChartWidget::refreshStatus);
    connect(m_scene->model(), &QAbstractItemModel::dataChanged, this, &PickChartWidget::refreshStatus);
    m_status->setWordWrap(true);
    connect(m_scene->model(), &QAbstractItemModel::modelReset, this, &PickChartWidget::refreshStatus);
    connect(m_scene->model(), &QAbstractItemModel::rowsInserted, this, &PickChartWidget::refreshStatus);
    connect(m_scene->model(), &QAbstractItemModel::rowsRemoved, this, &PickChartWidget::refreshStatus);
    refreshStatus();
}

PickChartWidget::~PickChartWidget()
{
    // The scene emits selectionChanged while it clears its items: not to a half-destroyed us.
    m_scene->disconnect(this);
    m_scene->model()->disconnect(this);
    delete m_view;
    delete m_scene;
}

void PickChartWidget::setAim(qint64 aimId)
{
    m_scene->setAim(aimId);
    m_header->setAim(aimId);
    m_legend->setAim(aimId);
    refreshStatus();
    m_view->zoomToFit();
}

QString PickChartWidget::statusText() const
{
    return m_status->text();
}

qint64 PickChartWidget::aimId() const
{
    return m_scene->aimId();
}

void PickChartWidget::refreshStatus()
{
    const QList<PickNoteItem*> sel = m_scene->selectedNotes();
    m_action->setEnabled(!sel.isEmpty());
    m_delete->setEnabled(!sel.isEmpty());
    const int total = m_scene->model()->rowCount();
    if (sel.isEmpty()) {
        m_status->setText(tr("%n idea(s).", nullptr, total) + QLatin1Char(' ')
                          + tr("Double-click the chart to add one; drag notes to place them, or select "
                               "one with Page Down and move it with the arrow keys (Shift: bigger steps)."));
    } else if (sel.size() == 1) {
        PickNoteItem* n = sel.first();
        m_status->setText(n->describe()); // the position as it is now, also after a keyboard move
    } else {
        m_status->setText(tr("%n ideas selected", nullptr, int(sel.size())));
    }
}

void PickChartWidget::addFromEntry()
{
    const QString text = m_entry->text();
    if (text.trimmed().isEmpty())
        return;
    if (m_scene->aimId() <= 0) {
        // Ideas belong to an aim: say so, and keep the words where they were typed.
        m_status->setText(tr("This place has no aim yet: add one on the Places and aims tab, then press "
                             "Enter again. Your idea stays in the box."));
        return;
    }
    if (m_scene->addUnsorted(text) > 0)
        m_entry->clear();
}

bool PickChartWidget::tidy()
{
    // A chart of hundreds of notes takes a moment (about a second for 500; see bench_pick).
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool moved = m_scene->tidyNotes();
    QApplication::restoreOverrideCursor();
    if (moved) {
        m_status->setText(tr("Notes moved apart: none hides another now. Undo puts them back."));
        return true;
    }
    if (m_scene->isEditable())
        m_status->setText(m_scene->isCrowded() ? tr("There is no room left to move the notes apart.")
                                               : tr("No note hides another: nothing to tidy."));
    return false;
}

qint64 PickChartWidget::makeActionsFromSelection()
{
    qint64 last = 0;
    int made = 0;
    const QList<qint64> ids = m_scene->selectedIds();
    for (qint64 id : ids) {
        if (const qint64 a = m_scene->makeAction(id)) {
            last = a;
            ++made;
        }
    }
    if (last) {
        m_status->setText(tr("%n action(s) added to the place's action plan.", nullptr, made));
        emit actionCreated(last);
    }
    return last;
}

bool PickChartWidget::eventFilter(QObject* watched, QEvent* event)
{
    // A line edit flattens pasted lines; several lines become several parked ideas instead.
    if (watched == m_entry && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent*>(event)->matches(QKeySequence::Paste)) {
        const QString clip = QApplication::clipboard()->text();
        if (clip.contains(QLatin1Char('\n'))) {
            m_scene->addUnsorted(clip);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace rt
