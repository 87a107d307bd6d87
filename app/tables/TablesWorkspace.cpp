// SPDX-License-Identifier: GPL-3.0-or-later
#include "tables/TablesWorkspace.h"

#include "shell/PageStyle.h"
#include "shell/ReadOnly.h"

#include "commands/NoteEdits.h"
#include "models/NoteListModel.h"
#include "models/NoteSearchModel.h"
#include "models/Provenance.h"
#include "models/TableListModel.h"
#include "session/Document.h"
#include "store/Columns.h"
#include "store/Store.h"
#include "tables/FeedbackView.h"
#include "tables/NoteDelegate.h"
#include "tables/NoteEntry.h"
#include "tables/NoteListView.h"
#include "tables/PromptColumn.h"
#include "tables/TableOverview.h"
#include "tables/TablePicker.h"
#include "tables/TablesStyle.h"

#include <QButtonGroup>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace rt {

namespace {
/** A one-line label that ends in "…" where its text does not fit; text() keeps all of it. */
class ElidingLabel : public QLabel
{
public:
    using QLabel::QLabel;
    QSize minimumSizeHint() const override { return {0, QLabel::minimumSizeHint().height()}; }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter p(this);
        const QRect r = contentsRect();
        style()->drawItemText(&p, r, int(alignment()), palette(), isEnabled(),
                              fontMetrics().elidedText(text(), Qt::ElideRight, r.width()), foregroundRole());
    }
};
} // namespace

TablesWorkspace::TablesWorkspace(Document* document, QWidget* parent)
    : Workspace(document, parent)
    , m_tables(new TableListModel(document, this))
    , m_prompts(new RowListModel(document, Kind::Prompt, {col::Question, col::Key}, this))
    , m_search(new NoteSearchModel(document, this))
{
    setObjectName(QStringLiteral("tablesWorkspace"));
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, style::pageFill());
    setPalette(pal);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    // The bar on top: which page, and the search across every table.
    auto* bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("tablesBar"));
    bar->setStyleSheet(QStringLiteral("#tablesBar { background: %1; border-bottom: 1px solid %3; }"
                                      "#tablesBar QLabel { color: %2; }")
                           .arg(style::surface().name(), style::text().name(), style::cardBorder().name()));
    auto* barLayout = new QHBoxLayout(bar);
    barLayout->setContentsMargins(12, 8, 12, 8);
    barLayout->setSpacing(0);
    m_modeButtons = new QButtonGroup(this);
    m_modeButtons->setExclusive(true);
    const QStringList modeNames = {tr("All Tables"), tr("Table"), tr("Feed Back")};
    const QStringList modeTips = {tr("Every table as a card"), tr("Capture the current table's notes"),
                                  tr("Show the current table's key points, large, for the room")};
    for (int i = 0; i < modeNames.size(); ++i) {
        auto* b = new QToolButton(bar);
        b->setText(modeNames[i]);
        b->setToolTip(modeTips[i]);
        b->setCheckable(true);
        b->setObjectName(QStringLiteral("mode%1").arg(i));
        // One stop in the Tab order (the checked one; the arrows move between them, as in a tab
        // bar) and named for screen readers; toggling it (as accessibility's Toggle action does)
        // changes the view, not only clicking it.
        b->setFocusPolicy(Qt::StrongFocus);
        b->setAccessibleName(modeNames[i]);
        b->setAccessibleDescription(modeTips[i]);
        b->setStyleSheet(style::modeSwitchSheet()); // as the Agenda page's switch
        m_modeButtons->addButton(b, i);
        barLayout->addWidget(b);
    }
    connect(m_modeButtons, &QButtonGroup::idToggled, this, [this](int id, bool on) {
        if (!on || id == m_stack->currentIndex())
            return;
        if (id == 0)
            showOverview();
        else if (id == 1)
            showTable(m_tableId);
        else
            showFeedback(m_tableId);
    });
    barLayout->addSpacing(16);
    m_searchSummary = new QLabel(bar);
    m_searchSummary->setObjectName(QStringLiteral("searchSummary"));
    m_searchSummary->setTextFormat(Qt::PlainText);
    barLayout->addStretch(1);
    barLayout->addWidget(m_searchSummary);
    barLayout->addSpacing(10);
    m_searchBox = new QLineEdit(bar);
    m_searchBox->setObjectName(QStringLiteral("tablesSearch"));
    m_searchBox->setPlaceholderText(tr("Search every table (Ctrl+F)"));
    m_searchBox->setClearButtonEnabled(true);
    m_searchBox->setAccessibleName(tr("Search notes at every table"));
    readonly::keepUsable(m_searchBox); // searching changes nothing
    m_searchBox->setMinimumWidth(300);
    m_searchBox->setStyleSheet(
        QStringLiteral("QLineEdit { padding: 5px 8px; border: 1px solid #9aa5b1; border-radius: 6px; "
                       "background: %2; color: %3; }"
                       "QLineEdit:focus { border: 2px solid %1; }")
            .arg(style::accent().name(), style::surface().name(), style::text().name()));
    connect(m_searchBox, &QLineEdit::textChanged, this, &TablesWorkspace::setSearchText);
    connect(m_searchBox, &QLineEdit::returnPressed, this, &TablesWorkspace::showOverview);
    barLayout->addWidget(m_searchBox);
    auto* find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, m_searchBox, [this] {
        m_searchBox->setFocus();
        m_searchBox->selectAll();
    });
    layout->addWidget(bar);

    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack, 1);

    // Page 1: the overview.
    m_overview = new TableOverview(document, m_tables, m_prompts, m_search, m_stack);
    connect(m_overview, &TableOverview::openTable, this, &TablesWorkspace::showTable);
    connect(m_overview, &TableOverview::openNote, this, &TablesWorkspace::focusNote);
    connect(m_overview, &TableOverview::addTableRequested, this, [this] {
        m_picker->addTable();
        showTable(m_picker->currentTableId());
    });
    m_stack->addWidget(m_overview);

    // Page 2: one table, its picker and its prompt columns.
    m_tablePage = new QWidget(m_stack);
    auto* tableLayout = new QHBoxLayout(m_tablePage);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    auto* splitter = new QSplitter(Qt::Horizontal, m_tablePage);
    m_picker = new TablePicker(document, m_tables, splitter);
    connect(m_picker, &TablePicker::currentTableChanged, this, &TablesWorkspace::setCurrentTable);
    auto* right = new QWidget(splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(12, 10, 12, 0);
    rightLayout->setSpacing(8);
    auto* head = new QHBoxLayout;
    m_tableTitle = new QLabel(right);
    m_tableTitle->setObjectName(QStringLiteral("tableTitle"));
    m_tableTitle->setFont(style::headingFont(font(), 1.7));
    m_tableTitle->setTextFormat(Qt::PlainText);
    m_tableFacilitator = new QLabel(right);
    m_tableFacilitator->setTextFormat(Qt::PlainText);
    QPalette muted = m_tableFacilitator->palette();
    muted.setColor(QPalette::WindowText, style::mutedText());
    m_tableFacilitator->setPalette(muted);
    m_tableFacilitator->setFont(style::noteFont(font()));
    // Which laptops typed this table's notes, under the facilitator: only said when not all on
    // this laptop, cut short (the tooltip has them all) rather than crowding the buttons.
    m_tableFrom = new ElidingLabel(right);
    m_tableFrom->setObjectName(QStringLiteral("tableFrom"));
    m_tableFrom->setTextFormat(Qt::PlainText);
    m_tableFrom->setPalette(muted);
    QFont small = style::noteFont(font());
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_tableFrom->setFont(small);
    m_tableFrom->hide();
    auto* who = new QVBoxLayout;
    who->setSpacing(0);
    who->addStretch(1);
    who->addWidget(m_tableFacilitator);
    who->addWidget(m_tableFrom);
    const QString buttonStyle = style::outlinedButtonSheet();
    m_addPrompt = new QPushButton(tr("+ Add Prompt"), right);
    m_addPrompt->setStyleSheet(buttonStyle);
    m_addPrompt->setObjectName(QStringLiteral("addPrompt"));
    m_addPrompt->setToolTip(tr("Add a question every table answers (up to five)"));
    connect(m_addPrompt, &QPushButton::clicked, this, &TablesWorkspace::addPrompt);
    auto* feedBack = new QPushButton(tr("Feed Back ▸"), right);
    feedBack->setStyleSheet(buttonStyle);
    feedBack->setToolTip(tr("Show this table's key points large, for the room"));
    connect(feedBack, &QPushButton::clicked, this, [this] { showFeedback(m_tableId); });
    head->addWidget(m_tableTitle);
    head->addSpacing(14);
    head->addLayout(who, 1);
    head->addWidget(m_addPrompt);
    head->addWidget(feedBack);
    rightLayout->addLayout(head);
    m_columnsLayout = new QHBoxLayout;
    m_columnsLayout->setSpacing(10);
    rightLayout->addLayout(m_columnsLayout, 1);
    splitter->addWidget(m_picker);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({250, 1000});
    splitter->setChildrenCollapsible(false);
    tableLayout->addWidget(splitter);
    m_stack->addWidget(m_tablePage);

    // Page 3: feed-back mode.
    auto* feedbackPage = new QWidget(m_stack);
    auto* fl = new QVBoxLayout(feedbackPage);
    fl->setContentsMargins(0, 0, 0, 0);
    fl->setSpacing(0);
    m_feedback = new FeedbackView(document, feedbackPage);
    connect(m_feedback, &FeedbackView::closeRequested, this, [this] { showTable(m_tableId); });
    fl->addWidget(m_feedback, 1);
    auto* full = new QPushButton(tr("Full Screen"), m_feedback);
    full->setObjectName(QStringLiteral("feedbackFullScreen"));
    full->setToolTip(tr("Show the key points full screen on the last screen (the projector)"));
    full->setStyleSheet(
        QStringLiteral("QPushButton { color: white; background: transparent; border: 1px solid #9cd3ff; "
                       "border-radius: 4px; padding: 4px 10px; }"));
    // In the top corner clear of the title (placed by eventFilter).
    full->adjustSize();
    m_feedback->installEventFilter(this);
    connect(full, &QPushButton::clicked, this, &TablesWorkspace::showFeedbackWindow);
    m_stack->addWidget(feedbackPage);

    // Columns follow the prompts; headings and the table title follow edits.
    connect(m_prompts, &QAbstractItemModel::modelReset, this, &TablesWorkspace::rebuildColumns);
    connect(m_prompts, &QAbstractItemModel::rowsInserted, this, &TablesWorkspace::rebuildColumns);
    connect(m_prompts, &QAbstractItemModel::rowsRemoved, this, &TablesWorkspace::rebuildColumns);
    connect(m_prompts, &QAbstractItemModel::dataChanged, this, &TablesWorkspace::rebuildColumns);
    connect(m_tables, &QAbstractItemModel::dataChanged, this, &TablesWorkspace::updateTableHeader);
    connect(m_tables, &QAbstractItemModel::modelReset, this, &TablesWorkspace::updateTableHeader);
    connect(m_search, &QAbstractItemModel::modelReset, this, &TablesWorkspace::updateSearchSummary);
    connect(document, &Document::opened, this, [this] {
        setCurrentTable(m_picker->currentTableId());
        showOverview();
    });

    rebuildColumns();
    setCurrentTable(m_picker->currentTableId());
    setMode(Mode::Overview);
}

bool TablesWorkspace::eventFilter(QObject* object, QEvent* event)
{
    if (object == m_feedback
        && (event->type() == QEvent::Resize || event->type() == QEvent::LayoutDirectionChange)) {
        // In the top corner the title does not reach: the right, or the left right to left.
        if (auto* full = m_feedback->findChild<QPushButton*>(QStringLiteral("feedbackFullScreen")))
            full->move(m_feedback->isRightToLeft() ? 8 : m_feedback->width() - full->width() - 8, 8);
    }
    return Workspace::eventFilter(object, event);
}

TablesWorkspace::~TablesWorkspace()
{
    delete m_feedbackWindow;
}

QString TablesWorkspace::title() const
{
    return tr("Tables");
}

QStringList TablesWorkspace::viewNames() const
{
    return {tr("tables — every table as a card, with notes per prompt and key points"),
            tr("table:N — the notes of table N (N: its position, 1 = first in the file)"),
            tr("feedback:N — table N's key points, projector-sized")};
}

bool TablesWorkspace::tableAt(const QString& arg, const QString& view, qint64* id, QString* error) const
{
    bool ok = false;
    const int n = arg.toInt(&ok);
    const int count = m_tables->rowCount();
    if (!ok || n < 1 || n > count) {
        if (error)
            *error = count == 0 ? tr("%1: the session has no tables").arg(view)
                                : tr("%1: N must be a table's position from 1 to %2").arg(view).arg(count);
        return false;
    }
    *id = m_tables->idAt(n - 1);
    return true;
}

bool TablesWorkspace::showView(const QString& view, QString* error)
{
    if (view == QLatin1String("tables")) {
        showOverview();
        return true;
    }
    const int colon = int(view.indexOf(QLatin1Char(':')));
    const QString name = view.left(colon);
    if (colon < 0 || (name != QLatin1String("table") && name != QLatin1String("feedback")))
        return false; // not one of ours
    qint64 id = 0;
    if (!tableAt(view.mid(colon + 1), view, &id, error))
        return false;
    if (name == QLatin1String("table"))
        showTable(id);
    else
        showFeedback(id);
    return true;
}

void TablesWorkspace::setMode(Mode mode)
{
    m_mode = mode;
    const int page = mode == Mode::Overview ? 0 : (mode == Mode::Table ? 1 : 2);
    m_stack->setCurrentIndex(page);
    if (QAbstractButton* b = m_modeButtons->button(page))
        b->setChecked(true);
    const bool haveTable = m_tableId != 0;
    m_modeButtons->button(1)->setEnabled(haveTable);
    m_modeButtons->button(2)->setEnabled(haveTable);
}

void TablesWorkspace::setCurrentTable(qint64 tableId)
{
    m_tableId = tableId;
    if (m_picker->currentTableId() != tableId && tableId)
        m_picker->setCurrentTableId(tableId);
    for (PromptColumn* c : std::as_const(m_columns))
        c->setTable(tableId);
    m_feedback->setTable(tableId);
    if (m_feedbackWindow)
        m_feedbackWindow->setTable(tableId);
    updateTableHeader();
    if (!tableId && m_mode != Mode::Overview)
        setMode(Mode::Overview);
    else
        setMode(m_mode);
}

void TablesWorkspace::showOverview()
{
    setMode(Mode::Overview);
    const int r = m_tables->rowOf(m_tableId);
    if (r >= 0)
        m_overview->cards()->setCurrentIndex(m_tables->index(r, 0));
}

void TablesWorkspace::showTable(qint64 tableId)
{
    if (tableId)
        setCurrentTable(tableId);
    if (!m_tableId)
        return showOverview();
    setMode(Mode::Table);
    if (!m_columns.isEmpty() && isVisible())
        m_columns.first()->entry()->setFocus();
}

void TablesWorkspace::showFeedback(qint64 tableId)
{
    if (tableId)
        setCurrentTable(tableId);
    if (!m_tableId)
        return showOverview();
    setMode(Mode::Feedback);
    m_feedback->setFocus();
}

void TablesWorkspace::showFeedbackWindow()
{
    if (!m_feedbackWindow) {
        m_feedbackWindow = new FeedbackView(document());
        m_feedbackWindow->setAttribute(Qt::WA_DeleteOnClose);
        m_feedbackWindow->setWindowTitle(tr("Key points"));
        connect(m_feedbackWindow, &FeedbackView::closeRequested, m_feedbackWindow, &QWidget::close);
    }
    m_feedbackWindow->setTable(m_tableId);
    const QList<QScreen*> screens = QGuiApplication::screens();
    if (!screens.isEmpty())
        m_feedbackWindow->setGeometry(screens.last()->geometry());
    m_feedbackWindow->showFullScreen();
    m_feedbackWindow->raise();
}

void TablesWorkspace::focusNote(qint64 tableId, qint64 promptId, qint64 noteId)
{
    showTable(tableId);
    if (PromptColumn* c = columnFor(promptId)) {
        c->view()->selectIds({noteId});
        c->view()->setFocus();
    }
}

PromptColumn* TablesWorkspace::columnFor(qint64 promptId) const
{
    for (PromptColumn* c : m_columns) {
        if (c->promptId() == promptId)
            return c;
    }
    return nullptr;
}

void TablesWorkspace::rebuildColumns()
{
    // Reuse the column of each prompt still there, so its entry box keeps what was typed.
    QList<PromptColumn*> kept;
    const int n = qMin(m_prompts->rowCount(), MaxPrompts);
    for (int i = 0; i < n; ++i) {
        const Row& p = m_prompts->rowAt(i);
        PromptColumn* c = columnFor(p.id);
        if (!c) {
            c = new PromptColumn(document(), m_tables, m_tablePage);
            connect(c, &PromptColumn::removePromptRequested, this, &TablesWorkspace::removePrompt);
            connect(c, &PromptColumn::moveToNeighbourRequested, this,
                    [this, c](const QList<qint64>& ids, int delta) { moveToNeighbour(c, ids, delta); });
            c->view()->noteDelegate()->setSearchText(m_searchBox->text());
            QAbstractItemModel* notes = c->model();
            connect(notes, &QAbstractItemModel::modelReset, this, &TablesWorkspace::scheduleTableFrom);
            connect(notes, &QAbstractItemModel::rowsInserted, this, &TablesWorkspace::scheduleTableFrom);
            connect(notes, &QAbstractItemModel::rowsRemoved, this, &TablesWorkspace::scheduleTableFrom);
            connect(notes, &QAbstractItemModel::dataChanged, this, &TablesWorkspace::scheduleTableFrom);
        }
        c->setPrompt(p.id, i, p.str(col::Question), n > 1);
        c->setTable(m_tableId);
        kept << c;
    }
    for (PromptColumn* c : std::as_const(m_columns)) {
        if (!kept.contains(c))
            c->deleteLater();
    }
    for (PromptColumn* c : std::as_const(kept))
        m_columnsLayout->removeWidget(c);
    for (PromptColumn* c : std::as_const(kept)) {
        m_columnsLayout->addWidget(c, 1);
        c->show(); // now, not later: a new prompt's question is edited (and focused) at once
    }
    m_columns = kept;
    scheduleTableFrom();
    m_addPrompt->setEnabled(m_prompts->rowCount() < MaxPrompts && !document()->isReadOnly());
}

void TablesWorkspace::addPrompt()
{
    if (m_prompts->rowCount() >= MaxPrompts)
        return;
    if (const qint64 id = edit::addPrompt(*document(), tr("New question?"))) {
        if (PromptColumn* c = columnFor(id))
            c->editQuestion();
    }
}

void TablesWorkspace::removePrompt(qint64 promptId)
{
    if (m_prompts->rowCount() <= 1)
        return;
    edit::removePrompt(*document(), promptId);
}

void TablesWorkspace::moveToNeighbour(PromptColumn* from, const QList<qint64>& ids, int delta)
{
    const int i = int(m_columns.indexOf(from));
    const int j = i + delta;
    if (i < 0 || j < 0 || j >= m_columns.size() || ids.isEmpty())
        return;
    PromptColumn* to = m_columns[j];
    edit::moveNotesTo(*document(), ids, m_tableId, to->promptId());
    // The notes went to the end of the neighbour: follow them there.
    to->view()->selectIds(ids);
    to->view()->setFocus();
}

void TablesWorkspace::updateTableHeader()
{
    const int r = m_tables->rowOf(m_tableId);
    if (r < 0) {
        m_tableTitle->setText(tr("No table"));
        m_tableFacilitator->clear();
        return;
    }
    const Row& t = m_tables->rowAt(r);
    m_tableTitle->setText(TableListModel::label(t));
    const QString f = t.str(col::Facilitator);
    m_tableFacilitator->setText(f.isEmpty() ? QString() : tr("Facilitator: %1").arg(f));
}

void TablesWorkspace::scheduleTableFrom()
{
    if (m_tableFromPending)
        return;
    m_tableFromPending = true;
    // Later, not now: an undo puts a row's stamps back after the row changes.
    QTimer::singleShot(0, this, &TablesWorkspace::updateTableFrom);
}

void TablesWorkspace::updateTableFrom()
{
    m_tableFromPending = false;
    Store* store = document() ? document()->store() : nullptr;
    QHash<QString, int> counts;
    for (PromptColumn* c : std::as_const(m_columns)) {
        const NoteListModel* notes = c->model();
        for (int r = 0; r < notes->rowCount(); ++r)
            ++counts[notes->index(r, 0).data(RowListModel::MadeByDeviceRole).toString()];
    }
    const QStringList laptops = Provenance(Kind::Note).contributors(store, counts);
    if (laptops.isEmpty()) {
        m_tableFrom->clear();
        m_tableFrom->setToolTip(QString());
        m_tableFrom->hide();
        return;
    }
    //: Which laptops a table's notes were typed on: %1 lists their names
    m_tableFrom->setText(tr("From: %1").arg(Provenance::laptopList(laptops)));
    m_tableFrom->setToolTip(Provenance::plainToolTip(
        tr("This table's notes were typed on %1").arg(Provenance::laptopList(laptops, 20))));
    m_tableFrom->setAccessibleName(m_tableFrom->text());
    m_tableFrom->show();
}

void TablesWorkspace::setSearchText(const QString& text)
{
    if (m_searchBox->text() != text)
        m_searchBox->setText(text); // comes back here through textChanged
    m_tables->setSearchText(text);
    m_search->setSearchText(text);
    m_overview->setSearchText(text);
    for (PromptColumn* c : std::as_const(m_columns)) {
        c->view()->noteDelegate()->setSearchText(text);
        c->view()->viewport()->update();
    }
    updateSearchSummary();
}

void TablesWorkspace::updateSearchSummary()
{
    const QString text = m_search->searchText();
    if (text.isEmpty()) {
        m_searchSummary->clear();
        return;
    }
    m_searchSummary->setText(m_search->rowCount() == 0
                                 ? tr("No matches")
                                 : tr("%n match(es)", nullptr, m_search->rowCount()) + QStringLiteral(" ")
                                     + tr("at %n table(s)", nullptr, m_search->tableCount()));
}

} // namespace rt
