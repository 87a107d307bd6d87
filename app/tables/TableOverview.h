// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListView>
#include <QPointer>
#include <QStyledItemDelegate>

class QLabel;

namespace rt {

class Document;
class NoteSearchModel;
class RowListModel;
class TableListModel;

/** A table as a card: topic, facilitator, notes per prompt, key points, search matches. */
class TableCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    TableCardDelegate(RowListModel* prompts, QObject* parent);
    void setSearching(bool searching) { m_searching = searching; }
    /** Which laptops each table's notes came from (table id → names), where that says something. */
    void setLaptops(const QHash<qint64, QStringList>& laptops) { m_laptops = laptops; }
    QStringList laptops(qint64 tableId) const { return m_laptops.value(tableId); }
    /** Whether any card names laptops (every card then has room for the line). */
    bool laptopsShown() const { return !m_laptops.isEmpty(); }
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                   const QModelIndex& index) override;

private:
    RowListModel* m_prompts;
    bool m_searching = false;
    QHash<qint64, QStringList> m_laptops;
};

/** A search hit: where it is (table, prompt) and the note's full text with the matches marked. */
class SearchHitDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void setSearchText(const QString& text) { m_search = text; }
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int textWidth(const QStyleOptionViewItem& option) const;
    QString m_search;
};

/**
 * Every table at a glance, as cards to open (click or Enter), and the results of a search
 * across every table beside them, each result opening its table at the note.
 */
class TableOverview : public QWidget
{
    Q_OBJECT
public:
    TableOverview(Document* document, TableListModel* tables, RowListModel* prompts, NoteSearchModel* search,
                  QWidget* parent = nullptr);

    QListView* cards() const { return m_cards; }
    TableCardDelegate* cardDelegate() const { return m_cardDelegate; }
    QListView* results() const { return m_results; }
    void setSearchText(const QString& text);

signals:
    void openTable(qint64 tableId);
    void openNote(qint64 tableId, qint64 promptId, qint64 noteId);
    void addTableRequested();

protected:
    bool eventFilter(QObject* object, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    /** Counts are summed when shown, at most once per event-loop pass (typing stays fast). */
    void scheduleSummary();
    void updateSummary();
    /** Which laptops each table's notes came from, for the cards. */
    void updateLaptops();
    void updateGrid();

    QPointer<Document> m_document;
    TableListModel* m_tables;
    NoteSearchModel* m_search;
    QLabel* m_summary;
    QLabel* m_resultsTitle;
    QWidget* m_resultsPane;
    QListView* m_cards;
    QListView* m_results;
    TableCardDelegate* m_cardDelegate;
    SearchHitDelegate* m_hitDelegate;
    bool m_summaryPending = false;
    bool m_laptopsStale = true;
};

} // namespace rt
