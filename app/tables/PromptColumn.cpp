// SPDX-License-Identifier: GPL-3.0-or-later
#include "tables/PromptColumn.h"

#include "commands/NoteEdits.h"
#include "models/NoteListModel.h"
#include "session/Document.h"
#include "tables/NoteEntry.h"
#include "tables/NoteListView.h"
#include "tables/TablesStyle.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace rt {

PromptColumn::PromptColumn(Document* document, TableListModel* tables, QWidget* parent)
    : QFrame(parent)
    , m_document(document)
    , m_model(new NoteListModel(document, this))
{
    setObjectName(QStringLiteral("promptColumn"));
    setFrameShape(QFrame::NoFrame);
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, style::columnFill());
    setPalette(pal);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 8);
    layout->setSpacing(6);

    m_header = new QWidget(this);
    m_header->setObjectName(QStringLiteral("promptHeader"));
    m_header->setAutoFillBackground(true);
    auto* head = new QHBoxLayout(m_header);
    head->setContentsMargins(10, 10, 6, 4);
    head->setSpacing(10);
    m_badge = new QLabel(m_header);
    m_badge->setAlignment(Qt::AlignCenter);
    m_badge->setFixedSize(30, 30);
    m_question = new QLabel(m_header);
    m_question->setWordWrap(true);
    m_question->setFont(style::headingFont(font(), 1.25));
    m_question->setTextFormat(Qt::PlainText);
    // Room for two lines in every column, so the note lists start level side by side.
    m_question->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_question->setMinimumHeight(QFontMetrics(m_question->font()).lineSpacing() * 2);
    m_question->setToolTip(tr("Double-click to edit the question"));
    m_question->installEventFilter(this);
    m_questionEdit = new QLineEdit(m_header);
    m_questionEdit->setFont(m_question->font());
    m_questionEdit->hide();
    m_questionEdit->installEventFilter(this);
    connect(m_questionEdit, &QLineEdit::returnPressed, this, &PromptColumn::commitQuestion);
    m_count = new QLabel(m_header);
    m_menuButton = new QToolButton(m_header);
    m_menuButton->setText(QStringLiteral("⋯"));
    m_menuButton->setAutoRaise(true);
    m_menuButton->setStyleSheet(QStringLiteral("QToolButton { font-size: 13pt; padding: 0 4px; }"
                                               "QToolButton::menu-indicator { image: none; width: 0; }"));
    m_menuButton->setPopupMode(QToolButton::InstantPopup);
    m_menuButton->setAccessibleName(tr("Prompt options"));
    auto* menu = new QMenu(m_menuButton);
    menu->addAction(tr("&Edit Question"), this, &PromptColumn::editQuestion);
    m_removeAction
        = menu->addAction(tr("&Remove Prompt"), this, [this] { emit removePromptRequested(m_promptId); });
    m_menuButton->setMenu(menu);
    // The question gets the width; the count sits under it, so the question rarely wraps.
    auto* texts = new QVBoxLayout;
    texts->setSpacing(2);
    texts->addWidget(m_question);
    texts->addWidget(m_questionEdit);
    // The count and the options share a second line, leaving the question the full width.
    auto* second = new QHBoxLayout;
    second->setContentsMargins(0, 0, 0, 0);
    second->addWidget(m_count, 1);
    second->addWidget(m_menuButton);
    texts->addLayout(second);
    QPalette muted = m_count->palette();
    muted.setColor(QPalette::WindowText, style::mutedText());
    m_count->setPalette(muted);
    head->addWidget(m_badge, 0, Qt::AlignTop);
    head->addLayout(texts, 1);
    layout->addWidget(m_header);

    m_view = new NoteListView(document, m_model, this);
    m_view->setTables(tables);
    connect(m_view, &NoteListView::moveToNeighbourRequested, this, &PromptColumn::moveToNeighbourRequested);
    layout->addWidget(m_view, 1);

    m_pasteBar = new QFrame(this);
    m_pasteBar->setObjectName(QStringLiteral("pasteBar"));
    m_pasteBar->setStyleSheet(
        QStringLiteral("#pasteBar { background: %1; border: 1px solid #e09800; border-radius: 6px; }"
                       "#pasteBar QLabel { color: %2; }")
            .arg(style::keyPointFill().name(), style::text().name()));
    auto* bar = new QHBoxLayout(m_pasteBar);
    bar->setContentsMargins(8, 4, 4, 4);
    m_pasteLabel = new QLabel(m_pasteBar);
    m_pasteLabel->setWordWrap(true);
    m_splitButton = new QPushButton(m_pasteBar);
    m_splitButton->setObjectName(QStringLiteral("splitPaste"));
    connect(m_splitButton, &QPushButton::clicked, this, &PromptColumn::addLinesAsNotes);
    auto* keep = new QPushButton(tr("Keep as One"), m_pasteBar);
    keep->setObjectName(QStringLiteral("keepPaste"));
    connect(keep, &QPushButton::clicked, m_pasteBar, [this] {
        m_pasteBar->hide();
        m_entry->setFocus();
    });
    bar->addWidget(m_pasteLabel, 1);
    bar->addWidget(m_splitButton);
    bar->addWidget(keep);
    m_pasteBar->hide();

    m_entry = new NoteEntry(this);
    m_entry->setFont(style::noteFont(font()));
    m_entry->setStyleSheet(
        QStringLiteral("QPlainTextEdit { background: %2; color: %3; border: 1px solid #9aa5b1; "
                       "border-radius: 6px; }"
                       "QPlainTextEdit:focus { border: 2px solid %1; }")
            .arg(style::accent().name(), style::surface().name(), style::text().name()));
    connect(m_entry, &NoteEntry::submitted, this, &PromptColumn::addNote);
    connect(m_entry, &NoteEntry::pastedLines, this, &PromptColumn::showPasteBar);
    connect(m_entry, &QPlainTextEdit::textChanged, this, [this] {
        if (m_entry->document()->isEmpty())
            m_pasteBar->hide();
    });
    auto* bottom = new QVBoxLayout;
    bottom->setContentsMargins(8, 0, 8, 0);
    bottom->setSpacing(6);
    bottom->addWidget(m_pasteBar);
    bottom->addWidget(m_entry);
    layout->addLayout(bottom);

    connect(m_model, &QAbstractItemModel::rowsInserted, this, &PromptColumn::updateCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &PromptColumn::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PromptColumn::updateCount);
    setMinimumWidth(170);
}

void PromptColumn::setPrompt(qint64 promptId, int index, const QString& question, bool canRemove)
{
    const bool changed = promptId != m_promptId;
    m_promptId = promptId;
    m_index = index;
    m_question->setText(question);
    m_removeAction->setEnabled(canRemove);
    const QColor colour = style::promptColour(index);
    m_badge->setText(QString::number(index + 1));
    m_badge->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: white; border-radius: 15px; font-weight: bold; }")
            .arg(colour.name()));
    m_header->setStyleSheet(
        QStringLiteral("#promptHeader { background: %2; border-top: 5px solid %1; "
                       "border-bottom: 1px solid %3; }"
                       "#promptHeader QLabel, #promptHeader QToolButton { color: %4; }")
            .arg(colour.name(), style::surface().name(), style::cardBorder().name(), style::text().name()));
    m_view->setAccessibleName(tr("Notes: %1").arg(question));
    m_entry->setAccessibleName(tr("New note for: %1").arg(question));
    // Three of these sit side by side: the name says which prompt each one acts on.
    m_menuButton->setAccessibleName(tr("Options for prompt %1: %2").arg(index + 1).arg(question));
    if (changed)
        m_model->setList(m_model->tableId(), promptId);
}

void PromptColumn::setTable(qint64 tableId)
{
    m_entry->setReadOnly(!m_document || m_document->isReadOnly());
    if (tableId == m_model->tableId())
        return;
    m_model->setList(tableId, m_promptId);
    m_pasteBar->hide();
}

void PromptColumn::updateCount()
{
    m_count->setText(tr("%n note(s)", nullptr, m_model->rowCount()));
}

void PromptColumn::addNote(const QString& text)
{
    if (!m_document || m_model->tableId() == 0)
        return;
    m_pasteBar->hide();
    // False when blank (nothing to add: keep whatever white space was typed) or not saved.
    if (edit::addNotes(*m_document, m_model->tableId(), m_promptId, {text})) {
        m_entry->clear();
        // After the event loop has laid the new card out, show it.
        QTimer::singleShot(0, m_view, &QAbstractItemView::scrollToBottom);
    }
}

void PromptColumn::addLinesAsNotes()
{
    const QStringList lines = edit::splitNotes(m_entry->text());
    m_pasteBar->hide();
    if (!m_document || m_model->tableId() == 0 || lines.isEmpty())
        return;
    if (edit::addNotes(*m_document, m_model->tableId(), m_promptId, lines)) {
        m_entry->clear();
        QTimer::singleShot(0, m_view, &QAbstractItemView::scrollToBottom);
    }
    m_entry->setFocus();
}

void PromptColumn::showPasteBar(int lines)
{
    const int total = int(edit::splitNotes(m_entry->text()).size());
    Q_UNUSED(lines)
    m_pasteLabel->setText(tr("Pasted text: %n line(s).", nullptr, total));
    m_splitButton->setText(tr("Add as %n Note(s)", nullptr, total));
    m_pasteBar->show();
}

void PromptColumn::editQuestion()
{
    m_questionEdit->setText(m_question->text());
    m_question->hide();
    m_questionEdit->show();
    m_questionEdit->selectAll();
    m_questionEdit->setFocus();
}

void PromptColumn::commitQuestion()
{
    if (!m_questionEdit->isVisible())
        return;
    const QString text = m_questionEdit->text().trimmed();
    m_questionEdit->hide();
    m_question->show();
    if (m_document && !text.isEmpty() && text != m_question->text())
        edit::editPrompt(*m_document, m_promptId, text);
}

bool PromptColumn::eventFilter(QObject* object, QEvent* event)
{
    if (object == m_question && event->type() == QEvent::MouseButtonDblClick) {
        editQuestion();
        return true;
    }
    if (object == m_questionEdit) {
        if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape) {
            m_questionEdit->hide();
            m_question->show();
            return true;
        }
        if (event->type() == QEvent::FocusOut)
            commitQuestion();
    }
    return QFrame::eventFilter(object, event);
}

} // namespace rt
