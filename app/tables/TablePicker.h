// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListView>
#include <QPointer>
#include <QStyledItemDelegate>

class QToolButton;

namespace rt {

class Document;
class TableListModel;

/** Paints a table in the picker: number badge, topic, facilitator and note count, matches. */
class TableItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

/**
 * The list of discussion tables beside the columns: pick the current table; add, edit,
 * delete and reorder tables (each one undoable); drop notes onto a table to move them there.
 */
class TablePicker : public QWidget
{
    Q_OBJECT
public:
    TablePicker(Document* document, TableListModel* model, QWidget* parent = nullptr);

    QListView* view() const { return m_view; }
    qint64 currentTableId() const;
    void setCurrentTableId(qint64 id);

public slots:
    /** Adds a table numbered after the highest, selects it and opens its details. */
    void addTable();
    void editCurrent();
    void removeCurrent();
    void moveCurrentBy(int delta);
    /** Sets a table's details in one undoable step (only the fields that differ). */
    void setDetails(qint64 id, qint64 number, const QString& topic, const QString& facilitator);

signals:
    void currentTableChanged(qint64 id);

protected:
    /** The keys of the note lists work here too: Alt+Up/Down reorder, Delete, F2 edits. */
    bool eventFilter(QObject* object, QEvent* event) override;

private:
    void updateButtons();

    QPointer<Document> m_document;
    TableListModel* m_model;
    QListView* m_view;
    QToolButton* m_add;
    QToolButton* m_edit;
    QToolButton* m_remove;
    QToolButton* m_up;
    QToolButton* m_down;
    qint64 m_current = 0;
};

} // namespace rt
