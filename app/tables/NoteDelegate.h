// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QStyledItemDelegate>
#include <QTextLayout>

namespace rt {

/**
 * Paints a note as a card whose text wraps in full (never elided: the notes are verbatim).
 * A key point gets a star, bold text and an amber edge, so it reads without colour too.
 * Matches of the search text are highlighted. The editor is a multi-line box: Enter commits,
 * Shift+Enter starts a new line, Escape cancels.
 */
class NoteDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit NoteDelegate(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    /** The notes in rows @p first … @p last of @p model changed: measure them again. */
    void forget(const QAbstractItemModel* model, int first, int last);
    /** The model was reset: check each cached size against its text once before trusting it. */
    void recheckAll() { ++m_generation; }
    QString searchText() const { return m_search; }

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
    void updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const override;

    /** Text as shown: line breaks become line separators, which QTextLayout breaks on. */
    static QString displayText(const QString& text);
    /** Lays @p layout out in lines of @p width; returns the height. */
    static qreal layoutLines(QTextLayout& layout, qreal width);
    /** Highlights for @p needle in @p text, as QTextLayout formats. */
    static QList<QTextLayout::FormatRange> highlights(const QString& text, const QString& needle,
                                                      const QColor& background);

protected:
    bool eventFilter(QObject* object, QEvent* event) override;

private:
    struct Cached
    {
        QString text;
        bool keyPoint = false;
        int width = 0;
        QSize size;
        int generation = 0;
    };
    int textWidth(const QStyleOptionViewItem& option) const;
    QFont fontFor(const QStyleOptionViewItem& option, bool keyPoint) const;

    QString m_search;
    mutable QHash<qint64, Cached> m_sizes;
    int m_generation = 0;
};

} // namespace rt
