// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace rt {

/**
 * Edits a cell's text in a QPlainTextEdit: Shift+Enter starts a new line, Enter (or leaving the
 * cell) commits, Esc cancels (the grid's GridKeys give Enter, Tab and Esc their spreadsheet
 * meaning). Line breaks and spaces at the end are never stored. Cells that hold a date or words ("by when")
 * are shown as a readable date when they hold an ISO date.
 */
class MultiLineDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit MultiLineDelegate(QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
    void updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const override;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
    bool eventFilter(QObject* watched, QEvent* event) override;
};

/** Edits a cell of one line (a cohort) in a line edit: pasted line breaks become spaces, and
 *  spaces at either end are never stored. */
class SingleLineDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit SingleLineDelegate(QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
};

/** Edits "by when": words typed freely, a phrase from a list, or a date from a calendar (stored ISO). */
class ByWhenDelegate : public MultiLineDelegate
{
    Q_OBJECT
public:
    explicit ByWhenDelegate(QObject* parent = nullptr);

    /** What a stored value looks like: an ISO date as "8 Aug 2023", words as they are. */
    static QString display(const QString& stored);
    static QStringList phrases();

    QString displayText(const QVariant& value, const QLocale& locale) const override;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
    void updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const override;
};

} // namespace rt
