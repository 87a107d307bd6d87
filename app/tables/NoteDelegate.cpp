// SPDX-License-Identifier: GPL-3.0-or-later
#include "tables/NoteDelegate.h"

#include "models/NoteListModel.h"
#include "models/NoteSearchModel.h"
#include "models/RowListModel.h"
#include "tables/NoteEntry.h"
#include "tables/TablesStyle.h"

#include <QAbstractItemView>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPlainTextEdit>
#include <cmath>

namespace rt {

namespace {
constexpr int OuterX = 6;
constexpr int OuterY = 3;
constexpr int PadY = 8;
constexpr int PadRight = 12;
constexpr int Gutter = 30; ///< room for the key-point star, kept for every note so text lines up
} // namespace

NoteDelegate::NoteDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{ }

void NoteDelegate::setSearchText(const QString& text)
{
    m_search = text;
}

void NoteDelegate::forget(const QAbstractItemModel* model, int first, int last)
{
    const auto* rows = qobject_cast<const RowListModel*>(model);
    for (int r = first; r <= last; ++r)
        m_sizes.remove(rows ? rows->idAt(r) : model->index(r, 0).data(RowListModel::IdRole).toLongLong());
}

QString NoteDelegate::displayText(const QString& text)
{
    QString shown = text;
    shown.replace(QStringLiteral("\r\n"), QString(QChar::LineSeparator));
    shown.replace(QLatin1Char('\n'), QChar::LineSeparator);
    shown.replace(QLatin1Char('\r'), QChar::LineSeparator);
    return shown;
}

qreal NoteDelegate::layoutLines(QTextLayout& layout, qreal width)
{
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setTextDirection(layout.text().isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    option.setAlignment(Qt::AlignLeading);
    layout.setTextOption(option);
    layout.setCacheEnabled(true);
    qreal y = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
    return y;
}

QList<QTextLayout::FormatRange> NoteDelegate::highlights(const QString& text, const QString& needle,
                                                         const QColor& background)
{
    QList<QTextLayout::FormatRange> out;
    const auto hits = NoteSearchModel::matches(text, needle);
    for (const auto& h : hits) {
        QTextLayout::FormatRange r;
        r.start = h.first;
        r.length = h.second;
        r.format.setBackground(background);
        r.format.setForeground(QColor(0x1b, 0x1f, 0x24));
        out << r;
    }
    return out;
}

int NoteDelegate::textWidth(const QStyleOptionViewItem& option) const
{
    int w = option.rect.width();
    if (const auto* view = qobject_cast<const QAbstractItemView*>(option.widget))
        w = view->viewport()->width();
    return qMax(40, w - 2 * OuterX - Gutter - PadRight);
}

QFont NoteDelegate::fontFor(const QStyleOptionViewItem& option, bool keyPoint) const
{
    QFont f = option.font;
    if (const auto* w = option.widget)
        f = w->font();
    f.setBold(keyPoint);
    return f;
}

QSize NoteDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    // Called for every note on each layout of the list: a note measured at this width, and not
    // changed since (forget() drops changed ones), is not laid out again.
    const auto* rows = qobject_cast<const RowListModel*>(index.model());
    const qint64 id = rows ? rows->idAt(index.row()) : index.data(RowListModel::IdRole).toLongLong();
    const int width = textWidth(option);
    auto it = m_sizes.find(id);
    if (it != m_sizes.end() && it->width == width && it->generation == m_generation)
        return it->size;
    const QString text = index.data(Qt::DisplayRole).toString();
    const bool key = index.data(NoteListModel::KeyPointRole).toBool();
    if (it != m_sizes.end() && it->width == width && it->keyPoint == key && it->text == text) {
        it->generation = m_generation;
        return it->size;
    }
    QTextLayout layout(displayText(text), fontFor(option, key));
    const qreal h = layoutLines(layout, width);
    const QSize size(width + 2 * OuterX + Gutter + PadRight, int(std::ceil(h)) + 2 * PadY + 2 * OuterY);
    m_sizes.insert(id, {text, key, width, size, m_generation});
    return size;
}

void NoteDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                         const QModelIndex& index) const
{
    const QString text = index.data(Qt::DisplayRole).toString();
    const bool key = index.data(NoteListModel::KeyPointRole).toBool();
    const bool selected = option.state & QStyle::State_Selected;
    const bool focused
        = (option.state & QStyle::State_HasFocus) && (option.widget && option.widget->hasFocus());
    const QRectF card
        = QRectF(option.rect).adjusted(OuterX + 0.5, OuterY + 0.5, -OuterX - 0.5, -OuterY - 0.5);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(card, 6, 6);
    QColor fill = key ? style::keyPointFill() : style::surface();
    if (selected)
        fill = style::selectionFill();
    painter->fillPath(path, fill);
    if (key) {
        // An amber edge down the leading side, clipped to the rounded card.
        painter->save();
        painter->setClipPath(path);
        painter->fillRect(QRectF(card.left(), card.top(), 5, card.height()), style::keyPointEdge());
        painter->restore();
    }
    QPen border(selected ? style::accent() : style::cardBorder(), selected ? 2 : 1);
    painter->setPen(border);
    painter->drawPath(path);
    if (focused && !selected) {
        painter->setPen(QPen(style::accent(), 1, Qt::DashLine));
        painter->drawPath(path);
    }

    const QFont font = fontFor(option, key);
    if (key) {
        QFont starFont = font;
        starFont.setPointSizeF(font.pointSizeF() * 1.15);
        painter->setFont(starFont);
        painter->setPen(style::keyPointStar());
        painter->drawText(
            QRectF(card.left() + 6, card.top() + PadY - 2, Gutter - 8, QFontMetrics(starFont).height()),
            Qt::AlignHCenter | Qt::AlignTop, QStringLiteral("★"));
    }
    const QString shown = displayText(text);
    QTextLayout layout(shown, font);
    layoutLines(layout, textWidth(option));
    painter->setPen(style::text());
    const QPointF origin(card.left() + Gutter - 0.5, card.top() + PadY - 0.5);
    layout.draw(painter, origin, highlights(shown, m_search, style::matchFill()));
    painter->restore();
}

QWidget* NoteDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                    const QModelIndex& index) const
{
    Q_UNUSED(option)
    Q_UNUSED(index)
    auto* editor = new QPlainTextEdit(parent);
    editor->setObjectName(QStringLiteral("noteEditor"));
    editor->setInputMethodHints(Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    editor->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    editor->setFrameShape(QFrame::NoFrame);
    editor->setStyleSheet(
        QStringLiteral(
            "QPlainTextEdit { border: 2px solid %1; border-radius: 6px; background: %2; color: %3; }")
            .arg(style::accent().name(), style::surface().name(), style::text().name()));
    editor->setAccessibleName(tr("Edit note"));
    editor->installEventFilter(const_cast<NoteDelegate*>(this));
    return editor;
}

void NoteDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* edit = qobject_cast<QPlainTextEdit*>(editor);
    if (!edit)
        return;
    // Set once: a data change while editing must not throw the typing away.
    if (edit->property("rtLoaded").toBool())
        return;
    edit->setProperty("rtLoaded", true);
    edit->setPlainText(index.data(Qt::EditRole).toString());
    edit->moveCursor(QTextCursor::End);
}

void NoteDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* edit = qobject_cast<QPlainTextEdit*>(editor))
        model->setData(index, NoteEntry::textOf(edit), Qt::EditRole);
}

void NoteDelegate::updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                                        const QModelIndex&) const
{
    QRect r = option.rect.adjusted(OuterX, OuterY, -OuterX, -OuterY);
    r.setHeight(qMax(r.height(), editor->fontMetrics().lineSpacing() * 4 + 16));
    editor->setGeometry(r);
}

bool NoteDelegate::eventFilter(QObject* object, QEvent* event)
{
    auto* edit = qobject_cast<QPlainTextEdit*>(object);
    if (edit && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (mods == Qt::ShiftModifier) {
                edit->textCursor().insertText(QStringLiteral("\n"));
                return true;
            }
            if (mods == Qt::NoModifier) {
                emit commitData(edit);
                emit closeEditor(edit, QAbstractItemDelegate::NoHint);
                return true;
            }
        }
        if (key->key() == Qt::Key_Escape) {
            emit closeEditor(edit, QAbstractItemDelegate::RevertModelCache);
            return true;
        }
        if (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) {
            emit commitData(edit);
            emit closeEditor(edit, QAbstractItemDelegate::NoHint);
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace rt
