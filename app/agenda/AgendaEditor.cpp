// SPDX-License-Identifier: GPL-3.0-or-later
#include "agenda/AgendaEditor.h"
#include "shell/ReadOnly.h"

#include "agenda/AgendaDelegates.h"
#include "agenda/RunController.h"
#include "commands/AgendaEdits.h"
#include "domain/AgendaTimes.h"
#include "models/AgendaModel.h"
#include "session/Document.h"
#include "shell/GridKeys.h"
#include "store/Columns.h"
#include "store/Store.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace rt {

AgendaEditor::AgendaEditor(Document* document, AgendaModel* model, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(model)
{
    auto* root = new QVBoxLayout(this);
    root->setContentsMargins(0, 0, 0, 0);

    auto* bar = new QHBoxLayout;
    auto* add = m_add = new QPushButton(tr("Add item"), this);
    add->setToolTip(tr("Add an item after the selected one, starting when it ends (Ctrl+Return)"));
    m_remove = new QPushButton(tr("Delete"), this);
    m_remove->setToolTip(tr("Delete the selected item (Delete)"));
    m_up = new QPushButton(tr("Move up"), this);
    m_up->setToolTip(tr("Move the selected item earlier; durations are kept and times shift (Alt+Up)"));
    m_down = new QPushButton(tr("Move down"), this);
    m_down->setToolTip(tr("Move the selected item later; durations are kept and times shift (Alt+Down)"));
    auto* run = new QPushButton(tr("Run from this item ▶"), this);
    for (QWidget* w : {static_cast<QWidget*>(m_add), static_cast<QWidget*>(m_remove),
                       static_cast<QWidget*>(m_up), static_cast<QWidget*>(m_down)})
        readonly::marksEdit(w);
    run->setToolTip(tr("Open run mode on the selected item"));
    for (QPushButton* b : {add, m_remove, m_up, m_down})
        bar->addWidget(b);
    bar->addStretch(1);
    bar->addWidget(run);
    root->addLayout(bar);

    auto* split = new QSplitter(Qt::Horizontal, this);
    auto* left = new QWidget(split);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_view = new QTableView(left);
    m_view->setModel(model);
    m_view->setAccessibleName(tr("Agenda items"));
    m_view->setAccessibleDescription(
        tr("Alt+Up and Alt+Down move the selected item; Delete removes it; Ctrl+Return adds one"));
    m_view->setTabKeyNavigation(false); // Tab leaves the table; the arrows move between cells
    // While a cell is edited, Tab and Enter finish it and stay in the grid (Tab from the last
    // cell adds an item).
    GridKeys::install(m_view, [this] {
        const int before = m_model->rowCount();
        addItem();
        return m_model->rowCount() > before;
    });
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDragDropOverwriteMode(false);
    m_view->setDropIndicatorShown(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->setItemDelegateForColumn(AgendaModel::KindColumn, new KindDelegate(m_view));
    m_view->setItemDelegateForColumn(AgendaModel::PollColumn, new PollDelegate(m_view));
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(34);
    QHeaderView* h = m_view->horizontalHeader();
    h->setSectionResizeMode(AgendaModel::Title, QHeaderView::Stretch);
    h->resizeSection(AgendaModel::Start, 72);
    h->resizeSection(AgendaModel::End, 72);
    h->resizeSection(AgendaModel::KindColumn, 128);
    h->resizeSection(AgendaModel::PollColumn, 120);
    m_view->setColumnHidden(AgendaModel::Guidance, true); // edited in the pane beside
    m_view->installEventFilter(this);
    leftLayout->addWidget(m_view, 1);
    m_problems = new QLabel(left);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(
        QStringLiteral("QLabel { background: #fbe3e3; color: #7a1010; border: 1px solid #e7a4a4;"
                       " border-radius: 6px; padding: 8px; }"));
    leftLayout->addWidget(m_problems);

    auto* pane = new QWidget(split);
    auto* paneLayout = new QVBoxLayout(pane);
    paneLayout->setContentsMargins(8, 0, 0, 0);
    auto* caption = new QLabel(tr("Facilitator guidance"), pane);
    QFont bold = caption->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    caption->setFont(bold);
    m_paneTitle = new QLabel(pane);
    m_paneTitle->setWordWrap(true);
    // What the projector shows, kept apart from the guidance (which is for facilitators only).
    auto* roomCaption = new QLabel(tr("Shown to the &room"), pane);
    roomCaption->setFont(bold);
    m_roomText = new QPlainTextEdit(pane);
    m_roomText->setTabChangesFocus(true);
    m_roomText->setAccessibleName(tr("Shown to the room"));
    m_roomText->setToolTip(tr("The line the projector shows under the item's title; empty: the "
                              "built-in line for this kind of activity"));
    m_roomText->setMaximumHeight(m_roomText->fontMetrics().lineSpacing() * 4 + 12);
    roomCaption->setBuddy(m_roomText);
    m_guidance = new QPlainTextEdit(pane);
    m_guidance->setTabChangesFocus(true);
    m_guidance->setAccessibleName(tr("Facilitator guidance"));
    m_paneHint = new QLabel(pane);
    m_paneHint->setWordWrap(true);
    // A hint, but readable: full text colour (palette(mid) was 2.3:1 on the window), in italics.
    QFont hintFont = m_paneHint->font();
    hintFont.setItalic(true);
    m_paneHint->setFont(hintFont);
    m_builtIn = new QPushButton(tr("Start from the built-in guidance"), pane);
    readonly::marksEdit(m_builtIn);
    m_builtIn->setToolTip(
        tr("Copy the built-in guidance for this kind of activity into the item, to adapt it"));
    paneLayout->addWidget(m_paneTitle);
    paneLayout->addWidget(roomCaption);
    paneLayout->addWidget(m_roomText);
    paneLayout->addWidget(caption);
    paneLayout->addWidget(m_guidance, 1);
    paneLayout->addWidget(m_paneHint);
    paneLayout->addWidget(m_builtIn, 0, Qt::AlignLeft);
    split->addWidget(left);
    split->addWidget(pane);
    split->setStretchFactor(0, 2); // the table needs the room; the pane wraps its text
    split->setStretchFactor(1, 1);
    root->addWidget(split, 1);

    connect(add, &QPushButton::clicked, this, &AgendaEditor::addItem);
    connect(m_remove, &QPushButton::clicked, this, &AgendaEditor::removeItem);
    connect(m_up, &QPushButton::clicked, this, &AgendaEditor::moveUp);
    connect(m_down, &QPushButton::clicked, this, &AgendaEditor::moveDown);
    connect(run, &QPushButton::clicked, this, [this] { emit runRequested(std::max(0, currentRow())); });
    connect(m_guidance, &QPlainTextEdit::textChanged, this, &AgendaEditor::commitGuidance);
    connect(m_roomText, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loadingPane && m_document && m_document->store() && m_paneItem > 0)
            edit::editAgendaRoomText(*m_document, m_paneItem, m_roomText->toPlainText());
    });
    connect(m_builtIn, &QPushButton::clicked, this,
            [this] { m_guidance->setPlainText(m_guidance->placeholderText()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AgendaEditor::refreshPane);
    connect(model, &QAbstractItemModel::dataChanged, this, [this] {
        refreshPane();
        refreshProblems();
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(model, signal, this, [this] {
            refreshPane();
            refreshProblems();
        });
    }
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        refreshPane();
        refreshProblems();
    });
    if (model->rowCount() > 0)
        selectRow(0);
    refreshPane();
    refreshProblems();
}

int AgendaEditor::currentRow() const
{
    return m_view->selectionModel()->currentIndex().row();
}

void AgendaEditor::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex index = m_model->index(row, AgendaModel::Title);
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

bool AgendaEditor::eventFilter(QObject* watched, QEvent* event)
{
    // While a cell is edited its editor has the keys, so these only act on the table itself.
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() == Qt::AltModifier && key->key() == Qt::Key_Up) {
            moveUp();
            return true;
        }
        if (key->modifiers() == Qt::AltModifier && key->key() == Qt::Key_Down) {
            moveDown();
            return true;
        }
        if (key->modifiers() == Qt::NoModifier && key->key() == Qt::Key_Delete) {
            removeItem();
            return true;
        }
        if ((key->modifiers() & Qt::ControlModifier)
            && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            addItem();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void AgendaEditor::addItem()
{
    if (!m_document || !m_document->store())
        return;
    const int row = currentRow();
    const int at = row >= 0 ? row + 1 : m_model->rowCount();
    // It starts when the previous item ends, for half an hour.
    if (edit::addAgendaItem(*m_document, at, tr("New item"))) {
        selectRow(at);
        m_view->setFocus();
    }
}

void AgendaEditor::removeItem()
{
    const int row = currentRow();
    if (!m_document || row < 0)
        return;
    const Row& r = m_model->rowAt(row);
    edit::removeAgendaItem(*m_document, r.id);
    selectRow(std::min(row, m_model->rowCount() - 1));
}

void AgendaEditor::moveUp()
{
    moveBy(-1);
}

void AgendaEditor::moveDown()
{
    moveBy(1);
}

void AgendaEditor::moveBy(int delta)
{
    const int row = currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_model->rowCount())
        return;
    if (!m_document || m_document->isReadOnly())
        return;
    const qint64 id = m_model->idAt(row);
    // The times follow, so every item keeps its duration.
    if (edit::reorderAgenda(*m_document, row, to))
        selectRow(m_model->rowOf(id));
}

void AgendaEditor::refreshPane()
{
    const int row = currentRow();
    const bool has = row >= 0 && row < m_model->rowCount();
    // A session opened read-only (another laptop has it) can be read and run, not edited.
    const bool writable = m_document && !m_document->isReadOnly();
    m_add->setEnabled(writable);
    m_remove->setEnabled(writable && has);
    m_up->setEnabled(writable && has && row > 0);
    m_down->setEnabled(writable && has && row + 1 < m_model->rowCount());
    m_guidance->setEnabled(has);
    m_guidance->setReadOnly(!writable);
    m_roomText->setEnabled(has);
    m_roomText->setReadOnly(!writable);
    m_builtIn->setEnabled(writable && has);
    m_loadingPane = true;
    if (!has) {
        m_paneItem = 0;
        m_paneTitle->setText(tr("Select an agenda item to write what the facilitator should do."));
        m_guidance->setPlainText(QString());
        m_guidance->setPlaceholderText(QString());
        m_roomText->setPlainText(QString());
        m_roomText->setPlaceholderText(QString());
        m_paneHint->clear();
        m_loadingPane = false;
        return;
    }
    const Row& r = m_model->rowAt(row);
    m_paneTitle->setText(
        tr("%1  ·  %2  ·  %3")
            .arg(RunController::timesOf(r), r.str(col::Title), AgendaModel::kindLabel(r.str(col::Kind))));
    m_guidance->setPlaceholderText(RunController::builtInGuidance(r));
    const QString text = r.str(col::Guidance);
    // Only replace the text when it really changed (undo), so typing keeps the cursor.
    if (m_paneItem != r.id || m_guidance->toPlainText() != text)
        m_guidance->setPlainText(text);
    m_roomText->setPlaceholderText(RunController::builtInRoomText(r));
    const QString room = r.str(col::RoomText);
    if (m_paneItem != r.id || m_roomText->toPlainText() != room)
        m_roomText->setPlainText(room);
    m_paneItem = r.id;
    m_paneHint->setText(text.trimmed().isEmpty()
                            ? tr("Run mode shows the built-in guidance above until you write your own.")
                            : tr("Run mode shows this text; clear it to go back to the built-in guidance."));
    m_loadingPane = false;
}

void AgendaEditor::commitGuidance()
{
    if (m_loadingPane || !m_document || !m_document->store() || m_paneItem <= 0)
        return;
    // Consecutive typing in the pane is one undo step.
    edit::editAgendaGuidance(*m_document, m_paneItem, m_guidance->toPlainText());
}

void AgendaEditor::refreshProblems()
{
    const QList<agendatimes::SlotCheck> checks = m_model->checks();
    QStringList lines;
    int count = 0;
    for (int i = 0; i < checks.size(); ++i) {
        const QString title = m_model->rowAt(i).str(col::Title);
        if (!checks[i].startMessage.isEmpty()) {
            ++count;
            if (lines.size() < 3)
                lines << tr("Item %1 “%2”, start: %3").arg(i + 1).arg(title, checks[i].startMessage);
        }
        if (!checks[i].endMessage.isEmpty()) {
            ++count;
            if (lines.size() < 3)
                lines << tr("Item %1 “%2”, end: %3").arg(i + 1).arg(title, checks[i].endMessage);
        }
    }
    m_problems->setVisible(count > 0);
    if (count > 0) {
        QString text = tr("Times to check (%1), marked red in the table:").arg(count) + QLatin1Char('\n')
            + lines.join(QLatin1Char('\n'));
        if (count > lines.size())
            text += QLatin1Char('\n') + tr("…and %n more.", nullptr, int(count - lines.size()));
        m_problems->setText(text);
    }
}

} // namespace rt
