// SPDX-License-Identifier: GPL-3.0-or-later
#include "tables/FeedbackView.h"

#include "models/TableListModel.h"
#include "session/Document.h"
#include "store/Columns.h"
#include "store/Store.h"
#include "tables/NoteDelegate.h"
#include "tables/TablesStyle.h"

#include <QKeyEvent>
#include <QPainter>
#include <QTextLayout>

namespace rt {

namespace {
constexpr qreal Step = 2;
QColor promptHeading()
{
    return QColor(0x9c, 0xd3, 0xff);
}
} // namespace

FeedbackView::FeedbackView(Document* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("feedbackView"));
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Key points for feedback"));
    auto follow = [this] {
        if (m_document && m_document->store()) {
            Store* store = m_document->store();
            auto changed = [this](Kind kind) {
                if (kind == Kind::Note || kind == Kind::Table || kind == Kind::Prompt)
                    this->changed();
            };
            connect(store, &Store::rowsChanged, this, changed);
            connect(store, &Store::rowUpdated, this,
                    [changed](Kind kind, qint64, const QString&) { changed(kind); });
            connect(store, &Store::reset, this, &FeedbackView::changed);
        }
    };
    connect(document, &Document::opened, this, follow);
    follow();
}

void FeedbackView::setTable(qint64 tableId)
{
    m_tableId = tableId;
    m_page = 0;
    rebuild();
}

void FeedbackView::changed()
{
    if (isVisible())
        rebuild();
    else
        m_stale = true;
}

void FeedbackView::refresh() const
{
    if (m_stale)
        const_cast<FeedbackView*>(this)->rebuild();
}

void FeedbackView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

qreal FeedbackView::pointSize() const
{
    refresh();
    return m_pointSize;
}

int FeedbackView::pageCount() const
{
    refresh();
    return int(m_pages.size());
}

QStringList FeedbackView::keyPoints() const
{
    refresh();
    QStringList out;
    for (const Item& i : m_items) {
        if (!i.heading)
            out << i.text;
    }
    return out;
}

void FeedbackView::rebuild()
{
    m_stale = false;
    m_items.clear();
    m_title.clear();
    if (m_document && m_document->store() && m_tableId) {
        const Store* store = m_document->store();
        m_title = TableListModel::label(store->row(Kind::Table, m_tableId));
        const QList<Row> prompts = store->rows(Kind::Prompt);
        for (int p = 0; p < prompts.size(); ++p) {
            const QList<Row> keys = store->rows(
                Kind::Note,
                {{col::TableId, m_tableId}, {col::PromptId, prompts[p].id}, {col::KeyPoint, true}});
            if (keys.isEmpty())
                continue;
            m_items.append({true, p, prompts[p].str(col::Question)});
            for (const Row& k : keys)
                m_items.append({false, p, k.str(col::Text)});
        }
    }
    // The key points are painted: a screen reader reads them from the description.
    QStringList spoken {m_title};
    for (const Item& i : std::as_const(m_items))
        spoken << (i.heading ? i.text : QStringLiteral("• %1").arg(i.text));
    setAccessibleDescription(spoken.join(QLatin1Char('\n')));
    paginate();
    update();
}

QRectF FeedbackView::contentRect() const
{
    const qreal mx = qMax(24.0, width() * 0.045);
    const qreal my = qMax(12.0, height() * 0.03);
    return QRectF(rect()).adjusted(mx, my, -mx, -my);
}

QFont FeedbackView::titleFont(qreal pointSize) const
{
    QFont f = font();
    f.setPointSizeF(pointSize * 1.1);
    f.setBold(true);
    return f;
}

QFont FeedbackView::itemFont(const Item& item, qreal pointSize) const
{
    QFont f = font();
    f.setPointSizeF(pointSize);
    f.setBold(item.heading);
    return f;
}

qreal FeedbackView::itemHeight(const Item& item, qreal pointSize, qreal width) const
{
    const QFont f = itemFont(item, pointSize);
    const qreal indent = item.heading ? 0 : QFontMetricsF(f, this).horizontalAdvance(QStringLiteral("●  "));
    QTextLayout layout(NoteDelegate::displayText(item.text), f, const_cast<FeedbackView*>(this));
    const qreal h = NoteDelegate::layoutLines(layout, width - indent);
    return h + QFontMetricsF(f, this).height() * (item.heading ? 0.35 : 0.25);
}

void FeedbackView::paginate()
{
    m_pages.clear();
    const QRectF area = contentRect();
    auto titleHeight = [this](qreal pt) { return QFontMetricsF(titleFont(pt), this).height() * 1.6; };
    // The largest size at which everything fits on one screen, down to the minimum.
    for (qreal pt = MaximumPointSize; pt >= MinimumPointSize; pt -= Step) {
        qreal total = titleHeight(pt);
        for (const Item& i : m_items)
            total += itemHeight(i, pt, area.width());
        if (total <= area.height() || pt - Step < MinimumPointSize) {
            m_pointSize = pt;
            if (total <= area.height()) {
                QList<int> all;
                for (int i = 0; i < m_items.size(); ++i)
                    all << i;
                m_pages << all;
            }
            break;
        }
    }
    if (m_pages.isEmpty()) {
        // Too much for one screen at the minimum: pages, keeping each heading with a point.
        const qreal pt = m_pointSize;
        const qreal footer = QFontMetricsF(itemFont({}, pt), this).height() * 1.2;
        QList<int> page;
        qreal used = titleHeight(pt);
        for (int i = 0; i < m_items.size(); ++i) {
            qreal need = itemHeight(m_items[i], pt, area.width());
            if (m_items[i].heading && i + 1 < m_items.size())
                need += itemHeight(m_items[i + 1], pt, area.width());
            if (!page.isEmpty() && used + need > area.height() - footer) {
                m_pages << page;
                page.clear();
                used = titleHeight(pt);
            }
            used += itemHeight(m_items[i], pt, area.width());
            page << i;
        }
        if (!page.isEmpty())
            m_pages << page;
    }
    m_page = qBound(0, m_page, qMax(0, int(m_pages.size()) - 1));
}

void FeedbackView::setPage(int page)
{
    m_page = qBound(0, page, qMax(0, int(m_pages.size()) - 1));
    update();
}

void FeedbackView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    paginate();
}

void FeedbackView::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        setPage(m_page + 1);
        return;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
        setPage(m_page - 1);
        return;
    case Qt::Key_Escape:
        emit closeRequested();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void FeedbackView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.fillRect(rect(), style::feedbackBackground());
    const QRectF area = contentRect();
    const qreal pt = m_pointSize;

    // Title: which table, in the heading colour, with a rule under it.
    const QFont tf = titleFont(pt);
    const QFontMetricsF tfm(tf, this);
    p.setFont(tf);
    p.setPen(style::feedbackHeading());
    const QString title = m_title.isEmpty() ? tr("No table chosen") : tr("%1 — key points").arg(m_title);
    p.drawText(QRectF(area.left(), area.top(), area.width(), tfm.height()), Qt::AlignLeft | Qt::AlignVCenter,
               tfm.elidedText(title, Qt::ElideRight, area.width()));
    qreal y = area.top() + tfm.height() * 1.25;
    p.fillRect(QRectF(area.left(), y, area.width(), 3), style::feedbackHeading());
    y = area.top() + tfm.height() * 1.6;

    if (m_items.isEmpty()) {
        QFont f = itemFont({}, pt);
        p.setFont(f);
        p.setPen(style::feedbackText());
        p.drawText(QRectF(area.left(), y, area.width(), area.bottom() - y),
                   Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                   tr("No key points yet. Mark a note as a key point with Ctrl+K or its ★ menu."));
        return;
    }
    const QList<int> shown = m_pages.value(m_page);
    for (int index : shown) {
        const Item& item = m_items[index];
        const QFont f = itemFont(item, pt);
        const QFontMetricsF fm(f, this);
        const qreal indent = item.heading ? 0 : fm.horizontalAdvance(QStringLiteral("●  "));
        QTextLayout layout(NoteDelegate::displayText(item.text), f, this);
        const qreal h = NoteDelegate::layoutLines(layout, area.width() - indent);
        if (item.heading) {
            p.setPen(promptHeading());
        } else {
            p.setPen(style::feedbackHeading());
            p.setFont(f);
            p.drawText(QPointF(area.left(), y + fm.ascent()), QStringLiteral("●"));
            p.setPen(style::feedbackText());
        }
        layout.draw(&p, QPointF(area.left() + indent, y));
        y += h + fm.height() * (item.heading ? 0.35 : 0.25);
    }
    if (m_pages.size() > 1) {
        QFont f = itemFont({}, MinimumPointSize);
        p.setFont(f);
        p.setPen(promptHeading());
        p.drawText(QRectF(area.left(), area.bottom() - QFontMetricsF(f, this).height(), area.width(),
                          QFontMetricsF(f, this).height()),
                   Qt::AlignRight | Qt::AlignVCenter, tr("%1 / %2  →").arg(m_page + 1).arg(m_pages.size()));
    }
}

} // namespace rt
