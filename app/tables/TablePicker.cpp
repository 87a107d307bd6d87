// SPDX-License-Identifier: GPL-3.0-or-later
#include "tables/TablePicker.h"

#include "commands/NoteEdits.h"
#include "models/TableListModel.h"
#include "session/Document.h"
#include "store/Columns.h"
#include "tables/TablesStyle.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace rt {

namespace {
constexpr int RowHeight = 62;
} // namespace

QSize TableItemDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    // Two lines of text and their margins: taller with a large system font.
    QFont topic = option.font;
    topic.setPointSizeF(option.font.pointSizeF() * 1.1);
    topic.setBold(true);
    const int lines = QFontMetrics(topic).height() + QFontMetrics(option.font).height() + 24;
    return {option.rect.width(), std::max(RowHeight, lines)};
}

void TableItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect r = option.rect.adjusted(6, 3, -6, -3);
    const bool selected = option.state & QStyle::State_Selected;
    QPainterPath card;
    card.addRoundedRect(QRectF(r), 6, 6);
    painter->fillPath(card, selected ? style::selectionFill() : style::surface());
    painter->setPen(QPen(selected ? style::accent() : style::cardBorder(), selected ? 2 : 1));
    painter->drawPath(card);

    const QRect badge(r.left() + 10, r.center().y() - 16, 32, 32);
    painter->setPen(Qt::NoPen);
    painter->setBrush(selected ? style::accent() : style::badgeFill());
    painter->drawEllipse(badge);
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(Qt::white);
    painter->drawText(badge, Qt::AlignCenter,
                      QString::number(index.data(TableListModel::NumberRole).toLongLong()));

    const int matches = index.data(TableListModel::MatchCountRole).toInt();
    int right = r.right() - 10;
    if (matches > 0) {
        const QString m = QString::number(matches);
        const int w = qMax(24, QFontMetrics(bold).horizontalAdvance(m) + 12);
        const QRect pill(right - w, r.center().y() - 11, w, 22);
        painter->setPen(Qt::NoPen);
        painter->setBrush(style::matchFill());
        painter->drawRoundedRect(pill, 11, 11);
        painter->setPen(style::text());
        painter->drawText(pill, Qt::AlignCenter, m);
        right = pill.left() - 6;
    }
    const QRect text(badge.right() + 10, r.top() + 6, right - badge.right() - 10, r.height() - 12);
    QFont topicFont = option.font;
    topicFont.setPointSizeF(option.font.pointSizeF() * 1.1);
    topicFont.setBold(true);
    painter->setFont(topicFont);
    painter->setPen(style::text());
    const QString topic = index.data(TableListModel::TopicRole).toString();
    const QFontMetrics tfm(topicFont);
    painter->drawText(
        text.adjusted(0, 0, 0, -text.height() / 2), Qt::AlignLeft | Qt::AlignVCenter,
        tfm.elidedText(topic.isEmpty() ? tr("(no topic)") : topic, Qt::ElideRight, text.width()));
    painter->setFont(option.font);
    painter->setPen(style::mutedText());
    const QString facilitator = index.data(TableListModel::FacilitatorRole).toString();
    const int notes = index.data(TableListModel::NoteCountRole).toInt();
    const QString count = tr("%n note(s)", nullptr, notes);
    const QString second = facilitator.isEmpty() ? count : tr("%1 · %2").arg(facilitator, count);
    painter->drawText(text.adjusted(0, text.height() / 2, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(option.font).elidedText(second, Qt::ElideRight, text.width()));
    painter->restore();
}

TablePicker::TablePicker(Document* document, TableListModel* model, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(model)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto* head = new QHBoxLayout;
    head->setContentsMargins(10, 8, 6, 0);
    auto* title = new QLabel(tr("Tables"), this);
    title->setFont(style::headingFont(font(), 1.2));
    head->addWidget(title, 1);
    auto button = [this, head](const QString& text, const QString& tip, auto slot) {
        auto* b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        b->setAccessibleName(tip);
        b->setAutoRaise(true);
        connect(b, &QToolButton::clicked, this, slot);
        head->addWidget(b);
        return b;
    };
    m_add = button(tr("+"), tr("Add a table"), &TablePicker::addTable);
    m_edit = button(tr("✎"), tr("Edit the table's number, topic and facilitator"), &TablePicker::editCurrent);
    m_up = button(tr("↑"), tr("Move the table up"), [this] { moveCurrentBy(-1); });
    m_down = button(tr("↓"), tr("Move the table down"), [this] { moveCurrentBy(1); });
    m_remove = button(tr("✕"), tr("Delete the table and its notes (undoable)"), &TablePicker::removeCurrent);
    layout->addLayout(head);

    m_view = new QListView(this);
    m_view->setModel(model);
    m_view->setModelColumn(0);
    m_view->setItemDelegate(new TableItemDelegate(m_view));
    m_view->setUniformItemSizes(true);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDropIndicatorShown(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAccessibleName(tr("Tables"));
    m_view->installEventFilter(this);
    m_view->setAccessibleDescription(tr("Drop notes on a table to move them there."));
    QPalette p = m_view->palette();
    p.setColor(QPalette::Base, style::pageFill());
    m_view->setPalette(p);
    layout->addWidget(m_view, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                const qint64 id = current.isValid() ? m_model->idAt(current.row()) : 0;
                updateButtons();
                if (id != m_current && id != 0) {
                    m_current = id;
                    emit currentTableChanged(id);
                }
            });
    connect(m_view, &QListView::doubleClicked, this, &TablePicker::editCurrent);
    // The model resets when tables are added, removed or reordered: keep the same table current.
    auto reselect = [this] {
        int r = m_model->rowOf(m_current);
        if (r < 0 && m_model->rowCount() > 0)
            r = 0;
        if (r >= 0) {
            m_view->setCurrentIndex(m_model->index(r, 0));
        } else if (m_current) {
            m_current = 0;
            emit currentTableChanged(0);
        }
        updateButtons();
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, reselect);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, reselect);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TablePicker::updateButtons);
    setMinimumWidth(200);
    reselect();
}

bool TablePicker::eventFilter(QObject* object, QEvent* event)
{
    if (object == m_view && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
        if (mods == Qt::AltModifier && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            moveCurrentBy(key->key() == Qt::Key_Up ? -1 : 1);
            return true;
        }
        if (mods == Qt::NoModifier && key->key() == Qt::Key_Delete) {
            removeCurrent();
            return true;
        }
        if (mods == Qt::NoModifier && key->key() == Qt::Key_F2) {
            editCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(object, event);
}

qint64 TablePicker::currentTableId() const
{
    return m_current;
}

void TablePicker::setCurrentTableId(qint64 id)
{
    const int r = m_model->rowOf(id);
    if (r >= 0)
        m_view->setCurrentIndex(m_model->index(r, 0));
}

void TablePicker::updateButtons()
{
    const int r = m_model->rowOf(m_current);
    const bool editable = m_document && !m_document->isReadOnly();
    m_add->setEnabled(editable);
    m_edit->setEnabled(editable && r >= 0);
    m_remove->setEnabled(editable && r >= 0);
    m_up->setEnabled(editable && r > 0);
    m_down->setEnabled(editable && r >= 0 && r + 1 < m_model->rowCount());
}

void TablePicker::addTable()
{
    if (!m_document)
        return;
    const qint64 id = edit::addTable(*m_document);
    if (!id)
        return;
    m_current = id;
    setCurrentTableId(m_current);
    emit currentTableChanged(m_current);
    editCurrent();
}

void TablePicker::setDetails(qint64 id, qint64 number, const QString& topic, const QString& facilitator)
{
    if (!m_document)
        return;
    edit::editTable(*m_document, id, {number, topic, facilitator});
}

void TablePicker::editCurrent()
{
    const int r = m_model->rowOf(m_current);
    if (r < 0 || !m_document || m_document->isReadOnly())
        return;
    const Row table = m_model->rowAt(r);
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("tableDialog"));
    dialog->setWindowTitle(tr("Table details"));
    auto* form = new QFormLayout(dialog);
    auto* number = new QSpinBox(dialog);
    number->setRange(0, 9999);
    number->setValue(int(table.ref(col::Number)));
    auto* topic = new QLineEdit(table.str(col::Topic), dialog);
    topic->setPlaceholderText(tr("e.g. Mental health"));
    auto* facilitator = new QLineEdit(table.str(col::Facilitator), dialog);
    form->addRow(tr("&Number:"), number);
    form->addRow(tr("&Topic:"), topic);
    form->addRow(tr("&Facilitator:"), facilitator);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    const qint64 id = table.id;
    connect(dialog, &QDialog::accepted, this, [this, id, number, topic, facilitator] {
        setDetails(id, number->value(), topic->text().trimmed(), facilitator->text().trimmed());
    });
    topic->setFocus();
    dialog->open(); // window-modal, never blocks the caller
}

void TablePicker::removeCurrent()
{
    const int r = m_model->rowOf(m_current);
    if (r < 0 || !m_document)
        return;
    // Everything at the table goes too; undo brings it all back, so no confirmation is asked.
    const qint64 next
        = m_model->rowCount() > 1 ? m_model->idAt(r + 1 < m_model->rowCount() ? r + 1 : r - 1) : 0;
    m_current = next;
    edit::removeTable(*m_document, m_model->idAt(r));
    if (next)
        setCurrentTableId(next);
    emit currentTableChanged(next);
}

void TablePicker::moveCurrentBy(int delta)
{
    const int r = m_model->rowOf(m_current);
    const int target = r + delta;
    if (r < 0 || !m_document || target < 0 || target >= m_model->rowCount())
        return;
    edit::moveTable(*m_document, m_current, target);
    setCurrentTableId(m_current);
}

} // namespace rt
