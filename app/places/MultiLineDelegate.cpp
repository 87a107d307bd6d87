// SPDX-License-Identifier: GPL-3.0-or-later
#include "places/MultiLineDelegate.h"

#include <QCalendarWidget>
#include <QDate>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QWidgetAction>
#include <algorithm>

namespace rt {

namespace {
/** Text as a cell stores it: never SQL NULL, so a null string becomes an empty one. */
QString storable(const QString& text)
{
    return text.isNull() ? QString(QLatin1String("")) : text;
}

/** @p text without the line breaks and spaces at its end (what Enter used to leave behind). */
QString withoutTrailingSpace(QString text)
{
    qsizetype end = text.size();
    while (end > 0 && text.at(end - 1).isSpace())
        --end;
    text.truncate(end);
    return text;
}
} // namespace

MultiLineDelegate::MultiLineDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{ }

QWidget* MultiLineDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                         const QModelIndex&) const
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setFrameShape(QFrame::Box);
    edit->setToolTip(tr("Enter or Tab: done · Shift+Enter: new line · Esc: cancel"));
    return edit;
}

void MultiLineDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* edit = qobject_cast<QPlainTextEdit*>(editor)) {
        edit->setPlainText(index.data(Qt::EditRole).toString());
        edit->moveCursor(QTextCursor::End);
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void MultiLineDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                     const QModelIndex& index) const
{
    if (auto* edit = qobject_cast<QPlainTextEdit*>(editor)) {
        model->setData(index, storable(withoutTrailingSpace(edit->toPlainText())), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

void MultiLineDelegate::updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                                             const QModelIndex&) const
{
    // Room for a few lines even when the row is one line high.
    QRect r = option.rect;
    r.setHeight(std::max(r.height(), 96));
    editor->setGeometry(r);
}

QSize MultiLineDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    // A little air between rows of several lines.
    return QStyledItemDelegate::sizeHint(option, index) + QSize(0, 10);
}

void MultiLineDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    // Cells of several lines read like a document table: from the top.
    option->displayAlignment = Qt::AlignLeft | Qt::AlignTop;
}

bool MultiLineDelegate::eventFilter(QObject* watched, QEvent* event)
{
    auto* editor = qobject_cast<QWidget*>(watched);
    if (editor && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers().testFlag(Qt::ControlModifier)) {
            emit commitData(editor);
            emit closeEditor(editor, QAbstractItemDelegate::NoHint);
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(watched, event);
}

SingleLineDelegate::SingleLineDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{ }

QWidget* SingleLineDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                          const QModelIndex&) const
{
    auto* edit = new QLineEdit(parent);
    edit->setFrame(false);
    return edit;
}

void SingleLineDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                      const QModelIndex& index) const
{
    if (auto* edit = qobject_cast<QLineEdit*>(editor)) {
        QString text = edit->text();
        text.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
        model->setData(index, storable(text.trimmed()), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

namespace {
/** A line edit for words, with a button offering phrases and a calendar. */
class ByWhenEdit : public QWidget
{
public:
    explicit ByWhenEdit(QWidget* parent)
        : QWidget(parent)
        , m_line(new QLineEdit(this))
    {
        auto* layout = new QHBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(0);
        m_line->setPlaceholderText(ByWhenDelegate::tr("A date or words, e.g. Within 3 months"));
        auto* pick = new QToolButton(this);
        pick->setText(ByWhenDelegate::tr("Pick…"));
        pick->setToolTip(ByWhenDelegate::tr("Choose a date or a phrase"));
        pick->setPopupMode(QToolButton::InstantPopup);
        auto* menu = new QMenu(pick);
        const QStringList phrases = ByWhenDelegate::phrases();
        for (const QString& p : phrases)
            menu->addAction(p, this, [this, p] { m_line->setText(p); });
        menu->addSeparator();
        auto* calendar = new QCalendarWidget(menu);
        const QDate current = QDate::fromString(m_line->text(), Qt::ISODate);
        if (current.isValid())
            calendar->setSelectedDate(current);
        auto* action = new QWidgetAction(menu);
        action->setDefaultWidget(calendar);
        menu->addAction(action);
        QObject::connect(calendar, &QCalendarWidget::clicked, this, [this, menu](const QDate& d) {
            m_line->setText(d.toString(Qt::ISODate));
            menu->close();
        });
        pick->setMenu(menu);
        layout->addWidget(m_line, 1);
        layout->addWidget(pick);
        setFocusProxy(m_line);
    }
    QString text() const { return m_line->text(); }
    void setText(const QString& t) { m_line->setText(t); }

private:
    QLineEdit* m_line;
};
} // namespace

ByWhenDelegate::ByWhenDelegate(QObject* parent)
    : MultiLineDelegate(parent)
{ }

QStringList ByWhenDelegate::phrases()
{
    return {tr("Within one month"), tr("Within 3 months"), tr("Within 6 months"), tr("Within a year"),
            tr("Ongoing")};
}

QString ByWhenDelegate::display(const QString& stored)
{
    const QDate d = QDate::fromString(stored.trimmed(), Qt::ISODate);
    return d.isValid() ? QLocale().toString(d, QStringLiteral("d MMM yyyy")) : stored;
}

QString ByWhenDelegate::displayText(const QVariant& value, const QLocale&) const
{
    return display(value.toString());
}

QWidget* ByWhenDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    return new ByWhenEdit(parent);
}

void ByWhenDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    static_cast<ByWhenEdit*>(editor)->setText(index.data(Qt::EditRole).toString());
}

void ByWhenDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    model->setData(index, storable(static_cast<ByWhenEdit*>(editor)->text().trimmed()), Qt::EditRole);
}

void ByWhenDelegate::updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                                          const QModelIndex&) const
{
    QRect r = option.rect;
    r.setWidth(std::max(r.width(), 220));
    r.setHeight(std::max(r.height(), 30));
    editor->setGeometry(r);
}

} // namespace rt
