// SPDX-License-Identifier: GPL-3.0-or-later
#include "tables/TableOverview.h"

#include "models/NoteSearchModel.h"
#include "models/Provenance.h"
#include "models/StoreAttachment.h"
#include "models/TableListModel.h"
#include "session/Document.h"
#include "shell/BidiStyle.h"
#include "shell/ReadOnly.h"
#include "store/Columns.h"
#include "store/IdentityRepository.h"
#include "store/Store.h"
#include "tables/NoteDelegate.h"
#include "tables/TablesStyle.h"

#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QStyle>
#include <QTextLayout>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>
#include <cmath>

namespace rt {

namespace {
constexpr int CardHeight = 236;
constexpr int CardMinWidth = 290;
} // namespace

TableCardDelegate::TableCardDelegate(RowListModel* prompts, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_prompts(prompts)
{ }

QSize TableCardDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    if (const auto* view = qobject_cast<const QListView*>(option.widget); view && view->gridSize().isValid())
        return view->gridSize();
    return {CardMinWidth, CardHeight};
}

void TableCardDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const int matches = index.data(TableListModel::MatchCountRole).toInt();
    if (m_searching && matches == 0)
        painter->setOpacity(0.45);
    const QRectF card = QRectF(option.rect).adjusted(8.5, 8.5, -8.5, -8.5);
    const bool selected = option.state & QStyle::State_Selected;
    const bool hover = option.state & QStyle::State_MouseOver;
    QPainterPath path;
    path.addRoundedRect(card, 8, 8);
    painter->fillPath(path, style::surface());
    painter->setPen(QPen(selected ? style::accent() : (hover ? style::mutedText() : style::cardBorder()),
                         selected ? 2.5 : 1));
    painter->drawPath(path);
    // Keyboard focus shows as a ring round the card (the arrows move it, Enter opens the table).
    if (option.state & QStyle::State_HasFocus) {
        QPainterPath ring;
        ring.addRoundedRect(card.adjusted(-4, -4, 4, 4), 11, 11);
        painter->setPen(QPen(option.palette.color(QPalette::Highlight), 2.5, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(ring);
    }

    const QFont base = option.font;
    const QRectF inner = card.adjusted(14, 12, -14, -12);
    // Number badge and topic.
    const QRectF badge(inner.left(), inner.top(), 36, 36);
    painter->setPen(Qt::NoPen);
    painter->setBrush(style::accent());
    painter->drawEllipse(badge);
    QFont bold = base;
    bold.setBold(true);
    bold.setPointSizeF(base.pointSizeF() * 1.15);
    painter->setFont(bold);
    painter->setPen(Qt::white);
    painter->drawText(badge, Qt::AlignCenter,
                      QString::number(index.data(TableListModel::NumberRole).toLongLong()));

    qreal right = inner.right();
    if (m_searching && matches > 0) {
        QFont pf = base;
        pf.setBold(true);
        const QString m = tr("%n match(es)", nullptr, matches);
        const qreal w = QFontMetricsF(pf).horizontalAdvance(m) + 16;
        const QRectF pill(right - w, inner.top() + 6, w, 24);
        painter->setPen(Qt::NoPen);
        painter->setBrush(style::matchFill());
        painter->drawRoundedRect(pill, 12, 12);
        painter->setFont(pf);
        painter->setPen(style::text());
        painter->drawText(pill, Qt::AlignCenter, m);
        right = pill.left() - 6;
    }
    QFont topicFont = style::headingFont(base, 1.3);
    painter->setFont(topicFont);
    painter->setPen(style::text());
    const QString topic = index.data(TableListModel::TopicRole).toString();
    // Line heights follow the fonts, so a large system font does not overlap topic and facilitator.
    const QRectF topicRect(badge.right() + 10, inner.top() - 2, right - badge.right() - 10,
                           std::max(24.0, QFontMetricsF(topicFont).height()));
    // People's words are elided first, then marked: in an Urdu window an English topic keeps its
    // "…" and a question its "?" at their ends.
    const bool rtl = option.direction == Qt::RightToLeft;
    const auto own
        = [rtl](const QString& text) { return rtl ? gui::BidiStyle::inRightToLeftCell(text) : text; };
    painter->drawText(topicRect, Qt::AlignLeft | Qt::AlignVCenter,
                      own(QFontMetricsF(topicFont).elidedText(topic.isEmpty() ? tr("(no topic)") : topic,
                                                              Qt::ElideRight, topicRect.width())));
    painter->setFont(base);
    painter->setPen(style::mutedText());
    const QString facilitator = index.data(TableListModel::FacilitatorRole).toString();
    const QRectF facilitatorRect(topicRect.left(), topicRect.bottom(), topicRect.width(),
                                 std::max(18.0, QFontMetricsF(base).height()));
    painter->drawText(facilitatorRect, Qt::AlignLeft | Qt::AlignVCenter,
                      facilitator.isEmpty()
                          ? tr("No facilitator yet")
                          : tr("Facilitator: %1").arg(gui::BidiStyle::isolate(facilitator)));

    // Notes per prompt: a coloured dot, the question, the count.
    const QVariantList counts = index.data(TableListModel::PromptCountsRole).toList();
    qreal y = std::max(badge.bottom() + 12, facilitatorRect.bottom() + 6);
    const QFontMetricsF fm(base);
    const qreal line = fm.height() + 5;
    for (int p = 0; p < counts.size() && m_prompts && p < m_prompts->rowCount(); ++p) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(style::promptColour(p));
        painter->drawEllipse(QRectF(inner.left(), y + line / 2 - 5, 10, 10));
        const QString count = QString::number(counts[p].toInt());
        QFont countFont = base;
        countFont.setBold(true);
        const qreal cw = QFontMetricsF(countFont).horizontalAdvance(count);
        painter->setFont(countFont);
        painter->setPen(style::text());
        painter->drawText(QRectF(inner.right() - cw - 2, y, cw + 2, line), Qt::AlignRight | Qt::AlignVCenter,
                          count);
        painter->setFont(base);
        const QString question = m_prompts->rowAt(p).str(col::Question);
        painter->drawText(QRectF(inner.left() + 18, y, inner.width() - cw - 28, line),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          own(fm.elidedText(question, Qt::ElideRight, inner.width() - cw - 28)));
        y += line;
    }

    // At the foot, which laptops the notes came from (when not all from this one).
    qreal bottom = inner.bottom();
    const QStringList laptops = m_laptops.value(index.data(RowListModel::IdRole).toLongLong());
    if (!laptops.isEmpty()) {
        QFont small = base;
        small.setPointSizeF(base.pointSizeF() * 0.92);
        const QFontMetricsF sm(small);
        const QRectF fromRect(inner.left(), inner.bottom() - sm.height(), inner.width(), sm.height());
        painter->setFont(small);
        painter->setPen(style::mutedText());
        painter->drawText(
            fromRect, Qt::AlignLeft | Qt::AlignVCenter,
            sm.elidedText(tr("From: %1").arg(gui::BidiStyle::isolate(Provenance::laptopList(laptops, 2))),
                          Qt::ElideRight, fromRect.width()));
        bottom = fromRect.top() - 2;
        painter->setFont(base);
    }

    // Key points: how many, and the first ones as far as they fit.
    const QStringList keys = index.data(TableListModel::KeyPointsRole).toStringList();
    y += 6;
    painter->setPen(QPen(style::cardBorder(), 1));
    painter->drawLine(QPointF(inner.left(), y), QPointF(inner.right(), y));
    y += 6;
    QFont keyFont = base;
    keyFont.setBold(true);
    painter->setFont(keyFont);
    painter->setPen(style::keyPointStar());
    painter->drawText(QRectF(inner.left(), y, inner.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                      keys.isEmpty() ? tr("No key points yet")
                                     : tr("★ %n key point(s)", nullptr, int(keys.size())));
    y += line;
    painter->setFont(base);
    painter->setPen(style::text());
    for (const QString& k : keys) {
        if (y + line > bottom + 2)
            break;
        // The bullet leads in the window's direction; the note keeps its own.
        const QString bullet = QStringLiteral("• ");
        const QString text
            = fm.elidedText(NoteDelegate::displayText(k).replace(QChar::LineSeparator, QLatin1Char(' ')),
                            Qt::ElideRight, inner.width() - 4 - fm.horizontalAdvance(bullet));
        painter->drawText(QRectF(inner.left() + 4, y, inner.width() - 4, line),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          bullet + (rtl ? gui::BidiStyle::isolate(text) : text));
        y += line;
    }
    painter->restore();
}

bool TableCardDelegate::helpEvent(QHelpEvent* event, QAbstractItemView* view,
                                  const QStyleOptionViewItem& option, const QModelIndex& index)
{
    const QStringList laptops = m_laptops.value(index.data(RowListModel::IdRole).toLongLong());
    if (event && event->type() == QEvent::ToolTip && index.isValid() && !laptops.isEmpty()) {
        QToolTip::showText(
            event->globalPos(),
            Provenance::plainToolTip(
                tr("This table's notes were typed on %1").arg(Provenance::laptopList(laptops, 20))),
            view);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

int SearchHitDelegate::textWidth(const QStyleOptionViewItem& option) const
{
    int w = option.rect.width();
    if (const auto* view = qobject_cast<const QAbstractItemView*>(option.widget))
        w = view->viewport()->width();
    return qMax(60, w - 32);
}

QSize SearchHitDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QString text = NoteDelegate::displayText(index.data(Qt::DisplayRole).toString());
    QFont f = option.font;
    f.setBold(index.data(NoteSearchModel::KeyPointRole).toBool());
    QTextLayout layout(text, f);
    const qreal h = NoteDelegate::layoutLines(layout, textWidth(option));
    return {textWidth(option) + 32, int(std::ceil(h)) + QFontMetrics(option.font).height() + 28};
}

void SearchHitDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF card = QRectF(option.rect).adjusted(4.5, 3.5, -4.5, -3.5);
    const bool selected = option.state & QStyle::State_Selected;
    QPainterPath path;
    path.addRoundedRect(card, 6, 6);
    painter->fillPath(path, selected ? style::selectionFill() : style::surface());
    painter->setPen(QPen(selected ? style::accent() : style::cardBorder(), selected ? 2 : 1));
    painter->drawPath(path);
    QFont small = option.font;
    small.setBold(true);
    small.setPointSizeF(option.font.pointSizeF() * 0.92);
    painter->setFont(small);
    painter->setPen(style::mutedText());
    const QString where = tr("%1 — %2").arg(index.data(NoteSearchModel::TableLabelRole).toString(),
                                            index.data(NoteSearchModel::PromptRole).toString());
    const bool key = index.data(NoteSearchModel::KeyPointRole).toBool();
    // Leave room for the key-point star at the end of the line.
    const QRectF whereRect(card.left() + 12, card.top() + 6, card.width() - (key ? 44 : 24),
                           QFontMetricsF(option.font).height());
    painter->drawText(whereRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetricsF(small).elidedText(where, Qt::ElideRight, whereRect.width()));
    QFont f = option.font;
    f.setBold(key);
    const QString text = NoteDelegate::displayText(index.data(Qt::DisplayRole).toString());
    QTextLayout layout(text, f);
    NoteDelegate::layoutLines(layout, textWidth(option));
    painter->setPen(style::text());
    layout.draw(painter, QPointF(card.left() + 12, whereRect.bottom() + 6),
                NoteDelegate::highlights(text, m_search, style::matchFill()));
    if (key) {
        painter->setPen(style::keyPointStar());
        painter->drawText(QRectF(card.right() - 28, card.top() + 4, 24, 20), Qt::AlignCenter,
                          QStringLiteral("★"));
    }
    painter->restore();
}

TableOverview::TableOverview(Document* document, TableListModel* tables, RowListModel* prompts,
                             NoteSearchModel* search, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_tables(tables)
    , m_search(search)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);
    auto* title = new QLabel(tr("All tables"), this);
    title->setFont(style::headingFont(font(), 1.6));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("overviewSummary"));
    auto* head = new QHBoxLayout;
    head->addWidget(title);
    head->addSpacing(16);
    head->addWidget(m_summary, 1, Qt::AlignBottom);
    auto* add = new QPushButton(tr("+ Add Table"), this);
    add->setObjectName(QStringLiteral("overviewAddTable"));
    add->setStyleSheet(style::outlinedButtonSheet());
    add->setEnabled(document && !document->isReadOnly());
    readonly::marksEdit(add); // and says why, in a read-only window
    connect(add, &QPushButton::clicked, this, &TableOverview::addTableRequested);
    head->addWidget(add);
    layout->addLayout(head);

    auto* body = new QHBoxLayout;
    body->setSpacing(12);
    m_cards = new QListView(this);
    m_cards->setObjectName(QStringLiteral("tableCards"));
    m_cards->setModel(tables);
    m_cardDelegate = new TableCardDelegate(prompts, m_cards);
    m_cards->setItemDelegate(m_cardDelegate);
    m_cards->setViewMode(QListView::IconMode);
    m_cards->setMovement(QListView::Static);
    m_cards->setResizeMode(QListView::Adjust);
    m_cards->setWrapping(true);
    m_cards->setFlow(QListView::LeftToRight);
    m_cards->setUniformItemSizes(true);
    m_cards->setSpacing(0);
    m_cards->setSelectionMode(QAbstractItemView::SingleSelection);
    m_cards->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_cards->setDragDropMode(QAbstractItemView::NoDragDrop);
    m_cards->setFrameShape(QFrame::NoFrame);
    m_cards->setMouseTracking(true);
    m_cards->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_cards->installEventFilter(this);
    m_cards->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_cards->setAccessibleName(tr("Tables"));
    QPalette p = m_cards->palette();
    p.setColor(QPalette::Base, style::pageFill());
    m_cards->setPalette(p);
    // Click or Enter opens the table.
    connect(m_cards, &QListView::activated, this,
            [this](const QModelIndex& i) { emit openTable(m_tables->idAt(i.row())); });
    connect(m_cards, &QListView::clicked, this,
            [this](const QModelIndex& i) { emit openTable(m_tables->idAt(i.row())); });
    body->addWidget(m_cards, 3);

    m_resultsPane = new QWidget(this);
    auto* rl = new QVBoxLayout(m_resultsPane);
    rl->setContentsMargins(0, 0, 0, 0);
    m_resultsTitle = new QLabel(m_resultsPane);
    m_resultsTitle->setObjectName(QStringLiteral("resultsTitle"));
    m_resultsTitle->setFont(style::headingFont(font(), 1.15));
    m_resultsTitle->setWordWrap(true);
    rl->addWidget(m_resultsTitle);
    m_results = new QListView(m_resultsPane);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setModel(search);
    m_hitDelegate = new SearchHitDelegate(m_results);
    m_results->setItemDelegate(m_hitDelegate);
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_results->setResizeMode(QListView::Adjust);
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setFrameShape(QFrame::NoFrame);
    m_results->setAccessibleName(tr("Search results"));
    m_results->setPalette(p);
    m_results->setFont(style::noteFont(font()));
    auto openHit = [this](const QModelIndex& i) {
        emit openNote(i.data(NoteSearchModel::TableIdRole).toLongLong(),
                      i.data(NoteSearchModel::PromptIdRole).toLongLong(),
                      i.data(NoteSearchModel::NoteIdRole).toLongLong());
    };
    connect(m_results, &QListView::activated, this, openHit);
    connect(m_results, &QListView::clicked, this, openHit);
    rl->addWidget(m_results, 1);
    body->addWidget(m_resultsPane, 2);
    m_resultsPane->hide();
    layout->addLayout(body, 1);

    for (auto* model : {static_cast<QAbstractItemModel*>(tables), static_cast<QAbstractItemModel*>(search)}) {
        connect(model, &QAbstractItemModel::modelReset, this, &TableOverview::scheduleSummary);
        connect(model, &QAbstractItemModel::dataChanged, this, &TableOverview::scheduleSummary);
        connect(model, &QAbstractItemModel::rowsInserted, this, &TableOverview::scheduleSummary);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &TableOverview::scheduleSummary);
    }
    // Which laptops the notes came from: read again only when notes (or tables) come, go or move.
    followStore(
        this, document,
        [this](Store& store) {
            auto stale = [this] {
                m_laptopsStale = true;
                scheduleSummary();
            };
            connect(&store, &Store::rowsChanged, this, [stale](Kind kind) {
                if (kind == Kind::Note || kind == Kind::Table)
                    stale();
            });
            connect(&store, &Store::rowUpdated, this, [stale](Kind kind, qint64, const QString& column) {
                if (kind == Kind::Note && column == col::TableId)
                    stale();
            });
            connect(&store, &Store::reset, this, stale);
            stale();
        },
        [this] { m_laptopsStale = true; });
    updateSummary();
}

void TableOverview::setSearchText(const QString& text)
{
    m_cardDelegate->setSearching(!text.isEmpty());
    m_hitDelegate->setSearchText(text);
    m_resultsPane->setVisible(!text.isEmpty());
    updateSummary();
    updateGrid();
    m_cards->viewport()->update();
    m_results->viewport()->update();
}

void TableOverview::scheduleSummary()
{
    if (m_summaryPending)
        return;
    m_summaryPending = true;
    if (isVisible())
        QTimer::singleShot(0, this, &TableOverview::updateSummary);
}

void TableOverview::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_summaryPending)
        updateSummary();
}

void TableOverview::updateSummary()
{
    m_summaryPending = false;
    if (m_laptopsStale)
        updateLaptops();
    int notes = 0, keys = 0;
    for (int r = 0; r < m_tables->rowCount(); ++r) {
        const QModelIndex i = m_tables->index(r, 0);
        notes += i.data(TableListModel::NoteCountRole).toInt();
        keys += int(i.data(TableListModel::KeyPointsRole).toStringList().size());
    }
    m_summary->setText(tr("%n table(s)", nullptr, m_tables->rowCount()) + QStringLiteral(" · ")
                       + tr("%n note(s)", nullptr, notes) + QStringLiteral(" · ")
                       + tr("%n key point(s)", nullptr, keys));
    if (!m_search->searchText().isEmpty()) {
        m_resultsTitle->setText(m_search->rowCount() == 0
                                    ? tr("No note matches “%1”").arg(m_search->searchText())
                                    : tr("%n match(es)", nullptr, m_search->rowCount()) + QStringLiteral(" ")
                                        + tr("at %n table(s)", nullptr, m_search->tableCount()));
    }
}

void TableOverview::updateLaptops()
{
    m_laptopsStale = false;
    QHash<qint64, QStringList> laptops;
    Store* store = m_document ? m_document->store() : nullptr;
    if (store) {
        // One read of who made every note, then each table's notes by id.
        const QHash<qint64, Stamp> made = IdentityRepository(*store).made(Kind::Note);
        const Provenance names(Kind::Note);
        for (int r = 0; r < m_tables->rowCount(); ++r) {
            const qint64 table = m_tables->idAt(r);
            const QList<qint64> notes = store->ids(Kind::Note, {{col::TableId, table}});
            QHash<QString, int> counts;
            for (qint64 id : notes)
                ++counts[made.value(id).device];
            const QStringList from = names.contributors(store, counts);
            if (!from.isEmpty())
                laptops.insert(table, from);
        }
    }
    const bool grow = !laptops.isEmpty() != m_cardDelegate->laptopsShown();
    m_cardDelegate->setLaptops(laptops);
    if (grow)
        updateGrid(); // a line more (or less) at the foot of every card
    m_cards->viewport()->update();
}

void TableOverview::updateGrid()
{
    // Keep room for the scroll bar whether or not it shows, so showing it never re-wraps the cards.
    const int width = m_cards->width() - 2 * m_cards->frameWidth()
        - m_cards->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_cards) - 2;
    const int columns = qMax(1, width / CardMinWidth);
    // Taller cards for a large system font: the heading, facilitator, one line per prompt and the
    // key points (236 px at a 10 pt font with three prompts).
    const int line = m_cards->fontMetrics().height();
    const int prompts
        = qMax(3, int(m_tables->index(0, 0).data(TableListModel::PromptCountsRole).toList().size()));
    int height = qMax(CardHeight, 80 + int(line * (5.3 + prompts)) + 5 * prompts);
    // Room for "From: Table 3 laptop" at the foot, without losing a key point, when a card says it.
    if (m_cardDelegate->laptopsShown())
        height += line + 4;
    const QSize grid(qMax(CardMinWidth, width / columns) - 1, height);
    if (grid != m_cards->gridSize())
        m_cards->setGridSize(grid);
}

bool TableOverview::eventFilter(QObject* object, QEvent* event)
{
    // Cards share the width evenly: recompute the grid when the cards' viewport changes size.
    if (object == m_cards && event->type() == QEvent::Resize)
        updateGrid();
    return QWidget::eventFilter(object, event);
}

} // namespace rt
