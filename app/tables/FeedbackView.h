// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

namespace rt {

class Document;

/**
 * Feed-back mode: the current table's key points, large (never below 28 pt) in white on a
 * dark background, grouped by prompt, sized to fill the screen. What does not fit at 28 pt
 * goes onto further pages (Right/Page Down, Left/Page Up). Escape asks to leave.
 */
class FeedbackView : public QWidget
{
    Q_OBJECT
public:
    static constexpr qreal MinimumPointSize = 28;
    static constexpr qreal MaximumPointSize = 54;

    explicit FeedbackView(Document* document, QWidget* parent = nullptr);

    void setTable(qint64 tableId);
    qint64 tableId() const { return m_tableId; }
    /** The key-point texts shown, in order (all pages). */
    QStringList keyPoints() const;
    /** The text size chosen to fit, in points. */
    qreal pointSize() const;
    int pageCount() const;
    int page() const { return m_page; }
    void setPage(int page);

signals:
    void closeRequested();

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    struct Item
    {
        bool heading = false;
        int prompt = 0;
        QString text;
    };
    void rebuild();
    /** Store changes while hidden only mark the view stale: it is rebuilt when shown. */
    void changed();
    void refresh() const;
    void paginate();
    QRectF contentRect() const;
    qreal itemHeight(const Item& item, qreal pointSize, qreal width) const;
    QFont itemFont(const Item& item, qreal pointSize) const;
    QFont titleFont(qreal pointSize) const;

    QPointer<Document> m_document;
    qint64 m_tableId = 0;
    QString m_title;
    QList<Item> m_items;
    QList<QList<int>> m_pages;
    int m_page = 0;
    qreal m_pointSize = MaximumPointSize;
    bool m_stale = false;
};

} // namespace rt
